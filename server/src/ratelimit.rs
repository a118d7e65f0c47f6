//! Fixed-window rate limits for the lookups: per client address (every order or complaint
//! lookup; the address is `client.rs`'s, through trusted proxies) and per order number (failed
//! postcode proofs only: postcodes are guessable, e-mail addresses are not, and others' failures
//! must never lock out the customer who has the right e-mail); and the 429 answer they lead to.

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

/// Allows `limit` hits per key in each `window`.
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    hits: Mutex<HashMap<String, (Instant, u32)>>,
}

/// Entries kept before expired ones are swept.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit,
            window,
            hits: Mutex::new(HashMap::new()),
        }
    }

    fn with_entry<T>(
        &self,
        key: &str,
        now: Instant,
        f: impl FnOnce(&mut (Instant, u32)) -> T,
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
        self.with_entry(key, now, |(start, count)| {
            if *count >= self.limit {
                Err(self.retry_after(*start, now))
            } else {
                *count += 1;
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

/// The key a client is limited by: its address. Behind a proxy every client shares the proxy's
/// address: configure the limit accordingly.
pub(crate) fn client_key(client: Option<Extension<ClientAddr>>) -> String {
    client.map_or_else(
        || "unknown".to_owned(),
        |Extension(ClientAddr(ip))| ip.to_string(),
    )
}

/// 429 with `Retry-After`.
pub(crate) fn rate_limited(retry_after: u64) -> Response {
    (
        [(header::RETRY_AFTER, HeaderValue::from(retry_after))],
        ApiProblem::from(
            Problem::new(ProblemType::RateLimited)
                .with_detail("Too many attempts. Wait before trying again."),
        ),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_and_window() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
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
}
