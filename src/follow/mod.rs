//! Following a complaint (the `complaints` chunk): finding it by reference + e-mail (here, with
//! `FollowState` holding the complaint token in memory only), its status and timeline
//! (`status`), adding information (`reply`), the rating (`rating`), and their checks (`validate`).

use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{Complaint, ComplaintLookup, ShopConfig};

use crate::{
    api::{ApiError, CallsHandle, ComplaintKey},
    i18n::Messages,
    ui::{
        failure_message, failure_reference,
        field::{self, error_line, FieldError},
        focus_after_render, land_on_heading, Announcer, ErrorSummary, I18n, Ids,
    },
};
use status::ComplaintStatusView;
use validate::{validate_follow, FollowField};

mod rating;
mod reply;
mod status;
pub mod validate;

/// The complaint being followed and the token that opens it (memory only: never stored).
#[derive(Clone, Copy)]
pub struct FollowState {
    pub complaint: RwSignal<Option<Complaint>>,
    pub key: RwSignal<Option<ComplaintKey>>,
    /// The token expired: the customer is asked to open the complaint again.
    pub expired: RwSignal<bool>,
    pub shop: Signal<Option<ShopConfig>>,
    /// A message the shop no longer took (it resolved the complaint meanwhile), kept to show.
    pub unsent: RwSignal<Option<String>>,
    /// The customer's rating was refused: the complaint had been rated already (another tab).
    pub rating_refused: RwSignal<bool>,
    /// Starts a new complaint (about the same order when the customer came from it).
    pub on_write_again: Option<Callback<Option<String>>>,
}

impl FollowState {
    pub fn get() -> FollowState {
        expect_context::<FollowState>()
    }

    /// Shows a complaint the calls answered with, keeping the token it granted (or had).
    pub fn show(self, complaint: Complaint) {
        if let Some(access) = &complaint.access {
            self.key.set(Some(ComplaintKey {
                reference: complaint.reference.clone(),
                token: access.token.clone(),
            }));
        }
        self.expired.set(false);
        self.complaint.set(Some(complaint));
    }

    /// Back to the lookup, saying why (the token is no longer valid).
    pub fn expire(self) {
        self.key.set(None);
        self.complaint.set(None);
        self.expired.set(true);
    }

    /// A call about the complaint failed: an expired token closes the view ([`Self::expire`]);
    /// any failure stays in the action's value for the view to show.
    pub fn failed(self, error: ApiError) -> Result<(), ApiError> {
        if error == ApiError::Unauthorized {
            self.expire();
        }
        Err(error)
    }
}

fn field_message(m: &'static Messages, field: FollowField, error: FieldError) -> &'static str {
    match (field, error) {
        (FollowField::Reference, FieldError::Required) => m.complaints().reference_required,
        (FollowField::Email, FieldError::Required) => m.email_required,
        (FollowField::Email, FieldError::Invalid) => m.email_invalid,
        (_, _) => m.field_too_long,
    }
}

/// Following a complaint: opened by its reference and e-mail address (or straight after filing
/// it), then its status, timeline, a way to add information and, at resolution, a rating.
#[component]
pub fn ComplaintFollow(
    /// A complaint just filed, with its access: opened without asking again.
    opened: Option<Complaint>,
    #[prop(into)] shop: Signal<Option<ShopConfig>>,
    /// The e-mail address the customer already typed in this visit, to prefill.
    #[prop(into)]
    email: Signal<String>,
    on_close: Callback<()>,
    /// Starts a new complaint, given the order number of the one followed.
    #[prop(optional_no_strip)]
    on_write_again: Option<Callback<Option<String>>>,
) -> impl IntoView {
    let i18n = I18n::get();
    let state = FollowState {
        complaint: RwSignal::new(None),
        key: RwSignal::new(None),
        expired: RwSignal::new(false),
        shop,
        unsent: RwSignal::new(None),
        rating_refused: RwSignal::new(false),
        on_write_again,
    };
    if let Some(complaint) = opened {
        state.show(complaint);
    }
    provide_context(state);
    let section = NodeRef::<html::Section>::new();
    let open = Memo::new(move |_| state.complaint.with(Option::is_some));
    // The eye and focus land on the view as it opens, and again when a complaint opens in it.
    Effect::new(move |previous: Option<bool>| {
        let now = open.get();
        if previous != Some(now) {
            land_on_heading(section);
        }
        now
    });

    view! {
        <section class="sportello-follow" aria-label=move || i18n.messages().complaints().follow_title node_ref=section>
            {move || if open.get() {
                view! { <ComplaintStatusView /> }.into_any()
            } else {
                view! { <FollowLookup email=email /> }.into_any()
            }}
            <button type="button" class="sportello-button sportello-button--secondary" on:click=move |_| on_close.run(())>
                {move || i18n.messages().complaints().back}
            </button>
        </section>
    }
}

/// Reference and e-mail address, validated the GOV.UK way.
#[component]
fn FollowLookup(#[prop(into)] email: Signal<String>) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let state = FollowState::get();
    let ids = Ids::fresh();
    let reference = RwSignal::new(String::new());
    let address = RwSignal::new(email.get_untracked());
    let errors = RwSignal::new(Vec::<(FollowField, FieldError)>::new());
    let summary = NodeRef::<html::Div>::new();
    let id_of = move |field: FollowField| match field {
        FollowField::Reference => ids.id("reference"),
        FollowField::Email => ids.id("email"),
    };

    let find = Action::new_local(move |lookup: &ComplaintLookup| {
        let calls = calls.clone();
        let lookup = lookup.clone();
        // Handed over by the action: only a failure stays in its value.
        async move {
            state.show(calls.find_complaint(lookup).await?);
            Ok::<_, ApiError>(())
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if find.pending().get_untracked() {
            return;
        }
        match validate_follow(&reference.get_untracked(), &address.get_untracked()) {
            Ok(lookup) => {
                errors.set(Vec::new());
                announcer.say(
                    i18n.0
                        .get_untracked()
                        .messages()
                        .complaints()
                        .finding_complaint,
                );
                find.dispatch(lookup);
            }
            Err(found) => {
                errors.set(found);
                focus_after_render(summary);
            }
        }
    };

    let error_of = move |field: FollowField| {
        errors.with(|list| list.iter().find(|(f, _)| *f == field).map(|(_, e)| *e))
    };
    let field = move |field: FollowField,
                      label: fn(&'static Messages) -> &'static str,
                      hint: fn(&'static Messages) -> &'static str,
                      value: RwSignal<String>,
                      email: bool| {
        let id = id_of(field);
        let hint_id = format!("{id}-hint");
        view! {
            <div class="sportello-field" class:sportello-field--error=move || error_of(field).is_some()>
                <label class="sportello-label" for=id.clone()>{move || label(i18n.messages())}</label>
                <p class="sportello-hint" id=hint_id.clone()>{move || hint(i18n.messages())}</p>
                {
                    let id = id.clone();
                    move || error_of(field).map(|error| {
                        let m = i18n.messages();
                        let message = field_message(m, field, error).to_owned();
                        error_line(&id, m.error_prefix, message)
                    })
                }
                <input class="sportello-input" id=id.clone() type=if email { "email" } else { "text" }
                    inputmode=if email { "email" } else { "text" }
                    autocomplete=if email { "email" } else { "off" }
                    autocapitalize=if email { "none" } else { "characters" } spellcheck="false"
                    aria-describedby=move || field::described_by(&id, true, error_of(field).is_some())
                    aria-invalid=move || field::invalid(error_of(field).is_some())
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };

    let summary_entries = Signal::derive(move || {
        let m = i18n.messages();
        errors
            .get()
            .into_iter()
            .map(|(field, error)| (id_of(field), field_message(m, field, error).to_owned()))
            .collect::<Vec<_>>()
    });

    let problem = move || match find.value().get() {
        Some(Err(ApiError::Unauthorized | ApiError::NotFound)) => {
            let m = i18n.messages();
            Some(
                view! {
                    <div class="sportello-alert" role="alert">
                        <p class="sportello-alert-text">{m.complaints().complaint_not_found}</p>
                    </div>
                }
                .into_any(),
            )
        }
        Some(Err(error)) => {
            let m = i18n.messages();
            let (reason, _) = failure_message(m, &error);
            let reference = failure_reference(m, &error);
            Some(
                view! {
                    <div class="sportello-alert" role="alert">
                        <p class="sportello-alert-text">{reason}</p>
                        {reference}
                    </div>
                }
                .into_any(),
            )
        }
        _ => None,
    };

    view! {
        <form class="sportello-form" novalidate aria-labelledby=ids.id("title") on:submit=on_submit>
            <h2 class="sportello-title" id=ids.id("title")>{move || i18n.messages().complaints().follow_title}</h2>
            <ErrorSummary entries=summary_entries node_ref=summary />
            {move || state.expired.get().then(|| view! {
                <p class="sportello-notice">{i18n.messages().complaints().session_expired}</p>
            })}
            <p class="sportello-intro">{move || i18n.messages().complaints().follow_intro}</p>
            {field(FollowField::Reference, |m| m.complaints().reference_field_label, |m| m.complaints().reference_field_hint, reference, false)}
            {field(FollowField::Email, |m| m.complaints().email_label, |m| m.complaints().follow_email_hint, address, true)}
            {problem}
            <button type="submit" class="sportello-button" aria-disabled=move || find.pending().get().then_some("true")>
                {move || {
                    let c = i18n.messages().complaints();
                    if find.pending().get() { c.finding_complaint } else { c.find_complaint }
                }}
            </button>
        </form>
    }
}
