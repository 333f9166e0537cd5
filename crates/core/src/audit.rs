//! The tamper-evident audit log: entries, their hash chain, and the rule that checks it.
//!
//! Each entry's hash is SHA-256 over a length-prefixed encoding of its own fields and the
//! previous entry's hash, so changing, removing or reordering any entry breaks the chain at
//! that point. This module only computes and checks; the store writes the entries.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::UnknownValue;

/// The `prev_hash` of the first entry: 64 zeros, since nothing comes before it.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Separates this encoding from any other use of SHA-256, and lets a later format coexist.
const DOMAIN: &[u8] = b"upstander-audit-v1";

/// What an audit entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// A reviewer recorded a decision on an item.
    DecisionRecorded,
    /// An item was put back in the open queue.
    ItemReopened,
    /// Someone looked at who reported an item.
    ReporterIdentityViewed,
    /// Data left the hub as an export.
    Export,
    /// A user's role was changed.
    RoleChanged,
    /// An account was made.
    UserAdded,
    /// An account was disabled.
    UserDisabled,
    /// A disabled account was enabled again.
    UserEnabled,
    /// A user's password was reset (their sessions end).
    PasswordReset,
    /// Repeated failed sign-ins locked an account for a while.
    LoginLockedOut,
    /// An API token was made for a machine client.
    ApiTokenCreated,
    /// A public report arrived (never with the reporter's identity).
    ReportSubmitted,
    /// A reviewer claimed an item.
    ItemClaimed,
    /// A reviewer released their claim on an item.
    ItemReleased,
    /// A reviewer skipped an item (and released it).
    ItemSkipped,
    /// A second reviewer approved or sent back an S3/S4 decision.
    SecondReviewRecorded,
    /// A reviewer left a note on an item.
    NoteAdded,
    /// A reporter or author appealed, reopening the item.
    AppealLodged,
    /// A decided item was referred to a platform or the police.
    ReferralMade,
    /// A platform's acknowledgement, decision or action time was recorded on a referral.
    ReferralUpdated,
    /// An overdue referral was escalated.
    ReferralEscalated,
    /// A platform's response (by hand or from a statement of reasons) was recorded.
    OutcomeRecorded,
    /// A referred link was checked again (removed, still live, geo-blocked, re-uploaded).
    LinkRechecked,
}

impl AuditAction {
    /// All actions.
    pub const ALL: [AuditAction; 23] = [
        AuditAction::DecisionRecorded,
        AuditAction::ItemReopened,
        AuditAction::ReporterIdentityViewed,
        AuditAction::Export,
        AuditAction::RoleChanged,
        AuditAction::UserAdded,
        AuditAction::UserDisabled,
        AuditAction::UserEnabled,
        AuditAction::PasswordReset,
        AuditAction::LoginLockedOut,
        AuditAction::ApiTokenCreated,
        AuditAction::ReportSubmitted,
        AuditAction::ItemClaimed,
        AuditAction::ItemReleased,
        AuditAction::ItemSkipped,
        AuditAction::SecondReviewRecorded,
        AuditAction::NoteAdded,
        AuditAction::AppealLodged,
        AuditAction::ReferralMade,
        AuditAction::ReferralUpdated,
        AuditAction::ReferralEscalated,
        AuditAction::OutcomeRecorded,
        AuditAction::LinkRechecked,
    ];

    /// The snake-case name, which is also what the hash covers.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            AuditAction::DecisionRecorded => "decision_recorded",
            AuditAction::ItemReopened => "item_reopened",
            AuditAction::ReporterIdentityViewed => "reporter_identity_viewed",
            AuditAction::Export => "export",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::UserAdded => "user_added",
            AuditAction::UserDisabled => "user_disabled",
            AuditAction::UserEnabled => "user_enabled",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::LoginLockedOut => "login_locked_out",
            AuditAction::ApiTokenCreated => "api_token_created",
            AuditAction::ReportSubmitted => "report_submitted",
            AuditAction::ItemClaimed => "item_claimed",
            AuditAction::ItemReleased => "item_released",
            AuditAction::ItemSkipped => "item_skipped",
            AuditAction::SecondReviewRecorded => "second_review_recorded",
            AuditAction::NoteAdded => "note_added",
            AuditAction::AppealLodged => "appeal_lodged",
            AuditAction::ReferralMade => "referral_made",
            AuditAction::ReferralUpdated => "referral_updated",
            AuditAction::ReferralEscalated => "referral_escalated",
            AuditAction::OutcomeRecorded => "outcome_recorded",
            AuditAction::LinkRechecked => "link_rechecked",
        }
    }

    /// Parses the snake-case name.
    ///
    /// # Errors
    /// Returns [`UnknownValue`] for any other text.
    pub fn parse(input: &str) -> Result<Self, UnknownValue> {
        let norm = input.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == norm)
            .ok_or_else(|| {
                UnknownValue::new(
                    "audit action",
                    input,
                    "one of the audit actions (decision_recorded, item_reopened, …)",
                )
            })
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One stored entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the log, from 1, without gaps.
    pub seq: u64,
    /// When it was written (microsecond precision: that is what is stored and hashed).
    pub at: Timestamp,
    /// Who did it (user name).
    pub actor: String,
    /// What was done.
    pub action: AuditAction,
    /// What it was done to, such as an item id.
    pub subject: String,
    /// Particulars as the caller wrote them (`decision=police; severity=S3`); hashed as given.
    pub details: String,
    /// The previous entry's hash, in lower-case hex ([`GENESIS_HASH`] for the first).
    pub prev_hash: String,
    /// This entry's hash, in lower-case hex; see [`entry_hash`].
    pub hash: String,
}

impl AuditEntry {
    /// The hash this entry's fields call for, whatever its stored `hash` says.
    #[must_use]
    pub fn expected_hash(&self) -> String {
        entry_hash(
            &self.prev_hash,
            self.seq,
            self.at,
            &self.actor,
            self.action,
            &self.subject,
            &self.details,
        )
    }
}

/// The SHA-256 hash (lower-case hex) of an entry's fields chained to `prev_hash`.
///
/// Every text field is prefixed with its length in bytes (8 bytes, big-endian), so no two
/// different sets of fields encode alike (`"ab" + "c"` differs from `"a" + "bc"`). The time
/// is hashed as microseconds since the epoch, the precision the store keeps.
#[must_use]
pub fn entry_hash(
    prev_hash: &str,
    seq: u64,
    at: Timestamp,
    actor: &str,
    action: AuditAction,
    subject: &str,
    details: &str,
) -> String {
    let mut hasher = Sha256::new();
    let mut field = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    };
    field(DOMAIN);
    field(prev_hash.as_bytes());
    field(&seq.to_be_bytes());
    field(&at.as_microsecond().to_be_bytes());
    field(actor.as_bytes());
    field(action.as_str().as_bytes());
    field(subject.as_bytes());
    field(details.as_bytes());
    to_hex(&hasher.finalize())
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// How the chain is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakKind {
    /// The entry's fields no longer match its hash.
    Altered,
    /// The entry is missing: the next one skips its number, or links to a different hash.
    Removed,
    /// The entry is out of place: its number is not the next one.
    Reordered,
}

/// The first place where the chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("entry {seq}: {reason}")]
pub struct ChainBreak {
    /// The entry that was altered, removed or put out of order.
    pub seq: u64,
    /// What kind of break.
    pub kind: BreakKind,
    /// Why, in words.
    pub reason: String,
}

/// Checks a log one entry at a time, so a caller can stream it in pages.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    count: u64,
    last_seq: u64,
    last_hash: String,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self::new()
    }
}

impl ChainVerifier {
    /// A verifier expecting the first entry (seq 1, linked to [`GENESIS_HASH`]).
    #[must_use]
    pub fn new() -> Self {
        Self {
            count: 0,
            last_seq: 0,
            last_hash: GENESIS_HASH.to_owned(),
        }
    }

    /// Checks the next entry.
    ///
    /// # Errors
    /// [`ChainBreak`] naming the entry that was altered, removed or reordered.
    pub fn push(&mut self, entry: &AuditEntry) -> Result<(), ChainBreak> {
        let expected = self.last_seq.saturating_add(1);
        if entry.seq > expected {
            return Err(ChainBreak {
                seq: expected,
                kind: BreakKind::Removed,
                reason: format!(
                    "missing: the log goes from entry {} to entry {}",
                    self.last_seq, entry.seq
                ),
            });
        }
        if entry.seq < expected {
            return Err(ChainBreak {
                seq: entry.seq,
                kind: BreakKind::Reordered,
                reason: format!("out of order: it comes after entry {}", self.last_seq),
            });
        }
        if entry.hash != entry.expected_hash() {
            return Err(ChainBreak {
                seq: entry.seq,
                kind: BreakKind::Altered,
                reason: "altered: its contents no longer match its hash".to_owned(),
            });
        }
        if entry.prev_hash != self.last_hash {
            // The entry itself is intact, so what it links to is not what was there when it
            // was written: the entry before it was replaced, or the first entry was removed.
            let (seq, reason) = if self.last_seq == 0 {
                (
                    entry.seq,
                    "removed before it: the first entry does not start the chain".to_owned(),
                )
            } else {
                (
                    self.last_seq,
                    format!(
                        "replaced: entry {} was chained to a different entry {}",
                        entry.seq, self.last_seq
                    ),
                )
            };
            return Err(ChainBreak {
                seq,
                kind: BreakKind::Removed,
                reason,
            });
        }
        self.count += 1;
        self.last_seq = entry.seq;
        self.last_hash.clone_from(&entry.hash);
        Ok(())
    }

    /// How many entries have been checked.
    #[must_use]
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The seq of the last entry checked (0 before any).
    #[must_use]
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// The hash of the last entry checked ([`GENESIS_HASH`] before any).
    #[must_use]
    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }
}

/// Checks a whole log, oldest first, and returns how many entries it holds.
///
/// A log cut short at the end still verifies: nothing after the last entry records that it
/// existed. Callers that must notice that compare the count or last hash with one kept
/// elsewhere.
///
/// # Errors
/// [`ChainBreak`] naming the first entry that was altered, removed or reordered.
pub fn verify_chain(entries: impl IntoIterator<Item = AuditEntry>) -> Result<u64, ChainBreak> {
    let mut verifier = ChainVerifier::new();
    for entry in entries {
        verifier.push(&entry)?;
    }
    Ok(verifier.count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: u64) -> Vec<AuditEntry> {
        let mut prev = GENESIS_HASH.to_owned();
        (1..=n)
            .map(|seq| {
                let at = Timestamp::from_second(1_700_000_000 + seq as i64).unwrap();
                let actor = format!("reviewer{seq}");
                let subject = format!("item-{seq}");
                let details = format!("decision=police; n={seq}");
                let action = AuditAction::DecisionRecorded;
                let hash = entry_hash(&prev, seq, at, &actor, action, &subject, &details);
                let entry = AuditEntry {
                    seq,
                    at,
                    actor,
                    action,
                    subject,
                    details,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                entry
            })
            .collect()
    }

    #[test]
    fn an_untouched_chain_verifies_and_counts_its_entries() {
        assert_eq!(verify_chain(chain(5)), Ok(5));
        assert_eq!(verify_chain(Vec::new()), Ok(0));
    }

    #[test]
    fn the_hash_is_lower_case_hex_of_sha256_and_depends_on_every_field() {
        let at = Timestamp::UNIX_EPOCH;
        let a = AuditAction::DecisionRecorded;
        let base = entry_hash(GENESIS_HASH, 1, at, "amina", a, "item", "x=1");
        assert_eq!(base.len(), 64);
        assert!(
            base.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        let later = Timestamp::from_microsecond(1).unwrap();
        let variants = [
            entry_hash(&"1".repeat(64), 1, at, "amina", a, "item", "x=1"),
            entry_hash(GENESIS_HASH, 2, at, "amina", a, "item", "x=1"),
            entry_hash(GENESIS_HASH, 1, later, "amina", a, "item", "x=1"),
            entry_hash(GENESIS_HASH, 1, at, "amin", a, "item", "x=1"),
            entry_hash(
                GENESIS_HASH,
                1,
                at,
                "amina",
                AuditAction::Export,
                "item",
                "x=1",
            ),
            entry_hash(GENESIS_HASH, 1, at, "amina", a, "iten", "x=1"),
            entry_hash(GENESIS_HASH, 1, at, "amina", a, "item", "x=2"),
        ];
        for variant in variants {
            assert_ne!(variant, base);
        }
    }

    #[test]
    fn moving_text_between_fields_changes_the_hash() {
        let at = Timestamp::UNIX_EPOCH;
        let a = AuditAction::ItemReopened;
        assert_ne!(
            entry_hash(GENESIS_HASH, 1, at, "ab", a, "c", ""),
            entry_hash(GENESIS_HASH, 1, at, "a", a, "bc", "")
        );
    }

    #[test]
    fn altered_details_are_named_by_the_entry_that_was_changed() {
        let mut entries = chain(4);
        entries[2].details = "decision=no_action; n=3".into();
        let err = verify_chain(entries).unwrap_err();
        assert_eq!((err.seq, err.kind), (3, BreakKind::Altered));
    }

    #[test]
    fn an_altered_entry_with_a_recomputed_hash_is_named_by_the_broken_link() {
        let mut entries = chain(4);
        let e = &mut entries[1];
        e.actor = "someone else".into();
        e.hash = e.expected_hash();
        let err = verify_chain(entries).unwrap_err();
        assert_eq!((err.seq, err.kind), (2, BreakKind::Removed));
        assert!(err.reason.contains("replaced"), "{}", err.reason);
    }

    #[test]
    fn a_removed_entry_is_named_by_its_missing_number() {
        let mut entries = chain(5);
        entries.remove(2);
        let err = verify_chain(entries).unwrap_err();
        assert_eq!((err.seq, err.kind), (3, BreakKind::Removed));
        assert!(err.to_string().starts_with("entry 3: missing"), "{err}");
    }

    #[test]
    fn a_removed_first_entry_is_noticed() {
        let mut entries = chain(3);
        entries.remove(0);
        let err = verify_chain(entries).unwrap_err();
        assert_eq!((err.seq, err.kind), (1, BreakKind::Removed));
    }

    #[test]
    fn a_removed_entry_with_the_rest_renumbered_is_noticed() {
        let mut entries = chain(4);
        entries.remove(1);
        for (i, e) in entries.iter_mut().enumerate() {
            e.seq = i as u64 + 1;
        }
        let err = verify_chain(entries).unwrap_err();
        assert_eq!((err.seq, err.kind), (2, BreakKind::Altered));
    }

    #[test]
    fn swapped_or_repeated_entries_break_the_chain_where_the_order_does() {
        let mut entries = chain(4);
        entries.swap(1, 2);
        let err = verify_chain(entries).unwrap_err();
        // Entry 3 arrives where 2 belongs: 2 looks missing, which is where the order breaks.
        assert_eq!((err.seq, err.kind), (2, BreakKind::Removed));
        let mut entries = chain(4);
        let copy = entries[1].clone();
        entries.insert(3, copy);
        let err = verify_chain(entries).unwrap_err();
        assert_eq!((err.seq, err.kind), (2, BreakKind::Reordered));
    }

    #[test]
    fn a_chain_checked_in_pages_gives_the_same_answer_as_at_once() {
        let entries = chain(7);
        let mut verifier = ChainVerifier::new();
        for page in entries.chunks(3) {
            for entry in page {
                verifier.push(entry).unwrap();
            }
        }
        assert_eq!(verifier.count(), 7);
        assert_eq!(verifier.last_seq(), 7);
        assert_eq!(verifier.last_hash(), entries[6].hash);
    }

    #[test]
    fn actions_parse_from_their_names() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Ok(action));
        }
        assert!(AuditAction::parse("deleted").is_err());
    }
}
