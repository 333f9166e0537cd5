//! Integration tests of the web front end: the router on a real (temporary SQLite) hub, and
//! the whole flow in headless Chromium.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod authorisation;
mod browser;
mod input;
mod openapi;
mod pages;
mod referral_pages;
mod referrals;
mod support;
