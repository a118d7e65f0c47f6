use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{ComplaintMessage, PhotoUpload, DESCRIPTION_MAX_CHARS};

use super::{validate::validate_message, FollowState};
use crate::{
    api::{ApiError, CallsHandle},
    browser::keys::{key_for, new_key},
    ui::{
        failure_message, failure_reference,
        field::{self, error_line, FieldError},
        focus_after_render, Announcer, I18n, Ids, PhotoPicker,
    },
};

/// "Add information": a message and photos for the shop. The text stays until it is sent; a
/// retry of the same message reuses its Idempotency-Key, so it is never added twice.
#[component]
pub fn ComplaintReply() -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let state = FollowState::get();
    let ids = Ids::fresh();
    let text = RwSignal::new(String::new());
    let photos = RwSignal::new(Vec::<PhotoUpload>::new());
    let error = RwSignal::new(None::<FieldError>);
    let sent = RwSignal::new(false);
    let input = NodeRef::<html::Textarea>::new();
    // The key of the message being sent, and the fingerprint of what it was made for.
    let pending_key = StoredValue::new((None::<String>, None::<String>));

    let send = Action::new_local(move |(message, key): &(ComplaintMessage, String)| {
        let calls = calls.clone();
        let (message, key) = (message.clone(), key.clone());
        let access = state.key.get_untracked();
        async move {
            let outcome = match access {
                Some(access) => match calls
                    .add_message(access.clone(), message.clone(), key)
                    .await
                {
                    // The shop resolved it meanwhile: show it as it is now, with the words kept.
                    Err(ApiError::Conflict) => match calls.complaint(access).await {
                        Ok(fresh) => {
                            state.unsent.set(Some(message.text));
                            state.show(fresh);
                            return Ok(());
                        }
                        Err(error) => Err(error),
                    },
                    other => other,
                },
                None => Err(ApiError::Unauthorized),
            };
            // Handed over by the action: only a failure stays in its value.
            match outcome {
                Ok(complaint) => {
                    pending_key.set_value((None, None));
                    text.set(String::new());
                    photos.set(Vec::new());
                    sent.set(true);
                    announcer.say(i18n.0.get_untracked().messages().complaints().message_sent);
                    state.show(complaint);
                    Ok(())
                }
                Err(error) => state.failed(error),
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if send.pending().get_untracked() {
            return;
        }
        sent.set(false);
        match validate_message(&text.get_untracked()) {
            Ok(valid) => {
                error.set(None);
                let message = ComplaintMessage {
                    text: valid,
                    photos: photos.get_untracked(),
                };
                let key = pending_key
                    .try_update_value(|(key, made_for)| key_for(key, made_for, &message, new_key))
                    .unwrap_or_else(new_key);
                send.dispatch((message, key));
            }
            Err(problem) => {
                error.set(Some(problem));
                focus_after_render(input);
            }
        }
    };

    let field_id = ids.id("message");
    let hint_id = format!("{field_id}-hint");
    let error_text = move || {
        error.get().map(|problem| {
            let c = i18n.messages().complaints();
            match problem {
                FieldError::Required => c.message_required.to_owned(),
                _ => (c.message_too_long)(DESCRIPTION_MAX_CHARS),
            }
        })
    };
    let failure = move || {
        match send.value().get() {
        Some(Err(ApiError::Conflict)) => Some(
            view! { <p class="sportello-alert" role="alert">{i18n.messages().complaints().closed_notice}</p> }
                .into_any(),
        ),
        Some(Err(error)) if error != ApiError::Unauthorized => {
            let m = i18n.messages();
            let (reason, _) = failure_message(m, &error);
            let reference = failure_reference(m, &error);
            // Only what is known: a lost answer may have followed a message that arrived.
            let said = if crate::complaint::check::may_have_arrived(&error) {
                m.complaints().message_unconfirmed
            } else {
                m.complaints().message_failed
            };
            Some(view! {
                <div class="sportello-alert" role="alert">
                    <p class="sportello-alert-text">{said}" "{reason}</p>
                    {reference}
                </div>
            }.into_any())
        }
        _ => None,
    }
    };
    let photos_offered = move || {
        state
            .shop
            .with(|s| s.as_ref().is_some_and(|s| s.capabilities.complaint_photos))
    };

    view! {
        <form class="sportello-form" novalidate aria-labelledby=ids.id("title") on:submit=on_submit>
            <h3 class="sportello-subtitle" id=ids.id("title")>{move || i18n.messages().complaints().add_info_title}</h3>
            {move || sent.get().then(|| view! {
                <p class="sportello-notice">{i18n.messages().complaints().message_sent}</p>
            })}
            <div class="sportello-field" class:sportello-field--error=move || error.get().is_some()>
                <label class="sportello-label" for=field_id.clone()>{move || i18n.messages().complaints().add_info_label}</label>
                <p class="sportello-hint" id=hint_id.clone()>{move || i18n.messages().complaints().add_info_hint}</p>
                {
                    let id = field_id.clone();
                    move || error_text().map(|message| error_line(&id, i18n.messages().error_prefix, message))
                }
                <textarea class="sportello-input sportello-textarea" id=field_id.clone() rows="4" node_ref=input
                    aria-describedby=move || field::described_by(&field_id, true, error.get().is_some())
                    aria-invalid=move || field::invalid(error.get().is_some())
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))>
                </textarea>
            </div>
            {move || photos_offered().then(|| view! { <PhotoPicker photos=photos on_change=Callback::new(move |list| photos.set(list)) id=ids.id("photos") /> })}
            {failure}
            <button type="submit" class="sportello-button" aria-disabled=move || send.pending().get().then_some("true")>
                {move || {
                    let m = i18n.messages();
                    if send.pending().get() { m.complaints().sending } else { m.complaints().send_message }
                }}
            </button>
        </form>
    }
}
