//! Re-uploads: copies of referred content found again, by the ingest crate's near-duplicate
//! keys (exact after canonicalisation, or a SimHash within a few bits), so "re-uploaded" means
//! the same thing here as it does when the hub groups incoming posts.

use serde::{Deserialize, Serialize};
use upstander_ingest::dedup::{NEAR_DUPLICATE_DISTANCE, canonical, content_key, hamming, simhash};

/// A post seen somewhere, to compare with the referred original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    /// Where it was seen.
    pub url: String,
    /// Its text.
    pub text: String,
}

/// How closely a candidate copies the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum CopyKind {
    /// The same text once mentions, links, case and punctuation are set aside.
    Exact,
    /// A near copy: its SimHash differs in `distance` bits (at most
    /// [`NEAR_DUPLICATE_DISTANCE`]).
    Near {
        /// Differing bits.
        distance: u32,
    },
}

/// A candidate found to be a copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reupload {
    /// Its position in the candidates.
    pub index: usize,
    /// Where it was seen.
    pub url: String,
    /// How close it is.
    pub copy: CopyKind,
}

/// The candidates that copy `original`, in candidate order. An original with no words left
/// after canonicalisation (only links or emoji-free punctuation) matches nothing, because
/// every empty text would otherwise be a "copy" of every other.
#[must_use]
pub fn find_reuploads(original: &str, candidates: &[Candidate]) -> Vec<Reupload> {
    if canonical(original).is_empty() {
        return Vec::new();
    }
    let key = content_key(original);
    let hash = simhash(original);
    candidates
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            if canonical(&c.text).is_empty() {
                return None;
            }
            let copy = if content_key(&c.text) == key {
                CopyKind::Exact
            } else {
                let distance = hamming(hash, simhash(&c.text));
                if distance > NEAR_DUPLICATE_DISTANCE {
                    return None;
                }
                CopyKind::Near { distance }
            };
            Some(Reupload {
                index,
                url: c.url.clone(),
                copy,
            })
        })
        .collect()
}
