//! Shared fixtures.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::Timestamp;
use upstander_analytics::{RatesConfig, ReferralRecord, Window};
use upstander_core::Role;

pub fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

pub fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/analytics")
        .join(name)
}

pub fn referrals() -> Vec<ReferralRecord> {
    let text = std::fs::read_to_string(testdata("referrals.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

pub fn march() -> Window {
    Window::new(ts("2026-03-01T00:00:00Z"), ts("2026-04-01T00:00:00Z")).unwrap()
}

/// Analysts at £25 an hour, volunteers priced at £15.
pub fn rates() -> RatesConfig {
    RatesConfig {
        currency: "GBP".to_owned(),
        default_per_hour: 2500,
        by_role: BTreeMap::from([(Role::Volunteer, 1500)]),
        issuer: "Example Hate Crime Charity".to_owned(),
    }
}
