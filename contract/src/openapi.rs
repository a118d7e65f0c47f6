//! The OpenAPI 3.1 document of the contract, generated from the types in this crate.
//!
//! The operations below are declarations only: they exist so that utoipa can describe each
//! endpoint. The reference backend implements them in `server/`; any other backend may too.
//! `contract/openapi.json` is this document, pretty-printed; a test fails when it is stale
//! (regenerate with `cargo xtask openapi`).
#![allow(dead_code)]

use crate::{
    InvalidParam, LookupRequest, OrderItem, OrderStatus, OrderSummary, Problem, ShopConfig,
    Subscription, SubscriptionRequest,
};
use utoipa::{
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    Modify, OpenApi,
};

/// `GET /v1/config`
#[utoipa::path(
    get,
    path = "/v1/config",
    tag = "shop",
    operation_id = "getConfig",
    summary = "What the widget needs to know about the shop",
    responses(
        (status = 200, description = "The shop's configuration", body = ShopConfig),
        (status = 500, description = "The backend failed", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn get_config() {}

/// `POST /v1/orders/lookup`
///
/// Finds an order by its number and one proof of ownership (e-mail or postcode). The proof is
/// in the body so that personal data never appears in a URL or an access log. A backend must
/// answer "no such order" and "wrong e-mail or postcode" identically (same status, same body,
/// similar timing) so that order numbers cannot be enumerated, and should rate-limit attempts.
/// Responses carry `Cache-Control: no-store`.
#[utoipa::path(
    post,
    path = "/v1/orders/lookup",
    tag = "orders",
    operation_id = "lookupOrder",
    summary = "Guest order lookup by order number plus e-mail or postcode",
    request_body(content = LookupRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The order", body = OrderSummary,
            headers(("Cache-Control" = String, description = "Always `no-store`"))),
        (status = 400, description = "The body is not JSON (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No order matches this number and proof (`order-not-found`); identical for an unknown order and a wrong proof", body = Problem,
            content_type = "application/problem+json",
            example = json!({"type": "https://sportello.dev/problems/order-not-found", "title": "No order matches these details", "status": 404})),
        (status = 422, description = "A field is missing or invalid (`invalid-request`)", body = Problem,
            content_type = "application/problem+json",
            example = json!({"type": "https://sportello.dev/problems/invalid-request", "title": "Some fields are missing or invalid", "status": 422, "invalid_params": [{"name": "email", "reason": "must be an e-mail address"}]})),
        (status = 429, description = "Too many attempts (`rate-limited`)", body = Problem,
            content_type = "application/problem+json",
            headers(("Retry-After" = u32, description = "Seconds to wait before trying again"))),
        (status = 500, description = "The backend failed (`internal`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn lookup_order() {}

/// `GET /v1/orders/{order_id}`
///
/// The order again, for a refresh, with the order-scoped token the lookup granted. Neither the
/// e-mail nor the order number travels again.
#[utoipa::path(
    get,
    path = "/v1/orders/{order_id}",
    tag = "orders",
    operation_id = "getOrder",
    summary = "Refresh an order with its order token",
    params(("order_id" = String, Path, description = "`access.order_id` from the lookup")),
    security(("order_token" = [])),
    responses(
        (status = 200, description = "The order (without `access`)", body = OrderSummary,
            headers(("Cache-Control" = String, description = "Always `no-store`"))),
        (status = 401, description = "Token missing, wrong, expired or for another order (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 500, description = "The backend failed (`internal`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn get_order() {}

/// `POST /v1/orders/{order_id}/subscriptions`
///
/// Opt in to notifications about this order on the channel the customer chooses. `consent` must
/// be `true`; `sms` and `whatsapp` need a phone number in `address`, `email` uses the order's.
#[utoipa::path(
    post,
    path = "/v1/orders/{order_id}/subscriptions",
    tag = "orders",
    operation_id = "subscribeToOrder",
    summary = "Be told when the order changes",
    params(("order_id" = String, Path, description = "`access.order_id` from the lookup")),
    security(("order_token" = [])),
    request_body(content = SubscriptionRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "Subscribed (repeating the same subscription answers 201 again)", body = Subscription),
        (status = 400, description = "The body is not JSON (`malformed-request`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 401, description = "Token missing, wrong or expired (`unauthorized`)", body = Problem,
            content_type = "application/problem+json"),
        (status = 422, description = "No consent, unknown channel or missing phone number (`invalid-request`)", body = Problem,
            content_type = "application/problem+json"),
    )
)]
fn subscribe() {}

/// The bearer scheme of the order-scoped token.
struct OrderToken;

impl Modify for OrderToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "order_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("`access.token` from the lookup, valid for this order only until `access.expires_at`"))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sportello shop contract",
        version = "1.0.0",
        description = "The JSON contract between the Sportello customer self-service widget and a shop backend. \
Every error is RFC 9457 `application/problem+json`; problem `type` URIs live under \
`https://sportello.dev/problems/`. `/v1` only ever grows additively: clients ignore unknown fields \
and map unknown enum values to `unknown`.",
        license(name = "MIT OR Apache-2.0")
    ),
    paths(get_config, lookup_order, get_order, subscribe),
    modifiers(&OrderToken),
    components(schemas(
        ShopConfig,
        LookupRequest,
        OrderSummary,
        OrderItem,
        OrderStatus,
        Problem,
        InvalidParam,
        SubscriptionRequest,
        Subscription
    )),
    tags(
        (name = "shop", description = "The shop's configuration"),
        (name = "orders", description = "Order lookup and tracking")
    )
)]
pub struct ApiDoc;

/// The document as a value.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document exactly as committed in `contract/openapi.json`.
pub fn to_pretty_json() -> String {
    let mut text =
        serde_json::to_string_pretty(&document()).expect("the OpenAPI document serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMITTED: &str = include_str!("../openapi.json");

    #[test]
    fn committed_openapi_json_is_fresh() {
        let fresh = to_pretty_json();
        if std::env::var_os("SPORTELLO_UPDATE_OPENAPI").is_some() {
            std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json"), &fresh).unwrap();
            return;
        }
        assert!(
            fresh == COMMITTED,
            "contract/openapi.json is stale: run `cargo xtask openapi` and commit the result"
        );
    }

    #[test]
    fn document_is_openapi_3_1_with_both_operations() {
        let value: serde_json::Value = serde_json::from_str(&to_pretty_json()).unwrap();
        assert!(value["openapi"].as_str().unwrap().starts_with("3.1"));
        assert!(value["paths"]["/v1/config"]["get"].is_object());
        assert!(value["paths"]["/v1/orders/lookup"]["post"].is_object());
        assert!(value["paths"]["/v1/orders/{order_id}"]["get"].is_object());
        assert!(value["paths"]["/v1/orders/{order_id}/subscriptions"]["post"].is_object());
        assert!(value["components"]["schemas"]["Shipment"].is_object());
        assert!(value["components"]["securitySchemes"]["order_token"].is_object());
        // Unknown is a client-side fallback: the spec only lists what backends may send.
        let statuses = &value["components"]["schemas"]["OrderStatus"];
        assert!(!statuses.to_string().contains("unknown"), "{statuses}");
    }
}
