//! Fixed-window rate limits, and the 429 answer they lead to:
//! - lookups per client address (every order or complaint lookup; the address is `client.rs`'s,
//!   through trusted proxies) and per order number (failed postcode proofs only: postcodes are
//!   guessable, e-mail addresses are not, and others' failures must never lock out the customer
//!   who has the right e-mail);
//! - writes per client address (complaints, messages, ratings, help feedback, subscriptions),
//!   messages per complaint, and photo bytes per client address per hour ([`Writes`]).

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use axum::{
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    Extension,
};
use sportello_contract::{Problem, ProblemType};

use crate::{client::ClientAddr, ApiProblem};

/// Allows `limit` hits (or units, see [`RateLimiter::take`]) per key in each `window`.
pub struct RateLimiter {
    limit: u64,
    window: Duration,
    hits: Mutex<HashMap<String, (Instant, u64)>>,
}

/// Entries kept before expired ones are swept.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    pub fn new(limit: impl Into<u64>, window: Duration) -> RateLimiter {
        RateLimiter {
            limit: limit.into(),
            window,
            hits: Mutex::new(HashMap::new()),
        }
    }

    fn with_entry<T>(
        &self,
        key: &str,
        now: Instant,
        f: impl FnOnce(&mut (Instant, u64)) -> T,
    ) -> T {
        let mut hits = self.hits.lock().unwrap_or_else(|p| p.into_inner());
        if hits.len() >= SWEEP_AT {
            let window = self.window;
            hits.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = hits.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        f(entry)
    }

    fn retry_after(&self, start: Instant, now: Instant) -> u64 {
        self.window
            .saturating_sub(now.duration_since(start))
            .as_secs()
            .max(1)
    }

    /// Counts a hit; `Err(seconds to wait)` if the key is over its limit.
    pub fn hit(&self, key: &str, now: Instant) -> Result<(), u64> {
        self.take(key, now, 1)
    }

    /// Counts `amount` units (bytes, say) if they fit in what is left of the window;
    /// `Err(seconds to wait)` otherwise, counting nothing.
    pub fn take(&self, key: &str, now: Instant, amount: u64) -> Result<(), u64> {
        self.with_entry(key, now, |(start, count)| {
            if count.saturating_add(amount) > self.limit {
                Err(self.retry_after(*start, now))
            } else {
                *count += amount;
                Ok(())
            }
        })
    }

    /// Whether the key is over its limit, without counting.
    pub fn check(&self, key: &str, now: Instant) -> Result<(), u64> {
        self.with_entry(key, now, |(start, count)| {
            if *count >= self.limit {
                Err(self.retry_after(*start, now))
            } else {
                Ok(())
            }
        })
    }
}

/// The limits on what customers write: every write per client, messages per complaint, photo
/// bytes per client. One busy client is held back; the others go on.
pub struct Writes {
    per_client: RateLimiter,
    per_complaint: RateLimiter,
    photo_bytes: RateLimiter,
}

impl Writes {
    pub fn new(
        per_minute: u32,
        messages_per_complaint_per_hour: u32,
        photo_mb_per_hour: u32,
    ) -> Writes {
        Writes {
            per_client: RateLimiter::new(per_minute, Duration::from_secs(60)),
            per_complaint: RateLimiter::new(
                messages_per_complaint_per_hour,
                Duration::from_secs(3600),
            ),
            photo_bytes: RateLimiter::new(
                u64::from(photo_mb_per_hour) * 1_000_000,
                Duration::from_secs(3600),
            ),
        }
    }

    /// Counts a write of `client` carrying `photo_bytes` (decoded size; 0 without photos); the
    /// 429 answer when either budget is spent.
    pub(crate) fn allow(&self, client: &str, photo_bytes: u64) -> Result<(), Limited> {
        let now = Instant::now();
        if photo_bytes > 0 {
            self.photo_bytes
                .take(client, now, photo_bytes)
                .map_err(|wait| Limited {
                    wait,
                    detail:
                        "Too many photos sent in the last hour. Send this without photos, or wait.",
                })?;
        }
        self.per_client.hit(client, now).map_err(|wait| Limited {
            wait,
            detail: ATTEMPTS,
        })
    }

    /// Counts a message to complaint `id`; the 429 answer when it has had too many this hour.
    pub(crate) fn allow_message(&self, id: i64) -> Result<(), Limited> {
        self.per_complaint
            .hit(&id.to_string(), Instant::now())
            .map_err(|wait| Limited {
                wait,
                detail: "Many messages were added to this complaint in the last hour: wait for the shop's answer.",
            })
    }
}

/// The key a client is limited by: its address. Behind a proxy every client shares the proxy's
/// address: configure the limit accordingly.
pub(crate) fn client_key(client: Option<Extension<ClientAddr>>) -> String {
    client.map_or_else(
        || "unknown".to_owned(),
        |Extension(ClientAddr(ip))| ip.to_string(),
    )
}

const ATTEMPTS: &str = "Too many attempts. Wait before trying again.";

/// A budget spent: the seconds to wait and why, answered as 429 with `Retry-After`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limited {
    wait: u64,
    detail: &'static str,
}

impl IntoResponse for Limited {
    fn into_response(self) -> Response {
        (
            [(header::RETRY_AFTER, HeaderValue::from(self.wait))],
            ApiProblem::from(Problem::new(ProblemType::RateLimited).with_detail(self.detail)),
        )
            .into_response()
    }
}

/// 429 with `Retry-After`.
pub(crate) fn rate_limited(retry_after: u64) -> Response {
    Limited {
        wait: retry_after,
        detail: ATTEMPTS,
    }
    .into_response()
}

/// The decoded size of the photos' base64 texts, without decoding them.
pub(crate) fn photo_bytes(photos: &[sportello_contract::PhotoUpload]) -> u64 {
    photos
        .iter()
        .map(|p| p.data.trim().len() as u64 / 4 * 3)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_and_window() {
        let limiter = RateLimiter::new(2u32, Duration::from_secs(60));
        let t0 = Instant::now();
        assert_eq!(limiter.hit("a", t0), Ok(()));
        assert_eq!(limiter.hit("a", t0), Ok(()));
        assert_eq!(limiter.hit("a", t0 + Duration::from_secs(15)), Err(45));
        assert_eq!(limiter.check("a", t0 + Duration::from_secs(15)), Err(45));
        assert_eq!(limiter.hit("b", t0), Ok(()));
        // A new window starts afresh.
        assert_eq!(limiter.hit("a", t0 + Duration::from_secs(61)), Ok(()));
        assert_eq!(limiter.check("c", t0), Ok(()));
    }

    #[test]
    fn a_budget_of_units_refuses_what_does_not_fit() {
        let limiter = RateLimiter::new(10u32, Duration::from_secs(3600));
        let t0 = Instant::now();
        assert_eq!(limiter.take("a", t0, 6), Ok(()));
        // 6 more would exceed 10: refused, and nothing counted...
        assert!(limiter.take("a", t0, 6).is_err());
        // ...so 4 still fit.
        assert_eq!(limiter.take("a", t0, 4), Ok(()));
        assert!(limiter.take("a", t0, 1).is_err());
    }
}
