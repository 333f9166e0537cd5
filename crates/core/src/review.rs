//! The review workflow's vocabulary: claims on items, notes, second reviews, and the rule
//! that says which decisions need a second pair of eyes.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{DecisionAction, DecisionId, ItemId, Severity};

/// A reviewer's lock on an item, so two people do not work on it at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The item claimed.
    pub item_id: ItemId,
    /// Who holds it.
    pub username: String,
    /// When the lock lapses unless renewed.
    pub expires_at: Timestamp,
}

/// A note a reviewer left on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Who wrote it (user name).
    pub author: String,
    /// When.
    pub at: Timestamp,
    /// What it says.
    pub text: String,
}

/// A second reviewer's verdict on a decision that needed one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondReview {
    /// The decision reviewed.
    pub decision_id: DecisionId,
    /// The item.
    pub item_id: ItemId,
    /// Who reviewed it; never the person who decided.
    pub reviewer: String,
    /// Approved (the item is decided) or sent back (the item is open again).
    pub approved: bool,
    /// Why, if given.
    pub note: Option<String>,
    /// When.
    pub at: Timestamp,
}

/// Whether a decision must be confirmed by a second, different reviewer before anything
/// leaves the hub: serious harm (S3 or S4) with any action other than none.
#[must_use]
pub fn needs_second_review(action: DecisionAction, severity: Severity) -> bool {
    action != DecisionAction::NoAction && severity.level() >= Severity::S3.level()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_serious_decisions_with_an_action_need_a_second_review() {
        assert!(needs_second_review(DecisionAction::Police, Severity::S4));
        assert!(needs_second_review(
            DecisionAction::PlatformReport,
            Severity::S3
        ));
        assert!(!needs_second_review(DecisionAction::NoAction, Severity::S4));
        assert!(!needs_second_review(DecisionAction::Police, Severity::S2));
    }
}
