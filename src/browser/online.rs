//! The browser's idea of the connection.

/// Whether the browser believes it is online (natively: always).
pub fn browser_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}
