use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{Rating, RATING_COMMENT_MAX_CHARS};

use super::FollowState;
use crate::{
    api::{ApiError, CallsHandle},
    ui::{
        failure_message,
        field::{described_by, error_line},
        focus_after_render, Announcer, I18n, Ids,
    },
};

/// At resolution: how satisfied the customer is (1–5) with an optional comment, sent once; once
/// sent, the rating is shown instead of the form.
#[component]
pub fn ComplaintRating() -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let state = FollowState::get();
    let ids = Ids::fresh();
    let score = RwSignal::new(None::<u8>);
    let comment = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let first = NodeRef::<html::Input>::new();

    let rate = Action::new_local(move |rating: &Rating| {
        let calls = calls.clone();
        let rating = rating.clone();
        let access = state.key.get_untracked();
        async move {
            let outcome = match access {
                None => Err(ApiError::Unauthorized),
                Some(access) => match calls.rate(access.clone(), rating).await {
                    // Already rated (another tab, an earlier attempt): show what the shop has,
                    // and say that this rating was not the one recorded.
                    Err(ApiError::Conflict) => {
                        state.rating_refused.set(true);
                        calls.complaint(access).await
                    }
                    other => other,
                },
            };
            // Handed over by the action: only a failure stays in its value.
            match outcome {
                Ok(complaint) => {
                    if let Some(rating) = &complaint.rating {
                        announcer.say((i18n.0.get_untracked().messages().complaints().rated)(
                            rating.score,
                        ));
                    }
                    state.show(complaint);
                    Ok(())
                }
                Err(error) => state.failed(error),
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if rate.pending().get_untracked() {
            return;
        }
        match score.get_untracked() {
            Some(score) => {
                missing.set(false);
                let text: String = comment
                    .get_untracked()
                    .trim()
                    .chars()
                    .take(RATING_COMMENT_MAX_CHARS)
                    .collect();
                rate.dispatch(Rating {
                    score,
                    comment: (!text.is_empty()).then_some(text),
                });
            }
            None => {
                missing.set(true);
                focus_after_render(first);
            }
        }
    };

    let rated = move || {
        state
            .complaint
            .with(|c| c.as_ref().and_then(|c| c.rating.as_ref()).map(|r| r.score))
    };
    // The radio group is one field: its fieldset is described by `score-hint`, then `score-error`.
    let group = ids.id("score");
    let failure = move || match rate.value().get() {
        Some(Err(error)) if error != ApiError::Unauthorized => {
            let m = i18n.messages();
            let (reason, _) = failure_message(m, &error);
            Some(
                view! { <p class="sportello-alert" role="alert">{m.complaints().rating_failed}" "{reason}</p> },
            )
        }
        _ => None,
    };

    view! {
        {move || match rated() {
            Some(score) => view! {
                {move || state.rating_refused.get().then(|| view! {
                    <p class="sportello-alert" role="alert">{i18n.messages().complaints().rating_not_recorded}</p>
                })}
                <p class="sportello-notice">{(i18n.messages().complaints().rated)(score)}</p>
            }.into_any(),
            None => {
                let group = group.clone();
                let group_for_error = group.clone();
                view! {
                    <form class="sportello-form sportello-rating" novalidate on:submit=on_submit>
                        <div class="sportello-field" class:sportello-field--error=move || missing.get()>
                            <fieldset class="sportello-fieldset"
                                aria-describedby={let group = group.clone(); move || described_by(&group, true, missing.get())}>
                                <legend class="sportello-label">{move || i18n.messages().complaints().rate_legend}</legend>
                                <p class="sportello-hint" id=format!("{group}-hint")>{move || i18n.messages().complaints().rate_intro}</p>
                                {move || missing.get().then(|| {
                                    let m = i18n.messages();
                                    error_line(&group_for_error, m.error_prefix, m.complaints().rating_required.to_owned())
                                })}
                                {(1..=5u8).map(|n| {
                                    let id = ids.id(&format!("score-{n}"));
                                    let node = if n == 1 { first } else { NodeRef::new() };
                                    view! {
                                        <div class="sportello-radio">
                                            <input type="radio" id=id.clone() name=group.clone() node_ref=node
                                                prop:checked=move || score.get() == Some(n)
                                                on:change=move |_| score.set(Some(n)) />
                                            <label for=id>{move || (i18n.messages().complaints().score_name)(n)}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </fieldset>
                        </div>
                        <div class="sportello-field">
                            <label class="sportello-label" for=ids.id("comment")>{move || i18n.messages().complaints().comment_label}</label>
                            <textarea class="sportello-input sportello-textarea" id=ids.id("comment") rows="3"
                                maxlength=RATING_COMMENT_MAX_CHARS.to_string()
                                prop:value=move || comment.get()
                                on:input=move |ev| comment.set(event_target_value(&ev))>
                            </textarea>
                        </div>
                        {failure}
                        <button type="submit" class="sportello-button" aria-disabled=move || rate.pending().get().then_some("true")>
                            {move || {
                                let c = i18n.messages().complaints();
                                if rate.pending().get() { c.sending } else { c.send_rating }
                            }}
                        </button>
                    </form>
                }.into_any()
            }
        }}
    }
}
