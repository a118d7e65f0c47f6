//! Shopify's webhooks, `POST /ingest/shopify`: `orders/create`, `orders/updated`,
//! `orders/cancelled`, `fulfillments/create`, `fulfillments/update`, `refunds/create`.
//!
//! Each delivery is verified before anything is read: `X-Shopify-Hmac-Sha256` must be the
//! base64 HMAC-SHA256 of the raw body with the app's secret (`--shopify-webhook-secret`),
//! compared in constant time; otherwise 401 and nothing is stored. Shopify retries a delivery up
//! to 8 times over 4 hours, so each `X-Shopify-Webhook-Id` is taken once. The order becomes an
//! ingest document (`IngestOrder`) stored like any other: its `name` ("#1001") is the number the
//! customer types, with or without "#"; its e-mail and shipping postcode are the lookup proofs;
//! fulfillments are parcels; refunds are refunds.

use axum::{body::Bytes, extract::State, http::HeaderMap, response::Response};
use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use serde::Deserialize;
use sportello_contract::{
    CarrierEvent, DateWindow, MaskedAddress, OrderItem, OrderStatus, Problem, ProblemType, Refund,
    RefundMethod, RefundStatus, Shipment, ShipmentItem, ShipmentStatus,
};

use super::{
    inbox::{self, Handled},
    IngestOrder,
};
use crate::{db, ApiProblem, AppState};

/// Whether `signature` (base64) is the HMAC-SHA256 of `body` with `secret`, compared in
/// constant time.
pub fn verified(secret: &str, body: &[u8], signature: Option<&str>) -> bool {
    let Some(signature) = signature.and_then(|s| {
        base64::engine::general_purpose::STANDARD
            .decode(s.trim())
            .ok()
    }) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&signature).is_ok()
}

/// A header's value as text (also read by `woocommerce.rs`).
pub(super) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn refused(status: ProblemType, detail: &str) -> ApiProblem {
    Problem::new(status).with_detail(detail).into()
}

/// `POST /ingest/shopify`
pub(crate) async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let Some(secret) = state.shopify_secret.clone() else {
        return Err(ApiProblem::no_such_endpoint());
    };
    // Verified before anything is read or stored.
    if !verified(&secret, &body, header(&headers, "x-shopify-hmac-sha256")) {
        return Err(refused(
            ProblemType::Unauthorized,
            "The X-Shopify-Hmac-Sha256 signature does not match this body.",
        ));
    }
    let topic = header(&headers, "x-shopify-topic").unwrap_or("").to_owned();
    let id = header(&headers, "x-shopify-webhook-id")
        .unwrap_or("")
        .to_owned();
    inbox::receive(&state, "shopify", topic, id, body).await
}

/// One stored delivery, by topic (`inbox.rs` takes each delivery once and retries it).
pub(super) fn apply(
    conn: &mut rusqlite::Connection,
    topic: &str,
    body: &[u8],
) -> anyhow::Result<Handled> {
    Ok(match topic {
        "orders/create" | "orders/updated" | "orders/cancelled" => {
            let order: ShopifyOrder = match serde_json::from_slice(body) {
                Ok(order) => order,
                Err(error) => {
                    return Ok(Handled::Refused(inbox::unreadable("Shopify order", &error)))
                }
            };
            let document = match document(&order) {
                Ok(document) => document,
                Err(why) => return Ok(Handled::Refused(why.to_owned())),
            };
            if let Some(why) = super::refusal(&document) {
                return Ok(Handled::Refused(why));
            }
            let stored = db::put_order(conn, &order.name, &document)?;
            db::remember_external(conn, "shopify", &order.id.to_string(), &order.name)?;
            Handled::Stored(stored)
        }
        "fulfillments/create" | "fulfillments/update" => {
            let fulfillment: ShopifyFulfillment = match serde_json::from_slice(body) {
                Ok(f) => f,
                Err(error) => {
                    return Ok(Handled::Refused(inbox::unreadable(
                        "Shopify fulfillment",
                        &error,
                    )))
                }
            };
            let Some(number) =
                db::external_number(conn, "shopify", &fulfillment.order_id.to_string())?
            else {
                return Ok(Handled::UnknownOrder);
            };
            let mut new = parcel(&fulfillment);
            let stored = db::update_tracking(conn, &number, |_, tracking, _| {
                super::carry_over_shipment(
                    tracking.shipments.iter().find(|s| s.id == new.id),
                    &mut new,
                );
                Ok(super::replace(&mut tracking.shipments, new, |s| &s.id))
            })?;
            match stored {
                Some(stored) => Handled::Stored(stored),
                None => Handled::UnknownOrder,
            }
        }
        "refunds/create" => {
            let shopify: ShopifyRefund = match serde_json::from_slice(body) {
                Ok(r) => r,
                Err(error) => {
                    return Ok(Handled::Refused(inbox::unreadable(
                        "Shopify refund",
                        &error,
                    )))
                }
            };
            let Some(number) = db::external_number(conn, "shopify", &shopify.order_id.to_string())?
            else {
                return Ok(Handled::UnknownOrder);
            };
            let mut new = refund(&shopify);
            let stored = db::update_tracking(conn, &number, |_, tracking, _| {
                super::carry_over_refund(
                    tracking.refunds.iter().find(|r| r.id == new.id),
                    &mut new,
                );
                Ok(super::replace(&mut tracking.refunds, new, |r| &r.id))
            })?;
            match stored {
                Some(stored) => Handled::Stored(stored),
                None => Handled::UnknownOrder,
            }
        }
        _ => Handled::Ignored,
    })
}

/// A money amount as Shopify writes it ("18.50") in minor units; `None` when it is not one.
pub fn minor_units(amount: &str) -> Option<i64> {
    let amount = amount.trim();
    let (whole, fraction) = amount.split_once('.').unwrap_or((amount, ""));
    if fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let cents: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(cents)
}

#[derive(Debug, Deserialize)]
pub struct ShopifyOrder {
    pub id: i64,
    /// "#1001": what the customer sees and types.
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub contact_email: Option<String>,
    pub created_at: String,
    pub currency: String,
    #[serde(default)]
    pub cancelled_at: Option<String>,
    #[serde(default)]
    pub financial_status: Option<String>,
    #[serde(default)]
    pub fulfillment_status: Option<String>,
    #[serde(default)]
    pub line_items: Vec<ShopifyLineItem>,
    #[serde(default)]
    pub shipping_address: Option<ShopifyAddress>,
    #[serde(default)]
    pub billing_address: Option<ShopifyAddress>,
    #[serde(default)]
    pub fulfillments: Vec<ShopifyFulfillment>,
    #[serde(default)]
    pub refunds: Vec<ShopifyRefund>,
    /// The language the customer used at checkout (`it`, `en-GB`).
    #[serde(default)]
    pub customer_locale: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct ShopifyLineItem {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    pub quantity: u32,
    pub price: String,
}

#[derive(Debug, Deserialize)]
pub struct ShopifyAddress {
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub address1: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub zip: Option<String>,
    #[serde(default)]
    pub country_code: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct ShopifyFulfillment {
    pub id: i64,
    pub order_id: i64,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub shipment_status: Option<String>,
    #[serde(default)]
    pub tracking_company: Option<String>,
    #[serde(default)]
    pub tracking_number: Option<String>,
    #[serde(default)]
    pub tracking_url: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// When the carrier expects to deliver (Shopify's carrier-calculated estimate).
    #[serde(default)]
    pub estimated_delivery_at: Option<String>,
    #[serde(default)]
    pub line_items: Vec<ShopifyLineItem>,
}

#[derive(Debug, Deserialize)]
pub struct ShopifyRefund {
    pub id: i64,
    pub order_id: i64,
    pub created_at: String,
    #[serde(default)]
    pub transactions: Vec<ShopifyTransaction>,
}

#[derive(Debug, Deserialize)]
pub struct ShopifyTransaction {
    pub amount: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub processed_at: Option<String>,
}

/// A fulfillment's `shipment_status` (the carrier's word, through Shopify) as a parcel status;
/// a fulfillment without one has only its label so far.
pub fn shipment_status(status: Option<&str>) -> ShipmentStatus {
    match status.unwrap_or("") {
        "in_transit" => ShipmentStatus::InTransit,
        "out_for_delivery" => ShipmentStatus::OutForDelivery,
        "attempted_delivery" => ShipmentStatus::AttemptFail,
        "ready_for_pickup" => ShipmentStatus::AvailableForPickup,
        "delivered" => ShipmentStatus::Delivered,
        "failure" => ShipmentStatus::Exception,
        // label_printed, label_purchased, confirmed, or none yet.
        _ => ShipmentStatus::InfoReceived,
    }
}

/// A fulfillment as a parcel (its id is Shopify's, so that an update replaces it).
pub fn parcel(fulfillment: &ShopifyFulfillment) -> Shipment {
    let status = shipment_status(fulfillment.shipment_status.as_deref());
    let at = fulfillment
        .updated_at
        .clone()
        .or_else(|| fulfillment.created_at.clone());
    Shipment {
        id: fulfillment.id.to_string(),
        carrier: fulfillment
            .tracking_company
            .clone()
            .filter(|c| !c.trim().is_empty())
            .unwrap_or_else(|| "—".to_owned()),
        tracking_number: fulfillment.tracking_number.clone(),
        tracking_url: fulfillment.tracking_url.clone(),
        status,
        items: fulfillment
            .line_items
            .iter()
            .map(|item| ShipmentItem {
                name: item_name(item),
                quantity: item.quantity,
            })
            .collect(),
        // What Shopify says now, as the parcel's latest update.
        events: at
            .iter()
            .filter(|_| fulfillment.shipment_status.is_some())
            .map(|at| CarrierEvent {
                at: at.clone(),
                location: None,
                description: String::new(),
                status,
            })
            .collect(),
        estimated_delivery: fulfillment
            .estimated_delivery_at
            .clone()
            .filter(|_| status != ShipmentStatus::Delivered)
            .map(|at| DateWindow {
                from: at.clone(),
                to: at,
            }),
        estimate_revised_at: None,
        delivered_at: (status == ShipmentStatus::Delivered)
            .then_some(at)
            .flatten(),
        delay: None,
        pickup: None,
        actions: Vec::new(),
        redelivery_dates: Vec::new(),
        requests: Vec::new(),
    }
}

fn item_name(item: &ShopifyLineItem) -> String {
    item.name
        .clone()
        .or_else(|| item.title.clone())
        .unwrap_or_default()
}

/// A refund: what its successful refund transactions add up to.
pub fn refund(refund: &ShopifyRefund) -> Refund {
    let done: Vec<&ShopifyTransaction> = refund
        .transactions
        .iter()
        .filter(|t| t.kind.as_deref() == Some("refund"))
        .collect();
    let sent = done
        .iter()
        .filter(|t| t.status.as_deref() == Some("success"))
        .filter_map(|t| minor_units(&t.amount))
        .sum();
    let failed = !done.is_empty() && done.iter().all(|t| t.status.as_deref() == Some("failure"));
    Refund {
        id: refund.id.to_string(),
        amount: sent,
        method: RefundMethod::OriginalPayment,
        status: if failed {
            RefundStatus::Failed
        } else if sent > 0 {
            RefundStatus::Issued
        } else {
            RefundStatus::Requested
        },
        issued_at: done
            .iter()
            .find_map(|t| t.processed_at.clone())
            .or_else(|| Some(refund.created_at.clone())),
        expected_by: None,
        completed_at: None,
        delay: None,
    }
}

/// The order's status from Shopify's: cancelled, refunded, paid or not, fulfilled or not, and
/// where its parcels are.
fn status(order: &ShopifyOrder, parcels: &[Shipment]) -> OrderStatus {
    if order.cancelled_at.is_some() {
        return OrderStatus::Cancelled;
    }
    match order.financial_status.as_deref() {
        Some("refunded") => return OrderStatus::Returned,
        Some("pending") | Some("authorized") if parcels.is_empty() => {
            return OrderStatus::PaymentDue
        }
        _ => {}
    }
    if !parcels.is_empty()
        && parcels
            .iter()
            .all(|p| p.status == ShipmentStatus::Delivered)
    {
        return OrderStatus::Delivered;
    }
    if parcels
        .iter()
        .any(|p| p.status == ShipmentStatus::AvailableForPickup)
    {
        return OrderStatus::PickupAvailable;
    }
    if parcels.is_empty() || order.fulfillment_status.is_none() {
        OrderStatus::Processing
    } else {
        OrderStatus::InTransit
    }
}

/// The order as an ingest document, or what it lacks to be one (no e-mail or no postcode: the
/// customer could not look it up).
pub fn document(order: &ShopifyOrder) -> Result<IngestOrder, String> {
    let email = order
        .email
        .clone()
        .or_else(|| order.contact_email.clone())
        .filter(|e| !e.trim().is_empty())
        .ok_or("the order has no e-mail address")?;
    let address = order
        .shipping_address
        .as_ref()
        .or(order.billing_address.as_ref());
    let postcode = address
        .and_then(|a| a.zip.clone())
        .filter(|z| !z.trim().is_empty())
        .ok_or("the order has no postcode")?;
    let shipments: Vec<Shipment> = order.fulfillments.iter().map(parcel).collect();
    let delivered_at = shipments
        .iter()
        .all(|s| s.status == ShipmentStatus::Delivered)
        .then(|| {
            shipments
                .iter()
                .filter_map(|s| s.delivered_at.clone())
                .max()
        })
        .flatten();
    Ok(IngestOrder {
        email,
        postcode,
        placed_at: order.created_at.clone(),
        status: status(order, &shipments),
        currency: order.currency.clone(),
        items: order
            .line_items
            .iter()
            .map(|item| OrderItem {
                name: item_name(item),
                quantity: item.quantity.max(1),
                unit_price: minor_units(&item.price).unwrap_or(0),
            })
            .collect(),
        totals: None,
        shipping_address: order.shipping_address.as_ref().map(|a| MaskedAddress {
            name: Some(
                [a.first_name.as_deref(), a.last_name.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
            )
            .filter(|n| !n.is_empty()),
            line: a.address1.clone(),
            city: a.city.clone(),
            postcode: a.zip.clone(),
            country: a.country_code.clone(),
        }),
        promised_delivery: None,
        delivered_at,
        shipments,
        delay: None,
        refunds: order.refunds.iter().map(refund).collect(),
        promotions: Vec::new(),
        locale: order.customer_locale.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_minor_units() {
        assert_eq!(minor_units("18.50"), Some(1850));
        assert_eq!(minor_units("199.0"), Some(19900));
        assert_eq!(minor_units("7"), Some(700));
        assert_eq!(minor_units("1.005"), None);
        assert_eq!(minor_units("abc"), None);
    }

    #[test]
    fn every_shipment_status_has_its_parcel_status() {
        for (shopify, ours) in [
            ("label_printed", ShipmentStatus::InfoReceived),
            ("label_purchased", ShipmentStatus::InfoReceived),
            ("confirmed", ShipmentStatus::InfoReceived),
            ("in_transit", ShipmentStatus::InTransit),
            ("out_for_delivery", ShipmentStatus::OutForDelivery),
            ("attempted_delivery", ShipmentStatus::AttemptFail),
            ("ready_for_pickup", ShipmentStatus::AvailableForPickup),
            ("delivered", ShipmentStatus::Delivered),
            ("failure", ShipmentStatus::Exception),
        ] {
            assert_eq!(shipment_status(Some(shopify)), ours, "{shopify}");
        }
        assert_eq!(shipment_status(None), ShipmentStatus::InfoReceived);
    }
}
