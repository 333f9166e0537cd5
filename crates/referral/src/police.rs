//! Police referrals: the strand, the place, and an evidence bundle whose every part is hashed.
//!
//! The bundle itself (the captured content, its metadata) is handed in as bytes; this module
//! computes the SHA-256 manifest over them and the manifest's own hash, and checks the
//! chain-of-custody records. Writing the bundle to disk or a zip file is the caller's job.

use sha2::{Digest, Sha256};
use std::fmt::Write as _;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use upstander_core::{Severity, Taxonomy};

use crate::ReferralError;
use crate::notice::{
    HumanDecision, LegalGround, NoticeItem, Notifier, check_decision, check_notifier,
    recognise_all, resolve_legal_grounds,
};
use crate::registry::Registry;

/// What a part of an evidence bundle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceRole {
    /// The captured content itself (text, HTML, media).
    Content,
    /// Where and when it was published and captured (author, URL, platform ids).
    Metadata,
    /// A picture of the content as it appeared.
    Screenshot,
    /// Anything else (a reviewer's note, a translation).
    Other,
}

impl EvidenceRole {
    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            EvidenceRole::Content => "content",
            EvidenceRole::Metadata => "metadata",
            EvidenceRole::Screenshot => "screenshot",
            EvidenceRole::Other => "other",
        }
    }
}

/// One part of an evidence bundle (the captured content, its metadata, a screenshot).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidencePart {
    /// A file name, unique in the bundle (`content.txt`, `metadata.json`).
    pub name: String,
    /// What it is.
    pub role: EvidenceRole,
    /// Its media type (`text/plain`, `application/json`, `image/png`).
    pub media_type: String,
    /// Its exact bytes.
    pub bytes: Vec<u8>,
}

/// One event in the evidence's custody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustodyRecord {
    /// When.
    pub at: Timestamp,
    /// Who (a person or the hub's capture service).
    pub actor: String,
    /// What happened (`captured`, `reviewed`, `exported`, `handed over`).
    pub action: String,
    /// Anything else worth recording.
    #[serde(default)]
    pub note: Option<String>,
}

/// A part as listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// The part's file name.
    pub name: String,
    /// What it is.
    pub role: EvidenceRole,
    /// Its media type.
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// Lower-case hex SHA-256 of its bytes.
    pub sha256: String,
}

/// The evidence manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceManifest {
    /// When the content was captured.
    pub captured_at: Timestamp,
    /// Every part, in the order given.
    pub parts: Vec<ManifestEntry>,
    /// Custody events, oldest first.
    pub custody: Vec<CustodyRecord>,
    /// SHA-256 over the capture time and every part's line, so the manifest itself can be checked.
    pub manifest_sha256: String,
}

fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

fn invalid(field: &str, message: impl Into<String>) -> ReferralError {
    ReferralError::Invalid {
        field: field.to_owned(),
        message: message.into(),
    }
}

impl EvidenceManifest {
    /// Hashes the parts and checks the custody chain.
    ///
    /// # Errors
    /// [`ReferralError::Invalid`] for no content or no metadata part, a duplicate or unsafe part
    /// name, an empty media type, custody records out of order or before the capture.
    pub fn build(
        captured_at: Timestamp,
        parts: &[EvidencePart],
        custody: Vec<CustodyRecord>,
    ) -> Result<Self, ReferralError> {
        if parts.is_empty() {
            return Err(invalid(
                "evidence.parts",
                "is empty; a bundle needs at least the captured content",
            ));
        }
        let mut entries: Vec<ManifestEntry> = Vec::with_capacity(parts.len());
        for (i, part) in parts.iter().enumerate() {
            let safe = !part.name.is_empty()
                && part.name.len() <= 200
                && part.name != "."
                && part.name != ".."
                && part
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
            if !safe {
                return Err(invalid(
                    &format!("evidence.parts[{i}].name"),
                    "must be a plain file name of letters, digits, '.', '-' and '_'",
                ));
            }
            if entries.iter().any(|e| e.name == part.name) {
                return Err(invalid(
                    &format!("evidence.parts[{i}].name"),
                    format!("'{}' is used twice", part.name),
                ));
            }
            if part.media_type.trim().is_empty() || part.media_type.chars().any(char::is_control) {
                return Err(invalid(
                    &format!("evidence.parts[{i}].media_type"),
                    "must be a media type such as text/plain",
                ));
            }
            entries.push(ManifestEntry {
                name: part.name.clone(),
                role: part.role,
                media_type: part.media_type.clone(),
                size: u64::try_from(part.bytes.len()).unwrap_or(u64::MAX),
                sha256: hex(&Sha256::digest(&part.bytes)),
            });
        }
        for (role, what) in [
            (EvidenceRole::Content, "the captured content"),
            (EvidenceRole::Metadata, "its metadata"),
        ] {
            if !parts.iter().any(|p| p.role == role) {
                return Err(invalid(
                    "evidence.parts",
                    format!("has no part with {what}"),
                ));
            }
        }
        let mut previous = captured_at;
        for (i, record) in custody.iter().enumerate() {
            if record.actor.trim().is_empty() || record.action.trim().is_empty() {
                return Err(invalid(
                    &format!("evidence.custody[{i}]"),
                    "needs an actor and an action",
                ));
            }
            if record.at < previous {
                return Err(invalid(
                    &format!("evidence.custody[{i}].at"),
                    format!(
                        "{} is before the previous event or the capture ({previous})",
                        record.at
                    ),
                ));
            }
            previous = record.at;
        }
        let manifest_sha256 = manifest_hash(captured_at, &entries);
        Ok(Self {
            captured_at,
            parts: entries,
            custody,
            manifest_sha256,
        })
    }

    /// Checks that `parts` are exactly the bytes this manifest lists, and that the manifest
    /// has not been edited since it was made.
    ///
    /// # Errors
    /// [`ReferralError::Invalid`] naming the first part that is missing, extra or changed.
    pub fn verify(&self, parts: &[EvidencePart]) -> Result<(), ReferralError> {
        if manifest_hash(self.captured_at, &self.parts) != self.manifest_sha256 {
            return Err(invalid(
                "evidence.manifest_sha256",
                "does not match the manifest's contents",
            ));
        }
        if parts.len() != self.parts.len() {
            return Err(invalid(
                "evidence.parts",
                format!(
                    "the manifest lists {} parts but {} were given",
                    self.parts.len(),
                    parts.len()
                ),
            ));
        }
        for entry in &self.parts {
            let part = parts
                .iter()
                .find(|p| p.name == entry.name)
                .ok_or_else(|| invalid("evidence.parts", format!("'{}' is missing", entry.name)))?;
            if hex(&Sha256::digest(&part.bytes)) != entry.sha256 {
                return Err(invalid(
                    "evidence.parts",
                    format!("'{}' has changed since it was captured", entry.name),
                ));
            }
        }
        Ok(())
    }
}

/// One line per part, `sha256 size role name`, after the capture time: a format a person can
/// recompute with standard tools.
fn manifest_hash(captured_at: Timestamp, entries: &[ManifestEntry]) -> String {
    let mut text = format!("captured_at {captured_at}\n");
    for e in entries {
        let _ = writeln!(
            text,
            "{} {} {} {}",
            e.sha256,
            e.size,
            e.role.as_str(),
            e.name
        );
    }
    hex(&Sha256::digest(text.as_bytes()))
}

/// What a police referral is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoliceReferralInput {
    /// The item's links.
    pub urls: Vec<String>,
    /// The decision; `None` is always refused.
    pub decision: Option<HumanDecision>,
    /// Where the victim, target or incident is, if known (a force area, a town).
    pub location: Option<String>,
    /// Who refers it.
    pub referrer: Notifier,
    /// When the content was captured.
    pub captured_at: Timestamp,
    /// The captured content, its metadata and anything else.
    pub parts: Vec<EvidencePart>,
    /// Custody events so far.
    pub custody: Vec<CustodyRecord>,
    /// When the referral is made.
    pub created_at: Timestamp,
}

/// A police referral, ready to serialise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoliceReferral {
    /// The UK monitored hate-crime strand, when the target falls under one.
    pub strand: Option<String>,
    /// Where, if known.
    pub location: Option<String>,
    /// The taxonomy category.
    pub category: String,
    /// The target group.
    pub target: Option<String>,
    /// The decided severity.
    pub severity: Severity,
    /// Candidate offences (for the officer to assess, not determinations).
    pub legal_grounds: Vec<LegalGround>,
    /// Why, in the reviewer's words.
    pub explanation: String,
    /// The content.
    pub items: Vec<NoticeItem>,
    /// The evidence manifest.
    pub evidence: EvidenceManifest,
    /// Who refers it.
    pub referrer: Notifier,
    /// When a person decided.
    pub decided_at: Timestamp,
    /// Whether a second person approved it.
    pub second_reviewed: bool,
    /// When the referral was made.
    pub created_at: Timestamp,
}

impl PoliceReferral {
    /// Builds a police referral from a decided item.
    ///
    /// # Errors
    /// As [`crate::build_notices`], and [`ReferralError::Invalid`] when no legal ground is
    /// asserted, the capture is after the referral, or the evidence is malformed.
    pub fn build(
        registry: &Registry,
        taxonomy: &Taxonomy,
        input: PoliceReferralInput,
    ) -> Result<Self, ReferralError> {
        let decision = check_decision(taxonomy, input.decision.as_ref())?;
        check_notifier(&input.referrer)?;
        let legal_grounds = resolve_legal_grounds(taxonomy, &decision.legal_grounds)?;
        if legal_grounds.is_empty() {
            return Err(invalid(
                "decision.legal_grounds",
                "a police referral needs at least one candidate offence",
            ));
        }
        if input.captured_at > input.created_at {
            return Err(invalid("captured_at", "is after the referral was made"));
        }
        let items = recognise_all(registry, &input.urls)?
            .into_iter()
            .map(|(submitted, post)| NoticeItem {
                submitted_url: (submitted.trim() != post.canonical_url)
                    .then(|| submitted.trim().to_owned()),
                url: post.canonical_url,
                content_id: post.content_id,
                content_kind: post.kind,
            })
            .collect();
        let evidence = EvidenceManifest::build(input.captured_at, &input.parts, input.custody)?;
        let location = input
            .location
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty());
        Ok(Self {
            strand: decision
                .target
                .as_deref()
                .and_then(|t| police_strand(taxonomy, t)),
            location,
            category: decision.category.clone(),
            target: decision.target.clone(),
            severity: decision.severity,
            legal_grounds,
            explanation: decision.explanation.trim().to_owned(),
            items,
            evidence,
            referrer: input.referrer,
            decided_at: decision.decided_at,
            second_reviewed: decision.second_review.is_some(),
            created_at: input.created_at,
        })
    }

    /// The referral as pretty-printed JSON.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

/// The UK monitored hate-crime strand for a target group (race, religion, sexual orientation,
/// disability, transgender identity), following subgroups to their parent; `None` for targets
/// the police do not monitor centrally.
#[must_use]
pub fn police_strand(taxonomy: &Taxonomy, target: &str) -> Option<String> {
    let mut group = taxonomy.target_group(target)?;
    // Subgroups point at their parent; a short walk is enough and bounds a malformed cycle.
    for _ in 0..8 {
        match &group.parent {
            Some(parent) => group = taxonomy.target_group(parent)?,
            None => break,
        }
    }
    if !group.uk_monitored {
        return None;
    }
    let strand = match group.id.as_str() {
        "TG.RACE" => "race",
        "TG.RELIGION" => "religion",
        "TG.SEXUAL_ORIENTATION" => "sexual orientation",
        "TG.DISABILITY" => "disability",
        "TG.TRANSGENDER" => "transgender identity",
        other => {
            return Some(
                other
                    .trim_start_matches("TG.")
                    .to_ascii_lowercase()
                    .replace('_', " "),
            );
        }
    };
    Some(strand.to_owned())
}
