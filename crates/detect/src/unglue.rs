//! Spaces put back into run-together words before anything else reads the post: "Muslims
//! arescum", "gay people should alldie", "I can't standwomen", "#GasTheHomos".
//!
//! The lexicon's own glued and segmented passes report a term inside a long word, but the
//! rules that bind words to a group, read negation or see a threat look at separate words, so
//! a post whose hostile word is glued to "are" or "all" read as nothing. This pass splits a
//! word wholly into lexicon terms and frequent words (terms and function words preferred to
//! other words), and inserts a space at each cut; every later pass then sees ordinary words, and spans still map
//! to the original characters.
//!
//! A split is only trusted when it is unlikely to be an ordinary word taken apart:
//! - the word is not frequent, not itself a term, and not a dictionary word that splits the
//!   same way ([`KEEP_WHOLE`]: "shotgun", "apathetic", found by running a 118,000-word
//!   dictionary through this pass; the ignored test `keep_list` rebuilds it);
//! - its last piece has three letters or more ("lgbtqa", "slutin" and "hatin" stay whole);
//! - and it is made of function words only ("arenot"), or one piece is a term of three
//!   letters or more (a group, a slur, a hostile or profane word, a word of a threat) and
//!   either a piece is a function word ("are", "all", "should", "you"), or two pieces are
//!   terms ("fuckladies"), or three or more pieces cover a term of four letters or more
//!   ("wantgirlsdead").
//!
//! User handles and links are never split ("@KillSheredon" is a name).
//! A word that a lexicon pass already reads as aimed at a group (a slur run together with
//! hatred, a slur in leetspeak) is left whole by `Lexicon::unglue`. A split adds no evidence of
//! its own: a post is still flagged only when the words, once apart, say something hateful
//! about a group.

use std::collections::HashSet;

use super::fuzzy;

/// Dictionary words that this pass would split but are one word ("shotgun" is no "shot gun").
const KEEP_WHOLE: &str = include_str!("unglue_keep.txt");

/// Words that glue onto a term in evasive writing and vouch for the cut.
const FUNCTION_WORDS: &[&str] = &[
    "a", "i", "an", "the", "these", "those", "this", "that", "them", "they", "theyre", "you",
    "your", "ur", "u", "are", "is", "was", "were", "be", "been", "being", "all", "every", "any",
    "should", "must", "will", "would", "can", "cant", "dont", "to", "so", "of", "with", "at", "in",
    "out", "off", "no", "not", "like", "and", "just", "get", "go", "we", "us", "my", "our",
    "their", "im", "very", "such", "some", "more", "most", "for", "by", "as", "than", "who",
    "what", "why", "how", "too", "up", "on", "stand",
];

/// Openers glued to what they open ("honestlyblack folk are ..."), which vouch for a cut like
/// [`FUNCTION_WORDS`].
const OPENERS: &[&str] = &[
    "honestly",
    "literally",
    "seriously",
    "really",
    "actually",
    "basically",
    "frankly",
    "totally",
    "absolutely",
    "truly",
];

/// Everyday words of threats that are worth a cut ("alldie", "behanged"); other words of
/// threat phrases count only when they are not frequent words ("long live" must not make
/// "#longlivelilray" a threat).
const VIOLENT_WORDS: &[&str] = &[
    "die", "dead", "death", "kill", "killed", "shot", "shoot", "hang", "hanged", "burn", "burned",
    "burnt", "gas", "gassed", "murder", "murdered", "stab", "stabbed", "lynch", "lynched", "wiped",
    "drown", "drowned", "executed", "beaten", "deported",
];

/// Whether a word of a threat phrase may be a term piece (see [`VIOLENT_WORDS`]).
pub(crate) fn violent_word(word: &str) -> bool {
    VIOLENT_WORDS.contains(&word) || !fuzzy::is_common(word)
}

/// Shortest word (in letters) taken apart: "alldie".
const SHORTEST: usize = 6;
/// Longest word taken apart: the search is quadratic in it, and a hostile post may be one
/// word of a megabyte. 40 letters hold a glued sentence of eight words.
const LONGEST: usize = 40;
/// Longest piece tried.
const MAX_PIECE: usize = 24;

/// What a piece of a split word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// A lexicon term that can carry a finding, with its length in letters.
    Term(usize),
    Function,
    Word,
}

/// The index a lexicon builds once: which single words are terms, and which words stay whole.
#[derive(Debug, Clone, Default)]
pub(crate) struct Unglue {
    terms: HashSet<String>,
    /// Every lexicon term, single words only: a word that is one is never split.
    known: HashSet<String>,
    keep: HashSet<&'static str>,
}

impl Unglue {
    /// `terms`: words of terms whose signal can carry a finding; `known`: every term.
    pub(crate) fn new(
        terms: impl IntoIterator<Item = String>,
        known: impl IntoIterator<Item = String>,
    ) -> Self {
        Self {
            terms: terms
                .into_iter()
                .filter(|t| {
                    t.len() >= 3
                        && t.chars().all(char::is_alphabetic)
                        && !FUNCTION_WORDS.contains(&t.as_str())
                        && !OPENERS.contains(&t.as_str())
                })
                .collect(),
            known: known.into_iter().collect(),
            keep: KEEP_WHOLE
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect(),
        }
    }

    fn kind(&self, piece: &str) -> Option<Piece> {
        if self.terms.contains(piece) {
            return Some(Piece::Term(piece.chars().count()));
        }
        if FUNCTION_WORDS.contains(&piece) || OPENERS.contains(&piece) {
            return Some(Piece::Function);
        }
        (piece.len() >= 3 && fuzzy::is_common(piece)).then_some(Piece::Word)
    }

    /// Byte offsets inside `word` (lower-case, as normalised) where a space belongs, or an
    /// empty list when the word stays whole.
    pub(crate) fn cuts(&self, word: &str) -> Vec<usize> {
        self.split(word).unwrap_or_default()
    }

    /// The cuts inside `rest`, the word run on after a negative contraction ("can't*stand*
    /// women", "don't*likegays*"): empty when it is a word or term as it stands, `None` when
    /// it reads as neither, so the contraction is left as written.
    pub(crate) fn after_contraction(&self, rest: &str) -> Option<Vec<usize>> {
        if rest.len() >= 3
            && rest.chars().all(|c| c.is_ascii_lowercase())
            && self.kind(rest).is_some()
        {
            return Some(Vec::new());
        }
        self.split(rest)
    }

    fn split(&self, word: &str) -> Option<Vec<usize>> {
        if self.keep.contains(word) {
            return None;
        }
        self.split_any(word)
    }

    /// [`Unglue::split`] without the list of words kept whole (which this builds).
    fn split_any(&self, word: &str) -> Option<Vec<usize>> {
        let letters = word.chars().count();
        if !(SHORTEST..=LONGEST).contains(&letters)
            || !word.chars().all(|c| c.is_ascii_lowercase())
            || fuzzy::is_common(word)
            || self.known.contains(word)
        {
            return None;
        }
        // ASCII only, so bytes are letters. best[k]: (cost, plain words, term letters, start,
        // kind) of the best split of word[..k]. A plain word costs two and a term or function
        // word one, so "ladiesareacancer" reads "ladies are a cancer", not "ladies area
        // cancer"; ties go to fewer plain words, then to more letters in terms.
        type Best = (usize, usize, usize, usize, Piece);
        let mut best: Vec<Option<Best>> = vec![None; letters + 1];
        for end in 1..=letters {
            for start in end.saturating_sub(MAX_PIECE)..end {
                let prefix = if start == 0 {
                    Some((0, 0, 0))
                } else {
                    best.get(start)
                        .copied()
                        .flatten()
                        .map(|(cost, plain, term, ..)| (cost, plain, term))
                };
                let Some((cost, plain, term)) = prefix else {
                    continue;
                };
                let Some(kind) = word.get(start..end).and_then(|p| self.kind(p)) else {
                    continue;
                };
                let (cost, plain, term) = match kind {
                    Piece::Term(n) => (cost + 1, plain, term + n),
                    Piece::Function => (cost + 1, plain, term),
                    Piece::Word => (cost + 2, plain + 1, term),
                };
                let better = best
                    .get(end)
                    .copied()
                    .flatten()
                    .is_none_or(|(c, p, t, ..)| {
                        (cost, plain, std::cmp::Reverse(term)) < (c, p, std::cmp::Reverse(t))
                    });
                if better && let Some(slot) = best.get_mut(end) {
                    *slot = Some((cost, plain, term, start, kind));
                }
            }
        }
        let mut kinds = Vec::new();
        let mut cuts = Vec::new();
        let mut end = letters;
        while end > 0 {
            let (.., start, kind) = best.get(end).copied().flatten()?;
            kinds.push(kind);
            if start > 0 {
                cuts.push(start);
            }
            end = start;
        }
        cuts.reverse();
        let term_sizes: Vec<usize> = kinds
            .iter()
            .filter_map(|k| {
                if let Piece::Term(n) = k {
                    Some(*n)
                } else {
                    None
                }
            })
            .collect();
        let longest = term_sizes.iter().copied().max().unwrap_or(0);
        // A short last piece is a suffix, an acronym's letter or a dropped "g" ("lgbtqa",
        // "slutin", "hatin"), not a word of its own.
        let short_end = word.len() - cuts.last().copied().unwrap_or(0) < 3;
        // Function words alone ("arenot", "shouldnot") come apart too: the words beside them
        // then read as they would in a spaced sentence.
        let all_function = kinds.iter().all(|k| *k == Piece::Function);
        let trusted = kinds.len() >= 2
            && !short_end
            && (all_function
                || (longest >= 3
                    && (kinds.contains(&Piece::Function)
                        || term_sizes.len() >= 2
                        || (kinds.len() >= 3 && longest >= 4))));
        trusted.then_some(cuts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Unglue {
        Unglue::new(
            [
                "scum", "die", "women", "muslims", "vermin", "fuck", "ladies", "dead", "girls",
                "cancer",
            ]
            .map(String::from),
            ["scum", "die", "women", "muslims", "vermin"].map(String::from),
        )
    }

    fn split(word: &str) -> Vec<String> {
        let cuts = index().cuts(word);
        let mut out = Vec::new();
        let mut from = 0;
        for cut in cuts.iter().copied().chain(std::iter::once(word.len())) {
            out.push(word.get(from..cut).unwrap_or_default().to_owned());
            from = cut;
        }
        out
    }

    #[test]
    fn a_term_glued_to_function_words_comes_apart() {
        assert_eq!(split("arescum"), ["are", "scum"]);
        assert_eq!(split("alldie"), ["all", "die"]);
        assert_eq!(split("muslimsarevermin"), ["muslims", "are", "vermin"]);
        assert_eq!(split("fuckladies"), ["fuck", "ladies"]);
        assert_eq!(split("wantgirlsdead"), ["want", "girls", "dead"]);
        assert_eq!(split("ladiesareacancer"), ["ladies", "are", "a", "cancer"]);
        assert_eq!(split("arenot"), ["are", "not"]);
    }

    #[test]
    fn a_word_run_on_after_a_contraction_is_read_as_it_stands_or_split() {
        let index = index();
        assert_eq!(index.after_contraction("women"), Some(Vec::new()));
        assert_eq!(index.after_contraction("arescum"), Some(vec![3]));
        assert_eq!(index.after_contraction("xqzv"), None);
        assert_eq!(index.after_contraction("ok"), None);
    }

    #[test]
    fn ordinary_and_unsplittable_words_stay_whole() {
        for word in [
            "scum",
            "women",
            "another",
            "therapist",
            "diesel",
            "xyzzyscumq",
            "arescumß",
            "womena",
        ] {
            assert_eq!(split(word), [word], "{word}");
        }
        // A term beside a plain word alone is no evidence of glue: "redscum" may be a name.
        assert!(index().cuts("redscum").is_empty());
    }

    /// Rebuilds `unglue_keep.txt` from a word list, one word a line (the project used the
    /// union of Debian's `wamerican-large` and `wbritish-large`, SCOWL 2020.12.07):
    /// `UPSTANDER_DICTIONARY=FILE cargo test -p upstander-detect --lib keep_list -- --ignored`.
    #[test]
    #[ignore = "needs a dictionary file; rebuilds src/unglue_keep.txt"]
    fn keep_list() {
        let path = std::env::var("UPSTANDER_DICTIONARY").expect("UPSTANDER_DICTIONARY");
        let taxonomy = upstander_core::Taxonomy::embedded().expect("taxonomy");
        let lexicon = crate::Lexicon::embedded(&taxonomy).expect("lexicon");
        let words = std::fs::read_to_string(path).expect("dictionary");
        let mut keep: Vec<String> = words
            .lines()
            .map(|w| w.trim().to_lowercase())
            .filter(|w| lexicon.unglue.split_any(w).is_some())
            .collect();
        keep.sort();
        keep.dedup();
        let header = "# Dictionary words that unglue.rs would otherwise split (\"shotgun\" is no\n\
                      # \"shot gun\"). Generated by the ignored test `keep_list` in unglue.rs.\n";
        let out = format!("{header}{}\n", keep.join("\n"));
        let file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/unglue_keep.txt");
        std::fs::write(file, out).expect("write");
    }

    #[test]
    fn huge_words_are_left_alone() {
        assert!(index().cuts(&"arescum".repeat(1000)).is_empty());
    }
}
