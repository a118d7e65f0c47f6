//! When to try a request again, and after how long.
//!
//! Requests that are safe to repeat are retried automatically: GETs, and submissions that carry
//! an Idempotency-Key (a complaint, a follow-up message: the backend replays the first answer
//! instead of acting twice), also on 409 "still in progress". The lookup and the other POSTs are
//! not (the customer has "Try again"). Only failures that a moment's wait can cure are retried:
//! no answer, a timeout, 425/429, 500/502/503/504. Waits use full-jitter exponential backoff; a
//! `Retry-After` from the backend is honoured up to a cap, so the customer is never left waiting
//! long without the manual "Try again".

use std::time::Duration;

use super::ApiError;

/// No retry starts once this much time has passed since the first attempt (each attempt has its
/// own time limit too), so the customer hears back within about half a minute at worst.
pub const OVERALL: Duration = Duration::from_secs(20);

/// Automatic retries after the first attempt.
pub const MAX_RETRIES: u32 = 2;
const BASE: Duration = Duration::from_millis(400);
const MAX_BACKOFF: Duration = Duration::from_secs(4);
/// The longest `Retry-After` waited for automatically.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(8);

/// The wait before retry number `retry` (1-based) after `error`, or `None` to give up.
/// `random` is uniform in `[0, 1)`.
pub fn delay(error: &ApiError, retry: u32, random: f64) -> Option<Duration> {
    if retry > MAX_RETRIES {
        return None;
    }
    let retryable = match error {
        // An earlier attempt of the same idempotent submission is still running: its stored
        // answer will be replayed to the retry.
        ApiError::Network | ApiError::Timeout | ApiError::InProgress => true,
        ApiError::Server { status, .. } => matches!(status, 425 | 500 | 502 | 503 | 504),
        ApiError::RateLimited { .. } | ApiError::Unavailable { .. } => true,
        _ => false,
    };
    if !retryable {
        return None;
    }
    if let ApiError::RateLimited {
        retry_after: Some(seconds),
    }
    | ApiError::Unavailable {
        retry_after: Some(seconds),
    } = error
    {
        let wait = Duration::from_secs(u64::from(*seconds));
        return (wait <= MAX_RETRY_AFTER).then_some(wait);
    }
    let ceiling = BASE
        .saturating_mul(1 << (retry - 1).min(8))
        .min(MAX_BACKOFF);
    Some(ceiling.mul_f64(random.clamp(0.0, 1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_transient_failures_are_retried() {
        for error in [
            ApiError::Network,
            ApiError::Timeout,
            ApiError::Unavailable { retry_after: None },
            ApiError::Unavailable {
                retry_after: Some(5),
            },
        ] {
            assert!(delay(&error, 1, 0.5).is_some(), "{error:?}");
        }
        for error in [
            ApiError::NotFound,
            ApiError::Unauthorized,
            ApiError::Invalid(vec![]),
            ApiError::Unreadable,
            ApiError::Server {
                status: 501,
                reference: None,
            },
            ApiError::Server {
                status: 404,
                reference: None,
            },
        ] {
            assert_eq!(delay(&error, 1, 0.5), None, "{error:?}");
        }
    }

    #[test]
    fn backoff_is_jittered_exponential_and_bounded() {
        assert_eq!(delay(&ApiError::Network, 1, 0.0), Some(Duration::ZERO));
        assert_eq!(
            delay(&ApiError::Network, 1, 0.5),
            Some(Duration::from_millis(200))
        );
        assert_eq!(
            delay(&ApiError::Network, 2, 0.5),
            Some(Duration::from_millis(400))
        );
        assert!(delay(&ApiError::Network, 2, 0.999).unwrap() < Duration::from_millis(800));
        assert_eq!(delay(&ApiError::Network, MAX_RETRIES + 1, 0.5), None);
    }

    #[test]
    fn retry_after_is_honoured_up_to_a_cap() {
        let soon = ApiError::RateLimited {
            retry_after: Some(3),
        };
        assert_eq!(delay(&soon, 1, 0.9), Some(Duration::from_secs(3)));
        let late = ApiError::RateLimited {
            retry_after: Some(600),
        };
        assert_eq!(delay(&late, 1, 0.9), None);
    }
}
