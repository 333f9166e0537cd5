//! Outcomes: what the platform did about a referral, recorded by hand in the DSA Transparency
//! Database's words or read from its statements of reasons and matched back to the referrals
//! they answer.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use upstander_core::{Permission, PostRef, ReferralId, Timestamp, User};
use upstander_referral::{
    AutomatedDecision, DecisionAccount, DecisionGround, DecisionVisibility, HubOutcome, MatchedBy,
    ParsedStatements, RowError, SourceType, Statement,
};
use upstander_store::{ReferralFilter, ReferralOutcomeRecord, ReferralRecord};

use crate::accounts::require;
use crate::referrals::{POLICE_TARGET, Referral};
use crate::{AppError, Hub, Result};

/// Largest statements file read at once, in bytes; a daily dump is far larger and should be
/// filtered to the platforms and days that matter first.
pub const MAX_STATEMENTS_BYTES: usize = 256 * 1024 * 1024;

/// A platform's response, entered by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeInput {
    /// The hub's outcome.
    pub outcome: HubOutcome,
    /// Illegal content or incompatible with the terms, as the platform said.
    #[serde(default)]
    pub decision_ground: Option<DecisionGround>,
    /// Restrictions of visibility.
    #[serde(default)]
    pub visibility: Vec<DecisionVisibility>,
    /// Restriction of the account.
    #[serde(default)]
    pub account: Option<DecisionAccount>,
    /// What prompted the decision, as the platform reported it.
    #[serde(default)]
    pub source_type: Option<SourceType>,
    /// How automated the decision was.
    #[serde(default)]
    pub automated: Option<AutomatedDecision>,
    /// When the platform decided; `None` means now.
    #[serde(default)]
    pub decided_at: Option<Timestamp>,
    /// Anything else for the record.
    #[serde(default)]
    pub note: Option<String>,
}

/// Which reader a statements file needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementFormat {
    /// The Transparency Database's CSV export.
    Csv,
    /// JSON lines, a JSON array, or the API's `{"data": […]}`.
    Json,
}

impl StatementFormat {
    /// Guesses from a file name's extension (`.csv`, `.json`, `.jsonl`, `.ndjson`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(Self::Csv)
        } else if [".json", ".jsonl", ".ndjson"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            Some(Self::Json)
        } else {
            None
        }
    }
}

/// One statement that answered a referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementRecorded {
    /// The statement's 1-based position among the good rows.
    pub statement: usize,
    /// Its id in the Transparency Database, if the file has it.
    pub uuid: Option<String>,
    /// The referral it answered.
    pub referral: ReferralId,
    /// How it was matched.
    pub by: MatchedBy,
    /// The outcome recorded.
    pub outcome: HubOutcome,
    /// False when the same statement was already recorded on the referral.
    pub changed: bool,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    /// Rows read (good and bad).
    pub rows: u64,
    /// Good rows that answered at least one referral.
    pub matched: u64,
    /// Good rows that answered none.
    pub unmatched: u64,
    /// Bad rows, each with its line, field and reason.
    pub rejected: Vec<RowError>,
    /// Outcomes recorded (or already recorded) from matched rows.
    pub recorded: Vec<StatementRecorded>,
}

fn statement_time(date: Option<Date>, created: Option<Timestamp>) -> Option<Timestamp> {
    date.and_then(|d| {
        jiff::tz::Offset::UTC
            .to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
            .ok()
    })
    .or(created)
}

impl Hub {
    /// Records a platform's response to a referral, closing it; the platform's decision time
    /// (and, when the content was taken down, its action time) are filled in where not yet
    /// recorded. Audited `outcome_recorded`. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`]; [`AppError::InvalidInput`] for a
    /// decision time in the future or a note that is too long.
    pub async fn record_outcome(
        &self,
        actor: &User,
        id: &str,
        input: OutcomeInput,
    ) -> Result<Referral> {
        require(actor, Permission::Refer)?;
        let now = self.clock.now();
        if input.decided_at.is_some_and(|t| t > now) {
            return Err(AppError::invalid("decided_at", "is in the future"));
        }
        if input
            .note
            .as_deref()
            .is_some_and(|n| n.chars().count() > 10_000 || crate::has_stray_control(n))
        {
            return Err(AppError::invalid(
                "note",
                "must be at most 10000 characters, with no control characters but line breaks and tabs",
            ));
        }
        let id = self.store.resolve_referral_id(id).await?;
        // A platform response dates the decision; "no action needed" or "no response" does not.
        let responded = !matches!(
            input.outcome,
            HubOutcome::NoActionNeeded | HubOutcome::NoResponsePastDeadline
        );
        let decided_at = responded.then(|| input.decided_at.unwrap_or(now));
        let taken_down = matches!(
            input.outcome,
            HubOutcome::Removed | HubOutcome::GeoRestricted | HubOutcome::LabelledOrDemoted
        ) || input.visibility.iter().any(|v| {
            matches!(
                v,
                DecisionVisibility::Removed | DecisionVisibility::Disabled
            )
        });
        let detail = serde_json::to_string(&input)
            .map_err(|e| AppError::Internal(format!("outcome detail: {e}")))?;
        let record = self
            .store
            .record_referral_outcome(
                id,
                &ReferralOutcomeRecord {
                    outcome: input.outcome.as_str().to_owned(),
                    source: "manual".to_owned(),
                    detail,
                    at: now,
                    decided_at,
                    actioned_at: taken_down.then_some(decided_at).flatten(),
                },
                &actor.username,
            )
            .await?;
        Ok(Referral::from_record(record, now))
    }

    /// Imports statements of reasons from the DSA Transparency Database (CSV export, JSON
    /// lines or JSON array): bad rows are reported with their line, field and reason; good ones
    /// are matched to platform referrals by URL or by the platform's id for the post, and each
    /// match records the statement as the referral's outcome (audited `outcome_recorded`). A
    /// statement already recorded on a referral is not recorded again, so importing a file
    /// twice changes nothing. Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::InvalidInput`] naming `file` when it is too large or
    /// cannot be read as a whole (a CSV without the required header, a broken JSON array).
    pub async fn import_statements(
        &self,
        actor: &User,
        bytes: &[u8],
        format: StatementFormat,
    ) -> Result<ImportSummary> {
        require(actor, Permission::Refer)?;
        if bytes.len() > MAX_STATEMENTS_BYTES {
            return Err(AppError::invalid(
                "file",
                format!(
                    "is {} bytes; split it into files of at most {MAX_STATEMENTS_BYTES} bytes",
                    bytes.len()
                ),
            ));
        }
        let parsed: ParsedStatements = match format {
            StatementFormat::Csv => upstander_referral::parse_statements_csv(bytes),
            StatementFormat::Json => upstander_referral::parse_statements_json(bytes),
        }
        .map_err(|e| AppError::invalid("file", e.to_string()))?;
        let registry = self.registry()?;
        let recogniser = registry.recogniser();
        // Every platform referral's links, each pointing back at its referral.
        let referrals: Vec<ReferralRecord> = self
            .store
            .list_referrals(&ReferralFilter::default())
            .await?
            .into_iter()
            .filter(|r| r.target != POLICE_TARGET)
            .collect();
        let mut posts: Vec<PostRef> = Vec::new();
        let mut owner: Vec<usize> = Vec::new();
        for (r, referral) in referrals.iter().enumerate() {
            for url in &referral.urls {
                if let Ok(post) = recogniser.recognise(url) {
                    posts.push(post);
                    owner.push(r);
                }
            }
        }
        let matches = upstander_referral::match_statements(&parsed.statements, &posts, recogniser);
        let now = self.clock.now();
        let mut summary = ImportSummary {
            rows: u64::try_from(parsed.statements.len() + parsed.errors.len()).unwrap_or(u64::MAX),
            rejected: parsed.errors.clone(),
            ..ImportSummary::default()
        };
        let mut matched_statements = vec![false; parsed.statements.len()];
        let mut done: Vec<(usize, usize)> = Vec::new();
        for m in matches {
            let r = owner[m.referral];
            if done.contains(&(m.statement, r)) {
                continue;
            }
            done.push((m.statement, r));
            matched_statements[m.statement] = true;
            let statement: &Statement = &parsed.statements[m.statement];
            let referral = &referrals[r];
            let detail = serde_json::to_string(statement)
                .map_err(|e| AppError::Internal(format!("statement: {e}")))?;
            let outcome = statement.hub_outcome();
            let changed = referral.outcome_detail.as_deref() != Some(detail.as_str());
            if changed {
                let decided =
                    statement_time(statement.application_date, statement.created_at).unwrap_or(now);
                self.store
                    .record_referral_outcome(
                        referral.id,
                        &ReferralOutcomeRecord {
                            outcome: outcome.as_str().to_owned(),
                            source: "statement".to_owned(),
                            detail,
                            at: now,
                            decided_at: Some(decided.min(now)),
                            actioned_at: statement.content_taken_down().then_some(decided.min(now)),
                        },
                        &actor.username,
                    )
                    .await?;
            }
            summary.recorded.push(StatementRecorded {
                statement: m.statement + 1,
                uuid: statement.uuid.clone(),
                referral: referral.id,
                by: m.by,
                outcome,
                changed,
            });
        }
        summary.matched = matched_statements.iter().filter(|m| **m).count() as u64;
        summary.unmatched = matched_statements.len() as u64 - summary.matched;
        tracing::info!(
            rows = summary.rows,
            matched = summary.matched,
            unmatched = summary.unmatched,
            rejected = summary.rejected.len(),
            "statements of reasons imported"
        );
        Ok(summary)
    }
}
