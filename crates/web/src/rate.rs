//! A small token bucket per client address for the public report endpoint.
//!
//! Written here rather than taken from `tower_governor` because only one endpoint needs it,
//! the rule is a dozen lines, and the limiter must key on the peer address the server saw.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// Buckets are dropped when there are more than this many, oldest refill first, so a flood of
/// spoofed-looking addresses cannot grow memory without bound.
const MAX_BUCKETS: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Per-address token buckets: `per_minute` tokens, refilled continuously.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl RateLimiter {
    pub(crate) fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `addr`; `false` when its bucket is empty.
    pub(crate) fn allow(&self, addr: IpAddr) -> bool {
        self.allow_at(addr, Instant::now())
    }

    fn allow_at(&self, addr: IpAddr, now: Instant) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let capacity = f64::from(self.per_minute);
        let Ok(mut buckets) = self.buckets.lock() else {
            // A poisoned lock means a panic elsewhere; fail open rather than refuse reports.
            return true;
        };
        if buckets.len() >= MAX_BUCKETS && !buckets.contains_key(&addr) {
            let full_after = 60.0;
            buckets.retain(|_, b| now.duration_since(b.updated).as_secs_f64() < full_after);
            if buckets.len() >= MAX_BUCKETS {
                buckets.clear();
            }
        }
        let bucket = buckets.entry(addr).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        let elapsed = now.duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * capacity / 60.0).min(capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn an_address_gets_its_burst_then_waits_for_the_refill() {
        let limiter = RateLimiter::new(3);
        let addr: IpAddr = [192, 0, 2, 1].into();
        let other: IpAddr = [192, 0, 2, 2].into();
        let start = Instant::now();
        assert!((0..3).all(|_| limiter.allow_at(addr, start)));
        assert!(!limiter.allow_at(addr, start));
        assert!(limiter.allow_at(other, start), "buckets are per address");
        assert!(limiter.allow_at(addr, start + Duration::from_secs(20)));
        assert!(!limiter.allow_at(addr, start + Duration::from_secs(21)));
    }

    #[test]
    fn zero_turns_the_limit_off() {
        let limiter = RateLimiter::new(0);
        let addr: IpAddr = [192, 0, 2, 1].into();
        assert!((0..1000).all(|_| limiter.allow(addr)));
    }
}
