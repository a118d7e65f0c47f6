//! Sportello reference backend: the contract under `/v1` on SQLite, the built widget under
//! `/widget/` and a demo shop page at `/`.

mod admin;
mod complaints;
pub mod db;
mod demo;
pub mod detector;
mod help;
mod idempotency;
pub mod office;
mod problem;
mod ratelimit;
mod seed;

use std::{
    net::SocketAddr,
    path::PathBuf,
    sync::{
        atomic::{AtomicI64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use axum::{
    body::Bytes,
    extract::{ConnectInfo, DefaultBodyLimit, Path, Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Extension, Json, Router,
};
use rusqlite::Connection;
use serde_json::Value;
use sportello_contract::{
    is_plausible_email, is_plausible_phone, normalize_order_number, normalize_postcode,
    Capabilities, InvalidParam, LookupRequest, NotifyChannel, OfficeHours, OrderSummary, Problem,
    ProblemType, ShopConfig, Subscription, SubscriptionRequest, SupportInfo, Weekday,
    CONTRACT_VERSION,
};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};
use tracing::Span;

pub use complaints::MAX_COMPLAINT_BODY_BYTES;
pub use problem::ApiProblem;

/// How the backend is set up (from the command line in `main.rs`, directly in tests).
#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite file.
    pub db: PathBuf,
    /// The directory holding the built widget (Trunk's `dist/`).
    pub widget_dir: PathBuf,
    /// Origins allowed to call `/v1` from another site (CORS); empty = same origin only.
    pub cors_origins: Vec<String>,
    pub shop_name: String,
    /// Bearer token of the `/admin` endpoints; `None` disables them.
    pub admin_token: Option<String>,
    /// How often the delay detector runs; `None` = only when asked through `/admin`.
    pub detector_interval: Option<Duration>,
    /// Days without a carrier event after which the detector flags a parcel.
    pub stale_days: i64,
    /// Lookups allowed per client address per minute.
    pub lookups_per_minute: u32,
    /// Failed lookups allowed per order number per 15 minutes.
    pub failed_lookups_per_order: u32,
    /// Customer service: office hours, time zone, response times, privacy notice.
    pub support: SupportInfo,
}

/// The demo shop's customer service: Rome, weekdays 9–18 and Saturday morning; half of the
/// complaints answered within 3 office hours, nine in ten within 10.
pub fn demo_support() -> SupportInfo {
    use Weekday::*;
    SupportInfo {
        time_zone: "Europe/Rome".to_owned(),
        office_hours: vec![
            OfficeHours {
                days: vec![Monday, Tuesday, Wednesday, Thursday, Friday],
                opens: "09:00".to_owned(),
                closes: "18:00".to_owned(),
            },
            OfficeHours {
                days: vec![Saturday],
                opens: "09:00".to_owned(),
                closes: "13:00".to_owned(),
            },
        ],
        response_minutes_median: 180,
        response_minutes_p90: 600,
        privacy_url: Some("/privacy".to_owned()),
    }
}

impl Settings {
    pub fn new(db: PathBuf, widget_dir: PathBuf) -> Settings {
        Settings {
            db,
            widget_dir,
            cors_origins: Vec::new(),
            shop_name: "Bottega Aurora".to_owned(),
            admin_token: None,
            detector_interval: None,
            stale_days: 3,
            lookups_per_minute: 30,
            failed_lookups_per_order: 10,
            support: demo_support(),
        }
    }
}

#[derive(Clone)]
pub(crate) struct AppState {
    pub(crate) db: Arc<Mutex<Connection>>,
    pub(crate) config: Arc<ShopConfig>,
    pub(crate) office: Arc<office::Office>,
    /// Milliseconds added to the real time (set through `/admin/clock`, so tests can be after hours).
    pub(crate) clock_offset: Arc<AtomicI64>,
    pub(crate) admin_token: Option<Arc<str>>,
    pub(crate) stale_days: i64,
    per_client: Arc<ratelimit::RateLimiter>,
    per_order: Arc<ratelimit::RateLimiter>,
}

impl AppState {
    /// The backend's idea of now: real time, shifted by `/admin/clock`.
    pub(crate) fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
            + time::Duration::milliseconds(self.clock_offset.load(Ordering::Relaxed))
    }

    /// Runs a database job off the async threads.
    pub(crate) async fn with_db<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Connection) -> anyhow::Result<T> + Send + 'static,
    ) -> Result<T, ApiProblem> {
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            job(&mut conn)
        })
        .await
        .map_err(|_| ApiProblem::internal())?
        .map_err(|error| {
            tracing::error!(%error, "database job failed");
            ApiProblem::internal()
        })
    }
}

/// The token of an `Authorization: Bearer …` header.
pub(crate) fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

fn no_store(order: OrderSummary) -> Response {
    (
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(order),
    )
        .into_response()
}

/// Largest request body the contract needs (a lookup is a few hundred bytes).
const MAX_BODY_BYTES: usize = 16 * 1024;

/// Builds the whole application: opens and migrates the database, seeds the demo data on first
/// start, and wires the routes.
pub fn app(settings: &Settings) -> anyhow::Result<Router> {
    let conn = db::open(&settings.db)?;
    let state = AppState {
        db: Arc::new(Mutex::new(conn)),
        config: Arc::new(ShopConfig {
            shop_name: settings.shop_name.clone(),
            default_locale: "it".to_owned(),
            supported_locales: vec!["it".to_owned(), "en".to_owned()],
            contract_version: CONTRACT_VERSION.to_owned(),
            capabilities: Capabilities {
                complaints: true,
                help: true,
                complaint_photos: true,
                complaint_follow_up: true,
            },
            support: Some(settings.support.clone()),
        }),
        office: Arc::new(office::Office::new(&settings.support)?),
        clock_offset: Arc::new(AtomicI64::new(0)),
        admin_token: settings.admin_token.as_deref().map(Arc::from),
        stale_days: settings.stale_days,
        per_client: Arc::new(ratelimit::RateLimiter::new(
            settings.lookups_per_minute,
            Duration::from_secs(60),
        )),
        per_order: Arc::new(ratelimit::RateLimiter::new(
            settings.failed_lookups_per_order,
            Duration::from_secs(15 * 60),
        )),
    };
    if let Some(period) = settings.detector_interval {
        let state = state.clone();
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(period);
            loop {
                interval.tick().await;
                let stale_days = state.stale_days;
                let _ = state
                    .with_db(move |conn| {
                        detector::run_once(conn, OffsetDateTime::now_utc(), stale_days)
                    })
                    .await;
            }
        });
    }

    let api = Router::new()
        .route("/config", get(get_config))
        .route("/orders/lookup", post(lookup_order))
        .route("/orders/{order_id}", get(get_order))
        .route("/orders/{order_id}/subscriptions", post(subscribe))
        .route(
            "/orders/{order_id}/complaints",
            get(complaints::list_for_order),
        )
        .route("/help", get(complaints::get_help))
        .route("/help/feedback", post(complaints::help_feedback))
        .route(
            "/complaints",
            post(complaints::create)
                .layer(DefaultBodyLimit::max(complaints::MAX_COMPLAINT_BODY_BYTES)),
        )
        .route("/complaints/lookup", post(complaints::lookup))
        .route("/complaints/{reference}", get(complaints::get))
        .route(
            "/complaints/{reference}/messages",
            post(complaints::add_message)
                .layer(DefaultBodyLimit::max(complaints::MAX_COMPLAINT_BODY_BYTES)),
        )
        .route("/complaints/{reference}/rating", post(complaints::rate))
        .fallback(|| async { ApiProblem::no_such_endpoint() })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(cors_layer(&settings.cors_origins)?)
        .with_state(state.clone());

    Ok(Router::new()
        .nest("/v1", api)
        .nest("/admin", admin::routes(state))
        .nest_service(
            "/widget",
            // The release build ships `.br` and `.gz` twins of every file (`cargo xtask`
            // writes them): sent as they are to browsers that accept them.
            tower::ServiceBuilder::new()
                // The widget's files are public and carry no credentials, so any site may embed
                // them from this origin: the loader and the glue are module scripts and the wasm
                // is fetched, all in CORS mode; the stylesheet may be loaded by a page that
                // requires CORP (Cross-Origin-Embedder-Policy). /v1 keeps its own origin list.
                .layer(SetResponseHeaderLayer::overriding(
                    header::ACCESS_CONTROL_ALLOW_ORIGIN,
                    HeaderValue::from_static("*"),
                ))
                .layer(SetResponseHeaderLayer::overriding(
                    HeaderName::from_static("cross-origin-resource-policy"),
                    HeaderValue::from_static("cross-origin"),
                ))
                .service(
                    ServeDir::new(&settings.widget_dir)
                        .precompressed_br()
                        .precompressed_gzip(),
                ),
        )
        .merge(demo::routes())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            // Logs method, path, status, latency and the request id only: no query string, no
            // body, no other headers, so no personal data reaches the logs. The id is sent back
            // as X-Request-Id, and the widget quotes it when something fails.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    let id = request
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or("-")
                        .to_owned();
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), id = %id)
                })
                .on_request(())
                .on_response(|response: &Response, latency: Duration, _span: &Span| {
                    tracing::info!(status = response.status().as_u16(), latency_ms = latency.as_millis() as u64, "served");
                }),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid)))
}

fn cors_layer(origins: &[String]) -> anyhow::Result<CorsLayer> {
    let origins = origins
        .iter()
        .map(|o| HeaderValue::from_str(o.trim_end_matches('/')))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([
            header::CONTENT_TYPE,
            header::AUTHORIZATION,
            HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([
            header::RETRY_AFTER,
            HeaderName::from_static("x-request-id"),
            HeaderName::from_static("idempotent-replayed"),
        ])
        .max_age(Duration::from_secs(600)))
}

async fn get_config(State(state): State<AppState>) -> Json<ShopConfig> {
    Json((*state.config).clone())
}

pub(crate) fn rate_limited(retry_after: u64) -> Response {
    (
        [(header::RETRY_AFTER, HeaderValue::from(retry_after))],
        ApiProblem::from(
            Problem::new(ProblemType::RateLimited)
                .with_detail("Too many attempts. Wait before trying again."),
        ),
    )
        .into_response()
}

async fn lookup_order(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let now = std::time::Instant::now();
    // Behind a proxy every client shares the proxy's address: configure the limit accordingly.
    let client = peer.map_or_else(
        || "unknown".to_owned(),
        |Extension(ConnectInfo(addr))| addr.ip().to_string(),
    );
    if let Err(wait) = state.per_client.hit(&client, now) {
        return Ok(rate_limited(wait));
    }
    let request = parse_lookup(&body)?;
    let order_key = normalize_order_number(request.order_number());
    if let Err(wait) = state.per_order.check(&order_key, now) {
        return Ok(rate_limited(wait));
    }
    let issued_at = state.now();
    let found = state
        .with_db(move |conn| {
            let now = issued_at;
            let Some(id) = db::lookup(conn, &request)? else {
                return Ok(None);
            };
            let access = db::issue_token(conn, id, now)?;
            let mut order =
                db::load_order(conn, id)?.ok_or_else(|| anyhow::anyhow!("order vanished"))?;
            order.access = Some(access);
            Ok(Some(order))
        })
        .await?;
    match found {
        Some(order) => Ok(no_store(order)),
        None => {
            let _ = state.per_order.hit(&order_key, now);
            Err(Problem::new(ProblemType::OrderNotFound)
                .with_detail("Check the order number and the e-mail address or postcode.")
                .into())
        }
    }
}

pub(crate) fn unauthorized() -> ApiProblem {
    Problem::new(ProblemType::Unauthorized)
        .with_detail("Look the order up again with its number and e-mail address.")
        .into()
}

/// Resolves `Authorization: Bearer` for the order `public_id` to its row id.
pub(crate) async fn authorized_order(
    state: &AppState,
    public_id: String,
    headers: &HeaderMap,
) -> Result<i64, ApiProblem> {
    let token = bearer(headers).ok_or_else(unauthorized)?.to_owned();
    let now = state.now();
    state
        .with_db(move |conn| Ok(db::authorize(conn, &public_id, &token, now)?))
        .await?
        .ok_or_else(unauthorized)
}

async fn get_order(
    State(state): State<AppState>,
    Path(order_id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiProblem> {
    let id = authorized_order(&state, order_id, &headers).await?;
    let order = state
        .with_db(move |conn| {
            db::load_order(conn, id)?.ok_or_else(|| anyhow::anyhow!("order vanished"))
        })
        .await?;
    Ok(no_store(order))
}

async fn subscribe(
    State(state): State<AppState>,
    Path(order_id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let id = authorized_order(&state, order_id, &headers).await?;
    let request: SubscriptionRequest = match serde_json::from_slice::<Value>(&body) {
        Err(_)
        | Ok(
            Value::Array(_) | Value::String(_) | Value::Number(_) | Value::Bool(_) | Value::Null,
        ) => {
            return Err(Problem::new(ProblemType::MalformedRequest)
                .with_detail("The body must be a JSON object.")
                .into())
        }
        Ok(value) => serde_json::from_value(value).map_err(|e| {
            let mut problem = Problem::new(ProblemType::InvalidRequest).with_detail(e.to_string());
            problem.invalid_params = vec![InvalidParam {
                name: "channel".into(),
                reason: "channel and consent are required".into(),
            }];
            ApiProblem::from(problem)
        })?,
    };
    let mut invalid = Vec::new();
    if !request.consent {
        invalid.push(InvalidParam {
            name: "consent".into(),
            reason: "must be true".into(),
        });
    }
    let phone = match request.channel {
        NotifyChannel::Email => None,
        NotifyChannel::Sms | NotifyChannel::Whatsapp => match request.address.as_deref() {
            Some(phone) if is_plausible_phone(phone) => Some(phone.trim().to_owned()),
            _ => {
                invalid.push(InvalidParam {
                    name: "address".into(),
                    reason: "must be a phone number in international format, like +39 333 123 4567"
                        .into(),
                });
                None
            }
        },
        NotifyChannel::Unknown => {
            invalid.push(InvalidParam {
                name: "channel".into(),
                reason: "must be email, sms or whatsapp".into(),
            });
            None
        }
    };
    if !invalid.is_empty() {
        let mut problem = Problem::new(ProblemType::InvalidRequest);
        problem.invalid_params = invalid;
        return Err(problem.into());
    }
    let channel = request.channel;
    let created_at = OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .map_err(|_| ApiProblem::internal())?
        .format(&Rfc3339)
        .map_err(|_| ApiProblem::internal())?;
    let stamp = created_at.clone();
    state
        .with_db(move |conn| Ok(db::subscribe(conn, id, channel, phone.as_deref(), &stamp)?))
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Subscription {
            channel,
            created_at,
        }),
    )
        .into_response())
}

const MAX_FIELD_CHARS: usize = 254;

/// Parses and validates a lookup body, naming every rejected field.
fn parse_lookup(body: &[u8]) -> Result<LookupRequest, ApiProblem> {
    let value: Value = serde_json::from_slice(body).map_err(|_| {
        ApiProblem::from(
            Problem::new(ProblemType::MalformedRequest)
                .with_detail("The body must be a JSON object."),
        )
    })?;
    let Value::Object(mut fields) = value else {
        return Err(Problem::new(ProblemType::MalformedRequest)
            .with_detail("The body must be a JSON object.")
            .into());
    };
    // The body is one of the contract's two shapes; a field of the other shape that came along
    // is ignored when it is unusable (a usable e-mail makes it an e-mail lookup).
    let postcode_usable = matches!(fields.get("postcode"), Some(Value::String(p))
        if !normalize_postcode(p).is_empty() && p.chars().count() <= MAX_FIELD_CHARS);
    let email_usable = matches!(fields.get("email"), Some(Value::String(e))
        if is_plausible_email(e) && e.chars().count() <= MAX_FIELD_CHARS);
    if postcode_usable && !email_usable {
        fields.remove("email");
    }
    if email_usable && !postcode_usable {
        fields.remove("postcode");
    }
    let mut invalid = Vec::new();
    let mut text = |name: &str, required: bool| -> Option<String> {
        match fields.get(name) {
            None | Some(Value::Null) if !required => None,
            None | Some(Value::Null) => {
                invalid.push(InvalidParam {
                    name: name.to_owned(),
                    reason: "is required".to_owned(),
                });
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() => {
                invalid.push(InvalidParam {
                    name: name.to_owned(),
                    reason: "must not be empty".to_owned(),
                });
                None
            }
            Some(Value::String(s)) if s.chars().count() > MAX_FIELD_CHARS => {
                invalid.push(InvalidParam {
                    name: name.to_owned(),
                    reason: format!("must be at most {MAX_FIELD_CHARS} characters"),
                });
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                invalid.push(InvalidParam {
                    name: name.to_owned(),
                    reason: "must be a string".to_owned(),
                });
                None
            }
        }
    };
    let order_number = text("order_number", true);
    let email = text("email", false);
    let postcode = text("postcode", false);
    let has_email = fields.get("email").is_some_and(|v| !v.is_null());
    let has_postcode = fields.get("postcode").is_some_and(|v| !v.is_null());
    if !has_email && !has_postcode {
        invalid.push(InvalidParam {
            name: "email".to_owned(),
            reason: "an e-mail address or a postcode is required".to_owned(),
        });
    }
    if let Some(email) = &email {
        if !is_plausible_email(email) {
            invalid.push(InvalidParam {
                name: "email".to_owned(),
                reason: "must be an e-mail address".to_owned(),
            });
        }
    }
    if let Some(number) = &order_number {
        if normalize_order_number(number).is_empty() {
            invalid.push(InvalidParam {
                name: "order_number".to_owned(),
                reason: "must not be empty".to_owned(),
            });
        }
    }
    if !invalid.is_empty() {
        let mut problem = Problem::new(ProblemType::InvalidRequest);
        problem.invalid_params = invalid;
        return Err(problem.into());
    }
    let order_number = order_number.unwrap_or_default();
    Ok(match (email, postcode) {
        (Some(email), _) => LookupRequest::ByEmail {
            order_number,
            email,
        },
        (None, Some(postcode)) => LookupRequest::ByPostcode {
            order_number,
            postcode,
        },
        (None, None) => unreachable!("checked above"),
    })
}

/// Binds and serves until Ctrl-C. Prints the address it listens on (the demo and the test
/// runner read it, which is how `--port 0` works).
pub async fn serve(settings: Settings, addr: SocketAddr) -> anyhow::Result<()> {
    let app = app(&settings)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    println!("Sportello reference backend listening on http://{local}/");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
