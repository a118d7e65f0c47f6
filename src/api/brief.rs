//! What the first-open module reads of the backend's answers, with miniserde rather than serde:
//! the shop's name, language and capabilities from its config, and the type, instance and
//! rejected fields of a problem. miniserde decodes through trait objects, so it adds a few
//! kilobytes; serde's decoders of the full contract types, and serde_json's parser with its
//! error messages (which format floats), then travel only in the chunks of the views that need
//! them. Tests below hold both readers to the same answers.

use std::sync::Arc;

use miniserde::{json, Deserialize};
use sportello_contract::{InvalidParam, ShopConfig};

/// The shop's config as the lookup screen needs it, with the answer itself for the views that
/// arrive on demand, which decode all of it ([`Shop::config`]). `Arc`, not `Rc`: it lives in
/// signals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shop {
    pub name: String,
    /// The shop's language, used when the page and the embed name none.
    pub default_locale: String,
    /// The shop takes complaints through the widget.
    pub complaints: bool,
    /// Customers can follow a complaint by its reference.
    pub complaint_follow_up: bool,
    json: Arc<str>,
}

#[derive(Deserialize)]
struct ShopBrief {
    shop_name: String,
    default_locale: String,
    // Required by the contract: an answer without it is not a config.
    #[allow(dead_code)]
    contract_version: String,
    capabilities: Option<json::Value>,
}

/// The capabilities the contract defines. serde reads them leniently: if any is not a boolean,
/// all are off; so does [`Shop::read`].
const CAPABILITIES: [&str; 4] = [
    "complaints",
    "help",
    "complaint_photos",
    "complaint_follow_up",
];

impl Shop {
    /// Reads a config answer; `None` when it is not one (not JSON, or without the shop's name,
    /// language or contract version).
    pub fn read(text: &str) -> Option<Shop> {
        let brief: ShopBrief = json::from_str(text).ok()?;
        let capabilities = match &brief.capabilities {
            Some(json::Value::Object(map))
                if CAPABILITIES
                    .iter()
                    .all(|name| matches!(map.get(*name), None | Some(json::Value::Bool(_)))) =>
            {
                Some(map)
            }
            _ => None,
        };
        let on = |name: &str| {
            capabilities.is_some_and(|map| matches!(map.get(name), Some(json::Value::Bool(true))))
        };
        Some(Shop {
            complaints: on("complaints"),
            complaint_follow_up: on("complaint_follow_up"),
            name: brief.shop_name,
            default_locale: brief.default_locale,
            json: text.into(),
        })
    }

    /// The whole config, decoded by serde: called by the views that arrive on demand.
    pub fn config(&self) -> Option<ShopConfig> {
        serde_json::from_str(&self.json).ok()
    }

    /// The shop of a config as its backend would send it (for fake backends in tests).
    pub fn of(config: &ShopConfig) -> Shop {
        Shop {
            name: config.shop_name.clone(),
            default_locale: config.default_locale.clone(),
            complaints: config.capabilities.complaints,
            complaint_follow_up: config.capabilities.complaint_follow_up,
            json: serde_json::to_string(config).unwrap_or_default().into(),
        }
    }
}

/// What [`super::classify`] reads of a problem+json body.
pub struct ProblemBrief {
    /// The problem type URI (`about:blank` when absent).
    pub kind: String,
    pub instance: Option<String>,
    pub invalid_params: Vec<InvalidParam>,
}

#[derive(Deserialize)]
struct ProblemFields {
    #[serde(rename = "type")]
    kind: Option<String>,
    // Typed as the contract types them: a problem whose title, status or detail has the wrong
    // type is no problem+json, as for serde.
    #[allow(dead_code)]
    title: Option<String>,
    #[allow(dead_code)]
    status: Option<u16>,
    #[allow(dead_code)]
    detail: Option<String>,
    instance: Option<String>,
    invalid_params: Option<Vec<ParamFields>>,
}

#[derive(Deserialize)]
struct ParamFields {
    name: String,
    reason: Option<String>,
}

impl ProblemBrief {
    /// Reads an error body as problem+json; `None` when it is not one (a proxy's HTML page).
    pub fn read(text: &str) -> Option<ProblemBrief> {
        let fields: ProblemFields = json::from_str(text).ok()?;
        Some(ProblemBrief {
            kind: fields.kind.unwrap_or_else(|| "about:blank".to_owned()),
            instance: fields.instance,
            invalid_params: fields
                .invalid_params
                .unwrap_or_default()
                .into_iter()
                .map(|p| InvalidParam {
                    name: p.name,
                    reason: p.reason.unwrap_or_default(),
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::Problem;

    /// serde's reading of a config, reduced to what [`Shop`] holds.
    fn by_serde(text: &str) -> Option<(String, String, bool, bool)> {
        let c: ShopConfig = serde_json::from_str(text).ok()?;
        Some((
            c.shop_name,
            c.default_locale,
            c.capabilities.complaints,
            c.capabilities.complaint_follow_up,
        ))
    }

    fn by_brief(text: &str) -> Option<(String, String, bool, bool)> {
        let s = Shop::read(text)?;
        Some((
            s.name,
            s.default_locale,
            s.complaints,
            s.complaint_follow_up,
        ))
    }

    const CONFIG: &str = r#"{"shop_name":"Bottega","default_locale":"it","contract_version":"1.2.0","capabilities":{"complaints":true,"complaint_follow_up":true}}"#;

    #[test]
    fn shop_reads_as_serde_does() {
        let cases = [
            CONFIG.to_owned(),
            r#"{"shop_name":"B","default_locale":"en","contract_version":"1.0.0"}"#.to_owned(),
            r#"{"shop_name":"B","default_locale":"en","contract_version":"1.0.0","capabilities":null}"#.to_owned(),
            r#"{"shop_name":"B","default_locale":"en","contract_version":"1.0.0","capabilities":"all"}"#.to_owned(),
            r#"{"shop_name":"B","default_locale":"en","contract_version":"1.0.0","capabilities":{"complaints":true,"help":"yes"}}"#.to_owned(),
            r#"{"shop_name":"B","default_locale":"en","contract_version":"1.0.0","capabilities":{"complaints":true,"future":"x"},"extra":[1,2.5e3,{"a":null}]}"#.to_owned(),
            r#"{"shop_name":"B","default_locale":"en"}"#.to_owned(),
            r#"{"shop_name":null,"default_locale":"en","contract_version":"1"}"#.to_owned(),
            "<html>".to_owned(),
            String::new(),
            "[]".to_owned(),
        ];
        for text in cases {
            assert_eq!(by_brief(&text), by_serde(&text), "{text}");
        }
    }

    fn problem_by_serde(text: &str) -> Option<(String, Option<String>, Vec<InvalidParam>)> {
        let p: Problem = serde_json::from_str(text).ok()?;
        Some((p.problem_type, p.instance, p.invalid_params))
    }

    fn problem_by_brief(text: &str) -> Option<(String, Option<String>, Vec<InvalidParam>)> {
        let p = ProblemBrief::read(text)?;
        Some((p.kind, p.instance, p.invalid_params))
    }

    /// Every example answer of the OpenAPI document, and every body of the fuzz target's seeds,
    /// reads the same with both: as a config, and as a problem.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_spec_examples_and_fuzz_seeds_read_alike() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let spec: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("contract/openapi.json")).unwrap(),
        )
        .unwrap();
        let mut bodies: Vec<String> = sportello_contract::spec::described_answers(&spec)
            .iter()
            .filter_map(|answer| answer.example.map(ToString::to_string))
            .collect();
        let configs = bodies.iter().filter(|b| by_serde(b).is_some()).count();
        let problems = bodies
            .iter()
            .filter(|b| b.contains("invalid_params"))
            .count();
        assert!(
            configs >= 1 && problems >= 1,
            "{configs} configs, {problems} problems"
        );
        for entry in std::fs::read_dir(root.join("fuzz/seeds/answer")).unwrap() {
            let data = std::fs::read(entry.unwrap().path()).unwrap();
            // Two bytes of status, the headers up to a NUL if there are any, then the body.
            let rest = data.get(2..).unwrap_or_default();
            let body = rest
                .iter()
                .position(|&b| b == 0)
                .map_or(rest, |nul| &rest[nul + 1..]);
            bodies.push(String::from_utf8_lossy(body).into_owned());
        }
        for body in &bodies {
            assert_eq!(by_brief(body), by_serde(body), "{body}");
            assert_eq!(problem_by_brief(body), problem_by_serde(body), "{body}");
        }
    }

    #[test]
    fn the_whole_config_is_kept_for_the_views() {
        let shop = Shop::read(CONFIG).unwrap();
        let config = shop.config().unwrap();
        assert_eq!(config.shop_name, "Bottega");
        assert!(config.capabilities.complaints && !config.capabilities.help);
        // A fake backend's shop is what the real one reads from the same config.
        let fake = Shop::of(&config);
        assert_eq!(
            (
                fake.name,
                fake.default_locale,
                fake.complaints,
                fake.complaint_follow_up
            ),
            (
                shop.name,
                shop.default_locale,
                shop.complaints,
                shop.complaint_follow_up
            )
        );
        assert_eq!(Shop::of(&config).config(), Some(config));
    }

    #[test]
    fn problems_read_as_serde_does() {
        let cases = [
            r#"{"type":"https://sportello.dev/problems/invalid-request","title":"Invalid","status":422,"invalid_params":[{"name":"email","reason":"bad"}]}"#,
            r#"{"type":"https://sportello.dev/problems/order-not-found","instance":"req-1"}"#,
            r#"{"title":"No type"}"#,
            r#"{"type":"x","status":"422"}"#,
            r#"{"type":"x","invalid_params":[{"reason":"no name"}]}"#,
            r#"{"type":"x","invalid_params":[{"name":"a"}]}"#,
            "<html>",
            "",
            "null",
        ];
        for text in cases {
            assert_eq!(problem_by_brief(text), problem_by_serde(text), "{text}");
        }
    }
}
