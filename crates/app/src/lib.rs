//! Upstander's use cases, on one [`Hub`] value.
//!
//! This is the only crate that composes the others: it reads posts with `upstander-ingest`,
//! normalises and assesses them with `upstander-detect`, keys them for de-duplication and
//! stores them through `upstander-store`, and offers the queue, decision and audit-log operations that
//! the command line (and later the web server) call. It owns the typed configuration and an
//! [`AppError`] that front ends map to exit codes or HTTP statuses. It deliberately knows
//! nothing about argument parsing, terminals or HTTP, so that every front end behaves the same.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

/// Control characters other than line breaks and tabs (terminal escapes and the like): stored
/// in a note or a report, they would let its text rewrite what an operator's terminal shows,
/// or pose as a second line of the audit log.
pub(crate) fn has_stray_control(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Whether a one-line name (a reviewer, a display name, a label) holds any control character.
pub(crate) fn has_control(name: &str) -> bool {
    name.chars().any(char::is_control)
}

mod accounts;
mod classify;
mod config;
mod error;
mod hub;
mod outcomes;
mod parallel;
mod pipeline;
mod recheck;
mod referrals;
mod reporting;
mod reports;
mod review;
mod rules;

pub use accounts::{
    API_TOKEN_PREFIX, MIN_PASSWORD_CHARS, NewUser, SYSTEM_USERNAME, Session, SessionInfo,
};
pub use classify::{ClassifyOutcome, assessment_fields, classify_line, classify_lines};
pub use config::{
    DatabaseConfig, DetectConfig, EXAMPLE_CONFIG, HubConfig, IngestConfig, ReferralConfig,
    TransformerConfig, redact_url,
};
pub use error::AppError;
pub use hub::{AuditReport, DecisionInput, Detection, Hub};
pub use outcomes::{
    ImportSummary, MAX_STATEMENTS_BYTES, OutcomeInput, StatementFormat, StatementRecorded,
};
pub use pipeline::{IngestProgress, IngestSummary, NoProgress, SourceInput};
pub use recheck::RecheckResult;
pub use referrals::{
    POLICE_TARGET, PoliceReferInput, ReferInput, Referral, ReferralQuery, RenderFormat,
    human_duration,
};
pub use reporting::{ReportFormat, ReportsConfig, parse_period_bound, year_window};
pub use reports::{
    MAX_APPEAL_CHARS, MAX_REPORT_TEXT_CHARS, MAX_REPORT_URLS, NewReport, ReportReceipt,
};
pub use review::{ItemView, QueueEntry, SecondReviewInput};
pub use rules::{Clock, WorkflowRules};
/// Store types that appear in the hub's answers, re-exported so front ends need not depend
/// on the store crate (the web crate must not).
pub use upstander_store::{ItemDetail, ReferralTimes, StoreCounts};

/// `Result` with [`AppError`].
pub type Result<T, E = AppError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_pass_and_terminal_escapes_do_not() {
        assert!(!has_stray_control("first line\nsecond\tcolumn\r\n"));
        assert!(has_stray_control("red \u{1b}[31m text"));
        assert!(has_stray_control("nul \0"));
        assert!(!has_control("Amina K."));
        assert!(has_control("two\nlines"));
    }
}
