//! Decoding that degrades one element instead of failing a whole response.
//!
//! A backend may send a parcel without an id or a refund with a mistyped amount. Strict decoding
//! would lose the whole order over it; these helpers drop just the element (or optional object)
//! that does not fit, so the customer still sees everything else.
//!
//! Each element is first taken as raw JSON text ([`RawValue`]) and then decoded on its own with
//! the same parser as the whole response. Buffering through `serde_json::Value` instead would
//! compile a second deserializer (from `Value`) for every contract type into the widget.

use serde::{de::DeserializeOwned, Deserialize, Deserializer};
use serde_json::value::RawValue;

/// A list whose undecodable elements are skipped; a missing, null or non-list value is empty.
pub fn vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    Ok(
        match serde_json::from_str::<Vec<Box<RawValue>>>(raw.get()) {
            Ok(values) => values
                .iter()
                .filter_map(|v| serde_json::from_str(v.get()).ok())
                .collect(),
            Err(_) => Vec::new(),
        },
    )
}

/// An optional object that is `None` when it does not decode.
pub fn option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    Ok(serde_json::from_str(raw.get()).ok())
}

/// An object that takes its default when it does not decode.
pub fn or_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    Ok(serde_json::from_str(raw.get()).unwrap_or_default())
}
