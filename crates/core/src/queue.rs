//! The review queue: items (groups of copies), their states, and reviewers' decisions.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{Assessment, DecisionId, ItemId, Platform, Post, Severity};

/// A value that is not one of an enumeration's names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' is not a valid {what} (expected one of: {expected})")]
pub struct UnknownValue {
    what: &'static str,
    value: String,
    expected: &'static str,
}

impl UnknownValue {
    pub(crate) fn new(what: &'static str, value: &str, expected: &'static str) -> Self {
        Self {
            what,
            value: value.chars().take(64).collect(),
            expected,
        }
    }
}

/// Where an item is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Flagged and waiting for a reviewer.
    Open,
    /// A reviewer has decided.
    Decided,
    /// Detection found nothing to review; kept so that later copies group with it.
    Cleared,
    /// Decided at S3 or S4 with an action: waits for a second, different reviewer before
    /// anything may leave the hub (see [`crate::needs_second_review`]).
    AwaitingSecondReview,
}

impl ItemStatus {
    /// All statuses.
    pub const ALL: [ItemStatus; 4] = [
        ItemStatus::Open,
        ItemStatus::Decided,
        ItemStatus::Cleared,
        ItemStatus::AwaitingSecondReview,
    ];

    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Open => "open",
            ItemStatus::Decided => "decided",
            ItemStatus::Cleared => "cleared",
            ItemStatus::AwaitingSecondReview => "awaiting_second_review",
        }
    }

    /// Parses the snake-case name.
    ///
    /// # Errors
    /// Returns [`UnknownValue`] for any other text.
    pub fn parse(input: &str) -> Result<Self, UnknownValue> {
        let norm = input.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == norm)
            .ok_or_else(|| {
                UnknownValue::new(
                    "status",
                    input,
                    "open, decided, cleared, awaiting_second_review",
                )
            })
    }
}

impl fmt::Display for ItemStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the reviewer decided should happen. Nothing leaves the hub from the queue itself:
/// referral is a later, separate step that needs this decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionAction {
    /// Not violating, or lawful and not worth acting on.
    NoAction,
    /// Report to the platform under its policies.
    PlatformReport,
    /// Refer to the police as a likely offence.
    Police,
    /// Answer it with counter-speech.
    CounterSpeech,
    /// Pass to a supervisor.
    Escalate,
}

impl DecisionAction {
    /// All actions.
    pub const ALL: [DecisionAction; 5] = [
        DecisionAction::NoAction,
        DecisionAction::PlatformReport,
        DecisionAction::Police,
        DecisionAction::CounterSpeech,
        DecisionAction::Escalate,
    ];

    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DecisionAction::NoAction => "no_action",
            DecisionAction::PlatformReport => "platform_report",
            DecisionAction::Police => "police",
            DecisionAction::CounterSpeech => "counter_speech",
            DecisionAction::Escalate => "escalate",
        }
    }

    /// Parses the snake-case name (hyphens accepted).
    ///
    /// # Errors
    /// Returns [`UnknownValue`] for any other text.
    pub fn parse(input: &str) -> Result<Self, UnknownValue> {
        let norm = input.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == norm)
            .ok_or_else(|| {
                UnknownValue::new(
                    "decision",
                    input,
                    "no_action, platform_report, police, counter_speech, escalate",
                )
            })
    }
}

impl fmt::Display for DecisionAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A reviewer's decision as submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewDecision {
    /// The item decided.
    pub item_id: ItemId,
    /// What should happen.
    pub action: DecisionAction,
    /// The category the reviewer assigns (taxonomy id), if any.
    pub category: Option<String>,
    /// The severity the reviewer assigns.
    pub severity: Severity,
    /// Free-text note.
    pub note: Option<String>,
    /// Who decided (user name).
    pub reviewer: String,
    /// The target group the reviewer assigns (taxonomy id), if any.
    #[serde(default)]
    pub target_group: Option<String>,
    /// Candidate legal grounds (taxonomy legal-basis ids), kept apart from policy grounds:
    /// whether a post may be an offence is a different question from whether it breaks a
    /// platform's rules.
    #[serde(default)]
    pub legal_grounds: Vec<String>,
    /// Platform-policy grounds (free identifiers such as a platform's rule name).
    #[serde(default)]
    pub policy_grounds: Vec<String>,
}

/// A stored decision: who decided what, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// Its id.
    pub id: DecisionId,
    /// What was submitted.
    #[serde(flatten)]
    pub decision: NewDecision,
    /// When it was recorded.
    pub decided_at: Timestamp,
}

/// One entry in the review queue: a group of identical or near-identical posts, shown once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    /// Its id.
    pub id: ItemId,
    /// Where it is in its life.
    pub status: ItemStatus,
    /// The copy whose assessment the item keeps (the first copy, unless a later copy was
    /// assessed as stronger); its text is what the reviewer reads and what the evidence spans
    /// point into.
    pub representative: Post,
    /// The policy's assessment of the representative's text.
    pub assessment: Assessment,
    /// Number of copies (including the first).
    pub copies: u64,
    /// Number of distinct authors among the copies (unknown authors not counted).
    pub distinct_authors: u64,
    /// Summed engagement over all copies.
    pub reach: u64,
    /// Ordering key for the queue; see [`base_priority`].
    pub priority: f64,
    /// When the first copy arrived.
    pub first_seen: Timestamp,
    /// When the latest copy arrived.
    pub last_seen: Timestamp,
}

/// Filters for listing the queue. `None` means "any".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemFilter {
    /// Only items with this status.
    pub status: Option<ItemStatus>,
    /// Only items at or above this severity.
    pub min_severity: Option<Severity>,
    /// Only items whose assessment lists this category (or a child of it: `HATE` matches
    /// `HATE.SLUR`).
    pub category: Option<String>,
    /// Only items whose first copy is from this platform.
    pub platform: Option<Platform>,
    /// At most this many items.
    pub limit: Option<u32>,
}

/// The queue's ordering key, from severity, reach and the size of a copy-paste campaign.
///
/// Severity dominates (each level is worth 10), reach and copies add up to about 5 on a log
/// scale, so a viral S2 never outranks an S3. Age breaks ties in the store (oldest first),
/// because waiting time is what deadlines are measured against.
#[must_use]
pub fn base_priority(severity: Severity, reach: u64, copies: u64, distinct_authors: u64) -> f64 {
    let reach_part = ((reach as f64) + 1.0).log10().min(3.0);
    let campaign_part = ((copies.max(distinct_authors) as f64) + 1.0)
        .log2()
        .min(2.0);
    f64::from(severity.level()) * 10.0 + reach_part + campaign_part
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_viral_item_never_outranks_a_more_severe_one() {
        let viral_s2 = base_priority(Severity::S2, u64::MAX, 10_000, 10_000);
        let quiet_s3 = base_priority(Severity::S3, 0, 1, 1);
        assert!(quiet_s3 > viral_s2);
    }

    #[test]
    fn decision_actions_parse_from_their_names_and_with_hyphens() {
        for action in DecisionAction::ALL {
            assert_eq!(DecisionAction::parse(action.as_str()), Ok(action));
        }
        assert_eq!(
            DecisionAction::parse("platform-report"),
            Ok(DecisionAction::PlatformReport)
        );
        assert!(DecisionAction::parse("ban").is_err());
    }
}
