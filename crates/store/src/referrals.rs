//! Storage for referrals: notices to platforms and hand-offs to the police, each with its
//! channel's deadline, the platform's response times, escalation, the outcome (recorded by hand
//! or from a statement of reasons), link re-checks, and the parts of police evidence bundles.
//!
//! The store keeps what the referral crate built as JSON text (`document`) and never reads it:
//! renderings are made from it by the application, so a notice shown later is the notice that
//! was made. Like the workflow tables these use the same column types on both backends, and
//! the methods are written once in [`referral_store_impl!`]. Every change appends its audit
//! entry in the same transaction.

use async_trait::async_trait;
use upstander_core::{DecisionId, ItemId, ReferralId, Severity, Timestamp};

use crate::model::{self, timestamp};
use crate::{Result, StoreError};

/// What a referral waits for from the platform: the step its deadline measures.
pub const MILESTONES: [&str; 3] = ["acknowledgement", "decision", "action"];

/// Most referrals [`ReferralStore::list_referrals`] returns at once.
pub const MAX_REFERRAL_PAGE: u32 = 10_000;

/// A referral to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReferral {
    /// Its id.
    pub id: ReferralId,
    /// The item referred.
    pub item_id: ItemId,
    /// The decision it acts on.
    pub decision_id: DecisionId,
    /// A platform's stable name (`x`) or `police`.
    pub target: String,
    /// The channel kind (`dsa_art16`) or `police`.
    pub channel: String,
    /// The registry's id for the channel, if any.
    pub channel_id: Option<String>,
    /// `dsa_art16`, `terms_of_service` or `police`.
    pub notice_kind: String,
    /// The notice or police referral as built (JSON).
    pub document: String,
    /// The canonical URLs referred.
    pub urls: Vec<String>,
    /// The decided category.
    pub category: Option<String>,
    /// The decided severity.
    pub severity: Severity,
    /// Who referred it (user name); the audit entry names them.
    pub created_by: String,
    /// When.
    pub created_at: Timestamp,
    /// Seconds from claiming the item to deciding it, when known.
    pub review_seconds: Option<i64>,
    /// Seconds from the decision (or its approval) to this referral.
    pub referral_seconds: Option<i64>,
    /// When the channel's clock runs out, if it has one.
    pub due_at: Option<Timestamp>,
    /// What the clock waits for: one of [`MILESTONES`].
    pub awaits: Option<String>,
    /// Whether the deadline is legal or agreed (true) or only the hub's own target.
    pub binding: bool,
    /// Evidence parts (police referrals), in manifest order.
    pub evidence: Vec<EvidencePartRecord>,
}

/// One part of a police evidence bundle, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidencePartRecord {
    /// Its file name in the bundle.
    pub name: String,
    /// `content`, `metadata`, `screenshot` or `other`.
    pub role: String,
    /// Its media type.
    pub media_type: String,
    /// Lower-case hex SHA-256 of `bytes`, as the manifest lists it.
    pub sha256: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A stored referral with everything recorded since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralRecord {
    /// Its id.
    pub id: ReferralId,
    /// The item referred.
    pub item_id: ItemId,
    /// The decision it acts on.
    pub decision_id: DecisionId,
    /// A platform's stable name or `police`.
    pub target: String,
    /// The channel kind or `police`.
    pub channel: String,
    /// The registry's channel id.
    pub channel_id: Option<String>,
    /// `dsa_art16`, `terms_of_service` or `police`.
    pub notice_kind: String,
    /// The notice or police referral as built (JSON).
    pub document: String,
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
    /// Seconds from claim to decision.
    pub review_seconds: Option<i64>,
    /// Seconds from decision to referral.
    pub referral_seconds: Option<i64>,
    /// When the channel's clock runs out.
    pub due_at: Option<Timestamp>,
    /// What the clock waits for.
    pub awaits: Option<String>,
    /// Whether the deadline is legal or agreed rather than the hub's own target.
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
    /// The hub outcome; `None` while open.
    pub outcome: Option<String>,
    /// `manual` or `statement`.
    pub outcome_source: Option<String>,
    /// The outcome's particulars (JSON).
    pub outcome_detail: Option<String>,
    /// When the outcome was recorded.
    pub outcome_at: Option<Timestamp>,
    /// The latest link re-check result.
    pub last_check: Option<String>,
    /// When the link was last re-checked.
    pub last_checked_at: Option<Timestamp>,
    /// Copies found again after removal.
    pub reuploads: u32,
}

/// Response times to record; `None` leaves a time as it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReferralTimes {
    /// When the platform confirmed receipt.
    pub acknowledged_at: Option<Timestamp>,
    /// When the platform decided.
    pub decided_at: Option<Timestamp>,
    /// When the content was removed or restricted.
    pub actioned_at: Option<Timestamp>,
}

/// A platform's response, to record on a referral (which it closes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralOutcomeRecord {
    /// The hub outcome (`removed`, `rejected_by_platform`, …).
    pub outcome: String,
    /// `manual` or `statement`.
    pub source: String,
    /// Particulars (JSON).
    pub detail: String,
    /// When it was recorded.
    pub at: Timestamp,
    /// The platform's decision time, filled in where none is recorded yet.
    pub decided_at: Option<Timestamp>,
    /// The action time, filled in where none is recorded yet.
    pub actioned_at: Option<Timestamp>,
}

/// A link re-check to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecheckRecord {
    /// `removed`, `live`, `geo_blocked`, `error`, …
    pub result: String,
    /// Why, in a few words (the HTTP status, the marker found).
    pub detail: String,
    /// When.
    pub at: Timestamp,
    /// Copies found again (re-uploads) at this check.
    pub reuploads: u32,
}

/// Which referrals to list; every condition given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReferralFilter {
    /// Only this item's.
    pub item: Option<ItemId>,
    /// Only to this platform (stable name) or `police`.
    pub target: Option<String>,
    /// Only those without an outcome.
    pub open_only: bool,
    /// Only those whose clock ran out before this time (and that are open).
    pub due_before: Option<Timestamp>,
    /// Only those made at or after this time.
    pub created_from: Option<Timestamp>,
    /// Only those made before this time.
    pub created_to: Option<Timestamp>,
    /// At most this many (capped at [`MAX_REFERRAL_PAGE`]).
    pub limit: Option<u32>,
}

/// A decision with what followed it, for the hub's transparency report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionFact {
    /// The decision.
    pub decision_id: DecisionId,
    /// Its item.
    pub item_id: ItemId,
    /// What was decided.
    pub action: upstander_core::DecisionAction,
    /// The decided category.
    pub category: Option<String>,
    /// When.
    pub decided_at: Timestamp,
    /// The action of the item's next decision, if it was decided again.
    pub next_action: Option<upstander_core::DecisionAction>,
    /// Whether a second reviewer sent it back.
    pub sent_back: bool,
    /// Whether an appeal was lodged after it (and before any next decision).
    pub appealed: bool,
    /// Whether the item came in through a public report (rather than monitoring).
    pub reported: bool,
}

/// One row of the decision-facts query.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct DecisionFactRow {
    pub id: String,
    pub item_id: String,
    pub action: String,
    pub category: Option<String>,
    pub decided_at: i64,
    pub next_action: Option<String>,
    pub sent_back: bool,
    pub appealed: bool,
    pub reported: bool,
}

impl DecisionFactRow {
    pub(crate) fn into_fact(self) -> Result<DecisionFact> {
        let action = |text: &str| {
            upstander_core::DecisionAction::parse(text)
                .map_err(|e| StoreError::Corrupt(format!("decision action: {e}")))
        };
        Ok(DecisionFact {
            decision_id: DecisionId::parse(&self.id)
                .map_err(|e| StoreError::Corrupt(format!("decision id: {e}")))?,
            item_id: model::item_id(&self.item_id)?,
            action: action(&self.action)?,
            category: self.category,
            decided_at: timestamp(self.decided_at, "decision decided_at")?,
            next_action: self.next_action.as_deref().map(action).transpose()?,
            sent_back: self.sent_back,
            appealed: self.appealed,
            reported: self.reported,
        })
    }
}

/// What the hub stores about referrals. Every [`crate::Store`] is one.
#[async_trait]
pub trait ReferralStore: Send + Sync {
    /// Stores referrals (with their evidence parts) in one transaction and appends one
    /// `referral_made` entry for each, by its `created_by`.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] naming the field (`referrals[0].awaits`) for a value the store
    /// refuses; [`StoreError::NotFound`] for an unknown item.
    async fn store_referrals(&self, referrals: &[NewReferral]) -> Result<()>;

    /// Resolves a full referral id or a unique prefix of one (at least 4 characters).
    ///
    /// # Errors
    /// [`StoreError::NotFound`], or [`StoreError::Invalid`] for text that cannot be part of an
    /// id or that several ids start with.
    async fn resolve_referral_id(&self, id_or_prefix: &str) -> Result<ReferralId>;

    /// One referral.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown id.
    async fn referral(&self, id: ReferralId) -> Result<ReferralRecord>;

    /// Referrals matching `filter`, oldest first.
    async fn list_referrals(&self, filter: &ReferralFilter) -> Result<Vec<ReferralRecord>>;

    /// Records response times and appends `referral_updated`.
    ///
    /// # Errors
    /// [`StoreError::NotFound`]; [`StoreError::Invalid`] for a time before the referral.
    async fn record_referral_times(
        &self,
        id: ReferralId,
        times: &ReferralTimes,
        actor: &str,
    ) -> Result<ReferralRecord>;

    /// Marks a referral escalated and appends `referral_escalated`; false (and nothing
    /// appended) when it already was.
    ///
    /// # Errors
    /// [`StoreError::NotFound`].
    async fn escalate_referral(
        &self,
        id: ReferralId,
        actor: &str,
        at: Timestamp,
        reason: &str,
    ) -> Result<bool>;

    /// Records the platform's response, closing the referral, and appends `outcome_recorded`.
    /// Recording again replaces the outcome (a reinstatement after appeal, say).
    ///
    /// # Errors
    /// [`StoreError::NotFound`].
    async fn record_referral_outcome(
        &self,
        id: ReferralId,
        outcome: &ReferralOutcomeRecord,
        actor: &str,
    ) -> Result<ReferralRecord>;

    /// Records a link re-check and appends `link_rechecked`.
    ///
    /// # Errors
    /// [`StoreError::NotFound`].
    async fn record_recheck(
        &self,
        id: ReferralId,
        check: &RecheckRecord,
        actor: &str,
    ) -> Result<ReferralRecord>;

    /// A police referral's evidence parts, in manifest order (empty for platform referrals).
    async fn evidence_parts(&self, id: ReferralId) -> Result<Vec<EvidencePartRecord>>;

    /// The decisions recorded in `[from, to)`, oldest first (at most `limit`), each with what
    /// followed it: for the hub's transparency report.
    async fn decision_facts(
        &self,
        from: Timestamp,
        to: Timestamp,
        limit: u32,
    ) -> Result<Vec<DecisionFact>>;

    /// When `username` last claimed `item` at or before `before`, from the audit log: the
    /// start of the review that a decision ends, for measuring staff time.
    async fn claim_started_at(
        &self,
        item: ItemId,
        username: &str,
        before: Timestamp,
    ) -> Result<Option<Timestamp>>;
}

pub(crate) const REFERRAL_COLUMNS: &str = "id, item_id, decision_id, target, channel, \
     channel_id, notice_kind, document, urls, category, severity, created_by, created_at, \
     review_seconds, referral_seconds, due_at, awaits, binding, acknowledged_at, decided_at, \
     actioned_at, escalated_at, escalated_by, outcome, outcome_source, outcome_detail, \
     outcome_at, last_check, last_checked_at, reuploads";

/// One row of `referrals`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ReferralRow {
    pub id: String,
    pub item_id: String,
    pub decision_id: String,
    pub target: String,
    pub channel: String,
    pub channel_id: Option<String>,
    pub notice_kind: String,
    pub document: String,
    pub urls: String,
    pub category: Option<String>,
    pub severity: i64,
    pub created_by: String,
    pub created_at: i64,
    pub review_seconds: Option<i64>,
    pub referral_seconds: Option<i64>,
    pub due_at: Option<i64>,
    pub awaits: Option<String>,
    pub binding: i64,
    pub acknowledged_at: Option<i64>,
    pub decided_at: Option<i64>,
    pub actioned_at: Option<i64>,
    pub escalated_at: Option<i64>,
    pub escalated_by: Option<String>,
    pub outcome: Option<String>,
    pub outcome_source: Option<String>,
    pub outcome_detail: Option<String>,
    pub outcome_at: Option<i64>,
    pub last_check: Option<String>,
    pub last_checked_at: Option<i64>,
    pub reuploads: i64,
}

fn opt_time(value: Option<i64>, what: &str) -> Result<Option<Timestamp>> {
    value.map(|t| timestamp(t, what)).transpose()
}

impl ReferralRow {
    pub(crate) fn into_record(self) -> Result<ReferralRecord> {
        Ok(ReferralRecord {
            id: referral_id(&self.id)?,
            item_id: model::item_id(&self.item_id)?,
            decision_id: DecisionId::parse(&self.decision_id)
                .map_err(|e| StoreError::Corrupt(format!("referral decision id: {e}")))?,
            target: self.target,
            channel: self.channel,
            channel_id: self.channel_id,
            notice_kind: self.notice_kind,
            document: self.document,
            urls: model::id_list(&self.urls, "referral urls")?,
            category: self.category,
            severity: model::severity(self.severity, "referral severity")?,
            created_by: self.created_by,
            created_at: timestamp(self.created_at, "referral created_at")?,
            review_seconds: self.review_seconds,
            referral_seconds: self.referral_seconds,
            due_at: opt_time(self.due_at, "referral due_at")?,
            awaits: self.awaits,
            binding: self.binding != 0,
            acknowledged_at: opt_time(self.acknowledged_at, "referral acknowledged_at")?,
            decided_at: opt_time(self.decided_at, "referral decided_at")?,
            actioned_at: opt_time(self.actioned_at, "referral actioned_at")?,
            escalated_at: opt_time(self.escalated_at, "referral escalated_at")?,
            escalated_by: self.escalated_by,
            outcome: self.outcome,
            outcome_source: self.outcome_source,
            outcome_detail: self.outcome_detail,
            outcome_at: opt_time(self.outcome_at, "referral outcome_at")?,
            last_check: self.last_check,
            last_checked_at: opt_time(self.last_checked_at, "referral last_checked_at")?,
            reuploads: u32::try_from(self.reuploads.max(0)).unwrap_or(u32::MAX),
        })
    }
}

/// One row of `referral_evidence`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct EvidenceRow {
    pub name: String,
    pub role: String,
    pub media_type: String,
    pub sha256: String,
    pub bytes: Vec<u8>,
}

impl EvidenceRow {
    pub(crate) fn into_part(self) -> EvidencePartRecord {
        EvidencePartRecord {
            name: self.name,
            role: self.role,
            media_type: self.media_type,
            sha256: self.sha256,
            bytes: self.bytes,
        }
    }
}

pub(crate) fn referral_id(text: &str) -> Result<ReferralId> {
    ReferralId::parse(text).map_err(|e| StoreError::Corrupt(format!("referral id: {e}")))
}

/// Checks a referral's text fields before anything is written.
pub(crate) fn validate_referral(referral: &NewReferral) -> Result<()> {
    for (field, value) in [
        ("target", referral.target.as_str()),
        ("channel", referral.channel.as_str()),
        ("notice_kind", referral.notice_kind.as_str()),
        ("created_by", referral.created_by.as_str()),
    ] {
        if value.trim().is_empty() {
            return Err(StoreError::Invalid {
                field: field.to_owned(),
                reason: "must not be empty".to_owned(),
            });
        }
        crate::no_nul(field, value)?;
    }
    crate::no_nul("document", &referral.document)?;
    for (i, url) in referral.urls.iter().enumerate() {
        crate::no_nul(&format!("urls[{i}]"), url)?;
    }
    crate::workflow::no_nul_opt("channel_id", referral.channel_id.as_deref())?;
    crate::workflow::no_nul_opt("category", referral.category.as_deref())?;
    if let Some(awaits) = &referral.awaits
        && !MILESTONES.contains(&awaits.as_str())
    {
        return Err(StoreError::Invalid {
            field: "awaits".to_owned(),
            reason: format!(
                "'{}' is not one of {}",
                awaits.chars().take(40).collect::<String>(),
                MILESTONES.join(", ")
            ),
        });
    }
    for (i, part) in referral.evidence.iter().enumerate() {
        for (field, value) in [
            ("name", &part.name),
            ("role", &part.role),
            ("media_type", &part.media_type),
            ("sha256", &part.sha256),
        ] {
            crate::no_nul(&format!("evidence[{i}].{field}"), value)?;
        }
    }
    Ok(())
}

/// Checks a short referral id: hex digits and hyphens only (so it is safe in `LIKE`), at least
/// four of them.
pub(crate) fn referral_prefix(given: &str) -> Result<String> {
    let given = given.trim().to_ascii_lowercase();
    let ok = given.len() >= 4
        && given.len() <= 36
        && given.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    if ok {
        Ok(given)
    } else {
        Err(StoreError::Invalid {
            field: format!(
                "referral id '{}'",
                given.chars().take(40).collect::<String>()
            ),
            reason: "give the full id or its first 4 or more characters".to_owned(),
        })
    }
}

/// A value bound to a dynamically built statement.
pub(crate) enum Bind {
    Text(String),
    Int(i64),
}

/// The statement and binds for a filter, parameters numbered from `$1`.
pub(crate) fn filter_sql(filter: &ReferralFilter) -> (String, Vec<Bind>) {
    let mut conditions: Vec<String> = Vec::new();
    let mut binds: Vec<Bind> = Vec::new();
    let mut add = |condition: &str, bind: Bind| {
        binds.push(bind);
        conditions.push(format!("{condition} ${}", binds.len()));
    };
    if let Some(item) = filter.item {
        add("item_id =", Bind::Text(item.to_string()));
    }
    if let Some(target) = &filter.target {
        add("target =", Bind::Text(target.clone()));
    }
    if let Some(due) = filter.due_before {
        add("due_at <", Bind::Int(model::micros(due)));
    }
    if let Some(from) = filter.created_from {
        add("created_at >=", Bind::Int(model::micros(from)));
    }
    if let Some(to) = filter.created_to {
        add("created_at <", Bind::Int(model::micros(to)));
    }
    if filter.open_only || filter.due_before.is_some() {
        conditions.push("outcome IS NULL".to_owned());
    }
    let limit = i64::from(
        filter
            .limit
            .unwrap_or(MAX_REFERRAL_PAGE)
            .min(MAX_REFERRAL_PAGE),
    );
    let mut sql = format!("SELECT {REFERRAL_COLUMNS} FROM referrals");
    if !conditions.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conditions.join(" AND "));
    }
    binds.push(Bind::Int(limit));
    sql.push_str(&format!(" ORDER BY created_at, seq LIMIT ${}", binds.len()));
    (sql, binds)
}

/// Expands [`ReferralStore`] for a backend; the backend module provides `write_transaction`,
/// `pool`, `append_audit_in` and `db`; `$uuid` is what follows a parameter compared with a
/// PostgreSQL `UUID` column (the items' ids; the referral tables hold ids as text).
macro_rules! referral_store_impl {
    ($store:ty, uuid = $uuid:literal, text = $text:literal, us = ($us_open:literal, $us_close:literal), ts = ($ts_open:literal, $ts_close:literal)) => {
        impl $store {
            async fn referral_in<'c, E>(
                executor: E,
                id: &str,
            ) -> $crate::Result<$crate::referrals::ReferralRecord>
            where
                E: sqlx::Executor<'c, Database = <Self as $crate::referrals::Backend>::Db>,
            {
                use $crate::referrals::*;
                let sql = format!("SELECT {REFERRAL_COLUMNS} FROM referrals WHERE id = $1");
                sqlx::query_as::<_, ReferralRow>(sqlx::AssertSqlSafe(sql))
                    .bind(id)
                    .fetch_optional(executor)
                    .await
                    .map_err(db("reading a referral"))?
                    .ok_or_else(|| $crate::StoreError::NotFound {
                        what: "referral",
                        id: id.to_owned(),
                    })?
                    .into_record()
            }
        }

        #[async_trait::async_trait]
        impl $crate::referrals::ReferralStore for $store {
            async fn store_referrals(
                &self,
                referrals: &[$crate::referrals::NewReferral],
            ) -> $crate::Result<()> {
                use $crate::referrals::*;
                use $crate::workflow::{audit, flag};
                for (i, referral) in referrals.iter().enumerate() {
                    validate_referral(referral)
                        .map_err(|e| e.under(&format!("referrals[{i}]")))?;
                }
                let mut tx = self.write_transaction().await?;
                for referral in referrals {
                    let item = referral.item_id.to_string();
                    let known: Option<i64> =
                        sqlx::query_scalar(concat!("SELECT severity FROM items WHERE id = $1", $uuid))
                            .bind(&item)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(db("storing a referral"))?;
                    if known.is_none() {
                        return Err($crate::StoreError::NotFound {
                            what: "item",
                            id: item,
                        });
                    }
                    let urls = serde_json::to_string(&referral.urls)
                        .map_err(|e| $crate::StoreError::Corrupt(e.to_string()))?;
                    sqlx::query(
                        "INSERT INTO referrals (id, item_id, decision_id, target, channel, \
                         channel_id, notice_kind, document, urls, category, severity, created_by, \
                         created_at, review_seconds, referral_seconds, due_at, awaits, binding) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, \
                         $15, $16, $17, $18)",
                    )
                    .bind(referral.id.to_string())
                    .bind(&item)
                    .bind(referral.decision_id.to_string())
                    .bind(&referral.target)
                    .bind(&referral.channel)
                    .bind(referral.channel_id.as_deref())
                    .bind(&referral.notice_kind)
                    .bind(&referral.document)
                    .bind(&urls)
                    .bind(referral.category.as_deref())
                    .bind(i64::from(referral.severity.level()))
                    .bind(&referral.created_by)
                    .bind($crate::model::micros(referral.created_at))
                    .bind(referral.review_seconds)
                    .bind(referral.referral_seconds)
                    .bind(referral.due_at.map($crate::model::micros))
                    .bind(referral.awaits.as_deref())
                    .bind(flag(referral.binding))
                    .execute(&mut *tx)
                    .await
                    .map_err(db("storing a referral"))?;
                    for (position, part) in referral.evidence.iter().enumerate() {
                        sqlx::query(
                            "INSERT INTO referral_evidence (referral_id, position, name, role, \
                             media_type, sha256, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                        )
                        .bind(referral.id.to_string())
                        .bind(i64::try_from(position).unwrap_or(i64::MAX))
                        .bind(&part.name)
                        .bind(&part.role)
                        .bind(&part.media_type)
                        .bind(&part.sha256)
                        .bind(&part.bytes)
                        .execute(&mut *tx)
                        .await
                        .map_err(db("storing evidence"))?;
                    }
                    let mut details = format!(
                        "referral_id={}; target={}; channel={}; kind={}; urls={}",
                        referral.id,
                        referral.target,
                        referral.channel,
                        referral.notice_kind,
                        referral.urls.len()
                    );
                    if let Some(due) = referral.due_at {
                        details.push_str(&format!("; due={due}"));
                    }
                    if !referral.evidence.is_empty() {
                        details.push_str(&format!("; evidence_parts={}", referral.evidence.len()));
                    }
                    append_audit_in(
                        &mut tx,
                        audit(
                            &referral.created_by,
                            upstander_core::AuditAction::ReferralMade,
                            item,
                            details,
                        ),
                    )
                    .await?;
                }
                tx.commit().await.map_err(db("storing referrals"))?;
                Ok(())
            }

            async fn resolve_referral_id(
                &self,
                id_or_prefix: &str,
            ) -> $crate::Result<upstander_core::ReferralId> {
                use $crate::referrals::*;
                if let Ok(id) = upstander_core::ReferralId::parse(id_or_prefix) {
                    return Ok(id);
                }
                let prefix = referral_prefix(id_or_prefix)?;
                let ids: Vec<String> =
                    sqlx::query_scalar("SELECT id FROM referrals WHERE id LIKE $1 LIMIT 2")
                        .bind(format!("{prefix}%"))
                        .fetch_all(&self.pool)
                        .await
                        .map_err(db("finding a referral"))?;
                match ids.as_slice() {
                    [] => Err($crate::StoreError::NotFound {
                        what: "referral",
                        id: prefix,
                    }),
                    [one] => referral_id(one),
                    _ => Err($crate::StoreError::Invalid {
                        field: format!("referral id '{prefix}'"),
                        reason: "matches several referrals; give more characters".to_owned(),
                    }),
                }
            }

            async fn referral(
                &self,
                id: upstander_core::ReferralId,
            ) -> $crate::Result<$crate::referrals::ReferralRecord> {
                Self::referral_in(&self.pool, &id.to_string()).await
            }

            async fn list_referrals(
                &self,
                filter: &$crate::referrals::ReferralFilter,
            ) -> $crate::Result<Vec<$crate::referrals::ReferralRecord>> {
                use $crate::referrals::*;
                let (sql, binds) = filter_sql(filter);
                let mut query = sqlx::query_as::<_, ReferralRow>(sqlx::AssertSqlSafe(sql));
                for bind in binds {
                    query = match bind {
                        Bind::Text(text) => query.bind(text),
                        Bind::Int(n) => query.bind(n),
                    };
                }
                query
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("listing referrals"))?
                    .into_iter()
                    .map(ReferralRow::into_record)
                    .collect()
            }

            async fn record_referral_times(
                &self,
                id: upstander_core::ReferralId,
                times: &$crate::referrals::ReferralTimes,
                actor: &str,
            ) -> $crate::Result<$crate::referrals::ReferralRecord> {
                use $crate::workflow::audit;
                let id = id.to_string();
                let mut tx = self.write_transaction().await?;
                let before = Self::referral_in(&mut *tx, &id).await?;
                let mut details: Vec<String> = Vec::new();
                for (field, at) in [
                    ("acknowledged_at", times.acknowledged_at),
                    ("decided_at", times.decided_at),
                    ("actioned_at", times.actioned_at),
                ] {
                    if let Some(at) = at {
                        if at < before.created_at {
                            return Err($crate::StoreError::Invalid {
                                field: field.to_owned(),
                                reason: format!(
                                    "{at} is before the referral was made ({})",
                                    before.created_at
                                ),
                            });
                        }
                        details.push(format!("{field}={at}"));
                    }
                }
                if details.is_empty() {
                    return Ok(before);
                }
                sqlx::query(
                    "UPDATE referrals SET acknowledged_at = coalesce($1, acknowledged_at), \
                     decided_at = coalesce($2, decided_at), \
                     actioned_at = coalesce($3, actioned_at) WHERE id = $4",
                )
                .bind(times.acknowledged_at.map($crate::model::micros))
                .bind(times.decided_at.map($crate::model::micros))
                .bind(times.actioned_at.map($crate::model::micros))
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(db("recording response times"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        actor,
                        upstander_core::AuditAction::ReferralUpdated,
                        before.item_id.to_string(),
                        format!("referral_id={id}; {}", details.join("; ")),
                    ),
                )
                .await?;
                let after = Self::referral_in(&mut *tx, &id).await?;
                tx.commit().await.map_err(db("recording response times"))?;
                Ok(after)
            }

            async fn escalate_referral(
                &self,
                id: upstander_core::ReferralId,
                actor: &str,
                at: upstander_core::Timestamp,
                reason: &str,
            ) -> $crate::Result<bool> {
                use $crate::workflow::audit;
                crate::no_nul("reason", reason)?;
                let id = id.to_string();
                let mut tx = self.write_transaction().await?;
                let before = Self::referral_in(&mut *tx, &id).await?;
                if before.escalated_at.is_some() {
                    return Ok(false);
                }
                sqlx::query(
                    "UPDATE referrals SET escalated_at = $1, escalated_by = $2 \
                     WHERE id = $3 AND escalated_at IS NULL",
                )
                .bind($crate::model::micros(at))
                .bind(actor)
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(db("escalating a referral"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        actor,
                        upstander_core::AuditAction::ReferralEscalated,
                        before.item_id.to_string(),
                        format!("referral_id={id}; target={}; {reason}", before.target),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("escalating a referral"))?;
                Ok(true)
            }

            async fn record_referral_outcome(
                &self,
                id: upstander_core::ReferralId,
                outcome: &$crate::referrals::ReferralOutcomeRecord,
                actor: &str,
            ) -> $crate::Result<$crate::referrals::ReferralRecord> {
                use $crate::workflow::audit;
                crate::no_nul("outcome", &outcome.outcome)?;
                crate::no_nul("source", &outcome.source)?;
                crate::no_nul("detail", &outcome.detail)?;
                let id = id.to_string();
                let mut tx = self.write_transaction().await?;
                let before = Self::referral_in(&mut *tx, &id).await?;
                // Response times before the referral would make negative durations; a
                // statement dated by day only can fall before a same-day referral.
                let not_before = |t: Option<upstander_core::Timestamp>| {
                    t.map(|t| t.max(before.created_at))
                };
                sqlx::query(
                    "UPDATE referrals SET outcome = $1, outcome_source = $2, outcome_detail = $3, \
                     outcome_at = $4, decided_at = coalesce(decided_at, $5), \
                     actioned_at = coalesce(actioned_at, $6) WHERE id = $7",
                )
                .bind(&outcome.outcome)
                .bind(&outcome.source)
                .bind(&outcome.detail)
                .bind($crate::model::micros(outcome.at))
                .bind(not_before(outcome.decided_at).map($crate::model::micros))
                .bind(not_before(outcome.actioned_at).map($crate::model::micros))
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(db("recording an outcome"))?;
                let mut details = format!(
                    "referral_id={id}; outcome={}; source={}",
                    outcome.outcome, outcome.source
                );
                if let Some(previous) = &before.outcome {
                    details.push_str(&format!("; replaces={previous}"));
                }
                append_audit_in(
                    &mut tx,
                    audit(
                        actor,
                        upstander_core::AuditAction::OutcomeRecorded,
                        before.item_id.to_string(),
                        details,
                    ),
                )
                .await?;
                let after = Self::referral_in(&mut *tx, &id).await?;
                tx.commit().await.map_err(db("recording an outcome"))?;
                Ok(after)
            }

            async fn record_recheck(
                &self,
                id: upstander_core::ReferralId,
                check: &$crate::referrals::RecheckRecord,
                actor: &str,
            ) -> $crate::Result<$crate::referrals::ReferralRecord> {
                use $crate::workflow::audit;
                crate::no_nul("result", &check.result)?;
                crate::no_nul("detail", &check.detail)?;
                let id = id.to_string();
                let mut tx = self.write_transaction().await?;
                let before = Self::referral_in(&mut *tx, &id).await?;
                sqlx::query(
                    "UPDATE referrals SET last_check = $1, last_checked_at = $2, \
                     reuploads = $3 WHERE id = $4",
                )
                .bind(&check.result)
                .bind($crate::model::micros(check.at))
                .bind(i64::from(check.reuploads))
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(db("recording a re-check"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        actor,
                        upstander_core::AuditAction::LinkRechecked,
                        before.item_id.to_string(),
                        format!(
                            "referral_id={id}; result={}; reuploads={}; {}",
                            check.result, check.reuploads, check.detail
                        ),
                    ),
                )
                .await?;
                let after = Self::referral_in(&mut *tx, &id).await?;
                tx.commit().await.map_err(db("recording a re-check"))?;
                Ok(after)
            }

            async fn evidence_parts(
                &self,
                id: upstander_core::ReferralId,
            ) -> $crate::Result<Vec<$crate::referrals::EvidencePartRecord>> {
                use $crate::referrals::*;
                Ok(sqlx::query_as::<_, EvidenceRow>(
                    "SELECT name, role, media_type, sha256, bytes FROM referral_evidence \
                     WHERE referral_id = $1 ORDER BY position",
                )
                .bind(id.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(db("reading evidence"))?
                .into_iter()
                .map(EvidenceRow::into_part)
                .collect())
            }

            async fn decision_facts(
                &self,
                from: upstander_core::Timestamp,
                to: upstander_core::Timestamp,
                limit: u32,
            ) -> $crate::Result<Vec<$crate::referrals::DecisionFact>> {
                use $crate::referrals::*;
                sqlx::query_as::<_, DecisionFactRow>(concat!(
                    "SELECT d.id", $text, " AS id, d.item_id", $text, " AS item_id, d.action, ",
                    "d.category, ", $us_open, "d.decided_at", $us_close, " AS decided_at, ",
                    "n.next_action, ",
                    "EXISTS (SELECT 1 FROM second_reviews AS s WHERE s.decision_id = d.id", $text,
                    " AND s.approved = 0) AS sent_back, ",
                    "EXISTS (SELECT 1 FROM appeals AS a WHERE a.item_id = d.item_id", $text,
                    " AND a.at >= ", $us_open, "d.decided_at", $us_close,
                    " AND (n.next_at IS NULL OR a.at < n.next_at)) AS appealed, ",
                    "EXISTS (SELECT 1 FROM reports AS r WHERE r.item_id = d.item_id", $text,
                    ") AS reported ",
                    "FROM decisions AS d JOIN (SELECT e.seq, ",
                    "lead(e.action) OVER (PARTITION BY e.item_id ORDER BY e.seq) AS next_action, ",
                    "lead(", $us_open, "e.decided_at", $us_close,
                    ") OVER (PARTITION BY e.item_id ORDER BY e.seq) AS next_at ",
                    "FROM decisions AS e) AS n ON n.seq = d.seq ",
                    "WHERE d.decided_at >= ", $ts_open, "$1", $ts_close,
                    " AND d.decided_at < ", $ts_open, "$2", $ts_close,
                    " ORDER BY d.seq LIMIT $3"
                ))
                .bind($crate::model::micros(from))
                .bind($crate::model::micros(to))
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(db("reading decisions"))?
                .into_iter()
                .map(DecisionFactRow::into_fact)
                .collect()
            }

            async fn claim_started_at(
                &self,
                item: upstander_core::ItemId,
                username: &str,
                before: upstander_core::Timestamp,
            ) -> $crate::Result<Option<upstander_core::Timestamp>> {
                let at: Option<i64> = sqlx::query_scalar(
                    "SELECT at FROM audit_log WHERE action = 'item_claimed' AND subject = $1 \
                     AND actor = $2 AND at <= $3 ORDER BY seq DESC LIMIT 1",
                )
                .bind(item.to_string())
                .bind(username)
                .bind($crate::model::micros(before))
                .fetch_optional(&self.pool)
                .await
                .map_err(db("reading when a review began"))?;
                at.map(|t| $crate::model::timestamp(t, "audit time"))
                    .transpose()
            }
        }
    };
}

pub(crate) use referral_store_impl;

/// Names the sqlx database type of a backend, so the shared statements can name executors.
pub(crate) trait Backend {
    type Db: sqlx::Database;
}
