//! A token view of a normalised post, shared by the context detectors and the policy.
//!
//! The normaliser gives text and an offset map; the context rules need more: which tokens are
//! words, emoji or punctuation, where sentences and clauses end, and which original bytes each
//! token came from. Building that once per post (and only for posts with evidence) keeps the
//! rules simple. The closed-class word lists used by the grammar-ish rules live here too, so the
//! context detectors and the policy agree on what "a copula" or "a pronoun" is.

use std::collections::HashMap;
use std::sync::OnceLock;

use upstander_core::Span;

use crate::NormalisedText;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with apostrophes inside (`don't`).
    Word,
    /// A pictograph with its modifiers (skin tone, variation selector, joiner sequence).
    Emoji,
    /// Any other non-space character, one per token.
    Punct(char),
}

/// One token: its bytes in the normalised text and in the original, and where it sits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// First byte in the normalised text.
    pub start: usize,
    /// One past the last byte in the normalised text.
    pub end: usize,
    /// The bytes of the original text it came from.
    pub orig: Span,
    /// Word, emoji or punctuation.
    pub kind: Kind,
    /// Sentence number, from 0.
    pub sentence: u32,
    /// Clause number, from 0; clauses never span sentences.
    pub clause: u32,
}

/// A post split into tokens, with sentence and clause numbers.
pub(crate) struct TokenView<'t> {
    norm: &'t str,
    original: &'t str,
    /// The tokens in text order.
    pub tokens: Vec<Token>,
    /// Words containing a typographic apostrophe, with it replaced by `'` so that word lists
    /// compare with plain equality (rare: the normaliser folds most of them).
    canonical: Vec<(usize, String)>,
    /// Word-class bits per token (see [`class`]), looked up once.
    classes: Vec<u16>,
    /// Per sentence number, whether it ends in a question mark (emoji aside), so that
    /// [`TokenView::is_question`] is a lookup: rules ask it per word, and a hostile post of
    /// thousands of sentences would otherwise cost a scan each time.
    questions: Vec<bool>,
    /// Per sentence number, its first and last token, so that [`TokenView::sentence_start`]
    /// and [`TokenView::sentence_end`] are lookups.
    sentences: Vec<(usize, usize)>,
}

/// Word classes as bits, so the hot loops test a bit instead of scanning lists.
pub(crate) mod class {
    /// A copula.
    pub const COPULA: u16 = 1;
    /// A filler the binding walk passes freely.
    pub const FILLER: u16 = 1 << 1;
    /// A word that ends the binding walk.
    pub const BLOCKER: u16 = 1 << 2;
    /// A preposition or particle.
    pub const FUNCTION: u16 = 1 << 3;
    /// A word pointing at one person.
    pub const PERSON: u16 = 1 << 4;
    /// A plural subject pronoun.
    pub const SUBJECT_PRONOUN: u16 = 1 << 5;
    /// A plural object pronoun.
    pub const OBJECT_PRONOUN: u16 = 1 << 6;
    /// First half of "these people".
    pub const GROUP_DETERMINER: u16 = 1 << 7;
    /// Second half of "these people".
    pub const GROUP_HEAD: u16 = 1 << 8;
}

fn class_table() -> &'static HashMap<&'static str, u16> {
    static TABLE: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&'static str, u16> = HashMap::new();
        let lists: [(&[&'static str], u16); 9] = [
            (words::COPULAS, class::COPULA),
            (words::FILLERS, class::FILLER),
            (words::BLOCKERS, class::BLOCKER),
            (words::FUNCTION_WORDS, class::FUNCTION),
            (words::PERSON, class::PERSON),
            (words::SUBJECT_PRONOUNS, class::SUBJECT_PRONOUN),
            (words::OBJECT_PRONOUNS, class::OBJECT_PRONOUN),
            (words::GROUP_DETERMINERS, class::GROUP_DETERMINER),
            (words::GROUP_HEADS, class::GROUP_HEAD),
        ];
        for (list, bit) in lists {
            for word in list {
                *table.entry(word).or_default() |= bit;
            }
        }
        table
    })
}

const SENTENCE_END: &[char] = &['.', '!', '?', '…', '\n'];
const CLAUSE_END: &[char] = &[';', ':'];
/// Words that start a new clause: what follows often reverses or qualifies what came before
/// ("I'm not racist but ...").
const CLAUSE_WORDS: &[&str] = &["but", "however", "although", "whereas", "except", "tho"];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

fn is_emoji_part(c: char) -> bool {
    let cp = c as u32;
    cp == 0x200D
        || cp == 0xFE0F
        || cp == 0xFE0E
        || cp == 0x20E3
        || (0x1F3FB..=0x1F3FF).contains(&cp)
        || (0xE0020..=0xE007F).contains(&cp)
}

fn is_emoji(c: char) -> bool {
    let cp = c as u32;
    !c.is_alphanumeric()
        && !c.is_whitespace()
        && (cp == 0xA9
            || cp == 0xAE
            || (cp >= 0x2190
                && !(0x3000..=0x303F).contains(&cp)
                && !(0xFF00..=0xFFEF).contains(&cp)))
}

impl<'t> TokenView<'t> {
    /// Tokenises the normalised text and maps every token back to the original.
    pub fn new(text: &'t NormalisedText<'_>) -> Self {
        let norm = text.as_str();
        let mut tokens: Vec<Token> = Vec::with_capacity(norm.len() / 4 + 1);
        let mut sentence = 0u32;
        let mut clause = 0u32;
        let mut sentence_break = false;
        let mut clause_break = false;
        let mut chars = norm.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                if c == '\n' {
                    sentence_break = true;
                }
                continue;
            }
            let (end, kind) = if c.is_alphanumeric() {
                let mut end = start + c.len_utf8();
                while let Some(&(i, next)) = chars.peek() {
                    if next.is_alphanumeric() {
                        end = i + next.len_utf8();
                        chars.next();
                    } else if is_apostrophe(next) {
                        // An apostrophe belongs to the word only when a letter follows it.
                        let after = norm
                            .get(i + next.len_utf8()..)
                            .and_then(|rest| rest.chars().next());
                        if after.is_some_and(char::is_alphanumeric) {
                            end = i + next.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                (end, Kind::Word)
            } else if is_emoji(c) {
                let mut end = start + c.len_utf8();
                let mut joined = false;
                while let Some(&(i, next)) = chars.peek() {
                    if is_emoji_part(next) || (joined && is_emoji(next)) {
                        joined = next as u32 == 0x200D;
                        end = i + next.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                (end, Kind::Emoji)
            } else {
                (start + c.len_utf8(), Kind::Punct(c))
            };
            if kind == Kind::Word && !tokens.is_empty() {
                let word = norm.get(start..end).unwrap_or_default();
                let previous = tokens
                    .last()
                    .and_then(|t| norm.get(t.start..t.end))
                    .unwrap_or_default();
                if CLAUSE_WORDS.contains(&word)
                    && !matches!(
                        previous,
                        "nothing" | "anything" | "none" | "all" | "everyone" | "nobody"
                    )
                {
                    clause_break = true;
                }
            }
            if !tokens.is_empty() {
                if sentence_break {
                    sentence += 1;
                    clause += 1;
                } else if clause_break {
                    clause += 1;
                }
            }
            sentence_break = false;
            clause_break = false;
            tokens.push(Token {
                start,
                end,
                orig: text.span_to_original(start, end),
                kind,
                sentence,
                clause,
            });
            if let Kind::Punct(p) = kind {
                // "r.i.p", "3.5" and "e.g." are not sentence ends: a letter follows directly.
                let glued = norm
                    .get(end..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_alphanumeric);
                if SENTENCE_END.contains(&p) && !glued {
                    sentence_break = true;
                } else if CLAUSE_END.contains(&p) {
                    clause_break = true;
                }
            }
        }
        let canonical = tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let word = norm.get(t.start..t.end)?;
                word.contains(['’', '‘', 'ʼ']).then(|| {
                    (
                        i,
                        word.chars()
                            .map(|c| if is_apostrophe(c) { '\'' } else { c })
                            .collect(),
                    )
                })
            })
            .collect();
        let mut view = Self {
            norm,
            original: text.original(),
            tokens,
            canonical,
            classes: Vec::new(),
            questions: Vec::new(),
            sentences: Vec::new(),
        };
        let table = class_table();
        view.classes = (0..view.tokens.len())
            .map(|i| table.get(view.word(i)).copied().unwrap_or(0))
            .collect();
        // The last token of each sentence that is not an emoji decides.
        for (k, token) in view.tokens.iter().enumerate() {
            let at = token.sentence as usize;
            if view.questions.len() <= at {
                view.questions.resize(at + 1, false);
                view.sentences.resize(at + 1, (k, k));
            }
            if let Some(bounds) = view.sentences.get_mut(at) {
                bounds.1 = k;
            }
            if token.kind != Kind::Emoji
                && let Some(q) = view.questions.get_mut(at)
            {
                *q = matches!(token.kind, Kind::Punct('?'));
            }
        }
        view
    }

    /// Whether token `i` has any of the class bits in `bits`.
    pub fn has(&self, i: usize, bits: u16) -> bool {
        self.classes.get(i).is_some_and(|c| c & bits != 0)
    }

    /// The normalised text of token `i` ("" when out of range).
    pub fn text(&self, i: usize) -> &'t str {
        self.tokens
            .get(i)
            .and_then(|t| self.norm.get(t.start..t.end))
            .unwrap_or_default()
    }

    /// Token `i` for comparing with word lists: typographic apostrophes made plain.
    pub fn word(&self, i: usize) -> &str {
        if !self.canonical.is_empty()
            && let Some((_, word)) = self.canonical.iter().find(|(k, _)| *k == i)
        {
            return word;
        }
        self.text(i)
    }

    /// The normalised text between two byte offsets.
    pub fn normalised(&self, start: usize, end: usize) -> Option<&'t str> {
        self.norm.get(start..end)
    }

    /// The character just before a byte offset of the normalised text.
    pub fn text_before(&self, at: usize) -> Option<char> {
        self.norm.get(..at).and_then(|s| s.chars().next_back())
    }

    /// Whether token `i` is a word equal to `word` (apostrophe variants compare equal).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.word(i) == word
    }

    /// Whether token `i` is a word in `set`.
    pub fn is_any(&self, i: usize, set: &[&str]) -> bool {
        let text = self.word(i);
        set.contains(&text)
    }

    /// Whether token `i` is punctuation that ends a sentence or clause.
    pub fn is_hard_break(&self, i: usize) -> bool {
        matches!(self.tokens.get(i).map(|t| t.kind), Some(Kind::Punct(p)) if SENTENCE_END.contains(&p) || CLAUSE_END.contains(&p))
    }

    /// Whether token `i` is a comma, dash or similar soft break inside a clause.
    pub fn is_soft_break(&self, i: usize) -> bool {
        matches!(
            self.tokens.get(i).map(|t| t.kind),
            Some(Kind::Punct(',' | '-' | '–' | '—' | '(' | ')'))
        )
    }

    /// The original text of tokens `first..=last`.
    pub fn original_text(&self, first: usize, last: usize) -> &'t str {
        match (self.tokens.get(first), self.tokens.get(last)) {
            (Some(a), Some(b)) => self
                .original
                .get(a.orig.start..b.orig.end)
                .unwrap_or_default(),
            _ => "",
        }
    }

    /// The tokens overlapping an original-text span, as an inclusive index range.
    pub fn locate(&self, span: Span) -> Option<(usize, usize)> {
        let first = self.tokens.partition_point(|t| t.orig.end <= span.start);
        let after = self
            .tokens
            .partition_point(|t| t.orig.start < span.end.max(span.start + 1));
        (first < after).then(|| (first, after - 1))
    }

    /// Whether sentence `sentence` ends with a question mark.
    pub fn is_question(&self, sentence: u32) -> bool {
        self.questions
            .get(sentence as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Index of the first token of the sentence containing token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.tokens
            .get(i)
            .and_then(|t| self.sentences.get(t.sentence as usize))
            .map_or(i, |&(first, _)| first)
    }

    /// Index of the last token of the sentence containing token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        self.tokens
            .get(i)
            .and_then(|t| self.sentences.get(t.sentence as usize))
            .map_or(i, |&(_, last)| last)
    }
}

/// How far (in tokens) a positive word may stand after the negator that reverses it.
const NEGATED_POSITIVE_REACH: usize = 12;

/// The positive word a negator at token `i` reverses, if it reverses one: "gay men will
/// *never* be *normal*", "*no* Muslim *deserves* ...", "I *don't* think they are *human*",
/// "*not one* of them can be *trusted*". Saying a group lacks a basic good is derogation that
/// carries no hostile word, so the lexicon reports the positive word as evidence and the
/// negation detector leaves the negator alone (it is the hate, not a denial of it).
///
/// Between negator and positive word only auxiliaries, copulas, fillers, a verb of opinion
/// ("think", "believe") and at most two other words (the group: "asylum seekers") may stand,
/// all in one clause with no comma, and no second negator. Reports of how a group is treated
/// ("are not *treated* as equals", "don't deserve *this*") and aims that are not yet met
/// ("will never be equal *until* ...") are not derogation and are left out.
pub(crate) fn negated_positive(view: &TokenView<'_>, i: usize) -> Option<usize> {
    let token = view.tokens.get(i)?;
    // "I have *yet to* meet one who is ...": a negator in all but form.
    let yet_to = view.is(i, "yet")
        && view.is(i + 1, "to")
        && i > 0
        && view.is_any(i - 1, &["have", "has", "i've", "ive", "still"]);
    if token.kind == Kind::Word && view.is_any(i, &["lack", "lacks", "lacking"]) {
        return lacked_virtue(view, i);
    }
    if token.kind != Kind::Word || !(yet_to || words::is_negator(view.text(i))) {
        return None;
    }
    // "Anyone *who doesn't* think trans people are human ...": the denial is the view of
    // someone the post describes, most often to criticise them.
    let described = (i >= 1 && view.is(i - 1, "whoever"))
        || (i >= 2
            && view.is_any(i - 1, &["who", "that"])
            && view.is_any(
                i - 2,
                &[
                    "anyone",
                    "anybody",
                    "someone",
                    "somebody",
                    "those",
                    "everyone",
                    "everybody",
                ],
            ));
    if described {
        return None;
    }
    let clause = token.clause;
    // "Girls *shouldn't* be treated as equals": what ought not to be done is no report of
    // how a group is treated.
    let normative = view.is_any(i, &["shouldn't", "shouldnt", "mustn't", "mustnt"])
        || (view.is(i, "not") && view.is_any(i.wrapping_sub(1), &["should", "must"]));
    let mut unknown = 0;
    // Whether the next word is where a participle of the verb phrase would stand: right after
    // the negator or after a copula or auxiliary ("not *treated*", "will never be *given*").
    let mut verb_slot = true;
    let mut k = i;
    while k < i + NEGATED_POSITIVE_REACH {
        k += 1;
        let next = view.tokens.get(k)?;
        if next.clause != clause || view.is_soft_break(k) || view.is_hard_break(k) {
            return None;
        }
        if next.kind != Kind::Word {
            continue;
        }
        let word = view.text(k);
        // "... will never be *as good as* the rest of us"; "there is *no* food as good as
        // Chinese food" praises what follows.
        let as_good = word == "good"
            && view.is(k - 1, "as")
            && view.is(k + 1, "as")
            && !view.is_any(i, &["no", "nothing", "nobody"]);
        // "... have any *self-respect*": the hyphen splits the word in two.
        if word == "self"
            && view.is_soft_break(k + 1)
            && view.is_any(k + 2, &["respect", "control", "discipline", "awareness"])
        {
            return positive_holds(view, k + 2).then_some(k + 2);
        }
        // "Nothing they say can ever *be believed*": trust denied.
        let believed = word == "believed" && view.is_any(k - 1, &["be", "been"]);
        if as_good || believed || words::POSITIVES.iter().any(|p| eq_word(word, p)) {
            // "No woman is *less* capable": the comparative turns the denial back into praise.
            if view.is_any(k - 1, &["less", "lesser"]) {
                return None;
            }
            return positive_holds(view, k).then_some(k);
        }
        if words::is_negator(word) {
            return None;
        }
        // "You'll never find a Muslim woman *with a shred of decency*".
        if word == "with"
            && let Some(virtue) = quantified_virtue(view, k + 1)
        {
            return positive_holds(view, virtue).then_some(virtue);
        }
        if view.has(k, class::COPULA) || view.is_any(k, words::MAIN_AUXILIARIES) {
            verb_slot = true;
            continue;
        }
        if view.is_any(k, words::NEGATED_POSITIVE_PASS) {
            continue;
        }
        // A participle says what is done to the group ("treated", "paid"), not what it is;
        // elsewhere "-ed" is a group word ("disabled people").
        if verb_slot
            && !normative
            && word.len() > 3
            && word.ends_with("ed")
            && !view.is_any(
                k + 1,
                &[
                    "person", "people", "persons", "folk", "folks", "man", "woman", "men", "women",
                    "kids", "users",
                ],
            )
        {
            return None;
        }
        verb_slot = false;
        unknown += 1;
        if unknown > 2 {
            return None;
        }
    }
    None
}

/// "a *shred of decency*", "*any* common *sense*": a virtue, with how little of it there is.
/// Returns the virtue's token.
fn quantified_virtue(view: &TokenView<'_>, from: usize) -> Option<usize> {
    const AMOUNTS: &[&str] = &[
        "a", "an", "any", "single", "shred", "ounce", "scrap", "grain", "iota", "modicum", "trace",
        "speck", "bit", "of", "basic", "common", "real", "even",
    ];
    const MORE_VIRTUES: &[&str] = &[
        "sense",
        "respect",
        "class",
        "shame",
        "honour",
        "honor",
        "conscience",
        "goodness",
        "kindness",
        "values",
    ];
    let at = (from..from + 6).find(|&k| !view.is_any(k, AMOUNTS))?;
    (at > from && (view.is_any(at, words::VIRTUES) || view.is_any(at, MORE_VIRTUES))).then_some(at)
}

/// "Blacks *lack* any kind of *talent*", "they are *lacking* basic *decency*": a group said
/// to lack a virtue of [`words::VIRTUES`], a few words on at most. Returns the virtue.
fn lacked_virtue(view: &TokenView<'_>, i: usize) -> Option<usize> {
    const BETWEEN: &[&str] = &[
        "any", "all", "basic", "kind", "sort", "of", "the", "even", "common",
    ];
    let clause = view.tokens.get(i)?.clause;
    (i + 1..i + 6)
        .take_while(|&k| {
            view.tokens.get(k).is_some_and(|t| t.clause == clause) && !view.is_hard_break(k)
        })
        .find(|&k| !view.is_any(k, BETWEEN))
        .filter(|&k| view.is_any(k, words::VIRTUES))
        .filter(|&k| positive_holds(view, k))
}

/// Words after "don't want ... " that place the unwanted people somewhere.
const PRESENCE_WORDS: &[&str] = &[
    "in", "near", "around", "round", "here", "living", "moving", "anywhere", "at", "on", "nearby",
    "next",
];

/// Words after the place that make the wish about how the people fare, not whether they are
/// there ("I don't want any gay kids in my class *to feel* alone").
const FARE_WORDS: &[&str] = &[
    "to",
    "feel",
    "feeling",
    "being",
    "hurt",
    "harmed",
    "left",
    "treated",
    "bullied",
    "excluded",
    "suffer",
    "suffering",
    "struggle",
    "struggling",
    "alone",
    "unsafe",
    "scared",
    "afraid",
];

/// Verbs whose negation refuses someone's presence: "don't *want*", "wouldn't *let*",
/// "never *allow*".
const WISH_VERBS: &[&str] = &["want", "wants", "wanted", "let", "allow", "tolerate"];

/// "I *don't want* any disabled people in my shop", "we *do not want* them near our kids", "I
/// *wouldn't let* a Muslim anywhere near my kids": a negated wish for someone's presence is a
/// call for exclusion, not a denial of anything hostile. Returns the tokens of negator and "want". Needs, within a few words after "want",
/// a word that places the people ("in", "near", "here", "living"), no infinitive right after
/// "want" ("don't want to hurt ...") and nothing later in the clause about how they fare.
pub(crate) fn unwanted_presence(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if token.kind != Kind::Word || !words::is_negator(view.text(i)) {
        return None;
    }
    let clause = token.clause;
    let mut want = i + 1;
    if view.is_any(want, &["really", "even", "ever"]) {
        want += 1;
    }
    if !view.is_any(want, WISH_VERBS) || view.is_any(want + 1, &["to", "it"]) {
        return None;
    }
    let in_clause = |k: usize| {
        view.tokens.get(k).is_some_and(|t| t.clause == clause)
            && !view.is_hard_break(k)
            && !view.is_soft_break(k)
    };
    let place = (want + 2..=want + 6)
        .take_while(|&k| in_clause(k))
        .find(|&k| view.is_any(k, PRESENCE_WORDS))?;
    let fares = (want + 1..place + 12)
        .take_while(|&k| in_clause(k))
        .filter(|&k| !(view.is(k, "to") && view.is_any(k - 1, &["next", "close", "up"])))
        .any(|k| view.is_any(k, FARE_WORDS));
    (!fares).then_some((i, want))
}

/// Good things whose denial ("deserves any *respect*") is derogation.
const DESERVED_GOODS: &[&str] = &[
    "respect",
    "rights",
    "dignity",
    "kindness",
    "sympathy",
    "help",
    "love",
    "compassion",
    "support",
    "equality",
    "protection",
];

/// Things done to someone that are good: "no Muslim deserves to be *trusted*" denies a good.
const GOOD_PARTICIPLES: &[&str] = &[
    "saved",
    "helped",
    "respected",
    "welcomed",
    "housed",
    "heard",
    "listened",
    "believed",
    "trusted",
    "loved",
    "accepted",
    "included",
    "protected",
    "valued",
    "represented",
    "hired",
    "employed",
    "promoted",
    "educated",
    "supported",
    "forgiven",
    "admired",
    "liked",
];

/// "treated *as an equal*", "*fairly*", "*with respect*", "*like human beings*": treatment
/// that is good, so "no woman deserves to be treated as an equal" denies a good.
fn good_treatment(view: &TokenView<'_>, k: usize) -> bool {
    if !view.is(k, "treated") {
        return false;
    }
    let next = k + 1;
    view.is_any(
        next,
        &[
            "equally", "fairly", "decently", "humanely", "kindly", "well", "right", "properly",
        ],
    ) || (view.is(next, "as")
        && (next + 1..next + 3).any(|j| view.is_any(j, &["equal", "equals", "human", "humans"])))
        || (view.is(next, "with")
            && view.is_any(next + 1, &["respect", "dignity", "kindness", "compassion"]))
        || (view.is(next, "like")
            && (next + 1..next + 3).any(|j| {
                view.is_any(
                    j,
                    &["humans", "human", "people", "equals", "everyone", "adults"],
                )
            }))
}

/// Whether the positive word at `k` is meant as a quality of its subject: not "deserve
/// *this*" (abuse), and not an aim in a clause that goes on "until", "unless" or "without".
fn positive_holds(view: &TokenView<'_>, k: usize) -> bool {
    // "No woman deserves *to die*", "... *to live in fear*", "... *to feel unsafe*": harm
    // denied to a group is sympathy.
    const HARDSHIP: &[&str] = &[
        "fear",
        "poverty",
        "terror",
        "danger",
        "squalor",
        "misery",
        "hiding",
        "shame",
        "abuse",
        "hate",
        "hatred",
        "threat",
        "threats",
        "pain",
        "afraid",
        "scared",
        "unsafe",
        "alone",
        "ashamed",
        "threatened",
        "unwelcome",
        "worthless",
        "homeless",
        "hungry",
        "poor",
        "frightened",
        "hopeless",
    ];
    let hardship_after = |from: usize| (from..from + 3).any(|j| view.is_any(j, HARDSHIP));
    let deserve_harm = view.is(k + 1, "to")
        && (view.is_any(k + 2, &["die", "suffer", "starve", "struggle"])
            || (view.is_any(k + 2, &["live", "feel", "be", "go"]) && hardship_after(k + 3))
            || (view.is(k + 2, "be")
                && view.is_any(k + 3, &["spoken", "talked", "shouted", "sworn"])));
    // "No Black woman deserves *any respect*": what is denied is good, so the denial holds.
    let any_good = view.is(k + 1, "any") && view.is_any(k + 2, DESERVED_GOODS);
    if view.is_any(k, &["deserve", "deserves", "deserved"])
        && !any_good
        && (deserve_harm
            || view.is_any(k + 1, words::DESERVE_NEGATIVE_OBJECTS)
            || (view.is(k + 1, "the")
                && view.is_any(k + 2, &["abuse", "hate", "hatred", "racism", "treatment"]))
            || (view.is(k + 1, "to")
                && view.is(k + 2, "be")
                && (view.text(k + 3).ends_with("ed")
                    || view.is_any(k + 3, words::IRREGULAR_HARM_PARTICIPLES))
                && !view.is_any(k + 3, GOOD_PARTICIPLES)
                && !good_treatment(view, k + 3)))
    {
        return false;
    }
    // "I've never met a smart woman *who didn't* ...": the second denial takes back the first.
    let denied_again = (k + 1..k + 4)
        .take_while(|&j| view.tokens.get(j).is_some_and(|t| t.kind == Kind::Word))
        .any(|j| view.is_any(j, &["who", "that", "which"]) && words::is_negator(view.word(j + 1)));
    if denied_again {
        return false;
    }
    // "... never be trusted *until* they ...": a condition later in the clause. Looked for a
    // few words on only, so a post of one endless clause is not read to its end per word.
    let clause = view.tokens.get(k).map(|t| t.clause);
    !(k + 1..view.tokens.len())
        .take(CONDITION_REACH)
        .take_while(|&j| view.tokens.get(j).map(|t| t.clause) == clause && !view.is_hard_break(j))
        .any(|j| view.is_any(j, &["until", "unless", "till", "without", "yet"]))
}

/// How far (in tokens) after a denied good a condition may take the denial back.
const CONDITION_REACH: usize = 16;

/// Animals and things a group is ranked below in an unfavourable comparison ("my dog has
/// better manners than ...").
const LOWLY_COMPARATORS: &[&str] = &[
    "dog",
    "dogs",
    "cat",
    "cats",
    "hamster",
    "goldfish",
    "parrot",
    "budgie",
    "pet",
    "pets",
    "rabbit",
    "guinea",
    "pig",
    "horse",
    "toaster",
    "chair",
    "brick",
    "bricks",
    "potato",
    "rock",
    "plant",
    "houseplant",
    "fridge",
    "kettle",
    "microwave",
    "sandwich",
    "spoon",
];
/// Words that make a comparative between the comparator and "than".
const COMPARATIVES: &[&str] = &[
    "better", "more", "smarter", "cleaner", "brighter", "nicer", "cleverer", "wiser", "politer",
    "kinder", "safer", "cheaper", "prettier", "higher", "greater", "superior",
];
/// Words that may stand between the possessive and the comparator ("my *old* dog").
const COMPARATOR_OPENERS: &[&str] = &["my", "our", "your", "a", "the", "his", "her", "their"];

/// "My dog has better manners than most ...", "my toaster is smarter than the average ...":
/// a pet or an object, as the subject of its clause, ranked above whoever follows "than".
/// Returns the tokens of the comparator and of "than"; the policy binds what follows. Only
/// the comparison's subject counts, so "Muslims have better manners than most" ranks
/// nobody below an animal.
pub(crate) fn lowly_comparison(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if token.kind != Kind::Word || !view.is(i, "than") || view.is_question(token.sentence) {
        return None;
    }
    let clause = token.clause;
    let start = (i.saturating_sub(8)..i)
        .find(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))?;
    let comparator = (start..i).find(|&k| view.is_any(k, LOWLY_COMPARATORS))?;
    // The comparator opens the clause: before it only possessives and articles, and at most
    // one other word ("honestly my dog", "my old dog").
    let opened = (start..comparator)
        .filter(|&k| !view.is_any(k, COMPARATOR_OPENERS))
        .count()
        <= 1;
    let ranked =
        (comparator + 1..i).any(|k| view.is_any(k, COMPARATIVES) || view.text(k).ends_with("er"));
    let negated = (start..i).any(|k| words::is_negator(view.word(k)) || view.is(k, "not"));
    if !(opened && ranked && !negated) {
        return None;
    }
    // "than *the average* Muslim", "than *your typical* ...": the span takes the words that
    // only say "any member", so the binding reaches the group after them.
    let end = if view.is_any(i + 1, &["the", "your", "an", "a", "any"])
        && view.is_any(i + 2, &["average", "typical", "normal", "usual"])
    {
        i + 2
    } else {
        i
    };
    Some((comparator, end))
}

/// Everyday abilities that sarcastic surprise pretends a group lacks ("a ... who can *read*").
const BASIC_ABILITIES: &[&str] = &[
    "read", "write", "spell", "count", "speak", "talk", "think", "drive",
];
/// Everyday deeds whose doing, "actually" done, is sarcastic surprise ("who actually *paid*").
const EVERYDAY_DEEDS: &[&str] = &[
    "finished",
    "finishes",
    "managed",
    "manages",
    "cleaned",
    "arrived",
    "parked",
    "drove",
    "bothered",
    "learned",
    "learnt",
    "did",
    "does",
    "turned",
    "turns",
    "showed",
    "shows",
    "paid",
    "pays",
    "works",
    "worked",
    "washed",
    "washes",
    "speaks",
    "spoke",
    "reads",
    "knows",
    "knew",
    "understood",
    "understands",
    "obeyed",
    "obeys",
    "queued",
    "queues",
    "listened",
    "listens",
    "behaved",
    "behaves",
    "said",
    "says",
    "smells",
];
/// Praise that a group can only earn by a lower standard ("clever *for a* woman").
pub(crate) const BACKHANDED_PRAISE: &[&str] = &[
    "well",
    "good",
    "clever",
    "smart",
    "articulate",
    "intelligent",
    "bright",
    "strong",
    "funny",
    "brave",
    "decent",
    "capable",
    "competent",
    "sensible",
    "eloquent",
    "polite",
    "clean",
    "talented",
    "skilled",
    "quick",
    "fast",
    "tough",
    "hardworking",
    "educated",
    "attractive",
    "reasonable",
    "impressive",
    "confident",
    "logical",
    "rational",
    "honest",
    "normal",
    "bad",
];
/// Words that may stand between a copula and the praise ("she's *surprisingly* clever").
const PRAISE_INTENSIFIERS: &[&str] = &[
    "quite",
    "really",
    "very",
    "pretty",
    "surprisingly",
    "actually",
    "so",
    "fairly",
    "rather",
    "remarkably",
    "incredibly",
    "genuinely",
    "properly",
    "reasonably",
    "not",
    "too",
    "still",
];

/// "She played well for a girl", "he's quite articulate for a ...": praise lowered to the
/// standard of a group. `i` is the praise word; returns the token after "for a", where the
/// caller looks for the group (which must end the clause). The praise must be said of
/// someone: after a copula ("is", "she's", "seems", with intensifiers between) or, for
/// "well", after a verb ("played well"); "a good name for a girl" and "it's good for a woman
/// to have savings" are not. "Bad" only in "not bad for a ...".
pub(crate) fn backhanded_praise(view: &TokenView<'_>, i: usize) -> Option<usize> {
    if !view.is_any(i, BACKHANDED_PRAISE)
        || !view.is(i + 1, "for")
        || !view.is_any(i + 2, &["a", "an"])
        || (view.is(i, "bad") && !(i > 0 && view.is(i - 1, "not")))
    {
        return None;
    }
    let mut lead = i;
    while lead > 0 && view.is_any(lead - 1, PRAISE_INTENSIFIERS) {
        lead -= 1;
    }
    let before = lead.checked_sub(1)?;
    let said_of = view.has(before, class::COPULA)
        || (view.is(i, "well")
            && view
                .tokens
                .get(before)
                .is_some_and(|t| t.kind == Kind::Word)
            && !view.has(before, class::FUNCTION)
            && !view.is_any(before, &["as", "very", "a", "the"]));
    said_of.then_some(i + 3)
}

/// Words that say a place was good before a group came ("was *fine* until ...").
pub(crate) const GOOD_BEFORE: &[&str] = &[
    "fine", "better", "nice", "lovely", "safe", "quiet", "great", "decent", "peaceful", "good",
];
/// Verbs of a group's arrival ("until they *moved* in", "*started* coming").
const ARRIVALS: &[&str] = &[
    "moved", "moving", "move", "arrived", "arriving", "came", "coming", "turned", "showed",
    "started", "began", "settled", "took",
];
/// Conjunctions that tie a decline to an arrival.
pub(crate) const DECLINE_LINKS: &[&str] =
    &["until", "till", "when", "once", "after", "since", "before"];

/// "This street was fine until Black families moved in", "the area went downhill when
/// migrants arrived": a place's decline blamed on someone's arrival. Returns the tokens of
/// the conjunction and of the arrival verb, at most seven words apart in one sentence; the
/// caller needs a protected group named between them. Denied ("wasn't great until refugees
/// opened the café") it is praise, not blame.
pub(crate) fn decline_on_arrival(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if !view.is_any(i, DECLINE_LINKS) {
        return None;
    }
    let before = i.saturating_sub(5)..i;
    let was_good = (i.saturating_sub(3)..i).any(|k| view.is_any(k, GOOD_BEFORE))
        && before
            .clone()
            .any(|k| view.is_any(k, &["was", "were", "used", "been"]));
    let went_down = (i.saturating_sub(2)..i).any(|k| view.is(k, "downhill"));
    let denied = before
        .into_iter()
        .any(|k| words::is_negator(view.word(k)) || view.is_any(k, &["not", "never"]));
    if !(was_good || went_down) || denied {
        return None;
    }
    let sentence = token.sentence;
    let arrival = (i + 2..=i + 7)
        .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.sentence == sentence))
        .find(|&k| view.is_any(k, ARRIVALS))?;
    Some((i, arrival))
}

/// "Is a Jew even fully human?", "are they even people?": humanity put in question. Returns
/// the tokens of "even" and of the humanity word; the policy binds the group before it. Only
/// a question about someone else ("are *we* even human if we ...?" asks about the writer).
pub(crate) fn doubted_humanity(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if !view.is(i, "even") || !view.is_question(token.sentence) {
        return None;
    }
    let mut k = i + 1;
    if view.is_any(k, &["fully", "really", "truly", "properly", "real"]) {
        k += 1;
    }
    if !view.is_any(k, &["human", "humans", "people", "persons"]) {
        return None;
    }
    let start = view.sentence_start(i);
    let asks = view.is_any(start, &["is", "are", "was", "were"])
        && !(start + 1..i).any(|j| view.is_any(j, &["we", "i", "you", "u", "us"]));
    asks.then_some((i, k))
}

/// What a loaded "why are they allowed to ...?" asks the group to be denied: living itself,
/// not a contested right ("why are refugees allowed to work?" may be a real question).
const BASIC_LIBERTIES: &[&str] = &[
    "exist",
    "breed",
    "reproduce",
    "live",
    "vote",
    "walk",
    "roam",
    "have",
    "speak",
    "breathe",
    "marry",
    "adopt",
    "out",
];

/// Loaded questions that deny a group its place without a hostile word: "why are they even
/// *allowed to exist*?", "what's *the point of* them?", "who in their right mind *would want*
/// one next door?", "*who thought giving* them rights was a good idea?". Returns the tokens
/// of the loaded words; the policy binds them to the group. Only in a sentence that ends with
/// a question mark, and never with a negator near ("why *aren't* disabled people allowed to
/// vote?" asks about unfairness).
pub(crate) fn loaded_question(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if token.kind != Kind::Word || !view.is_question(token.sentence) {
        return None;
    }
    let start = view.sentence_start(i);
    let end = view.sentence_end(i);
    // Bounded, so a sentence of thousands of words costs no scan per word.
    if (i.saturating_sub(10).max(start)..=end.min(i + 10)).any(|k| words::is_negator(view.text(k)))
    {
        return None;
    }
    let asked_why = || (i.saturating_sub(7).max(start)..i).any(|k| view.is(k, "why"));
    if view.is(i, "allowed") && asked_why() {
        let k = if view.is(i + 1, "to") { i + 2 } else { i + 1 };
        return view.is_any(k, BASIC_LIBERTIES).then_some((i, k));
    }
    // "How are they allowed to walk around like normal people?": only before living itself,
    // since "how are refugees allowed to vote?" may ask how the rules work.
    if view.is(i, "allowed") && view.is(start, "how") && view.is_any(start + 1, &["are", "is"]) {
        let k = if view.is(i + 1, "to") { i + 2 } else { i + 1 };
        return view
            .is_any(k, &["exist", "breathe", "walk", "roam", "breed", "live"])
            .then_some((i, k));
    }
    // "What's the point of trans women?": the group right before the question mark.
    if view.is(i, "point")
        && i >= 2
        && view.is(i - 1, "the")
        && (i.saturating_sub(4).max(start)..i - 1)
            .any(|k| view.is_any(k, &["what's", "whats", "what"]))
        && view.is(i + 1, "of")
        && end <= i + 5
        && !view.is_any(i + 2, &["it", "this", "that", "them", "asking", "that's"])
    {
        return Some((i - 1, i + 1));
    }
    // "Who (in their right mind) would want a ... living next door?"
    if view.is(i, "want")
        && i >= 2
        && view.is(i - 1, "would")
        && (i.saturating_sub(6).max(start)..i - 1).any(|k| view.is(k, "who"))
        && view.is_any(i + 1, &["a", "an", "any", "one", "those", "these"])
    {
        return Some((i - 1, i));
    }
    // "Would you *honestly* want a woman teaching your kids? Didn't think so", "why would
    // anyone hire a ...?": only asked as a rhetorical question (an intensifier, "why", "be
    // honest" before it or a knowing answer after it), since "would you hire a refugee?" may
    // be a real one.
    if view.is_any(i, &["want", "trust", "hire", "employ"])
        && view.is_any(i + 1, &["a", "an", "one", "any", "someone", "somebody"])
    {
        let intensified = i >= 1
            && view.is_any(
                i - 1,
                &["honestly", "really", "seriously", "actually", "ever"],
            );
        let k = if intensified { i - 1 } else { i };
        let asked = k >= 2
            && view.is_any(k - 1, &["you", "u", "anyone", "anybody"])
            && view.is(k - 2, "would");
        if asked {
            let why = k >= 3 && view.is(k - 3, "why");
            let honest = (start..k).any(|j| view.is(j, "honest") || view.is(j, "honestly"));
            let answered = {
                let next = end + 1;
                view.is_any(
                    next,
                    &["didn't", "didnt", "thought", "exactly", "no", "nope", "me"],
                )
            };
            if intensified || why || honest || answered {
                return Some((k - 2, i));
            }
        }
    }
    // "How many more of them do we have to put up with?"
    if view.is(i, "many")
        && i >= 1
        && view.is(i - 1, "how")
        && view.is(i + 1, "more")
        && (i + 2..=end.min(i + 10)).any(|k| {
            view.is_any(k, &["we", "us", "britain", "country"])
                && (k + 1..=end.min(k + 5)).any(|j| {
                    view.is_any(
                        j,
                        &[
                            "put", "tolerate", "take", "accept", "let", "import", "endure",
                        ],
                    )
                })
        })
    {
        return Some((i - 1, i + 1));
    }
    // "Who thought giving them rights was a good idea?"
    if view.is_any(i, &["giving", "letting", "allowing"])
        && i >= 2
        && view.is(i - 1, "thought")
        && view.is(i - 2, "who")
        && (i + 1..=end).any(|k| view.is(k, "idea"))
    {
        return Some((i - 2, i));
    }
    None
}

/// Words of surprise that make the praise sarcastic.
const SURPRISE: &[&str] = &[
    "wow",
    "impressive",
    "amazing",
    "miracle",
    "miracles",
    "shocking",
    "shocked",
    "surprised",
    "omg",
    "whoa",
    "incredible",
    "unbelievable",
    "astonishing",
    "wonders",
    // "... that makes a nice change", "someone call the news".
    "change",
    "news",
];
/// What may follow the ability and still leave it a basic one ("speak *properly*").
const PLAIN_MANNER: &[&str] = &[
    "properly",
    "english",
    "proper",
    "normally",
    "correctly",
    "well",
];

/// "Wow, a Black man who can read. Impressive.": surprise that someone "who can" do an
/// everyday thing (read, speak properly, drive) can do it, in a post with a word of surprise
/// (`surprised`, from [`has_surprise`]).
/// Returns the tokens of "who" and of the ability; the policy binds it to the group before.
/// An ability with an object of its own ("who can speak three languages") is real praise.
pub(crate) fn surprised_competence(
    view: &TokenView<'_>,
    i: usize,
    surprised: bool,
) -> Option<(usize, usize)> {
    if !surprised || !view.is_any(i, &["who", "that"]) {
        return None;
    }
    // "Wow, a ... who *actually turned up* on time": an everyday deed met with surprise.
    if view.is(i + 1, "actually") && view.is_any(i + 2, EVERYDAY_DEEDS) {
        return Some((i, i + 2));
    }
    if !view.is_any(i + 1, &["can", "could"]) {
        return None;
    }
    let mut ability = i + 2;
    if view.is_any(ability, &["actually", "even", "really"]) {
        ability += 1;
    }
    if !view.is_any(ability, BASIC_ABILITIES) {
        return None;
    }
    let next = ability + 1;
    let plain = view.tokens.get(next).is_none_or(|t| t.kind != Kind::Word)
        || (view.is_any(next, PLAIN_MANNER)
            && view
                .tokens
                .get(next + 1)
                .is_none_or(|t| t.kind != Kind::Word));
    plain.then_some((i, ability))
}

/// Whether the post has a word of surprise ([`SURPRISE`]), for [`surprised_competence`].
pub(crate) fn has_surprise(view: &TokenView<'_>) -> bool {
    (0..view.tokens.len()).any(|k| view.is_any(k, SURPRISE))
}

/// Verbs of bodily harm that, said by the writer as an intention ("I'm going to *hurt* ..."),
/// make a threat. Verbs with a common harmless sense in that frame ("beat" a team, "smash"
/// an exam, "destroy" at a game, "kick" off) are left out.
const HARM_VERBS: &[&str] = &[
    "hurt",
    "harm",
    "punch",
    "slap",
    "attack",
    "torture",
    "maim",
    "injure",
    "assault",
    "terrorise",
    "terrorize",
    "stamp",
    "thump",
    "choke",
];
/// Verbs of violence in the third person, for [`praised_harm`].
const HARM_VERBS_DONE: &[&str] = &[
    "punches", "hits", "slaps", "attacks", "beats", "stabs", "kills", "shoots", "bashes", "hurts",
    "kicks", "batters", "glasses", "smacks", "assaults", "lynches", "burns",
];
/// Who does the violence that [`praised_harm`] praises: anyone at all.
const ANY_DOER: &[&str] = &[
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
];
/// Rewards and titles that praise a deed ("deserves a *medal*", "is a *hero*").
pub(crate) const REWARDS: &[&str] = &[
    "medal",
    "medals",
    "knighthood",
    "award",
    "reward",
    "pint",
    "prize",
    "statue",
    "hero",
    "heroes",
    "legend",
    "legends",
];
/// How many tokens after the verb the reward may come.
const REWARD_REACH: usize = 12;

/// "Anyone who punches a Muslim deserves a medal", "whoever stabs one is a hero": violence
/// praised or rewarded, said of anyone who does it. Returns the verb's token (both ends); the
/// binding reaches who is hurt after it, so "anyone who punches a Nazi deserves a medal"
/// reaches no protected group. A negator before the reward ("... doesn't deserve a medal")
/// withholds the praise.
pub(crate) fn praised_harm(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if !view.is_any(i, HARM_VERBS_DONE) {
        return None;
    }
    let doer = match i {
        0 => false,
        1 => view.is(0, "whoever"),
        _ => {
            view.is(i - 1, "whoever")
                || (view.is_any(i - 1, &["who", "that"]) && view.is_any(i - 2, ANY_DOER))
        }
    };
    if !doer {
        return None;
    }
    let sentence = token.sentence;
    for k in i + 1..=i + REWARD_REACH {
        let t = view.tokens.get(k)?;
        if t.sentence != sentence || words::is_negator(view.word(k)) || view.is(k, "not") {
            return None;
        }
        if view.is_any(k, REWARDS) {
            return Some((i, i));
        }
    }
    None
}

/// Words that may stand between an intention and its verb ("I will *personally* hurt").
const INTENT_FILLERS: &[&str] = &[
    "personally",
    "definitely",
    "really",
    "actually",
    "just",
    "soon",
    "fucking",
    "literally",
    "seriously",
    "absolutely",
    "go",
    "come",
    "and",
    "round",
    "out",
    "all",
    "happily",
    "gladly",
];
/// What "make ... " ends in when it threatens ("I'll make the lot of them *suffer*").
const MAKE_HARM: &[&str] = &["suffer", "pay", "bleed", "scream", "beg"];
/// How far (in tokens) "make" may stand from what it makes its object do.
const MAKE_REACH: usize = 7;

/// A direct threat by the writer: a first-person intention ("I will", "I'll", "we're going
/// to", "I'm gonna") followed, after at most two fillers, by a verb of bodily harm, or by
/// "make" with "suffer", "pay" and the like closing the clause. Returns the tokens of the
/// intention's first word and of the verb (or of "make", so the group after it stays free
/// for the binding); after "and" ("... and make them pay") only the coordinated verb. A
/// negator anywhere in between ("I will never hurt ...", "I'm not
/// going to ...") stops it, as does a question ("will I hurt them?" has no first word).
/// "I want the disabled dead", "we want them all gone for good": the writer wishes death on
/// whoever stands between "want" and "dead". Returns the token of "want"; the policy binds it
/// to the people named after it. "I want to be dead" is about the writer (self-harm, read
/// elsewhere), and a negator anywhere between keeps it out.
pub(crate) fn wished_dead(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let token = view.tokens.get(i)?;
    if !view.is_any(i, &["want", "wanted"]) || view.is(i + 1, "to") {
        return None;
    }
    let speaker = (i.saturating_sub(3)..i).any(|k| view.is_any(k, &["i", "we", "i'd", "we'd"]));
    if !speaker {
        return None;
    }
    for k in i + 2..=i + 6 {
        let next = view.tokens.get(k)?;
        if next.clause != token.clause || view.is_hard_break(k) {
            return None;
        }
        if words::is_negator(view.word(k)) {
            return None;
        }
        if view.is_any(k, &["dead", "extinct", "exterminated", "eradicated"]) {
            return Some((i, i));
        }
    }
    None
}

pub(crate) fn intended_harm(view: &TokenView<'_>, i: usize) -> Option<(usize, usize)> {
    let first = view.tokens.get(i)?;
    if first.kind != Kind::Word {
        return None;
    }
    let after_frame = if view.is_any(i, &["i'll", "we'll", "imma", "ima"]) {
        i + 1
    } else if view.is_any(i, &["i", "we"]) {
        if view.is_any(i + 1, &["will", "shall", "gonna"]) {
            i + 2
        } else if view.is_any(i + 1, &["am", "are", "m", "re"]) {
            going_to(view, i + 2)?
        } else {
            return None;
        }
    } else if view.is_any(i, &["i'm", "im", "we're"]) {
        going_to(view, i + 1)?
    } else {
        return None;
    };
    let mut k = after_frame;
    let mut fillers = 0;
    while view.is_any(k, INTENT_FILLERS) && fillers < 2 {
        k += 1;
        fillers += 1;
    }
    if let Some(verb) = harm_verb_at(view, k, first.clause) {
        return Some((i, verb));
    }
    // "I'm going to find every one of them and make them pay": one other verb phrase, then
    // "and" and the harm. Words that open another clause or turn the act round ("stop",
    // "protect", "that", "who") end the search.
    for j in k + 1..=k + COORDINATED_REACH {
        let token = view.tokens.get(j)?;
        if token.clause != first.clause || view.is_hard_break(j) {
            return None;
        }
        if words::is_negator(view.word(j)) || view.is_any(j, COORDINATION_STOPS) {
            return None;
        }
        if view.is(j, "and") {
            let mut v = j + 1;
            if view.is_any(v, INTENT_FILLERS) {
                v += 1;
            }
            // The evidence is the coordinated verb phrase; the group before it is left for
            // the binding, which reaches it through the pronoun ("make *them* pay").
            return harm_verb_at(view, v, first.clause).map(|verb| (v, verb));
        }
    }
    None
}

/// How far (in tokens) after the intention "and" may come before the harm.
const COORDINATED_REACH: usize = 8;
/// Words that end the search for a coordinated harm verb.
const COORDINATION_STOPS: &[&str] = &[
    "that", "who", "which", "because", "if", "when", "unless", "until", "than", "stop", "protect",
    "prevent", "report", "tell", "told", "say", "said", "help", "defend",
];
/// "Teach ... a lesson", "put ... in the ground": verbs that threaten only with what closes
/// them, with those closing words.
const CLOSED_HARM: &[(&str, &[&str])] = &[
    ("make", MAKE_HARM),
    ("teach", &["lesson"]),
    ("put", &["ground", "grave", "hospital", "coffin"]),
];

/// The harm verb at token `k` of `clause`, if it is one: a verb of bodily harm, or a verb of
/// [`CLOSED_HARM`] with one of its closing words within [`MAKE_REACH`] tokens.
fn harm_verb_at(view: &TokenView<'_>, k: usize, clause: u32) -> Option<usize> {
    let token = view.tokens.get(k)?;
    if token.kind != Kind::Word || token.clause != clause {
        return None;
    }
    if view.is_any(k, HARM_VERBS) {
        return Some(k);
    }
    let (_, closing) = CLOSED_HARM.iter().find(|(verb, _)| view.is(k, verb))?;
    // "a lesson *in* maths" teaches; "a lesson they won't forget" threatens.
    let closes = (k + 2..=k + MAKE_REACH).any(|j| {
        view.tokens.get(j).is_some_and(|t| t.clause == clause)
            && view.is_any(j, closing)
            && !view.is_any(j + 1, &["in", "on", "about", "of", "at"])
    });
    closes.then_some(k)
}

/// After "I'm" or "we are": the token after "going to" or "gonna", if that is what follows.
fn going_to(view: &TokenView<'_>, k: usize) -> Option<usize> {
    if view.is(k, "gonna") {
        Some(k + 1)
    } else if view.is(k, "going") && view.is(k + 1, "to") {
        Some(k + 2)
    } else {
        None
    }
}

/// Words that frame a post as praise or welcome. The model's finding is not trusted beside
/// one (see [`positive_frame`]).
const POSITIVE_FRAME: &[&str] = &[
    "welcome",
    "welcomed",
    "welcoming",
    "celebrate",
    "celebrates",
    "celebrated",
    "celebrating",
    "proud",
    "joy",
    "wonderful",
    "brilliant",
    "amazing",
    "inspiring",
    "inspirational",
    "talented",
    "kind",
    "kindest",
    "grateful",
    "thankful",
    "valued",
    "cherish",
    "cherished",
    "admire",
    "admired",
    "love",
    "loved",
    "loving",
    "respect",
    "respected",
    "support",
    "supporting",
    "appreciate",
    "appreciated",
    "blessed",
    "deserve",
    "happy",
    "happier",
    "lovely",
    "fantastic",
    "awesome",
    "adore",
    "delighted",
    // "Immigrants built this country"; "lives matter" is a phrase (see `human_rights`): "a
    // matter of time" and "only X contributed" are how hate borrows the single words.
    "built",
    // v1.9: thanks and admiration ("Thank god for the Polish lads on our site", "A migrant
    // delivery rider. Hero."); "thanks to" gives a cause, not thanks ("thanks to them ...").
    "hero",
    "heroes",
    "legend",
    "legends",
    "lifesaver",
    "lifesavers",
    "thank",
    "thanks",
    "cheers",
    "congrats",
    "congratulations",
    // v2.3: slang praise ("women are unstoppable"); not "hilarious", which mocks as often.
    "unstoppable",
    "incredible",
    "iconic",
];

/// "Absolutely smashing it", "nailed it", "killing the game", "they slay", "insanely good":
/// success, said in a statement.
fn excelling(view: &TokenView<'_>, i: usize) -> bool {
    let success = (view.is_any(
        i,
        &[
            "smashing", "smashed", "nailing", "nailed", "bossing", "bossed", "acing", "aced",
            "killing", "crushing", "owning",
        ],
    ) && (view.is(i + 1, "it") || (view.is(i + 1, "the") && view.is(i + 2, "game"))))
        // "slay" ends its clause when it praises; "slay them" is a threat.
        || (view.is_any(i, &["slay", "slays", "slaying"])
            && !matches!(view.tokens.get(i + 1).map(|t| t.kind), Some(Kind::Word)))
        || (view.is_any(
            i,
            &["insanely", "ridiculously", "crazy", "scary", "stupidly", "freakishly"],
        ) && view.is_any(
            i + 1,
            &["good", "smart", "talented", "fast", "strong", "clever", "funny", "skilled"],
        ));
    success
        && view
            .tokens
            .get(i)
            .is_some_and(|t| !view.is_question(t.sentence))
}

/// Whether the post praises or welcomes: a word of [`POSITIVE_FRAME`] in a statement (not a
/// question), with no negator or "but" in its clause, not wished for ("I'd love to see them
/// gone") and not followed by "if", "when" or "to see" (conditions and wishes are how hate
/// borrows such words). Only consulted for the trained model's finding, which cannot tell
/// praise from abuse that mentions the same group; lexicon evidence is unaffected.
pub(crate) fn positive_frame(view: &TokenView<'_>) -> bool {
    if riddle(view) {
        return false;
    }
    // Which clauses hold a word that spoils praise, found in one pass the first time a praise
    // word asks: a post of one long clause must not be walked once per praise word.
    let mut spoiling: Option<Vec<bool>> = None;
    (0..view.tokens.len()).any(|i| {
        let Some(token) = view.tokens.get(i) else {
            return false;
        };
        if token.kind != Kind::Word || !view.is_any(i, POSITIVE_FRAME) {
            return false;
        }
        if view.is_question(token.sentence) {
            return false;
        }
        let wished = i > 0 && view.is_any(i - 1, &["would", "'d", "i'd", "we'd", "id", "wed"]);
        // "They should be grateful we let them in": gratitude or happiness demanded of a group
        // is condescension, not praise.
        let demanded = demanded_at(view, i);
        // "deserve" only frames when what follows is good: "deserve respect", not "deserve
        // to be ...".
        let deserve_bad = view.is_any(i, &["deserve"])
            && (!view.is_any(
                i + 1,
                &["respect", "better", "dignity", "equality", "love", "rights"],
            ) || deserved_by_others(view, i));
        let spoiling = spoiling.get_or_insert_with(|| {
            let mut clauses = vec![false; view.tokens.last().map_or(0, |t| t.clause as usize + 1)];
            for (k, t) in view.tokens.iter().enumerate() {
                let w = view.word(k);
                if (words::is_negator(w)
                    || matches!(w, "but" | "if" | "unless" | "when" | "sarcasm" | "not"))
                    && let Some(slot) = clauses.get_mut(t.clause as usize)
                {
                    *slot = true;
                }
            }
            clauses
        });
        let spoiled = spoiling.get(token.clause as usize).copied().unwrap_or(false)
            || (view.is(i + 1, "to") && view.is_any(i + 2, &["see", "watch"]))
            // "Amazing how they always know which benefits to claim": a remark on how a group
            // behaves, which is how insinuation borrows the word.
            || view.is(i + 1, "how")
            // "They sure do love their new iPhones": mock admiration.
            || (i >= 1 && view.is(i - 1, "sure"))
            || (i >= 2 && view.is(i - 2, "sure") && view.is_any(i - 1, &["do", "does"]))
            || (view.is(i, "thanks") && view.is(i + 1, "to"));
        !wished && !demanded && !deserve_bad && !spoiled
    }) || (1..view.tokens.len()).any(|i| {
        wants_more(view, i)
            || no_less(view, i)
            || spared_mistreatment(view, i)
            || human_rights(view, i)
            || good_hands(view, i)
            || excelling(view, i)
            || trusted(view, i)
    }) || about_time(view)
}

/// "Disabled people are *no less human* than anyone else": equal worth, said in a statement.
fn no_less(view: &TokenView<'_>, i: usize) -> bool {
    view.is(i, "less")
        && view.is(i - 1, "no")
        && view.is_any(
            i + 1,
            &[
                "human",
                "worthy",
                "valuable",
                "deserving",
                "important",
                "equal",
                "capable",
                "intelligent",
                "entitled",
                "british",
                "welcome",
            ],
        )
        && view
            .tokens
            .get(i)
            .is_some_and(|t| !view.is_question(t.sentence))
}

/// "Muslims should *never be treated as second-class* citizens": mistreatment refused.
fn spared_mistreatment(view: &TokenView<'_>, i: usize) -> bool {
    const LOWLY: &[&str] = &[
        "second-class",
        "second",
        "criminals",
        "suspects",
        "outsiders",
        "less",
        "animals",
        "dirt",
        "garbage",
        "trash",
        "subhuman",
        "inferior",
        "inferiors",
        "outcasts",
    ];
    view.is_any(i, &["treated", "seen", "viewed"])
        && view.is_any(i + 1, &["as", "like"])
        && (i + 2..i + 4).any(|k| view.is_any(k, LOWLY))
        && (i.saturating_sub(3)..i)
            .any(|k| view.is_any(k, &["never", "not", "shouldn't", "mustn't", "no", "nobody"]))
}

/// People other than a protected group who may be said to "deserve better" ("keep them out,
/// *the kids* deserve better"): then the group is the one kept from them, not praised.
const OTHER_DESERVERS: &[&str] = &[
    "kids",
    "children",
    "we",
    "us",
    "taxpayers",
    "residents",
    "locals",
    "neighbours",
    "neighbors",
    "families",
    "pupils",
    "students",
    "citizens",
    "voters",
    "patients",
    "customers",
    "everyone",
    "britain",
    "country",
];

/// Whether the "deserve" at `i` has one of [`OTHER_DESERVERS`] for its subject (within the
/// three words before it).
fn deserved_by_others(view: &TokenView<'_>, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| view.is_any(k, OTHER_DESERVERS))
}

/// How far (tokens) before "trust" the writer's "I'd" or "I would" is looked for.
const TRUST_REACH: usize = 3;

/// "I'd trust a Black man with anything important", "I would trust her with my life": the
/// writer's own trust, in a statement whose clause has no negator, comparison or condition
/// ("I'd trust a dog *more than* ...", "I'd *never* trust ...").
fn trusted(view: &TokenView<'_>, i: usize) -> bool {
    let Some(token) = view.tokens.get(i) else {
        return false;
    };
    if !view.is(i, "trust") || view.is_question(token.sentence) {
        return false;
    }
    let writer = (i.saturating_sub(TRUST_REACH)..i).any(|k| {
        view.is_any(k, &["i'd", "id", "we'd"])
            || (view.is(k, "would") && k > 0 && view.is_any(k - 1, &["i", "we"]))
    });
    let clause = token.clause;
    let spoiled = (i.saturating_sub(TRUST_REACH)..i + 12)
        .filter(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
        .any(|k| {
            let w = view.word(k);
            words::is_negator(w)
                || matches!(
                    w,
                    "not" | "than" | "over" | "before" | "if" | "unless" | "sooner" | "rather"
                )
        });
    writer && !spoiled
}

/// How far (tokens) from "in good hands" a negator is looked for.
const GOOD_HANDS_REACH: usize = 12;

/// "If a Hindu is your doctor, you're *in good hands*": trust placed in someone, in a
/// statement with no negator in its clause.
fn good_hands(view: &TokenView<'_>, i: usize) -> bool {
    let Some(token) = view.tokens.get(i) else {
        return false;
    };
    // The negator is looked for near the phrase only, so a post of many "in good hands"
    // stays linear.
    view.is(i, "hands")
        && view.is_any(i - 1, &["good", "safe", "great", "capable", "expert"])
        && view.is(i.wrapping_sub(2), "in")
        && !view.is_question(token.sentence)
        && !(i.saturating_sub(GOOD_HANDS_REACH)..i + GOOD_HANDS_REACH).any(|k| {
            view.tokens.get(k).is_some_and(|t| t.clause == token.clause)
                && (words::is_negator(view.word(k)) || view.is(k, "not"))
        })
}

/// "Women in positions of power? *About time.*": a last sentence that is nothing but "about
/// time" welcomes what the post described. Only the model's finding is held back by it, so
/// "refugees deported? About time" still flags on the lexicon's word.
fn about_time(view: &TokenView<'_>) -> bool {
    let words_at: Vec<usize> = (0..view.tokens.len())
        .filter(|&k| view.tokens.get(k).is_some_and(|t| t.kind == Kind::Word))
        .collect();
    let Some(&last) = words_at.last() else {
        return false;
    };
    let Some(sentence) = view.tokens.get(last).map(|t| t.sentence) else {
        return false;
    };
    // More than one sentence: the welcome answers something said before it.
    if sentence == 0 || view.is_question(sentence) {
        return false;
    }
    let own: Vec<usize> = words_at
        .iter()
        .copied()
        .filter(|&k| view.tokens.get(k).is_some_and(|t| t.sentence == sentence))
        .collect();
    let Some(at) = own
        .windows(2)
        .position(|w| matches!(w, [a, b] if view.is(*a, "about") && view.is(*b, "time")))
    else {
        return false;
    };
    // Only "it's", "well", "and" or "honestly" before, and "too" or "really" after.
    own.iter().take(at).all(|&k| {
        view.is_any(
            k,
            &[
                "it's", "its", "it", "is", "well", "and", "honestly", "frankly",
            ],
        )
    }) && own
        .iter()
        .skip(at + 2)
        .all(|&k| view.is_any(k, &["too", "really", "tbh"]))
}

/// Whether the word at `i` is demanded of someone: "should be grateful", "ought to be more
/// thankful", "must be happy", "need to be grateful".
fn demanded_at(view: &TokenView<'_>, i: usize) -> bool {
    const MODALS: &[&str] = &["should", "shud", "must", "ought", "need", "needs", "better"];
    let Some(be) = (i.saturating_sub(3)..i).rev().find(|&k| view.is(k, "be")) else {
        return false;
    };
    // Only "more", "so" or "very" may stand between "be" and the word.
    let between_ok = (be + 1..i).all(|k| view.is_any(k, &["more", "so", "very", "a", "bit"]));
    let modal = (be.saturating_sub(2)..be).any(|k| view.is_any(k, MODALS));
    between_ok && modal
}

/// "Trans rights are *human rights*", "Black *lives matter*": slogans of equal worth, in a
/// statement with no negator in its clause.
fn human_rights(view: &TokenView<'_>, i: usize) -> bool {
    let Some(token) = view.tokens.get(i) else {
        return false;
    };
    ((view.is(i, "rights") && view.is(i - 1, "human"))
        || (view.is_any(i, &["matter", "matters"]) && view.is(i - 1, "lives")))
        && !view.is_question(token.sentence)
        && !(0..view.tokens.len()).any(|k| {
            view.tokens.get(k).is_some_and(|t| t.clause == token.clause)
                && (words::is_negator(view.word(k)) || view.is(k, "not"))
        })
}

/// Who may want more of a group in a [`wants_more`] frame.
const WANTING_SUBJECTS: &[&str] = &[
    "world",
    "we",
    "i",
    "country",
    "society",
    "city",
    "town",
    "industry",
    "team",
    "parliament",
    "government",
    "sport",
    "community",
    "uk",
    "britain",
    "profession",
    "field",
    "school",
    "schools",
    "nhs",
    "science",
    "tech",
    "really",
    "definitely",
    "desperately",
    "just",
];

/// "The world *needs more* disabled people in politics", "we want more women in tech":
/// asking for more of a group, in a statement with no negator or condition in its clause and
/// no "for", "against", "on" ... right after "more".
fn wants_more(view: &TokenView<'_>, i: usize) -> bool {
    let Some(token) = view.tokens.get(i) else {
        return false;
    };
    // The wanting is the writer's or society's, not the group's own ("they want more money").
    if !view.is(i, "more")
        || !view.is_any(i - 1, &["need", "needs", "want", "wants"])
        || !view.is_any(i.wrapping_sub(2), WANTING_SUBJECTS)
    {
        return false;
    }
    let clause = token.clause;
    // What is wanted must be the people themselves: "needs more *bullets for* ..." wants
    // something done to them.
    let aimed = (i + 1..i + 5)
        .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
        .any(|k| {
            view.is_any(
                k,
                &["for", "against", "on", "at", "like", "of", "to", "towards"],
            )
        });
    !aimed
        && !view.is_question(token.sentence)
        && !(0..view.tokens.len()).any(|k| {
            view.tokens.get(k).is_some_and(|t| t.clause == clause)
                && (words::is_negator(view.word(k))
                    || matches!(view.word(k), "but" | "if" | "unless" | "when" | "not"))
        })
}

/// Participles of harm done to people; in the passive ("were killed") they report what a group
/// suffered.
const VICTIM_PARTICIPLES: &[&str] = &[
    "killed",
    "murdered",
    "drowned",
    "attacked",
    "persecuted",
    "deported",
    "massacred",
    "slaughtered",
    "gassed",
    "lynched",
    "beaten",
    "abused",
    "targeted",
    "harassed",
    "stabbed",
    "assaulted",
    "shot",
    "burned",
    "burnt",
    "hanged",
    "exterminated",
    "enslaved",
    "expelled",
    "interned",
    "rounded",
    "hurt",
    "injured",
    "bullied",
    "spat",
    "searched",
    "profiled",
];
/// Verbs of dying that need no auxiliary to say what happened to their subject ("refugees
/// drowned off Calais").
const SUFFERED: &[&str] = &[
    "drowned", "died", "perished", "starved", "froze", "suffered",
];
/// Passive auxiliaries that put a participle's subject on the receiving end.
const PASSIVE_AUXILIARIES: &[&str] = &["were", "was", "are", "is", "been", "being", "got", "get"];
/// Words that turn a report of harm into approval or a wish for more ("good", "deserved",
/// "shame more ... weren't").
const APPROVAL: &[&str] = &[
    "good",
    "deserved",
    "deserve",
    "deserves",
    "glad",
    "shame",
    "should",
    "hope",
    "more",
    "finally",
    "riddance",
    "lol",
    "lmao",
    "haha",
    "pity",
    "enough",
    "happy",
    "yes",
    "brilliant",
    "great",
    "needed",
    "need",
    "let's",
    "lets",
    "must",
];
/// Words of a practical question about what a group may do.
const ENTITLEMENT: &[&str] = &[
    "allowed",
    "able",
    "entitled",
    "eligible",
    "permitted",
    "apply",
    "register",
    "claim",
    "vote",
    "rent",
    "work",
];
/// What a "why are ... always ...?" question may say is done to a group to ask on its behalf
/// ("left out", "ignored"); "left alone" and "left behind" are not complaints.
const UNFAIR_TREATMENT: &[&str] = &[
    "left",
    "ignored",
    "overlooked",
    "excluded",
    "underpaid",
    "underrepresented",
    "sidelined",
    "scapegoated",
    "blamed",
    "mistreated",
    "discriminated",
    "forgotten",
    "silenced",
    "erased",
    "searched",
    "profiled",
];
/// Openers of a practical yes/no or wh- question.
const QUESTION_OPENERS: &[&str] = &[
    "are", "can", "do", "does", "is", "how", "where", "which", "what",
];
/// States a group is said not to have reached yet ("will never be equal until ...").
const AIM_STATES: &[&str] = &["equal", "safe", "free", "protected", "respected", "fairly"];
/// How many words after "never" an aim's state and condition may come.
const AIM_WINDOW: usize = 16;
/// Conjunctions that make "never ... equal" a condition on the world, not a verdict on the group.
const AIM_CONDITIONS: &[&str] = &["until", "while", "unless", "till"];

/// Customs, dress, food and festivals: what a curious question about a group asks after.
const CUSTOMS: &[&str] = &[
    "eat",
    "eating",
    "wear",
    "wearing",
    "celebrate",
    "celebrating",
    "fasting",
    "pray",
    "praying",
    "cook",
    "dress",
    "headscarf",
    "headscarves",
    "hijab",
    "hijabs",
    "turban",
    "turbans",
    "kippah",
    "festival",
    "festivals",
    "altar",
    "altars",
    "beef",
    "pork",
    "halal",
    "kosher",
    "diwali",
    "eid",
    "ramadan",
    "hanukkah",
    "shabbat",
    "passover",
    "holi",
    "vaisakhi",
    "muertos",
    "observe",
    "greet",
    "names",
];
/// Openers of a curious question.
const CURIOUS_OPENERS: &[&str] = &[
    "why", "how", "what", "what's", "whats", "do", "does", "is", "are", "when", "where",
];
/// Words that turn a question about customs into a sneer ("Why do they *still* wear ...").
const SNEER: &[&str] = &[
    "even",
    "still",
    "seriously",
    "always",
    "smell",
    "stink",
    "stinks",
    "weird",
    "creepy",
    "ugly",
    "disgusting",
    "backwards",
    "primitive",
    "those",
    "bother",
    "allowed",
    "force",
    "forced",
    "make",
    "anything",
    "literally",
];

/// "Why don't Hindus eat beef? Asking before I cook for the in-laws.", "Why do Mexican
/// families build altars for Día de Muertos?": a question (its word tokens `words_at`) that
/// opens like a question and asks about a custom, with no word of sneer. Its own negator
/// ("don't") is part of the question, so this is checked before negators spoil frames.
fn custom_question(view: &TokenView<'_>, words_at: &[usize]) -> bool {
    !riddle(view)
        && words_at
            .first()
            .is_some_and(|&k| view.is_any(k, CURIOUS_OPENERS))
        && words_at.iter().any(|&k| view.is_any(k, CUSTOMS))
        && !words_at.iter().any(|&k| view.is_any(k, SNEER))
        && !(0..view.tokens.len()).any(|k| view.is_any(k, APPROVAL) || view.is_any(k, SNEER))
}

/// Words of the asker's own situation, which a sincere question's follow-up has and a joke's
/// punchline lacks ("Asking before I cook for the in-laws").
const ASKER: &[&str] = &[
    "i",
    "i'm",
    "im",
    "my",
    "me",
    "we",
    "our",
    "us",
    "asking",
    "curious",
    "genuinely",
    "genuine",
    "honestly",
    "wondering",
    "tips",
    "advice",
    "please",
    "thanks",
    "welcome",
    "help",
    "appreciated",
];

/// "Why did the ... wear a burqa? <punchline>.", "What does a ... get when ...? A thank-you
/// letter from ...": a question answered by a short statement that does not speak of the
/// asker, the shape of a joke at a group's expense. Praise and curiosity frames do not hold
/// in it.
pub(crate) fn riddle(view: &TokenView<'_>) -> bool {
    let Some(first) = view.tokens.first() else {
        return false;
    };
    if first.sentence != 0
        || !view.is_question(0)
        || !view.is_any(
            0,
            &[
                "why", "what", "how", "who", "where", "when", "what's", "whats",
            ],
        )
    {
        return false;
    }
    // The words after the question: one short sentence, read no further than it can be.
    let mut answer: Vec<usize> = Vec::new();
    for k in view.sentence_end(0) + 1..view.tokens.len() {
        let Some(token) = view.tokens.get(k) else {
            break;
        };
        if token.kind != Kind::Word {
            continue;
        }
        if token.sentence != 1 || answer.len() == 12 {
            return false;
        }
        answer.push(k);
    }
    !answer.is_empty() && !view.is_question(1) && !answer.iter().any(|&k| view.is_any(k, ASKER))
}

/// Whether token `k` heads talk of what was done to or said of a group
/// ([`words::MISTREATMENT_HEADS`]: "the *abuse* trans people get", "how people *talk* about
/// Muslims"). "Don't *talk to me* about migrants" is the speaker's own topic, not talk about
/// them.
pub(crate) fn mistreatment_head(view: &TokenView<'_>, k: usize) -> bool {
    // "did" and "done" only as something done *to* someone ("what they did to the couple").
    let done_to = !view.is_any(k, &["did", "done"]) || view.is(k + 1, "to");
    view.is_any(k, words::MISTREATMENT_HEADS)
        && done_to
        && !(view.is_any(k, &["talk", "talking"])
            && view.is(k + 1, "to")
            && view.is_any(k + 2, &["me", "us"]))
}

/// Whether the post, read as a whole, is one of the harmless kinds that the trained model
/// confuses with hate because they put a group's name next to words of harm or of identity:
/// a report of what the group suffered ("Jews were killed in the Holocaust"), a practical
/// question about its rights ("Are refugees allowed to work?"), an aim not yet met ("women will
/// never be equal until ..."), or an identity affirmation ("trans women are women"). Returns
/// the reason for the explanation. Like [`positive_frame`] it only holds back the model's own
/// finding; lexicon evidence is unaffected, so "they were killed, good" style approval is
/// excluded here and still reaches the model when no lexicon word does.
pub(crate) fn harmless_frame(view: &TokenView<'_>) -> Option<&'static str> {
    // The word tokens of each sentence, in one pass (sentence numbers only grow).
    // Per sentence: its word tokens and whether it ends with a question mark (emoji aside).
    let mut sentences: Vec<(Vec<usize>, bool)> = Vec::new();
    let mut current = None;
    for (k, token) in view.tokens.iter().enumerate() {
        if current != Some(token.sentence) {
            current = Some(token.sentence);
            sentences.push((Vec::new(), false));
        }
        let Some((words_at, question)) = sentences.last_mut() else {
            continue;
        };
        match token.kind {
            Kind::Word => {
                words_at.push(k);
                *question = false;
            }
            Kind::Emoji => {}
            Kind::Punct(p) => *question = p == '?',
        }
    }
    // Checked before the spoilers below: their negators are what make them.
    if (0..view.tokens.len()).any(|k| denied_harm(view, k)) {
        return Some("the post says the group does not deserve harm");
    }
    if (0..view.tokens.len()).any(|k| endured_harm(view, k)) {
        return Some("the post says the group should be spared a hardship");
    }
    if (0..view.tokens.len()).any(|k| denied_label(view, k)) {
        return Some("the post rejects a label pinned on the group");
    }
    for (words_at, question) in &sentences {
        if *question
            && words_at.windows(2).any(|w| {
                matches!(w, [a, b] if view.is_any(*a, &["people", "they", "everyone", "some"])
                    && view.is_any(*b, &["hate", "dislike", "attack", "target", "bully"]))
            })
        {
            return Some("the post asks why others are hostile to the group");
        }
        if *question && custom_question(view, words_at) {
            return Some("the post asks about the group's customs");
        }
    }
    // Approval or a negator anywhere in the post spoils every frame.
    let spoiled = (0..view.tokens.len())
        .any(|k| view.is_any(k, APPROVAL) || (words::is_negator(view.word(k)) && !aim(view, k)));
    if spoiled {
        return None;
    }
    if (0..view.tokens.len()).any(|k| words::is_negator(view.word(k)) && aim(view, k)) {
        return Some("the post states an aim for the group not yet met");
    }
    // "Funny how refugees get blamed every time a bike goes missing": the group as scapegoat.
    if (1..view.tokens.len()).any(|k| {
        view.is_any(k, &["blamed", "scapegoated", "scapegoat", "scapegoats"])
            && (k.saturating_sub(2)..k).any(|j| {
                view.is_any(
                    j,
                    &["get", "gets", "getting", "got", "are", "being", "always"],
                )
            })
    }) {
        return Some("the post says the group is made a scapegoat");
    }
    for (words_at, question) in sentences {
        // "We'd be better off if they all died": harm wished for, not reported.
        let wished = words_at.iter().any(|&k| {
            (view.is(k, "better")
                && (k + 1..k + 3).any(|j| view.is_any(j, &["if", "when", "once"])))
                || (view.is(k, "if") && view.is(k + 1, "only"))
        });
        if !question
            && !wished
            && words_at.iter().any(|&k| {
                view.is_any(k, SUFFERED)
                    || (view.is_any(k, VICTIM_PARTICIPLES)
                        && (1..=2)
                            .any(|back| k >= back && view.is_any(k - back, PASSIVE_AUXILIARIES)))
            })
        {
            return Some("the post reports harm the group suffered");
        }
        if question
            && words_at
                .first()
                .is_some_and(|&k| view.is_any(k, QUESTION_OPENERS))
            && words_at.iter().any(|&k| view.is_any(k, ENTITLEMENT))
            // "How are they *even* allowed out?" is contempt, not a practical question.
            && !words_at.iter().any(|&k| view.is_any(k, &["even", "still", "seriously"]))
        {
            return Some("the post asks a practical question about the group's rights");
        }
        // "Why are trans people always left out of the conversation?"
        if question
            && words_at
                .first()
                .is_some_and(|&k| view.is_any(k, &["why", "how"]))
            && words_at.windows(2).any(|w| {
                matches!(w, [a, b] if view.is_any(*a, UNFAIR_TREATMENT)
                    && !view.is_any(*b, &["alone", "behind"]))
            })
        {
            return Some("the post asks why the group is treated unfairly");
        }
        if !question && everyday_fact(view, &words_at) {
            return Some("the post states an everyday fact about people in the group");
        }
        if !question
            && words_at.windows(3).any(|w| {
                matches!(w, [a, b, c] if view.is(*b, "are") && view.word(*a) == view.word(*c)
                    && !view.word(*a).is_empty())
            })
        {
            return Some("the post affirms who the group are");
        }
    }
    None
}

/// Who may be said to mistreat a group in "the way *some people* talk about ...".
const MISTREATERS: &[&str] = &[
    "some",
    "people",
    "folk",
    "folks",
    "many",
    "certain",
    "others",
    "society",
    "the",
    "media",
    "press",
    "politicians",
    "government",
    "tabloids",
    "everyone",
    "you",
    "we",
    "this",
    "country",
    "world",
    "online",
    "strangers",
    "bigots",
    "racists",
    "trolls",
    "so",
    "lots",
    "of",
    "men",
    "guys",
    "teachers",
    "police",
    "doctors",
];
/// Speaking of or treating someone, actively ("the way people *talk* about ...").
const TREATING: &[&str] = &[
    "talk",
    "talks",
    "talked",
    "speak",
    "speaks",
    "spoke",
    "treat",
    "treats",
    "write",
    "writes",
    "describe",
    "describes",
    "portray",
    "portrays",
    "mock",
    "mocks",
    "demonise",
    "demonises",
    "demonize",
    "demonizes",
    "go",
    "goes",
    "look",
    "looks",
    "paint",
    "paints",
];
/// Being spoken of or treated ("the way trans women *are treated*").
const TREATED: &[&str] = &[
    "treated",
    "spoken",
    "talked",
    "portrayed",
    "described",
    "mocked",
    "demonised",
    "demonized",
    "painted",
    "depicted",
    "vilified",
];
/// Hostile acts named as a topic ("depend on *demonising* ...").
const HOSTILE_GERUNDS: &[&str] = &[
    "demonising",
    "demonizing",
    "vilifying",
    "scapegoating",
    "dehumanising",
    "dehumanizing",
    "harassing",
    "bullying",
    "targeting",
    "smearing",
    "othering",
];
/// Verdicts on a way of treating people ("... makes me *sick*", "... is *shameful*").
const CONDEMNING: &[&str] = &[
    "sick",
    "sickening",
    "sickens",
    "disgusting",
    "disgusts",
    "disgraceful",
    "disgrace",
    "vile",
    "appalling",
    "appals",
    "awful",
    "horrible",
    "horrific",
    "shameful",
    "wrong",
    "unacceptable",
    "heartbreaking",
    "terrible",
    "cruel",
    "infuriating",
    "infuriates",
    "furious",
    "ashamed",
    "embarrassing",
    "revolting",
    "dehumanising",
    "dehumanizing",
    "rotten",
    "toxic",
    "bigoted",
    "hateful",
];

/// Whether the post condemns how others speak of or treat a group (see
/// [`condemned_treatment`]) and holds no negator that could turn the verdict round. Checked
/// even when the verdict is a hostile word of the lexicon ("... makes me *sick*"): that word
/// is about the treatment, and the binding leaves it there.
/// Returns the verdict's token.
pub(crate) fn condemns_treatment(view: &TokenView<'_>) -> Option<usize> {
    if (0..view.tokens.len()).any(|k| words::is_negator(view.word(k))) {
        return None;
    }
    // The next verdict at or after each token within its sentence, found in one pass from the
    // end: a long sentence of "the way ..." with no verdict must not be rescanned for each.
    let count = view.tokens.len();
    let mut next_verdict: Vec<Option<usize>> = vec![None; count + 1];
    for k in (0..count).rev() {
        let same_sentence = view
            .tokens
            .get(k)
            .zip(view.tokens.get(k + 1))
            .is_some_and(|(a, b)| a.sentence == b.sentence);
        next_verdict[k] = if view.is_any(k, CONDEMNING) {
            Some(k)
        } else if same_sentence {
            next_verdict[k + 1]
        } else {
            None
        };
    }
    (0..count).find_map(|k| condemned_treatment(view, &next_verdict, k))
}

/// Whether a sentence at `k` condemns how others speak of or treat a group: "*the way* some
/// people talk about trans people makes me sick", "the way disabled people are treated is
/// shameful", "if your politics depend on *demonising* migrants, your politics are rotten".
/// "The way *Muslims* treat women is disgusting" names the group as the ones who mistreat,
/// so an active verb needs a generic subject ([`MISTREATERS`]).
fn condemned_treatment(
    view: &TokenView<'_>,
    next_verdict: &[Option<usize>],
    k: usize,
) -> Option<usize> {
    let sentence = view.tokens.get(k)?.sentence;
    let verdict_after = |from: usize| {
        view.tokens
            .get(from)
            .filter(|t| t.sentence == sentence)
            .and_then(|_| next_verdict.get(from).copied().flatten())
    };
    if view.is(k, "the") && view.is(k + 1, "way") {
        let v = (k + 2..k + 7).find(|&j| view.is_any(j, TREATING) || view.is_any(j, TREATED))?;
        let passive = view.is_any(v, TREATED)
            && view.is_any(
                v - 1,
                &["are", "is", "get", "gets", "got", "were", "was", "being"],
            );
        return (passive || (k + 2..v).all(|j| view.is_any(j, MISTREATERS)))
            .then(|| verdict_after(v + 1))
            .flatten();
    }
    (view.is_any(k, HOSTILE_GERUNDS)
        && k >= 1
        && view.is_any(k - 1, &["on", "upon", "by", "from", "about", "into"]))
    .then(|| verdict_after(k + 1))
    .flatten()
}

/// Participles of mistreatment a group is said not to deserve ("... don't deserve to be
/// *attacked*").
const MISTREATMENT: &[&str] = &[
    "attacked",
    "abused",
    "hurt",
    "harassed",
    "beaten",
    "bullied",
    "insulted",
    "mocked",
    "threatened",
    "spat",
    "targeted",
    "discriminated",
    "killed",
    "murdered",
    "excluded",
    "hated",
    "demonised",
    "demonized",
    "vilified",
];
/// How "treated" must go on to be mistreatment rather than equality withheld ("treated like
/// *dirt*", not "treated *as equals*").
const BAD_TREATMENT: &[&str] = &[
    "badly",
    "dirt",
    "trash",
    "rubbish",
    "animals",
    "criminals",
    "garbage",
    "vermin",
    "scum",
];

/// Whether "deserve" at `k` is denied mistreatment: "they don't deserve to be treated like
/// dirt", "no one deserves to be attacked for who they are". Denying a group basic goods ("don't
/// deserve to be treated as equals") is not this: only the listed harms count.
fn denied_harm(view: &TokenView<'_>, k: usize) -> bool {
    // "No one should be getting beaten up for being trans", "they shouldn't ever be attacked".
    let negated_should = view.is_any(k, &["shouldn't", "shouldnt", "mustn't", "mustnt"])
        || (view.is_any(k, &["should", "must"])
            && (k.saturating_sub(3)..k).any(|j| {
                view.is_any(j, &["nobody", "noone", "no", "not", "never"])
                    && !view.is(j + 1, "matter")
            }));
    if negated_should {
        let harm = (k + 1..k + 5)
            .find(|&j| !view.is_any(j, &["ever", "be", "get", "getting", "being", "have", "to"]))
            .is_some_and(|j| j > k + 1 && view.is_any(j, MISTREATMENT));
        if harm {
            return true;
        }
    }
    if !view.is_any(k, &["deserve", "deserves"]) || !view.is(k + 1, "to") {
        return false;
    }
    let denied = (k.saturating_sub(3)..k).any(|j| words::is_negator(view.word(j)));
    let harm = view.is(k + 2, "be")
        && (view.is_any(k + 3, MISTREATMENT)
            || (view.is(k + 3, "treated")
                && (k + 4..k + 7).any(|j| view.is_any(j, BAD_TREATMENT))));
    let suffer = view.is_any(k + 2, &["die", "suffer"]);
    denied && (harm || suffer)
}

/// What "shouldn't have to ..." spares someone ("put up with it", "face abuse", "hide").
const ENDURING: &[&str] = &[
    "put", "deal", "face", "endure", "suffer", "hide", "fear", "tolerate",
];

/// "... and they *shouldn't have to put up with* it": a hardship the writer says someone
/// should be spared (negated "should", "have to", a verb of enduring).
fn endured_harm(view: &TokenView<'_>, k: usize) -> bool {
    let negated_should = view.is_any(k, &["shouldn't", "shouldnt"])
        || (view.is(k, "not") && view.is(k.wrapping_sub(1), "should"));
    negated_should && view.is(k + 1, "have") && view.is(k + 2, "to") && view.is_any(k + 3, ENDURING)
}

/// Labels pinned on groups that "are not ..." rejects ("women are not *objects*", "refugees
/// are not *a threat*"). Positive words are not here: denying those is the hate itself.
const REJECTED_LABELS: &[&str] = &[
    "objects",
    "object",
    "property",
    "toys",
    "possessions",
    "enemy",
    "enemies",
    "threat",
    "danger",
    "problem",
    "problems",
    "phase",
    "fad",
    "trend",
    "choice",
    "contagious",
    "illness",
    "disease",
    "broken",
    "weapons",
    "props",
];

/// Whether a copula negated at `k` rejects a label: "X are not objects", "X aren't the
/// problem", "X are not a threat" (at most an article between).
fn denied_label(view: &TokenView<'_>, k: usize) -> bool {
    let negated_copula = (view.is(k, "not") && view.is_any(k.wrapping_sub(1), &["are", "is"]))
        || view.is_any(k, &["aren't", "isn't", "arent", "isnt"]);
    if !negated_copula {
        return false;
    }
    let mut j = k + 1;
    if view.is_any(j, &["a", "an", "the", "your", "our"]) {
        j += 1;
    }
    view.is_any(j, REJECTED_LABELS)
}

/// Possessives that open a sentence about someone the writer knows.
const KNOWN_PERSON_OPENERS: &[&str] = &["my", "our"];
/// Verbs of sharing daily life ("I *live with* two ...").
const SHARED_LIFE: &[&str] = &[
    "live", "lives", "living", "lived", "work", "works", "working", "worked", "study", "studies",
    "studied", "studying", "play", "plays", "played", "share", "shared", "train", "trained",
];

/// Whether a sentence (its word tokens) states a plain fact of daily life: "my boss is a
/// Muslim", "our new neighbours are Polish", "I live with two disabled people". Such
/// sentences name a group and nothing else, which is exactly where the model's prior on group
/// words misleads it. Only consulted when no hostile lexicon word is present.
fn everyday_fact(view: &TokenView<'_>, words_at: &[usize]) -> bool {
    let opens_known = words_at
        .first()
        .is_some_and(|&k| view.is_any(k, KNOWN_PERSON_OPENERS))
        && words_at
            .iter()
            .skip(1)
            .take(3)
            .any(|&k| view.is_any(k, &["is", "was", "are", "were"]));
    let shared_life = words_at
        .windows(2)
        .any(|w| matches!(w, [a, b] if view.is_any(*a, SHARED_LIFE) && view.is(*b, "with")));
    // "My dog is better behaved than any ...": a comparison ranks the group, it is no fact
    // of daily life.
    let compares = words_at.iter().any(|&k| view.is(k, "than"));
    // "My neighbours are gay men, *so I guess they'll* ruin the street": the fact is the
    // premise of a verdict on them.
    let concludes = words_at.iter().enumerate().any(|(n, &k)| {
        view.is_any(k, &["so", "therefore", "hence", "guess", "bet", "expect"])
            && words_at.iter().skip(n + 1).any(|&j| {
                view.is_any(
                    j,
                    &["they", "they'll", "theyll", "they're", "theyre", "them"],
                )
            })
    });
    (opens_known || shared_life) && !compares && !concludes
}

/// Whether negator `k` opens an aim not yet met: "never" or "won't"/"not" before a state of
/// [`AIM_STATES`], with "until", "while" or "unless" later in its sentence.
fn aim(view: &TokenView<'_>, k: usize) -> bool {
    let Some(sentence) = view.tokens.get(k).map(|t| t.sentence) else {
        return false;
    };
    // Bounded, so a hostile post of thousands of negators stays linear.
    let later: Vec<usize> = (k + 1..view.tokens.len())
        .take_while(|&j| view.tokens.get(j).is_some_and(|t| t.sentence == sentence))
        .take(AIM_WINDOW)
        .collect();
    let state = later.iter().take(4).any(|&j| view.is_any(j, AIM_STATES));
    state && later.iter().any(|&j| view.is_any(j, AIM_CONDITIONS))
}

/// Longest relative clause (in tokens) [`modifier_end`] lets a group carry to its predicate.
const MAX_RELATIVE_CLAUSE: usize = 10;

/// Where a restrictive modifier after the group reference ending at token `last` ends, if it
/// has one: a person noun ("the next black *guy*"), a sighting ("the next Muslim *I see*") or
/// a relative clause ("any Jew *who walks past my house*", "women *who turn me down*").
/// Such a modifier picks out members of the group; what is said after it is said of them, so
/// the binding treats it as part of the group reference. `taken(k)` is true for tokens that
/// belong to other evidence or another group: a relative clause only counts when it runs,
/// without crossing one, straight into evidence ("Muslims who say gays ..." stays as it is).
pub(crate) fn modifier_end(
    view: &TokenView<'_>,
    last: usize,
    taken: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut end = last;
    let word = |k: usize| view.tokens.get(k).is_some_and(|t| t.kind == Kind::Word);
    if word(end + 1) && view.is_any(end + 1, words::PERSON_NOUNS) && !taken(end + 1) {
        end += 1;
    }
    if let Some(place) = place_end(view, end + 1).filter(|&p| !(end + 1..=p).any(&taken)) {
        end = place;
    }
    if word(end + 1)
        && word(end + 2)
        && view.is_any(end + 1, &["i", "we", "you", "u"])
        && view.is_any(end + 2, words::SIGHTING_VERBS)
        && !taken(end + 2)
    {
        return Some(end + 2);
    }
    if word(end + 1) && view.is_any(end + 1, &["who", "that"]) {
        let sentence = view.tokens.get(end + 1)?.sentence;
        // The clause ends at the main verb's auxiliary ("... *will* get acid"), if it has one.
        let mut auxiliary: Option<usize> = None;
        for k in end + 2..=end + 1 + MAX_RELATIVE_CLAUSE {
            let token = view.tokens.get(k)?;
            if token.sentence != sentence || view.is_hard_break(k) {
                return None;
            }
            if taken(k) {
                // The clause needs at least one word of its own.
                // and must lead into the main verb, not end on a noun ("refugees that run
                // from invaders").
                let main_verb =
                    auxiliary.or_else(|| view.is_any(k, words::MAIN_AUXILIARIES).then_some(k));
                return main_verb.filter(|_| k > end + 2).map(|a| a - 1);
            }
            if k > end + 2 && auxiliary.is_none() && view.is_any(k, words::MAIN_AUXILIARIES) {
                auxiliary = Some(k);
            }
        }
        return None;
    }
    (end > last).then_some(end)
}

/// Where a place phrase starting at `k` ends: "in this country", "round here", "from our
/// town". After a group it says where its members are, not who else is meant: "Muslims in
/// this country deserve to rot" is said of Muslims.
fn place_end(view: &TokenView<'_>, k: usize) -> Option<usize> {
    const PLACE_PREPOSITIONS: &[&str] =
        &["in", "from", "round", "around", "across", "near", "over"];
    const PLACE_DETERMINERS: &[&str] = &["this", "the", "our", "my", "these", "that", "your"];
    const PLACES: &[&str] = &[
        "country",
        "countries",
        "town",
        "towns",
        "city",
        "cities",
        "area",
        "areas",
        "street",
        "streets",
        "road",
        "estate",
        "estates",
        "place",
        "neighbourhood",
        "neighborhood",
        "village",
        "nation",
        "uk",
        "britain",
        "england",
        "scotland",
        "wales",
        "europe",
        "america",
        "world",
        "school",
        "schools",
        "office",
        "workplace",
        "london",
        "here",
    ];
    if !view.is_any(k, PLACE_PREPOSITIONS) {
        return None;
    }
    if view.is(k + 1, "here") {
        return Some(k + 1);
    }
    let noun = if view.is_any(k + 1, PLACE_DETERMINERS) {
        k + 2
    } else {
        k + 1
    };
    (view.is_any(noun, PLACES) && !view.is(noun, "here")).then_some(noun)
}

/// Compares words, treating the apostrophe look-alikes as one character.
pub(crate) fn eq_word(text: &str, word: &str) -> bool {
    if text == word {
        return true;
    }
    let mut a = text
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c });
    let mut b = word
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c });
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// Closed-class word lists for the binding and context rules. They are grammar, not content,
/// so they live in code; content words belong in the lexicon.
pub(crate) mod words {
    /// Verbs that link a subject to what is said of it.
    pub const COPULAS: &[&str] = &[
        "is", "are", "am", "was", "were", "be", "been", "being", "r", "'re", "'s", "become",
        "became", "remain", "seem", "seems", "seemed", "look", "looks", "looked", "appear",
        "appears", "sound", "sounds", "they're", "theyre", "you're", "youre", "we're", "it's",
        "its", "he's", "she's", "that's", "thats", "there's", "isn't", "aren't",
    ];

    /// Words that may sit between a group and what is said of it without changing who it is
    /// said of: auxiliaries, determiners, intensifiers, generic heads ("people").
    pub const FILLERS: &[&str] = &[
        "will",
        "would",
        "should",
        "must",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "do",
        "does",
        "did",
        "'ll",
        "have",
        "has",
        "had",
        "gonna",
        "going",
        "gotta",
        "wanna",
        "got",
        "get",
        "gets",
        "need",
        "needs",
        "deserve",
        "deserves",
        "deserved",
        "ought",
        "to",
        "should've",
        "would've",
        "all",
        "just",
        "only",
        "really",
        "truly",
        "literally",
        "basically",
        "simply",
        "actually",
        "always",
        "still",
        "totally",
        "completely",
        "absolutely",
        "utterly",
        "very",
        "so",
        "such",
        "too",
        "also",
        "even",
        "clearly",
        "obviously",
        "honestly",
        "seriously",
        "frankly",
        "genuinely",
        "definitely",
        "probably",
        "mostly",
        "often",
        "usually",
        "generally",
        "naturally",
        "inherently",
        "fundamentally",
        "here",
        "there",
        "now",
        "today",
        "tonight",
        "tomorrow",
        "soon",
        "anymore",
        "ever",
        "again",
        "everywhere",
        "tbh",
        "imo",
        "imho",
        "lol",
        "lmao",
        "ngl",
        "fr",
        "innit",
        "though",
        "anyway",
        "a",
        "an",
        "the",
        "these",
        "those",
        "this",
        "that",
        "some",
        "any",
        "every",
        "each",
        "most",
        "many",
        "more",
        "other",
        "next",
        "last",
        "single",
        "one",
        "ones",
        "lot",
        "lots",
        "bunch",
        "pack",
        "load",
        "loads",
        "herd",
        "kind",
        "sort",
        "type",
        "types",
        "group",
        "of",
        "like",
        "than",
        "nothing",
        "better",
        "worse",
        "no",
        "and",
        "or",
        "&",
        "who",
        "which",
        "whom",
        "people",
        "person",
        "persons",
        "folk",
        "folks",
        "humans",
        "creatures",
        "things",
        "beings",
        "individuals",
        "members",
        "guys",
        "them",
        "em",
        "'em",
        "being",
        "fucking",
        "bloody",
        "damn",
        "mere",
        "merely",
        "nowt",
        "owt",
        "little",
        "bit",
        "whole",
        "entire",
        "lil",
    ];

    /// Words that end the search for a target: the hostile word is about something else.
    pub const BLOCKERS: &[&str] = &[
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "it",
        "its",
        "it's",
        "how",
        "when",
        "why",
        "what",
        "where",
        "whether",
        "if",
        "because",
        "since",
        "unless",
        "until",
        "abuse",
        "attacks",
        "attack",
        "attacked",
        "treatment",
        "treated",
        "racism",
        "bigotry",
        "hatred",
        "discrimination",
        "prejudice",
        "harassment",
        "persecution",
        "oppression",
        "islamophobia",
        "antisemitism",
        "homophobia",
        "transphobia",
        "biphobia",
        "misogyny",
        "sexism",
        "xenophobia",
        "ableism",
        "violence",
        "way",
        "fact",
        "idea",
        "against",
        "word",
        "words",
        "term",
        "terms",
        "towards",
        "toward",
        "victims",
        "victim",
        "faced",
        "face",
        "faces",
        "suffer",
        "suffered",
        "receive",
        "received",
        "experience",
        "experienced",
        "targeted",
        "targeting",
        "protect",
        "protecting",
        "defend",
        "support",
    ];

    /// Prepositions and particles: after a word they do not make it an adjective of a noun.
    pub const FUNCTION_WORDS: &[&str] = &[
        "from", "in", "on", "at", "to", "for", "with", "by", "about", "into", "out", "over",
        "under", "after", "before", "near", "around", "across", "through", "up", "down", "off",
        "away", "back", "home", "here", "there", "now", "then", "too", "as", "because", "since",
        "while", "when", "if", "or", "and", "but", "nor", "yet", "than", "are", "is", "were",
        "was", "do", "does", "did", "don't", "doesn't", "can't", "won't", "should", "would",
        "will", "must", "have", "has", "had", "who", "that", "which", "lol", "lmao", "tbh", "ngl",
        "smh", "fr", "innit", "mate", "bro", "though",
    ];

    /// Plural pronouns in subject position; they stand for a group named elsewhere.
    pub const SUBJECT_PRONOUNS: &[&str] = &[
        "they", "they're", "theyre", "they've", "they'll", "they'd", "theyll", "theyve",
    ];

    /// Plural pronouns in object position.
    pub const OBJECT_PRONOUNS: &[&str] = &["them", "'em", "em", "dem"];

    /// First halves of two-word group references ("these people", "that lot", "their kind").
    pub const GROUP_DETERMINERS: &[&str] = &[
        "these", "those", "such", "their", "that", "you", "your", "dem", "them",
    ];

    /// Second halves of two-word group references.
    pub const GROUP_HEADS: &[&str] = &[
        "people", "lot", "kind", "sort", "type", "types", "lots", "folk", "sorts", "kinds",
    ];

    /// Words that point at one person (the reader or a third party), not at a group.
    pub const PERSON: &[&str] = &[
        "you", "u", "ya", "ye", "you're", "youre", "ur", "you've", "you'll", "you'd", "your",
        "yours", "him", "her", "he", "she", "he's", "she's", "hes", "shes", "yu", "yuh",
    ];

    /// Nouns for one member of a group, after the group word ("black guy", "wheelchair user").
    pub const PERSON_NOUNS: &[&str] = &[
        "guy", "man", "woman", "lad", "bloke", "girl", "boy", "kid", "user", "fella", "geezer",
        "family", "couple",
    ];

    /// Auxiliaries that start the main verb after a relative clause ("who ... *will* get").
    pub const MAIN_AUXILIARIES: &[&str] = &[
        "will", "would", "should", "must", "shall", "can", "could", "'ll", "is", "are", "gets",
        "get", "deserve", "deserves", "needs", "need", "gonna", "going", "ought",
    ];

    /// Verbs of coming across someone: "the next Muslim I *see*".
    pub const SIGHTING_VERBS: &[&str] = &[
        "see",
        "meet",
        "find",
        "spot",
        "catch",
        "notice",
        "pass",
        "encounter",
        "clock",
    ];

    /// Conjunctions that open a subordinate clause, which a negator before them does not
    /// reach: "nobody takes them seriously *when* they're ...". Not "because": "I don't avoid
    /// them because they're dangerous" may deny the reason.
    pub const SUBORDINATORS: &[&str] = &[
        "when", "whenever", "while", "whilst", "until", "till", "unless",
    ];

    /// Negators. Contractions ending in n't are recognised by their ending as well.
    pub const NEGATORS: &[&str] = &[
        "not", "no", "never", "nobody", "noone", "nothing", "none", "neither", "nor", "cannot",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt",
        "shouldnt", "cant", "couldnt", "mustnt", "aint", "hardly", "nah",
    ];

    /// Qualities whose denial of a group is derogation ("are not human", "never normal").
    pub const POSITIVES: &[&str] = &[
        "human",
        "humans",
        "equal",
        "equals",
        "normal",
        "natural",
        "worth",
        "worthy",
        "deserve",
        "deserves",
        "trusted",
        "trustworthy",
        "capable",
        "intelligent",
        "smart",
        "clever",
        "civilised",
        "civilized",
        "decent",
        "honest",
        "real",
        "valid",
        "welcome",
        "wanted",
        "british",
        "english",
        "competent",
        "fit",
        // v2.1: goods a group is said never to have or give ("not a single *redeeming*
        // quality", "never *contributed* anything", "not one I'd *trust*").
        "redeeming",
        "trust",
        "useful",
        "contributed",
        "contribute",
        "contributes",
        "valuable",
        // v2.3: virtues a group is said to lack ("not one of them has any *decency*").
        "decency",
        "morals",
        "integrity",
        "dignity",
        "manners",
        "self-respect",
        "brains",
        // v2.9: "not one of them has any *talent*".
        "talent",
        "intelligence",
        "ambition",
        // v2.11: "Muslims are not *peaceful* people", "asylum seekers are not *genuine*".
        "peaceful",
        "genuine",
    ];

    /// Virtues a group may be said to lack ("they *lack* any *decency*").
    pub const VIRTUES: &[&str] = &[
        "decency",
        "morals",
        "integrity",
        "dignity",
        "manners",
        "brains",
        "talent",
        "intelligence",
        "ambition",
        "honesty",
        "empathy",
        "loyalty",
        "humanity",
        "compassion",
    ];

    /// Words that may stand between a negator and the positive word it reverses: auxiliaries,
    /// quantifiers and verbs of opinion ("I don't *think* they are human", "not *a single* one").
    pub const NEGATED_POSITIVE_PASS: &[&str] = &[
        "be", "been", "ever", "any", "a", "an", "the", "one", "single", "of", "them", "really",
        "truly", "fully", "even", "think", "believe", "reckon", "consider", "feel", "that", "all",
        "these", "those", "true", "proper", "do", "does", "did", "to", "have", "has", "ok", "okay",
        // v2.1: the group's head noun and a relative clause about the speaker ("not one of the
        // *people I've ever met*", "never *convince me* that they are decent").
        "people", "folk", "folks", "men", "women", "i", "i've", "ive", "i'd", "id", "met", "known",
        "convince", "persuade", "me", "done", "shown",
        // v2.3: "you'll never *find* black folks *who* are *actually* intelligent", "don't
        // *pretend* trans *ppl* are civilised".
        "find", "who", "actually", "pretend", "ppl", "person", "seen", "see",
        // v2.10: one member standing for all ("never find a Muslim *woman* with ...").
        "man", "woman", "guy", "girl", "lady", "boy",
        // v2.6: "I have yet to *meet* one who is ...".
        "meet",
        // v2.4: "not a single one *out there* deserves", "you won't find one *anywhere who's*
        // worth", "nobody *with a working brain* would call them", "*in their right mind*".
        "out", "there", "anywhere", "alive", "who's", "whos", "that's", "thats", "with", "working",
        "brain", "right", "mind", "their", "would", "call",
    ];

    /// Participles of harm not ending in "-ed" ("no woman deserves to be *hit*").
    pub const IRREGULAR_HARM_PARTICIPLES: &[&str] = &[
        "hit",
        "hurt",
        "beaten",
        "shot",
        "spat",
        "struck",
        "thrown",
        "bitten",
        "burnt",
        "slain",
        "beat",
        "kept",
        "left",
        "made",
        "told",
        "sent",
        "driven",
        "forgotten",
        "torn",
    ];

    /// What "don't deserve" may be said of without denying a group anything ("this abuse").
    pub const DESERVE_NEGATIVE_OBJECTS: &[&str] = &[
        "this",
        "that",
        "these",
        "those",
        "such",
        "any",
        "abuse",
        "hate",
        "hatred",
        "racism",
        "what",
        "it",
        "being",
        "how",
        "violence",
        "death",
        "pain",
        "suffering",
        "harassment",
        "bullying",
        "threats",
        "discrimination",
        "poverty",
        "fear",
        "cruelty",
        "mistreatment",
        "insults",
        "prejudice",
        "contempt",
        "torture",
        "misery",
        "abusing",
    ];

    /// Words that make a group the object of a subject clause about its treatment or about
    /// what is said of it ("the *way* they *treat* refugees", "the *abuse* trans people get",
    /// "*how* people *talk* about Muslims"): what is then said of the subject is said of that.
    pub const MISTREATMENT_HEADS: &[&str] = &[
        "way",
        "treat",
        "treats",
        "treated",
        "treating",
        "treatment",
        "abuse",
        "abused",
        "hate",
        "hatred",
        "racism",
        "bigotry",
        "violence",
        "attacks",
        "attacked",
        "harassment",
        "harassed",
        "discrimination",
        "prejudice",
        "comments",
        "talk",
        "talks",
        "talking",
        "speak",
        "speaks",
        "spoken",
        "happened",
        "happens",
        "persecution",
        "bullying",
        "bullied",
        "targeting",
        "smearing",
        "demonising",
        "demonizing",
        // v2.10: "the *attack* on the mosque", "what those thugs *did* to the gay couple".
        "attack",
        "assault",
        "assaults",
        "murder",
        "killing",
        "killings",
        "beating",
        "beatings",
        "stabbing",
        "shooting",
        "arson",
        "did",
        "done",
    ];

    /// Negated auxiliaries that open a rhetorical question ("Aren't they just parasites?").
    pub const QUESTION_AUXILIARIES: &[&str] = &[
        "aren't",
        "isn't",
        "don't",
        "doesn't",
        "didn't",
        "wasn't",
        "weren't",
        "won't",
        "wouldn't",
        "shouldn't",
        "can't",
        "couldn't",
        "haven't",
        "hasn't",
        "havent",
        "hasnt",
        "arent",
        "isnt",
        "dont",
        "doesnt",
        "didnt",
        "wasnt",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "cant",
        "couldnt",
        "ain't",
        "aint",
    ];

    /// Question words that may come before a rhetorical negated auxiliary.
    pub const WH_WORDS: &[&str] = &[
        "why",
        "how",
        "what",
        "so",
        "but",
        "and",
        "well",
        "honestly",
        "seriously",
        "like",
    ];

    /// Whether `word` is a negator (including any "n't" contraction).
    pub fn is_negator(word: &str) -> bool {
        NEGATORS.iter().any(|n| super::eq_word(word, n))
            || word.ends_with("n't")
            || word.ends_with("n’t")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    /// Where the modifier after the word `group` ends (as a word), with `taken` as the words
    /// of evidence.
    fn modifier_after(text: &str, group: &str, taken: &[&str]) -> Option<String> {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let view = TokenView::new(&normalised);
        let at = (0..view.tokens.len()).find(|&i| view.is(i, group))?;
        let taken_at: Vec<bool> = (0..view.tokens.len())
            .map(|i| taken.iter().any(|w| view.is(i, w)))
            .collect();
        modifier_end(&view, at, |k| taken_at.get(k).copied().unwrap_or(true))
            .map(|end| view.text(end).to_owned())
    }

    /// Runs `check` on the token view of `text`.
    fn with_view<T>(text: &str, check: impl Fn(&TokenView<'_>) -> T) -> T {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        check(&TokenView::new(&normalised))
    }

    #[test]
    fn condemning_how_others_treat_a_group_is_a_frame_and_the_group_as_mistreater_is_not() {
        let condemns = |text: &str| with_view(text, |v| condemns_treatment(v).is_some());
        assert!(condemns(
            "The way some people talk about trans people makes me sick"
        ));
        assert!(condemns("the way disabled people are treated is shameful"));
        assert!(condemns(
            "if your politics depend on demonising migrants, they are rotten"
        ));
        assert!(!condemns("The way Muslims treat women is disgusting"));
        assert!(!condemns("The way people talk about refugees is not wrong"));
        assert!(!condemns(
            "The way people talk about refugees is fair enough"
        ));
    }

    #[test]
    fn harm_a_group_should_be_spared_and_harm_wished_on_it_are_told_apart() {
        let frame = |text: &str| with_view(text, harmless_frame);
        assert_eq!(
            frame("No one should be getting beaten up for being trans"),
            Some("the post says the group does not deserve harm")
        );
        assert_eq!(
            frame("Gay men were attacked outside the club"),
            Some("the post reports harm the group suffered")
        );
        assert_eq!(frame("We'd be better off if gay men were attacked"), None);
    }

    #[test]
    fn good_treatment_denied_is_a_denied_good_and_mistreatment_denied_is_not() {
        let denied = |text: &str| {
            with_view(text, |v| {
                (0..v.tokens.len()).find_map(|i| negated_positive(v, i))
            })
            .is_some()
        };
        assert!(denied("no woman deserves to be treated as an equal"));
        assert!(denied("refugees don't deserve to be listened to"));
        assert!(denied(
            "you'll never find a muslim man with a shred of decency"
        ));
        assert!(!denied("no woman deserves to be treated like dirt"));
        assert!(!denied("refugees don't deserve to be attacked"));
    }

    #[test]
    fn a_sighting_or_a_relative_clause_leading_into_the_main_verb_is_a_modifier() {
        assert_eq!(
            modifier_after("the next muslim i see gets a bullet", "muslim", &["gets"]),
            Some("see".to_owned())
        );
        assert_eq!(
            modifier_after("women who turn me down will get acid", "women", &["acid"]),
            Some("down".to_owned())
        );
        assert_eq!(
            modifier_after("any jew who walks past is getting stabbed", "jew", &["is"]),
            Some("past".to_owned())
        );
    }

    #[test]
    fn a_relative_clause_ending_on_a_noun_or_reaching_no_evidence_is_not_a_modifier() {
        assert_eq!(
            modifier_after("refugees that run from invaders", "refugees", &["invaders"]),
            None
        );
        assert_eq!(
            modifier_after("women who turn me down are right", "women", &[]),
            None
        );
        assert_eq!(
            modifier_after("muslims who vermin", "muslims", &["vermin"]),
            None
        );
    }

    /// The loaded words of the first loaded question in `text`, if any.
    fn loaded(text: &str) -> Option<String> {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let view = TokenView::new(&normalised);
        (0..view.tokens.len())
            .find_map(|i| loaded_question(&view, i))
            .map(|(a, b)| view.original_text(a, b).to_owned())
    }

    #[test]
    fn a_loaded_question_names_what_it_denies_the_group() {
        assert_eq!(
            loaded("Why are trans people even allowed to exist?").as_deref(),
            Some("allowed to exist")
        );
        assert_eq!(
            loaded("What exactly is the point of trans women?").as_deref(),
            Some("the point of")
        );
        assert_eq!(
            loaded("Who thought giving them rights was a good idea?").as_deref(),
            Some("Who thought giving")
        );
        assert_eq!(
            loaded("How many more do we have to put up with?").as_deref(),
            Some("How many more")
        );
    }

    #[test]
    fn a_real_question_a_statement_or_a_negated_one_is_not_loaded() {
        // A contested right, not living itself.
        assert_eq!(loaded("Why are refugees allowed to work?"), None);
        // No question mark: an ally's statement.
        assert_eq!(loaded("Trans people are allowed to exist."), None);
        // A negator asks about unfairness.
        assert_eq!(loaded("Why aren't disabled people allowed to vote?"), None);
        assert_eq!(loaded("What's the point of this meeting?"), None);
        assert_eq!(loaded("How many more weeks until the holidays?"), None);
    }

    fn words_of(view: &TokenView<'_>) -> Vec<(String, u32, u32)> {
        (0..view.tokens.len())
            .map(|i| {
                (
                    view.text(i).to_owned(),
                    view.tokens[i].sentence,
                    view.tokens[i].clause,
                )
            })
            .collect()
    }

    #[test]
    fn sentences_and_clauses_are_numbered() {
        let normaliser = Normaliser::new();
        let text = normaliser.normalise("I'm not racist but they are vermin. Really!");
        let view = TokenView::new(&text);
        let got = words_of(&view);
        let they = got.iter().find(|(w, _, _)| w == "they").unwrap();
        let not = got.iter().find(|(w, _, _)| w == "not").unwrap();
        let really = got.iter().find(|(w, _, _)| w == "really").unwrap();
        assert_eq!(not.1, they.1, "{got:?}");
        assert_ne!(not.2, they.2, "`but` starts a clause: {got:?}");
        assert_eq!(really.1, they.1 + 1, "{got:?}");
    }

    #[test]
    fn a_sentence_is_a_question_when_its_last_token_but_emoji_is_a_question_mark() {
        let normaliser = Normaliser::new();
        let text = normaliser.normalise("Are they ok? 🙂 Yes they are. Why? Fine");
        let view = TokenView::new(&text);
        let questions: Vec<bool> = (0..4).map(|s| view.is_question(s)).collect();
        assert_eq!(questions, vec![true, false, true, false]);
        assert!(
            !view.is_question(99),
            "a sentence that does not exist is no question"
        );
        // Sentence bounds are looked up: "🙂 Yes they are." is the second sentence.
        let yes = (0..view.tokens.len()).find(|&i| view.is(i, "yes")).unwrap();
        let are = (yes..view.tokens.len())
            .find(|&i| view.is(i, "are"))
            .unwrap();
        let first = view.sentence_start(are);
        assert_eq!(view.sentence_start(yes), first);
        assert!(first < yes && view.sentence_end(yes) > are, "{first}");
        assert_eq!(view.sentence_end(99_999), 99_999, "out of range stays put");
    }

    #[test]
    fn contractions_stay_one_word_and_quotes_do_not() {
        let normaliser = Normaliser::new();
        let text = normaliser.normalise("don't say 'vermin'");
        let view = TokenView::new(&text);
        let texts: Vec<&str> = (0..view.tokens.len()).map(|i| view.text(i)).collect();
        assert!(texts.contains(&"don't"), "{texts:?}");
        assert!(texts.contains(&"vermin"), "{texts:?}");
        assert!(texts.contains(&"'"), "{texts:?}");
    }

    #[test]
    fn a_span_is_located_on_the_tokens_it_overlaps() {
        let normaliser = Normaliser::new();
        let text = normaliser.normalise("they are vermin");
        let view = TokenView::new(&text);
        assert_eq!(view.locate(Span::new(9, 15)), Some((2, 2)));
        assert_eq!(view.locate(Span::new(0, 8)), Some((0, 1)));
        assert_eq!(view.locate(Span::new(40, 50)), None);
    }

    #[test]
    fn a_question_is_recognised_by_its_last_mark() {
        let normaliser = Normaliser::new();
        let text = normaliser.normalise("Aren't they parasites? Yes.");
        let view = TokenView::new(&text);
        assert!(view.is_question(0));
        assert!(!view.is_question(1));
    }

    /// The words of the intended harm found in `text`, as "first..verb".
    fn harm_in(text: &str) -> Option<String> {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let view = TokenView::new(&normalised);
        (0..view.tokens.len())
            .find_map(|i| intended_harm(&view, i))
            .map(|(a, b)| format!("{}..{}", view.text(a), view.text(b)))
    }

    #[test]
    fn a_first_person_intention_of_harm_is_found_and_a_negated_one_is_not() {
        assert_eq!(
            harm_in("I'm going to hurt them").as_deref(),
            Some("i'm..hurt")
        );
        assert_eq!(
            harm_in("we will personally torture them").as_deref(),
            Some("we..torture")
        );
        assert_eq!(
            harm_in("I'll find them all and make them pay").as_deref(),
            Some("make..make")
        );
        assert_eq!(harm_in("I will never hurt anyone"), None);
        assert_eq!(harm_in("I'm not going to attack them"), None);
        assert_eq!(harm_in("I will make dinner for them"), None);
        assert_eq!(harm_in("I'll teach them a lesson in maths"), None);
    }

    /// What `f` reads in the token view of `text`, normalised.
    fn read<T>(text: &str, f: impl FnOnce(&TokenView<'_>) -> T) -> T {
        let normalised = Normaliser::new().normalise(text);
        f(&TokenView::new(&normalised))
    }

    #[test]
    fn praise_frames_a_post_but_a_wish_a_question_or_a_negation_does_not() {
        let framed = |text: &str| read(text, positive_frame);
        assert!(framed("We should celebrate them"));
        assert!(framed("You are welcome in our mosque"));
        assert!(!framed("I'd love to see them gone"));
        assert!(!framed("Why do we welcome them?"));
        assert!(!framed("They are not welcome here"));
        assert!(!framed(
            "Amazing how they always know which benefits to claim"
        ));
        assert!(framed("Amazing work from the refugee volunteers"));
    }

    #[test]
    fn a_negator_reverses_a_good_across_the_group_and_a_clause_about_the_speaker() {
        let reversed = |text: &str| {
            read(text, |view| {
                (0..view.tokens.len())
                    .find_map(|i| negated_positive(view, i))
                    .map(|k| view.text(k).to_owned())
            })
        };
        assert_eq!(
            reversed("None of these Muslims have a single redeeming quality").as_deref(),
            Some("redeeming")
        );
        assert_eq!(
            reversed("Not one of the lesbians I've ever met has done an honest day's work")
                .as_deref(),
            Some("honest")
        );
        assert_eq!(
            reversed("You will never convince me that trans people are decent").as_deref(),
            Some("decent")
        );
        assert_eq!(reversed("Muslims are not violent"), None);
        assert_eq!(reversed("No woman is less capable than a man"), None);
    }
}
