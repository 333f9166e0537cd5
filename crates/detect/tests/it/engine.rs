//! Engine behaviour that fixtures cannot express: exact spans, completeness, plug-in detectors.

use std::sync::Arc;

use upstander_core::{Route, Severity, Signal, SignalId, Span, Verdict};
use upstander_detect::{Detector, Engine, Lexicon, NormalisedText, PolicyConfig};

use crate::support::{engine, taxonomy};

#[test]
fn a_full_width_word_is_highlighted_exactly_as_written() {
    let text = "Muslims are ｖｅｒｍｉｎ!";
    let got = engine().assess(text);
    let span = got
        .spans
        .iter()
        .find(|s| s.signal == "LEX_DEHUMANISING")
        .expect("dehumanising span");
    assert_eq!(span.text, "ｖｅｒｍｉｎ");
    assert_eq!(&text[span.start..span.end], "ｖｅｒｍｉｎ");
}

#[test]
fn a_leetspeak_word_is_highlighted_exactly_as_written() {
    let text = "honestly muslims are v3rm1n";
    let got = engine().assess(text);
    let span = got
        .spans
        .iter()
        .find(|s| s.signal == "LEX_DEHUMANISING")
        .expect("dehumanising span");
    assert_eq!(
        (span.start, span.end, span.text.as_str()),
        (21, 27, "v3rm1n")
    );
}

#[test]
fn a_flagged_assessment_is_filled_in_completely() {
    let got = engine().assess("Muslims are vermin and should be deported");
    assert_eq!(got.verdict, Verdict::Flag);
    assert!((0.0..=1.0).contains(&got.score));
    assert!(got.severity >= Severity::S2);
    assert_eq!(got.route, Route::Review);
    assert_eq!(got.targets, vec!["TG.RELIGION.MUSLIM".to_owned()]);
    let ids: Vec<&str> = got.categories.iter().map(|c| c.id.as_str()).collect();
    assert!(
        ids.contains(&"HATE.DEHUMANISATION") && ids.contains(&"HATE.EXCLUSION_CALL"),
        "{ids:?}"
    );
    for category in &got.categories {
        assert!(taxonomy().has_category(&category.id), "{}", category.id);
    }
    assert!(
        got.categories.windows(2).all(|w| w[0].score >= w[1].score),
        "categories not highest first"
    );
    assert!(
        got.spans.windows(2).all(|w| w[0].start < w[1].start),
        "spans not in text order: {:?}",
        got.spans
    );
    assert!(
        got.explanation.contains("\"vermin\""),
        "{}",
        got.explanation
    );
    assert!(
        got.explanation.contains("TG.RELIGION.MUSLIM"),
        "{}",
        got.explanation
    );
}

#[test]
fn a_cleared_post_explains_what_lowered_it() {
    let got = engine().assess("Muslims are not vermin");
    assert_eq!(got.verdict, Verdict::Clear);
    assert_eq!(got.route, Route::None);
    assert_eq!(got.severity, Severity::S0);
    assert!(got.spans.is_empty());
    assert!(
        got.explanation.starts_with("Not flagged"),
        "{}",
        got.explanation
    );
    assert!(got.explanation.contains("negation"), "{}", got.explanation);
    assert!(got.signals.iter().any(|s| s.id.as_str() == "CTX_NEGATION"));
}

#[test]
fn a_post_with_nothing_in_it_is_clear_with_an_explanation() {
    let got = engine().assess("Lovely weather for the match today");
    assert_eq!(got.verdict, Verdict::Clear);
    assert!(got.categories.is_empty() && got.targets.is_empty() && got.spans.is_empty());
    assert!(!got.explanation.is_empty());
}

struct AlwaysHate;

impl Detector for AlwaysHate {
    fn name(&self) -> &'static str {
        "always-hate"
    }

    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        out.push(Signal {
            id: SignalId::parse("CLF_HATE").unwrap(),
            span: Some(Span::new(0, text.original().len())),
            category: Some("HATE.DEROGATION".to_owned()),
            target: None,
            severity: None,
            strength: 0.9,
            note: "model".to_owned(),
        });
    }
}

#[test]
fn an_added_detector_runs_and_its_signals_are_kept() {
    let lexicon = Lexicon::embedded(taxonomy()).unwrap();
    let policy = PolicyConfig::embedded().build(taxonomy()).unwrap();
    let engine = Engine::new(lexicon, policy).with_detector(Box::new(AlwaysHate));
    let got = engine.assess("Muslims moved in next door");
    assert!(got.signals.iter().any(|s| s.id.as_str() == "CLF_HATE"));
    // The shipped policy weighs CLF_HATE (the trained model tier): a strong model signal in a
    // post that names a protected group, with no context against it, flags on its own.
    assert_eq!(got.verdict, Verdict::Flag, "{}", got.explanation);
}

#[test]
fn the_model_gate_keeps_a_model_signal_from_flagging_a_post_that_names_no_group() {
    let lexicon = Lexicon::embedded(taxonomy()).unwrap();
    let policy = PolicyConfig::embedded().build(taxonomy()).unwrap();
    let engine = Engine::new(lexicon, policy).with_detector(Box::new(AlwaysHate));
    let got = engine.assess("a perfectly pleasant sentence");
    assert!(got.signals.iter().any(|s| s.id.as_str() == "CLF_HATE"));
    assert_eq!(got.verdict, Verdict::Clear, "{}", got.explanation);
}

#[test]
fn the_model_gate_keeps_a_model_signal_from_flagging_reported_abuse() {
    let lexicon = Lexicon::embedded(taxonomy()).unwrap();
    let policy = PolicyConfig::embedded().build(taxonomy()).unwrap();
    let engine = Engine::new(lexicon, policy).with_detector(Box::new(AlwaysHate));
    let got = engine.assess("Calling Muslims names is disgusting and has to stop");
    assert_eq!(got.verdict, Verdict::Clear, "{}", got.explanation);
}

/// A model that rates every post at `strength`, its span on the first `word` of the post
/// (the real model marks the word that weighed most).
struct ModelOnWord {
    word: &'static str,
    strength: f32,
}

impl Detector for ModelOnWord {
    fn name(&self) -> &'static str {
        "model-on-word"
    }

    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let Some(start) = text.original().find(self.word) else {
            return;
        };
        out.push(Signal {
            id: SignalId::parse("CLF_HATE").unwrap(),
            span: Some(Span::new(start, start + self.word.len())),
            category: Some("HATE.DEROGATION".to_owned()),
            target: None,
            severity: None,
            strength: self.strength,
            note: "model".to_owned(),
        });
    }
}

fn assess_with_model(
    config: PolicyConfig,
    word: &'static str,
    strength: f32,
    text: &str,
) -> Verdict {
    let policy = config.build(taxonomy()).unwrap();
    let engine = Engine::new(Lexicon::embedded(taxonomy()).unwrap(), policy)
        .with_detector(Box::new(ModelOnWord { word, strength }));
    let got = engine.assess(text);
    assert!(got.signals.iter().any(|s| s.id.as_str() == "CLF_HATE"));
    got.verdict
}

#[test]
fn a_confident_model_is_not_held_back_by_a_negator_that_denies_no_harm() {
    let text = "Muslims will never amount to anything";
    let shipped = PolicyConfig::embedded;
    assert_eq!(
        assess_with_model(shipped(), "anything", 0.95, text),
        Verdict::Flag
    );
    // Less sure, the model is lowered by the negator as before.
    assert_eq!(
        assess_with_model(shipped(), "anything", 0.7, text),
        Verdict::Clear
    );
    // A denied harm holds even a confident model back.
    let harmless = "I have never had a problem with Muslims";
    assert_eq!(
        assess_with_model(shipped(), "Muslims", 0.95, harmless),
        Verdict::Clear
    );
    // Without `negation_spared_from` every scoped negator lowers the model.
    let mut strict = shipped();
    strict.model.gate.negation_spared_from = None;
    assert_eq!(
        assess_with_model(strict, "anything", 0.95, text),
        Verdict::Clear
    );
}

#[test]
fn a_policy_rule_can_weigh_a_model_signal() {
    let mut config = PolicyConfig::embedded();
    let extra = "flag_threshold = 0.5\n[signals.CLF_HATE]\nrole = \"predicate\"\nlabel = \"model\"\n[[rules]]\npredicate = \"CLF_HATE\"\ntarget = \"none\"\nscope = \"post\"\n";
    let extra = PolicyConfig::from_toml(extra).unwrap();
    config.signals.extend(extra.signals);
    config.rules.extend(extra.rules);
    // Without the gate a model signal is weighed like any other predicate.
    config.model.gate.enabled = false;
    let policy = config.build(taxonomy()).unwrap();
    let engine = Engine::new(Lexicon::embedded(taxonomy()).unwrap(), policy)
        .with_detector(Box::new(AlwaysHate));
    let got = engine.assess("a perfectly pleasant sentence");
    assert_eq!(got.verdict, Verdict::Flag, "{}", got.explanation);
    assert_eq!(got.top_category(), Some("HATE.DEROGATION"));
}

#[test]
fn one_engine_serves_many_threads() {
    let engine = Arc::new(Engine::standard(taxonomy()).unwrap());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let engine = Arc::clone(&engine);
            std::thread::spawn(move || {
                engine
                    .assess(&format!("post {i}: Muslims are vermin"))
                    .verdict
            })
        })
        .collect();
    for handle in handles {
        assert_eq!(handle.join().unwrap(), Verdict::Flag);
    }
}

#[test]
fn assessing_is_deterministic() {
    let text = "Kill all the opps in N17, RIP bro, Muslims are not vermin but gays are";
    assert_eq!(engine().assess(text), engine().assess(text));
}

#[test]
fn a_long_rant_names_a_few_context_signals_rather_than_all() {
    // Thousands of in-group and quoted slurs each lower their finding: the explanation names
    // each kind once instead of growing with the post.
    let text =
        "me and the other trannies call each other trannies, i am not a dyke 'slut' ".repeat(400);
    let got = engine().assess(&text);
    assert_eq!(got.verdict, Verdict::Clear);
    assert!(
        got.explanation.len() < 1_000,
        "explanation of {} bytes",
        got.explanation.len()
    );
    assert!(
        got.explanation.contains("reclaimed, in-group use"),
        "{}",
        got.explanation
    );
}
