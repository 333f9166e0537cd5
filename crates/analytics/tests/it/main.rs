//! Integration tests for `upstander-analytics`: the burden bill against hand-computed fixtures
//! (`testdata/analytics/`), the accountability reports, empty periods, hostile names, and
//! property tests that no input makes a report panic or its totals disagree.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod accountability;
mod burden;
mod properties;
mod support;
