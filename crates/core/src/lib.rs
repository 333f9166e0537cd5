//! Upstander's domain vocabulary and its pure rules.
//!
//! This crate owns the words every other crate speaks: identifiers, posts as they arrive,
//! detection [`Signal`]s with their evidence spans, the policy's [`Assessment`], queue items and
//! reviewers' [`Decision`]s, the hash-chained audit log's entries and the rule that verifies
//! them, and the [`Taxonomy`] that gives categories, target groups and
//! severities their ids. It deliberately does no I/O: no files, no network, no database, no
//! async runtime. Anything that reads the outside world lives in a crate further up and hands
//! this crate plain values (the taxonomy is parsed from a `&str`, never from a path).

mod assessment;
pub mod audit;
mod id;
mod platform;
mod post;
mod queue;
mod signal;
pub mod taxonomy;

pub use assessment::{Assessment, CategoryScore, EvidenceSpan, Route, Verdict};
pub use audit::{
    AuditAction, AuditEntry, BreakKind, ChainBreak, ChainVerifier, GENESIS_HASH, entry_hash,
    verify_chain,
};
pub use id::{DecisionId, IdParseError, ItemId, PostId};
pub use platform::{Platform, UnknownPlatform};
pub use post::{NewPost, Post};
pub use queue::{
    Decision, DecisionAction, ItemFilter, ItemStatus, NewDecision, QueueItem, UnknownValue,
    base_priority,
};
pub use signal::{Severity, Signal, SignalId, SignalIdError, Span};
pub use taxonomy::{Taxonomy, TaxonomyError};

/// A point in time (UTC), re-exported so callers need not name the time crate.
pub use jiff::Timestamp;
