//! Integration tests for upstander-detect: one binary, one module per concern.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod engine;
mod fixtures;
mod functional;
mod model;
mod properties;
mod support;
#[cfg(feature = "transformer")]
mod transformer;
