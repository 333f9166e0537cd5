//! The PostgreSQL backend, for deployments that outgrow one file.
//!
//! It mirrors the SQLite backend statement for statement: batches travel as JSON and are
//! expanded with `json_array_elements`; ids are `UUID` and times `TIMESTAMPTZ` in the tables
//! but text and microseconds on the wire, converted in SQL. Ingest batches are serialised
//! with a transaction-scoped advisory lock, so two processes storing copies of the same post
//! cannot both create its item, and the touched items are locked against a decision being
//! recorded while their copies are counted.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{AssertSqlSafe, Connection, Postgres, Transaction};
use upstander_core::{
    AuditEntry, Decision, DecisionId, ItemFilter, ItemId, ItemStatus, NewDecision, QueueItem,
};

use crate::model::{
    self, AuditRow, AuthorRow, CountsRow, DecisionRow, ItemStateRow, KeyRow, NearCandidateRow,
    PostRow, QueueRow,
};
use crate::plan::{Planner, Writes, to_json};
use crate::workflow::CLEAR_CLAIM;
use crate::{
    BatchOutcome, GroupingRules, IdQuery, IncomingPost, ItemDetail, NewAuditEntry, Result,
    ShortMatches, Store, StoreCounts, StoreError,
};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Connections in the pool.
const MAX_CONNECTIONS: u32 = 8;

/// How long to wait for a free connection (or for the server to answer) before failing.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// The PostgreSQL implementation of [`Store`].
pub struct PostgresStore {
    pool: PgPool,
    /// The URL with its password masked.
    redacted_url: String,
}

impl fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PostgresStore")
            .field("url", &self.redacted_url)
            .finish_non_exhaustive()
    }
}

fn db(context: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Database(format!("{context}: {e}"))
}

impl PostgresStore {
    /// Connects to the database at `url` (`postgres://user:password@host:port/database`)
    /// and applies migrations.
    ///
    /// # Errors
    /// [`StoreError::Database`] when the URL is malformed or the server cannot be reached,
    /// [`StoreError::Migration`] when the schema cannot be brought up to date. The password
    /// never appears in the message.
    pub async fn connect(url: &str) -> Result<Self> {
        let redacted_url = crate::url::redact(url);
        let fail = |what: &str, e: &dyn fmt::Display| {
            let message = crate::url::scrub(&e.to_string(), url);
            StoreError::Database(format!("{what} {redacted_url}: {message}"))
        };
        let options =
            PgConnectOptions::from_str(url).map_err(|e| fail("invalid PostgreSQL URL", &e))?;
        // One direct connection first. The pool treats a refused connection as a server
        // still starting and retries until its timeout, then reports only that it timed out;
        // the probe says at once what is wrong (refused, bad login, no such database).
        let probe = tokio::time::timeout(ACQUIRE_TIMEOUT, PgConnection::connect_with(&options))
            .await
            .map_err(|_| {
                StoreError::Database(format!(
                    "cannot connect to PostgreSQL at {redacted_url}: no answer within {} s",
                    ACQUIRE_TIMEOUT.as_secs()
                ))
            })?
            .map_err(|e| fail("cannot connect to PostgreSQL at", &e))?;
        // Closing is a courtesy to the server; the probe has done its job either way.
        let _ = probe.close().await;
        let pool = PgPoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(|e| fail("cannot connect to PostgreSQL at", &e))?;
        MIGRATOR.run(&pool).await.map_err(|e| {
            let message = crate::url::scrub(&e.to_string(), url);
            StoreError::Migration(format!("PostgreSQL database {redacted_url}: {message}"))
        })?;
        Ok(Self { pool, redacted_url })
    }

    /// Closes every connection, waiting for running statements to finish.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    async fn write_transaction(&self) -> Result<Transaction<'static, Postgres>> {
        self.pool
            .begin()
            .await
            .map_err(db("cannot start a write transaction"))
    }
}

crate::workflow::hub_store_impl!(
    PostgresStore,
    uuid = "::uuid",
    text = "::text",
    lock = " FOR UPDATE"
);

impl crate::referrals::Backend for PostgresStore {
    type Db = Postgres;
}

crate::referrals::referral_store_impl!(
    PostgresStore,
    uuid = "::uuid",
    text = "::text",
    us = ("upstander_us(", ")"),
    ts = ("upstander_ts(", ")")
);

/// Advisory lock key that serialises audit appenders across processes ("auditlg" in ASCII).
const AUDIT_LOCK: i64 = 0x0061_7564_6974_6c67;

const LAST_AUDIT: &str = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";

const INSERT_AUDIT: &str = "INSERT INTO audit_log (seq, at, actor, action, subject, details, \
     prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

const SELECT_AUDIT: &str = "SELECT seq, at, actor, action, subject, details, prev_hash, hash \
     FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2";

/// Appends an audit entry inside `tx`. The transaction-scoped advisory lock makes concurrent
/// appenders take turns: without it two could read the same last entry and fork the chain
/// (the primary key would then refuse the second, but as an error rather than a wait).
async fn append_audit_in(
    tx: &mut Transaction<'static, Postgres>,
    new: NewAuditEntry,
) -> Result<AuditEntry> {
    crate::validate_audit(&new)?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(AUDIT_LOCK)
        .execute(&mut **tx)
        .await
        .map_err(db("locking the audit log"))?;
    let last: Option<(i64, String)> = sqlx::query_as(LAST_AUDIT)
        .fetch_optional(&mut **tx)
        .await
        .map_err(db("reading the audit log"))?;
    let entry = crate::chained_entry(last, new)?;
    sqlx::query(INSERT_AUDIT)
        .bind(model::clamp_i64(entry.seq))
        .bind(model::micros(entry.at))
        .bind(&entry.actor)
        .bind(entry.action.as_str())
        .bind(&entry.subject)
        .bind(&entry.details)
        .bind(&entry.prev_hash)
        .bind(&entry.hash)
        .execute(&mut **tx)
        .await
        .map_err(db("appending to the audit log"))?;
    Ok(entry)
}

/// Advisory lock key that serialises ingest batches across processes ("upstand" in ASCII).
const INGEST_LOCK: i64 = 0x0075_7073_7461_6e64;

macro_rules! select_queue_row {
    () => {
        "SELECT i.id::text AS id, i.status, i.assessment::text AS assessment, i.severity, \
         i.copies, i.distinct_authors, i.reach, \
         upstander_us(i.first_seen) AS first_seen, upstander_us(i.last_seen) AS last_seen, \
         p.id::text AS rep_id, p.platform AS rep_platform, p.source_id AS rep_source_id, \
         p.text AS rep_text, p.author AS rep_author, p.url AS rep_url, \
         upstander_us(p.created_at) AS rep_created_at, p.lang AS rep_lang, \
         p.engagement AS rep_engagement, upstander_us(p.ingested_at) AS rep_ingested_at, \
         p.match_kind AS rep_match_kind \
         FROM items AS i JOIN posts AS p ON p.id = i.assessed_post_id"
    };
}

const SELECT_QUEUE_ROWS: &str = concat!(select_queue_row!(), " WHERE TRUE");

const QUEUE_ORDER: &str = " ORDER BY i.priority DESC, i.first_seen ASC, i.id ASC";

const SELECT_ITEM: &str = concat!(select_queue_row!(), " WHERE i.id = $1::uuid");

const SELECT_COPIES: &str = "SELECT id::text AS id, item_id::text AS item_id, platform, \
     source_id, text, author, url, upstander_us(created_at) AS created_at, lang, engagement, \
     upstander_us(ingested_at) AS ingested_at, match_kind \
     FROM posts WHERE item_id = $1::uuid ORDER BY seq";

const SELECT_DECISIONS: &str = "SELECT id::text AS id, item_id::text AS item_id, action, \
     category, severity, note, reviewer, upstander_us(decided_at) AS decided_at, \
     target_group, legal_grounds, policy_grounds FROM decisions WHERE item_id = $1::uuid ORDER BY seq";

const KNOWN_INGEST_KEYS: &str = "SELECT ingest_key FROM posts \
     WHERE ingest_key IN (SELECT json_array_elements_text($1::json))";

const KNOWN_CONTENT_KEYS: &str = "SELECT content_key, id::text AS item_id FROM items \
     WHERE content_key IN (SELECT json_array_elements_text($1::json)) \
     UNION ALL SELECT content_key, item_id::text FROM item_keys \
     WHERE content_key IN (SELECT json_array_elements_text($1::json))";

// Keys travel as JSON numbers and are read back through their text, so every bit survives.
const NEAR_CANDIDATES: &str = "SELECT k.near_key, upstander_us(i.first_seen) AS age, \
     i.id::text AS item_id, i.simhash \
     FROM item_near_keys AS k JOIN items AS i ON i.id = k.item_id \
     WHERE k.near_key IN (SELECT json_array_elements_text($1::json)::bigint)";

// FOR UPDATE: a decision recorded meanwhile waits until the batch commits, so the batch never
// writes back a status it read before the decision.
const ITEM_STATES: &str = "SELECT id::text AS id, status, flagged, severity, score, copies, \
     distinct_authors, reach FROM items \
     WHERE id IN (SELECT json_array_elements_text($1::json)::uuid) ORDER BY id FOR UPDATE";

const KNOWN_AUTHORS: &str = "SELECT a.item_id::text AS item_id, a.author \
     FROM json_array_elements($1::json) AS j(v) \
     JOIN item_authors AS a ON a.item_id = (j.v ->> 0)::uuid AND a.author = j.v ->> 1";

const INSERT_ITEMS: &str = "INSERT INTO items (id, short_key, status, content_key, simhash, \
     assessed_post_id, assessment, flagged, severity, score, top_category, categories, \
     platform, copies, distinct_authors, reach, priority, first_seen, last_seen) \
     SELECT (v ->> 'id')::uuid, (v ->> 'short_key')::bigint, v ->> 'status', \
     v ->> 'content_key', (v ->> 'simhash')::bigint, (v ->> 'assessed_post_id')::uuid, \
     (v ->> 'assessment')::json, (v ->> 'flagged')::bigint, (v ->> 'severity')::bigint, \
     (v ->> 'score')::float8, v ->> 'top_category', v ->> 'categories', v ->> 'platform', \
     (v ->> 'copies')::bigint, (v ->> 'distinct_authors')::bigint, (v ->> 'reach')::bigint, \
     (v ->> 'priority')::float8, upstander_ts((v ->> 'first_seen')::bigint), \
     upstander_ts((v ->> 'last_seen')::bigint) \
     FROM json_array_elements($1::json) AS e(v)";

const UPDATE_ITEMS: &str = "UPDATE items AS i SET status = u.status, copies = u.copies, \
     distinct_authors = u.distinct_authors, reach = u.reach, priority = u.priority, \
     last_seen = upstander_ts(u.last_seen), flagged = u.flagged, severity = u.severity, \
     score = u.score, \
     assessed_post_id = CASE WHEN u.replace = 1 THEN u.assessed_post_id ELSE i.assessed_post_id END, \
     assessment = CASE WHEN u.replace = 1 THEN u.assessment ELSE i.assessment END, \
     top_category = CASE WHEN u.replace = 1 THEN u.top_category ELSE i.top_category END, \
     categories = CASE WHEN u.replace = 1 THEN u.categories ELSE i.categories END, \
     platform = CASE WHEN u.replace = 1 THEN u.platform ELSE i.platform END \
     FROM (SELECT (v ->> 'id')::uuid AS id, v ->> 'status' AS status, \
           (v ->> 'copies')::bigint AS copies, \
           (v ->> 'distinct_authors')::bigint AS distinct_authors, \
           (v ->> 'reach')::bigint AS reach, (v ->> 'priority')::float8 AS priority, \
           (v ->> 'last_seen')::bigint AS last_seen, (v ->> 'replace')::bigint AS replace, \
           (v ->> 'assessed_post_id')::uuid AS assessed_post_id, \
           (v ->> 'assessment')::json AS assessment, (v ->> 'flagged')::bigint AS flagged, \
           (v ->> 'severity')::bigint AS severity, (v ->> 'score')::float8 AS score, \
           v ->> 'top_category' AS top_category, v ->> 'categories' AS categories, \
           v ->> 'platform' AS platform \
           FROM json_array_elements($1::json) AS e(v)) AS u \
     WHERE i.id = u.id";

const INSERT_KEYS: &str = "INSERT INTO item_keys (content_key, item_id) \
     SELECT v ->> 'content_key', (v ->> 'item_id')::uuid \
     FROM json_array_elements($1::json) AS e(v)";

const INSERT_NEAR_KEYS: &str = "INSERT INTO item_near_keys (near_key, item_id) \
     SELECT (v ->> 0)::bigint, (v ->> 1)::uuid FROM json_array_elements($1::json) AS e(v)";

const INSERT_AUTHORS: &str = "INSERT INTO item_authors (item_id, author) \
     SELECT (v ->> 'item_id')::uuid, v ->> 'author' FROM json_array_elements($1::json) AS e(v)";

// ORDER BY the position in the batch, so `seq` numbers the copies in arrival order.
const INSERT_POSTS: &str = "INSERT INTO posts (id, item_id, ingest_key, content_key, simhash, \
     platform, source_id, text, author, url, created_at, lang, engagement, ingested_at, \
     match_kind) \
     SELECT (v ->> 'id')::uuid, (v ->> 'item_id')::uuid, v ->> 'ingest_key', \
     v ->> 'content_key', (v ->> 'simhash')::bigint, v ->> 'platform', v ->> 'source_id', \
     v ->> 'text', v ->> 'author', v ->> 'url', upstander_ts((v ->> 'created_at')::bigint), \
     v ->> 'lang', (v ->> 'engagement')::bigint, upstander_ts((v ->> 'ingested_at')::bigint), \
     v ->> 'match_kind' \
     FROM json_array_elements($1::json) WITH ORDINALITY AS e(v, n) ORDER BY n";

const COUNTS: &str = "SELECT (SELECT count(*) FROM posts) AS posts, \
     (SELECT count(*) FROM items WHERE status = 'open') AS open, \
     (SELECT count(*) FROM items WHERE status = 'decided') AS decided, \
     (SELECT count(*) FROM items WHERE status = 'cleared') AS cleared, \
     (SELECT count(*) FROM decisions) AS decisions";

async fn write_all(tx: &mut Transaction<'static, Postgres>, writes: &Writes<'_>) -> Result<()> {
    // `[key, item id]` pairs; the key as a decimal string, so no JSON reader rounds it.
    let near_keys = writes
        .near_keys
        .iter()
        .map(|k| {
            let item = writes
                .new_items
                .get(k.item)
                .ok_or_else(|| StoreError::Database("a near key lost its item".into()))?;
            Ok((k.near_key.to_string(), item.id.as_str()))
        })
        .collect::<Result<Vec<_>>>()?;
    // Parents first: every other table refers to items.
    let steps: [(&'static str, Option<String>); 6] = [
        (INSERT_ITEMS, nonempty(&writes.new_items)?),
        (UPDATE_ITEMS, nonempty(&writes.updated_items)?),
        (INSERT_KEYS, nonempty(&writes.keys)?),
        (INSERT_NEAR_KEYS, nonempty(&near_keys)?),
        (INSERT_AUTHORS, nonempty(&writes.authors)?),
        (INSERT_POSTS, nonempty(&writes.posts)?),
    ];
    for (sql, json) in steps {
        if let Some(json) = json {
            sqlx::query(sql)
                .bind(json)
                .execute(&mut **tx)
                .await
                .map_err(db("storing a batch"))?;
        }
    }
    Ok(())
}

fn nonempty<T: serde::Serialize>(rows: &[T]) -> Result<Option<String>> {
    if rows.is_empty() {
        Ok(None)
    } else {
        to_json(rows).map(Some)
    }
}

#[async_trait]
impl Store for PostgresStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn ingest_batch(
        &self,
        batch: &[IncomingPost],
        rules: GroupingRules,
    ) -> Result<BatchOutcome> {
        crate::validate_batch(batch)?;
        if batch.is_empty() {
            return Ok(BatchOutcome::default());
        }
        let mut planner = Planner::new(batch, rules);
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(db("cannot start a transaction"))?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(INGEST_LOCK)
            .execute(&mut *tx)
            .await
            .map_err(db("waiting for the ingest lock"))?;

        let known: HashSet<String> = sqlx::query_scalar(KNOWN_INGEST_KEYS)
            .bind(to_json(&planner.ingest_keys())?)
            .fetch_all(&mut *tx)
            .await
            .map_err(db("looking up ingest keys"))?
            .into_iter()
            .collect();
        planner.skip_known(&known);
        if planner.is_empty() {
            return Ok(BatchOutcome {
                already_stored: planner.already_stored(),
                ..Default::default()
            });
        }

        let keyed: HashMap<String, ItemId> = sqlx::query_as::<_, KeyRow>(KNOWN_CONTENT_KEYS)
            .bind(to_json(&planner.content_keys())?)
            .fetch_all(&mut *tx)
            .await
            .map_err(db("looking up content keys"))?
            .into_iter()
            .map(|row| Ok((row.content_key, model::item_id(&row.item_id)?)))
            .collect::<Result<_>>()?;

        let probe = planner.near_keys_to_probe(&keyed);
        let candidates = if probe.is_empty() {
            Vec::new()
        } else {
            sqlx::query_as::<_, NearCandidateRow>(NEAR_CANDIDATES)
                .bind(to_json(&probe)?)
                .fetch_all(&mut *tx)
                .await
                .map_err(db("looking up near copies"))?
                .into_iter()
                .map(NearCandidateRow::into_candidate)
                .collect::<Result<Vec<_>>>()?
        };
        let assignment = planner.assign(&keyed, &candidates);
        let existing = assignment.existing_items();
        let states = if existing.is_empty() {
            HashMap::new()
        } else {
            let ids: Vec<String> = existing.iter().map(ToString::to_string).collect();
            sqlx::query_as::<_, ItemStateRow>(ITEM_STATES)
                .bind(to_json(&ids)?)
                .fetch_all(&mut *tx)
                .await
                .map_err(db("reading items"))?
                .into_iter()
                .map(ItemStateRow::into_state)
                .collect::<Result<HashMap<_, _>>>()?
        };
        let pairs: Vec<(String, &str)> = planner
            .author_pairs(&assignment)
            .into_iter()
            .map(|(id, author)| (id.to_string(), author))
            .collect();
        let known_authors = if pairs.is_empty() {
            HashSet::new()
        } else {
            sqlx::query_as::<_, AuthorRow>(KNOWN_AUTHORS)
                .bind(to_json(&pairs)?)
                .fetch_all(&mut *tx)
                .await
                .map_err(db("reading authors"))?
                .into_iter()
                .map(|row| Ok((model::item_id(&row.item_id)?, row.author)))
                .collect::<Result<HashSet<_>>>()?
        };

        let writes = planner.finish(&assignment, &states, &known_authors, model::now())?;
        write_all(&mut tx, &writes).await?;
        tx.commit().await.map_err(db("committing a batch"))?;
        tracing::debug!(backend = "postgres", outcome = ?writes.outcome, "batch stored");
        Ok(writes.outcome)
    }

    async fn list_items(&self, filter: &ItemFilter) -> Result<Vec<QueueItem>> {
        let category = filter
            .category
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        let mut sql = String::from(SELECT_QUEUE_ROWS);
        let mut n = 0;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if filter.status.is_some() {
            sql.push_str(&format!(" AND i.status = {}", next()));
        }
        if filter.min_severity.is_some() {
            sql.push_str(&format!(" AND i.severity >= {}", next()));
        }
        if category.is_some() {
            // The id itself or a child of it ('HATE' finds 'HATE.SLUR', not 'HATEFUL').
            let p = next();
            sql.push_str(&format!(
                " AND (strpos(i.categories, ' ' || {p}::text || ' ') > 0 \
                 OR strpos(i.categories, ' ' || {p}::text || '.') > 0)"
            ));
        }
        if filter.platform.is_some() {
            sql.push_str(&format!(" AND i.platform = {}", next()));
        }
        sql.push_str(QUEUE_ORDER);
        if filter.limit.is_some() {
            sql.push_str(&format!(" LIMIT {}", next()));
        }
        // Only the fixed fragments and parameter numbers above go into the text; every value
        // is bound.
        let mut query = sqlx::query_as::<_, QueueRow>(AssertSqlSafe(sql));
        if let Some(status) = filter.status {
            query = query.bind(status.as_str());
        }
        if let Some(severity) = filter.min_severity {
            query = query.bind(i64::from(severity.level()));
        }
        if let Some(category) = category {
            query = query.bind(category.to_owned());
        }
        if let Some(platform) = filter.platform {
            query = query.bind(platform.as_str());
        }
        if let Some(limit) = filter.limit {
            query = query.bind(i64::from(limit));
        }
        let rows = query
            .fetch_all(&self.pool)
            .await
            .map_err(db("listing items"))?;
        rows.into_iter().map(QueueRow::into_item).collect()
    }

    async fn resolve_item_id(&self, id_or_prefix: &str) -> Result<ItemId> {
        let (prefix, suffix) = match crate::id_query(id_or_prefix)? {
            IdQuery::Full(id) => {
                let found: Option<String> =
                    sqlx::query_scalar("SELECT id::text FROM items WHERE id = $1::uuid")
                        .bind(id.to_string())
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db("looking up an item"))?;
                return found.map(|_| id).ok_or_else(|| StoreError::NotFound {
                    what: "item",
                    id: id_or_prefix.trim().to_owned(),
                });
            }
            IdQuery::Short { prefix, suffix } => (prefix, suffix),
        };
        let mut found = ShortMatches {
            prefix_count: 0,
            prefix_first: None,
            suffix_ids: Vec::new(),
        };
        if let Some(prefix) = &prefix {
            // PostgreSQL has no min() for uuid; the text form sorts the same way.
            (found.prefix_count, found.prefix_first) = sqlx::query_as(
                "SELECT count(*), min(id::text) FROM items \
                 WHERE id BETWEEN $1::uuid AND $2::uuid",
            )
            .bind(&prefix.low)
            .bind(&prefix.high)
            .fetch_one(&self.pool)
            .await
            .map_err(db("looking up an item"))?;
        }
        if let Some(suffix) = &suffix {
            let ids: Vec<String> =
                sqlx::query_scalar("SELECT id::text FROM items WHERE short_key BETWEEN $1 AND $2")
                    .bind(suffix.low)
                    .bind(suffix.high)
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("looking up an item"))?;
            found.suffix_ids = ids.into_iter().filter(|id| suffix.matches(id)).collect();
        }
        crate::settle_short_id(id_or_prefix, prefix.as_ref(), found)
    }

    async fn get_item(&self, id: ItemId) -> Result<ItemDetail> {
        // REPEATABLE READ: one snapshot, so the item, its copies and its decisions agree.
        let mut tx = self
            .pool
            .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await
            .map_err(db("reading an item"))?;
        let id_text = id.to_string();
        let row = sqlx::query_as::<_, QueueRow>(SELECT_ITEM)
            .bind(&id_text)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db("reading an item"))?
            .ok_or_else(|| StoreError::NotFound {
                what: "item",
                id: id_text.clone(),
            })?;
        let copies = sqlx::query_as::<_, PostRow>(SELECT_COPIES)
            .bind(&id_text)
            .fetch_all(&mut *tx)
            .await
            .map_err(db("reading an item's copies"))?;
        let decisions = sqlx::query_as::<_, DecisionRow>(SELECT_DECISIONS)
            .bind(&id_text)
            .fetch_all(&mut *tx)
            .await
            .map_err(db("reading an item's decisions"))?;
        tx.commit().await.map_err(db("reading an item"))?;
        Ok(ItemDetail {
            item: row.into_item()?,
            copies: copies
                .into_iter()
                .map(PostRow::into_post)
                .collect::<Result<_>>()?,
            decisions: decisions
                .into_iter()
                .map(DecisionRow::into_decision)
                .collect::<Result<_>>()?,
        })
    }

    async fn record_decision(&self, decision: &NewDecision) -> Result<Decision> {
        crate::validate_decision(decision)?;
        let stored = Decision {
            id: DecisionId::new(),
            decision: decision.clone(),
            decided_at: model::now(),
        };
        let item_id = decision.item_id.to_string();
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(db("recording a decision"))?;
        let updated = sqlx::query("UPDATE items SET status = $2 WHERE id = $1::uuid")
            .bind(&item_id)
            .bind(crate::status_after(decision).as_str())
            .execute(&mut *tx)
            .await
            .map_err(db("recording a decision"))?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound {
                what: "item",
                id: item_id,
            });
        }
        sqlx::query(
            "INSERT INTO decisions (id, item_id, action, category, severity, note, reviewer, \
             decided_at, target_group, legal_grounds, policy_grounds) VALUES ($1::uuid, \
             $2::uuid, $3, $4, $5, $6, $7, upstander_ts($8), $9, $10, $11)",
        )
        .bind(stored.id.to_string())
        .bind(&item_id)
        .bind(decision.action.as_str())
        .bind(decision.category.as_deref())
        .bind(i64::from(decision.severity.level()))
        .bind(decision.note.as_deref())
        .bind(&decision.reviewer)
        .bind(model::micros(stored.decided_at))
        .bind(decision.target_group.as_deref())
        .bind(to_json(&decision.legal_grounds)?)
        .bind(to_json(&decision.policy_grounds)?)
        .execute(&mut *tx)
        .await
        .map_err(db("recording a decision"))?;
        // A decided item is no longer anyone's to work on.
        sqlx::query(CLEAR_CLAIM)
            .bind(&item_id)
            .execute(&mut *tx)
            .await
            .map_err(db("recording a decision"))?;
        append_audit_in(&mut tx, crate::decision_audit(&stored)).await?;
        tx.commit().await.map_err(db("recording a decision"))?;
        Ok(stored)
    }

    async fn set_item_status_as(
        &self,
        id: ItemId,
        status: ItemStatus,
        actor: &str,
    ) -> Result<Option<AuditEntry>> {
        let id_text = id.to_string();
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(db("setting an item's status"))?;
        // FOR UPDATE: the status read is the one replaced, even with a concurrent writer.
        let before: String =
            sqlx::query_scalar("SELECT status FROM items WHERE id = $1::uuid FOR UPDATE")
                .bind(&id_text)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("setting an item's status"))?
                .ok_or_else(|| StoreError::NotFound {
                    what: "item",
                    id: id_text.clone(),
                })?;
        let before = model::status(&before)?;
        sqlx::query("UPDATE items SET status = $1 WHERE id = $2::uuid")
            .bind(status.as_str())
            .bind(&id_text)
            .execute(&mut *tx)
            .await
            .map_err(db("setting an item's status"))?;
        let entry = if status == ItemStatus::Open && before != ItemStatus::Open {
            Some(append_audit_in(&mut tx, crate::reopen_audit(id, actor, before)).await?)
        } else {
            None
        };
        tx.commit().await.map_err(db("setting an item's status"))?;
        Ok(entry)
    }

    async fn append_audit(&self, entry: NewAuditEntry) -> Result<AuditEntry> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(db("appending to the audit log"))?;
        let stored = append_audit_in(&mut tx, entry).await?;
        tx.commit()
            .await
            .map_err(db("appending to the audit log"))?;
        Ok(stored)
    }

    async fn audit_entries(&self, after_seq: u64, limit: u32) -> Result<Vec<AuditEntry>> {
        sqlx::query_as::<_, AuditRow>(SELECT_AUDIT)
            .bind(model::clamp_i64(after_seq))
            .bind(i64::from(limit.min(crate::MAX_AUDIT_PAGE)))
            .fetch_all(&self.pool)
            .await
            .map_err(db("reading the audit log"))?
            .into_iter()
            .map(AuditRow::into_entry)
            .collect()
    }

    async fn counts(&self) -> Result<StoreCounts> {
        sqlx::query_as::<_, CountsRow>(COUNTS)
            .fetch_one(&self.pool)
            .await
            .map_err(db("counting"))?
            .into_counts()
    }
}
