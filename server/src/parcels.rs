//! `POST /v1/orders/{order_id}/shipments/{shipment_id}/requests`: a customer whose parcel needs
//! them asks for a new delivery day or corrects the address (contract 1.3, capability
//! `parcel_requests`). Idempotent like a complaint; the shop sees the requests at
//! `/admin/parcel-requests`, the customer in the parcel's `requests`.

use axum::{
    body::Bytes,
    extract::{rejection::BytesRejection, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Extension, Json, Router,
};
use sportello_contract::{
    InvalidParam, ParcelAction, ParcelRequest, ParcelRequestRecord, Problem, ProblemType, Shipment,
    ADDRESS_LIMITS,
};

use crate::{
    complaints::{claim, decode, json_object, refuse, stamp, too_long, Claimed},
    db,
    edge::json_post,
    idempotency,
    orders::authorized_order,
    problem::param,
    ratelimit::client_key,
    ApiProblem, AppState,
};

/// The parcel routes, relative to `/v1`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new().route(
        "/orders/{order_id}/shipments/{shipment_id}/requests",
        json_post(request),
    )
}

/// What is wrong with a request for `shipment`: an action it does not offer, a day it does not
/// offer, a missing or too long address field.
pub(crate) fn check(request: &ParcelRequest, shipment: &Shipment) -> Vec<InvalidParam> {
    let mut problems = Vec::new();
    if request.kind == ParcelAction::Unknown || !shipment.actions.contains(&request.kind) {
        problems.push(param("kind", "must be one of the parcel's actions"));
        return problems;
    }
    match request.kind {
        ParcelAction::Redeliver => {
            let offered = request
                .date
                .as_ref()
                .is_some_and(|date| shipment.redelivery_dates.contains(date));
            if !offered {
                problems.push(param(
                    "date",
                    "must be one of the parcel's redelivery_dates",
                ));
            }
        }
        _ => match &request.address {
            None => problems.push(param("address", "is required to correct the address")),
            Some(address) => {
                let fields = [
                    ("address.line", Some(&address.line)),
                    ("address.postcode", Some(&address.postcode)),
                    ("address.city", Some(&address.city)),
                    ("address.note", address.note.as_ref()),
                ];
                for ((name, value), max) in fields.into_iter().zip(ADDRESS_LIMITS) {
                    let Some(value) = value else { continue };
                    if name != "address.note" && value.trim().is_empty() {
                        problems.push(param(name, "must not be empty"));
                    } else {
                        too_long(name, value, max, &mut problems);
                    }
                }
            }
        },
    }
    problems
}

/// `POST /v1/orders/{order_id}/shipments/{shipment_id}/requests`
async fn request(
    State(state): State<AppState>,
    Path((order_id, shipment_id)): Path<(String, String)>,
    peer: Option<Extension<crate::client::ClientAddr>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiProblem> {
    let id = authorized_order(&state, order_id.clone(), &headers).await?;
    let key = idempotency::key(&headers)?;
    let value = json_object(body)?;
    let request: ParcelRequest = decode(&value, &["kind"])?;
    if let Err(limited) = state.writes.allow(&client_key(peer), 0) {
        return Ok(limited.into_response());
    }
    let scope = format!("parcels:{order_id}:{shipment_id}");
    let now = state.now();
    let claim = match claim(&state, &scope, &key, &value, now).await? {
        Claimed::Answered(earlier) => return Ok(earlier),
        Claimed::Fresh(claim) => claim,
    };
    let wanted = shipment_id.clone();
    let shipment = state
        .read(move |conn| {
            Ok(db::load_order(conn, id)?
                .and_then(|order| order.shipments.into_iter().find(|s| s.id == wanted)))
        })
        .await?;
    let Some(shipment) = shipment else {
        drop(refuse(&state, claim, &scope, &key, Vec::new()).await);
        return Err(Problem::new(ProblemType::OrderNotFound)
            .with_detail("This order has no parcel with that id.")
            .into());
    };
    // Delivered or collected meanwhile: nothing left to ask for.
    if shipment.actions.is_empty() {
        drop(refuse(&state, claim, &scope, &key, Vec::new()).await);
        return Err(Problem::new(ProblemType::Conflict)
            .with_detail("This parcel no longer needs anything from you.")
            .into());
    }
    let problems = check(&request, &shipment);
    if !problems.is_empty() {
        return Err(refuse(&state, claim, &scope, &key, problems).await);
    }
    let at = stamp(now);
    let record = state
        .with_db(move |conn| {
            // Held until the answer is committed.
            let _claim = claim;
            let tx = conn.transaction()?;
            let record = db::add_parcel_request(&tx, id, &shipment_id, &request, &at)?;
            let body = serde_json::to_string(&record)?;
            idempotency::finish(&tx, &scope, &key, 201, &body)?;
            tx.commit()?;
            Ok(record)
        })
        .await?;
    Ok(created(&record))
}

fn created(record: &ParcelRequestRecord) -> Response {
    (
        StatusCode::CREATED,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        Json(record),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::{AddressCorrection, ShipmentStatus};

    fn missed() -> Shipment {
        Shipment {
            id: "P1".into(),
            carrier: "BRT".into(),
            tracking_number: None,
            tracking_url: None,
            status: ShipmentStatus::AttemptFail,
            items: Vec::new(),
            events: Vec::new(),
            estimated_delivery: None,
            estimate_revised_at: None,
            delivered_at: None,
            delay: None,
            pickup: None,
            actions: vec![ParcelAction::Redeliver, ParcelAction::CorrectAddress],
            redelivery_dates: vec!["2026-12-03".into(), "2026-12-04".into()],
            requests: Vec::new(),
        }
    }

    fn names(problems: Vec<InvalidParam>) -> Vec<String> {
        problems.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn only_what_the_parcel_offers_can_be_asked() {
        let redeliver = |date: Option<&str>| ParcelRequest {
            kind: ParcelAction::Redeliver,
            date: date.map(Into::into),
            address: None,
        };
        assert!(check(&redeliver(Some("2026-12-04")), &missed()).is_empty());
        assert_eq!(
            names(check(&redeliver(Some("2026-12-25")), &missed())),
            ["date"]
        );
        assert_eq!(names(check(&redeliver(None), &missed())), ["date"]);
        let mut pickup_only = missed();
        pickup_only.actions = vec![ParcelAction::Redeliver];
        let correct = ParcelRequest {
            kind: ParcelAction::CorrectAddress,
            date: None,
            address: Some(AddressCorrection {
                line: "Via Roma 12".into(),
                postcode: "00184".into(),
                city: "Roma".into(),
                note: Some("Citofono Bianchi".into()),
            }),
        };
        assert!(check(&correct, &missed()).is_empty());
        assert_eq!(names(check(&correct, &pickup_only)), ["kind"]);
        let unknown = ParcelRequest {
            kind: ParcelAction::Unknown,
            ..redeliver(None)
        };
        assert_eq!(names(check(&unknown, &missed())), ["kind"]);
    }

    #[test]
    fn an_address_needs_its_fields_within_their_limits() {
        let with = |line: &str, postcode: &str, note: Option<String>| ParcelRequest {
            kind: ParcelAction::CorrectAddress,
            date: None,
            address: Some(AddressCorrection {
                line: line.into(),
                postcode: postcode.into(),
                city: "Roma".into(),
                note,
            }),
        };
        assert_eq!(
            names(check(&with(" ", "00184", None), &missed())),
            ["address.line"]
        );
        assert_eq!(
            names(check(
                &with("Via Roma 1", &"9".repeat(21), Some("x".repeat(201))),
                &missed()
            )),
            ["address.postcode", "address.note"]
        );
        let none = ParcelRequest {
            address: None,
            ..with("", "", None)
        };
        assert_eq!(names(check(&none, &missed())), ["address"]);
    }
}
