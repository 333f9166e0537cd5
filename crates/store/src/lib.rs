//! Upstander's storage: the only crate that writes SQL.
//!
//! It owns the [`Store`] trait, a set of domain-level operations (store a batch of incoming
//! posts and group the copies, list the queue, record a decision, append to and read the
//! hash-chained audit log), and two implementations:
//! SQLite, embedded and the default, and PostgreSQL for scale. Each backend has its own
//! migrations under `migrations/<backend>/`; both pass the same conformance suite in
//! `tests/it/`. Nothing from sqlx appears in the trait, so callers never learn which database
//! they talk to. It deliberately knows nothing of detection, parsing or HTTP: the values it
//! stores arrive already normalised, keyed and assessed.
//!
//! [`open`] picks the backend from a database URL and applies its migrations. A batch is
//! grouped in memory by one shared planner (so both backends group identically) after a few
//! set-based lookups, and written with a handful of multi-row statements per table rather than
//! several round trips per post. Near copies are found in two steps: candidates are the items
//! that share a locality-sensitive key ([`IncomingPost::near_keys`]) with the post, looked up
//! in an index, and a candidate is confirmed when its SimHash is within
//! [`GroupingRules::max_hamming`] bits. Times are kept to the microsecond.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod model;
mod plan;
mod postgres;
mod referrals;
mod sqlite;
mod url;
mod workflow;

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use upstander_core::{
    Assessment, AuditAction, AuditEntry, Decision, ItemFilter, ItemId, ItemStatus, NewDecision,
    NewPost, Post, QueueItem, Timestamp,
};

pub use crate::postgres::PostgresStore;
pub use crate::referrals::{
    DecisionFact, EvidencePartRecord, MAX_REFERRAL_PAGE, MILESTONES, NewReferral, RecheckRecord,
    ReferralFilter, ReferralOutcomeRecord, ReferralRecord, ReferralStore, ReferralTimes,
};
pub use crate::sqlite::SqliteStore;
pub use crate::workflow::{
    HubStore, MAX_IDS_PER_CALL, NewReportRecord, NewSession, NewUserRecord, PUBLIC_ACTOR,
    SessionRecord, UserChange, UserRecord,
};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The thing asked for does not exist.
    #[error("{what} {id} not found")]
    NotFound {
        /// What kind of thing (`item`, `post`).
        what: &'static str,
        /// The id or prefix asked for.
        id: String,
    },
    /// A short id (a prefix or a suffix of ids) matched more than one item.
    #[error("short id '{prefix}' is ambiguous: it matches {count} items; give more characters")]
    Ambiguous {
        /// The short id given, trimmed (a prefix, a suffix, or digits that could be either).
        prefix: String,
        /// How many matched.
        count: usize,
    },
    /// The database URL is not one this crate understands.
    #[error(
        "unsupported database URL '{0}': use sqlite://PATH (or a plain file path) or postgres://…"
    )]
    UnsupportedUrl(String),
    /// Stored data could not be read back (a bug or a hand-edited database).
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// Applying migrations failed.
    #[error("database migration failed: {0}")]
    Migration(String),
    /// The database reported an error.
    #[error("database error: {0}")]
    Database(String),
    /// The change clashes with what is stored now (a claim held by someone else, an item no
    /// longer in the state the change expects, a username already taken).
    #[error("{0}")]
    Conflict(String),
    /// A value the store refuses to keep, named by its field (`batch[3].ingest_key`); nothing
    /// of the call that got it was stored.
    #[error("{field}: {reason}")]
    Invalid {
        /// Which value: a path into the input, from the argument down to the field, such as
        /// `batch[3].post.text` for the text of the fourth post of a batch, `decision.note`, or
        /// `item id '…'` for a short id that cannot name an item.
        field: String,
        /// Why it is refused and, where it helps, what to do instead (`contains a NUL
        /// character at byte 12; strip control characters first`).
        reason: String,
    },
}

impl StoreError {
    fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        StoreError::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// The same error with its field placed under `parent` (`ingest_key` → `batch[3].ingest_key`).
    fn under(self, parent: &str) -> Self {
        match self {
            StoreError::Invalid { field, reason } => StoreError::Invalid {
                field: format!("{parent}.{field}"),
                reason,
            },
            other => other,
        }
    }
}

/// `Result` with [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A post on its way into the store, with the keys the store groups by.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingPost {
    /// The post itself.
    pub post: NewPost,
    /// Idempotency key: a post whose key is already stored is skipped, so re-running an ingest
    /// adds nothing.
    pub ingest_key: String,
    /// Exact-copy key: posts with the same key are one queue item.
    pub content_key: String,
    /// Near-copy fingerprint (64-bit SimHash): a near-copy candidate joins when its item's
    /// fingerprint is within [`GroupingRules::max_hamming`] bits of this one.
    pub simhash: u64,
    /// LSH keys for near-copy candidate lookup: an item is a near-copy candidate when it shares
    /// any key with the post. May be empty (the post then groups only as an exact copy); at
    /// most [`MAX_NEAR_KEYS`], and repeats count once. An item keeps the keys of its first
    /// copy only.
    pub near_keys: Vec<u64>,
    /// What detection made of this copy.
    pub assessment: Assessment,
}

/// Most near-copy keys one post may carry ([`IncomingPost::near_keys`]); a few are enough to
/// find near copies, and the bound keeps one post from writing an unbounded number of rows.
pub const MAX_NEAR_KEYS: usize = 64;

/// The earliest `created_at` accepted: 0001-01-01T00:00:00Z. PostgreSQL cannot hold much
/// earlier times, and a post claiming one is a parsing error upstream.
const EARLIEST_CREATED_AT_US: i64 = -62_135_596_800_000_000;

impl IncomingPost {
    /// Checks that the store can keep this post exactly as given; `ingest_batch` runs it on
    /// every post before writing anything, so a caller that wants to set bad posts aside (and
    /// store the rest) can run it first.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] naming the field: an empty ingest or content key, more than
    /// [`MAX_NEAR_KEYS`] near keys, a NUL character in any text (PostgreSQL cannot store one),
    /// an engagement above `i64::MAX`, a `created_at` before year 1 or in jiff's last second,
    /// or a score that is not a finite number.
    pub fn validate(&self) -> Result<()> {
        for (field, value) in [
            ("ingest_key", &self.ingest_key),
            ("content_key", &self.content_key),
        ] {
            if value.is_empty() {
                return Err(StoreError::invalid(field, "must not be empty"));
            }
            no_nul(field, value)?;
        }
        if self.near_keys.len() > MAX_NEAR_KEYS {
            return Err(StoreError::invalid(
                "near_keys",
                format!(
                    "{} keys is more than the {MAX_NEAR_KEYS} a post may carry",
                    self.near_keys.len()
                ),
            ));
        }
        let post = &self.post;
        no_nul("post.text", &post.text)?;
        for (field, value) in [
            ("post.source_id", &post.source_id),
            ("post.author", &post.author),
            ("post.url", &post.url),
            ("post.lang", &post.lang),
        ] {
            if let Some(value) = value {
                no_nul(field, value)?;
            }
        }
        if let Some(engagement) = post.engagement
            && i64::try_from(engagement).is_err()
        {
            return Err(StoreError::invalid(
                "post.engagement",
                format!(
                    "{engagement} is larger than the store can hold ({})",
                    i64::MAX
                ),
            ));
        }
        if let Some(created_at) = post.created_at {
            let micros = created_at.as_microsecond();
            if micros < EARLIEST_CREATED_AT_US {
                return Err(StoreError::invalid(
                    "post.created_at",
                    format!("{created_at} is before year 1; the source's date was misread"),
                ));
            }
            // The last instants jiff can name have no exact microsecond form to read back.
            if Timestamp::from_microsecond(micros).is_err() {
                return Err(StoreError::invalid(
                    "post.created_at",
                    format!("{created_at} is too far in the future to store"),
                ));
            }
        }
        let assessment = &self.assessment;
        finite("assessment.score", assessment.score)?;
        for (i, category) in assessment.categories.iter().enumerate() {
            no_nul(&format!("assessment.categories[{i}].id"), &category.id)?;
            finite(&format!("assessment.categories[{i}].score"), category.score)?;
        }
        for (i, signal) in assessment.signals.iter().enumerate() {
            finite(
                &format!("assessment.signals[{i}].strength"),
                signal.strength,
            )?;
        }
        Ok(())
    }
}

fn no_nul(field: &str, value: &str) -> Result<()> {
    match value.find('\0') {
        Some(at) => Err(StoreError::invalid(
            field,
            format!("contains a NUL character at byte {at}; strip control characters first"),
        )),
        None => Ok(()),
    }
}

fn finite(field: &str, value: f32) -> Result<()> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(StoreError::invalid(
            field,
            format!("{value} is not a finite number"),
        ))
    }
}

/// Checks a whole batch, naming the first bad post by its index.
fn validate_batch(batch: &[IncomingPost]) -> Result<()> {
    for (i, post) in batch.iter().enumerate() {
        post.validate()
            .map_err(|e| e.under(&format!("batch[{i}]")))?;
    }
    Ok(())
}

/// Checks a decision's text fields, which PostgreSQL cannot store with a NUL in them.
fn validate_decision(decision: &NewDecision) -> Result<()> {
    no_nul("decision.reviewer", &decision.reviewer)?;
    if let Some(category) = &decision.category {
        no_nul("decision.category", category)?;
    }
    if let Some(group) = &decision.target_group {
        no_nul("decision.target_group", group)?;
    }
    for (name, list) in [
        ("legal_grounds", &decision.legal_grounds),
        ("policy_grounds", &decision.policy_grounds),
    ] {
        for (i, ground) in list.iter().enumerate() {
            no_nul(&format!("decision.{name}[{i}]"), ground)?;
        }
    }
    if let Some(note) = &decision.note {
        no_nul("decision.note", note)?;
    }
    Ok(())
}

/// An audit entry as a caller asks for it; the store numbers, times, chains and hashes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEntry {
    /// Who did it (user name); must not be empty.
    pub actor: String,
    /// What was done.
    pub action: AuditAction,
    /// What it was done to, such as an item id.
    pub subject: String,
    /// Particulars (`key=value; …` or a JSON text), hashed exactly as given.
    pub details: String,
}

/// Most entries [`Store::audit_entries`] returns at once.
pub const MAX_AUDIT_PAGE: u32 = 10_000;

fn validate_audit(entry: &NewAuditEntry) -> Result<()> {
    if entry.actor.trim().is_empty() {
        return Err(StoreError::invalid("audit.actor", "must not be empty"));
    }
    no_nul("audit.actor", &entry.actor)?;
    no_nul("audit.subject", &entry.subject)?;
    no_nul("audit.details", &entry.details)
}

/// The entry that follows `last` (the latest stored entry's seq and hash, if any).
fn chained_entry(last: Option<(i64, String)>, new: NewAuditEntry) -> Result<AuditEntry> {
    let (seq, prev_hash) = match last {
        None => (1, upstander_core::GENESIS_HASH.to_owned()),
        Some((seq, hash)) => {
            let next = u64::try_from(seq)
                .ok()
                .and_then(|s| s.checked_add(1))
                .filter(|s| i64::try_from(*s).is_ok())
                .ok_or_else(|| {
                    StoreError::Corrupt(format!("the last audit entry has seq {seq}"))
                })?;
            (next, hash)
        }
    };
    let at = model::now();
    let hash = upstander_core::entry_hash(
        &prev_hash,
        seq,
        at,
        &new.actor,
        new.action,
        &new.subject,
        &new.details,
    );
    Ok(AuditEntry {
        seq,
        at,
        actor: new.actor,
        action: new.action,
        subject: new.subject,
        details: new.details,
        prev_hash,
        hash,
    })
}

/// The status a decision leaves its item in: decided, or waiting for a second review when
/// the decision is serious enough to need one.
fn status_after(decision: &NewDecision) -> ItemStatus {
    if upstander_core::needs_second_review(decision.action, decision.severity) {
        ItemStatus::AwaitingSecondReview
    } else {
        ItemStatus::Decided
    }
}

/// The audit entry that goes with a decision, written in the decision's transaction.
fn decision_audit(decision: &Decision) -> NewAuditEntry {
    let d = &decision.decision;
    let mut details = format!(
        "decision_id={}; action={}; severity={}",
        decision.id, d.action, d.severity
    );
    if let Some(category) = &d.category {
        details.push_str(&format!("; category={category}"));
    }
    if let Some(group) = &d.target_group {
        details.push_str(&format!("; target_group={group}"));
    }
    if !d.legal_grounds.is_empty() {
        details.push_str(&format!("; legal_grounds={}", d.legal_grounds.join(",")));
    }
    if !d.policy_grounds.is_empty() {
        details.push_str(&format!("; policy_grounds={}", d.policy_grounds.join(",")));
    }
    if status_after(d) == ItemStatus::AwaitingSecondReview {
        details.push_str("; awaiting_second_review");
    }
    NewAuditEntry {
        actor: d.reviewer.clone(),
        action: AuditAction::DecisionRecorded,
        subject: d.item_id.to_string(),
        details,
    }
}

/// The audit entry that goes with reopening an item.
fn reopen_audit(id: ItemId, actor: &str, from: ItemStatus) -> NewAuditEntry {
    NewAuditEntry {
        actor: actor.to_owned(),
        action: AuditAction::ItemReopened,
        subject: id.to_string(),
        details: format!("from={from}; to=open"),
    }
}

/// Who [`Store::set_item_status`] names in the audit log, since it is not told.
pub const UNATTRIBUTED_ACTOR: &str = "unattributed";

/// What a short id asks for: the full id, or the ids it could be a prefix or a suffix of (an
/// all-hex short id such as `0190f5a2` can be either, and both are looked up).
enum IdQuery {
    Full(ItemId),
    Short {
        /// Inclusive bounds of the ids starting with it.
        prefix: Option<Prefix>,
        /// The ids ending with it.
        suffix: Option<model::Suffix>,
    },
}

/// Ids that start with `given`: a range of the primary key.
struct Prefix {
    given: String,
    low: String,
    high: String,
}

/// Shortest id prefix accepted, in hex digits.
const MIN_PREFIX_HEX: usize = 4;

fn id_query(short_id: &str) -> Result<IdQuery> {
    let given = short_id.trim().to_ascii_lowercase();
    if let Ok(id) = ItemId::parse(&given) {
        return Ok(IdQuery::Full(id));
    }
    let field = || {
        format!(
            "item id '{}'",
            short_id.chars().take(40).collect::<String>()
        )
    };
    let prefix = if given.chars().filter(char::is_ascii_hexdigit).count() >= MIN_PREFIX_HEX {
        model::prefix_bounds(&given).map(|(low, high)| Prefix {
            given: given.clone(),
            low,
            high,
        })
    } else {
        None
    };
    let suffix = model::Suffix::parse(&given);
    if prefix.is_none() && suffix.is_none() {
        return Err(StoreError::invalid(
            field(),
            format!(
                "give the full id (such as 0190f5a2-6b1c-7c3d-8e9f-0a1b2c3d4e5f), its first \
                 {MIN_PREFIX_HEX} or more hex digits, or its last {} or more",
                model::MIN_SUFFIX_HEX
            ),
        ));
    }
    Ok(IdQuery::Short { prefix, suffix })
}

/// What a backend found for a short id: how many ids have the prefix and the smallest of them,
/// and every id with the suffix.
struct ShortMatches {
    prefix_count: i64,
    prefix_first: Option<String>,
    suffix_ids: Vec<String>,
}

/// Settles a short id from what the backend found: one item in all, or an error that says why
/// not. An id found both as a prefix and as a suffix match counts once.
fn settle_short_id(short_id: &str, prefix: Option<&Prefix>, found: ShortMatches) -> Result<ItemId> {
    let suffix_only: Vec<String> = found
        .suffix_ids
        .into_iter()
        .filter(|id| prefix.is_none_or(|p| !id.starts_with(&p.given)))
        .collect();
    let count = usize::try_from(found.prefix_count)
        .unwrap_or(usize::MAX)
        .saturating_add(suffix_only.len());
    match count {
        0 => Err(StoreError::NotFound {
            what: "item",
            id: short_id.trim().to_owned(),
        }),
        1 => {
            let id = found
                .prefix_first
                .or_else(|| suffix_only.into_iter().next())
                .ok_or_else(|| StoreError::Corrupt("a counted id was not returned".into()))?;
            model::item_id(&id)
        }
        count => Err(StoreError::Ambiguous {
            prefix: short_id.trim().to_owned(),
            count,
        }),
    }
}

/// Opens the store a database URL names and brings its schema up to date.
///
/// `sqlite://PATH`, `sqlite:PATH` or a plain path (`./upstander.db`) open SQLite, creating
/// the file if missing; `sqlite::memory:` opens a private in-memory database (for tests);
/// `postgres://…` or `postgresql://…` connect to PostgreSQL.
///
/// # Errors
/// [`StoreError::UnsupportedUrl`] for any other URL (with its password masked),
/// [`StoreError::Database`] when the database cannot be opened, and
/// [`StoreError::Migration`] when its schema cannot be brought up to date.
pub async fn open(url: &str) -> Result<SharedStore> {
    match url::parse(url) {
        Some(url::Target::SqliteFile(path)) => open_sqlite(&path).await,
        Some(url::Target::SqliteMemory) => Ok(Arc::new(SqliteStore::open_in_memory().await?)),
        Some(url::Target::Postgres) => open_postgres(url).await,
        None => Err(StoreError::UnsupportedUrl(url::redact(url.trim()))),
    }
}

/// Opens (creating if missing) the SQLite database at `path`; see [`SqliteStore::open`].
///
/// # Errors
/// As [`SqliteStore::open`].
pub async fn open_sqlite(path: &Path) -> Result<SharedStore> {
    Ok(Arc::new(SqliteStore::open(path).await?))
}

/// Connects to PostgreSQL; see [`PostgresStore::connect`].
///
/// # Errors
/// As [`PostgresStore::connect`].
pub async fn open_postgres(url: &str) -> Result<SharedStore> {
    Ok(Arc::new(PostgresStore::connect(url).await?))
}

/// Masks the password in a database URL, for logs and messages.
#[must_use]
pub fn redact_url(url: &str) -> String {
    url::redact(url)
}

/// How copies are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupingRules {
    /// Confirmation threshold: the largest Hamming distance between the 64-bit SimHash of a
    /// post and that of a candidate item (one sharing a near key) that still makes the post a
    /// near copy; 0 turns near grouping off, leaving exact grouping only.
    ///
    /// The default, 10, comes from measurements of the SimHash of the canonical words on real
    /// text: changing one word of a 20-word post flips about 5.6 bits on average and 10 or
    /// fewer in 98% of cases, while unrelated posts average about 31 bits and none came within
    /// 16.
    pub max_hamming: u32,
}

impl Default for GroupingRules {
    fn default() -> Self {
        Self { max_hamming: 10 }
    }
}

/// What one batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Posts newly stored.
    pub stored: u64,
    /// Posts skipped because their ingest key was already stored.
    pub already_stored: u64,
    /// Stored posts that started a new queue item.
    pub new_items: u64,
    /// Stored posts that joined an item as an exact copy.
    pub exact_copies: u64,
    /// Stored posts that joined an item as a near copy.
    pub near_copies: u64,
}

impl BatchOutcome {
    /// Adds another batch's counts to this one.
    pub fn add(&mut self, other: BatchOutcome) {
        self.stored += other.stored;
        self.already_stored += other.already_stored;
        self.new_items += other.new_items;
        self.exact_copies += other.exact_copies;
        self.near_copies += other.near_copies;
    }
}

/// An item with everything a reviewer needs to see.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemDetail {
    /// The item.
    pub item: QueueItem,
    /// Every copy, oldest first. The first is the first copy seen; the item's representative
    /// is the copy whose assessment it keeps, which may be a later one.
    pub copies: Vec<Post>,
    /// Decisions, oldest first.
    pub decisions: Vec<Decision>,
}

/// Counts for a status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreCounts {
    /// Posts stored.
    pub posts: u64,
    /// Items by status: open, decided, cleared.
    pub open: u64,
    /// Decided items.
    pub decided: u64,
    /// Cleared items.
    pub cleared: u64,
    /// Decisions recorded.
    pub decisions: u64,
}

/// Durable storage for posts, queue items, decisions and the audit log; the accounts, reports
/// and review workflow are its supertrait [`HubStore`], referrals and their outcomes
/// [`ReferralStore`].
///
/// Object-safe: the application holds an `Arc<dyn Store>`.
#[async_trait]
pub trait Store: HubStore + ReferralStore + Send + Sync + 'static {
    /// Which backend this is (`"sqlite"` or `"postgres"`), for logs.
    fn backend(&self) -> &'static str;

    /// Stores a batch in one transaction, in order. Each post is skipped if its ingest key is
    /// known; otherwise it is stored and joins the item with the same content key, or else the
    /// nearest item that shares one of its near keys and lies within `rules.max_hamming`
    /// SimHash bits (the older item on a tie), or else starts a new item (status `open` when
    /// its verdict is flag, `cleared` otherwise). A flagged copy joining a cleared item reopens
    /// it with the copy's assessment; among flagged copies the item keeps the stronger
    /// assessment. The item's representative (and its platform) is the copy whose assessment
    /// it keeps. Either the whole batch is durable when this returns or none of it is.
    async fn ingest_batch(
        &self,
        batch: &[IncomingPost],
        rules: GroupingRules,
    ) -> Result<BatchOutcome>;

    /// Lists items matching `filter`, highest priority first, then oldest first.
    async fn list_items(&self, filter: &ItemFilter) -> Result<Vec<QueueItem>>;

    /// Resolves a full id, a unique prefix of one (at least 4 hex digits), or a unique suffix
    /// of one (at least 6 hex digits of its last group, such as its last 8 characters) to an
    /// item id. Suffixes matter because UUIDv7 ids begin with their creation time: items
    /// created together share their first dozen digits, while the last ones are random.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] when no item matches, [`StoreError::Ambiguous`] when several
    /// do, and [`StoreError::Invalid`] when the text cannot be part of an id.
    async fn resolve_item_id(&self, id_or_prefix: &str) -> Result<ItemId>;

    /// One item with its copies and decisions.
    async fn get_item(&self, id: ItemId) -> Result<ItemDetail>;

    /// Records a decision and marks the item `decided`, and appends its `decision_recorded`
    /// audit entry in the same transaction, so no decision exists without one. Deciding again
    /// appends a new decision; earlier ones are kept.
    async fn record_decision(&self, decision: &NewDecision) -> Result<Decision>;

    /// Sets an item's status directly (used to reopen an item), as
    /// [`Store::set_item_status_as`] with the actor [`UNATTRIBUTED_ACTOR`].
    async fn set_item_status(&self, id: ItemId, status: ItemStatus) -> Result<()> {
        self.set_item_status_as(id, status, UNATTRIBUTED_ACTOR)
            .await
            .map(|_| ())
    }

    /// Sets an item's status directly. Setting a decided or cleared item to `open` appends an
    /// `item_reopened` audit entry by `actor` in the same transaction, and returns it.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown item, [`StoreError::Invalid`] for an empty
    /// actor or one with a NUL character.
    async fn set_item_status_as(
        &self,
        id: ItemId,
        status: ItemStatus,
        actor: &str,
    ) -> Result<Option<AuditEntry>>;

    /// Appends an entry to the audit log: numbered after the last one, timed now, chained to
    /// its hash. Appenders are serialised, so concurrent calls (from any process) form one
    /// chain.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] for an empty actor or a NUL character in any field.
    async fn append_audit(&self, entry: NewAuditEntry) -> Result<AuditEntry>;

    /// Audit entries with `seq > after_seq`, lowest first, at most `limit` (capped at
    /// [`MAX_AUDIT_PAGE`]); page through the log by passing the last seq seen.
    async fn audit_entries(&self, after_seq: u64, limit: u32) -> Result<Vec<AuditEntry>>;

    /// Counts for a status line.
    async fn counts(&self) -> Result<StoreCounts>;
}

/// Names the backend only: enough for logs and `#[derive(Debug)]` on values that hold a
/// store, and never a URL or password.
impl std::fmt::Debug for dyn Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend())
            .finish_non_exhaustive()
    }
}

/// A shared, type-erased store.
pub type SharedStore = Arc<dyn Store>;
