//! Orders in: the way a shop's own system (or a script, or `sportello-server import`) puts its
//! orders into the reference server, under `/ingest/v1` with a bearer key (`--ingest-key`, several
//! for rotation, each compared in constant time). Every call is idempotent (the same call again
//! changes nothing and says so), bounded (1 MB, 600 calls a minute per client) and checked,
//! naming each refused field. The demo orders come in the same way. Its OpenAPI document is
//! `server/ingest.openapi.json`, generated from these types (`openapi.rs`).

pub mod changes;
mod document;
pub mod inbox;
pub mod openapi;
pub mod shopify;
pub mod woocommerce;

use axum::{
    body::Bytes,
    extract::{rejection::BytesRejection, DefaultBodyLimit, Path, Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{post, put},
    Extension, Json, Router,
};
use serde::Serialize;
use sportello_contract::{Problem, ProblemType, Refund, Shipment};
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa::ToSchema;

pub use document::{check, IngestOrder};

use crate::{
    bearer,
    complaints::{decode, json_object},
    db::{self, Stored},
    problem::{invalid, param},
    ratelimit::{client_key, rate_limited},
    ApiProblem, AppState,
};

/// Largest body an ingest call may send.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What a call did: `created`, `updated`, or `unchanged` (the same call again).
#[derive(Debug, Serialize, ToSchema)]
pub struct Outcome {
    #[schema(value_type = String, example = "created")]
    pub outcome: Stored,
}

pub(crate) fn routes(state: AppState) -> Router {
    Router::new()
        .route("/orders/{number}", put(put_order))
        .route(
            "/orders/{number}/shipments/{shipment_id}",
            put(put_shipment),
        )
        .route("/orders/{number}/refunds/{refund_id}", put(put_refund))
        // The same changes the shop's staff make through /admin, with the ingest key.
        .route("/orders/{number}/events", post(changes::add_event))
        .route("/orders/{number}/delay", put(changes::set_delay))
        .route("/orders/{number}/voucher", post(changes::issue_voucher))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), require_key))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state)
}

/// Without a configured key the endpoints do not exist; with one, a call needs one of the keys.
async fn require_key(
    State(state): State<AppState>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    request: Request,
    next: Next,
) -> Response {
    if state.ingest_keys.is_empty() {
        return ApiProblem::no_such_endpoint().into_response();
    }
    let given = bearer(request.headers()).unwrap_or("");
    // Every key is compared, in constant time, whichever matches.
    let known = state.ingest_keys.iter().fold(false, |found, key| {
        db::constant_time_eq(given.as_bytes(), key.as_bytes()) | found
    });
    if !known {
        return ApiProblem::from(
            Problem::new(ProblemType::Unauthorized).with_detail("An ingest key is required."),
        )
        .into_response();
    }
    if let Err(wait) = state
        .per_ingest
        .hit(&client_key(peer), std::time::Instant::now())
    {
        return rate_limited(wait);
    }
    next.run(request).await
}

/// Deliveries whose signature fails count against the ingest calls' bound per client (600 a
/// minute); past it they are answered 429. Verified deliveries are never limited: a busy shop's
/// webhooks (Shopify sends them from few addresses) must not be refused for their number.
async fn limit_webhooks(
    State(state): State<AppState>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    request: Request,
    next: Next,
) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::UNAUTHORIZED {
        return response;
    }
    match state
        .per_ingest
        .hit(&client_key(peer), std::time::Instant::now())
    {
        Err(wait) => rate_limited(wait),
        Ok(()) => response,
    }
}

fn answer(stored: Stored) -> Response {
    let status = if stored == Stored::Created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    (status, Json(Outcome { outcome: stored })).into_response()
}

/// `PUT /ingest/v1/orders/{number}`: creates or replaces the order.
async fn put_order(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let value = json_object(body)?;
    let order: IngestOrder = decode(
        &value,
        &[
            "email",
            "postcode",
            "placed_at",
            "status",
            "currency",
            "items",
        ],
    )?;
    if sportello_contract::normalize_order_number(&number).is_empty() || number.len() > 64 {
        return Err(invalid(vec![param("number", "must be 1 to 64 characters")]));
    }
    let problems = check(&order);
    if !problems.is_empty() {
        return Err(invalid(problems));
    }
    let stored = state
        .with_db(move |conn| db::put_order(conn, &number, &order))
        .await?;
    Ok(answer(stored))
}

fn no_order() -> ApiProblem {
    Problem::new(ProblemType::OrderNotFound)
        .with_detail("No order has that number: send it first with PUT /ingest/v1/orders/{number}.")
        .into()
}

/// `PUT /ingest/v1/orders/{number}/shipments/{shipment_id}`: adds or replaces one parcel.
async fn put_shipment(
    State(state): State<AppState>,
    Path((number, shipment_id)): Path<(String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let mut value = json_object(body)?;
    value["id"] = shipment_id.into();
    let shipment: Shipment = decode(&value, &["carrier", "status"])?;
    if shipment.status == sportello_contract::ShipmentStatus::Unknown {
        return Err(invalid(vec![param(
            "status",
            "must be one of the contract's parcel statuses",
        )]));
    }
    let stored = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |_, tracking, _| {
                let mut shipment = shipment;
                carry_over_shipment(
                    tracking.shipments.iter().find(|s| s.id == shipment.id),
                    &mut shipment,
                );
                Ok(replace(&mut tracking.shipments, shipment, |s| &s.id))
            })
        })
        .await?;
    stored.map(answer).ok_or_else(no_order)
}

/// `PUT /ingest/v1/orders/{number}/refunds/{refund_id}`: adds or replaces one refund.
async fn put_refund(
    State(state): State<AppState>,
    Path((number, refund_id)): Path<(String, String)>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let mut value = json_object(body)?;
    value["id"] = refund_id.into();
    let refund: Refund = decode(&value, &["amount", "method", "status"])?;
    let stored = state
        .with_db(move |conn| {
            db::update_tracking(conn, &number, |_, tracking, _| {
                let mut refund = refund;
                carry_over_refund(
                    tracking.refunds.iter().find(|r| r.id == refund.id),
                    &mut refund,
                );
                Ok(replace(&mut tracking.refunds, refund, |r| &r.id))
            })
        })
        .await?;
    stored.map(answer).ok_or_else(no_order)
}

/// What is wrong with a document, as one line ("currency: …; items[0].quantity: …"), for
/// the import's report and the platforms' refusals; `None` when nothing is.
pub(crate) fn refusal(order: &IngestOrder) -> Option<String> {
    let problems = check(order);
    (!problems.is_empty()).then(|| {
        problems
            .iter()
            .map(|p| format!("{}: {}", p.name, p.reason))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// One line of an import file: the order number and its document (read through a `Value`: the
/// contract's lenient lists cannot be read through serde's `flatten`).
fn import_line(line: &str) -> Result<(String, IngestOrder), String> {
    use serde::Deserialize;
    let mut value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let number = match value.as_object_mut().and_then(|o| o.remove("number")) {
        Some(serde_json::Value::String(number)) => number,
        _ => return Err("number: is required, as a string".to_owned()),
    };
    let order = IngestOrder::deserialize(&value).map_err(|e| e.to_string())?;
    Ok((number, order))
}

/// What `sportello-server import` did, line by line.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub lines: Vec<String>,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub refused: usize,
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for line in &self.lines {
            writeln!(f, "{line}")?;
        }
        write!(
            f,
            "{} created, {} updated, {} unchanged, {} refused",
            self.created, self.updated, self.unchanged, self.refused
        )
    }
}

/// Loads a JSON lines file of orders into the database at `db` (opened and migrated as the
/// server does), each line on its own: one refused line does not stop the others.
pub fn import(db: &std::path::Path, file: &std::path::Path) -> anyhow::Result<ImportReport> {
    use std::io::BufRead;
    let mut conn = db::open(db, false)?;
    let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(file)?))
    };
    let mut report = ImportReport::default();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let n = n + 1;
        let outcome = import_line(&line).and_then(|(number, order)| {
            if sportello_contract::normalize_order_number(&number).is_empty() {
                return Err("number: must not be empty".to_owned());
            }
            refusal(&order).map_or(Ok(()), Err)?;
            db::put_order(&mut conn, &number, &order)
                .map(|stored| (number, stored))
                .map_err(|e| e.to_string())
        });
        match outcome {
            Ok((number, stored)) => {
                match stored {
                    Stored::Created => report.created += 1,
                    Stored::Updated => report.updated += 1,
                    Stored::Unchanged => report.unchanged += 1,
                }
                let word = serde_json::to_value(stored).unwrap_or_default();
                report.lines.push(format!(
                    "line {n}: {number} {}",
                    word.as_str().unwrap_or("")
                ));
            }
            Err(why) => {
                report.refused += 1;
                report.lines.push(format!("line {n}: refused: {why}"));
            }
        }
    }
    Ok(report)
}

/// The platforms' webhooks, each verified by its own signature (not the ingest key).
pub(crate) fn webhook_routes(state: AppState) -> Router {
    Router::new()
        .route("/ingest/shopify", post(shopify::receive))
        .route("/ingest/woocommerce", post(woocommerce::receive))
        .layer(DefaultBodyLimit::max(4 * MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            limit_webhooks,
        ))
        .with_state(state)
}

/// Keeps on a parcel coming from a platform what Sportello learnt of it that the platform does
/// not send: the delay (the detector's, or the shop's words posted here or in the desk), a new
/// estimate, and the customer's redelivery or address requests. To clear a delay, the shop
/// sends `PUT …/delay` with `null`.
pub(crate) fn carry_over_shipment(before: Option<&Shipment>, new: &mut Shipment) {
    let Some(before) = before else {
        return;
    };
    if new.delay.is_none() {
        new.delay = before.delay.clone();
    }
    if new.estimated_delivery.is_none() {
        new.estimated_delivery = before.estimated_delivery.clone();
        new.estimate_revised_at = before.estimate_revised_at.clone();
    }
    if new.requests.is_empty() {
        new.requests = before.requests.clone();
    }
    // Carrier scans the shop sent (`POST …/events`) for a platform that sends none.
    if new.events.is_empty() {
        new.events = before.events.clone();
    }
}

/// The same for a refund: a delay at the bank the platform does not know of stays.
pub(crate) fn carry_over_refund(before: Option<&Refund>, new: &mut Refund) {
    if let Some(before) = before {
        if new.delay.is_none() {
            new.delay = before.delay.clone();
        }
    }
}

/// [`carry_over_shipment`] and [`carry_over_refund`] for a whole order, the promised window
/// and the parcels' first estimates.
pub(crate) fn carry_over(before: &crate::db::Tracking, after: &mut crate::db::Tracking) {
    if after.promised_delivery.is_none() {
        after.promised_delivery = before.promised_delivery.clone();
    }
    for (id, window) in &before.first_estimates {
        after
            .first_estimates
            .entry(id.clone())
            .or_insert_with(|| window.clone());
    }
    for parcel in &mut after.shipments {
        carry_over_shipment(before.shipments.iter().find(|s| s.id == parcel.id), parcel);
    }
    for refund in &mut after.refunds {
        carry_over_refund(before.refunds.iter().find(|r| r.id == refund.id), refund);
    }
}

/// Puts `new` in `list` in place of the element with its id, or at the end.
pub(crate) fn replace<T: PartialEq>(
    list: &mut Vec<T>,
    new: T,
    id: impl Fn(&T) -> &String,
) -> Stored {
    match list.iter().position(|old| id(old) == id(&new)) {
        Some(at) if list[at] == new => Stored::Unchanged,
        Some(at) => {
            list[at] = new;
            Stored::Updated
        }
        None => {
            list.push(new);
            Stored::Created
        }
    }
}
