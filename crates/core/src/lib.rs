//! Upstander's domain vocabulary and its pure rules.
//!
//! This crate owns the words every other crate speaks: identifiers, posts as they arrive,
//! detection [`Signal`]s with their evidence spans, the policy's [`Assessment`], queue items and
//! reviewers' [`Decision`]s, the hash-chained audit log's entries and the rule that verifies
//! them, and the [`Taxonomy`] that gives categories, target groups and
//! severities their ids. It deliberately does no I/O: no files, no network, no database, no
//! async runtime. Anything that reads the outside world lives in a crate further up and hands
//! this crate plain values (the taxonomy is parsed from a `&str`, never from a path).

mod account;
mod assessment;
pub mod audit;
mod id;
mod platform;
mod post;
mod post_url;
mod queue;
mod report;
mod review;
mod signal;
pub mod taxonomy;

pub use account::{MAX_USERNAME_CHARS, Permission, Role, User, normalise_username};
pub use assessment::{Assessment, CategoryScore, EvidenceSpan, Route, Verdict};
pub use audit::{
    AuditAction, AuditEntry, BreakKind, ChainBreak, ChainVerifier, GENESIS_HASH, entry_hash,
    verify_chain,
};
pub use id::{DecisionId, IdParseError, ItemId, PostId, ReferralId, ReportId, UserId};
pub use platform::{Platform, UnknownPlatform};
pub use post::{NewPost, Post};
pub use post_url::{ContentKind, KNOWN_MASTODON_HOSTS, PostRef, PostUrlError, UrlRecogniser};
pub use queue::{
    Decision, DecisionAction, ItemFilter, ItemStatus, NewDecision, QueueItem, UnknownValue,
    base_priority,
};
pub use report::{
    PublicReportStatus, ReportRef, ReportRefError, ReportStatus, ReportSummary, ReporterContact,
    ReporterRole,
};
pub use review::{Claim, Note, SecondReview, needs_second_review};
pub use signal::{Severity, Signal, SignalId, SignalIdError, Span};
pub use taxonomy::{Taxonomy, TaxonomyError};

/// A point in time (UTC), re-exported so callers need not name the time crate.
pub use jiff::Timestamp;
