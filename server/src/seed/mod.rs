//! The demo shop, Bottega Aurora: an Italian shop of ceramics and pantry goods, with orders that
//! cover every situation the widget explains. Dates are relative to the first start, so the demo
//! always looks current.

use sportello_contract::{
    CarrierEvent, DateWindow, Delay, DelayReason, DelaySide, Goodwill, MaskedAddress, OrderStatus,
    ParcelAction, PickupPoint, Promotion, Refund, RefundMethod, RefundStatus, Shipment,
    ShipmentItem, ShipmentStatus,
};
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

use crate::db::Tracking;

mod everyday;
mod exceptions;

pub struct DemoOrder {
    pub number: &'static str,
    /// What the order demonstrates (shown on the demo page).
    pub note: &'static str,
    pub email: &'static str,
    pub postcode: &'static str,
    pub days_ago: i64,
    pub status: OrderStatus,
    pub items: &'static [(&'static str, u32, i64)],
    pub tracking: fn(&Clock) -> Tracking,
}

/// Times relative to the seeding moment.
pub struct Clock(pub OffsetDateTime);

impl Clock {
    /// `days` from now (negative = in the past), at a fixed hour of that day (UTC).
    pub fn at(&self, days: i64, hour: u8) -> String {
        let day = (self.0 + Duration::days(days)).date();
        day.with_hms(hour, 0, 0)
            .expect("valid hour")
            .assume_utc()
            .format(&Rfc3339)
            .expect("formats")
    }

    /// The next `count` days a courier delivers (not Sundays), from tomorrow, as `YYYY-MM-DD`.
    pub fn delivery_days(&self, count: usize) -> Vec<String> {
        (1..)
            .map(|days| (self.0 + Duration::days(days)).date())
            .filter(|day| day.weekday() != time::Weekday::Sunday)
            .take(count)
            .map(|day| day.to_string())
            .collect()
    }

    pub fn window(&self, from_days: i64, to_days: i64) -> DateWindow {
        DateWindow {
            from: self.at(from_days, 8),
            to: self.at(to_days, 20),
        }
    }
}

fn event(
    clock: &Clock,
    days: i64,
    hour: u8,
    location: &str,
    description: &str,
    status: ShipmentStatus,
) -> CarrierEvent {
    CarrierEvent {
        at: clock.at(days, hour),
        location: (!location.is_empty()).then(|| location.to_owned()),
        description: description.to_owned(),
        status,
    }
}

fn parcel(
    id: &str,
    carrier: &str,
    tracking: &str,
    status: ShipmentStatus,
    items: &[(&str, u32)],
) -> Shipment {
    Shipment {
        id: id.to_owned(),
        carrier: carrier.to_owned(),
        tracking_number: Some(tracking.to_owned()),
        tracking_url: Some(
            format!("https://tracking.example/{carrier}/{tracking}").replace(' ', "-"),
        ),
        status,
        items: items
            .iter()
            .map(|(name, quantity)| ShipmentItem {
                name: (*name).to_owned(),
                quantity: *quantity,
            })
            .collect(),
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
}

fn address(name: &str, city: &str, postcode: &str) -> Option<MaskedAddress> {
    Some(MaskedAddress {
        name: Some(name.to_owned()),
        line: Some("Via ****, 1*".to_owned()),
        city: Some(city.to_owned()),
        postcode: Some(postcode.to_owned()),
        country: Some("IT".to_owned()),
    })
}

fn delay(
    reason: DelayReason,
    side: DelaySide,
    message: &str,
    action: &str,
    reported: String,
) -> Delay {
    Delay {
        reason,
        side,
        message: Some(message.to_owned()),
        action: Some(action.to_owned()),
        reported_at: Some(reported),
        new_estimate: None,
        goodwill: None,
    }
}

fn voucher(
    code: &str,
    amount: Option<i64>,
    percent: Option<u8>,
    clock: &Clock,
    conditions: &str,
) -> Option<Goodwill> {
    Some(Goodwill {
        code: code.to_owned(),
        amount,
        percent,
        expires_at: Some(clock.at(60, 23)),
        conditions: Some(conditions.to_owned()),
    })
}

fn early_journey(clock: &Clock, shipped_days_ago: i64, hub: &str) -> Vec<CarrierEvent> {
    vec![
        event(
            clock,
            -shipped_days_ago,
            9,
            "Perugia",
            "Spedizione registrata dal mittente",
            ShipmentStatus::InfoReceived,
        ),
        event(
            clock,
            -shipped_days_ago,
            18,
            "Perugia",
            "Ritirata dal corriere",
            ShipmentStatus::InTransit,
        ),
        event(
            clock,
            -shipped_days_ago + 1,
            6,
            hub,
            "In transito presso l'hub",
            ShipmentStatus::InTransit,
        ),
    ]
}

/// Every demo order, by number: the everyday ones (SP-1001 to SP-1008), then the exceptions
/// (customs, a strike, an address not found, nobody home, a payment review, a pallet with 200
/// updates, a silent carrier).
pub fn demo_orders() -> impl Iterator<Item = &'static DemoOrder> {
    everyday::ORDERS.iter().chain(exceptions::ORDERS)
}
