//! Evaluation on held-out test splits: the lexicon-only engine, the model alone, and the
//! engine with the model, per data set and per head, with a calibration table.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use upstander_core::{Taxonomy, Verdict};
use upstander_detect::{Engine, LinearModel, ModelThresholds, Normaliser};

use crate::Result;
use crate::data::{Example, Split};
use crate::metrics::{CalibrationBin, Confusion, Summary, calibration, expected_calibration_error};
use crate::split::Placed;
use crate::trainer::label_for;

/// Results for one data set.
#[derive(Debug, Clone, Serialize)]
pub struct SetResult {
    /// Set name.
    pub set: String,
    /// Lexicon + context + policy, no model.
    pub lexicon: Summary,
    /// The model's hateful head alone at its threshold.
    pub model: Summary,
    /// The engine with the model as a detector.
    pub combined: Summary,
}

/// Results for one head of the model alone.
#[derive(Debug, Clone, Serialize)]
pub struct HeadResult {
    /// Head name.
    pub head: String,
    /// Threshold used.
    pub threshold: f32,
    /// Metrics over test examples that carry a label for this head.
    pub summary: Summary,
}

/// The whole evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    /// Per set.
    pub sets: Vec<SetResult>,
    /// All sets together (each example once).
    pub overall: SetResult,
    /// Per head.
    pub heads: Vec<HeadResult>,
    /// Calibration of the hateful head.
    pub calibration: Vec<CalibrationBin>,
    /// Expected calibration error of the hateful head.
    pub expected_calibration_error: f64,
}

/// Test examples, at most `limit` per set (the first ones in file order, so a limited run is
/// a stable subset).
#[must_use]
pub fn test_examples(placed: Vec<Placed>, limit: Option<usize>) -> Vec<Example> {
    let mut per_set: BTreeMap<&'static str, usize> = BTreeMap::new();
    placed
        .into_iter()
        .filter(|p| p.split == Split::Test)
        .filter(|p| {
            let n = per_set.entry(p.example.set).or_default();
            *n += 1;
            limit.is_none_or(|l| *n <= l)
        })
        .map(|p| p.example)
        .collect()
}

/// Evaluates `model` (with `thresholds`) on `examples`.
///
/// # Errors
/// If the shipped lexicon or policy does not build.
pub fn evaluate(
    model: LinearModel,
    thresholds: &ModelThresholds,
    examples: &[Example],
) -> Result<EvalReport> {
    let taxonomy = Taxonomy::embedded()?;
    let model = Arc::new(model);
    let lexicon_engine = Engine::lexicon_only(&taxonomy)?;
    let combined_engine = Engine::with_model(&taxonomy, Arc::clone(&model), thresholds.clone())?;
    let normaliser = Normaliser::new();
    let mut per_set: BTreeMap<&str, [Confusion; 3]> = BTreeMap::new();
    let mut overall = [Confusion::default(); 3];
    let mut heads: BTreeMap<String, Confusion> = BTreeMap::new();
    let mut pairs = Vec::new();
    for e in examples {
        let text = normaliser.normalise(&e.text);
        let scores = model.score(&text);
        let p_hate = scores.get("hate").unwrap_or(0.0);
        pairs.push((p_hate, e.hateful));
        let lexicon = lexicon_engine.assess_normalised(&text).verdict == Verdict::Flag;
        let combined = combined_engine.assess_normalised(&text).verdict == Verdict::Flag;
        let alone = p_hate >= thresholds.of("hate");
        let entry = per_set.entry(e.set).or_default();
        for (c, predicted) in entry.iter_mut().zip([lexicon, alone, combined]) {
            c.add(e.hateful, predicted);
        }
        for (c, predicted) in overall.iter_mut().zip([lexicon, alone, combined]) {
            c.add(e.hateful, predicted);
        }
        for (name, p) in &scores.heads {
            if let Some(y) = label_for(name, e) {
                heads
                    .entry(name.clone())
                    .or_default()
                    .add(y, *p >= thresholds.of(name));
            }
        }
    }
    let result = |set: &str, c: &[Confusion; 3]| SetResult {
        set: set.to_owned(),
        lexicon: c[0].summary(),
        model: c[1].summary(),
        combined: c[2].summary(),
    };
    let bins = calibration(&pairs);
    Ok(EvalReport {
        sets: per_set.iter().map(|(s, c)| result(s, c)).collect(),
        overall: result("all", &overall),
        heads: model
            .heads()
            .iter()
            .filter_map(|h| {
                heads.get(&h.name).map(|c| HeadResult {
                    head: h.name.clone(),
                    threshold: thresholds.of(&h.name),
                    summary: c.summary(),
                })
            })
            .collect(),
        expected_calibration_error: expected_calibration_error(&bins),
        calibration: bins,
    })
}
