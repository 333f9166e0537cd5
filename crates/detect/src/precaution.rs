//! Precautions: the writer guards against a group member as if against a thief or a danger,
//! and the post says no more ("Tram packed with Roma. Kept one hand on my wallet the whole
//! way", "Got a black pilot. Said a little prayer before takeoff", "Surgeon was a woman.
//! Asked if there was anyone more senior").
//!
//! The insinuation pass lists fixed warnings ("lock your car"); this reads the shapes they
//! come in, so that the wording may vary: a guarding verb and a belonging ("gripped my
//! bag", "hand firmly on my purse"), a check for what might be missing ("double checked
//! every tablet", "checking the vans for missing copper"), a prayer or bracing, an avoidance
//! ("crossed the road", "changed seats") and a request for someone else ("asked for a
//! British one"). Each must be the writer's own act: the sentence starts with it or "I"/"we"
//! does it ("She gripped my bag and ran" is a theft, "Muslims said a prayer" is worship).
//! A negator or "stop" before it denies or condemns it ("no need to hold your bag", "stop
//! clutching your purse when a black lad walks by"). The insinuation pass then asks for a
//! group close by, and drops posts that speak of prejudice or tell of the group as a victim.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::text::{Kind, TokenView, words};

/// Verbs of guarding something the writer owns ("gripped", "clutching").
const GUARD_VERBS: &[&str] = &[
    "hold",
    "held",
    "holding",
    "grip",
    "gripped",
    "gripping",
    "clutch",
    "clutched",
    "clutching",
    "hide",
    "hid",
    "hidden",
    "hiding",
    "guard",
    "guarded",
    "guarding",
    "tuck",
    "tucked",
    "tucking",
    "zip",
    "zipped",
    "lock",
    "locked",
    "locking",
    "keep",
    "kept",
    "keeping",
];

/// Guarding verbs that are also routine ("locked the car", "kept my phone").
const ROUTINE_GUARDS: &[&str] = &[
    "lock", "locked", "locking", "keep", "kept", "keeping", "zip", "zipped",
];

/// Belongings that are children: only hiding or locking them away is a precaution.
const CHILDREN: &[&str] = &["kids", "children", "daughter", "daughters"];

/// Verbs of checking that something is still there or right.
const CHECK_VERBS: &[&str] = &[
    "check",
    "checked",
    "checking",
    "count",
    "counted",
    "counting",
    "recount",
    "recounted",
    "recheck",
    "rechecked",
    "checks",
];

/// What a guarding verb guards besides [`THEFT_TARGETS`]: bags, phones, medicine and children.
const OTHER_BELONGINGS: &[&str] = &[
    "purses",
    "handbag",
    "handbags",
    "bag",
    "bags",
    "phone",
    "phones",
    "bike",
    "bikes",
    "car",
    "kids",
    "children",
    "daughter",
    "daughters",
    "tablets",
    "tablet",
    "pills",
    "prescription",
    "medication",
    "meds",
];

/// Belongings whose checking is itself a suspicion of theft ("counted my change").
const THEFT_TARGETS: &[&str] = &[
    "wallet",
    "wallets",
    "purse",
    "pocket",
    "pockets",
    "valuables",
    "belongings",
    "jewellery",
    "jewelry",
    "cash",
    "change",
    "till",
    "tills",
    "tools",
    "van",
    "vans",
    "shed",
    "stock",
    "stationery",
    "spoons",
    "silver",
    "copper",
];

/// Words that may stand between a guarding or checking verb and the belonging ("kept *one
/// hand firmly on my* wallet", "checking *the* vans").
const GUARD_BRIDGE: &[&str] = &[
    "my", "your", "our", "the", "a", "an", "one", "both", "hand", "hands", "on", "onto", "to",
    "of", "tight", "tightly", "close", "closely", "firmly", "eye", "eyes", "hold", "extra", "all",
    "every", "each", "up", "away", "in", "through", "over", "and", "me", "us", "grip", "little",
    "kids'", "wife's", "car's", "van's", "front", "back", "inside",
];

/// Acts of avoidance, as words ("crossed the road", "changed seats").
const AVOIDANCE: &[&[&str]] = &[
    &["crossed", "the", "road"],
    &["cross", "the", "road"],
    &["crossing", "the", "road"],
    &["crossed", "over"],
    &["changed", "seats"],
    &["moved", "seats"],
    &["switched", "seats"],
    &["change", "seats"],
    &["move", "seats"],
    &["changed", "carriages"],
    &["moved", "carriages"],
    &["switched", "carriages"],
    &["changed", "carriage"],
    &["moved", "carriage"],
    &["got", "off", "at", "the", "next", "stop"],
    &["got", "off", "a", "stop", "early"],
    &["got", "off", "early"],
    &["get", "off", "at", "the", "next", "stop"],
    &["walked", "the", "rest", "of", "the", "way"],
    &["walked", "the", "last"],
    &["waited", "for", "the", "next", "one"],
    &["waited", "for", "the", "next", "bus"],
    &["waited", "for", "the", "next", "train"],
    &["waited", "for", "the", "next", "lift"],
    &["took", "the", "stairs"],
    &["getting", "out", "while"],
    &["get", "out", "while"],
    &["selling", "up"],
    &["sell", "up"],
    &["sold", "up"],
    &["doing", "a", "stock", "check"],
    &["do", "a", "stock", "check"],
    &["doing", "a", "stocktake"],
    &["do", "a", "stocktake"],
    &["get", "changed", "in", "the", "car"],
    &["got", "changed", "in", "the", "car"],
    &["getting", "changed", "in", "the", "car"],
    &["pulled", "him", "out"],
    &["pulled", "her", "out"],
    &["pulled", "them", "out"],
    &["moving", "him", "before"],
    &["moving", "her", "before"],
    &["moving", "him", "to", "another"],
    &["moving", "her", "to", "another"],
    &["moving", "them", "to", "another"],
    &["put", "the", "house", "on"],
    &["put", "the", "house", "up"],
    &["putting", "the", "house", "on"],
    &["putting", "the", "house", "up"],
    &["not", "taking", "any", "chances"],
    &["not", "taking", "chances"],
    &["sent", "him", "packing"],
    &["sent", "her", "packing"],
    &["sent", "them", "packing"],
    &["not", "risking", "it"],
    &["not", "sticking", "around"],
    &["not", "hanging", "around"],
    &["not", "that", "desperate"],
    &["not", "desperate"],
    &["unmatched"],
    &["swiped", "left"],
    &["braced", "myself"],
    &["bracing", "myself"],
    &["crossed", "myself"],
    &["crossed", "my", "fingers"],
    &["held", "my", "breath"],
    &["holding", "my", "breath"],
];

/// Verbs of asking for someone else instead.
const ASK_VERBS: &[&str] = &[
    "ask",
    "asked",
    "asking",
    "request",
    "requested",
    "requesting",
    "demand",
    "demanded",
    "demanding",
    "insisted",
];

/// What the writer asked for in place of the group member: someone of another kind.
const REPLACEMENT_KINDS: &[&str] = &[
    "different",
    "another",
    "british",
    "english",
    "white",
    "proper",
    "real",
    "male",
    "local",
    "christian",
    "senior",
    "qualified",
    "other",
];

/// Kinds that name the replacement's identity: with these, "one" is a person ("asked for a
/// British one"); "another one" may be a drink.
const REPLACEMENT_IDENTITIES: &[&str] = &["british", "english", "white", "male", "christian"];

/// Who may be asked for instead.
const REPLACEMENT_PEOPLE: &[&str] = &[
    "doctor",
    "doctors",
    "gp",
    "nurse",
    "nurses",
    "surgeon",
    "consultant",
    "midwife",
    "dentist",
    "pharmacist",
    "carer",
    "teacher",
    "tutor",
    "driver",
    "pilot",
    "officer",
    "mechanic",
    "plumber",
    "electrician",
    "builder",
    "cleaner",
    "nanny",
    "babysitter",
    "receptionist",
    "waiter",
    "waitress",
    "vet",
    "physio",
    "therapist",
    "referee",
    "ref",
    "man",
    "bloke",
    "guy",
    "person",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "staff",
    "colleague",
];

/// Subjects that make an act the writer's (or advice to the reader: "you'd better hold on to
/// your purse").
const WRITER: &[&str] = &[
    "i", "we", "i'd", "we'd", "i'll", "we'll", "i'm", "im", "we're", "i've", "we've", "ive", "id",
    "you", "you'd", "you'll", "u", "and", "so", "then", "now",
];

/// Words that may stand between the subject and the act: auxiliaries and adverbs ("we'll *be*
/// doing a stock check", "*better start* checking", "I *instinctively* gripped").
const AUXILIARIES: &[&str] = &[
    "finally",
    "round",
    "around",
    "be",
    "been",
    "have",
    "had",
    "has",
    "will",
    "would",
    "should",
    "must",
    "gonna",
    "going",
    "to",
    "start",
    "started",
    "starting",
    "better",
    "just",
    "still",
    "always",
    "immediately",
    "instantly",
    "quietly",
    "automatically",
    "also",
    "even",
    "literally",
    "basically",
    "honestly",
    "naturally",
    "obviously",
    "definitely",
    "quickly",
    "straight",
    "subtly",
    "discreetly",
    "instinctively",
    "promptly",
    "politely",
    "double",
    "triple",
    "re",
    "then",
    "actually",
    "swiftly",
    "kinda",
    "sort",
    "of",
    "all",
    "got",
    "gotta",
    "wisely",
];

/// Words before an act that deny or condemn it ("no need to", "stop clutching").
const DENIERS: &[&str] = &["stop", "stopped", "quit", "need", "needed", "without", "no"];

/// Verbs of getting a lock or a camera ("bought", "fitting").
const GETTING_VERBS: &[&str] = &[
    "bought",
    "buying",
    "fitted",
    "fitting",
    "put",
    "putting",
    "installed",
    "installing",
    "got",
    "getting",
    "added",
    "adding",
    "ordered",
];

/// Verbs a prayer is said with.
const PRAYING_VERBS: &[&str] = &["said", "say", "saying", "muttered", "whispered"];

/// Every word a precaution may start with, so that most words are passed over with one
/// lookup instead of a comparison with each list.
fn starters() -> &'static HashSet<&'static str> {
    static STARTERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    STARTERS.get_or_init(|| {
        GUARD_VERBS
            .iter()
            .chain(CHECK_VERBS)
            .chain(GETTING_VERBS)
            .chain(PRAYING_VERBS)
            .chain(ASK_VERBS)
            .copied()
            .chain(AVOIDANCE.iter().filter_map(|act| act.first().copied()))
            .collect()
    })
}

/// Whether the normalised post may hold a precaution (a cheap word check before tokenising).
pub(crate) fn worth_reading(norm: &str) -> bool {
    norm.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| {
            (THEFT_TARGETS.contains(&w) || OTHER_BELONGINGS.contains(&w))
                || ASK_VERBS.contains(&w)
                || w.starts_with("prayer")
                || matches!(
                    w,
                    "lock"
                        | "locks"
                        | "camera"
                        | "cameras"
                        | "cctv"
                        | "alarm"
                        | "elsewhere"
                        | "packing"
                        | "desperate"
                )
                || AVOIDANCE
                    .iter()
                    .any(|a| a.iter().max_by_key(|x| x.len()) == Some(&w))
        })
}

/// The precautions in the post, as inclusive token ranges.
pub(crate) fn find(view: &TokenView<'_>) -> Vec<(usize, usize)> {
    // Word tokens only, by index into the view: punctuation inside a phrase is skipped
    // ("double-checked").
    let content: Vec<usize> = (0..view.tokens.len())
        .filter(|&k| matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Word)))
        .collect();
    let mut found = Vec::new();
    let mut at = 0;
    let starters = starters();
    while at < content.len() {
        let opens = content
            .get(at)
            .is_some_and(|&k| starters.contains(view.word(k)));
        if !opens {
            at += 1;
            continue;
        }
        let end = guarded(view, &content, at)
            .or_else(|| secured(view, &content, at))
            .or_else(|| prayed(view, &content, at))
            .or_else(|| avoided(view, &content, at))
            .or_else(|| replaced(view, &content, at));
        match (end, content.get(at)) {
            (Some(last), Some(&first)) if writers_own(view, &content, at) => {
                found.push((first, last));
                at = content.partition_point(|&k| k <= last);
            }
            _ => at += 1,
        }
    }
    found
}

/// Whether token `k` is something a writer guards.
fn is_belonging(view: &TokenView<'_>, k: usize) -> bool {
    view.is_any(k, THEFT_TARGETS) || view.is_any(k, OTHER_BELONGINGS)
}

/// The token `n` words after content position `at`, when both lie in one sentence.
fn ahead(view: &TokenView<'_>, content: &[usize], at: usize, n: usize) -> Option<usize> {
    let first = *content.get(at)?;
    let k = *content.get(at + n)?;
    let same = view.tokens.get(first)?.sentence == view.tokens.get(k)?.sentence;
    same.then_some(k)
}

/// "kept one hand on my wallet", "gripped my bag", "double checked every tablet",
/// "checking the vans for missing copper": the last token of the belonging.
fn guarded(view: &TokenView<'_>, content: &[usize], at: usize) -> Option<usize> {
    let verb = *content.get(at)?;
    let guard = view.is_any(verb, GUARD_VERBS);
    let check = view.is_any(verb, CHECK_VERBS);
    if !guard && !check {
        return None;
    }
    // "Double checked", "re-counted": a check that doubts.
    let doubting = at > 0
        && content
            .get(at - 1)
            .is_some_and(|&p| view.is_any(p, &["double", "triple", "re"]));
    let mut hand = false;
    for n in 1..=6 {
        let k = ahead(view, content, at, n)?;
        if is_belonging(view, k) {
            let after = |m: usize| ahead(view, content, at, n + m);
            let again = (1..=3)
                .any(|m| after(m).is_some_and(|j| view.is_any(j, &["twice", "again", "missing"])));
            let suspicious = if view.is_any(k, CHILDREN) {
                // Holding one's children is love; hiding or locking them away is fear.
                view.is_any(
                    verb,
                    &[
                        "hide", "hid", "hidden", "hiding", "guard", "guarded", "guarding",
                    ],
                ) || (view.is_any(verb, &["lock", "locked", "locking"])
                    && after(1).is_some_and(|j| view.is_any(j, &["up", "in", "inside"])))
            } else if check {
                doubting || again || view.is_any(k, THEFT_TARGETS)
            } else if view.is_any(verb, ROUTINE_GUARDS) {
                // Locking the car and keeping a phone are routine; doing it twice, or with a
                // hand or an eye on it, is guarding.
                doubting || again || hand
            } else {
                true
            };
            return suspicious.then_some(k);
        }
        if !view.is_any(k, GUARD_BRIDGE) {
            return None;
        }
        hand |= view.is_any(k, &["hand", "hands", "eye", "eyes", "grip"]);
    }
    None
}

/// "bought a second lock for the car", "putting a camera on the door": a lock, an alarm or a
/// camera got in answer to someone. Plain "a lock" is part of moving house, so a lock must
/// be another one; a camera need not.
fn secured(view: &TokenView<'_>, content: &[usize], at: usize) -> Option<usize> {
    let verb = *content.get(at)?;

    if !view.is_any(verb, GETTING_VERBS) {
        return None;
    }
    // A camera may end a short list of what was got ("got a sensor light and a doorbell
    // camera"); a lock must come in the plain shape.
    let camera = (1..=7).find_map(|n| {
        ahead(view, content, at, n).filter(|&k| view.is_any(k, &["camera", "cameras", "cctv"]))
    });
    if camera.is_some() {
        return camera;
    }
    let mut another = false;
    for n in 1..=4 {
        let k = ahead(view, content, at, n)?;
        if view.is_any(
            k,
            &["lock", "locks", "alarm", "deadbolt", "deadbolts", "padlock"],
        ) {
            return another.then_some(k);
        }
        another |= view.is_any(
            k,
            &["second", "extra", "another", "more", "bigger", "better"],
        );
        if !view.is_any(
            k,
            &[
                "a", "an", "another", "second", "extra", "more", "bigger", "better", "new",
                "doorbell", "security", "some", "that", "the", "this",
            ],
        ) {
            return None;
        }
    }
    None
}

/// "said a little prayer", "say a quick prayer": the last token of "prayer".
fn prayed(view: &TokenView<'_>, content: &[usize], at: usize) -> Option<usize> {
    let verb = *content.get(at)?;
    if !view.is_any(verb, PRAYING_VERBS) {
        return None;
    }
    for n in 1..=3 {
        let k = ahead(view, content, at, n)?;
        if view.is_any(k, &["prayer", "prayers"]) {
            return Some(k);
        }
        if !view.is_any(
            k,
            &["a", "little", "quick", "silent", "small", "wee", "short"],
        ) {
            return None;
        }
    }
    None
}

/// "crossed the road", "changed seats": the last token of the listed act.
fn avoided(view: &TokenView<'_>, content: &[usize], at: usize) -> Option<usize> {
    AVOIDANCE.iter().find_map(|act| {
        let mut last = None;
        for (n, word) in act.iter().enumerate() {
            let k = ahead(view, content, at, n)?;
            if !view.is(k, word) {
                return None;
            }
            last = Some(k);
        }
        last
    })
}

/// "asked for a British one", "asked if there was anyone more senior", "asked to see a
/// different doctor": the last token of who was asked for.
fn replaced(view: &TokenView<'_>, content: &[usize], at: usize) -> Option<usize> {
    let verb = *content.get(at)?;
    if !view.is_any(verb, ASK_VERBS) {
        return None;
    }
    let mut kind = None;
    for n in 1..=8 {
        let k = ahead(view, content, at, n)?;
        if view.is_any(k, REPLACEMENT_KINDS) {
            kind = Some(k);
            // "someone else", "anyone more senior" end with the kind.
            let person_before = (1..n).any(|m| {
                ahead(view, content, at, m)
                    .is_some_and(|j| view.is_any(j, &["someone", "somebody", "anyone", "anybody"]))
            });
            if person_before && view.is_any(k, &["senior", "qualified", "british", "english"]) {
                return Some(k);
            }
            continue;
        }
        if view.is(k, "else") {
            let person = (1..n).any(|m| {
                ahead(view, content, at, m)
                    .is_some_and(|j| view.is_any(j, &["someone", "somebody", "anyone", "anybody"]))
            });
            return person.then_some(k);
        }
        if let Some(kind) = kind
            && (view.is_any(k, REPLACEMENT_PEOPLE)
                || (view.is(k, "one") && view.is_any(kind, REPLACEMENT_IDENTITIES)))
        {
            return Some(k);
        }
        let bridge = view.is_any(
            k,
            &[
                "for", "to", "see", "speak", "be", "seen", "by", "with", "a", "an", "if", "there",
                "was", "is", "were", "whether", "someone", "somebody", "anyone", "anybody", "more",
                "another", "the", "one", "of", "your", "their",
            ],
        );
        if !bridge {
            return None;
        }
    }
    None
}

/// Whether the act at content position `at` is the writer's own and not denied: walking back
/// over auxiliaries and adverbs, the sentence starts or a subject of [`WRITER`] comes, and no
/// negator or denier stands on the way ("I didn't cross", "no need to hold").
fn writers_own(view: &TokenView<'_>, content: &[usize], at: usize) -> bool {
    let Some(&first) = content.get(at) else {
        return false;
    };
    let start = view.sentence_start(first);
    for back in 1..=6 {
        let Some(&k) = at.checked_sub(back).and_then(|p| content.get(p)) else {
            return true;
        };
        // A comma or dash before the act starts its clause: "Tram full of Roma, kept a hand
        // on my wallet".
        let next = content.get(at + 1 - back).copied().unwrap_or(first);
        if k < start || (k + 1..next).any(|j| view.is_soft_break(j) || view.is_hard_break(j)) {
            return true;
        }
        if words::is_negator(view.word(k)) || view.is_any(k, DENIERS) {
            return false;
        }
        if view.is_any(k, WRITER) {
            return true;
        }
        if !view.is_any(k, AUXILIARIES) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    fn acts(text: &str) -> Vec<String> {
        let normaliser = Normaliser::new();
        let normalised = normaliser.normalise(text);
        let view = TokenView::new(&normalised);
        find(&view)
            .into_iter()
            .map(|(a, b)| view.original_text(a, b).to_owned())
            .collect()
    }

    #[test]
    fn the_writers_own_guarding_checking_praying_and_avoiding_are_precautions() {
        assert_eq!(
            acts("Tram packed. Kept one hand on my wallet the whole way"),
            ["Kept one hand on my wallet"]
        );
        assert_eq!(
            acts("Double checked every tablet in the bag when I got home."),
            ["checked every tablet"]
        );
        assert_eq!(
            acts("I said a little prayer before takeoff"),
            ["said a little prayer"]
        );
        assert_eq!(acts("So I crossed the road."), ["crossed the road"]);
        assert_eq!(
            acts("Asked for a British one, thanks"),
            ["Asked for a British one"]
        );
        assert_eq!(
            acts("Asked if there was anyone more senior available"),
            ["Asked if there was anyone more senior"]
        );
        assert_eq!(
            acts("better start checking the vans for missing copper"),
            ["checking the vans"]
        );
        assert_eq!(
            acts("Bought a second lock for the car."),
            ["Bought a second lock"]
        );
        assert_eq!(
            acts("Got a sensor light and a doorbell camera."),
            ["Got a sensor light and a doorbell camera"]
        );
        assert_eq!(acts("I'm not risking it."), ["not risking it"]);
    }

    #[test]
    fn others_acts_denied_acts_and_ordinary_errands_are_not() {
        assert!(acts("She grabbed my bag and ran").is_empty());
        assert!(acts("Muslims said a prayer for the victims").is_empty());
        assert!(acts("No need to hold on to your wallet round here").is_empty());
        assert!(acts("Stop clutching your bag every time a black lad walks past").is_empty());
        assert!(acts("I didn't cross the road").is_empty());
        assert!(acts("Checked my phone and went back to sleep").is_empty());
        assert!(acts("Kept my phone on silent").is_empty());
        assert!(acts("Asked for another one, it was that good").is_empty());
        assert!(acts("Asked for a white wine").is_empty());
        assert!(acts("Asked for a different table by the window").is_empty());
        assert!(acts("Fitted a new lock on the front door.").is_empty());
        assert!(acts("They say they are not taking any chances.").is_empty());
    }
}
