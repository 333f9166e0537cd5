//! The lexicon: a TSV of terms with the signal each one raises, compiled into one automaton.
//!
//! Terms are written naturally and run through the same [`Normaliser`] as posts, so the file
//! never has to spell out evasions ("v3rm1n", "ｖｅｒｍｉｎ"): the normaliser undoes them on both
//! sides. Because the normaliser collapses runs of three or more identical letters to one
//! ("killlll" → "kil"), every term also gets a *squeezed* variant with doubled letters
//! collapsed; a squeezed match only counts when the original really had a run, so that "shot"
//! is not read as a stretched "shoot".
//!
//! Matching finds every occurrence of every pattern (overlapping), keeps those on word
//! boundaries, then takes the leftmost-longest of what is left. Filtering before choosing means
//! a long pattern that fails its boundary ("gas them" inside "gas themselves") cannot hide a
//! shorter one that passes.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

#[path = "fuzzy.rs"]
mod fuzzy;
use fuzzy::Fuzzy;
#[path = "unglue.rs"]
mod unglue;
use unglue::Unglue;
use upstander_core::taxonomy::IdKind;
use upstander_core::{Severity, Signal, SignalId, Span, Taxonomy};

use crate::{DetectError, Detector, NormalisedText, Normaliser, Result};

/// The lexicon shipped with Upstander (`resources/lexicon.tsv`).
pub const EMBEDDED_LEXICON: &str = include_str!("../../../resources/lexicon.tsv");

const REQUIRED_COLUMNS: [&str; 7] = [
    "term", "signal", "category", "target", "severity", "strength", "note",
];
const OPTIONAL_COLUMNS: [&str; 2] = ["match", "tags"];
const KNOWN_TAGS: [&str; 2] = ["reclaimable", "named"];

/// Target group for postcode districts; without it in the taxonomy, postcodes are not reported.
const AREA_TARGET: &str = "TG.RIVAL_GROUP_OR_AREA";
/// Target group for person emoji with the darkest skin tones.
const SKIN_TARGET: &str = "TG.RACE.BLACK";

/// Postcode areas whose districts are reported as `LEX_GANG_AREA`: London and the larger
/// cities with drill scenes. A district alone is never a flag; it only gives a call-out a target.
const POSTCODE_AREAS: &[&str] = &[
    "e", "ec", "n", "nw", "se", "sw", "w", "wc", "br", "cr", "da", "en", "ha", "ig", "kt", "rm",
    "sm", "tw", "ub", "b", "m", "l", "ls", "bs", "ng", "bd", "le", "cv", "wv",
];

#[derive(Debug, Clone)]
struct Entry {
    term: String,
    signal: SignalId,
    category: Option<String>,
    target: Option<String>,
    severity: Option<Severity>,
    strength: f32,
    note: String,
    prefix: bool,
    reclaimable: bool,
    /// A weak slur that flags when used as a name for someone ([`name_weak_slurs`]).
    named: bool,
    line: usize,
}

#[derive(Debug, Clone, Copy)]
struct Pattern {
    entry: usize,
    squeezed: bool,
    starts_with_word: bool,
    ends_with_word: bool,
}

/// A compiled term list; it implements [`Detector`] and emits `LEX_*` signals.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    automaton: AhoCorasick,
    area_signal: Option<(SignalId, String)>,
    skin_signal: Option<(SignalId, String)>,
    negated_signal: Option<SignalId>,
    /// `LEX_THREAT`, for first-person intentions of harm.
    threat_signal: Option<SignalId>,
    exclusion_signal: Option<SignalId>,
    /// `LEX_DEROGATORY`, for a group ranked below an animal or a thing.
    derogatory_signal: Option<SignalId>,
    /// `LEX_IDENTITY`, for a singular that stands for its group ("A woman should ...").
    identity_signal: Option<SignalId>,
    /// [`GROUP_GUESS_SIGNAL`].
    group_guess_signal: Option<SignalId>,
    /// [`INSINUATION_SIGNAL`].
    insinuation_signal: Option<SignalId>,
    /// `LEX_CODED`, for the antisemitic triple brackets ("(((them)))").
    coded_signal: Option<SignalId>,
    fuzzy: Fuzzy,
    /// Where spaces go back into run-together words ([`Lexicon::unglue`]).
    unglue: Unglue,
    /// Group names written without spaces ("muslims", "gaypeople"), for
    /// [`Lexicon::glued_group`].
    glued_groups: HashMap<String, usize>,
    /// The last words of multi-word group names ("people", "seekers"): a word after a space
    /// that may end a glued group name ([`Lexicon::emit_glued_group_phrases`]).
    group_name_ends: HashSet<String>,
    /// Normalised forms of the weak slurs tagged `named` ([`name_weak_slurs`]).
    named_slurs: HashSet<String>,
}

/// Modals after which "a woman" at the start of a sentence speaks of any woman
/// ([`Lexicon::emit_generic_singulars`]).
const GENERIC_MODALS: &[&str] = &[
    "should",
    "shouldn't",
    "shouldnt",
    "can't",
    "cant",
    "cannot",
    "must",
    "mustn't",
    "belongs",
    "will",
    "won't",
    "wont",
    "could",
    "couldn't",
    "would",
    "wouldn't",
    "needs",
];

/// Verbs after which a denied "a woman" speaks of any woman ("never *respect* a female",
/// "never *met* a woman who ...").
const GENERIC_ATTITUDES: &[&str] = &[
    "respect", "trust", "tolerate", "stand", "hire", "employ", "met", "meet", "find", "found",
    "know", "knew",
];

/// Singulars that stand for their group only after a denied attitude ("I've never met a
/// *lady* who ..."); the nouns of [`crate::insinuation::SINGULAR_GROUPS`] count as well.
const DENIED_SINGULARS: &[(&str, &str)] = &[
    ("lady", "TG.SEX_GENDER.WOMEN"),
    ("girl", "TG.SEX_GENDER.WOMEN"),
];

/// One woman standing for all of them after "for a" in backhanded praise ("well for a
/// *girl*"); the lexicon leaves these singulars out, since they mostly name one person.
const BACKHANDED_SINGULARS: &[(&str, &str)] = &[
    ("woman", "TG.SEX_GENDER.WOMEN"),
    ("female", "TG.SEX_GENDER.WOMEN"),
    ("girl", "TG.SEX_GENDER.WOMEN"),
    ("lady", "TG.SEX_GENDER.WOMEN"),
    ("bird", "TG.SEX_GENDER.WOMEN"),
];

/// Verbs of violence that open short run-together slogans ("killallgays", "gasthedykes").
const SEGMENT_THREAT_HEADS: &[&str] = &["kill", "gas", "hang", "shoot", "burn", "deport"];

/// The signal for a word that may be a misspelt group name (see
/// [`Lexicon::emit_group_guesses`]).
pub const GROUP_GUESS_SIGNAL: &str = "LEX_GROUP_GUESS";

/// Slurs at least this strong are also looked for with a letter dropped
/// ([`Fuzzy::with_slur_drops`]); weaker ones are ambiguous enough spelt right.
const STRONG_SLUR: f32 = 0.75;

/// A slur strong enough to stand for itself misspelt, glued or split ("fggots",
/// "dirtyniggers", "towe lheads").
fn is_strong_slur(entry: &Entry) -> bool {
    entry.signal.as_str() == "LEX_SLUR" && entry.strength >= STRONG_SLUR
}

/// Factor on a code's strength in a post that speaks of prejudice (see
/// [`Lexicon::emit_insinuations`]).
const CODE_DISCUSSED: f32 = 0.5;

/// Adjectives that name a group only before a word for a person's role (see
/// [`ROLE_NOUNS`]), with the identity entry whose group they name. Group words that are names
/// on their own ("Muslim", "gay") need none; "blind" and "deaf" are left out, as "that blind
/// referee" is abuse of one person's eyesight, not of disabled people.
const ROLE_GROUPS: &[(&str, &str)] = &[
    ("black", "black people"),
    ("white", "white people"),
    ("disabled", "disabled people"),
    ("handicapped", "disabled people"),
    ("female", "women"),
    // "shoe polish", "polish the car": only before a role is it the nationality.
    ("polish", "polish people"),
];

/// Words for someone's role, job or place in daily life, after a [`ROLE_GROUPS`] adjective.
/// Friends and partners are left out: "I have black friends" and "a lot of female friends"
/// are how people talk about their own lives.
const ROLE_NOUNS: &[&str] = &[
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "surgeon",
    "surgeons",
    "dentist",
    "dentists",
    "gp",
    "gps",
    "teacher",
    "teachers",
    "candidate",
    "candidates",
    "manager",
    "managers",
    "boss",
    "bosses",
    "colleague",
    "colleagues",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "student",
    "students",
    "pupil",
    "pupils",
    "driver",
    "drivers",
    "pilot",
    "pilots",
    "officer",
    "officers",
    "cop",
    "cops",
    "copper",
    "coppers",
    "judge",
    "judges",
    "lawyer",
    "lawyers",
    "barrister",
    "mp",
    "mps",
    "councillor",
    "councillors",
    "mayor",
    "president",
    "minister",
    "politician",
    "politicians",
    "leader",
    "leaders",
    "ceo",
    "ceos",
    "engineer",
    "engineers",
    "scientist",
    "scientists",
    "footballer",
    "footballers",
    "player",
    "players",
    "referee",
    "referees",
    "coach",
    "presenter",
    "presenters",
    "actor",
    "actors",
    "actress",
    "character",
    "characters",
    "comedian",
    "comedians",
    "writer",
    "writers",
    "author",
    "authors",
    "director",
    "directors",
    "worker",
    "workers",
    "employee",
    "employees",
    "staff",
    "applicant",
    "applicants",
    "customer",
    "customers",
    "tenant",
    "tenants",
    "landlord",
    "builder",
    "builders",
    "plumber",
    "electrician",
    "cleaner",
    "cleaners",
    "carer",
    "carers",
    "chef",
    "waiter",
    "waitress",
    "soldier",
    "soldiers",
    "firefighter",
    "priest",
    "vicar",
    "bishop",
    "mum",
    "mums",
    "dad",
    "dads",
    "parent",
    "parents",
    "husband",
    "wife",
    "child",
    "children",
    "baby",
    "babies",
    "teen",
    "teens",
    "teenager",
    "teenagers",
    "youth",
    "youths",
    "hire",
    "hires",
    "recruit",
    "recruits",
    "athlete",
    "athletes",
    "singer",
    "singers",
    "rapper",
    "rappers",
    "journalist",
    "journalists",
    "protagonist",
    "hero",
    "superhero",
    "suspect",
    "suspects",
    "ref",
    "refs",
    "umpire",
    "umpires",
    "commentator",
    "commentators",
    "pharmacist",
    "pharmacists",
    "midwife",
    "midwives",
    "receptionist",
    "receptionists",
    "mechanic",
    "mechanics",
    "consultant",
    "consultants",
    "lecturer",
    "lecturers",
    "tutor",
    "therapist",
    "paramedic",
    "paramedics",
    "cabbie",
    "cabbies",
    "shopkeeper",
    "shopkeepers",
    "pundit",
    "pundits",
    "newsreader",
    "newsreaders",
    "mechanic",
    "mechanics",
];

/// The group the antisemitic triple brackets mark.
const ECHO_TARGET: &str = "TG.RELIGION.JEWISH";

/// The signal for a hint that ties a named group to trouble or danger with no hostile word
/// (see [`crate::insinuation`]); it names its group itself.
pub const INSINUATION_SIGNAL: &str = "LEX_INSINUATION";

/// Signals whose terms are also looked for misspelt or glued to other words: the hostile ones
/// and group names. Slurs are left out: too many ordinary words sit one letter from one
/// ("chunky", "tyranny", "rewarded"). Benign idioms, profanity and gang slang likewise.
const FUZZY_SIGNALS: &[&str] = &[
    "LEX_DEHUMANISING",
    "LEX_DEROGATORY",
    "LEX_DEROGATORY_EMOTION",
    "LEX_IDENTITY",
    "LEX_THREAT",
];

/// Hostile signals a segmented run-together word may carry; it is only reported when it also
/// names (or points back at) a group, so "killingfloorgames" and the like stay untouched.
/// The same signals make the lexicon look for a misspelt group name when no group was found.
const SEGMENT_HOSTILE: &[&str] = &[
    "LEX_DEHUMANISING",
    "LEX_DEROGATORY",
    "LEX_DEROGATORY_EMOTION",
    "LEX_THREAT",
    "LEX_THREAT_NORM",
    "LEX_EXCLUSION",
    "LEX_EXCLUSION_NORM",
];
/// Shortest run-together form of a multi-word group term that is matched as that term
/// ("gaymen" and "blackpeople" are; a two-word term of few letters could be a word).
const GLUED_GROUP_MIN: usize = 6;
/// Shortest group name (letters, spaces removed) [`Lexicon::glued_group`] looks for.
const GLUED_GROUP_SHORTEST: usize = 4;
/// Longest word (bytes) [`Lexicon::glued_group`] tries to split: a long group name and two
/// short words.
const GLUED_GROUP_LONGEST: usize = 48;
/// Short words a group name is glued to when spaces are dropped ("jewsare", "amuslim",
/// "gaypeopleshould"): the glued pass proper only splits off terms of six letters or more.
/// Words that come before a group ("*a*muslim", "*hate*jews")...
const GLUE_BEFORE: &[&str] = &[
    "a", "an", "the", "all", "no", "every", "any", "hate", "kill", "never", "trust", "and",
];
/// ... and words that come after one ("jews*are*", "gaypeople*should*"); no determiners, so
/// "lgbtqa" is not read as "lgbtq a".
const GLUE_AFTER: &[&str] = &[
    "are", "is", "were", "was", "should", "must", "will", "can", "cant", "like", "have", "has",
    "do", "dont", "need", "too", "so", "and", "deserve", "never", "get",
];
/// One word of `words`, or two ("aretoo", "ihate" with [`GLUE_FIRST`]).
fn glues(piece: &str, words: &[&str]) -> bool {
    words.contains(&piece)
        || piece.char_indices().skip(1).any(|(i, _)| {
            let (first, second) = (piece.get(..i).unwrap_or("-"), piece.get(i..).unwrap_or("-"));
            (words.contains(&first) || GLUE_FIRST.contains(&first)) && words.contains(&second)
        })
}
/// Words that open a run of glued words but are too short to count alone ("*i*hatejews").
const GLUE_FIRST: &[&str] = &["i"];
/// Longest word (bytes) after a space that may end a glued group name ("seekers").
const GLUED_GROUP_NEXT: usize = 10;
/// Words that make a run-together tag a campaign against hatred, not hatred.
const SEGMENT_CAMPAIGN: &[&str] = &["stop", "end", "anti", "against", "fight", "no", "say"];
/// Plural pronouns that may stand for the group inside a run-together word ("theyarevermin").
const SEGMENT_PRONOUNS: &[&str] = &["they", "them", "theyre"];

/// Whether the original text around `span` is a user handle or a link ("@KillSheredon",
/// "t.co/abc"): names, not words someone ran together, so [`Lexicon::unglue`] leaves them.
fn in_handle_or_link(original: &str, span: Span) -> bool {
    let before = original.get(..span.start).unwrap_or_default();
    let after = original.get(span.end..).unwrap_or_default();
    let from = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let to = after.find(char::is_whitespace).unwrap_or(after.len());
    [before.get(from..), after.get(..to)]
        .into_iter()
        .flatten()
        .any(|part| part.contains(['@', '/']) || part.contains("www."))
}

/// Whether any of `covered` (sorted, non-overlapping byte ranges: the exact matches in text
/// order) overlaps `from..to`. A binary search, so a post of thousands of matches does not
/// compare every word with every match.
fn overlaps(covered: &[(usize, usize)], from: usize, to: usize) -> bool {
    let first_after = covered.partition_point(|&(_, e)| e <= from);
    covered.get(first_after).is_some_and(|&(s, _)| s < to)
}

/// Whether one of `covered` (as for [`overlaps`]) holds all of `from..to`.
fn contains(covered: &[(usize, usize)], from: usize, to: usize) -> bool {
    let first_reaching = covered.partition_point(|&(_, e)| e < to);
    covered.get(first_reaching).is_some_and(|&(s, _)| s <= from)
}

fn squeeze(term: &str) -> String {
    let mut out = String::with_capacity(term.len());
    let mut last: Option<char> = None;
    for c in term.chars() {
        if c.is_alphabetic() && last == Some(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Adds `form` as a whole-word variant of entry `entry`, unless some pattern already has it.
fn add_word_variant(
    known: &mut HashSet<String>,
    patterns: &mut Vec<Pattern>,
    strings: &mut Vec<String>,
    entry: usize,
    form: String,
) {
    if known.insert(form.clone()) {
        patterns.push(Pattern {
            entry,
            squeezed: false,
            starts_with_word: true,
            ends_with_word: true,
        });
        strings.push(form);
    }
}

/// Intensifiers of a feeling ("fills me with *utter* disgust").
const FEELING_DEGREES: &[&str] = &[
    "utter", "pure", "such", "absolute", "sheer", "total", "real",
];

/// The superlative forms of a one-word term of three or more plain letters: "lazy" gives
/// "laziest", "vile" "vilest", "thick" "thickest", and a short word ending in a single
/// consonant after a single vowel may double it ("fat": "fatest" and "fattest").
fn superlatives(term: &str) -> Vec<String> {
    let letters: Vec<char> = term.chars().collect();
    if letters.len() < 3 || !letters.iter().all(char::is_ascii_lowercase) {
        return Vec::new();
    }
    let vowel = |c: char| "aeiou".contains(c);
    let n = letters.len();
    let (last, before) = (letters[n - 1], letters[n - 2]);
    if last == 'y' && n >= 4 && !vowel(before) {
        return vec![format!("{}iest", &term[..n - 1])];
    }
    if last == 'e' {
        return vec![format!("{term}st")];
    }
    let mut forms = vec![format!("{term}est")];
    if n <= 4 && !vowel(last) && !"wxy".contains(last) && vowel(before) && !vowel(letters[n - 3]) {
        forms.push(format!("{term}{last}est"));
    }
    forms
}

fn has_run_of_three(text: &str) -> bool {
    let mut last: Option<char> = None;
    let mut run = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            continue;
        }
        if Some(c) == last {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else {
            last = Some(c);
            run = 1;
        }
    }
    false
}

struct Columns {
    index: HashMap<&'static str, usize>,
    count: usize,
    names: Vec<String>,
}

impl Columns {
    fn parse(line: usize, text: &str) -> Result<Self> {
        let mut index = HashMap::new();
        let names: Vec<String> = text.split('\t').map(|n| n.trim().to_owned()).collect();
        for (i, name) in names.iter().enumerate() {
            let known = REQUIRED_COLUMNS
                .iter()
                .chain(OPTIONAL_COLUMNS.iter())
                .find(|c| **c == name.as_str());
            let Some(known) = known else {
                return Err(DetectError::lexicon(
                    line,
                    Some(name),
                    format!(
                        "unknown column in the header; expected {} (optional: {})",
                        REQUIRED_COLUMNS.join(", "),
                        OPTIONAL_COLUMNS.join(", ")
                    ),
                ));
            };
            if index.insert(*known, i).is_some() {
                return Err(DetectError::lexicon(
                    line,
                    Some(name),
                    "column named twice in the header",
                ));
            }
        }
        if let Some(missing) = REQUIRED_COLUMNS.iter().find(|c| !index.contains_key(*c)) {
            return Err(DetectError::lexicon(
                line,
                Some(missing),
                "required column missing from the header",
            ));
        }
        Ok(Self {
            index,
            count: names.len(),
            names,
        })
    }

    fn get<'a>(&self, fields: &[&'a str], name: &str) -> Option<&'a str> {
        self.index
            .get(name)
            .and_then(|&i| fields.get(i))
            .map(|f| f.trim())
    }
}

fn optional(value: &str) -> Option<&str> {
    (value != "-" && !value.is_empty()).then_some(value)
}

impl Lexicon {
    /// Parses and validates a lexicon TSV against the taxonomy and compiles it.
    ///
    /// # Errors
    /// [`DetectError::Lexicon`] naming the line (and column) of the first problem: a missing or
    /// unknown column, a wrong number of fields, an unknown category or target id, a bad
    /// severity or strength, a signal id that breaks the naming rule, or two terms that
    /// normalise alike but mean different things. [`DetectError::Matcher`] if the automaton
    /// cannot be built.
    pub fn parse(tsv: &str, taxonomy: &Taxonomy) -> Result<Lexicon> {
        let normaliser = Normaliser::new();
        let mut columns: Option<Columns> = None;
        let mut entries: Vec<Entry> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (index, raw) in tsv.lines().enumerate() {
            let line = index + 1;
            let text = raw.trim_end_matches('\r');
            if text.trim().is_empty() || text.trim_start().starts_with('#') {
                continue;
            }
            let Some(cols) = &columns else {
                columns = Some(Columns::parse(line, text)?);
                continue;
            };
            let fields: Vec<&str> = text.split('\t').collect();
            if fields.len() != cols.count {
                let field = cols.names.get(fields.len()).map(String::as_str);
                let message = if fields.len() < cols.count {
                    format!(
                        "expected {} tab-separated fields, found {} (is a column missing, or separated by spaces?)",
                        cols.count,
                        fields.len()
                    )
                } else {
                    format!(
                        "expected {} tab-separated fields, found {}",
                        cols.count,
                        fields.len()
                    )
                };
                return Err(DetectError::lexicon(
                    line,
                    if fields.len() < cols.count {
                        field
                    } else {
                        None
                    },
                    message,
                ));
            }
            let entry = parse_entry(line, cols, &fields, taxonomy, &normaliser)?;
            if let Some(&first) = seen.get(&entry.term) {
                let earlier = &entries[first];
                if earlier.signal != entry.signal
                    || earlier.target != entry.target
                    || earlier.category != entry.category
                {
                    return Err(DetectError::lexicon(
                        line,
                        Some("term"),
                        format!(
                            "'{}' normalises to '{}', which line {} already defines as {}; one term, one meaning",
                            cols.get(&fields, "term").unwrap_or_default(),
                            entry.term,
                            earlier.line,
                            earlier.signal
                        ),
                    ));
                }
                // The same meaning written twice (e.g. "r.i.p" and "rip" after normalisation):
                // the first entry stands.
                continue;
            }
            seen.insert(entry.term.clone(), entries.len());
            entries.push(entry);
        }
        if columns.is_none() {
            return Err(DetectError::lexicon(
                1,
                None,
                "no header line (term, signal, category, target, severity, strength, note)",
            ));
        }
        Self::compile(entries, taxonomy)
    }

    /// The lexicon shipped with Upstander, checked against `taxonomy`.
    ///
    /// # Errors
    /// As [`Lexicon::parse`]; the shipped file is tested against the shipped taxonomy.
    pub fn embedded(taxonomy: &Taxonomy) -> Result<Lexicon> {
        Self::parse(EMBEDDED_LEXICON, taxonomy)
    }

    /// Number of entries (terms), not counting automatic variants.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon has no entries.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Normalised forms (and squeezed variants) of the slurs tagged `reclaimable`.
    pub(crate) fn reclaimable_terms(&self) -> HashSet<String> {
        let mut set = HashSet::new();
        for entry in self.entries.iter().filter(|e| e.reclaimable) {
            set.insert(squeeze(&entry.term));
            set.insert(entry.term.clone());
        }
        set
    }

    fn compile(entries: Vec<Entry>, taxonomy: &Taxonomy) -> Result<Lexicon> {
        let mut strings: Vec<String> = Vec::with_capacity(entries.len() * 2);
        let mut patterns = Vec::with_capacity(entries.len() * 2);
        let mut known: HashSet<String> = entries.iter().map(|e| e.term.clone()).collect();
        let edge = |s: &str, first: bool| {
            let c = if first {
                s.chars().next()
            } else {
                s.chars().next_back()
            };
            c.is_some_and(char::is_alphanumeric)
        };
        for (i, entry) in entries.iter().enumerate() {
            strings.push(entry.term.clone());
            patterns.push(Pattern {
                entry: i,
                squeezed: false,
                starts_with_word: edge(&entry.term, true),
                ends_with_word: edge(&entry.term, false),
            });
        }
        for (i, entry) in entries.iter().enumerate() {
            let squeezed = squeeze(&entry.term);
            if squeezed != entry.term && known.insert(squeezed.clone()) {
                patterns.push(Pattern {
                    entry: i,
                    squeezed: true,
                    starts_with_word: edge(&squeezed, true),
                    ends_with_word: edge(&squeezed, false),
                });
                strings.push(squeezed);
            }
        }
        // "the laziest people alive", "the filthiest lot": a one-word derogatory term's
        // superlative is the same term at its strongest. Slang praise ("the sickest beat") is
        // left out.
        for (i, entry) in entries.iter().enumerate() {
            if entry.signal.as_str() != "LEX_DEROGATORY" || entry.term == "sick" {
                continue;
            }
            for form in superlatives(&entry.term) {
                add_word_variant(&mut known, &mut patterns, &mut strings, i, form);
            }
        }
        // "Fills me with *utter* revulsion": a feeling said with an intensifier before it is
        // the same feeling.
        for (i, entry) in entries.iter().enumerate() {
            if !matches!(
                entry.signal.as_str(),
                "LEX_DEROGATORY" | "LEX_DEROGATORY_EMOTION"
            ) {
                continue;
            }
            let Some((head, feeling)) = entry.term.rsplit_once(" with ") else {
                continue;
            };
            if feeling.contains(' ') {
                continue;
            }
            for degree in FEELING_DEGREES {
                let form = format!("{head} with {degree} {feeling}");
                add_word_variant(&mut known, &mut patterns, &mut strings, i, form);
            }
        }
        // A group named in two or more words is often written as one ("blackpeople",
        // "#transpeople"): the run-together form is a variant of the same entry. Only when it
        // is long enough not to be a word of its own, and no other term already has that form.
        for (i, entry) in entries.iter().enumerate() {
            if entry.signal.as_str() != "LEX_IDENTITY" || entry.target.is_none() {
                continue;
            }
            if !entry.term.contains(' ') {
                continue;
            }
            let joined: String = entry.term.split_whitespace().collect();
            if joined.chars().count() >= GLUED_GROUP_MIN
                && joined.chars().all(char::is_alphanumeric)
                && !fuzzy::is_common(&joined)
            {
                add_word_variant(&mut known, &mut patterns, &mut strings, i, joined);
            }
        }
        // "the black candidate", "a female surgeon": a group adjective that is no group name
        // alone (a colour, a parking bay) names one before a word for someone's role.
        for &(adjective, group) in ROLE_GROUPS {
            let Some(i) = entries
                .iter()
                .position(|e| e.term == group && e.signal.as_str() == "LEX_IDENTITY")
            else {
                continue;
            };
            for role in ROLE_NOUNS {
                let term = format!("{adjective} {role}");
                add_word_variant(&mut known, &mut patterns, &mut strings, i, term);
            }
        }
        let mut glued_groups = HashMap::new();
        let mut group_name_ends = HashSet::new();
        for (i, entry) in entries.iter().enumerate() {
            let joined: String = entry.term.split_whitespace().collect();
            if entry.signal.as_str() == "LEX_IDENTITY"
                && entry.target.is_some()
                && joined.chars().count() >= GLUED_GROUP_SHORTEST
                && joined.chars().all(char::is_alphabetic)
            {
                // "disabled people" is written "disabled folk" as often.
                if let Some(stem) = joined.strip_suffix("people") {
                    for head in ["folk", "folks"] {
                        glued_groups.entry(format!("{stem}{head}")).or_insert(i);
                        group_name_ends.insert(head.to_owned());
                    }
                }
                if let Some((_, last)) = entry.term.rsplit_once(' ') {
                    group_name_ends.insert(last.to_owned());
                }
                glued_groups.entry(joined).or_insert(i);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&strings)
            .map_err(|e| DetectError::Matcher {
                what: "lexicon",
                message: e.to_string(),
            })?;
        let area_signal = match (
            SignalId::parse("LEX_GANG_AREA"),
            taxonomy.has_target_group(AREA_TARGET),
        ) {
            (Ok(id), true) => Some((id, AREA_TARGET.to_owned())),
            _ => None,
        };
        let skin_signal = match (
            SignalId::parse("LEX_IDENTITY"),
            taxonomy.has_target_group(SKIN_TARGET),
        ) {
            (Ok(id), true) => Some((id, SKIN_TARGET.to_owned())),
            _ => None,
        };
        let fuzzy_terms = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| FUZZY_SIGNALS.contains(&e.signal.as_str()) && Fuzzy::eligible(&e.term))
            .map(|(i, e)| (i, e.term.clone()))
            .collect();
        // Slurs strong enough to stand for themselves misspelt or glued; weak ones are
        // ambiguous enough spelt right. Those with an everyday sense ("faggots", "retard")
        // stay in: nobody misspells the meatballs to dodge a filter.
        let strong_slurs: Vec<(usize, String)> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| is_strong_slur(e))
            .map(|(i, e)| (i, e.term.clone()))
            .collect();
        // Single-word terms that can carry a finding, and the words of threats ("should all
        // *die*", "be *hanged*"), which are what gets glued to "all" or "be".
        let unglue = Unglue::new(
            entries.iter().flat_map(|e| {
                let signal = e.signal.as_str();
                let single = !e.term.contains(' ');
                let words: Vec<String> = if single
                    && (SEGMENT_HOSTILE.contains(&signal)
                        || matches!(signal, "LEX_IDENTITY" | "LEX_SLUR" | "LEX_PROFANITY"))
                {
                    vec![e.term.clone()]
                } else if matches!(signal, "LEX_THREAT" | "LEX_THREAT_NORM") {
                    e.term
                        .split_whitespace()
                        .filter(|w| unglue::violent_word(w))
                        .map(str::to_owned)
                        .collect()
                } else {
                    Vec::new()
                };
                words
            }),
            known.iter().cloned(),
        );
        let fuzzy = Fuzzy::new(fuzzy_terms, known)
            .with_segments(entries.iter().enumerate().map(|(i, e)| (i, e.term.clone())))
            .with_group_words(
                entries
                    .iter()
                    .filter(|e| e.signal.as_str() == "LEX_IDENTITY" && e.target.is_some())
                    .map(|e| e.term.clone()),
            )
            .with_group_heads(
                entries
                    .iter()
                    .filter(|e| e.signal.as_str() == "LEX_IDENTITY" && e.target.is_some())
                    .map(|e| e.term.clone())
                    // "#ihatejews": first-person hatred opens short tags as often as a group.
                    .chain(
                        entries
                            .iter()
                            .filter(|e| {
                                e.signal.as_str() == "LEX_DEROGATORY_EMOTION"
                                    && e.term.starts_with("i ")
                            })
                            .map(|e| e.term.split_whitespace().collect()),
                    )
                    // "#gasthedykes", "killallgays": a call to violence opens them too.
                    .chain(SEGMENT_THREAT_HEADS.iter().map(|h| (*h).to_owned())),
            )
            .with_swaps(
                entries
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| FUZZY_SIGNALS.contains(&e.signal.as_str()))
                    .map(|(i, e)| (i, e.term.clone())),
            )
            .with_phrase_swaps(
                entries
                    .iter()
                    .enumerate()
                    // Strong two-word slurs too: "porhc monkeys", "gaot fuckers".
                    .filter(|(_, e)| {
                        FUZZY_SIGNALS.contains(&e.signal.as_str())
                            || (is_strong_slur(e) && e.term.contains(' '))
                    })
                    .map(|(i, e)| (i, e.term.clone())),
            )
            .with_slur_swaps(
                entries
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.signal.as_str() == "LEX_SLUR")
                    .map(|(i, e)| (i, e.term.clone())),
            )
            .with_slur_drops(strong_slurs.clone())
            .with_glued_slurs(strong_slurs);
        let named_slurs = entries
            .iter()
            .filter(|e| e.named)
            .flat_map(|e| [e.term.clone(), squeeze(&e.term)])
            .collect();
        Ok(Lexicon {
            entries,
            patterns,
            automaton,
            area_signal,
            skin_signal,
            negated_signal: SignalId::parse("LEX_NEGATED_POSITIVE").ok(),
            threat_signal: SignalId::parse("LEX_THREAT").ok(),
            exclusion_signal: SignalId::parse("LEX_EXCLUSION").ok(),
            derogatory_signal: SignalId::parse("LEX_DEROGATORY").ok(),
            identity_signal: SignalId::parse("LEX_IDENTITY").ok(),
            group_guess_signal: SignalId::parse(GROUP_GUESS_SIGNAL).ok(),
            insinuation_signal: SignalId::parse(INSINUATION_SIGNAL).ok(),
            coded_signal: SignalId::parse("LEX_CODED").ok(),
            fuzzy,
            unglue,
            glued_groups,
            group_name_ends,
            named_slurs,
        })
    }

    /// The post with spaces put back into run-together words that split cleanly into terms
    /// and frequent words ("arescum" -> "are scum"; see `unglue.rs`), so that every later pass
    /// reads separate words. Spans still map to the original.
    #[must_use]
    pub fn unglue<'a>(&self, text: NormalisedText<'a>) -> NormalisedText<'a> {
        let norm = text.as_str();
        // (word start, word end, cuts inside it), all in the normalised text.
        let mut words: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        let mut start = None;
        for (i, c) in norm
            .char_indices()
            .chain(std::iter::once((norm.len(), ' ')))
        {
            if c.is_alphabetic() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                let ends_word = !c.is_alphanumeric() && c != '\'';
                let began_word = norm
                    .get(..s)
                    .and_then(|b| b.chars().next_back())
                    .is_none_or(|b| !b.is_alphanumeric() && b != '\'');
                // "can'tstand": the "t" of a negative contraction run into the next word.
                let contraction = !began_word
                    && norm.get(..s).is_some_and(|b| b.ends_with("n'"))
                    && norm.get(s..).is_some_and(|w| w.starts_with('t'));
                if ends_word
                    && contraction
                    && let Some(rest) = norm.get(s + 1..i)
                    && let Some(cuts) = self.unglue.after_contraction(rest)
                    && !in_handle_or_link(text.original(), text.span_to_original(s, i))
                {
                    let cuts = std::iter::once(1).chain(cuts.into_iter().map(|c| c + 1));
                    words.push((s, i, cuts.collect()));
                } else if ends_word
                    && began_word
                    && let Some(word) = norm.get(s..i)
                {
                    let cuts = self.unglue.cuts(word);
                    if !cuts.is_empty()
                        && !in_handle_or_link(text.original(), text.span_to_original(s, i))
                    {
                        words.push((s, i, cuts));
                    }
                }
            }
        }
        if words.is_empty() {
            return text;
        }
        // A word some pass already reads as aimed at a group ("ihatekikes": a slur run
        // together with hatred; a slur in leetspeak) keeps that reading: cutting it could only
        // lose it. A group name alone ("disabledfolksarevermin") is no such reading.
        let mut found = Vec::new();
        self.detect(&text, &mut found);
        // Sorted and merged, so a post of thousands of glued words checks each in log time.
        let mut read: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| f.target.is_some() && f.id.as_str() != "LEX_IDENTITY")
            .filter_map(|f| f.span.map(|sp| (sp.start, sp.end)))
            .collect();
        read.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(read.len());
        for (s, e) in read {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        let cuts: Vec<usize> = words
            .into_iter()
            .filter(|&(s, e, _)| {
                let span = text.span_to_original(s, e);
                !overlaps(&merged, span.start, span.end)
            })
            .flat_map(|(s, _, cuts)| cuts.into_iter().map(move |c| s + c))
            .collect();
        text.with_breaks(&cuts)
    }

    /// Second pass over the words the exact pass left alone: misspelt terms, then terms glued
    /// to their neighbours. `covered` holds the normalised byte ranges already matched.
    fn emit_fuzzy(
        &self,
        text: &NormalisedText<'_>,
        covered: &[(usize, usize)],
        out: &mut Vec<Signal>,
    ) {
        let norm = text.as_str();
        let emit = |start: usize, end: usize, index: usize, how: &str, out: &mut Vec<Signal>| {
            let Some(entry) = self.entries.get(index) else {
                return;
            };
            out.push(Signal {
                id: entry.signal.clone(),
                span: Some(text.span_to_original(start, end)),
                category: entry.category.clone(),
                target: entry.target.clone(),
                severity: entry.severity,
                strength: entry.strength,
                note: if entry.note.is_empty() {
                    how.to_owned()
                } else {
                    format!("{} ({how})", entry.note)
                },
            });
        };
        let mut start: Option<usize> = None;
        let check = |from: usize, to: usize, out: &mut Vec<Signal>| {
            // A long run-together word holding both a group and a hostile term; an exact
            // prefix term inside it ("muslim…") does not stop this. Hashtags are how such
            // slogans travel ("#deportthemall"), so they are segmented too; handles are names.
            if to - from >= fuzzy::MIN_SEGMENTED_WORD
                && norm.get(..from).is_none_or(|b| !b.ends_with('@'))
                && self.emit_segmented(text, from, to, out)
            {
                return;
            }
            // Short words are only looked up as a swap of two letters ("gyas"); shorter
            // ones are never fuzzy-matched. This keeps the common post cheap.
            if to - from < 4 || overlaps(covered, from, to) {
                return;
            }
            let Some(word) = norm.get(from..to) else {
                return;
            };
            // Handles and hashtags are names, not sentences ("@strangleme").
            if norm
                .get(..from)
                .is_some_and(|b| b.ends_with('@') || b.ends_with('#'))
            {
                return;
            }
            if let Some(index) = self.one_as_l(text, from, to, word) {
                emit(from, to, index, "leetspeak", out);
                return;
            }
            if let Some(index) = self.fuzzy.swapped_slur(word) {
                emit(from, to, index, "letters swapped", out);
                return;
            }
            // "a t r o o n": the normaliser joins a spaced-out slur to the article before it.
            let spaced = {
                let span = text.span_to_original(from, to);
                text.original()
                    .get(span.start..span.end)
                    .is_some_and(|o| o.contains(' '))
            };
            if spaced
                && let Some(index) = word.strip_prefix('a').and_then(|rest| {
                    self.fuzzy
                        .segment_entry(rest)
                        .filter(|&i| self.entries.get(i).is_some_and(is_strong_slur))
                })
            {
                emit(from + 1, to, index, "spaced out", out);
                return;
            }
            // "i h a t e": the normaliser joins spaced-out letters into one word; a hostile
            // phrase of the lexicon written that way is the phrase.
            if spaced
                && let Some(index) = self.fuzzy.segment_entry(word).filter(|&i| {
                    self.entries.get(i).is_some_and(|e| {
                        FUZZY_SIGNALS.contains(&e.signal.as_str()) || is_strong_slur(e)
                    })
                })
            {
                emit(from, to, index, "spaced out", out);
                return;
            }
            if let Some(index) = self.fuzzy.dropped_slur(word) {
                emit(from, to, index, "a letter dropped", out);
                return;
            }
            if to - from < 6 {
                if let Some(index) = self.fuzzy.swapped(word) {
                    emit(from, to, index, "misspelt", out);
                    return;
                }
                if to - from < 5 {
                    return;
                }
            }
            if let Some(index) = self.fuzzy.misspelt(word) {
                emit(from, to, index, "misspelt", out);
                return;
            }
            let glued = self.fuzzy.glued(word);
            if glued.is_empty()
                && let Some((s, e, index)) = self.glued_group(word)
            {
                emit(from + s, from + e, index, "glued to another word", out);
            }
            for (s, e, index) in glued {
                emit(from + s, from + e, index, "glued to another word", out);
            }
        };
        // Every word with whether this pass already found a term in it: the phrase pass
        // below does not report a word twice.
        let mut words: Vec<(usize, usize, bool)> = Vec::new();
        for (i, c) in norm.char_indices() {
            if c.is_alphabetic() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                let before = out.len();
                check(s, i, out);
                words.push((s, i, out.len() > before));
            }
        }
        if let Some(s) = start {
            let before = out.len();
            check(s, norm.len(), out);
            words.push((s, norm.len(), out.len() > before));
        }
        self.emit_swapped_phrases(text, &words, covered, &emit, out);
        self.emit_glued_group_phrases(text, &words, covered, &emit, out);
    }

    /// A group name glued to one or two short words ([`GLUE_BEFORE`], [`GLUE_AFTER`]) on one
    /// side:
    /// "jewsare", "jewsaretoo", "amuslim", "gaypeopleshould". Returns (byte start, byte end,
    /// entry) of the group within `word`. Frequent words are never split.
    fn glued_group(&self, word: &str) -> Option<(usize, usize, usize)> {
        // Bounded: the splits below are quadratic in the word's length, and a hostile post
        // may be one word of a megabyte.
        if word.len() <= GLUED_GROUP_SHORTEST
            || word.len() > GLUED_GROUP_LONGEST
            || !word.chars().all(char::is_alphabetic)
            || fuzzy::is_common(word)
        {
            return None;
        }
        word.char_indices().skip(1).find_map(|(i, _)| {
            let (before, after) = (word.get(..i)?, word.get(i..)?);
            if let Some(&entry) = self.glued_groups.get(before)
                && glues(after, GLUE_AFTER)
            {
                return Some((0, i, entry));
            }
            let &entry = self.glued_groups.get(after)?;
            glues(before, GLUE_BEFORE).then_some((i, word.len(), entry))
        })
    }

    /// "hategay people", "ihatedisabled folk", "alldisabled people": the first word of a
    /// group name glued to the words before it, the rest of the name after a space. Reports
    /// the group from inside the first word to the end of the second, and a hostile term the
    /// words before it make ("ihate"), so the binding has both. `words` as in
    /// [`Lexicon::emit_fuzzy`].
    /// "1esb1ans", "b1ack": the normaliser reads a "1" as "i", but it stands for "l" about as
    /// often. The word with every such "i" (or one of them) read as "l" is looked up whole.
    fn one_as_l(
        &self,
        text: &NormalisedText<'_>,
        from: usize,
        to: usize,
        word: &str,
    ) -> Option<usize> {
        let span = text.span_to_original(from, to);
        let original = text.original().get(span.start..span.end)?;
        if !original.contains('1') || original.chars().count() != word.chars().count() {
            return None;
        }
        let ones: Vec<usize> = word
            .chars()
            .zip(original.chars())
            .enumerate()
            .filter(|(_, (n, o))| *n == 'i' && *o == '1')
            .map(|(k, _)| k)
            .collect();
        let read = |as_l: &dyn Fn(usize) -> bool| -> String {
            word.chars()
                .enumerate()
                .map(|(k, c)| if as_l(k) { 'l' } else { c })
                .collect()
        };
        std::iter::once(read(&|k| ones.contains(&k)))
            .chain(ones.iter().map(|&one| read(&move |k| k == one)))
            .find_map(|variant| self.fuzzy.segment_entry(&variant))
    }

    fn emit_glued_group_phrases(
        &self,
        text: &NormalisedText<'_>,
        words: &[(usize, usize, bool)],
        covered: &[(usize, usize)],
        emit: &Emit<'_>,
        out: &mut Vec<Signal>,
    ) {
        let norm = text.as_str();
        for pair in words.windows(2) {
            let [(from, to, found), (next_from, next_to, _)] = *pair else {
                continue;
            };
            let (Some(word), Some(next)) = (norm.get(from..to), norm.get(next_from..next_to))
            else {
                continue;
            };
            if found
                || !self.group_name_ends.contains(next)
                || overlaps(covered, from, to)
                || norm.get(to..next_from) != Some(" ")
                || word.len() > GLUED_GROUP_LONGEST
                || next.len() > GLUED_GROUP_NEXT
                || fuzzy::is_common(word)
            {
                continue;
            }
            let mut key = String::with_capacity(word.len() + next.len());
            let split = word.char_indices().skip(1).find_map(|(i, _)| {
                let (before, tail) = (word.get(..i)?, word.get(i..)?);
                key.clear();
                key.push_str(tail);
                key.push_str(next);
                let &entry = self.glued_groups.get(key.as_str())?;
                let hostile = self.glued_hostile(before);
                (hostile.is_some() || glues(before, GLUE_BEFORE)).then_some((i, entry, hostile))
            });
            if let Some((i, entry, hostile)) = split {
                if let Some(h) = hostile {
                    emit(from, from + i, h, "run together with other words", out);
                }
                emit(from + i, next_to, entry, "glued to another word", out);
            }
        }
    }

    /// The hostile term `piece` is, spaces removed ("ihate", "kill"), or is followed by one
    /// word of [`GLUE_BEFORE`] ("killall").
    fn glued_hostile(&self, piece: &str) -> Option<usize> {
        let hostile = |p: &str| {
            self.fuzzy.segment_entry(p).filter(|&e| {
                self.entries
                    .get(e)
                    .is_some_and(|e| SEGMENT_HOSTILE.contains(&e.signal.as_str()))
            })
        };
        hostile(piece).or_else(|| {
            GLUE_BEFORE.iter().find_map(|w| {
                piece
                    .strip_suffix(w)
                    .filter(|p| !p.is_empty())
                    .and_then(hostile)
            })
        })
    }

    /// Two- and three-word terms with one word misspelt by a swap ("blakc people", "gay
    /// poeple"), and terms split by a stray space ("bla ck people"): each run of words joined
    /// by single spaces is looked up whole. A run one exact match already covers is left alone.
    fn emit_swapped_phrases(
        &self,
        text: &NormalisedText<'_>,
        words: &[(usize, usize, bool)],
        covered: &[(usize, usize)],
        emit: &Emit<'_>,
        out: &mut Vec<Signal>,
    ) {
        if !self.fuzzy.has_phrase_swaps() {
            return;
        }
        let norm = text.as_str();
        for (i, &(from, ..)) in words.iter().enumerate() {
            for n in 2..=3 {
                let Some(&(_, to, _)) = words.get(i + n - 1) else {
                    break;
                };
                let spaced = (i..i + n - 1).all(|k| match (words.get(k), words.get(k + 1)) {
                    (Some(&(_, e, _)), Some(&(s, ..))) => norm.get(e..s) == Some(" "),
                    _ => false,
                });
                if !spaced
                    || words
                        .get(i..i + n)
                        .is_none_or(|run| run.iter().any(|w| w.2))
                {
                    break;
                }
                let Some(phrase) = norm.get(from..to) else {
                    break;
                };
                if contains(covered, from, to) {
                    continue;
                }
                if let Some(index) = self.fuzzy.split_term(phrase).filter(|&index| {
                    self.entries.get(index).is_some_and(|e| {
                        FUZZY_SIGNALS.contains(&e.signal.as_str()) || is_strong_slur(e)
                    })
                }) {
                    emit(from, to, index, "split by a space", out);
                    break;
                }
                if let Some(index) = self.fuzzy.swapped_phrase(phrase) {
                    let other_head = phrase
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| matches!(w, "ppl" | "folk" | "folks"));
                    let how = if other_head {
                        "another word for people"
                    } else {
                        "misspelt"
                    };
                    emit(from, to, index, how, out);
                    break;
                }
            }
        }
    }

    /// Reports a run-together word that segments wholly into terms and common words, with a
    /// hostile term and a group (named in it, by name or by a strong slur, or a plural pronoun pointing back to the last
    /// group named before it). Every signal spans the whole word, and the hostile ones carry
    /// the group as their target: the binding rules cannot look inside one token. Returns
    /// whether anything was reported.
    fn emit_segmented(
        &self,
        text: &NormalisedText<'_>,
        from: usize,
        to: usize,
        out: &mut Vec<Signal>,
    ) -> bool {
        let Some(word) = text.as_str().get(from..to) else {
            return false;
        };
        let Some(pieces) = self.fuzzy.segment(word) else {
            return false;
        };
        // "womenarenottrash": a negated run-together sentence says the opposite, and so does
        // a campaign tag against the hatred it names ("stopasianhate", "endtranshate").
        if pieces.iter().any(|&(s, e, entry)| {
            entry.is_none()
                && word.get(s..e).is_some_and(|p| {
                    crate::text::words::is_negator(p) || SEGMENT_CAMPAIGN.contains(&p)
                })
        }) {
            return false;
        }
        let span = text.span_to_original(from, to);
        let entry_of = |p: &fuzzy::Piece| p.2.and_then(|i| self.entries.get(i));
        let hostile: Vec<&Entry> = pieces
            .iter()
            .filter_map(entry_of)
            .filter(|e| SEGMENT_HOSTILE.contains(&e.signal.as_str()))
            .collect();
        if hostile.is_empty() {
            return false;
        }
        let groups: Vec<&Entry> = pieces
            .iter()
            .filter_map(entry_of)
            .filter(|e| {
                (e.signal.as_str() == "LEX_IDENTITY" || is_strong_slur(e)) && e.target.is_some()
            })
            .collect();
        let target = if let Some(group) = groups.first() {
            group.target.clone()
        } else if pieces.iter().any(|&(s, e, entry)| {
            entry.is_none()
                && word
                    .get(s..e)
                    .is_some_and(|p| SEGMENT_PRONOUNS.contains(&p))
        }) {
            out.iter()
                .rev()
                .filter(|s| s.id.as_str() == "LEX_IDENTITY" && s.target.is_some())
                .find(|s| s.span.is_some_and(|sp| sp.end <= span.start))
                .and_then(|s| s.target.clone())
        } else {
            None
        };
        let Some(target) = target else {
            return false;
        };
        let signal = |entry: &Entry, target: Option<String>| Signal {
            id: entry.signal.clone(),
            span: Some(span),
            category: entry.category.clone(),
            target,
            severity: entry.severity,
            strength: entry.strength,
            note: if entry.note.is_empty() {
                "run together with other words".to_owned()
            } else {
                format!("{} (run together with other words)", entry.note)
            },
        };
        for group in groups {
            out.push(signal(group, group.target.clone()));
        }
        for entry in hostile {
            out.push(signal(entry, Some(target.clone())));
        }
        true
    }

    /// "Gay men will never be normal", "no Muslim deserves ...": a negator that reverses a
    /// positive word is reported at the positive word as `LEX_NEGATED_POSITIVE` (see
    /// [`crate::text::negated_positive`]); the policy binds it to the group it is said of.
    /// Posts without a negator are not tokenised here, which keeps the common post cheap.
    /// Reports words that may be a group's name misspelt past every other pass ("jwes",
    /// "muzlims"), as [`GROUP_GUESS_SIGNAL`]: only in a post with hostile words and no group
    /// found, where the binding had nothing to bind them to. The policy reads the signal as
    /// a hint that the model's own target head may stand for the group; it binds nothing.
    fn emit_group_guesses(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let hostile = out.iter().any(|s| SEGMENT_HOSTILE.contains(&s.id.as_str()));
        let grouped = out
            .iter()
            .any(|s| matches!(s.id.as_str(), "LEX_IDENTITY" | "LEX_SLUR"));
        let Some(id) = self.group_guess_signal.as_ref() else {
            return;
        };
        if !hostile || grouped {
            return;
        }
        let norm = text.as_str();
        let mut guesses = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in norm
            .char_indices()
            .chain(std::iter::once((norm.len(), ' ')))
        {
            if c.is_alphabetic() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take()
                && let Some(word) = norm.get(s..i)
                && self.fuzzy.near_group(word)
                && norm.get(..s).is_none_or(|b| !b.ends_with('@'))
            {
                guesses.push(Signal {
                    id: id.clone(),
                    span: Some(text.span_to_original(s, i)),
                    category: None,
                    target: None,
                    severity: None,
                    strength: 1.0,
                    note: "possibly a misspelt group name".to_owned(),
                });
            }
        }
        out.extend(guesses);
    }

    /// "A woman should never be allowed to ...", "A female can't ...": at the start of a
    /// sentence, "a" and a singular of [`crate::insinuation::SINGULAR_GROUPS`] followed by a
    /// modal of [`GENERIC_MODALS`] speaks of any woman at all, so it names the group; so does
    /// one after a denied verb of [`GENERIC_ATTITUDES`] ("I'd never trust a woman", "not a
    /// single decent woman"). Elsewhere "a woman" mostly names one person ("a woman was
    /// attacked", "if you are a woman").
    fn emit_generic_singulars(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(id) = &self.identity_signal else {
            return;
        };
        let norm = text.as_str();
        let any_noun = crate::insinuation::SINGULAR_GROUPS
            .iter()
            .chain(DENIED_SINGULARS)
            .any(|(noun, _)| norm.contains(noun));
        if !any_noun {
            return;
        }
        let view = crate::text::TokenView::new(text);
        // Tokens already inside a group name, marked once per post.
        let mut named = vec![false; view.tokens.len()];
        for s in out.iter().filter(|s| s.id.as_str() == "LEX_IDENTITY") {
            if let Some((first, last)) = s.span.and_then(|x| view.locate(x)) {
                for slot in named.get_mut(first..=last).unwrap_or_default() {
                    *slot = true;
                }
            }
        }
        for k in 1..view.tokens.len() {
            let common = crate::insinuation::SINGULAR_GROUPS
                .iter()
                .find(|(noun, _)| view.is(k, noun));
            let Some((noun, target)) =
                common.or_else(|| DENIED_SINGULARS.iter().find(|(noun, _)| view.is(k, noun)))
            else {
                continue;
            };
            // "never met a *smart* woman", "not a single *decent* lady": one denied good may
            // stand between the article and the noun.
            let praised = view.is_any(k - 1, crate::text::words::POSITIVES);
            let mut article = if praised { k.saturating_sub(2) } else { k - 1 };
            // "not a *single* (decent) woman".
            let single = view.is(article, "single");
            if single {
                article = article.saturating_sub(1);
            }
            if !view.is_any(article, &["a", "an"]) {
                continue;
            }
            let opens = common.is_some()
                && !praised
                && !single
                && view.sentence_start(k) == article
                && view.is_any(k + 1, GENERIC_MODALS);
            // "I will never respect a female", "I've never met a woman who ...", "there's not
            // a single decent woman": a denied attitude towards any woman at all.
            let denied = article >= 1
                && (single || view.is_any(article - 1, GENERIC_ATTITUDES))
                && (article.saturating_sub(4)..article).any(|j| {
                    crate::text::words::is_negator(view.word(j))
                        || view.is_any(j, &["not", "never"])
                });
            if !opens && !denied {
                continue;
            }
            // The praised noun alone, so the denied good before it binds to it.
            let from = if praised { k } else { article };
            let (Some(a), Some(b)) = (view.tokens.get(from), view.tokens.get(k)) else {
                continue;
            };
            let span = Span::new(a.orig.start, b.orig.end);
            let known = named
                .get(article..=k)
                .is_some_and(|slots| slots.iter().any(|&n| n));
            if !known {
                out.push(Signal {
                    id: id.clone(),
                    span: Some(span),
                    category: None,
                    target: Some((*target).to_owned()),
                    severity: None,
                    strength: 0.2,
                    note: format!("{noun} standing for women"),
                });
            }
        }
    }

    fn emit_negated_positives(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(signal) = &self.negated_signal else {
            return;
        };
        if !text
            .as_str()
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .any(crate::text::words::is_negator)
            && !text.as_str().contains("yet to")
            && !text.as_str().contains("lack")
        {
            return;
        }
        let view = crate::text::TokenView::new(text);
        for i in 0..view.tokens.len() {
            if let Some(exclusion) = &self.exclusion_signal
                && let Some((from, to)) = crate::text::unwanted_presence(&view, i)
                && let (Some(a), Some(b)) = (view.tokens.get(from), view.tokens.get(to))
            {
                out.push(Signal {
                    id: exclusion.clone(),
                    span: Some(Span::new(a.orig.start, b.orig.end)),
                    category: Some("HATE.EXCLUSION_CALL".to_owned()),
                    target: None,
                    severity: None,
                    strength: 0.85,
                    note: "negated wish for their presence".to_owned(),
                });
                continue;
            }
            let Some(k) = crate::text::negated_positive(&view, i) else {
                continue;
            };
            let Some(token) = view.tokens.get(k) else {
                continue;
            };
            out.push(Signal {
                id: signal.clone(),
                span: Some(token.orig),
                category: Some("HATE.DEROGATION".to_owned()),
                target: None,
                severity: None,
                strength: 0.8,
                note: format!("negated positive \"{}\"", view.original_text(i, k)),
            });
        }
    }

    /// "I'm going to hurt ...", "we will make them suffer": a first-person intention of
    /// bodily harm (see [`crate::text::intended_harm`]) is reported as a threat over the
    /// intention and its verb; the policy binds it to whoever follows. The lexicon's fixed
    /// threat phrases cannot express the words between the two. Posts without a first-person
    /// word are not tokenised here.
    fn emit_intended_harm(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(signal) = &self.threat_signal else {
            return;
        };
        let mut first_person = false;
        let mut rewarded = false;
        for w in text
            .as_str()
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        {
            first_person |= matches!(
                w,
                "i" | "we"
                    | "i'll"
                    | "we'll"
                    | "i'm"
                    | "im"
                    | "we're"
                    | "imma"
                    | "ima"
                    | "i’ll"
                    | "we’ll"
                    | "i’m"
                    | "we’re"
            );
            rewarded |= crate::text::REWARDS.contains(&w);
        }
        if !first_person && !rewarded {
            return;
        }
        let view = crate::text::TokenView::new(text);
        for i in 0..view.tokens.len() {
            let found = first_person
                .then(|| crate::text::intended_harm(&view, i))
                .flatten()
                .map(|span| (span, "intention to harm"))
                .or_else(|| {
                    first_person
                        .then(|| crate::text::wished_dead(&view, i))
                        .flatten()
                        .map(|span| (span, "wish for their death"))
                })
                .or_else(|| {
                    rewarded
                        .then(|| crate::text::praised_harm(&view, i))
                        .flatten()
                        .map(|span| (span, "violence praised"))
                });
            let Some(((from, to), note)) = found else {
                continue;
            };
            let (Some(a), Some(b)) = (view.tokens.get(from), view.tokens.get(to)) else {
                continue;
            };
            out.push(Signal {
                id: signal.clone(),
                span: Some(Span::new(a.orig.start, b.orig.end)),
                category: None,
                target: None,
                severity: Some(Severity::S4),
                strength: 0.85,
                note: note.to_owned(),
            });
        }
    }

    /// "My dog has better manners than most ...": a group ranked below a pet or a thing (see
    /// [`crate::text::lowly_comparison`]), and "wow, a ... who can read": sarcastic surprise
    /// at an everyday ability ([`crate::text::surprised_competence`]), are reported as
    /// derogatory, as is humanity questioned ("is a ... even human?",
    /// [`crate::text::doubted_humanity`]); the policy binds them to the group after "than" or
    /// before "who" or "even"; loaded questions ([`crate::text::loaded_question`]) likewise.
    /// Posts without one of the words that open these shapes are not tokenised.
    fn emit_implicit_derogation(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(signal) = &self.derogatory_signal else {
            return;
        };
        // Only "than", "who/that can/could/actually", "even (fully) human" or the words of a
        // loaded question ("allowed", "the point", "would want", "who thought", "how many")
        // open a shape.
        let mut previous = "";
        let keyed = text
            .as_str()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| {
                let hit = matches!(w, "than" | "allowed")
                    || matches!(
                        (previous, w),
                        ("the", "point")
                            | ("would", "want" | "you" | "u" | "anyone" | "anybody")
                            | ("who", "thought")
                            | ("how", "many")
                    )
                    || (matches!(w, "can" | "could" | "actually")
                        && matches!(previous, "who" | "that"))
                    || (previous == "even" || previous == "fully")
                        && matches!(w, "human" | "humans" | "people" | "persons")
                    || matches!(w, "until" | "till" | "downhill")
                    || (previous == "for" && matches!(w, "a" | "an"))
                    || (crate::text::GOOD_BEFORE.contains(&previous)
                        && crate::text::DECLINE_LINKS.contains(&w));
                previous = w;
                hit
            });
        if !keyed {
            return;
        }
        let view = crate::text::TokenView::new(text);
        // Once per post, so a post of many "who can"s stays linear.
        let surprised = crate::text::has_surprise(&view);
        // The groups named so far, as token ranges sorted by first token, so that each shape
        // finds the group beside it by binary search (a post of thousands of shapes stays
        // near linear).
        let mut groups: Vec<(usize, usize, String)> = out
            .iter()
            .filter(|s| s.id.as_str() == "LEX_IDENTITY")
            .filter_map(|s| {
                let (first, last) = view.locate(s.span?)?;
                Some((first, last, s.target.clone()?))
            })
            .collect();
        groups.sort_unstable_by_key(|g| (g.0, g.1));
        let by_last: HashMap<usize, usize> =
            groups.iter().enumerate().map(|(n, g)| (g.1, n)).collect();
        for i in 0..view.tokens.len() {
            let mut target = None;
            let (found, note) = if let Some(found) = crate::text::lowly_comparison(&view, i) {
                (found, "ranked below an animal or a thing")
            } else if let Some(mut found) = crate::text::surprised_competence(&view, i, surprised) {
                // The group is the one right before "who": named by the lexicon ("a Muslim
                // who actually paid his taxes", where the object would stop the policy's
                // binding), or one woman standing for all of them, as in a warning or mock
                // praise ("Wow, a woman who can drive"; `insinuation::SINGULAR_GROUPS`).
                let named = found
                    .0
                    .checked_sub(1)
                    .and_then(|last| by_last.get(&last))
                    .and_then(|&n| groups.get(n))
                    .map(|g| (g.0, g.2.clone()));
                if let Some((first, group)) = named {
                    target = Some(group);
                    found.0 = first;
                } else if let Some((_, group)) = crate::insinuation::SINGULAR_GROUPS
                    .iter()
                    .find(|(noun, _)| found.0 > 0 && view.is(found.0 - 1, noun))
                {
                    target = Some((*group).to_owned());
                    found.0 -= 1;
                }
                (found, "sarcastic surprise at an everyday ability")
            } else if let Some(found) = crate::text::decline_on_arrival(&view, i) {
                // The group is the one that arrived, named between the two.
                let from = groups.partition_point(|g| g.0 <= found.0);
                let Some(group) = groups
                    .get(from..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|g| g.0 < found.1)
                    .find(|g| g.1 < found.1)
                    .map(|g| g.2.clone())
                else {
                    continue;
                };
                target = Some(group);
                (found, "a place's decline blamed on the group's arrival")
            } else if let Some(from) = crate::text::backhanded_praise(&view, i) {
                // The group right after "for a" (one modifier may come first: "for a young
                // woman"), closing the clause: "good for a girl to learn" is advice.
                let named = (from..=from + 1).find_map(|k| {
                    groups
                        .get(groups.partition_point(|g| g.0 < k)..)
                        .and_then(|rest| rest.first())
                        .filter(|g| g.0 == k)
                        .map(|g| (k, g.1, g.2.clone()))
                        .or_else(|| {
                            BACKHANDED_SINGULARS
                                .iter()
                                .find(|(noun, _)| view.is(k, noun))
                                .map(|(_, group)| (k, k, (*group).to_owned()))
                        })
                });
                let Some((first, last, group)) = named else {
                    continue;
                };
                // A listed phrase right before a group the insinuation pass knows is that
                // pass's to report ("clever for a woman"), so one remark is reported once.
                let known = !view.is_any(first, &["girl", "lady", "bird"]);
                if first == from && known && crate::insinuation::backhanded_phrase(&view, i) {
                    continue;
                }
                let closes = view
                    .tokens
                    .get(last + 1)
                    .is_none_or(|t| t.kind != crate::text::Kind::Word)
                    || view.is_any(
                        last + 1,
                        &[
                            "though", "tho", "tbh", "lol", "honestly", "but", "i", "i'll", "ill",
                        ],
                    );
                if !closes {
                    continue;
                }
                target = Some(group);
                ((i, last), "praise lowered to the standard of a group")
            } else if let Some(found) = crate::text::doubted_humanity(&view, i) {
                (found, "their humanity put in question")
            } else if let Some(found) = crate::text::loaded_question(&view, i) {
                // "Would you honestly want a woman teaching your kids?": the group right
                // after the question's verb, or one woman standing for all of them (one
                // modifier may come first). "You" is the one asked, not the one aimed at.
                let next = groups.partition_point(|g| g.0 <= found.1);
                target = groups
                    .get(next)
                    .filter(|g| g.0 <= found.1 + 3)
                    .map(|g| g.2.clone())
                    .or_else(|| {
                        view.is_any(found.1 + 1, &["a", "an"])
                            .then(|| {
                                (found.1 + 2..=found.1 + 3).find_map(|k| {
                                    crate::insinuation::SINGULAR_GROUPS
                                        .iter()
                                        .find(|(noun, _)| view.is(k, noun))
                                })
                            })
                            .flatten()
                            .map(|(_, group)| (*group).to_owned())
                    });
                (found, "a loaded question denying them a place")
            } else {
                continue;
            };
            let (Some(a), Some(b)) = (view.tokens.get(found.0), view.tokens.get(found.1)) else {
                continue;
            };
            out.push(Signal {
                id: signal.clone(),
                span: Some(Span::new(a.orig.start, b.orig.end)),
                category: Some("HATE.DEROGATION".to_owned()),
                target,
                severity: Some(Severity::S2),
                strength: 0.8,
                note: note.to_owned(),
            });
        }
    }

    /// Insinuations about the groups found so far ("... moved in. Three break-ins since. Draw
    /// your own conclusions."): each names its group, so the policy need not bind it.
    fn emit_insinuations(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(signal) = &self.insinuation_signal else {
            return;
        };
        // Coded terms name their group too ("Religion of peace strikes again 👏").
        let names_group = |s: &Signal| {
            matches!(s.id.as_str(), "LEX_IDENTITY" | "LEX_CODED") && s.target.is_some()
        };
        let norm = text.as_str();
        let coded = out.iter().any(|s| s.id.as_str() == "LEX_CODED");
        // Cheap checks first: most posts name no group, and most that do hold no remark.
        let singular = crate::insinuation::SINGULAR_GROUPS
            .iter()
            .any(|(noun, _)| norm.contains(noun))
            || ROLE_GROUPS
                .iter()
                .any(|(adjective, _)| norm.contains(adjective));
        if !singular && !out.iter().any(names_group) {
            return;
        }
        if !coded
            && !crate::insinuation::worth_reading(norm)
            && !crate::refusal::worth_reading(norm)
            && !crate::precaution::worth_reading(norm)
        {
            return;
        }
        let named: Vec<(Span, String)> = out
            .iter()
            .filter(|s| names_group(s))
            .filter_map(|s| Some((s.span?, s.target.clone()?)))
            .collect();
        let view = crate::text::TokenView::new(text);
        // "'AWALT' is incel jargon", "bat soup jokes were followed by attacks ... It's hate":
        // a code beside talk of prejudice is most likely explained or condemned, so alone it
        // no longer reaches the flag threshold.
        if coded && crate::insinuation::discusses_prejudice(&view) {
            for coded in out.iter_mut().filter(|s| s.id.as_str() == "LEX_CODED") {
                coded.strength *= CODE_DISCUSSED;
            }
        }
        let mut groups = Vec::with_capacity(named.len());
        let mut targets = Vec::with_capacity(named.len());
        for (span, target) in named {
            if let Some((first, last)) = view.locate(span) {
                groups.push(crate::insinuation::Group {
                    first,
                    last,
                    singular: false,
                });
                targets.push(target);
            }
        }
        for k in 0..view.tokens.len() {
            let Some((_, target)) = crate::insinuation::SINGULAR_GROUPS
                .iter()
                .find(|(noun, _)| view.is(k, noun))
            else {
                continue;
            };
            if !groups.iter().any(|g| g.first <= k && k <= g.last) {
                groups.push(crate::insinuation::Group {
                    first: k,
                    last: k,
                    singular: true,
                });
                targets.push((*target).to_owned());
            }
        }
        self.said_of_one(&view, &mut groups, &mut targets);
        for hint in crate::insinuation::find(&view, &groups) {
            let (Some(a), Some(b), Some(target)) = (
                view.tokens.get(hint.first),
                view.tokens.get(hint.last),
                targets.get(hint.group),
            ) else {
                continue;
            };
            out.push(Signal {
                id: signal.clone(),
                span: Some(Span::new(a.orig.start, b.orig.end)),
                category: Some("HATE.IMPLICIT_ANIMOSITY".to_owned()),
                target: Some(target.clone()),
                severity: Some(Severity::S1),
                strength: 0.75,
                note: hint.note.to_owned(),
            });
        }
    }

    /// "He's black but one of the good ones", "my mate's Polish but ...": a group adjective
    /// of [`ROLE_GROUPS`] said of one person closes its clause, and stands for the group in
    /// the remarks that need only one member (see `insinuation::Group::singular`). Said of a
    /// thing ("the car is black") it is no group, so the subject must be a person.
    fn said_of_one(
        &self,
        view: &crate::text::TokenView<'_>,
        groups: &mut Vec<crate::insinuation::Group>,
        targets: &mut Vec<String>,
    ) {
        /// People a possessive-looking "'s" may stand after ("my mate's Polish").
        const PEOPLE: &[&str] = &[
            "mate",
            "friend",
            "neighbour",
            "neighbor",
            "boss",
            "colleague",
            "son",
            "daughter",
            "husband",
            "wife",
            "girlfriend",
            "boyfriend",
            "partner",
            "brother",
            "sister",
            "cousin",
            "doctor",
            "teacher",
            "builder",
            "landlord",
            "tenant",
            "nurse",
        ];
        // Tokens already inside a group name, marked once: a post of thousands of groups must
        // not be scanned per adjective.
        let mut named = vec![false; view.tokens.len()];
        for g in groups.iter() {
            for slot in named.get_mut(g.first..=g.last).unwrap_or_default() {
                *slot = true;
            }
        }
        // Each adjective's target, looked up in the entries at its first use only.
        let mut known: [Option<Option<String>>; ROLE_GROUPS.len()] = Default::default();
        for k in 1..view.tokens.len() {
            let Some(at) = ROLE_GROUPS
                .iter()
                .position(|(adjective, _)| view.is(k, adjective))
            else {
                continue;
            };
            let before = view.word(k - 1);
            let person = matches!(before, "he's" | "she's" | "hes" | "shes")
                || (view.is_any(k - 1, &["is", "was"])
                    && k >= 2
                    && view.is_any(k - 2, &["he", "she"]))
                || before
                    .strip_suffix("'s")
                    .is_some_and(|stem| PEOPLE.contains(&stem));
            let closes = view.tokens.get(k + 1).is_none_or(|t| {
                t.kind != crate::text::Kind::Word
                    || view.is_any(k + 1, &["but", "and", "though", "tho", "yet"])
            });
            if !person || !closes || named.get(k).copied().unwrap_or(true) {
                continue;
            }
            let Some(slot) = known.get_mut(at) else {
                continue;
            };
            let target = slot.get_or_insert_with(|| {
                let group = ROLE_GROUPS.get(at).map_or("", |(_, g)| *g);
                self.entries
                    .iter()
                    .find(|e| e.term == group && e.signal.as_str() == "LEX_IDENTITY")
                    .and_then(|e| e.target.clone())
            });
            if let Some(target) = target.clone() {
                groups.push(crate::insinuation::Group {
                    first: k,
                    last: k,
                    singular: true,
                });
                targets.push(target);
            }
        }
    }

    /// "(((They))) run the media": triple brackets around a word mark it, in antisemitic
    /// code, as Jewish. The normaliser keeps brackets, but they are read from the original so
    /// that the span shows them.
    fn emit_echoes(&self, original: &str, out: &mut Vec<Signal>) {
        let Some(signal) = &self.coded_signal else {
            return;
        };
        let mut from = 0;
        while let Some(open) = original.get(from..).and_then(|rest| rest.find("(((")) {
            let start = from + open;
            let inner = start + 3;
            let Some(close) = original.get(inner..).and_then(|rest| rest.find(")))")) else {
                break;
            };
            let end = inner + close + 3;
            let word = original.get(inner..inner + close).unwrap_or_default();
            // A name or a few words, not a stretch of prose or nested brackets.
            let plausible =
                !word.trim().is_empty() && word.len() <= 40 && !word.contains(['(', ')', '\n']);
            if plausible {
                out.push(Signal {
                    id: signal.clone(),
                    span: Some(Span::new(start, end)),
                    category: Some("HATE.IMPLICIT_ANIMOSITY".to_owned()),
                    target: Some(ECHO_TARGET.to_owned()),
                    severity: Some(Severity::S2),
                    strength: 0.8,
                    note: "antisemitic triple brackets".to_owned(),
                });
            }
            from = end;
        }
    }

    /// Person emoji with a dark skin tone (👨🏿) name a group in emoji-based hate. The
    /// normaliser drops skin-tone modifiers, so they are read from the original.
    fn emit_skin_tones(&self, original: &str, out: &mut Vec<Signal>) {
        let Some((signal, target)) = &self.skin_signal else {
            return;
        };
        // U+1F3FE and U+1F3FF are F0 9F 8F BE / BF in UTF-8.
        if !original
            .as_bytes()
            .windows(3)
            .any(|w| w == [0x9F, 0x8F, 0xBE] || w == [0x9F, 0x8F, 0xBF])
        {
            return;
        }
        let mut previous: Option<(usize, char)> = None;
        for (i, c) in original.char_indices() {
            if matches!(c as u32, 0x1F3FE | 0x1F3FF)
                && let Some((start, _)) = previous.filter(|(_, p)| is_person_emoji(*p))
            {
                out.push(Signal {
                    id: signal.clone(),
                    span: Some(Span::new(start, i + c.len_utf8())),
                    category: None,
                    target: Some(target.clone()),
                    severity: None,
                    strength: 0.2,
                    note: "dark-skinned person emoji".to_owned(),
                });
            }
            previous = Some((i, c));
        }
    }

    fn emit_postcodes(&self, original: &str, out: &mut Vec<Signal>) {
        let Some((signal, target)) = &self.area_signal else {
            return;
        };
        if !original.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        // Postcodes are read from the original: the normaliser may turn "n17" into "nit".
        let mut start: Option<usize> = None;
        let check = |from: usize, to: usize, out: &mut Vec<Signal>| {
            let Some(word) = original.get(from..to) else {
                return;
            };
            if is_postcode_district(word) {
                out.push(Signal {
                    id: signal.clone(),
                    span: Some(Span::new(from, to)),
                    category: None,
                    target: Some(target.clone()),
                    severity: None,
                    strength: 0.3,
                    note: "postcode district".to_owned(),
                });
            }
        };
        for (i, c) in original.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                check(s, i, out);
            }
        }
        if let Some(s) = start {
            check(s, original.len(), out);
        }
    }
}

fn is_person_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F466..=0x1F469 | 0x1F474..=0x1F476 | 0x1F471 | 0x1F9D1..=0x1F9D3 | 0x1F64B..=0x1F64F | 0x1F44A..=0x1F450 | 0x270A..=0x270D | 0x1F590 | 0x1F595 | 0x1F596)
}

fn is_postcode_district(word: &str) -> bool {
    if !(2..=4).contains(&word.len()) || !word.is_ascii() {
        return false;
    }
    let letters = word.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = word
        .bytes()
        .skip(letters)
        .take_while(u8::is_ascii_digit)
        .count();
    let rest = word.len() - letters - digits;
    let tail_ok =
        rest == 0 || (rest == 1 && word.bytes().last().is_some_and(|b| b.is_ascii_alphabetic()));
    let area = word.get(..letters).unwrap_or_default().to_ascii_lowercase();
    (1..=2).contains(&letters)
        && (1..=2).contains(&digits)
        && tail_ok
        && POSTCODE_AREAS.contains(&area.as_str())
}

fn parse_entry(
    line: usize,
    cols: &Columns,
    fields: &[&str],
    taxonomy: &Taxonomy,
    normaliser: &Normaliser,
) -> Result<Entry> {
    let get = |name: &str| cols.get(fields, name).unwrap_or_default();
    let err = |field: &str, message: String| DetectError::lexicon(line, Some(field), message);

    let raw_term = get("term");
    if raw_term.is_empty() {
        return Err(err("term", "empty term".to_owned()));
    }
    let term = normaliser.normalise(raw_term).as_str().trim().to_owned();
    if term.is_empty() {
        return Err(err("term", format!("'{raw_term}' normalises to nothing")));
    }

    let signal = SignalId::parse(get("signal")).map_err(|e| err("signal", e.to_string()))?;
    if !signal.as_str().starts_with("LEX_") {
        return Err(err(
            "signal",
            format!("'{signal}' must start with LEX_ (the lexicon only emits lexicon signals)"),
        ));
    }

    let category = optional(get("category")).map(str::to_owned);
    if let Some(id) = &category {
        taxonomy
            .expect(IdKind::Category, id, "category")
            .map_err(|_| {
                let message = if taxonomy.kind_of(id).is_some() {
                    format!("'{id}' is not a category id")
                } else {
                    format!("unknown category id '{id}'")
                };
                err("category", message)
            })?;
    }
    let target = optional(get("target")).map(str::to_owned);
    if let Some(id) = &target {
        taxonomy
            .expect(IdKind::TargetGroup, id, "target")
            .map_err(|_| {
                let message = if taxonomy.kind_of(id).is_some() {
                    format!("'{id}' is not a target-group id")
                } else {
                    format!("unknown target-group id '{id}'")
                };
                err("target", message)
            })?;
    }
    let severity = optional(get("severity"))
        .map(|s| {
            Severity::parse(s).map_err(|_| {
                err(
                    "severity",
                    format!("'{s}' is not a severity; use S0-S4 or -"),
                )
            })
        })
        .transpose()?;
    let raw_strength = get("strength");
    let strength: f32 = raw_strength
        .parse()
        .ok()
        .filter(|s: &f32| s.is_finite() && (0.0..=1.0).contains(s))
        .ok_or_else(|| {
            err(
                "strength",
                format!("'{raw_strength}' is not a number between 0 and 1"),
            )
        })?;
    let note = optional(get("note")).unwrap_or_default().to_owned();
    let prefix = match optional(get("match")) {
        None | Some("word") => false,
        Some("prefix") => true,
        Some(other) => {
            return Err(err(
                "match",
                format!("'{other}' is not a match kind; use word or prefix"),
            ));
        }
    };
    let mut reclaimable = false;
    let mut named = false;
    if let Some(tags) = optional(get("tags")) {
        for tag in tags.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            if !KNOWN_TAGS.contains(&tag) {
                return Err(err(
                    "tags",
                    format!("unknown tag '{tag}'; known: {}", KNOWN_TAGS.join(", ")),
                ));
            }
            reclaimable |= tag == "reclaimable";
            named |= tag == "named";
        }
    }
    Ok(Entry {
        term,
        signal,
        category,
        target,
        severity,
        strength,
        note,
        prefix,
        reclaimable,
        named,
        line,
    })
}

/// Reports a fuzzy match: (normalised start, end, entry index, how it was found, output).
type Emit<'a> = dyn Fn(usize, usize, usize, &str, &mut Vec<Signal>) + 'a;

/// Whether a match ending at byte `end` of the post is its last word, cut short by a
/// trailing ellipsis ("…", "...") as truncated shares and retweets are ("see you last nig…"),
/// and `term` could be the start of a longer ordinary word. Such a word is unknown, not a
/// term; a whole hostile word before a trailing ellipsis ("vermin...") still counts, since
/// nothing ordinary begins with it. A link may follow the ellipsis, as in shared posts. Only
/// asked of slurs, whose clipped forms are the short starts of ordinary words ("nig",
/// "paki"); a hostile word that begins a longer one ("scum...", "trash...") is far more often
/// a post trailing off than one cut inside "scumbag" or "trashed".
fn cut_by_trailing_ellipsis(original: &str, end: usize, term: &str) -> bool {
    let Some(rest) = original.get(end..) else {
        return false;
    };
    let Some(after) = rest.strip_prefix('…').or_else(|| rest.strip_prefix("...")) else {
        return false;
    };
    let after = after.trim_start_matches('.').trim();
    let only_link = after.is_empty()
        || (!after.contains(char::is_whitespace)
            && (after.starts_with("http://") || after.starts_with("https://")));
    only_link && !term.contains(' ') && fuzzy::begins_common_word(term)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Detector for Lexicon {
    fn name(&self) -> &'static str {
        "lexicon"
    }

    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let norm = text.as_str();
        let original = text.original();
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        for found in self.automaton.find_overlapping_iter(norm) {
            let Some(pattern) = self.patterns.get(found.pattern().as_usize()) else {
                continue;
            };
            let Some(entry) = self.entries.get(pattern.entry) else {
                continue;
            };
            let (start, end) = (found.start(), found.end());
            let before_ok = !pattern.starts_with_word
                || norm
                    .get(..start)
                    .and_then(|s| s.chars().next_back())
                    .is_none_or(|c| !is_word_char(c));
            let after_ok = entry.prefix
                || !pattern.ends_with_word
                || norm
                    .get(end..)
                    .and_then(|s| s.chars().next())
                    .is_none_or(|c| !is_word_char(c));
            // "non-muslims", "anti-gay": the prefix makes it another group, or an attitude.
            let prefixed = norm
                .get(..start)
                .is_some_and(|s| s.ends_with("non-") || s.ends_with("anti-"));
            if before_ok && after_ok && !prefixed && !inverted_question(norm, start, &entry.term) {
                candidates.push((start, end, found.pattern().as_usize()));
            }
        }
        if !candidates.is_empty() {
            candidates
                .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
            let mut next_free = 0;
            for &(start, end, index) in &candidates {
                if start < next_free {
                    continue;
                }
                let Some(pattern) = self.patterns.get(index) else {
                    continue;
                };
                let Some(entry) = self.entries.get(pattern.entry) else {
                    continue;
                };
                let span = text.span_to_original(start, end);
                if pattern.squeezed && !span.slice(original).is_some_and(has_run_of_three) {
                    continue;
                }
                if entry.signal.as_str() == "LEX_SLUR"
                    && cut_by_trailing_ellipsis(original, span.end, &entry.term)
                {
                    continue;
                }
                next_free = end;
                covered.push((start, end));
                out.push(Signal {
                    id: entry.signal.clone(),
                    span: Some(span),
                    category: entry.category.clone(),
                    target: entry.target.clone(),
                    severity: entry.severity,
                    strength: entry.strength,
                    note: entry.note.clone(),
                });
            }
        }
        self.emit_fuzzy(text, &covered, out);
        self.emit_postcodes(original, out);
        self.emit_skin_tones(original, out);
        self.emit_generic_singulars(text, out);
        self.emit_negated_positives(text, out);
        self.emit_intended_harm(text, out);
        self.emit_implicit_derogation(text, out);
        self.emit_echoes(original, out);
        self.emit_insinuations(text, out);
        self.emit_group_guesses(text, out);
        name_weak_slurs(text, &self.named_slurs, out);
    }
}

/// Copulas that open predicate entries ("aren't women", "are not to be trusted").
const PREDICATE_COPULAS: &[&str] = &["are", "aren't", "arent", "is", "isn't", "isnt"];

/// Whether a predicate entry starts its sentence: "*Aren't women* basically useless?" asks a
/// question, and the copula has no subject for the entry to be said of, so the words are left
/// to be read one by one ("women" is the group, "useless" what is said of it).
fn inverted_question(norm: &str, start: usize, term: &str) -> bool {
    let first_word = term.split(' ').next().unwrap_or_default();
    if !PREDICATE_COPULAS.contains(&first_word) {
        return false;
    }
    norm.get(..start)
        .map(str::trim_end)
        .is_none_or(|before| before.is_empty() || before.ends_with(['.', '!', '?', '\n']))
}

/// Strength of a weak slur ([`WEAK_SLUR_RANGE`]) used as a name for someone: enough to flag.
const NAMED_WEAK_SLUR: f32 = 0.6;
/// Strengths of slurs kept below the flag threshold because they have an everyday sense
/// ("fag", a cigarette) or are often said in jest ("slag"). Only those tagged `named` in the
/// lexicon are raised; dated terms said in-group ("negro") and political words ("illegals")
/// are not, and the dialect words under 0.45 ("hoes") are out of range.
const WEAK_SLUR_RANGE: std::ops::Range<f32> = 0.45..0.5;
/// Words before "a" that make the slur after it a name for someone ("he's a ...", "what a
/// ...").
const NAMING_BEFORE_ARTICLE: &[&str] = &[
    "is",
    "'s",
    "are",
    "'re",
    "was",
    "am",
    "i'm",
    "im",
    "you're",
    "youre",
    "ur",
    "such",
    "what",
    "he's",
    "she's",
    "hes",
    "shes",
    "it's",
    "its",
    "being",
    "just",
    "only",
    "literally",
    "basically",
    "become",
    "became",
    "becoming",
    "but",
];
/// Words of degree that may stand between the article and the slur ("a *proper* slag").
const NAMING_DEGREE: &[&str] = &[
    "proper", "total", "complete", "right", "little", "absolute", "big", "massive", "utter",
];

/// "You fag", "he's such a cripple", "those slags", "get lost, fag.": a weak slur said to or
/// of someone is used as a slur, whatever its everyday sense, so it is raised to
/// [`NAMED_WEAK_SLUR`]. Homonym and in-group contexts still lower it afterwards ("he's a fag
/// *smoker*" is no such frame; "I'm a fag and proud" is in-group use).
fn name_weak_slurs(text: &NormalisedText<'_>, named: &HashSet<String>, out: &mut [Signal]) {
    let weak = |s: &Signal| s.id.as_str() == "LEX_SLUR" && WEAK_SLUR_RANGE.contains(&s.strength);
    if !out.iter().any(weak) {
        return;
    }
    let view = crate::text::TokenView::new(text);
    for signal in out.iter_mut().filter(|s| weak(s)) {
        let Some((first, last)) = signal.span.and_then(|sp| view.locate(sp)) else {
            continue;
        };
        let term = view
            .tokens
            .get(first)
            .zip(view.tokens.get(last))
            .and_then(|(a, b)| view.normalised(a.start, b.end));
        if !term.is_some_and(|t| named.contains(t)) {
            continue;
        }
        let Some(before) = first.checked_sub(1) else {
            continue;
        };
        let addressed = view.is_any(before, &["you", "u", "ya", "yer"]);
        let article = if view.is_any(before, NAMING_DEGREE) {
            before.checked_sub(1)
        } else {
            Some(before)
        };
        let called = article.is_some_and(|a| {
            view.is_any(a, &["a", "an"])
                && a.checked_sub(1)
                    .is_some_and(|k| view.is_any(k, NAMING_BEFORE_ARTICLE))
        });
        // "those slags", "too many fags", "full of cripples", "look at this slag", "no fags
        // in this bar".
        // A plural determiner needs a plural slur: in "those fag colours" the slur describes
        // the noun after it.
        let plural = view.text(last).ends_with('s');
        let pointed = (plural
            && (view.is_any(before, &["those", "these", "them", "all", "many"])
                || (view.is(before, "of")
                    && before
                        .checked_sub(1)
                        .is_some_and(|k| view.is_any(k, &["full", "bunch", "load", "loads"])))))
            || view.is(before, "another")
            || (view.is_any(before, &["this", "that"])
                && before.checked_sub(1).is_some_and(|k| view.is(k, "at")))
            || (view.is(before, "no")
                && view.is_any(
                    last + 1,
                    &["in", "allowed", "here", "welcome", "around", "near"],
                ));
        let ends = |k: usize| {
            view.tokens
                .get(k)
                .is_none_or(|t| matches!(t.kind, crate::text::Kind::Punct('.' | '!' | '?')))
        };
        let vocative = view.is_soft_break(before) && ends(last + 1);
        if addressed || called || pointed || vocative {
            signal.strength = NAMED_WEAK_SLUR;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "term\tsignal\tcategory\ttarget\tseverity\tstrength\tnote\n";

    fn taxonomy() -> Taxonomy {
        Taxonomy::embedded().unwrap()
    }

    fn parse(body: &str) -> Result<Lexicon> {
        Lexicon::parse(&format!("# a comment\n{HEADER}{body}"), &taxonomy())
    }

    fn found(lexicon: &Lexicon, text: &str) -> Vec<(String, String)> {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let mut out = Vec::new();
        lexicon.detect(&normalised, &mut out);
        out.into_iter()
            .map(|s| {
                (
                    s.id.to_string(),
                    s.span
                        .and_then(|sp| sp.slice(text))
                        .unwrap_or_default()
                        .to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn the_shipped_lexicon_loads_against_the_shipped_taxonomy() {
        let lexicon = Lexicon::embedded(&taxonomy()).unwrap();
        assert!(lexicon.len() > 300, "{}", lexicon.len());
        assert!(!lexicon.is_empty());
    }

    #[test]
    fn triple_brackets_mark_a_name_but_not_prose_nesting_or_a_lone_opening() {
        let lexicon = Lexicon::embedded(&taxonomy()).unwrap();
        let echoes = |text: &str| {
            found(&lexicon, text)
                .into_iter()
                .filter(|(id, _)| id == "LEX_CODED")
                .map(|(_, span)| span)
                .collect::<Vec<_>>()
        };
        assert_eq!(echoes("(((They))) run the banks"), vec!["(((They)))"]);
        assert_eq!(
            echoes("ask (((them))) and (((friends)))"),
            vec!["(((them)))", "(((friends)))"]
        );
        assert!(echoes("f(x) = ((a + b)) * c").is_empty());
        assert!(echoes("(((").is_empty());
        assert!(echoes("((( ((a))) )))").is_empty());
        assert!(echoes(&format!("((({})))", "word ".repeat(20))).is_empty());
        assert!(echoes("(((\n)))").is_empty());
    }

    #[test]
    fn an_unknown_category_names_the_line_and_field() {
        let err = parse("vermin\tLEX_DEHUMANISING\tHATE.SLURR\t-\tS2\t0.9\t-\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon line 3, field `category`: unknown category id 'HATE.SLURR'"
        );
    }

    #[test]
    fn an_unknown_target_names_the_line_and_field() {
        let err = parse("ok\tLEX_IDENTITY\t-\t-\t-\t0.1\t-\nmuslims\tLEX_IDENTITY\t-\tTG.RELIGION.MUSLIMS\t-\t0.2\t-\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("lexicon line 4, field `target`"), "{text}");
        assert!(text.contains("TG.RELIGION.MUSLIMS"), "{text}");
    }

    #[test]
    fn a_category_in_the_target_column_is_rejected() {
        let err = parse("x\tLEX_SLUR\t-\tHATE.SLUR\t-\t0.2\t-\n").unwrap_err();
        assert!(
            err.to_string()
                .contains("'HATE.SLUR' is not a target-group id"),
            "{err}"
        );
    }

    #[test]
    fn a_bad_severity_names_the_line_and_field() {
        let err = parse("vermin\tLEX_DEHUMANISING\t-\t-\tS7\t0.9\t-\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("lexicon line 3, field `severity`"),
            "{err}"
        );
    }

    #[test]
    fn a_strength_outside_zero_to_one_is_rejected() {
        let err = parse("vermin\tLEX_DEHUMANISING\t-\t-\tS2\t1.5\t-\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("lexicon line 3, field `strength`"),
            "{err}"
        );
        let err = parse("vermin\tLEX_DEHUMANISING\t-\t-\tS2\tNaN\t-\n").unwrap_err();
        assert!(err.to_string().contains("field `strength`"), "{err}");
    }

    #[test]
    fn a_missing_column_names_the_line_and_the_column() {
        let err = parse("vermin\tLEX_DEHUMANISING\t-\t-\tS2\t0.9\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("lexicon line 3, field `note`"), "{text}");
        assert!(
            text.contains("expected 7 tab-separated fields, found 6"),
            "{text}"
        );
    }

    #[test]
    fn a_header_without_a_required_column_is_rejected() {
        let err = Lexicon::parse(
            "term\tsignal\tcategory\ttarget\tseverity\tnote\n",
            &taxonomy(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "lexicon line 1, field `strength`: required column missing from the header"
        );
    }

    #[test]
    fn an_unknown_header_column_is_rejected() {
        let err = Lexicon::parse(
            "term\tsignal\tcategory\ttarget\tseverity\tstrength\tnote\tcolour\n",
            &taxonomy(),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("field `colour`: unknown column"),
            "{err}"
        );
    }

    #[test]
    fn a_signal_outside_the_lexicon_family_is_rejected() {
        let err = parse("x\tCTX_NEGATION\t-\t-\t-\t0.2\t-\n").unwrap_err();
        assert!(
            err.to_string()
                .contains("field `signal`: 'CTX_NEGATION' must start with LEX_"),
            "{err}"
        );
        let err = parse("x\tlex_slur\t-\t-\t-\t0.2\t-\n").unwrap_err();
        assert!(err.to_string().contains("field `signal`"), "{err}");
    }

    #[test]
    fn two_terms_that_normalise_alike_with_different_meanings_are_rejected() {
        let err = parse("Vermin\tLEX_DEHUMANISING\t-\t-\tS2\t0.9\t-\nvermin\tLEX_DEROGATORY\t-\t-\tS2\t0.9\t-\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("lexicon line 4, field `term`"), "{text}");
        assert!(text.contains("line 3"), "{text}");
    }

    #[test]
    fn terms_match_whole_words_only() {
        let lexicon = parse("rat\tLEX_DEHUMANISING\t-\t-\tS2\t0.9\t-\n").unwrap();
        assert_eq!(
            found(&lexicon, "they are rats or a rat"),
            vec![("LEX_DEHUMANISING".to_owned(), "rat".to_owned())]
        );
        assert!(found(&lexicon, "separate the grapes").is_empty());
    }

    #[test]
    fn a_prefix_term_matches_longer_words() {
        let lexicon = Lexicon::parse("term\tsignal\tcategory\ttarget\tseverity\tstrength\tnote\tmatch\nmuslim\tLEX_IDENTITY\t-\t-\t-\t0.2\t-\tprefix\n", &taxonomy()).unwrap();
        assert_eq!(found(&lexicon, "muslims").len(), 1);
    }

    #[test]
    fn the_longest_match_wins_and_benign_idioms_hide_their_words() {
        let lexicon =
            parse("hang\tLEX_THREAT\t-\t-\tS4\t0.9\t-\nhang out\tLEX_BENIGN\t-\t-\t-\t0\t-\n")
                .unwrap();
        assert_eq!(
            found(&lexicon, "let's hang out"),
            vec![("LEX_BENIGN".to_owned(), "hang out".to_owned())]
        );
    }

    #[test]
    fn a_long_pattern_failing_its_boundary_does_not_hide_a_shorter_one() {
        let lexicon =
            parse("gas\tLEX_THREAT\t-\t-\tS4\t0.9\t-\ngas them\tLEX_THREAT\t-\t-\tS4\t0.9\t-\n")
                .unwrap();
        assert_eq!(
            found(&lexicon, "gas themselves"),
            vec![("LEX_THREAT".to_owned(), "gas".to_owned())]
        );
    }

    #[test]
    fn a_squeezed_variant_only_counts_where_the_original_had_a_run() {
        let lexicon = parse("shoot\tLEX_THREAT\t-\t-\tS4\t0.9\t-\n").unwrap();
        assert!(found(&lexicon, "a shot of espresso").is_empty());
        assert!(has_run_of_three("shoooot"));
        assert!(!has_run_of_three("shoot"));
    }

    #[test]
    fn postcode_districts_are_recognised_in_the_original() {
        assert!(is_postcode_district("N17"));
        assert!(is_postcode_district("se15"));
        assert!(is_postcode_district("CR0"));
        assert!(!is_postcode_district("covid19"));
        assert!(!is_postcode_district("X9"));
        let lexicon = parse("x\tLEX_IDENTITY\t-\t-\t-\t0.1\t-\n").unwrap();
        assert_eq!(
            found(&lexicon, "N17 on top"),
            vec![("LEX_GANG_AREA".to_owned(), "N17".to_owned())]
        );
    }

    #[test]
    fn squeezing_collapses_doubled_letters() {
        assert_eq!(squeeze("kill"), "kil");
        assert_eq!(squeeze("faggot"), "fagot");
        assert_eq!(squeeze("🐀🐀"), "🐀🐀");
    }

    #[test]
    fn a_derogatory_term_is_found_in_its_superlative() {
        assert_eq!(superlatives("lazy"), ["laziest"]);
        assert_eq!(superlatives("vile"), ["vilest"]);
        assert_eq!(superlatives("fat"), ["fatest", "fattest"]);
        assert!(superlatives("go").is_empty());
        let lexicon = parse(
            "lazy\tLEX_DEROGATORY\tHATE.DEROGATION\t-\tS1\t0.7\t-\n\
             sick\tLEX_DEROGATORY\tHATE.DEROGATION\t-\tS1\t0.7\t-\n",
        )
        .expect("parses");
        assert_eq!(found(&lexicon, "the laziest lot").len(), 1);
        assert!(found(&lexicon, "the sickest beat").is_empty());
    }

    #[test]
    fn a_feeling_is_found_with_an_intensifier_before_it() {
        let lexicon =
            parse("fills me with disgust\tLEX_DEROGATORY\tHATE.DEROGATION\t-\tS1\t0.7\t-\n")
                .expect("parses");
        assert_eq!(found(&lexicon, "they fill me with disgust").len(), 0);
        assert_eq!(found(&lexicon, "they fills me with utter disgust").len(), 1);
        assert_eq!(found(&lexicon, "it fills me with sheer disgust").len(), 1);
        assert!(found(&lexicon, "it fills me with a lot of disgust").is_empty());
    }

    #[test]
    fn a_predicate_entry_opening_a_question_leaves_its_words_alone() {
        let lexicon = parse("aren't women\tLEX_DEROGATORY\tHATE.DEROGATION\t-\tS1\t0.7\t-\n")
            .expect("parses");
        assert_eq!(found(&lexicon, "trans women aren't women").len(), 1);
        assert!(found(&lexicon, "Aren't women lovely?").is_empty());
        assert!(found(&lexicon, "Hello. aren't women lovely?").is_empty());
    }

    #[test]
    fn a_group_name_glued_to_a_short_word_is_found_and_ordinary_words_are_not_split() {
        let lexicon = parse(
            "jews\tLEX_IDENTITY\t-\tTG.RELIGION.JEWISH\t-\t0.2\t-\n\
             muslim\tLEX_IDENTITY\t-\tTG.RELIGION.MUSLIM\t-\t0.2\t-\n\
             gay people\tLEX_IDENTITY\t-\tTG.SEXUAL_ORIENTATION.GAY\t-\t0.2\t-\n\
             lgbtq\tLEX_IDENTITY\t-\tTG.SEXUAL_ORIENTATION.LGBTQ\t-\t0.2\t-\n",
        )
        .unwrap();
        let identity = |text: &str| -> Vec<String> {
            found(&lexicon, text)
                .into_iter()
                .filter(|(id, _)| id == "LEX_IDENTITY")
                .map(|(_, span)| span)
                .collect()
        };
        assert_eq!(identity("JEWSare repulsive"), vec!["JEWS"]);
        assert_eq!(identity("jewsaretoo loud"), vec!["jews"]);
        assert_eq!(identity("never trust amuslim"), vec!["muslim"]);
        assert_eq!(identity("all gaypeopleshould go"), vec!["gaypeople"]);
        // A determiner never follows the group ("lgbtqa" is a spelling of the group itself,
        // not "lgbtq a"), and other pieces must be glue words.
        assert!(identity("aces belong in lgbtqa").is_empty());
        assert!(identity("jewsharp music").is_empty());
    }

    #[test]
    fn covered_ranges_are_searched_not_scanned() {
        let covered = [(0, 4), (10, 15), (20, 22)];
        assert!(overlaps(&covered, 3, 6));
        assert!(overlaps(&covered, 12, 13));
        assert!(!overlaps(&covered, 4, 10), "ranges are half-open");
        assert!(!overlaps(&covered, 16, 19));
        assert!(!overlaps(&covered, 23, 30));
        assert!(!overlaps(&[], 0, 1));
        assert!(contains(&covered, 10, 15));
        assert!(contains(&covered, 11, 14));
        assert!(!contains(&covered, 9, 12));
        assert!(!contains(&covered, 14, 21));
    }
}
