//! The store's conformance suite: every story runs on SQLite and, when
//! `UPSTANDER_TEST_POSTGRES_URL` names a server, on PostgreSQL, each on a fresh database.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[macro_use]
mod support;

mod audit;
mod durability;
mod hub;
mod ingest;
mod open;
mod queue;
mod referrals;
mod roundtrip;
