//! The crate's one error type. Problems with single records are not errors but
//! [`Reject`](crate::Reject)s; these are the few things that stop a source before it starts.

use crate::Format;

/// Why a source could not be read at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// A format name that is not one of [`Format::ALL`].
    #[error("unknown format '{name}' (expected one of: {expected})", expected = Format::names())]
    UnknownFormat {
        /// The name as given (cut to 64 characters).
        name: String,
    },
    /// The input could not be read before the first record (while sniffing its format).
    #[error("cannot read {input}: {error}")]
    Read {
        /// The source name.
        input: String,
        /// What the operating system said.
        #[source]
        error: std::io::Error,
    },
    /// [`ReadOptions`](crate::ReadOptions) that cannot work.
    #[error("invalid read options: {0}")]
    InvalidOptions(String),
}

/// `Result` with [`IngestError`].
pub type Result<T, E = IngestError> = std::result::Result<T, E>;
