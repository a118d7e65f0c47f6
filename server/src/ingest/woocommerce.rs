//! WooCommerce's webhooks, `POST /ingest/woocommerce`: `order.created` and `order.updated`.
//!
//! Each delivery is verified before anything is read: `X-WC-Webhook-Signature` must be the
//! base64 HMAC-SHA256 of the raw body with the webhook's secret (`--woocommerce-webhook-secret`),
//! compared in constant time; otherwise 401 and nothing is stored. Each
//! `X-WC-Webhook-Delivery-ID` is taken once. The order's `number` is what the customer types; its
//! billing e-mail and its shipping (or billing) postcode are the lookup proofs; parcels come from
//! the Shipment Tracking extension's `_wc_shipment_tracking_items` meta when it is there, and
//! refunds from the order's `refunds`.

use axum::{
    body::Bytes,
    extract::State,
    http::HeaderMap,
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::Value;
use sportello_contract::{
    MaskedAddress, OrderItem, OrderStatus, Problem, ProblemType, Refund, RefundMethod,
    RefundStatus, Shipment, ShipmentStatus,
};

use super::{
    inbox::{self, Handled},
    shopify::{header, verified},
    IngestOrder,
};
use crate::{db, ApiProblem, AppState};

#[derive(Debug, Deserialize)]
pub struct WooOrder {
    pub id: i64,
    pub number: String,
    pub status: String,
    pub currency: String,
    #[serde(default)]
    pub date_created_gmt: Option<String>,
    #[serde(default)]
    pub date_completed_gmt: Option<String>,
    pub billing: WooAddress,
    #[serde(default)]
    pub shipping: Option<WooAddress>,
    #[serde(default)]
    pub line_items: Vec<WooLineItem>,
    #[serde(default)]
    pub refunds: Vec<WooRefund>,
    #[serde(default)]
    pub meta_data: Vec<WooMeta>,
}

#[derive(Debug, Deserialize)]
pub struct WooAddress {
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub address_1: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct WooLineItem {
    pub name: String,
    pub quantity: u32,
    /// The unit price, a JSON number.
    #[serde(default)]
    pub price: Option<Value>,
    /// The line's total as a string ("37.00"), when there is no price.
    #[serde(default)]
    pub total: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct WooRefund {
    pub id: i64,
    /// Negative, as a string: "-18.50".
    pub total: String,
}

#[derive(Debug, Deserialize)]
pub struct WooMeta {
    pub key: String,
    #[serde(default)]
    pub value: Value,
}

/// One item of the Shipment Tracking extension's `_wc_shipment_tracking_items`.
#[derive(Debug, Deserialize)]
struct Tracked {
    #[serde(default)]
    tracking_provider: Option<String>,
    #[serde(default)]
    custom_tracking_provider: Option<String>,
    #[serde(default)]
    custom_tracking_link: Option<String>,
    tracking_number: String,
    /// A Unix time, as a string.
    #[serde(default)]
    date_shipped: Option<Value>,
    #[serde(default)]
    tracking_id: Option<String>,
}

/// The GMT date-times WooCommerce sends have no offset.
fn gmt(text: &str) -> String {
    if text.ends_with('Z') || text.contains('+') {
        text.to_owned()
    } else {
        format!("{text}Z")
    }
}

fn unix_to_rfc3339(value: &Value) -> Option<String> {
    let seconds = match value {
        Value::Number(n) => n.as_i64()?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()?
        .format(&time::format_description::well_known::Rfc3339)
        .ok()
}

/// The parcels the Shipment Tracking extension recorded.
pub fn parcels(order: &WooOrder) -> Vec<Shipment> {
    let Some(items) = order
        .meta_data
        .iter()
        .find(|m| m.key == "_wc_shipment_tracking_items")
    else {
        return Vec::new();
    };
    let items: Vec<Tracked> = serde_json::from_value(items.value.clone()).unwrap_or_default();
    items
        .into_iter()
        .enumerate()
        .map(|(n, item)| {
            let carrier = item
                .tracking_provider
                .filter(|p| !p.trim().is_empty())
                .or(item.custom_tracking_provider)
                .filter(|p| !p.trim().is_empty())
                .unwrap_or_else(|| "—".to_owned());
            let shipped = item.date_shipped.as_ref().and_then(unix_to_rfc3339);
            Shipment {
                id: item.tracking_id.unwrap_or_else(|| (n + 1).to_string()),
                carrier,
                tracking_number: Some(item.tracking_number),
                tracking_url: item.custom_tracking_link.filter(|l| !l.trim().is_empty()),
                // Shipped on its date: on its way. WooCommerce knows no more, and no carrier
                // event is made up: a made-up scan would age into "the carrier has been silent
                // for days" on every order. Scans the shop sends (`POST …/events`) stay.
                status: if shipped.is_some() {
                    ShipmentStatus::InTransit
                } else {
                    ShipmentStatus::InfoReceived
                },
                items: Vec::new(),
                events: Vec::new(),
                estimated_delivery: None,
                estimate_revised_at: None,
                delivered_at: None,
                delay: None,
                pickup: None,
                actions: Vec::new(),
                redelivery_dates: Vec::new(),
                requests: Vec::new(),
            }
        })
        .collect()
}

fn minor(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_f64().map(|x| (x * 100.0).round() as i64),
        Value::String(s) => super::shopify::minor_units(s),
        _ => None,
    }
}

/// The order as an ingest document, or what it lacks to be one.
pub fn document(order: &WooOrder) -> Result<IngestOrder, String> {
    let email = order
        .billing
        .email
        .clone()
        .filter(|e| !e.trim().is_empty())
        .ok_or("the order has no billing e-mail")?;
    let shipping = order
        .shipping
        .as_ref()
        .filter(|s| s.postcode.as_deref().is_some_and(|p| !p.trim().is_empty()));
    let address = shipping.unwrap_or(&order.billing);
    let postcode = address
        .postcode
        .clone()
        .filter(|p| !p.trim().is_empty())
        .ok_or("the order has no postcode")?;
    let shipments = parcels(order);
    let status = match order.status.as_str() {
        "pending" | "on-hold" => OrderStatus::PaymentDue,
        "cancelled" | "failed" => OrderStatus::Cancelled,
        "refunded" => OrderStatus::Returned,
        "completed" if !shipments.is_empty() => OrderStatus::InTransit,
        "completed" => OrderStatus::Delivered,
        _ => OrderStatus::Processing,
    };
    Ok(IngestOrder {
        email,
        postcode,
        placed_at: order
            .date_created_gmt
            .as_deref()
            .map(gmt)
            .ok_or("the order has no date_created_gmt")?,
        status,
        currency: order.currency.clone(),
        items: order
            .line_items
            .iter()
            .map(|item| OrderItem {
                name: item.name.clone(),
                quantity: item.quantity.max(1),
                unit_price: item.price.as_ref().and_then(minor).unwrap_or_else(|| {
                    item.total
                        .as_deref()
                        .and_then(super::shopify::minor_units)
                        .map_or(0, |t| t / i64::from(item.quantity.max(1)))
                }),
            })
            .collect(),
        totals: None,
        shipping_address: Some(MaskedAddress {
            name: Some(
                [address.first_name.as_deref(), address.last_name.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
            )
            .filter(|n| !n.trim().is_empty()),
            line: address.address_1.clone(),
            city: address.city.clone(),
            postcode: address.postcode.clone(),
            country: address.country.clone(),
        }),
        promised_delivery: None,
        delivered_at: (status == OrderStatus::Delivered)
            .then(|| order.date_completed_gmt.as_deref().map(gmt))
            .flatten(),
        shipments,
        delay: None,
        refunds: order
            .refunds
            .iter()
            .map(|r| Refund {
                id: r.id.to_string(),
                amount: super::shopify::minor_units(r.total.trim_start_matches('-')).unwrap_or(0),
                method: RefundMethod::OriginalPayment,
                status: RefundStatus::Issued,
                issued_at: None,
                expected_by: None,
                completed_at: None,
                delay: None,
            })
            .collect(),
        promotions: Vec::new(),
        // The language WooCommerce (or its multilingual plug-in) recorded at checkout.
        locale: order
            .meta_data
            .iter()
            .find(|m| m.key == "_customer_locale")
            .and_then(|m| m.value.as_str())
            .map(|l| l.replace('_', "-")),
    })
}

/// `POST /ingest/woocommerce`
pub(crate) async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let Some(secret) = state.woocommerce_secret.clone() else {
        return Err(ApiProblem::no_such_endpoint());
    };
    // WooCommerce checks a new webhook's address with an unsigned `webhook_id=…` form post.
    let ping = body.starts_with(b"webhook_id=") && body[11..].iter().all(u8::is_ascii_digit);
    if ping && header(&headers, "x-wc-webhook-signature").is_none() {
        return Ok(Json(serde_json::json!({"outcome": "ignored"})).into_response());
    }
    if !verified(&secret, &body, header(&headers, "x-wc-webhook-signature")) {
        return Err(Problem::new(ProblemType::Unauthorized)
            .with_detail("The X-WC-Webhook-Signature does not match this body.")
            .into());
    }
    let topic = header(&headers, "x-wc-webhook-topic")
        .unwrap_or("")
        .to_owned();
    let id = header(&headers, "x-wc-webhook-delivery-id")
        .unwrap_or("")
        .to_owned();
    inbox::receive(&state, "woocommerce", topic, id, body).await
}

/// One stored delivery (`inbox.rs` takes each delivery once).
pub(super) fn apply(
    conn: &mut rusqlite::Connection,
    topic: &str,
    body: &[u8],
) -> anyhow::Result<Handled> {
    if !matches!(topic, "order.created" | "order.updated") {
        return Ok(Handled::Ignored);
    }
    let order: WooOrder = match serde_json::from_slice(body) {
        Ok(order) => order,
        Err(error) => {
            return Ok(Handled::Refused(inbox::unreadable(
                "WooCommerce order",
                &error,
            )))
        }
    };
    let document = match document(&order) {
        Ok(document) => document,
        Err(why) => return Ok(Handled::Refused(why.to_owned())),
    };
    if let Some(why) = super::refusal(&document) {
        return Ok(Handled::Refused(why));
    }
    let stored = db::put_order(conn, &order.number, &document)?;
    db::remember_external(conn, "woocommerce", &order.id.to_string(), &order.number)?;
    Ok(Handled::Stored(stored))
}
