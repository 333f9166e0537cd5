//! Public reports: what a victim or witness sends in without an account, the reference they
//! get back, and the plain-words status they can look up with it.
//!
//! The reporter's contact details ([`ReporterContact`]) travel apart from everything else, so
//! that reviewers never see them by accident and they can be purged on their own.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{ItemId, UnknownValue};

/// Crockford's base-32 alphabet: no I, L, O or U, so a reference read aloud or copied by hand
/// is hard to get wrong.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters of randomness in a reference (5 bits each: 40 bits, about a trillion values).
const REF_CHARS: usize = 8;

/// What every reference starts with.
const REF_PREFIX: &str = "UPS";

/// A public report's reference, such as `UPS-7K3M-Q9XD`: random, so one reporter cannot
/// guess another's.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReportRef(String);

/// A reference that is not one the hub hands out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a report reference (they look like UPS-7K3M-Q9XD)")]
pub struct ReportRefError;

impl ReportRef {
    /// The reference made from 5 random bytes (the caller draws them: this crate does no I/O).
    #[must_use]
    pub fn from_random(bytes: [u8; 5]) -> Self {
        let bits = bytes
            .iter()
            .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
        let mut chars = String::with_capacity(REF_CHARS);
        for i in (0..REF_CHARS).rev() {
            let index = ((bits >> (i * 5)) & 0x1f) as usize;
            chars.push(char::from(CROCKFORD[index]));
        }
        Self(format!("{REF_PREFIX}-{}-{}", &chars[..4], &chars[4..]))
    }

    /// Parses a reference as a person may type it: any case, with or without the dashes,
    /// spaces or the `UPS` prefix; `I` and `L` read as `1` and `O` as `0`.
    ///
    /// # Errors
    /// [`ReportRefError`] for anything else; it never repeats the input.
    pub fn parse(input: &str) -> Result<Self, ReportRefError> {
        if input.len() > 64 {
            return Err(ReportRefError);
        }
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let body = compact.strip_prefix(REF_PREFIX).unwrap_or(&compact);
        if body.chars().count() != REF_CHARS {
            return Err(ReportRefError);
        }
        let mut chars = String::with_capacity(REF_CHARS);
        for c in body.chars() {
            let c = match c {
                'I' | 'L' => '1',
                'O' => '0',
                c => c,
            };
            if !c.is_ascii() || !CROCKFORD.contains(&(c as u8)) {
                return Err(ReportRefError);
            }
            chars.push(c);
        }
        Ok(Self(format!(
            "{REF_PREFIX}-{}-{}",
            &chars[..4],
            &chars[4..]
        )))
    }

    /// The canonical form, `UPS-XXXX-XXXX`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ReportRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for ReportRef {
    type Error = ReportRefError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ReportRef> for String {
    fn from(value: ReportRef) -> Self {
        value.0
    }
}

/// Who is reporting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReporterRole {
    /// The post is aimed at the reporter.
    Victim,
    /// The reporter saw it.
    Witness,
}

impl ReporterRole {
    /// Both roles.
    pub const ALL: [ReporterRole; 2] = [ReporterRole::Victim, ReporterRole::Witness];

    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ReporterRole::Victim => "victim",
            ReporterRole::Witness => "witness",
        }
    }

    /// Parses the snake-case name.
    ///
    /// # Errors
    /// Returns [`UnknownValue`] for any other text.
    pub fn parse(input: &str) -> Result<Self, UnknownValue> {
        match input.trim().to_ascii_lowercase().as_str() {
            "victim" => Ok(ReporterRole::Victim),
            "witness" => Ok(ReporterRole::Witness),
            _ => Err(UnknownValue::new("reporter role", input, "victim, witness")),
        }
    }
}

impl fmt::Display for ReporterRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a report stands, as its reporter is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// In the queue, not yet picked up.
    Received,
    /// A reviewer is working on it (or it was reopened).
    UnderReview,
    /// Decided, waiting for a second reviewer to confirm.
    AwaitingSecondReview,
    /// Decided: something will be done (a platform report, a referral, counter-speech…).
    ActionTaken,
    /// Decided: nothing will be done.
    NoAction,
}

impl ReportStatus {
    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Received => "received",
            ReportStatus::UnderReview => "under_review",
            ReportStatus::AwaitingSecondReview => "awaiting_second_review",
            ReportStatus::ActionTaken => "action_taken",
            ReportStatus::NoAction => "no_action",
        }
    }

    /// Plain words for the reporter; never internal detail (who, which action, which law).
    #[must_use]
    pub const fn public_label(self) -> &'static str {
        match self {
            ReportStatus::Received => "Received: waiting for a reviewer",
            ReportStatus::UnderReview => "Being reviewed",
            ReportStatus::AwaitingSecondReview => "Reviewed, being checked by a senior reviewer",
            ReportStatus::ActionTaken => "Reviewed: we are taking action",
            ReportStatus::NoAction => "Reviewed: no action will be taken",
        }
    }
}

impl fmt::Display for ReportStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How to reach a reporter who agreed to be contacted. Kept apart from the report, shown only
/// to roles that may see identities, and every view is audited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterContact {
    /// Name, as given.
    pub name: Option<String>,
    /// Email address, as given.
    pub email: Option<String>,
    /// Phone number, as given.
    pub phone: Option<String>,
}

impl ReporterContact {
    /// Whether no detail is given (blank counts as not given).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        [&self.name, &self.email, &self.phone]
            .into_iter()
            .all(|v| v.as_deref().is_none_or(|s| s.trim().is_empty()))
    }
}

/// A report as a reviewer sees it: what was reported and by which kind of person, never who.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    /// Its public reference.
    pub reference: ReportRef,
    /// The queue item the reported post joined.
    pub item_id: ItemId,
    /// When it arrived.
    pub received_at: Timestamp,
    /// Victim or witness.
    pub reporter_role: ReporterRole,
    /// The post addresses given, as recognised.
    pub urls: Vec<String>,
    /// The reporter's account of it.
    pub description: Option<String>,
    /// The kind of hate, as a taxonomy category id.
    pub hate_kind: Option<String>,
    /// The group targeted, as a taxonomy target-group id.
    pub target_group: Option<String>,
    /// The reporter asked to stay anonymous.
    pub anonymous: bool,
    /// Contact details were left (and consent given); see them through the audited route.
    pub has_contact: bool,
}

/// What a reporter sees when looking up their reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicReportStatus {
    /// The reference looked up, in canonical form.
    pub reference: ReportRef,
    /// Where it stands.
    pub status: ReportStatus,
    /// When it arrived.
    pub received_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_parses_back_however_it_is_typed() {
        let reference = ReportRef::from_random([0x3a, 0x91, 0xff, 0x02, 0x7c]);
        assert!(reference.as_str().starts_with("UPS-"));
        assert_eq!(reference.as_str().len(), 13);
        let typed = reference.as_str().to_ascii_lowercase().replace('-', " ");
        assert_eq!(ReportRef::parse(&typed), Ok(reference.clone()));
        assert_eq!(ReportRef::parse(&reference.as_str()[4..]), Ok(reference));
    }

    #[test]
    fn look_alike_letters_read_as_digits_and_other_text_is_refused() {
        assert_eq!(
            ReportRef::parse("ups-oill-0000").map(|r| r.to_string()),
            Ok("UPS-0111-0000".to_owned())
        );
        for bad in [
            "",
            "UPS-1234",
            "UPS-1234-567U",
            "UPS-1234-56789",
            "ÜPS-1234-5678",
        ] {
            assert_eq!(ReportRef::parse(bad), Err(ReportRefError), "{bad}");
        }
    }

    #[test]
    fn different_random_bytes_give_different_references() {
        let a = ReportRef::from_random([0, 0, 0, 0, 1]);
        let b = ReportRef::from_random([0, 0, 0, 0, 2]);
        assert_ne!(a, b);
        assert_eq!(a.as_str(), "UPS-0000-0001");
    }

    #[test]
    fn blank_contact_details_count_as_none() {
        let contact = ReporterContact {
            name: Some("  ".into()),
            email: None,
            phone: None,
        };
        assert!(contact.is_empty());
    }
}
