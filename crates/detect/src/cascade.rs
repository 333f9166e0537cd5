//! The cascade (cargo feature `transformer`): the fast linear model decides the clear cases,
//! MiniLM is asked about the rest, and their scores become one `CLF_HATE` signal.
//!
//! The two tiers fail on different posts: hashed n-grams see words and spellings, the
//! sentence encoder sees paraphrase and implicit meaning. So inside the uncertain band of the
//! fast tier's probability the two probabilities are combined by the head's logistic stack
//! (fitted on the validation split) and compared with the stack's own threshold; outside it
//! the fast tier's signal stands, which keeps the transformer's cost to the uncertain share
//! of posts. The result is still only evidence: it is emitted like the linear model's signal
//! (same span, category and target, with a note naming both tiers), so the policy's model
//! gate and context rules (negation, quotation, counter-speech) apply to it unchanged.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use upstander_core::Signal;

use crate::transformer::{SentenceEncoder, TransformerHead};
use crate::{
    DetectError, Detector, LinearModel, ModelDetector, ModelThresholds, NormalisedText, Result,
};

/// The fast tier's linear model and the transformer tier, combined (see the module docs).
pub struct Cascade {
    linear: Arc<LinearModel>,
    /// The linear model as the fast tier runs it, for posts outside the band.
    fast: ModelDetector,
    /// The same with no emission floor: inside the band it supplies span, category and target.
    describe: ModelDetector,
    thresholds: ModelThresholds,
    encoder: Arc<SentenceEncoder>,
    head: Arc<TransformerHead>,
    band: [f32; 2],
    fast_signals: bool,
    seen: AtomicU64,
    consulted: AtomicU64,
    failures: AtomicU64,
}

impl std::fmt::Debug for Cascade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cascade")
            .field("band", &self.band)
            .field("encoder", &self.encoder)
            .finish_non_exhaustive()
    }
}

/// How many posts a [`Cascade`] has seen and how many it sent to the transformer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CascadeStats {
    /// Posts assessed.
    pub seen: u64,
    /// Posts whose fast-tier probability fell in the band, so the transformer ran.
    pub consulted: u64,
    /// Transformer runs that failed (the fast tier's signal stood instead).
    pub failures: u64,
}

impl Cascade {
    /// A cascade of `linear` (with the policy's `thresholds`) and the transformer tier;
    /// `band` overrides the head's default uncertain band.
    ///
    /// # Errors
    /// [`DetectError::Model`] when the head's size does not match the encoder's embeddings,
    /// the linear model has no `hate` head, or the band is not an ordered pair of
    /// probabilities.
    pub fn new(
        linear: Arc<LinearModel>,
        thresholds: ModelThresholds,
        encoder: Arc<SentenceEncoder>,
        head: Arc<TransformerHead>,
        band: Option<[f32; 2]>,
    ) -> Result<Cascade> {
        let model_error = |message: String| DetectError::Model { message };
        if head.weights.len() != encoder.dim() {
            return Err(model_error(format!(
                "transformer head has {} weights but the encoder makes {}-dimensional embeddings",
                head.weights.len(),
                encoder.dim()
            )));
        }
        if linear.head("hate").is_none() {
            return Err(model_error(
                "the linear model has no `hate` head for the cascade".to_owned(),
            ));
        }
        let band = band.unwrap_or(head.band);
        if !(0.0..=1.0).contains(&band[0]) || !(0.0..=1.0).contains(&band[1]) || band[0] > band[1] {
            return Err(model_error(format!(
                "cascade band [{}, {}] must be two probabilities, low first",
                band[0], band[1]
            )));
        }
        let mut open = thresholds.clone();
        open.emit_from = 0.0;
        Ok(Cascade {
            fast: ModelDetector::new(Arc::clone(&linear), thresholds.clone()),
            describe: ModelDetector::new(Arc::clone(&linear), open),
            linear,
            thresholds,
            encoder,
            head,
            band,
            fast_signals: true,
            seen: AtomicU64::new(0),
            consulted: AtomicU64::new(0),
            failures: AtomicU64::new(0),
        })
    }

    /// Whether the linear model's own signal stands for posts outside the band (the default).
    /// Off, when the policy leaves the linear model out of the fast tier (`[model] enabled =
    /// false`), posts outside the band get no model evidence and the rules alone decide them.
    #[must_use]
    pub fn with_fast_signals(mut self, on: bool) -> Cascade {
        self.fast_signals = on;
        self
    }

    /// The uncertain band in force.
    #[must_use]
    pub fn band(&self) -> [f32; 2] {
        self.band
    }

    /// The transformer head.
    #[must_use]
    pub fn head(&self) -> &TransformerHead {
        &self.head
    }

    /// The encoder.
    #[must_use]
    pub fn encoder(&self) -> &SentenceEncoder {
        &self.encoder
    }

    /// Posts seen and sent to the transformer so far.
    #[must_use]
    pub fn stats(&self) -> CascadeStats {
        CascadeStats {
            seen: self.seen.load(Ordering::Relaxed),
            consulted: self.consulted.load(Ordering::Relaxed),
            failures: self.failures.load(Ordering::Relaxed),
        }
    }

    /// The fast tier's calibrated probability that the post is hateful (0 for a post without
    /// features).
    #[must_use]
    pub fn fast_probability(&self, text: &NormalisedText<'_>) -> f32 {
        self.linear
            .head("hate")
            .map_or(0.0, |h| h.calibrate(h.margin(&self.linear.features(text))))
    }

    /// The transformer tier's calibrated probabilities for a batch of original texts.
    ///
    /// # Errors
    /// [`DetectError::Model`] if the encoder fails.
    pub fn transformer_probabilities(&self, texts: &[&str]) -> Result<Vec<f32>> {
        Ok(self
            .encoder
            .embed(texts)?
            .iter()
            .map(|e| self.head.probability(e))
            .collect())
    }

    /// Whether a fast-tier probability is uncertain enough to ask the transformer.
    #[must_use]
    pub fn in_band(&self, p_fast: f32) -> bool {
        (self.band[0]..=self.band[1]).contains(&p_fast)
    }

    /// Whether the transformer is asked about a post with fast-tier probability `p_fast`,
    /// given the signals found before the cascade ran (the lexicon's).
    #[must_use]
    pub fn consults(&self, p_fast: f32, earlier: &[Signal]) -> bool {
        consults(self.band, self.head.route_groups, p_fast, earlier)
    }
}

/// The cascade's routing rule (see [`Cascade::consults`]), for training code that must fit the
/// stack on the posts the cascade will ask about: inside the band, or, when `route_groups` is
/// on, anywhere below the band's top if an earlier signal names a group.
#[must_use]
pub fn consults(band: [f32; 2], route_groups: bool, p_fast: f32, earlier: &[Signal]) -> bool {
    if (band[0]..=band[1]).contains(&p_fast) {
        return true;
    }
    route_groups
        && p_fast < band[0]
        && earlier.iter().any(|s| {
            matches!(
                s.id.as_str(),
                "LEX_IDENTITY" | crate::lexicon::GROUP_GUESS_SIGNAL
            )
        })
}

impl Detector for Cascade {
    fn name(&self) -> &'static str {
        "cascade"
    }

    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>) {
        self.detect_batch(std::slice::from_ref(text), std::slice::from_mut(out));
    }

    fn detect_batch(&self, texts: &[NormalisedText<'_>], outs: &mut [Vec<Signal>]) {
        let mut asked: Vec<(usize, f32)> = Vec::new();
        for (i, (text, out)) in texts.iter().zip(outs.iter_mut()).enumerate() {
            self.seen.fetch_add(1, Ordering::Relaxed);
            let p_fast = self.fast_probability(text);
            if self.consults(p_fast, out) {
                asked.push((i, p_fast));
            } else if self.fast_signals {
                self.fast.detect(text, out);
            }
        }
        if asked.is_empty() {
            return;
        }
        self.consulted
            .fetch_add(asked.len() as u64, Ordering::Relaxed);
        // Similar lengths share a forward pass, so little of it is padding.
        asked.sort_by_key(|&(i, _)| texts.get(i).map_or(0, |t| t.original().len()));
        for chunk in asked.chunks(ENCODER_BATCH) {
            let originals: Vec<&str> = chunk
                .iter()
                .filter_map(|&(i, _)| texts.get(i).map(NormalisedText::original))
                .collect();
            match self.transformer_probabilities(&originals) {
                Ok(probabilities) if probabilities.len() == chunk.len() => {
                    for (&(i, p_fast), p_transformer) in chunk.iter().zip(probabilities) {
                        if let (Some(text), Some(out)) = (texts.get(i), outs.get_mut(i)) {
                            self.emit(text, p_fast, p_transformer, out);
                        }
                    }
                }
                _ => {
                    // The forward pass of a loaded model does not fail on any text; if it
                    // ever does, the posts still get the fast tier's judgement, and the count
                    // shows it.
                    self.failures
                        .fetch_add(chunk.len() as u64, Ordering::Relaxed);
                    if self.fast_signals {
                        for &(i, _) in chunk {
                            if let (Some(text), Some(out)) = (texts.get(i), outs.get_mut(i)) {
                                self.fast.detect(text, out);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Posts per encoder forward pass in [`Cascade::detect_batch`].
const ENCODER_BATCH: usize = 16;

impl Cascade {
    /// The cascade's signal for a post the transformer was asked about.
    fn emit(
        &self,
        text: &NormalisedText<'_>,
        p_fast: f32,
        p_transformer: f32,
        out: &mut Vec<Signal>,
    ) {
        let p = self.head.combine(p_fast, p_transformer);
        let strength = self.thresholds.strength(p, self.head.cascade_threshold);
        if strength < self.thresholds.emit_from {
            return;
        }
        let mut described = Vec::new();
        self.describe.detect(text, &mut described);
        let Some(mut signal) = described.pop() else {
            return;
        };
        signal.strength = strength;
        signal.note = format!(
            "{}; the transformer tier (MiniLM) rates it {p_transformer:.2}, {p:.2} taken together",
            signal.note
        );
        out.push(signal);
    }
}
