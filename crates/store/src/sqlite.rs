//! The SQLite backend: one file, WAL journal, the default.
//!
//! Lookups send a batch's keys as one JSON array expanded with `json_each`; writes are
//! multi-row `INSERT … VALUES` statements of up to 512 rows, so a batch of a thousand posts
//! costs a few dozen statements, not thousands. Every write goes through one connection, whose
//! page cache then stays warm from batch to batch. Write transactions start with
//! `BEGIN IMMEDIATE`: the write lock is taken up front (waiting out the busy timeout if
//! another process holds it) instead of failing half-way when a read snapshot has to be
//! upgraded.
//!
//! Into a growing database, time goes mostly to writing pages of the indexes whose keys
//! arrive in random order (content keys, near keys, short keys): each batch dirties a page
//! for nearly every such key, and each dirty page is written to the WAL at commit and to the
//! database at the next checkpoint. So the schema keeps those indexes few and their entries
//! short; inserts avoid SQLite's statement journal (see `values_sql`), which copied every
//! touched page once more; and checkpoints are spaced out, so that a page rewritten by many
//! batches is copied into the database once.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, Sqlite, Transaction};
use upstander_core::{
    AuditEntry, Decision, DecisionId, ItemFilter, ItemId, ItemStatus, NewDecision, QueueItem,
};

use crate::model::{
    self, AuditRow, AuthorRow, CountsRow, DecisionRow, ItemStateRow, KeyRow, NearCandidateRow,
    PostRow, QueueRow,
};
use crate::plan::{AuthorWrite, KeyWrite, NewItemWrite, Planner, PostWrite, Writes, to_json};
use crate::workflow::CLEAR_CLAIM;
use crate::{
    BatchOutcome, GroupingRules, IdQuery, IncomingPost, ItemDetail, NewAuditEntry, Result,
    ShortMatches, Store, StoreCounts, StoreError,
};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// How long a statement waits for another connection's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Reader connections: WAL lets readers work beside the one writer.
const MAX_READERS: u32 = 4;

/// The SQLite implementation of [`Store`].
pub struct SqliteStore {
    /// Connections for reading.
    pool: SqlitePool,
    /// The one connection that writes. SQLite runs one write transaction at a time anyway, and
    /// a connection drops its page cache whenever another connection has written; with every
    /// write on one connection, the index pages a batch needs are still cached from the last.
    writer: SqlitePool,
    location: String,
}

impl fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SqliteStore")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

fn db(context: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Database(format!("{context}: {e}"))
}

impl SqliteStore {
    /// Opens the database file at `path`, creating it if missing, and applies migrations.
    ///
    /// The file uses the WAL journal with `synchronous = NORMAL` (a committed batch survives
    /// a process crash; a power cut may lose the last commits but never corrupts the file),
    /// foreign keys on, a 5-second busy timeout, and a page cache of up to 64 MiB per
    /// connection: one that writes and up to four that read.
    ///
    /// # Errors
    /// [`StoreError::Database`] naming the path when it cannot be opened or created, and
    /// [`StoreError::Migration`] when the schema cannot be brought up to date.
    pub async fn open(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT)
            // 64 MiB of page cache per connection (the default is 2 MiB): the content-key,
            // near-key and short-id indexes are written at random places, and re-reading
            // their pages would dominate ingest into a large store.
            .pragma("cache_size", "-65536")
            // Checkpoint every ~80 MiB of WAL instead of every ~4 MiB. Each batch rewrites
            // pages all over the random-order indexes; a checkpoint copies each page once
            // however many batches rewrote it, so fewer checkpoints copy far less.
            .pragma("wal_autocheckpoint", "20000");
        let fail = |e: sqlx::Error| {
            StoreError::Database(format!(
                "cannot open SQLite database {}: {e}",
                path.display()
            ))
        };
        // The writer first: it creates the file and switches it to WAL.
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            // Kept open, so that its cache stays warm between batches.
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options.clone())
            .await
            .map_err(fail)?;
        let pool = SqlitePoolOptions::new()
            .max_connections(MAX_READERS)
            .connect_with(options)
            .await
            .map_err(fail)?;
        Self::migrated(pool, writer, path.display().to_string()).await
    }

    /// Opens a private in-memory database, gone when the store is dropped; for tests.
    ///
    /// # Errors
    /// As [`SqliteStore::open`].
    pub async fn open_in_memory() -> Result<Self> {
        let options = SqliteConnectOptions::new()
            .in_memory(true)
            .foreign_keys(true);
        // One connection that never expires, for reading and writing: each connection would
        // see its own empty database, and the data lives only as long as the connection.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await
            .map_err(db("cannot open an in-memory SQLite database"))?;
        Self::migrated(pool.clone(), pool, ":memory:".to_owned()).await
    }

    async fn migrated(pool: SqlitePool, writer: SqlitePool, location: String) -> Result<Self> {
        MIGRATOR
            .run(&writer)
            .await
            .map_err(|e| StoreError::Migration(format!("SQLite database {location}: {e}")))?;
        Ok(Self {
            pool,
            writer,
            location,
        })
    }

    /// The database file's path (`:memory:` for an in-memory database).
    #[must_use]
    pub fn location(&self) -> PathBuf {
        PathBuf::from(&self.location)
    }

    /// Closes every connection, waiting for running statements to finish.
    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }

    async fn write_transaction(&self) -> Result<Transaction<'static, Sqlite>> {
        self.writer
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(db("cannot start a write transaction"))
    }
}

crate::workflow::hub_store_impl!(SqliteStore, uuid = "", text = "", lock = "");

impl crate::referrals::Backend for SqliteStore {
    type Db = Sqlite;
}

crate::referrals::referral_store_impl!(
    SqliteStore,
    uuid = "",
    text = "",
    us = ("", ""),
    ts = ("", "")
);

macro_rules! select_queue_row {
    () => {
        "SELECT i.id, i.status, i.assessment, i.severity, i.copies, i.distinct_authors, \
         i.reach, i.first_seen, i.last_seen, \
         p.id AS rep_id, p.platform AS rep_platform, p.source_id AS rep_source_id, \
         p.text AS rep_text, p.author AS rep_author, p.url AS rep_url, \
         p.created_at AS rep_created_at, p.lang AS rep_lang, p.engagement AS rep_engagement, \
         p.ingested_at AS rep_ingested_at, p.match_kind AS rep_match_kind \
         FROM items AS i JOIN posts AS p ON p.id = i.assessed_post_id"
    };
}

const SELECT_QUEUE_ROWS: &str = concat!(select_queue_row!(), " WHERE 1 = 1");

// Oldest first among equals: seq is creation order (PostgreSQL uses the time-ordered id).
const QUEUE_ORDER: &str = " ORDER BY i.priority DESC, i.first_seen ASC, i.seq ASC";

const SELECT_ITEM: &str = concat!(select_queue_row!(), " WHERE i.id = ?1");

const SELECT_COPIES: &str = "SELECT id, item_id, platform, source_id, text, author, url, \
     created_at, lang, engagement, ingested_at, match_kind \
     FROM posts WHERE item_id = ?1 ORDER BY seq";

const SELECT_DECISIONS: &str = "SELECT id, item_id, action, category, severity, note, \
     reviewer, decided_at, target_group, legal_grounds, policy_grounds \
     FROM decisions WHERE item_id = ?1 ORDER BY seq";

const KNOWN_INGEST_KEYS: &str =
    "SELECT ingest_key FROM posts WHERE ingest_key IN (SELECT value FROM json_each(?1))";

const KNOWN_CONTENT_KEYS: &str = "SELECT content_key, id AS item_id FROM items \
     WHERE content_key IN (SELECT value FROM json_each(?1)) \
     UNION ALL SELECT content_key, item_id FROM item_keys \
     WHERE content_key IN (SELECT value FROM json_each(?1))";

// CROSS JOIN fixes the join order: probe the near-key index once per key asked for, and read
// the item row only for the rare key that is found.
const NEAR_CANDIDATES: &str = "SELECT k.near_key, i.seq AS age, i.id AS item_id, i.simhash \
     FROM json_each(?1) AS j \
     CROSS JOIN item_near_keys AS k ON k.near_key = j.value \
     CROSS JOIN items AS i ON i.seq = k.item_seq";

// The write lock is held when this runs, so the numbers after it are this batch's.
const LAST_ITEM_SEQ: &str = "SELECT coalesce(max(seq), 0) FROM items";

const PREFIX_MATCHES: &str = "SELECT count(*), min(id) FROM items WHERE id BETWEEN ?1 AND ?2";

const SUFFIX_MATCHES: &str = "SELECT id FROM items WHERE short_key BETWEEN ?1 AND ?2";

const ITEM_STATES: &str = "SELECT id, status, flagged, severity, score, copies, \
     distinct_authors, reach FROM items WHERE id IN (SELECT value FROM json_each(?1))";

// CROSS JOIN fixes the join order: walk the few pairs asked for and probe the primary key.
const KNOWN_AUTHORS: &str = "SELECT a.item_id, a.author FROM json_each(?1) AS j \
     CROSS JOIN item_authors AS a \
     ON a.item_id = j.value ->> '$[0]' AND a.author = j.value ->> '$[1]'";

// OR FAIL, like the inserts (`values_sql`).
const UPDATE_ITEMS: &str = "UPDATE OR FAIL items SET status = u.status, copies = u.copies, \
     distinct_authors = u.distinct_authors, reach = u.reach, priority = u.priority, \
     last_seen = u.last_seen, flagged = u.flagged, severity = u.severity, score = u.score, \
     assessed_post_id = CASE WHEN u.replace = 1 THEN u.assessed_post_id ELSE items.assessed_post_id END, \
     assessment = CASE WHEN u.replace = 1 THEN u.assessment ELSE items.assessment END, \
     top_category = CASE WHEN u.replace = 1 THEN u.top_category ELSE items.top_category END, \
     categories = CASE WHEN u.replace = 1 THEN u.categories ELSE items.categories END, \
     platform = CASE WHEN u.replace = 1 THEN u.platform ELSE items.platform END \
     FROM (SELECT value ->> 'id' AS id, value ->> 'status' AS status, \
           value ->> 'copies' AS copies, value ->> 'distinct_authors' AS distinct_authors, \
           value ->> 'reach' AS reach, value ->> 'priority' AS priority, \
           value ->> 'last_seen' AS last_seen, value ->> 'replace' AS replace, \
           value ->> 'assessed_post_id' AS assessed_post_id, \
           value ->> 'assessment' AS assessment, value ->> 'flagged' AS flagged, \
           value ->> 'severity' AS severity, value ->> 'score' AS score, \
           value ->> 'top_category' AS top_category, value ->> 'categories' AS categories, \
           value ->> 'platform' AS platform \
           FROM json_each(?1)) AS u \
     WHERE items.id = u.id";

const COUNTS: &str = "SELECT (SELECT count(*) FROM posts) AS posts, \
     (SELECT count(*) FROM items WHERE status = 'open') AS open, \
     (SELECT count(*) FROM items WHERE status = 'decided') AS decided, \
     (SELECT count(*) FROM items WHERE status = 'cleared') AS cleared, \
     (SELECT count(*) FROM decisions) AS decisions";

const LAST_AUDIT: &str = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";

const INSERT_AUDIT: &str = "INSERT INTO audit_log (seq, at, actor, action, subject, details, \
     prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

const SELECT_AUDIT: &str = "SELECT seq, at, actor, action, subject, details, prev_hash, hash \
     FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2";

/// Appends an audit entry inside a write transaction; the write lock it holds (taken by
/// `BEGIN IMMEDIATE`) is what keeps two appenders from taking the same number.
async fn append_audit_in(
    tx: &mut Transaction<'static, Sqlite>,
    new: NewAuditEntry,
) -> Result<AuditEntry> {
    crate::validate_audit(&new)?;
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

/// A row written with a multi-row `INSERT … VALUES`.
///
/// Bound parameters cost SQLite nothing to parse, unlike a JSON document expanded with
/// `json_each`, which re-reads each row's text once per column; for the wide item and post
/// rows that is most of a batch's time.
trait ValuesRow {
    /// `table (column, …)`.
    const TARGET: &'static str;
    /// Number of columns.
    const WIDTH: usize;
    fn bind_to<'q>(&self, query: SqliteQuery<'q>) -> SqliteQuery<'q>;
}

type SqliteQuery<'q> = sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments>;

/// Rows per statement. A few fixed sizes keep the number of distinct statements (each
/// prepared once per connection and cached) small; sizes that would bind more than
/// [`MAX_PARAMETERS`] are skipped, so narrow rows (near keys) go 512 at a time and the
/// widest 64 at a time.
const CHUNKS: [usize; 5] = [512, 64, 16, 4, 1];

/// Most parameters one statement binds: far below SQLite's limit of 32766, and enough that
/// the cost of running a statement is spread over many rows.
const MAX_PARAMETERS: usize = 1536;

/// `INSERT OR FAIL`: a broken constraint stops the statement without undoing its earlier rows,
/// which is all one needs when the whole transaction is then rolled back, and it spares SQLite
/// a statement journal (see the migration's header).
fn values_sql(target: &str, width: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    format!(
        "INSERT OR FAIL INTO {target} VALUES {}",
        vec![row; rows].join(", ")
    )
}

async fn insert_rows<R: ValuesRow>(
    tx: &mut Transaction<'static, Sqlite>,
    rows: &[R],
) -> Result<()> {
    let mut rest = rows;
    for size in CHUNKS
        .into_iter()
        .filter(|&size| size * R::WIDTH <= MAX_PARAMETERS)
    {
        let sql = values_sql(R::TARGET, R::WIDTH, size);
        while rest.len() >= size {
            let (chunk, tail) = rest.split_at(size);
            // Only the fixed table and column names go into the text; every value is bound.
            let mut query = sqlx::query(AssertSqlSafe(sql.clone()));
            for row in chunk {
                query = row.bind_to(query);
            }
            query
                .execute(&mut **tx)
                .await
                .map_err(db("storing a batch"))?;
            rest = tail;
        }
    }
    Ok(())
}

/// A new item with the `seq` this batch gives it.
struct SeqItem<'w, 'a> {
    seq: i64,
    item: &'w NewItemWrite<'a>,
}

impl ValuesRow for SeqItem<'_, '_> {
    const TARGET: &'static str = "items (seq, id, short_key, status, content_key, simhash, \
         assessed_post_id, assessment, flagged, severity, score, top_category, categories, \
         platform, copies, distinct_authors, reach, priority, first_seen, last_seen)";
    const WIDTH: usize = 20;
    fn bind_to<'q>(&self, query: SqliteQuery<'q>) -> SqliteQuery<'q> {
        let item = self.item;
        query
            .bind(self.seq)
            .bind(item.id.clone())
            .bind(item.short_key)
            .bind(item.status)
            .bind(item.content_key)
            .bind(item.simhash)
            .bind(item.assessed_post_id.clone())
            .bind(item.assessment.clone())
            .bind(item.flagged)
            .bind(item.severity)
            .bind(item.score)
            .bind(item.top_category.map(str::to_owned))
            .bind(item.categories.clone())
            .bind(item.platform)
            .bind(item.copies)
            .bind(item.distinct_authors)
            .bind(item.reach)
            .bind(item.priority)
            .bind(item.first_seen)
            .bind(item.last_seen)
    }
}

/// One near key of a new item, named by the item's `seq`.
struct NearKeyRow {
    near_key: i64,
    item_seq: i64,
}

impl ValuesRow for NearKeyRow {
    const TARGET: &'static str = "item_near_keys (near_key, item_seq)";
    const WIDTH: usize = 2;
    fn bind_to<'q>(&self, query: SqliteQuery<'q>) -> SqliteQuery<'q> {
        query.bind(self.near_key).bind(self.item_seq)
    }
}

impl ValuesRow for KeyWrite<'_> {
    const TARGET: &'static str = "item_keys (content_key, item_id)";
    const WIDTH: usize = 2;
    fn bind_to<'q>(&self, query: SqliteQuery<'q>) -> SqliteQuery<'q> {
        query
            .bind(self.content_key.to_owned())
            .bind(self.item_id.clone())
    }
}

impl ValuesRow for AuthorWrite<'_> {
    const TARGET: &'static str = "item_authors (item_id, author)";
    const WIDTH: usize = 2;
    fn bind_to<'q>(&self, query: SqliteQuery<'q>) -> SqliteQuery<'q> {
        query
            .bind(self.item_id.clone())
            .bind(self.author.to_owned())
    }
}

impl ValuesRow for PostWrite<'_> {
    const TARGET: &'static str = "posts (id, item_id, ingest_key, content_key, simhash, \
         platform, source_id, text, author, url, created_at, lang, engagement, ingested_at, \
         match_kind)";
    const WIDTH: usize = 15;
    fn bind_to<'q>(&self, query: SqliteQuery<'q>) -> SqliteQuery<'q> {
        query
            .bind(self.id.clone())
            .bind(self.item_id.clone())
            .bind(self.ingest_key.to_owned())
            .bind(self.content_key.to_owned())
            .bind(self.simhash)
            .bind(self.platform)
            .bind(self.source_id.map(str::to_owned))
            .bind(self.text.to_owned())
            .bind(self.author.map(str::to_owned))
            .bind(self.url.map(str::to_owned))
            .bind(self.created_at)
            .bind(self.lang.map(str::to_owned))
            .bind(self.engagement)
            .bind(self.ingested_at)
            .bind(self.match_kind)
    }
}

/// Writes a batch's rows; its new items are numbered from `last_seq + 1` in order.
async fn write_all(
    tx: &mut Transaction<'static, Sqlite>,
    writes: &Writes<'_>,
    last_seq: i64,
) -> Result<()> {
    let seq_of = |n: usize| -> Result<i64> {
        i64::try_from(n)
            .ok()
            .and_then(|n| last_seq.checked_add(n)?.checked_add(1))
            .ok_or_else(|| StoreError::Database("items.seq is exhausted".into()))
    };
    let items = writes
        .new_items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            Ok(SeqItem {
                seq: seq_of(n)?,
                item,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut near_keys = writes
        .near_keys
        .iter()
        .map(|k| {
            Ok(NearKeyRow {
                near_key: k.near_key,
                item_seq: seq_of(k.item)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    // In key order, each insert lands beside the previous one in the index.
    near_keys.sort_unstable_by_key(|k| (k.near_key, k.item_seq));

    // Parents first: every other table refers to items. Posts go in batch order, so `seq`
    // numbers them in arrival order.
    insert_rows(tx, &items).await?;
    if !writes.updated_items.is_empty() {
        // Few rows (existing items that gained copies), so one JSON document is fine here.
        sqlx::query(UPDATE_ITEMS)
            .bind(to_json(&writes.updated_items)?)
            .execute(&mut **tx)
            .await
            .map_err(db("storing a batch"))?;
    }
    insert_rows(tx, &writes.keys).await?;
    insert_rows(tx, &near_keys).await?;
    insert_rows(tx, &writes.authors).await?;
    insert_rows(tx, &writes.posts).await
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
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
        let mut tx = self.write_transaction().await?;

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
        let last_seq: i64 = if writes.new_items.is_empty() {
            0
        } else {
            sqlx::query_scalar(LAST_ITEM_SEQ)
                .fetch_one(&mut *tx)
                .await
                .map_err(db("numbering new items"))?
        };
        write_all(&mut tx, &writes, last_seq).await?;
        tx.commit().await.map_err(db("committing a batch"))?;
        tracing::debug!(backend = "sqlite", outcome = ?writes.outcome, "batch stored");
        Ok(writes.outcome)
    }

    async fn list_items(&self, filter: &ItemFilter) -> Result<Vec<QueueItem>> {
        let category = filter
            .category
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty());
        let mut sql = String::from(SELECT_QUEUE_ROWS);
        if filter.status.is_some() {
            sql.push_str(" AND i.status = ?");
        }
        if filter.min_severity.is_some() {
            sql.push_str(" AND i.severity >= ?");
        }
        if category.is_some() {
            // The id itself or a child of it ('HATE' finds 'HATE.SLUR', not 'HATEFUL').
            sql.push_str(
                " AND (instr(i.categories, ' ' || ? || ' ') > 0 \
                 OR instr(i.categories, ' ' || ? || '.') > 0)",
            );
        }
        if filter.platform.is_some() {
            sql.push_str(" AND i.platform = ?");
        }
        sql.push_str(QUEUE_ORDER);
        if filter.limit.is_some() {
            sql.push_str(" LIMIT ?");
        }
        // Only the fixed fragments above go into the text; every value is bound.
        let mut query = sqlx::query_as::<_, QueueRow>(AssertSqlSafe(sql));
        if let Some(status) = filter.status {
            query = query.bind(status.as_str());
        }
        if let Some(severity) = filter.min_severity {
            query = query.bind(i64::from(severity.level()));
        }
        if let Some(category) = category {
            query = query.bind(category.to_owned()).bind(category.to_owned());
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
                    sqlx::query_scalar("SELECT id FROM items WHERE id = ?1")
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
            (found.prefix_count, found.prefix_first) = sqlx::query_as(PREFIX_MATCHES)
                .bind(&prefix.low)
                .bind(&prefix.high)
                .fetch_one(&self.pool)
                .await
                .map_err(db("looking up an item"))?;
        }
        if let Some(suffix) = &suffix {
            let ids: Vec<String> = sqlx::query_scalar(SUFFIX_MATCHES)
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
        // One read transaction, so the item, its copies and its decisions agree.
        let mut tx = self.pool.begin().await.map_err(db("reading an item"))?;
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
        let mut tx = self.write_transaction().await?;
        let updated = sqlx::query("UPDATE items SET status = ?2 WHERE id = ?1")
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
             decided_at, target_group, legal_grounds, policy_grounds) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
        let mut tx = self.write_transaction().await?;
        let before: String = sqlx::query_scalar("SELECT status FROM items WHERE id = ?1")
            .bind(&id_text)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db("setting an item's status"))?
            .ok_or_else(|| StoreError::NotFound {
                what: "item",
                id: id_text.clone(),
            })?;
        let before = model::status(&before)?;
        sqlx::query("UPDATE items SET status = ?1 WHERE id = ?2")
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
        let mut tx = self.write_transaction().await?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The query plan of `sql`, one line per step, with every parameter bound to `value`.
    async fn plan(store: &SqliteStore, sql: &str, parameters: usize, value: &str) -> String {
        let mut query = sqlx::query_as::<_, (i64, i64, i64, String)>(AssertSqlSafe(format!(
            "EXPLAIN QUERY PLAN {sql}"
        )));
        for _ in 0..parameters {
            query = query.bind(value.to_owned());
        }
        let steps = query.fetch_all(&store.pool).await.unwrap();
        steps
            .into_iter()
            .map(|(_, _, _, detail)| detail)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[tokio::test]
    async fn batch_and_short_id_lookups_search_indexes_and_never_scan_a_table() {
        let store = SqliteStore::open_in_memory().await.unwrap();
        let cases = [
            (KNOWN_INGEST_KEYS, 1, "[]", "USING COVERING INDEX"),
            (
                KNOWN_CONTENT_KEYS,
                1,
                "[]",
                "USING PRIMARY KEY (content_key=?)",
            ),
            (NEAR_CANDIDATES, 1, "[]", "USING PRIMARY KEY (near_key=?)"),
            (PREFIX_MATCHES, 2, "0", "USING COVERING INDEX"),
            (
                SUFFIX_MATCHES,
                2,
                "0",
                "USING INDEX items_short_key (short_key>? AND short_key<?)",
            ),
        ];
        for (sql, parameters, value, expected) in cases {
            let plan = plan(&store, sql, parameters, value).await;
            assert!(plan.contains(expected), "{sql}\n{plan}");
            for line in plan.lines() {
                // Only the JSON argument itself is walked from end to end.
                assert!(
                    !line.starts_with("SCAN") || line.contains("VIRTUAL TABLE"),
                    "{sql}\n{plan}"
                );
            }
        }
    }
}
