use leptos::prelude::*;
use sportello_contract::{ComplaintStatus, ComplaintUpdate, UpdateAuthor};

use super::{rating::ComplaintRating, reply::ComplaintReply, FollowState};
use crate::{
    api::{ApiError, CallsHandle},
    complaint::done::reply_by_lines,
    format::{self, Style},
    i18n::Messages,
    ui::{failure_message, Announcer, I18n, Ids},
};

/// Whether the shop still takes messages on a complaint in this status.
pub fn is_open(status: ComplaintStatus) -> bool {
    !matches!(status, ComplaintStatus::Resolved | ComplaintStatus::Closed)
}

/// Whether the shop still owes the customer an answer: the complaint is open, the shop is not
/// waiting for the customer, and the latest word is the customer's (or there is none yet). Once
/// the shop has answered, "we'll reply by…" and "our team is away" are no longer said.
pub fn shop_owes_answer(complaint: &sportello_contract::Complaint) -> bool {
    is_open(complaint.status)
        && complaint.status != ComplaintStatus::WaitingForCustomer
        && complaint
            .updates
            .last()
            .is_none_or(|latest| latest.author == UpdateAuthor::Customer)
}

/// "18 Nov 2026, 10:24 · Marta, customer service, by phone"
fn byline(m: &'static Messages, update: &ComplaintUpdate, locale: crate::i18n::Locale) -> String {
    let c = m.complaints();
    let who = match (update.author, update.author_name.as_deref()) {
        (UpdateAuthor::Customer, _) => c.update_by_you.to_owned(),
        (_, Some(name)) if !name.trim().is_empty() => (c.update_by_named)(name.trim()),
        _ => c.update_by_shop.to_owned(),
    };
    let via = (c.channel_via)(update.channel);
    let mut line = format::styled(&update.at, Style::DateTime, locale).unwrap_or_default();
    if !line.is_empty() {
        line.push_str(m.list_separator);
    }
    line.push_str(&who);
    if !via.is_empty() {
        line.push(' ');
        line.push_str(via);
    }
    line
}

/// A complaint as it stands: status, the reply-by promise (and why it moved), the timeline of
/// updates from every channel (newest first), then a way to add information or, at resolution,
/// to rate.
#[component]
pub fn ComplaintStatusView() -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let state = FollowState::get();
    let ids = Ids::fresh();
    let complaint = move || state.complaint.get().unwrap_or_default();
    let takes_complaints = move || {
        state
            .shop
            .with(|s| s.as_ref().is_some_and(|s| s.capabilities.complaints))
    };

    let refresh = Action::new_local(move |_: &()| {
        let calls = calls.clone();
        let key = state.key.get_untracked();
        async move {
            let outcome = match key {
                Some(key) => calls.complaint(key).await,
                None => Err(ApiError::Unauthorized),
            };
            // Handed over by the action: only a failure stays in its value.
            match outcome {
                Ok(fresh) => {
                    announcer.say(i18n.0.get_untracked().messages().complaints().refreshed);
                    state.show(fresh);
                    Ok(())
                }
                Err(error) => state.failed(error),
            }
        }
    });

    let reply_by = move || {
        let c = complaint();
        let owed = shop_owes_answer(&c);
        c.reply_by
            .filter(|_| owed)
            .map(|reply_by| {
                let m = i18n.messages();
                let moved = reply_by
                    .moved_reason
                    .as_deref()
                    .map(|reason| view! { <p class="sportello-notice">{(m.complaints().reply_moved)(reason)}</p> });
                view! {
                    {moved}
                    {reply_by_lines(m, &reply_by, i18n.locale())
                        .into_iter()
                        .map(|line| view! { <p>{line}</p> })
                        .collect_view()}
                }
            })
    };

    let timeline = move || {
        let m = i18n.messages();
        let locale = i18n.locale();
        let shop_tag = i18n.shop_language();
        // Newest first: what the customer came back for is the latest word.
        complaint()
            .updates
            .into_iter()
            .rev()
            .map(|update| {
                let mine = update.author == UpdateAuthor::Customer;
                let photos = (update.photos > 0)
                    .then(|| view! { <p class="sportello-muted">{(m.complaints().photos_attached)(update.photos)}</p> });
                view! {
                    <li class="sportello-timeline-entry" class:sportello-timeline-entry--mine=mine>
                        <p class="sportello-timeline-meta">{byline(m, &update, locale)}</p>
                        // The shop's staff write in the shop's language; the customer in their own.
                        <p class="sportello-timeline-text" lang=(!mine).then(|| shop_tag.clone()).flatten()>{update.text}</p>
                        {photos}
                    </li>
                }
            })
            .collect_view()
    };

    let refresh_problem = move || match refresh.value().get() {
        Some(Err(error)) if error != ApiError::Unauthorized => {
            let m = i18n.messages();
            let (reason, _) = failure_message(m, &error);
            Some(view! {
                <p class="sportello-alert" role="alert">{m.tracking().refresh_failed}" "{reason}</p>
            })
        }
        _ => None,
    };

    view! {
        <div class="sportello-complaint-status">
            <h2 class="sportello-title" id=ids.id("title")>
                {move || (i18n.messages().complaints().complaint_title)(&complaint().reference)}
            </h2>
            <p>
                {move || i18n.messages().status_label}{move || i18n.messages().label_colon}
                <strong>{move || (i18n.messages().complaints().status_name)(complaint().status)}</strong>
            </p>
            {reply_by}
            <button type="button" class="sportello-button sportello-button--small"
                aria-disabled=move || refresh.pending().get().then_some("true")
                on:click=move |_| { if !refresh.pending().get_untracked() { refresh.dispatch(()); } }>
                {move || {
                    let t = i18n.messages().tracking();
                    if refresh.pending().get() { t.refreshing } else { t.refresh }
                }}
            </button>
            {refresh_problem}
            <h3 class="sportello-subtitle" id=ids.id("timeline")>{move || i18n.messages().complaints().timeline_title}</h3>
            <ol class="sportello-timeline" aria-labelledby=ids.id("timeline")>{timeline}</ol>
            {move || {
                let c = complaint();
                (c.can_rate || c.rating.is_some()).then(|| view! { <ComplaintRating /> })
            }}
            {move || if is_open(complaint().status) {
                view! { <ComplaintReply /> }.into_any()
            } else {
                let c = i18n.messages().complaints();
                let order_number = complaint().order_number;
                view! {
                    // A message the shop no longer took: said, and what was typed shown.
                    {state.unsent.get().map(|text| view! {
                        <div class="sportello-alert" role="alert">
                            <p class="sportello-alert-text">{c.message_not_added}</p>
                            <blockquote class="sportello-quote">{text}</blockquote>
                        </div>
                    })}
                    <p class="sportello-notice">{c.closed_notice}</p>
                    {state.on_write_again.filter(|_| takes_complaints()).map(|write| view! {
                        <button type="button" class="sportello-button"
                            on:click=move |_| write.run(order_number.clone())>
                            {c.write_again}
                        </button>
                    })}
                }.into_any()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use sportello_contract::{Complaint, UpdateChannel};

    use super::*;

    fn update(author: UpdateAuthor) -> ComplaintUpdate {
        ComplaintUpdate {
            at: "2026-11-30T09:00:00Z".into(),
            channel: UpdateChannel::Web,
            author,
            author_name: None,
            text: "…".into(),
            photos: 0,
        }
    }

    #[test]
    fn the_shop_owes_an_answer_until_it_gives_one() {
        let mut c = Complaint {
            status: ComplaintStatus::Received,
            ..Complaint::default()
        };
        assert!(shop_owes_answer(&c), "nothing yet");
        c.updates.push(update(UpdateAuthor::Customer));
        assert!(shop_owes_answer(&c), "the customer wrote");
        c.updates.push(update(UpdateAuthor::Shop));
        assert!(!shop_owes_answer(&c), "the shop answered");
        c.updates.push(update(UpdateAuthor::Customer));
        assert!(shop_owes_answer(&c), "the customer wrote again");
        c.status = ComplaintStatus::WaitingForCustomer;
        assert!(!shop_owes_answer(&c), "the shop asked the customer");
        c.status = ComplaintStatus::Resolved;
        assert!(!shop_owes_answer(&c), "resolved");
    }
}
