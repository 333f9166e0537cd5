//! The application's error type: one enum that front ends map to exit codes or HTTP statuses.

use std::path::PathBuf;

use upstander_core::{Permission, TaxonomyError, Timestamp};
use upstander_detect::DetectError;
use upstander_ingest::IngestError;
use upstander_store::StoreError;

/// Why a use case failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// A configuration value is invalid; `key` is its dotted path (`ingest.batch_size`).
    #[error("configuration `{key}`: {message}")]
    Config {
        /// Dotted key.
        key: String,
        /// What is wrong.
        message: String,
    },
    /// A file the configuration names could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The taxonomy is invalid.
    #[error(transparent)]
    Taxonomy(#[from] TaxonomyError),
    /// The lexicon or policy is invalid.
    #[error(transparent)]
    Detect(#[from] DetectError),
    /// Input could not be opened or read as a whole.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// The thing asked for does not exist.
    #[error("{0}")]
    NotFound(String),
    /// A request value is invalid; `field` names it.
    #[error("{field}: {message}")]
    InvalidInput {
        /// The field.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// The store failed.
    #[error(transparent)]
    Store(StoreError),
    /// The audit log's hash chain does not hold: `seq` names the first entry that was altered,
    /// removed or put out of order.
    #[error("audit log broken at entry {seq}: {reason}")]
    AuditBroken {
        /// The first entry where the chain breaks.
        seq: u64,
        /// What is wrong with it.
        reason: String,
    },
    /// Sign-in failed: unknown user, wrong password, or a disabled account. Deliberately one
    /// message for all three, so nobody can learn which usernames exist.
    #[error("wrong username or password")]
    Unauthenticated,
    /// Too many failed sign-ins in a row: the account is locked until `until`.
    #[error("too many failed sign-ins; try again after {until}")]
    LockedOut {
        /// When sign-in opens again.
        until: Timestamp,
    },
    /// The signed-in user's role lacks the permission the operation needs.
    #[error("your role does not allow this (needs the '{permission}' permission)")]
    Forbidden {
        /// What was missing.
        permission: Permission,
    },
    /// The operation clashes with the current state: someone else holds the item's claim, the
    /// second reviewer is the first decider, or the item moved on meanwhile.
    #[error("{0}")]
    Conflict(String),
    /// A worker thread stopped unexpectedly (a bug); the batch in flight was not stored.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound { .. } | StoreError::Ambiguous { .. } => {
                AppError::NotFound(error.to_string())
            }
            StoreError::Invalid { field, reason } => AppError::InvalidInput {
                field,
                message: reason,
            },
            StoreError::Conflict(message) => AppError::Conflict(message),
            other => AppError::Store(other),
        }
    }
}

impl AppError {
    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::InvalidInput {
            field: field.into(),
            message: message.into(),
        }
    }
}
