//! The order found (the `order` chunk): banners first for anything late (`lateness` decides
//! what and why, `delay_banner` says it, `voucher` copies a goodwill code), then status, parcels
//! (`parcel`), refunds (`refund`), items, the notification opt-in (`notify_opt_in`), the order's
//! complaints (`complaints`); refresh with announced changes.

use leptos::{html, prelude::*};
use sportello_contract::{OrderAccess, OrderStatus, OrderSummary};

use crate::{
    api::{ApiError, CallsHandle},
    clock,
    format::{self, Style},
    ui::{focus_after_render, Announcer, I18n, Ids},
};
use complaints::{complaint_list, none_open, OrderComplaints};
use delay_banner::{DelayBanner, LateNotice, NoticeSubject};
use lateness::Cause;
use needs::ParcelNeeds;
use notify_opt_in::NotifyOptIn;
use parcel::ParcelView;
use refund::RefundView;

mod complaints;
mod delay_banner;
pub mod lateness;
mod needs;
mod notify_opt_in;
mod parcel;
mod refund;
mod voucher;

/// Stable class suffix per status, for the badge colour.
fn status_slug(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Processing => "processing",
        OrderStatus::PaymentDue => "payment-due",
        OrderStatus::InTransit => "in-transit",
        OrderStatus::PickupAvailable => "pickup-available",
        OrderStatus::Delivered => "delivered",
        OrderStatus::Problem => "problem",
        OrderStatus::Cancelled => "cancelled",
        OrderStatus::Returned => "returned",
        OrderStatus::Unknown => "unknown",
    }
}

/// Parcels whose estimated delivery changed between two versions of an order, as
/// `(position, new window)`.
pub fn changed_estimates(
    before: &OrderSummary,
    after: &OrderSummary,
) -> Vec<(usize, sportello_contract::DateWindow)> {
    after
        .shipments
        .iter()
        .enumerate()
        .filter_map(|(index, parcel)| {
            let old = before.shipments.iter().find(|p| p.id == parcel.id)?;
            let new = parcel.estimated_delivery.as_ref()?;
            (old.estimated_delivery.as_ref() != Some(new)).then(|| (index + 1, new.clone()))
        })
        .collect()
}

/// One order: opens with the delay banner when anything is late, then where each parcel is,
/// refunds, what was ordered, and (only when nothing is late) the shop's promotions.
#[component]
pub fn OrderView(
    found: RwSignal<Option<OrderSummary>>,
    on_back: Callback<()>,
    /// Opens the complaint flow about this order (absent when the shop takes no complaints).
    #[prop(optional_no_strip)]
    on_complain: Option<Callback<OrderSummary>>,
    /// Opens one of the order's complaints (absent when the shop offers no follow-up).
    #[prop(optional_no_strip)]
    on_follow: Option<Callback<sportello_contract::Complaint>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let ids = Ids::fresh();
    let heading = NodeRef::<html::H2>::new();
    focus_after_render(heading);

    // The token is kept from the lookup: refreshed orders do not carry it again.
    let access =
        StoredValue::new(found.with_untracked(|o| o.as_ref().and_then(|o| o.access.clone())));
    let updated_at = RwSignal::new(None::<String>);
    let order = Memo::new(move |_| found.get().unwrap_or_default());
    let now = RwSignal::new(clock::now());
    let late = Memo::new(move |_| {
        let order = order.get();
        let parcels = order.shipments.len();
        let arrived = order
            .shipments
            .iter()
            .filter(|s| s.status == sportello_contract::ShipmentStatus::Delivered)
            .count();
        lateness::assess(&order, now.get())
            .iter()
            .map(|l| LateNotice::from_late(l, parcels, arrived))
            .collect::<Vec<_>>()
    });

    // A fresh order is shown (and its changes announced) by the action itself; only a failure
    // stays in the action's value, for the alert below.
    let show_fresh = move |fresh: OrderSummary| {
        let t = i18n.0.get_untracked().messages().tracking();
        let locale = i18n.0.get_untracked();
        let before = found.get_untracked().unwrap_or_default();
        let changes: Vec<String> = changed_estimates(&before, &fresh)
            .into_iter()
            .filter_map(|(index, window)| {
                let name = (t.parcel_title)(
                    index,
                    fresh.shipments.len(),
                    &fresh.shipments[index - 1].carrier,
                );
                format::window(&window, locale).map(|date| (t.estimate_changed)(&name, &date))
            })
            .collect();
        now.set(clock::now());
        let stamp = clock::now();
        updated_at.set(format::styled(
            &clock::format_rfc3339(stamp),
            Style::Time,
            locale,
        ));
        if !changes.is_empty() {
            announcer.say(changes.join(" "));
        } else if let Some(time) = updated_at.get_untracked() {
            announcer.say((t.updated_at)(&time));
        }
        found.set(Some(fresh));
    };
    let refresh = Action::new_local(move |access: &OrderAccess| {
        let calls = calls.clone();
        let access = access.clone();
        async move {
            let fresh = calls.refresh(access).await?;
            show_fresh(fresh);
            Ok::<(), ApiError>(())
        }
    });
    let refreshing = refresh.pending();

    let header = move || {
        let o = order.get();
        let t = i18n.messages().tracking();
        let locale = i18n.locale();
        let placed = format::date(&o.placed_at, locale).map(|d| {
            view! {
                <p class="sportello-muted">{(i18n.messages().tracking().placed_on)(&d)}</p>
            }
        });
        // "Delivering to…" only while something is on its way: not for a returned or cancelled
        // order, nor one already delivered.
        let on_its_way = !matches!(
            o.status,
            OrderStatus::Returned | OrderStatus::Cancelled | OrderStatus::Delivered
        );
        let address = o
            .shipping_address
            .as_ref()
            .filter(|_| on_its_way)
            .map(|a| {
                [a.name.as_deref(), a.city.as_deref(), a.postcode.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(i18n.messages().comma)
            })
            .filter(|a| !a.is_empty())
            .map(|a| view! { <p class="sportello-muted">{(t.delivery_address)(&a)}</p> });
        view! {
            {placed}
            {address}
            <p class="sportello-status">
                <span class="sportello-status-label">{i18n.messages().status_label}{i18n.messages().label_colon}</span>
                <strong class=format!("sportello-badge sportello-badge--{}", status_slug(o.status))>
                    {(i18n.messages().tracking().status_name)(o.status)}
                </strong>
            </p>
            <p>{(i18n.messages().tracking().status_explanation)(o.status)}</p>
        }
    };

    // A parcel that needs the customer comes first: it is the one thing they can act on.
    let needs = move || {
        let o = order.get();
        let total = o.shipments.len();
        let can_request = i18n
            .1
            .with(|s| s.as_ref().is_some_and(|s| s.parcel_requests));
        o.shipments
            .into_iter()
            .enumerate()
            .filter(|(_, s)| s.needs_customer())
            .map(|(i, s)| view! {
                <ParcelNeeds shipment=s index=i + 1 total=total access=access.get_value() can_request=can_request />
            })
            .collect_view()
    };

    let banners = move || {
        let o = order.get();
        let current = now.get();
        late.get().into_iter().map(|notice| view! {
            <DelayBanner notice=notice promised=o.promised_delivery.clone() currency=o.currency.clone() now=current />
        }).collect_view()
    };

    let parcels = move || {
        let o = order.get();
        let total = o.shipments.len();
        let current = now.get();
        (total > 0).then(|| view! {
            <h3 class="sportello-subtitle">{(i18n.messages().tracking().parcels_title)(total)}</h3>
            {o.shipments.into_iter().enumerate().map(|(i, s)| view! {
                <ParcelView shipment=s index=i + 1 total=total now=current />
            }).collect_view()}
        })
    };

    let refunds = move || {
        let o = order.get();
        let current = now.get();
        o.refunds
            .into_iter()
            .map(|r| {
                view! {
                    <RefundView refund=r currency=o.currency.clone() now=current />
                }
            })
            .collect_view()
    };

    let items = move || {
        let o = order.get();
        let m = i18n.messages();
        let locale = i18n.locale();
        let total = o
            .totals
            .as_ref()
            .map_or_else(|| o.items_total(), |t| t.total);
        let list = if o.items.is_empty() {
            view! { <p class="sportello-muted">{m.tracking().no_items}</p> }.into_any()
        } else {
            view! {
                <ul class="sportello-items" aria-labelledby=ids.id("items")>
                    {o.items.iter().map(|item| {
                        let unit = format::money(item.unit_price, &o.currency, locale);
                        let line = format::money(item.unit_price.saturating_mul(i64::from(item.quantity)), &o.currency, locale);
                        view! {
                            <li class="sportello-item">
                                <span class="sportello-item-name">{item.name.clone()}</span>
                                <span class="sportello-item-qty">{(m.tracking().quantity_times_price)(item.quantity, &unit)}</span>
                                <span class="sportello-item-total">{line}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        };
        view! {
            <h3 class="sportello-subtitle" id=ids.id("items")>{m.tracking().items_title}</h3>
            {list}
            <p class="sportello-total">
                <span>{m.tracking().total}</span>
                <strong>{format::money(total, &o.currency, locale)}</strong>
            </p>
        }
    };

    // The order's complaints, when the shop takes them: listed below, and promotions wait for
    // them (shown once the list says nothing is open).
    let complaints = (on_complain.is_some() || on_follow.is_some())
        .then(|| access.get_value().map(complaint_list))
        .flatten();
    // Never cross-sell while anything is late, or to a customer with an open complaint.
    let promotions = move || {
        let o = order.get();
        let heard = complaints.is_none_or(|list| list.get().is_some_and(|l| none_open(&l)));
        (late.with(Vec::is_empty) && heard && !o.promotions.is_empty()).then(|| view! {
            <aside class="sportello-promotions" aria-labelledby=ids.id("promo")>
                <h3 class="sportello-subtitle" id=ids.id("promo")>{i18n.messages().tracking().promotions_title}</h3>
                // The offers are the shop's own texts, in its language.
                <ul lang=i18n.shop_language()>
                    {o.promotions.into_iter().map(|p| view! {
                        <li>
                            <strong>{p.title}</strong>
                            {p.text.map(|t| view! { " "<span>{t}</span> })}
                            {p.code.map(|c| view! { " "<code>{c}</code> })}
                        </li>
                    }).collect_view()}
                </ul>
            </aside>
        })
    };

    let refresh_row = move || {
        access.get_value().map(|a| {
            let a = StoredValue::new(a);
            view! {
                <div class="sportello-refresh">
                    <button type="button" class="sportello-button sportello-button--secondary sportello-button--small"
                        aria-disabled=move || refreshing.get().then_some("true")
                        on:click=move |_| if !refreshing.get_untracked() { refresh.dispatch(a.get_value()); }>
                        {move || {
                            let t = i18n.messages().tracking();
                            if refreshing.get() { t.refreshing } else { t.refresh }
                        }}
                    </button>
                    {move || updated_at.get().map(|time| view! {
                        <span class="sportello-muted">{(i18n.messages().tracking().updated_at)(&time)}</span>
                    })}
                </div>
                {move || match refresh.value().get() {
                    Some(Err(ApiError::Unauthorized)) => Some(view! {
                        <div class="sportello-alert" role="alert">
                            <p>{i18n.messages().tracking().link_expired}</p>
                            <button type="button" class="sportello-button sportello-button--secondary" on:click=move |_| on_back.run(())>
                                {i18n.messages().tracking().look_up_another}
                            </button>
                        </div>
                    }.into_any()),
                    Some(Err(_)) => Some(view! {
                        <div class="sportello-alert" role="alert"><p>{i18n.messages().tracking().refresh_failed}</p></div>
                    }.into_any()),
                    _ => None,
                }}
            }
        })
    };

    view! {
        <section class="sportello-order" aria-labelledby=ids.id("title")>
            <h2 class="sportello-title" id=ids.id("title") tabindex="-1" node_ref=heading>
                {move || (i18n.messages().tracking().order_title)(&order.with(|o| o.number.clone()))}
            </h2>
            {needs}
            {banners}
            // Offered while something is still on its way late; never for what already arrived.
            {move || late.with(|l| l.iter().any(|n| n.cause != Cause::DeliveredLate)).then(|| access.get_value()).flatten().map(|a| {
                let refund = late.with(|l| l.iter().all(|n| n.subject == NoticeSubject::Refund));
                let subscribed = order.with(|o| o.subscriptions.iter().map(|s| s.channel).collect::<Vec<_>>());
                view! { <NotifyOptIn access=a refund=refund subscribed=subscribed /> }
            })}
            {header}
            {refresh_row}
            {parcels}
            {refunds}
            {items}
            {promotions}
            {on_follow
                .zip(access.get_value())
                .zip(complaints)
                .map(|((follow, access), list)| view! { <OrderComplaints list=list access=access on_open=follow /> })}
            {on_complain.map(|complain| view! {
                <button
                    type="button"
                    class="sportello-button sportello-button--secondary"
                    data-needs="complaints"
                    on:click=move |_| complain.run(order.get_untracked())
                >
                    {move || i18n.messages().complaints().start_about_order}
                </button>
            })}
            <button type="button" class="sportello-button sportello-button--secondary" on:click=move |_| on_back.run(())>
                {move || i18n.messages().tracking().look_up_another}
            </button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_contract::{DateWindow, Shipment, ShipmentStatus};

    #[test]
    fn estimate_changes_are_found_per_parcel() {
        let parcel = |id: &str, to: &str| Shipment {
            id: id.into(),
            carrier: "BRT".into(),
            tracking_number: None,
            tracking_url: None,
            status: ShipmentStatus::InTransit,
            items: vec![],
            events: vec![],
            estimated_delivery: Some(DateWindow {
                from: to.into(),
                to: to.into(),
            }),
            estimate_revised_at: None,
            delivered_at: None,
            delay: None,
            pickup: None,
            actions: Vec::new(),
            redelivery_dates: Vec::new(),
            requests: Vec::new(),
        };
        let before = OrderSummary {
            shipments: vec![parcel("A", "x"), parcel("B", "y")],
            ..OrderSummary::default()
        };
        let after = OrderSummary {
            shipments: vec![parcel("A", "x"), parcel("B", "z")],
            ..OrderSummary::default()
        };
        let changes = changed_estimates(&before, &after);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].0, 2);
        assert_eq!(changes[0].1.to, "z");
    }
}
