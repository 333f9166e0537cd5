//! The crate's one error type.

/// Why a lexicon, policy or engine could not be built.
///
/// Every variant says where the problem is (line and field, or the key path) so that the person
/// editing the file can go straight to it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DetectError {
    /// A lexicon line is malformed or refers to something that does not exist.
    #[error("lexicon line {line}{}: {message}", field.as_ref().map(|f| format!(", field `{f}`")).unwrap_or_default())]
    Lexicon {
        /// 1-based line number in the TSV.
        line: usize,
        /// The column at fault, when there is one.
        field: Option<String>,
        /// What is wrong.
        message: String,
    },
    /// The policy file is not valid TOML or does not have the expected shape.
    #[error("policy is not valid{}: {message}", location.map(|(l, c)| format!(" at line {l}, column {c}")).unwrap_or_default())]
    PolicySyntax {
        /// What the TOML parser said.
        message: String,
        /// 1-based line and column, when known.
        location: Option<(usize, usize)>,
    },
    /// The policy parsed but a value breaks a rule.
    #[error("policy `{key}`: {message}")]
    Policy {
        /// Path of the offending key, e.g. `rules[3].category`.
        key: String,
        /// What is wrong.
        message: String,
    },
    /// A matcher could not be built (for instance the pattern set is too large).
    #[error("cannot build the {what} matcher: {message}")]
    Matcher {
        /// Which matcher.
        what: &'static str,
        /// The builder's error.
        message: String,
    },
    /// A model file is corrupt, truncated or inconsistent.
    #[error("model file: {message}")]
    Model {
        /// What is wrong, with the byte offset when it is a truncation.
        message: String,
    },
}

/// Result with [`DetectError`].
pub type Result<T, E = DetectError> = std::result::Result<T, E>;

impl DetectError {
    pub(crate) fn lexicon(line: usize, field: Option<&str>, message: impl Into<String>) -> Self {
        Self::Lexicon {
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }

    pub(crate) fn policy(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Policy {
            key: key.into(),
            message: message.into(),
        }
    }
}
