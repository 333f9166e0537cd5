//! Upstander's use cases, on one [`Hub`] value.
//!
//! This is the only crate that composes the others: it reads posts with `upstander-ingest`,
//! normalises and assesses them with `upstander-detect`, keys them for de-duplication and
//! stores them through `upstander-store`, and offers the queue, decision and audit-log operations that
//! the command line (and later the web server) call. It owns the typed configuration and an
//! [`AppError`] that front ends map to exit codes or HTTP statuses. It deliberately knows
//! nothing about argument parsing, terminals or HTTP, so that every front end behaves the same.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod classify;
mod config;
mod error;
mod hub;
mod parallel;
mod pipeline;

pub use classify::{ClassifyOutcome, assessment_fields, classify_line, classify_lines};
pub use config::{
    DatabaseConfig, DetectConfig, EXAMPLE_CONFIG, HubConfig, IngestConfig, redact_url,
};
pub use error::AppError;
pub use hub::{AuditReport, DecisionInput, Detection, Hub};
pub use pipeline::{IngestProgress, IngestSummary, NoProgress, SourceInput};

/// `Result` with [`AppError`].
pub type Result<T, E = AppError> = std::result::Result<T, E>;
