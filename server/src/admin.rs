//! Token-protected admin endpoints of the reference backend (not part of the contract): they let
//! a shop, the demo and the end-to-end tests change an order while the widget watches, run the
//! delay detector, move the clock, and reach the shop's side of complaints
//! (`complaints/admin.rs`) and the help statistics (`help.rs`), which are routed here.
//!
//! Every request needs `Authorization: Bearer <admin token>` (`--admin-token`); without a
//! configured token the endpoints answer 404 as if they did not exist.

use axum::{
    extract::{rejection::JsonRejection, Path, Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post, put},
    Json, Router,
};
use serde::Deserialize;
use sportello_contract::{
    CarrierEvent, DateWindow, Delay, Goodwill, OrderStatus, Problem, ProblemType, ShipmentStatus,
};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::{bearer, complaints, db, detector, help, ApiProblem, AppState};

pub fn routes(state: AppState) -> Router {
    Router::new()
        .route("/orders/{number}/events", post(add_event))
        .route("/orders/{number}/delay", put(set_delay))
        .route("/orders/{number}/voucher", post(issue_voucher))
        .route("/outbox", get(outbox))
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

fn now() -> String {
    OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .expect("zero nanoseconds is valid")
        .format(&Rfc3339)
        .expect("formats")
}

fn bad_request(message: impl Into<String>) -> ApiProblem {
    Problem::new(ProblemType::InvalidRequest)
        .with_detail(message)
        .into()
}

fn no_order() -> ApiProblem {
    Problem::new(ProblemType::OrderNotFound).into()
}

/// The JSON body, or an `invalid_request` problem with serde's reason.
pub(crate) fn body<T>(payload: Result<Json<T>, JsonRejection>) -> Result<T, ApiProblem> {
    payload
        .map(|Json(v)| v)
        .map_err(|e| bad_request(e.body_text()))
}

/// Which part of the order a change is about: a parcel, a refund, or the order itself.
#[derive(Deserialize, Default)]
pub(crate) struct Target {
    #[serde(default)]
    shipment_id: Option<String>,
    #[serde(default)]
    refund_id: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct NewEvent {
    #[serde(flatten)]
    target: Target,
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    location: Option<String>,
    description: String,
    status: ShipmentStatus,
    /// A revised estimate that comes with the event.
    #[serde(default)]
    estimated_delivery: Option<DateWindow>,
}

pub(crate) async fn add_event(
    State(state): State<AppState>,
    Path(number): Path<String>,
    payload: Result<Json<NewEvent>, JsonRejection>,
) -> Result<Response, ApiProblem> {
    let event = body(payload)?;
    let result = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |id, tracking, tx| {
                let stamp = event.at.clone().unwrap_or_else(now);
                let index = match &event.target.shipment_id {
                    Some(sid) => tracking.shipments.iter().position(|s| &s.id == sid),
                    None => (!tracking.shipments.is_empty()).then_some(0),
                };
                let Some(index) = index else {
                    return Ok(None);
                };
                let shipment = &mut tracking.shipments[index];
                let new = CarrierEvent {
                    at: stamp.clone(),
                    location: event.location,
                    description: event.description,
                    status: event.status,
                };
                // The same event sent again (a retry of the shop's system) is not a new one.
                if shipment.events.contains(&new) {
                    return Ok(Some(false));
                }
                shipment.events.push(new);
                shipment.status = event.status;
                if event.status == ShipmentStatus::Delivered {
                    shipment.delivered_at = Some(stamp.clone());
                }
                if let Some(window) = event.estimated_delivery {
                    shipment.estimated_delivery = Some(window);
                    shipment.estimate_revised_at = Some(stamp.clone());
                }
                let all_delivered = tracking
                    .shipments
                    .iter()
                    .all(|s| s.status == ShipmentStatus::Delivered);
                if all_delivered {
                    tracking.delivered_at = Some(stamp);
                    db::set_status(tx, id, OrderStatus::Delivered)?;
                }
                Ok(Some(true))
            })
        })
        .await?;
    match result {
        None => Err(no_order()),
        Some(None) => Err(bad_request("no such shipment")),
        Some(Some(changed)) => Ok(done(changed)),
    }
}

/// 204 for a change; 200 `{"outcome": "unchanged"}` for the same call again (a retry), which
/// changed nothing and told no one.
fn done(changed: bool) -> Response {
    if changed {
        StatusCode::NO_CONTENT.into_response()
    } else {
        Json(serde_json::json!({"outcome": "unchanged"})).into_response()
    }
}

#[derive(Deserialize)]
pub(crate) struct DelayChange {
    #[serde(flatten)]
    target: Target,
    /// The delay to record; `null` clears it. Absent, the request names nothing and is refused
    /// (it must never clear a delay by omission).
    #[serde(default, deserialize_with = "present")]
    delay: Option<Option<Delay>>,
}

/// A field that may be `null`, told apart from a missing one (which stays `None`).
fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<Delay>>, D::Error> {
    Option::<Delay>::deserialize(deserializer).map(Some)
}

/// Points at the delay slot of the target; `None` if the target does not exist.
fn delay_slot<'a>(
    tracking: &'a mut db::Tracking,
    target: &Target,
) -> Option<&'a mut Option<Delay>> {
    match (&target.shipment_id, &target.refund_id) {
        (Some(id), _) => tracking
            .shipments
            .iter_mut()
            .find(|s| &s.id == id)
            .map(|s| &mut s.delay),
        (None, Some(id)) => tracking
            .refunds
            .iter_mut()
            .find(|r| &r.id == id)
            .map(|r| &mut r.delay),
        (None, None) => Some(&mut tracking.delay),
    }
}

pub(crate) async fn set_delay(
    State(state): State<AppState>,
    Path(number): Path<String>,
    payload: Result<Json<DelayChange>, JsonRejection>,
) -> Result<Response, ApiProblem> {
    let change = body(payload)?;
    let Some(delay) = change.delay else {
        return Err(bad_request(
            "name the delay to record in \"delay\", or send \"delay\": null to clear it",
        ));
    };
    let target = change.target;
    let result = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |_, tracking, _| {
                let stamp = now();
                let Some(slot) = delay_slot(tracking, &target) else {
                    return Ok(None);
                };
                let mut delay = delay;
                // The same delay again (a retry): unchanged, and nobody is told twice.
                let known = slot.as_ref().and_then(|d| d.reported_at.clone());
                if let Some(delay) = &mut delay {
                    delay
                        .reported_at
                        .get_or_insert_with(|| known.unwrap_or_else(|| stamp.clone()));
                }
                if *slot == delay {
                    return Ok(Some(false));
                }
                *slot = delay.clone();
                // A parcel's new estimate becomes its current estimate.
                if let (Some(sid), Some(window)) = (
                    &target.shipment_id,
                    delay.as_ref().and_then(|d| d.new_estimate.clone()),
                ) {
                    if let Some(shipment) = tracking.shipments.iter_mut().find(|s| &s.id == sid) {
                        shipment.estimated_delivery = Some(window);
                        shipment.estimate_revised_at = Some(stamp.clone());
                    }
                }
                Ok(Some(true))
            })
        })
        .await?;
    match result {
        None => Err(no_order()),
        Some(None) => Err(bad_request("no such shipment or refund")),
        Some(Some(changed)) => Ok(done(changed)),
    }
}

#[derive(Deserialize)]
pub(crate) struct VoucherIssue {
    #[serde(flatten)]
    target: Target,
    goodwill: Goodwill,
}

pub(crate) async fn issue_voucher(
    State(state): State<AppState>,
    Path(number): Path<String>,
    payload: Result<Json<VoucherIssue>, JsonRejection>,
) -> Result<Response, ApiProblem> {
    let issue = body(payload)?;
    let result = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |_, tracking, _| {
                match delay_slot(tracking, &issue.target) {
                    Some(Some(delay)) if delay.goodwill.as_ref() == Some(&issue.goodwill) => {
                        Ok(Some(false))
                    }
                    Some(Some(delay)) => {
                        delay.goodwill = Some(issue.goodwill);
                        Ok(Some(true))
                    }
                    _ => Ok(None),
                }
            })
        })
        .await?;
    match result {
        None => Err(no_order()),
        Some(None) => Err(bad_request(
            "a voucher goes with a recorded delay: set the delay first",
        )),
        Some(Some(changed)) => Ok(done(changed)),
    }
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
