//! An example for every response of the OpenAPI document (`openapi::Examples` puts them in).
//!
//! Success bodies are written as JSON a backend would send; tests decode each into its contract
//! type and encode it back unchanged (so no field is misspelt or ignored), and the conformance
//! checker's tests validate each against its own schema. Problems are built from
//! [`ProblemType`], so their `type`, `title` and `status` are the contract's own.

use serde_json::{json, Value};

use crate::{InvalidParam, Problem, ProblemType};

const ACCESS_EXPIRES: &str = "2026-11-24T10:24:00Z";

fn order(with_access: bool) -> Value {
    let mut order = json!({
        "number": "SP-1002",
        "placed_at": "2026-11-16T09:12:00Z",
        "status": "in_transit",
        "currency": "EUR",
        "items": [
            {"name": "Moka Bialetti 6 tazze", "quantity": 1, "unit_price": 3490},
            {"name": "Caffè macinato 250 g", "quantity": 2, "unit_price": 690}
        ],
        "totals": {"items": 4870, "shipping": 590, "discount": 0, "total": 5460},
        "shipping_address": {"name": "M. Bianchi", "line": "Via •••••• 12", "city": "Bologna",
                             "postcode": "401••", "country": "IT"},
        "promised_delivery": {"from": "2026-11-19T08:00:00Z", "to": "2026-11-20T18:00:00Z"},
        "shipments": [{
            "id": "SH-1002-1",
            "carrier": "BRT",
            "tracking_number": "BRT0012345678",
            "tracking_url": "https://tracking.example/BRT0012345678",
            "status": "in_transit",
            "items": [{"name": "Moka Bialetti 6 tazze", "quantity": 1},
                      {"name": "Caffè macinato 250 g", "quantity": 2}],
            "events": [
                {"at": "2026-11-17T16:40:00Z", "location": "Milano", "description": "Parcel collected", "status": "in_transit"},
                {"at": "2026-11-18T07:05:00Z", "location": "Bologna hub", "description": "Held at the hub: snow on the A1", "status": "in_transit"}
            ],
            "estimated_delivery": {"from": "2026-11-22T08:00:00Z", "to": "2026-11-23T18:00:00Z"},
            "estimate_revised_at": "2026-11-18T07:10:00Z",
            "delay": {
                "reason": "weather",
                "side": "carrier",
                "message": "Heavy snow closed the motorway between Milano and Bologna.",
                "action": "We asked BRT to give your parcel priority once the road reopens.",
                "reported_at": "2026-11-18T07:10:00Z",
                "new_estimate": {"from": "2026-11-22T08:00:00Z", "to": "2026-11-23T18:00:00Z"},
                "goodwill": {"code": "SORRY-5X7Q", "amount": 500, "expires_at": "2026-12-31T23:59:59Z",
                             "conditions": "On your next order of 20 € or more."}
            }
        }],
        "refunds": [],
        "promotions": []
    });
    if with_access {
        order["access"] = json!({"order_id": "ord_7f3a9c", "token": "ot_3q9ZxL0vYb8R2mK4", "expires_at": ACCESS_EXPIRES});
    }
    order
}

fn complaint(access: bool) -> Value {
    let mut complaint = json!({
        "reference": "RC-4Q7K-2M9P",
        "status": "in_progress",
        "topic": "damaged_item",
        "created_at": "2026-11-23T10:02:00Z",
        "order_number": "SP-1001",
        "items": ["Tazza in ceramica di Deruta"],
        "description": "One of the two cups arrived with a broken handle.",
        "resolution": "replacement",
        "contact": {"channel": "phone", "address": "+39 333 ••• •567", "window": "morning"},
        "photos": 1,
        "reply_by": {"usually_within_minutes": 180, "latest_at": "2026-11-24T12:00:00Z", "office_open": true},
        "updates": [
            {"at": "2026-11-23T10:02:00Z", "channel": "web", "author": "customer",
             "text": "One of the two cups arrived with a broken handle.", "photos": 1},
            {"at": "2026-11-23T11:30:00Z", "channel": "phone", "author": "shop", "author_name": "Marta",
             "text": "We called you: a new cup leaves tomorrow, no need to send the broken one back.", "photos": 0}
        ],
        "can_rate": false
    });
    if access {
        complaint["access"] =
            json!({"token": "ct_8LmQ2vX9rT4kW1pZ", "expires_at": "2026-11-30T10:02:00Z"});
    }
    complaint
}

fn acknowledgement() -> Value {
    let mut filed = complaint(true);
    filed["status"] = json!("received");
    filed["updates"] = json!([filed["updates"][0].clone()]);
    filed["reply_by"] = json!({"usually_within_minutes": 180, "latest_at": "2026-11-24T09:00:00Z",
        "office_open": false, "opens_at": "2026-11-24T08:00:00Z"});
    filed
}

fn with_message() -> Value {
    let mut complaint = complaint(false);
    complaint["updates"].as_array_mut().unwrap().push(json!({
        "at": "2026-11-23T12:15:00Z", "channel": "web", "author": "customer",
        "text": "Here is a photo of the box too.", "photos": 1}));
    complaint["reply_by"]["moved_reason"] =
        json!("You added information: we read it and answer within the same time.");
    complaint
}

fn rated() -> Value {
    let mut complaint = complaint(false);
    complaint["status"] = json!("resolved");
    complaint.as_object_mut().unwrap().remove("reply_by");
    complaint["rating"] = json!({"score": 5, "comment": "Quick and kind, thank you."});
    complaint
}

fn problem(kind: ProblemType, detail: Option<&str>, invalid: &[(&str, &str)]) -> Value {
    let problem = Problem {
        problem_type: kind.uri(),
        title: kind.title().to_owned(),
        status: Some(kind.status()),
        detail: detail.map(str::to_owned),
        instance: (kind == ProblemType::Internal)
            .then(|| "urn:request:7c1e9a52-3f0b-4d8e-9a61-0b2f4c5d6e7f".to_owned()),
        invalid_params: invalid
            .iter()
            .map(|(name, reason)| InvalidParam {
                name: (*name).to_owned(),
                reason: (*reason).to_owned(),
            })
            .collect(),
    };
    serde_json::to_value(problem).expect("a problem serialises")
}

/// The example body of `method path` answering `status`, or `None` to show the example of the
/// response's schema (`GET /v1/config` shows `ShopConfig`'s).
pub fn response(path: &str, method: &str, status: &str) -> Option<Value> {
    use ProblemType as P;
    let invalid = |name: &str, reason: &str| problem(P::InvalidRequest, None, &[(name, reason)]);
    Some(match (method, path, status) {
        ("post", "/v1/orders/lookup", "200") => order(true),
        ("get", "/v1/orders/{order_id}", "200") => order(false),
        ("post", "/v1/orders/{order_id}/subscriptions", "201") => {
            json!({"channel": "whatsapp", "created_at": "2026-11-23T10:30:00Z"})
        }
        ("post", "/v1/orders/{order_id}/shipments/{shipment_id}/requests", "201") => {
            json!({"kind": "redeliver", "date": "2026-12-03", "created_at": "2026-12-01T09:12:00Z"})
        }
        ("get", "/v1/help", "200") => json!({
            "topic": "late_delivery",
            "answers": [
                {"id": "late-1", "title": "Where is my parcel?",
                 "body": "Most parcels arrive within 3 working days of dispatch. Look the order up to see the carrier's latest scan."},
                {"id": "late-2", "title": "The carrier says delivered, but I have nothing",
                 "body": "Check with neighbours and your building's concierge; carriers often leave parcels there. If it is still missing after a day, tell us."}
            ]
        }),
        ("post", "/v1/complaints", "201") => acknowledgement(),
        ("post", "/v1/complaints/lookup", "200") => complaint(true),
        ("get", "/v1/complaints/{reference}", "200") => complaint(false),
        ("post", "/v1/complaints/{reference}/messages", "201") => with_message(),
        ("post", "/v1/complaints/{reference}/rating", "201") => rated(),
        ("get", "/v1/orders/{order_id}/complaints", "200") => json!([
            {"reference": "RC-4Q7K-2M9P", "status": "in_progress", "topic": "damaged_item", "created_at": "2026-11-23T10:02:00Z"},
            {"reference": "RC-9H2D-7X3C", "status": "resolved", "topic": "late_delivery", "created_at": "2026-11-19T17:45:00Z"}
        ]),
        // A query, not a body: the help's own words, not a JSON parser's.
        ("get", "/v1/help", "400") => problem(
            P::MalformedRequest,
            Some("The query must be ?topic=…&locale=…, each at most once."),
            &[],
        ),
        (_, _, "400") => problem(
            P::MalformedRequest,
            Some("expected value at line 1 column 17"),
            &[],
        ),
        (_, _, "401") => problem(P::Unauthorized, None, &[]),
        (_, "/v1/orders/lookup", "404") => problem(P::OrderNotFound, None, &[]),
        (_, "/v1/orders/{order_id}/shipments/{shipment_id}/requests", "404") => problem(
            P::OrderNotFound,
            Some("This order has no parcel with that id."),
            &[],
        ),
        (_, "/v1/orders/{order_id}/shipments/{shipment_id}/requests", "409") => problem(
            P::Conflict,
            Some("This parcel was delivered meanwhile: there is nothing to change."),
            &[],
        ),
        (_, "/v1/complaints/lookup", "404") => problem(P::ComplaintNotFound, None, &[]),
        (_, "/v1/complaints/{reference}/rating", "409") => problem(
            P::Conflict,
            Some("This complaint was already rated, or is not resolved yet."),
            &[],
        ),
        (_, _, "409") => problem(P::RequestInProgress, None, &[]),
        (_, _, "413") => problem(
            P::PayloadTooLarge,
            Some("The body may be at most 16 MB."),
            &[],
        ),
        (_, _, "415") => problem(
            P::UnsupportedMediaType,
            Some("Send the body as JSON, with Content-Type: application/json."),
            &[],
        ),
        (_, "/v1/orders/lookup", "422") => invalid("email", "must be an e-mail address"),
        (_, "/v1/orders/{order_id}/subscriptions", "422") => {
            invalid("consent", "the customer must agree to be contacted")
        }
        (_, "/v1/orders/{order_id}/shipments/{shipment_id}/requests", "422") => {
            invalid("date", "must be one of the parcel's redelivery_dates")
        }
        (_, "/v1/help" | "/v1/help/feedback", "422") => {
            invalid("topic", "must be one of the complaint topics")
        }
        (_, "/v1/complaints", "422") => problem(
            P::InvalidRequest,
            None,
            &[
                ("description", "must be 20 to 5000 characters"),
                ("contact.address", "must be a phone number"),
            ],
        ),
        (_, "/v1/complaints/lookup", "422") => invalid("reference", "must not be empty"),
        (_, "/v1/complaints/{reference}/messages", "422") => {
            invalid("text", "must be 1 to 5000 characters")
        }
        (_, "/v1/complaints/{reference}/rating", "422") => {
            invalid("score", "must be a whole number from 1 to 5")
        }
        (_, _, "429") => problem(P::RateLimited, Some("Try again in 60 seconds."), &[]),
        (_, _, "500") => problem(P::Internal, None, &[]),
        (_, _, "503") => problem(
            P::Unavailable,
            Some("Down for maintenance until 10:30 UTC."),
            &[],
        ),
        _ => return None,
    })
}
