//! `localStorage`, which holds two things only: the complaint draft (see `complaint::storage`)
//! and the language the customer picked ([`LOCALE_KEY`]).
//! Disabled storage (private windows, policies) reads as empty and writes as failed.

/// The language the customer picked in the widget (a tag: `it`, `en`…), for the next visit.
pub const LOCALE_KEY: &str = "sportello.locale";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text kept under `key`, if any.
pub fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Keeps `text` under `key`; false when the browser refused (full or disabled).
pub fn write(key: &str, text: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Forgets what is kept under `key`.
pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}
