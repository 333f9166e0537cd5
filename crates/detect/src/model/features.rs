//! The feature hasher: normalised text to sorted, de-duplicated hashed n-gram buckets.
//!
//! Hashing (rather than a vocabulary) keeps the model file a fixed size and lets unseen
//! spellings still share character n-grams with seen ones. The hash is FNV-1a written out
//! here, because the bucket of a feature is part of the model file's meaning: it must never
//! change with a dependency update or between platforms.

use crate::NormalisedText;

/// Which n-grams the hasher extracts; stored in the model file so training and scoring agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureConfig {
    /// Number of hash buckets is `1 << bits` (10..=24).
    pub bits: u8,
    /// Shortest character n-gram (in chars), 0 for none.
    pub char_min: u8,
    /// Longest character n-gram (in chars).
    pub char_max: u8,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        Self {
            bits: 19,
            char_min: 3,
            char_max: 5,
        }
    }
}

/// One word of a post: its byte range in the normalised text.
pub type WordRange = (usize, usize);

/// Hashed features of one post, with the word each feature came from (for explanations).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// Sorted, de-duplicated bucket indices.
    pub buckets: Vec<u32>,
    /// The value every present bucket takes: `1/sqrt(n)`, so long and short posts weigh alike.
    pub value: f32,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(seed: u8, parts: &[&[u8]]) -> u64 {
    let mut hash = FNV_OFFSET ^ u64::from(seed);
    hash = hash.wrapping_mul(FNV_PRIME);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hash ^= 0x1f;
            hash = hash.wrapping_mul(FNV_PRIME);
        }
        for &byte in *part {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(FNV_PRIME);
        }
    }
    // Fold the high bits in: FNV's low bits alone mix poorly for short keys.
    hash ^ (hash >> 29)
}

impl FeatureConfig {
    /// The number of buckets.
    #[must_use]
    pub fn buckets(&self) -> usize {
        1usize << self.bits.min(24)
    }

    fn bucket(&self, hash: u64) -> u32 {
        // Masked to at most 24 bits, so the cast cannot truncate.
        (hash & ((1u64 << self.bits.min(24)) - 1)) as u32
    }

    /// The words of `text` (byte ranges in the normalised text).
    #[must_use]
    pub fn words(text: &NormalisedText<'_>) -> Vec<WordRange> {
        text.words().collect()
    }

    /// Features of one normalised post: word unigrams, word bigrams (with start and end
    /// markers) and character n-grams of each word padded with spaces, so that "vermin"
    /// inside "verminous" or a run-together "musl1msare" still shares evidence.
    #[must_use]
    pub fn features(&self, text: &NormalisedText<'_>) -> Features {
        let normalised = text.as_str();
        let words = Self::words(text);
        let mut buckets = Vec::with_capacity(words.len() * 12 + 2);
        self.word_features(normalised, &words, |_, bucket| buckets.push(bucket));
        buckets.sort_unstable();
        buckets.dedup();
        let value = if buckets.is_empty() {
            0.0
        } else {
            1.0 / (buckets.len() as f32).sqrt()
        };
        Features { buckets, value }
    }

    /// Calls `emit(word index, bucket)` for each feature; bigram features are charged to their
    /// second word, so the explanation can point at the word that completed the phrase.
    pub fn word_features(
        &self,
        normalised: &str,
        words: &[WordRange],
        mut emit: impl FnMut(usize, u32),
    ) {
        let word = |i: usize| -> &[u8] {
            words
                .get(i)
                .and_then(|&(s, e)| normalised.get(s..e))
                .map_or(&[][..], str::as_bytes)
        };
        let mut chars: Vec<usize> = Vec::new();
        for i in 0..words.len() {
            let w = word(i);
            emit(i, self.bucket(fnv(1, &[w])));
            let previous = if i == 0 { &b"<s>"[..] } else { word(i - 1) };
            emit(i, self.bucket(fnv(2, &[previous, w])));
            if i + 1 == words.len() {
                emit(i, self.bucket(fnv(2, &[w, b"</s>"])));
            }
            if self.char_min == 0 || self.char_max < self.char_min {
                continue;
            }
            // Char n-grams of " word ": boundaries count, so prefixes and suffixes differ.
            let Some(text) = words.get(i).and_then(|&(s, e)| normalised.get(s..e)) else {
                continue;
            };
            let padded = format!(" {text} ");
            chars.clear();
            chars.extend(padded.char_indices().map(|(at, _)| at));
            chars.push(padded.len());
            let count = chars.len() - 1;
            for n in usize::from(self.char_min)..=usize::from(self.char_max) {
                if n > count {
                    break;
                }
                for start in 0..=count - n {
                    let (Some(&from), Some(&to)) = (chars.get(start), chars.get(start + n)) else {
                        continue;
                    };
                    if let Some(gram) = padded.get(from..to) {
                        emit(i, self.bucket(fnv(3, &[gram.as_bytes()])));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    fn features(text: &str) -> Features {
        let normaliser = Normaliser::new();
        FeatureConfig::default().features(&normaliser.normalise(text))
    }

    #[test]
    fn the_same_text_always_hashes_to_the_same_buckets() {
        assert_eq!(features("They are vermin"), features("They are vermin"));
        assert_eq!(
            fnv(1, &[b"vermin"]),
            fnv(1, &[b"vermin"]),
            "the hash must not depend on process state"
        );
    }

    #[test]
    fn the_hash_of_a_known_key_never_changes() {
        // The committed model depends on these exact values.
        assert_eq!(fnv(1, &[b"a"]), 0x082f_4307_f592_dcea);
    }

    #[test]
    fn evasion_is_undone_before_hashing() {
        assert_eq!(features("VERMIN"), features("vermin"));
        assert_eq!(features("v3rm1n"), features("vermin"));
    }

    #[test]
    fn buckets_are_sorted_unique_and_in_range() {
        let config = FeatureConfig {
            bits: 10,
            ..FeatureConfig::default()
        };
        let normaliser = Normaliser::new();
        let f = config.features(&normaliser.normalise("the the the cat sat on the mat 🐀🐀"));
        assert!(f.buckets.windows(2).all(|w| w[0] < w[1]));
        assert!(f.buckets.iter().all(|&b| (b as usize) < config.buckets()));
        assert!((f.value - 1.0 / (f.buckets.len() as f32).sqrt()).abs() < 1e-6);
    }

    #[test]
    fn an_empty_post_has_no_features() {
        let f = features("");
        assert!(f.buckets.is_empty());
        assert_eq!(f.value, 0.0);
    }

    #[test]
    fn word_order_matters_through_bigrams() {
        assert_ne!(features("not hate"), features("hate not"));
    }
}
