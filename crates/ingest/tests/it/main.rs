//! Integration tests for `upstander-ingest`: every format's fixture read into the expected
//! posts, format sniffing, hostile input, de-duplication keys, and property tests that no input
//! makes a reader panic.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod auto;
mod bluesky;
mod csv;
mod dedup;
mod hostile;
mod jsonl;
mod mastodon;
mod properties;
mod reddit;
mod support;
mod telegram;
mod x;
