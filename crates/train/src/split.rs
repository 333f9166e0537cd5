//! De-duplication and leakage-free splits.
//!
//! Copies of one text across sets (SBIC holds Davidson and Stormfront posts; CrowdCounter's
//! posts come from HateXplain) are merged on a key that ignores case, punctuation and
//! spacing, keeping emoji: HatemojiBuild's contrast pairs differ by a single emoji. Copies that
//! disagree on the label are dropped. A text in any test split is test everywhere, and every
//! row of a group (a contrast pair, a post and its replies) lands on the same side.

use std::collections::HashMap;

use crate::data::{Example, Split};

/// The de-duplication key.
#[must_use]
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || (!c.is_ascii() && !c.is_whitespace() && !c.is_ascii_punctuation())
        {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

/// A stable 64-bit hash (FNV-1a) of a seed and a string; splits must not change between runs
/// or platforms.
#[must_use]
pub fn stable_hash(seed: u64, text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &b in text.as_bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash ^ (hash >> 31)
}

/// Sets whose authors fixed a test split: their other rows go to train or validation only.
fn has_test_split(set: &str) -> bool {
    !matches!(
        set,
        "davidson" | "ethos" | "toxigen" | "contrastive" | "encoder_pairs"
    )
}

/// The split of a group without an official one: 15% validation, and 15% test for sets
/// with no test split of their own.
fn hashed_split(seed: u64, set: &str, group: &str) -> Split {
    let bucket = stable_hash(seed, group) % 100;
    if !has_test_split(set) && bucket < 15 {
        Split::Test
    } else if bucket >= 85 {
        Split::Validation
    } else {
        Split::Train
    }
}

/// An example with its final split.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The example (first copy seen).
    pub example: Example,
    /// Where it went.
    pub split: Split,
}

/// Counts for the training report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DedupStats {
    /// Rows read.
    pub rows: usize,
    /// Distinct texts kept.
    pub kept: usize,
    /// Texts dropped because their copies disagree on the label.
    pub conflicting: usize,
    /// Empty texts dropped.
    pub empty: usize,
}

/// De-duplicates and splits, deterministically for a seed.
#[must_use]
pub fn place(examples: Vec<Example>, seed: u64) -> (Vec<Placed>, DedupStats) {
    let mut stats = DedupStats {
        rows: examples.len(),
        ..DedupStats::default()
    };
    // Group splits first: an official split wins for the whole group, test over the others.
    let mut group_split: HashMap<String, Split> = HashMap::new();
    for e in &examples {
        let split = e
            .official
            .unwrap_or_else(|| hashed_split(seed, e.set, &e.group));
        let entry = group_split.entry(e.group.clone()).or_insert(split);
        if e.official.is_some() && split > *entry || e.official == Some(Split::Test) {
            *entry = split;
        }
    }
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut placed: Vec<Placed> = Vec::new();
    let mut conflict: Vec<bool> = Vec::new();
    for e in examples {
        let k = key(&e.text);
        if k.is_empty() {
            stats.empty += 1;
            continue;
        }
        let split = group_split.get(&e.group).copied().unwrap_or(Split::Train);
        match by_key.get(&k) {
            Some(&i) => {
                if let (Some(p), Some(c)) = (placed.get_mut(i), conflict.get_mut(i)) {
                    if p.example.hateful != e.hateful {
                        *c = true;
                    }
                    // Text that is test anywhere is test everywhere.
                    p.split = p.split.max(split);
                    if p.example.targets.is_empty() {
                        p.example.targets = e.targets;
                    }
                }
            }
            None => {
                by_key.insert(k, placed.len());
                placed.push(Placed { example: e, split });
                conflict.push(false);
            }
        }
    }
    let kept: Vec<Placed> = placed
        .into_iter()
        .zip(conflict)
        .filter_map(|(p, c)| (!c).then_some(p))
        .collect();
    stats.conflicting = by_key.len() - kept.len();
    stats.kept = kept.len();
    (kept, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(set: &'static str, text: &str, hateful: bool, group: &str) -> Example {
        Example {
            set,
            text: text.to_owned(),
            hateful,
            categories: None,
            targets: Vec::new(),
            group: group.to_owned(),
            official: None,
        }
    }

    #[test]
    fn the_key_ignores_case_punctuation_and_spacing_but_keeps_emoji() {
        assert_eq!(key("Hello,  World!!"), "hello world");
        assert_ne!(key("I love 🔪 them"), key("I love 👏 them"));
    }

    #[test]
    fn copies_that_disagree_on_the_label_are_dropped() {
        let (kept, stats) = place(
            vec![
                ex("a", "Same text", true, "1"),
                ex("b", "same text!", false, "2"),
            ],
            1,
        );
        assert!(kept.is_empty());
        assert_eq!(stats.conflicting, 1);
    }

    #[test]
    fn a_contrast_pair_never_straddles_a_split() {
        let mut rows = Vec::new();
        for i in 0..500 {
            rows.push(ex(
                "contrastive",
                &format!("they are bad {i}"),
                true,
                &format!("p{i}"),
            ));
            rows.push(ex(
                "contrastive",
                &format!("they are not bad {i}"),
                false,
                &format!("p{i}"),
            ));
        }
        let (kept, _) = place(rows, 7);
        let mut split_of: HashMap<String, Split> = HashMap::new();
        for p in &kept {
            let s = split_of.entry(p.example.group.clone()).or_insert(p.split);
            assert_eq!(*s, p.split, "group {} straddles", p.example.group);
        }
        assert!(kept.iter().any(|p| p.split == Split::Test));
        assert!(kept.iter().any(|p| p.split == Split::Validation));
    }

    #[test]
    fn text_that_is_test_in_one_set_is_test_everywhere() {
        let mut test = ex("sbic", "shared post", true, "g1");
        test.official = Some(Split::Test);
        let mut train = ex("davidson", "Shared post.", true, "g2");
        train.official = Some(Split::Train);
        let (kept, _) = place(vec![train, test], 3);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].split, Split::Test);
    }
}
