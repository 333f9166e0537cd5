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
        };
        let table = class_table();
        view.classes = (0..view.tokens.len())
            .map(|i| table.get(view.word(i)).copied().unwrap_or(0))
            .collect();
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
        self.tokens
            .iter()
            .rev()
            .skip_while(|t| t.sentence > sentence)
            .take_while(|t| t.sentence == sentence)
            .find(|t| !matches!(t.kind, Kind::Emoji))
            .is_some_and(|t| matches!(t.kind, Kind::Punct('?')))
    }

    /// Index of the first token of the sentence containing token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        let Some(sentence) = self.tokens.get(i).map(|t| t.sentence) else {
            return i;
        };
        let mut j = i;
        while j > 0
            && self
                .tokens
                .get(j - 1)
                .is_some_and(|t| t.sentence == sentence)
        {
            j -= 1;
        }
        j
    }

    /// Index of the last token of the sentence containing token `i`.
    pub fn sentence_end(&self, i: usize) -> usize {
        let Some(sentence) = self.tokens.get(i).map(|t| t.sentence) else {
            return i;
        };
        let mut j = i;
        while self
            .tokens
            .get(j + 1)
            .is_some_and(|t| t.sentence == sentence)
        {
            j += 1;
        }
        j
    }
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
        "became", "remain", "seem", "seems", "they're", "theyre", "you're", "youre", "we're",
        "it's", "its", "he's", "she's", "that's", "thats", "there's", "isn't", "aren't",
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
        "these", "those", "such", "their", "that", "you", "your", "dem",
    ];

    /// Second halves of two-word group references.
    pub const GROUP_HEADS: &[&str] = &[
        "people", "lot", "kind", "sort", "type", "types", "lots", "folk",
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

    /// Negators. Contractions ending in n't are recognised by their ending as well.
    pub const NEGATORS: &[&str] = &[
        "not", "no", "never", "nobody", "noone", "nothing", "none", "neither", "nor", "cannot",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt",
        "shouldnt", "cant", "couldnt", "mustnt", "aint", "hardly", "nah",
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
}
