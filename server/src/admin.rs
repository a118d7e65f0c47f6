//! Token-protected admin endpoints of the reference backend (not part of the contract): they let
//! a shop, the demo and the end-to-end tests change an order while the widget watches, run the
//! delay detector, move the clock, and reach the shop's side of complaints
//! (`complaints/admin.rs`) and the help statistics (`help.rs`), which are routed here.
//!
//! Every request needs `Authorization: Bearer <admin token>` (`--admin-token`); without a
//! configured token the endpoints answer 404 as if they did not exist.

use axum::{
    extract::{rejection::JsonRejection, Request, State},
    http::{header, HeaderValue},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post, put},
    Json, Router,
};
use serde::Deserialize;
use sportello_contract::{Problem, ProblemType};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::{bearer, complaints, db, detector, help, ingest::changes, ApiProblem, AppState};

pub fn routes(state: AppState) -> Router {
    Router::new()
        // The same changes a shop's system makes through /ingest/v1 (`ingest/changes.rs`).
        .route("/orders/{number}/events", post(changes::add_event))
        .route("/orders/{number}/delay", put(changes::set_delay))
        .route("/orders/{number}/voucher", post(changes::issue_voucher))
        .route("/outbox", get(outbox))
        .route("/webhooks", get(webhooks))
        .route("/parcel-requests", get(parcel_requests))
        .route("/detector/run", post(run_detector))
        .route("/complaints", get(complaints::admin::list))
        .route(
            "/complaints/{reference}/updates",
            post(complaints::admin::update),
        )
        .route(
            "/complaints/{reference}/resolve",
            post(complaints::admin::resolve),
        )
        .route("/clock", put(set_clock))
        .route("/help/stats", get(help::stats))
        .layer(middleware::from_fn_with_state(state.clone(), require_token))
        // The shop's side: never kept by a browser or a proxy.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state)
}

async fn require_token(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(expected) = state.admin_token.as_deref() else {
        return ApiProblem::no_such_endpoint().into_response();
    };
    let given = bearer(request.headers()).unwrap_or("");
    // Compare in constant time: the token guards writes.
    if !db::constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        return ApiProblem::from(
            Problem::new(ProblemType::Unauthorized).with_detail("Admin token required."),
        )
        .into_response();
    }
    next.run(request).await
}

fn bad_request(message: impl Into<String>) -> ApiProblem {
    Problem::new(ProblemType::InvalidRequest)
        .with_detail(message)
        .into()
}

/// The JSON body, or an `invalid_request` problem with serde's reason.
pub(crate) fn body<T>(payload: Result<Json<T>, JsonRejection>) -> Result<T, ApiProblem> {
    payload
        .map(|Json(v)| v)
        .map_err(|e| bad_request(e.body_text()))
}

/// Platform webhook deliveries not applied yet: waiting for their order, or set aside with why.
async fn webhooks(State(state): State<AppState>) -> Result<Response, ApiProblem> {
    let waiting = state
        .with_db(|conn| Ok(crate::ingest::inbox::waiting(conn)?))
        .await?;
    Ok(Json(waiting).into_response())
}

async fn outbox(State(state): State<AppState>) -> Result<Response, ApiProblem> {
    let entries = state.with_db(|conn| Ok(db::outbox(conn)?)).await?;
    Ok(Json(entries).into_response())
}

/// What customers asked about parcels that need them, newest first, with the address to pass on.
async fn parcel_requests(State(state): State<AppState>) -> Result<Response, ApiProblem> {
    let entries = state
        .read(|conn| Ok(db::all_parcel_requests(conn)?))
        .await?;
    Ok(Json(entries).into_response())
}

async fn run_detector(State(state): State<AppState>) -> Result<Response, ApiProblem> {
    let stale_days = state.stale_days;
    let flagged = state
        .with_db(move |conn| detector::run_once(conn, OffsetDateTime::now_utc(), stale_days))
        .await?;
    Ok(Json(serde_json::json!({ "flagged": flagged })).into_response())
}

#[derive(Deserialize)]
struct ClockSetting {
    /// The time the backend should believe it is (RFC 3339); `null` goes back to real time.
    now: Option<String>,
}

/// Moves the backend's clock, so that tests can file a complaint after hours.
async fn set_clock(
    State(state): State<AppState>,
    payload: Result<Json<ClockSetting>, JsonRejection>,
) -> Result<Response, ApiProblem> {
    let setting = body(payload)?;
    let offset = match setting.now {
        None => 0,
        Some(text) => {
            let wanted = OffsetDateTime::parse(&text, &Rfc3339)
                .map_err(|_| bad_request("now must be an RFC 3339 date-time"))?;
            // Far moments would overflow the clock of every later request.
            if !(2000..=2100).contains(&wanted.year()) {
                return Err(bad_request("now must be between the years 2000 and 2100"));
            }
            // Rounded up, so that the clock never reads a moment before the time asked for.
            ((wanted - OffsetDateTime::now_utc()).whole_nanoseconds() + 999_999)
                .div_euclid(1_000_000) as i64
        }
    };
    state
        .clock_offset
        .store(offset, std::sync::atomic::Ordering::Relaxed);
    let now = state
        .now()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok());
    Ok(Json(serde_json::json!({ "now": now })).into_response())
}
