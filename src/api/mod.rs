//! The only part of the widget that talks to the network.
//!
//! Components see the backend through the [`Backend`] trait (first open) and the [`Calls`]
//! trait (the views fetched on demand), provided in context as a [`BackendHandle`] and a
//! [`CallsHandle`]: the real [`HttpBackend`] in production, a fake in browser tests. Every
//! failure becomes an [`ApiError`] that the UI turns into a localised message with a way forward;
//! decoding never panics, whatever the backend sends.

mod brief;
mod http;
pub mod retry;

use std::{future::Future, pin::Pin, rc::Rc};

use leptos::prelude::{expect_context, provide_context, use_context};
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use sportello_contract::{
    Complaint, ComplaintLookup, ComplaintMessage, ComplaintRequest, ComplaintSummary,
    ComplaintTopic, HelpAnswers, HelpFeedback, InvalidParam, LookupRequest, OrderAccess,
    OrderSummary, ParcelRequest, ParcelRequestRecord, ProblemType, Rating, ShopConfig,
    Subscription, SubscriptionRequest,
};

pub(crate) use brief::Seen;
pub use brief::Shop;
pub use http::HttpBackend;

/// A future that stays on the browser's single thread.
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// What the widget asks of a shop backend on first open: its settings and the order lookup.
/// The rest of the contract is [`Calls`], split off so that the code and the answer decoders of
/// those calls travel in the chunks of the views that make them (see `split.rs`):
/// nothing in the first-open module may name a `dyn Calls`.
pub trait Backend {
    fn config(&self) -> LocalFuture<'_, Result<Shop, ApiError>>;
    fn lookup(&self, request: LookupRequest) -> LocalFuture<'_, Result<OrderSummary, ApiError>>;
}

/// The contract's other endpoints (one method each), called by the order view and the complaint
/// views, reached through [`CallsHandle`].
pub trait Calls {
    /// The order again, with the token its lookup granted.
    fn refresh(&self, access: OrderAccess) -> LocalFuture<'_, Result<OrderSummary, ApiError>>;
    fn subscribe(
        &self,
        access: OrderAccess,
        request: SubscriptionRequest,
    ) -> LocalFuture<'_, Result<Subscription, ApiError>>;
    /// Asks for something about a parcel that needs the customer (another day, the address).
    /// `key` is the Idempotency-Key, the same on every attempt of this request.
    fn request_parcel(
        &self,
        access: OrderAccess,
        shipment_id: String,
        request: ParcelRequest,
        key: String,
    ) -> LocalFuture<'_, Result<ParcelRequestRecord, ApiError>>;
    /// The shop's help answers for a complaint topic, in the customer's language.
    fn help(
        &self,
        topic: ComplaintTopic,
        locale: &'static str,
    ) -> LocalFuture<'_, Result<HelpAnswers, ApiError>>;
    /// Whether a help answer solved the problem (counted by the shop; best effort).
    fn help_feedback(&self, feedback: HelpFeedback) -> LocalFuture<'_, Result<(), ApiError>>;
    /// Files a complaint. `key` is the Idempotency-Key, the same on every attempt of this
    /// submission; `access` is the order token when the complaint concerns an order.
    fn file_complaint(
        &self,
        request: ComplaintRequest,
        key: String,
        access: Option<OrderAccess>,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>>;
    /// The complaints about an order, newest first (its order token opens each of them).
    fn order_complaints(
        &self,
        access: OrderAccess,
    ) -> LocalFuture<'_, Result<Vec<ComplaintSummary>, ApiError>>;
    /// Opens a complaint by its reference and the e-mail address given with it; the answer
    /// carries the token for the calls below.
    fn find_complaint(
        &self,
        lookup: ComplaintLookup,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>>;
    /// The complaint as it stands now.
    fn complaint(&self, access: ComplaintKey) -> LocalFuture<'_, Result<Complaint, ApiError>>;
    /// Adds the customer's message; `key` is its Idempotency-Key (the same on every attempt).
    fn add_message(
        &self,
        access: ComplaintKey,
        message: ComplaintMessage,
        key: String,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>>;
    /// Rates a resolved complaint (once).
    fn rate(
        &self,
        access: ComplaintKey,
        rating: Rating,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>>;
}

/// What the follow-up calls need: the complaint's reference and the token that opens it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintKey {
    pub reference: String,
    pub token: String,
}

/// Why a request did not produce the answer the widget wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The request never got an answer: offline, DNS, refused, blocked by CORS.
    Network,
    /// No answer within the time limit.
    Timeout,
    /// The lookup matched no order (also when the proof was wrong: the backend does not say).
    NotFound,
    /// The order token is missing or expired: the customer must look the order up again.
    Unauthorized,
    /// The request conflicts with the state of what it acts on (a closed complaint, a rating
    /// already given).
    Conflict,
    /// The same submission (same Idempotency-Key) is still being processed.
    InProgress,
    /// The backend rejected some fields.
    Invalid(Vec<InvalidParam>),
    /// Too many attempts; `retry_after` seconds if the backend said.
    RateLimited { retry_after: Option<u32> },
    /// 503: the backend is down for a moment (maintenance, overload) and did not act on the
    /// request; `retry_after` seconds if it said.
    Unavailable { retry_after: Option<u32> },
    /// The backend failed or answered with a status the contract does not foresee.
    Server {
        status: u16,
        reference: Option<String>,
    },
    /// A success status with a body that is not what the contract describes.
    Unreadable,
}

/// Turns an HTTP answer into the contract type or an [`ApiError`]. Pure, so it is tested
/// natively with every kind of hostile input.
pub fn decode<T: DeserializeOwned>(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
) -> Result<T, ApiError> {
    decode_with_id(status, body, retry_after, None)
}

/// As [`decode`], with the answer's `X-Request-Id`: quoted to the customer when the backend
/// fails and its problem names no instance of its own.
pub fn decode_with_id<T: DeserializeOwned>(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
    request_id: Option<&str>,
) -> Result<T, ApiError> {
    classify(status, body, retry_after, request_id)?;
    parse(status, body)
}

/// The body of a success as the contract type (`204 No Content` decodes into `()`).
pub fn parse<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    let body = if status == 204 && body.is_empty() {
        "null"
    } else {
        body
    };
    serde_json::from_str(body).map_err(|_| ApiError::Unreadable)
}

/// Whether an answer is a success; if not, the [`ApiError`] it means. Not generic, so that the
/// whole request path (sending, time limit, retries) exists once in the wasm, whatever type the
/// answer decodes into.
pub fn classify(
    status: u16,
    body: &str,
    retry_after: Option<&str>,
    request_id: Option<&str>,
) -> Result<(), ApiError> {
    if (200..300).contains(&status) {
        return Ok(());
    }
    // Error bodies are read as problem+json when they are; a proxy's HTML page is not.
    let problem = brief::ProblemBrief::read(body);
    let kind = problem.as_ref().map(|p| ProblemType::from_uri(&p.kind));
    let reference = problem
        .as_ref()
        .and_then(|p| p.instance.clone())
        .filter(|id| is_displayable_reference(id))
        .or_else(|| {
            request_id
                .map(str::to_owned)
                .filter(|id| is_displayable_reference(id))
        })
        .map(|id| short_reference(&id));
    match (kind, status) {
        (Some(ProblemType::OrderNotFound | ProblemType::ComplaintNotFound), _) => {
            Err(ApiError::NotFound)
        }
        (Some(ProblemType::Unauthorized), _) | (_, 401) => Err(ApiError::Unauthorized),
        (Some(ProblemType::Conflict), _) => Err(ApiError::Conflict),
        (Some(ProblemType::RequestInProgress), _) => Err(ApiError::InProgress),
        (Some(ProblemType::InvalidRequest), _) | (_, 422) => Err(ApiError::Invalid(
            problem.map(|p| p.invalid_params).unwrap_or_default(),
        )),
        (Some(ProblemType::RateLimited), _) | (_, 429) => Err(ApiError::RateLimited {
            retry_after: retry_after.and_then(parse_retry_after),
        }),
        (_, 408 | 504) => Err(ApiError::Timeout),
        (_, 503) => Err(ApiError::Unavailable {
            retry_after: retry_after.and_then(parse_retry_after),
        }),
        _ => Err(ApiError::Server { status, reference }),
    }
}

/// `Retry-After` in seconds (the HTTP-date form is treated as unknown), capped at a day.
fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok().map(|s| s.min(86_400))
}

/// What a customer can read out on the phone: the id's last segment (after a URN's or URL's
/// `:` or `/`), and of a long one (a UUID) its first 8 letters and digits, in capitals:
/// `urn:request:7c1e9a52-3f0b-…` is `7C1E9A52`, enough to find it in the shop's logs.
/// Bytes, not chars: the id is plain ASCII ([`is_displayable_reference`]), and this is
/// first-open code.
fn short_reference(id: &str) -> String {
    let start = id
        .bytes()
        .rposition(|b| b == b':' || b == b'/')
        .map_or(0, |i| i + 1);
    let last = if start < id.len() { &id[start..] } else { id };
    if last.len() <= 12 {
        return last.to_owned();
    }
    last.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .take(8)
        .map(|b| char::from(b.to_ascii_uppercase()))
        .collect()
}

/// A correlation id is shown to the customer only if it is short and plain.
fn is_displayable_reference(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '/' | '.'))
}

/// Everything the widget does with a backend's answer before showing it, from raw bytes: the body
/// of the fuzz target (`cargo xtask fuzz`), replayed over the committed seeds by a native test.
///
/// `data` is two bytes of HTTP status (big-endian), then the answer's header text up to the first
/// NUL byte (used as both `Retry-After` and `X-Request-Id`; no NUL means no headers), then the
/// body, decoded as lossy UTF-8 as `Response.text()` does. The body is decoded as every answer of
/// the contract; a decoded order is also assessed for lateness at a few instants.
#[doc(hidden)]
pub fn digest_answer(data: &[u8]) {
    let Some((status, rest)) = data.split_first_chunk::<2>() else {
        return;
    };
    let status = u16::from_be_bytes(*status);
    let (headers, body) = match rest.iter().position(|&b| b == 0) {
        Some(nul) => (
            Some(String::from_utf8_lossy(&rest[..nul])),
            &rest[nul + 1..],
        ),
        None => (None, rest),
    };
    let headers = headers.as_deref();
    let body = String::from_utf8_lossy(body);
    let _ = decode_with_id::<ShopConfig>(status, &body, headers, headers);
    let _ = Shop::read(&body).map(|shop| shop.config());
    let _ = decode_with_id::<Subscription>(status, &body, headers, headers);
    let _ = decode_with_id::<HelpAnswers>(status, &body, headers, headers);
    let _ = decode_with_id::<Complaint>(status, &body, headers, headers);
    let _ = decode_with_id::<()>(status, &body, headers, headers);
    if let Ok(order) = decode_with_id::<OrderSummary>(status, &body, headers, headers) {
        let placed = crate::clock::parse_rfc3339(&order.placed_at).unwrap_or(0);
        for now in [0, placed, placed.saturating_add(30 * 86_400), 1_795_000_000] {
            let _ = crate::order::lateness::assess(&order, now);
        }
    }
}

/// The backend as components reach it through context. The browser runs one thread, so the
/// non-`Send` client is wrapped to satisfy the context's bounds.
#[derive(Clone)]
pub struct BackendHandle(SendWrapper<Rc<dyn Backend>>);

impl BackendHandle {
    pub fn new(backend: Rc<dyn Backend>) -> BackendHandle {
        BackendHandle(SendWrapper::new(backend))
    }

    pub fn provide(backend: Rc<dyn Backend>) {
        provide_context(BackendHandle::new(backend));
    }

    pub fn get() -> Rc<dyn Backend> {
        Rc::clone(&expect_context::<BackendHandle>().0)
    }
}

/// [`Calls`] as the on-demand views reach them. A widget mounted with one backend for everything
/// (browser tests) has them in context; a widget talking HTTP has only its [`HttpBackend`] there,
/// and [`CallsHandle::get`] makes the `dyn Calls` from it, so that only the views' chunks carry it.
#[derive(Clone)]
pub struct CallsHandle(SendWrapper<Rc<dyn Calls>>);

/// The HTTP client as it is in context, for [`CallsHandle::get`].
#[derive(Clone)]
pub struct HttpHandle(SendWrapper<Rc<HttpBackend>>);

impl HttpHandle {
    pub fn provide(http: Rc<HttpBackend>) {
        provide_context(HttpHandle(SendWrapper::new(http)));
    }
}

impl CallsHandle {
    pub fn provide(calls: Rc<dyn Calls>) {
        provide_context(CallsHandle(SendWrapper::new(calls)));
    }

    pub fn get() -> Rc<dyn Calls> {
        if let Some(handle) = use_context::<CallsHandle>() {
            return Rc::clone(&handle.0);
        }
        let http: Rc<HttpBackend> = Rc::clone(&expect_context::<HttpHandle>().0);
        http
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::OrderStatus;

    const ORDER: &str = r#"{"number":"SP-1","placed_at":"2026-11-18T10:24:00Z","status":"in_transit","currency":"EUR","items":[]}"#;

    #[test]
    fn success_decodes_the_contract_type() {
        let order: OrderSummary = decode(200, ORDER, None).unwrap();
        assert_eq!(order.status, OrderStatus::InTransit);
    }

    #[test]
    fn success_with_a_bad_body_is_unreadable() {
        for body in [
            "",
            "<html>",
            "{\"number\": 1}",
            "null",
            "{\"number\":\"SP-1\"",
            "[]",
        ] {
            assert_eq!(
                decode::<OrderSummary>(200, body, None),
                Err(ApiError::Unreadable),
                "{body}"
            );
        }
    }

    #[test]
    fn problems_map_to_errors() {
        let not_found = r#"{"type":"https://sportello.dev/problems/order-not-found","status":404}"#;
        assert_eq!(
            decode::<OrderSummary>(404, not_found, None),
            Err(ApiError::NotFound)
        );
        let invalid = r#"{"type":"https://sportello.dev/problems/invalid-request","invalid_params":[{"name":"email","reason":"x"}]}"#;
        assert!(matches!(
            decode::<OrderSummary>(422, invalid, None),
            Err(ApiError::Invalid(params)) if params[0].name == "email"
        ));
        assert_eq!(
            decode::<OrderSummary>(429, "{}", Some("120")),
            Err(ApiError::RateLimited {
                retry_after: Some(120)
            })
        );
        assert_eq!(
            decode::<OrderSummary>(429, "", Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            Err(ApiError::RateLimited { retry_after: None })
        );
        assert_eq!(
            decode::<OrderSummary>(504, "", None),
            Err(ApiError::Timeout)
        );
    }

    #[test]
    fn a_long_correlation_id_is_shortened_for_the_customer() {
        let urn = r#"{"type":"https://sportello.dev/problems/internal","instance":"urn:request:7c1e9a52-3f0b-4d8e-9a61-0b2f4c5d6e7f"}"#;
        assert_eq!(
            decode::<OrderSummary>(500, urn, None),
            Err(ApiError::Server {
                status: 500,
                reference: Some("7C1E9A52".into())
            })
        );
        assert_eq!(short_reference("https://shop.example/errors/ab12"), "ab12");
        assert_eq!(short_reference("req-42"), "req-42");
        assert_eq!(short_reference("0b5e-11aa"), "0b5e-11aa");
    }

    #[test]
    fn a_plain_404_is_not_mistaken_for_an_unknown_order() {
        // A wrong API base URL answers 404 with the host's HTML page.
        assert_eq!(
            decode::<OrderSummary>(404, "<!doctype html><h1>Not found</h1>", None),
            Err(ApiError::Server {
                status: 404,
                reference: None
            })
        );
    }

    #[test]
    fn server_errors_keep_a_plain_reference_only() {
        let body = r#"{"type":"https://sportello.dev/problems/internal","instance":"req-42"}"#;
        assert_eq!(
            decode::<OrderSummary>(500, body, None),
            Err(ApiError::Server {
                status: 500,
                reference: Some("req-42".into())
            })
        );
        let hostile = r#"{"instance":"<img src=x onerror=alert(1)>"}"#;
        assert_eq!(
            decode::<OrderSummary>(502, hostile, None),
            Err(ApiError::Server {
                status: 502,
                reference: None
            })
        );
        assert_eq!(
            decode::<OrderSummary>(502, "<html>proxy</html>", None),
            Err(ApiError::Server {
                status: 502,
                reference: None
            })
        );
    }

    #[test]
    fn a_503_says_when_to_come_back() {
        assert_eq!(
            classify(503, "maintenance", Some("600"), None),
            Err(ApiError::Unavailable {
                retry_after: Some(600)
            })
        );
        assert_eq!(
            classify(503, "<html>proxy</html>", None, None),
            Err(ApiError::Unavailable { retry_after: None })
        );
        let m = crate::i18n::Locale::En.messages();
        let (said, _) = crate::ui::failure_message(
            m,
            &ApiError::Unavailable {
                retry_after: Some(600),
            },
        );
        assert_eq!(
            said,
            "The shop's system is briefly unavailable. Please try again in 10 minutes."
        );
    }

    #[test]
    fn the_request_id_is_the_reference_when_the_problem_has_none() {
        assert_eq!(
            decode_with_id::<OrderSummary>(502, "<html>", None, Some("0b5e-11aa")),
            Err(ApiError::Server {
                status: 502,
                reference: Some("0b5e-11aa".into())
            })
        );
        let own = r#"{"type":"https://sportello.dev/problems/internal","instance":"req-42"}"#;
        assert_eq!(
            decode_with_id::<OrderSummary>(500, own, None, Some("0b5e-11aa")),
            Err(ApiError::Server {
                status: 500,
                reference: Some("req-42".into())
            })
        );
        assert_eq!(
            decode_with_id::<OrderSummary>(500, "", None, Some("<b>x</b>")),
            Err(ApiError::Server {
                status: 500,
                reference: None
            })
        );
    }

    #[test]
    fn conflicts_are_told_apart() {
        let closed = r#"{"type":"https://sportello.dev/problems/conflict","status":409}"#;
        assert_eq!(
            decode::<Complaint>(409, closed, None),
            Err(ApiError::Conflict)
        );
        let running = r#"{"type":"https://sportello.dev/problems/request-in-progress"}"#;
        assert_eq!(
            decode::<Complaint>(409, running, None),
            Err(ApiError::InProgress)
        );
        assert!(matches!(
            decode::<Complaint>(409, "", None),
            Err(ApiError::Server { status: 409, .. })
        ));
    }

    #[test]
    fn retry_after_is_capped() {
        assert_eq!(parse_retry_after("999999999"), Some(86_400));
        assert_eq!(parse_retry_after(" 30 "), Some(30));
        assert_eq!(parse_retry_after("-1"), None);
    }

    /// The fuzz target's seeds (`fuzz/seeds/answer`), and every example answer of the OpenAPI
    /// document, go through the fuzz target's body on stable Rust: none panics.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn fuzz_seeds_and_spec_examples_never_panic() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seeds = 0;
        for entry in std::fs::read_dir(root.join("fuzz/seeds/answer")).unwrap() {
            digest_answer(&std::fs::read(entry.unwrap().path()).unwrap());
            seeds += 1;
        }
        let spec: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("contract/openapi.json")).unwrap(),
        )
        .unwrap();
        let mut examples = 0;
        for answer in sportello_contract::spec::described_answers(&spec) {
            if let Some(example) = answer.example {
                let mut data = answer.status_code().to_be_bytes().to_vec();
                data.extend(example.to_string().bytes());
                digest_answer(&data);
                examples += 1;
            }
        }
        assert!(
            seeds >= 3 && examples >= 3,
            "{seeds} seeds, {examples} examples"
        );
    }
}
