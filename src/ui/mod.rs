//! What every view of the widget shares: the context of one widget instance (its language, its
//! live region, its element ids), the form-field vocabulary, focus, the error summary, the photo
//! picker, and the wording of a failed request. Components reach these through context and
//! write only inside the element the widget is mounted in.

pub mod error_summary;
pub mod field;
pub mod focus;
pub mod photo_picker;

pub use error_summary::ErrorSummary;
pub use focus::{focus_after_render, focus_id_within, land_on_heading};
pub use photo_picker::PhotoPicker;

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

use crate::{
    api::ApiError,
    i18n::{Locale, Messages},
};

/// The widget's current language, shared by every component of one instance, and the shop's
/// config (for the language the shop writes in: one context rather than two, which costs the
/// first open less).
#[derive(Clone, Copy)]
pub struct I18n(pub RwSignal<Locale>, pub RwSignal<Option<crate::api::Shop>>);

impl I18n {
    pub fn get() -> I18n {
        expect_context::<I18n>()
    }

    /// The catalogue of the current language (tracked: text updates when the language changes).
    pub fn messages(self) -> &'static Messages {
        self.0.get().messages()
    }

    pub fn locale(self) -> Locale {
        self.0.get()
    }

    /// The language the shop writes in (its config's `default_locale`), for the `lang` of the
    /// texts it wrote itself; tracked, `None` until its config arrives.
    pub fn shop_language(self) -> Option<String> {
        self.1
            .with(|s| s.as_ref().map(|s| s.default_locale.clone()))
    }
}

/// The polite live region of one widget instance: what is said here is read out by screen
/// readers without moving focus.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

impl Announcer {
    pub fn get() -> Announcer {
        expect_context::<Announcer>()
    }

    pub fn say(self, text: impl Into<String>) {
        self.0.set(text.into());
    }
}

static NEXT_INSTANCE: AtomicU32 = AtomicU32::new(1);

/// Element ids unique on the host page, so that several widgets (or the host's own ids) never
/// collide with labels, hints and error links.
#[derive(Clone, Copy)]
pub struct Ids(u32);

impl Ids {
    pub fn fresh() -> Ids {
        Ids(NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed))
    }

    pub fn id(self, name: &str) -> String {
        format!("sportello-{}-{name}", self.0)
    }
}

/// The message for a failed request, and whether trying again can help.
pub fn failure_message(m: &'static Messages, error: &ApiError) -> (String, bool) {
    match error {
        ApiError::NotFound => (m.not_found.to_owned(), false),
        ApiError::Network => (m.network_error.to_owned(), true),
        ApiError::Timeout => (m.timeout_error.to_owned(), true),
        ApiError::RateLimited {
            retry_after: Some(seconds),
        } => ((m.rate_limited_after)(seconds.div_ceil(60).max(1)), false),
        ApiError::RateLimited { retry_after: None } => (m.rate_limited.to_owned(), false),
        // Maintenance or overload: when to come back, never "something went wrong".
        ApiError::Unavailable {
            retry_after: Some(seconds),
        } => ((m.unavailable_after)(seconds.div_ceil(60).max(1)), true),
        ApiError::Unavailable { retry_after: None } => (m.unavailable.to_owned(), true),
        ApiError::InProgress => (m.timeout_error.to_owned(), true),
        ApiError::Server { .. }
        | ApiError::Invalid(_)
        | ApiError::Unauthorized
        | ApiError::Conflict => (m.server_error.to_owned(), true),
        ApiError::Unreadable => (m.unreadable_answer.to_owned(), true),
    }
}

/// "Quote this reference" under a failure, when the backend gave a correlation id.
pub fn failure_reference(m: &'static Messages, error: &ApiError) -> Option<impl IntoView> {
    match error {
        ApiError::Server {
            reference: Some(id),
            ..
        } => Some(view! { <p class="sportello-muted">{(m.error_reference)(id)}</p> }),
        _ => None,
    }
}
