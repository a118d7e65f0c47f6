use leptos::{html, prelude::*};
use sportello_contract::{OrderStatus, OrderSummary};

use super::{focus_after_render, I18n, Ids};
use crate::format;

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

/// One order as the customer sees it: number, date, status in words, what was ordered, total.
#[component]
pub fn OrderView(order: OrderSummary, on_back: Callback<()>) -> impl IntoView {
    let i18n = I18n::get();
    let ids = Ids::fresh();
    let heading = NodeRef::<html::H2>::new();
    focus_after_render(heading);

    let total = order.items_total();
    let order = StoredValue::new(order);
    let currency = move || order.with_value(|o| o.currency.clone());
    let status = order.with_value(|o| o.status);

    let placed = move || {
        order
            .with_value(|o| format::date(&o.placed_at, i18n.locale()))
            .map(|date| view! { <p class="sportello-muted">{(i18n.messages().placed_on)(&date)}</p> })
    };

    let items = move || {
        let lines = order.with_value(|o| o.items.clone());
        if lines.is_empty() {
            return view! { <p class="sportello-muted">{i18n.messages().no_items}</p> }.into_any();
        }
        let locale = i18n.locale();
        let currency = currency();
        view! {
            <ul class="sportello-items" aria-labelledby=ids.id("items")>
                {lines
                    .into_iter()
                    .map(|item| {
                        let unit = format::money(item.unit_price, &currency, locale);
                        let line = format::money(
                            item.unit_price.saturating_mul(i64::from(item.quantity)),
                            &currency,
                            locale,
                        );
                        view! {
                            <li class="sportello-item">
                                <span class="sportello-item-name">{item.name}</span>
                                <span class="sportello-item-qty">
                                    {(i18n.messages().quantity_times_price)(item.quantity, &unit)}
                                </span>
                                <span class="sportello-item-total">{line}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };

    view! {
        <section class="sportello-order" aria-labelledby=ids.id("title")>
            <h2 class="sportello-title" id=ids.id("title") tabindex="-1" node_ref=heading>
                {move || order.with_value(|o| (i18n.messages().order_title)(&o.number))}
            </h2>
            {placed}
            <p class="sportello-status">
                <span class="sportello-status-label">{move || i18n.messages().status_label}": "</span>
                <strong class=format!("sportello-badge sportello-badge--{}", status_slug(status))>
                    {move || (i18n.messages().status_name)(status)}
                </strong>
            </p>
            <p>{move || (i18n.messages().status_explanation)(status)}</p>
            <h3 class="sportello-subtitle" id=ids.id("items")>{move || i18n.messages().items_title}</h3>
            {items}
            <p class="sportello-total">
                <span>{move || i18n.messages().total}</span>
                <strong>{move || format::money(total, &currency(), i18n.locale())}</strong>
            </p>
            <button type="button" class="sportello-button sportello-button--secondary" on:click=move |_| on_back.run(())>
                {move || i18n.messages().look_up_another}
            </button>
        </section>
    }
}
