//! The hub's use cases end to end on a real (in-memory SQLite) store.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod periods;
mod permissions;
mod referrals;
mod workflow;
