//! Parcel-request checks of `cargo xtask conformance` (contract 1.3, capability
//! `parcel_requests`), run on the first order given whose parcel offers `actions`: the
//! Idempotency-Key is required, an action or a day the parcel does not offer is refused naming
//! the field, a valid request is received (201, `no-store`), its repeat is replayed, the same
//! key with another request is refused, and the parcel then lists it. They send one real request, on the order and parcel the shop chose to
//! give; a redelivery on the first offered day, or, when only the address can be corrected, a
//! test address the shop can recognise.

use anyhow::Result;
use serde_json::{json, Value};
use sportello_contract::{
    OrderAccess, OrderSummary, ParcelAction, ParcelRequestRecord, ProblemType, Shipment,
};

use super::{answer, clip, expect_json, expect_problem, Answer, Report};

/// The street line of the test address (shops can recognise and discard it).
pub const TEST_LINE: &str = "Conformance check, please ignore 1";

fn request_for(parcel: &Shipment) -> Option<Value> {
    if parcel.actions.contains(&ParcelAction::Redeliver) {
        let day = parcel.redelivery_dates.first()?;
        return Some(json!({"kind": "redeliver", "date": day}));
    }
    parcel
        .actions
        .contains(&ParcelAction::CorrectAddress)
        .then(|| {
            json!({"kind": "correct_address",
               "address": {"line": TEST_LINE, "postcode": "00000", "city": "Conformance"}})
        })
}

/// A valid request other than `sent` for the same parcel (another offered day, or the address
/// when the day was sent), if the parcel offers one.
fn other_request(parcel: &Shipment, sent: &Value) -> Option<Value> {
    if sent["kind"] == "redeliver" {
        if let Some(day) = parcel.redelivery_dates.get(1) {
            return Some(json!({"kind": "redeliver", "date": day}));
        }
    }
    (sent["kind"] == "redeliver" && parcel.actions.contains(&ParcelAction::CorrectAddress)).then(
        || {
            json!({"kind": "correct_address",
               "address": {"line": TEST_LINE, "postcode": "00000", "city": "Conformance"}})
        },
    )
}

pub(super) fn check(
    base: &str,
    agent: &ureq::Agent,
    order: &OrderSummary,
    access: &OrderAccess,
    report: &mut Report,
) -> Result<bool> {
    let Some((parcel, body)) = order
        .shipments
        .iter()
        .find_map(|parcel| Some((parcel, request_for(parcel)?)))
    else {
        return Ok(false);
    };
    let url = format!(
        "{base}/orders/{}/shipments/{}/requests",
        access.order_id, parcel.id
    );
    let endpoint = format!("POST {url}");
    let bearer = format!("Bearer {}", access.token);
    let post = |key: Option<&str>, body: &Value| -> Result<Answer> {
        let mut request = agent
            .post(&url)
            .set("Authorization", &bearer)
            .set("Content-Type", "application/json");
        if let Some(key) = key {
            request = request.set("Idempotency-Key", key);
        }
        answer("POST", request.send_string(&body.to_string()))
    };
    let key = super::complaints::new_key();

    report.check(
        "a parcel request needs an Idempotency-Key",
        &endpoint,
        &body.to_string(),
        "400, application/problem+json, type …/malformed-request",
        expect_problem(&post(None, &body)?, ProblemType::MalformedRequest).map(|_| ()),
    );
    let not_offered = json!({"kind": "redeliver", "date": "1999-01-01"});
    report.check(
        "a day the parcel does not offer is refused, naming the field",
        &endpoint,
        &not_offered.to_string(),
        "422, application/problem+json, type …/invalid-request naming date or kind",
        expect_problem(
            &post(Some(&key), &not_offered)?,
            ProblemType::InvalidRequest,
        )
        .and_then(|p| {
            if p.invalid_params
                .iter()
                .any(|i| i.name == "date" || i.name == "kind")
            {
                Ok(())
            } else {
                Err(format!("invalid_params {:?}", p.invalid_params))
            }
        }),
    );
    // The refused request left the key unused: the valid one goes through with it.
    let first = post(Some(&key), &body)?;
    report.check(
        "a parcel request is received",
        &endpoint,
        &body.to_string(),
        "201, application/json, a ParcelRequestRecord of that kind, Cache-Control: no-store",
        expect_json::<ParcelRequestRecord>(&first, 201).and_then(|record| {
            if serde_json::to_value(record.kind).ok() != Some(body["kind"].clone()) {
                Err(format!("kind {:?}", record.kind))
            } else if !first.cache_control.contains("no-store") {
                Err(format!("Cache-Control {:?}", first.cache_control))
            } else {
                Ok(())
            }
        }),
    );
    let again = post(Some(&key), &body)?;
    report.check(
        "a repeated parcel request with the same key replays the answer",
        &endpoint,
        &body.to_string(),
        "201 with the same body",
        if (again.status, &again.body) == (first.status, &first.body) {
            Ok(())
        } else {
            Err(format!("{} {}", again.status, clip(&again.body)))
        },
    );
    // Another request under the key already used: refused, never taken as the first one.
    if let Some(other) = other_request(parcel, &body) {
        report.check(
            "the same key with another parcel request is refused",
            &endpoint,
            &other.to_string(),
            "422, application/problem+json, type …/idempotency-key-reused",
            expect_problem(
                &post(Some(&key), &other)?,
                ProblemType::IdempotencyKeyReused,
            )
            .map(|_| ()),
        );
    }
    let url = format!("{base}/orders/{}", access.order_id);
    let order = answer("GET", agent.get(&url).set("Authorization", &bearer).call())?;
    report.check(
        "the parcel lists the request",
        &format!("GET {url}"),
        "Authorization: Bearer <token from the lookup>",
        "200, the parcel's requests include one of that kind",
        expect_json::<OrderSummary>(&order, 200).and_then(|order| {
            let listed = order
                .shipments
                .iter()
                .find(|s| s.id == parcel.id)
                .is_some_and(|s| {
                    s.requests
                        .iter()
                        .any(|r| serde_json::to_value(r.kind).ok() == Some(body["kind"].clone()))
                });
            if listed {
                Ok(())
            } else {
                Err(format!("no such request in {}", clip(&order_body(&order))))
            }
        }),
    );
    Ok(true)
}

fn order_body(order: &OrderSummary) -> String {
    serde_json::to_string(&order.shipments).unwrap_or_default()
}
