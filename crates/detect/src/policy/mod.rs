//! The policy: turns a post's signals into an [`Assessment`].
//!
//! Detectors say *what* is in a post; the policy says what it amounts to. It works in four
//! steps, all configured in `resources/policy.toml`:
//!
//! 1. **Binding.** Each predicate signal (a slur, a dehumanising word, a threat) looks for what
//!    it is about: a protected group, a person, a rival, a weapon. It walks outwards through its
//!    clause, passing auxiliaries, determiners and intensifiers, stopping at words that point
//!    elsewhere ("abuse", "how", "I") or after too many unknown words. A plural pronoun stands
//!    for a group named elsewhere in the post. Abuse that reaches no protected group is not hate.
//! 2. **Rules** turn a predicate plus the kind of target it reached into a finding with a
//!    category, a score and a severity.
//! 3. **Context** signals (negation, quotation, counter-speech, reclaimed use, artistic
//!    context) multiply the scores of the findings they reach.
//! 4. **Aggregation**: category scores, the verdict against the flag threshold, severity,
//!    route, evidence spans and a plain-language explanation.
//!
//! Everything is deterministic: the same text and signals give the same assessment.

mod config;
mod explain;
mod reach;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use upstander_core::{
    Assessment, CategoryScore, EvidenceSpan, Route, Severity, Signal, Span, Verdict,
};

pub use config::{
    Bind, BindingConfig, ContextConfig, ContextScope, EMBEDDED_POLICY, ModelConfig, ModelGate,
    PolicyConfig, Role, RuleConfig, RuleScope, SignalConfig, TargetKind,
};

use crate::NormalisedText;
use crate::text::{Kind, TokenView, class};

/// Predicates that carry the group they are about but are never a target for other words.
const SELF_TARGETED: &[&str] = &["LEX_CODED", "LEX_INSINUATION"];
/// The weakest slur other words bind to. The lexicon puts dialect words that are slurs only
/// in some mouths ("nigga", "hoes", "bitches") and slurs mostly used as adjectives
/// ("retarded": "that's retarded") just under it.
const WEAK_SLUR_ANCHOR: f32 = 0.45;

const PERSON_TARGET: &str = "TG.INDIVIDUAL_NONPROTECTED";

/// Verbs that open a complement clause holding a view ("who *thinks* X are ...").
const OPINION_VERBS: &[&str] = &[
    "think", "thinks", "believe", "believes", "reckon", "reckons", "agree", "agrees", "feel",
    "feels", "knows", "know", "says", "say",
];
const RIVAL_TARGET: &str = "TG.RIVAL_GROUP_OR_AREA";

/// A rule as the runtime policy holds it.
#[derive(Debug, Clone)]
struct Rule {
    config: RuleConfig,
}

/// The runtime policy built from a [`PolicyConfig`]; immutable and shareable between threads.
#[derive(Debug, Clone)]
pub struct Policy {
    flag_threshold: f32,
    report_threshold: f32,
    accumulate: HashSet<String>,
    binding: BindingConfig,
    signals: HashMap<String, SignalConfig>,
    rules: HashMap<String, Vec<Rule>>,
    context: HashMap<String, ContextConfig>,
    category_defaults: HashMap<String, Severity>,
    non_violating: HashSet<String>,
    gate: ModelGate,
}

/// What a token is to the binding walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// May be passed freely.
    Pass,
    /// A copula: may be passed; marks a predicative use.
    Copula,
    /// An unrecognised word: passing it costs from the unknown budget.
    Unknown,
    /// Another predicate: passing it costs like an unknown word, but it is not a noun.
    Evidence,
    /// Part of an anchor (the walk reports anchors before looking at steps).
    Anchor,
    /// Another predicate that may be passed freely ("filthy" in "filthy disgusting vermin").
    Gap,
    /// Ends the walk.
    Stop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnchorKind {
    Target(TargetKind),
    /// "they": stands for a group in subject position.
    SubjectPronoun,
    /// "them": stands for a group in object position.
    ObjectPronoun,
    /// "these people", "that lot": either position.
    GroupPronoun,
}

#[derive(Debug, Clone)]
struct Anchor {
    first: usize,
    last: usize,
    kind: AnchorKind,
    /// The signal that made it, if any.
    signal: Option<usize>,
    /// The target-group id it names, if any.
    target: Option<String>,
}

/// The anchors of a post with its group anchors indexed by position, built once per post:
/// every pronoun looks up its nearest group by binary search rather than by a pass over all
/// anchors, which made a long post of repeated sentences quadratic.
struct Anchors {
    list: Vec<Anchor>,
    /// Group anchors (identity targets), ordered by last token, then by index.
    by_last: Vec<usize>,
    /// Group anchors, ordered by first token, then by index.
    by_first: Vec<usize>,
    /// Whether each sentence asked about is contested ([`Policy::contested`]), worked out
    /// once per sentence: a long rant asks for every finding in it.
    contested: RefCell<HashMap<u32, bool>>,
}

impl Anchors {
    fn new(list: Vec<Anchor>) -> Self {
        let groups: Vec<usize> = list
            .iter()
            .enumerate()
            .filter(|(_, x)| {
                x.kind == AnchorKind::Target(TargetKind::Identity) && x.target.is_some()
            })
            .map(|(i, _)| i)
            .collect();
        let key = |i: &usize, f: fn(&Anchor) -> usize| (list.get(*i).map_or(0, f), *i);
        let mut by_last = groups.clone();
        by_last.sort_by_key(|i| key(i, |x| x.last));
        let mut by_first = groups;
        by_first.sort_by_key(|i| key(i, |x| x.first));
        Self {
            list,
            by_last,
            by_first,
            contested: RefCell::new(HashMap::new()),
        }
    }

    /// The group anchor that ends nearest before token `first` (the later one on a tie).
    fn group_before(&self, first: usize) -> Option<usize> {
        let end = self
            .by_last
            .partition_point(|&i| self.list.get(i).is_some_and(|x| x.last < first));
        end.checked_sub(1)
            .and_then(|k| self.by_last.get(k))
            .copied()
    }

    /// The group anchor that starts nearest after token `last` (the earlier one on a tie).
    fn group_after(&self, last: usize) -> Option<usize> {
        let start = self
            .by_first
            .partition_point(|&i| self.list.get(i).is_some_and(|x| x.first <= last));
        self.by_first.get(start).copied()
    }
}

impl std::ops::Deref for Anchors {
    type Target = [Anchor];

    fn deref(&self) -> &[Anchor] {
        &self.list
    }
}

/// What a predicate was bound to.
#[derive(Debug, Clone)]
pub(crate) struct Bound {
    /// The kind of target.
    pub kind: TargetKind,
    /// The target-group id.
    pub target: Option<String>,
    /// The anchor it reached (for spans and explanations).
    pub anchor: Option<usize>,
    /// For a pronoun: the identity anchor it stands for.
    pub antecedent: Option<usize>,
    /// Whether the target is named by the predicate itself (slurs).
    pub pinned: bool,
}

/// One predicate turned into a category by a rule.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub signal: usize,
    pub category: String,
    pub raw: f32,
    pub score: f32,
    pub severity: Severity,
    pub bound: Bound,
    pub welfare: bool,
    /// Context signals that lowered it.
    pub contexts: Vec<usize>,
    pub location: Option<(usize, usize)>,
}

/// Everything the explanation needs, borrowed from one assessment run.
pub(crate) struct Run<'a> {
    pub policy: &'a Policy,
    pub original: &'a str,
    pub signals: &'a [Signal],
    pub anchors: Vec<AnchorView<'a>>,
    pub findings: Vec<Finding>,
    pub view: Option<&'a TokenView<'a>>,
    /// Model findings the gate held back, as (signal index, why), for the explanation.
    pub held: Vec<(usize, String)>,
}

/// An anchor's words, for explanations.
pub(crate) struct AnchorView<'a> {
    pub text: &'a str,
    pub span: Option<Span>,
    pub signal: Option<usize>,
}

/// Words after "no decent woman" that make the denial one of sympathy ("... *should* have to
/// put up with that").
const SYMPATHY_MODALS: &[&str] = &[
    "should", "deserves", "deserve", "has", "have", "needs", "need", "must", "ought", "would",
    "could", "can", "will",
];

/// Verbs after "Hating women ..." that pass the writer's verdict on the feeling.
const TOPIC_VERDICT_VERBS: &[&str] = &[
    "is", "isn't", "isnt", "was", "wasn't", "says", "makes", "doesn't", "doesnt", "won't", "will",
    "shows", "should", "has", "needs",
];

/// Words that approve of a feeling named as the topic ("hating them is *natural*").
const APPROVALS: &[&str] = &[
    "natural",
    "normal",
    "fine",
    "ok",
    "okay",
    "right",
    "healthy",
    "justified",
    "understandable",
    "based",
    "sane",
    "rational",
    "reasonable",
    "common",
    "good",
    "great",
    "fair",
];

/// Faults whose denial approves of a feeling named as the topic ("hating them *isn't
/// wrong*", "... is *not a crime*").
const DENIED_FAULTS: &[&str] = &[
    "wrong",
    "crime",
    "sin",
    "racist",
    "bigoted",
    "bigotry",
    "illegal",
    "problem",
    "bad",
    "offence",
    "offense",
    "phobic",
    "homophobic",
    "transphobic",
    "islamophobic",
    "hateful",
    "shameful",
    "hate",
    "immoral",
];

/// Words that may stand between the holder of a feeling and the feeling ("racists *really*
/// hate ...").
const HOLDER_FILLERS: &[&str] = &[
    "really",
    "just",
    "all",
    "clearly",
    "obviously",
    "still",
    "have",
    "has",
    "had",
    "so",
    "truly",
    "only",
    "always",
];

/// Words whose denial is harmless whatever the model says ("no *worse* than anyone", "never
/// had a *problem* with them", "I'd never want them *banned*"); see
/// `Policy::negation_spares`.
const DENIED_HARMS: &[&str] = &[
    "worse",
    "worst",
    "less",
    "lesser",
    "inferior",
    "bad",
    "badly",
    "wrong",
    "problem",
    "problems",
    "issue",
    "issues",
    "threat",
    "threats",
    "danger",
    "dangerous",
    "harm",
    "harmful",
    "hurt",
    "harmed",
    "banned",
    "ban",
    "blame",
    "blamed",
    "fault",
    "afraid",
    "scared",
    "fear",
    "mind",
    "burden",
    "trouble",
    "deported",
    "deport",
    "excluded",
    "hate",
    "hated",
    "evil",
    "violent",
    "criminal",
    "criminals",
    "lazy",
    "stupid",
    "dirty",
    "scary",
    "sick",
    "ill",
    "confused",
    "fake",
    "unwelcome",
    "unsafe",
    "punished",
    "attacked",
    "abused",
    "targeted",
    "mocked",
    "bullied",
    "insulted",
    "different",
    "weird",
    "strange",
    "odd",
    "abnormal",
    "unnatural",
    "dumb",
    "bother",
    "bothers",
];

/// How far before its positive word a negator may stand (as in [`crate::text::negated_positive`]).
const NEGATED_POSITIVE_REACH: usize = 9;

/// Nouns in "-ing" that a group word may describe ("a Muslim *wedding*").
const ING_NOUNS: &[&str] = &[
    "wedding",
    "weddings",
    "building",
    "buildings",
    "clothing",
    "pudding",
    "meeting",
    "meetings",
    "gathering",
    "gatherings",
    "housing",
    "funding",
    "evening",
    "morning",
    "ceiling",
    "feeling",
    "feelings",
    "painting",
    "paintings",
    "offering",
    "upbringing",
    "teaching",
    "teachings",
    "blessing",
    "blessings",
    "greeting",
    "greetings",
    "setting",
    "wing",
    "thing",
    "things",
    "king",
    "ring",
    "spring",
    "string",
    "darling",
    "sibling",
    "siblings",
    "cooking",
    "dumpling",
    "dumplings",
    "bedding",
    "stuffing",
    "booking",
    "bookings",
    "ending",
    "crossing",
    "landing",
];

fn round(value: f32) -> f32 {
    (value.clamp(0.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// What the post as a whole says to the model gate (see [`Policy::model_gate`]).
#[derive(Debug, Clone, Copy)]
struct GateFacts {
    /// A hostile lexicon word visibly names someone other than a protected group.
    unbound: bool,
    /// Some hostile lexicon word is present (bound or not).
    lexicon_hostile: bool,
    /// A harmless frame the post is in, with the reason.
    frame: Option<&'static str>,
}

/// Whether a signal comes from a trained model (`CLF_*`) rather than the lexicon.
fn is_model_signal(signal: &Signal) -> bool {
    signal.id.as_str().starts_with("CLF_")
}

fn target_kind_of(target: &str) -> TargetKind {
    match target {
        PERSON_TARGET => TargetKind::Person,
        RIVAL_TARGET => TargetKind::Rival,
        _ => TargetKind::Identity,
    }
}

impl Policy {
    fn signal_config(&self, id: &str) -> Option<&SignalConfig> {
        self.signals.get(id)
    }

    /// A slur too weak to flag on its own ("slag", "fag"): other words bind to it, but it is
    /// no evidence of a group for the model gate.
    fn is_weak_slur(&self, signal: &Signal) -> bool {
        signal.id.as_str() == "LEX_SLUR"
            && signal.strength * self.signal_config("LEX_SLUR").map_or(1.0, |c| c.weight)
                < self.flag_threshold
    }

    /// How strong a predicate naming its own group must be for other words to bind to it.
    fn anchor_threshold(&self, signal: &Signal) -> f32 {
        if signal.id.as_str() == "LEX_SLUR" {
            self.flag_threshold.min(WEAK_SLUR_ANCHOR - f32::EPSILON)
        } else {
            self.flag_threshold
        }
    }

    fn is_predicate(&self, signal: &Signal) -> bool {
        self.signal_config(signal.id.as_str())
            .is_some_and(|c| c.role == Role::Predicate)
            && self.rules.contains_key(signal.id.as_str())
    }

    /// Whether any signal could become a finding; the engine skips the context detectors
    /// when none can.
    #[must_use]
    pub fn has_evidence(&self, signals: &[Signal]) -> bool {
        signals.iter().any(|s| self.is_predicate(s))
    }

    /// Weighs `signals` found in `text` into an assessment.
    ///
    /// Spans that do not fit the original text are ignored rather than trusted; nothing here
    /// panics on any input.
    #[must_use]
    pub fn assess(&self, text: &NormalisedText<'_>, signals: Vec<Signal>) -> Assessment {
        if !self.has_evidence(&signals) {
            let explanation = explain::nothing_hostile(self, text.original(), &signals);
            return Assessment {
                explanation,
                signals,
                ..Assessment::default()
            };
        }
        let view = TokenView::new(text);
        let locations: Vec<Option<(usize, usize)>> = signals
            .iter()
            .map(|s| {
                s.span
                    .filter(|sp| sp.slice(text.original()).is_some())
                    .and_then(|sp| view.locate(sp))
            })
            .collect();
        let anchors = Anchors::new(self.anchors(&view, &signals, &locations));
        let mut anchor_at: Vec<Option<usize>> = vec![None; view.tokens.len()];
        for (a, anchor) in anchors.iter().enumerate() {
            for slot in anchor_at
                .iter_mut()
                .take(anchor.last + 1)
                .skip(anchor.first)
            {
                slot.get_or_insert(a);
            }
        }
        self.extend_by_modifiers(&view, &signals, &locations, &anchors, &mut anchor_at);
        let steps = self.steps(&view, &signals, &locations, &anchors);
        let mut findings = Vec::new();
        for (index, signal) in signals.iter().enumerate() {
            if !self.is_predicate(signal) {
                continue;
            }
            if let Some(finding) = self.find(
                &view, &signals, &locations, &anchors, &anchor_at, &steps, index,
            ) {
                findings.push(finding);
            }
        }
        // "Trans men are men": a copula phrase that names the very group it is said of is an
        // affirmation, whatever the phrase means of another group ("trans women are men").
        let affirmations: Vec<usize> = findings
            .iter()
            .filter(|f| is_tautology(&view, &anchors, f))
            .map(|f| f.signal)
            .collect();
        findings.retain(|f| !affirmations.contains(&f.signal));
        if self.gate.enabled && self.gate.boost_lexicon {
            self.boost_with_model(&signals, &mut findings);
        }
        // The signals that are contexts, found once: every finding is checked against them
        // only, so a post of thousands of findings does not look every signal up per finding.
        let contexts = reach::ContextIndex::new(
            &view,
            &self.context,
            signals.iter().enumerate().map(|(i, s)| (i, s.id.as_str())),
            &locations,
        );
        for finding in &mut findings {
            self.apply_context(&view, &signals, &contexts, finding);
        }
        let mut held: Vec<(usize, String)> = Vec::new();
        if self.gate.enabled {
            // A hostile lexicon word that reached no target is, by the binding's judgement,
            // about something else ("disgusting abuse", "disgusting how they are treated").
            // Not so when its sentence speaks of a group by pronoun ("I've met plenty of them
            // and they're all the same"): the binding may simply not have resolved the
            // reference, and the word is then no evidence that the post is about something
            // else; the rest of the gate still applies.
            // Only when the word visibly names someone else: a noun followed by a relative
            // clause ("invaders who took everything") or after "from"/"by"/"against" ("fled
            // from invaders"). Measured in v1.5: any unbound hostile word closing the gate
            // cost five hateful cases of the functional suite and protected no harmless one.
            let first_pronouns = first_group_pronouns(&view);
            let mut has_finding = vec![false; signals.len()];
            for f in &findings {
                if let Some(slot) = has_finding.get_mut(f.signal) {
                    *slot = true;
                }
            }
            let unbound = signals.iter().enumerate().any(|(i, s)| {
                let at = locations.get(i).copied().flatten();
                !is_model_signal(s)
                    && self.is_predicate(s)
                    // Selling words are hostile only next to a weapon ("house prices").
                    && s.id.as_str() != "LEX_WEAPON_SALE"
                    && !has_finding.get(i).copied().unwrap_or(false)
                    && !sentence_has_group_pronoun(&view, &first_pronouns, at, is_verb_like(s))
                    && names_someone_else(&view, at)
            });
            // A positive frame ("we should celebrate ...", "welcome in our mosque") says
            // what the post is doing; the model, which weighs group words, cannot.
            let lexicon_hostile = signals.iter().enumerate().any(|(i, s)| {
                !is_model_signal(s) && self.is_predicate(s) && !affirmations.contains(&i)
            });
            let frame = if crate::text::positive_frame(&view) {
                Some("the post praises or welcomes the group")
            } else if let Some(verdict) = crate::text::condemns_treatment(&view)
                // The verdict may be a hostile word of the lexicon ("... makes me sick"),
                // but no other may be: "..., they are all terrorists anyway" is hate again.
                && signals.iter().zip(&locations).all(|(s, at)| {
                    is_model_signal(s)
                        || !self.is_predicate(s)
                        || at.is_some_and(|(first, last)| first <= verdict && verdict <= last)
                })
            {
                Some("the post condemns how others speak of or treat the group")
            } else if lexicon_hostile {
                // A hostile word of the lexicon anywhere ("... breed like rats?") means the
                // post is not one of the harmless kinds, whatever its shape.
                None
            } else {
                crate::text::harmless_frame(&view)
            };
            let verdicts = self.model_gate(
                &signals,
                &anchors,
                &findings,
                GateFacts {
                    unbound,
                    lexicon_hostile,
                    frame,
                },
            );
            for (finding, verdict) in findings.iter().zip(&verdicts) {
                if let Some(why) = verdict {
                    held.push((finding.signal, why.clone()));
                }
            }
            let mut i = 0;
            findings.retain(|_| {
                let k = verdicts.get(i).is_none_or(Option::is_none);
                i += 1;
                k
            });
        }
        let anchor_views = anchors
            .iter()
            .map(|a| AnchorView {
                text: view.original_text(a.first, a.last),
                span: view
                    .tokens
                    .get(a.first)
                    .zip(view.tokens.get(a.last))
                    .map(|(x, y)| Span::new(x.orig.start, y.orig.end)),
                signal: a.signal,
            })
            .collect();
        let run = Run {
            policy: self,
            original: text.original(),
            signals: &signals,
            anchors: anchor_views,
            findings,
            view: Some(&view),
            held,
        };
        let mut assessment = self.aggregate(&run);
        drop(run);
        assessment.signals = signals;
        assessment
    }

    fn anchors(
        &self,
        view: &TokenView<'_>,
        signals: &[Signal],
        locations: &[Option<(usize, usize)>],
    ) -> Vec<Anchor> {
        let mut anchors = Vec::new();
        for (index, signal) in signals.iter().enumerate() {
            let Some((first, last)) = locations.get(index).copied().flatten() else {
                continue;
            };
            let config = self.signal_config(signal.id.as_str());
            let kind = match config.map(|c| (c.role, c.target)) {
                Some((Role::Target, Some(kind))) => kind,
                Some((Role::Predicate, _)) if config.and_then(|c| c.also_target).is_some() => {
                    config
                        .and_then(|c| c.also_target)
                        .unwrap_or(TargetKind::Other)
                }
                // A predicate that names its own group (a slur) is also something other words
                // can be about: "filthy p***".
                // Slurs below the flag threshold on their own are still something other words
                // can be about ("filthy slags", "I can't stand cripples"), down to
                // [`WEAK_SLUR_ANCHOR`]. The dialect words under it ("nigga", "hoes") are not:
                // they are mostly in-group use and must not turn "stupid" into hate.
                // A model's target head is a guess about the whole post, not a word others
                // can bind to.
                Some((Role::Predicate, _)) if is_model_signal(signal) => continue,
                // A code or a knowing remark names the group it is about, but it is no name
                // others can be about: "no such thing as white genocide" denies the code.
                Some((Role::Predicate, _)) if SELF_TARGETED.contains(&signal.id.as_str()) => {
                    continue;
                }
                Some((Role::Predicate, _))
                    if signal.target.is_some()
                        && signal.strength * config.map_or(1.0, |c| c.weight)
                            >= self.anchor_threshold(signal) =>
                {
                    signal
                        .target
                        .as_deref()
                        .map_or(TargetKind::Identity, target_kind_of)
                }
                _ => continue,
            };
            anchors.push(Anchor {
                first,
                last,
                kind: AnchorKind::Target(kind),
                signal: Some(index),
                target: signal.target.clone(),
            });
        }
        for i in 0..view.tokens.len() {
            if view.tokens.get(i).is_none_or(|t| t.kind != Kind::Word) {
                continue;
            }
            // "that lot", "that sort", but not "that people ..." (a clause).
            let group_reference = (view.has(i, class::GROUP_DETERMINER)
                && view.has(i + 1, class::GROUP_HEAD)
                && !view.is(i, "that"))
                || (view.is(i, "that") && view.is_any(i + 1, &["lot", "sort", "kind", "type"]));
            // "People like that make me sick": a group pointed back at by "like that".
            let people_like = view.is_any(i, &["people", "folk"])
                && view.is(i + 1, "like")
                && view.is_any(i + 2, &["that", "them", "those", "this"])
                && !view.is_any(i + 3, &["people", "folk", "kind", "sort"]);
            if group_reference || people_like {
                anchors.push(Anchor {
                    first: i,
                    last: if people_like { i + 2 } else { i + 1 },
                    kind: AnchorKind::GroupPronoun,
                    signal: None,
                    target: None,
                });
            } else if let Some(first) = Self::quantified_them(view, i) {
                // Subject and object at once: "all of them are liars", "I hate all of them".
                anchors.push(Anchor {
                    first,
                    last: i,
                    kind: AnchorKind::GroupPronoun,
                    signal: None,
                    target: None,
                });
            } else if view.has(i, class::SUBJECT_PRONOUN) {
                anchors.push(Anchor {
                    first: i,
                    last: i,
                    kind: AnchorKind::SubjectPronoun,
                    signal: None,
                    target: None,
                });
            } else if view.has(i, class::OBJECT_PRONOUN) {
                anchors.push(Anchor {
                    first: i,
                    last: i,
                    kind: AnchorKind::ObjectPronoun,
                    signal: None,
                    target: None,
                });
            } else if view.has(i, class::PERSON)
                && !(view.is_any(i, &["you", "your"]) && view.has(i + 1, class::GROUP_HEAD))
                && !Self::like_the_rest(view, i)
            {
                anchors.push(Anchor {
                    first: i,
                    last: i,
                    kind: AnchorKind::Target(TargetKind::Person),
                    signal: None,
                    target: Some(PERSON_TARGET.to_owned()),
                });
            }
        }
        anchors
    }

    /// "Like the rest of them, *he's* a terrorist": the person stands for the group just
    /// named, so what is said of them is said of it ("the rest of them" binds instead).
    fn like_the_rest(view: &TokenView<'_>, i: usize) -> bool {
        let them = if i >= 2 && view.is_soft_break(i - 1) {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        view.is(them, "them")
            && Self::quantified_them(view, them).is_some()
            && (them.saturating_sub(6)..them).any(|k| view.is(k, "like"))
    }

    /// "All of them", "every single one of them", "most of them": an object pronoun after a
    /// quantifier and "of" is the subject of what follows ("... all of them are liars"), so it
    /// binds leftwards like "they" as well as rightwards like "them".
    /// Returns the phrase's first token ("*every* single one of them", "*the* lot of them").
    fn quantified_them(view: &TokenView<'_>, i: usize) -> Option<usize> {
        const QUANTIFIERS: &[&str] = &[
            "all", "most", "many", "some", "each", "every", "one", "half", "lot", "loads",
            "majority", "plenty", "lots", "both", "rest",
        ];
        if !(view.has(i, class::OBJECT_PRONOUN)
            && i >= 2
            && view.is(i - 1, "of")
            && view.is_any(i - 2, QUANTIFIERS))
        {
            return None;
        }
        let mut first = i - 2;
        while first > 0 && view.is_any(first - 1, &["the", "every", "single", "last", "a"]) {
            first -= 1;
        }
        Some(first)
    }

    /// A group named by a lexicon term reaches over the restrictive modifier after it ("the
    /// next Muslim I see", "any Jew who walks past my house"): the walk meets the group as
    /// soon as it meets the modifier, so a threat said after it reaches the group. The
    /// anchor itself (and so its evidence span) stays the group words; see
    /// [`crate::text::modifier_end`].
    fn extend_by_modifiers(
        &self,
        view: &TokenView<'_>,
        signals: &[Signal],
        locations: &[Option<(usize, usize)>],
        anchors: &[Anchor],
        anchor_at: &mut [Option<usize>],
    ) {
        let mut taken = vec![false; view.tokens.len()];
        let ranges = signals
            .iter()
            .zip(locations)
            .filter(|(s, _)| self.is_predicate(s) && !is_model_signal(s))
            .filter_map(|(_, l)| *l)
            .chain(anchors.iter().map(|a| (a.first, a.last)));
        for (first, last) in ranges {
            for slot in taken.iter_mut().take(last + 1).skip(first) {
                *slot = true;
            }
        }
        for (a, anchor) in anchors.iter().enumerate() {
            if anchor.signal.is_some()
                && anchor.kind == AnchorKind::Target(TargetKind::Identity)
                && let Some(end) = crate::text::modifier_end(view, anchor.last, |k| {
                    taken.get(k).copied().unwrap_or(true)
                })
            {
                for slot in anchor_at.iter_mut().take(end + 1).skip(anchor.last + 1) {
                    *slot = Some(a);
                }
            }
        }
    }

    fn steps(
        &self,
        view: &TokenView<'_>,
        signals: &[Signal],
        locations: &[Option<(usize, usize)>],
        anchors: &[Anchor],
    ) -> Vec<Step> {
        let mut steps: Vec<Step> = (0..view.tokens.len())
            .map(|i| match view.tokens.get(i).map(|t| t.kind) {
                Some(Kind::Emoji) => Step::Pass,
                Some(Kind::Punct(_)) if view.is_hard_break(i) => Step::Stop,
                Some(Kind::Punct(_)) => Step::Pass,
                _ if view.has(i, class::COPULA) => Step::Copula,
                // "Do they ever *stop* being lazy?", "Muslims are in no *way* inferior": part
                // of the predicate, not another noun.
                _ if view.is(i, "stop") && view.is(i + 1, "being") => Step::Pass,
                _ if view.is(i, "way")
                    && view.is_any(
                        i.wrapping_sub(1),
                        &["no", "any", "are", "is", "was", "were"],
                    ) =>
                {
                    Step::Pass
                }
                _ if view.has(i, class::BLOCKER) => Step::Stop,
                _ if view.has(i, class::FILLER) => Step::Pass,
                // Adverbs ("Deport them *immediately*") say how, not whom.
                _ if view.text(i).len() > 4 && view.text(i).ends_with("ly") => Step::Pass,
                _ => Step::Unknown,
            })
            .collect();
        for (index, signal) in signals.iter().enumerate() {
            let Some((first, last)) = locations.get(index).copied().flatten() else {
                continue;
            };
            // The model scores the whole post; its span is only the word that weighed most,
            // not a hostile word standing between a predicate and its target.
            if is_model_signal(signal) {
                continue;
            }
            let step = match self.signal_config(signal.id.as_str()) {
                Some(c) if c.role == Role::Transparent => Step::Pass,
                Some(c) if c.role == Role::Blocker => Step::Stop,
                Some(c) if c.role == Role::Predicate && c.transparent_in_gap => Step::Gap,
                Some(c) if c.role == Role::Predicate => Step::Evidence,
                _ => continue,
            };
            for slot in steps.iter_mut().take(last + 1).skip(first) {
                *slot = step;
            }
        }
        for anchor in anchors {
            for slot in steps.iter_mut().take(anchor.last + 1).skip(anchor.first) {
                if *slot == Step::Unknown {
                    *slot = Step::Anchor;
                }
            }
        }
        // "Women can *never* be *as* smart as men": the words between a negator and the
        // positive word it reverses were vetted by the negated-positive pass (auxiliaries,
        // fillers, the group itself); they are part of the predicate, not other content, so
        // the walk to the subject passes them.
        for (index, signal) in signals.iter().enumerate() {
            if signal.id.as_str() != "LEX_NEGATED_POSITIVE" {
                continue;
            }
            let Some((first, _)) = locations.get(index).copied().flatten() else {
                continue;
            };
            let negator = (first.saturating_sub(NEGATED_POSITIVE_REACH)..first)
                .find(|&i| crate::text::negated_positive(view, i) == Some(first));
            if let Some(negator) = negator {
                for slot in steps.iter_mut().take(first).skip(negator) {
                    if *slot == Step::Unknown {
                        *slot = Step::Pass;
                    }
                }
            }
        }
        steps
    }

    #[allow(clippy::too_many_arguments)]
    fn find(
        &self,
        view: &TokenView<'_>,
        signals: &[Signal],
        locations: &[Option<(usize, usize)>],
        anchors: &Anchors,
        anchor_at: &[Option<usize>],
        steps: &[Step],
        index: usize,
    ) -> Option<Finding> {
        let signal = signals.get(index)?;
        let rules = self.rules.get(signal.id.as_str())?;
        let config = self.signal_config(signal.id.as_str())?;
        let location = locations.get(index).copied().flatten();
        let mut clause_binding: Option<Option<Bound>> = None;
        for rule in rules {
            let rule = &rule.config;
            let bound = match (rule.scope, rule.target) {
                (_, TargetKind::None) => Some(Bound {
                    kind: TargetKind::None,
                    target: None,
                    anchor: None,
                    antecedent: None,
                    pinned: false,
                }),
                (RuleScope::Clause, wanted) => {
                    let bound = clause_binding
                        .get_or_insert_with(|| {
                            let (first, last) = location?;
                            self.bind(
                                view,
                                signal,
                                anchors,
                                anchor_at,
                                steps,
                                first,
                                last,
                                config.bind,
                            )
                        })
                        .clone();
                    bound.filter(|b| b.kind == wanted)
                }
                (RuleScope::Post, wanted) => {
                    if let Some(target) = signal
                        .target
                        .as_deref()
                        .filter(|t| target_kind_of(t) == wanted)
                    {
                        Some(Bound {
                            kind: wanted,
                            target: Some(target.to_owned()),
                            anchor: None,
                            antecedent: None,
                            pinned: true,
                        })
                    } else {
                        let at = location.map_or(0, |(f, _)| f);
                        anchors
                            .iter()
                            .enumerate()
                            .filter(|(_, a)| {
                                a.kind == AnchorKind::Target(wanted) && a.signal != Some(index)
                            })
                            .min_by_key(|(_, a)| a.first.abs_diff(at))
                            .map(|(a, anchor)| Bound {
                                kind: wanted,
                                target: anchor.target.clone(),
                                anchor: Some(a),
                                antecedent: None,
                                pinned: false,
                            })
                    }
                }
            };
            let Some(bound) = bound else { continue };
            let Some(category) = rule.category.clone().or_else(|| signal.category.clone()) else {
                continue;
            };
            let mut raw = rule.weight * config.weight * signal.strength.clamp(0.0, 1.0);
            if bound.antecedent.is_some() {
                raw *= self.binding.pronoun_factor;
            }
            let mut severity = signal
                .severity
                .or_else(|| self.category_defaults.get(&category).copied())
                .unwrap_or(Severity::S2);
            if let Some(low) = rule.min_severity {
                severity = severity.max(low);
            }
            if let Some(high) = rule.max_severity {
                severity = severity.min(high);
            }
            let raw = round(if raw.is_finite() { raw } else { 0.0 });
            return Some(Finding {
                signal: index,
                category,
                raw,
                score: raw,
                severity,
                bound,
                welfare: rule.welfare,
                contexts: Vec::new(),
                location,
            });
        }
        None
    }

    /// Finds what the predicate at tokens `first..=last` is about.
    #[allow(clippy::too_many_arguments)]
    fn bind(
        &self,
        view: &TokenView<'_>,
        signal: &Signal,
        anchors: &Anchors,
        anchor_at: &[Option<usize>],
        steps: &[Step],
        first: usize,
        last: usize,
        bind: Bind,
    ) -> Option<Bound> {
        if let Some(target) = &signal.target {
            return Some(Bound {
                kind: target_kind_of(target),
                target: Some(target.clone()),
                anchor: None,
                antecedent: None,
                pinned: true,
            });
        }
        // A pronoun inside the phrase itself ("send them back", "you're dead").
        for k in first..=last {
            if let Some(a) = anchor_at.get(k).copied().flatten()
                && anchors.get(a).is_some_and(|x| x.signal.is_none())
            {
                return self.resolve(anchors, a);
            }
        }
        // A phrase that ends in a function word ("only come here *for*", "only exist *to*")
        // is no adjective, whatever noun follows it ("... for benefits").
        if bind == Bind::Both
            && !view.has(last, class::FUNCTION)
            && Self::is_noun_like(view, steps, last + 1)
            && !Self::predicative(steps, first)
        {
            // An adjective right before an unrelated noun describes that noun ("disgusting abuse").
            return None;
        }
        // "I've never met a *smart* immigrant", "not a single *decent* woman": a denied good
        // standing right before the group is attributive and is said of that group, not of
        // the subject on the left (the speaker).
        // "Not a single decent woman *should* have to ..." is sympathy: the denial is of
        // what follows the group, not of the good before it.
        if signal.id.as_str() == "LEX_NEGATED_POSITIVE"
            && !view.is_any(last, &["british", "english"])
            && let Some(a) = anchor_at.get(last + 1).copied().flatten()
            && let Some(group) = anchors.get(a)
            && group.kind == AnchorKind::Target(TargetKind::Identity)
        {
            return (!view.is_any(group.last + 1, SYMPATHY_MODALS))
                .then(|| self.resolve(anchors, a))
                .flatten();
        }
        // "*Hating* women is not a personality", "*Being disgusted by* gay couples says more
        // about you": a feeling that opens the sentence as its subject is the topic, and the
        // writer's view is the verb after the group. The model still reads posts that approve
        // of it ("hating them is natural").
        if signal.id.as_str() == "LEX_DEROGATORY_EMOTION"
            && ((view.sentence_start(first) == first && view.text(first).ends_with("ing"))
                || (first >= 1
                    && view.is(first - 1, "being")
                    && view.sentence_start(first) == first - 1))
            && let Some(a) = self
                .walk(
                    view,
                    anchors,
                    anchor_at,
                    steps,
                    last,
                    view.tokens.get(last)?.clause,
                    true,
                    false,
                )
                .map(|(a, _)| a)
            && anchors.get(a).is_some_and(|x| {
                let verdict = x.last + 2..x.last + 7;
                // "... is *natural*", "... *isn't wrong*", "... is *not a crime*".
                let approved = verdict.clone().any(|k| view.is_any(k, APPROVALS))
                    || ((x.last + 1..x.last + 4)
                        .any(|k| crate::text::words::is_negator(view.word(k)))
                        && verdict.clone().any(|k| view.is_any(k, DENIED_FAULTS)));
                view.is_any(x.last + 1, TOPIC_VERDICT_VERBS) && !approved
            })
        {
            return None;
        }
        // "Racists *have nothing but hate for* migrants": a feeling held by a non-protected
        // group is reported, not the writer's own.
        if signal.id.as_str() == "LEX_DEROGATORY_EMOTION"
            && let Some(holder) = (first.saturating_sub(3)..first)
                .rev()
                .find(|&k| !view.is_any(k, HOLDER_FILLERS))
            && anchor_at
                .get(holder)
                .copied()
                .flatten()
                .and_then(|a| anchors.get(a))
                .is_some_and(|x| x.kind == AnchorKind::Target(TargetKind::Other))
        {
            return None;
        }
        let clause = view.tokens.get(first)?.clause;
        let left = (bind != Bind::Right)
            .then(|| self.walk(view, anchors, anchor_at, steps, first, clause, false, false))
            .flatten();
        // An adjective or noun reaches rightwards only attributively ("disgusting Muslims",
        // "vermin like them"), never into a following clause ("disgusting that women ...").
        let strict = bind == Bind::Both;
        let right = (bind != Bind::Left)
            .then(|| self.walk(view, anchors, anchor_at, steps, last, clause, true, strict))
            .flatten();
        let left = left.filter(|&(a, _)| {
            !Self::inside_relative_clause(view, anchors, anchor_at, a)
                && !Self::inside_mistreatment_subject(view, anchors, a)
                && !Self::inside_topic_phrase(view, steps, anchors, a)
        });
        let chosen = match (left, right) {
            // On a tie the subject wins: "Jews are vermin, he said" is about Jews.
            (Some(l), Some(r)) => Some(if l.1 <= r.1 { l.0 } else { r.0 }),
            (Some(l), None) => Some(l.0),
            (None, Some(r)) => Some(r.0),
            (None, None) => {
                let group = self.fragment_antecedent(view, signal, anchors, first, last)?;
                return (!Self::contested(view, anchors, group))
                    .then(|| self.resolve(anchors, group))?;
            }
        }?;
        let bound = self.resolve(anchors, chosen)?;
        // "that lot", "people like that" and "all of them" taken back to an earlier sentence
        // need that sentence to be about the group, not about what was done to it.
        let pointer = anchors
            .get(chosen)
            .is_some_and(|a| a.kind == AnchorKind::GroupPronoun);
        if pointer
            && let Some(antecedent) = bound.antecedent
            && Self::contested(view, anchors, antecedent)
            && view.tokens.get(first).map(|t| t.sentence)
                != anchors
                    .get(antecedent)
                    .and_then(|a| view.tokens.get(a.first))
                    .map(|t| t.sentence)
        {
            return None;
        }
        Some(bound)
    }

    /// Whether the sentence of the group anchor `a` is about something done to the group
    /// rather than the group itself: it names a non-protected group or a person as well
    /// ("Racists attacked a mosque", "A man spat at a Muslim woman") or a mistreatment
    /// ("abuse", "attacked"). A later "Vermin." or "People like that ..." then most likely
    /// condemns the attackers, so it is not taken back to the group.
    fn contested(view: &TokenView<'_>, anchors: &Anchors, a: usize) -> bool {
        /// Verbs that report something done to someone.
        const DONE_TO_GROUP: &[&str] = &[
            "spat",
            "shouted",
            "targeting",
            "targeted",
            "assaulted",
            "beaten",
            "punched",
            "kicked",
            "killed",
            "murdered",
            "stabbed",
            "abusing",
            "attacking",
            "harassing",
            "drowned",
            "died",
            "smashed",
            "vandalised",
            "vandalized",
            "torched",
            "burned",
            "burnt",
            "threatened",
            "insulted",
            "mocked",
            "bullied",
            "chased",
        ];
        let Some(sentence) = anchors
            .get(a)
            .and_then(|x| view.tokens.get(x.first))
            .map(|t| t.sentence)
        else {
            return true;
        };
        if let Some(&known) = anchors.contested.borrow().get(&sentence) {
            return known;
        }
        let in_sentence = |k: usize| view.tokens.get(k).is_some_and(|t| t.sentence == sentence);
        let at = anchors.get(a).map_or(0, |x| x.first);
        let contested = anchors.iter().any(|x| {
            in_sentence(x.first)
                && matches!(
                    x.kind,
                    AnchorKind::Target(TargetKind::Other) | AnchorKind::Target(TargetKind::Person)
                )
        }) || (view.sentence_start(at)..=view.sentence_end(at))
            .any(|k| crate::text::mistreatment_head(view, k) || view.is_any(k, DONE_TO_GROUP));
        anchors.contested.borrow_mut().insert(sentence, contested);
        contested
    }

    /// Most words a verbless sentence may hold besides the predicate ("What a bunch of").
    const FRAGMENT_WORDS: usize = 4;

    /// "Travellers on the field again. Absolute vermin.": when the predicate at
    /// `first..=last` makes up, with at most [`Self::FRAGMENT_WORDS`] modifiers and no verb,
    /// pronoun or other noun anchor, a sentence of its own, and its signal allows it
    /// (`fragment_refers_back`), it is said of the one protected group the sentence before
    /// names. Two groups there, or none, and it binds to nothing.
    fn fragment_antecedent(
        &self,
        view: &TokenView<'_>,
        signal: &Signal,
        anchors: &[Anchor],
        first: usize,
        last: usize,
    ) -> Option<usize> {
        if !self
            .signal_config(signal.id.as_str())
            .is_some_and(|c| c.fragment_refers_back)
        {
            return None;
        }
        let sentence = view.tokens.get(first)?.sentence;
        let previous = sentence.checked_sub(1)?;
        let start = view.sentence_start(first);
        let end = view.sentence_end(first);
        let mut others = 0;
        for k in start..=end {
            if (first..=last).contains(&k)
                || !matches!(view.tokens.get(k).map(|t| t.kind), Some(Kind::Word))
            {
                continue;
            }
            if view.has(
                k,
                class::COPULA | class::SUBJECT_PRONOUN | class::OBJECT_PRONOUN | class::PERSON,
            ) || view.is_any(k, crate::text::words::MAIN_AUXILIARIES)
                || anchors.iter().any(|a| a.first <= k && k <= a.last)
            {
                return None;
            }
            others += 1;
        }
        if others > Self::FRAGMENT_WORDS {
            return None;
        }
        let mut groups = anchors.iter().enumerate().filter(|(_, a)| {
            a.kind == AnchorKind::Target(TargetKind::Identity)
                && a.target.is_some()
                && view
                    .tokens
                    .get(a.first)
                    .is_some_and(|t| t.sentence == previous)
        });
        let (index, group) = groups.next()?;
        if groups.any(|(_, other)| other.target != group.target) {
            return None;
        }
        Some(index)
    }

    /// Whether token `i` is an unrecognised content word (likely a noun), not a function word.
    fn is_noun_like(view: &TokenView<'_>, steps: &[Step], i: usize) -> bool {
        steps.get(i) == Some(&Step::Unknown) && !view.has(i, class::FUNCTION)
    }

    fn predicative(steps: &[Step], first: usize) -> bool {
        // A phrase that starts with its own copula ("are just men") is predicative.
        if steps.get(first) == Some(&Step::Copula) {
            return true;
        }
        let mut k = first;
        while k > 0 {
            k -= 1;
            match steps.get(k) {
                Some(Step::Copula) => return true,
                Some(Step::Pass | Step::Gap) => {}
                _ => return false,
            }
        }
        false
    }

    /// Walks from `from` (exclusive) in one direction; returns the anchor reached and its distance.
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        view: &TokenView<'_>,
        anchors: &[Anchor],
        anchor_at: &[Option<usize>],
        steps: &[Step],
        from: usize,
        clause: u32,
        rightwards: bool,
        strict: bool,
    ) -> Option<(usize, usize)> {
        let mut unknown = 0;
        let mut distance = 0;
        let mut k = from;
        loop {
            k = if rightwards {
                k.checked_add(1)?
            } else {
                k.checked_sub(1)?
            };
            let token = view.tokens.get(k)?;
            if token.clause != clause {
                return None;
            }
            distance += 1;
            if distance > self.binding.max_distance_tokens {
                return None;
            }
            if let Some(a) = anchor_at.get(k).copied().flatten() {
                // "Muslims like you make me sick": "you" stands for one of the group named
                // right before "like", so the predicate is about the group.
                if !rightwards
                    && view.is_any(k, &["you", "u", "ya", "yall", "y'all"])
                    && view.is(k.wrapping_sub(1), "like")
                    && let Some(g) = k
                        .checked_sub(2)
                        .and_then(|j| anchor_at.get(j).copied().flatten())
                    && anchors.get(g).is_some_and(|x| {
                        x.signal.is_some()
                            && x.kind == AnchorKind::Target(TargetKind::Identity)
                            && x.last + 2 == k
                    })
                {
                    return Some((g, distance + 2));
                }
                let anchor = anchors.get(a)?;
                // "Contempt for you immigrants": the group names who "you" are.
                if rightwards
                    && view.is_any(k, &["you", "u", "ya", "yall", "y'all"])
                    && let Some(g) = anchor_at.get(anchor.last + 1).copied().flatten()
                    && anchors.get(g).is_some_and(|x| {
                        x.signal.is_some() && x.kind == AnchorKind::Target(TargetKind::Identity)
                    })
                {
                    return Some((g, distance + 1));
                }
                // "the Chinese place", "my Muslim neighbour": a group word right before an
                // unrelated noun describes that noun; the predicate is about the noun.
                let next = anchor.last + 1;
                let emoji_noun = view.tokens.get(next).is_some_and(|t| t.kind == Kind::Emoji)
                    && steps.get(next) == Some(&Step::Pass);
                // A participle after the group says what it does ("Pakistanis *living* here").
                let participle = view.text(next).len() > 5
                    && view.text(next).ends_with("ing")
                    && !view.is_any(next, ING_NOUNS);
                // "My hatred for women *grows*": a plural group is no modifier of a verb in
                // "-s" after it ("the Muslim shop" is a noun), so the hatred is for the group.
                // "Seeing black people *abused*" stays a report of what is done to them.
                let (last, after) = (view.text(anchor.last), view.text(next));
                let plural = ((last.len() > 3 && last.ends_with('s') && !last.ends_with("ss"))
                    || matches!(last, "women" | "men" | "people" | "folk"))
                    && after.len() > 3
                    && after.ends_with('s')
                    && !after.ends_with("ss");
                if anchor.signal.is_some()
                    && anchor.kind == AnchorKind::Target(TargetKind::Identity)
                    && ((Self::is_noun_like(view, steps, next) && !participle && !plural)
                        || emoji_noun)
                    && anchor_at.get(anchor.last + 1).copied().flatten().is_none()
                {
                    return None;
                }
                return match anchor.kind {
                    AnchorKind::SubjectPronoun if rightwards => None,
                    AnchorKind::ObjectPronoun if !rightwards => None,
                    _ => Some((a, distance)),
                };
            }
            // "Vermin, the lot of them": a quantified pronoun set off by a comma names who
            // the word is about.
            let appositive = view.is_soft_break(k)
                && anchor_at
                    .get(k + 1)
                    .copied()
                    .flatten()
                    .and_then(|a| anchors.get(a))
                    .is_some_and(|a| a.kind == AnchorKind::GroupPronoun && a.first == k + 1);
            if strict
                && (view.has(k, class::FUNCTION) || view.is_soft_break(k))
                && !view.is_any(k, &["like", "as"])
                && !appositive
            {
                return None;
            }
            match steps.get(k)? {
                Step::Pass | Step::Copula | Step::Anchor | Step::Gap => {}
                Step::Unknown | Step::Evidence if strict => return None,
                Step::Stop => return None,
                Step::Unknown | Step::Evidence => {
                    unknown += 1;
                    if unknown > self.binding.max_unknown_tokens {
                        return None;
                    }
                }
            }
        }
    }

    /// "Racists who attack *Muslims* are vermin": the group sits inside a relative clause
    /// whose head (racists) is what the predicate is about.
    fn inside_relative_clause(
        view: &TokenView<'_>,
        anchors: &[Anchor],
        anchor_at: &[Option<usize>],
        a: usize,
    ) -> bool {
        let Some(anchor) = anchors.get(a) else {
            return false;
        };
        let Some(clause) = view.tokens.get(anchor.first).map(|t| t.clause) else {
            return false;
        };
        let mut k = anchor.first;
        for _ in 0..4 {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            k = prev;
            if view.tokens.get(k).is_none_or(|t| t.clause != clause) {
                return false;
            }
            if view.is_any(k, &["who", "which"]) {
                // Opening the sentence it asks a question ("Who else thinks ...?"); it heads
                // no relative clause.
                if view.sentence_start(k) == k {
                    return false;
                }
                // "the only one who *thinks* Albanians are vermin": a verb of opinion opens a
                // complement clause, and the group is its subject.
                if (k + 1..anchor.first).any(|j| view.is_any(j, OPINION_VERBS)) {
                    return false;
                }
                let head_is_group = k
                    .checked_sub(1)
                    .and_then(|h| anchor_at.get(h).copied().flatten())
                    .and_then(|h| anchors.get(h))
                    .is_some_and(|h| matches!(h.kind, AnchorKind::Target(TargetKind::Identity)));
                return !head_is_group;
            }
        }
        false
    }

    /// "The way they treat *refugees* disgusts me", "the abuse *trans people* get makes me
    /// sick": the group sits inside a subject about how it is treated or spoken of, and the
    /// revulsion is about that treatment. True when, earlier in the anchor's clause, a word
    /// names mistreatment or speech (see [`crate::text::words::MISTREATMENT_HEADS`]).
    fn inside_mistreatment_subject(view: &TokenView<'_>, anchors: &[Anchor], a: usize) -> bool {
        /// How many tokens before the group a mistreatment head is looked for.
        const MISTREATMENT_REACH: usize = 12;
        let Some(anchor) = anchors.get(a) else {
            return false;
        };
        let Some(clause) = view.tokens.get(anchor.first).map(|t| t.clause) else {
            return false;
        };
        // Bounded: the head stands a few words before the group ("the *abuse* trans people
        // get"), and a clause of thousands of words must not cost a scan per group.
        (anchor.first.saturating_sub(MISTREATMENT_REACH)..anchor.first)
            .rev()
            .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
            .any(|k| crate::text::mistreatment_head(view, k))
    }

    /// Whether the group anchor `a` only names the topic of another noun ("the film *about
    /// black people* was rubbish", "the line about Polish workers is an insult to ..."): the
    /// predicate after it is said of that noun. "Everything about them is ..." and "what I
    /// hate about them is ..." are said of the group, so those words keep it.
    fn inside_topic_phrase(
        view: &TokenView<'_>,
        steps: &[Step],
        anchors: &[Anchor],
        a: usize,
    ) -> bool {
        /// Heads that stand for the group itself, and verbs that take "about" as its object.
        const KEEPS_GROUP: &[&str] = &[
            "everything",
            "something",
            "anything",
            "nothing",
            "thing",
            "things",
            "stuff",
            "what",
            "that",
            "this",
            "hate",
            "hated",
            "dislike",
            "love",
            "like",
            "despise",
            "loathe",
            "truth",
            "much",
            // "Just *thinking* about gay men fills me with rage".
            "thinking",
        ];
        let Some(first) = anchors.get(a).map(|x| x.first) else {
            return false;
        };
        let Some(about) = first.checked_sub(1) else {
            return false;
        };
        if !view.is_any(about, &["about", "regarding", "concerning"]) {
            return false;
        }
        about.checked_sub(1).is_some_and(|head| {
            Self::is_noun_like(view, steps, head) && !view.is_any(head, KEEPS_GROUP)
        })
    }

    /// Turns an anchor into a binding, following a pronoun to the group it stands for.
    fn resolve(&self, anchors: &Anchors, a: usize) -> Option<Bound> {
        let anchor = anchors.get(a)?;
        match anchor.kind {
            AnchorKind::Target(kind) => Some(Bound {
                kind,
                target: anchor.target.clone(),
                anchor: Some(a),
                antecedent: None,
                pinned: false,
            }),
            AnchorKind::SubjectPronoun | AnchorKind::ObjectPronoun | AnchorKind::GroupPronoun => {
                let index = anchors
                    .group_before(anchor.first)
                    .or_else(|| anchors.group_after(anchor.last))?;
                let antecedent = anchors.get(index)?;
                Some(Bound {
                    kind: TargetKind::Identity,
                    target: antecedent.target.clone(),
                    anchor: Some(a),
                    antecedent: Some(index),
                    pinned: false,
                })
            }
        }
    }

    /// The model's evidence adds confidence to lexicon hate findings that reached a protected
    /// group: their score becomes the noisy-or of both. Context discounts come afterwards, so
    /// "calling Muslims vermin is vile" stays clear however sure the model is.
    fn boost_with_model(&self, signals: &[Signal], findings: &mut [Finding]) {
        let model = findings
            .iter()
            .filter(|f| signals.get(f.signal).is_some_and(is_model_signal))
            .map(|f| f.raw)
            .fold(0.0f32, f32::max);
        if model <= 0.0 {
            return;
        }
        for finding in findings.iter_mut() {
            let lexicon = signals
                .get(finding.signal)
                .is_some_and(|s| !is_model_signal(s));
            if lexicon
                && finding.bound.kind == TargetKind::Identity
                && finding.category.starts_with("HATE.")
            {
                let boosted = round(1.0 - (1.0 - finding.raw) * (1.0 - model));
                finding.raw = finding.raw.max(boosted);
                finding.score = finding.score.max(boosted);
            }
        }
    }

    /// Which findings survive the model gate (one flag per finding, in order): every lexicon
    /// finding does; a model finding does only when
    /// (a) the post names a protected group: an identity term or slur (strong enough to flag
    ///     alone) the lexicon found, or a
    ///     target head of the model above its threshold (the signal's `target`);
    /// (b) no context lowered any finding of the post (a scoped negation, a quotation around
    ///     the model's span or a lexicon term) and no closing context
    ///     (`[model.gate] closing_contexts`) is anywhere in the post;
    /// (c) the post is not aimed at a non-protected group or a person: no `other` target
    ///     (politicians, fans), no lexicon finding bound to a person, and no hostile lexicon
    ///     word that reached no target while visibly naming other people ("invaders who
    ///     took ...", "fled from invaders": `unbound`): the model mostly scores that same
    ///     word, so it is no independent evidence against the binding.
    /// Whether its score clears the flag threshold is the calibrated `hate` threshold's job.
    /// Returns, per finding, `None` when it stands and the reason when the gate holds it back.
    fn model_gate(
        &self,
        signals: &[Signal],
        anchors: &[Anchor],
        findings: &[Finding],
        facts: GateFacts,
    ) -> Vec<Option<String>> {
        let GateFacts {
            unbound,
            lexicon_hostile,
            frame,
        } = facts;
        // A weak slur names a group for the words beside it, not for the model: "light a
        // fag" and "the other fags from choir" must not open the gate.
        let names_group = anchors.iter().any(|a| {
            a.kind == AnchorKind::Target(TargetKind::Identity)
                && a.signal
                    .and_then(|i| signals.get(i))
                    .is_some_and(|s| !is_model_signal(s) && !self.is_weak_slur(s))
        });
        // A context that lowered any finding in the post ("Jews aren't greedy") speaks for the
        // whole post as far as the model is concerned: it cannot see what was negated.
        // A word of the post may be a group's name the lexicon could not read.
        let group_guess = signals
            .iter()
            .any(|s| s.id.as_str() == crate::lexicon::GROUP_GUESS_SIGNAL);
        let closed_post = signals.iter().any(|s| {
            self.gate
                .closing_contexts
                .iter()
                .any(|c| c == s.id.as_str())
        }) || findings.iter().any(|f| !f.contexts.is_empty());
        let aimed_elsewhere = unbound
            || anchors
                .iter()
                .any(|a| a.signal.is_some() && a.kind == AnchorKind::Target(TargetKind::Other))
            || findings.iter().any(|f| {
                f.bound.kind == TargetKind::Person
                    && signals.get(f.signal).is_some_and(|s| !is_model_signal(s))
            });
        let closing: Option<String> = signals
            .iter()
            .find(|s| {
                self.gate
                    .closing_contexts
                    .iter()
                    .any(|c| c == s.id.as_str())
            })
            .map(|s| s.id.to_string())
            .or_else(|| {
                findings
                    .iter()
                    .flat_map(|f| f.contexts.iter())
                    .find_map(|&c| signals.get(c))
                    .map(|s| s.id.to_string())
            });
        findings
            .iter()
            .map(|f| {
                let signal = signals.get(f.signal)?;
                if !is_model_signal(signal) {
                    return None;
                }
                // The model's own target head stands in for the group when the lexicon found
                // hostile words but no group to bind them to: the group's name is then
                // usually misspelt past the lexicon ("all jwes are vermin"), which character
                // n-grams still read.
                let model_names_group = signal.target.is_some()
                    && (self.gate.model_targets
                        || (lexicon_hostile
                            && group_guess
                            && self.gate.model_targets_with_lexicon));
                if !(names_group || model_names_group) {
                    return Some("the post names no protected group for it to be aimed at".into());
                }
                if closed_post || !f.contexts.is_empty() {
                    let what = closing
                        .as_deref()
                        .and_then(|id| self.context.get(id))
                        .map(|c| c.label.clone())
                        .filter(|l| !l.is_empty())
                        .or_else(|| closing.clone())
                        .unwrap_or_else(|| "a protective context".to_owned());
                    return Some(format!("{what} applies to the post"));
                }
                if let Some(why) = frame {
                    return Some(why.into());
                }
                if aimed_elsewhere {
                    return Some(
                        "the post's hostile words are aimed at something other than a protected group"
                            .into(),
                    );
                }
                None
            })
            .collect()
    }

    fn apply_context(
        &self,
        view: &TokenView<'_>,
        signals: &[Signal],
        contexts: &reach::ContextIndex<'_>,
        finding: &mut Finding,
    ) {
        let Some(predicate_signal) = signals.get(finding.signal) else {
            return;
        };
        let predicate = predicate_signal.id.as_str();
        // Per context id, the earliest signal that reaches the finding (one id, one factor).
        let mut applied: Vec<(f32, usize)> = contexts
            .groups
            .iter()
            .filter(|g| {
                (g.config.applies_to.is_empty()
                    || g.config.applies_to.iter().any(|p| p == predicate))
                    && !g.config.exempt.iter().any(|p| p == predicate)
                    && g.config.factor < 1.0
            })
            .filter_map(|g| {
                g.reaching(view, finding.location)
                    .map(|index| (g.config.factor, index))
            })
            .filter(|&(_, index)| !self.negation_spares(view, signals, predicate_signal, index))
            .collect();
        applied.sort_by_key(|&(_, index)| index);
        for &(factor, index) in &applied {
            finding.score *= factor;
            finding.contexts.push(index);
            if let Some(cap) = signals
                .get(index)
                .and_then(|s| self.context.get(s.id.as_str()))
                .and_then(|c| c.severity_cap)
            {
                finding.severity = finding.severity.min(cap);
            }
        }
        finding.score = round(finding.score);
    }

    /// Whether the negation context `index` spares the model's finding `predicate`: the model
    /// is confident (`[model.gate] negation_spared_from`) and the negator denies no harm word
    /// in the words after it. "Not one of them can be trusted" is the hate itself; the
    /// lexicon reads the common shapes of it (negated positives), the model the rest. A
    /// denial of harm ("they are no *worse* than anyone", "I'd never want them *banned*")
    /// still holds the model back, and so does any negated lexicon term (it lowers a
    /// finding of its own, which closes the gate).
    fn negation_spares(
        &self,
        view: &TokenView<'_>,
        signals: &[Signal],
        predicate: &Signal,
        index: usize,
    ) -> bool {
        let Some(from) = self.gate.negation_spared_from else {
            return false;
        };
        let Some(negation) = signals.get(index) else {
            return false;
        };
        if negation.id.as_str() != "CTX_NEGATION"
            || !is_model_signal(predicate)
            || predicate.strength < from
        {
            return false;
        }
        let Some((_, last)) = negation.span.and_then(|s| view.locate(s)) else {
            return false;
        };
        let Some(clause) = view.tokens.get(last).map(|t| t.clause) else {
            return false;
        };
        // "... have *nothing to do with* Black people moving in" denies blame.
        let unconnected = view.is(last + 1, "to") && view.is(last + 2, "do");
        !unconnected
            && !(last + 1..last + 10)
                .take_while(|&k| view.tokens.get(k).is_some_and(|t| t.clause == clause))
                .any(|k| {
                    view.is_any(k, DENIED_HARMS) || crate::text::words::is_negator(view.word(k))
                })
    }

    fn category_score(&self, category: &str, findings: &[&Finding]) -> f32 {
        if self.accumulate.contains(category) {
            round(1.0 - findings.iter().fold(1.0, |acc, f| acc * (1.0 - f.score)))
        } else {
            findings.iter().map(|f| f.score).fold(0.0, f32::max)
        }
    }

    fn aggregate(&self, run: &Run<'_>) -> Assessment {
        let mut by_category: Vec<(String, Vec<&Finding>)> = Vec::new();
        for finding in &run.findings {
            match by_category.iter_mut().find(|(c, _)| *c == finding.category) {
                Some((_, list)) => list.push(finding),
                None => by_category.push((finding.category.clone(), vec![finding])),
            }
        }
        let scored: Vec<(String, f32, Severity, Vec<&Finding>)> = by_category
            .into_iter()
            .map(|(category, list)| {
                let score = self.category_score(&category, &list);
                let severity = list.iter().map(|f| f.severity).max().unwrap_or_default();
                (category, score, severity, list)
            })
            .collect();
        let overall = scored
            .iter()
            .filter(|(c, ..)| !self.non_violating.contains(c))
            .map(|(_, s, ..)| *s)
            .fold(0.0, f32::max);
        let verdict = if overall >= self.flag_threshold {
            Verdict::Flag
        } else {
            Verdict::Clear
        };

        // Findings that carry the flag: in a flagged category and strong enough on their own
        // (or, for categories that accumulate, contributing at all).
        let mut counted: Vec<&Finding> = Vec::new();
        for (category, score, _, list) in &scored {
            if *score < self.flag_threshold || self.non_violating.contains(category) {
                continue;
            }
            let accumulates = self.accumulate.contains(category);
            counted.extend(list.iter().copied().filter(|f| {
                if accumulates {
                    f.score >= self.report_threshold * 0.5
                } else {
                    f.score >= self.flag_threshold
                }
            }));
        }
        // Lexicon findings first: their words are what a reviewer checks; the model's span
        // only repeats one of them.
        let from_model = |f: &Finding| run.signals.get(f.signal).is_some_and(is_model_signal);
        counted.sort_by(|a, b| {
            from_model(a)
                .cmp(&from_model(b))
                .then(b.score.total_cmp(&a.score))
                .then(b.severity.cmp(&a.severity))
                .then(a.signal.cmp(&b.signal))
        });

        let mut categories: Vec<(CategoryScore, Severity)> = scored
            .iter()
            .filter(|(_, score, ..)| *score >= self.report_threshold)
            .map(|(id, score, severity, _)| {
                (
                    CategoryScore {
                        id: id.clone(),
                        score: *score,
                    },
                    *severity,
                )
            })
            .collect();
        if verdict == Verdict::Clear {
            for finding in run
                .findings
                .iter()
                .filter(|f| f.raw >= self.report_threshold && f.score < self.flag_threshold)
            {
                for &ctx in &finding.contexts {
                    let Some(marks) = run
                        .signals
                        .get(ctx)
                        .and_then(|s| self.context.get(s.id.as_str()))
                        .and_then(|c| c.marks.clone())
                    else {
                        continue;
                    };
                    match categories.iter_mut().find(|(c, _)| c.id == marks) {
                        Some((c, _)) => c.score = c.score.max(finding.raw),
                        None => categories.push((
                            CategoryScore {
                                id: marks,
                                score: finding.raw,
                            },
                            Severity::S0,
                        )),
                    }
                }
            }
        }
        categories.sort_by(|(a, sa), (b, sb)| {
            b.score
                .total_cmp(&a.score)
                .then(sb.cmp(sa))
                .then(a.id.cmp(&b.id))
        });

        let (severity, route, targets, spans) = if verdict == Verdict::Flag {
            let severity = counted.iter().map(|f| f.severity).max().unwrap_or_default();
            // Welfare routing is for posts that are only grief or need: any finding that
            // flags on its own outside a welfare rule (a call-out, a slur) needs a reviewer,
            // whatever its severity, or a post pairing grief with a call to violence would
            // reach a welfare partner alone.
            let grave = counted
                .iter()
                .any(|f| !f.welfare && f.score >= self.flag_threshold);
            let route = if severity == Severity::S4 {
                Route::Urgent
            } else if counted.iter().any(|f| f.welfare) && !grave {
                Route::Welfare
            } else {
                Route::Review
            };
            let mut targets: Vec<String> = Vec::new();
            for finding in &counted {
                // A trained-model finding binds to no word; it is about the group the post
                // names (or the group its target head read in a misspelt name).
                let model_target = run
                    .signals
                    .get(finding.signal)
                    .and_then(|s| explain::model_group(run.original, run.signals, s))
                    .map(|(_, target)| target);
                if let Some(target) = finding.bound.target.clone().or(model_target)
                    && !targets.contains(&target)
                {
                    targets.push(target);
                }
            }
            (severity, route, targets, self.spans(run, &counted))
        } else {
            (Severity::S0, Route::None, Vec::new(), Vec::new())
        };
        let explanation = explain::explain(run, verdict, route, &counted);
        Assessment {
            verdict,
            score: round(overall),
            severity,
            categories: categories.into_iter().map(|(c, _)| c).collect(),
            targets,
            spans,
            signals: Vec::new(),
            route,
            explanation,
        }
    }

    fn spans(&self, run: &Run<'_>, counted: &[&Finding]) -> Vec<EvidenceSpan> {
        let mut spans: Vec<EvidenceSpan> = Vec::new();
        // Spans already given, so a post with thousands of findings is not quadratic.
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        let mut push = |span: Option<Span>, signal: Option<&Signal>| {
            let (Some(span), Some(signal)) = (span, signal) else {
                return;
            };
            let Some(text) = span.slice(run.original) else {
                return;
            };
            if span.is_empty() || !seen.insert((span.start, span.end)) {
                return;
            }
            spans.push(EvidenceSpan {
                start: span.start,
                end: span.end,
                signal: signal.id.to_string(),
                text: text.to_owned(),
            });
        };
        for finding in counted {
            push(
                run.signals.get(finding.signal).and_then(|s| s.span),
                run.signals.get(finding.signal),
            );
            for anchor in [finding.bound.anchor, finding.bound.antecedent]
                .into_iter()
                .flatten()
            {
                if let Some(view) = run.anchors.get(anchor)
                    && let Some(signal) = view.signal.and_then(|i| run.signals.get(i))
                {
                    push(view.span, Some(signal));
                }
            }
        }
        spans.sort_by_key(|s| (s.start, s.end));
        spans
    }
}

/// Whether finding `f` is an "X are X" affirmation: its words open with "are" or "is", hold no
/// negator, and end with the same word as the group reference they are bound to.
fn is_tautology(view: &TokenView<'_>, anchors: &[Anchor], f: &Finding) -> bool {
    let (Some((first, last)), Some(anchor)) =
        (f.location, f.bound.anchor.and_then(|a| anchors.get(a)))
    else {
        return false;
    };
    if f.bound.kind != TargetKind::Identity || first >= last || !view.is_any(first, &["are", "is"])
    {
        return false;
    }
    if (first..=last).any(|k| crate::text::words::is_negator(view.word(k))) {
        return false;
    }
    let word = view.word(last);
    !word.is_empty() && view.word(anchor.last) == word
}

/// Whether the hostile word at token range `at` names other people than the post's group: a
/// relative clause follows it ("invaders *who* took ...") or "from", "by" or "against" comes
/// right before it ("fled *from* invaders").
fn names_someone_else(view: &TokenView<'_>, at: Option<(usize, usize)>) -> bool {
    let Some((first, last)) = at else {
        return false;
    };
    view.is_any(last + 1, &["who", "that", "which", "whose"])
        || (first > 0 && view.is_any(first - 1, &["from", "by", "against"]))
}

/// Whether a hostile signal is a verb of hatred or harm, which takes its target as an object
/// ("I hate them"), rather than a word said of a subject ("they are vermin").
fn is_verb_like(signal: &Signal) -> bool {
    matches!(
        signal.id.as_str(),
        "LEX_DEROGATORY_EMOTION" | "LEX_THREAT" | "LEX_THREAT_NORM"
    )
}

/// Whether the sentence of the token range `at` holds a plural pronoun that can stand for a
/// group named elsewhere ("they", "them", "those", "these"): before the hostile word (its
/// subject), or anywhere when the word is a verb (`object_too`: "I hate them").
fn sentence_has_group_pronoun(
    view: &TokenView<'_>,
    first_pronouns: &[Option<usize>],
    at: Option<(usize, usize)>,
    object_too: bool,
) -> bool {
    let Some((first, _)) = at else {
        return false;
    };
    let Some(sentence) = view.tokens.get(first).map(|t| t.sentence) else {
        return false;
    };
    // The sentence's first pronoun answers both questions: whether it has one at all, and
    // whether one comes before `first`.
    first_pronouns
        .get(sentence as usize)
        .copied()
        .flatten()
        .is_some_and(|p| object_too || p < first)
}

/// Per sentence number, the first token that may point at a group: a subject or object
/// pronoun, "those" or "these". Found once per post for [`sentence_has_group_pronoun`].
fn first_group_pronouns(view: &TokenView<'_>) -> Vec<Option<usize>> {
    let mut first: Vec<Option<usize>> = Vec::new();
    for (i, token) in view.tokens.iter().enumerate() {
        let at = token.sentence as usize;
        if first.len() <= at {
            first.resize(at + 1, None);
        }
        if let Some(slot) = first.get_mut(at)
            && slot.is_none()
            && (view.has(i, class::SUBJECT_PRONOUN | class::OBJECT_PRONOUN)
                || view.is_any(i, &["those", "these"]))
        {
            *slot = Some(i);
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use upstander_core::Taxonomy;

    use super::*;
    use crate::Normaliser;

    fn policy() -> Policy {
        PolicyConfig::embedded()
            .build(&Taxonomy::embedded().unwrap())
            .unwrap()
    }

    fn signal(id: &str, text: &str, word: &str, target: Option<&str>, strength: f32) -> Signal {
        let start = text.find(word).unwrap();
        Signal {
            id: upstander_core::SignalId::parse(id).unwrap(),
            span: Some(Span::new(start, start + word.len())),
            category: None,
            target: target.map(str::to_owned),
            severity: None,
            strength,
            note: String::new(),
        }
    }

    #[test]
    fn an_identity_mention_alone_is_clear_and_says_so() {
        let text = "Muslims live here";
        let normalised = Normaliser::new().normalise(text);
        let got = policy().assess(
            &normalised,
            vec![signal(
                "LEX_IDENTITY",
                text,
                "Muslims",
                Some("TG.RELIGION.MUSLIM"),
                0.2,
            )],
        );
        assert_eq!(got.verdict, Verdict::Clear);
        assert!(got.explanation.contains("Muslims"), "{}", got.explanation);
        assert_eq!(got.signals.len(), 1);
    }

    #[test]
    fn signals_with_spans_outside_the_text_are_ignored_not_trusted() {
        let text = "short";
        let normalised = Normaliser::new().normalise(text);
        let mut bad = signal(
            "LEX_DEHUMANISING",
            "xxxxxxxxxxxxxxxxxx vermin",
            "vermin",
            None,
            0.9,
        );
        bad.span = Some(Span::new(100, 200));
        let got = policy().assess(&normalised, vec![bad]);
        assert_eq!(got.verdict, Verdict::Clear);
        assert!(got.spans.is_empty());
    }

    #[test]
    fn a_predicate_binds_across_fillers_to_its_group() {
        let text = "Muslims are just filthy vermin";
        let normalised = Normaliser::new().normalise(text);
        let signals = vec![
            signal(
                "LEX_IDENTITY",
                text,
                "Muslims",
                Some("TG.RELIGION.MUSLIM"),
                0.2,
            ),
            signal("LEX_DEHUMANISING", text, "vermin", None, 0.9),
        ];
        let got = policy().assess(&normalised, signals);
        assert_eq!(got.verdict, Verdict::Flag, "{}", got.explanation);
        assert_eq!(got.targets, vec!["TG.RELIGION.MUSLIM".to_owned()]);
    }
}
