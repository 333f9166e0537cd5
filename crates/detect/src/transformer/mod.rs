//! The transformer tier (cargo feature `transformer`): all-MiniLM-L6-v2 sentence embeddings
//! run with candle, and a trained logistic head on them.
//!
//! [`SentenceEncoder`] loads the BERT weights and tokenizer that `scripts/setup-minilm` puts in
//! `models/minilm/` (never committed, never fetched from a model hub) and turns posts into
//! unit-length 384-dimensional vectors; [`TransformerHead`] (committed, `minilm-head.json`)
//! turns a vector into a calibrated probability of hate and says how that probability joins
//! the fast tier's in the [`crate::Cascade`]. Training the head is `upstander-train`'s job.
//!
//! The encoder is about a thousand times slower than the linear model (tens to a couple of
//! hundred posts per second per core), which is why the cascade only asks it about posts the
//! fast tier is unsure of.

mod emoji;
mod encoder;
mod head;

pub use emoji::emoji_to_words;
pub use encoder::{MAX_TOKENS, SentenceEncoder, l2_normalise, mean_pool};
pub use head::{EMBEDDED_HEAD, HEAD_FORMAT, Stack, TransformerHead, logit};
