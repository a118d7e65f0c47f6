//! The ingest API's OpenAPI 3.1 document, generated from its types like the contract's and
//! committed as `server/ingest.openapi.json` (a test fails when it is stale).

use utoipa::{
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    Modify, OpenApi,
};

use super::{
    changes::{DelayChange, NewEvent, Target, VoucherIssue},
    IngestOrder, Outcome,
};
use sportello_contract::{Problem, Refund, Shipment};

#[utoipa::path(
    put,
    path = "/ingest/v1/orders/{number}",
    operation_id = "putOrder",
    summary = "Create or replace an order (idempotent)",
    description = "The whole order as the shop's system knows it. The same document again changes nothing and answers `unchanged`. The customers' tokens, subscriptions, complaints and parcel requests of an order stay when it is replaced.",
    params(("number" = String, Path, description = "The order number as the shop prints it (a leading `#` is ignored)")),
    request_body(content = IngestOrder, content_type = "application/json"),
    security(("ingest_key" = [])),
    responses(
        (status = 201, description = "Created", body = Outcome),
        (status = 200, description = "Updated, or unchanged (the same document again)", body = Outcome),
        (status = 400, description = "Not a JSON object", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or an unknown ingest key", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Over 1 MB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused fields, each named in `invalid_params` (`items[2].quantity`)", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over 600 calls a minute", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)]
fn put_order() {}

#[utoipa::path(
    put,
    path = "/ingest/v1/orders/{number}/shipments/{shipment_id}",
    operation_id = "putShipment",
    summary = "Add or replace one parcel (idempotent)",
    params(
        ("number" = String, Path, description = "The order number"),
        ("shipment_id" = String, Path, description = "The parcel's id within the order (the body's `id` is taken from here)")
    ),
    request_body(content = Shipment, content_type = "application/json"),
    security(("ingest_key" = [])),
    responses(
        (status = 201, description = "Added", body = Outcome),
        (status = 200, description = "Replaced, or unchanged", body = Outcome),
        (status = 404, description = "No such order", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused fields", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)]
fn put_shipment() {}

#[utoipa::path(
    put,
    path = "/ingest/v1/orders/{number}/refunds/{refund_id}",
    operation_id = "putRefund",
    summary = "Add or replace one refund (idempotent)",
    params(
        ("number" = String, Path, description = "The order number"),
        ("refund_id" = String, Path, description = "The refund's id within the order")
    ),
    request_body(content = Refund, content_type = "application/json"),
    security(("ingest_key" = [])),
    responses(
        (status = 201, description = "Added", body = Outcome),
        (status = 200, description = "Replaced, or unchanged", body = Outcome),
        (status = 404, description = "No such order", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused fields", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)]
fn put_refund() {}

#[utoipa::path(
    post,
    path = "/ingest/v1/orders/{number}/events",
    operation_id = "addEvent",
    summary = "Add a carrier event to a parcel (idempotent)",
    description = "The event's status becomes the parcel's; when every parcel is delivered, so is the order. The same event again (same time, place, words and status) changes nothing.",
    params(("number" = String, Path, description = "The order number")),
    request_body(content = NewEvent, content_type = "application/json"),
    security(("ingest_key" = [])),
    responses(
        (status = 204, description = "Added"),
        (status = 200, description = "Unchanged: the same event again", body = Outcome),
        (status = 404, description = "No such order", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused fields, each named in `invalid_params` (`status`, `shipment_id` when the order has no such parcel)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)]
fn add_event() {}

#[utoipa::path(
    put,
    path = "/ingest/v1/orders/{number}/delay",
    operation_id = "setDelay",
    summary = "Record, replace or clear a delay in the shop's words (idempotent)",
    description = "Of a parcel (`shipment_id`), a refund (`refund_id`) or the whole order (neither). A parcel's `new_estimate` becomes its estimate. It enriches what the delay detector found (one delay per parcel, never two); customers subscribed to the order are told once.",
    params(("number" = String, Path, description = "The order number")),
    request_body(content = DelayChange, content_type = "application/json"),
    security(("ingest_key" = [])),
    responses(
        (status = 204, description = "Recorded"),
        (status = 200, description = "Unchanged: the same delay again", body = Outcome),
        (status = 404, description = "No such order", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused fields, each named (`delay.reason`, `delay.goodwill.percent`)", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)]
fn set_delay() {}

#[utoipa::path(
    post,
    path = "/ingest/v1/orders/{number}/voucher",
    operation_id = "issueVoucher",
    summary = "Add a goodwill voucher to a recorded delay (idempotent)",
    params(("number" = String, Path, description = "The order number")),
    request_body(content = VoucherIssue, content_type = "application/json"),
    security(("ingest_key" = [])),
    responses(
        (status = 204, description = "Added"),
        (status = 200, description = "Unchanged: the same voucher again", body = Outcome),
        (status = 404, description = "No such order", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused fields, each named; `goodwill` when no delay is recorded there yet", body = Problem, content_type = "application/problem+json"),
    )
)]
#[allow(dead_code)]
fn issue_voucher() {}

/// The bearer scheme of the ingest keys.
struct IngestKey;

impl Modify for IngestKey {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme(
                "ingest_key",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .description(Some("One of the server's `--ingest-key` values"))
                        .build(),
                ),
            );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sportello reference server: ingest API",
        version = "1.0.0",
        description = "How a shop's own system puts its orders into the Sportello reference server. \
Every call is idempotent and answers `created`, `updated` or `unchanged` (or 204 for a change \
of an event, delay or voucher); every error is `application/problem+json`, a refused body a 422 \
naming each field in `invalid_params`. Calls are bounded to 1 MB and 600 a minute per client. \
README, \"Connecting your shop\", has a walk-through with curl.",
        license(name = "MIT OR Apache-2.0")
    ),
    paths(put_order, put_shipment, put_refund, add_event, set_delay, issue_voucher),
    modifiers(&IngestKey),
    components(schemas(
        IngestOrder,
        Outcome,
        Shipment,
        Refund,
        Problem,
        NewEvent,
        DelayChange,
        VoucherIssue,
        Target
    ))
)]
pub struct IngestDoc;

/// The document exactly as committed in `server/ingest.openapi.json`.
pub fn to_pretty_json() -> String {
    let mut text =
        serde_json::to_string_pretty(&IngestDoc::openapi()).expect("the document serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_ingest_openapi_json_is_fresh() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/ingest.openapi.json");
        let fresh = super::to_pretty_json();
        if std::env::var_os("SPORTELLO_UPDATE_OPENAPI").is_some() {
            std::fs::write(path, &fresh).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            fresh == committed,
            "server/ingest.openapi.json is stale: run `cargo xtask openapi` and commit the result"
        );
    }
}
