//! The engine: normaliser, detectors and policy, built once and shared by worker threads.

use upstander_core::{Assessment, Signal, Taxonomy};

use std::sync::Arc;

use crate::{
    ContextDetector, Detector, Lexicon, LinearModel, ModelDetector, ModelThresholds,
    NormalisedText, Normaliser, Policy, PolicyConfig, Result,
};

/// Everything needed to assess a post; `Send + Sync`, meant to live in an `Arc`.
///
/// Detectors run in a fixed order: the lexicon, then any added detectors (a trained model),
/// then the context detectors, which read the evidence the others found. Posts with no
/// evidence at all skip the context detectors and most of the policy, which is what keeps the
/// common, harmless post cheap.
pub struct Engine {
    normaliser: Normaliser,
    lexicon: Lexicon,
    detectors: Vec<Box<dyn Detector>>,
    context: ContextDetector,
    policy: Policy,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("lexicon_entries", &self.lexicon.len())
            .field(
                "detectors",
                &self.detectors.iter().map(|d| d.name()).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// The shipped lexicon and policy with the standard context detectors.
    ///
    /// # Errors
    /// If the shipped lexicon or policy does not validate against `taxonomy` (for instance a
    /// custom taxonomy that lacks ids they use).
    ///
    /// When the policy's `[model] enabled = true`, the committed trained model runs as a
    /// detector too, with the policy's thresholds.
    pub fn standard(taxonomy: &Taxonomy) -> Result<Engine> {
        let config = PolicyConfig::embedded();
        let engine = Self::lexicon_only(taxonomy)?;
        if config.model.enabled {
            let model = Arc::new(LinearModel::embedded()?);
            return Ok(engine.with_detector(Box::new(ModelDetector::new(
                model,
                ModelThresholds::from_config(&config),
            ))));
        }
        Ok(engine)
    }

    /// The shipped lexicon and policy with the context detectors and no trained model: the
    /// baseline tier `upstander eval` compares against.
    ///
    /// # Errors
    /// As [`Engine::standard`].
    pub fn lexicon_only(taxonomy: &Taxonomy) -> Result<Engine> {
        let lexicon = Lexicon::embedded(taxonomy)?;
        let policy = PolicyConfig::embedded().build(taxonomy)?;
        Ok(Self::new(lexicon, policy))
    }

    /// The shipped lexicon and policy plus `model` with `thresholds`, whatever the policy's
    /// `[model] enabled` says (for evaluating a freshly trained model).
    ///
    /// # Errors
    /// As [`Engine::standard`].
    pub fn with_model(
        taxonomy: &Taxonomy,
        model: Arc<LinearModel>,
        thresholds: ModelThresholds,
    ) -> Result<Engine> {
        Ok(Self::lexicon_only(taxonomy)?
            .with_detector(Box::new(ModelDetector::new(model, thresholds))))
    }

    /// An engine with this lexicon and policy plus the standard context detectors.
    #[must_use]
    pub fn new(lexicon: Lexicon, policy: Policy) -> Engine {
        let context = ContextDetector::new(&lexicon);
        Engine {
            normaliser: Normaliser::new(),
            lexicon,
            detectors: Vec::new(),
            context,
            policy,
        }
    }

    /// Adds a detector that runs after the lexicon and before the context detectors.
    #[must_use]
    pub fn with_detector(mut self, detector: Box<dyn Detector>) -> Engine {
        self.detectors.push(detector);
        self
    }

    /// The normaliser posts go through.
    #[must_use]
    pub fn normaliser(&self) -> &Normaliser {
        &self.normaliser
    }

    /// Normalises a post (useful when the caller also needs the normalised text, e.g. for
    /// de-duplication keys), with spaces put back into run-together words the lexicon can
    /// split cleanly ("arescum"; see [`Lexicon::unglue`]).
    #[must_use]
    pub fn normalise<'a>(&self, text: &'a str) -> NormalisedText<'a> {
        self.lexicon.unglue(self.normaliser.normalise(text))
    }

    /// Runs every detector on `text` and returns the signals, in detector order.
    #[must_use]
    pub fn signals(&self, text: &NormalisedText<'_>) -> Vec<Signal> {
        let mut signals = Vec::new();
        self.lexicon.detect(text, &mut signals);
        for detector in &self.detectors {
            detector.detect(text, &mut signals);
        }
        if self.policy.has_evidence(&signals) {
            self.context.detect(text, &mut signals);
        }
        signals
    }

    /// Assesses an already normalised post.
    #[must_use]
    pub fn assess_normalised(&self, text: &NormalisedText<'_>) -> Assessment {
        let signals = self.signals(text);
        self.policy.assess(text, signals)
    }

    /// Normalises and assesses a post.
    #[must_use]
    pub fn assess(&self, text: &str) -> Assessment {
        self.assess_normalised(&self.normalise(text))
    }

    /// Assesses several posts, in order: the same assessments as [`Engine::assess`] on each,
    /// but each detector sees the whole batch at once, so the cascade embeds the posts it
    /// asks MiniLM about together (about twice the throughput of one at a time on a CPU).
    #[must_use]
    pub fn assess_batch(&self, texts: &[&str]) -> Vec<Assessment> {
        let normalised: Vec<NormalisedText<'_>> = texts.iter().map(|t| self.normalise(t)).collect();
        self.assess_normalised_batch(&normalised)
    }

    /// [`Engine::assess_batch`] for posts already normalised.
    #[must_use]
    pub fn assess_normalised_batch(&self, normalised: &[NormalisedText<'_>]) -> Vec<Assessment> {
        let mut signals: Vec<Vec<Signal>> = normalised
            .iter()
            .map(|text| {
                let mut out = Vec::new();
                self.lexicon.detect(text, &mut out);
                out
            })
            .collect();
        for detector in &self.detectors {
            detector.detect_batch(normalised, &mut signals);
        }
        normalised
            .iter()
            .zip(signals)
            .map(|(text, mut out)| {
                if self.policy.has_evidence(&out) {
                    self.context.detect(text, &mut out);
                }
                self.policy.assess(text, out)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Engine>();
    }
}
