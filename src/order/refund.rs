use leptos::prelude::*;
use sportello_contract::{Refund, RefundStatus};

use crate::{
    clock::parse_rfc3339,
    format,
    ui::{I18n, Ids},
};

/// One refund: amount and method, its steps, and the dates that matter.
#[component]
pub fn RefundView(refund: Refund, currency: String, now: i64) -> impl IntoView {
    let i18n = I18n::get();
    let ids = Ids::fresh();
    let current = RefundStatus::STEPS.iter().position(|s| *s == refund.status);
    let refund = StoredValue::new(refund);
    let dates = move || {
        let t = i18n.messages().tracking();
        let locale = i18n.locale();
        refund.with_value(|r| {
            let mut lines = Vec::new();
            if let Some(d) = r.issued_at.as_deref().and_then(|d| format::date(d, locale)) {
                lines.push((t.refund_issued_on)(&d));
            }
            match r.status {
                RefundStatus::Completed => {
                    if let Some(d) = r
                        .completed_at
                        .as_deref()
                        .and_then(|d| format::date(d, locale))
                    {
                        lines.push((t.refund_completed_on)(&d));
                    }
                }
                RefundStatus::Failed => lines.push(t.refund_failed.to_owned()),
                // Unknown: being updated, never "it should reach you by…".
                RefundStatus::Unknown => {
                    lines.push((t.refund_status_name)(RefundStatus::Unknown).to_owned())
                }
                _ => {
                    // A date already passed is not repeated as a promise (the banner explains it).
                    let by = r
                        .expected_by
                        .as_deref()
                        .filter(|d| parse_rfc3339(d).is_some_and(|t| t >= now));
                    if let Some(d) = by.and_then(|d| format::date(d, locale)) {
                        lines.push((t.refund_expected_by)(&d));
                    }
                }
            }
            lines
                .into_iter()
                .map(|l| view! { <p>{l}</p> })
                .collect_view()
        })
    };
    view! {
        <section class="sportello-refund" aria-labelledby=ids.id("title")>
            <h3 class="sportello-subtitle" id=ids.id("title")>{move || i18n.messages().tracking().refunds_title}</h3>
            <p class="sportello-refund-summary">
                {move || refund.with_value(|r| {
                    let t = i18n.messages().tracking();
                    (t.refund_summary)(&format::money(r.amount, &currency, i18n.locale()), (t.refund_method_name)(r.method))
                })}
            </p>
            <ol class="sportello-steps" aria-label=move || i18n.messages().tracking().refund_steps_label>
                {RefundStatus::STEPS.into_iter().enumerate().map(|(position, step)| {
                    let state = match current {
                        Some(c) if position < c => "done",
                        Some(c) if position == c => "current",
                        _ => "todo",
                    };
                    view! {
                        <li class=format!("sportello-step sportello-step--{state}") aria-current=(current == Some(position)).then_some("step")>
                            {move || (i18n.messages().tracking().refund_status_name)(step)}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {dates}
        </section>
    }
}
