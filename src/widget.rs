//! The widget's root: the language, the live region, the shop's config, the online notice, and
//! which screen shows (the lookup form, or a view fetched on demand from `split`).

use std::time::Duration;

use leptos::prelude::*;
use sportello_contract::{Complaint, OrderSummary};

use crate::{
    api::{BackendHandle, Shop},
    browser::online::browser_online,
    config::WidgetConfig,
    i18n::Locale,
    lookup::LookupForm,
    split,
    ui::{Announcer, I18n, Ids},
};

/// The screens of the widget. What each shows is in its own signal; how they connect is in
/// `Widget`, and "back" has one rule, [`Screen::back`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The lookup form, with the ways into a complaint and its follow-up.
    Lookup,
    /// The order found.
    Order,
    /// The complaint flow, about an order or not.
    Complaint,
    /// A complaint's follow-up.
    Follow,
}

impl Screen {
    /// Where "back" (or closing a screen) leads: from a complaint or a follow-up to the order
    /// when one is open, else to the lookup; from the order to the lookup.
    pub fn back(self, order_open: bool) -> Screen {
        match self {
            Screen::Complaint | Screen::Follow if order_open => Screen::Order,
            _ => Screen::Lookup,
        }
    }
}

/// The full page's title (the lookup's heading: "Track your order from Bottega Aurora") and
/// `lang`.
fn name_the_page(language: Locale, shop: Option<String>) {
    let Some(document) = window().document() else {
        return;
    };
    let m = language.messages();
    document.set_title(&match shop {
        Some(name) => (m.lookup_title_at)(&name),
        None => m.lookup_title.to_owned(),
    });
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", language.tag());
    }
}

/// The whole widget: the lookup form, then the order it found.
#[component]
pub fn Widget(config: WidgetConfig) -> impl IntoView {
    let backend = BackendHandle::get();
    let locale = RwSignal::new(config.locale.unwrap_or(Locale::En));
    // Filled by the shop's config, below.
    let shop = RwSignal::new(None::<Shop>);
    provide_context(I18n(locale, shop));
    let announcement = RwSignal::new(String::new());
    provide_context(Announcer(announcement));

    // The shop's name, default language and capabilities. The widget works without them: a
    // backend that is down shows up as an error on the first lookup, with a way to retry. Asked
    // for in the task after mounting, not in it: the host page gets the main thread back between
    // the two (the first call compiles the HTTP client's code). A plain signal filled by a task
    // rather than a `LocalResource`: the first open then carries none of Leptos's async-derived
    // machinery (the views in the chunks do).
    // The whole page is the widget's (page="full"): its title names the shop and its language
    // is the one shown, for the tab, bookmarks and screen readers. Called where either changes
    // (a plain call, not an effect: this is first-open code).
    let full_page = config.full_page;
    let name_page = move || {
        if full_page {
            name_the_page(
                locale.get_untracked(),
                shop.with_untracked(|s| s.as_ref().map(|s| s.name.clone())),
            );
        }
    };
    name_page();
    let locale_chosen = config.locale.is_some();
    let ask = move || {
        leptos::task::spawn_local(async move {
            let Ok(answer) = backend.config().await else {
                return;
            };
            if !locale_chosen {
                if let Some(default) = Locale::from_tag(&answer.default_locale) {
                    locale.set(default);
                }
            }
            shop.set(Some(answer));
            name_page();
        });
    };
    if let Ok(timer) = set_timeout_with_handle(ask, Duration::ZERO) {
        on_cleanup(move || timer.clear());
    }
    let shop_name = Signal::derive(move || shop.with(|s| s.as_ref().map(|s| s.name.clone())));
    let takes_complaints = move || shop.with(|s| s.as_ref().is_some_and(|s| s.complaints));
    let follows_complaints =
        move || shop.with(|s| s.as_ref().is_some_and(|s| s.complaint_follow_up));

    // Say so when the connection drops, and that nothing typed is lost. The listeners go with
    // the widget.
    let online = RwSignal::new(browser_online());
    let went_online = window_event_listener(leptos::ev::online, move |_| {
        online.set(true);
        announcement.set(locale.get_untracked().messages().back_online.to_owned());
    });
    let went_offline = window_event_listener(leptos::ev::offline, move |_| {
        online.set(false);
        announcement.set(locale.get_untracked().messages().offline_notice.to_owned());
    });
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });

    // What the customer typed survives going to the order and back.
    // A deep link may prefill the order number (never the e-mail).
    let order_number = RwSignal::new(config.order_number.clone().unwrap_or_default());
    let email = RwSignal::new(String::new());
    let postcode = RwSignal::new(String::new());
    let switched_proof = RwSignal::new(false);
    // Which screen shows, and what each shows in its own signal: the order found, the order a
    // complaint is about (none for a complaint that concerns no order), the complaint opened
    // (none: the follow-up asks for its reference). A draft left from an earlier visit reopens
    // the complaint.
    let drafts = crate::complaint::storage::DraftStore::for_shop(&config.api_base);
    let screen = RwSignal::new(if drafts.waiting() {
        Screen::Complaint
    } else {
        Screen::Lookup
    });
    let found = RwSignal::new(None::<OrderSummary>);
    let about = RwSignal::new(None::<OrderSummary>);
    let opened = RwSignal::new(None::<Complaint>);
    let back = move || {
        screen.set(
            screen
                .get_untracked()
                .back(found.with_untracked(Option::is_some)),
        )
    };

    // Whether a screen has shown yet: coming back to the lookup lands on its heading, the
    // widget's first render does not (it must not move the host page).
    let shown = RwSignal::new(false);
    let ids = Ids::fresh();
    let language_picker = view! {
        <div class="sportello-toolbar">
            <label class="sportello-toolbar-label" for=ids.id("language")>
                {move || locale.get().messages().language_label}
            </label>
            <select
                class="sportello-select"
                id=ids.id("language")
                on:change=move |ev| {
                    if let Some(chosen) = Locale::from_tag(&event_target_value(&ev)) {
                        locale.set(chosen);
                        name_page();
                        // Kept for the next visit (a reload included).
                        crate::browser::storage::write(crate::browser::storage::LOCALE_KEY, chosen.tag());
                    }
                }
            >
                {Locale::ALL
                    .into_iter()
                    .map(|option| view! {
                        <option value=option.tag() lang=option.tag() prop:selected=move || locale.get() == option>
                            {option.endonym()}
                        </option>
                    })
                    .collect_view()}
            </select>
        </div>
    };

    view! {
        <div
            class="sportello"
            lang=move || locale.get().tag()
            on:focusin=move |ev| split::prefetch_for(&ev, locale.get_untracked())
            on:pointerover=move |ev| split::prefetch_for(&ev, locale.get_untracked())
        >
            {language_picker}
            <p class="sportello-sr-only" role="status" aria-atomic="true">
                {move || announcement.get()}
            </p>
            {move || (!online.get()).then(|| view! {
                <p class="sportello-offline">{locale.get().messages().offline_notice}</p>
            })}
            // Which screen, not what it shows: the screens read the order or complaint
            // themselves, in their chunk.
            {move || {
                let landing = shown.get_untracked();
                shown.set(true);
                match screen.get() {
                    Screen::Follow => {
                        let on_close = Callback::new(move |()| back());
                        // A new complaint, about the same order when the customer came from it
                        // (its token is still held); the follow-up offers it only when the shop
                        // takes complaints.
                        let on_write_again = Some(Callback::new(move |number: Option<String>| {
                            about.set(found.get_untracked().filter(|o| number.as_deref() == Some(o.number.as_str())));
                            screen.set(Screen::Complaint);
                        }));
                        let email = Signal::from(email);
                        split::show(move || {
                            split::complaint_follow(opened, shop.into(), email, on_close, on_write_again)
                        })
                        .into_any()
                    }
                    Screen::Complaint => {
                        // Not read from the shop's config here: it often arrives after a
                        // restored draft has opened the flow, and must not rebuild it (which
                        // disposed the flow under its own landing). The done screen offers the
                        // follow-up only when the shop does.
                        let on_follow = Some(Callback::new(move |filed: Complaint| {
                            opened.set(Some(filed));
                            screen.set(Screen::Follow);
                        }));
                        let on_close = Callback::new(move |()| back());
                        let email = Signal::from(email);
                        split::show(move || {
                            split::complaint_flow(about, shop.into(), email, on_close, on_follow, drafts)
                        })
                        .into_any()
                    }
                    Screen::Order => {
                        let on_complain = takes_complaints().then(|| Callback::new(move |order| {
                            about.set(Some(order));
                            screen.set(Screen::Complaint);
                        }));
                        let on_follow = follows_complaints().then(|| Callback::new(move |complaint: Complaint| {
                            opened.set(Some(complaint));
                            screen.set(Screen::Follow);
                        }));
                        // Leaving the order forgets it, so that "back" from a later screen
                        // returns to the lookup.
                        let on_back = Callback::new(move |()| {
                            found.set(None);
                            back();
                        });
                        split::show(move || split::order_view(found, on_back, on_complain, on_follow))
                            .into_any()
                    }
                    Screen::Lookup => view! {
                        <LookupForm
                            order_number=order_number
                            email=email
                            postcode=postcode
                            switched=switched_proof
                            shop_name=shop_name
                            on_found=Callback::new(move |order| {
                                found.set(Some(order));
                                screen.set(Screen::Order);
                            })
                            land=landing
                        />
                        {move || takes_complaints().then(|| view! {
                            <button
                                type="button"
                                class="sportello-button sportello-button--secondary sportello-complain"
                                data-needs="complaints"
                                on:click=move |_| {
                                    about.set(None);
                                    screen.set(Screen::Complaint);
                                }
                            >
                                {move || locale.get().messages().complaint_start}
                            </button>
                        })}
                        {move || follows_complaints().then(|| view! {
                            <button
                                type="button"
                                class="sportello-button sportello-button--secondary sportello-follow-start"
                                data-needs="complaints"
                                on:click=move |_| {
                                    opened.set(None);
                                    screen.set(Screen::Follow);
                                }
                            >
                                {move || locale.get().messages().follow_start}
                            </button>
                        })}
                    }
                    .into_any(),
                }
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Screen::{self, *};

    #[test]
    fn back_returns_to_the_order_while_one_is_open_else_to_the_lookup() {
        let cases: [(Screen, bool, Screen); 8] = [
            (Complaint, true, Order),
            (Follow, true, Order),
            (Complaint, false, Lookup),
            (Follow, false, Lookup),
            (Order, true, Lookup),
            (Order, false, Lookup),
            (Lookup, false, Lookup),
            (Lookup, true, Lookup),
        ];
        for (from, order_open, to) in cases {
            assert_eq!(
                from.back(order_open),
                to,
                "{from:?}, order open: {order_open}"
            );
        }
    }
}
