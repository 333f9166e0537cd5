//! Referrals: a decided item becomes a notice to each platform it appears on, or a police
//! referral with an evidence bundle; each is stored with its channel's clock and followed to
//! an outcome.
//!
//! The rules of what may be referred and how a notice looks belong to `upstander-referral`;
//! this module gathers what it needs from the store (the item's links, its latest decision and
//! the second review that approved it, when the review began), stores what it builds, and keeps
//! the deadlines. Nothing is sent from here: a referral is prepared, rendered for a person to
//! file through the channel, and its response recorded when it comes.

use std::sync::{Arc, OnceLock};

use jiff::SignedDuration;
use serde::{Deserialize, Serialize};
use upstander_core::{
    Decision, DecisionAction, DecisionId, ItemId, ItemStatus, Permission, Platform, PostRef,
    ReferralId, SecondReview, Severity, Timestamp, User,
};
use upstander_referral::{
    ChannelKind, Clock, CustodyRecord, EvidencePart, EvidenceRole, HumanDecision, LegalGround,
    Notice, Notifier, PoliceReferral, PoliceReferralInput, ReferralError, ReferralRequest,
    Registry, SecondApproval,
};
use upstander_store::{
    EvidencePartRecord, ItemDetail, NewAuditEntry, NewReferral, ReferralFilter, ReferralRecord,
    ReferralTimes,
};

use crate::accounts::require;
use crate::{AppError, Hub, Result};

/// The target name police referrals are stored under.
pub const POLICE_TARGET: &str = "police";

/// Longest explanation or location, in characters.
const MAX_TEXT_CHARS: usize = 10_000;

/// How a stored referral is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RenderFormat {
    /// The notice or police referral as JSON.
    Json,
    /// A plain-text email (notices) or a plain-text summary (police referrals).
    Text,
    /// A printable HTML page.
    Html,
}

impl RenderFormat {
    /// Parses `json`, `text` or `html`.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming `format`.
    pub fn parse(text: &str) -> Result<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Self::Json),
            "text" | "txt" | "email" => Ok(Self::Text),
            "html" => Ok(Self::Html),
            other => Err(AppError::invalid(
                "format",
                format!(
                    "'{}' is not a format (json, text or html)",
                    other.chars().take(40).collect::<String>()
                ),
            )),
        }
    }

    /// The lower-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Html => "html",
        }
    }
}

/// What a referrer chooses when referring an item to platforms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ReferInput {
    /// Only this platform's links; `None` refers to every platform the item's links are on.
    pub platform: Option<Platform>,
    /// A channel kind to use where the platform has one (a partner programme, say).
    pub channel: Option<ChannelKind>,
    /// Legal grounds (taxonomy legal-basis ids) to assert; empty means the decision's.
    pub legal_grounds: Vec<String>,
    /// Why the content is illegal or breaks the rules; `None` means the decision's note.
    pub explanation: Option<String>,
    /// Who sends it; `None` means the `[referral]` configuration's notifier.
    pub notifier: Option<Notifier>,
}

/// What a referrer chooses when referring an item to the police.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct PoliceReferInput {
    /// Where the victim, target or incident is, if known.
    pub location: Option<String>,
    /// Candidate offences (taxonomy legal-basis ids); empty means the decision's.
    pub legal_grounds: Vec<String>,
    /// Why, for the officer; `None` means the decision's note.
    pub explanation: Option<String>,
    /// Who refers it; `None` means the `[referral]` configuration's notifier.
    pub referrer: Option<Notifier>,
}

/// A referral as the hub shows it, with its deadline state at the time it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Referral {
    /// Its id.
    pub id: ReferralId,
    /// The item referred.
    pub item_id: ItemId,
    /// The decision it acts on.
    pub decision_id: DecisionId,
    /// A platform's stable name (`x`) or `police`.
    pub target: String,
    /// The channel kind (`dsa_art16`, `in_app`, …) or `police`.
    pub channel: String,
    /// The registry's channel id.
    pub channel_id: Option<String>,
    /// `dsa_art16`, `terms_of_service` or `police`.
    pub notice_kind: String,
    /// The canonical URLs referred.
    pub urls: Vec<String>,
    /// The decided category.
    pub category: Option<String>,
    /// The decided severity.
    pub severity: Severity,
    /// Who referred it.
    pub created_by: String,
    /// When.
    pub created_at: Timestamp,
    /// Seconds from claiming the item to deciding it, when known.
    pub review_seconds: Option<i64>,
    /// Seconds from the decision (or its approval) to the referral.
    pub referral_seconds: Option<i64>,
    /// When the channel's clock runs out.
    pub due_at: Option<Timestamp>,
    /// What the clock waits for: `acknowledgement`, `decision` or `action`.
    pub awaits: Option<String>,
    /// Whether the deadline is legal or agreed (false: the hub's own target).
    pub binding: bool,
    /// When the platform confirmed receipt.
    pub acknowledged_at: Option<Timestamp>,
    /// When the platform decided.
    pub decided_at: Option<Timestamp>,
    /// When the content was removed or restricted.
    pub actioned_at: Option<Timestamp>,
    /// When it was escalated as overdue.
    pub escalated_at: Option<Timestamp>,
    /// Who escalated it.
    pub escalated_by: Option<String>,
    /// The outcome (DSA Transparency Database words mapped onto the hub's outcomes:
    /// `removed`, `rejected_by_platform`, …); `None` while open.
    pub outcome: Option<String>,
    /// `manual` or `statement`.
    pub outcome_source: Option<String>,
    /// When the outcome was recorded.
    pub outcome_at: Option<Timestamp>,
    /// The latest link re-check result.
    pub last_check: Option<String>,
    /// When the link was last re-checked.
    pub last_checked_at: Option<Timestamp>,
    /// Copies found again after removal.
    pub reuploads: u32,
    /// How far past its deadline the awaited response is (or was, when it came late), in
    /// seconds; `None` while on time or without a clock.
    pub overdue_by_seconds: Option<i64>,
}

impl Referral {
    /// Whether the awaited response is (or was) late.
    #[must_use]
    pub fn is_overdue(&self) -> bool {
        self.overdue_by_seconds.is_some()
    }

    /// Whether no outcome is recorded yet.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }

    pub(crate) fn from_record(record: ReferralRecord, now: Timestamp) -> Self {
        let done = match record.awaits.as_deref() {
            Some("acknowledgement") => record.acknowledged_at,
            Some("decision") => record.decided_at,
            Some("action") => record.actioned_at,
            _ => None,
        }
        .or(record.outcome_at);
        let overdue_by_seconds = record.due_at.and_then(|due| {
            let late = done.unwrap_or(now).duration_since(due).as_secs();
            (late > 0).then_some(late)
        });
        Self {
            id: record.id,
            item_id: record.item_id,
            decision_id: record.decision_id,
            target: record.target,
            channel: record.channel,
            channel_id: record.channel_id,
            notice_kind: record.notice_kind,
            urls: record.urls,
            category: record.category,
            severity: record.severity,
            created_by: record.created_by,
            created_at: record.created_at,
            review_seconds: record.review_seconds,
            referral_seconds: record.referral_seconds,
            due_at: record.due_at,
            awaits: record.awaits,
            binding: record.binding,
            acknowledged_at: record.acknowledged_at,
            decided_at: record.decided_at,
            actioned_at: record.actioned_at,
            escalated_at: record.escalated_at,
            escalated_by: record.escalated_by,
            outcome: record.outcome,
            outcome_source: record.outcome_source,
            outcome_at: record.outcome_at,
            last_check: record.last_check,
            last_checked_at: record.last_checked_at,
            reuploads: record.reuploads,
            overdue_by_seconds,
        }
    }
}

/// Which referrals to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ReferralQuery {
    /// Only this item's (full id or unique short id).
    pub item: Option<String>,
    /// Only to this platform (stable name) or `police`.
    pub target: Option<String>,
    /// Only those without an outcome.
    pub open_only: bool,
    /// Only those whose awaited response is late and that have no outcome yet.
    pub overdue_only: bool,
    /// Only those made at or after this time.
    pub from: Option<Timestamp>,
    /// Only those made before this time.
    pub to: Option<Timestamp>,
    /// At most this many.
    pub limit: Option<u32>,
}

/// The maps a referral error onto the hub's error kinds: refusals of the rules are conflicts
/// with the item's state, malformed input names its field.
pub(crate) fn referral_error(error: ReferralError) -> AppError {
    match error {
        ReferralError::Invalid { field, message } => AppError::InvalidInput { field, message },
        ReferralError::Url { index, url, source } => AppError::InvalidInput {
            field: format!("urls[{}]", index.saturating_sub(1)),
            message: format!("'{url}': {source}"),
        },
        ReferralError::NoHumanDecision
        | ReferralError::SecondReviewRequired { .. }
        | ReferralError::NotActionable { .. } => AppError::Conflict(error.to_string()),
        ReferralError::RegistrySyntax(_)
        | ReferralError::Registry { .. }
        | ReferralError::Read { .. } => AppError::Config {
            key: "referral.registry_path".to_owned(),
            message: error.to_string(),
        },
        other => AppError::invalid("referral", other.to_string()),
    }
}

/// The built-in registry, parsed once per process.
fn embedded_registry() -> Result<Arc<Registry>> {
    static EMBEDDED: OnceLock<std::result::Result<Arc<Registry>, String>> = OnceLock::new();
    EMBEDDED
        .get_or_init(|| {
            Registry::embedded()
                .map(Arc::new)
                .map_err(|e| e.to_string())
        })
        .clone()
        .map_err(|message| AppError::Config {
            key: "referral.registry_path".to_owned(),
            message,
        })
}

fn text_field(field: &str, text: Option<&str>) -> Result<Option<String>> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) if t.chars().count() > MAX_TEXT_CHARS || crate::has_stray_control(t) => {
            Err(AppError::invalid(
                field,
                format!(
                    "must be at most {MAX_TEXT_CHARS} characters, with no control characters but line breaks and tabs"
                ),
            ))
        }
        Some(t) => Ok(Some(t.to_owned())),
    }
}

fn seconds_between(from: Timestamp, to: Timestamp) -> Option<i64> {
    let s = to.duration_since(from).as_secs();
    (s >= 0).then_some(s)
}

/// What the clock of a channel waits for: law-enforcement notices and removal orders measure
/// the removal itself; review clocks (Code of conduct+, trusted-flagger notices) measure the
/// platform's decision.
fn awaits(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::LawEnforcement => "action",
        _ => "decision",
    }
}

/// A decided item's latest decision and the approval that cleared it for referral.
struct Decided {
    decision: Decision,
    approval: Option<SecondReview>,
}

impl Hub {
    /// The platform registry in force: the configured file, or the built-in one.
    ///
    /// # Errors
    /// [`AppError::Config`] when the configured file cannot be read or is invalid.
    pub fn registry(&self) -> Result<Arc<Registry>> {
        match &self.config.referral.registry_path {
            Some(path) => Registry::load(Some(path))
                .map(Arc::new)
                .map_err(referral_error),
            None => embedded_registry(),
        }
    }

    fn default_notifier(&self, given: Option<Notifier>, field: &str) -> Result<Notifier> {
        if let Some(notifier) = given {
            return Ok(notifier);
        }
        let config = &self.config.referral;
        if config.notifier_name.trim().is_empty() || config.notifier_email.trim().is_empty() {
            return Err(AppError::invalid(
                field,
                "no notifier given and none configured: set [referral] notifier_name and \
                 notifier_email (or UPSTANDER__REFERRAL__NOTIFIER_NAME / _EMAIL)",
            ));
        }
        Ok(Notifier {
            name: config.notifier_name.trim().to_owned(),
            email: config.notifier_email.trim().to_owned(),
            organisation: config.organisation.clone(),
            trusted_flagger: config.trusted_flagger,
        })
    }

    /// The item's latest decision, checked to be one that may leave the hub: decided (not
    /// waiting for a second review), with an action that refers, and approved by a second
    /// reviewer when serious.
    async fn decided(&self, detail: &ItemDetail, police: bool) -> Result<Decided> {
        let id = detail.item.id;
        let decision = detail.decisions.last().cloned().ok_or_else(|| {
            AppError::Conflict(format!(
                "nothing is referred without a human decision, and item {id} has none"
            ))
        })?;
        match detail.item.status {
            ItemStatus::Decided => {}
            ItemStatus::AwaitingSecondReview => {
                return Err(AppError::Conflict(format!(
                    "item {id} awaits a second review; nothing is referred before someone \
                     else approves the decision"
                )));
            }
            other => {
                return Err(AppError::Conflict(format!(
                    "item {id} is {other}, not decided; decide it (again) before referring it"
                )));
            }
        }
        let action = decision.decision.action;
        let allowed = if police {
            action == DecisionAction::Police
        } else {
            matches!(
                action,
                DecisionAction::PlatformReport | DecisionAction::Police
            )
        };
        if !allowed {
            return Err(AppError::Conflict(format!(
                "the decision on item {id} is {action}, which does not refer it {}",
                if police {
                    "to the police"
                } else {
                    "to a platform"
                }
            )));
        }
        let approval = self
            .store
            .second_reviews(id)
            .await?
            .into_iter()
            .rev()
            .find(|r| r.decision_id == decision.id && r.approved);
        Ok(Decided { decision, approval })
    }

    fn human_decision(
        &self,
        decided: &Decided,
        legal_grounds: &[String],
        explanation: Option<&str>,
    ) -> Result<HumanDecision> {
        let d = &decided.decision.decision;
        let category = d.category.clone().ok_or_else(|| {
            AppError::Conflict(format!(
                "the decision on item {} names no category; decide it again with one, since a \
                 referral must say what rule or law the content breaks",
                d.item_id
            ))
        })?;
        let explanation = match text_field("explanation", explanation)? {
            Some(e) => e,
            None => d.note.clone().unwrap_or_default(),
        };
        let grounds: &[String] = if legal_grounds.is_empty() {
            &d.legal_grounds
        } else {
            legal_grounds
        };
        let mut policy_grounds = std::collections::BTreeMap::new();
        for ground in &d.policy_grounds {
            // Policy grounds chosen per platform are written `platform.policy` (or with `:`);
            // anything else is free text for the record and leaves the choice to the registry.
            if let Some((platform, policy)) = ground.split_once(['.', ':'])
                && let Ok(platform) = Platform::parse(platform)
            {
                policy_grounds.insert(platform, policy.to_owned());
            }
        }
        Ok(HumanDecision {
            reviewer: d.reviewer.clone(),
            decided_at: decided.decision.decided_at,
            category,
            target: d.target_group.clone(),
            severity: d.severity,
            explanation,
            legal_grounds: grounds
                .iter()
                .map(|id| LegalGround {
                    id: id.trim().to_owned(),
                    title: None,
                })
                .collect(),
            policy_grounds,
            second_review: decided.approval.as_ref().map(|r| SecondApproval {
                reviewer: r.reviewer.clone(),
                at: r.at,
            }),
        })
    }

    /// The item's links that the registry recognises (copies' links first, then reporters'),
    /// each once, optionally only one platform's.
    fn item_links(
        registry: &Registry,
        detail: &ItemDetail,
        report_urls: &[String],
        only: Option<Platform>,
    ) -> Result<Vec<String>> {
        let mut seen: Vec<PostRef> = Vec::new();
        let mut links = Vec::new();
        let mut unrecognised = Vec::new();
        let candidates = detail
            .copies
            .iter()
            .filter_map(|p| p.post.url.as_deref())
            .chain(report_urls.iter().map(String::as_str));
        for url in candidates {
            match registry.recogniser().recognise(url) {
                Ok(post) => {
                    if only.is_some_and(|p| p != post.platform)
                        || seen.iter().any(|s| s.same_content(&post))
                    {
                        continue;
                    }
                    seen.push(post);
                    links.push(url.to_owned());
                }
                Err(e) => unrecognised.push(format!("'{url}' ({e})")),
            }
        }
        if links.is_empty() {
            let what = match only {
                Some(p) => format!("no link to a post on {p}"),
                None => "no link the platform registry recognises".to_owned(),
            };
            let why = if unrecognised.is_empty() {
                String::new()
            } else {
                format!("; not recognised: {}", unrecognised.join(", "))
            };
            return Err(AppError::invalid(
                "urls",
                format!("item {} has {what}{why}", detail.item.id),
            ));
        }
        Ok(links)
    }

    /// Staff time measured from the workflow: claim to decision, and decision (or its
    /// approval) to now.
    async fn staff_seconds(
        &self,
        decided: &Decided,
        now: Timestamp,
    ) -> Result<(Option<i64>, Option<i64>)> {
        let d = &decided.decision;
        let review = self
            .store
            .claim_started_at(d.decision.item_id, &d.decision.reviewer, d.decided_at)
            .await?
            .and_then(|claimed| seconds_between(claimed, d.decided_at));
        let cleared = decided.approval.as_ref().map_or(d.decided_at, |r| r.at);
        Ok((review, seconds_between(cleared, now)))
    }

    /// Refers a decided item to the platforms its links are on (or one of them): one notice
    /// per platform, DSA Art. 16 where the decision asserts a legal ground and a
    /// terms-of-service report otherwise, each stored with its channel's clock and audited
    /// `referral_made`. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::Conflict`] when the item has no decision, awaits a
    /// second review, or was decided with an action that does not refer it, or when the rules
    /// refuse it (protected speech, S0, an S3/S4 decision without approval);
    /// [`AppError::InvalidInput`] naming the field (`notifier.email`, `urls`, …);
    /// [`AppError::NotFound`].
    pub async fn refer(
        &self,
        actor: &User,
        item: &str,
        input: ReferInput,
    ) -> Result<Vec<Referral>> {
        require(actor, Permission::Refer)?;
        let registry = self.registry()?;
        let id = self.store.resolve_item_id(item).await?;
        let detail = self.store.get_item(id).await?;
        let decided = self.decided(&detail, false).await?;
        let decision =
            self.human_decision(&decided, &input.legal_grounds, input.explanation.as_deref())?;
        let notifier = self.default_notifier(input.notifier, "notifier")?;
        let report_urls = self.report_urls(id).await?;
        let urls = Self::item_links(&registry, &detail, &report_urls, input.platform)?;
        let now = self.clock.now();
        let request = ReferralRequest {
            urls,
            decision: Some(decision),
            notifier,
            prefer_channel: input.channel,
            created_at: now,
        };
        let notices =
            upstander_referral::build_notices(&registry, &self.detection.taxonomy, &request)
                .map_err(referral_error)?;
        let (review_seconds, referral_seconds) = self.staff_seconds(&decided, now).await?;
        let records: Vec<NewReferral> = notices
            .iter()
            .map(|notice| NewReferral {
                id: ReferralId::new(),
                item_id: id,
                decision_id: decided.decision.id,
                target: notice.platform.as_str().to_owned(),
                channel: notice.channel.kind.as_str().to_owned(),
                channel_id: Some(notice.channel.id.clone()),
                notice_kind: match notice.kind {
                    upstander_referral::NoticeKind::DsaArt16 => "dsa_art16",
                    upstander_referral::NoticeKind::TermsOfService => "terms_of_service",
                }
                .to_owned(),
                document: notice.to_json(),
                urls: notice.items.iter().map(|i| i.url.clone()).collect(),
                category: Some(notice.category.clone()),
                severity: notice.severity,
                created_by: actor.username.clone(),
                created_at: now,
                review_seconds,
                referral_seconds,
                due_at: notice.due,
                awaits: notice
                    .channel
                    .clock
                    .map(|_| awaits(notice.channel.kind).to_owned()),
                binding: notice.channel.clock.is_none_or(Clock::is_binding),
                evidence: Vec::new(),
            })
            .collect();
        self.store.store_referrals(&records).await?;
        tracing::info!(item.id = %id, referrals = records.len(), actor = %actor.username, "referred to platforms");
        let mut out = Vec::with_capacity(records.len());
        for record in &records {
            out.push(Referral::from_record(
                self.store.referral(record.id).await?,
                now,
            ));
        }
        Ok(out)
    }

    async fn report_urls(&self, item: ItemId) -> Result<Vec<String>> {
        Ok(self
            .store
            .reports_for_item(item)
            .await?
            .into_iter()
            .flat_map(|r| r.urls)
            .collect())
    }

    /// Refers a decided item to the police, with an evidence bundle made from the stored
    /// copies (`content.txt`: the text as captured; `metadata.json`: where and when each copy
    /// was published and captured), its SHA-256 manifest and a chain-of-custody record
    /// (captured, decided, approved, referred). The parts are stored byte for byte beside the
    /// referral, and the referral is audited `referral_made`. Needs `Refer`.
    ///
    /// # Errors
    /// As [`Hub::refer`]; also [`AppError::Conflict`] unless the decision's action is
    /// `police`, and [`AppError::InvalidInput`] without a candidate offence.
    pub async fn refer_police(
        &self,
        actor: &User,
        item: &str,
        input: PoliceReferInput,
    ) -> Result<Referral> {
        require(actor, Permission::Refer)?;
        let registry = self.registry()?;
        let id = self.store.resolve_item_id(item).await?;
        let detail = self.store.get_item(id).await?;
        let decided = self.decided(&detail, true).await?;
        let decision =
            self.human_decision(&decided, &input.legal_grounds, input.explanation.as_deref())?;
        let referrer = self.default_notifier(input.referrer, "referrer")?;
        let location = text_field("location", input.location.as_deref())?;
        let report_urls = self.report_urls(id).await?;
        let urls = Self::item_links(&registry, &detail, &report_urls, None)?;
        let now = self.clock.now();
        let representative = &detail.item.representative;
        let captured_at = representative.ingested_at.min(now);
        let parts = evidence_parts(&detail)?;
        let mut custody = vec![CustodyRecord {
            at: captured_at,
            actor: "upstander".to_owned(),
            action: "captured".to_owned(),
            note: Some(format!("post {} stored on ingest", representative.id)),
        }];
        let d = &decided.decision;
        custody.push(CustodyRecord {
            at: d.decided_at.max(captured_at),
            actor: d.decision.reviewer.clone(),
            action: "reviewed".to_owned(),
            note: Some(format!("decision {}", d.id)),
        });
        if let Some(approval) = &decided.approval {
            custody.push(CustodyRecord {
                at: approval.at.max(d.decided_at).max(captured_at),
                actor: approval.reviewer.clone(),
                action: "second review approved".to_owned(),
                note: None,
            });
        }
        let last = custody.last().map_or(captured_at, |c| c.at);
        custody.push(CustodyRecord {
            at: now.max(last),
            actor: actor.username.clone(),
            action: "referred to the police".to_owned(),
            note: None,
        });
        let referral = PoliceReferral::build(
            &registry,
            &self.detection.taxonomy,
            PoliceReferralInput {
                urls,
                decision: Some(decision),
                location,
                referrer,
                captured_at,
                parts: parts.clone(),
                custody,
                created_at: now.max(last),
            },
        )
        .map_err(referral_error)?;
        let (review_seconds, referral_seconds) = self.staff_seconds(&decided, now).await?;
        let record = NewReferral {
            id: ReferralId::new(),
            item_id: id,
            decision_id: decided.decision.id,
            target: POLICE_TARGET.to_owned(),
            channel: POLICE_TARGET.to_owned(),
            channel_id: None,
            notice_kind: POLICE_TARGET.to_owned(),
            document: referral.to_json(),
            urls: referral.items.iter().map(|i| i.url.clone()).collect(),
            category: Some(referral.category.clone()),
            severity: referral.severity,
            created_by: actor.username.clone(),
            created_at: now,
            review_seconds,
            referral_seconds,
            due_at: None,
            awaits: None,
            binding: true,
            evidence: parts
                .iter()
                .zip(&referral.evidence.parts)
                .map(|(part, entry)| EvidencePartRecord {
                    name: part.name.clone(),
                    role: part.role.as_str().to_owned(),
                    media_type: part.media_type.clone(),
                    sha256: entry.sha256.clone(),
                    bytes: part.bytes.clone(),
                })
                .collect(),
        };
        self.store
            .store_referrals(std::slice::from_ref(&record))
            .await?;
        tracing::info!(item.id = %id, referral.id = %record.id, actor = %actor.username, "referred to the police");
        Ok(Referral::from_record(
            self.store.referral(record.id).await?,
            now,
        ))
    }

    /// One referral. Needs `ViewQueue`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`].
    pub async fn referral(&self, actor: &User, id: &str) -> Result<Referral> {
        require(actor, Permission::ViewQueue)?;
        let id = self.store.resolve_referral_id(id).await?;
        Ok(Referral::from_record(
            self.store.referral(id).await?,
            self.clock.now(),
        ))
    }

    /// Renders a stored referral for a person to file or hand over, exactly as it was built;
    /// audited as an `export`. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`]; [`AppError::Store`] when the stored
    /// document cannot be read back.
    pub async fn render_referral(
        &self,
        actor: &User,
        id: &str,
        format: RenderFormat,
    ) -> Result<String> {
        require(actor, Permission::Refer)?;
        let id = self.store.resolve_referral_id(id).await?;
        let record = self.store.referral(id).await?;
        let corrupt = |e: serde_json::Error| {
            AppError::Store(upstander_store::StoreError::Corrupt(format!(
                "referral {id} document: {e}"
            )))
        };
        let rendered = if record.target == POLICE_TARGET {
            let referral: PoliceReferral =
                serde_json::from_str(&record.document).map_err(corrupt)?;
            match format {
                RenderFormat::Json => referral.to_json(),
                RenderFormat::Text => police_text(&referral, id),
                RenderFormat::Html => police_html(&referral, id),
            }
        } else {
            let notice: Notice = serde_json::from_str(&record.document).map_err(corrupt)?;
            match format {
                RenderFormat::Json => notice.to_json(),
                RenderFormat::Text => notice.render_text(),
                RenderFormat::Html => notice.render_html(),
            }
        };
        self.store
            .append_audit(NewAuditEntry {
                actor: actor.username.clone(),
                action: upstander_core::AuditAction::Export,
                subject: record.item_id.to_string(),
                details: format!(
                    "what=referral; referral_id={id}; target={}; format={}",
                    record.target,
                    format.as_str()
                ),
            })
            .await?;
        Ok(rendered)
    }

    /// A police referral's evidence parts, checked against its manifest; audited as an
    /// `export`. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`]; [`AppError::Conflict`] for a
    /// platform referral; [`AppError::Store`] when a stored part no longer matches its
    /// manifest.
    pub async fn evidence(&self, actor: &User, id: &str) -> Result<Vec<EvidencePart>> {
        require(actor, Permission::Refer)?;
        let id = self.store.resolve_referral_id(id).await?;
        let record = self.store.referral(id).await?;
        if record.target != POLICE_TARGET {
            return Err(AppError::Conflict(format!(
                "referral {id} is to {}; only police referrals carry evidence bundles",
                record.target
            )));
        }
        let referral: PoliceReferral = serde_json::from_str(&record.document).map_err(|e| {
            AppError::Store(upstander_store::StoreError::Corrupt(format!(
                "referral {id} document: {e}"
            )))
        })?;
        let parts: Vec<EvidencePart> = self
            .store
            .evidence_parts(id)
            .await?
            .into_iter()
            .map(|p| EvidencePart {
                role: match p.role.as_str() {
                    "content" => EvidenceRole::Content,
                    "metadata" => EvidenceRole::Metadata,
                    "screenshot" => EvidenceRole::Screenshot,
                    _ => EvidenceRole::Other,
                },
                name: p.name,
                media_type: p.media_type,
                bytes: p.bytes,
            })
            .collect();
        referral.evidence.verify(&parts).map_err(|e| {
            AppError::Store(upstander_store::StoreError::Corrupt(format!(
                "referral {id} evidence: {e}"
            )))
        })?;
        self.store
            .append_audit(NewAuditEntry {
                actor: actor.username.clone(),
                action: upstander_core::AuditAction::Export,
                subject: record.item_id.to_string(),
                details: format!(
                    "what=evidence; referral_id={id}; parts={}; manifest_sha256={}",
                    parts.len(),
                    referral.evidence.manifest_sha256
                ),
            })
            .await?;
        Ok(parts)
    }

    /// Referrals, oldest first, with their deadline state now. Needs `ViewQueue`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`] for an unknown item;
    /// [`AppError::InvalidInput`] for a window that ends before it starts.
    pub async fn referrals(&self, actor: &User, query: &ReferralQuery) -> Result<Vec<Referral>> {
        require(actor, Permission::ViewQueue)?;
        if let (Some(from), Some(to)) = (query.from, query.to)
            && to < from
        {
            return Err(AppError::invalid("to", "ends before the window starts"));
        }
        let item = match &query.item {
            Some(item) => Some(self.store.resolve_item_id(item).await?),
            None => None,
        };
        let now = self.clock.now();
        let filter = ReferralFilter {
            item,
            target: query
                .target
                .as_deref()
                .map(|t| t.trim().to_ascii_lowercase()),
            open_only: query.open_only || query.overdue_only,
            due_before: query.overdue_only.then_some(now),
            created_from: query.from,
            created_to: query.to,
            limit: query.limit,
        };
        Ok(self
            .store
            .list_referrals(&filter)
            .await?
            .into_iter()
            .map(|r| Referral::from_record(r, now))
            .filter(|r| !query.overdue_only || r.is_overdue())
            .collect())
    }

    /// Records when the platform acknowledged, decided or acted (any of them); audited
    /// `referral_updated`. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`]; [`AppError::InvalidInput`] for a time
    /// before the referral or in the future.
    pub async fn record_referral_times(
        &self,
        actor: &User,
        id: &str,
        times: ReferralTimes,
    ) -> Result<Referral> {
        require(actor, Permission::Refer)?;
        let now = self.clock.now();
        let latest = now
            .checked_add(SignedDuration::from_mins(5))
            .unwrap_or(Timestamp::MAX);
        for (field, at) in [
            ("acknowledged_at", times.acknowledged_at),
            ("decided_at", times.decided_at),
            ("actioned_at", times.actioned_at),
        ] {
            if at.is_some_and(|at| at > latest) {
                return Err(AppError::invalid(field, "is in the future"));
            }
        }
        let id = self.store.resolve_referral_id(id).await?;
        let record = self
            .store
            .record_referral_times(id, &times, &actor.username)
            .await?;
        Ok(Referral::from_record(record, now))
    }

    /// Escalates every open referral whose awaited response is late and that is not
    /// escalated yet (an `escalated` mark and a `referral_escalated` audit entry each), and
    /// returns them. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; a store failure.
    pub async fn escalate_overdue(&self, actor: &User) -> Result<Vec<Referral>> {
        require(actor, Permission::Refer)?;
        let overdue = self
            .referrals(
                actor,
                &ReferralQuery {
                    overdue_only: true,
                    ..ReferralQuery::default()
                },
            )
            .await?;
        let now = self.clock.now();
        let mut escalated = Vec::new();
        for referral in overdue {
            if referral.escalated_at.is_some() {
                continue;
            }
            let late = referral.overdue_by_seconds.unwrap_or(0);
            let reason = format!(
                "no {} from {} {} past the deadline ({})",
                referral.awaits.as_deref().unwrap_or("response"),
                referral.target,
                human_duration(late),
                referral.due_at.map(|d| d.to_string()).unwrap_or_default()
            );
            if self
                .store
                .escalate_referral(referral.id, &actor.username, now, &reason)
                .await?
            {
                escalated.push(Referral::from_record(
                    self.store.referral(referral.id).await?,
                    now,
                ));
            }
        }
        Ok(escalated)
    }
}

/// `3 h 20 min`, `2 d 4 h`: how late, for people.
#[must_use]
pub fn human_duration(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    let (days, hours, mins) = (minutes / 1440, (minutes / 60) % 24, minutes % 60);
    if days > 0 {
        format!("{days} d {hours} h")
    } else if hours > 0 {
        format!("{hours} h {mins} min")
    } else {
        format!("{mins} min")
    }
}

/// The evidence parts of an item: the representative's text exactly as captured, and every
/// copy's metadata as JSON.
fn evidence_parts(detail: &ItemDetail) -> Result<Vec<EvidencePart>> {
    let representative = &detail.item.representative;
    let metadata: Vec<serde_json::Value> = detail
        .copies
        .iter()
        .map(|p| {
            serde_json::json!({
                "post_id": p.id,
                "platform": p.post.platform,
                "source_id": p.post.source_id,
                "author": p.post.author,
                "url": p.post.url,
                "published_at": p.post.created_at,
                "captured_at": p.ingested_at,
                "lang": p.post.lang,
                "representative": p.id == representative.id,
            })
        })
        .collect();
    let metadata = serde_json::to_vec_pretty(&serde_json::json!({
        "item_id": detail.item.id,
        "copies": metadata,
    }))
    .map_err(|e| AppError::Internal(format!("evidence metadata: {e}")))?;
    Ok(vec![
        EvidencePart {
            name: "content.txt".to_owned(),
            role: EvidenceRole::Content,
            media_type: "text/plain; charset=utf-8".to_owned(),
            bytes: representative.post.text.as_bytes().to_vec(),
        },
        EvidencePart {
            name: "metadata.json".to_owned(),
            role: EvidenceRole::Metadata,
            media_type: "application/json".to_owned(),
            bytes: metadata,
        },
    ])
}

/// Keeps a value on one line of plain text.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn police_text(r: &PoliceReferral, id: ReferralId) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "Police referral {id}");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Strand: {}",
        one_line(r.strand.as_deref().unwrap_or("not a monitored strand"))
    );
    let _ = writeln!(
        out,
        "Location: {}",
        one_line(r.location.as_deref().unwrap_or("not known"))
    );
    let _ = writeln!(
        out,
        "Category: {} (severity {}){}",
        one_line(&r.category),
        r.severity,
        r.target
            .as_deref()
            .map(|t| format!(", targeting {}", one_line(t)))
            .unwrap_or_default()
    );
    let _ = writeln!(out, "Candidate offences (for the officer to assess):");
    for g in &r.legal_grounds {
        let _ = writeln!(
            out,
            "  - {}{}",
            one_line(&g.id),
            g.title
                .as_deref()
                .map(|t| format!(" ({})", one_line(t)))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(out, "Why:");
    for line in r.explanation.lines() {
        let _ = writeln!(out, "  {}", one_line(line));
    }
    let _ = writeln!(out, "Content:");
    for (i, item) in r.items.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, one_line(&item.url));
    }
    let _ = writeln!(out, "Evidence (captured {}):", r.evidence.captured_at);
    for part in &r.evidence.parts {
        let _ = writeln!(
            out,
            "  {}  {} bytes  {}  {}",
            part.sha256,
            part.size,
            part.role.as_str(),
            one_line(&part.name)
        );
    }
    let _ = writeln!(out, "  manifest SHA-256: {}", r.evidence.manifest_sha256);
    let _ = writeln!(out, "Chain of custody:");
    for c in &r.evidence.custody {
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            c.at,
            one_line(&c.actor),
            one_line(&c.action)
        );
    }
    let _ = writeln!(
        out,
        "Referred by: {} <{}>{}",
        one_line(&r.referrer.name),
        one_line(&r.referrer.email),
        r.referrer
            .organisation
            .as_deref()
            .map(|o| format!(", {}", one_line(o)))
            .unwrap_or_default()
    );
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn police_html(r: &PoliceReferral, id: ReferralId) -> String {
    let text = police_text(r, id);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Police \
         referral {id}</title>\n<style>body{{font-family:system-ui,sans-serif;max-width:48rem;\
         margin:2rem auto;line-height:1.5}}pre{{white-space:pre-wrap;word-break:break-all}}\
         </style>\n</head>\n<body>\n<h1>Police referral</h1>\n<pre>{}</pre>\n</body>\n</html>\n",
        escape(&text)
    )
}
