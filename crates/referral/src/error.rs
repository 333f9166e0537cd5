//! The crate's one error type.

use upstander_core::{Platform, PostUrlError, Severity};

/// Everything that can go wrong while loading the registry, building a referral, computing a
/// deadline or reading statements of reasons. Row-level problems in a statements file are not
/// errors: they are [`crate::RowError`]s collected beside the good rows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    /// The registry file is not TOML of the expected shape (unknown keys included).
    #[error("platform registry is not valid: {0}")]
    RegistrySyntax(String),
    /// The registry parsed but breaks a rule; `path` points into the document.
    #[error("platform registry {path}: {message}")]
    Registry {
        /// Where, e.g. `platforms.x.category_policy."HATE.SLUR"`.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A file could not be read.
    #[error("cannot read {path}: {message}")]
    Read {
        /// The file.
        path: String,
        /// What the operating system said.
        message: String,
    },
    /// A referral was asked for without a reviewer's decision.
    #[error("nothing is referred without a human decision, and this item has none")]
    NoHumanDecision,
    /// A serious item has not been approved by a second reviewer.
    #[error(
        "a {severity} decision needs a second reviewer's approval before it is referred, and it has none"
    )]
    SecondReviewRequired {
        /// The decided severity.
        severity: Severity,
    },
    /// The decision's category or severity does not allow any referral.
    #[error("category '{category}' is not referred: {reason}")]
    NotActionable {
        /// The category id.
        category: String,
        /// Why not.
        reason: String,
    },
    /// A field of the referral request is missing or malformed.
    #[error("referral {field}: {message}")]
    Invalid {
        /// The field, e.g. `notifier.email`.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// One of the item's links could not be recognised.
    #[error("link {index} ('{url}'): {source}")]
    Url {
        /// 1-based position in the request's list.
        index: usize,
        /// The start of the link.
        url: String,
        /// Why it was not recognised.
        source: PostUrlError,
    },
    /// The registry has no entry for a platform a link points to.
    #[error("the platform registry has no entry for {0}")]
    UnknownPlatform(Platform),
    /// The registry maps no policy for the decided category on a platform.
    #[error("the platform registry maps no {platform} policy for category '{category}'")]
    NoPolicy {
        /// The platform.
        platform: Platform,
        /// The category id.
        category: String,
    },
    /// The registry lists no channel of the kind needed.
    #[error("the platform registry lists no {kind} channel for {platform}")]
    NoChannel {
        /// The platform.
        platform: Platform,
        /// The channel kind's name.
        kind: &'static str,
    },
    /// A deadline falls outside the years the bank-holiday table covers.
    #[error("working-day deadline: {0}")]
    Calendar(String),
    /// A statements file that cannot be read at all (its header, say).
    #[error("statements file: {0}")]
    Statements(String),
}
