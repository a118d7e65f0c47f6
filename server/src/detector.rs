//! The proactive delay detector: "know before the customer does" for a shop without a carrier
//! integration. Periodically, every open order's parcels are checked; a parcel whose estimate has
//! moved past the promised window (or, without one, past its own first estimate), or that has
//! had no carrier event for `stale_days`, gets a delay recorded, and every customer subscribed
//! to the order gets a notification in the outbox.
//! Each finding also waits in the desk's queue until staff explain it (`desk/delays.rs`).

use rusqlite::Connection;
use sportello_contract::{Delay, DelayReason, DelaySide, ShipmentStatus};
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

use crate::db;

fn parse(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// Why the detector thinks a parcel is late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Finding {
    EstimatePastPromise,
    CarrierSilent,
}

impl Finding {
    fn code(self) -> &'static str {
        match self {
            Finding::EstimatePastPromise => "estimate_past_promise",
            Finding::CarrierSilent => "carrier_silent",
        }
    }
}

/// A parcel without carrier events (WooCommerce sends none: only that it left) cannot fall
/// silent; its scans start counting once the shop sends some (`POST …/events`).
fn assess(
    promised_to: Option<OffsetDateTime>,
    shipment: &sportello_contract::Shipment,
    now: OffsetDateTime,
    stale: Duration,
) -> Option<Finding> {
    if shipment.delay.is_some()
        || matches!(
            shipment.status,
            ShipmentStatus::Delivered | ShipmentStatus::AvailableForPickup
        )
    {
        return None;
    }
    let estimate_to = shipment
        .estimated_delivery
        .as_ref()
        .and_then(|w| parse(&w.to));
    if let (Some(estimate), Some(promise)) = (estimate_to, promised_to) {
        if estimate > promise {
            return Some(Finding::EstimatePastPromise);
        }
    }
    let last_event = shipment.events.iter().filter_map(|e| parse(&e.at)).max();
    match last_event {
        Some(last) if now - last > stale => Some(Finding::CarrierSilent),
        _ => None,
    }
}

/// How much later than its first estimate a parcel may be expected before the detector calls
/// it late, when the shop promised no window: a revision within the day is not a delay.
const SAME_DAY: Duration = Duration::hours(12);

/// Runs the detector once; returns how many parcels it flagged.
pub fn run_once(
    conn: &mut Connection,
    now: OffsetDateTime,
    stale_days: i64,
) -> anyhow::Result<usize> {
    let stamp = now.replace_nanosecond(0)?.format(&Rfc3339)?;
    let mut flagged = 0;
    for (_, number) in db::open_orders(conn)? {
        let found = db::update_tracking(conn, &number, |order_id, tracking, tx| {
            let promised_to = tracking
                .promised_delivery
                .as_ref()
                .and_then(|w| parse(&w.to));
            let mut count = 0;
            for shipment in &mut tracking.shipments {
                let stale = Duration::days(stale_days);
                // Without a promise from the shop, the parcel's own first estimate is what it
                // is held to, give or take the same day ([`SAME_DAY`]).
                let promise = promised_to.or_else(|| {
                    let first = tracking.first_estimates.get(&shipment.id)?;
                    Some(parse(&first.to)? + SAME_DAY)
                });
                let Some(finding) = assess(promise, shipment, now, stale) else {
                    continue;
                };
                // The detector sees a symptom, not a cause: it claims no reason it cannot know
                // and puts no words in the shop's mouth (they would be in one language, and
                // promise checks nobody may be making). The customer reads the generic words
                // in their own language until staff explain it from the desk's queue.
                let delay = Delay {
                    reason: DelayReason::Other,
                    side: DelaySide::Carrier,
                    message: None,
                    action: None,
                    reported_at: Some(stamp.clone()),
                    new_estimate: shipment.estimated_delivery.clone(),
                    goodwill: None,
                };
                // The desk's queue of delays nobody has explained yet (`desk/delays.rs`).
                tx.execute(
                    "INSERT INTO findings (order_id, shipment_id, kind, found_at, provisional)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (order_id, shipment_id) DO UPDATE SET kind = excluded.kind,
                        found_at = excluded.found_at, provisional = excluded.provisional,
                        explained_at = NULL, explained_by = NULL",
                    rusqlite::params![
                        order_id,
                        shipment.id,
                        finding.code(),
                        stamp,
                        serde_json::to_string(&delay)?
                    ],
                )?;
                shipment.delay = Some(delay);
                count += 1;
            }
            Ok(count)
        })?;
        flagged += found.unwrap_or(0);
    }
    if flagged > 0 {
        tracing::info!(flagged, "delay detector flagged late parcels");
    }
    Ok(flagged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::{CarrierEvent, DateWindow, Shipment};

    fn at(days: i64) -> String {
        (OffsetDateTime::UNIX_EPOCH + Duration::days(20_000 + days))
            .format(&Rfc3339)
            .unwrap()
    }

    fn shipment(estimate_to: i64, last_event: i64) -> Shipment {
        Shipment {
            id: "P1".into(),
            carrier: "BRT".into(),
            tracking_number: None,
            tracking_url: None,
            status: ShipmentStatus::InTransit,
            items: vec![],
            events: vec![CarrierEvent {
                at: at(last_event),
                location: None,
                description: String::new(),
                status: ShipmentStatus::InTransit,
            }],
            estimated_delivery: Some(DateWindow {
                from: at(estimate_to),
                to: at(estimate_to),
            }),
            estimate_revised_at: None,
            delivered_at: None,
            delay: None,
            pickup: None,
            actions: Vec::new(),
            redelivery_dates: Vec::new(),
            requests: Vec::new(),
        }
    }

    #[test]
    fn findings() {
        let now = OffsetDateTime::UNIX_EPOCH + Duration::days(20_000);
        let promise = parse(&at(2));
        let stale = Duration::days(3);
        assert_eq!(assess(promise, &shipment(1, -1), now, stale), None);
        assert_eq!(
            assess(promise, &shipment(4, -1), now, stale),
            Some(Finding::EstimatePastPromise)
        );
        assert_eq!(
            assess(promise, &shipment(1, -5), now, stale),
            Some(Finding::CarrierSilent)
        );
        let mut delivered = shipment(4, -5);
        delivered.status = ShipmentStatus::Delivered;
        assert_eq!(assess(promise, &delivered, now, stale), None);
        let mut known = shipment(4, -5);
        known.delay = Some(Delay {
            reason: DelayReason::Weather,
            side: DelaySide::Carrier,
            message: None,
            action: None,
            reported_at: None,
            new_estimate: None,
            goodwill: None,
        });
        assert_eq!(assess(promise, &known, now, stale), None);
    }
}
