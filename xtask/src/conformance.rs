//! `cargo xtask conformance`: checks any backend against the contract, from the outside.
//!
//! Each check names the endpoint, the request, what the contract expects and what came back.
//! The process exits non-zero if any check fails.

mod complaints;
mod parcels;
mod schema;

use std::time::Duration;

use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use sportello_contract::{OrderStatus, OrderSummary, Problem, ProblemType, ShopConfig};

struct Answer {
    /// The request's method and URL, to find the answer's schema in the contract.
    method: &'static str,
    url: String,
    status: u16,
    content_type: String,
    cache_control: String,
    /// Every header, names lower-case (the CORS checks read several).
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(15))
        .redirects(0)
        .build()
}

fn answer(method: &'static str, result: Result<ureq::Response, ureq::Error>) -> Result<Answer> {
    let response = match result {
        Ok(response) | Err(ureq::Error::Status(_, response)) => response,
        Err(error) => return Err(error).context("the backend did not answer"),
    };
    let headers = response
        .headers_names()
        .into_iter()
        .map(|name| {
            let value = response.all(&name).join(", ");
            (name.to_ascii_lowercase(), value)
        })
        .collect();
    Ok(Answer {
        method,
        url: response.get_url().to_owned(),
        status: response.status(),
        content_type: response.header("content-type").unwrap_or("").to_owned(),
        cache_control: response.header("cache-control").unwrap_or("").to_owned(),
        headers,
        body: response.into_string().unwrap_or_default(),
    })
}

/// The checks a backend failed, each with what came back; shown by name.
#[derive(Debug)]
pub struct Deviations(pub Vec<(String, String)>);

impl std::fmt::Display for Deviations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.0.iter().map(|(name, _)| name.as_str()).collect();
        write!(
            f,
            "the backend deviates from the contract: {}",
            names.join("; ")
        )
    }
}

impl std::error::Error for Deviations {}

#[derive(Default)]
struct Report {
    passed: usize,
    /// Each failed check's name, then what came back.
    failures: Vec<(String, String)>,
}

impl Report {
    fn check(
        &mut self,
        name: &str,
        endpoint: &str,
        request: &str,
        expected: &str,
        actual: Result<(), String>,
    ) {
        match actual {
            Ok(()) => {
                self.passed += 1;
                println!("  ✔ {name}");
            }
            Err(actual) => {
                println!(
                    "  ✘ {name}\n      endpoint: {endpoint}\n      request:  {request}\n      expected: {expected}\n      actual:   {actual}"
                );
                self.failures.push((name.to_owned(), actual));
            }
        }
    }
}

fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// An unexpected status, and what is wrong with a 503's shape: the contract's "down for a
/// moment" needs `Retry-After` in seconds and a problem+json body.
fn wrong_status(answer: &Answer) -> String {
    let mut text = format!("status {} with body {}", answer.status, clip(&answer.body));
    if answer.status == 503 {
        let retry = answer
            .header("retry-after")
            .is_some_and(|v| v.trim().parse::<u64>().is_ok());
        let problem = media_type(&answer.content_type) == "application/problem+json";
        text.push_str(match (retry, problem) {
            (true, true) => {
                " (a well-formed 503: the backend was down for a moment; run the checker again)"
            }
            (false, _) => {
                " (a 503 without Retry-After in seconds: the widget cannot say when to come back)"
            }
            (true, false) => " (a 503 that is not application/problem+json)",
        });
    }
    text
}

fn expect_json<T: DeserializeOwned>(answer: &Answer, status: u16) -> Result<T, String> {
    if answer.status != status {
        return Err(wrong_status(answer));
    }
    if media_type(&answer.content_type) != "application/json" {
        return Err(format!("Content-Type {:?}", answer.content_type));
    }
    conforms(answer)?;
    serde_json::from_str(&answer.body).map_err(|e| {
        format!(
            "body does not match the schema ({e}): {}",
            clip(&answer.body)
        )
    })
}

fn expect_problem(answer: &Answer, kind: ProblemType) -> Result<Problem, String> {
    if answer.status != kind.status() {
        return Err(wrong_status(answer));
    }
    if media_type(&answer.content_type) != "application/problem+json" {
        return Err(format!("Content-Type {:?}", answer.content_type));
    }
    conforms(answer)?;
    let problem: Problem = serde_json::from_str(&answer.body)
        .map_err(|e| format!("not a problem+json body ({e}): {}", clip(&answer.body)))?;
    if problem.kind() != kind {
        return Err(format!("problem type {:?}", problem.problem_type));
    }
    if problem.status.is_some_and(|s| s != kind.status()) {
        return Err(format!("problem status member {:?}", problem.status));
    }
    Ok(problem)
}

/// Whether the answer's body is what the contract's schema for it describes.
fn conforms(answer: &Answer) -> Result<(), String> {
    schema::validate(
        answer.method,
        &answer.url,
        answer.status,
        &media_type(&answer.content_type),
        &answer.body,
    )
    .map_err(|deviation| format!("{deviation}; body {}", clip(&answer.body)))
}

fn clip(text: &str) -> String {
    let mut clipped: String = text.chars().take(200).collect();
    if clipped.len() < text.len() {
        clipped.push('…');
    }
    clipped
}

fn is_rfc3339(text: &str) -> bool {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).is_ok()
}

/// Whether a comma-separated header value lists `item` (case-insensitive).
fn lists(value: Option<&str>, item: &str) -> bool {
    value.is_some_and(|v| {
        v.split(',')
            .any(|part| part.trim().eq_ignore_ascii_case(item))
    })
}

/// CORS for a shop on `origin`: preflights of the widget's requests are allowed for it (never
/// with `*` or credentials), its answers are readable with the headers the widget needs, and
/// another origin gets nothing.
fn check_cors(
    base: &str,
    agent: &ureq::Agent,
    origin: &str,
    complaints: bool,
    report: &mut Report,
) -> Result<()> {
    let preflight = |path: &str, from: &str, headers: &str| -> Result<Answer> {
        answer(
            "OPTIONS",
            agent
                .request("OPTIONS", &format!("{base}{path}"))
                .set("Origin", from)
                .set("Access-Control-Request-Method", "POST")
                .set("Access-Control-Request-Headers", headers)
                .call(),
        )
    };
    let mut cases = vec![("/orders/lookup", "content-type")];
    if complaints {
        cases.push(("/complaints", "content-type, idempotency-key"));
    }
    for (path, headers) in cases {
        let answered = preflight(path, origin, headers)?;
        report.check(
            &format!("a preflight of POST {path} from the shop is allowed"),
            &format!("OPTIONS {base}{path}"),
            &format!("Origin: {origin}, Access-Control-Request-Headers: {headers}"),
            "2xx, Access-Control-Allow-Origin the shop's origin (never *), POST and every requested header allowed, no credentials, Access-Control-Max-Age",
            {
                let allow_origin = answered.header("access-control-allow-origin");
                let allow_headers = answered.header("access-control-allow-headers");
                if !(200..300).contains(&answered.status) {
                    Err(format!("status {}", answered.status))
                } else if allow_origin != Some(origin) {
                    Err(format!("Access-Control-Allow-Origin {allow_origin:?}"))
                } else if !lists(answered.header("access-control-allow-methods"), "POST") {
                    Err(format!(
                        "Access-Control-Allow-Methods {:?}",
                        answered.header("access-control-allow-methods")
                    ))
                } else if let Some(missing) = headers
                    .split(',')
                    .map(str::trim)
                    .find(|h| !lists(allow_headers, h) && allow_headers != Some("*"))
                {
                    Err(format!(
                        "{missing} not in Access-Control-Allow-Headers {allow_headers:?}"
                    ))
                } else if answered.header("access-control-allow-credentials") == Some("true") {
                    Err("Access-Control-Allow-Credentials: true".to_owned())
                } else if answered
                    .header("access-control-max-age")
                    .and_then(|age| age.trim().parse::<u32>().ok())
                    .is_none()
                {
                    Err(format!(
                        "Access-Control-Max-Age {:?} (a preflight for every request)",
                        answered.header("access-control-max-age")
                    ))
                } else {
                    Ok(())
                }
            },
        );
    }
    let stranger = "https://not-the-shop.example";
    let refused = preflight("/orders/lookup", stranger, "content-type")?;
    report.check(
        "another origin is not allowed",
        &format!("OPTIONS {base}/orders/lookup"),
        &format!("Origin: {stranger}"),
        "no Access-Control-Allow-Origin for it, and not a 403 (the answer simply lacks CORS)",
        match refused.header("access-control-allow-origin") {
            Some(value) if value == stranger || value == "*" => {
                Err(format!("Access-Control-Allow-Origin {value:?}"))
            }
            _ if refused.status == 403 => Err("403".to_owned()),
            _ => Ok(()),
        },
    );
    let config = answer(
        "GET",
        agent
            .get(&format!("{base}/config"))
            .set("Origin", origin)
            .call(),
    )?;
    report.check(
        "answers to the shop are readable and vary by origin",
        &format!("GET {base}/config"),
        &format!("Origin: {origin}"),
        "Access-Control-Allow-Origin the shop's origin, Vary: Origin, Retry-After, X-Request-Id and Idempotent-Replayed exposed",
        if config.header("access-control-allow-origin") != Some(origin) {
            Err(format!(
                "Access-Control-Allow-Origin {:?}",
                config.header("access-control-allow-origin")
            ))
        } else if !lists(config.header("vary"), "origin") {
            Err(format!("Vary {:?}", config.header("vary")))
        } else if !["retry-after", "x-request-id", "idempotent-replayed"]
            .iter()
            .all(|h| lists(config.header("access-control-expose-headers"), h))
        {
            Err(format!(
                "Access-Control-Expose-Headers {:?}",
                config.header("access-control-expose-headers")
            ))
        } else {
            Ok(())
        },
    );
    // An error answer the page must be able to read: a lookup of no such order.
    let missing = answer(
        "POST",
        agent
            .post(&format!("{base}/orders/lookup"))
            .set("Origin", origin)
            .set("Content-Type", "application/json")
            .send_string(r#"{"order_number": "CONFORMANCE-0", "postcode": "00000"}"#),
    )?;
    report.check(
        "error answers carry the CORS headers too",
        &format!("POST {base}/orders/lookup"),
        &format!("Origin: {origin}, an order that does not exist"),
        "4xx with Access-Control-Allow-Origin the shop's origin (else the page cannot read the problem)",
        if !(400..500).contains(&missing.status) {
            Err(format!("status {}", missing.status))
        } else if missing.header("access-control-allow-origin") != Some(origin) {
            Err(format!(
                "Access-Control-Allow-Origin {:?} on a {}",
                missing.header("access-control-allow-origin"),
                missing.status
            ))
        } else {
            Ok(())
        },
    );
    Ok(())
}

/// Runs every check against `base` (the URL that `/config` hangs off, e.g. `http://host/v1`);
/// with `origin`, also CORS for a shop page on that origin.
pub fn check(base: &str, orders: &[(String, String)], origin: Option<&str>) -> Result<()> {
    let base = base.trim_end_matches('/');
    let agent = agent();
    let mut report = Report::default();
    println!("Conformance of {base} to the Sportello contract v1\n");

    // GET /config
    let endpoint = format!("GET {base}/config");
    let config = answer("GET", agent.get(&format!("{base}/config")).call())?;
    report.check(
        "config answers 200 with a ShopConfig",
        &endpoint,
        "(no body)",
        "200, application/json, shop_name, default_locale, supported_locales, contract_version 1.x",
        expect_json::<ShopConfig>(&config, 200).and_then(|c| {
            if !c.contract_version.starts_with("1.") {
                Err(format!("contract_version {:?}", c.contract_version))
            } else if c.default_locale.trim().is_empty() {
                Err("empty default_locale".to_owned())
            } else {
                Ok(())
            }
        }),
    );

    let offered = serde_json::from_str::<ShopConfig>(&config.body).ok();
    // What a backend of contract 1.3 or later must also do.
    let at_least_1_3 = offered.as_ref().is_some_and(|c| {
        let mut parts = c.contract_version.split('.');
        parts.next() == Some("1") && parts.next().and_then(|m| m.parse::<u32>().ok()) >= Some(3)
    });

    let lookup_url = format!("{base}/orders/lookup");
    let endpoint = format!("POST {lookup_url}");
    let post = |body: &str| -> Result<Answer> {
        answer(
            "POST",
            agent
                .post(&lookup_url)
                .set("Content-Type", "application/json")
                .send_string(body),
        )
    };

    // Parcel requests are checked on the first order given whose parcel offers an action.
    let parcel_requests = offered
        .as_ref()
        .is_some_and(|c| c.capabilities.parcel_requests);
    let mut parcels_checked = false;
    for (number, proof) in orders {
        // A postcode never holds an `@`.
        let (key, other, other_value) = if proof.contains('@') {
            ("email", "postcode", "00000")
        } else {
            ("postcode", "email", "someone@example.com")
        };
        let body = serde_json::json!({"order_number": number, key: proof}).to_string();
        let found = post(&body)?;
        report.check(
            &format!("lookup finds order {number}"),
            &endpoint,
            &body,
            "200, application/json, an OrderSummary with a known status, ISO 4217 currency, RFC 3339 placed_at",
            expect_json::<OrderSummary>(&found, 200).and_then(|order| {
                if order.status == OrderStatus::Unknown {
                    Err(format!("status not in the contract's vocabulary: {}", clip(&found.body)))
                } else if !(order.currency.len() == 3 && order.currency.bytes().all(|b| b.is_ascii_uppercase())) {
                    Err(format!("currency {:?}", order.currency))
                } else if !is_rfc3339(&order.placed_at) {
                    Err(format!("placed_at {:?}", order.placed_at))
                } else if order.items.iter().any(|i| i.quantity == 0) {
                    Err("an item with quantity 0".to_owned())
                } else {
                    Ok(())
                }
            }),
        );
        report.check(
            &format!("lookup of {number} is not cacheable"),
            &endpoint,
            &body,
            "Cache-Control: no-store",
            if found.cache_control.contains("no-store") {
                Ok(())
            } else {
                Err(format!("Cache-Control {:?}", found.cache_control))
            },
        );
        // Follow-up calls with the order-scoped token, when the backend grants one.
        if let Ok(order) = serde_json::from_str::<OrderSummary>(&found.body) {
            match order.access.clone() {
                None => println!(
                    "  · {number}: no order token granted, follow-up endpoints not checked"
                ),
                Some(access) => {
                    if parcel_requests && !parcels_checked {
                        parcels_checked =
                            parcels::check(base, &agent, &order, &access, &mut report)?;
                    }
                    let url = format!("{base}/orders/{}", access.order_id);
                    let endpoint = format!("GET {url}");
                    let fresh = answer(
                        "GET",
                        agent
                            .get(&url)
                            .set("Authorization", &format!("Bearer {}", access.token))
                            .call(),
                    )?;
                    report.check(
                        "the order token refreshes the order",
                        &endpoint,
                        "Authorization: Bearer <token from the lookup>",
                        "200, application/json, the same order number, Cache-Control: no-store",
                        expect_json::<OrderSummary>(&fresh, 200).and_then(|o| {
                            if o.number != order.number {
                                Err(format!("order {:?}", o.number))
                            } else if !fresh.cache_control.contains("no-store") {
                                Err(format!("Cache-Control {:?}", fresh.cache_control))
                            } else {
                                Ok(())
                            }
                        }),
                    );
                    let without = answer("GET", agent.get(&url).call())?;
                    report.check(
                        "the order needs its token",
                        &endpoint,
                        "(no Authorization header)",
                        "401, application/problem+json, type …/unauthorized",
                        expect_problem(&without, ProblemType::Unauthorized).map(|_| ()),
                    );
                    let sub_url = format!("{url}/subscriptions");
                    let no_consent = r#"{"channel": "email", "consent": false}"#;
                    let refused = answer(
                        "POST",
                        agent
                            .post(&sub_url)
                            .set("Authorization", &format!("Bearer {}", access.token))
                            .set("Content-Type", "application/json")
                            .send_string(no_consent),
                    )?;
                    report.check(
                        "a subscription without consent is refused",
                        &format!("POST {sub_url}"),
                        no_consent,
                        "422, application/problem+json, type …/invalid-request naming consent",
                        expect_problem(&refused, ProblemType::InvalidRequest).and_then(|p| {
                            if p.invalid_params.iter().any(|i| i.name == "consent") {
                                Ok(())
                            } else {
                                Err(format!("invalid_params {:?}", p.invalid_params))
                            }
                        }),
                    );
                }
            }
        }

        let shouted =
            serde_json::json!({"order_number": number.to_lowercase(), key: proof.to_uppercase()})
                .to_string();
        report.check(
            &format!(
                "lookup ignores the case of the order number and the {}",
                if key == "email" { "e-mail" } else { "postcode" }
            ),
            &endpoint,
            &shouted,
            "200",
            expect_json::<OrderSummary>(&post(&shouted)?, 200).map(|_| ()),
        );

        // Enumeration safety: an unknown order and a wrong e-mail look the same.
        let unknown_body =
            serde_json::json!({"order_number": "NO-SUCH-ORDER-4711", key: proof}).to_string();
        let unknown = post(&unknown_body)?;
        report.check(
            "an unknown order is a 404 order-not-found problem",
            &endpoint,
            &unknown_body,
            "404, application/problem+json, type …/order-not-found",
            expect_problem(&unknown, ProblemType::OrderNotFound).map(|_| ()),
        );
        let wrong_proof = if key == "email" {
            "not-the-customer@example.invalid"
        } else {
            "ZZ9 9ZZ"
        };
        let wrong_body = serde_json::json!({"order_number": number, key: wrong_proof}).to_string();
        let wrong = post(&wrong_body)?;
        report.check(
            &format!(
                "a wrong {} is answered exactly like an unknown order",
                if key == "email" { "e-mail" } else { "postcode" }
            ),
            &endpoint,
            &wrong_body,
            "the same status, Content-Type and body as for an unknown order",
            if (wrong.status, &wrong.content_type, &wrong.body)
                == (unknown.status, &unknown.content_type, &unknown.body)
            {
                Ok(())
            } else {
                Err(format!(
                    "{} {:?} {} (unknown order: {} {:?} {})",
                    wrong.status,
                    wrong.content_type,
                    clip(&wrong.body),
                    unknown.status,
                    unknown.content_type,
                    clip(&unknown.body)
                ))
            },
        );
        // Since 1.3 a lookup carries exactly one proof.
        if at_least_1_3 {
            let both_body =
                serde_json::json!({"order_number": number, key: proof, other: other_value})
                    .to_string();
            report.check(
                "a lookup with both an e-mail and a postcode is a 422 invalid-request problem",
                &endpoint,
                &both_body,
                "422, application/problem+json, type …/invalid-request (contract 1.3: one proof)",
                expect_problem(&post(&both_body)?, ProblemType::InvalidRequest).map(|_| ()),
            );
        }
    }

    if parcel_requests && !parcels_checked {
        println!(
            "  · no order given has a parcel that offers actions: parcel requests not checked \
             (give one with --order)"
        );
    }

    let malformed = "{\"order_number\": ";
    report.check(
        "malformed JSON is a 400 malformed-request problem",
        &endpoint,
        malformed,
        "400, application/problem+json, type …/malformed-request",
        expect_problem(&post(malformed)?, ProblemType::MalformedRequest).map(|_| ()),
    );
    let missing = "{\"order_number\": \"SP-1001\"}";
    report.check(
        "a lookup without e-mail or postcode is a 422 invalid-request problem naming the field",
        &endpoint,
        missing,
        "422, application/problem+json, type …/invalid-request, invalid_params naming email",
        expect_problem(&post(missing)?, ProblemType::InvalidRequest).and_then(|p| {
            if p.invalid_params
                .iter()
                .any(|i| i.name == "email" || i.name == "postcode")
            {
                Ok(())
            } else {
                Err(format!("invalid_params {:?}", p.invalid_params))
            }
        }),
    );

    match &offered {
        Some(config) => complaints::check(base, &agent, config, &mut report)?,
        None => println!("  · no readable config: complaints not checked"),
    }
    match origin {
        Some(origin) => {
            let complaints = offered.as_ref().is_some_and(|c| c.capabilities.complaints);
            check_cors(
                base,
                &agent,
                origin.trim_end_matches('/'),
                complaints,
                &mut report,
            )?;
        }
        None => println!("  · no --origin given: CORS not checked"),
    }

    println!(
        "\n{} checks passed, {} failed",
        report.passed,
        report.failures.len()
    );
    if !report.failures.is_empty() {
        return Err(Deviations(report.failures).into());
    }
    Ok(())
}

/// `--order NUMBER --email EMAIL` (or `--postcode POSTCODE`), repeated: the orders the checker
/// looks up, each with its proof. A proof pairs with the `--order` before it; an `--order`
/// without one after it is an error.
#[derive(Debug, Default)]
pub struct Orders(pub Vec<(String, String)>);

impl clap::Args for Orders {
    fn augment_args(command: clap::Command) -> clap::Command {
        use clap::{Arg, ArgAction};
        command
            .arg(
                Arg::new("order")
                    .long("order")
                    .value_name("NUMBER")
                    .action(ArgAction::Append)
                    .help("An order to look up (repeatable; each followed by its --email)"),
            )
            .arg(
                Arg::new("email")
                    .long("email")
                    .value_name("EMAIL")
                    .action(ArgAction::Append)
                    .help("The e-mail address of the --order before it"),
            )
            .arg(
                Arg::new("postcode")
                    .long("postcode")
                    .value_name("POSTCODE")
                    .action(ArgAction::Append)
                    .help("Or its shipping postcode, for a shop that looks orders up by postcode"),
            )
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        Self::augment_args(command)
    }
}

impl clap::FromArgMatches for Orders {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        // The two options in the order they were given: (position, is an --order, value).
        let mut given: Vec<(usize, bool, String)> = Vec::new();
        for (id, is_order) in [("order", true), ("email", false), ("postcode", false)] {
            let positions = matches.indices_of(id).into_iter().flatten();
            let values = matches.get_many::<String>(id).into_iter().flatten();
            given.extend(
                positions
                    .zip(values)
                    .map(|(at, v)| (at, is_order, v.clone())),
            );
        }
        given.sort();
        let invalid =
            |message: &str| clap::Error::raw(clap::error::ErrorKind::ArgumentConflict, message);
        let mut orders = Vec::new();
        let mut pending_order = None;
        for (_, is_order, value) in given {
            if is_order {
                pending_order = Some(value);
            } else {
                let order = pending_order
                    .take()
                    .ok_or_else(|| invalid("--email or --postcode must follow an --order"))?;
                orders.push((order, value));
            }
        }
        if pending_order.is_some() {
            return Err(invalid(
                "each --order needs an --email or --postcode after it",
            ));
        }
        Ok(Orders(orders))
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_shape() {
        assert!(is_rfc3339("2026-11-18T10:24:00Z"));
        assert!(is_rfc3339("2026-11-18T10:24:00.5+01:00"));
        assert!(!is_rfc3339("2026-11-18"));
        assert!(!is_rfc3339("18/11/2026 10:24:00"));
        assert!(!is_rfc3339("2026-11-18T10:24:0é+01:00"));
    }

    #[test]
    fn media_type_ignores_parameters() {
        assert_eq!(
            media_type("application/json; charset=utf-8"),
            "application/json"
        );
        assert_eq!(
            media_type("Application/Problem+JSON"),
            "application/problem+json"
        );
    }

    /// Seeded defects: the reference backend with one deviation each, served in-process. The
    /// checker must pass the intact backend and name the check each defect breaks.
    mod defects {
        use axum::{
            body::{to_bytes, Body},
            extract::Request,
            http::{header, HeaderValue, StatusCode},
            middleware::{from_fn, Next},
            response::Response,
            Router,
        };

        const SHOP: &str = "https://shop.example";

        /// What a defect does to a request or an answer.
        #[derive(Clone, Copy, PartialEq, Eq)]
        enum Defect {
            None,
            /// `GET /config` answers `text/plain`.
            WrongContentType,
            /// The lookup answer lacks the required `currency`.
            MissingRequiredField,
            /// An unknown order is answered `200 {}`.
            OkOnNotFound,
            /// Every complaint attempt gets a fresh Idempotency-Key: no replay.
            NoIdempotentReplay,
            /// `Access-Control-Allow-Origin: *` on every answer.
            WildcardCors,
            /// The lookup answer says a parcel is `shipped` (not in the vocabulary) and dates a
            /// carrier event "yesterday": serde's lenient decoding would take both.
            OutOfVocabulary,
            /// A lookup with both proofs is answered by the e-mail (as a backend written before
            /// 1.3 would): the postcode is dropped on the way in.
            BothProofsAccepted,
            /// A delay's voucher is 150 % off.
            PercentOver100,
            /// `GET /config` is `503` without `Retry-After`, as a proxy's maintenance page.
            UnavailableWithoutRetryAfter,
            /// A parcel request is answered `200` rather than `201`.
            ParcelRequestOk,
            /// Every parcel request gets a fresh Idempotency-Key: no replay, no refusal.
            ParcelKeyIgnored,
            /// Error answers (4xx, 5xx) lose their CORS headers, as behind a proxy that adds
            /// them only to successes.
            NoCorsOnErrors,
            /// Preflights carry no `Access-Control-Max-Age`.
            NoPreflightMaxAge,
        }

        async fn apply(defect: Defect, mut request: Request, next: Next) -> Response {
            let path = request.uri().path().to_owned();
            let post = request.method() == axum::http::Method::POST;
            if let (Defect::BothProofsAccepted, "/v1/orders/lookup") = (defect, path.as_str()) {
                let (parts, body) = request.into_parts();
                let bytes = to_bytes(body, usize::MAX).await.unwrap();
                let mut body = bytes.to_vec();
                if let Ok(serde_json::Value::Object(mut json)) = serde_json::from_slice(&bytes) {
                    if json.contains_key("email") {
                        json.remove("postcode");
                    }
                    body = serde_json::to_vec(&json).unwrap();
                }
                let mut parts = parts;
                parts.headers.remove(header::CONTENT_LENGTH);
                request = Request::from_parts(parts, Body::from(body));
            }
            if let (Defect::UnavailableWithoutRetryAfter, "/v1/config") = (defect, path.as_str()) {
                return Response::builder()
                    .status(StatusCode::SERVICE_UNAVAILABLE)
                    .header(header::CONTENT_TYPE, "text/html")
                    .body(Body::from("<h1>Down for maintenance</h1>"))
                    .unwrap();
            }
            if let (Defect::NoIdempotentReplay, "/v1/complaints") = (defect, path.as_str()) {
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos();
                request.headers_mut().insert(
                    "idempotency-key",
                    HeaderValue::from_str(&format!("defect-{nanos}")).unwrap(),
                );
            }
            if defect == Defect::ParcelKeyIgnored && path.ends_with("/requests") {
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos();
                request.headers_mut().insert(
                    "idempotency-key",
                    HeaderValue::from_str(&format!("defect-{nanos}")).unwrap(),
                );
            }
            let mut response = next.run(request).await;
            if defect == Defect::NoCorsOnErrors && !response.status().is_success() {
                response
                    .headers_mut()
                    .remove(header::ACCESS_CONTROL_ALLOW_ORIGIN);
            }
            if defect == Defect::NoPreflightMaxAge {
                response
                    .headers_mut()
                    .remove(header::ACCESS_CONTROL_MAX_AGE);
            }
            if let Defect::WildcardCors = defect {
                response.headers_mut().insert(
                    header::ACCESS_CONTROL_ALLOW_ORIGIN,
                    HeaderValue::from_static("*"),
                );
            }
            match (defect, path.as_str()) {
                (Defect::WrongContentType, "/v1/config") => {
                    response
                        .headers_mut()
                        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    response
                }
                (Defect::MissingRequiredField, "/v1/orders/lookup")
                    if post && response.status() == StatusCode::OK =>
                {
                    let (parts, body) = response.into_parts();
                    let bytes = to_bytes(body, usize::MAX).await.unwrap();
                    let mut json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    json.as_object_mut().unwrap().remove("currency");
                    let mut response = Response::from_parts(parts, Body::from(json.to_string()));
                    response.headers_mut().remove(header::CONTENT_LENGTH);
                    response
                }
                (Defect::OutOfVocabulary, "/v1/orders/lookup")
                    if post && response.status() == StatusCode::OK =>
                {
                    let (parts, body) = response.into_parts();
                    let bytes = to_bytes(body, usize::MAX).await.unwrap();
                    let mut json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    json["shipments"][0]["status"] = "shipped".into();
                    json["shipments"][0]["events"][0]["at"] = "yesterday".into();
                    let mut response = Response::from_parts(parts, Body::from(json.to_string()));
                    response.headers_mut().remove(header::CONTENT_LENGTH);
                    response
                }
                (Defect::PercentOver100, "/v1/orders/lookup")
                    if post && response.status() == StatusCode::OK =>
                {
                    let (parts, body) = response.into_parts();
                    let bytes = to_bytes(body, usize::MAX).await.unwrap();
                    let mut json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    json["delay"] = serde_json::json!({
                        "reason": "stock_shortage",
                        "goodwill": {"code": "SORRY", "percent": 150}
                    });
                    let mut response = Response::from_parts(parts, Body::from(json.to_string()));
                    response.headers_mut().remove(header::CONTENT_LENGTH);
                    response
                }
                (Defect::ParcelRequestOk, path)
                    if path.ends_with("/requests") && response.status() == StatusCode::CREATED =>
                {
                    *response.status_mut() = StatusCode::OK;
                    response
                }
                (Defect::OkOnNotFound, "/v1/orders/lookup")
                    if response.status() == StatusCode::NOT_FOUND =>
                {
                    Response::builder()
                        .status(StatusCode::OK)
                        .header(header::CONTENT_TYPE, "application/json")
                        .body(Body::from("{}"))
                        .unwrap()
                }
                _ => response,
            }
        }

        /// Serves the reference backend with `defect` and runs the checker against it.
        fn check_with(defect: Defect) -> anyhow::Result<()> {
            let dir = tempfile::tempdir().unwrap();
            let mut settings = sportello_server::Settings::new(
                dir.path().join("defects.db"),
                dir.path().to_path_buf(),
            );
            settings.cors_origins = vec![SHOP.to_owned()];
            settings.demo = true;
            let runtime = tokio::runtime::Runtime::new().unwrap();
            let listener = runtime
                .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
                .unwrap();
            let address = listener.local_addr().unwrap();
            let app: Router = sportello_server::app(&settings)
                .unwrap()
                .layer(from_fn(move |request, next| apply(defect, request, next)));
            runtime.spawn(async move {
                axum::serve(
                    listener,
                    app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
                )
                .await
            });
            let result = super::check(
                &format!("http://{address}/v1"),
                &[
                    ("SP-1001".to_owned(), "giulia.rossi@example.com".to_owned()),
                    (
                        "SP-1011".to_owned(),
                        "valentina.galli@example.com".to_owned(),
                    ),
                ],
                Some(SHOP),
            );
            runtime.shutdown_background();
            result
        }

        fn failure(defect: Defect) -> String {
            check_with(defect)
                .expect_err("the checker must catch the defect")
                .to_string()
        }

        #[test]
        fn the_intact_reference_backend_passes() {
            check_with(Defect::None).unwrap();
        }

        #[test]
        fn a_wrong_content_type_is_caught() {
            assert!(
                failure(Defect::WrongContentType).contains("config answers 200 with a ShopConfig")
            );
        }

        #[test]
        fn a_missing_required_field_is_caught() {
            assert!(failure(Defect::MissingRequiredField).contains("lookup finds order SP-1001"));
        }

        #[test]
        fn ok_on_not_found_is_caught() {
            // (Both failures then look alike, so only the status check can tell.)
            assert!(failure(Defect::OkOnNotFound)
                .contains("an unknown order is a 404 order-not-found problem"));
        }

        #[test]
        fn a_wildcard_cors_origin_is_caught() {
            let message = failure(Defect::WildcardCors);
            assert!(message.contains("a preflight of POST /orders/lookup from the shop is allowed"));
            assert!(message.contains("another origin is not allowed"));
        }

        #[test]
        fn values_out_of_the_vocabulary_are_caught_by_the_schema() {
            let error = check_with(Defect::OutOfVocabulary).unwrap_err();
            let deviations = &error.downcast_ref::<super::super::Deviations>().unwrap().0;
            let (_, actual) = deviations
                .iter()
                .find(|(name, _)| name == "lookup finds order SP-1001")
                .expect("the lookup check fails");
            assert!(actual.contains("/shipments/0/status"), "{actual}");
            assert!(actual.contains("/shipments/0/events/0/at"), "{actual}");
        }

        #[test]
        fn a_lookup_with_both_proofs_taken_is_caught() {
            assert!(failure(Defect::BothProofsAccepted)
                .contains("a lookup with both an e-mail and a postcode is a 422"));
        }

        #[test]
        fn a_voucher_over_100_percent_is_caught_by_the_schema() {
            let error = check_with(Defect::PercentOver100).unwrap_err();
            let deviations = &error.downcast_ref::<super::super::Deviations>().unwrap().0;
            let (_, actual) = deviations
                .iter()
                .find(|(name, _)| name == "lookup finds order SP-1001")
                .expect("the lookup check fails");
            assert!(actual.contains("/delay/goodwill/percent"), "{actual}");
        }

        #[test]
        fn a_503_without_retry_after_is_named() {
            let error = check_with(Defect::UnavailableWithoutRetryAfter).unwrap_err();
            let deviations = &error.downcast_ref::<super::super::Deviations>().unwrap().0;
            let (_, actual) = deviations
                .iter()
                .find(|(name, _)| name == "config answers 200 with a ShopConfig")
                .expect("the config check fails");
            assert!(
                actual.contains("a 503 without Retry-After in seconds"),
                "{actual}"
            );
        }

        #[test]
        fn a_parcel_request_key_that_is_ignored_is_caught() {
            let failed = failure(Defect::ParcelKeyIgnored);
            assert!(failed.contains("the same key with another parcel request is refused"));
            assert!(failed.contains("a parcel request needs an Idempotency-Key"));
        }

        #[test]
        fn cors_missing_on_errors_or_preflights_without_max_age_are_caught() {
            assert!(
                failure(Defect::NoCorsOnErrors).contains("error answers carry the CORS headers")
            );
            assert!(failure(Defect::NoPreflightMaxAge)
                .contains("a preflight of POST /orders/lookup from the shop is allowed"));
        }

        #[test]
        fn a_parcel_request_answered_200_is_caught() {
            assert!(failure(Defect::ParcelRequestOk).contains("a parcel request is received"));
        }

        #[test]
        fn a_missing_idempotent_replay_is_caught() {
            assert!(failure(Defect::NoIdempotentReplay)
                .contains("a repeat with the same Idempotency-Key replays the answer"));
        }
    }
}
