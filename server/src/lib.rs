//! Sportello reference backend: the contract under `/v1` on SQLite, the built widget under
//! `/widget/` and a demo shop page at `/`.

pub mod db;
mod demo;
mod problem;

use std::{
    net::SocketAddr,
    path::PathBuf,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, Request, State},
    http::{header, HeaderName, HeaderValue, Method},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use rusqlite::Connection;
use serde_json::Value;
use sportello_contract::{
    is_plausible_email, normalize_order_number, InvalidParam, LookupRequest, Problem, ProblemType,
    ShopConfig, CONTRACT_VERSION,
};
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};
use tracing::Span;

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
}

impl Settings {
    pub fn new(db: PathBuf, widget_dir: PathBuf) -> Settings {
        Settings {
            db,
            widget_dir,
            cors_origins: Vec::new(),
            shop_name: "Bottega Aurora".to_owned(),
        }
    }
}

#[derive(Clone)]
struct AppState {
    db: Arc<Mutex<Connection>>,
    config: Arc<ShopConfig>,
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
        }),
    };

    let api = Router::new()
        .route("/config", get(get_config))
        .route("/orders/lookup", post(lookup_order))
        .fallback(|| async { ApiProblem::no_such_endpoint() })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(cors_layer(&settings.cors_origins)?)
        .with_state(state);

    Ok(Router::new()
        .nest("/v1", api)
        .nest_service("/widget", ServeDir::new(&settings.widget_dir))
        .merge(demo::routes())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(
            // Logs method, path, status and latency only: no query string, no body, no headers,
            // so no personal data reaches the logs.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
                })
                .on_request(())
                .on_response(|response: &Response, latency: Duration, _span: &Span| {
                    tracing::info!(status = response.status().as_u16(), latency_ms = latency.as_millis() as u64, "served");
                }),
        ))
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
            HeaderName::from_static("idempotency-key"),
        ])
        .expose_headers([header::RETRY_AFTER])
        .max_age(Duration::from_secs(600)))
}

async fn get_config(State(state): State<AppState>) -> Json<ShopConfig> {
    Json((*state.config).clone())
}

async fn lookup_order(State(state): State<AppState>, body: Bytes) -> Result<Response, ApiProblem> {
    let request = parse_lookup(&body)?;
    let db = state.db.clone();
    let found = tokio::task::spawn_blocking(move || {
        let conn = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        db::lookup(&conn, &request)
    })
    .await
    .map_err(|_| ApiProblem::internal())?
    .map_err(|error| {
        tracing::error!(%error, "lookup query failed");
        ApiProblem::internal()
    })?;
    match found {
        Some(order) => Ok((
            [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
            Json(order),
        )
            .into_response()),
        None => Err(Problem::new(ProblemType::OrderNotFound)
            .with_detail("Check the order number and the e-mail address or postcode.")
            .into()),
    }
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
    let Value::Object(fields) = value else {
        return Err(Problem::new(ProblemType::MalformedRequest)
            .with_detail("The body must be a JSON object.")
            .into());
    };
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
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
