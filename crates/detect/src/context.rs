//! Context detectors: the signals that tell the policy when hostile words are *not* hostile.
//!
//! A false flag on counter-speech, a quoted slur, a reclaimed word or a drill lyric is a real
//! harm to the people the hub serves, so these detectors matter as much as the lexicon. They run
//! after the lexicon (and any added detectors) and read the evidence already in `out`: a context
//! signal is only emitted where it bears on some evidence, and its note says which. The policy
//! then decides how far each one lowers which findings (`resources/policy.toml`).
//!
//! Emitted signals, each with the cue as its span:
//! - `CTX_NEGATION`: a negator shortly before the evidence, in the same clause ("Muslims are
//!   *not* vermin"); negators inside the evidence ("not welcome") and negated auxiliaries that
//!   open a rhetorical question ("Aren't they parasites?") do not count.
//! - `CTX_QUOTATION`: the evidence is inside quotation marks (span: the quoted words), or is
//!   reported speech after a frame such as "called me" or "someone shouted" (span: frame and
//!   the reported words). A frame whose speaker is "I" or "we" is not reported speech.
//! - `CTX_COUNTER_SPEECH`: the sentence condemns hateful words ("calling them vermin *is
//!   disgusting*", "*shame on* you", "*stop calling*", "people who say that are idiots").
//!   A condemnation word only counts when what it is said of is speech (calling, saying,
//!   comments, a quote, "this"), so "Muslims are disgusting" stays derogation.
//! - `CTX_RECLAIMED`: a slur tagged `reclaimable` in the lexicon, used of oneself or one's own
//!   ("my nigga", "as a dyke", "proud tranny"). Deliberately narrow.
//! - `CTX_HOMONYM`: a slur that is also an ordinary word, with the ordinary sense in view: "dyke"
//!   near water, walls and ditches (or "Dykes on Bikes"), "faggots" near food or firewood. The
//!   cue words are listed per slur, so "burn the faggots" stays a slur.
//! - `CTX_ARTISTIC`: the post presents itself as music or lyrics; only emitted when there is
//!   gang or threat evidence, which it may lower and never raises.
//! - `CTX_REPORTING`: the post reports or campaigns against weapon crime ("jailed for selling
//!   zombie knives", "knife amnesty", "#KnifeFree"); only emitted next to weapon-sale
//!   evidence, which it lowers.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use upstander_core::{Signal, SignalId, Span};

use crate::homonyms;
use crate::text::{Kind, TokenView, words};
use crate::{Detector, Lexicon, NormalisedText};

/// Signals that are targets, fillers or harmless: context is never about them.
const NOT_EVIDENCE: &[&str] = &[
    "LEX_IDENTITY",
    "LEX_OTHER_GROUP",
    "LEX_BENIGN",
    "LEX_PROFANITY",
    "LEX_GANG_RIVAL",
    "LEX_GANG_AREA",
    "LEX_WEAPON",
];

/// How far (tokens) after "imagine thinking" the good it mocks is looked for.
const IMAGINED_REACH: usize = 10;

/// Verbs of opposing harm that a negator may deny while the harm is wanted ("nobody should
/// *stop* ...", "no one would *blame* ...").
const OPPOSING_VERBS: &[&str] = &[
    "stop",
    "prevent",
    "blame",
    "punish",
    "arrest",
    "condemn",
    "criticise",
    "criticize",
    "jail",
    "charge",
    "prosecute",
    "judge",
];

/// Words between a negator and "how much" that say a feeling is beyond words ("can't *even
/// put into words* how much", "no *idea* how much").
const BEYOND_WORDS: &[&str] = &[
    "even",
    "begin",
    "to",
    "express",
    "describe",
    "explain",
    "tell",
    "you",
    "put",
    "into",
    "words",
    "say",
    "idea",
    "clue",
    "understand",
    "imagine",
    "know",
];

/// How many tokens after a reporting frame count as the reported words.
const REPORT_REACH: usize = 12;

/// How far (in tokens) after "nothing against ..." the "but" of a disclaimer may come.
const DISCLAIMER_REACH: usize = 30;
/// Verbs of meeting someone, after "ever" in a challenge to find one ("have you ever *met*
/// ...").
const SIGHTINGS: &[&str] = &["met", "seen", "known", "heard", "found", "come"];
/// Verbs of pretending: a negator in what is pretended asserts ("stop pretending they aren't
/// ...").
const PRETENDING: &[&str] = &["pretend", "pretends", "pretending", "pretended"];
/// How far (in tokens) a negator may stand before the evidence it negates.
const NEGATION_REACH: usize = 8;
/// Ways of speaking of or treating someone that "stop ..." may call off ("stop *talking* about
/// them like ...").
const STOPPED_WAYS: &[&str] = &[
    "talking",
    "speaking",
    "treating",
    "acting",
    "calling",
    "pretending",
    "writing",
    "portraying",
    "painting",
    "describing",
    "labelling",
    "labeling",
    "saying",
    "behaving",
    "thinking",
];

/// How much further it reaches through "as if" / "as though" ("don't talk about them as if
/// they were ...").
const COMPARISON_REACH: usize = 4;

/// Words after a negator that turn it into an intensifier or a fixed phrase.
const NEGATION_EXCEPTIONS: &[&str] = &[
    "deny",
    "better",
    "wonder",
    "doubt",
    "only",
    "mind",
    "matter",
    "less",
    "different",
    "worse",
    "question",
    // "I don't care how many of them get offended, ...": indifference, not a denial.
    "care",
];

/// Names for prejudice that a disclaimer denies before a claim ("it's not *racist* to say ...").
const PREJUDICE_WORDS: &[&str] = &[
    "racist",
    "sexist",
    "homophobic",
    "transphobic",
    "islamophobic",
    "bigoted",
    "xenophobic",
    "ableist",
    "misogynistic",
    "misogynist",
    "antisemitic",
    "prejudiced",
    "hateful",
    "discriminatory",
    "offensive",
    "wrong",
];
/// Judgements that vouch for what is said after them ("it's *fair* to say ...").
const VOUCHING: &[&str] = &[
    "fair",
    "safe",
    "true",
    "honest",
    "accurate",
    "reasonable",
    "correct",
    "right",
    "fine",
    "ok",
    "okay",
    "factual",
    "legit",
];
/// Verbs of saying after such a judgement and "to".
const SAYING: &[&str] = &[
    "say", "saying", "state", "point", "admit", "notice", "suggest", "call",
];

const DOUBLE_QUOTES: &[char] = &['"', '“', '”', '„', '«', '»', '‟', '＂'];
const SINGLE_QUOTES: &[char] = &['\'', '‘', '’', '‚', '‛'];

/// Words that make a one-word quotation a mention rather than scare quotes.
const MENTION_WORDS: &[&str] = &[
    "word",
    "words",
    "term",
    "terms",
    "slur",
    "slurs",
    "called",
    "call",
    "calling",
    "calls",
    "said",
    "says",
    "shouted",
    "yelled",
    "name",
    "names",
    "phrase",
    "label",
    "use",
    "using",
    "used",
    "means",
    "mean",
    "screamed",
    "wrote",
    "reclaim",
    "reclaimed",
    "reclaiming",
];

/// Frames that introduce someone else's words; any subject.
const PASSIVE_FRAMES: &[&[&str]] = &[
    &["was", "called"],
    &["were", "called"],
    &["got", "called"],
    &["been", "called"],
    &["being", "called"],
    &["get", "called"],
    &["getting", "called"],
    &["am", "called"],
    &["be", "called"],
    &["being", "called"],
    &["was", "told"],
    &["were", "told"],
    &["got", "told"],
    &["someone", "shouted"],
    &["someone", "said"],
    &["someone", "wrote"],
    &["somebody", "shouted"],
    &["somebody", "said"],
    &["someone", "called"],
    &["somebody", "called"],
    &["someone", "yelled"],
    &["someone", "screamed"],
    &["someone", "sprayed"],
    &["someone", "spray", "painted"],
    &["someone", "daubed"],
    &["someone", "scrawled"],
    &["a", "man", "shouted"],
    &["a", "guy", "shouted"],
    &["a", "woman", "shouted"],
];

/// Frames that introduce someone else's words, unless the speaker is "I" or "we".
const ACTIVE_FRAMES: &[&[&str]] = &[
    &["called", "me"],
    &["called", "us"],
    &["called", "my"],
    &["called", "him"],
    &["called", "her"],
    &["called", "them"],
    &["calling", "me"],
    &["calling", "us"],
    &["calling", "my"],
    &["calls", "me"],
    &["calls", "us"],
    &["call", "me"],
    &["call", "us"],
    &["told", "me"],
    &["told", "us"],
    &["told", "my"],
    &["tells", "me"],
    &["telling", "me"],
    &["told", "him"],
    &["told", "her"],
    &["shouted"],
    &["shouting"],
    &["yelled"],
    &["yelling"],
    &["screamed"],
    &["screaming"],
    &["said"],
    &["says"],
    &["wrote"],
    &["writes"],
    &["posted"],
    &["tweeted"],
    &["commented"],
    &["claimed"],
    &["claims"],
    &["claiming"],
    &["claim"],
    &["insist"],
    &["insists"],
    &["insisting"],
    // "Jokes about them being animals": the words after "about" are what the jokes say.
    &["jokes", "about"],
    &["joke", "about"],
    &["memes", "about"],
    &["myths", "about"],
    &["myth", "about"],
    &["lies", "about"],
    &["keeps", "saying"],
    &["kept", "saying"],
    &["keep", "saying"],
    &["say"],
    &["saying"],
    // Hearsay of a fact ("heard a load of ... are moving in") is told in the writer's own
    // words; only hearing someone is a frame.
    &["heard", "someone"],
    &["heard", "somebody"],
    &["heard", "him"],
    &["heard", "her"],
    &["heard", "them"],
    &["heard", "people"],
    &["heard", "kids"],
    &["heard", "lads"],
    &["heard", "men"],
    &["heard", "a", "man"],
    &["heard", "a", "guy"],
    &["heard", "a", "bloke"],
    &["heard", "a", "woman"],
    &["heard", "a", "kid"],
    &["chanted"],
    &["chanting"],
    &["sprayed"],
    &["daubed"],
    &["scrawled"],
    &["spray", "painted"],
    &["graffiti"],
    &["asked", "me"],
    &["accused"],
    &["texted"],
    &["messaged"],
    &["dm'd"],
    &["dmd"],
    &["thinks"],
    &["believes"],
    &["think"],
    &["believe"],
    &["viewed"],
    &["views"],
    &["called", "a"],
    &["called", "an"],
    &["referred", "to"],
    &["refer", "to"],
];

/// Frames that mark a whole sentence as someone else's words ("... - this was the message my
/// son got", "..., according to this idiot").
const SENTENCE_FRAMES: &[&[&str]] = &[
    &["according", "to"],
    &["this", "was", "the", "message"],
    &["was", "the", "message"],
    &["that's", "what", "i", "hear"],
    &["is", "what", "i", "hear"],
    &["what", "i", "hear"],
    &["is", "what", "he", "said"],
    &["is", "what", "she", "said"],
    &["is", "what", "they", "said"],
    &["were", "the", "words"],
    &["was", "written"],
    &["was", "sprayed"],
    &["was", "daubed"],
    &["was", "shouted"],
    &["were", "shouted"],
    &["was", "scrawled"],
    &["was", "painted"],
    &["is", "what", "was"],
];

/// Words that show a slur is being talked about rather than used ("the word ...", "terms like").
const MENTION_BEFORE: &[&str] = &[
    "word", "words", "term", "terms", "slur", "slurs", "label", "labels", "names", "insult",
    "insults",
];

/// Anywhere in a post, these show it is about words: its slurs are mentions, not uses.
const META_CUES: &[&[&str]] = &[
    &["racist", "terms"],
    &["racist", "term"],
    &["hate", "word"],
    &["hate", "words"],
    &["hate", "term"],
    &["hate", "terms"],
    &["such", "language"],
    &["that", "word"],
    &["this", "word"],
    &["offensive", "terms"],
    &["offensive", "term"],
    &["derogatory"],
    &["derogative"],
    &["stop", "using"],
    &["don't", "use"],
    &["do", "not", "use"],
    &["refrain", "from"],
    &["the", "r-word"],
    &["the", "n-word"],
    &["the", "f-word"],
    &["r-word"],
    &["n-word"],
    &["slurs"],
    &["a", "slur"],
    &["the", "slur"],
    &["that", "slur"],
    &["using", "words"],
    &["use", "words"],
    &["use", "the", "word"],
    &["use", "the", "term"],
    &["using", "the", "term"],
    &["using", "the", "word"],
    &["hate", "filled", "term"],
    &["as", "an", "insult"],
];

/// Adverbs allowed between a speaker and its frame ("I literally said").
const SPEAKER_GAP: &[&str] = &[
    "just",
    "literally",
    "also",
    "actually",
    "always",
    "have",
    "had",
    "then",
    "once",
    "even",
    "never",
    "only",
    "'ve",
    "did",
    "not",
    "am",
    "was",
    "keep",
    "kept",
    // "I *honestly* believe ...": adverbs of sincerity keep the speaker's own view.
    "honestly",
    "genuinely",
    "truly",
    "really",
    "personally",
    "firmly",
    "sincerely",
    "do",
    "still",
];
const FIRST_PERSON: &[&str] = &[
    "i", "we", "i've", "we've", "ive", "weve", "i'd", "we'd", "id", "i'll", "we'll", "me",
    "myself", "i'm", "im", "we're", "were",
];

/// Condemnations that need no particular subject.
const STANDALONE_CONDEMNATIONS: &[&[&str]] = &[
    &["shame", "on"],
    &["how", "dare"],
    &["should", "be", "ashamed"],
    &["ought", "to", "be", "ashamed"],
    &["ashamed", "of", "yourself"],
    &["ashamed", "of", "yourselves"],
    &["stop", "calling"],
    &["stop", "saying"],
    &["quit", "calling"],
    &["quit", "saying"],
    &["stop", "using"],
    &["don't", "call"],
    &["do", "not", "call"],
    &["dont", "call"],
    &["never", "call"],
    &["please", "log", "off"],
    // The name of the practice is its critics' word: "stop slut shaming women".
    &["slut", "shaming"],
    &["slut", "shame"],
    &["slut", "shamed"],
    &["slut", "shames"],
    &["slut", "-", "shaming"],
    &["slut", "-", "shame"],
    &["slutshaming"],
    &["stop", "spreading"],
    &["stop", "telling"],
    &["stop", "repeating"],
    &["quit", "telling"],
    &["it's", "not", "ok", "to"],
    &["its", "not", "ok", "to"],
    &["it", "is", "not", "ok", "to"],
    &["not", "okay", "to"],
    &["not", "ok", "to"],
    &["not", "acceptable", "to"],
    &["unacceptable", "to"],
    &["wrong", "to", "call"],
    &["wrong", "to", "say"],
    &["racist", "to", "say"],
    &["racist", "to", "call"],
    &["stand", "with"],
    &["stand", "against"],
    &["standing", "with"],
    &["solidarity", "with"],
    &["speak", "out", "against"],
    &["call", "out"],
    &["calling", "out"],
    &["called", "out"],
    &["report", "this"],
    &["reported", "this"],
    &["i", "reported"],
    &["i've", "reported"],
    &["please", "report"],
    &["reported", "him"],
    &["reported", "her"],
    &["reported", "them"],
    &["reported", "it"],
    &["reporting", "this"],
    &["reported", "to"],
    &["no", "place", "for", "hate"],
    &["love", "not", "hate"],
    &["not", "in", "my", "name"],
    &["this", "is", "hate"],
    &["that", "is", "hate"],
    &["is", "hate", "speech"],
    &["is", "a", "hate", "crime"],
    &["this", "is", "racism"],
    &["that's", "racism"],
    &["this", "is", "racist"],
    &["that's", "racist"],
    &["thats", "racist"],
    &["so", "racist"],
    &["needs", "to", "stop"],
    &["has", "to", "stop"],
    &["must", "stop"],
    &["racist", "abuse"],
    &["homophobic", "abuse"],
    &["transphobic", "abuse"],
    &["antisemitic", "abuse"],
    &["islamophobic", "abuse"],
    &["hateful", "comments"],
    &["deeply", "hurtful"],
    &["hate", "has", "no", "home"],
    &["no", "to", "racism"],
    &["kick", "it", "out"],
    &["refugees", "welcome"],
    &["migrants", "welcome"],
    &["calling", "people"],
    &["don't", "you", "dare"],
    &["imagine", "thinking"],
    &["imagine", "saying"],
    &["imagine", "calling"],
    &["imagine", "telling"],
    &["imagine", "believing"],
    &["imagine", "being", "this"],
    &["can't", "believe", "people"],
    &["cannot", "believe", "people"],
    &["cant", "believe", "people"],
    &["why", "would", "anyone"],
    &["why", "would", "you", "call"],
    &["why", "would", "you", "say"],
    &["why", "do", "people", "call"],
    &["why", "do", "people", "say"],
    &["this", "is", "what", "racists"],
    &["sick", "of", "racists"],
    &["sick", "of", "people", "calling"],
    &["sick", "of", "people", "saying"],
    &["if", "you", "think"],
    &["if", "you", "believe"],
    &["foolish", "to", "think"],
    &["stupid", "to", "think"],
    &["wrong", "to", "think"],
    &["ridiculous", "to", "think"],
    &["no", "reason", "to", "believe"],
    &["no", "reason", "to", "think"],
    &["sick", "of", "hearing"],
    &["tired", "of", "hearing"],
    &["fed", "up", "of", "hearing"],
    &["fed", "up", "with", "hearing"],
    &["fooled", "if"],
    &["the", "myth", "that"],
    &["the", "idea", "that"],
    &["the", "notion", "that"],
    &["the", "lie", "that"],
    &["the", "stereotype", "that"],
    &["why", "should", "they", "not"],
    &["why", "shouldn't"],
    &["why", "do", "you", "think"],
    &["what", "makes", "you", "think"],
    &["a", "lie", "about"],
    &["what", "evidence"],
    &["what", "proof"],
    &["any", "evidence"],
    &["i", "do", "not", "agree"],
    &["i", "don't", "agree"],
    &["i", "disagree"],
    &["as", "you", "claim"],
    &["your", "statement"],
    &["your", "claim"],
    &["is", "false"],
    &["not", "true"],
    &["hate", "when", "people"],
    &["hate", "it", "when", "people"],
    &["people", "compare"],
    &["why", "does", "everyone"],
    &["why", "do", "people", "want"],
    &["people", "who", "call"],
    &["people", "who", "say"],
    &["those", "who", "call"],
    &["anyone", "who", "calls"],
];

/// Words that condemn when said of speech.
const CONDEMNATIONS: &[&str] = &[
    "disgusting",
    "cesspit",
    "cesspool",
    "vile",
    "wrong",
    "unacceptable",
    "shameful",
    "appalling",
    "horrible",
    "awful",
    "terrible",
    "sickening",
    "sick",
    "gross",
    "offensive",
    "hurtful",
    "harmful",
    "dangerous",
    "abhorrent",
    "despicable",
    "outrageous",
    "ignorant",
    "ignorance",
    "hateful",
    "evil",
    "cruel",
    "inhumane",
    "dehumanising",
    "dehumanizing",
    "bigoted",
    "racist",
    "homophobic",
    "transphobic",
    "islamophobic",
    "antisemitic",
    "sexist",
    "misogynistic",
    "misogynist",
    "ableist",
    "xenophobic",
    "bigotry",
    "racism",
    "hate",
    "lies",
    "lie",
    "false",
    "nonsense",
    "rubbish",
    "untrue",
    "myth",
    "slur",
    "slurs",
    "insult",
    "unfair",
    "pathetic",
    "stupid",
    "idiotic",
    "ridiculous",
    "cowardly",
    "disgraceful",
    "disgrace",
    "grim",
    "vicious",
    "nasty",
    "repugnant",
    "revolting",
    "unforgivable",
    "inexcusable",
    "not",
    "never",
    "bullshit",
    "garbage",
    "trash",
    "wild",
    "insane",
    "mad",
    "propaganda",
    "word",
    "term",
    "derogatory",
    "derogative",
    // v2.5: "posting '...' isn't clever, it's just contempt".
    "contempt",
    "hatred",
    "prejudice",
    "cruelty",
    "discrimination",
    "bullying",
];

/// Adverbs between a copula and a condemnation ("is *absolutely* disgusting").
const CONDEMNATION_GAP: &[&str] = &[
    "so",
    "really",
    "just",
    "deeply",
    "absolutely",
    "completely",
    "utterly",
    "totally",
    "fucking",
    "bloody",
    "beyond",
    "very",
    "truly",
    "pure",
    "plain",
    "straight",
    "up",
    "a",
    "an",
    "the",
    "such",
    "ok",
    "okay",
    "acceptable",
    "fine",
    "on",
    "right",
    "bit",
    "of",
    "little",
    "quite",
    "still",
    "pretty",
    "rather",
    "extremely",
    "incredibly",
    "highly",
    "kind",
    "sort",
    "cruel",
    "hate",
    "filled",
    "racist",
    "nasty",
    "offensive",
    "and",
];

/// Words that make a subject "speech" rather than a group.
const SPEECH_WORDS: &[&str] = &[
    "calling",
    "call",
    "called",
    "saying",
    "say",
    "said",
    "says",
    "claiming",
    "claim",
    "claims",
    "statements",
    "statement",
    "words",
    "word",
    "comments",
    "comment",
    "language",
    "rhetoric",
    "tweets",
    "tweet",
    "posts",
    "post",
    "remarks",
    "remark",
    "jokes",
    "joke",
    "slurs",
    "slur",
    "term",
    "terms",
    "phrase",
    "referring",
    "describing",
    "labelling",
    "labeling",
    "chants",
    "chanting",
    "graffiti",
    "messages",
    "message",
    "names",
    "views",
    "opinions",
    "opinion",
    "view",
    "attitude",
    "attitudes",
    "sentiment",
    "stereotype",
    "stereotypes",
    "stereotyping",
    "telling",
    "tell",
    "told",
    "shouting",
    "yelling",
    "generalisation",
    "generalization",
    "generalising",
    "generalizing",
    "comparing",
    "likening",
    "treating",
    "thinking",
    "believing",
    "implying",
    "suggesting",
    "headline",
    "headlines",
    "article",
    "video",
    "meme",
    "memes",
];

/// Copulas with a negation folded in.
const NEGATED_COPULAS: &[&str] = &["isn't", "isnt", "aren't", "arent", "wasn't", "wasnt"];

/// What "not ..." denies to condemn ("is not OK", "isn't acceptable").
const ACCEPTABLE: &[&str] = &[
    "ok",
    "okay",
    "acceptable",
    "right",
    "on",
    "funny",
    "fine",
    "true",
    "cool",
    "normal",
];

/// Nouns that make a predicate about a word ("is a slur", "is a hate term").
const WORD_NOUNS: &[&str] = &[
    "slur", "slurs", "term", "terms", "word", "words", "insult", "insults",
];

/// Adjectives that, said of a slur in the singular, are about the word ("is offensive").
const WORD_ADJECTIVES: &[&str] = &[
    "offensive",
    "derogatory",
    "derogative",
    "hurtful",
    "homophobic",
    "transphobic",
    "racist",
    "ableist",
    "unacceptable",
    "not",
];

/// Words in "-ing" that are not verbs, so they open no gerund subject.
const NOT_GERUNDS: &[&str] = &[
    "something",
    "anything",
    "everything",
    "nothing",
    "thing",
    "things",
    "morning",
    "evening",
    "building",
    "darling",
    "during",
    "according",
    "spring",
    "string",
    "sibling",
    "pudding",
    "wedding",
    "ceiling",
    "feeling",
    "king",
    "viking",
    "vikings",
    "travelling",
    "being",
];

/// Gerunds of hostile acts that make a sentence's subject an act the sentence may condemn
/// ("*threatening* Muslims is a crime") with no hostile word of the lexicon after them.
const HOSTILE_ACTS: &[&str] = &[
    "threatening",
    "mocking",
    "abusing",
    "harassing",
    "attacking",
    "insulting",
    "bullying",
    "targeting",
    "demonising",
    "demonizing",
    "dehumanising",
    "dehumanizing",
    "hating",
    "ridiculing",
    "belittling",
    "harming",
    "hurting",
    "assaulting",
    "intimidating",
    "trolling",
    "vilifying",
    "scapegoating",
    "slandering",
    "smearing",
    "excluding",
    "discriminating",
    "shaming",
];

/// Subjects that point back at speech ("*this* is disgusting", "*what he said* is vile").
const DEMONSTRATIVE_SUBJECTS: &[&str] = &["this", "that", "that's", "thats", "this's", "what"];

/// Words that side with whoever hates ("people who hate them are *right*").
const APPROVAL: &[&str] = &[
    "right", "correct", "based", "hero", "heroes", "patriot", "patriots", "legend", "legends",
    "brave", "true", "medal", "medals", "award", "reward", "salute", "thank", "thanks", "respect",
];

/// Heads of "who" clauses that are not protected groups ("*people* who say ... are idiots").
const WHO_HEADS: &[&str] = &[
    "people",
    "anyone",
    "anybody",
    "those",
    "someone",
    "somebody",
    "whoever",
    "everyone",
    "everybody",
    "racists",
    "bigots",
    "men",
    "guys",
    "idiots",
    "folk",
    "folks",
    "person",
    "man",
    "woman",
    "one",
    "ones",
];

/// Labels for someone who spreads hate ("you're a *bigot*").
const HATER_LABELS: &[&str] = &[
    "racist",
    "racists",
    "bigot",
    "bigots",
    "homophobe",
    "homophobic",
    "transphobe",
    "transphobic",
    "islamophobe",
    "islamophobic",
    "antisemite",
    "antisemitic",
    "xenophobe",
    "xenophobic",
    "misogynist",
    "sexist",
    "nazi",
    "fascist",
    "bigoted",
    "ableist",
];
const HATER_ADDRESS: &[&str] = &[
    "you", "you're", "youre", "ur", "he's", "she's", "hes", "shes", "what", "such", "total",
    "absolute",
];

/// How many tokens before a copula its subject is looked for.
const SUBJECT_REACH: usize = 24;

/// Where the subject of the copula at `copula` may start: its sentence's start, but at most
/// [`SUBJECT_REACH`] tokens back, so that a sentence of thousands of words costs no more per
/// copula than a short one.
fn subject_start(view: &TokenView<'_>, copula: usize) -> usize {
    let start = view
        .sentence_start(copula)
        .max(copula.saturating_sub(SUBJECT_REACH));
    // "Said it before and I'll say it again: Muslims are ...": what precedes a colon
    // announces the clause, it is not its subject.
    (start..copula)
        .rev()
        .find(|&k| matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Punct(':'))))
        .map_or(start, |colon| colon + 1)
}

/// In-group markers before a reclaimable slur.
const IN_GROUP_BEFORE: &[&str] = &[
    "my",
    "ma",
    "mah",
    "our",
    "we",
    "us",
    "we're",
    "i'm",
    "im",
    "proud",
    "fellow",
    "am",
    "as",
    // "I call *myself* a tranny"
    "myself",
    "ourselves",
];
/// Prepositions that make the slur after an in-group marker the object of something.
/// Nouns of quantity in "a couple of ...", which name the writer and others together.
const QUANTITIES: &[&str] = &["couple", "pair", "bunch", "pack", "gang", "load", "lot"];
const OBJECT_MARKERS: &[&str] = &[
    "of", "about", "at", "against", "for", "from", "by", "than", "with", "towards", "toward",
];
/// Words between an in-group marker and a slur that point the slur at someone else ("I'm not
/// *calling that* ...").
const POINTING_WORDS: &[&str] = &[
    "that", "this", "those", "these", "call", "calling", "called", "calls", "you", "u", "ya",
];
/// In-group markers after a reclaimable slur ("trannies *like me*" is matched separately).
const IN_GROUP_AFTER: &[&str] = &["myself", "ourselves", "army", "pride"];

/// Cues that a post is music or lyrics.
const ARTISTIC_CUES: &[&[&str]] = &[
    &["lyrics"],
    &["lyric"],
    &["verse"],
    &["verses"],
    &["bars"],
    &["new", "track"],
    &["this", "track"],
    &["the", "track"],
    &["track", "out"],
    &["song"],
    &["songs"],
    &["tune"],
    &["banger"],
    &["music", "video"],
    &["video", "out"],
    &["official", "video"],
    &["new", "drill"],
    &["drill", "track"],
    &["drill", "video"],
    &["drill", "music"],
    &["drill", "song"],
    &["drill", "tune"],
    &["freestyle"],
    &["mixtape"],
    &["album"],
    &["out", "now"],
    &["prod", "by"],
    &["🎵"],
    &["🎶"],
    &["🎤"],
    &["🎧"],
    &["spotify"],
    &["soundcloud"],
    &["audiomack"],
    &["snippet"],
    &["remix"],
    &["feat"],
    &["ft"],
    &["featuring"],
    &["rap"],
    &["rapper"],
    &["grime"],
];

/// Cues that a post reports on weapon crime (news, courts, police) or campaigns against it,
/// rather than selling a weapon. Deliberately no bare "police" or
/// "ban": sellers write "before the ban" and "police can't touch us".
const REPORTING_CUES: &[&[&str]] = &[
    &["jailed"],
    &["arrested"],
    &["convicted"],
    &["sentenced"],
    &["charged", "with"],
    &["prosecuted"],
    &["pleaded", "guilty"],
    &["found", "guilty"],
    &["seized"],
    &["seize"],
    &["seizes"],
    &["confiscated"],
    &["amnesty"],
    &["amnesties"],
    &["surrender", "bin"],
    &["awareness"],
    &["knife", "crime"],
    &["knifefree"],
    &["lives", "not", "knives"],
    &["crimestoppers"],
    &["trading", "standards"],
    &["test", "purchase"],
    &["inquest"],
    &["appeal", "for", "witnesses"],
    &["police", "appeal"],
    &["report", "it"],
    &["report", "them"],
    &["report", "this"],
    &["ban", "zombie"],
    &["ban", "knives"],
    &["ban", "these"],
    &["should", "be", "banned"],
    &["must", "be", "banned"],
    &["need", "to", "be", "banned"],
    &["needs", "to", "be", "banned"],
    &["petition"],
    &["campaigners"],
];

/// Which list a cue phrase comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Standalone,
    Passive,
    Active,
    Sentence,
    Meta,
    Artistic,
}

/// Every cue phrase, indexed by its first word, so a post is scanned once however long the
/// lists grow.
struct CueIndex {
    by_first: HashMap<&'static str, Vec<(Cue, &'static [&'static str])>>,
}

fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_first: HashMap<&'static str, Vec<(Cue, &'static [&'static str])>> =
            HashMap::new();
        let lists: [(Cue, &'static [&'static [&'static str]]); 6] = [
            (Cue::Standalone, STANDALONE_CONDEMNATIONS),
            (Cue::Passive, PASSIVE_FRAMES),
            (Cue::Active, ACTIVE_FRAMES),
            (Cue::Sentence, SENTENCE_FRAMES),
            (Cue::Meta, META_CUES),
            (Cue::Artistic, ARTISTIC_CUES),
        ];
        for (cue, list) in lists {
            for phrase in list {
                if let Some(first) = phrase.first() {
                    by_first.entry(first).or_default().push((cue, phrase));
                }
            }
        }
        CueIndex { by_first }
    })
}

/// The cues found in one post: for each kind, the longest phrase starting at each token.
#[derive(Default)]
struct Cues {
    found: Vec<(usize, Cue, usize)>,
}

impl Cues {
    fn find(view: &TokenView<'_>) -> Self {
        let index = cue_index();
        let mut found = Vec::new();
        for i in 0..view.tokens.len() {
            let Some(candidates) = index.by_first.get(view.word(i)) else {
                continue;
            };
            // "Too stupid to think for themselves" says what someone is, where "stupid to
            // think that" judges a belief.
            let degree = i.checked_sub(1).is_some_and(|b| view.is(b, "too"));
            for kind in [
                Cue::Standalone,
                Cue::Passive,
                Cue::Active,
                Cue::Sentence,
                Cue::Meta,
                Cue::Artistic,
            ] {
                let longest = candidates
                    .iter()
                    .filter(|(c, p)| {
                        *c == kind && !(degree && p.get(1) == Some(&"to")) && phrase_at(view, i, p)
                    })
                    .map(|(_, p)| p.len())
                    .max();
                if let Some(len) = longest {
                    found.push((i, kind, len));
                }
            }
        }
        Self { found }
    }

    /// The longest cue of `kind` at token `i`, as its length in tokens.
    fn at(&self, i: usize, kind: Cue) -> Option<usize> {
        // Cues are found in token order, so those at `i` are looked up, not scanned for.
        let from = self.found.partition_point(|&(t, _, _)| t < i);
        self.found
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(t, _, _)| t == i)
            .find(|&&(_, k, _)| k == kind)
            .map(|&(_, _, len)| len)
    }

    /// All cues of `kind`, as (token, length).
    fn all(&self, kind: Cue) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.found
            .iter()
            .filter(move |(_, k, _)| *k == kind)
            .map(|&(t, _, len)| (t, len))
    }
}

/// The context detectors, run together so the post is tokenised once.
#[derive(Debug, Clone, Default)]
pub struct ContextDetector {
    reclaimable: HashSet<String>,
}

struct Evidence {
    first: usize,
    last: usize,
    id: String,
    text: String,
}

/// The evidence that starts at a token in `from..=to`. `evidence` is sorted by `first`
/// (`ContextDetector::evidence`), so a long post's cues each look at their own stretch of it
/// rather than at every finding in the post.
/// Whether evidence of signal `id` covers token `k`. Lexicon terms run a few words, so only
/// evidence starting shortly before `k` is looked at.
fn covers(evidence: &[Evidence], k: usize, id: &str) -> bool {
    starting_in(evidence, k.saturating_sub(MAX_TERM_TOKENS), k)
        .iter()
        .any(|e| e.last >= k && e.id == id)
}

/// Whether a group name covers token `k`. `groups` is sorted by first token.
fn names_group_at(groups: &[(usize, usize)], k: usize) -> bool {
    let to = groups.partition_point(|&(a, _)| a <= k);
    let from = groups
        .partition_point(|&(a, _)| a + MAX_TERM_TOKENS < k)
        .min(to);
    groups
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .any(|&(_, b)| k <= b)
}

/// The most tokens a lexicon term spans, for [`covers`] and [`names_group_at`].
const MAX_TERM_TOKENS: usize = 12;

fn starting_in(evidence: &[Evidence], from: usize, to: usize) -> &[Evidence] {
    let lo = evidence.partition_point(|e| e.first < from);
    let hi = evidence.partition_point(|e| e.first <= to).max(lo);
    &evidence[lo..hi]
}

struct Ids {
    negation: SignalId,
    quotation: SignalId,
    counter: SignalId,
    reclaimed: SignalId,
    homonym: SignalId,
    artistic: SignalId,
}

impl Ids {
    fn new() -> Option<Self> {
        Some(Self {
            negation: SignalId::parse("CTX_NEGATION").ok()?,
            quotation: SignalId::parse("CTX_QUOTATION").ok()?,
            counter: SignalId::parse("CTX_COUNTER_SPEECH").ok()?,
            reclaimed: SignalId::parse("CTX_RECLAIMED").ok()?,
            homonym: SignalId::parse("CTX_HOMONYM").ok()?,
            artistic: SignalId::parse("CTX_ARTISTIC").ok()?,
        })
    }
}

fn signal(id: &SignalId, span: Span, note: String) -> Signal {
    Signal {
        id: id.clone(),
        span: Some(span),
        category: None,
        target: None,
        severity: None,
        strength: 1.0,
        note,
    }
}

/// Whether the words starting at token `i` are `phrase` (punctuation in between breaks it).
fn phrase_at(view: &TokenView<'_>, i: usize, phrase: &[&str]) -> bool {
    !phrase.is_empty() && phrase.iter().enumerate().all(|(k, w)| view.is(i + k, w))
}

fn span_of(view: &TokenView<'_>, first: usize, last: usize) -> Option<Span> {
    let a = view.tokens.get(first)?;
    let b = view.tokens.get(last)?;
    Some(Span::new(a.orig.start, b.orig.end.max(a.orig.start)))
}

fn short(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

impl ContextDetector {
    /// Context detectors that know which slurs the lexicon marks `reclaimable`.
    #[must_use]
    pub fn new(lexicon: &Lexicon) -> Self {
        Self {
            reclaimable: lexicon.reclaimable_terms(),
        }
    }

    /// The lexicon's and the model's findings as token ranges, sorted by their first token
    /// (stable, so findings that start together keep the order they were found in).
    fn evidence(view: &TokenView<'_>, signals: &[Signal]) -> Vec<Evidence> {
        let mut evidence: Vec<Evidence> = signals
            .iter()
            .filter(|s| s.id.as_str().starts_with("LEX_") || s.id.as_str().starts_with("CLF_"))
            .filter(|s| !NOT_EVIDENCE.contains(&s.id.as_str()))
            .filter_map(|s| {
                let (first, last) = view.locate(s.span?)?;
                let text = view
                    .tokens
                    .get(first)
                    .zip(view.tokens.get(last))
                    .map(|(_, _)| {
                        (first..=last)
                            .map(|i| view.text(i))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })?;
                Some(Evidence {
                    first,
                    last,
                    id: s.id.as_str().to_owned(),
                    text,
                })
            })
            .collect();
        evidence.sort_by_key(|e| e.first);
        evidence
    }

    /// Whether the judgement at `k` vouches for what is said next: "it's not racist to say
    /// ...", "it's fair to say ...". The words after it are the writer's own claim, so they
    /// are neither reported speech nor condemned, and the "not" denies nothing in them. "It's
    /// racist to say ..." and "it's not fair to say ..." still condemn.
    fn vouches(view: &TokenView<'_>, k: usize) -> bool {
        if !view.is(k + 1, "to") || !view.is_any(k + 2, SAYING) {
            return false;
        }
        let negated = (k.saturating_sub(2)..k).any(|j| words::is_negator(view.text(j)));
        (negated && view.is_any(k, PREJUDICE_WORDS)) || (!negated && view.is_any(k, VOUCHING))
    }

    fn negation(view: &TokenView<'_>, evidence: &[Evidence], ids: &Ids, out: &mut Vec<Signal>) {
        let mut lexical: Vec<usize> = evidence
            .iter()
            .filter(|e| !e.id.starts_with("CLF_"))
            .map(|e| e.first)
            .collect();
        lexical.sort_unstable();
        // Which tokens a lexicon term covers, marked once: a post of thousands of negators
        // must not search every term for each.
        let mut in_term = vec![false; view.tokens.len()];
        for e in evidence.iter().filter(|e| !e.id.starts_with("CLF_")) {
            for slot in in_term.iter_mut().take(e.last + 1).skip(e.first) {
                *slot = true;
            }
        }
        for i in 0..view.tokens.len() {
            let word = view.text(i);
            if view.tokens.get(i).is_none_or(|t| t.kind != Kind::Word) || !words::is_negator(word) {
                continue;
            }
            // "Stop pretending women aren't equal", "why pretend they aren't human": what is
            // pretended is denied, so a negator in it asserts the words after it.
            let pretended = (i.saturating_sub(6)..i).find(|&k| {
                view.is_any(k, PRETENDING)
                    && (k + 1..i).all(|j| view.tokens.get(j).is_some_and(|t| t.kind == Kind::Word))
            });
            // A negator inside a lexicon term is part of it ("not welcome", "aren't any
            // good"). A model's span is only the word that weighed most, and that word may be
            // the negator itself ("Jews *aren't* greedy"): it still negates what follows.
            if in_term.get(i).copied().unwrap_or(false) {
                // Pretending a good is denied ("... aren't human") affirms the good, so the
                // term that holds the denial is lowered like a negated one.
                if let Some(k) = pretended
                    && let Some(term) = starting_in(evidence, i, i)
                        .iter()
                        .find(|e| !e.id.starts_with("CLF_"))
                {
                    Self::push_negation(view, ids, (k, i - 1), term, out);
                }
                continue;
            }
            // ... and so does pretending that a negator reverses a good ("stop pretending
            // women aren't equal"), which the lexicon reports as a negated positive.
            if let Some(k) = pretended {
                if let Some(good) = starting_in(evidence, i + 1, i + NEGATION_REACH)
                    .iter()
                    .find(|e| e.id == "LEX_NEGATED_POSITIVE")
                {
                    Self::push_negation(view, ids, (k, i), good, out);
                }
                continue;
            }
            let mut cue_end = i;
            if view.is(i, "no") && view.is_any(i + 1, &["one", "longer"]) {
                cue_end = i + 1;
            }
            // "Don't (even) talk to me about migrants, ...": a dismissive opener, not a denial.
            let opener = (cue_end + 1..cue_end + 3)
                .find(|&k| view.is_any(k, &["talk", "start"]))
                .is_some_and(|k| view.is_any(k + 1, &["to", "me"]));
            // "Can't believe they're letting ...": disbelief at what happens, not its denial.
            // "Can't believe Muslims are ..." may deny a claim, so only a clause about what
            // someone does or lets happen counts.
            let disbelief = view.is_any(i, &["can't", "cant", "cannot", "couldn't", "couldnt"])
                && view.is(cue_end + 1, "believe")
                && view.is_any(
                    cue_end + 2,
                    &[
                        "they're", "theyre", "they", "we're", "we", "how", "it", "this", "there",
                        "there's", "someone", "anyone", "he", "she", "he's", "she's", "you",
                        "you're", "he'd", "she'd", "they'd", "you'd",
                    ],
                );
            // "No less vile than ..." intensifies; "not less intelligent than ..." denies
            // the comparative that is itself the evidence.
            let less_denied = view.is(cue_end + 1, "less")
                && starting_in(evidence, cue_end + 1, cue_end + 1)
                    .iter()
                    .any(|e| !e.id.starts_with("CLF_"));
            // "They never stop being useless": still useless.
            let unending = view.is(cue_end + 1, "stop") && view.is(cue_end + 2, "being");
            // "Can't wait for the day they're gone": eagerness for what follows.
            let eager = view.is(cue_end + 1, "wait")
                && (phrase_at(view, cue_end + 2, &["for", "the", "day"])
                    || (view.is_any(cue_end + 2, &["until", "till", "til"])
                        && view.is(cue_end + 3, "the")
                        && view.is(cue_end + 4, "day")));
            // "I can't express how much I hate ...", "you have no idea how much ...": a
            // feeling said to be beyond words, which only strengthens it.
            let beyond_words = (cue_end + 1..cue_end + 7).any(|k| {
                view.is(k, "how")
                    && view.is_any(k + 1, &["much", "deeply", "badly"])
                    && (cue_end + 1..k).all(|j| view.is_any(j, BEYOND_WORDS))
            });
            // "Nobody should stop people who beat up refugees": the denial is of stopping or
            // blaming, and the harm after it is wanted.
            let unopposed = view.is_any(
                cue_end + 1,
                &["should", "would", "will", "could", "can", "shall", "must"],
            ) && view.is_any(cue_end + 2, OPPOSING_VERBS);
            // "Stop pretending women aren't stupid", "why does everyone pretend they aren't
            // ...": what is pretended is denied, so the negator inside it asserts the words.
            // "You can never get rid of them", "can't get rid of them": a complaint that
            // they cannot be removed still wants them gone.
            let cannot_rid = (view.is_any(i, &["can't", "cant", "cannot", "couldn't", "couldnt"])
                || (i >= 1 && view.is_any(i - 1, &["can", "could"])))
                && phrase_at(view, cue_end + 1, &["get", "rid", "of"]);
            if (view.is_any(cue_end + 1, NEGATION_EXCEPTIONS) && !less_denied)
                || unending
                || eager
                || beyond_words
                || unopposed
                || cannot_rid
                || Self::is_double_negative(view, &lexical, i)
                || disbelief
                || (view.is(i, "nothing") && view.is_any(i + 1, &["but", "more", "short"]))
                // "Nothing against disabled people but ...": a disclaimer before the claim.
                || (view.is(i, "nothing")
                    && view.is(i + 1, "against")
                    && (i + 2..=view.sentence_end(i))
                        .take(DISCLAIMER_REACH)
                        .any(|k| view.is(k, "but")))
                || Self::is_superlative(view, i)
                || opener
            {
                continue;
            }
            if Self::is_rhetorical(view, i)
                || Self::is_hedge(view, i)
                || Self::asks_why_not_labelled(view, i)
                || (i + 1..=i + 2).any(|k| Self::vouches(view, k))
            {
                continue;
            }
            // "Can't even look at them *without* feeling disgust": two negatives, still the
            // hostile words after "without".
            let clause_of = |k: usize| view.tokens.get(k).map(|t| t.clause);
            let without = (cue_end + 1..=cue_end + NEGATION_REACH)
                .take_while(|&k| clause_of(k) == clause_of(i))
                .find(|&k| view.is(k, "without"));
            if let Some(w) = without
                && starting_in(evidence, w + 1, w + NEGATION_REACH)
                    .iter()
                    .any(|e| !e.id.starts_with("CLF_"))
            {
                continue;
            }
            // "Gay men will never be normal": the negator reverses a positive word, which is
            // the derogation itself (the lexicon reports it); it denies nothing hostile.
            if crate::text::negated_positive(view, i).is_some()
                || crate::text::unwanted_presence(view, i).is_some()
            {
                continue;
            }
            let Some(clause) = view.tokens.get(i).map(|t| t.clause) else {
                continue;
            };
            // "Don't talk about refugees *as if* they were vermin": what is denied is the
            // comparison, which may end further on.
            let compared = (cue_end + 1..=cue_end + NEGATION_REACH)
                .find(|&k| view.is(k, "as") && view.is_any(k + 1, &["if", "though"]));
            // "I don't believe *for a second* that ...": the denial reaches past the phrase.
            let moment = (cue_end + 1..=cue_end + 3).find(|&k| {
                view.is(k, "for")
                    && view.is_any(k + 1, &["a", "one"])
                    && view.is_any(k + 2, &["second", "moment", "minute"])
            });
            let for_a_moment = moment.is_some();
            let reach = if compared.is_some() || for_a_moment {
                NEGATION_REACH + COMPARISON_REACH
            } else {
                NEGATION_REACH
            };
            let target = starting_in(evidence, cue_end + 1, cue_end + reach).first();
            let Some(target) = target else { continue };
            // "Nobody takes them seriously *when* they're this brainless": a subordinate
            // clause has its own polarity ("not *because* they're ..." is still denied).
            let interrupted = (cue_end + 1..target.first).any(|k| {
                view.tokens.get(k).is_none_or(|t| t.clause != clause)
                    || view.is_hard_break(k)
                    || view.is_soft_break(k)
                    || (k > cue_end + 1 && view.is_any(k, words::SUBORDINATORS))
            });
            if interrupted
                || view
                    .tokens
                    .get(target.first)
                    .is_none_or(|t| t.clause != clause)
            {
                continue;
            }
            // The policy's window counts from the cue's end: a comparison's cue runs to "if".
            let cue_end = match (compared, moment) {
                (Some(k), _) if k < target.first => k + 1,
                (_, Some(k)) if k + 2 < target.first => k + 2,
                _ => cue_end,
            };
            Self::push_negation(view, ids, (i, cue_end), target, out);
        }
    }

    /// "I've never met a woman who *wasn't* lazy", "there isn't a single one who isn't a
    /// thief": a negated relative clause inside a negated clause says it of all of them, so
    /// neither negator denies anything. "Never met one who wasn't kind" is praise, and no
    /// hostile word is there for the negators to release.
    /// `lexical` holds the first token of each lexicon finding, sorted.
    fn is_double_negative(view: &TokenView<'_>, lexical: &[usize], i: usize) -> bool {
        // Not "I" or "we": "I don't hate them and I don't think they're ..." is two denials.
        const RELATIVES: &[&str] = &["who", "that", "which"];
        let sentence = |k: usize| view.tokens.get(k).map(|t| t.sentence);
        // "who wasn't", "who was not", "that does not".
        let relative_negator = |k: usize| {
            k >= 1
                && (view.is_any(k - 1, RELATIVES)
                    || (k >= 2
                        && view.is_any(k - 2, RELATIVES)
                        && view.is_any(k - 1, &["is", "was", "are", "were", "does", "do", "did"])))
                && words::is_negator(view.text(k))
                && !view.is_any(k, &["no", "nothing", "never"])
        };
        let hostile_after = |k: usize| {
            let from = lexical.partition_point(|&first| first <= k);
            lexical.get(from).is_some_and(|&first| first <= k + 4)
        };
        if relative_negator(i) {
            // The inner one: an outer negator earlier in the sentence, before the relative.
            // "Have you ever met one who wasn't ...?", "is there a single one who isn't
            // ...?", "show me one who isn't ...": a challenge to find one says there is none.
            let challenge = |k: usize| {
                (view.is(k, "ever") && view.is_any(k + 1, SIGHTINGS))
                    || (view.is_any(k, &["show", "find", "name"])
                        && view.is_any(k + 1, &["me", "one", "a", "us"]))
                    || (view.is_any(k, &["is", "was"])
                        && view.is(k + 1, "there")
                        && view.is_any(k + 2, &["a", "one", "any", "anyone"]))
            };
            return hostile_after(i)
                && (i.saturating_sub(8)..i - 1).any(|k| {
                    sentence(k) == sentence(i)
                        && (words::is_negator(view.text(k)) || challenge(k))
                        && !view.is_hard_break(k)
                });
        }
        // The outer one: a negated relative clause a few words on.
        (i + 2..=i + 8)
            .any(|k| sentence(k) == sentence(i) && relative_negator(k) && hostile_after(k))
    }

    /// "Nothing lowers house prices faster than ...", "there is no group I loathe more than
    /// ...", "I've never hated anything as much as I hate ...": a superlative, not a denial.
    /// "No woman is less capable than a man" and "they are never as bad as people say" do
    /// deny, so after "no" the speaker must be the one comparing, and after "never" the
    /// comparison must be with anything or anyone at all.
    fn is_superlative(view: &TokenView<'_>, i: usize) -> bool {
        if !view.is_any(i, &["nothing", "nobody", "no", "never"]) {
            return false;
        }
        (i + 2..i + 10).any(|k| {
            let compares =
                view.is(k, "than") || (view.is(k, "as") && (i + 1..k).any(|j| view.is(j, "as")));
            let words = || {
                (i + 1..k).all(|j| {
                    view.tokens
                        .get(j)
                        .is_some_and(|t| t.kind == Kind::Word && !view.is_hard_break(j))
                })
            };
            let between = |any: &[&str]| (i + 1..k).any(|j| view.is_any(j, any));
            compares
                && words()
                && match view.text(i) {
                    "no" => between(&["i", "we"]),
                    "never" => between(&["anything", "anyone", "anybody", "any"]),
                    _ => true,
                }
        })
    }

    /// Reports the negation cue at tokens `cue` (inclusive) before the evidence `target`.
    fn push_negation(
        view: &TokenView<'_>,
        ids: &Ids,
        cue: (usize, usize),
        target: &Evidence,
        out: &mut Vec<Signal>,
    ) {
        if let Some(span) = span_of(view, cue.0, cue.1) {
            let words = view.original_text(cue.0, cue.1);
            out.push(signal(
                &ids.negation,
                span,
                format!("negation \"{words}\" before \"{}\"", short(&target.text)),
            ));
        }
    }

    /// "Stop talking about refugees as if they were vermin", "people need to stop acting like
    /// trans women are predators": a call to stop a way of speaking of someone, by a
    /// comparison, denies the comparison. Reported as negation over "stop ... like". Only a
    /// hostile lexicon term counts as what is compared to: "stop treating them like humans"
    /// has none, and a model's finding alone is not enough to lower.
    fn stopped_comparison(
        view: &TokenView<'_>,
        evidence: &[Evidence],
        ids: &Ids,
        out: &mut Vec<Signal>,
    ) {
        for i in 0..view.tokens.len() {
            if !view.is_any(i, &["stop", "quit"]) || !view.is_any(i + 1, STOPPED_WAYS) {
                continue;
            }
            let Some(clause) = view.tokens.get(i).map(|t| t.clause) else {
                continue;
            };
            let open = |k: usize| {
                view.tokens.get(k).is_some_and(|t| t.clause == clause)
                    && !view.is_hard_break(k)
                    && !view.is_soft_break(k)
            };
            let comparison = (i + 2..=i + 1 + NEGATION_REACH)
                .take_while(|&k| open(k))
                .find(|&k| {
                    view.is(k, "like")
                        || (view.is(k, "as") && view.is_any(k + 1, &["if", "though"]))
                });
            let Some(k) = comparison else { continue };
            let cue_end = if view.is(k, "like") { k } else { k + 1 };
            let target = starting_in(evidence, cue_end + 1, cue_end + NEGATION_REACH)
                .iter()
                .find(|e| !e.id.starts_with("CLF_"));
            let Some(target) = target else { continue };
            if !(cue_end + 1..=target.first).all(open) {
                continue;
            }
            Self::push_negation(view, ids, (i, cue_end), target, out);
        }
    }

    /// "Why does everyone *pretend* trans people *aren't* freaks?": pretending at `k` that a
    /// hostile word is untrue asserts it, so the question condemns no one. "... pretend they
    /// aren't human" (a denied good, one lexicon term with its negator) still condemns.
    fn pretends_denial(view: &TokenView<'_>, evidence: &[Evidence], k: usize) -> bool {
        if !view.is_any(k, PRETENDING) {
            return false;
        }
        (k + 1..=view.sentence_end(k)).take(12).any(|j| {
            words::is_negator(view.text(j))
                && !starting_in(evidence, j.saturating_sub(8), j)
                    .iter()
                    .any(|e| e.last >= j)
        })
    }

    /// "I'm not saying they are vermin, but ..." denies in order to assert.
    fn is_hedge(view: &TokenView<'_>, i: usize) -> bool {
        let Some(sentence) = view.tokens.get(i).map(|t| t.sentence) else {
            return false;
        };
        view.is_any(i + 1, &["saying", "sayin", "being"])
            && (i + 2..view.tokens.len())
                .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.sentence == sentence))
                .any(|k| view.is(k, "but"))
    }

    /// "Aren't they just parasites?" and "Why don't we ...?" ask in order to assert.
    fn is_rhetorical(view: &TokenView<'_>, i: usize) -> bool {
        let Some(token) = view.tokens.get(i) else {
            return false;
        };
        if !view.is_question(token.sentence) || !view.is_any(i, words::QUESTION_AUXILIARIES) {
            return false;
        }
        let start = view.sentence_start(i);
        (start..i).all(|k| {
            view.is_any(k, words::WH_WORDS)
                || !matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Word))
        })
    }

    /// "How are trans people *not* classed as vermin by now?": asks why a label is not yet
    /// given, which is to give it.
    fn asks_why_not_labelled(view: &TokenView<'_>, i: usize) -> bool {
        const LABELLING: &[&str] = &[
            "classed",
            "classified",
            "considered",
            "called",
            "treated",
            "seen",
            "regarded",
            "labelled",
            "labeled",
            "listed",
            "deemed",
            "declared",
        ];
        view.is(i, "not")
            && view.is_any(i + 1, LABELLING)
            && view
                .tokens
                .get(i)
                .is_some_and(|t| view.is_question(t.sentence))
            && view.is_any(view.sentence_start(i), &["how", "why"])
    }

    fn quote_regions(view: &TokenView<'_>) -> Vec<(usize, usize)> {
        let norm_char_before =
            |i: usize| view.tokens.get(i).and_then(|t| view.text_before(t.start));
        let mut regions = Vec::new();
        let mut open_double: Option<usize> = None;
        let mut open_single: Option<usize> = None;
        for (i, token) in view.tokens.iter().enumerate() {
            let Kind::Punct(p) = token.kind else { continue };
            if DOUBLE_QUOTES.contains(&p) {
                match open_double.take() {
                    Some(open) => regions.push((open, i)),
                    None => open_double = Some(i),
                }
            } else if SINGLE_QUOTES.contains(&p) {
                let before = norm_char_before(i);
                let opens = before.is_none_or(|c| {
                    c.is_whitespace() || DOUBLE_QUOTES.contains(&c) || c == '(' || c == ':'
                });
                match open_single {
                    Some(open) if !opens || i > open + 1 => {
                        regions.push((open, i));
                        open_single = None;
                    }
                    None if opens => open_single = Some(i),
                    _ => {}
                }
            }
        }
        // An unclosed quotation runs to the end of its sentence.
        for open in [open_double, open_single].into_iter().flatten() {
            regions.push((open, view.sentence_end(open)));
        }
        regions
    }

    fn quotation(
        view: &TokenView<'_>,
        cues: &Cues,
        evidence: &[Evidence],
        ids: &Ids,
        out: &mut Vec<Signal>,
    ) -> Vec<(usize, usize)> {
        let regions = Self::quote_regions(view);
        for &(open, close) in &regions {
            let inside: Vec<&Evidence> = starting_in(evidence, open + 1, close)
                .iter()
                .filter(|e| e.last < close.max(open + 1) + 1)
                .collect();
            if inside.is_empty() {
                continue;
            }
            let word_count = (open + 1..close)
                .filter(|&k| {
                    matches!(
                        view.tokens.get(k).map(|t| t.kind),
                        Some(Kind::Word | Kind::Emoji)
                    )
                })
                .count();
            let mention = {
                let (from, to) = (view.sentence_start(open), view.sentence_end(close));
                (from..=to).any(|k| (k < open || k > close) && view.is_any(k, MENTION_WORDS))
            };
            if (word_count >= 2 || mention)
                && let Some(span) = span_of(view, open, close)
            {
                let quoted = view.original_text(open + 1, close.saturating_sub(1).max(open + 1));
                out.push(signal(
                    &ids.quotation,
                    span,
                    format!("quotation marks around \"{}\"", short(quoted)),
                ));
            }
        }
        Self::mentions(view, cues, evidence, ids, out);
        for (i, len) in cues.all(Cue::Sentence) {
            let (start, end) = (view.sentence_start(i), view.sentence_end(i));
            let inside = starting_in(evidence, start, end)
                .iter()
                .find(|e| e.last <= end && (e.last < i || e.first >= i + len));
            if let (Some(first), Some(span)) = (inside, span_of(view, start, end)) {
                out.push(signal(
                    &ids.quotation,
                    span,
                    format!(
                        "reported words (\"{}\") around \"{}\"",
                        view.original_text(i, i + len - 1),
                        short(&first.text)
                    ),
                ));
            }
        }
        // Reported speech without quotation marks.
        let mut frames: Vec<(usize, usize, bool)> = cues
            .all(Cue::Passive)
            .map(|(i, len)| (i, len, true))
            .chain(cues.all(Cue::Active).map(|(i, len)| (i, len, false)))
            .collect();
        frames.sort_unstable();
        frames.dedup_by_key(|f| f.0);
        for (i, len, passive) in frames {
            if !passive
                && (Self::first_person_speaker(view, i) || (i >= 2 && Self::vouches(view, i - 2)))
            {
                continue;
            }
            // "Just saying, ...", "not saying I'd do it myself but ...": the writer's own
            // aside, not someone else's words.
            if view.is_any(i, &["saying", "sayin", "sayin'"])
                && i >= 1
                && (view.is(i - 1, "just")
                    || (view.is(i - 1, "not")
                        && (view.sentence_start(i) + 1 >= i
                            || view.is_any(i - 2, &["i'm", "im", "am", "i"]))))
            {
                continue;
            }
            // "make-believe" is play-acting, not a belief someone reports.
            if view.is(i, "believe")
                && (i >= 1 && view.is(i - 1, "make") || i >= 2 && view.is(i - 2, "make"))
            {
                continue;
            }
            // "Don't you think ...?" asks the reader to agree; only a third party's belief is
            // reported. "Can't believe they're letting ..." is the writer's own disbelief.
            if view.is_any(i, &["think", "thinks", "believe", "believes"])
                && (i.saturating_sub(2)..i).any(|k| {
                    view.is_any(
                        k,
                        &[
                            "you", "u", "ya", "y'all", "don't", "dont", "do", "doesn't", "didn't",
                            "can't", "cant", "cannot", "couldn't", "couldnt",
                        ],
                    )
                })
            {
                continue;
            }
            // "Who cares what they think, they're all ...": a clause about someone's views
            // that ends at the comma is the object of the writer's dismissal, and the words
            // after the comma are the writer's own.
            if view.is_any(
                i,
                &["think", "thinks", "believe", "believes", "say", "says"],
            ) && len == 1
                && view
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct(',')))
                && (i.saturating_sub(6)..i).any(|k| view.is(k, "what"))
            {
                continue;
            }
            // "Nothing they say *is* worth hearing", "... *can* ever be believed": the verb
            // closes a relative clause on the subject, and the words after it are the
            // writer's verdict on what was said. "What he said was ..." still reports, so the
            // subject must be a quantifier.
            if len == 1
                && view.is_any(
                    i + 1,
                    &[
                        "is", "isn't", "isnt", "was", "wasn't", "wasnt", "are", "aren't", "can",
                        "could", "will", "would", "should", "must", "ever",
                    ],
                )
                && (i.saturating_sub(5)..i).any(|k| {
                    view.is_any(k, &["nothing", "everything", "anything", "nobody", "none"])
                })
            {
                continue;
            }
            // "They can say whatever they like, they'll always be ...": what they may say is
            // waved away, and the words after it are the writer's own.
            if len == 1
                && view.is_any(i, &["say", "think", "believe", "claim"])
                && (view.is(i + 1, "whatever")
                    || (view.is(i + 1, "what")
                        && view.is_any(i + 3, &["like", "want", "wants", "likes"])))
            {
                continue;
            }
            // "Whatever they claim, they are liars": the concession ends at the comma.
            if len == 1
                && (i.saturating_sub(4)..i).any(|k| view.is(k, "whatever"))
                && view
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct(',')))
            {
                continue;
            }
            // "Who else thinks ...?" canvasses agreement; it reports no one's belief.
            if view.is_any(i, &["think", "thinks", "believe", "believes", "agrees"])
                && i >= 2
                && view.is(i - 1, "else")
                && view.is_any(i - 2, &["who", "anyone", "anybody"])
            {
                continue;
            }
            // "Wouldn't you say ...?" likewise asks the reader; "Why would you say ...?" is
            // still a challenge.
            if view.is_any(i, &["say", "agree", "reckon"])
                && i >= 2
                && view.is_any(i - 1, &["you", "u", "ya"])
                && view.is_any(
                    i - 2,
                    &[
                        "wouldn't", "wouldnt", "would", "don't", "dont", "do", "didn't", "won't",
                    ],
                )
                && (i < 3 || !view.is_any(i - 3, &["why", "how", "what"]))
            {
                continue;
            }
            let frame_end = i + len - 1;
            let Some(clause) = view.tokens.get(frame_end).map(|t| t.clause) else {
                continue;
            };
            // The reported words run to the end of the clause; a colon right after the frame
            // introduces them rather than ending them.
            let mut end = frame_end;
            let mut k = frame_end + 1;
            let mut clause_now = clause;
            while let Some(t) = view.tokens.get(k) {
                // Reported words are a phrase or two, not the rest of a run-on post.
                if t.sentence
                    != view
                        .tokens
                        .get(frame_end)
                        .map_or(t.sentence, |f| f.sentence)
                    || k > frame_end + REPORT_REACH
                    // "Everyone says they're fine, *yet* ...": the writer answers back.
                    || (k > frame_end + 1 && view.is_any(k, &["yet", "but", "however"]))
                {
                    break;
                }
                // "What the news says *about* Muslims, they're ...": a topic, not words.
                if view.is(frame_end + 1, "about")
                    && (view.is_soft_break(k) || t.clause != clause_now)
                {
                    break;
                }
                if t.clause != clause_now {
                    if k <= frame_end + 2
                        && view
                            .tokens
                            .get(k - 1)
                            .is_some_and(|p| matches!(p.kind, Kind::Punct(':' | ',')))
                    {
                        clause_now = t.clause;
                    } else {
                        break;
                    }
                }
                end = k;
                k += 1;
            }
            // "My dad always said ... and he was right": the writer makes the words their own.
            if Self::endorsed(view, frame_end, end) {
                continue;
            }
            let reported: Vec<&Evidence> = starting_in(evidence, frame_end + 1, end)
                .iter()
                .filter(|e| e.last <= end)
                .collect();
            // Post-posed attribution: "Muslims are vermin, he said."
            let before: Vec<&Evidence> =
                if reported.is_empty() && Self::is_post_posed(view, i, frame_end) {
                    starting_in(evidence, view.sentence_start(i), i)
                        .iter()
                        .filter(|e| e.last < i)
                        .collect()
                } else {
                    Vec::new()
                };
            if let Some(first) = reported.first() {
                if let Some(span) = span_of(view, i, end) {
                    out.push(signal(
                        &ids.quotation,
                        span,
                        format!(
                            "reported speech \"{}\" before \"{}\"",
                            view.original_text(i, frame_end),
                            short(&first.text)
                        ),
                    ));
                }
            } else if let Some(first) = before.first() {
                let start = view.sentence_start(i);
                if let Some(span) = span_of(view, start, frame_end) {
                    out.push(signal(
                        &ids.quotation,
                        span,
                        format!(
                            "reported speech \"{}\" after \"{}\"",
                            view.original_text(i, frame_end),
                            short(&first.text)
                        ),
                    ));
                }
            }
        }
        regions
    }

    /// Whether the writer agrees with reported words that follow the frame ending at `frame`
    /// and run to `end`, in a few words more: "... and he was right", "tbh she's got a point",
    /// "he's not wrong". The agreement names the speaker, so it is no part of what was said.
    fn endorsed(view: &TokenView<'_>, frame: usize, end: usize) -> bool {
        const SPEAKERS: &[&str] = &["he", "she", "they", "shes", "hes", "theyre"];
        const AGREEMENTS: &[&[&str]] = &[
            &["was", "right"],
            &["is", "right"],
            &["were", "right"],
            &["are", "right"],
            &["got", "a", "point"],
            &["has", "a", "point"],
            &["had", "a", "point"],
            &["was", "spot", "on"],
            &["is", "spot", "on"],
            &["isn't", "wrong"],
            &["isnt", "wrong"],
            &["wasn't", "wrong"],
            &["wasnt", "wrong"],
            &["was", "not", "wrong"],
            &["is", "not", "wrong"],
            &["not", "wrong"],
            &["right"],
        ];
        const OWN: &[&[&str]] = &[
            &["i", "agree"],
            &["and", "rightly", "so"],
            &["i", "agree", "with"],
        ];
        (frame + 1..end + 10).any(|k| {
            let contracted = view.is_any(k, &["he's", "she's", "they're"]);
            (view.is_any(k, SPEAKERS) || contracted)
                && AGREEMENTS.iter().any(|phrase| {
                    phrase_at(view, k + 1, phrase) && (phrase.len() > 1 || contracted)
                })
                || OWN.iter().any(|phrase| phrase_at(view, k, phrase))
        })
    }

    /// Slurs that are talked about rather than used: "the word ...", "terms like ...", "what is
    /// a ...?", or any slur in a post that is about words ("stop using racist terms").
    fn mentions(
        view: &TokenView<'_>,
        cues: &Cues,
        evidence: &[Evidence],
        ids: &Ids,
        out: &mut Vec<Signal>,
    ) {
        let slurs: Vec<&Evidence> = evidence.iter().filter(|e| e.id == "LEX_SLUR").collect();
        if slurs.is_empty() {
            return;
        }
        let metas: Vec<(usize, usize)> = cues.all(Cue::Meta).collect();
        let sentence_of = |k: usize| view.tokens.get(k).map_or(0, |t| t.sentence);
        // Per sentence, once: a rant of thousands of slurs in one sentence must not rescan it
        // for each.
        let mut doubtful_in: HashMap<u32, bool> = HashMap::new();
        for slur in slurs {
            // A post about words speaks of the slurs near it (same or next sentence), not of
            // every slur in a long rant. Cues are in text order, so the first one from the
            // sentence before is found by binary search.
            let slur_sentence = sentence_of(slur.first);
            let from = metas.partition_point(|&(m, _)| sentence_of(m) + 1 < slur_sentence);
            let meta = metas
                .get(from)
                .copied()
                .filter(|&(m, _)| sentence_of(m) <= slur_sentence + 1);
            let sentence_start = view.sentence_start(slur.first);
            let sentence = slur_sentence;
            let doubtful = *doubtful_in.entry(sentence).or_insert_with(|| {
                view.is_question(sentence)
                    || (sentence_start..=view.sentence_end(slur.first))
                        .any(|k| words::is_negator(view.text(k)) || view.is(k, "why"))
            });
            // "What's a muzzie?" asks about the word; "what's a muzzie doing here?" uses it.
            let asked = !matches!(
                view.tokens.get(slur.last + 1).map(|t| t.kind),
                Some(Kind::Word)
            ) || view.is_any(slur.last + 1, &["mean", "means", "anyway"]);
            let before = (slur.first.saturating_sub(3).max(sentence_start)..slur.first).find(|&k| {
                view.is_any(k, MENTION_BEFORE)
                    || (asked && view.is(k, "what") && view.is_any(k + 1, &["is", "'s", "does"]))
                    || (asked && view.is_any(k, &["what's", "whats"]))
                    // "Let's not call them ...", "Why do you call them ...?", "Please don't say ..."
                    // "I'm not calling *that* tranny a woman" points the word at someone.
                    || (doubtful
                        && view.is_any(k, &["call", "calling", "say", "saying", "called", "use", "using"])
                        && !(k + 1..slur.first).any(|j| view.is_any(j, &["that", "this", "those", "these"])))
            });
            // "I've taken 'slut' back", "spamming 'wetback' in chat": a slur quoted on its
            // own is a word being talked about.
            let quote_mark = |k: Option<usize>| {
                k.and_then(|k| view.tokens.get(k)).is_some_and(|t| {
                    matches!(t.kind, Kind::Punct(p) if DOUBLE_QUOTES.contains(&p) || SINGLE_QUOTES.contains(&p))
                })
            };
            // "so your a \"n*****\" fighter" still uses the word as a name for someone.
            let named = slur.first.checked_sub(2).is_some_and(|k| {
                view.is_any(
                    k,
                    &["a", "an", "the", "you", "ur", "your", "ya", "u", "some"],
                )
            });
            let quoted_alone =
                quote_mark(slur.first.checked_sub(1)) && quote_mark(Some(slur.last + 1)) && !named;
            let cue = match (before, meta) {
                (Some(k), _) => Some((k, slur.last, view.original_text(k, slur.last).to_owned())),
                (None, _) if quoted_alone => Some((
                    slur.first,
                    slur.last,
                    view.original_text(slur.first - 1, slur.last + 1).to_owned(),
                )),
                (None, Some((m, len))) => Some((
                    slur.first,
                    slur.last,
                    view.original_text(m, m + len - 1).to_owned(),
                )),
                (None, None) => None,
            };
            if let Some((first, last, cue)) = cue
                && let Some(span) = span_of(view, first, last)
            {
                out.push(signal(
                    &ids.quotation,
                    span,
                    format!("slur mentioned as a word (\"{}\")", short(&cue)),
                ));
            }
        }
    }

    fn first_person_speaker(view: &TokenView<'_>, i: usize) -> bool {
        if i >= 1 && Self::only_one_who(view, i - 1) {
            return true;
        }
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 3 {
            k -= 1;
            steps += 1;
            if view.is_any(k, FIRST_PERSON) {
                return true;
            }
            if !view.is_any(k, SPEAKER_GAP) {
                return false;
            }
        }
        false
    }

    fn is_post_posed(view: &TokenView<'_>, i: usize, frame_end: usize) -> bool {
        let after_is_end = (frame_end + 1..=view.sentence_end(frame_end))
            .all(|k| !matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Word)));
        let comma_before = (i.saturating_sub(3)..i).any(|k| view.is_soft_break(k));
        // "..., whatever you say" waves the reader off; it attributes nothing.
        let dismissive = (i.saturating_sub(2)..i).any(|k| view.is(k, "whatever"));
        after_is_end && comma_before && !dismissive
    }

    fn counter_speech(
        view: &TokenView<'_>,
        cues: &Cues,
        evidence: &[Evidence],
        quotes: &[(usize, usize)],
        groups: &[(usize, usize)],
        ids: &Ids,
        out: &mut Vec<Signal>,
    ) {
        // Whether any evidence starts in the sentence of token `k`.
        let has_evidence_near = |k: usize| {
            !starting_in(evidence, view.sentence_start(k), view.sentence_end(k)).is_empty()
        };
        let mut emitted_sentences: HashSet<u32> = HashSet::new();
        let mut emit = |first: usize, last: usize, kind: &str, out: &mut Vec<Signal>| {
            let Some(sentence) = view.tokens.get(first).map(|t| t.sentence) else {
                return;
            };
            if emitted_sentences.contains(&sentence) || !has_evidence_near(first) {
                return;
            }
            if let Some(span) = span_of(view, first, last) {
                emitted_sentences.insert(sentence);
                out.push(signal(
                    &ids.counter,
                    span,
                    format!("{kind} \"{}\"", view.original_text(first, last)),
                ));
            }
        };
        for i in 0..view.tokens.len() {
            if let Some(len) = cues.at(i, Cue::Standalone) {
                if !Self::shame_on_group(view, evidence, quotes, groups, i)
                    && !Self::vouches(view, i)
                    && !Self::imagines_good(view, i, len)
                    && !Self::gives_a_reason(view, i)
                    && !Self::pretends_denial(view, evidence, i + len)
                {
                    emit(i, i + len - 1, "condemnation", out);
                }
                continue;
            }
            // "If you call a disabled person a ... you are a bully": the words are mentioned
            // in a condition whose consequence condemns whoever says them.
            if let Some(end) = Self::if_you_say_then_condemned(view, evidence, i) {
                emit(i, end, "condemnation", out);
                continue;
            }
            // "Hating black people has no place here".
            // "Statements like 'muslims are a disease' have no place here" too.
            if view.is_any(i, &["has", "have"])
                && view.is(i + 1, "no")
                && view.is(i + 2, "place")
                && (Self::act_subject(view, evidence, i, false)
                    || Self::subject_is_speech(view, evidence, quotes, groups, i, i + 2))
            {
                emit(i, i + 2, "condemnation", out);
                continue;
            }
            // "Hating trans women doesn't make you tough": a hostile act said to make no one
            // better.
            if view.is_any(i, &["doesn't", "doesnt", "won't", "wont"])
                && view.is(i + 1, "make")
                && view.is_any(i + 2, &["you", "anyone", "somebody", "someone"])
                && Self::act_subject(view, evidence, i, true)
            {
                emit(i, i + 2, "condemnation", out);
                continue;
            }
            // "Hating women says more about you than about them".
            if view.is_any(i, &["says", "tells"])
                && (i + 1..i + 6)
                    .any(|k| view.is(k, "about") && view.is_any(k + 1, &["you", "yourself"]))
                && Self::act_subject(view, evidence, i, true)
            {
                emit(i, i, "condemnation", out);
                continue;
            }
            // "Anyone who hates immigrants needs to look in the mirror": the hatred belongs
            // to whoever the sentence speaks of, not to its writer.
            if let Some(end) = Self::generic_hater(view, evidence, i) {
                emit(i, end, "speaks of whoever hates", out);
                continue;
            }
            // "you're a bigot", "what a racist"
            if view.is_any(i, HATER_LABELS) {
                let addressed = (i.saturating_sub(3)..i).any(|k| view.is_any(k, HATER_ADDRESS))
                    && !(i.saturating_sub(3)..i)
                        .any(|k| view.is_any(k, &["i'm", "im", "not", "i", "am"]));
                if addressed {
                    emit(
                        i.saturating_sub(2).max(view.sentence_start(i)),
                        i,
                        "calls out the speaker as",
                        out,
                    );
                    continue;
                }
            }
            // "Threatening to kill refugees is a crime": said of a hostile act only ("people who
            // ... are a crime against nature" is no condemnation of speech).
            if view.is_any(i, &["is", "'s", "was"])
                && view.is(i + 1, "a")
                && view.is_any(i + 2, &["crime", "criminal", "offence", "offense"])
                && !view.is(i + 3, "against")
                && Self::act_subject(view, evidence, i, true)
            {
                emit(i, i + 2, "condemnation", out);
                continue;
            }
            // "Threatening Muslims isn't free speech": denies a hostile act the defence.
            let denied = if view.is_any(i, NEGATED_COPULAS) {
                Some(i + 1)
            } else if view.is_any(i, &["is", "'s", "was"]) && view.is(i + 1, "not") {
                Some(i + 2)
            } else {
                None
            };
            if let Some(k) = denied
                && view.is(k, "free")
                && view.is(k + 1, "speech")
                && Self::act_subject(view, evidence, i, true)
            {
                emit(i, k + 1, "condemnation", out);
                continue;
            }
            if view.has(i, crate::text::class::COPULA)
                && let Some(end) = Self::condemnation_after(view, evidence, groups, i)
                && Self::subject_is_speech(view, evidence, quotes, groups, i, end)
            {
                emit(i, end, "condemnation", out);
            }
        }
    }

    /// If a condemnation (or, after a "who" subject, any insult) follows the copula at `i`,
    /// the index of its last token.
    fn condemnation_after(
        view: &TokenView<'_>,
        evidence: &[Evidence],
        groups: &[(usize, usize)],
        i: usize,
    ) -> Option<usize> {
        // "... isn't wrong" approves; only "isn't OK" and the like still condemn.
        if view.is_any(i, NEGATED_COPULAS) {
            let k = (i + 1..i + 3).find(|&k| !view.is_any(k, &["really", "just", "ever"]))?;
            return view.is_any(k, ACCEPTABLE).then_some(k);
        }
        let mut k = i + 1;
        let mut steps = 0;
        while steps < 4 && view.tokens.get(k).is_some() {
            if view.is_any(k, CONDEMNATIONS) && !(view.is(k, "not") || view.is(k, "never")) {
                return Some(k);
            }
            // "... is a conspiracy theory" (not "were conspiracy" in a rant's reported words).
            if view.is(k, "conspiracy") && view.is_any(k + 1, &["theory", "theories"]) {
                return Some(k + 1);
            }
            if (view.is(k, "not") || view.is(k, "never")) && view.is_any(k + 1, ACCEPTABLE) {
                return Some(k + 1);
            }
            if let Some(e) = starting_in(evidence, k, k)
                .iter()
                .find(|e| e.id == "LEX_DEHUMANISING" || e.id == "LEX_DEROGATORY")
            {
                // Insults count only for "people who ..." subjects; checked by the caller.
                return Self::who_subject(view, i, groups).then_some(e.last);
            }
            if !view.is_any(k, CONDEMNATION_GAP) {
                return None;
            }
            k += 1;
            steps += 1;
        }
        None
    }

    /// "Am I the only one who ...": the "who" stands for the speaker, so what follows is the
    /// speaker's own view, neither reported speech nor a subject being condemned.
    fn only_one_who(view: &TokenView<'_>, who: usize) -> bool {
        who >= 2 && view.is(who, "who") && view.is(who - 1, "one") && view.is(who - 2, "only")
    }

    /// "People who say ... are ...": a "who" clause whose head is not a protected group ("Gay
    /// *men* who ..." is said of the group).
    /// "..., but anyone with a brain knows *they're* dangerous", "women say they want to fit
    /// in, but *they'll* always be trash": a personal pronoun is the subject of the copula,
    /// so whatever stands before it (a "who" clause, a verb of saying) is not.
    fn pronoun_subject(view: &TokenView<'_>, copula: usize) -> Option<usize> {
        const PERSONAL: &[&str] = &[
            "they", "they're", "theyre", "they'll", "theyll", "they'd", "we", "we're", "we'll",
            "he", "he's", "he'll", "she", "she's", "she'll",
        ];
        if view.is_any(copula, PERSONAL) {
            return Some(copula);
        }
        let mut k = copula;
        for _ in 0..3 {
            k = k.checked_sub(1)?;
            if view.is_any(k, PERSONAL) {
                return Some(k);
            }
            if !view.is_any(
                k,
                &[
                    "always", "never", "just", "all", "really", "will", "would", "still", "'ll",
                ],
            ) {
                return None;
            }
        }
        None
    }

    fn who_subject(view: &TokenView<'_>, copula: usize, groups: &[(usize, usize)]) -> bool {
        if Self::pronoun_subject(view, copula).is_some() {
            return false;
        }
        let start = subject_start(view, copula);
        (start..copula).any(|k| {
            view.is(k, "who")
                && k > start
                && view.is_any(k - 1, WHO_HEADS)
                && !names_group_at(groups, k - 1)
                && !Self::only_one_who(view, k)
        }) || (start..copula).any(|k| view.is_any(k, &["whoever", "anyone", "anybody"]))
    }

    fn subject_is_speech(
        view: &TokenView<'_>,
        evidence: &[Evidence],
        quotes: &[(usize, usize)],
        groups: &[(usize, usize)],
        copula: usize,
        end: usize,
    ) -> bool {
        let start = subject_start(view, copula);
        // "Women say they want to fit in, *but they'll* always be trash": a new clause with a
        // pronoun for its subject says nothing of the speech before it.
        if Self::pronoun_subject(view, copula)
            .is_some_and(|p| view.is_any(p.wrapping_sub(1), &["but", "yet"]))
        {
            return false;
        }
        if Self::who_subject(view, copula, groups)
            || Self::act_subject(view, evidence, copula, true)
        {
            return true;
        }
        let words: Vec<usize> = (start..copula)
            .filter(|&k| matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Word)))
            .collect();
        // "Retard is still a hate term": the slur itself is the subject, so it is talked about
        // when what is said of it is about words. "Trannies are disgusting" says it of people.
        if !words.is_empty() && words.iter().all(|&k| covers(evidence, k, "LEX_SLUR")) {
            return Self::said_of_a_word(view, copula, end);
        }
        // "White genocide is a conspiracy theory": a code is only ever talked about when it is
        // the subject of a condemnation.
        if !words.is_empty() && words.iter().all(|&k| covers(evidence, k, "LEX_CODED")) {
            return true;
        }
        if words.is_empty() {
            // "That's disgusting", "It's vile": the copula carries the demonstrative.
            // An expletive "it's" introduces a clause ("it's disgusting that ...") and is no
            // reference to speech.
            return view.is_any(copula, &["that's", "thats", "this's"]);
        }
        if words.len() <= 3
            && words
                .first()
                .is_some_and(|&k| view.is_any(k, DEMONSTRATIVE_SUBJECTS))
            && !words.iter().any(|&k| covers(evidence, k, "LEX_IDENTITY"))
        {
            return true;
        }
        // "in my opinion", "my view": the speaker's own words, not someone else's.
        if words.iter().any(|&k| {
            view.is_any(k, SPEECH_WORDS) && !(k > 0 && view.is_any(k - 1, &["my", "our"]))
        }) {
            return true;
        }
        quotes
            .iter()
            .any(|&(open, close)| open >= start && close < copula)
    }

    /// Whether what the copula at `copula` says, up to the condemnation at `end`, is about a
    /// word rather than people: "is a slur", "is still a hate term", "is offensive" (singular
    /// copula only: "... are offensive" is said of people).
    fn said_of_a_word(view: &TokenView<'_>, copula: usize, end: usize) -> bool {
        let predicate = copula + 1..=end + 1;
        if predicate.clone().any(|k| view.is_any(k, WORD_NOUNS)) {
            return true;
        }
        view.is_any(copula, &["is", "'s", "was", "isn't", "wasn't"])
            && predicate
                .into_iter()
                .any(|k| view.is_any(k, WORD_ADJECTIVES))
    }

    /// Whether the sentence before `verb` is a gerund or "to"-infinitive subject that carries
    /// the hostile word: "*Hating black people* is wrong", "*To call someone a ...* is cruel".
    /// The act is what is condemned, not the group. A subject without hostile evidence
    /// ("Letting them in is wrong") is an opinion about a group, not counter-speech, unless
    /// not `hostile_only` (after "has no place", which cannot exclude an act's object).
    fn act_subject(
        view: &TokenView<'_>,
        evidence: &[Evidence],
        verb: usize,
        hostile_only: bool,
    ) -> bool {
        let start = view.sentence_start(verb);
        let mut first = start;
        while first < verb
            && (!matches!(view.tokens.get(first).map(|t| t.kind), Some(Kind::Word))
                || view.is_any(
                    first,
                    &["just", "simply", "openly", "even", "and", "so", "but"],
                ))
        {
            first += 1;
        }
        if first >= verb
            || view
                .tokens
                .get(first)
                .is_none_or(|t| t.clause != view.tokens.get(verb).map_or(u32::MAX, |v| v.clause))
        {
            return false;
        }
        // A gerund subject takes a singular verb; "Thieving gypsies *are* ..." opens with an
        // adjective in "-ing" (a hostile word of its own), not an act.
        if !view.is_any(
            verb,
            &[
                "is", "'s", "was", "isn't", "isnt", "wasn't", "has", "hasn't", "doesn't", "doesnt",
                "won't", "wont", "says", "tells",
            ],
        ) {
            return false;
        }
        let word = view.word(first);
        let gerund = word.len() > 5
            && word.ends_with("ing")
            && !view.is_any(first, NOT_GERUNDS)
            && !["LEX_DEROGATORY", "LEX_DEHUMANISING", "LEX_SLUR"]
                .iter()
                .any(|id| covers(evidence, first, id));
        let infinitive = word == "to" && first + 1 < verb;
        if !(gerund || (infinitive && hostile_only)) {
            return false;
        }
        !hostile_only
            || (gerund && view.is_any(first, HOSTILE_ACTS))
            || evidence
                .iter()
                .any(|e| !e.id.starts_with("CLF_") && e.first >= first && e.last < verb)
    }

    /// "Why would anyone hire them *when they're* this incompetent?": a question that gives
    /// its own hostile reason is no condemnation.
    fn gives_a_reason(view: &TokenView<'_>, i: usize) -> bool {
        view.is(i, "why")
            && (i + 3..=view.sentence_end(i)).any(|k| {
                view.is_any(k, &["when", "because", "since", "cos", "cause"])
                    && view.is_any(k + 1, &["they", "they're", "theyre", "they'll", "they've"])
            })
    }

    /// "Anyone who hates ...", "whoever threatens ...", "people who hate ... need help": a
    /// sentence opening with someone unnamed whose relative clause holds the hostile words.
    /// Returns the cue's last token ("who"). Not when the sentence approves of them ("...
    /// are right").
    fn generic_hater(view: &TokenView<'_>, evidence: &[Evidence], i: usize) -> Option<usize> {
        if i != view.sentence_start(i)
            || !view.is_any(
                i,
                &[
                    "anyone", "anybody", "whoever", "people", "those", "everyone",
                ],
            )
        {
            return None;
        }
        let who = if view.is(i, "whoever") {
            i
        } else if view.is_any(i + 1, &["who", "that"]) {
            i + 1
        } else {
            return None;
        };
        let clause = view.tokens.get(who)?.clause;
        let held = starting_in(evidence, who + 1, who + 1).iter().any(|e| {
            !e.id.starts_with("CLF_")
                && view.tokens.get(e.first).is_some_and(|t| t.clause == clause)
        });
        let sentence = view.tokens.get(i)?.sentence;
        let approves = (who + 1..)
            .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.sentence == sentence))
            .any(|k| view.is_any(k, APPROVAL));
        (held && !approves).then_some(who)
    }

    /// "If you call/say/think ... you are a bully / the problem / wrong": returns the last
    /// token of the condemnation when the condition at `i` holds the hostile words.
    fn if_you_say_then_condemned(
        view: &TokenView<'_>,
        evidence: &[Evidence],
        i: usize,
    ) -> Option<usize> {
        const SAY: &[&str] = &[
            "call", "say", "think", "believe", "use", "shout", "tell", "post", "write", "tweet",
            "treat", "mock", "abuse",
        ];
        const YOU_ARE: &[&str] = &["you're", "youre", "ur", "you'r"];
        const VERDICTS: &[&str] = &[
            "bully",
            "bigot",
            "racist",
            "homophobe",
            "transphobe",
            "islamophobe",
            "antisemite",
            "xenophobe",
            "misogynist",
            "sexist",
            "ableist",
            "problem",
            "wrong",
            "coward",
            "disgrace",
            "part",
            "scum",
            "idiot",
            "nazi",
            "fascist",
            "hateful",
            "cruel",
        ];
        if !(view.is(i, "if") && view.is_any(i + 1, &["you", "u", "ya"]) && view.is_any(i + 2, SAY))
        {
            return None;
        }
        let sentence = view.tokens.get(i)?.sentence;
        let end = view.sentence_end(i);
        let mut k = i + 3;
        while k <= end && view.tokens.get(k).is_some_and(|t| t.sentence == sentence) {
            let be = if view.is_any(k, &["you", "u"]) && view.is_any(k + 1, &["are", "r"]) {
                Some(k + 1)
            } else if view.is_any(k, YOU_ARE) {
                Some(k)
            } else {
                None
            };
            if let Some(be) = be {
                let held = starting_in(evidence, i + 3, k)
                    .iter()
                    .any(|e| !e.id.starts_with("CLF_") && e.last < k);
                let verdict = (be + 1..=be + 3)
                    .take_while(|&j| {
                        view.is_any(j, VERDICTS)
                            || view
                                .is_any(j, &["a", "an", "the", "just", "nothing", "but", "being"])
                    })
                    .find(|&j| view.is_any(j, VERDICTS));
                return held.then_some(verdict).flatten();
            }
            k += 1;
        }
        None
    }

    /// "All trannies should be ashamed": a condemnation that needs no subject, said of a
    /// group or a slur (and not of people who said something) is no counter-speech.
    /// "Imagine thinking trans women have anything *useful* to say": mocking the thought
    /// that a group has some good derides the group, where "imagine thinking they're vermin"
    /// derides the hater.
    fn imagines_good(view: &TokenView<'_>, i: usize, len: usize) -> bool {
        if !view.is(i, "imagine") {
            return false;
        }
        let Some(sentence) = view.tokens.get(i).map(|t| t.sentence) else {
            return false;
        };
        (i + len..i + len + IMAGINED_REACH)
            .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.sentence == sentence))
            .any(|k| view.is_any(k, crate::text::words::POSITIVES))
    }

    fn shame_on_group(
        view: &TokenView<'_>,
        evidence: &[Evidence],
        quotes: &[(usize, usize)],
        groups: &[(usize, usize)],
        i: usize,
    ) -> bool {
        let shame = phrase_at(view, i, &["should", "be", "ashamed"])
            || phrase_at(view, i, &["ought", "to", "be", "ashamed"]);
        if !shame || Self::who_subject(view, i, groups) {
            return false;
        }
        let Some(clause) = view.tokens.get(i).map(|t| t.clause) else {
            return false;
        };
        let subject: Vec<usize> = (subject_start(view, i)..i)
            .filter(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
            .filter(|&k| matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Word)))
            .collect();
        if subject.iter().any(|&k| view.is_any(k, SPEECH_WORDS))
            || quotes
                .iter()
                .any(|&(open, _)| subject.contains(&(open + 1)))
        {
            return false;
        }
        subject
            .iter()
            .any(|&k| names_group_at(groups, k) || covers(evidence, k, "LEX_SLUR"))
    }

    fn reclaimed(
        &self,
        view: &TokenView<'_>,
        evidence: &[Evidence],
        ids: &Ids,
        out: &mut Vec<Signal>,
    ) {
        for e in evidence.iter().filter(|e| e.id == "LEX_SLUR") {
            let slur = view
                .tokens
                .get(e.first)
                .zip(view.tokens.get(e.last))
                .and_then(|(a, b)| view.normalised(a.start, b.end));
            if !slur.is_some_and(|s| self.reclaimable.contains(s)) {
                continue;
            }
            let Some(clause) = view.tokens.get(e.first).map(|t| t.clause) else {
                continue;
            };
            // "We're a couple of happy dykes": a quantity is part of the name, not an object.
            let quantity = (e.first.saturating_sub(5)..e.first)
                .find(|&j| {
                    view.is(j, "a") && view.is_any(j + 1, QUANTITIES) && view.is(j + 2, "of")
                })
                .map_or(0, |_| 3);
            // "As a big ol' homo", "I am a pumpkin bread slut": "as a" and "am" may stand one
            // word further off, and "proud to be a big old dyke" three.
            let before = (e.first.saturating_sub(6 + quantity)..e.first)
                .rev()
                .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
                .find(|&k| {
                    let proud_to_be = view.is(k, "proud")
                        && view.is(k + 1, "to")
                        && view.is(k + 2, "be")
                        && view.is_any(k + 3, &["a", "an"]);
                    let near = e.first - quantity;
                    if k + 4 < near && !proud_to_be {
                        return false;
                    }
                    if k + 4 == near
                        && !view.is_any(k, &["as", "am", "i'm", "im", "are", "we", "us"])
                        && !proud_to_be
                    {
                        return false;
                    }
                    // "as" only in "as a ...", "am" only in "I am ...".
                    let as_a = !view.is(k, "as") || view.is_any(k + 1, &["a", "an"]);
                    let i_am = !view.is(k, "am") || (k > 0 && view.is(k - 1, "i"));
                    // "My girlfriend and I are the token dykes", "me and my wife are ...":
                    // "are" only after a subject that takes in the writer.
                    let and_i_are = !view.is(k, "are")
                        || (k > 0 && view.is(k - 1, "i"))
                        || (k >= 3
                            && view.is_any(k - 3, &["me", "i"])
                            && view.is(k - 2, "and")
                            && view.is_any(k - 1, &["my", "our"]))
                        || (k >= 4
                            && view.is_any(k - 4, &["me", "i"])
                            && view.is(k - 3, "and")
                            && view.is_any(k - 2, &["my", "our"]));
                    // No preposition between marker and slur: in "we're sick *of* pakis" the
                    // slur is what the speaker is sick of, not what they are ("I'm a broke
                    // nig", "as an old dyke" are in-group).
                    let object = (k + 1..e.first).any(|j| {
                        view.is_any(j, OBJECT_MARKERS)
                            && !(j >= 2 && view.is(j - 2, "a") && view.is_any(j - 1, QUANTITIES))
                    });
                    // "I'm not calling *that* shemale 'she'", "get out of my shop*,* wog": a
                    // negator, a verb of naming, a pointing word or a comma between marker
                    // and slur makes the slur someone else.
                    // "I'm not a dyke", "I am gay no homo": denying the word of oneself is
                    // still about oneself.
                    let self_denial = view.is_any(k, &["i'm", "im", "am"]);
                    let pointed = (k + 1..e.first).any(|j| {
                        (words::is_negator(view.text(j)) && !self_denial)
                            || view.is_any(j, POINTING_WORDS)
                            || view.is_soft_break(j)
                    });
                    // "We had a dyke as a supply teacher": "we" must be what the slur names
                    // ("we dykes", "we are all dykes"), not the subject of another verb.
                    // "Us old queens and fairies": a noun joined to the slur by "and" is one of
                    // the names "we" go by.
                    let we_are = !view.is_any(k, &["we", "us"])
                        || (k + 1..e.first).all(|j| {
                            view.is_any(
                                j,
                                &[
                                    "are", "were", "all", "proud", "both", "'re", "old", "other",
                                    "and",
                                ],
                            ) || (view.is(j + 1, "and") && j + 2 == e.first)
                        });
                    (view.is_any(k, IN_GROUP_BEFORE) || view.is(k, "are"))
                        && as_a
                        && i_am
                        && and_i_are
                        && !object
                        && !pointed
                        && we_are
                })
                .or_else(|| Self::named_among_us(view, e.first));
            let after = (e.last + 1..=e.last + 3)
                .find(|&k| {
                    view.is_any(k, IN_GROUP_AFTER)
                        || (view.is(k, "and") && view.is(k + 1, "proud"))
                        || (k == e.last + 1
                            && view.is(k, "like")
                            && view.is_any(k + 1, &["me", "us"]))
                        // "Old-school tranny here, out since the 90s": introducing oneself,
                        // the slur opening the sentence.
                        || (k == e.last + 1
                            && view.is(k, "here")
                            && view
                                .tokens
                                .get(k + 1)
                                .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '.' | '!')))
                            && e.first <= view.sentence_start(e.first) + 4
                            && (view.sentence_start(e.first)..e.first)
                                .all(|j| !words::is_negator(view.text(j))))
                })
                // "trannies like me": the span takes the pronoun too.
                .map(|k| if view.is(k, "like") { k + 1 } else { k });
            let (first, last) = match (before, after) {
                (Some(b), _) => (b, e.last),
                (None, Some(a)) => (e.first, a),
                _ => continue,
            };
            if let Some(span) = span_of(view, first, last) {
                out.push(signal(
                    &ids.reclaimed,
                    span,
                    format!("in-group use \"{}\"", view.original_text(first, last)),
                ));
            }
        }
    }

    /// "We call *each other* wetbacks", "me and my mates call *ourselves* a bunch of poofs",
    /// "me and *the other* troons from the support group": the writer names themselves with
    /// the slur at `slur` among others who share it. Returns the first token of the marker.
    fn named_among_us(view: &TokenView<'_>, slur: usize) -> Option<usize> {
        let clause = view.tokens.get(slur)?.clause;
        let same_clause = |k: usize| view.tokens.get(k).is_some_and(|t| t.clause == clause);
        let called = (slur.saturating_sub(5)..slur).find(|&k| {
            let reflexive = view.is_any(k, &["ourselves", "myself", "themselves"])
                || (view.is(k, "each") && view.is(k + 1, "other"))
                || (view.is(k, "one") && view.is(k + 1, "another"));
            reflexive
                && k >= 1
                && view.is_any(k - 1, &["call", "calls", "called", "calling"])
                && same_clause(k - 1)
        });
        if let Some(k) = called {
            return Some(k - 1);
        }
        // "me and the other ...", "I and all the other ...", one adjective allowed.
        (slur.saturating_sub(2)..slur)
            .find(|&k| view.is_any(k, &["other", "others"]) && k >= 3)
            .filter(|&k| view.is(k - 1, "the"))
            .and_then(|k| {
                let and = if view.is(k - 2, "all") { k - 3 } else { k - 2 };
                (and >= 1 && view.is(and, "and") && view.is_any(and - 1, &["me", "i", "myself"]))
                    .then_some(and - 1)
            })
            .filter(|&k| same_clause(k))
    }

    /// "The dyke burst after the storm", "faggots and gravy": the ordinary sense of a word
    /// that is also a slur. The cue must be in the same sentence; the span is the slur itself,
    /// so only that finding is lowered.
    fn homonym(view: &TokenView<'_>, evidence: &[Evidence], ids: &Ids, out: &mut Vec<Signal>) {
        // The cues found per sentence and homonym, so a sentence of thousands of slurs is
        // read once per homonym rather than once per slur.
        let mut found: HashMap<(u32, usize), Vec<usize>> = HashMap::new();
        // A two-word slur is known by its last word ("camel *jockeys*").
        for e in evidence
            .iter()
            .filter(|e| e.id == "LEX_SLUR" && e.last <= e.first + 1)
        {
            let Some((which, cues)) = homonyms::cues_of(view.word(e.last)) else {
                continue;
            };
            let Some(sentence) = view.tokens.get(e.first).map(|t| t.sentence) else {
                continue;
            };
            let at = found.entry((sentence, which)).or_insert_with(|| {
                let start = view.sentence_start(e.first);
                let end = view.sentence_end(e.first);
                (start..=end)
                    .filter(|&k| view.tokens.get(k).is_some_and(|t| t.sentence == sentence))
                    .filter(|&k| homonyms::is_cue(cues, view.word(k)))
                    .take(2)
                    .collect()
            });
            // The cue is another word than the slur itself.
            let Some(&cue) = at.iter().find(|&&k| k < e.first || k > e.last) else {
                continue;
            };
            if let Some(span) = span_of(view, e.first, e.last) {
                out.push(signal(
                    &ids.homonym,
                    span,
                    format!(
                        "harmless sense of \"{}\" (\"{}\" nearby)",
                        view.original_text(e.first, e.last),
                        view.original_text(cue, cue)
                    ),
                ));
            }
        }
    }

    /// `CTX_ARTISTIC` at the first music or lyrics cue, when the post has gang or threat
    /// evidence. Not when it names a protected group or uses a slur: calling hate a song does
    /// not make it less hateful ("new song out now: kill all Muslims"), and the context would
    /// lower every threat in the post.
    fn artistic(
        view: &TokenView<'_>,
        cues: &Cues,
        evidence: &[Evidence],
        names_group: bool,
        ids: &Ids,
        out: &mut Vec<Signal>,
    ) {
        let violent = evidence.iter().any(|e| {
            e.id.starts_with("LEX_GANG_")
                || e.id == "LEX_THREAT"
                || e.id == "LEX_THREAT_NORM"
                || e.id == "LEX_WEAPON_THREAT"
        });
        if !violent || names_group || evidence.iter().any(|e| e.id == "LEX_SLUR") {
            return;
        }
        if let Some((i, len)) = cues.all(Cue::Artistic).next() {
            let last = i + len - 1;
            if let Some(span) = span_of(view, i, last) {
                out.push(signal(
                    &ids.artistic,
                    span,
                    format!("artistic context \"{}\"", view.original_text(i, last)),
                ));
            }
        }
    }
}

impl ContextDetector {
    /// `CTX_REPORTING` at the first reporting or campaign cue, when the post has weapon-sale
    /// evidence. Its own small scan: it only runs for those posts. Attack celebrations are left
    /// alone: "got him bagged, jailed next week probably" still celebrates.
    fn reporting(view: &TokenView<'_>, evidence: &[Evidence], out: &mut Vec<Signal>) {
        if !evidence.iter().any(|e| e.id == "LEX_WEAPON_SALE") {
            return;
        }
        let Ok(id) = SignalId::parse("CTX_REPORTING") else {
            return;
        };
        for i in 0..view.tokens.len() {
            let Some(len) = REPORTING_CUES
                .iter()
                .filter(|p| phrase_at(view, i, p))
                .map(|p| p.len())
                .max()
            else {
                continue;
            };
            let last = i + len - 1;
            if let Some(span) = span_of(view, i, last) {
                out.push(signal(
                    &id,
                    span,
                    format!("reporting or campaign \"{}\"", view.original_text(i, last)),
                ));
            }
            return;
        }
    }
}

impl Detector for ContextDetector {
    fn name(&self) -> &'static str {
        "context"
    }

    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(ids) = Ids::new() else { return };
        let has_evidence = out.iter().any(|s| {
            s.span.is_some()
                && !NOT_EVIDENCE.contains(&s.id.as_str())
                && !s.id.as_str().starts_with("CTX_")
        });
        if !has_evidence {
            return;
        }
        let view = TokenView::new(text);
        let evidence = Self::evidence(&view, out);
        if evidence.is_empty() {
            return;
        }
        let cues = Cues::find(&view);
        let mut found = Vec::new();
        Self::negation(&view, &evidence, &ids, &mut found);
        Self::stopped_comparison(&view, &evidence, &ids, &mut found);
        let quotes = Self::quotation(&view, &cues, &evidence, &ids, &mut found);
        let mut groups: Vec<(usize, usize)> = out
            .iter()
            .filter(|s| s.id.as_str() == "LEX_IDENTITY")
            .filter_map(|s| view.locate(s.span?))
            .collect();
        groups.sort_unstable();
        Self::counter_speech(&view, &cues, &evidence, &quotes, &groups, &ids, &mut found);
        self.reclaimed(&view, &evidence, &ids, &mut found);
        Self::homonym(&view, &evidence, &ids, &mut found);
        let names_group = out.iter().any(|s| s.id.as_str() == "LEX_IDENTITY");
        Self::artistic(&view, &cues, &evidence, names_group, &ids, &mut found);
        Self::reporting(&view, &evidence, &mut found);
        out.extend(found);
    }
}

#[cfg(test)]
mod tests {
    use upstander_core::Taxonomy;

    use super::*;
    use crate::Normaliser;

    fn context_signals(text: &str) -> Vec<(String, String)> {
        let taxonomy = Taxonomy::embedded().unwrap();
        let lexicon = Lexicon::embedded(&taxonomy).unwrap();
        let normalised = Normaliser::new().normalise(text);
        let mut out = Vec::new();
        lexicon.detect(&normalised, &mut out);
        ContextDetector::new(&lexicon).detect(&normalised, &mut out);
        out.into_iter()
            .filter(|s| s.id.as_str().starts_with("CTX_"))
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
    fn nothing_is_emitted_without_evidence() {
        assert!(context_signals("I am not going to the match, no way").is_empty());
        let normalised = Normaliser::new().normalise("Muslims are not vermin");
        let mut out = Vec::new();
        ContextDetector::default().detect(&normalised, &mut out);
        assert!(
            out.is_empty(),
            "a context detector alone has no evidence to speak about"
        );
    }

    #[test]
    fn a_negator_before_the_evidence_is_reported_with_its_own_span() {
        assert_eq!(
            context_signals("Muslims are not vermin"),
            vec![("CTX_NEGATION".to_owned(), "not".to_owned())]
        );
    }

    #[test]
    fn what_is_pretended_is_denied() {
        // A hostile word pretended untrue is asserted; a good pretended denied is affirmed.
        assert!(context_signals("Stop pretending women aren't stupid").is_empty());
        assert_eq!(
            context_signals("Stop pretending women aren't equal"),
            vec![(
                "CTX_NEGATION".to_owned(),
                "pretending women aren't".to_owned()
            )]
        );
    }

    #[test]
    fn a_negator_does_not_reach_into_a_clause_after_when() {
        assert!(context_signals("Nobody listens to women when they're this stupid").is_empty());
        assert_eq!(
            context_signals("Nobody calls women stupid"),
            vec![("CTX_NEGATION".to_owned(), "Nobody".to_owned())]
        );
    }

    #[test]
    fn a_challenge_to_find_one_who_is_not_is_a_double_negative() {
        assert!(context_signals("Have you ever met a migrant who wasn't a thief?").is_empty());
        assert!(context_signals("Show me a Muslim who isn't a liar").is_empty());
    }

    #[test]
    fn evidence_is_looked_up_by_where_it_starts() {
        let evidence: Vec<Evidence> = [
            (1, 1, "LEX_SLUR"),
            (4, 6, "LEX_DEROGATORY"),
            (9, 9, "LEX_SLUR"),
        ]
        .into_iter()
        .map(|(first, last, id)| Evidence {
            first,
            last,
            id: id.to_owned(),
            text: String::new(),
        })
        .collect();
        assert_eq!(starting_in(&evidence, 2, 8).len(), 1);
        assert_eq!(starting_in(&evidence, 0, 100).len(), 3);
        assert!(starting_in(&evidence, 10, 20).is_empty());
        assert!(starting_in(&evidence, 5, 3).is_empty());
        assert!(covers(&evidence, 5, "LEX_DEROGATORY"));
        assert!(!covers(&evidence, 7, "LEX_DEROGATORY"));
        assert!(!covers(&evidence, 5, "LEX_SLUR"));
        assert!(names_group_at(&[(2, 3), (8, 8)], 3));
        assert!(!names_group_at(&[(2, 3), (8, 8)], 5));
    }

    #[test]
    fn a_negator_inside_the_evidence_or_opening_a_rhetorical_question_is_not_negation() {
        assert!(context_signals("Refugees are not welcome here").is_empty());
        assert!(context_signals("Aren't Jews just parasites?").is_empty());
    }

    #[test]
    fn a_negator_reaches_through_as_if_to_the_comparison() {
        let signals = context_signals("Don't talk about refugees as if they were vermin.");
        assert!(
            signals.iter().any(|(id, _)| id == "CTX_NEGATION"),
            "{signals:?}"
        );
    }

    #[test]
    fn a_call_to_stop_a_comparison_negates_the_hostile_term_it_compares_to() {
        let negated = |text: &str| {
            context_signals(text)
                .iter()
                .any(|(id, _)| id == "CTX_NEGATION")
        };
        assert!(negated(
            "Stop speaking about Muslims as though they were criminals."
        ));
        assert!(negated(
            "People need to stop acting like trans women are predators."
        ));
        // No hostile term compared to: nothing to deny.
        assert!(!negated("Stop treating them like humans."));
        // Not a comparison.
        assert!(!negated("Stop talking, they are vermin."));
    }

    #[test]
    fn disbelief_at_what_happens_is_not_negation() {
        let negations = |text: &str| {
            context_signals(text)
                .into_iter()
                .filter(|(id, _)| id == "CTX_NEGATION")
                .count()
        };
        assert_eq!(negations("Can't believe they're letting vermin in"), 0);
        // A claim may be denied: "can't believe <group> are ..." stays a negation.
        assert_eq!(negations("I can't believe vermin are everywhere"), 1);
    }

    #[test]
    fn a_negator_behind_a_comma_does_not_reach_the_evidence() {
        assert!(context_signals("No, gay people are disgusting").is_empty());
    }

    #[test]
    fn quoted_words_are_spanned_from_mark_to_mark() {
        let got = context_signals("Statements like \"Jews are parasites\" are hurtful");
        assert!(
            got.contains(&(
                "CTX_QUOTATION".to_owned(),
                "\"Jews are parasites\"".to_owned()
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_first_person_speaker_is_not_reported_speech() {
        let got = context_signals("Like I said, Muslims are vermin");
        assert!(got.iter().all(|(id, _)| id != "CTX_QUOTATION"), "{got:?}");
        let got = context_signals("He said Muslims are vermin");
        assert!(got.iter().any(|(id, _)| id == "CTX_QUOTATION"), "{got:?}");
    }

    #[test]
    fn reported_words_the_writer_agrees_with_are_not_reported_speech() {
        let quoted = |text: &str| {
            context_signals(text)
                .iter()
                .any(|(id, _)| id == "CTX_QUOTATION")
        };
        assert!(!quoted(
            "My dad always said Muslims are vermin and he was right"
        ));
        assert!(!quoted(
            "my nan reckons immigrants are vermin, tbh she's got a point"
        ));
        assert!(quoted(
            "My dad always said Muslims are vermin and he was wrong"
        ));
        assert!(!quoted("just saying, gay people are vermin"));
    }

    #[test]
    fn a_feeling_beyond_words_and_a_denied_stop_do_not_negate() {
        let negated = |text: &str| {
            context_signals(text)
                .iter()
                .any(|(id, _)| id == "CTX_NEGATION")
        };
        assert!(!negated(
            "I can't even put into words how much I hate gay men"
        ));
        assert!(!negated("you have no idea how much I hate immigrants"));
        assert!(!negated("Nobody should stop people who beat up refugees"));
        assert!(negated("I don't hate gay men"));
    }

    #[test]
    fn a_condemnation_counts_only_when_said_of_speech() {
        let got = context_signals("Calling Muslims vermin is disgusting");
        assert!(
            got.iter().any(|(id, _)| id == "CTX_COUNTER_SPEECH"),
            "{got:?}"
        );
        assert!(context_signals("Muslims are disgusting").is_empty());
        assert!(context_signals("Being gay is disgusting").is_empty());
    }

    #[test]
    fn only_reclaimable_slurs_used_of_oneself_are_reclaimed() {
        assert_eq!(
            context_signals("wassup my nigga"),
            vec![("CTX_RECLAIMED".to_owned(), "my nigga".to_owned())]
        );
        assert!(context_signals("my neighbour is a paki").is_empty());
        let got = context_signals("We're Pakis and we're proud of it");
        assert!(got.iter().any(|(id, _)| id == "CTX_RECLAIMED"), "{got:?}");
        let got = context_signals("As an old dyke I can tell you we are louder than ever");
        assert!(got.iter().any(|(id, _)| id == "CTX_RECLAIMED"), "{got:?}");
        // The marker must describe the speaker, not stand in a clause about the slur.
        assert!(context_signals("we're sick of pakis").is_empty());
        assert!(context_signals("we're so tired of niggas").is_empty());
    }

    #[test]
    fn hearsay_and_a_dismissed_view_are_the_writers_own_words() {
        let quoted = |text: &str| {
            context_signals(text)
                .iter()
                .any(|(id, _)| id == "CTX_QUOTATION")
        };
        assert!(!quoted(
            "Heard a load of trannies are moving onto our estate"
        ));
        assert!(quoted("Heard someone shout trannies at the bus stop"));
        assert!(!quoted(
            "who cares what people with disabilities think, they're all idiots"
        ));
        assert!(quoted("My neighbour thinks they're all idiots"));
    }

    #[test]
    fn a_homonym_needs_its_ordinary_sense_in_the_sentence() {
        for harmless in [
            "There's a chink in the curtains letting the light in",
            "Our bitches had two litters of puppies this spring",
            "Gardening is hard work: sharpen the hoes and pull the weeds",
            "My nan smoked forty fags a day",
            "Last night's bender was all pints and kebabs",
        ] {
            let got = context_signals(harmless);
            assert!(
                got.iter().any(|(id, _)| id == "CTX_HOMONYM"),
                "{harmless}: {got:?}"
            );
        }
        for hateful in [
            "Those chinks are ruining this country",
            "Bitches are dogs, all of them",
            "Retards like him should not breed",
        ] {
            let got = context_signals(hateful);
            assert!(
                !got.iter().any(|(id, _)| id == "CTX_HOMONYM"),
                "{hateful}: {got:?}"
            );
        }
    }

    #[test]
    fn a_hostile_act_denied_the_defence_of_free_speech_is_condemned() {
        let got = context_signals("Threatening to kill Muslims isn't free speech");
        assert!(
            got.iter().any(|(id, _)| id == "CTX_COUNTER_SPEECH"),
            "{got:?}"
        );
        // The act itself makes the subject: no hostile word needs to stand inside it.
        let got = context_signals("Harassing Muslims is a crime, and so is calling them vermin");
        assert!(
            got.iter().any(|(id, _)| id == "CTX_COUNTER_SPEECH"),
            "{got:?}"
        );
        assert!(
            context_signals("Muslims are vermin and that isn't free speech")
                .iter()
                .all(|(id, _)| id != "CTX_COUNTER_SPEECH")
        );
    }

    #[test]
    fn artistic_context_is_only_reported_next_to_violent_evidence() {
        assert!(context_signals("new drill track out now").is_empty());
        let got = context_signals("new drill track out now, opps get wet up");
        assert!(got.iter().any(|(id, _)| id == "CTX_ARTISTIC"), "{got:?}");
        let got = context_signals("drill video out, 🔪 the opps");
        assert!(got.iter().any(|(id, _)| id == "CTX_ARTISTIC"), "{got:?}");
    }

    #[test]
    fn artistic_context_never_excuses_threats_against_a_protected_group() {
        assert!(context_signals("new song out now: kill all Muslims").is_empty());
        assert!(context_signals("lyrics: gas the Jews").is_empty());
    }

    #[test]
    fn reporting_context_is_only_reported_next_to_sale_evidence() {
        assert!(context_signals("Man jailed after a fight in Croydon").is_empty());
        let got = context_signals("Man jailed for selling zombie knives to children");
        assert_eq!(got, vec![("CTX_REPORTING".to_owned(), "jailed".to_owned())]);
        let got = context_signals("Knife crime awareness: zombie knives are sold for £40 online");
        assert_eq!(
            got,
            vec![("CTX_REPORTING".to_owned(), "Knife crime".to_owned())]
        );
        assert!(context_signals("Zombie knives £40, get them before the ban").is_empty());
    }
}
