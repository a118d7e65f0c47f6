//! Idempotency-Keys: one per request the customer means to send, reused on every retry of that
//! very request, renewed when what is sent changes (the backend refuses an old key with another
//! body).

use serde::Serialize;

/// A new Idempotency-Key (UUID v4 from the browser's cryptographic generator).
pub fn new_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("k-{}", crate::clock::now_ms()))
}

/// A short digest of a request (FNV-1a over its JSON): equal requests, equal fingerprints.
pub fn fingerprint<T: Serialize>(request: &T) -> String {
    let json = serde_json::to_string(request).unwrap_or_default();
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The Idempotency-Key for sending `request`: `key` again when `made_for` holds this very
/// request's [`fingerprint`] (a retry, also after a reload), otherwise a `fresh` one, which is
/// remembered in `key` with the fingerprint in `made_for`.
pub fn key_for<T: Serialize>(
    key: &mut Option<String>,
    made_for: &mut Option<String>,
    request: &T,
    fresh: impl FnOnce() -> String,
) -> String {
    let print = fingerprint(request);
    match (key.as_ref(), made_for.as_ref()) {
        (Some(key), Some(used)) if *used == print => key.clone(),
        _ => {
            let new = fresh();
            *key = Some(new.clone());
            *made_for = Some(print);
            new
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_reused_for_the_same_request_and_renewed_for_another() {
        let (mut key, mut made_for) = (None, None);
        let first = key_for(&mut key, &mut made_for, &"hello", || "k1".into());
        let again = key_for(&mut key, &mut made_for, &"hello", || "k2".into());
        let other = key_for(&mut key, &mut made_for, &"changed", || "k3".into());
        assert_eq!(
            (first.as_str(), again.as_str(), other.as_str()),
            ("k1", "k1", "k3")
        );
        assert_eq!(made_for, Some(fingerprint(&"changed")));
    }
}
