use leptos::prelude::*;
use sportello_contract::{ContactChannel, ReplyBy};

use super::{
    reply_time::{span, Span},
    ComplaintState,
};
use crate::{
    browser::clipboard::copy_to_clipboard,
    format,
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
    let mut lines = Vec::new();
    // After hours, that comes first: it is why the answer is not coming tonight.
    if !reply_by.office_open {
        if let Some(opens) = reply_by
            .opens_at
            .as_deref()
            .and_then(|t| format::moment(t, locale))
        {
            lines.push((c.office_closed)(&opens));
        }
    }
    lines.push((c.usually_within)(&duration));
    if let Some(latest) = format::moment(&reply_by.latest_at, locale) {
        lines.push((c.latest_by)(&latest));
    }
    lines
}

/// The contact the customer gave, partly hidden for the screen of a shared device or an onlooker:
/// the e-mail's first letter and domain ("g•••@example.com"), the phone number's country code
/// and last three digits ("+39 ••• ••• •567").
pub fn masked(address: &str, channel: ContactChannel) -> String {
    let address = address.trim();
    if channel == ContactChannel::Email {
        return match address.split_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                format!("{first}•••@{domain}")
            }
            None => "•••".to_owned(),
        };
    }
    let digits = address.chars().filter(char::is_ascii_digit).count();
    let country = address.strip_prefix('+').map_or(0, |rest| {
        rest.chars().take_while(char::is_ascii_digit).count()
    });
    let mut seen = 0;
    address
        .chars()
        .map(|c| {
            if !c.is_ascii_digit() {
                return c;
            }
            seen += 1;
            if seen <= country || seen > digits.saturating_sub(3) {
                c
            } else {
                '•'
            }
        })
        .collect()
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
            // How we will reply, as the customer asked: the channel, the contact (partly hidden)
            // and, for a call or a message, the time of day.
            {move || complaint().contact.map(|contact| {
                let m = i18n.messages();
                let c = m.complaints();
                let mut parts = vec![(c.channel_name)(contact.channel).to_owned(), masked(&contact.address, contact.channel)];
                if contact.channel != ContactChannel::Email {
                    parts.push((c.window_name)(contact.window).to_owned());
                }
                view! {
                    <p><strong>{c.contact_label}{m.label_colon}</strong>{parts.join(m.list_separator)}</p>
                }
            })}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contact_is_repeated_partly_hidden() {
        assert_eq!(
            masked(" giulia.rossi@example.com ", ContactChannel::Email),
            "g•••@example.com"
        );
        assert_eq!(masked("nobody", ContactChannel::Email), "•••");
        assert_eq!(
            masked("+39 333 123 4567", ContactChannel::Phone),
            "+39 ••• ••• •567"
        );
        assert_eq!(masked("0333 1234567", ContactChannel::Sms), "•••• ••••567");
        assert_eq!(masked("12", ContactChannel::Whatsapp), "12");
    }
}
