//! Parts of the widget a visitor may never open, fetched the first time they are needed.
//!
//! In the release build (`cargo xtask build`, feature `split`) each function declared here with
//! `on_demand!` is a split point: wasm-split moves the code only it reaches into a chunk of its
//! own (`split_<chunk>.wasm`), fetched on the first call, or earlier by [`prefetch`] when the
//! visitor starts using the widget. Without the feature (tests, native builds) they are ordinary
//! functions running the same code.
//!
//! The first open of the widget thus carries the lookup form alone; the order view arrives while
//! the customer types, the complaint views when they reach for a complaint button.

use std::{
    future::Future,
    sync::atomic::{AtomicBool, Ordering},
};

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use sportello_contract::{Complaint, OrderSummary, ShopConfig};

use super::{ComplaintFlow, ComplaintFollow, I18n, OrderView};
pub use crate::split::ChunkError;
use crate::{api::Shop, i18n::Locale, split::on_demand};

on_demand! { order, prefetch_order:
    /// The order found: parcels and their events, delays, refunds, vouchers, notifications.
    pub fn order_view(
        found: RwSignal<Option<OrderSummary>>,
        on_back: Callback<()>,
        on_complain: Option<Callback<OrderSummary>>,
        on_follow: Option<Callback<Complaint>>,
    ) -> AnyView {
        view! {
            <OrderView found=found on_back=on_back on_complain=on_complain on_follow=on_follow />
        }
        .into_any()
    }
}

on_demand! { complaints, prefetch_complaint_flow:
    /// The complaint flow: topics, self-help, the form, the check and the confirmation.
    /// `about` holds the order it is about, if any (read here, so that copying an order is code
    /// of this chunk).
    pub fn complaint_flow(
        about: RwSignal<Option<Option<OrderSummary>>>,
        shop: Signal<Option<Shop>>,
        email: Signal<String>,
        on_close: Callback<()>,
        on_follow: Option<Callback<Complaint>>,
    ) -> AnyView {
        let order = about.get_untracked().flatten();
        let shop = whole(shop);
        view! {
            <ComplaintFlow order=order shop=shop email=email on_close=on_close on_follow=on_follow />
        }
        .into_any()
    }
}

on_demand! { complaints, prefetch_complaint_follow:
    /// Following a complaint: finding it, its status, the replies and the rating.
    /// `following` holds the complaint to show, if one is already open (a complaint just filed).
    pub fn complaint_follow(
        following: RwSignal<Option<Option<Complaint>>>,
        shop: Signal<Option<Shop>>,
        email: Signal<String>,
        on_close: Callback<()>,
    ) -> AnyView {
        let opened = following.get_untracked().flatten();
        let shop = whole(shop);
        view! { <ComplaintFollow opened=opened shop=shop email=email on_close=on_close /> }
            .into_any()
    }
}

/// The shop's whole config, decoded once (in the complaint views' chunk) each time it arrives.
fn whole(shop: Signal<Option<Shop>>) -> Signal<Option<ShopConfig>> {
    Memo::new(move |_| shop.with(|s| s.as_ref().and_then(Shop::config))).into()
}

/// A part of the widget that arrives on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Order,
    Complaints,
}

static ORDER_FETCHED: AtomicBool = AtomicBool::new(false);
static COMPLAINTS_FETCHED: AtomicBool = AtomicBool::new(false);

/// Starts fetching `part` in the background (once per page; a failure is forgotten, so the next
/// call tries again, and the view that needs the part says so if it still cannot come). With the
/// order view come the date formats it uses in `locale`, made in the task that sees it arrive (not
/// in the event that asked for it): a page's first `Intl.DateTimeFormat` loads the browser's data
/// for the language, 78 ms at 4x CPU throttling that would otherwise fall between "Find" and the
/// order.
pub fn prefetch(part: Part, locale: Locale) {
    let flag = match part {
        Part::Order => &ORDER_FETCHED,
        Part::Complaints => &COMPLAINTS_FETCHED,
    };
    if flag.swap(true, Ordering::Relaxed) {
        return;
    }
    leptos::task::spawn_local(async move {
        let fetched = match part {
            Part::Order => {
                let fetched = prefetch_order().await;
                crate::format::warm(locale);
                fetched
            }
            // One chunk holds both complaint views: fetching it for one fetches it for both.
            Part::Complaints => prefetch_complaint_flow().await,
        };
        if fetched.is_err() {
            flag.store(false, Ordering::Relaxed);
        }
    });
}

/// Prefetches what the visitor is about to need, from where they point or move focus: the order
/// view as soon as they use the widget at all, the complaint views when they reach an element
/// marked `data-needs="complaints"`.
pub fn prefetch_for(event: &web_sys::Event, locale: Locale) {
    use wasm_bindgen::JsCast;
    prefetch(Part::Order, locale);
    let wants_complaints = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("[data-needs=complaints]").ok().flatten())
        .is_some();
    if wants_complaints {
        prefetch(Part::Complaints, locale);
    }
}

/// Shows the view `load` builds once its part has arrived: "Loading…" meanwhile, and if the part
/// cannot be fetched, a message with a button to try again. Nothing typed elsewhere is touched.
pub fn show<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    let i18n = I18n::get();
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        let arrived = RwSignal::new(false);
        let pending = SendWrapper::new(load());
        let part = Suspend::new(async move {
            let outcome = pending.await;
            arrived.set(true);
            match outcome {
                Ok(view) => view,
                Err(ChunkError) => view! {
                    <div class="sportello-alert sportello-part-failed" role="alert">
                        <p>{move || i18n.messages().part_failed}</p>
                        <button
                            type="button"
                            class="sportello-button"
                            on:click=move |_| attempt.update(|n| *n += 1)
                        >
                            {move || i18n.messages().try_again}
                        </button>
                    </div>
                }
                .into_any(),
            }
        });
        view! {
            {part}
            {move || (!arrived.get()).then(|| view! {
                <p class="sportello-muted sportello-loading">{move || i18n.messages().loading_part}</p>
            })}
        }
    }
}
