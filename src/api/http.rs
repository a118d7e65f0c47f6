//! The real backend client: `fetch` through gloo-net, with a time limit, no cookies, and JSON
//! bodies only (personal data travels in POST bodies, never in URLs).

use std::{cell::Cell, rc::Rc, time::Duration};

use gloo_net::http::{Request, RequestBuilder};
use leptos::prelude::set_timeout_with_handle;
use serde::de::DeserializeOwned;
use sportello_contract::{
    Complaint, ComplaintLookup, ComplaintMessage, ComplaintRequest, ComplaintSummary,
    ComplaintTopic, HelpAnswers, HelpFeedback, LookupRequest, OrderAccess, OrderSummary,
    ParcelRequest, ParcelRequestRecord, Rating, Subscription, SubscriptionRequest,
};
use web_sys::{AbortController, RequestCredentials};

use super::{classify, parse, ApiError, Backend, Calls, ComplaintKey, LocalFuture, Shop};

/// A success as it came: its status and body, decoded by the caller.
struct Raw {
    status: u16,
    text: String,
}

impl Raw {
    fn decode<T: DeserializeOwned>(self) -> Result<T, ApiError> {
        parse(self.status, &self.text)
    }
}

/// One path segment, percent-encoded (ids and references are opaque to the widget).
fn segment(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A request body as JSON (the contract's types always serialise; a failure reads as no answer).
fn json_body(value: &impl serde::Serialize) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|_| ApiError::Network)
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

/// Talks to a shop backend at `base` (for example `https://shop.example/api/v1`).
pub struct HttpBackend {
    base: String,
    timeout: Duration,
}

impl HttpBackend {
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);

    pub fn new(base: &str) -> HttpBackend {
        HttpBackend {
            base: base.trim_end_matches('/').to_owned(),
            timeout: Self::DEFAULT_TIMEOUT,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// `/orders/{order_id}…` with the opaque id percent-encoded.
    fn order_url(&self, access: &OrderAccess, rest: &str) -> String {
        self.url(&format!("/orders/{}{rest}", segment(&access.order_id)))
    }

    /// `/complaints/{reference}…` with the reference percent-encoded.
    fn complaint_url(&self, access: &ComplaintKey, rest: &str) -> String {
        self.url(&format!("/complaints/{}{rest}", segment(&access.reference)))
    }

    /// One attempt: sends, waits at most `timeout`, and classifies the answer.
    async fn send_raw(
        &self,
        builder: RequestBuilder,
        body: Option<String>,
    ) -> Result<Raw, ApiError> {
        let controller = AbortController::new().map_err(|_| ApiError::Network)?;
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let controller = controller.clone();
            let timed_out = Rc::clone(&timed_out);
            set_timeout_with_handle(
                move || {
                    timed_out.set(true);
                    controller.abort();
                },
                self.timeout,
            )
            .ok()
        };
        let builder = builder
            .credentials(RequestCredentials::Omit)
            .header("Accept", "application/json, application/problem+json")
            .abort_signal(Some(&controller.signal()));
        let request: Result<Request, _> = match body {
            Some(json) => builder
                .header("Content-Type", "application/json")
                .body(json),
            None => builder.build(),
        };
        let outcome = async {
            let response = request
                .map_err(|_| ApiError::Network)?
                .send()
                .await
                .map_err(|_| ApiError::Network)?;
            let retry_after = response.headers().get("retry-after");
            let request_id = response.headers().get("x-request-id");
            let text = response.text().await.map_err(|_| ApiError::Network)?;
            let status = response.status();
            classify(status, &text, retry_after.as_deref(), request_id.as_deref())?;
            Ok(Raw { status, text })
        }
        .await;
        if let Some(timer) = timer {
            timer.clear();
        }
        match outcome {
            Err(ApiError::Network) if timed_out.get() => Err(ApiError::Timeout),
            other => other,
        }
    }
}

/// Waits without blocking the page.
async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = set_timeout_with_handle(
            move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            },
            duration,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn random() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Math::random()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.5
    }
}

impl HttpBackend {
    /// One attempt, decoded (for requests that are never retried automatically).
    async fn send<T: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
        body: Option<String>,
    ) -> Result<T, ApiError> {
        self.send_raw(builder, body).await?.decode()
    }

    /// A safe (GET) request, retried on transient failures (see `retry`).
    async fn get<T: DeserializeOwned>(
        &self,
        url: &str,
        token: Option<&str>,
    ) -> Result<T, ApiError> {
        self.get_raw(url, token).await?.decode()
    }

    async fn get_raw(&self, url: &str, token: Option<&str>) -> Result<Raw, ApiError> {
        self.with_retries(&|| {
            let mut builder = Request::get(url);
            if let Some(token) = token {
                builder = builder.header("Authorization", &bearer(token));
            }
            (builder, None)
        })
        .await
    }

    /// Sends the request `make` builds, again on transient failures: only for safe requests and
    /// for submissions that carry an Idempotency-Key (the backend answers a repeat with the
    /// stored result, so nothing is ever created twice).
    async fn with_retries(
        &self,
        make: &dyn Fn() -> (RequestBuilder, Option<String>),
    ) -> Result<Raw, ApiError> {
        let mut retry = 0;
        let started = crate::clock::now_ms();
        loop {
            let (builder, body) = make();
            match self.send_raw(builder, body).await {
                Err(error) => {
                    retry += 1;
                    let elapsed =
                        Duration::from_millis(crate::clock::now_ms().saturating_sub(started));
                    match super::retry::delay(&error, retry, random()) {
                        Some(wait) if elapsed + wait < super::retry::OVERALL => sleep(wait).await,
                        _ => return Err(error),
                    }
                }
                ok => return ok,
            }
        }
    }
}

impl Backend for HttpBackend {
    fn config(&self) -> LocalFuture<'_, Result<Shop, ApiError>> {
        Box::pin(async move {
            let raw = self.get_raw(&self.url("/config"), None).await?;
            Shop::read(&raw.text).ok_or(ApiError::Unreadable)
        })
    }

    fn lookup(&self, request: LookupRequest) -> LocalFuture<'_, Result<OrderSummary, ApiError>> {
        Box::pin(async move {
            let body = json_body(&request)?;
            let raw = self
                .send_raw(Request::post(&self.url("/orders/lookup")), Some(body))
                .await?;
            // A chunk that cannot be fetched is a connection that dropped: "Try again".
            order_answer(raw.status, raw.text)
                .await
                .unwrap_or(Err(ApiError::Network))
        })
    }
}

crate::split::on_demand! { order:
    /// The lookup's answer as an order. Decoded in the order view's chunk, which the order needs
    /// anyway and which is fetched while the customer types (`prefetch_order`): serde's decoder
    /// of `OrderSummary` stays out of the first-open module.
    pub fn order_answer(status: u16, text: String) -> Result<OrderSummary, ApiError> {
        parse(status, &text)
    }
}

impl Calls for HttpBackend {
    fn refresh(&self, access: OrderAccess) -> LocalFuture<'_, Result<OrderSummary, ApiError>> {
        Box::pin(async move {
            self.get(&self.order_url(&access, ""), Some(&access.token))
                .await
        })
    }

    fn subscribe(
        &self,
        access: OrderAccess,
        request: SubscriptionRequest,
    ) -> LocalFuture<'_, Result<Subscription, ApiError>> {
        Box::pin(async move {
            let body = json_body(&request)?;
            let builder = Request::post(&self.order_url(&access, "/subscriptions"))
                .header("Authorization", &bearer(&access.token));
            self.send(builder, Some(body)).await
        })
    }

    fn help(
        &self,
        topic: ComplaintTopic,
        locale: &'static str,
    ) -> LocalFuture<'_, Result<HelpAnswers, ApiError>> {
        Box::pin(async move {
            // Neither is personal: a topic code and a language tag.
            let url = self.url(&format!("/help?topic={}&locale={locale}", topic.code()));
            self.get(&url, None).await
        })
    }

    fn help_feedback(&self, feedback: HelpFeedback) -> LocalFuture<'_, Result<(), ApiError>> {
        Box::pin(async move {
            let body = json_body(&feedback)?;
            self.send(Request::post(&self.url("/help/feedback")), Some(body))
                .await
        })
    }

    fn file_complaint(
        &self,
        request: ComplaintRequest,
        key: String,
        access: Option<OrderAccess>,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        Box::pin(async move {
            let body = json_body(&request)?;
            let url = self.url("/complaints");
            self.with_retries(&|| {
                let mut builder = Request::post(&url).header("Idempotency-Key", &key);
                if let Some(access) = &access {
                    builder = builder.header("Authorization", &bearer(&access.token));
                }
                (builder, Some(body.clone()))
            })
            .await?
            .decode()
        })
    }

    fn request_parcel(
        &self,
        access: OrderAccess,
        shipment_id: String,
        request: ParcelRequest,
        key: String,
    ) -> LocalFuture<'_, Result<ParcelRequestRecord, ApiError>> {
        Box::pin(async move {
            let body = json_body(&request)?;
            let path = format!("/shipments/{}/requests", segment(&shipment_id));
            let url = self.order_url(&access, &path);
            self.with_retries(&|| {
                let builder = Request::post(&url)
                    .header("Idempotency-Key", &key)
                    .header("Authorization", &bearer(&access.token));
                (builder, Some(body.clone()))
            })
            .await?
            .decode()
        })
    }

    fn order_complaints(
        &self,
        access: OrderAccess,
    ) -> LocalFuture<'_, Result<Vec<ComplaintSummary>, ApiError>> {
        Box::pin(async move {
            self.get(&self.order_url(&access, "/complaints"), Some(&access.token))
                .await
        })
    }

    fn find_complaint(
        &self,
        lookup: ComplaintLookup,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        Box::pin(async move {
            // Reference and e-mail travel in the body, never in the URL.
            let body = json_body(&lookup)?;
            self.send(Request::post(&self.url("/complaints/lookup")), Some(body))
                .await
        })
    }

    fn complaint(&self, access: ComplaintKey) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        Box::pin(async move {
            self.get(&self.complaint_url(&access, ""), Some(&access.token))
                .await
        })
    }

    fn add_message(
        &self,
        access: ComplaintKey,
        message: ComplaintMessage,
        key: String,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        Box::pin(async move {
            let body = json_body(&message)?;
            let url = self.complaint_url(&access, "/messages");
            self.with_retries(&|| {
                let builder = Request::post(&url)
                    .header("Idempotency-Key", &key)
                    .header("Authorization", &bearer(&access.token));
                (builder, Some(body.clone()))
            })
            .await?
            .decode()
        })
    }

    fn rate(
        &self,
        access: ComplaintKey,
        rating: Rating,
    ) -> LocalFuture<'_, Result<Complaint, ApiError>> {
        Box::pin(async move {
            let body = json_body(&rating)?;
            let builder = Request::post(&self.complaint_url(&access, "/rating"))
                .header("Authorization", &bearer(&access.token));
            self.send(builder, Some(body)).await
        })
    }
}
