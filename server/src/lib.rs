//! Sportello reference backend: the contract under `/v1` on SQLite, the built widget under
//! `/widget/` and a demo shop page at `/`.
//!
//! This file holds the settings, the shared state (with the two small helpers the handler modules
//! share, `bearer` and `no_store`), the router assembly (with CORS, request ids and
//! logging), `GET /v1/config` and `serve`. The endpoints live in `orders.rs`, `complaints/`,
//! `help.rs` and `admin.rs`; `db.rs` opens and migrates the database and holds the orders' SQL,
//! `complaints/store.rs` the complaints'.

mod admin;
mod client;
mod complaints;
pub mod db;
mod demo;
pub mod desk;
pub mod detector;
mod edge;
mod health;
mod help;
mod housekeeping;
mod idempotency;
pub mod ingest;
pub mod letters;
pub mod mail;
pub mod messages;
pub mod notices;
pub mod office;
mod orders;
mod parcels;
mod problem;
mod ratelimit;
mod seed;
mod serve;
mod unsubscribe;
pub mod words;

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
    extract::{DefaultBodyLimit, Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, Method},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use rusqlite::Connection;
use serde::Serialize;
use sportello_contract::{
    Capabilities, LookupSettings, OfficeHours, ShopConfig, SupportInfo, Weekday, CONTRACT_VERSION,
};
use time::OffsetDateTime;
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
pub use serve::{serve_with, shutdown_signal, Limits};

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
    /// The shop's language (BCP 47), used when the customer's is not among `supported_locales`.
    pub default_locale: String,
    /// Languages the shop's own texts are written in.
    pub supported_locales: Vec<String>,
    /// The proofs the lookup accepts and what order numbers look like (`/v1/config`'s `lookup`);
    /// a proof not listed is refused with 422. With `demo`, the demo shop's when unset.
    pub lookup: LookupSettings,
    /// ISO 3166-1 alpha-2 country of most customers' phone numbers (`phone_country`).
    pub phone_country: Option<String>,
    /// Bearer keys of the `/ingest/v1` endpoints (several, for rotation); none disables them.
    pub ingest_keys: Vec<String>,
    /// The Shopify app's webhook secret: `/ingest/shopify` exists only with it.
    pub shopify_webhook_secret: Option<String>,
    /// The WooCommerce webhooks' secret: `/ingest/woocommerce` exists only with it.
    pub woocommerce_webhook_secret: Option<String>,
    /// The address customers reach the widget's full page at (`https://support.shop.example`),
    /// for the links in e-mails; without it the e-mails carry none.
    pub public_url: Option<String>,
    /// Where e-mail goes out (`smtp://` or `smtps://`, `mail.rs`); `None` sends nothing.
    pub smtp_url: Option<String>,
    /// The sender of every e-mail, `Shop <support@shop.example>`.
    pub mail_from: Option<String>,
    /// Where customers' replies go, if not to the sender.
    pub mail_reply_to: Option<String>,
    /// The shop's relay for SMS and WhatsApp (`messages.rs`); `None` sends none.
    pub message_webhook_url: Option<String>,
    /// The secret the relay's messages are signed with.
    pub message_webhook_secret: Option<String>,
    /// Orders and complaints unchanged for this many days are removed, with their photos;
    /// `None` keeps them.
    pub retention_days: Option<u32>,
    /// Bearer token of the `/admin` endpoints; `None` disables them.
    pub admin_token: Option<String>,
    /// How often the delay detector runs; `None` = only when asked through `/admin`.
    pub detector_interval: Option<Duration>,
    /// Days without a carrier event after which the detector flags a parcel.
    pub stale_days: i64,
    /// Lookups allowed per client address per minute.
    pub lookups_per_minute: u32,
    /// Failed postcode proofs allowed per order number per 15 minutes.
    pub failed_lookups_per_order: u32,
    /// Writes (complaints, messages, ratings, help feedback, subscriptions) allowed per client
    /// address per minute.
    pub writes_per_minute: u32,
    /// Messages a complaint takes per hour.
    pub messages_per_complaint_per_hour: u32,
    /// Photo megabytes (decoded) a client address may send per hour.
    pub photo_mb_per_hour: u32,
    /// Complaint and message bodies with photos (over 256 KB, up to ~13 MB) read at once; more
    /// wait their turn, so memory stays bounded under a burst of uploads.
    pub concurrent_uploads: usize,
    /// Customer service: office hours, time zone, response times, privacy notice.
    pub support: SupportInfo,
    /// Connections, timeouts and the shutdown's grace (`serve.rs`).
    pub limits: Limits,
    /// The demo shop: its 15 orders seeded on first start and its page at `/` (`--demo`, which
    /// `cargo xtask demo` and the tests pass). Off, the server holds only the shop's own data.
    pub demo: bool,
    /// Every delay is e-mailed to every customer it touches, subscribed or not (a service
    /// message about their order); without it, only to those who asked.
    pub notify_all_delays: bool,
    /// The demo page links to the mail catcher that `cargo xtask demo` runs, at this address.
    pub demo_mailbox_url: Option<String>,
    /// Reverse proxies (CIDRs) whose `Forwarded` / `X-Forwarded-For` name the client
    /// (`client.rs`); empty = the peer address is the client.
    pub trusted_proxies: Vec<String>,
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
            default_locale: "it".to_owned(),
            supported_locales: vec!["it".to_owned(), "en".to_owned()],
            lookup: LookupSettings::default(),
            phone_country: None,
            admin_token: None,
            ingest_keys: Vec::new(),
            shopify_webhook_secret: None,
            woocommerce_webhook_secret: None,
            retention_days: None,
            smtp_url: None,
            public_url: None,
            mail_from: None,
            mail_reply_to: None,
            message_webhook_url: None,
            message_webhook_secret: None,
            notify_all_delays: false,
            demo_mailbox_url: None,
            detector_interval: None,
            stale_days: 3,
            lookups_per_minute: 30,
            failed_lookups_per_order: 10,
            writes_per_minute: 20,
            messages_per_complaint_per_hour: 30,
            photo_mb_per_hour: 60,
            concurrent_uploads: 4,
            support: demo_support(),
            limits: Limits::default(),
            trusted_proxies: Vec::new(),
            demo: false,
        }
    }
}

/// The lookup settings `/v1/config` reports: the configured ones, the demo shop's where the
/// demo leaves them unset, and the proofs always listed (both when none was chosen).
fn lookup_settings(settings: &Settings) -> LookupSettings {
    let mut lookup = settings.lookup.clone();
    if settings.demo && lookup.order_number_example.is_none() {
        lookup.order_number_example = Some("SP-1001".to_owned());
        lookup.order_number_pattern = Some("^SP-[0-9]{4,}$".to_owned());
    }
    lookup.proofs = LookupSettings::offered(Some(&lookup));
    lookup
}

#[derive(Clone)]
pub(crate) struct AppState {
    /// The one connection that writes (SQLite takes one writer at a time); jobs on it are short.
    pub(crate) db: Arc<Mutex<Connection>>,
    /// Connections that only read, side by side (WAL lets readers run while the writer writes).
    pub(crate) readers: r2d2::Pool<r2d2_sqlite::SqliteConnectionManager>,
    pub(crate) config: Arc<ShopConfig>,
    pub(crate) office: Arc<office::Office>,
    /// Milliseconds added to the real time (set through `/admin/clock`, so tests can be after hours).
    pub(crate) clock_offset: Arc<AtomicI64>,
    pub(crate) admin_token: Option<Arc<str>>,
    /// The keys `/ingest/v1` takes (empty: it does not exist).
    pub(crate) ingest_keys: Arc<[String]>,
    /// The Shopify app's webhook secret, if the shop connected one.
    pub(crate) shopify_secret: Option<Arc<str>>,
    /// The WooCommerce webhooks' secret, if the shop connected one.
    pub(crate) woocommerce_secret: Option<Arc<str>>,
    /// `--retention-days`, for the clean-up.
    pub(crate) retention_days: Option<u32>,
    /// Who writes to customers, and how (`letters.rs`, `notices.rs`).
    pub(crate) letterhead: Arc<letters::Letterhead>,
    /// Ingest calls per client address per minute.
    pub(crate) per_ingest: Arc<ratelimit::RateLimiter>,
    pub(crate) stale_days: i64,
    per_client: Arc<ratelimit::RateLimiter>,
    per_order: Arc<ratelimit::RateLimiter>,
    pub(crate) writes: Arc<ratelimit::Writes>,
    /// The Idempotency-Keys this process is working on (`idempotency.rs`).
    pub(crate) running: Arc<idempotency::Running>,
    /// Wakes the delivery workers when the outbox has something new (they also look every
    /// second).
    pub(crate) outbox_wake: Arc<tokio::sync::Notify>,
    /// Failed sign-ins to the desk, per account and per client.
    pub(crate) desk_attempts: Arc<desk::Attempts>,
}

impl AppState {
    /// The backend's idea of now: real time, shifted by `/admin/clock`.
    pub(crate) fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
            + time::Duration::milliseconds(self.clock_offset.load(Ordering::Relaxed))
    }

    /// Runs a read-only database job on one of the readers, off the async threads.
    pub(crate) async fn read<T: Send + 'static>(
        &self,
        job: impl FnOnce(&Connection) -> anyhow::Result<T> + Send + 'static,
    ) -> Result<T, ApiProblem> {
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || job(&*readers.get()?))
            .await
            .map_err(|_| ApiProblem::internal())?
            .map_err(|error| {
                tracing::error!(%error, "database read failed");
                ApiProblem::internal()
            })
    }

    /// Writes the pending notices as messages in the outbox (`notices.rs`); a failure is logged
    /// and the notices stay pending for the next call.
    pub(crate) async fn announce(&self) {
        let letterhead = self.letterhead.clone();
        if let Ok(written) = self
            .with_db(move |conn| notices::render_pending(conn, &letterhead))
            .await
        {
            if written > 0 {
                tracing::info!(written, "notifications queued");
                self.outbox_wake.notify_waiters();
            }
        }
    }

    /// Runs a database job that writes, on the one writing connection, off the async threads.
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

/// A JSON answer that must not be cached (it carries personal data or a token).
pub(crate) fn no_store(body: impl Serialize) -> Response {
    (
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(body),
    )
        .into_response()
}

/// Largest request body the contract needs (a lookup is a few hundred bytes).
const MAX_BODY_BYTES: usize = 16 * 1024;

/// Builds the whole application: opens and migrates the database, seeds the demo data on first
/// start, and wires the routes.
pub fn app(settings: &Settings) -> anyhow::Result<Router> {
    Ok(assemble(settings)?.0)
}

/// The application and its shared state (which `serve` hands to the periodic clean-up).
fn assemble(settings: &Settings) -> anyhow::Result<(Router, AppState)> {
    let trusted = client::TrustedProxies::parse(&settings.trusted_proxies)?;
    let conn = db::open(&settings.db, settings.demo)?;
    let readers = db::readers(&settings.db)?;
    let office = office::Office::new(&settings.support)?;
    // The office hours staff saved in the desk take the place of the configured ones.
    match db::load_schedule(&conn).map(|saved| saved.map(|s| office::Schedule::new(&s))) {
        Ok(Some(Ok(schedule))) => office.set_schedule(schedule),
        Ok(None) => {}
        Ok(Some(Err(error))) | Err(error) => {
            tracing::warn!(%error, "the saved office hours are unusable; the configured ones stand")
        }
    }
    let state = AppState {
        db: Arc::new(Mutex::new(conn)),
        readers,
        config: Arc::new(ShopConfig {
            shop_name: settings.shop_name.clone(),
            default_locale: settings.default_locale.clone(),
            supported_locales: settings.supported_locales.clone(),
            contract_version: CONTRACT_VERSION.to_owned(),
            capabilities: Capabilities {
                complaints: true,
                help: true,
                complaint_photos: true,
                complaint_follow_up: true,
                parcel_requests: true,
            },
            support: Some(settings.support.clone()),
            lookup: Some(lookup_settings(settings)),
            phone_country: settings
                .phone_country
                .clone()
                .or_else(|| settings.demo.then(|| "IT".to_owned())),
        }),
        office: Arc::new(office),
        clock_offset: Arc::new(AtomicI64::new(0)),
        admin_token: settings.admin_token.as_deref().map(Arc::from),
        ingest_keys: settings
            .ingest_keys
            .iter()
            .filter(|k| !k.trim().is_empty())
            .cloned()
            .collect(),
        shopify_secret: settings
            .shopify_webhook_secret
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(Arc::from),
        retention_days: settings.retention_days.filter(|d| *d > 0),
        woocommerce_secret: settings
            .woocommerce_webhook_secret
            .as_deref()
            .filter(|s| !s.is_empty())
            .map(Arc::from),
        letterhead: Arc::new(letters::Letterhead {
            shop: settings.shop_name.clone(),
            public_url: settings
                .public_url
                .as_deref()
                .map(|u| u.trim_end_matches('/').to_owned())
                .filter(|u| !u.is_empty()),
            time_zone: settings.support.time_zone.clone(),
            default_locale: settings.default_locale.clone(),
            notify_all_delays: settings.notify_all_delays,
        }),
        per_ingest: Arc::new(ratelimit::RateLimiter::new(600u32, Duration::from_secs(60))),
        stale_days: settings.stale_days,
        per_client: Arc::new(ratelimit::RateLimiter::new(
            settings.lookups_per_minute,
            Duration::from_secs(60),
        )),
        per_order: Arc::new(ratelimit::RateLimiter::new(
            settings.failed_lookups_per_order,
            Duration::from_secs(15 * 60),
        )),
        writes: Arc::new(ratelimit::Writes::new(
            settings.writes_per_minute,
            settings.messages_per_complaint_per_hour,
            settings.photo_mb_per_hour,
        )),
        running: idempotency::Running::new(),
        outbox_wake: Arc::new(tokio::sync::Notify::new()),
        desk_attempts: Arc::new(desk::Attempts::new()),
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
                state.announce().await;
            }
        });
    }

    let api = Router::new()
        .route("/config", get(get_config))
        .merge(orders::routes())
        .merge(parcels::routes())
        .merge(complaints::routes(settings.concurrent_uploads))
        .merge(help::routes())
        .fallback(|| async { ApiProblem::no_such_endpoint() })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(cors_layer(&settings.cors_origins)?)
        .with_state(state.clone());

    let demo_page = if settings.demo {
        demo::routes(settings.demo_mailbox_url.clone())
    } else {
        Router::new()
    };
    let router = Router::new()
        .nest("/v1", api)
        // Whatever the shop changes, its customers hear of at once (`notices.rs`).
        .nest(
            "/admin",
            admin::routes(state.clone()).layer(axum::middleware::from_fn_with_state(state.clone(), announce_after)),
        )
        .nest(
            "/ingest/v1",
            ingest::routes(state.clone()).layer(axum::middleware::from_fn_with_state(state.clone(), announce_after)),
        )
        .merge(ingest::webhook_routes(state.clone()).layer(axum::middleware::from_fn_with_state(state.clone(), announce_after)))
        .merge(unsubscribe::routes(state.clone()))
        .merge(desk::routes(state.clone()))
        .merge(health::routes(state.clone()))
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
        .merge(demo_page)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // Each request attributed to its client, through trusted proxies (`client.rs`).
        .layer(axum::middleware::from_fn_with_state(trusted, client::attribute))
        // Every answer under /v1 is problem+json, and its POSTs are JSON (`edge.rs`).
        .layer(axum::middleware::from_fn(edge::v1_problems))
        // A body that trickles in is cut off (its headers have their own timeout in `serve.rs`).
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            settings.limits.body_timeout,
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
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        // A client's X-Request-Id is kept only when short and plain (`edge.rs`).
        .layer(axum::middleware::from_fn(edge::plain_request_id));
    Ok((router, state))
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

/// After a request of the shop that may have changed orders, the notices it left are written
/// out as messages before the answer goes (so the outbox is up to date when the shop looks).
async fn announce_after(
    State(state): State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    let writes = request.method() != axum::http::Method::GET;
    let response = next.run(request).await;
    if writes {
        state.announce().await;
    }
    response
}

/// `GET /v1/config`
async fn get_config(State(state): State<AppState>) -> Json<ShopConfig> {
    let mut config = (*state.config).clone();
    // The reply times measured from the desk's real answers (`office.rs`).
    if let Some(support) = &mut config.support {
        let figures = state.office.figures();
        support.response_minutes_median = figures.median;
        support.response_minutes_p90 = figures.p90;
        // And the office hours as staff last set them in the desk.
        let schedule = state.office.setting();
        support.time_zone = schedule.time_zone;
        support.office_hours = schedule.office_hours;
    }
    Json(config)
}

/// Binds and serves until SIGTERM or Ctrl-C, then lets requests in flight finish for a bounded
/// time (`serve.rs`). Prints the address it listens on (the demo and the test runner read it,
/// which is how `--port 0` works).
pub async fn serve(settings: Settings, addr: SocketAddr) -> anyhow::Result<()> {
    let (app, state) = assemble(&settings)?;
    // The reply times promised from the start are those measured so far.
    {
        let (office, now) = (state.office.clone(), state.now());
        let _ = state
            .read(move |conn| complaints::refresh_figures(conn, &office, now))
            .await;
    }
    match (&settings.smtp_url, &settings.mail_from) {
        (Some(url), Some(from)) => {
            let mailer = mail::Mailer::new(url, from, settings.mail_reply_to.as_deref())?;
            mail::spawn(state.clone(), mailer);
        }
        (Some(_), None) => anyhow::bail!("--smtp-url needs --mail-from, the sender's address"),
        _ => tracing::warn!(
            "no --smtp-url: e-mails stay in the outbox (/admin/outbox) and are not sent"
        ),
    }
    match (
        &settings.message_webhook_url,
        &settings.message_webhook_secret,
    ) {
        (Some(url), Some(secret)) => {
            let relay = messages::Relay::new(
                url,
                secret,
                &settings.default_locale,
                state.config.phone_country.as_deref(),
            );
            messages::spawn(state.clone(), relay);
        }
        (Some(_), None) => {
            anyhow::bail!("--message-webhook-url needs --message-webhook-secret to sign with")
        }
        _ => {
            tracing::warn!("no --message-webhook-url: SMS and WhatsApp messages stay in the outbox")
        }
    }
    // Notices left by the import, or by a change whose request ended before they were written.
    {
        let state = state.clone();
        tokio::spawn(async move {
            let mut interval = tokio::time::interval(Duration::from_secs(5));
            loop {
                interval.tick().await;
                state.announce().await;
            }
        });
    }
    ingest::inbox::spawn(state.clone());
    housekeeping::spawn(state);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    println!("Sportello reference backend listening on http://{local}/");
    serve_with(listener, app, settings.limits.clone(), shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}
