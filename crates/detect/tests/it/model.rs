//! The committed model: it loads, and it scores clear cases sensibly.

use std::sync::Arc;

use upstander_core::{Taxonomy, Verdict};
use upstander_detect::{Engine, LinearModel, ModelThresholds, Normaliser, PolicyConfig};

fn hate(text: &str) -> f32 {
    let model = LinearModel::embedded().unwrap();
    model
        .score(&Normaliser::new().normalise(text))
        .get("hate")
        .unwrap()
}

#[test]
fn the_committed_model_loads_with_a_hateful_head_and_its_thresholds() {
    let model = LinearModel::embedded().unwrap();
    assert!(model.head("hate").is_some());
    assert!(
        PolicyConfig::embedded()
            .model
            .thresholds
            .contains_key("hate")
    );
    assert!(upstander_detect::EMBEDDED_MODEL.len() < 20 * 1024 * 1024);
}

#[test]
fn the_committed_model_rates_clear_hate_above_clear_harmless_posts() {
    let hateful = [
        "Muslims are vermin and should be wiped out",
        "Refugees are parasites",
    ];
    let harmless = [
        "My neighbours are Muslims and they are lovely",
        "What a sunny day for a walk",
    ];
    for h in hateful {
        for n in harmless {
            assert!(hate(h) > hate(n), "{h}: {} vs {n}: {}", hate(h), hate(n));
        }
    }
    assert!(hate("Refugees are parasites") > 0.5);
    assert!(hate("What a sunny day for a walk") < 0.5);
}

#[test]
fn the_engine_with_the_model_names_its_contribution_in_the_explanation() {
    let taxonomy = Taxonomy::embedded().unwrap();
    let model = Arc::new(LinearModel::embedded().unwrap());
    let thresholds = ModelThresholds::from_config(&PolicyConfig::embedded());
    let engine = Engine::with_model(&taxonomy, model, thresholds).unwrap();
    // No listed hostile word: the model carries this flag on its own.
    let a = engine.assess("Why do immigrants always steal?");
    assert_eq!(a.verdict, Verdict::Flag, "{}", a.explanation);
    assert!(
        a.explanation.contains("trained model rates this"),
        "{}",
        a.explanation
    );
    assert!(
        a.signals
            .iter()
            .any(|s| s.id.as_str() == "CLF_HATE" && s.span.is_some())
    );
}

#[test]
fn a_model_flag_names_the_group_it_is_about_and_lists_it_as_a_target() {
    let engine = Engine::standard(&Taxonomy::embedded().unwrap()).unwrap();
    let flagged_saying = |post: &str, words: &str| {
        let a = engine.assess(post);
        assert_eq!(a.verdict, Verdict::Flag, "{}", a.explanation);
        assert!(a.explanation.contains(words), "{}", a.explanation);
        a.targets
    };
    // A group the lexicon read: the model's finding is about it.
    let targets = flagged_saying(
        "Why do immigrants always steal?",
        "about \"immigrants\" (TG.MIGRATION_STATUS",
    );
    assert!(
        targets.iter().any(|t| t.starts_with("TG.MIGRATION_STATUS")),
        "{targets:?}"
    );
    // A name misspelt past the lexicon, for which the model's target head stands in.
    let targets = flagged_saying(
        "muzlimz are vermin",
        "\"muzlimz\", read as a misspelt name of TG.RELIGION",
    );
    assert_eq!(targets, vec!["TG.RELIGION".to_owned()]);
}

#[test]
fn the_standard_engine_runs_the_committed_model() {
    let engine = Engine::standard(&Taxonomy::embedded().unwrap()).unwrap();
    let a = engine.assess("Why do immigrants always steal?");
    assert!(a.signals.iter().any(|s| s.id.as_str() == "CLF_HATE"));
    assert_eq!(a.verdict, Verdict::Flag, "{}", a.explanation);
}

#[test]
fn a_negation_reaches_past_the_model_even_when_the_models_word_is_the_negator() {
    // The model weighs "aren't" most here; the negator must still deny "greedy", and that
    // denial must veto the model's own finding.
    let engine = Engine::standard(&Taxonomy::embedded().unwrap()).unwrap();
    let a = engine.assess("Jews aren't greedy");
    assert!(a.signals.iter().any(|s| s.id.as_str() == "CTX_NEGATION"));
    assert_eq!(a.verdict, Verdict::Clear, "{}", a.explanation);
}

#[test]
fn the_models_word_does_not_stand_between_a_threat_and_its_group() {
    let engine = Engine::standard(&Taxonomy::embedded().unwrap()).unwrap();
    let a = engine.assess("Gay people who come near my kids will get a bullet");
    assert_eq!(a.verdict, Verdict::Flag, "{}", a.explanation);
    assert!(a.categories.iter().any(|c| c.id == "HATE.THREAT"));
}
