//! Is anything late, and why? Computed in the widget from the promised and estimated or actual
//! dates, so the customer is told even when the backend records no delay, and enriched with the
//! backend's reason, words and goodwill when it does.

use sportello_contract::{
    DateWindow, Delay, OrderStatus, OrderSummary, Refund, RefundStatus, Shipment, ShipmentStatus,
};

use crate::clock::parse_rfc3339;

/// Days without a carrier event after which an undelivered parcel counts as stalled.
pub const CARRIER_SILENCE_DAYS: i64 = 3;

/// Why something counts as late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The shop recorded a delay (its reason is in the `Delay`).
    Reported,
    /// The current estimate ends after the promised window.
    EstimateAfterPromise,
    /// The promised window has passed and it has not arrived.
    PromisePassed,
    /// No carrier event for this many days.
    CarrierSilent(i64),
    /// It arrived, but after the promised window.
    DeliveredLate,
    /// The refund's expected date has passed and it has not arrived.
    RefundOverdue,
}

/// What is late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    Order,
    /// A parcel, with its position (1-based) among the order's parcels.
    Shipment(&'a Shipment, usize),
    Refund(&'a Refund),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Late<'a> {
    pub subject: Subject<'a>,
    pub cause: Cause,
    pub delay: Option<&'a Delay>,
    /// The date to expect now, if known (the delay's new estimate, else the current estimate).
    pub new_estimate: Option<&'a DateWindow>,
}

fn end(window: Option<&DateWindow>) -> Option<i64> {
    window.and_then(|w| parse_rfc3339(&w.to))
}

/// Whether a window is entirely in the past: such an estimate is never shown as a promise.
pub fn has_passed(window: &DateWindow, now: i64) -> bool {
    parse_rfc3339(&window.to).is_some_and(|to| to < now)
}

fn shipment_cause(shipment: &Shipment, promised_to: Option<i64>, now: i64) -> Option<Cause> {
    // Arrived: late only if after the promise, and then told in the past tense (a delay the
    // shop recorded on the way counts when the dates cannot tell).
    if shipment.status == ShipmentStatus::Delivered {
        let at = shipment.delivered_at.as_deref().and_then(parse_rfc3339);
        return match (at, promised_to) {
            (Some(at), Some(promise)) => (at > promise).then_some(Cause::DeliveredLate),
            _ => shipment.delay.is_some().then_some(Cause::DeliveredLate),
        };
    }
    if shipment.delay.is_some() {
        return Some(Cause::Reported);
    }
    if shipment.status == ShipmentStatus::AvailableForPickup {
        return None;
    }
    if let (Some(estimate), Some(promise)) =
        (end(shipment.estimated_delivery.as_ref()), promised_to)
    {
        if estimate > promise {
            return Some(Cause::EstimateAfterPromise);
        }
    }
    if promised_to.is_some_and(|promise| now > promise) {
        return Some(Cause::PromisePassed);
    }
    let last_event = shipment
        .events
        .iter()
        .filter_map(|e| parse_rfc3339(&e.at))
        .max();
    match last_event {
        Some(last) if (now - last) / 86_400 >= CARRIER_SILENCE_DAYS => {
            Some(Cause::CarrierSilent((now - last) / 86_400))
        }
        _ => None,
    }
}

/// Whether a parcel has arrived somewhere the customer can have it: no estimate applies then.
pub fn is_waiting_or_delivered(status: ShipmentStatus) -> bool {
    matches!(
        status,
        ShipmentStatus::Delivered | ShipmentStatus::AvailableForPickup
    )
}

/// Everything late about an order, order-level first, then parcels, then refunds.
pub fn assess(order: &OrderSummary, now: i64) -> Vec<Late<'_>> {
    let mut late = Vec::new();
    let promised_to = end(order.promised_delivery.as_ref());
    let finished = matches!(order.status, OrderStatus::Cancelled | OrderStatus::Returned);

    if let Some(delay) = &order.delay {
        late.push(Late {
            subject: Subject::Order,
            cause: Cause::Reported,
            delay: Some(delay),
            new_estimate: delay.new_estimate.as_ref(),
        });
    } else if !finished
        && order.shipments.is_empty()
        && matches!(
            order.status,
            OrderStatus::Processing | OrderStatus::PaymentDue
        )
        && promised_to.is_some_and(|promise| now > promise)
    {
        late.push(Late {
            subject: Subject::Order,
            cause: Cause::PromisePassed,
            delay: None,
            new_estimate: None,
        });
    }

    if !finished {
        for (index, shipment) in order.shipments.iter().enumerate() {
            if let Some(cause) = shipment_cause(shipment, promised_to, now) {
                let new_estimate = shipment
                    .delay
                    .as_ref()
                    .and_then(|d| d.new_estimate.as_ref())
                    .or(shipment.estimated_delivery.as_ref())
                    // Nothing is "expected" any more once it arrived or waits at a pickup point.
                    .filter(|_| !is_waiting_or_delivered(shipment.status));
                late.push(Late {
                    subject: Subject::Shipment(shipment, index + 1),
                    cause,
                    delay: shipment.delay.as_ref(),
                    new_estimate,
                });
            }
        }
    }

    for refund in &order.refunds {
        let overdue = !matches!(refund.status, RefundStatus::Completed)
            && refund
                .expected_by
                .as_deref()
                .and_then(parse_rfc3339)
                .is_some_and(|by| now > by);
        let cause = match (&refund.delay, overdue) {
            (Some(_), _) => Cause::Reported,
            (None, true) => Cause::RefundOverdue,
            (None, false) => continue,
        };
        late.push(Late {
            subject: Subject::Refund(refund),
            cause,
            delay: refund.delay.as_ref(),
            new_estimate: refund.delay.as_ref().and_then(|d| d.new_estimate.as_ref()),
        });
    }
    late
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::{CarrierEvent, DelayReason, DelaySide, RefundMethod};

    const DAY: i64 = 86_400;
    /// 2026-11-20T12:00:00Z
    const NOW: i64 = 1_795_176_000;

    fn at(days: i64) -> String {
        crate::clock::format_rfc3339(NOW + days * DAY)
    }

    fn window(from: i64, to: i64) -> DateWindow {
        DateWindow {
            from: at(from),
            to: at(to),
        }
    }

    fn parcel(status: ShipmentStatus, estimate_to: Option<i64>, last_event: i64) -> Shipment {
        Shipment {
            id: "P1".into(),
            carrier: "BRT".into(),
            tracking_number: None,
            tracking_url: None,
            status,
            items: vec![],
            events: vec![CarrierEvent {
                at: at(last_event),
                location: None,
                description: String::new(),
                status,
            }],
            estimated_delivery: estimate_to.map(|to| window(to - 1, to)),
            estimate_revised_at: None,
            delivered_at: None,
            delay: None,
            pickup: None,
            actions: Vec::new(),
            redelivery_dates: Vec::new(),
            requests: Vec::new(),
        }
    }

    fn order(promised_to: i64, shipments: Vec<Shipment>) -> OrderSummary {
        OrderSummary {
            number: "SP-1".into(),
            status: OrderStatus::InTransit,
            currency: "EUR".into(),
            promised_delivery: Some(window(promised_to - 2, promised_to)),
            shipments,
            ..OrderSummary::default()
        }
    }

    #[test]
    fn fixture_dates_parse_back() {
        assert_eq!(parse_rfc3339(&at(0)), Some(NOW));
        assert_eq!(parse_rfc3339(&at(-400)), Some(NOW - 400 * DAY));
    }

    #[test]
    fn on_time() {
        let o = order(2, vec![parcel(ShipmentStatus::InTransit, Some(1), -1)]);
        assert!(assess(&o, NOW).is_empty());
    }

    #[test]
    fn late_by_estimate() {
        let o = order(2, vec![parcel(ShipmentStatus::InTransit, Some(4), -1)]);
        let late = assess(&o, NOW);
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].cause, Cause::EstimateAfterPromise);
        assert_eq!(late[0].new_estimate.unwrap().to, at(4));
        assert!(matches!(late[0].subject, Subject::Shipment(_, 1)));
    }

    #[test]
    fn late_with_no_carrier_event() {
        let o = order(3, vec![parcel(ShipmentStatus::InTransit, Some(2), -4)]);
        assert_eq!(assess(&o, NOW)[0].cause, Cause::CarrierSilent(4));
        let recent = order(3, vec![parcel(ShipmentStatus::InTransit, Some(2), -2)]);
        assert!(assess(&recent, NOW).is_empty());
    }

    #[test]
    fn delivered_late() {
        let mut p = parcel(ShipmentStatus::Delivered, Some(-1), -1);
        p.delivered_at = Some(at(-1));
        let o = order(-3, vec![p.clone()]);
        let late = assess(&o, NOW);
        assert_eq!(late[0].cause, Cause::DeliveredLate);
        assert_eq!(late[0].new_estimate, None);
        let on_time = order(0, vec![p.clone()]);
        assert!(assess(&on_time, NOW).is_empty());
        // A delay the shop recorded on the way does not make an arrival late, nor present.
        let mut delayed = p;
        delayed.delay = Some(Delay {
            reason: DelayReason::Weather,
            side: DelaySide::Carrier,
            message: None,
            action: None,
            reported_at: None,
            new_estimate: None,
            goodwill: None,
        });
        assert_eq!(
            assess(&order(-3, vec![delayed.clone()]), NOW)[0].cause,
            Cause::DeliveredLate
        );
        assert!(assess(&order(0, vec![delayed]), NOW).is_empty());
    }

    #[test]
    fn estimate_already_passed() {
        // The promise and the estimate are both in the past and nothing arrived: late, and the
        // passed estimate is flagged so it is never shown as a promise.
        let o = order(-2, vec![parcel(ShipmentStatus::InTransit, Some(-2), -1)]);
        let late = assess(&o, NOW);
        assert_eq!(late[0].cause, Cause::PromisePassed);
        assert!(has_passed(late[0].new_estimate.unwrap(), NOW));
        assert!(!has_passed(&window(0, 1), NOW));
    }

    #[test]
    fn a_reported_delay_wins_and_carries_its_estimate() {
        let mut p = parcel(ShipmentStatus::InTransit, Some(1), -1);
        p.delay = Some(Delay {
            reason: DelayReason::Weather,
            side: DelaySide::Carrier,
            message: None,
            action: None,
            reported_at: None,
            new_estimate: Some(window(5, 6)),
            goodwill: None,
        });
        let o = order(2, vec![p]);
        let late = assess(&o, NOW);
        assert_eq!(late[0].cause, Cause::Reported);
        assert_eq!(late[0].delay.unwrap().reason, DelayReason::Weather);
        assert_eq!(late[0].new_estimate.unwrap().to, at(6));
    }

    #[test]
    fn a_parcel_at_the_pickup_point_has_no_estimate_to_promise() {
        let mut p = parcel(ShipmentStatus::AvailableForPickup, Some(-2), -1);
        p.delay = Some(Delay {
            reason: DelayReason::RecipientUnavailable,
            side: DelaySide::Other,
            message: None,
            action: None,
            reported_at: None,
            new_estimate: None,
            goodwill: None,
        });
        let o = order(-1, vec![p]);
        let late = assess(&o, NOW);
        assert_eq!(late[0].cause, Cause::Reported);
        assert_eq!(late[0].new_estimate, None);
    }

    #[test]
    fn pickup_and_finished_orders_are_not_late() {
        let o = order(
            -3,
            vec![parcel(ShipmentStatus::AvailableForPickup, Some(-4), -4)],
        );
        assert!(assess(&o, NOW).is_empty());
        let mut cancelled = order(-3, vec![parcel(ShipmentStatus::InTransit, Some(4), -5)]);
        cancelled.status = OrderStatus::Cancelled;
        assert!(assess(&cancelled, NOW).is_empty());
    }

    #[test]
    fn unshipped_order_past_its_promise() {
        let mut o = order(-1, vec![]);
        o.status = OrderStatus::Processing;
        assert_eq!(assess(&o, NOW)[0].cause, Cause::PromisePassed);
        assert_eq!(assess(&o, NOW)[0].subject, Subject::Order);
    }

    #[test]
    fn overdue_refund_even_on_a_returned_order() {
        let mut o = order(-30, vec![]);
        o.status = OrderStatus::Returned;
        o.refunds.push(Refund {
            id: "R1".into(),
            amount: 3900,
            method: RefundMethod::BankTransfer,
            status: RefundStatus::Issued,
            issued_at: Some(at(-12)),
            expected_by: Some(at(-2)),
            completed_at: None,
            delay: None,
        });
        let late = assess(&o, NOW);
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].cause, Cause::RefundOverdue);
        o.refunds[0].status = RefundStatus::Completed;
        assert!(assess(&o, NOW).is_empty());
    }

    #[test]
    fn garbage_dates_never_make_anything_late() {
        let mut p = parcel(ShipmentStatus::InTransit, None, 0);
        p.events[0].at = "soon".into();
        let mut o = order(0, vec![p]);
        o.promised_delivery = Some(DateWindow {
            from: "x".into(),
            to: "y".into(),
        });
        assert!(assess(&o, NOW).is_empty());
    }
}
