use leptos::prelude::*;
use sportello_contract::{ComplaintTopic, HelpFeedback, OrderSummary, ShopConfig};

use super::{ComplaintState, Step};
use crate::{
    api::CallsHandle,
    i18n::Locale,
    order::lateness::{assess, Subject},
    ui::{I18n, Ids},
};

/// The topic the order's state points to, offered first: a late refund → "I haven't received my
/// refund"; anything else late (also delivered late) → "My order is late"; nothing late → none.
pub fn suggested_topic(order: &OrderSummary, now: i64) -> Option<ComplaintTopic> {
    assess(order, now).first().map(|late| match late.subject {
        Subject::Refund(_) => ComplaintTopic::RefundNotReceived,
        Subject::Order | Subject::Shipment(..) => ComplaintTopic::LateDelivery,
    })
}

/// The language to ask the shop's help answers in: the widget's when the shop writes in it
/// (`supported_locales`), otherwise the shop's own (`default_locale`, when the widget knows it),
/// so that answers never come in a language the shop does not write and are marked as what
/// they are.
pub fn help_language(ui: Locale, shop: Option<&ShopConfig>) -> &'static str {
    let Some(shop) = shop else {
        return ui.tag();
    };
    let writes = |tag: &str| {
        shop.supported_locales
            .iter()
            .any(|l| l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(tag)))
    };
    if writes(ui.tag()) {
        ui.tag()
    } else {
        Locale::from_tag(&shop.default_locale).map_or(ui.tag(), Locale::tag)
    }
}

/// The first steps: what the complaint is about, then the shop's help answers for it with
/// "this solved it" and "I still want to write to you".
#[component]
pub fn ComplaintTopics() -> impl IntoView {
    let i18n = I18n::get();
    let state = ComplaintState::get();
    let calls = CallsHandle::get();
    let ids = Ids::fresh();
    let help_offered = move || {
        state
            .shop
            .with(|s| s.as_ref().is_some_and(|s| s.capabilities.help))
    };
    let solved = RwSignal::new(false);

    // The shop's answers, fetched once per topic and language (kept by the flow: this view is
    // made afresh at each step); a topic with none, or whose answers cannot be fetched, goes
    // straight to the form.
    let answers = state.help;
    let load = {
        // Kept in the arena, so that the topic buttons' handlers stay `Send` as views need.
        let calls = StoredValue::new_local(calls.clone());
        move |topic: ComplaintTopic, locale: &'static str| {
            let calls = calls.get_value();
            leptos::task::spawn_local(async move {
                let found = calls
                    .help(topic, locale)
                    .await
                    .map(|h| h.answers)
                    .unwrap_or_default();
                // The flow may be gone by now (the customer went back): then nothing moves.
                let still_asked = state.step.try_get_untracked() == Some(Step::Help)
                    && state.draft.try_with_untracked(|d| d.topic) == Some(Some(topic));
                if still_asked && found.is_empty() {
                    state.step.set(Step::Form);
                }
                answers.set(Some((topic, locale, found)));
            });
        }
    };
    let choose = move |topic: ComplaintTopic| {
        state.draft.update(|d| d.topic = Some(topic));
        solved.set(false);
        if !help_offered() {
            state.step.set(Step::Form);
            return;
        }
        let locale = state
            .shop
            .with_untracked(|s| help_language(i18n.0.get_untracked(), s.as_ref()));
        let known = answers.with_untracked(|a| {
            a.as_ref()
                .filter(|(t, l, _)| *t == topic && *l == locale)
                .map(|(_, _, list)| list.is_empty())
        });
        match known {
            // Asked before: no second fetch.
            Some(true) => state.step.set(Step::Form),
            Some(false) => state.step.set(Step::Help),
            None => {
                answers.set(None);
                state.step.set(Step::Help);
                load(topic, locale);
            }
        }
    };

    let feedback = Action::new_local(move |feedback: &HelpFeedback| {
        let calls = calls.clone();
        let feedback = feedback.clone();
        // Counting is best effort: the customer goes on whatever the answer.
        async move {
            let _ = calls.help_feedback(feedback).await;
        }
    });
    let answered = move |answer_id: Option<String>, was_solved: bool| {
        if let Some(topic) = state.draft.with_untracked(|d| d.topic) {
            feedback.dispatch(HelpFeedback {
                topic,
                answer_id,
                solved: was_solved,
            });
        }
        if was_solved {
            solved.set(true);
        } else {
            state.step.set(Step::Form);
        }
    };

    // What the order's state points to comes first, marked as suggested (never chosen for the
    // customer: the list is all there).
    let suggested = state.order.with_value(|order| {
        order
            .as_ref()
            .and_then(|o| suggested_topic(o, crate::clock::now()))
    });
    let topics = move || {
        let m = i18n.messages().complaints();
        let order = suggested.into_iter().chain(
            ComplaintTopic::ALL
                .into_iter()
                .filter(|t| Some(*t) != suggested),
        );
        view! {
            <h2 class="sportello-title" id=ids.id("title")>{m.topic_title}</h2>
            <p class="sportello-intro">{m.topic_intro}</p>
            <ul class="sportello-choices" aria-labelledby=ids.id("title")>
                {order
                    .map(|topic| {
                        let first = Some(topic) == suggested;
                        view! {
                            <li>
                                <button type="button" class="sportello-choice"
                                    class:sportello-choice--suggested=first
                                    aria-describedby=first.then(|| ids.id("suggested"))
                                    on:click=move |_| choose(topic)>
                                    {(m.topic_name)(topic)}
                                </button>
                                {first.then(|| view! {
                                    <p class="sportello-hint" id=ids.id("suggested")>{m.topic_suggested}</p>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    };

    let help = move || {
        let m = i18n.messages().complaints();
        let list = move || {
            // The answers in the language they were asked in (the shop's, if not the widget's).
            answers.get().map(|(_, lang, list)| {
                list.into_iter()
                    .map(|answer| {
                        let id = answer.id.clone();
                        view! {
                            <article class="sportello-help-answer" lang=lang>
                                <h3 class="sportello-subtitle">{answer.title}</h3>
                                {answer
                                    .body
                                    .split("\n\n")
                                    .map(|p| view! { <p>{p.to_owned()}</p> })
                                    .collect_view()}
                                <button
                                    type="button"
                                    class="sportello-button sportello-button--small"
                                    on:click=move |_| answered(Some(id.clone()), true)
                                >
                                    {i18n.messages().complaints().help_solved}
                                </button>
                            </article>
                        }
                    })
                    .collect_view()
            })
        };
        view! {
            <h2 class="sportello-title">{m.help_title}</h2>
            {move || if solved.get() {
                view! { <p class="sportello-success" role="status">{i18n.messages().complaints().help_glad}</p> }.into_any()
            } else {
                view! {
                    <p class="sportello-intro">{i18n.messages().complaints().help_intro}</p>
                    {move || answers.with(Option::is_none).then(|| view! {
                        <p class="sportello-muted">{i18n.messages().complaints().help_loading}</p>
                    })}
                    {list}
                    <button type="button" class="sportello-button" on:click=move |_| answered(None, false)>
                        {i18n.messages().complaints().help_still_write}
                    </button>
                }.into_any()
            }}
        }
    };

    move || match state.step.get() {
        Step::Help => help().into_any(),
        _ => topics().into_any(),
    }
}

#[cfg(test)]
mod tests {
    use sportello_contract::{DateWindow, OrderStatus, Refund, RefundMethod, RefundStatus};

    use super::*;
    use crate::clock::format_rfc3339;

    const DAY: i64 = 86_400;
    /// 2026-11-20T12:00:00Z
    const NOW: i64 = 1_795_176_000;

    fn promised(days: i64) -> OrderSummary {
        OrderSummary {
            number: "SP-1".into(),
            status: OrderStatus::Processing,
            currency: "EUR".into(),
            promised_delivery: Some(DateWindow {
                from: format_rfc3339(NOW + (days - 2) * DAY),
                to: format_rfc3339(NOW + days * DAY),
            }),
            ..OrderSummary::default()
        }
    }

    #[test]
    fn help_is_asked_in_a_language_the_shop_writes() {
        let shop = ShopConfig {
            shop_name: "Bottega Aurora".into(),
            default_locale: "it".into(),
            supported_locales: vec!["it".into(), "en-GB".into()],
            contract_version: "1.2.0".into(),
            capabilities: Default::default(),
            support: None,
            lookup: None,
            phone_country: None,
        };
        assert_eq!(help_language(Locale::En, Some(&shop)), "en");
        assert_eq!(help_language(Locale::It, Some(&shop)), "it");
        // German is not one the shop writes: its own language, marked as such.
        assert_eq!(help_language(Locale::De, Some(&shop)), "it");
        // No config yet: the widget's.
        assert_eq!(help_language(Locale::De, None), "de");
    }

    #[test]
    fn the_orders_state_suggests_the_topic() {
        // On time: nothing is suggested.
        assert_eq!(suggested_topic(&promised(3), NOW), None);
        // Past its promise and not shipped: late.
        assert_eq!(
            suggested_topic(&promised(-1), NOW),
            Some(ComplaintTopic::LateDelivery)
        );
        // A refund past its date, the goods back: the refund.
        let mut refunded = promised(-20);
        refunded.status = OrderStatus::Returned;
        refunded.refunds.push(Refund {
            id: "R1".into(),
            amount: 3900,
            method: RefundMethod::BankTransfer,
            status: RefundStatus::Issued,
            issued_at: Some(format_rfc3339(NOW - 12 * DAY)),
            expected_by: Some(format_rfc3339(NOW - 2 * DAY)),
            completed_at: None,
            delay: None,
        });
        assert_eq!(
            suggested_topic(&refunded, NOW),
            Some(ComplaintTopic::RefundNotReceived)
        );
    }
}
