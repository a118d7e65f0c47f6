//! The narrower changes to an order: a carrier event, a delay with the shop's words, a goodwill
//! voucher. The same bodies come from a shop's system (`/ingest/v1`, ingest key) and from its
//! staff's scripts (`/admin`, admin token). Each body is checked like an order document: a
//! refused call is a 422 naming every refused field (`delay.goodwill.percent`), never a
//! parser's sentence; a call that names a parcel or refund the order lacks names that field.
//! The same call again (a retry) changes nothing and tells no one.

use axum::{
    body::Bytes,
    extract::{rejection::BytesRejection, Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use sportello_contract::{
    CarrierEvent, DateWindow, Delay, DelayReason, DelaySide, Goodwill, InvalidParam, OrderStatus,
    Problem, ProblemType, ShipmentStatus,
};
use time::{format_description::well_known::Rfc3339, OffsetDateTime};
use utoipa::ToSchema;

use crate::{
    complaints::json_object,
    db,
    problem::{invalid, param},
    ApiProblem, AppState,
};

/// Longest carrier event description, location, shop message and action.
pub const MAX_EVENT_TEXT: usize = 500;
pub const MAX_LOCATION: usize = 200;
pub const MAX_DELAY_MESSAGE: usize = 2000;
pub const MAX_DELAY_ACTION: usize = 1000;

/// Which part of the order a change is about: a parcel, a refund, or (neither) the order itself.
#[derive(Debug, Deserialize, Default, ToSchema)]
pub struct Target {
    /// The parcel's id within the order.
    #[serde(default)]
    #[schema(max_length = 64)]
    pub shipment_id: Option<String>,
    /// The refund's id within the order (delays and vouchers only).
    #[serde(default)]
    #[schema(max_length = 64)]
    pub refund_id: Option<String>,
}

/// A carrier event for one parcel (the order's first parcel when `shipment_id` is absent). Its
/// status becomes the parcel's; when every parcel is delivered, the order is.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"shipment_id": "P1", "at": "2026-11-24T09:12:00Z",
    "location": "Bologna hub", "description": "Parcel held at the hub: vehicle breakdown",
    "status": "in_transit"}))]
pub struct NewEvent {
    #[serde(flatten)]
    pub target: Target,
    /// When it happened (RFC 3339); now when absent.
    #[serde(default)]
    #[schema(format = DateTime)]
    pub at: Option<String>,
    #[serde(default)]
    #[schema(max_length = 200)]
    pub location: Option<String>,
    /// The carrier's words.
    #[schema(max_length = 500)]
    pub description: String,
    pub status: ShipmentStatus,
    /// A revised estimate that comes with the event.
    #[serde(default)]
    pub estimated_delivery: Option<DateWindow>,
}

/// A delay of a parcel, a refund or the whole order, in the shop's words; `"delay": null`
/// clears it. Customers subscribed to the order are told once.
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"shipment_id": "P1", "delay": {"reason": "carrier_capacity",
    "side": "carrier", "message": "Il corriere ha più pacchi del previsto in Emilia.",
    "action": "Abbiamo chiesto la consegna prioritaria.",
    "new_estimate": {"from": "2026-11-27T08:00:00Z", "to": "2026-11-28T20:00:00Z"},
    "goodwill": {"code": "SCUSA10", "percent": 10}}}))]
pub struct DelayChange {
    #[serde(flatten)]
    pub target: Target,
    /// The delay to record, or `null` to clear it. Required: a missing `delay` never clears one.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Delay>)]
    pub delay: Option<Option<Delay>>,
}

/// A goodwill voucher added to a recorded delay (of the parcel, the refund or the order).
#[derive(Debug, Deserialize, ToSchema)]
#[schema(example = json!({"shipment_id": "P1",
    "goodwill": {"code": "SCUSA5", "amount": 500, "conditions": "on orders over €30"}}))]
pub struct VoucherIssue {
    #[serde(flatten)]
    pub target: Target,
    pub goodwill: Goodwill,
}

/// A field that may be `null`, told apart from a missing one (which stays `None`).
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<Delay>>, D::Error> {
    Option::<Delay>::deserialize(deserializer).map(Some)
}

fn now() -> String {
    OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .expect("zero nanoseconds is valid")
        .format(&Rfc3339)
        .expect("formats")
}

fn is_rfc3339(text: &str) -> bool {
    OffsetDateTime::parse(text, &Rfc3339).is_ok()
}

/// The body as `T`, or a 422 naming the fields: a missing required one ("is required") or the
/// one whose value does not fit (`delay.reason`, "unknown variant …").
fn named<T: serde::de::DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
    required: &[&str],
) -> Result<(T, Value), ApiProblem> {
    let value = json_object(body)?;
    let missing: Vec<InvalidParam> = required
        .iter()
        .filter(|name| value.get(**name).is_none())
        .map(|name| param(*name, "is required"))
        .collect();
    if !missing.is_empty() {
        return Err(invalid(missing));
    }
    // The target's fields are flattened into the body, where serde no longer knows their path:
    // checked here, by name.
    let mistyped: Vec<InvalidParam> = ["shipment_id", "refund_id"]
        .into_iter()
        .filter(|name| {
            value
                .get(*name)
                .is_some_and(|v| !(v.is_string() || v.is_null()))
        })
        .map(|name| param(name, "must be a string"))
        .collect();
    if !mistyped.is_empty() {
        return Err(invalid(mistyped));
    }
    serde_path_to_error::deserialize(&value)
        .map(|decoded| (decoded, value.clone()))
        .map_err(|error| {
            let path = error.path().to_string();
            let field = if path == "." { "body".to_owned() } else { path };
            invalid(vec![param(field, error.into_inner().to_string())])
        })
}

/// The contract's types read a malformed estimate or voucher as absent (the widget must never
/// fail on one); a shop sending one is told instead of seeing it vanish.
fn lost(raw: &Value, decoded: Option<&Delay>, problems: &mut Vec<InvalidParam>) {
    for (field, kept) in [
        (
            "new_estimate",
            decoded.is_some_and(|d| d.new_estimate.is_some()),
        ),
        ("goodwill", decoded.is_some_and(|d| d.goodwill.is_some())),
    ] {
        if !raw[field].is_null() && !kept {
            problems.push(param(
                format!("delay.{field}"),
                "is not a valid value of its kind (see the schema)",
            ));
        }
    }
}

fn text(name: &str, value: Option<&str>, max: usize, problems: &mut Vec<InvalidParam>) {
    if value.is_some_and(|v| v.chars().nth(max).is_some()) {
        problems.push(param(name, format!("must be at most {max} characters")));
    }
}

fn window(name: &str, window: Option<&DateWindow>, problems: &mut Vec<InvalidParam>) {
    let Some(window) = window else {
        return;
    };
    match (
        OffsetDateTime::parse(&window.from, &Rfc3339),
        OffsetDateTime::parse(&window.to, &Rfc3339),
    ) {
        (Ok(from), Ok(to)) if from <= to => {}
        (Ok(_), Ok(_)) => problems.push(param(format!("{name}.to"), "must not be before from")),
        _ => problems.push(param(name, "from and to must be RFC 3339 date-times")),
    }
}

fn target(target: &Target, refunds: bool, problems: &mut Vec<InvalidParam>) {
    for (name, id) in [
        ("shipment_id", &target.shipment_id),
        ("refund_id", &target.refund_id),
    ] {
        if id
            .as_deref()
            .is_some_and(|id| id.trim().is_empty() || id.chars().nth(64).is_some())
        {
            problems.push(param(name, "must be 1 to 64 characters"));
        }
    }
    if target.refund_id.is_some() && !refunds {
        problems.push(param("refund_id", "carrier events belong to parcels"));
    } else if target.shipment_id.is_some() && target.refund_id.is_some() {
        problems.push(param("refund_id", "name a parcel or a refund, not both"));
    }
}

/// What is refused in a voucher, each field named under `prefix`.
pub fn check_goodwill(prefix: &str, goodwill: &Goodwill) -> Vec<InvalidParam> {
    let mut problems = Vec::new();
    if goodwill.code.trim().is_empty() || goodwill.code.chars().nth(64).is_some() {
        problems.push(param(
            format!("{prefix}.code"),
            "must be 1 to 64 characters",
        ));
    }
    if goodwill.amount.is_some_and(|a| a <= 0) {
        problems.push(param(
            format!("{prefix}.amount"),
            "must be a positive amount in minor units",
        ));
    }
    if goodwill.percent.is_some_and(|p| !(1..=100).contains(&p)) {
        problems.push(param(format!("{prefix}.percent"), "must be 1 to 100"));
    }
    if goodwill
        .expires_at
        .as_deref()
        .is_some_and(|at| !is_rfc3339(at))
    {
        problems.push(param(
            format!("{prefix}.expires_at"),
            "must be an RFC 3339 date-time",
        ));
    }
    text(
        &format!("{prefix}.conditions"),
        goodwill.conditions.as_deref(),
        300,
        &mut problems,
    );
    problems
}

/// What is refused in a delay, each field named under `prefix`.
pub fn check_delay(prefix: &str, delay: &Delay) -> Vec<InvalidParam> {
    let mut problems = Vec::new();
    if delay.reason == DelayReason::Unknown {
        problems.push(param(
            format!("{prefix}.reason"),
            "must be one of the contract's delay reasons",
        ));
    }
    if delay.side == DelaySide::Unknown {
        problems.push(param(
            format!("{prefix}.side"),
            "must be one of the contract's delay sides",
        ));
    }
    text(
        &format!("{prefix}.message"),
        delay.message.as_deref(),
        MAX_DELAY_MESSAGE,
        &mut problems,
    );
    text(
        &format!("{prefix}.action"),
        delay.action.as_deref(),
        MAX_DELAY_ACTION,
        &mut problems,
    );
    if delay
        .reported_at
        .as_deref()
        .is_some_and(|at| !is_rfc3339(at))
    {
        problems.push(param(
            format!("{prefix}.reported_at"),
            "must be an RFC 3339 date-time",
        ));
    }
    window(
        &format!("{prefix}.new_estimate"),
        delay.new_estimate.as_ref(),
        &mut problems,
    );
    if let Some(goodwill) = &delay.goodwill {
        problems.extend(check_goodwill(&format!("{prefix}.goodwill"), goodwill));
    }
    problems
}

fn refuse_if_any(problems: Vec<InvalidParam>) -> Result<(), ApiProblem> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(invalid(problems))
    }
}

fn no_order() -> ApiProblem {
    Problem::new(ProblemType::OrderNotFound).into()
}

/// The target the order lacks, named.
fn no_target(target: &Target) -> ApiProblem {
    match (&target.shipment_id, &target.refund_id) {
        (Some(_), _) => invalid(vec![param("shipment_id", "the order has no such parcel")]),
        (None, Some(_)) => invalid(vec![param("refund_id", "the order has no such refund")]),
        (None, None) => invalid(vec![param(
            "shipment_id",
            "the order has no parcel yet: add one first",
        )]),
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

/// `POST …/orders/{number}/events`
pub(crate) async fn add_event(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let (event, _): (NewEvent, _) = named(body, &["description", "status"])?;
    let mut problems = Vec::new();
    target(&event.target, false, &mut problems);
    if event.at.as_deref().is_some_and(|at| !is_rfc3339(at)) {
        problems.push(param("at", "must be an RFC 3339 date-time"));
    }
    text(
        "location",
        event.location.as_deref(),
        MAX_LOCATION,
        &mut problems,
    );
    text(
        "description",
        Some(&event.description),
        MAX_EVENT_TEXT,
        &mut problems,
    );
    if event.status == ShipmentStatus::Unknown {
        problems.push(param(
            "status",
            "must be one of the contract's parcel statuses",
        ));
    }
    window(
        "estimated_delivery",
        event.estimated_delivery.as_ref(),
        &mut problems,
    );
    refuse_if_any(problems)?;
    let target = Target {
        shipment_id: event.target.shipment_id.clone(),
        refund_id: None,
    };
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
        Some(None) => Err(no_target(&target)),
        Some(Some(changed)) => Ok(done(changed)),
    }
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

/// `PUT …/orders/{number}/delay`
pub(crate) async fn set_delay(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let (change, raw): (DelayChange, _) = named(body, &[])?;
    let Some(delay) = change.delay else {
        return Err(invalid(vec![param(
            "delay",
            "is required: the delay to record, or null to clear it",
        )]));
    };
    let mut problems = Vec::new();
    target(&change.target, true, &mut problems);
    if let Some(delay) = &delay {
        problems.extend(check_delay("delay", delay));
        lost(&raw["delay"], Some(delay), &mut problems);
    }
    refuse_if_any(problems)?;
    let target = change.target;
    let result = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |_, tracking, _| {
                let stamp = now();
                let Some(slot) = delay_slot(tracking, &target) else {
                    return Ok(Err(target));
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
                    return Ok(Ok(false));
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
                Ok(Ok(true))
            })
        })
        .await?;
    match result {
        None => Err(no_order()),
        Some(Err(target)) => Err(no_target(&target)),
        Some(Ok(changed)) => Ok(done(changed)),
    }
}

/// `POST …/orders/{number}/voucher`
pub(crate) async fn issue_voucher(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let (issue, _): (VoucherIssue, _) = named(body, &["goodwill"])?;
    let mut problems = Vec::new();
    target(&issue.target, true, &mut problems);
    problems.extend(check_goodwill("goodwill", &issue.goodwill));
    refuse_if_any(problems)?;
    let result = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |_, tracking, _| {
                match delay_slot(tracking, &issue.target) {
                    None => Ok(Err(Some(issue.target))),
                    Some(None) => Ok(Err(None)),
                    Some(Some(delay)) if delay.goodwill.as_ref() == Some(&issue.goodwill) => {
                        Ok(Ok(false))
                    }
                    Some(Some(delay)) => {
                        delay.goodwill = Some(issue.goodwill);
                        Ok(Ok(true))
                    }
                }
            })
        })
        .await?;
    match result {
        None => Err(no_order()),
        Some(Err(Some(target))) => Err(no_target(&target)),
        Some(Err(None)) => Err(invalid(vec![param(
            "goodwill",
            "a voucher goes with a recorded delay: set the delay first",
        )])),
        Some(Ok(changed)) => Ok(done(changed)),
    }
}
