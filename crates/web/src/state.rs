//! What every handler shares.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use upstander_app::Hub;

use crate::config::WebConfig;
use crate::rate::RateLimiter;

/// The hub, the web settings, and the little state the web layer keeps itself.
#[derive(Clone)]
pub struct AppState {
    /// The hub: every use case.
    pub hub: Hub,
    /// Web settings.
    pub config: Arc<WebConfig>,
    pub(crate) limiter: Arc<RateLimiter>,
    /// Items each session skipped, so the queue does not offer them again this shift
    /// (keyed by [`crate::auth::CurrentUser::session_key`]).
    pub(crate) skipped: Arc<Mutex<HashMap<String, HashSet<String>>>>,
}

impl AppState {
    /// State for one router.
    #[must_use]
    pub fn new(hub: Hub, config: WebConfig) -> Self {
        Self {
            hub,
            limiter: Arc::new(RateLimiter::new(config.reports_per_minute)),
            config: Arc::new(config),
            skipped: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    pub(crate) fn skipped_by(&self, session_key: &str) -> HashSet<String> {
        self.skipped
            .lock()
            .map(|m| m.get(session_key).cloned().unwrap_or_default())
            .unwrap_or_default()
    }

    pub(crate) fn note_skip(&self, session_key: &str, item: &str) {
        if let Ok(mut map) = self.skipped.lock() {
            map.entry(session_key.to_owned())
                .or_default()
                .insert(item.to_owned());
        }
    }
}
