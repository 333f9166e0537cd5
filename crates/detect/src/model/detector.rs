//! The model as a [`Detector`]: calibrated head probabilities become `CLF_*` signals.

use std::collections::BTreeMap;
use std::sync::Arc;

use upstander_core::{Signal, SignalId};

use super::{FeatureConfig, LinearModel};
use crate::{Detector, NormalisedText};

/// Per-head probability thresholds (from `[model]` in the policy) and the policy's flag
/// threshold they are mapped onto.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelThresholds {
    /// Probability at which each head counts as positive, by head name.
    pub heads: BTreeMap<String, f32>,
    /// The threshold for heads not listed.
    pub default: f32,
    /// The policy's flag threshold: a probability equal to the head's threshold becomes this
    /// signal strength, so the policy flags exactly at the threshold the product chose.
    pub flag_at: f32,
    /// Below this strength no signal is emitted at all, so a harmless post stays on the
    /// cheap no-evidence path.
    pub emit_from: f32,
}

impl Default for ModelThresholds {
    fn default() -> Self {
        Self {
            heads: BTreeMap::new(),
            default: 0.5,
            flag_at: 0.5,
            emit_from: 0.25,
        }
    }
}

impl ModelThresholds {
    /// The thresholds in a policy's `[model]` section, mapped onto its flag threshold.
    #[must_use]
    pub fn from_config(config: &crate::PolicyConfig) -> ModelThresholds {
        ModelThresholds {
            heads: config.model.thresholds.clone(),
            default: 0.5,
            flag_at: config.flag_threshold,
            emit_from: config.model.emit_from,
        }
    }

    /// The threshold of a head.
    #[must_use]
    pub fn of(&self, head: &str) -> f32 {
        self.heads.get(head).copied().unwrap_or(self.default)
    }

    /// Maps a probability to a signal strength, piecewise linear with `threshold ↦ flag_at`.
    #[must_use]
    pub fn strength(&self, probability: f32, threshold: f32) -> f32 {
        let t = threshold.clamp(0.01, 0.99);
        let f = self.flag_at.clamp(0.0, 1.0);
        let p = probability.clamp(0.0, 1.0);
        if p >= t {
            f + (1.0 - f) * (p - t) / (1.0 - t)
        } else {
            f * p / t
        }
    }
}

/// Runs a [`LinearModel`] and emits `CLF_HATE` with the predicted category (none when no
/// category head clears its threshold) and target.
///
/// The signal's span is the word that contributed most to the hateful score, so that the
/// policy's context rules (negation before it, quotation around it, counter-speech in its
/// sentence) apply to the model's evidence just as they do to a lexicon term.
#[derive(Debug, Clone)]
pub struct ModelDetector {
    model: Arc<LinearModel>,
    thresholds: ModelThresholds,
    hate: Option<SignalId>,
}

/// Categories the model can predict, with the words the explanation uses for each.
const CATEGORY_WORDS: &[(&str, &str)] = &[
    ("HATE.THREAT", "threat"),
    ("HATE.DEHUMANISATION", "dehumanisation"),
    ("HATE.DEROGATION", "derogation"),
    (
        "HATE.SUPPORT_HATEFUL_ENTITY",
        "support for a hateful entity",
    ),
    ("HATE.IMPLICIT_ANIMOSITY", "implicit animosity"),
];

impl ModelDetector {
    /// A detector for `model` with these thresholds.
    #[must_use]
    pub fn new(model: Arc<LinearModel>, thresholds: ModelThresholds) -> ModelDetector {
        ModelDetector {
            model,
            thresholds,
            // A constant, valid name; kept as an Option so that nothing here can panic.
            hate: SignalId::parse("CLF_HATE").ok(),
        }
    }

    /// The model it runs.
    #[must_use]
    pub fn model(&self) -> &LinearModel {
        &self.model
    }

    /// The thresholds it uses.
    #[must_use]
    pub fn thresholds(&self) -> &ModelThresholds {
        &self.thresholds
    }

    fn best_over(&self, probabilities: &[(String, f32)], prefix: &str) -> Option<(String, f32)> {
        probabilities
            .iter()
            .filter(|(name, _)| name.starts_with(prefix))
            .filter(|(name, p)| *p >= self.thresholds.of(name))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .cloned()
    }
}

impl Detector for ModelDetector {
    fn name(&self) -> &'static str {
        "model"
    }

    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        let (Some(hate), Some(id)) = (self.model.head("hate"), self.hate.as_ref()) else {
            return;
        };
        let config = self.model.config();
        let features = config.features(text);
        if features.buckets.is_empty() {
            return;
        }
        let p = hate.calibrate(hate.margin(&features));
        let strength = self.thresholds.strength(p, self.thresholds.of("hate"));
        if strength < self.thresholds.emit_from {
            return;
        }
        let probabilities: Vec<(String, f32)> = self
            .model
            .heads()
            .iter()
            .filter(|h| h.name != "hate")
            .map(|h| (h.name.clone(), h.calibrate(h.margin(&features))))
            .collect();
        // No category when no category head is confident: the policy then treats the finding
        // as a bare "hateful" score (its fallback rule for CLF_HATE), which it may weigh less
        // than one that two heads agree on.
        let category = self
            .best_over(&probabilities, "HATE.")
            .map(|(name, _)| name);
        let target = self.best_over(&probabilities, "TG.").map(|(name, _)| name);
        let words = CATEGORY_WORDS
            .iter()
            .find(|(id, _)| Some(*id) == category.as_deref())
            .map_or("hate, no category confident", |(_, w)| *w);
        let span = strongest_word(&config, hate, text, features.value)
            .map(|(s, e)| text.span_to_original(s, e));
        out.push(Signal {
            id: id.clone(),
            span,
            category,
            target,
            severity: None,
            strength,
            note: format!("the trained model rates this {p:.2} likely hateful ({words})"),
        });
    }
}

/// The word whose features add most to the head's margin.
fn strongest_word(
    config: &FeatureConfig,
    head: &super::Head,
    text: &NormalisedText<'_>,
    value: f32,
) -> Option<(usize, usize)> {
    let words = FeatureConfig::words(text);
    let mut contribution = vec![0.0f32; words.len()];
    config.word_features(text.as_str(), &words, |i, bucket| {
        if let Some(c) = contribution.get_mut(i) {
            *c += head.weight(bucket) * value;
        }
    });
    contribution
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .and_then(|(i, _)| words.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_maps_onto_the_flag_threshold() {
        let t = ModelThresholds::default();
        assert!((t.strength(0.8, 0.8) - 0.5).abs() < 1e-6);
        assert!(t.strength(0.79, 0.8) < 0.5);
        assert!((t.strength(1.0, 0.8) - 1.0).abs() < 1e-6);
        assert_eq!(t.strength(0.0, 0.8), 0.0);
    }

    #[test]
    fn strength_grows_with_probability() {
        let t = ModelThresholds::default();
        let mut last = -1.0;
        for i in 0..=100 {
            let s = t.strength(i as f32 / 100.0, 0.7);
            assert!(s >= last);
            last = s;
        }
    }
}
