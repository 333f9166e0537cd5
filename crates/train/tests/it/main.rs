//! Integration tests for upstander-train: one binary, one module per concern.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod end_to_end;
mod fairness;
