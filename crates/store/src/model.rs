//! Row shapes shared by both backends and their conversion into domain values.
//!
//! Both backends hand back the same column types (text ids, microsecond times, 64-bit
//! integers), each doing the conversion in its SQL, so one set of row structs and one set of
//! checks serves both. Every conversion from a column is fallible: a hand-edited database
//! yields [`StoreError::Corrupt`], never a panic.

use upstander_core::{
    Assessment, AuditAction, AuditEntry, Decision, DecisionAction, DecisionId, ItemId, ItemStatus,
    NewDecision, NewPost, Platform, Post, PostId, QueueItem, Severity, Timestamp, base_priority,
};

use crate::{Result, StoreError};

/// Microseconds since the Unix epoch: how times are written. Sub-microsecond digits are
/// dropped, so what is read back is the written time truncated to the microsecond.
pub(crate) fn micros(time: Timestamp) -> i64 {
    time.as_microsecond()
}

/// The current time at microsecond precision, so the value handed back equals what a later
/// read returns.
pub(crate) fn now() -> Timestamp {
    let micros = Timestamp::now().as_microsecond();
    Timestamp::from_microsecond(micros).unwrap_or(Timestamp::UNIX_EPOCH)
}

pub(crate) fn timestamp(micros: i64, what: &str) -> Result<Timestamp> {
    Timestamp::from_microsecond(micros)
        .map_err(|e| StoreError::Corrupt(format!("{what}: {micros} is not a valid time: {e}")))
}

pub(crate) fn item_id(text: &str) -> Result<ItemId> {
    ItemId::parse(text).map_err(|e| StoreError::Corrupt(format!("item id: {e}")))
}

pub(crate) fn post_id(text: &str) -> Result<PostId> {
    PostId::parse(text).map_err(|e| StoreError::Corrupt(format!("post id: {e}")))
}

pub(crate) fn count(value: i64, what: &str) -> Result<u64> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("{what} is negative: {value}")))
}

pub(crate) fn severity(level: i64, what: &str) -> Result<Severity> {
    match u8::try_from(level) {
        Ok(level @ 0..=4) => Ok(Severity::from_level(level)),
        _ => Err(StoreError::Corrupt(format!(
            "{what}: {level} is not a severity level (0-4)"
        ))),
    }
}

pub(crate) fn status(text: &str) -> Result<ItemStatus> {
    ItemStatus::parse(text).map_err(|e| StoreError::Corrupt(format!("item status: {e}")))
}

fn platform(text: &str) -> Result<Platform> {
    Platform::parse(text).map_err(|e| StoreError::Corrupt(format!("post platform: {e}")))
}

/// Saturating `u64` → `i64` for sums (reach) that could in theory pass `i64::MAX`.
pub(crate) fn clamp_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// One stored post.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct PostRow {
    pub id: String,
    pub item_id: String,
    pub platform: String,
    pub source_id: Option<String>,
    pub text: String,
    pub author: Option<String>,
    pub url: Option<String>,
    pub created_at: Option<i64>,
    pub lang: Option<String>,
    pub engagement: Option<i64>,
    pub ingested_at: i64,
    pub match_kind: String,
}

impl PostRow {
    pub(crate) fn into_post(self) -> Result<Post> {
        let engagement = self
            .engagement
            .map(|e| count(e, "post engagement"))
            .transpose()?;
        let created_at = self
            .created_at
            .map(|t| timestamp(t, "post created_at"))
            .transpose()?;
        Ok(Post {
            id: post_id(&self.id)?,
            item_id: item_id(&self.item_id)?,
            post: NewPost {
                source_id: self.source_id,
                platform: platform(&self.platform)?,
                text: self.text,
                author: self.author,
                url: self.url,
                created_at,
                lang: self.lang,
                engagement,
            },
            ingested_at: timestamp(self.ingested_at, "post ingested_at")?,
            match_kind: self.match_kind,
        })
    }
}

/// One item with its representative post's columns (prefixed `rep_`).
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct QueueRow {
    pub id: String,
    pub status: String,
    pub assessment: String,
    pub severity: i64,
    pub copies: i64,
    pub distinct_authors: i64,
    pub reach: i64,
    pub first_seen: i64,
    pub last_seen: i64,
    pub rep_id: String,
    pub rep_platform: String,
    pub rep_source_id: Option<String>,
    pub rep_text: String,
    pub rep_author: Option<String>,
    pub rep_url: Option<String>,
    pub rep_created_at: Option<i64>,
    pub rep_lang: Option<String>,
    pub rep_engagement: Option<i64>,
    pub rep_ingested_at: i64,
    pub rep_match_kind: String,
}

impl QueueRow {
    pub(crate) fn into_item(self) -> Result<QueueItem> {
        let assessment: Assessment = serde_json::from_str(&self.assessment).map_err(|e| {
            StoreError::Corrupt(format!("assessment of item {} is not valid: {e}", self.id))
        })?;
        let severity = severity(self.severity, "item severity")?;
        let copies = count(self.copies, "item copies")?;
        let distinct_authors = count(self.distinct_authors, "item distinct_authors")?;
        let reach = count(self.reach, "item reach")?;
        let representative = PostRow {
            id: self.rep_id,
            item_id: self.id.clone(),
            platform: self.rep_platform,
            source_id: self.rep_source_id,
            text: self.rep_text,
            author: self.rep_author,
            url: self.rep_url,
            created_at: self.rep_created_at,
            lang: self.rep_lang,
            engagement: self.rep_engagement,
            ingested_at: self.rep_ingested_at,
            match_kind: self.rep_match_kind,
        }
        .into_post()?;
        Ok(QueueItem {
            id: item_id(&self.id)?,
            status: status(&self.status)?,
            representative,
            assessment,
            copies,
            distinct_authors,
            reach,
            // Recomputed rather than read back, so callers see exactly what the rule gives;
            // the stored column only orders the queue.
            priority: base_priority(severity, reach, copies, distinct_authors),
            first_seen: timestamp(self.first_seen, "item first_seen")?,
            last_seen: timestamp(self.last_seen, "item last_seen")?,
        })
    }
}

/// One stored decision.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct DecisionRow {
    pub id: String,
    pub item_id: String,
    pub action: String,
    pub category: Option<String>,
    pub severity: i64,
    pub note: Option<String>,
    pub reviewer: String,
    pub decided_at: i64,
    pub target_group: Option<String>,
    pub legal_grounds: String,
    pub policy_grounds: String,
}

impl DecisionRow {
    pub(crate) fn into_decision(self) -> Result<Decision> {
        Ok(Decision {
            id: DecisionId::parse(&self.id)
                .map_err(|e| StoreError::Corrupt(format!("decision id: {e}")))?,
            decision: NewDecision {
                item_id: item_id(&self.item_id)?,
                action: DecisionAction::parse(&self.action)
                    .map_err(|e| StoreError::Corrupt(format!("decision action: {e}")))?,
                category: self.category,
                severity: severity(self.severity, "decision severity")?,
                note: self.note,
                reviewer: self.reviewer,
                target_group: self.target_group,
                legal_grounds: id_list(&self.legal_grounds, "decision legal_grounds")?,
                policy_grounds: id_list(&self.policy_grounds, "decision policy_grounds")?,
            },
            decided_at: timestamp(self.decided_at, "decision decided_at")?,
        })
    }
}

/// A JSON array of strings, as list columns are stored.
pub(crate) fn id_list(json: &str, what: &str) -> Result<Vec<String>> {
    serde_json::from_str(json)
        .map_err(|e| StoreError::Corrupt(format!("{what} is not a JSON list of strings: {e}")))
}

/// One row of `audit_log`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct AuditRow {
    pub seq: i64,
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditRow {
    /// The entry as stored. Its hash is not checked here: a tampered row must still be read
    /// back, so that verification can name it.
    pub(crate) fn into_entry(self) -> Result<AuditEntry> {
        Ok(AuditEntry {
            seq: u64::try_from(self.seq).map_err(|_| {
                StoreError::Corrupt(format!("audit entry seq is not positive: {}", self.seq))
            })?,
            at: timestamp(self.at, "audit entry time")?,
            action: AuditAction::parse(&self.action).map_err(|e| {
                StoreError::Corrupt(format!("audit entry {}: action: {e}", self.seq))
            })?,
            actor: self.actor,
            subject: self.subject,
            details: self.details,
            prev_hash: self.prev_hash,
            hash: self.hash,
        })
    }
}

/// What the batch planner needs to know about an existing item.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ItemStateRow {
    pub id: String,
    pub status: String,
    pub flagged: i64,
    pub severity: i64,
    pub score: f64,
    pub copies: i64,
    pub distinct_authors: i64,
    pub reach: i64,
}

/// An item sharing a near key with some post of a batch.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct NearCandidateRow {
    pub near_key: i64,
    /// Smaller is older (see [`crate::plan::Candidate::age`]).
    pub age: i64,
    pub item_id: String,
    pub simhash: i64,
}

impl NearCandidateRow {
    pub(crate) fn into_candidate(self) -> Result<crate::plan::Candidate> {
        Ok(crate::plan::Candidate {
            key: self.near_key,
            age: self.age,
            id: item_id(&self.item_id)?,
            simhash: crate::plan::u64_from_db(self.simhash),
        })
    }
}

/// An (item, author) pair already recorded.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct AuthorRow {
    pub item_id: String,
    pub author: String,
}

/// A (content key, item) pair already recorded.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct KeyRow {
    pub content_key: String,
    pub item_id: String,
}

impl ItemStateRow {
    pub(crate) fn into_state(self) -> Result<(upstander_core::ItemId, crate::plan::ItemState)> {
        let state = crate::plan::ItemState {
            status: status(&self.status)?,
            flagged: self.flagged != 0,
            severity: severity(self.severity, "item severity")?,
            // Written from an f32, so the conversion back is exact.
            score: self.score as f32,
            copies: count(self.copies, "item copies")?,
            distinct_authors: count(self.distinct_authors, "item distinct_authors")?,
            reach: count(self.reach, "item reach")?,
        };
        Ok((item_id(&self.id)?, state))
    }
}

/// Totals for [`crate::StoreCounts`].
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct CountsRow {
    pub posts: i64,
    pub open: i64,
    pub decided: i64,
    pub cleared: i64,
    pub decisions: i64,
}

impl CountsRow {
    pub(crate) fn into_counts(self) -> Result<crate::StoreCounts> {
        Ok(crate::StoreCounts {
            posts: count(self.posts, "post count")?,
            open: count(self.open, "open count")?,
            decided: count(self.decided, "decided count")?,
            cleared: count(self.cleared, "cleared count")?,
            decisions: count(self.decisions, "decision count")?,
        })
    }
}

/// Inclusive bounds of the ids that start with `prefix` (hyphenated, lower-case form), so
/// that a prefix lookup is a range scan on the primary key in both backends.
///
/// `None` when `prefix` cannot begin any hyphenated UUID.
pub(crate) fn prefix_bounds(prefix: &str) -> Option<(String, String)> {
    const TEMPLATE_LEN: usize = 36;
    const HYPHENS: [usize; 4] = [8, 13, 18, 23];
    if prefix.len() > TEMPLATE_LEN {
        return None;
    }
    let mut low = String::with_capacity(TEMPLATE_LEN);
    let mut high = String::with_capacity(TEMPLATE_LEN);
    for (position, given) in prefix.chars().enumerate() {
        let fits = if HYPHENS.contains(&position) {
            given == '-'
        } else {
            given.is_ascii_hexdigit() && !given.is_ascii_uppercase()
        };
        if !fits {
            return None;
        }
        low.push(given);
        high.push(given);
    }
    for position in prefix.len()..TEMPLATE_LEN {
        let (lo, hi) = if HYPHENS.contains(&position) {
            ('-', '-')
        } else {
            ('0', 'f')
        };
        low.push(lo);
        high.push(hi);
    }
    Some((low, high))
}

/// Hex digits in an id's last group, the part a suffix is looked up by.
const TAIL_HEX: u32 = 12;

/// Fewest hex digits of an id's last group accepted as a short id suffix: with six, a store
/// of a million items has about one chance in 17 of two items sharing the suffix asked for.
pub(crate) const MIN_SUFFIX_HEX: usize = 6;

/// An item's suffix key: the last 12 hex digits of its id in reverse order, read as one
/// number. Ids that end in the same digits then share the leading digits of this key, so a
/// suffix lookup is a range scan of its index. 48 bits, so never negative.
pub(crate) fn short_key(id: ItemId) -> i64 {
    let tail = id.as_uuid().as_u128() & ((1 << (4 * TAIL_HEX)) - 1);
    let reversed = (0..TAIL_HEX).fold(0_u128, |acc, i| (acc << 4) | ((tail >> (4 * i)) & 0xF));
    // 48 bits always fit.
    i64::try_from(reversed).unwrap_or(i64::MAX)
}

/// The ids a short id could be a suffix of: a range of [`short_key`] values, narrowed further
/// by [`Suffix::matches`] when it reaches past the last group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suffix {
    /// The suffix as given, lower-case.
    given: String,
    pub low: i64,
    pub high: i64,
}

impl Suffix {
    /// Reads `given` (trimmed, lower-case) as the end of a hyphenated id whose last group has
    /// at least [`MIN_SUFFIX_HEX`] digits; `None` when it cannot be one.
    pub(crate) fn parse(given: &str) -> Option<Self> {
        const TEMPLATE_LEN: usize = 36;
        const HYPHENS: [usize; 4] = [8, 13, 18, 23];
        let start = TEMPLATE_LEN.checked_sub(given.len())?;
        for (offset, c) in given.chars().enumerate() {
            let fits = if HYPHENS.contains(&(start + offset)) {
                c == '-'
            } else {
                c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
            };
            if !fits {
                return None;
            }
        }
        let tail = given.rsplit('-').next().unwrap_or(given);
        if tail.len() < MIN_SUFFIX_HEX {
            return None;
        }
        // The digits reversed are the leading digits of the key; the rest may be anything.
        let leading = tail.chars().rev().try_fold(0_i64, |acc, c| {
            c.to_digit(16).map(|d| (acc << 4) | i64::from(d))
        })?;
        let free_bits = 4 * (TAIL_HEX as usize - tail.len());
        let low = leading << free_bits;
        Some(Self {
            given: given.to_owned(),
            low,
            high: low | ((1_i64 << free_bits) - 1),
        })
    }

    /// Whether the id `id` (hyphenated, lower-case) ends with this suffix.
    pub(crate) fn matches(&self, id: &str) -> bool {
        id.ends_with(&self.given)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_bounds_fill_the_rest_of_the_uuid_template() {
        let (low, high) = prefix_bounds("0190f5a2-6b").unwrap();
        assert_eq!(low, "0190f5a2-6b00-0000-0000-000000000000");
        assert_eq!(high, "0190f5a2-6bff-ffff-ffff-ffffffffffff");
    }

    #[test]
    fn a_prefix_that_breaks_the_uuid_shape_has_no_bounds() {
        assert_eq!(prefix_bounds("0190f5a26"), None);
        assert_eq!(prefix_bounds("xyz1"), None);
        assert_eq!(prefix_bounds("ABCD"), None);
    }

    #[test]
    fn a_suffix_covers_exactly_the_short_keys_of_ids_ending_with_it() {
        let id = ItemId::parse("0190f5a2-6b1c-7c3d-8e9f-0123456789ab").unwrap();
        assert_eq!(short_key(id), 0xba98_7654_3210);
        for given in ["6789ab", "456789ab", "0123456789ab", "8e9f-0123456789ab"] {
            let suffix = Suffix::parse(given).unwrap();
            assert!(
                (suffix.low..=suffix.high).contains(&short_key(id)),
                "{given}"
            );
            assert!(suffix.matches(&id.to_string()), "{given}");
        }
        let suffix = Suffix::parse("6789ab").unwrap();
        assert_eq!(
            (suffix.low, suffix.high),
            (0xba98_7600_0000, 0xba98_76ff_ffff)
        );
        let other = ItemId::parse("0190f5a2-6b1c-7c3d-8e9f-0123456789ac").unwrap();
        assert!(!(suffix.low..=suffix.high).contains(&short_key(other)));
    }

    #[test]
    fn a_suffix_too_short_or_not_shaped_like_an_id_end_is_refused() {
        for given in ["789ab", "", "6789AB", "6789ag", "9ab-cdef01", "0190f5a2-6b"] {
            assert_eq!(Suffix::parse(given), None, "{given}");
        }
    }

    #[test]
    fn the_largest_short_key_stays_positive() {
        let id = ItemId::parse("ffffffff-ffff-7fff-bfff-ffffffffffff").unwrap();
        assert_eq!(short_key(id), 0xffff_ffff_ffff);
        let suffix = Suffix::parse("ffffffffffff").unwrap();
        assert_eq!(
            (suffix.low, suffix.high),
            (0xffff_ffff_ffff, 0xffff_ffff_ffff)
        );
    }

    #[test]
    fn a_stored_severity_out_of_range_is_reported_as_corrupt() {
        assert!(matches!(
            severity(9, "item severity"),
            Err(StoreError::Corrupt(_))
        ));
        assert_eq!(severity(3, "item severity").unwrap(), Severity::S3);
    }

    #[test]
    fn now_is_exact_to_the_microsecond() {
        let time = now();
        assert_eq!(Timestamp::from_microsecond(micros(time)).unwrap(), time);
    }
}
