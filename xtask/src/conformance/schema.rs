//! Every answer the checker reads is validated against its schema in `contract/openapi.json`
//! (OpenAPI 3.1 schemas are JSON Schema 2020-12), formats included: a value the widget would
//! quietly degrade (an unknown status, a date that is not RFC 3339, a misspelt field of a
//! required object) is still a deviation from the contract, named with its JSON pointer.

use std::sync::LazyLock;

use serde_json::Value;

static SPEC: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../../contract/openapi.json"))
        .expect("contract/openapi.json is JSON")
});

/// The path of a URL, without scheme, host and query.
fn url_path(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("/", |slash| &after_scheme[slash..]);
    path.split(['?', '#']).next().unwrap_or(path)
}

/// The spec's path template for a request path: its segments match the tail of the path (a
/// backend may serve `/v1` under any prefix), `{name}` matching any one segment.
fn template(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    SPEC["paths"]
        .as_object()?
        .keys()
        .filter(|template| {
            let wanted: Vec<&str> = template.trim_start_matches('/').split('/').collect();
            wanted.len() <= segments.len()
                && wanted
                    .iter()
                    .zip(&segments[segments.len() - wanted.len()..])
                    .all(|(w, s)| (w.starts_with('{') && !s.is_empty()) || w == s)
        })
        // The most literal template wins (`/v1/complaints/lookup` over `/v1/complaints/{reference}`).
        .max_by_key(|template| template.split('/').filter(|s| !s.starts_with('{')).count())
        .map(String::as_str)
}

/// Whether `body`, answered with `status` and `media_type` to `method url`, is what the
/// contract describes; if not, the first few deviations.
pub fn validate(
    method: &str,
    url: &str,
    status: u16,
    media_type: &str,
    body: &str,
) -> Result<(), String> {
    let path = url_path(url);
    let template =
        template(path).ok_or_else(|| format!("{path} is no endpoint of the contract"))?;
    let operation = &SPEC["paths"][template][method.to_ascii_lowercase()];
    if operation.is_null() {
        return Err(format!("{method} is no operation of {template}"));
    }
    let response = &operation["responses"][status.to_string()];
    if response.is_null() {
        return Err(format!(
            "status {status} is not an answer of {method} {template} in the contract"
        ));
    }
    let Some(contents) = response["content"].as_object().filter(|c| !c.is_empty()) else {
        return Ok(()); // No body described (204).
    };
    let Some(schema) = contents.get(media_type).map(|c| &c["schema"]) else {
        return Err(format!(
            "Content-Type {media_type:?}, but {method} {template} answers {status} with {}",
            contents.keys().cloned().collect::<Vec<_>>().join(" or ")
        ));
    };
    let instance: Value =
        serde_json::from_str(body).map_err(|e| format!("the body is not JSON ({e})"))?;
    // The response's schema, with the spec's components beside it so that its $refs resolve.
    let mut root = schema.clone();
    root["components"] = SPEC["components"].clone();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&root)
        .map_err(|e| format!("the contract's schema for {method} {template} {status}: {e}"))?;
    let mut deviations = Vec::new();
    for error in validator.iter_errors(&instance) {
        explain(&error, &mut deviations);
    }
    if deviations.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "not the schema of {method} {template} {status}: {}",
            listed(&deviations)
        ))
    }
}

/// One deviation as the report says it, with its JSON pointer. A value that matches no branch of
/// a `oneOf`/`anyOf` (a nullable object, a `LookupRequest`) is explained by the branch that came
/// closest (the fewest deviations, not merely "not null here"), so the report names the field
/// that caused it (`/delay/reason: "…" is not one of …`) rather than only the `oneOf`.
fn explain(error: &jsonschema::ValidationError<'_>, out: &mut Vec<String>) {
    use jsonschema::error::ValidationErrorKind as Kind;
    let at = error.instance_path().to_string();
    if let Kind::OneOfNotValid { context } | Kind::AnyOf { context } = error.kind() {
        let only_the_type = |branch: &Vec<jsonschema::ValidationError<'static>>| {
            branch.iter().all(|e| {
                matches!(e.kind(), Kind::Type { .. }) && e.instance_path().to_string() == at
            })
        };
        if let Some(closest) = context
            .iter()
            .filter(|branch| !branch.is_empty() && !only_the_type(branch))
            .min_by_key(|branch| branch.len())
        {
            for inner in closest {
                explain(inner, out);
            }
            return;
        }
    }
    out.push(format!(
        "{}: {error}",
        if at.is_empty() { "/" } else { &at }
    ));
}

/// Deviations as the report shows them: the first [`SHOWN`], then how many more there are
/// (never some left out without saying so).
fn listed(deviations: &[String]) -> String {
    let mut text = deviations
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if deviations.len() > SHOWN {
        text.push_str(&format!(
            "; and {} more deviation(s) of the same answer",
            deviations.len() - SHOWN
        ));
    }
    text
}

/// Deviations of one answer shown in full.
const SHOWN: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deviation_inside_a_nullable_object_names_its_field() {
        let schema = serde_json::json!({
            "type": "object",
            "properties": {"delay": {"oneOf": [
                {"type": "null"},
                {"type": "object", "properties": {"reason": {"enum": ["weather", "strike"]}}}
            ]}}
        });
        let validator = jsonschema::validator_for(&schema).unwrap();
        let instance = serde_json::json!({"delay": {"reason": "aliens"}});
        let mut out = Vec::new();
        for error in validator.iter_errors(&instance) {
            explain(&error, &mut out);
        }
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].starts_with("/delay/reason: "), "{out:?}");
        assert!(out[0].contains("aliens"), "{out:?}");
    }

    #[test]
    fn deviations_beyond_the_first_few_are_counted_not_dropped() {
        let many: Vec<String> = (1..=8).map(|n| format!("/items/{n}: wrong")).collect();
        let text = listed(&many);
        assert!(text.contains("/items/5: wrong"), "{text}");
        assert!(!text.contains("/items/6: wrong"), "{text}");
        assert!(
            text.ends_with("and 3 more deviation(s) of the same answer"),
            "{text}"
        );
        assert_eq!(listed(&many[..2]), "/items/1: wrong; /items/2: wrong");
    }

    #[test]
    fn templates_match_under_any_prefix() {
        assert_eq!(template("/v1/config"), Some("/v1/config"));
        assert_eq!(
            template("/shop/api/v1/orders/lookup"),
            Some("/v1/orders/lookup")
        );
        assert_eq!(template("/v1/orders/ord_1"), Some("/v1/orders/{order_id}"));
        assert_eq!(
            template("/v1/complaints/lookup"),
            Some("/v1/complaints/lookup")
        );
        assert_eq!(
            template("/v1/complaints/RC-1/rating"),
            Some("/v1/complaints/{reference}/rating")
        );
        assert_eq!(template("/v2/config"), None);
        assert_eq!(
            url_path("http://127.0.0.1:8080/v1/help?topic=x"),
            "/v1/help"
        );
    }

    /// Every example of the spec validates against its own schema, and a few deviations from
    /// it are named with where they are.
    #[test]
    fn the_specs_examples_pass_and_deviations_are_named() {
        let mut checked = 0;
        for answer in sportello_contract::spec::described_answers(&SPEC) {
            let (method, path, status) = (answer.method, answer.path, answer.status);
            let url = format!("http://backend.example{path}")
                .replace("{order_id}", "ord_1")
                .replace("{reference}", "RC-1");
            let body = answer
                .example
                .expect("every answer has an example")
                .to_string();
            validate(method, &url, answer.status_code(), answer.media_type, &body)
                .unwrap_or_else(|e| panic!("{method} {path} {status}: {e}"));
            checked += 1;
        }
        assert!(checked >= 40);

        let order = SPEC["paths"]["/v1/orders/lookup"]["post"]["responses"]["200"]["content"]
            ["application/json"]["example"]
            .clone();
        let mut shipped = order.clone();
        shipped["shipments"][0]["status"] = "shipped".into();
        let error = validate(
            "POST",
            "http://b/v1/orders/lookup",
            200,
            "application/json",
            &shipped.to_string(),
        )
        .unwrap_err();
        assert!(error.contains("/shipments/0/status"), "{error}");
        let mut late = order.clone();
        late["placed_at"] = "16/11/2026".into();
        let error = validate(
            "POST",
            "http://b/v1/orders/lookup",
            200,
            "application/json",
            &late.to_string(),
        )
        .unwrap_err();
        assert!(error.contains("/placed_at"), "{error}");
        let error =
            validate("POST", "http://b/v1/orders/lookup", 200, "text/html", "<p>").unwrap_err();
        assert!(error.contains("application/json"), "{error}");
        let error = validate(
            "POST",
            "http://b/v1/orders/lookup",
            418,
            "application/json",
            "{}",
        )
        .unwrap_err();
        assert!(error.contains("418"), "{error}");
    }
}
