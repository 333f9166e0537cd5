//! End-to-end tests of the `upstander` binary: each runs the real executable against a fresh
//! SQLite file in a temporary folder (and PostgreSQL where noted).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod support;

mod audit;
mod classify;
mod ingest;
mod model;
mod queue;
mod refer;
mod serve;
mod setup;
mod user;
