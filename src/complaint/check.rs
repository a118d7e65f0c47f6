use leptos::prelude::*;
use sportello_contract::ContactChannel;

use super::{reconfirm::Reconfirm, validate::Field, ComplaintState, Step};
use crate::{
    api::ApiError,
    ui::{failure_message, failure_reference, I18n, Ids},
};

/// Check your answers (GOV.UK pattern): a summary list with a Change link per answer, then send.
#[component]
pub fn ComplaintCheck(
    on_send: Callback<()>,
    #[prop(into)] pending: Signal<bool>,
    /// The complaint waits for the connection to come back.
    #[prop(into)]
    queued: Signal<bool>,
    #[prop(into)] failure: Signal<Option<ApiError>>,
    /// Sends the complaint again once the customer has confirmed the order anew (after a 401).
    on_reconfirmed: Callback<sportello_contract::OrderAccess>,
) -> impl IntoView {
    let i18n = I18n::get();
    let state = ComplaintState::get();
    let ids = Ids::fresh();
    let change = move |field: Option<Field>| {
        // A changed complaint is sent again by the customer, never from the old queue.
        state.draft.update(|d| d.queued = false);
        state.focus.set(field);
        state.step.set(if field.is_none() {
            Step::Topic
        } else {
            Step::Form
        });
    };
    let row = move |label: String, value: String, field: Option<Field>| {
        view! {
            <div class="sportello-summary-row">
                <dt>{label.clone()}</dt>
                <dd class="sportello-summary-value">{value}</dd>
                <dd>
                    <button type="button" class="sportello-link-button" on:click=move |_| change(field)>
                        {i18n.messages().complaints().change}
                        <span class="sportello-sr-only">" "{label.clone()}</span>
                    </button>
                </dd>
            </div>
        }
    };

    let rows = move || {
        let m = i18n.messages();
        let c = m.complaints();
        let d = state.draft.get();
        let mut rows = vec![row(
            c.topic_label.to_owned(),
            d.topic.map(|t| (c.topic_name)(t)).unwrap_or("").to_owned(),
            None,
        )];
        if let Some(number) = d
            .order_number
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            let field = if state.access.with_value(Option::is_some) {
                Field::Description
            } else {
                Field::OrderNumber
            };
            rows.push(row(
                c.order_label.to_owned(),
                number.to_owned(),
                Some(field),
            ));
        }
        if !d.items.is_empty() {
            rows.push(row(
                c.items_label.to_owned(),
                d.items.join(m.comma),
                Some(Field::Description),
            ));
        }
        rows.push(row(
            c.description_label.to_owned(),
            d.description.trim().to_owned(),
            Some(Field::Description),
        ));
        if state
            .shop
            .with(|s| s.as_ref().is_some_and(|s| s.capabilities.complaint_photos))
        {
            let photos = if d.photos.is_empty() {
                c.photos_none.to_owned()
            } else {
                let names: Vec<&str> = d.photos.iter().map(|p| p.name.as_str()).collect();
                format!(
                    "{}{}{}",
                    (c.photos_count)(d.photos.len()),
                    m.label_colon,
                    names.join(m.comma)
                )
            };
            rows.push(row(
                c.photos_label.to_owned(),
                photos,
                Some(Field::Description),
            ));
        }
        rows.push(row(
            c.resolution_legend.to_owned(),
            d.resolution
                .map(|r| (c.resolution_name)(r))
                .unwrap_or("")
                .to_owned(),
            Some(Field::Resolution),
        ));
        rows.push(row(
            c.email_label.to_owned(),
            d.email.trim().to_owned(),
            Some(Field::Email),
        ));
        let contact = match d.channel {
            ContactChannel::Email => (c.channel_name)(d.channel).to_owned(),
            channel => [
                (c.channel_name)(channel),
                d.phone.trim(),
                (c.window_name)(d.window),
            ]
            .join(m.list_separator),
        };
        rows.push(row(c.contact_label.to_owned(), contact, Some(Field::Phone)));
        rows.collect_view()
    };

    // The order's token ran out while the tab was open: confirm the order again, then send.
    let reconfirming = move || {
        failure.with(|f| f == &Some(ApiError::Unauthorized))
            && state.access.with_value(Option::is_some)
    };
    // Only what is known: an answer that was lost may have followed a complaint that arrived.
    let problem = move || {
        if reconfirming() {
            return Some(view! { <Reconfirm on_confirmed=on_reconfirmed /> }.into_any());
        }
        failure.get().map(|error| {
            let m = i18n.messages();
            let (reason, _) = failure_message(m, &error);
            let reference = failure_reference(m, &error);
            view! {
                <div class="sportello-alert" role="alert">
                    <p class="sportello-alert-text">
                        {if may_have_arrived(&error) { m.complaints().send_unconfirmed } else { m.complaints().send_failed }}
                        " "{reason}
                    </p>
                    <p>{m.complaints().send_retry_safe}</p>
                    {reference}
                </div>
            }
            .into_any()
        })
    };

    view! {
        <div class="sportello-check">
            <h2 class="sportello-title" id=ids.id("title")>{move || i18n.messages().complaints().check_title}</h2>
            <p class="sportello-intro">{move || i18n.messages().complaints().check_intro}</p>
            <dl class="sportello-summary-list" aria-labelledby=ids.id("title")>{rows}</dl>
            {move || (queued.get() && !pending.get()).then(|| view! {
                <p class="sportello-notice" role="status">{i18n.messages().complaints().queued_notice}</p>
            })}
            {problem}
            // Not while the order is confirmed again: it would only be refused again.
            {move || (!reconfirming()).then(|| view! {
                <button type="button" class="sportello-button" aria-disabled=move || pending.get().then_some("true")
                    on:click=move |_| on_send.run(())>
                    {move || {
                        let c = i18n.messages().complaints();
                        if pending.get() { c.sending } else if failure.get().is_some() { i18n.messages().try_again } else { c.send }
                    }}
                </button>
            })}
        </div>
    }
}

/// Whether a complaint whose sending failed may still have reached the shop: its answer was
/// lost (no answer, a time-out, an answer that could not be read), the shop was still working
/// on it, or the shop's side failed. The customer is then told that it could not be confirmed,
/// never that it did not arrive; trying again is safe either way (the same Idempotency-Key).
pub fn may_have_arrived(error: &ApiError) -> bool {
    match error {
        ApiError::NotFound
        | ApiError::Unauthorized
        | ApiError::Conflict
        | ApiError::Invalid(_)
        | ApiError::RateLimited { .. }
        | ApiError::Unavailable { .. } => false,
        ApiError::Server { status, .. } => *status >= 500,
        ApiError::Network | ApiError::Timeout | ApiError::InProgress | ApiError::Unreadable => true,
    }
}

#[cfg(test)]
mod tests {
    use super::may_have_arrived;
    use crate::api::ApiError;

    #[test]
    fn only_refusals_are_said_not_to_have_arrived() {
        let server = |status| ApiError::Server {
            status,
            reference: None,
        };
        for lost in [
            ApiError::Network,
            ApiError::Timeout,
            ApiError::InProgress,
            ApiError::Unreadable,
            server(500),
            server(502),
        ] {
            assert!(may_have_arrived(&lost), "{lost:?}");
        }
        for refused in [
            ApiError::NotFound,
            ApiError::Unauthorized,
            ApiError::Conflict,
            ApiError::Invalid(Vec::new()),
            ApiError::RateLimited { retry_after: None },
            ApiError::Unavailable {
                retry_after: Some(600),
            },
            server(400),
            server(404),
        ] {
            assert!(!may_have_arrived(&refused), "{refused:?}");
        }
    }
}
