use leptos::prelude::*;
use sportello_contract::ReplyBy;

use super::{
    reply_time::{span, Span},
    ComplaintState,
};
use crate::{
    browser::clipboard::copy_to_clipboard,
    format::{self, Style},
    i18n::Messages,
    ui::{I18n, Ids},
};

/// "We usually reply within …, by … at the latest", and the after-hours notice.
pub(crate) fn reply_by_lines(
    m: &'static Messages,
    reply_by: &ReplyBy,
    locale: crate::i18n::Locale,
) -> Vec<String> {
    let c = m.complaints();
    let duration = match span(reply_by.usually_within_minutes) {
        Span::Minutes(n) => (c.minutes)(n),
        Span::Hours(n) => (c.hours)(n),
        Span::Days(n) => (c.days)(n),
    };
    let mut lines = vec![(c.usually_within)(&duration)];
    if let Some(latest) = format::styled(&reply_by.latest_at, Style::DateTime, locale) {
        lines.push((c.latest_by)(&latest));
    }
    if !reply_by.office_open {
        if let Some(opens) = reply_by
            .opens_at
            .as_deref()
            .and_then(|t| format::styled(t, Style::DateTime, locale))
        {
            lines.push((c.office_closed)(&opens));
        }
    }
    lines
}

/// The acknowledgement: reference (copyable), status, the reply-by promise, what was sent and
/// what happens next.
#[component]
pub fn ComplaintDone() -> impl IntoView {
    let i18n = I18n::get();
    let state = ComplaintState::get();
    let ids = Ids::fresh();
    let copied = RwSignal::new(None::<bool>);
    let complaint = move || state.sent.get().unwrap_or_default();
    // The shop follows complaints up (its config may arrive after the flow opened).
    let follows = move || {
        state.shop.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.capabilities.complaint_follow_up)
        })
    };
    let copy = move |_| {
        let reference = complaint().reference;
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_to_clipboard(&reference).await));
        });
    };
    view! {
        <div class="sportello-done">
            <h2 class="sportello-title" id=ids.id("title")>{move || i18n.messages().complaints().done_title}</h2>
            <div class="sportello-panel">
                <p class="sportello-label">{move || i18n.messages().complaints().reference_label}</p>
                <p class="sportello-reference"><code>{move || complaint().reference}</code></p>
                <button type="button" class="sportello-button sportello-button--small" on:click=copy>
                    {move || {
                        let c = i18n.messages().complaints();
                        if copied.get() == Some(true) { c.reference_copied } else { c.copy_reference }
                    }}
                </button>
                <p>
                    {move || i18n.messages().status_label}{move || i18n.messages().label_colon}
                    <strong>{move || (i18n.messages().complaints().status_name)(complaint().status)}</strong>
                </p>
            </div>
            {move || complaint().reply_by.map(|reply_by| {
                reply_by_lines(i18n.messages(), &reply_by, i18n.locale())
                    .into_iter()
                    .map(|line| view! { <p>{line}</p> })
                    .collect_view()
            })}
            <h3 class="sportello-subtitle">{move || i18n.messages().complaints().what_you_sent}</h3>
            <p class="sportello-quote">{move || complaint().description}</p>
            <h3 class="sportello-subtitle">{move || i18n.messages().complaints().next_steps_title}</h3>
            <p>{move || {
                let c = i18n.messages().complaints();
                let channel = complaint().contact.map(|c| c.channel).unwrap_or_default();
                (c.next_steps)(channel)
            }}</p>
            <p class="sportello-muted">{move || i18n.messages().complaints().keep_reference}</p>
            {move || state.on_follow.filter(|_| follows()).map(|follow| view! {
                <button type="button" class="sportello-button"
                    on:click=move |_| { if let Some(sent) = state.sent.get_untracked() { follow.run(sent); } }>
                    {move || i18n.messages().complaints().follow_this}
                </button>
            })}
        </div>
    }
}
