//! The Sportello JSON contract, version 1.
//!
//! These serde types are the single source of truth for what a shop backend serves and what the
//! widget reads. The OpenAPI 3.1 document (`contract/openapi.json`) is generated from them
//! (feature `openapi`), so the spec cannot drift from the code.
//!
//! Decoding is tolerant by design, because the widget talks to backends we do not control:
//! unknown fields are ignored, and every enum has an `Unknown` variant that absorbs values
//! added by a newer contract or invented by a backend, so that one odd field degrades instead
//! of failing the whole response.

mod complaints;
#[cfg(feature = "openapi")]
mod examples;
mod lenient;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod spec;
mod tracking;

pub use complaints::*;
pub use tracking::*;

use serde::{Deserialize, Serialize};

/// The version of the contract these types describe. Backends report theirs in
/// [`ShopConfig::contract_version`]; `/v1` only ever grows additively.
pub const CONTRACT_VERSION: &str = "1.3.0";

/// Media type of every error body (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// `GET /v1/config`: what the widget needs to know about the shop before anything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "shop_name": "Bottega Aurora",
    "default_locale": "it",
    "supported_locales": ["it", "en"],
    "contract_version": "1.3.0",
    "capabilities": {"complaints": true, "help": true, "complaint_photos": true, "complaint_follow_up": true, "parcel_requests": true},
    "lookup": {"proofs": ["email", "postcode"], "order_number_example": "SP-1001", "order_number_pattern": "^SP-[0-9]{4,}$"},
    "phone_country": "IT",
    "support": {
        "time_zone": "Europe/Rome",
        "office_hours": [{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"], "opens": "09:00", "closes": "18:00"}],
        "response_minutes_median": 180,
        "response_minutes_p90": 600,
        "privacy_url": "https://shop.example/privacy"
    }
})))]
pub struct ShopConfig {
    /// The shop's name as customers know it.
    pub shop_name: String,
    /// BCP 47 language tag used when the customer's language is not supported.
    pub default_locale: String,
    /// BCP 47 language tags the shop's own texts are available in.
    #[serde(default)]
    pub supported_locales: Vec<String>,
    /// Semantic version of the contract the backend implements, e.g. `1.0.0`.
    pub contract_version: String,
    /// What the backend offers beyond config and lookup; the widget hides the rest.
    #[serde(default, deserialize_with = "crate::lenient::or_default")]
    pub capabilities: Capabilities,
    /// The shop's customer service: office hours and response times (needed for complaints).
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub support: Option<SupportInfo>,
    /// How customers look their orders up here: the proofs offered and what an order number
    /// looks like (new in 1.3; absent, the widget offers both proofs and shows no example).
    #[serde(
        default,
        deserialize_with = "crate::lenient::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub lookup: Option<LookupSettings>,
    /// ISO 3166-1 alpha-2 country most customers' phone numbers are from (new in 1.3): a
    /// national number typed the usual way (`0171 2345678` in `DE`) is sent in international
    /// format (`+49 171 2345678`). Absent, customers type the `+` and country code.
    #[serde(
        default,
        deserialize_with = "crate::lenient::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Z]{2}$", example = "IT"))]
    pub phone_country: Option<String>,
}

/// `ShopConfig.lookup`: how the shop's customers prove an order is theirs, and what its order
/// numbers look like (new in 1.3). Every field is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LookupSettings {
    /// The proofs of ownership the shop accepts, the one to offer first first. Absent or
    /// empty: both, e-mail first. A backend may refuse a proof it does not list with `422`
    /// naming that field.
    #[serde(
        default,
        deserialize_with = "crate::lenient::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "openapi", schema(max_items = 2))]
    pub proofs: Vec<LookupProof>,
    /// An order number as the shop prints it, shown as the example under the field.
    #[serde(
        default,
        deserialize_with = "crate::lenient::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(max_length = 40, example = "SP-1001"))]
    pub order_number_example: Option<String>,
    /// An ECMA-262 pattern every order number of the shop matches once normalised (upper-case,
    /// without a leading `#`). The widget only uses it to help: a number that matches once the
    /// example's prefix is put in front gets that hint instead of a lookup that cannot succeed.
    #[serde(
        default,
        deserialize_with = "crate::lenient::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 200, example = "^SP-[0-9]{4,}$")
    )]
    pub order_number_pattern: Option<String>,
}

impl LookupSettings {
    /// The proofs to offer, in order: the known ones the shop lists, or both.
    pub fn offered(settings: Option<&LookupSettings>) -> Vec<LookupProof> {
        let mut offered: Vec<LookupProof> = Vec::new();
        for proof in settings.map(|s| s.proofs.as_slice()).unwrap_or_default() {
            if *proof != LookupProof::Unknown && !offered.contains(proof) {
                offered.push(*proof);
            }
        }
        if offered.is_empty() {
            offered = vec![LookupProof::Email, LookupProof::Postcode];
        }
        offered
    }
}

/// A proof of ownership for the order lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LookupProof {
    /// The e-mail address the order was placed with.
    Email,
    /// The postcode of the shipping address.
    Postcode,
    /// Any value this client does not know. Never sent by a conforming backend.
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

/// The optional parts of the contract a backend implements. A missing flag means "not offered".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Capabilities {
    /// `POST /v1/complaints` (needs `support` in the config).
    #[serde(default)]
    pub complaints: bool,
    /// `GET /v1/help` and `POST /v1/help/feedback`.
    #[serde(default)]
    pub help: bool,
    /// Photos in complaints and follow-up messages.
    #[serde(default)]
    pub complaint_photos: bool,
    /// `POST /v1/complaints/lookup` and the calls under `/v1/complaints/{reference}`.
    #[serde(default)]
    pub complaint_follow_up: bool,
    /// `POST /v1/orders/{order_id}/shipments/{shipment_id}/requests`: a new delivery day or a
    /// corrected address for a parcel that needs the customer (new in 1.3).
    #[serde(default)]
    pub parcel_requests: bool,
}

/// `POST /v1/orders/lookup` body: a guest order lookup by order number plus one proof of
/// ownership, the e-mail address used for the order or the shipping postcode. It travels in a
/// POST body so that personal data never appears in a URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "order_number": "SP-1001",
    "email": "giulia.rossi@example.com"
})))]
#[serde(untagged)]
pub enum LookupRequest {
    /// Order number and the e-mail address the order was placed with.
    ByEmail {
        /// The order number as printed in the confirmation e-mail (a leading `#` is ignored).
        #[cfg_attr(feature = "openapi", schema(pattern = r"[^\s#]", max_length = 254))]
        order_number: String,
        /// The e-mail address of the order (compared case-insensitively).
        #[cfg_attr(
            feature = "openapi",
            schema(
                pattern = r"^[^@\s\x85]+@[^@\s\x85.][^@\s\x85]*\.[^@\s\x85]*[^@\s\x85.]$",
                max_length = 254
            )
        )]
        email: String,
    },
    /// Order number and the shipping postcode.
    ByPostcode {
        /// The order number as printed in the confirmation e-mail (a leading `#` is ignored).
        #[cfg_attr(feature = "openapi", schema(pattern = r"[^\s#]", max_length = 254))]
        order_number: String,
        /// The postcode of the shipping address (spaces and case are ignored).
        #[cfg_attr(feature = "openapi", schema(pattern = r"\S", max_length = 254))]
        postcode: String,
    },
}

impl LookupRequest {
    pub fn order_number(&self) -> &str {
        match self {
            LookupRequest::ByEmail { order_number, .. }
            | LookupRequest::ByPostcode { order_number, .. } => order_number,
        }
    }
}

/// Status of an order as a whole, aligned with schema.org `OrderStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Received and being prepared (schema.org `OrderProcessing`).
    Processing,
    /// Waiting for payment (schema.org `OrderPaymentDue`).
    PaymentDue,
    /// Handed to a carrier (schema.org `OrderInTransit`).
    InTransit,
    /// Waiting at a pickup point (schema.org `OrderPickupAvailable`).
    PickupAvailable,
    /// Delivered (schema.org `OrderDelivered`).
    Delivered,
    /// Something needs attention (schema.org `OrderProblem`).
    Problem,
    /// Cancelled (schema.org `OrderCancelled`).
    Cancelled,
    /// Returned and refunded or being refunded (schema.org `OrderReturned`).
    Returned,
    /// Any value this client does not know. Never sent by a conforming backend.
    #[serde(other, skip_serializing)]
    #[default]
    Unknown,
}

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderItem {
    /// Product name as shown on the order.
    pub name: String,
    /// How many units were ordered.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub quantity: u32,
    /// Price of one unit in minor units of the order's currency (cents for EUR).
    pub unit_price: i64,
}

/// `POST /v1/orders/lookup` and `GET /v1/orders/{order_id}` answer: the order as the customer
/// sees it. Everything after `items` is optional: a backend sends what it knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "number": "SP-1001",
    "placed_at": "2026-11-18T10:24:00Z",
    "status": "in_transit",
    "currency": "EUR",
    "items": [
        {"name": "Tazza in ceramica di Deruta", "quantity": 2, "unit_price": 1850},
        {"name": "Caffè macinato 250 g", "quantity": 1, "unit_price": 690}
    ]
})))]
pub struct OrderSummary {
    /// The order number as the shop prints it.
    pub number: String,
    /// When the order was placed (RFC 3339 date-time).
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub placed_at: String,
    /// Overall status of the order.
    pub status: OrderStatus,
    /// ISO 4217 currency code of every amount in the order.
    #[cfg_attr(feature = "openapi", schema(example = "EUR", pattern = "^[A-Z]{3}$"))]
    pub currency: String,
    /// The order lines.
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub items: Vec<OrderItem>,
    /// Granted by the lookup: the order-scoped token for follow-up calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<OrderAccess>,
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub totals: Option<Totals>,
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub shipping_address: Option<MaskedAddress>,
    /// The delivery window promised at checkout: "late" is measured against it.
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub promised_delivery: Option<DateWindow>,
    /// When the last parcel was delivered.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub delivered_at: Option<String>,
    /// The parcels (an order may ship in several).
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub shipments: Vec<Shipment>,
    /// A delay of the order as a whole (e.g. stock shortage before shipping).
    #[serde(default, deserialize_with = "crate::lenient::option")]
    pub delay: Option<Delay>,
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub refunds: Vec<Refund>,
    /// Promotions the shop would like shown; the widget hides them while anything is late.
    #[serde(default, deserialize_with = "crate::lenient::vec")]
    pub promotions: Vec<Promotion>,
    /// The notifications about this order already asked for (one per channel, with when): the
    /// widget then says so instead of offering an empty opt-in again. Optional (since 1.3).
    #[serde(
        default,
        deserialize_with = "crate::lenient::vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub subscriptions: Vec<Subscription>,
}

impl OrderSummary {
    /// Sum of the order lines in minor units (saturating: a hostile backend cannot overflow it).
    pub fn items_total(&self) -> i64 {
        self.items.iter().fold(0i64, |acc, item| {
            acc.saturating_add(item.unit_price.saturating_mul(i64::from(item.quantity)))
        })
    }
}

/// Error body of every failed request: RFC 9457 `application/problem+json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "type": "https://sportello.dev/problems/order-not-found",
    "title": "No order matches these details",
    "status": 404
})))]
pub struct Problem {
    /// A URI identifying the problem type; see [`ProblemType`] for the ones the widget knows.
    #[serde(rename = "type", default = "about_blank")]
    pub problem_type: String,
    /// Short, human-readable summary (in English; the widget shows its own localised text).
    #[serde(default)]
    pub title: String,
    /// The HTTP status code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Explanation specific to this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// URI of this occurrence, e.g. a correlation id to quote to support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// For `invalid-request`: which fields were rejected and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invalid_params: Vec<InvalidParam>,
}

fn about_blank() -> String {
    "about:blank".to_owned()
}

/// One rejected field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvalidParam {
    /// The field's name in the request body.
    pub name: String,
    /// Why it was rejected.
    #[serde(default)]
    pub reason: String,
}

/// The problem types of the contract. Each is a URI under [`ProblemType::BASE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemType {
    /// 400: the body is not JSON, or not an object.
    MalformedRequest,
    /// 422: the body is JSON but a field is missing or invalid (see `invalid_params`).
    InvalidRequest,
    /// 404: no order matches this number **and** proof. Identical for "no such order" and
    /// "wrong e-mail or postcode", so that order numbers cannot be enumerated.
    OrderNotFound,
    /// 429: too many attempts; `Retry-After` says when to try again.
    RateLimited,
    /// 401: the order token is missing, wrong or expired: look the order up again.
    Unauthorized,
    /// 500: the backend failed.
    Internal,
    /// 404: no complaint matches this reference **and** e-mail (identical for both cases).
    ComplaintNotFound,
    /// 409: a request with this Idempotency-Key is still being processed: retry later.
    RequestInProgress,
    /// 422: this Idempotency-Key was already used with a different body.
    IdempotencyKeyReused,
    /// 409: the request does not fit the resource's state (e.g. rating twice).
    Conflict,
    /// 413: the body is larger than the backend accepts.
    PayloadTooLarge,
    /// 415: the body is not sent as JSON (`Content-Type` other than `application/json`).
    UnsupportedMediaType,
    /// 503: down for a moment (maintenance, overload) and the request was not acted on;
    /// `Retry-After` says when to come back (new in 1.3; any type, or none, is fine with a 503).
    Unavailable,
    /// A type this client does not know.
    Unknown,
}

impl ProblemType {
    pub const BASE: &'static str = "https://sportello.dev/problems/";

    pub const ALL: [ProblemType; 13] = [
        ProblemType::MalformedRequest,
        ProblemType::InvalidRequest,
        ProblemType::OrderNotFound,
        ProblemType::RateLimited,
        ProblemType::Unauthorized,
        ProblemType::Internal,
        ProblemType::ComplaintNotFound,
        ProblemType::RequestInProgress,
        ProblemType::IdempotencyKeyReused,
        ProblemType::Conflict,
        ProblemType::PayloadTooLarge,
        ProblemType::UnsupportedMediaType,
        ProblemType::Unavailable,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ProblemType::MalformedRequest => "malformed-request",
            ProblemType::InvalidRequest => "invalid-request",
            ProblemType::OrderNotFound => "order-not-found",
            ProblemType::RateLimited => "rate-limited",
            ProblemType::Unauthorized => "unauthorized",
            ProblemType::Internal => "internal",
            ProblemType::ComplaintNotFound => "complaint-not-found",
            ProblemType::RequestInProgress => "request-in-progress",
            ProblemType::IdempotencyKeyReused => "idempotency-key-reused",
            ProblemType::Conflict => "conflict",
            ProblemType::PayloadTooLarge => "payload-too-large",
            ProblemType::UnsupportedMediaType => "unsupported-media-type",
            ProblemType::Unavailable => "unavailable",
            ProblemType::Unknown => "unknown",
        }
    }

    pub fn uri(self) -> String {
        format!("{}{}", Self::BASE, self.slug())
    }

    /// The HTTP status a backend answers with for this problem.
    pub fn status(self) -> u16 {
        match self {
            ProblemType::MalformedRequest => 400,
            ProblemType::InvalidRequest => 422,
            ProblemType::OrderNotFound => 404,
            ProblemType::RateLimited => 429,
            ProblemType::Unauthorized => 401,
            ProblemType::ComplaintNotFound => 404,
            ProblemType::RequestInProgress | ProblemType::Conflict => 409,
            ProblemType::IdempotencyKeyReused => 422,
            ProblemType::PayloadTooLarge => 413,
            ProblemType::UnsupportedMediaType => 415,
            ProblemType::Unavailable => 503,
            ProblemType::Internal | ProblemType::Unknown => 500,
        }
    }

    /// English title for the `title` member.
    pub fn title(self) -> &'static str {
        match self {
            ProblemType::MalformedRequest => "The request could not be read",
            ProblemType::InvalidRequest => "Some fields are missing or invalid",
            ProblemType::OrderNotFound => "No order matches these details",
            ProblemType::RateLimited => "Too many attempts, try again later",
            ProblemType::Unauthorized => "The order token is missing or has expired",
            ProblemType::Internal => "The shop could not answer right now",
            ProblemType::ComplaintNotFound => "No complaint matches these details",
            ProblemType::RequestInProgress => "A request with this Idempotency-Key is in progress",
            ProblemType::IdempotencyKeyReused => {
                "This Idempotency-Key was used with a different request"
            }
            ProblemType::Conflict => "The request does not fit the current state",
            ProblemType::PayloadTooLarge => "The request body is too large",
            ProblemType::UnsupportedMediaType => "The request body must be sent as JSON",
            ProblemType::Unavailable => "Down for a moment, try again later",
            ProblemType::Unknown => "Unknown problem",
        }
    }

    /// Reads a `type` URI; anything unrecognised is [`ProblemType::Unknown`].
    pub fn from_uri(uri: &str) -> ProblemType {
        uri.strip_prefix(Self::BASE)
            .and_then(|slug| Self::ALL.into_iter().find(|t| t.slug() == slug))
            .unwrap_or(ProblemType::Unknown)
    }
}

impl Problem {
    pub fn new(kind: ProblemType) -> Problem {
        Problem {
            problem_type: kind.uri(),
            title: kind.title().to_owned(),
            status: Some(kind.status()),
            ..Problem::default()
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Some(detail.into());
        self
    }

    pub fn kind(&self) -> ProblemType {
        ProblemType::from_uri(&self.problem_type)
    }
}

/// Normalises an order number the way customers type it: trimmed, ASCII letters upper-case, without a
/// leading `#`. Backends and the widget agree on this so that `#sp-1001 ` finds `SP-1001`.
pub fn normalize_order_number(raw: &str) -> String {
    raw.trim()
        .trim_start_matches('#')
        .trim()
        .to_ascii_uppercase()
}

/// Whether a string is shaped like an e-mail address (`local@domain.tld`, no spaces). Both the
/// widget (before sending) and the reference backend (on receipt) apply this same rule.
pub fn is_plausible_email(raw: &str) -> bool {
    let email = raw.trim();
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Whether a string is a mobile number in international format as customers type it:
/// `+39 333 123 4567` (a plus, then 8 to 15 digits, spaces or dashes between them).
pub fn is_plausible_phone(raw: &str) -> bool {
    let text = raw.trim();
    let Some(rest) = text.strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (8..=15).contains(&digits)
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        && rest.starts_with(|c: char| c.is_ascii_digit())
}

/// Calling code and national trunk prefix (dropped in international format) of the countries
/// whose customers Sportello's shops serve most; others type the `+` themselves.
const CALLING_CODES: [(&str, &str, &str); 27] = [
    ("AT", "43", "0"),
    ("BE", "32", "0"),
    ("CA", "1", "1"),
    ("CH", "41", "0"),
    ("CZ", "420", ""),
    ("DE", "49", "0"),
    ("DK", "45", ""),
    ("ES", "34", ""),
    ("FI", "358", "0"),
    ("FR", "33", "0"),
    ("GB", "44", "0"),
    ("GR", "30", ""),
    ("HR", "385", "0"),
    ("HU", "36", "06"),
    ("IE", "353", "0"),
    ("IT", "39", ""),
    ("LI", "423", ""),
    ("LU", "352", ""),
    ("MC", "377", ""),
    ("NL", "31", "0"),
    ("NO", "47", ""),
    ("PL", "48", ""),
    ("PT", "351", ""),
    ("SE", "46", "0"),
    ("SI", "386", "0"),
    ("SM", "378", ""),
    ("US", "1", "1"),
];

/// A phone number as customers type it, in the international format the contract carries:
/// separators people use (`/ . ( )`) become spaces, `00` becomes `+`, a `(0)` after the country
/// code goes, and a national number of `country` (ISO 3166-1 alpha-2, the shop's
/// `phone_country`) gets its calling code, without the trunk prefix (`0171/2345678` in `DE` is
/// `+49 171 2345678`). What cannot be read this way comes back trimmed, for
/// [`is_plausible_phone`] to refuse.
pub fn international_phone(raw: &str, country: Option<&str>) -> String {
    let spaced: String = raw
        .replace("(0)", " ")
        .chars()
        .map(|c| {
            if matches!(c, '/' | '.' | '(' | ')') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let text = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.starts_with('+') {
        return text;
    }
    if let Some(rest) = text.strip_prefix("00") {
        return format!("+{}", rest.trim_start());
    }
    let code = country.and_then(|country| {
        CALLING_CODES
            .iter()
            .find(|(iso, _, _)| iso.eq_ignore_ascii_case(country.trim()))
    });
    match code {
        Some((_, code, trunk)) if text.starts_with(|c: char| c.is_ascii_digit()) => {
            let national = match text.strip_prefix(trunk) {
                Some(rest) if !trunk.is_empty() => rest,
                _ => &text,
            };
            format!("+{code} {}", national.trim_start_matches([' ', '-']))
        }
        _ => text,
    }
}

/// Normalises a postcode for comparison: no whitespace, upper-case.
pub fn normalize_postcode(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn sample_order() -> OrderSummary {
        OrderSummary {
            number: "SP-1001".into(),
            placed_at: "2026-11-18T10:24:00Z".into(),
            status: OrderStatus::InTransit,
            currency: "EUR".into(),
            items: vec![
                OrderItem {
                    name: "Tazza".into(),
                    quantity: 2,
                    unit_price: 1850,
                },
                OrderItem {
                    name: "Caffè".into(),
                    quantity: 1,
                    unit_price: 690,
                },
            ],
            ..OrderSummary::default()
        }
    }

    #[test]
    fn order_round_trips() {
        let order = sample_order();
        let text = serde_json::to_string(&order).unwrap();
        assert_eq!(serde_json::from_str::<OrderSummary>(&text).unwrap(), order);
        assert_eq!(order.items_total(), 4390);
    }

    #[test]
    fn config_round_trips() {
        let config = ShopConfig {
            shop_name: "Bottega Aurora".into(),
            default_locale: "it".into(),
            supported_locales: vec!["it".into(), "en".into()],
            contract_version: CONTRACT_VERSION.into(),
            capabilities: Capabilities {
                complaints: true,
                ..Capabilities::default()
            },
            support: None,
            lookup: None,
            phone_country: None,
        };
        let text = serde_json::to_string(&config).unwrap();
        assert_eq!(serde_json::from_str::<ShopConfig>(&text).unwrap(), config);
    }

    #[test]
    fn lookup_request_accepts_either_proof() {
        let by_email: LookupRequest =
            serde_json::from_value(json!({"order_number": "SP-1", "email": "a@b.it"})).unwrap();
        assert!(matches!(by_email, LookupRequest::ByEmail { .. }));
        let by_postcode: LookupRequest =
            serde_json::from_value(json!({"order_number": "SP-1", "postcode": "00184"})).unwrap();
        assert!(matches!(by_postcode, LookupRequest::ByPostcode { .. }));
        assert_eq!(by_postcode.order_number(), "SP-1");
        assert!(serde_json::from_value::<LookupRequest>(json!({"order_number": "SP-1"})).is_err());
        // Serialised form is flat: exactly the fields of the chosen proof.
        assert_eq!(
            serde_json::to_value(&by_email).unwrap(),
            json!({"order_number": "SP-1", "email": "a@b.it"})
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let order: OrderSummary = serde_json::from_value(json!({
            "number": "SP-1", "placed_at": "2026-11-18T10:24:00Z", "status": "delivered",
            "currency": "EUR", "items": [{"name": "x", "quantity": 1, "unit_price": 5, "sku": "A"}],
            "loyalty_points": 12, "shipments": [{"carrier": "BRT"}]
        }))
        .unwrap();
        assert_eq!(order.status, OrderStatus::Delivered);
        assert_eq!(order.items.len(), 1);
        // A parcel without its required fields is dropped; the order still decodes.
        assert!(order.shipments.is_empty());
    }

    #[test]
    fn unknown_status_maps_to_unknown() {
        let order: OrderSummary = serde_json::from_value(json!({
            "number": "SP-1", "placed_at": "2026-11-18T10:24:00Z",
            "status": "teleported", "currency": "EUR", "items": []
        }))
        .unwrap();
        assert_eq!(order.status, OrderStatus::Unknown);
    }

    #[test]
    fn every_known_status_is_read() {
        for (text, status) in [
            ("processing", OrderStatus::Processing),
            ("payment_due", OrderStatus::PaymentDue),
            ("in_transit", OrderStatus::InTransit),
            ("pickup_available", OrderStatus::PickupAvailable),
            ("delivered", OrderStatus::Delivered),
            ("problem", OrderStatus::Problem),
            ("cancelled", OrderStatus::Cancelled),
            ("returned", OrderStatus::Returned),
        ] {
            assert_eq!(
                serde_json::from_value::<OrderStatus>(json!(text)).unwrap(),
                status
            );
            assert_eq!(serde_json::to_value(status).unwrap(), json!(text));
        }
    }

    #[test]
    fn missing_items_default_to_empty() {
        let order: OrderSummary = serde_json::from_value(json!({
            "number": "SP-1", "placed_at": "x", "status": "processing", "currency": "EUR"
        }))
        .unwrap();
        assert!(order.items.is_empty());
    }

    #[test]
    fn problem_types_round_trip_through_uris() {
        for kind in ProblemType::ALL {
            let problem = Problem::new(kind);
            assert_eq!(problem.kind(), kind);
            assert_eq!(problem.status, Some(kind.status()));
        }
        assert_eq!(
            ProblemType::from_uri("https://example.com/other"),
            ProblemType::Unknown
        );
        assert_eq!(ProblemType::from_uri("about:blank"), ProblemType::Unknown);
    }

    #[test]
    fn minimal_problem_decodes() {
        let problem: Problem = serde_json::from_value(json!({})).unwrap();
        assert_eq!(problem.problem_type, "about:blank");
        assert_eq!(problem.kind(), ProblemType::Unknown);
        let problem: Problem = serde_json::from_value(json!({
            "type": "https://sportello.dev/problems/invalid-request", "status": 422,
            "invalid_params": [{"name": "email"}], "trace": "abc"
        }))
        .unwrap();
        assert_eq!(problem.kind(), ProblemType::InvalidRequest);
        assert_eq!(problem.invalid_params[0].name, "email");
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalize_order_number("  #sp-1001 "), "SP-1001");
        assert_eq!(normalize_order_number("# sp-1001"), "SP-1001");
        assert_eq!(normalize_postcode(" 00 184 "), "00184");
        assert_eq!(normalize_postcode("sw1a 1aa"), "SW1A1AA");
    }

    #[test]
    fn a_full_tracking_order_round_trips_and_degrades_per_enum() {
        let value = json!({
            "number": "SP-1002", "placed_at": "2026-11-10T09:00:00Z", "status": "in_transit",
            "currency": "EUR", "items": [],
            "promised_delivery": {"from": "2026-11-13T00:00:00Z", "to": "2026-11-15T23:59:59Z"},
            "shipments": [{
                "id": "P1", "carrier": "BRT", "status": "teleporting",
                "events": [{"at": "2026-11-11T08:00:00Z", "description": "Partito", "status": "in_transit"},
                           {"at": "2026-11-12T08:00:00Z", "status": "hovering"}],
                "estimated_delivery": {"from": "2026-11-20T00:00:00Z", "to": "2026-11-21T00:00:00Z"},
                "delay": {"reason": "volcano", "side": "dragons", "goodwill": {"code": "SORRY10", "percent": 10}}
            }],
            "refunds": [{"id": "R1", "amount": 3900, "method": "pigeon", "status": "issued",
                         "delay": {"reason": "bank_processing", "side": "bank"}}],
            "promotions": [{"title": "Black Friday"}],
            "future_field": {"nested": true}
        });
        let order: OrderSummary = serde_json::from_value(value).unwrap();
        let parcel = &order.shipments[0];
        assert_eq!(parcel.status, ShipmentStatus::Unknown);
        assert_eq!(parcel.events[1].status, ShipmentStatus::Unknown);
        assert_eq!(parcel.events[1].description, "");
        let delay = parcel.delay.as_ref().unwrap();
        assert_eq!(
            (delay.reason, delay.side),
            (DelayReason::Unknown, DelaySide::Unknown)
        );
        assert_eq!(delay.goodwill.as_ref().unwrap().percent, Some(10));
        assert_eq!(order.refunds[0].method, RefundMethod::Unknown);
        assert_eq!(
            order.refunds[0].delay.as_ref().unwrap().reason,
            DelayReason::BankProcessing
        );
        assert_eq!(order.promotions.len(), 1);

        let mut known = order.clone();
        known.shipments[0].status = ShipmentStatus::InTransit;
        known.shipments[0].events[1].status = ShipmentStatus::InTransit;
        known.shipments[0].delay.as_mut().unwrap().reason = DelayReason::Weather;
        known.shipments[0].delay.as_mut().unwrap().side = DelaySide::Carrier;
        known.refunds[0].method = RefundMethod::BankTransfer;
        let text = serde_json::to_string(&known).unwrap();
        assert_eq!(serde_json::from_str::<OrderSummary>(&text).unwrap(), known);
    }

    #[test]
    fn one_broken_element_or_object_degrades_alone() {
        let order: OrderSummary = serde_json::from_value(json!({
            "number": "SP-1", "placed_at": "2026-11-18T10:24:00Z", "status": "delivered", "currency": "EUR",
            "items": [{"name": "ok", "quantity": 1, "unit_price": 5}, {"name": "bad", "quantity": -1, "unit_price": "x"}],
            "shipments": "not a list",
            "refunds": [{"id": "R1", "amount": 1, "method": "card", "status": "completed"}, 42],
            "delay": {"reason": 7},
            "totals": {"items": 5, "total": 5},
            "promised_delivery": {"from": "2026-11-20T00:00:00Z"}
        }))
        .unwrap();
        assert_eq!(order.items.len(), 1);
        assert!(order.shipments.is_empty());
        assert_eq!(order.refunds.len(), 1);
        assert!(order.delay.is_none());
        assert_eq!(order.totals.unwrap().total, 5);
        assert!(order.promised_delivery.is_none());
    }

    #[test]
    fn every_delay_reason_is_read() {
        for reason in DelayReason::ALL {
            let text = serde_json::to_value(reason).unwrap();
            assert_eq!(serde_json::from_value::<DelayReason>(text).unwrap(), reason);
        }
    }

    #[test]
    fn national_numbers_get_the_shops_calling_code() {
        let de = Some("DE");
        assert_eq!(international_phone("0171/2345678", de), "+49 171 2345678");
        assert_eq!(
            international_phone(" (0171) 234 56 78 ", de),
            "+49 171 234 56 78"
        );
        assert_eq!(
            international_phone("+49 (0)171 2345678", de),
            "+49 171 2345678"
        );
        assert_eq!(
            international_phone("0041 79 123 45 67", de),
            "+41 79 123 45 67"
        );
        // Italian numbers keep their 0; a mobile has none.
        assert_eq!(
            international_phone("333 123 4567", Some("it")),
            "+39 333 123 4567"
        );
        assert_eq!(
            international_phone("06 1234 5678", Some("IT")),
            "+39 06 1234 5678"
        );
        assert_eq!(
            international_phone("06 12 34 56 78", Some("FR")),
            "+33 6 12 34 56 78"
        );
        assert_eq!(
            international_phone("1 (201) 555-0123", Some("US")),
            "+1 201 555-0123"
        );
        // Without a country, or an unknown one, a national number stays as typed.
        assert_eq!(international_phone("333 123 4567", None), "333 123 4567");
        assert_eq!(
            international_phone("333 123 4567", Some("ZZ")),
            "333 123 4567"
        );
        assert_eq!(international_phone("call me", de), "call me");
        for typed in [
            "0171/2345678",
            "0171 234 56 78",
            "+49 171 2345678",
            "0049 171 2345678",
        ] {
            assert!(
                is_plausible_phone(&international_phone(typed, de)),
                "{typed}"
            );
        }
    }

    #[test]
    fn lookup_proofs_offered_are_the_known_ones_listed_or_both() {
        use LookupProof::*;
        assert_eq!(LookupSettings::offered(None), vec![Email, Postcode]);
        let listed = |proofs: Vec<LookupProof>| LookupSettings {
            proofs,
            ..LookupSettings::default()
        };
        assert_eq!(
            LookupSettings::offered(Some(&listed(vec![]))),
            vec![Email, Postcode]
        );
        assert_eq!(
            LookupSettings::offered(Some(&listed(vec![Unknown, Postcode, Postcode]))),
            vec![Postcode]
        );
        assert_eq!(
            LookupSettings::offered(Some(&listed(vec![Postcode, Email]))),
            vec![Postcode, Email]
        );
        let config: ShopConfig = serde_json::from_str(
            r#"{"shop_name":"S","default_locale":"de","contract_version":"1.3.0",
                "lookup":{"proofs":["postcode","fax",7],"order_number_example":12},
                "phone_country":["DE"]}"#,
        )
        .unwrap();
        assert_eq!(
            config.lookup.as_ref().unwrap().proofs,
            vec![Postcode, Unknown]
        );
        assert_eq!(config.lookup.as_ref().unwrap().order_number_example, None);
        assert_eq!(config.phone_country, None);
    }

    #[test]
    fn phone_shape() {
        assert!(is_plausible_phone("+39 333 123 4567"));
        assert!(is_plausible_phone(" +41-79-123-45-67 "));
        assert!(!is_plausible_phone("333 123 4567"));
        assert!(!is_plausible_phone("+39"));
        assert!(!is_plausible_phone("+39 333 123 4567 999 999"));
        assert!(!is_plausible_phone("+ 39 333 1234567"));
        assert!(!is_plausible_phone("+39 333 CALLME"));
    }

    #[test]
    fn email_shape() {
        assert!(is_plausible_email("a@b.it"));
        assert!(is_plausible_email(" giulia.rossi@example.com "));
        assert!(!is_plausible_email("a@b"));
        assert!(!is_plausible_email("@b.it"));
        assert!(!is_plausible_email("a b@c.it"));
        assert!(!is_plausible_email("a@b@c.it"));
        assert!(!is_plausible_email("a@.it"));
        assert!(!is_plausible_email(""));
    }

    #[test]
    fn items_total_saturates() {
        let mut order = sample_order();
        order.items[0].unit_price = i64::MAX;
        assert_eq!(order.items_total(), i64::MAX);
    }

    fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(serde_json::Value::from),
            "\\PC{0,16}".prop_map(serde_json::Value::from),
            prop_oneof![
                Just("in_transit"),
                Just("weather"),
                Just("bank_transfer"),
                Just("2026-11-18T10:24:00Z"),
                Just("EUR")
            ]
            .prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
                proptest::collection::btree_map(
                    prop_oneof![
                        Just("number".to_owned()),
                        Just("status".to_owned()),
                        Just("items".to_owned()),
                        Just("reason".to_owned()),
                        Just("events".to_owned()),
                        Just("from".to_owned()),
                        Just("to".to_owned()),
                        "[a-z_]{1,10}"
                    ],
                    inner,
                    0..8,
                )
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Decoding never panics, whatever the bytes.
        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = serde_json::from_slice::<OrderSummary>(&bytes);
            let _ = serde_json::from_slice::<ShopConfig>(&bytes);
            let _ = serde_json::from_slice::<Problem>(&bytes);
            let _ = serde_json::from_slice::<LookupRequest>(&bytes);
        }

        /// Any JSON document decodes without panicking into every contract type, and anything
        /// shaped like an order decodes with its lists and options degrading per element.
        #[test]
        fn any_json_never_panics(value in arbitrary_json()) {
            let _ = serde_json::from_value::<OrderSummary>(value.clone());
            let _ = serde_json::from_value::<ShopConfig>(value.clone());
            let _ = serde_json::from_value::<Problem>(value.clone());
            let _ = serde_json::from_value::<SubscriptionRequest>(value.clone());
            let shaped = json!({
                "number": "SP-1", "placed_at": "2026-11-18T10:24:00Z", "status": "in_transit",
                "currency": "EUR", "items": [value.clone()], "shipments": [value.clone()],
                "refunds": value.clone(), "delay": value.clone(), "promised_delivery": value
            });
            prop_assert!(serde_json::from_value::<OrderSummary>(shaped).is_ok());
        }

        /// Encoding then decoding gives back the same order.
        #[test]
        fn orders_round_trip(
            number in "[A-Z0-9-]{1,12}",
            names in proptest::collection::vec("\\PC{0,30}", 0..5),
            prices in proptest::collection::vec(any::<i64>(), 5),
            quantity in 1u32..1000,
            status_index in 0usize..8,
            reason_index in 0usize..10,
            words in proptest::option::of("\\PC{0,80}"),
        ) {
            let statuses = [OrderStatus::Processing, OrderStatus::PaymentDue, OrderStatus::InTransit,
                OrderStatus::PickupAvailable, OrderStatus::Delivered, OrderStatus::Problem,
                OrderStatus::Cancelled, OrderStatus::Returned];
            let order = OrderSummary {
                number,
                placed_at: "2026-11-18T10:24:00Z".into(),
                status: statuses[status_index],
                currency: "EUR".into(),
                items: names.iter().zip(&prices).map(|(name, price)| OrderItem { name: name.clone(), quantity, unit_price: *price }).collect(),
                delay: Some(Delay {
                    reason: DelayReason::ALL[reason_index],
                    side: DelaySide::Carrier,
                    message: words.clone(),
                    action: words,
                    reported_at: None,
                    new_estimate: Some(DateWindow { from: "2026-11-20T08:00:00Z".into(), to: "2026-11-21T20:00:00Z".into() }),
                    goodwill: None,
                }),
                ..OrderSummary::default()
            };
            let text = serde_json::to_string(&order).unwrap();
            prop_assert_eq!(serde_json::from_str::<OrderSummary>(&text).unwrap(), order);
        }

        /// Any string in the status position decodes: known values to themselves, others to Unknown.
        #[test]
        fn any_status_string_decodes(s in "\\PC{0,24}") {
            let status: OrderStatus = serde_json::from_value(json!(s)).unwrap();
            if status != OrderStatus::Unknown {
                prop_assert_eq!(serde_json::to_value(status).unwrap(), json!(s));
            }
        }
    }
}
