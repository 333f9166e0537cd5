//! Integration tests for `upstander-referral`: the shipped registry against the shipped
//! taxonomy, referral rules and rendering, police evidence bundles, deadline clocks, the
//! statement-of-reasons readers with hostile input, the link re-checker against a local HTTP
//! server, re-upload matching, and property tests that no input makes the URL recogniser or
//! the readers panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod deadlines;
mod notices;
mod police;
mod properties;
mod recheck;
mod registry;
mod statements;
mod support;
mod urls;
