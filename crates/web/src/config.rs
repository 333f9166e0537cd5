//! Settings of the web front end that are not the hub's own.

use std::time::Duration;

/// How the web front end behaves; the hub's configuration (database, detection) is separate.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure`: set this whenever the site is served over TLS (directly or
    /// behind a proxy that terminates it), so the session never travels in clear text.
    pub secure_cookies: bool,
    /// Public reports one address may submit per minute (a token bucket of this size that
    /// refills at this rate). 0 turns the limit off (load tests only).
    pub reports_per_minute: u32,
    /// Prompt a reviewer to take a break after this many items in one shift (0: never).
    pub break_every: u32,
    /// Largest request body accepted, in bytes. Forms and JSON are small; anything bigger is
    /// refused before it is read.
    pub max_body_bytes: usize,
    /// A request that takes longer than this is answered with 408.
    pub request_timeout: Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            reports_per_minute: 10,
            break_every: 25,
            max_body_bytes: 64 * 1024,
            request_timeout: Duration::from_secs(30),
        }
    }
}
