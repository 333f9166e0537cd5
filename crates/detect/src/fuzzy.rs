//! Evasion the normaliser cannot undo: swapped or dropped letters ("vremin", "musilms") and
//! deleted spaces ("muslimsare vermin").
//!
//! Both passes only look at words the exact pass left unmatched, and never at frequent English
//! words (an embedded list), so "bigger", "money" or "therapist" are never read as a misspelt or
//! glued term and the common, harmless post costs one hash lookup per long word.
//! - Misspellings: Damerau-Levenshtein (optimal string alignment) distance 1 for terms of 6 to
//!   8 letters, 2 for 9 or more, found through a table of single-letter deletions (a term and a
//!   word within distance 1 share a deletion) and then checked exactly. The first letter must
//!   agree: most real-word near misses of slurs differ there ("thinks", "willing").
//! - Short terms (4 or 5 letters: "gays", "jews", "women", "scum") only as a swap of two
//!   adjacent letters after the first ("gyas", "wmoen"), and five-letter ones also with a
//!   letter after the first dropped ("woen"): other edits turn too many short words into each
//!   other, but these rarely make a real word, and the variants that do ("apse", "beats") are
//!   dropped when the table is built.
//! - Group phrases ("gay people"): any word of three or more letters with one swap or one
//!   dropped letter ("agy people", "blck people"), the head noun vouching for the reading.
//! - Glued words: a term of 6 or more letters inside a longer word, where what is left on each
//!   side is itself a frequent word (or a lexicon term): "muslimsare", "hatemuslims".
//!
//! Speed matters because every word of five letters or more reaches this pass. So the
//! misspelling lookup first asks a per-first-letter bit mask whether any term of a nearby length
//! exists at all, and reuses one buffer for the word's deletions instead of allocating a string
//! each; the glued pass finds candidate terms with one Aho-Corasick automaton over the eligible
//! terms (one scan of the word) instead of searching the word once per term.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// Frequent words that are never fuzzy- or glue-matched (see the file's header).
const COMMON_WORDS: &str = include_str!("common_words.txt");

/// Real words that contain a term glued to a short word, too rare for the frequency list.
const EXTRA_COMMON: &[&str] = &[
    // Real words that are slurs with two letters swapped (see `Fuzzy::with_slur_swaps`).
    "polka",
    "polkas",
    "retrad",
    "therapist",
    "therapists",
    // Real words with a strong slur between frequent words (`Fuzzy::with_glued_slurs`).
    "retardate",
    "spastically",
    "woodknacker",
    "manslaughter",
    "nevermind",
    "approaches",
    "demonstrate",
    "demonstrates",
    "demonstrated",
    // Real words one swap away from a short term ("apes", "liars", "trans", "worst").
    "apse",
    "lairs",
    "tarns",
    "worts",
    // v1.9: real words one edit from a group name, found by running a dictionary's words
    // through "those ___ are ..." ("blanks" was read as "blacks", "refuges" as "refugees").
    // "tans" and "pole" are left out: they are how "trans" and "Poles" get misspelt.
    "artistic",
    "backs",
    "blanks",
    "blocks",
    "cathodic",
    "chines",
    "christen",
    "christens",
    "envies",
    "hind",
    "hinds",
    "jewfish",
    "koran",
    "lamina",
    "laminas",
    "masque",
    "masques",
    "muslin",
    "muslins",
    "refuge",
    "refuges",
    "roam",
    "tail",
    "tails",
    "traveled",
    "whiles",
    "whines",
    "whiten",
    "whitens",
    "whits",
];

/// Shortest term (in letters) either pass looks for.
const MIN_TERM: usize = 6;
/// Shortest term (in letters) looked for as a swap of two adjacent letters.
const MIN_SWAP_TERM: usize = 4;
/// Shortest slur looked for with two letters swapped: four-letter ones swap into words
/// ("hoes" / "hose", "tard" / "trad", "paki" / "paik").
const MIN_SLUR_SWAP: usize = 5;
/// Shortest slur looked for with one letter dropped: "nigger" -> "ngger". Shorter ones drop
/// into words and abbreviations too often.
const MIN_SLUR_DROP: usize = 6;
/// Words, names and spellings in other languages that are a slur with one letter dropped or
/// two swapped, found by running every variant through 325,000 dictionary words
/// (`scripts/vet-slur-variants`) and by reading the rest: they are never read as the slur.
const REAL_WORD_VARIANTS: &[&str] = &[
    "baner", "baners", "beane", "beanes", "bener", "beners", "chiks", "chinkie", "chins", "chiny",
    "darie", "daries", "darke", "darkes", "femid", "femids", "gaylor", "hebes", "hymes", "kacker",
    "kackers", "knaker", "knakers", "lezzes", "murat", "murats", "muzra", "muzras", "niger",
    "paiks", "pikes", "pikie", "pikis", "plack", "placks", "plaks", "polac", "polacs", "polas",
    "polks", "pooter", "pooters", "reard", "reards", "retar", "retars", "sabos", "sacker",
    "sackers", "samos", "sheenie", "sheny", "sicks", "sodomie", "sodomies", "spacer", "spacers",
    "spaker", "spakers", "tannies", "tanny", "tannys", "toons", "trons",
];
/// Shortest word of a hostile multi-word term that is looked for with a letter dropped
/// ("disgut me", "can't stnd").
const MIN_PHRASE_DROP_WORD: usize = 5;
/// Shortest word of a multi-word term that is looked for misspelt ("gy people").
const MIN_PHRASE_EDIT_WORD: usize = 3;
/// Fewest letters a word rejoined from pieces split by stray spaces may have.
const MIN_SPLIT_JOIN: usize = 5;
/// Longest first piece (in bytes) of a word split by a stray space.
const MAX_SPLIT_PIECE: usize = 6;
/// Head nouns that make a multi-word term a group phrase ("gay *people*").
const GROUP_HEAD_NOUNS: &[&str] = &["people", "person", "persons", "folk", "folks"];
/// Places in group terms ("Islamic centre", "women's refuge"): no misspelling of them names a
/// group ("rebuke" is two letters from "refuge").
const GROUP_PLACE_NOUNS: &[&str] = &[
    "centre",
    "center",
    "centres",
    "centers",
    "clinic",
    "clinics",
    "refuge",
    "shelter",
    "camp",
    "camps",
    "hotel",
    "hotels",
    "march",
    "community",
];
/// Head nouns that vouch for a misspelt word before them ("trns *men*", "blck *women*").
const PHRASE_HEAD_NOUNS: &[&str] = &[
    "people", "person", "persons", "folk", "folks", "men", "women",
];
/// Longest remainder (bytes) of a glued word tried as three frequent words.
const MAX_THREE_PIECES: usize = 16;
/// Shortest word the glued pass splits.
const MIN_GLUED_WORD: usize = 8;
/// Shortest word the glued pass splits when it starts with the writer's "i" ("ihate").
const MIN_WRITER_GLUED: usize = 5;
/// Two-letter words a glued word may be made of; longer pieces come from the frequency list.
const SHORT_PIECES: &[&str] = &[
    "is", "am", "be", "to", "so", "my", "no", "we", "us", "of", "in", "on", "go", "an", "do", "he",
    "me", "ur", "at",
];
/// Chat abbreviations a glued word may end with ("lookatthesespazzessmh").
const SLANG_PIECES: &[&str] = &["smh", "lol", "lmao", "tbh", "imo", "ngl", "omg", "wtf"];
/// Endings and beginnings that make another word of a term, not a second word.
const AFFIXES: &[&str] = &[
    "ed", "ing", "er", "ers", "est", "ly", "ry", "ery", "ness", "ist", "ists", "ism", "ic", "ish",
    "ity", "ion", "ions", "es", "non", "anti", "pro", "ous", "ize", "ise", "ised", "ized", "hood",
    "ship", "like", "less", "ful", "ment", "ments", "age", "ages", "ial", "ian", "ians", "ity",
];

/// Adds each (entry, variant) to `map`, except frequent words, lexicon terms (`known`) and a
/// variant two entries share: it could stand for either, so it stands for neither.
fn add_variants(
    map: &mut HashMap<String, usize>,
    known: &HashSet<String>,
    variants: impl IntoIterator<Item = (usize, String)>,
) {
    let mut clashes: HashSet<String> = HashSet::new();
    for (entry, variant) in variants {
        if is_common(&variant) || known.contains(&variant) {
            continue;
        }
        match map.get(&variant) {
            Some(&other) if other != entry => {
                clashes.insert(variant);
            }
            _ => {
                map.insert(variant, entry);
            }
        }
    }
    for variant in clashes {
        map.remove(&variant);
    }
}

fn common_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        COMMON_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .chain(EXTRA_COMMON.iter().copied())
            .collect()
    })
}

/// Whether `word` is a frequent English word (never fuzzy- or glue-matched).
pub(crate) fn is_common(word: &str) -> bool {
    common_words().contains(word)
}

/// Whether `word` is a frequent word with an inflection the frequency list leaves out
/// ("lowers", "lowered", "lowering"): a real word, however close to a term ("losers").
fn inflects_common(word: &str) -> bool {
    ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| stem.len() >= 3 && is_frequent(stem))
    })
}

/// Whether `word` is on the frequency list itself. Inside a multi-word group term the rare
/// real words of [`EXTRA_COMMON`] are fair misspellings: nobody writes of "tarns people".
fn is_frequent(word: &str) -> bool {
    is_common(word) && !EXTRA_COMMON.contains(&word)
}

/// Whether `prefix` begins a longer frequent word ("nig" begins "night"): a post cut off
/// after it may have been cut inside that word. Scans the list; only called for the rare word
/// that a trailing ellipsis cuts.
pub(crate) fn begins_common_word(prefix: &str) -> bool {
    !prefix.is_empty()
        && common_words()
            .iter()
            .any(|w| w.len() > prefix.len() && w.starts_with(prefix))
}

/// The fuzzy index over the lexicon's eligible single-word terms.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fuzzy {
    /// Deletion variant (and the term itself) -> entry indices.
    deletes: HashMap<String, Vec<usize>>,
    /// Eligible terms by entry index, for the exact distance check and the glued pass; strong
    /// slurs follow them, for the glued pass only (the deletion table indexes the others).
    terms: Vec<(usize, String)>,
    /// All lexicon terms, so a glued piece may be a term as well as a frequent word.
    known: HashSet<String>,
    /// Where the strong slurs start in `terms` (see [`Fuzzy::with_glued_slurs`]).
    slurs_from: usize,
    /// First letter -> bit `n` set when an eligible term of `n` letters (63: 63 or more)
    /// starts with it. A word can only be a misspelling of a term with its first letter and
    /// at most two letters more or fewer, so most words are dismissed with one lookup.
    shapes: HashMap<char, u64>,
    /// The eligible terms as patterns, pattern id = index into `terms`; `None` if it could
    /// not be built (then the glued pass finds nothing rather than failing).
    glue: Option<AhoCorasick>,
    /// Every lexicon term with its spaces removed ("should be shot" -> "shouldbeshot") ->
    /// entry index: the pieces a run-together word may be segmented into.
    segments: HashMap<String, usize>,
    /// The first [`GROUP_HEAD_LETTERS`] letters of every group term.
    group_heads: HashSet<String>,
    /// Short terms with two adjacent letters (after the first) swapped -> entry index.
    swaps: HashMap<String, usize>,
    /// Multi-word terms with one word swapped ("blakc people") -> entry index.
    phrase_swaps: HashMap<String, usize>,
    /// Slurs with two adjacent letters swapped ("fgagots", "ikkes") -> entry index.
    slur_swaps: HashMap<String, usize>,
    /// Strong slurs with one letter after the first dropped ("fggots") -> entry index.
    slur_drops: HashMap<String, usize>,
    /// The words of group terms by their first and by their second letter (a swap may move
    /// either to the front), for [`Fuzzy::near_group`].
    group_words: HashMap<char, Vec<String>>,
}

/// Shortest word (in letters) the segmentation pass takes apart. Eight letters reach
/// "jewsrats" and "gaysarescum"; a segmentation only counts when it is whole and holds both a
/// group and a hostile term, which ordinary words of that length do not.
pub(crate) const MIN_SEGMENTED_WORD: usize = 8;
/// Below this many letters a word is only segmented when it opens with the first letters of a
/// lexicon group term (see [`Fuzzy::with_group_heads`]): words of 8–11 letters are common,
/// and trying every one of them doubled the cost of the lexicon pass.
const SHORT_SEGMENTED_WORD: usize = 12;
/// How many opening letters of a group term make a short word worth segmenting.
const GROUP_HEAD_LETTERS: usize = 3;
/// Longest piece the segmentation pass tries; no common word or term is longer.
const MAX_PIECE: usize = 24;

/// A segmentation prefix: (pieces, letters in lexicon terms, previous boundary, entry of
/// the last piece).
type Cut = (usize, usize, usize, Option<usize>);

/// One piece of a segmented word: byte range within the word and the lexicon entry it is,
/// if it is a term rather than a common word.
pub(crate) type Piece = (usize, usize, Option<usize>);

/// The bit for a term or word of `letters` letters in [`Fuzzy::shapes`].
fn shape_bit(letters: usize) -> u64 {
    1u64 << letters.min(63)
}

fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(word.len());
        s.push_str(word.get(..i).unwrap_or_default());
        s.push_str(word.get(i + c.len_utf8()..).unwrap_or_default());
        s
    })
}

/// Edit budget for a term of `letters` letters.
fn budget(letters: usize) -> usize {
    if letters >= 9 { 2 } else { 1 }
}

/// Optimal string alignment distance, giving up (returning `limit + 1`) once it must exceed
/// `limit`.
pub(crate) fn distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        if let Some(cell) = rows.get_mut(at(i, 0)) {
            *cell = i;
        }
    }
    for j in 0..=b.len() {
        if let Some(cell) = rows.get_mut(at(0, j)) {
            *cell = j;
        }
    }
    for i in 1..=a.len() {
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let get = |i: usize, j: usize| rows.get(at(i, j)).copied().unwrap_or(usize::MAX / 2);
            let cost = usize::from(a.get(i - 1) != b.get(j - 1));
            let mut best = (get(i - 1, j) + 1)
                .min(get(i, j - 1) + 1)
                .min(get(i - 1, j - 1) + cost);
            if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                best = best.min(get(i - 2, j - 2) + 1);
            }
            if let Some(cell) = rows.get_mut(at(i, j)) {
                *cell = best;
            }
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return limit + 1;
        }
    }
    rows.get(at(a.len(), b.len())).copied().unwrap_or(limit + 1)
}

impl Fuzzy {
    /// Indexes `terms` (entry index, normalised term); `known` is every lexicon term.
    pub(crate) fn new(terms: Vec<(usize, String)>, known: HashSet<String>) -> Self {
        let mut deletes: HashMap<String, Vec<usize>> = HashMap::new();
        for (slot, (_, term)) in terms.iter().enumerate() {
            deletes.entry(term.clone()).or_default().push(slot);
            for d in deletions(term) {
                if budget(term.chars().count()) >= 2 {
                    for dd in deletions(&d) {
                        deletes.entry(dd).or_default().push(slot);
                    }
                }
                deletes.entry(d).or_default().push(slot);
            }
        }
        for slots in deletes.values_mut() {
            slots.sort_unstable();
            slots.dedup();
        }
        let mut shapes: HashMap<char, u64> = HashMap::new();
        for (_, term) in &terms {
            if let Some(first) = term.chars().next() {
                *shapes.entry(first).or_default() |= shape_bit(term.chars().count());
            }
        }
        // Standard (leftmost-first is not needed): overlapping matches report every term
        // occurring in the word, like searching for each term in turn.
        let glue = AhoCorasick::new(terms.iter().map(|(_, t)| t.as_str())).ok();
        Self {
            deletes,
            slurs_from: terms.len(),
            terms,
            known,
            shapes,
            glue,
            segments: HashMap::new(),
            group_heads: HashSet::new(),
            swaps: HashMap::new(),
            phrase_swaps: HashMap::new(),
            slur_swaps: HashMap::new(),
            slur_drops: HashMap::new(),
            group_words: HashMap::new(),
        }
    }

    /// Adds slurs (entry index, normalised term) of [`MIN_SLUR_SWAP`] letters or more, found
    /// with any two adjacent letters swapped. Slurs get no other fuzzy matching (too many
    /// words sit one edit from one), but a swap of a slur's letters is almost never a word:
    /// checked against a 264,000-word dictionary, the only ones were "polka" and "retrad",
    /// which are in [`EXTRA_COMMON`]. A variant that is a frequent word or a lexicon term, or
    /// that two slurs share, is left out.
    pub(crate) fn with_slur_swaps(
        mut self,
        terms: impl IntoIterator<Item = (usize, String)>,
    ) -> Self {
        let mut found: Vec<(usize, String)> = Vec::new();
        for (entry, term) in terms {
            let letters: Vec<char> = term.chars().collect();
            if letters.len() < MIN_SLUR_SWAP || !letters.iter().all(|c| c.is_alphabetic()) {
                continue;
            }
            for i in 0..letters.len() - 1 {
                let mut variant = letters.clone();
                variant.swap(i, i + 1);
                let variant: String = variant.into_iter().collect();
                if variant != term && !REAL_WORD_VARIANTS.contains(&variant.as_str()) {
                    found.push((entry, variant));
                }
            }
        }
        add_variants(&mut self.slur_swaps, &self.known, found);
        self
    }

    /// Adds slurs (entry index, normalised term) of [`MIN_SLUR_DROP`] letters or more, found
    /// with one letter after the first dropped ("nggers", "wetbcks", "towelhads"). The caller
    /// passes only strong slurs: weak ones are ambiguous enough spelt right. Variants that are
    /// words ([`REAL_WORD_VARIANTS`], the frequent words, lexicon terms) or that two slurs share
    /// are left out, as for swaps.
    pub(crate) fn with_slur_drops(
        mut self,
        terms: impl IntoIterator<Item = (usize, String)>,
    ) -> Self {
        let mut found: Vec<(usize, String)> = Vec::new();
        // One of a double letter dropped ("nigers", "pofters"): the lexicon also lists that
        // squeezed form, but only to catch stretched spellings, so it is no other term.
        let mut undoubled: Vec<(usize, String)> = Vec::new();
        for (entry, term) in terms {
            let letters: Vec<char> = term.chars().collect();
            if letters.len() < MIN_SLUR_DROP || !letters.iter().all(|c| c.is_alphabetic()) {
                continue;
            }
            for i in 1..letters.len() {
                let variant: String = letters
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, c)| c)
                    .collect();
                if REAL_WORD_VARIANTS.contains(&variant.as_str()) || variant == term {
                    continue;
                }
                let doubled = letters.get(i - 1) == letters.get(i);
                if doubled {
                    undoubled.push((entry, variant));
                } else {
                    found.push((entry, variant));
                }
            }
        }
        let swaps = std::mem::take(&mut self.slur_swaps);
        add_variants(&mut self.slur_drops, &self.known, found);
        add_variants(&mut self.slur_drops, &HashSet::new(), undoubled);
        // A variant that is also another slur's swap stands for neither.
        self.slur_drops
            .retain(|variant, entry| swaps.get(variant).is_none_or(|other| other == entry));
        self.slur_swaps = swaps;
        self
    }

    /// Adds strong slurs (entry index, normalised term) of [`MIN_TERM`] letters or more to the
    /// glued pass only: "dirtyniggers", "allfaggots", "atrannie" (a slur may follow "a" or "i"
    /// as well as frequent words). They get no misspelling pass, and the
    /// real words that hold one between frequent words ("retardate") are in [`EXTRA_COMMON`].
    pub(crate) fn with_glued_slurs(
        mut self,
        terms: impl IntoIterator<Item = (usize, String)>,
    ) -> Self {
        self.slurs_from = self.terms.len();
        // Multi-word slurs run together too ("porchmonkeys").
        self.terms.extend(
            terms
                .into_iter()
                .map(|(entry, t)| (entry, t.split_whitespace().collect::<String>()))
                .filter(|(_, t)| Self::eligible(t)),
        );
        self.glue = AhoCorasick::new(self.terms.iter().map(|(_, t)| t.as_str())).ok();
        self
    }

    /// The strong slur `word` is with one letter dropped, as its entry index.
    pub(crate) fn dropped_slur(&self, word: &str) -> Option<usize> {
        self.slur_drops.get(word).copied()
    }

    /// The slur `word` is with two letters swapped, as its entry index.
    pub(crate) fn swapped_slur(&self, word: &str) -> Option<usize> {
        self.slur_swaps.get(word).copied()
    }

    /// Adds the group terms whose words [`Fuzzy::near_group`] compares against.
    pub(crate) fn with_group_words(mut self, terms: impl IntoIterator<Item = String>) -> Self {
        let mut words: HashSet<String> = HashSet::new();
        for term in terms {
            for word in term.split(' ') {
                if word.chars().count() >= MIN_PHRASE_EDIT_WORD
                    && word.chars().all(char::is_alphabetic)
                    && !GROUP_HEAD_NOUNS.contains(&word)
                    && !GROUP_PLACE_NOUNS.contains(&word)
                {
                    words.insert(word.to_owned());
                }
            }
        }
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort_unstable();
        for word in words {
            let mut leads: Vec<char> = word.chars().take(2).collect();
            leads.dedup();
            for lead in leads {
                self.group_words.entry(lead).or_default().push(word.clone());
            }
        }
        self
    }

    /// Whether `word`, which no pass matched, is close to a word of a group term: one edit
    /// for short group words, two for words of six letters or more ("jwes", "muzlims",
    /// "imigrnts"), whose first letter opens the group word or is its second letter. Looser
    /// than the misspelling pass, so it is only asked about posts whose hostile words found no
    /// group, and its answer is a hint for the model gate, never a group by itself. Frequent
    /// words and lexicon terms are never near a group.
    pub(crate) fn near_group(&self, word: &str) -> bool {
        let letters = word.chars().count();
        if letters < MIN_PHRASE_EDIT_WORD || is_common(word) || self.known.contains(word) {
            return false;
        }
        let Some(lead) = word.chars().next() else {
            return false;
        };
        self.group_words.get(&lead).is_some_and(|candidates| {
            candidates.iter().any(|g| {
                let limit = if g.chars().count() >= MIN_TERM { 2 } else { 1 };
                g.chars().count().abs_diff(letters) <= limit && distance(word, g, limit) <= limit
            })
        })
    }

    /// Adds short terms (entry index, normalised term) of [`MIN_SWAP_TERM`] letters up to
    /// one under [`MIN_TERM`], found only with two adjacent letters after the first swapped
    /// (five-letter terms also with one letter after the first dropped).
    /// A variant that is itself a frequent word or a lexicon term is left out, and so is one
    /// two terms share (it could stand for either).
    pub(crate) fn with_swaps(mut self, terms: impl IntoIterator<Item = (usize, String)>) -> Self {
        let mut found: Vec<(usize, String)> = Vec::new();
        for (entry, term) in terms {
            let letters: Vec<char> = term.chars().collect();
            if !(MIN_SWAP_TERM..MIN_TERM).contains(&letters.len())
                || !letters.iter().all(|c| c.is_alphabetic())
            {
                continue;
            }
            let mut variants: Vec<Vec<char>> = (1..letters.len() - 1)
                .map(|i| {
                    let mut variant = letters.clone();
                    variant.swap(i, i + 1);
                    variant
                })
                .collect();
            // Five-letter terms also with one letter after the first dropped ("woen",
            // "trns"): what is left has four letters, still rarely a word of its own.
            if letters.len() == MIN_TERM - 1 {
                variants.extend((1..letters.len()).map(|i| {
                    let mut variant = letters.clone();
                    variant.remove(i);
                    variant
                }));
            }
            found.extend(
                variants
                    .into_iter()
                    .filter(|v| *v != letters)
                    .map(|v| (entry, v.into_iter().collect())),
            );
        }
        add_variants(&mut self.swaps, &self.known, found);
        self
    }

    /// Adds multi-word terms (entry index, normalised term) with one word misspelt: in a
    /// group phrase, a word of three or more letters by a swap of two adjacent letters
    /// ("blakc people", "agy people") or one dropped letter after its first ("blck
    /// people"), or "people" written "ppl", "folk" or "folks"; in any other phrase, a word of
    /// four or more letters by a swap after its first letter, and one of five or more by a
    /// dropped letter after its first ("disgut me"). A variant whose changed word is a
    /// frequent word or a term is left out.
    pub(crate) fn with_phrase_swaps(
        mut self,
        terms: impl IntoIterator<Item = (usize, String)>,
    ) -> Self {
        for (entry, term) in terms {
            let words: Vec<&str> = term.split(' ').collect();
            if !(2..=3).contains(&words.len())
                || !words
                    .iter()
                    .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
            {
                continue;
            }
            let group_phrase = words.last().is_some_and(|w| PHRASE_HEAD_NOUNS.contains(w));
            for (w, word) in words.iter().enumerate() {
                let letters: Vec<char> = word.chars().collect();
                let mut variants: Vec<String> = Vec::new();
                if *word == "people" {
                    variants.extend(["ppl", "folk", "folks"].map(str::to_owned));
                }
                if group_phrase && letters.len() >= MIN_PHRASE_EDIT_WORD {
                    // In a group phrase the head noun vouches for the misspelling, so the
                    // first letter may move too ("agy people") and one letter may be dropped
                    // ("blck people", "gy people").
                    for i in 0..letters.len() - 1 {
                        let mut swapped = letters.clone();
                        swapped.swap(i, i + 1);
                        if swapped != letters {
                            variants.push(swapped.into_iter().collect());
                        }
                    }
                    for i in 1..letters.len() {
                        let mut shorter = letters.clone();
                        shorter.remove(i);
                        variants.push(shorter.into_iter().collect());
                    }
                } else if letters.len() >= MIN_SWAP_TERM {
                    for i in 1..letters.len() - 1 {
                        let mut swapped = letters.clone();
                        swapped.swap(i, i + 1);
                        if swapped != letters {
                            variants.push(swapped.into_iter().collect());
                        }
                    }
                    // v2.9: "disgut me", "can't stnd": the rest of the phrase vouches for a
                    // dropped letter in a longer word.
                    if letters.len() >= MIN_PHRASE_DROP_WORD {
                        for i in 1..letters.len() {
                            let mut shorter = letters.clone();
                            shorter.remove(i);
                            variants.push(shorter.into_iter().collect());
                        }
                    }
                }
                for variant in variants {
                    let real_word = if group_phrase {
                        is_frequent(&variant)
                    } else {
                        is_common(&variant)
                    };
                    let other_head = matches!(variant.as_str(), "ppl" | "folk" | "folks");
                    if !other_head && (real_word || self.known.contains(&variant)) {
                        continue;
                    }
                    let mut changed = words.clone();
                    if let Some(slot) = changed.get_mut(w) {
                        *slot = &variant;
                    }
                    // A misspelt word before another head noun too ("disaled folks").
                    let last = changed.len() - 1;
                    if !other_head && w < last && changed.get(last) == Some(&"people") {
                        for head in ["ppl", "folk", "folks"] {
                            let mut headed = changed.clone();
                            if let Some(slot) = headed.get_mut(last) {
                                *slot = head;
                            }
                            self.phrase_swaps.entry(headed.join(" ")).or_insert(entry);
                        }
                    }
                    self.phrase_swaps.entry(changed.join(" ")).or_insert(entry);
                }
            }
        }
        self
    }

    /// The term that a run of words split by stray spaces spells when joined ("bla ck" →
    /// "black", "disa bled people" → "disabled people"), if any. A first piece that is a
    /// frequent word or a term needs three letters or more and no word after it ("mus lims";
    /// "as ian" never becomes "asian"), and the join must have at least [`MIN_SPLIT_JOIN`]
    /// letters.
    pub(crate) fn split_term(&self, phrase: &str) -> Option<usize> {
        let (first, rest) = phrase.split_once(' ')?;
        // A word split in two leaves a short first piece; longer ones are words of their own.
        if first.len() > MAX_SPLIT_PIECE {
            return None;
        }
        // A first piece that is a word of its own ("as", "mus") only starts a split word when
        // what follows is no word ("mus lims"), and never when it has two letters: "as ian"
        // stays "as Ian".
        let first_is_word = is_common(first) || self.known.contains(first);
        let rest_is_word = rest
            .split(' ')
            .any(|w| is_common(w) || self.known.contains(w));
        if first_is_word && (first.len() < 3 || rest_is_word) {
            return None;
        }
        let joined: String = phrase.chars().filter(|c| *c != ' ').collect();
        if joined.chars().count() < MIN_SPLIT_JOIN {
            return None;
        }
        self.segments.get(&joined).copied()
    }

    /// Whether any multi-word term variant is indexed.
    pub(crate) fn has_phrase_swaps(&self) -> bool {
        !self.phrase_swaps.is_empty()
    }

    /// The multi-word term a run of words with one swapped word stands for, if any.
    pub(crate) fn swapped_phrase(&self, phrase: &str) -> Option<usize> {
        self.phrase_swaps.get(phrase).copied()
    }

    /// The short term a word with two swapped letters stands for, if any.
    pub(crate) fn swapped(&self, word: &str) -> Option<usize> {
        self.swaps.get(word).copied()
    }

    /// Adds the lexicon's terms (entry index, normalised term) as segmentation pieces. The
    /// first entry for a de-spaced form wins, as in the lexicon itself.
    pub(crate) fn with_segments(
        mut self,
        terms: impl IntoIterator<Item = (usize, String)>,
    ) -> Self {
        for (entry, term) in terms {
            let joined: String = term.chars().filter(|c| !c.is_whitespace()).collect();
            if joined.chars().all(char::is_alphabetic) && joined.chars().count() >= 2 {
                self.segments.entry(joined).or_insert(entry);
            }
        }
        self
    }

    /// Group terms ("gays", "muslims"): a word under [`SHORT_SEGMENTED_WORD`] letters is only
    /// segmented when it opens like one of them.
    pub(crate) fn with_group_heads(mut self, terms: impl IntoIterator<Item = String>) -> Self {
        for term in terms {
            let head: String = term.chars().take(GROUP_HEAD_LETTERS).collect();
            if head.chars().count() == GROUP_HEAD_LETTERS && head.chars().all(char::is_alphabetic) {
                self.group_heads.insert(head);
            }
        }
        self
    }

    /// Splits a run-together `word` ("gaysshouldbeshot") wholly into lexicon terms and
    /// common words, with as few pieces as possible; `None` unless every letter is covered.
    /// Only a full segmentation counts: a partial one would read terms into ordinary
    /// compounds.
    pub(crate) fn segment(&self, word: &str) -> Option<Vec<Piece>> {
        let letters = word.chars().count();
        if letters < MIN_SEGMENTED_WORD || !word.chars().all(char::is_alphabetic) || is_common(word)
        {
            return None;
        }
        if letters < SHORT_SEGMENTED_WORD {
            let head: String = word.chars().take(GROUP_HEAD_LETTERS).collect();
            if !self.group_heads.contains(&head) {
                return None;
            }
        }
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(word.len()))
            .collect();
        // best[k]: the best way found to segment word[..bounds[k]].
        let mut best: Vec<Option<Cut>> = vec![None; bounds.len()];
        if let Some(first) = best.first_mut() {
            *first = Some((0, 0, 0, None));
        }
        for end in 1..bounds.len() {
            for start in end.saturating_sub(MAX_PIECE)..end {
                let Some((pieces, letters, ..)) = best.get(start).copied().flatten() else {
                    continue;
                };
                let (Some(&from), Some(&to)) = (bounds.get(start), bounds.get(end)) else {
                    continue;
                };
                let Some(piece) = word.get(from..to) else {
                    continue;
                };
                let entry = self.segments.get(piece).copied();
                if entry.is_none() && !self.is_segment_word(piece) {
                    continue;
                }
                let term_letters = letters + if entry.is_some() { end - start } else { 0 };
                let candidate = (pieces + 1, term_letters, start, entry);
                let better = best.get(end).copied().flatten().is_none_or(|(p, l, ..)| {
                    candidate.0 < p || (candidate.0 == p && candidate.1 > l)
                });
                if better && let Some(slot) = best.get_mut(end) {
                    *slot = Some(candidate);
                }
            }
        }
        let mut pieces = Vec::new();
        let mut end = bounds.len() - 1;
        while end > 0 {
            let (_, _, start, entry) = best.get(end).copied().flatten()?;
            pieces.push((*bounds.get(start)?, *bounds.get(end)?, entry));
            end = start;
        }
        pieces.reverse();
        Some(pieces)
    }

    /// The lexicon entry `piece` is with its spaces removed ("ihate"), if any.
    pub(crate) fn segment_entry(&self, piece: &str) -> Option<usize> {
        self.segments.get(piece).copied()
    }

    /// A common word the segmentation may use: as for glued words, plus "a" and "i".
    fn is_segment_word(&self, piece: &str) -> bool {
        matches!(piece, "a" | "i") || (piece.len() >= 2 && self.is_piece(piece))
    }

    /// Whether a term of this many letters takes part.
    pub(crate) fn eligible(term: &str) -> bool {
        term.chars().count() >= MIN_TERM && term.chars().all(char::is_alphabetic)
    }

    /// The entry a misspelt `word` stands for, if any.
    pub(crate) fn misspelt(&self, word: &str) -> Option<usize> {
        let letters = word.chars().count();
        if letters + 1 < MIN_TERM || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let first = word.chars().next();
        // Any term within the edit budget has the same first letter and a length within two.
        let near = (letters.saturating_sub(2)..=letters + 2).fold(0u64, |m, n| m | shape_bit(n));
        let shapes = first
            .and_then(|c| self.shapes.get(&c))
            .copied()
            .unwrap_or(0);
        if shapes & near == 0 || is_common(word) || inflects_common(word) {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |key: &str| {
            for &slot in self.deletes.get(key).into_iter().flatten() {
                let Some((entry, term)) = self.terms.get(slot) else {
                    continue;
                };
                if term.chars().next() != first {
                    continue;
                }
                let limit = budget(term.chars().count());
                let d = distance(word, term, limit);
                if d >= 1 && d <= limit && best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, *entry));
                }
            }
        };
        consider(word);
        // One buffer for all of the word's single-letter deletions.
        let mut key = String::with_capacity(word.len());
        for (i, c) in word.char_indices() {
            key.clear();
            key.push_str(word.get(..i).unwrap_or_default());
            key.push_str(word.get(i + c.len_utf8()..).unwrap_or_default());
            consider(&key);
        }
        best.map(|(_, entry)| entry)
    }

    fn is_piece(&self, piece: &str) -> bool {
        if piece.is_empty() {
            return true;
        }
        if AFFIXES.contains(&piece) {
            return false;
        }
        match piece.len() {
            0 | 1 => false,
            2 => SHORT_PIECES.contains(&piece),
            _ => is_common(piece) || self.known.contains(piece) || SLANG_PIECES.contains(&piece),
        }
    }

    /// Whether `rest` is one, two or three frequent words ("lookatthese").
    fn is_pieces(&self, rest: &str) -> bool {
        let two = |part: &str| {
            self.is_piece(part)
                || part.char_indices().skip(1).any(|(i, _)| {
                    self.is_piece(part.get(..i).unwrap_or("-"))
                        && self.is_piece(part.get(i..).unwrap_or("-"))
                })
        };
        // Three pieces cost a quadratic search: only short remainders get one.
        two(rest)
            || (rest.len() <= MAX_THREE_PIECES
                && rest.char_indices().skip(2).any(|(i, _)| {
                    self.is_piece(rest.get(..i).unwrap_or("-")) && two(rest.get(i..).unwrap_or("-"))
                }))
    }

    /// Terms glued to other words inside `word`: (byte start, byte end, entry) within `word`.
    pub(crate) fn glued(&self, word: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        // "ihate", "iloathe": the writer's "I" glued to a term is short but unmistakable.
        let writer_first = word.starts_with('i') && word.len() >= MIN_WRITER_GLUED;
        if (word.len() < MIN_GLUED_WORD && !writer_first) || !word.chars().all(char::is_alphabetic)
        {
            return found;
        }
        let Some(glue) = &self.glue else {
            return found;
        };
        // Each term's first occurrence in the word, by term slot: one scan finds them all.
        let mut first: Vec<(usize, usize, usize)> = Vec::new();
        for m in glue.find_overlapping_iter(word) {
            let slot = m.pattern().as_usize();
            if !first.iter().any(|&(s, ..)| s == slot) {
                first.push((slot, m.start(), m.end()));
            }
        }
        if first.is_empty() || is_common(word) {
            return found;
        }
        // Visit terms in index order so that equal spans keep the order they always had.
        first.sort_unstable_by_key(|&(slot, ..)| slot);
        for (slot, start, end) in first {
            let Some((entry, term)) = self.terms.get(slot) else {
                continue;
            };
            if term.len() >= word.len() {
                continue;
            }
            let (before, after) = (
                word.get(..start).unwrap_or("-"),
                word.get(end..).unwrap_or("-"),
            );
            let article = (slot >= self.slurs_from && before == "a") || before == "i";
            if (article || self.is_pieces(before)) && self.is_pieces(after) {
                found.push((start, end, *entry));
            }
        }
        // The longest term wins where two overlap ("muslims" over "muslim").
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut next_free = 0;
        found.retain(|&(s, e, _)| {
            let keep = s >= next_free;
            if keep {
                next_free = e;
            }
            keep
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slurs_are_found_with_any_two_letters_swapped_but_never_as_a_word() {
        let f = index().with_slur_swaps(vec![
            (7, "faggots".to_owned()),
            (8, "polak".to_owned()),
            (9, "kike".to_owned()),
        ]);
        assert_eq!(f.swapped_slur("afggots"), Some(7));
        assert_eq!(f.swapped_slur("faggtos"), Some(7));
        // "polka" is a word; four-letter slurs swap into words too often.
        assert_eq!(f.swapped_slur("polka"), None);
        assert_eq!(f.swapped_slur("poalk"), Some(8));
        assert_eq!(f.swapped_slur("ikke"), None);
        assert_eq!(f.swapped_slur("faggots"), None);
    }

    #[test]
    fn strong_slurs_are_found_with_a_letter_dropped_unless_that_makes_a_word() {
        let f = index().with_slur_drops(vec![
            (7, "faggots".to_owned()),
            (8, "nigger".to_owned()),
            (9, "beaner".to_owned()),
            (10, "kikes".to_owned()),
        ]);
        assert_eq!(f.dropped_slur("fggots"), Some(7));
        assert_eq!(f.dropped_slur("faggts"), Some(7));
        assert_eq!(f.dropped_slur("ngger"), Some(8));
        // The first letter stays; "niger" and "beane" are a country and a surname.
        assert_eq!(f.dropped_slur("aggots"), None);
        assert_eq!(f.dropped_slur("niger"), None);
        assert_eq!(f.dropped_slur("beane"), None);
        assert_eq!(f.dropped_slur("bener"), None);
        assert_eq!(f.dropped_slur("baner"), None);
        assert_eq!(f.dropped_slur("beanr"), Some(9));
        // One of a double letter dropped, even where the lexicon lists that squeezed form.
        assert_eq!(f.dropped_slur("nigger"), None);
        assert_eq!(f.dropped_slur("niger"), None);
        assert_eq!(f.dropped_slur("fagots"), Some(7));
        // Five-letter slurs drop into words and abbreviations too often.
        assert_eq!(f.dropped_slur("kies"), None);
        assert_eq!(f.dropped_slur("faggots"), None);
    }

    fn index() -> Fuzzy {
        let terms = vec![
            (0, "vermin".to_owned()),
            (1, "muslims".to_owned()),
            (2, "subhuman".to_owned()),
            (3, "parasites".to_owned()),
            (4, "rapists".to_owned()),
        ];
        let known = terms.iter().map(|(_, t)| t.clone()).collect();
        Fuzzy::new(terms, known)
    }

    #[test]
    fn short_terms_are_found_only_through_a_swap_after_the_first_letter() {
        let f = index().with_swaps(vec![
            (5, "gays".to_owned()),
            (6, "apes".to_owned()),
            (7, "scum".to_owned()),
        ]);
        assert_eq!(f.swapped("gyas"), Some(5));
        assert_eq!(f.swapped("sucm"), Some(7));
        // "apse" is a real word; a changed first letter or a dropped letter is not a swap.
        assert_eq!(f.swapped("apse"), None);
        assert_eq!(f.swapped("agys"), None);
        assert_eq!(f.swapped("gys"), None);
    }

    #[test]
    fn a_multi_word_term_is_found_with_one_word_swapped_or_people_shortened() {
        let f = index().with_phrase_swaps(vec![(8, "black people".to_owned())]);
        assert_eq!(f.swapped_phrase("blakc people"), Some(8));
        assert_eq!(f.swapped_phrase("black poeple"), Some(8));
        assert_eq!(f.swapped_phrase("black ppl"), Some(8));
        assert_eq!(f.swapped_phrase("black people"), None);
        assert_eq!(f.swapped_phrase("blakc poeple"), None);
    }

    #[test]
    fn a_group_phrase_is_found_with_a_dropped_or_moved_letter_or_folk_for_people() {
        let f = index().with_phrase_swaps(vec![
            (8, "black people".to_owned()),
            (9, "gay people".to_owned()),
            (10, "trans people".to_owned()),
            (11, "should be shot".to_owned()),
        ]);
        assert_eq!(f.swapped_phrase("blck people"), Some(8));
        assert_eq!(f.swapped_phrase("agy people"), Some(9));
        assert_eq!(f.swapped_phrase("gy people"), Some(9));
        assert_eq!(f.swapped_phrase("black folk"), Some(8));
        assert_eq!(f.swapped_phrase("gay folks"), Some(9));
        // "tarns" is a rare real word, but nobody writes of "tarns people".
        assert_eq!(f.swapped_phrase("tarns people"), Some(10));
        // A dropped letter that leaves a frequent word is no misspelling ("back people").
        // Phrases that are not about people keep a stricter rule: the first letter stays,
        // and a letter may drop only from a word of five letters or more.
        assert_eq!(f.swapped_phrase("back people"), None);
        assert_eq!(f.swapped_phrase("hsould be shot"), None);
        assert_eq!(f.swapped_phrase("should be sht"), None);
        assert_eq!(f.swapped_phrase("shoud be shot"), Some(11));
        assert_eq!(f.swapped_phrase("sould be shot"), Some(11));
    }

    #[test]
    fn five_letter_terms_are_also_found_with_a_letter_after_the_first_dropped() {
        let f = index().with_swaps(vec![(5, "women".to_owned()), (6, "gays".to_owned())]);
        assert_eq!(f.swapped("woen"), Some(5));
        assert_eq!(f.swapped("womn"), Some(5));
        // Four-letter terms only swap; a dropped first letter is never read as the term.
        assert_eq!(f.swapped("gys"), None);
        assert_eq!(f.swapped("omen"), None);
    }

    #[test]
    fn a_word_near_a_group_word_is_a_guess_and_frequent_words_never_are() {
        let f = index().with_group_words(vec!["muslims".to_owned(), "black people".to_owned()]);
        assert!(f.near_group("muzlimz"));
        assert!(f.near_group("blakk"));
        assert!(!f.near_group("people"));
        assert!(!f.near_group("back"));
        assert!(!f.near_group("sandwich"));
    }

    #[test]
    fn a_prefix_of_a_frequent_word_may_be_a_cut_off_word() {
        assert!(begins_common_word("nig"));
        assert!(!begins_common_word("vermin"));
        assert!(!begins_common_word(""));
    }

    #[test]
    fn swapped_and_dropped_letters_find_their_term() {
        let f = index();
        assert_eq!(f.misspelt("vremin"), Some(0));
        assert_eq!(f.misspelt("vrmin"), Some(0));
        assert_eq!(f.misspelt("musilms"), Some(1));
        assert_eq!(f.misspelt("praasits"), Some(3));
    }

    #[test]
    fn exact_terms_frequent_words_and_other_first_letters_are_not_fuzzy_matches() {
        let f = index();
        assert_eq!(f.misspelt("vermin"), None);
        assert_eq!(f.misspelt("vermont"), None);
        assert_eq!(f.misspelt("germin"), None);
        assert_eq!(f.misspelt("cat"), None);
    }

    #[test]
    fn an_inflected_frequent_word_is_no_misspelling() {
        let f = Fuzzy::new(vec![(0, "losers".to_owned())], ["losers".to_owned()].into());
        assert_eq!(f.misspelt("loosers"), Some(0));
        assert!(is_common("lower"), "the test needs a frequent stem");
        assert_eq!(f.misspelt("lowers"), None);
    }

    #[test]
    fn a_strong_slur_is_found_after_an_article_three_short_words_or_as_two_words_run_together() {
        let f = index().with_glued_slurs(vec![
            (7, "trannie".to_owned()),
            (8, "porch monkeys".to_owned()),
        ]);
        assert_eq!(f.glued("atrannie"), vec![(1, 8, 7)]);
        assert_eq!(f.glued("lookatthesetrannie"), vec![(11, 18, 7)]);
        assert_eq!(f.glued("ofporchmonkeysmoved"), vec![(2, 14, 8)]);
        assert_eq!(f.glued("trannielol"), vec![(0, 7, 7)]);
        // Only slurs follow a bare article: "avermin" is no glued "vermin".
        assert!(f.glued("avermin").is_empty());
    }

    #[test]
    fn a_term_glued_to_frequent_words_is_found_inside_them() {
        let f = index();
        assert_eq!(f.glued("muslimsare"), vec![(0, 7, 1)]);
        assert_eq!(f.glued("theyaresubhuman"), vec![(7, 15, 2)]);
        assert!(f.glued("therapists").is_empty());
        assert!(f.glued("verminous").is_empty());
    }

    #[test]
    fn a_run_together_word_is_segmented_wholly_into_terms_and_common_words() {
        let f = index().with_segments(vec![
            (5, "gays".to_owned()),
            (6, "should be shot".to_owned()),
            (0, "vermin".to_owned()),
            (1, "muslims".to_owned()),
        ]);
        assert_eq!(
            f.segment("gaysshouldbeshot"),
            Some(vec![(0, 4, Some(5)), (4, 16, Some(6))])
        );
        assert_eq!(
            f.segment("muslimsarevermin"),
            Some(vec![(0, 7, Some(1)), (7, 10, None), (10, 16, Some(0))])
        );
        // Not every letter is a word: no segmentation at all.
        assert_eq!(f.segment("muslimsxqzvermin"), None);
        // Too short (under eight letters).
        assert_eq!(f.segment("gaysbad"), None);
        // Under twelve letters only words that open like a group term are tried.
        assert_eq!(f.segment("gaysarebad"), None);
        let f = f.with_group_heads(vec!["gays".to_owned()]);
        assert!(f.segment("gaysarebad").is_some());
    }

    #[test]
    fn distance_counts_a_swap_as_one_edit_and_gives_up_past_its_limit() {
        assert_eq!(distance("vermin", "vremin", 2), 1);
        assert_eq!(distance("vermin", "vrmin", 2), 1);
        assert_eq!(distance("abcdef", "uvwxyz", 2), 3);
        assert_eq!(distance("", "", 1), 0);
    }

    #[test]
    fn a_word_split_after_a_frequent_word_is_rejoined_only_when_no_word_follows() {
        let f = index().with_segments(vec![(1, "muslims".to_owned()), (5, "asian".to_owned())]);
        // "mus" is a frequent word, "lims" is none: a split word.
        assert_eq!(f.split_term("mus lims"), Some(1));
        // A two-letter word of its own never starts one: "as Ian".
        assert_eq!(f.split_term("as ian"), None);
    }
}
