//! The seam every detector plugs into.

use upstander_core::Signal;

use crate::NormalisedText;

/// Something that notices things in a normalised post and reports them as [`Signal`]s.
///
/// Detectors never decide: they add named signals with evidence spans (byte offsets into the
/// **original** text) and leave weighing to the [`crate::Policy`]. The engine runs them in a
/// fixed order (lexicon, added detectors, then context), and `out` already holds what earlier
/// detectors found, so a context detector may look at that evidence; a detector must not
/// remove or change signals it did not add.
pub trait Detector: Send + Sync {
    /// A short stable name for logs and explanations (`"lexicon"`, `"context"`).
    fn name(&self) -> &'static str;

    /// Appends this detector's signals for `text` to `out`.
    fn detect(&self, text: &NormalisedText<'_>, out: &mut Vec<Signal>);

    /// [`Detector::detect`] for several posts at once: `outs[i]` belongs to `texts[i]`. The
    /// result must equal calling `detect` on each; a detector overrides this only when
    /// batching is cheaper (the cascade runs its encoder once for the whole batch).
    fn detect_batch(&self, texts: &[NormalisedText<'_>], outs: &mut [Vec<Signal>]) {
        for (text, out) in texts.iter().zip(outs.iter_mut()) {
            self.detect(text, out);
        }
    }
}
