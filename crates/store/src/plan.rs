//! Grouping a batch into items, in memory, the same way for both backends.
//!
//! A backend runs a batch in a handful of set-based statements instead of several round trips
//! per post: it asks the [`Planner`] which keys to look up, answers with one query per kind of
//! key, and then writes the rows the planner produced ([`Writes`]) with a few multi-row
//! statements per table. All grouping rules (idempotency, exact and near copies, which
//! assessment and representative an item keeps, when it reopens) live here, once, and are
//! unit-tested without a database.
//!
//! Near copies are found in two steps. Candidates come only from the index of near keys
//! (MinHash LSH band keys, computed upstream): an item whose keys share one with the post.
//! A candidate is confirmed when its SimHash is within `max_hamming` bits of the post's. An
//! item keeps the keys and the SimHash of its first copy: confirmation measures against the
//! first copy, so the keys of a near copy that joins would only add candidates measured against
//! a text they were not computed from, and leaving them out keeps the index to one set of keys
//! per item.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use upstander_core::{
    Assessment, ItemId, ItemStatus, PostId, Severity, Timestamp, Verdict, base_priority,
};

use crate::model::{clamp_i64, micros, short_key};
use crate::{BatchOutcome, GroupingRules, IncomingPost, Result, StoreError};

/// The signed bit pattern of a 64-bit fingerprint or key, as the databases store it.
pub(crate) const fn u64_to_db(value: u64) -> i64 {
    i64::from_ne_bytes(value.to_ne_bytes())
}

/// The fingerprint or key from its stored bit pattern.
pub(crate) const fn u64_from_db(stored: i64) -> u64 {
    u64::from_ne_bytes(stored.to_ne_bytes())
}

/// A post's near keys as stored, each once, in the order given.
fn distinct_keys(post: &IncomingPost) -> Vec<i64> {
    let mut seen = HashSet::with_capacity(post.near_keys.len());
    post.near_keys
        .iter()
        .map(|&key| u64_to_db(key))
        .filter(|&key| seen.insert(key))
        .collect()
}

/// An existing item sharing the near key `key` with some post of the batch.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub key: i64,
    /// Orders candidates by age, smaller first: SQLite's `items.seq`, PostgreSQL's
    /// `first_seen` in microseconds (items of one batch share it; their ids, UUIDv7 and so
    /// time-ordered, then decide).
    pub age: i64,
    pub id: ItemId,
    pub simhash: u64,
}

/// What grouping needs to know about an existing item.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ItemState {
    pub status: ItemStatus,
    pub flagged: bool,
    pub severity: Severity,
    pub score: f32,
    pub copies: u64,
    pub distinct_authors: u64,
    pub reach: u64,
}

/// The item a post goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Target {
    /// An item already in the database.
    Existing(ItemId),
    /// The n-th item this batch creates.
    New(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MatchKind {
    First,
    Exact,
    Near,
}

impl MatchKind {
    const fn as_str(self) -> &'static str {
        match self {
            MatchKind::First => "first",
            MatchKind::Exact => "exact",
            MatchKind::Near => "near",
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Placement {
    /// Index into `Planner::posts`.
    post: usize,
    target: Target,
    kind: MatchKind,
}

/// Where every new post of the batch goes.
#[derive(Debug, Default)]
pub(crate) struct Assignment {
    placements: Vec<Placement>,
    /// Index (into `Planner::posts`) of the first post of each new item.
    new_items: Vec<usize>,
    /// Content keys of near copies, with the item they now lead to.
    content_keys: Vec<(usize, Target)>,
}

impl Assignment {
    /// Existing items that receive copies, each once, in id order.
    pub(crate) fn existing_items(&self) -> Vec<ItemId> {
        let mut ids: Vec<ItemId> = self
            .placements
            .iter()
            .filter_map(|p| match p.target {
                Target::Existing(id) => Some(id),
                Target::New(_) => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// How a confirmed candidate ranks against another at the same distance: existing items
/// before this batch's new ones, and older before newer within each.
type Rank = (u8, i64);

/// Works out, for one batch, what to look up and then what to write.
#[derive(Debug)]
pub(crate) struct Planner<'a> {
    rules: GroupingRules,
    /// The batch without posts whose ingest key came earlier in it, in order.
    posts: Vec<&'a IncomingPost>,
    already_stored: u64,
}

impl<'a> Planner<'a> {
    /// Starts a plan, dropping repeats of an ingest key within the batch (the first wins).
    pub(crate) fn new(batch: &'a [IncomingPost], rules: GroupingRules) -> Self {
        let mut seen = HashSet::with_capacity(batch.len());
        let posts: Vec<&IncomingPost> = batch
            .iter()
            .filter(|p| seen.insert(p.ingest_key.as_str()))
            .collect();
        let already_stored = (batch.len() - posts.len()) as u64;
        Self {
            rules,
            posts,
            already_stored,
        }
    }

    /// The ingest keys to check against the database.
    pub(crate) fn ingest_keys(&self) -> Vec<&'a str> {
        self.posts.iter().map(|p| p.ingest_key.as_str()).collect()
    }

    /// Drops posts whose ingest key the database already has.
    pub(crate) fn skip_known(&mut self, known: &HashSet<String>) {
        if known.is_empty() {
            return;
        }
        let before = self.posts.len();
        self.posts.retain(|p| !known.contains(&p.ingest_key));
        self.already_stored += (before - self.posts.len()) as u64;
    }

    /// Posts skipped so far because their ingest key was already stored.
    pub(crate) fn already_stored(&self) -> u64 {
        self.already_stored
    }

    /// Whether anything is left to store.
    pub(crate) fn is_empty(&self) -> bool {
        self.posts.is_empty()
    }

    /// The distinct content keys to look up.
    pub(crate) fn content_keys(&self) -> Vec<&'a str> {
        let mut seen = HashSet::with_capacity(self.posts.len());
        self.posts
            .iter()
            .map(|p| p.content_key.as_str())
            .filter(|k| seen.insert(*k))
            .collect()
    }

    /// The near keys to look up, sorted and each once: those of posts whose content key is not
    /// already stored. Empty when near grouping is off.
    pub(crate) fn near_keys_to_probe(&self, keyed: &HashMap<String, ItemId>) -> Vec<i64> {
        if self.rules.max_hamming == 0 {
            return Vec::new();
        }
        let mut out: Vec<i64> = self
            .posts
            .iter()
            .filter(|p| !keyed.contains_key(&p.content_key))
            .flat_map(|p| p.near_keys.iter().map(|&key| u64_to_db(key)))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Decides, in batch order, where each post goes: the item with its content key, else the
    /// nearest confirmed near-copy candidate (existing or from earlier in this batch; on a tie
    /// an existing item before a new one, then the older), else a new item.
    pub(crate) fn assign(
        &self,
        keyed: &HashMap<String, ItemId>,
        candidates: &[Candidate],
    ) -> Assignment {
        let mut stored_keys: HashMap<i64, Vec<&Candidate>> = HashMap::new();
        for candidate in candidates {
            stored_keys
                .entry(candidate.key)
                .or_default()
                .push(candidate);
        }
        let mut by_content: HashMap<&str, Target> = keyed
            .iter()
            .map(|(k, id)| (k.as_str(), Target::Existing(*id)))
            .collect();
        // Near keys of the items this batch creates (their first copy's), by key.
        let mut batch_keys: HashMap<i64, Vec<usize>> = HashMap::new();
        let mut assignment = Assignment::default();

        for (index, post) in self.posts.iter().enumerate() {
            if let Some(&target) = by_content.get(post.content_key.as_str()) {
                assignment.placements.push(Placement {
                    post: index,
                    target,
                    kind: MatchKind::Exact,
                });
                continue;
            }
            let near = self.nearest(post, &stored_keys, &batch_keys, &assignment);
            let (target, kind) = match near {
                Some(target) => (target, MatchKind::Near),
                None => {
                    let n = assignment.new_items.len();
                    assignment.new_items.push(index);
                    for key in distinct_keys(post) {
                        batch_keys.entry(key).or_default().push(n);
                    }
                    (Target::New(n), MatchKind::First)
                }
            };
            by_content.insert(post.content_key.as_str(), target);
            // A new item records its own content key; a near copy's key is recorded beside it.
            if kind == MatchKind::Near {
                assignment.content_keys.push((index, target));
            }
            assignment.placements.push(Placement {
                post: index,
                target,
                kind,
            });
        }
        assignment
    }

    fn nearest(
        &self,
        post: &IncomingPost,
        stored_keys: &HashMap<i64, Vec<&Candidate>>,
        batch_keys: &HashMap<i64, Vec<usize>>,
        assignment: &Assignment,
    ) -> Option<Target> {
        let max = self.rules.max_hamming;
        if max == 0 {
            return None;
        }
        let mut best: Option<(u32, Rank, Target)> = None;
        let mut consider = |simhash: u64, rank: Rank, target: Target| {
            let distance = (post.simhash ^ simhash).count_ones();
            let this = (distance, rank, target);
            if distance <= max && best.is_none_or(|current| this < current) {
                best = Some(this);
            }
        };
        for &key in &post.near_keys {
            let key = u64_to_db(key);
            for candidate in stored_keys.get(&key).into_iter().flatten() {
                consider(
                    candidate.simhash,
                    (0, candidate.age),
                    Target::Existing(candidate.id),
                );
            }
            for &n in batch_keys.get(&key).into_iter().flatten() {
                let first = assignment.new_items.get(n).and_then(|&i| self.posts.get(i));
                if let Some(first) = first {
                    consider(
                        first.simhash,
                        (1, i64::try_from(n).unwrap_or(i64::MAX)),
                        Target::New(n),
                    );
                }
            }
        }
        best.map(|(_, _, target)| target)
    }

    /// `(item, author)` pairs of existing items whose copies in this batch name an author,
    /// to look up which are already counted.
    pub(crate) fn author_pairs(&self, assignment: &Assignment) -> Vec<(ItemId, &'a str)> {
        let mut pairs: Vec<(ItemId, &str)> = assignment
            .placements
            .iter()
            .filter_map(|p| {
                let Target::Existing(id) = p.target else {
                    return None;
                };
                let author = self.posts.get(p.post)?.post.author.as_deref()?;
                Some((id, author))
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Applies the batch to the items it touches and returns every row to write.
    pub(crate) fn finish(
        &self,
        assignment: &Assignment,
        states: &HashMap<ItemId, ItemState>,
        known_authors: &HashSet<(ItemId, String)>,
        now: Timestamp,
    ) -> Result<Writes<'a>> {
        let now_us = micros(now);
        let new_item_ids: Vec<ItemId> =
            assignment.new_items.iter().map(|_| ItemId::new()).collect();
        let item_id_of = |target: Target| -> Result<ItemId> {
            match target {
                Target::Existing(id) => Ok(id),
                Target::New(n) => new_item_ids
                    .get(n)
                    .copied()
                    .ok_or_else(|| internal("new item")),
            }
        };

        let mut working: HashMap<Target, Working<'a>> = HashMap::new();
        for (&id, state) in states {
            working.insert(Target::Existing(id), Working::existing(*state));
        }
        let mut authors_seen: HashSet<(Target, &'a str)> = HashSet::new();
        let mut writes = Writes {
            outcome: BatchOutcome {
                already_stored: self.already_stored,
                ..BatchOutcome::default()
            },
            ..Writes::default()
        };

        for placement in &assignment.placements {
            let post = self
                .posts
                .get(placement.post)
                .copied()
                .ok_or_else(|| internal("post"))?;
            let item_id = item_id_of(placement.target)?;
            let post_id = PostId::new();
            let engagement = post.post.engagement.unwrap_or(0);

            let item = match placement.kind {
                MatchKind::First => working
                    .entry(placement.target)
                    .or_insert_with(|| Working::first(post, post_id, engagement)),
                MatchKind::Exact | MatchKind::Near => {
                    let item = working.get_mut(&placement.target).ok_or_else(|| {
                        StoreError::Database(format!(
                            "item {item_id} vanished while a batch was being stored"
                        ))
                    })?;
                    item.join(post, post_id, engagement);
                    item
                }
            };
            if let Some(author) = post.post.author.as_deref() {
                let counted = match placement.target {
                    Target::Existing(id) => known_authors.contains(&(id, author.to_owned())),
                    Target::New(_) => false,
                };
                if !counted && authors_seen.insert((placement.target, author)) {
                    item.distinct_authors += 1;
                    writes.authors.push(AuthorWrite {
                        item_id: item_id.to_string(),
                        author,
                    });
                }
            }

            writes.posts.push(PostWrite::new(
                post,
                post_id,
                item_id,
                placement.kind,
                now_us,
            ));
            writes.outcome.stored += 1;
            match placement.kind {
                MatchKind::First => writes.outcome.new_items += 1,
                MatchKind::Exact => writes.outcome.exact_copies += 1,
                MatchKind::Near => writes.outcome.near_copies += 1,
            }
        }

        for &(post_index, target) in &assignment.content_keys {
            let post = self
                .posts
                .get(post_index)
                .ok_or_else(|| internal("key post"))?;
            writes.keys.push(KeyWrite {
                content_key: post.content_key.as_str(),
                item_id: item_id_of(target)?.to_string(),
            });
        }

        for (n, &first_index) in assignment.new_items.iter().enumerate() {
            let first = self
                .posts
                .get(first_index)
                .ok_or_else(|| internal("first post"))?;
            let id = item_id_of(Target::New(n))?;
            let item = working
                .get(&Target::New(n))
                .ok_or_else(|| internal("new item state"))?;
            let assessment = item
                .assessment
                .ok_or_else(|| internal("new item assessment"))?;
            writes.near_keys.extend(
                distinct_keys(first)
                    .into_iter()
                    .map(|near_key| NearKeyWrite { near_key, item: n }),
            );
            writes.new_items.push(NewItemWrite {
                id: id.to_string(),
                short_key: short_key(id),
                status: item.status.as_str(),
                content_key: first.content_key.as_str(),
                simhash: u64_to_db(first.simhash),
                assessed_post_id: item
                    .assessed_post
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                assessment: assessment_json(assessment)?,
                flagged: i64::from(item.flagged),
                severity: i64::from(item.severity.level()),
                score: f64::from(item.score),
                top_category: assessment.top_category(),
                categories: categories_column(assessment),
                platform: item.platform,
                copies: clamp_i64(item.copies),
                distinct_authors: clamp_i64(item.distinct_authors),
                reach: clamp_i64(item.reach),
                priority: item.priority(),
                first_seen: now_us,
                last_seen: now_us,
            });
        }

        for id in assignment.existing_items() {
            let item = working.get(&Target::Existing(id)).ok_or_else(|| {
                StoreError::Database(format!("item {id} vanished while a batch was being stored"))
            })?;
            let replaced = item.assessment;
            writes.updated_items.push(ItemUpdateWrite {
                id: id.to_string(),
                status: item.status.as_str(),
                copies: clamp_i64(item.copies),
                distinct_authors: clamp_i64(item.distinct_authors),
                reach: clamp_i64(item.reach),
                priority: item.priority(),
                last_seen: now_us,
                replace: i64::from(replaced.is_some()),
                assessed_post_id: item.assessed_post.map(|p| p.to_string()),
                assessment: replaced.map(assessment_json).transpose()?,
                flagged: i64::from(item.flagged),
                severity: i64::from(item.severity.level()),
                score: f64::from(item.score),
                top_category: replaced.and_then(Assessment::top_category),
                categories: replaced.map(categories_column),
                platform: item.platform,
            });
        }
        Ok(writes)
    }
}

fn internal(what: &str) -> StoreError {
    StoreError::Database(format!(
        "internal error while grouping a batch: lost track of a {what}"
    ))
}

fn assessment_json(assessment: &Assessment) -> Result<String> {
    serde_json::to_string(assessment)
        .map_err(|e| StoreError::Database(format!("could not encode an assessment: {e}")))
}

/// `' HATE.SLUR VIOL.THREAT '`: every category id between single spaces, so that "has this
/// category or a child of it" is a substring test in SQL.
pub(crate) fn categories_column(assessment: &Assessment) -> String {
    let mut out = String::from(" ");
    for category in &assessment.categories {
        out.push_str(&category.id);
        out.push(' ');
    }
    out
}

/// An item as this batch leaves it.
#[derive(Debug)]
struct Working<'a> {
    status: ItemStatus,
    flagged: bool,
    severity: Severity,
    score: f32,
    copies: u64,
    distinct_authors: u64,
    reach: u64,
    /// Set when the item's assessment is (re)written by this batch.
    assessment: Option<&'a Assessment>,
    /// The copy whose assessment was (re)written by this batch: the item's representative.
    assessed_post: Option<PostId>,
    /// That copy's platform, which the item's platform column follows.
    platform: &'static str,
}

impl<'a> Working<'a> {
    fn existing(state: ItemState) -> Self {
        Self {
            status: state.status,
            flagged: state.flagged,
            severity: state.severity,
            score: state.score,
            copies: state.copies,
            distinct_authors: state.distinct_authors,
            reach: state.reach,
            assessment: None,
            assessed_post: None,
            platform: "",
        }
    }

    fn first(post: &'a IncomingPost, post_id: PostId, engagement: u64) -> Self {
        let flagged = post.assessment.verdict == Verdict::Flag;
        Self {
            status: if flagged {
                ItemStatus::Open
            } else {
                ItemStatus::Cleared
            },
            flagged,
            severity: post.assessment.severity,
            score: post.assessment.score,
            copies: 1,
            distinct_authors: 0,
            reach: engagement,
            assessment: Some(&post.assessment),
            assessed_post: Some(post_id),
            platform: post.post.platform.as_str(),
        }
    }

    /// Counts a copy and applies the assessment rules: a flagged copy reopens a cleared item
    /// with its own assessment; otherwise the item keeps the stronger flagged assessment
    /// (higher severity, then higher score). The copy whose assessment is kept becomes the
    /// representative, so evidence spans always point into the text a reviewer reads. A
    /// decided item stays decided.
    fn join(&mut self, post: &'a IncomingPost, post_id: PostId, engagement: u64) {
        self.copies = self.copies.saturating_add(1);
        self.reach = self.reach.saturating_add(engagement);
        let copy = &post.assessment;
        if copy.verdict != Verdict::Flag {
            return;
        }
        let take = if self.status == ItemStatus::Cleared {
            self.status = ItemStatus::Open;
            true
        } else {
            !self.flagged
                || copy.severity > self.severity
                || (copy.severity == self.severity && copy.score.total_cmp(&self.score).is_gt())
        };
        if take {
            self.flagged = true;
            self.severity = copy.severity;
            self.score = copy.score;
            self.assessment = Some(copy);
            self.assessed_post = Some(post_id);
            self.platform = post.post.platform.as_str();
        }
    }

    fn priority(&self) -> f64 {
        base_priority(
            self.severity,
            self.reach,
            self.copies,
            self.distinct_authors,
        )
    }
}

/// Every row a batch writes. Serialised to JSON and expanded by the database
/// (`json_each` / `json_array_elements`), so each table takes one statement per batch.
#[derive(Debug, Default)]
pub(crate) struct Writes<'a> {
    pub new_items: Vec<NewItemWrite<'a>>,
    pub updated_items: Vec<ItemUpdateWrite<'a>>,
    pub keys: Vec<KeyWrite<'a>>,
    pub near_keys: Vec<NearKeyWrite>,
    pub authors: Vec<AuthorWrite<'a>>,
    pub posts: Vec<PostWrite<'a>>,
    pub outcome: BatchOutcome,
}

/// Writes a 64-bit fingerprint into JSON as a decimal string: JSON readers may turn integers
/// near the ends of the i64 range into floats, and a fingerprint must survive to the last bit.
fn decimal_string<S: serde::Serializer>(value: &i64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

#[derive(Debug, Serialize)]
pub(crate) struct NewItemWrite<'a> {
    pub id: String,
    /// See [`short_key`].
    pub short_key: i64,
    pub status: &'static str,
    pub content_key: &'a str,
    #[serde(serialize_with = "decimal_string")]
    pub simhash: i64,
    /// The representative: the copy whose assessment the item keeps.
    pub assessed_post_id: String,
    pub assessment: String,
    pub flagged: i64,
    pub severity: i64,
    pub score: f64,
    pub top_category: Option<&'a str>,
    pub categories: String,
    pub platform: &'static str,
    pub copies: i64,
    pub distinct_authors: i64,
    pub reach: i64,
    pub priority: f64,
    pub first_seen: i64,
    pub last_seen: i64,
}

#[derive(Debug, Serialize)]
pub(crate) struct ItemUpdateWrite<'a> {
    pub id: String,
    pub status: &'static str,
    pub copies: i64,
    pub distinct_authors: i64,
    pub reach: i64,
    pub priority: f64,
    pub last_seen: i64,
    /// 1 when the assessment columns below replace the stored ones.
    pub replace: i64,
    pub assessed_post_id: Option<String>,
    pub assessment: Option<String>,
    pub flagged: i64,
    pub severity: i64,
    pub score: f64,
    pub top_category: Option<&'a str>,
    pub categories: Option<String>,
    /// The representative's platform; used only when `replace` is 1.
    pub platform: &'static str,
}

#[derive(Debug, Serialize)]
pub(crate) struct KeyWrite<'a> {
    pub content_key: &'a str,
    pub item_id: String,
}

/// One near key of a new item.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NearKeyWrite {
    pub near_key: i64,
    /// Index of the item in [`Writes::new_items`]; each backend names it its own way.
    pub item: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct AuthorWrite<'a> {
    pub item_id: String,
    pub author: &'a str,
}

#[derive(Debug, Serialize)]
pub(crate) struct PostWrite<'a> {
    pub id: String,
    pub item_id: String,
    pub ingest_key: &'a str,
    pub content_key: &'a str,
    #[serde(serialize_with = "decimal_string")]
    pub simhash: i64,
    pub platform: &'static str,
    pub source_id: Option<&'a str>,
    pub text: &'a str,
    pub author: Option<&'a str>,
    pub url: Option<&'a str>,
    pub created_at: Option<i64>,
    pub lang: Option<&'a str>,
    pub engagement: Option<i64>,
    pub ingested_at: i64,
    pub match_kind: &'static str,
}

impl<'a> PostWrite<'a> {
    fn new(
        incoming: &'a IncomingPost,
        id: PostId,
        item_id: ItemId,
        kind: MatchKind,
        now_us: i64,
    ) -> Self {
        let post = &incoming.post;
        Self {
            id: id.to_string(),
            item_id: item_id.to_string(),
            ingest_key: &incoming.ingest_key,
            content_key: &incoming.content_key,
            simhash: u64_to_db(incoming.simhash),
            platform: post.platform.as_str(),
            source_id: post.source_id.as_deref(),
            text: &post.text,
            author: post.author.as_deref(),
            url: post.url.as_deref(),
            created_at: post.created_at.map(micros),
            lang: post.lang.as_deref(),
            // Validation has already refused values above i64::MAX.
            engagement: post.engagement.map(clamp_i64),
            ingested_at: now_us,
            match_kind: kind.as_str(),
        }
    }
}

/// JSON text of a list of rows, for one set-based statement.
pub(crate) fn to_json<T: Serialize>(rows: &[T]) -> Result<String> {
    serde_json::to_string(rows)
        .map_err(|e| StoreError::Database(format!("could not encode a batch: {e}")))
}

#[cfg(test)]
mod tests {
    use upstander_core::{CategoryScore, NewPost, Platform};

    use super::*;

    fn post(key: &str, content: &str, simhash: u64, verdict: Verdict) -> IncomingPost {
        IncomingPost {
            post: NewPost::from_text(Platform::X, format!("text of {content}")),
            ingest_key: key.to_owned(),
            content_key: content.to_owned(),
            simhash,
            // Every post shares keys unless a test says otherwise, so the SimHash decides.
            near_keys: vec![1, 2, 3],
            assessment: Assessment {
                verdict,
                ..Assessment::default()
            },
        }
    }

    fn candidate(key: i64, age: i64, id: ItemId, simhash: u64) -> Candidate {
        Candidate {
            key,
            age,
            id,
            simhash,
        }
    }

    fn plan(batch: &[IncomingPost]) -> (Planner<'_>, Assignment) {
        let planner = Planner::new(batch, GroupingRules::default());
        let assignment = planner.assign(&HashMap::new(), &[]);
        (planner, assignment)
    }

    #[test]
    fn fingerprints_and_keys_keep_every_bit_through_the_signed_column() {
        for value in [0, 1, u64::MAX, 1 << 63, 0x8000_0000_0000_0001] {
            assert_eq!(u64_from_db(u64_to_db(value)), value);
        }
    }

    #[test]
    fn a_repeated_ingest_key_within_a_batch_counts_as_already_stored() {
        let batch = [
            post("a", "k1", 1, Verdict::Flag),
            post("a", "k2", 2, Verdict::Flag),
            post("b", "k3", 3, Verdict::Flag),
        ];
        let planner = Planner::new(&batch, GroupingRules::default());
        assert_eq!(planner.ingest_keys(), ["a", "b"]);
        assert_eq!(planner.already_stored, 1);
    }

    #[test]
    fn a_near_copy_prefers_the_closest_item_of_the_batch() {
        let batch = [
            post("a", "k1", 0, Verdict::Flag),
            post("b", "k2", 0xFFF << 20, Verdict::Flag),
            // 1 bit from the second post and 13 from the first.
            post("c", "k3", (0xFFF << 20) | 0b1, Verdict::Flag),
        ];
        let (_, assignment) = plan(&batch);
        let kinds: Vec<_> = assignment
            .placements
            .iter()
            .map(|p| (p.target, p.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (Target::New(0), MatchKind::First),
                (Target::New(1), MatchKind::First),
                (Target::New(1), MatchKind::Near)
            ]
        );
    }

    #[test]
    fn a_later_exact_copy_of_a_near_copy_joins_as_an_exact_copy() {
        let batch = [
            post("a", "k1", 0, Verdict::Flag),
            post("b", "k2", 0b11, Verdict::Flag),
            post("c", "k2", 0b11, Verdict::Flag),
        ];
        let (_, assignment) = plan(&batch);
        let kinds: Vec<_> = assignment.placements.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [MatchKind::First, MatchKind::Near, MatchKind::Exact]);
    }

    #[test]
    fn near_grouping_is_off_at_zero_bits() {
        let batch = [
            post("a", "k1", 0, Verdict::Flag),
            post("b", "k2", 1, Verdict::Flag),
        ];
        let planner = Planner::new(&batch, GroupingRules { max_hamming: 0 });
        let assignment = planner.assign(&HashMap::new(), &[]);
        assert_eq!(assignment.new_items.len(), 2);
        assert!(planner.near_keys_to_probe(&HashMap::new()).is_empty());
    }

    #[test]
    fn a_post_within_reach_that_shares_no_near_key_starts_its_own_item() {
        let mut other = post("b", "k2", 0b1, Verdict::Flag);
        other.near_keys = vec![9];
        let batch = [post("a", "k1", 0, Verdict::Flag), other];
        let (_, assignment) = plan(&batch);
        assert_eq!(assignment.new_items, [0, 1]);
    }

    #[test]
    fn only_posts_without_a_known_content_key_probe_their_near_keys() {
        let mut known = post("a", "known", 0, Verdict::Flag);
        known.near_keys = vec![7, -1_i64 as u64];
        let mut fresh = post("b", "fresh", 0, Verdict::Flag);
        fresh.near_keys = vec![u64::MAX, 5, 5];
        let batch = [known, fresh];
        let planner = Planner::new(&batch, GroupingRules::default());
        let keyed = HashMap::from([("known".to_owned(), ItemId::new())]);
        assert_eq!(planner.near_keys_to_probe(&keyed), [-1, 5]);
    }

    #[test]
    fn an_existing_item_wins_a_tie_with_an_item_of_the_batch() {
        let existing = ItemId::new();
        let batch = [
            post("a", "k1", 0b1, Verdict::Flag),
            post("b", "k2", 0b10, Verdict::Flag),
        ];
        let planner = Planner::new(&batch, GroupingRules::default());
        let candidates = [candidate(2, 7, existing, 0)];
        let assignment = planner.assign(&HashMap::new(), &candidates);
        let targets: Vec<_> = assignment.placements.iter().map(|p| p.target).collect();
        assert_eq!(
            targets,
            [Target::Existing(existing), Target::Existing(existing)]
        );
        assert_eq!(assignment.existing_items(), [existing]);
    }

    #[test]
    fn the_older_of_two_equally_near_candidates_wins() {
        let (older, newer) = (ItemId::new(), ItemId::new());
        let batch = [post("a", "k1", 0b1, Verdict::Flag)];
        let planner = Planner::new(&batch, GroupingRules::default());
        let candidates = [candidate(2, 9, newer, 0), candidate(3, 4, older, 0)];
        let assignment = planner.assign(&HashMap::new(), &candidates);
        assert_eq!(assignment.existing_items(), [older]);
    }

    #[test]
    fn the_closest_candidate_wins_over_an_older_one() {
        let (older, closer) = (ItemId::new(), ItemId::new());
        let batch = [post("a", "k1", 0b111, Verdict::Flag)];
        let planner = Planner::new(&batch, GroupingRules::default());
        let candidates = [candidate(1, 1, older, 0), candidate(1, 2, closer, 0b110)];
        let assignment = planner.assign(&HashMap::new(), &candidates);
        assert_eq!(assignment.existing_items(), [closer]);
    }

    #[test]
    fn a_candidate_beyond_max_hamming_is_not_confirmed() {
        let batch = [post("a", "k1", 0, Verdict::Flag)];
        let planner = Planner::new(&batch, GroupingRules { max_hamming: 4 });
        let candidates = [candidate(1, 1, ItemId::new(), 0b1_1111)];
        let assignment = planner.assign(&HashMap::new(), &candidates);
        assert!(assignment.existing_items().is_empty());
        assert_eq!(assignment.new_items, [0]);
    }

    #[test]
    fn a_new_item_stores_its_first_copys_near_keys_once_and_a_near_copy_adds_none() {
        let mut first = post("a", "k1", 0, Verdict::Flag);
        first.near_keys = vec![4, 5, 4, u64::MAX];
        let mut near = post("b", "k2", 0b1, Verdict::Flag);
        near.near_keys = vec![5, 6];
        let batch = [first, near];
        let (planner, assignment) = plan(&batch);
        let writes = planner
            .finish(
                &assignment,
                &HashMap::new(),
                &HashSet::new(),
                Timestamp::UNIX_EPOCH,
            )
            .unwrap();
        assert_eq!(writes.outcome.near_copies, 1);
        let keys: Vec<_> = writes
            .near_keys
            .iter()
            .map(|k| (k.near_key, k.item))
            .collect();
        assert_eq!(keys, [(4, 0), (5, 0), (-1, 0)]);
        assert_eq!(
            writes.keys.len(),
            1,
            "the near copy's content key is recorded"
        );
    }

    fn flagged(severity: Severity, score: f32) -> Assessment {
        Assessment {
            verdict: Verdict::Flag,
            severity,
            score,
            categories: vec![CategoryScore {
                id: format!("HATE.S{}", severity.level()),
                score,
            }],
            ..Assessment::default()
        }
    }

    #[test]
    fn the_stronger_flagged_assessment_is_kept_and_a_weaker_one_is_not() {
        let first = IncomingPost {
            assessment: flagged(Severity::S2, 0.5),
            ..post("a", "k", 0, Verdict::Flag)
        };
        let stronger = IncomingPost {
            assessment: flagged(Severity::S3, 0.1),
            ..post("b", "k", 0, Verdict::Flag)
        };
        let weaker = IncomingPost {
            assessment: flagged(Severity::S3, 0.05),
            ..post("c", "k", 0, Verdict::Flag)
        };
        let batch = [first, stronger, weaker];
        let (planner, assignment) = plan(&batch);
        let writes = planner
            .finish(
                &assignment,
                &HashMap::new(),
                &HashSet::new(),
                Timestamp::UNIX_EPOCH,
            )
            .unwrap();
        let item = &writes.new_items[0];
        assert_eq!(item.severity, 3);
        assert_eq!(item.top_category, Some("HATE.S3"));
        assert_eq!(item.assessed_post_id, writes.posts[1].id);
        assert_eq!(item.copies, 3);
    }

    #[test]
    fn a_flagged_copy_of_a_cleared_item_becomes_its_representative_with_its_platform() {
        let mut copy = post("b", "k", 0, Verdict::Flag);
        copy.post.platform = Platform::Mastodon;
        copy.assessment = flagged(Severity::S1, 0.6);
        let batch = [post("a", "k", 0, Verdict::Clear), copy];
        let (planner, assignment) = plan(&batch);
        let writes = planner
            .finish(
                &assignment,
                &HashMap::new(),
                &HashSet::new(),
                Timestamp::UNIX_EPOCH,
            )
            .unwrap();
        let item = &writes.new_items[0];
        assert_eq!(item.assessed_post_id, writes.posts[1].id);
        assert_eq!(item.platform, "mastodon");
        assert_eq!(item.status, "open");
    }

    #[test]
    fn a_flagged_copy_reopens_an_existing_cleared_item() {
        let existing = ItemId::new();
        let state = ItemState {
            status: ItemStatus::Cleared,
            flagged: false,
            severity: Severity::S0,
            score: 0.0,
            copies: 1,
            distinct_authors: 0,
            reach: 0,
        };
        let batch = [IncomingPost {
            assessment: flagged(Severity::S1, 0.7),
            ..post("b", "k", 0, Verdict::Flag)
        }];
        let planner = Planner::new(&batch, GroupingRules::default());
        let keyed = HashMap::from([("k".to_owned(), existing)]);
        let assignment = planner.assign(&keyed, &[]);
        let states = HashMap::from([(existing, state)]);
        let writes = planner
            .finish(&assignment, &states, &HashSet::new(), Timestamp::UNIX_EPOCH)
            .unwrap();
        let update = &writes.updated_items[0];
        assert_eq!(update.status, "open");
        assert_eq!(update.replace, 1);
        assert_eq!(update.severity, 1);
        assert_eq!(update.copies, 2);
        assert!(writes.new_items.is_empty());
    }

    #[test]
    fn an_author_already_counted_for_an_item_is_not_counted_again() {
        let existing = ItemId::new();
        let state = ItemState {
            status: ItemStatus::Open,
            flagged: true,
            severity: Severity::S2,
            score: 0.5,
            copies: 1,
            distinct_authors: 1,
            reach: 0,
        };
        let mut copy = post("b", "k", 0, Verdict::Clear);
        copy.post.author = Some("alice".to_owned());
        let mut other = post("c", "k", 0, Verdict::Clear);
        other.post.author = Some("bob".to_owned());
        let batch = [copy, other];
        let planner = Planner::new(&batch, GroupingRules::default());
        let keyed = HashMap::from([("k".to_owned(), existing)]);
        let assignment = planner.assign(&keyed, &[]);
        assert_eq!(
            planner.author_pairs(&assignment),
            [(existing, "alice"), (existing, "bob")]
        );
        let known = HashSet::from([(existing, "alice".to_owned())]);
        let states = HashMap::from([(existing, state)]);
        let writes = planner
            .finish(&assignment, &states, &known, Timestamp::UNIX_EPOCH)
            .unwrap();
        assert_eq!(writes.updated_items[0].distinct_authors, 2);
        assert_eq!(writes.authors.len(), 1);
        assert_eq!(writes.updated_items[0].status, "open");
        assert_eq!(writes.updated_items[0].replace, 0);
    }
}
