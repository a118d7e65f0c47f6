//! The order document a shop system sends (`PUT /ingest/v1/orders/{number}`): the contract's own
//! order, plus the two lookup proofs, with the shipping address in full (masked here, before it
//! is stored: the widget only ever shows the masked one).

use serde::{Deserialize, Serialize};
use sportello_contract::{
    is_plausible_email, DateWindow, Delay, InvalidParam, MaskedAddress, OrderItem, OrderStatus,
    Promotion, Refund, Shipment, Totals,
};
use utoipa::ToSchema;

use super::changes::{check_delay, MAX_EVENT_TEXT, MAX_LOCATION};
use crate::{db::Tracking, problem::param};

/// Most lines, parcels, refunds and promotions one order may carry.
pub const MAX_ITEMS: usize = 200;
pub const MAX_SHIPMENTS: usize = 20;
pub const MAX_REFUNDS: usize = 20;
pub const MAX_PROMOTIONS: usize = 10;

/// An order as the shop's system knows it. Sending the same document again changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "email": "giulia.rossi@example.com",
    "postcode": "00184",
    "placed_at": "2026-11-18T10:24:00Z",
    "status": "in_transit",
    "currency": "EUR",
    "items": [{"name": "Tazza in ceramica di Deruta", "quantity": 2, "unit_price": 1850}],
    "shipping_address": {"name": "Giulia Rossi", "line": "Via Merulana 10", "city": "Roma", "postcode": "00184", "country": "IT"},
    "promised_delivery": {"from": "2026-11-21T08:00:00Z", "to": "2026-11-23T20:00:00Z"},
    "shipments": [{"id": "P1", "carrier": "BRT", "tracking_number": "BRT0001001", "status": "in_transit", "events": []}]
}))]
pub struct IngestOrder {
    /// The customer's e-mail address: one of the two lookup proofs (compared case-insensitively).
    #[schema(max_length = 254)]
    pub email: String,
    /// The shipping postcode: the other lookup proof (compared without spaces and case).
    #[schema(max_length = 20)]
    pub postcode: String,
    /// When the order was placed (RFC 3339).
    #[schema(format = DateTime)]
    pub placed_at: String,
    pub status: OrderStatus,
    /// ISO 4217.
    #[schema(pattern = "^[A-Z]{3}$")]
    pub currency: String,
    #[schema(max_items = 200)]
    pub items: Vec<OrderItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<Totals>,
    /// In full: Sportello stores and shows it masked ("Giulia R.", "Via M***, 1*").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<MaskedAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised_delivery: Option<DateWindow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(format = DateTime)]
    pub delivered_at: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 20)]
    pub shipments: Vec<Shipment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay: Option<Delay>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 20)]
    pub refunds: Vec<Refund>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 10)]
    pub promotions: Vec<Promotion>,
    /// The language the customer shops in (BCP 47, e.g. `it`, `de-AT`): the e-mails about the
    /// order that nobody subscribed to (`--notify-all-delays`) are written in it; without it,
    /// the shop's default language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(max_length = 35)]
    pub locale: Option<String>,
}

fn is_rfc3339(text: &str) -> bool {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).is_ok()
}

/// What is wrong with a document, each field named (`items[2].quantity`), in document order.
pub fn check(order: &IngestOrder) -> Vec<InvalidParam> {
    let mut problems = Vec::new();
    // A delay's words and voucher, bounded as `PUT …/delay` bounds them.
    let mut delays = Vec::new();
    let mut fail = |name: String, reason: &str| problems.push(param(&name, reason));
    if order.email.chars().nth(254).is_some() || !is_plausible_email(&order.email) {
        fail(
            "email".into(),
            "must be an e-mail address of at most 254 characters",
        );
    }
    if order.postcode.trim().is_empty() || order.postcode.chars().nth(20).is_some() {
        fail("postcode".into(), "must be 1 to 20 characters");
    }
    if !is_rfc3339(&order.placed_at) {
        fail("placed_at".into(), "must be an RFC 3339 date-time");
    }
    if order.status == OrderStatus::Unknown {
        fail(
            "status".into(),
            "must be one of the contract's order statuses",
        );
    }
    if !(order.currency.len() == 3 && order.currency.bytes().all(|b| b.is_ascii_uppercase())) {
        fail("currency".into(), "must be an ISO 4217 code like EUR");
    }
    if order.items.len() > MAX_ITEMS {
        fail("items".into(), "at most 200 lines");
    }
    for (n, item) in order.items.iter().enumerate() {
        if item.name.trim().is_empty() || item.name.chars().nth(200).is_some() {
            fail(format!("items[{n}].name"), "must be 1 to 200 characters");
        }
        if item.quantity == 0 {
            fail(format!("items[{n}].quantity"), "must be at least 1");
        }
    }
    if order.shipments.len() > MAX_SHIPMENTS {
        fail("shipments".into(), "at most 20 parcels");
    }
    for (n, shipment) in order.shipments.iter().enumerate() {
        if shipment.id.trim().is_empty() || shipment.id.chars().nth(64).is_some() {
            fail(format!("shipments[{n}].id"), "must be 1 to 64 characters");
        }
        if order.shipments[..n].iter().any(|s| s.id == shipment.id) {
            fail(
                format!("shipments[{n}].id"),
                "must be unique within the order",
            );
        }
        if shipment.status == sportello_contract::ShipmentStatus::Unknown {
            fail(
                format!("shipments[{n}].status"),
                "must be one of the contract's parcel statuses",
            );
        }
        for (e, event) in shipment.events.iter().enumerate() {
            if !is_rfc3339(&event.at) {
                fail(
                    format!("shipments[{n}].events[{e}].at"),
                    "must be an RFC 3339 date-time",
                );
            }
            // The same bounds as `POST …/events`.
            if event.description.chars().nth(MAX_EVENT_TEXT).is_some() {
                fail(
                    format!("shipments[{n}].events[{e}].description"),
                    "must be at most 500 characters",
                );
            }
            if event
                .location
                .as_deref()
                .is_some_and(|l| l.chars().nth(MAX_LOCATION).is_some())
            {
                fail(
                    format!("shipments[{n}].events[{e}].location"),
                    "must be at most 200 characters",
                );
            }
        }
        if let Some(delay) = &shipment.delay {
            delays.extend(check_delay(&format!("shipments[{n}].delay"), delay));
        }
    }
    if let Some(delay) = &order.delay {
        delays.extend(check_delay("delay", delay));
    }
    for (n, refund) in order.refunds.iter().enumerate() {
        if let Some(delay) = &refund.delay {
            delays.extend(check_delay(&format!("refunds[{n}].delay"), delay));
        }
    }
    if order.refunds.len() > MAX_REFUNDS {
        fail("refunds".into(), "at most 20 refunds");
    }
    if order.promotions.len() > MAX_PROMOTIONS {
        fail("promotions".into(), "at most 10 promotions");
    }
    if let Some(window) = &order.promised_delivery {
        if !is_rfc3339(&window.from) || !is_rfc3339(&window.to) {
            fail(
                "promised_delivery".into(),
                "from and to must be RFC 3339 date-times",
            );
        }
    }
    problems.extend(delays);
    problems
}

/// A surname as its initial ("Giulia Rossi" → "Giulia R."); one name stays as it is.
fn mask_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [first, .., last] => {
            let initial: String = last.chars().take(1).collect();
            format!("{first} {initial}.")
        }
    }
}

/// A street line with all but the first word masked ("Via Merulana 10" → "Via M*** 1*"); an
/// already masked word stays as it is.
fn mask_line(line: &str) -> String {
    line.split_whitespace()
        .enumerate()
        .map(|(n, word)| {
            if n == 0 || word.contains('*') {
                return word.to_owned();
            }
            let mut chars = word.chars();
            let first: String = chars.next().into_iter().collect();
            if word.chars().any(|c| c.is_ascii_digit()) {
                format!("{first}{}", "*".repeat(chars.count()))
            } else {
                format!("{first}***")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The shipping address as the widget may show it.
pub fn mask(address: &MaskedAddress) -> MaskedAddress {
    MaskedAddress {
        name: address.name.as_deref().map(mask_name),
        line: address.line.as_deref().map(mask_line),
        city: address.city.clone(),
        postcode: address.postcode.clone(),
        country: address.country.clone(),
    }
}

impl IngestOrder {
    /// The order's tracking document as stored (the address masked).
    pub fn tracking(&self) -> Tracking {
        Tracking {
            totals: self.totals.clone(),
            shipping_address: self.shipping_address.as_ref().map(mask),
            promised_delivery: self.promised_delivery.clone(),
            delivered_at: self.delivered_at.clone(),
            shipments: self.shipments.clone(),
            delay: self.delay.clone(),
            refunds: self.refunds.clone(),
            promotions: self.promotions.clone(),
            first_estimates: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_masked_once() {
        assert_eq!(mask_name("Giulia Maria Rossi"), "Giulia R.");
        assert_eq!(mask_name("Giulia R."), "Giulia R.");
        assert_eq!(mask_line("Via Merulana 10"), "Via M*** 1*");
        assert_eq!(mask_line("Via ****, 1*"), "Via ****, 1*");
    }
}
