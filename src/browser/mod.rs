//! The browser around the widget: whether it is online, the clipboard, `localStorage`, keys from
//! its cryptographic generator, and photos drawn on a canvas. Each is a thin wrapper that does
//! nothing harmful natively (tests, no window), so the components above stay testable.

pub mod clipboard;
pub mod keys;
pub mod online;
pub mod photo;
pub mod storage;
