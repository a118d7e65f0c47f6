use leptos::prelude::*;
use sportello_contract::{DateWindow, Delay, ShipmentItem};

use super::{
    lateness::{has_passed, Cause, Late, Subject},
    voucher::Voucher,
};
use crate::{
    format,
    ui::{I18n, Ids},
};

/// What one banner says: an owned copy of a [`Late`] finding.
#[derive(Debug, Clone, PartialEq)]
pub struct LateNotice {
    pub subject: NoticeSubject,
    pub cause: Cause,
    pub delay: Option<Delay>,
    pub new_estimate: Option<DateWindow>,
    /// For a refund: the date it was promised by.
    pub expected_by: Option<String>,
    /// For one parcel of several: what is in it, and how many of the others have arrived.
    pub items: Vec<ShipmentItem>,
    pub others_arrived: usize,
    /// The parcel waits at a pickup point: no date is to come, and nothing is held up.
    pub waiting: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeSubject {
    Order,
    Parcel { index: usize, total: usize },
    Refund,
}

impl LateNotice {
    /// `arrived`: how many of the order's `parcels` were delivered.
    pub fn from_late(late: &Late<'_>, parcels: usize, arrived: usize) -> LateNotice {
        let (items, others_arrived) = match late.subject {
            Subject::Shipment(shipment, _) if parcels > 1 => (
                shipment.items.clone(),
                arrived.saturating_sub(usize::from(
                    shipment.status == sportello_contract::ShipmentStatus::Delivered,
                )),
            ),
            _ => (Vec::new(), 0),
        };
        LateNotice {
            subject: match late.subject {
                Subject::Order => NoticeSubject::Order,
                Subject::Shipment(_, index) => NoticeSubject::Parcel {
                    index,
                    total: parcels,
                },
                Subject::Refund(_) => NoticeSubject::Refund,
            },
            cause: late.cause,
            delay: late.delay.cloned(),
            new_estimate: late.new_estimate.cloned(),
            expected_by: match late.subject {
                Subject::Refund(refund) => refund.expected_by.clone(),
                _ => None,
            },
            items,
            others_arrived,
            waiting: matches!(late.subject, Subject::Shipment(s, _)
                if s.status == sportello_contract::ShipmentStatus::AvailableForPickup),
        }
    }
}

/// The delay banner: what is late, the new date (or that there is none yet), where the hold-up
/// is and what was promised, all in the first screenful of a phone; then why (and the shop's
/// own words), an apology, what the shop is doing and any goodwill voucher. Never blames the
/// customer.
#[component]
pub fn DelayBanner(
    notice: LateNotice,
    promised: Option<DateWindow>,
    currency: String,
    now: i64,
) -> impl IntoView {
    let i18n = I18n::get();
    let ids = Ids::fresh();
    let notice = StoredValue::new(notice);
    let goodwill = notice.with_value(|n| n.delay.as_ref().and_then(|d| d.goodwill.clone()));

    let body = move || {
        let t = i18n.messages().tracking();
        let colon = i18n.messages().label_colon;
        let locale = i18n.locale();
        let shop_tag = i18n.shop_language();
        notice.with_value(|n| {
            let title = match (n.subject, n.cause) {
                (_, Cause::DeliveredLate) => t.delivered_late_title.to_owned(),
                (NoticeSubject::Order, _) => t.late_order_title.to_owned(),
                (NoticeSubject::Parcel { index, total }, _) => (t.late_parcel_title)(index, total),
                (NoticeSubject::Refund, _) => t.late_refund_title.to_owned(),
            };
            let arrived = n.cause == Cause::DeliveredLate;
            let why = match (&n.delay, n.cause) {
                // Arrived: the past tense, whatever held it up on the way.
                (_, Cause::DeliveredLate) => t.cause_delivered_late.to_owned(),
                (Some(delay), _) => (t.reason_explanation)(delay.reason).to_owned(),
                (None, Cause::EstimateAfterPromise) => t.cause_estimate_after_promise.to_owned(),
                (None, Cause::PromisePassed) => t.cause_promise_passed.to_owned(),
                (None, Cause::CarrierSilent(days)) => (t.cause_carrier_silent)(days),
                (None, Cause::RefundOverdue) => t.cause_refund_overdue.to_owned(),
                (None, Cause::Reported) => {
                    (t.reason_explanation)(sportello_contract::DelayReason::Unknown).to_owned()
                }
            };
            let side = n.delay.as_ref().filter(|_| !arrived && !n.waiting).map(|d| {
                view! {
                    <p><strong>{t.side_label}{colon}</strong>{(t.side_name)(d.side)}</p>
                }
            });
            // What the shop wrote itself (why, and what it is doing) is quoted as its words, in
            // its language: never under a label of ours as if we had said it in the customer's.
            let message = n.delay.as_ref().and_then(|d| d.message.clone());
            let shop_action = n.delay.as_ref().and_then(|d| d.action.clone());
            // The general reason for the delay the shop recorded, unless its own words say it in
            // the customer's language; what we know from the dates (arrived late…) always shows.
            let repeats = n.delay.is_some()
                && !arrived
                && message.is_some()
                && shop_tag.as_deref() == Some(locale.tag());
            let why = (!repeats).then(|| view! { <p>{why}</p> });
            let words = (message.is_some() || shop_action.is_some()).then(|| {
                view! {
                    <figure class="sportello-shop-words">
                        <figcaption>{t.shop_says}</figcaption>
                        <blockquote lang=shop_tag>
                            {message.map(|m| view! { <p>{m}</p> })}
                            {shop_action.clone().map(|a| view! { <p>{a}</p> })}
                        </blockquote>
                    </figure>
                }
            });
            // Ours, when the shop wrote nothing about it; not once it arrived.
            let action = (shop_action.is_none() && !arrived)
                .then(|| view! { <p><strong>{t.what_we_do}{colon}</strong>{t.default_action}</p> });
            // A "new" date that is the promised one is no new date.
            let estimate = n
                .new_estimate
                .as_ref()
                .filter(|w| Some(*w) != promised.as_ref())
                .and_then(|w| {
                    if has_passed(w, now) {
                        Some(t.estimate_passed.to_owned())
                    } else {
                        format::window(w, locale).map(|d| (t.new_estimate)(&d))
                    }
                })
                .or_else(|| {
                    // Late with no new date yet: said at once, not left to be guessed.
                    // Not for a parcel already waiting at a pickup point: no date is to come.
                    (n.cause != Cause::DeliveredLate
                        && n.subject != NoticeSubject::Refund
                        && !n.waiting)
                        .then(|| t.no_new_date.to_owned())
                })
                .map(|text| view! { <p class="sportello-new-date">{text}</p> });
            // A refund's promise is its own date; a parcel's, the order's window.
            let promise = match n.subject {
                NoticeSubject::Refund => n
                    .expected_by
                    .as_deref()
                    .and_then(|d| format::styled(d, format::Style::Day, locale)),
                _ => promised.as_ref().and_then(|w| format::window(w, locale)),
            }
            .map(|d| view! { <p class="sportello-muted">{(t.promised_by)(&d)}</p> });
            view! {
                // What a worried customer looks for first, before any prose: what is late, the new
                // date (or that there is none yet), where the hold-up is, what was promised.
                <h3 class="sportello-delay-title" id=ids.id("title")>{title}</h3>
                // One parcel of several: which one, by what is in it, and whether the rest came.
                {(!n.items.is_empty()).then(|| view! {
                    <p>{t.in_this_parcel}{colon}{n.items.iter().map(|i| (t.quantity_of_item)(i.quantity, &i.name)).collect::<Vec<_>>().join(i18n.messages().comma)}</p>
                })}
                {(n.others_arrived > 0).then(|| view! { <p>{(t.others_arrived)(n.others_arrived)}</p> })}
                {estimate}
                {side}
                {promise}
                {why}
                {words}
                // Money, not a delivery, for a refund.
                <p>{if n.subject == NoticeSubject::Refund { t.sorry_refund } else { t.sorry }}</p>
                {action}
            }
        })
    };

    view! {
        <section class="sportello-delay" aria-labelledby=ids.id("title")>
            {body}
            {goodwill.map(|g| view! { <Voucher goodwill=g currency=currency.clone() /> })}
        </section>
    }
}
