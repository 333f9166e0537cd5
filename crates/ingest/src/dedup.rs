//! Keys for spotting copies: exact copies after canonicalisation ([`content_key`]), near copies
//! ([`simhash`] compared with [`hamming`]), and re-delivery of the same post ([`ingest_key`]).
//!
//! Copy-paste campaigns repeat one text with small changes: a different @mention, a tracking
//! link, a word swapped, punctuation. [`canonical`] removes what campaigns vary for free, so
//! those copies share a [`content_key`]; [`simhash`] catches the rest.
//!
//! The hashes here are stored by the hub, so they are fixed algorithms (SHA-256 and 64-bit
//! FNV-1a with a SplitMix64 finaliser), never `std`'s `Hasher`, whose output may change between
//! Rust releases. Changing any of them, or [`canonical`], invalidates stored keys.

use sha2::{Digest, Sha256};
use upstander_core::NewPost;

/// The Hamming distance at or under which two [`simhash`]es are a good guess for near copies.
///
/// Measured on 2,000 random 20-word posts: one word changed costs 5.6 bits on average and 10
/// or fewer in 98% of cases; adding or removing mentions, links and punctuation costs nothing
/// (they are not in [`canonical`]). Unrelated posts average about 31 bits and none came within
/// 16. For truly independent hashes, 10 or fewer happens once in 100 million pairs; posts on
/// one topic share words and come closer, so a grouping step should still show reviewers the
/// copies it grouped.
pub const NEAR_DUPLICATE_DISTANCE: u32 = 10;

/// The text that copies have in common: URLs and @mentions dropped, `#hashtags` reduced to
/// their word, punctuation removed, lower-cased, whitespace collapsed to single spaces. Letters
/// in every script, digits, combining marks and emoji are kept.
///
/// `normalised` is meant to be text already normalised by the detector (confusables folded),
/// but any string works.
#[must_use]
pub fn canonical(normalised: &str) -> String {
    let mut out = String::with_capacity(normalised.len());
    let mut cleaned = String::new();
    for token in normalised.split(is_separator) {
        if token.is_empty() || is_url(token) || is_mention(token) {
            continue;
        }
        cleaned.clear();
        for c in token.chars() {
            if is_dropped(c) {
                continue;
            }
            if is_punctuation(c) {
                cleaned.push(' ');
            } else {
                cleaned.extend(c.to_lowercase());
            }
        }
        for word in cleaned.split(' ').filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Strips punctuation that commonly wraps a token: `(https://…)`, `“@name,`.
fn trim_wrapping(token: &str) -> &str {
    token.trim_matches(|c: char| is_punctuation(c) && c != '@' && c != '#')
}

fn is_url(token: &str) -> bool {
    let token = trim_wrapping(token);
    let lower = token.get(..8).unwrap_or(token).to_ascii_lowercase();
    token.contains("://") || lower.starts_with("www.")
}

fn is_mention(token: &str) -> bool {
    let token = trim_wrapping(token);
    token.starts_with('@')
        && token
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Characters removed without splitting the word: apostrophes ("don't" and "dont" are the same
/// word to a campaign) and emoji variation selectors (❤️ and ❤ are the same emoji).
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FE00}'..='\u{FE0F}'
    )
}

/// ASCII punctuation and the Unicode punctuation blocks. Emoji and other symbols are not
/// punctuation: in hate content an emoji is often the word that matters.
fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() || c.is_ascii_control();
    }
    if c.is_alphanumeric() {
        return false;
    }
    c.is_control()
        || matches!(c,
            '\u{00A1}'..='\u{00BF}'
            | '\u{2000}'..='\u{206F}'
            | '\u{2E00}'..='\u{2E7F}'
            | '\u{3000}'..='\u{303F}'
            | '\u{FE10}'..='\u{FE1F}'
            | '\u{FE30}'..='\u{FE6F}'
            | '\u{FF01}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}'
            | '\u{FF5B}'..='\u{FF65}')
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// What to hash when nothing survives [`canonical`] (a post that is only links or mentions):
/// the collapsed text itself, so different links do not all share one key.
fn key_text(normalised: &str) -> (bool, String) {
    let canonical = canonical(normalised);
    if canonical.is_empty() {
        (
            false,
            normalised.split_whitespace().collect::<Vec<_>>().join(" "),
        )
    } else {
        (true, canonical)
    }
}

/// A key shared by texts that are equal after [`canonical`]: 32 hex characters (SHA-256
/// truncated to 16 bytes).
#[must_use]
pub fn content_key(normalised: &str) -> String {
    let (is_canonical, text) = key_text(normalised);
    let mut hasher = Sha256::new();
    if !is_canonical {
        // Keeps a links-only text from colliding with a canonical text that reads the same.
        hasher.update(b"raw\0");
    }
    hasher.update(text.as_bytes());
    hex(&hasher.finalize()[..16])
}

fn feature_hash(feature: &str) -> u64 {
    // FNV-1a: tiny, fixed forever, and good enough once finalised.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in feature.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // FNV's high bits are weak for short inputs, and SimHash uses every bit.
    mix(hash)
}

/// A 64-bit SimHash of [`canonical`]`(normalised)`: near-identical texts get hashes a few bits
/// apart (compare with [`hamming`] and [`NEAR_DUPLICATE_DISTANCE`]). An empty text hashes to 0.
///
/// The features are the words, each counted once per occurrence. Two-word shingles were tried
/// and dropped: on 20-word posts they raised the cost of one changed word from about 5.6 bits
/// to 6.5–7 without separating unrelated posts any better, and campaigns that reorder words are
/// still copies. The price is that a reordering of the same words hashes the same.
#[must_use]
pub fn simhash(normalised: &str) -> u64 {
    let (_, text) = key_text(normalised);
    let mut weights = [0i64; 64];
    let mut any = false;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        any = true;
        let hash = feature_hash(word);
        for (bit, total) in weights.iter_mut().enumerate() {
            if hash >> bit & 1 == 1 {
                *total += 1;
            } else {
                *total -= 1;
            }
        }
    }
    if !any {
        return 0;
    }
    weights
        .iter()
        .enumerate()
        .filter(|(_, total)| **total > 0)
        .fold(0u64, |hash, (bit, _)| hash | 1 << bit)
}

/// Words too common to say anything about whether two posts are copies. Leaving them out of
/// [`near_keys`] keeps unrelated posts from sharing bands just because both say "the".
const STOP_WORDS: &[&str] = &[
    "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her",
    "him", "his", "how", "i", "if", "im", "in", "into", "is", "it", "its", "just", "me", "my",
    "no", "not", "of", "on", "or", "our", "out", "she", "so", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "up", "us", "was", "we",
    "were", "what", "when", "which", "who", "will", "with", "would", "you", "your",
];

/// MinHash rows per band and bands per post: 6 bands of 3 rows. A post that shares 90% of its
/// distinct content words with another (one word changed in twenty) shares at least one band
/// with probability 1 − (1 − 0.9³)⁶ ≈ 99.96%; posts sharing 20% of their words collide in 5% of
/// cases, and sharing 5% almost never.
const ROWS_PER_BAND: usize = 3;
const BANDS: usize = 6;

/// Fewest distinct content words for near-copy matching; shorter posts group only as exact
/// copies, because a one-word change to a three-word post is a different post.
const MIN_NEAR_WORDS: usize = 4;

/// Locality-sensitive keys for finding near-copy candidates with an index lookup: a MinHash
/// of the distinct content words of [`canonical`]`(normalised)`, cut into bands and each band
/// hashed to one key. Two posts that share any key are candidates; confirm with
/// [`simhash`] and [`hamming`]. Posts with fewer than four distinct content words get no keys.
#[must_use]
pub fn near_keys(normalised: &str) -> Vec<u64> {
    let (_, text) = key_text(normalised);
    let mut words: Vec<&str> = text
        .split(' ')
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
        .collect();
    words.sort_unstable();
    words.dedup();
    if words.len() < MIN_NEAR_WORDS {
        return Vec::new();
    }
    let hashes: Vec<u64> = words.iter().map(|w| feature_hash(w)).collect();
    let mut minimums = [u64::MAX; ROWS_PER_BAND * BANDS];
    for hash in hashes {
        for (row, minimum) in minimums.iter_mut().enumerate() {
            // One hash per row from a fixed odd multiplier and the row number: cheap, and
            // independent enough for MinHash.
            let permuted = mix(hash ^ (row as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            *minimum = (*minimum).min(permuted);
        }
    }
    minimums
        .chunks(ROWS_PER_BAND)
        .enumerate()
        .map(|(band, rows)| {
            let mut key = mix(band as u64 + 0x5151);
            for row in rows {
                key = mix(key ^ row);
            }
            key
        })
        .collect()
}

/// The SplitMix64 finaliser: spreads every input bit over the whole word.
fn mix(mut hash: u64) -> u64 {
    hash ^= hash >> 30;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^= hash >> 27;
    hash = hash.wrapping_mul(0x94d0_49bb_1331_11eb);
    hash ^ (hash >> 31)
}

/// The number of bits in which two [`simhash`]es differ.
#[must_use]
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// A key that is the same every time the same post is delivered, so re-running an ingest is
/// idempotent.
///
/// `platform:source_id` when the source gave an id (`x:1785…`). Otherwise `platform#` and 32 hex
/// characters of a SHA-256 over platform, author, creation time, URL and text, each
/// length-prefixed so that no two different posts can be spelled the same.
#[must_use]
pub fn ingest_key(post: &NewPost) -> String {
    let platform = post.platform.as_str();
    if let Some(id) = post
        .source_id
        .as_deref()
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        return format!("{platform}:{id}");
    }
    let created_at = post.created_at.map(|t| t.to_string());
    let mut hasher = Sha256::new();
    for part in [
        Some(platform),
        post.author.as_deref(),
        created_at.as_deref(),
        post.url.as_deref(),
        Some(post.text.as_str()),
    ] {
        match part {
            Some(part) => {
                hasher.update([1u8]);
                hasher.update((part.len() as u64).to_le_bytes());
                hasher.update(part.as_bytes());
            }
            None => hasher.update([0u8]),
        }
    }
    format!("{platform}#{}", hex(&hasher.finalize()[..16]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_word_edit_shares_a_near_key_and_an_unrelated_post_does_not() {
        let base = "migrants are flooding our towns and councils hide the crime figures from honest working people every week";
        let edited = base.replace("honest", "decent");
        let other = "lovely walk along the canal with the dog this morning before the rain came in over the hills";
        let keys = near_keys(base);
        assert_eq!(keys.len(), BANDS);
        assert!(near_keys(&edited).iter().any(|k| keys.contains(k)));
        assert!(!near_keys(other).iter().any(|k| keys.contains(k)));
        assert!(near_keys("too short to match").is_empty());
    }

    #[test]
    fn canonical_drops_links_mentions_and_punctuation_and_keeps_hashtag_words_and_emoji() {
        assert_eq!(
            canonical("@bob,  They're  VERMIN!!! see (https://t.co/abc) #StopThem 🐀🐀 www.x.org"),
            "theyre vermin see stopthem 🐀🐀"
        );
    }

    #[test]
    fn canonical_splits_words_joined_by_punctuation() {
        assert_eq!(canonical("end.Start—next…"), "end start next");
        assert_eq!(canonical("!!! ... ???"), "");
    }

    #[test]
    fn canonical_is_idempotent_on_mixed_scripts() {
        for text in [
            "Ça va? Привет, мир! نص عربي ٣",
            "नमस्ते दुनिया",
            "a\u{200B}b  c",
        ] {
            let once = canonical(text);
            assert_eq!(canonical(&once), once);
        }
    }

    #[test]
    fn a_links_only_text_gets_its_own_key() {
        assert_ne!(
            content_key("https://a.example/1"),
            content_key("https://b.example/2")
        );
        assert_ne!(simhash("https://a.example/1"), 0);
        assert_eq!(simhash(""), 0);
    }
}
