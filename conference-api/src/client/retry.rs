//! Which failed calls are tried again, and how long to wait first.

use std::hash::BuildHasher;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::HeaderValue;

/// When a failed call is sent again. Off by default ([`RetryPolicy::none`]).
///
/// [`RetryPolicy::safe`] retries only what is safe for the operation at hand, which it
/// reads from the operation's HTTP method (RFC 9110, section 9.2.2):
///
/// - **Every operation** (create and update included) is retried after a failure that
///   cannot have reached the server, and after a refusal that says when to come back:
///   - *connect failures*: connection refused, DNS resolution, TLS handshake, and the
///     connect timeout. Nothing was sent. Retried after a jittered, capped exponential
///     backoff ([`with_initial_backoff`](Self::with_initial_backoff), doubled on each
///     retry up to [`with_max_backoff`](Self::with_max_backoff); the wait is drawn
///     between half and all of that). Not a server certificate the client does not
///     trust: that fails the same way every time (see
///     [`ClientBuilder::add_root_certificate`](crate::ClientBuilder::add_root_certificate)).
///   - *`429 Too Many Requests` and `503 Service Unavailable` that carry `Retry-After`*
///     (in seconds or as an HTTP date): the server says it did not process the request
///     and when to come back. Retried after exactly that wait, unless it is longer than
///     [`with_max_retry_after`](Self::with_max_retry_after): then the error is returned
///     at once, with its `retry_after`, for the caller to decide.
/// - **Idempotent operations** (`GET`, `PUT`, `DELETE`: list, get, update and delete
///   conferences), whose repetition leaves the server as one call would, are also
///   retried after failures that may have reached the server: a connection reset or
///   closed mid-response, and `408`, `429`, `500`, `502`, `503` and `504` answers
///   (after their `Retry-After` when they carry one, else after the backoff).
///   Two consequences to know: a retried delete whose first attempt did delete answers
///   `404` (the error's [`attempts`](crate::Error::attempts) is then above 1), and a
///   retried update sends the same values again, so it overwrites a change another
///   client made between the attempts, as a second call by hand would.
/// - **`POST` and `PATCH`** (create) get nothing more: creating a conference is not
///   idempotent and SignalWire documents no idempotency key, so a retry after the
///   request may have arrived could create a second conference.
///
/// Nothing is retried that would fail the same way again or that succeeded: not a
/// request the HTTP library could not even build, not another `4xx`, never a success
/// whose body does not decode. A retry is not started when its wait would end after
/// the call's deadline (the whole-call timeout): the last error is returned instead.
/// The error reports how many attempts were made
/// ([`Error::attempts`](crate::Error::attempts)).
///
/// ```
/// use std::time::Duration;
/// use conference_api::RetryPolicy;
///
/// let policy = RetryPolicy::safe(3)
///     .with_initial_backoff(Duration::from_millis(100))
///     .with_max_retry_after(Duration::from_secs(10));
/// assert_eq!(policy.max_attempts(), 3);
/// assert_eq!(RetryPolicy::default(), RetryPolicy::none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl RetryPolicy {
    /// Default wait before the first retry of a connect failure.
    pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(200);
    /// Default cap of the exponential backoff.
    pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(5);
    /// Default longest `Retry-After` that is waited for.
    pub const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

    /// Never retry: every call makes exactly one attempt. The default.
    pub const fn none() -> Self {
        Self::safe(1)
    }

    /// Up to `max_attempts` attempts in all (the first one included; `0` counts as
    /// `1`), retrying only the failures that are safe to retry for the operation (see
    /// the type's documentation).
    pub const fn safe(max_attempts: u32) -> Self {
        RetryPolicy {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            initial_backoff: Self::DEFAULT_INITIAL_BACKOFF,
            max_backoff: Self::DEFAULT_MAX_BACKOFF,
            max_retry_after: Self::DEFAULT_MAX_RETRY_AFTER,
        }
    }

    /// The backoff before the first retry of a connect failure; it doubles on each
    /// further retry.
    pub const fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff between two attempts after a connect failure.
    pub const fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest `Retry-After` the client waits for; a longer one ends the call with
    /// the error (which carries the `retry_after`).
    pub const fn with_max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// How many attempts a call makes at most, the first one included.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// How long to wait before attempt `attempt + 1` after attempt `attempt` failed
    /// with an error of class `class`; `None` when not to retry.
    pub(crate) fn delay(&self, class: RetryClass, attempt: u32) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        match class {
            RetryClass::Never => None,
            RetryClass::Backoff => Some(self.backoff(attempt)),
            RetryClass::After(wait) => (wait <= self.max_retry_after).then_some(wait),
        }
    }

    /// Equal-jitter exponential backoff after the `retry`-th failure (1-based).
    fn backoff(&self, retry: u32) -> Duration {
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let base = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        let half = base / 2;
        let spread = u64::try_from(half.as_nanos()).unwrap_or(u64::MAX);
        let jitter = if spread == 0 {
            0
        } else {
            random_u64() % (spread + 1)
        };
        half + Duration::from_nanos(jitter)
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::none()
    }
}

/// Whether a failure may be retried under [`RetryPolicy::safe`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RetryClass {
    /// May have reached the server, or will fail the same way again.
    Never,
    /// Retry after the policy's backoff: nothing was sent (connect, DNS, TLS, connect
    /// timeout), or the operation is idempotent and the failure may be transient.
    Backoff,
    /// An answer that asked to come back after this long.
    After(Duration),
}

/// Random bits for jitter, from std's randomly keyed hasher (no extra dependency;
/// not for cryptography).
fn random_u64() -> u64 {
    std::collections::hash_map::RandomState::new().hash_one(SystemTime::now())
}

/// The wait a `Retry-After` header asks for: delay-seconds, or an HTTP date measured
/// from the response's `Date` header (so clock skew does not matter), else from
/// `now`. A date in the past means no wait. `None` when the value is not understood.
pub(crate) fn parse_retry_after(
    value: &HeaderValue,
    date: Option<&HeaderValue>,
    now: SystemTime,
) -> Option<Duration> {
    let value = value.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Absurdly long waits saturate; the policy's cap then refuses them.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let target = parse_http_date(value)?;
    let reference = date
        .and_then(|date| date.to_str().ok())
        .and_then(|date| parse_http_date(date.trim()))
        .or_else(|| {
            let secs = now.duration_since(UNIX_EPOCH).ok()?.as_secs();
            i64::try_from(secs).ok()
        })?;
    let wait = target.saturating_sub(reference).max(0);
    Some(Duration::from_secs(u64::try_from(wait).unwrap_or(0)))
}

/// Seconds since the Unix epoch of an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
fn parse_http_date(value: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc2822(value)
        .ok()
        .map(|date| date.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(value: &str) -> HeaderValue {
        HeaderValue::from_str(value).unwrap()
    }

    #[test]
    fn retry_after_in_seconds() {
        let now = SystemTime::now();
        assert_eq!(
            parse_retry_after(&header("7"), None, now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after(&header(" 0 "), None, now),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_retry_after(&header("99999999999999999999999"), None, now),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(parse_retry_after(&header("-1"), None, now), None);
        assert_eq!(parse_retry_after(&header("1.5"), None, now), None);
        assert_eq!(parse_retry_after(&header("soon"), None, now), None);
        assert_eq!(parse_retry_after(&header(""), None, now), None);
    }

    #[test]
    fn retry_after_as_http_date_uses_the_date_header_then_the_clock() {
        let target = header("Sun, 06 Nov 1994 08:49:37 GMT");
        let date = header("Sun, 06 Nov 1994 08:49:07 GMT");
        assert_eq!(
            parse_retry_after(&target, Some(&date), SystemTime::now()),
            Some(Duration::from_secs(30))
        );
        // Without a Date header: measured from `now`.
        let now = UNIX_EPOCH + Duration::from_secs(784_111_767); // 08:49:27
        assert_eq!(
            parse_retry_after(&target, None, now),
            Some(Duration::from_secs(10))
        );
        // In the past: no wait.
        assert_eq!(
            parse_retry_after(&target, None, SystemTime::now()),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn none_never_retries_and_safe_retries_only_safe_classes() {
        let none = RetryPolicy::none();
        assert_eq!(none.max_attempts(), 1);
        assert_eq!(none.delay(RetryClass::Backoff, 1), None);
        assert_eq!(none.delay(RetryClass::After(Duration::ZERO), 1), None);

        let safe = RetryPolicy::safe(3);
        assert_eq!(safe.delay(RetryClass::Never, 1), None);
        assert_eq!(
            safe.delay(RetryClass::After(Duration::from_secs(2)), 1),
            Some(Duration::from_secs(2))
        );
        assert!(safe.delay(RetryClass::Backoff, 2).is_some());
        // The third attempt was the last one.
        assert_eq!(safe.delay(RetryClass::Backoff, 3), None);
        // A Retry-After longer than the cap is not waited for.
        assert_eq!(
            safe.delay(RetryClass::After(Duration::from_secs(31)), 1),
            None
        );
        assert_eq!(RetryPolicy::safe(0).max_attempts(), 1);
    }

    #[test]
    fn backoff_is_jittered_exponential_and_capped() {
        let policy = RetryPolicy::safe(10)
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_millis(350));
        for _ in 0..50 {
            let first = policy.backoff(1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
            let second = policy.backoff(2);
            assert!(second >= Duration::from_millis(100) && second <= Duration::from_millis(200));
            let capped = policy.backoff(40);
            assert!(capped >= Duration::from_millis(175) && capped <= Duration::from_millis(350));
        }
        let draws: std::collections::HashSet<_> = (0..20).map(|_| policy.backoff(3)).collect();
        assert!(draws.len() > 1, "backoff is not jittered: {draws:?}");
        assert_eq!(
            RetryPolicy::safe(2)
                .with_initial_backoff(Duration::ZERO)
                .backoff(1),
            Duration::ZERO
        );
    }
}
