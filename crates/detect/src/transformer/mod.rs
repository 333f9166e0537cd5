//! The transformer tier (cargo feature `transformer`): all-MiniLM-L6-v2 sentence embeddings
//! run with candle, and a trained logistic head on them.
//!
//! [`SentenceEncoder`] loads the BERT weights and tokenizer that `scripts/setup-minilm` puts in
//! `models/minilm/` (never committed, never fetched from a model hub) and turns posts into
//! unit-length 384-dimensional vectors; [`TransformerHead`] (committed, `minilm-head.json`)
//! turns a vector into a calibrated probability of hate and says how that probability joins
//! the fast tier's in the [`crate::Cascade`]. Training the head is `upstander-train`'s job.
//!
//! A head may be trained on a fine-tuned encoder: then it names the [`Adapter`] (low-rank
//! updates to MiniLM's weights, committed as `minilm-lora.safetensors`) it needs, and
//! [`encoder_for`] loads the base weights with that adapter added.
//!
//! The encoder is about a thousand times slower than the linear model (tens to a couple of
//! hundred posts per second per core), which is why the cascade only asks it about posts the
//! fast tier is unsure of.

mod adapter;
mod emoji;
mod encoder;
mod head;

pub use adapter::Adapter;
pub use emoji::emoji_to_words;
pub use encoder::{MAX_TOKENS, SentenceEncoder, l2_normalise, mean_pool};
pub use head::{EMBEDDED_HEAD, HEAD_FORMAT, Stack, TransformerHead, logit};

use std::path::Path;

use crate::{DetectError, Result};

/// The committed encoder adapter (`resources/model/minilm-lora.safetensors`), compiled in.
pub const EMBEDDED_ADAPTER: &[u8] =
    include_bytes!("../../../../resources/model/minilm-lora.safetensors");

/// The encoder `head` was trained on: MiniLM's base weights from `dir`, plus the adapter the
/// head names, taken from `adapter_file` when given and otherwise the committed one.
///
/// # Errors
/// [`DetectError::Model`] when the weights or the adapter cannot be loaded, the head names an
/// adapter whose fingerprint differs from the one found, or an adapter file is given for a
/// head trained without one.
pub fn encoder_for(
    dir: &Path,
    head: &TransformerHead,
    adapter_file: Option<&Path>,
) -> Result<SentenceEncoder> {
    let model_error = |message: String| DetectError::Model { message };
    let Some(wanted) = &head.adapter else {
        if let Some(path) = adapter_file {
            return Err(model_error(format!(
                "the transformer head was trained on the plain encoder, not with the adapter {}",
                path.display()
            )));
        }
        return SentenceEncoder::load(dir);
    };
    let adapter = match adapter_file {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                model_error(format!("cannot read the adapter {}: {e}", path.display()))
            })?;
            Adapter::from_bytes(&bytes)?
        }
        None => Adapter::from_bytes(EMBEDDED_ADAPTER)?,
    };
    if adapter.fingerprint() != wanted {
        return Err(model_error(format!(
            "the transformer head needs the encoder adapter {wanted}, but the adapter {} is {}",
            adapter_file.map_or_else(|| "compiled in".to_owned(), |p| p.display().to_string()),
            adapter.fingerprint()
        )));
    }
    SentenceEncoder::load_adapted(dir, Some(&adapter))
}
