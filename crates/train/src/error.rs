//! The crate's one error type.

use std::path::{Path, PathBuf};

/// Why training or evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// A data file or folder is missing or a row is malformed.
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(" line {l}")).unwrap_or_default())]
    Data {
        /// The file or folder at fault.
        path: PathBuf,
        /// 1-based line, when a row is at fault.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// Too little data to train or calibrate a head.
    #[error("cannot train: {0}")]
    Insufficient(String),
    /// Writing the model or reading it back failed.
    #[error("{}: {message}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What failed.
        message: String,
    },
    /// The detection crate refused something (a corrupt model, a bad policy).
    #[error(transparent)]
    Detect(#[from] upstander_detect::DetectError),
    /// The taxonomy did not load.
    #[error(transparent)]
    Taxonomy(#[from] upstander_core::TaxonomyError),
}

/// Result with [`TrainError`].
pub type Result<T, E = TrainError> = std::result::Result<T, E>;

impl TrainError {
    pub(crate) fn data(path: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        Self::Data {
            path: path.to_owned(),
            line,
            message: message.into(),
        }
    }

    pub(crate) fn io(path: &Path, error: &std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            message: error.to_string(),
        }
    }
}
