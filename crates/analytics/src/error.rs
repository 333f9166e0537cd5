//! The crate's one error type.

/// Everything that can go wrong while building or rendering a report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnalyticsError {
    /// The reporting window is empty or inverted.
    #[error("report window: 'from' ({from}) must be before 'to' ({to})")]
    Window {
        /// The start asked for.
        from: String,
        /// The end asked for.
        to: String,
    },
    /// An input record contradicts itself (an action before the referral, say).
    #[error("record {index} ({id}), field '{field}': {message}")]
    Record {
        /// 0-based position in the input.
        index: usize,
        /// The record's own id, as given.
        id: String,
        /// The field at fault.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
    /// The rates configuration is not usable.
    #[error("rates {field}: {message}")]
    Rates {
        /// The setting at fault.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A chart could not be drawn.
    #[error("chart '{chart}': {message}")]
    Chart {
        /// The chart's title.
        chart: String,
        /// What the drawing library said.
        message: String,
    },
    /// A CSV export could not be written.
    #[error("CSV export: {0}")]
    Csv(String),
    /// A JSON export could not be written.
    #[error("JSON export: {0}")]
    Json(String),
}
