//! Filing a complaint (the `complaints` chunk): the flow's steps and shared state (here), topics
//! and help answers (`topics`), the form (`form`), the check page (`check`), the acknowledgement
//! (`done`); the draft (`draft`), its checks (`validate`), its place in `localStorage`
//! (`storage`) and the reply-time wording (`reply_time`).

use leptos::{html, prelude::*};
use sportello_contract::{
    Complaint, ComplaintTopic, HelpAnswer, OrderAccess, OrderSummary, ShopConfig,
};

use crate::{
    api::{ApiError, CallsHandle},
    browser::{keys::new_key, online::browser_online},
    ui::{field::FieldError, land_on_heading, Announcer, I18n},
};
use check::ComplaintCheck;
use done::ComplaintDone;
pub use draft::Draft;
use form::ComplaintForm;
use topics::ComplaintTopics;
use validate::{Errors, Field};

pub mod check;
pub mod done;
pub mod draft;
mod form;
mod reconfirm;
pub mod reply_time;
pub mod storage;
mod topics;
pub mod validate;

/// Where the customer is in the complaint flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Topic,
    Help,
    Form,
    Check,
    Done,
}

/// The state every step of one complaint flow shares (signals: `Copy`).
#[derive(Clone, Copy)]
pub struct ComplaintState {
    pub draft: RwSignal<Draft>,
    pub consent: RwSignal<bool>,
    pub step: RwSignal<Step>,
    pub errors: RwSignal<Errors>,
    /// The field to focus when the form shows again (a Change link on the check page).
    pub focus: RwSignal<Option<Field>>,
    /// The order concerned, when the flow started from an order view.
    pub order: StoredValue<Option<OrderSummary>>,
    pub access: StoredValue<Option<OrderAccess>>,
    pub shop: Signal<Option<ShopConfig>>,
    /// The shop's help answers for a topic in a language, once fetched (`topics.rs`).
    pub help: RwSignal<Option<(ComplaintTopic, &'static str, Vec<HelpAnswer>)>>,
    /// A draft from an earlier visit was restored (until the customer starts over).
    pub restored: RwSignal<bool>,
    pub sent: RwSignal<Option<Complaint>>,
    /// Where the draft is kept.
    pub drafts: storage::DraftStore,
    /// Opens the follow-up of the complaint just filed (when the calls offers follow-up).
    pub on_follow: Option<Callback<Complaint>>,
}

impl ComplaintState {
    pub fn get() -> ComplaintState {
        expect_context::<ComplaintState>()
    }

    /// Drops a restored draft and starts afresh at the topics (about the same order, if any):
    /// nothing of what was typed, the e-mail address and phone number included, is kept.
    pub fn start_over(self) {
        self.drafts.clear();
        self.draft.update(|d| {
            *d = Draft {
                order_number: d.order_number.take(),
                order_id: d.order_id.take(),
                ..Draft::default()
            }
        });
        self.errors.set(Errors::new());
        self.restored.set(false);
        self.step.set(Step::Topic);
    }
}

/// A complaint from first contact to acknowledgement: topic, the shop's help answers, the form,
/// a check of the answers, then the reference and an honest reply-by time. Everything typed is
/// kept in the browser until the complaint is filed; a retry reuses the same Idempotency-Key.
#[component]
pub fn ComplaintFlow(
    /// The order the complaint concerns, if it started from one.
    order: Option<OrderSummary>,
    /// The shop's configuration (capabilities, office hours, privacy notice).
    #[prop(into)]
    shop: Signal<Option<ShopConfig>>,
    /// The e-mail address the customer already typed (for the lookup), to prefill.
    #[prop(into)]
    email: Signal<String>,
    on_close: Callback<()>,
    /// Opens the follow-up of the complaint once filed.
    #[prop(optional_no_strip)]
    on_follow: Option<Callback<Complaint>>,
    /// Where this shop's draft is kept.
    drafts: storage::DraftStore,
) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();

    // A draft from an earlier visit wins over a fresh start; otherwise start from the order.
    let stored = drafts.load().filter(Draft::has_content);
    let restored = stored.is_some();
    let access = order.as_ref().and_then(|o| o.access.clone());
    let draft = stored.unwrap_or_else(|| Draft {
        order_number: order.as_ref().map(|o| o.number.clone()),
        order_id: access.as_ref().map(|a| a.order_id.clone()),
        email: email.get_untracked(),
        ..Draft::default()
    });
    // A complaint queued offline (consent given) opens at its check page and goes by itself.
    let was_queued = draft.queued;
    let first_step = match (was_queued, restored) {
        (true, _) => Step::Check,
        (false, true) => Step::Form,
        (false, false) => Step::Topic,
    };
    let state = ComplaintState {
        draft: RwSignal::new(draft),
        consent: RwSignal::new(was_queued),
        step: RwSignal::new(first_step),
        errors: RwSignal::new(Errors::new()),
        focus: RwSignal::new(None),
        order: StoredValue::new(order),
        access: StoredValue::new(access),
        shop,
        help: RwSignal::new(None),
        restored: RwSignal::new(restored),
        sent: RwSignal::new(None),
        drafts,
        on_follow,
    };
    provide_context(state);

    // Keep the draft while the customer types (only once there is something worth keeping).
    Effect::new(move |_| {
        let draft = state.draft.get();
        if state.sent.with_untracked(Option::is_none) && draft.has_content() {
            state.drafts.save(&draft);
        }
    });

    // What an answer does, handed over by the action itself: a filed complaint moves to the
    // acknowledgement; fields the backend rejected go back to the form, marked. Only a failure
    // stays in the action's value, for the check page to show.
    let answered = move |outcome: Result<sportello_contract::Complaint, ApiError>| match outcome {
        Ok(complaint) => {
            state.drafts.clear();
            announcer.say((i18n
                .0
                .get_untracked()
                .messages()
                .complaints()
                .filed_announcement)(&complaint.reference));
            state.sent.set(Some(complaint));
            state.step.set(Step::Done);
            Ok(())
        }
        Err(ApiError::Invalid(params)) => {
            let mut errors = Errors::new();
            for param in &params {
                if let Some(field) = Field::from_param(&param.name) {
                    if !errors.iter().any(|(f, _)| *f == field) {
                        errors.push((field, FieldError::Invalid));
                    }
                }
            }
            state.draft.update(|d| d.queued = false);
            if errors.is_empty() {
                return Err(ApiError::Invalid(params));
            }
            state.errors.set(errors);
            state.step.set(Step::Form);
            Ok(())
        }
        Err(error) => Err(error),
    };
    let send = Action::new_local(
        move |(request, key): &(sportello_contract::ComplaintRequest, String)| {
            let calls = calls.clone();
            let (mut request, key) = (request.clone(), key.clone());
            let access = state.access.get_value();
            if access.is_none() {
                // The order's token did not survive a reload: file it without the order link.
                request.order_id = None;
            }
            request.locale = Some(i18n.0.get_untracked().tag().to_owned());
            async move { answered(calls.file_complaint(request, key, access).await) }
        },
    );
    // The shop's country for phone numbers typed without their code (read when sending, so the
    // flow never tracks the shop's settings).
    let country = move || {
        state
            .shop
            .try_with_untracked(|s| s.as_ref().and_then(|s| s.phone_country.clone()))
            .flatten()
    };
    // Sends the queued complaint when the browser is online (and nothing is on its way).
    // Also called a frame after mounting, when the flow may already be gone: then it does nothing.
    let send_queued = move || {
        if !browser_online() || send.pending().try_get_untracked() != Some(false) {
            return;
        }
        if state.draft.try_with_untracked(|d| d.queued) != Some(true) {
            return;
        }
        // The draft is what was queued: the same request, so the same key.
        if let Some(Ok(prepared)) = state
            .draft
            .try_update(|d| d.prepare(true, country().as_deref(), new_key))
        {
            send.dispatch(prepared);
        }
    };
    let back_online = window_event_listener(leptos::ev::online, move |_| send_queued());
    on_cleanup(move || back_online.remove());
    if was_queued {
        request_animation_frame(send_queued);
    }

    // The eye and focus land on each step's heading as it opens, the first one included.
    let section = NodeRef::<html::Section>::new();
    Effect::new(move |previous: Option<Step>| {
        let step = state.step.get();
        if previous != Some(step) {
            land_on_heading(section);
        }
        step
    });

    // The order confirmed anew after a 401: the same complaint, the same key, the new token.
    let on_reconfirmed = Callback::new(move |access: OrderAccess| {
        state.access.set_value(Some(access));
        let consent = state.consent.get_untracked();
        if let Some(Ok(prepared)) = state
            .draft
            .try_update(|d| d.prepare(consent, country().as_deref(), new_key))
        {
            announcer.say(i18n.0.get_untracked().messages().complaints().sending);
            send.dispatch(prepared);
        }
    });

    let on_send = Callback::new(move |()| {
        if send.pending().get_untracked() {
            return;
        }
        // One key per complaint, created before the first attempt and kept with the draft, so
        // that a retry (also after a reload) can never file it twice; a complaint changed after a
        // failed attempt is a new request with a new key.
        let consent = state.consent.get_untracked();
        let prepared = state
            .draft
            .try_update(|d| d.prepare(consent, country().as_deref(), new_key));
        match prepared.unwrap_or_else(|| Err(Errors::new())) {
            Ok(prepared) => {
                let c = i18n.0.get_untracked().messages().complaints();
                let online = browser_online();
                if !online {
                    // Kept with its key and the consent it carries; sent when the connection
                    // returns, also after a reload.
                    state.draft.update(|d| d.queued = true);
                }
                // Stored before anything goes out, so that a closed tab keeps the key.
                state.drafts.save(&state.draft.get_untracked());
                if online {
                    announcer.say(c.sending);
                    send.dispatch(prepared);
                } else {
                    announcer.say(c.queued_notice);
                }
            }
            Err(errors) => {
                state.errors.set(errors);
                state.step.set(Step::Form);
            }
        }
    });

    view! {
        <section class="sportello-complaint" aria-label=move || i18n.messages().complaint_start node_ref=section>
            {move || match state.step.get() {
                Step::Topic | Step::Help => view! { <ComplaintTopics /> }.into_any(),
                Step::Form => view! { <ComplaintForm /> }.into_any(),
                Step::Check => view! {
                    <ComplaintCheck
                        on_send=on_send
                        pending=send.pending()
                        queued=Signal::derive(move || state.draft.with(|d| d.queued))
                        failure=Signal::derive(move || send.value().get().and_then(Result::err))
                        on_reconfirmed=on_reconfirmed
                    />
                }.into_any(),
                Step::Done => view! { <ComplaintDone /> }.into_any(),
            }}
            {move || (state.step.get() != Step::Check || !send.pending().get()).then(|| view! {
                <button type="button" class="sportello-button sportello-button--secondary" on:click=move |_| on_close.run(())>
                    {move || i18n.messages().complaints().back}
                </button>
            })}
        </section>
    }
}
