//! Code a visitor may never need, fetched the first time it is: the split points of the widget
//! (the order view, the complaint views, and in `api/http.rs` the decoder of the lookup's
//! answer), the [`on_demand!`] macro that declares them, their prefetch and the view that waits
//! for one with "Try again".
//!
//! In the release build (`cargo xtask build`, feature `split`) each function declared with
//! `on_demand!` is a split point: wasm-split moves the code only it reaches into the chunk it
//! names (`split_<chunk>.wasm`), fetched on the first call or earlier by its prefetch function.
//! Without the feature (tests, native builds) they are ordinary functions running the same code.
//! The first open thus carries the lookup form alone; the order view arrives while the customer
//! types, the complaint views when they reach for a complaint button.
//!
//! Why not Leptos's `#[lazy]`: (1) two views share one named chunk (`complaints`) and the code
//! both chunks use lands in a shared one; (2) a chunk that cannot be fetched is an error the view
//! shows with "Try again", not a panic; (3) native and browser tests run the same functions
//! unsplit, without the feature.

use std::{
    future::Future,
    sync::atomic::{AtomicBool, Ordering},
};

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use sportello_contract::{Complaint, OrderSummary, ShopConfig};

use crate::{
    api::Shop,
    complaint::{storage::DraftStore, ComplaintFlow},
    follow::ComplaintFollow,
    i18n::Locale,
    order::OrderView,
    ui::I18n,
};

/// A chunk could not be fetched (the connection dropped): the caller offers to try again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ChunkError {
        ChunkError
    }
}

/// Declares `async fn $name(..) -> Result<$out, ChunkError>`, a split point of chunk `$chunk` in
/// the release build, and with `$prefetch`, `async fn $prefetch()`, which fetches that chunk
/// without running it.
macro_rules! on_demand {
    ($chunk:ident $(, $prefetch:ident)?: $(#[$attr:meta])* pub fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            $(preload($prefetch),)?
            fallible
        )]
        pub fn $name($($arg: $ty),*) -> Result<$out, $crate::split::ChunkError> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        pub async fn $name($($arg: $ty),*) -> Result<$out, $crate::split::ChunkError> {
            Ok($body)
        }

        $(
            #[cfg(not(feature = "split"))]
            pub async fn $prefetch() -> Result<(), $crate::split::ChunkError> {
                Ok(())
            }
        )?
    };
}

pub(crate) use on_demand;

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
        about: RwSignal<Option<OrderSummary>>,
        shop: Signal<Option<Shop>>,
        email: Signal<String>,
        on_close: Callback<()>,
        on_follow: Option<Callback<Complaint>>,
        drafts: DraftStore,
    ) -> AnyView {
        let order = about.get_untracked();
        let shop = whole(shop);
        view! {
            <ComplaintFlow order=order shop=shop email=email on_close=on_close on_follow=on_follow drafts=drafts />
        }
        .into_any()
    }
}

on_demand! { complaints, prefetch_complaint_follow:
    /// Following a complaint: finding it, its status, the replies and the rating.
    /// `following` holds the complaint to show, if one is already open (a complaint just filed).
    pub fn complaint_follow(
        opened: RwSignal<Option<Complaint>>,
        shop: Signal<Option<Shop>>,
        email: Signal<String>,
        on_close: Callback<()>,
        on_write_again: Option<Callback<Option<String>>>,
    ) -> AnyView {
        let opened = opened.get_untracked();
        let shop = whole(shop);
        view! {
            <ComplaintFollow opened=opened shop=shop email=email on_close=on_close on_write_again=on_write_again />
        }
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
