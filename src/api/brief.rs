//! What the first-open module reads of the backend's answers, with miniserde rather than serde:
//! the shop's name, language and capabilities from its config, and the type, instance and
//! rejected fields of a problem. miniserde decodes through trait objects, so it adds a few
//! kilobytes; serde's decoders of the full contract types, and serde_json's parser with its
//! error messages (which format floats), then travel only in the chunks of the views that need
//! them. Tests below hold both readers to the same answers.

use std::sync::Arc;

use miniserde::{
    de::{Map, Seq, Visitor},
    json, make_place, Deserialize, Result as BriefResult,
};
use sportello_contract::{InvalidParam, LookupProof, LookupSettings, ShopConfig};

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
    /// A parcel that needs the customer takes their requests (another day, the address).
    pub parcel_requests: bool,
    /// How the shop's customers look orders up (proofs, the order-number example and pattern).
    pub lookup: Option<LookupSettings>,
    /// The country of most customers' phones (ISO 3166-1 alpha-2).
    pub phone_country: Option<String>,
    json: Arc<str>,
}

#[derive(Deserialize)]
struct ShopBrief {
    shop_name: String,
    default_locale: String,
    // Required by the contract: an answer without it is not a config.
    #[allow(dead_code)]
    contract_version: String,
    capabilities: Option<Seen>,
    lookup: Option<Lookup>,
    phone_country: Option<Text>,
}

/// `lookup` as serde reads `LookupSettings` through `lenient::option`: `None` unless an object
/// without a field named twice; each field lenient on its own (a list of proofs, strings).
pub(crate) struct Lookup(Option<LookupSettings>);

impl Visitor for Place<Lookup> {
    fn null(&mut self) -> BriefResult<()> {
        self.out = Some(Lookup(None));
        Ok(())
    }
    fn boolean(&mut self, _: bool) -> BriefResult<()> {
        self.null()
    }
    fn string(&mut self, _: &str) -> BriefResult<()> {
        self.null()
    }
    fn negative(&mut self, _: i64) -> BriefResult<()> {
        self.null()
    }
    fn nonnegative(&mut self, _: u64) -> BriefResult<()> {
        self.null()
    }
    fn float(&mut self, _: f64) -> BriefResult<()> {
        self.null()
    }
    fn seq(&mut self) -> BriefResult<Box<dyn Seq + '_>> {
        self.out = Some(Lookup(None));
        <dyn Visitor>::ignore().seq()
    }
    fn map(&mut self) -> BriefResult<Box<dyn Map + '_>> {
        Ok(Box::new(LookupFields {
            out: &mut self.out,
            proofs: None,
            example: None,
            pattern: None,
            twice: false,
        }))
    }
}

impl Deserialize for Lookup {
    fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
        Place::new(out)
    }
}

struct LookupFields<'a> {
    out: &'a mut Option<Lookup>,
    proofs: Option<Texts>,
    example: Option<Text>,
    pattern: Option<Text>,
    twice: bool,
}

impl Map for LookupFields<'_> {
    fn key(&mut self, key: &str) -> BriefResult<&mut dyn Visitor> {
        Ok(match key {
            "proofs" => {
                self.twice |= self.proofs.is_some();
                Texts::begin(&mut self.proofs)
            }
            "order_number_example" => {
                self.twice |= self.example.is_some();
                Text::begin(&mut self.example)
            }
            "order_number_pattern" => {
                self.twice |= self.pattern.is_some();
                Text::begin(&mut self.pattern)
            }
            _ => <dyn Visitor>::ignore(),
        })
    }

    fn finish(&mut self) -> BriefResult<()> {
        let text = |t: &mut Option<Text>| t.take().and_then(|Text(s)| s);
        *self.out = Some(Lookup((!self.twice).then(|| {
            LookupSettings {
                proofs: self
                    .proofs
                    .take()
                    .map(|Texts(list)| {
                        list.iter()
                            .map(|proof| match proof.as_str() {
                                "email" => LookupProof::Email,
                                "postcode" => LookupProof::Postcode,
                                _ => LookupProof::Unknown,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                order_number_example: text(&mut self.example),
                order_number_pattern: text(&mut self.pattern),
            }
        })));
        Ok(())
    }
}

/// A string, or `None` for any other value (serde's `lenient::option::<String>`).
pub(crate) struct Text(Option<String>);

impl Visitor for Place<Text> {
    fn null(&mut self) -> BriefResult<()> {
        self.out = Some(Text(None));
        Ok(())
    }
    fn boolean(&mut self, _: bool) -> BriefResult<()> {
        self.null()
    }
    fn string(&mut self, s: &str) -> BriefResult<()> {
        self.out = Some(Text(Some(s.to_owned())));
        Ok(())
    }
    fn negative(&mut self, _: i64) -> BriefResult<()> {
        self.null()
    }
    fn nonnegative(&mut self, _: u64) -> BriefResult<()> {
        self.null()
    }
    fn float(&mut self, _: f64) -> BriefResult<()> {
        self.null()
    }
    fn seq(&mut self) -> BriefResult<Box<dyn Seq + '_>> {
        self.null()?;
        <dyn Visitor>::ignore().seq()
    }
    fn map(&mut self) -> BriefResult<Box<dyn Map + '_>> {
        self.null()?;
        <dyn Visitor>::ignore().map()
    }
}

impl Deserialize for Text {
    fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
        Place::new(out)
    }
}

/// The strings of a list, others skipped; empty for any other value (serde's
/// `lenient::vec::<String>`).
pub(crate) struct Texts(Vec<String>);

impl Visitor for Place<Texts> {
    fn null(&mut self) -> BriefResult<()> {
        self.out = Some(Texts(Vec::new()));
        Ok(())
    }
    fn boolean(&mut self, _: bool) -> BriefResult<()> {
        self.null()
    }
    fn string(&mut self, _: &str) -> BriefResult<()> {
        self.null()
    }
    fn negative(&mut self, _: i64) -> BriefResult<()> {
        self.null()
    }
    fn nonnegative(&mut self, _: u64) -> BriefResult<()> {
        self.null()
    }
    fn float(&mut self, _: f64) -> BriefResult<()> {
        self.null()
    }
    fn seq(&mut self) -> BriefResult<Box<dyn Seq + '_>> {
        Ok(Box::new(TextList {
            out: &mut self.out,
            list: Vec::new(),
            element: None,
        }))
    }
    fn map(&mut self) -> BriefResult<Box<dyn Map + '_>> {
        self.null()?;
        <dyn Visitor>::ignore().map()
    }
}

impl Deserialize for Texts {
    fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
        Place::new(out)
    }
}

struct TextList<'a> {
    out: &'a mut Option<Texts>,
    list: Vec<String>,
    element: Option<Text>,
}

impl TextList<'_> {
    fn keep(&mut self) {
        if let Some(Text(Some(text))) = self.element.take() {
            self.list.push(text);
        }
    }
}

impl Seq for TextList<'_> {
    fn element(&mut self) -> BriefResult<&mut dyn Visitor> {
        self.keep();
        Ok(Text::begin(&mut self.element))
    }

    fn finish(&mut self) -> BriefResult<()> {
        self.keep();
        *self.out = Some(Texts(std::mem::take(&mut self.list)));
        Ok(())
    }
}

/// The capabilities the contract defines, in [`Flags`]' order.
const CAPABILITIES: [&str; 5] = [
    "complaints",
    "help",
    "complaint_photos",
    "complaint_follow_up",
    "parcel_requests",
];

/// The two capabilities the lookup screen needs, read as serde reads `Capabilities`
/// (`lenient::or_default`): all off unless the value is an object in which each capability the
/// contract defines is absent or a boolean, and none is named twice.
#[derive(Clone, Copy, Default)]
pub(crate) struct Capabilities {
    complaints: bool,
    complaint_follow_up: bool,
    parcel_requests: bool,
}

/// A JSON value as the first open reads it, without `json::Value` (whose object and array
/// builders cost more wasm than this): a boolean, an object read as capabilities, or anything
/// else. The stored draft's photos are only counted, so they are read as these too.
#[derive(Clone, Copy)]
pub(crate) enum Seen {
    Bool(bool),
    Object(Capabilities),
    Other,
}

make_place!(Place);

impl Visitor for Place<Seen> {
    fn null(&mut self) -> BriefResult<()> {
        self.out = Some(Seen::Other);
        Ok(())
    }
    fn boolean(&mut self, b: bool) -> BriefResult<()> {
        self.out = Some(Seen::Bool(b));
        Ok(())
    }
    fn string(&mut self, _: &str) -> BriefResult<()> {
        self.null()
    }
    fn negative(&mut self, _: i64) -> BriefResult<()> {
        self.null()
    }
    fn nonnegative(&mut self, _: u64) -> BriefResult<()> {
        self.null()
    }
    fn float(&mut self, _: f64) -> BriefResult<()> {
        self.null()
    }
    fn seq(&mut self) -> BriefResult<Box<dyn Seq + '_>> {
        self.out = Some(Seen::Other);
        <dyn Visitor>::ignore().seq()
    }
    fn map(&mut self) -> BriefResult<Box<dyn Map + '_>> {
        Ok(Box::new(Flags {
            out: &mut self.out,
            flags: [None; 5],
            twice: false,
        }))
    }
}

impl Deserialize for Seen {
    fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
        Place::new(out)
    }
}

/// An object being read as capabilities: each defined capability's value so far.
struct Flags<'a> {
    out: &'a mut Option<Seen>,
    flags: [Option<Seen>; 5],
    twice: bool,
}

impl Map for Flags<'_> {
    fn key(&mut self, key: &str) -> BriefResult<&mut dyn Visitor> {
        match CAPABILITIES.iter().position(|name| *name == key) {
            Some(index) => {
                self.twice |= self.flags[index].is_some();
                Ok(Seen::begin(&mut self.flags[index]))
            }
            None => Ok(<dyn Visitor>::ignore()),
        }
    }

    fn finish(&mut self) -> BriefResult<()> {
        let valid = !self.twice
            && self
                .flags
                .iter()
                .all(|f| matches!(f, None | Some(Seen::Bool(_))));
        let on = |index: usize| valid && matches!(self.flags[index], Some(Seen::Bool(true)));
        *self.out = Some(Seen::Object(Capabilities {
            complaints: on(0),
            complaint_follow_up: on(3),
            parcel_requests: on(4),
        }));
        Ok(())
    }
}

impl Shop {
    /// Reads a config answer; `None` when it is not one (not JSON, or without the shop's name,
    /// language or contract version).
    pub fn read(text: &str) -> Option<Shop> {
        let brief: ShopBrief = json::from_str(text).ok()?;
        let capabilities = match brief.capabilities {
            Some(Seen::Object(capabilities)) => capabilities,
            _ => Capabilities::default(),
        };
        Some(Shop {
            complaints: capabilities.complaints,
            complaint_follow_up: capabilities.complaint_follow_up,
            parcel_requests: capabilities.parcel_requests,
            lookup: brief.lookup.and_then(|Lookup(settings)| settings),
            phone_country: brief.phone_country.and_then(|Text(country)| country),
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
            parcel_requests: config.capabilities.parcel_requests,
            lookup: config.lookup.clone(),
            phone_country: config.phone_country.clone(),
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

    /// What the widget does with a config (an absent `lookup` is the default one; serde would
    /// also read a list as the settings' fields by position, which no backend sends).
    type Read = (String, String, [bool; 3], LookupSettings, Option<String>);

    /// serde's reading of a config, reduced to what [`Shop`] holds.
    fn by_serde(text: &str) -> Option<Read> {
        let c: ShopConfig = serde_json::from_str(text).ok()?;
        Some((
            c.shop_name,
            c.default_locale,
            [
                c.capabilities.complaints,
                c.capabilities.complaint_follow_up,
                c.capabilities.parcel_requests,
            ],
            c.lookup.unwrap_or_default(),
            c.phone_country,
        ))
    }

    fn by_brief(text: &str) -> Option<Read> {
        let s = Shop::read(text)?;
        Some((
            s.name,
            s.default_locale,
            [s.complaints, s.complaint_follow_up, s.parcel_requests],
            s.lookup.unwrap_or_default(),
            s.phone_country,
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
        // The capabilities object, every shape a backend might send.
        let capabilities = [
            r#"{"complaints":true,"complaint_follow_up":true}"#,
            r#"{"complaints":true,"complaints":true}"#,
            r#"{"complaints":true,"complaint_follow_up":false,"complaints":false}"#,
            r#"{"complaints":true,"help":null}"#,
            r#"{"complaints":true,"complaint_photos":[true]}"#,
            r#"{"complaints":true,"complaint_follow_up":{"complaints":true}}"#,
            r#"{"complaints":true,"parcel_requests":true}"#,
            r#"{"complaints":true,"parcel_requests":"yes"}"#,
            r#"{"complaints":1}"#,
            r#"{"complaints":true,"unknown":{"complaints":"no"},"other":[{"help":1}]}"#,
            r#"{"complaints":true,"unknown":1,"unknown":2}"#,
            r#"{}"#,
            r#"[{"complaints":true}]"#,
            r#"true"#,
            r#"12.5"#,
            r#"{"complaints":true"#,
        ]
        .map(|c| {
            format!(r#"{{"shop_name":"B","default_locale":"en","contract_version":"1","capabilities":{c}}}"#)
        });
        // The lookup settings, every shape a backend might send.
        let lookups = [
            r#"{"proofs":["postcode"],"order_number_example":"100042","order_number_pattern":"^[0-9]{6}$"}"#,
            r#"{"proofs":["email","fax",7,null,"postcode",["email"]]}"#,
            r#"{"proofs":"email","order_number_example":12,"order_number_pattern":null}"#,
            r#"{"proofs":{"email":true},"order_number_example":["SP-1"],"extra":{"proofs":[]}}"#,
            r#"{"order_number_example":"A","order_number_example":"B"}"#,
            r#"{"proofs":[],"proofs":["email"]}"#,
            r#"{}"#,
            r#"null"#,
            r#"["postcode"]"#,
            r#""postcode""#,
            r#"{"proofs":["postcode"]"#,
        ]
        .map(|l| {
            format!(r#"{{"shop_name":"B","default_locale":"en","contract_version":"1","lookup":{l}}}"#)
        });
        let countries = [r#""DE""#, "null", "49", r#"["DE"]"#, r#"{"DE":1}"#]
            .map(|c| format!(r#"{{"shop_name":"B","default_locale":"en","contract_version":"1","phone_country":{c}}}"#));
        for text in cases
            .iter()
            .chain(&capabilities)
            .chain(&lookups)
            .chain(&countries)
        {
            assert_eq!(by_brief(text), by_serde(text), "{text}");
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
                fake.complaint_follow_up,
                fake.lookup
            ),
            (
                shop.name,
                shop.default_locale,
                shop.complaints,
                shop.complaint_follow_up,
                shop.lookup
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
