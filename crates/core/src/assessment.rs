//! The policy's reading of a post: what a reviewer sees first.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Severity, Signal};

/// Whether the post goes in front of a human.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Queue it for review.
    Flag,
    /// Nothing to review.
    #[default]
    Clear,
}

impl Verdict {
    /// `"flag"` or `"clear"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Flag => "flag",
            Verdict::Clear => "clear",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which team should see a flagged post first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Not routed anywhere.
    #[default]
    None,
    /// The ordinary review queue.
    Review,
    /// Urgent review (credible threats, weapons sales): S4 targets.
    Urgent,
    /// A welfare partner (grief, memorial, distress), never enforcement.
    Welfare,
}

impl Route {
    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Route::None => "none",
            Route::Review => "review",
            Route::Urgent => "urgent",
            Route::Welfare => "welfare",
        }
    }
}

/// A taxonomy category with the policy's score for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryScore {
    /// Category id, e.g. `HATE.DEHUMANISATION`.
    pub id: String,
    /// Score in `[0, 1]`.
    pub score: f32,
}

/// A piece of evidence as reported to people and machines: byte offsets into the original
/// text, the signal that matched, and the matched text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceSpan {
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The signal id.
    pub signal: String,
    /// `original[start..end]`.
    pub text: String,
}

/// What the policy made of a post's signals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Assessment {
    /// Flag for review or clear.
    pub verdict: Verdict,
    /// Overall score in `[0, 1]`.
    pub score: f32,
    /// Suggested severity; a reviewer confirms or changes it.
    pub severity: Severity,
    /// Categories, highest score first.
    pub categories: Vec<CategoryScore>,
    /// Target-group ids.
    pub targets: Vec<String>,
    /// Evidence spans, in text order.
    pub spans: Vec<EvidenceSpan>,
    /// Every signal the detectors emitted, including context signals that lowered the score.
    pub signals: Vec<Signal>,
    /// Where it should go.
    pub route: Route,
    /// A sentence or two a volunteer can read: what drove the score and what lowered it.
    pub explanation: String,
}

impl Assessment {
    /// The highest-scoring category id, if any.
    #[must_use]
    pub fn top_category(&self) -> Option<&str> {
        self.categories.first().map(|c| c.id.as_str())
    }
}
