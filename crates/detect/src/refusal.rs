//! Refused contact: the writer will not be served by, hire, trust or sit next to anyone of a
//! group ("Not being served by a trans person", "I wouldn't let my daughter marry a Muslim",
//! "I'd rather sleep on the street than share a flat with a Jew", "Never met a Roma person you
//! could actually trust").
//!
//! No word in these is hostile, and the negator in them is the contempt itself, not a denial
//! of it: left alone, the negation context would hold back what the models find. The shape is
//! narrow on purpose. The writer speaks for themselves (a landlord who "won't rent to Muslims"
//! is reported discrimination, and the group its victim); the negator reaches the verb of
//! contact only through words of the same refusal ("would never *let my daughter* marry");
//! the group is the verb's object with no other person in between ("won't let *anyone*
//! insult a Muslim"); and nothing after the group turns it back ("never met a Muslim I
//! *didn't* like"). Quoted refusals and posts about prejudice are left to the insinuation
//! pass's own checks, which run first.

use crate::insinuation::{Group, Hint};
use crate::text::{Kind, TokenView, words};

/// What a refusal's verb needs between itself and the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Object {
    /// The group is the object itself ("hire a ...", "marry a ...").
    Direct,
    /// One of these prepositions first ("rent *to*", "work *under*", "served *by*").
    After(&'static [&'static str]),
}

const BY: &[&str] = &["by"];
const WITH: &[&str] = &["with", "beside", "alongside", "near", "next", "among"];
const UNDER: &[&str] = &[
    "with",
    "for",
    "under",
    "alongside",
    "beside",
    "near",
    "next",
];

/// Verbs of ordinary contact, and what each needs before the group.
const CONTACT_VERBS: &[(&str, Object)] = &[
    ("let", Object::Direct),
    ("letting", Object::Direct),
    ("allow", Object::Direct),
    ("allowing", Object::Direct),
    ("hire", Object::Direct),
    ("hiring", Object::Direct),
    ("employ", Object::Direct),
    ("employing", Object::Direct),
    ("trust", Object::Direct),
    ("trusting", Object::Direct),
    ("date", Object::Direct),
    ("dating", Object::Direct),
    ("marry", Object::Direct),
    ("marrying", Object::Direct),
    ("serve", Object::Direct),
    ("serving", Object::Direct),
    ("invite", Object::Direct),
    ("inviting", Object::Direct),
    ("touch", Object::Direct),
    ("befriend", Object::Direct),
    ("rent", Object::After(&["to"])),
    ("renting", Object::After(&["to"])),
    ("sell", Object::After(&["to"])),
    ("selling", Object::After(&["to"])),
    ("buy", Object::After(&["off", "from"])),
    ("buying", Object::After(&["off", "from"])),
    ("vote", Object::After(&["for"])),
    ("voting", Object::After(&["for"])),
    ("served", Object::After(BY)),
    ("treated", Object::After(BY)),
    ("seen", Object::After(BY)),
    ("examined", Object::After(BY)),
    ("taught", Object::After(BY)),
    ("operated", Object::After(BY)),
    ("touched", Object::After(BY)),
    ("cut", Object::After(BY)),
    ("work", Object::After(UNDER)),
    ("working", Object::After(UNDER)),
    ("sit", Object::After(WITH)),
    ("sitting", Object::After(WITH)),
    ("live", Object::After(WITH)),
    ("living", Object::After(WITH)),
    ("share", Object::After(&["with"])),
    ("sharing", Object::After(&["with"])),
    ("shake", Object::After(&["with"])),
    ("shaking", Object::After(&["with"])),
    ("eat", Object::After(&["with", "by"])),
    ("eating", Object::After(&["with", "by"])),
    ("go", Object::After(&["near"])),
    ("going", Object::After(&["near"])),
];

/// Words that may stand between the negator and the verb of contact: the rest of the same
/// refusal ("would never *ever be caught dead* sitting", "wouldn't *let my daughter* marry").
const BRIDGE: &[&str] = &[
    "ever",
    "even",
    "again",
    "actually",
    "really",
    "honestly",
    "personally",
    "be",
    "being",
    "get",
    "getting",
    "go",
    "going",
    "want",
    "wanna",
    "to",
    "let",
    "letting",
    "allow",
    "have",
    "having",
    "had",
    "been",
    "i",
    "we",
    "i'd",
    "id",
    "i'll",
    "we'd",
    "dream",
    "of",
    "my",
    "our",
    "the",
    "caught",
    "dead",
    "seen",
    "knowingly",
    "would",
    "will",
    "could",
    "kids",
    "children",
    "child",
    "kid",
    "daughter",
    "daughters",
    "son",
    "sons",
    "wife",
    "husband",
    "family",
    "sister",
    "brother",
    "mum",
    "mom",
    "dad",
    "parents",
    "any",
    "more",
    "longer",
    "a",
    "single",
    "penny",
    "house",
    "flat",
    "car",
    "spare",
    "room",
    "property",
    "in",
    "million",
    "years",
    "so",
    "hair",
    "nails",
    "teeth",
    "eyes",
];

/// Words between the verb and the group that make someone else its object, or the group
/// part of another clause: "won't let *anyone* insult a Muslim", "wouldn't rent to people
/// *who* abuse Muslims", "never trust what the papers say *about* Muslims".
const BLOCKERS: &[&str] = &[
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "nobody",
    "everyone",
    "everybody",
    "people",
    "them",
    "him",
    "her",
    "racists",
    "racist",
    "bigots",
    "bigot",
    "who",
    "that",
    "what",
    "about",
    "against",
    "because",
    "if",
    "unless",
    "until",
    "when",
    "just",
    "based",
    "insult",
    "abuse",
    "harass",
    "bully",
    "hurt",
    "mock",
    "attack",
    "judge",
    "say",
    "talk",
    "speak",
    "treat",
];

/// Words that reverse a refusal opened before them ("I'd never *refuse* to serve a Muslim").
const REVERSERS: &[&str] = &[
    "refuse",
    "refusing",
    "stop",
    "stopping",
    "turn",
    "turning",
    "discriminate",
    "judge",
    "without",
];

/// Words that may open the writer's own refusal before the negator: the writer, fillers and
/// auxiliaries. Any other word is someone else's refusal ("my landlord won't rent to ...").
const OWN_VOICE: &[&str] = &[
    "i",
    "we",
    "i'd",
    "id",
    "i'll",
    "ill",
    "we'd",
    "we'll",
    "i'm",
    "im",
    "me",
    "myself",
    "and",
    "so",
    "just",
    "still",
    "seriously",
    "honestly",
    "personally",
    "tbh",
    "lol",
    "nope",
    "yeah",
    "no",
    "sorry",
    "mate",
    "frankly",
    "literally",
    "definitely",
    "absolutely",
    "really",
    "would",
    "will",
    "do",
    "did",
    "have",
    "ive",
    "i've",
    "am",
    "thanks",
    "cheers",
    "but",
    "ok",
    "okay",
    "right",
    "well",
    "oh",
    "nah",
    "ever",
    "now",
    "anymore",
    "again",
    "always",
    "literally",
];

/// Opinion of one person that a refusal to meet one asks for ("never met a ... you could
/// *trust*").
const TRUST_WORDS: &[&str] = &[
    "trust",
    "trusted",
    "rely",
    "honest",
    "decent",
    "trustworthy",
    "believe",
    "respect",
    "like",
    "liked",
    "clean",
    "smart",
    "intelligent",
    "worth",
    "reliable",
    "polite",
];

/// Most tokens looked back over for the start of a refusal's clause, and on each side of it
/// for quotation marks: every look is bounded, so a post of a million words costs each of its
/// groups the same.
const CLAUSE_SCAN: usize = 24;
const QUOTE_SCAN: usize = 48;

/// Most tokens between the verb and the group ("buy *a used car off a* Gypsy").
const OBJECT_REACH: usize = 6;
/// Most tokens between the refusal's opener and the verb.
const OPENER_REACH: usize = 7;

/// Whether the normalised post has a verb of contact or cleansing, so may hold a refusal (a cheap word
/// check before tokenising).
pub(crate) fn worth_reading(norm: &str) -> bool {
    norm.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(w, "met" | "meet" | "known" | "know")
            || CONTACT_VERBS.iter().any(|(v, _)| *v == w)
            || CLEANSING.contains(&w)
    })
}

/// The refusals of contact with the `groups` named in the post. Linear: each group looks
/// back over a fixed number of tokens.
pub(crate) fn find(view: &TokenView<'_>, groups: &[Group]) -> Vec<Hint> {
    let mut hints = Vec::new();
    for (index, group) in groups.iter().enumerate() {
        if group.singular {
            continue;
        }
        if let Some(first) = refused(view, group)
            .or_else(|| distrusted(view, group))
            .or_else(|| cleansed(view, group))
            && !quoted(view, first, group.last)
        {
            hints.push(Hint {
                first,
                last: group.last,
                group: index,
                note: "the writer refuses ordinary contact with the group",
            });
        }
    }
    hints
}

/// Whether the tokens `first..=last` stand between quotation marks in their sentence (`He
/// said "I'd never hire a ..."`): reported words, not the writer's.
pub(crate) fn quoted(view: &TokenView<'_>, first: usize, last: usize) -> bool {
    let Some(sentence) = view.tokens.get(first).map(|t| t.sentence) else {
        return false;
    };
    let is_quote = |k: usize| {
        view.tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('"' | '“' | '”' | '\'' | '‘' | '’')))
    };
    let before = (0..first)
        .rev()
        .take_while(|&k| {
            view.tokens
                .get(k)
                .is_some_and(|t| t.sentence + 1 >= sentence)
        })
        .take(QUOTE_SCAN)
        .any(is_quote);
    let after = (last + 1..view.tokens.len())
        .take_while(|&k| {
            view.tokens
                .get(k)
                .is_some_and(|t| t.sentence <= sentence + 1)
        })
        .take(QUOTE_SCAN)
        .any(is_quote);
    before && after
}

/// Whether token `k` is a word of the clause `clause`, with no break before it.
fn in_clause(view: &TokenView<'_>, k: usize, clause: u32) -> bool {
    view.tokens
        .get(k)
        .is_some_and(|t| t.clause == clause && !matches!(t.kind, Kind::Punct(c) if c != '\''))
        && !view.is_hard_break(k)
        && !view.is_soft_break(k)
}

/// "Wouldn't buy a used car off a <group>": the refusal's first token, if the group is the
/// object of a refused verb of contact.
fn refused(view: &TokenView<'_>, group: &Group) -> Option<usize> {
    let clause = view.tokens.get(group.first)?.clause;
    // The verb: the nearest one before the group, with nothing that blocks between.
    let mut verb = None;
    for k in (group.first.saturating_sub(OBJECT_REACH + 1)..group.first).rev() {
        if !in_clause(view, k, clause) || view.is_any(k, BLOCKERS) {
            return None;
        }
        if let Some((_, object)) = CONTACT_VERBS.iter().find(|(v, _)| view.is(k, v)) {
            verb = Some((k, *object));
            break;
        }
    }
    let (verb, object) = verb?;
    let between = verb + 1..group.first;
    match object {
        Object::Direct => {
            if between.clone().any(|k| !is_modifier(view, k)) {
                return None;
            }
            // "Wouldn't let a trans person *be* treated badly" refuses harm, not contact.
            if view.is_any(verb, LETTING)
                && view
                    .tokens
                    .get(group.last + 1)
                    .is_some_and(|t| t.kind == Kind::Word)
                && !view.is_any(group.last + 1, LET_INTO)
            {
                return None;
            }
        }
        Object::After(prepositions) => {
            if !between.clone().any(|k| view.is_any(k, prepositions)) {
                return None;
            }
        }
    }
    if turned_back(view, group, clause) {
        return None;
    }
    let opener = opener(view, verb, clause)?;
    own_voice(view, opener, clause).then_some(opener)
}

/// Verbs of letting, whose object must go on to a place or an everyday activity.
const LETTING: &[&str] = &["let", "letting", "allow", "allowing"];

/// What a group let in may go on to: a place, or a part of everyday life ("not letting Jews
/// *into* my shop", "never let a gay man *babysit*").
const LET_INTO: &[&str] = &[
    "into", "in", "inside", "near", "anywhere", "over", "through", "around", "on", "teach", "look",
    "babysit", "date", "marry", "work", "live", "move", "join", "run", "use", "come", "enter",
    "sit", "stay", "adopt", "touch", "treat", "cut", "serve", "rent", "coach", "play", "within",
    "past", "onto", "across", "back",
];

/// Adjectives of one's own that may stand before the group ("hire *another* ...", "marry
/// *some* ...").
fn is_modifier(view: &TokenView<'_>, k: usize) -> bool {
    view.is_any(
        k,
        &[
            "a", "an", "the", "any", "another", "one", "single", "more", "some", "those", "these",
            "my", "our", "into", "in", "near", "around", "to",
        ],
    )
}

/// "Never met a <group> you could actually trust": the negator's token, if the group is one
/// never met with a good quality.
fn distrusted(view: &TokenView<'_>, group: &Group) -> Option<usize> {
    let clause = view.tokens.get(group.first)?.clause;
    let mut met = group.first.checked_sub(1)?;
    while met + 2 >= group.first && view.is_any(met, &["a", "an", "one", "single", "any"]) {
        met = met.checked_sub(1)?;
    }
    if !view.is_any(met, &["met", "meet", "known", "know"]) {
        return None;
    }
    let negator = (met.saturating_sub(3)..met)
        .rev()
        .find(|&k| in_clause(view, k, clause) && words::is_negator(view.text(k)))?;
    // "a Roma *person* you could trust": the person noun is part of the group.
    let last = if view.is_any(group.last + 1, words::PERSON_NOUNS)
        || view.is_any(group.last + 1, &["person", "people", "men", "women"])
    {
        group.last + 1
    } else {
        group.last
    };
    let after: Vec<usize> = (last + 1..=last + 6)
        .take_while(|&k| in_clause(view, k, clause))
        .collect();
    let relative = after
        .first()
        .is_some_and(|&k| view.is_any(k, &["you", "i", "we", "who", "that", "worth"]));
    let trusted = after.iter().any(|&k| view.is_any(k, TRUST_WORDS));
    let reversed = after.iter().any(|&k| words::is_negator(view.text(k)));
    (relative && trusted && !reversed && own_voice(view, negator, clause)).then_some(negator)
}

/// Washing after touching: what a cleansing after contact with the group implies.
const CLEANSING: &[&str] = &[
    "wash",
    "washed",
    "washing",
    "sanitise",
    "sanitised",
    "sanitize",
    "sanitized",
    "disinfect",
    "disinfected",
    "scrub",
    "scrubbed",
    "bleach",
    "bleached",
    "shower",
    "showered",
];

/// Contact that a cleansing may follow ("after *shaking* hands with ...").
const TOUCHING: &[&str] = &[
    "shaking", "shook", "touching", "touched", "hugging", "hugged", "sitting", "sat", "being",
    "serving", "served", "sharing", "shared", "talking", "meeting", "kissing", "kissed",
];

/// "I wash my hands after shaking hands with a <group>": the first token of the cleansing,
/// if the writer cleanses after ordinary contact with the group.
fn cleansed(view: &TokenView<'_>, group: &Group) -> Option<usize> {
    let clause = view.tokens.get(group.first)?.clause;
    let mut touched = false;
    for k in (group.first.saturating_sub(OBJECT_REACH + 1)..group.first).rev() {
        if !in_clause(view, k, clause) || view.is_any(k, BLOCKERS) {
            return None;
        }
        touched |= view.is_any(k, TOUCHING);
        if view.is(k, "after") {
            let cleansing = (k.saturating_sub(5)..k)
                .rev()
                .take_while(|&j| in_clause(view, j, clause))
                .find(|&j| view.is_any(j, CLEANSING))?;
            return (touched && own_voice(view, cleansing, clause)).then_some(cleansing);
        }
    }
    None
}

/// Whether a negator after the group, in its clause, turns the refusal back ("wouldn't hire
/// a Muslim? Why *not*" is a question; "never met a Muslim I *didn't* like" praise).
fn turned_back(view: &TokenView<'_>, group: &Group, clause: u32) -> bool {
    (group.last + 1..=group.last + 5)
        .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
        .any(|k| words::is_negator(view.text(k)) || view.is_any(k, &["except", "unless"]))
}

/// The token that opens a refusal of the verb at `verb`: a negator or "refuse" reaching it
/// through [`BRIDGE`] words, or a preference ("I'd rather ... *than* share", "I'd take a
/// pay cut *before* I'd work").
fn opener(view: &TokenView<'_>, verb: usize, clause: u32) -> Option<usize> {
    for k in (verb.saturating_sub(OPENER_REACH)..verb).rev() {
        if !in_clause(view, k, clause) {
            return None;
        }
        let word = view.text(k);
        if words::is_negator(word) || view.is_any(k, &["refuse", "refuses", "refused"]) {
            // "I'd never refuse to serve ...": a refusal denied.
            let reversed = (k + 1..verb).any(|j| view.is_any(j, REVERSERS))
                || (k.saturating_sub(3)..k).any(|j| words::is_negator(view.text(j)));
            return (!reversed).then_some(k);
        }
        if view.is(k, "than") {
            let preferred = (k.saturating_sub(12)..k)
                .any(|j| view.is_any(j, &["rather", "sooner", "prefer", "happier"]));
            return preferred.then(|| sentence_opener(view, k));
        }
        if view.is(k, "before") && view.is_any(k + 1, &["i'd", "id", "i", "we'd", "i'll"]) {
            return Some(sentence_opener(view, k));
        }
        if !view.is_any(k, BRIDGE) {
            return None;
        }
    }
    None
}

/// Where the clause holding token `k` starts, for a preference read as a whole.
fn sentence_opener(view: &TokenView<'_>, k: usize) -> usize {
    let clause = view.tokens.get(k).map_or(0, |t| t.clause);
    let floor = k.saturating_sub(CLAUSE_SCAN);
    let mut first = k;
    while first > floor
        && view
            .tokens
            .get(first - 1)
            .is_some_and(|t| t.clause == clause)
    {
        first -= 1;
    }
    first
}

/// Whether the words before `opener` in its clause are only the writer's own ("I'd never",
/// "Honestly, I wouldn't"), or there are none ("Not being served by ...").
fn own_voice(view: &TokenView<'_>, opener: usize, clause: u32) -> bool {
    let floor = opener.saturating_sub(CLAUSE_SCAN);
    let mut k = opener;
    while k > floor {
        k -= 1;
        let Some(token) = view.tokens.get(k) else {
            return false;
        };
        if token.clause != clause || view.is_hard_break(k) {
            return true;
        }
        if token.kind != Kind::Word {
            continue;
        }
        if !view.is_any(k, OWN_VOICE) {
            // A preference is read from the start of its clause: "I'd rather sleep rough
            // than ..." says the writer's choice, whatever it names.
            return view.is_any(k, &["rather", "sooner", "prefer", "take", "happier"])
                || preference_subject(view, k, clause);
        }
    }
    // A run of the writer's own words longer than the scan is no opener anyone writes.
    floor == 0
}

/// Whether the clause before token `k` opens with the writer ("*I'd* honestly rather ...").
fn preference_subject(view: &TokenView<'_>, k: usize, clause: u32) -> bool {
    let floor = k.saturating_sub(CLAUSE_SCAN);
    let mut j = k;
    while j > floor && view.tokens.get(j - 1).is_some_and(|t| t.clause == clause) {
        j -= 1;
    }
    view.is_any(j, &["i'd", "id", "i", "we'd", "we"])
        && (j..k).any(|m| view.is_any(m, &["rather", "sooner", "prefer", "take", "happier"]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    /// Whether `text` holds a refusal of contact with `group` (one word or two).
    fn refuses(text: &str, group: &str) -> bool {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let view = TokenView::new(&normalised);
        let parts: Vec<&str> = group.split(' ').collect();
        let groups: Vec<Group> = (0..view.tokens.len())
            .filter(|&k| parts.iter().enumerate().all(|(n, p)| view.is(k + n, p)))
            .map(|k| Group {
                first: k,
                last: k + parts.len() - 1,
                singular: false,
            })
            .collect();
        !find(&view, &groups).is_empty()
    }

    #[test]
    fn the_writers_own_refusal_of_contact_is_a_hint() {
        assert!(refuses(
            "I'll use the other till, thanks. Not being served by a trans person.",
            "trans person"
        ));
        assert!(refuses(
            "I wouldn't let my daughter marry a Muslim. Some lines you don't cross.",
            "muslim"
        ));
        assert!(refuses(
            "Wouldn't buy a used car off a Gypsy, you know what they're like.",
            "gypsy"
        ));
        assert!(refuses(
            "Not letting Jews into my shop again, you know how it always ends.",
            "jews"
        ));
        assert!(refuses(
            "Never met a Muslim you could actually trust.",
            "muslim"
        ));
        assert!(refuses(
            "Never met a Roma person you could actually trust.",
            "roma"
        ));
        assert!(refuses(
            "I'd honestly rather sleep on the street than share a flat with a Jew.",
            "jew"
        ));
        assert!(refuses(
            "I'd take a pay cut before I'd work under a Muslim.",
            "muslim"
        ));
        assert!(refuses(
            "I refuse to be treated by a Muslim doctor",
            "muslim"
        ));
        assert!(refuses(
            "I wash my hands after shaking hands with a Jew. Just to be safe!",
            "jew"
        ));
    }

    #[test]
    fn someone_elses_refusal_or_a_reversed_one_is_not() {
        // Reported discrimination: the group is its victim.
        assert!(!refuses("My landlord won't rent to Muslims.", "muslims"));
        assert!(!refuses(
            "The shop refused to serve a Muslim woman today.",
            "muslim"
        ));
        // Someone else is the object, or the refusal is of harm.
        assert!(!refuses(
            "I won't let anyone insult a Muslim in my shop.",
            "muslim"
        ));
        assert!(!refuses("I'd never refuse to serve a Muslim.", "muslim"));
        assert!(!refuses(
            "I would never let a trans person be treated badly here.",
            "trans person"
        ));
        assert!(!refuses("Never met a Muslim I didn't like.", "muslim"));
        assert!(!refuses(
            "I never met a Muslim before I moved here.",
            "muslim"
        ));
        assert!(!refuses(
            "I wouldn't trust what the papers say about Muslims.",
            "muslims"
        ));
        // A preference for the group is no refusal of it.
        assert!(!refuses(
            "I'd rather share a flat with a Muslim than with a racist.",
            "muslim"
        ));
        // Doing things with the group, not refusing them.
        assert!(!refuses("My uncle bought a used car off a Gypsy.", "gypsy"));
        assert!(!refuses("I had lunch with a Muslim colleague.", "muslim"));
        assert!(!refuses(
            "Nurses wash their hands after touching a Muslim patient or any other.",
            "muslim"
        ));
        // Quoted: someone else's words.
        assert!(!refuses(
            "He said \"I'd never let my son marry a Muslim\" and we all left.",
            "muslim"
        ));
    }
}
