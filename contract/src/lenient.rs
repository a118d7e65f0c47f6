//! Decoding that degrades one element instead of failing a whole response.
//!
//! A backend may send a parcel without an id or a refund with a mistyped amount. Strict decoding
//! would lose the whole order over it; these helpers drop just the element (or optional object)
//! that does not fit, so the customer still sees everything else.

use serde::{de::DeserializeOwned, Deserialize, Deserializer};
use serde_json::Value;

/// A list whose undecodable elements are skipped; a missing, null or non-list value is empty.
pub fn vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(match Value::deserialize(deserializer)? {
        Value::Array(values) => values
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => Vec::new(),
    })
}

/// An optional object that is `None` when it does not decode.
pub fn option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(serde_json::from_value(Value::deserialize(deserializer)?).ok())
}
