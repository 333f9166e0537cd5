//! The sentence encoder: a BERT model and its tokenizer, run with candle on the CPU.

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

use super::adapter::Adapter;
use super::emoji::emoji_to_words;
use crate::{DetectError, Result};

/// Longest input in tokens (MiniLM was trained with 256; longer posts are cut).
pub const MAX_TOKENS: usize = 256;

fn error(message: impl Into<String>) -> DetectError {
    DetectError::Model {
        message: message.into(),
    }
}

fn candle(context: &str) -> impl FnOnce(candle_core::Error) -> DetectError + '_ {
    move |e| error(format!("{context}: {e}"))
}

/// A BERT sentence encoder (all-MiniLM-L6-v2 in production): text in, one L2-normalised
/// embedding per text out.
///
/// Texts go through [`emoji_to_words`] first, are tokenised with padding to the longest text
/// of the batch (not the tokenizer file's fixed 128, which would cost ~5× the compute on short
/// posts) and truncated to [`MAX_TOKENS`]; the token vectors are averaged with the attention
/// mask as weights, so padding never leaks into the mean, then scaled to unit length. That is
/// sentence-transformers' `Transformer → Pooling(mean) → Normalize` pipeline for this model.
pub struct SentenceEncoder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
    dim: usize,
}

impl std::fmt::Debug for SentenceEncoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SentenceEncoder")
            .field("dim", &self.dim)
            .finish_non_exhaustive()
    }
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| error(format!("cannot read {}: {e}", path.display())))
}

impl SentenceEncoder {
    /// Files the encoder needs in its directory.
    pub const FILES: [&'static str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

    /// Whether `dir` holds every file [`SentenceEncoder::load`] needs.
    #[must_use]
    pub fn present(dir: &Path) -> bool {
        Self::FILES.iter().all(|f| dir.join(f).is_file())
    }

    /// Loads `config.json`, `tokenizer.json` and `model.safetensors` from `dir` (as
    /// `scripts/setup-minilm` lays them out).
    ///
    /// # Errors
    /// [`DetectError::Model`] naming the file that is missing or malformed.
    pub fn load(dir: &Path) -> Result<SentenceEncoder> {
        Self::load_adapted(dir, None)
    }

    /// As [`SentenceEncoder::load`], with a fine-tuned [`Adapter`] added to the base weights.
    ///
    /// # Errors
    /// As [`SentenceEncoder::load`], and when the adapter does not fit the weights.
    pub fn load_adapted(dir: &Path, adapter: Option<&Adapter>) -> Result<SentenceEncoder> {
        let config_path = dir.join("config.json");
        let config: Config = serde_json::from_slice(&read(&config_path)?)
            .map_err(|e| error(format!("{}: {e}", config_path.display())))?;
        let tokenizer_path = dir.join("tokenizer.json");
        let tokenizer = Tokenizer::from_bytes(read(&tokenizer_path)?)
            .map_err(|e| error(format!("{}: {e}", tokenizer_path.display())))?;
        let weights_path = dir.join("model.safetensors");
        // Read into memory rather than mmap: the workspace forbids unsafe code, and 91 MB
        // read once at start-up costs a fraction of a second.
        let device = Device::Cpu;
        let mut weights = candle_core::safetensors::load_buffer(&read(&weights_path)?, &device)
            .map_err(|e| error(format!("{}: {e}", weights_path.display())))?;
        if let Some(adapter) = adapter {
            adapter.apply(&mut weights)?;
        }
        let vb = VarBuilder::from_tensors(weights, DType::F32, &device);
        Self::from_parts(&config, vb, tokenizer)
            .map_err(|e| error(format!("{}: {e}", dir.display())))
    }

    /// An encoder from a BERT config, its weights and a tokenizer; the tokenizer's padding
    /// and truncation are replaced by the ones this encoder needs.
    ///
    /// # Errors
    /// [`DetectError::Model`] when a weight is missing or has the wrong shape, or the
    /// truncation cannot be set.
    pub fn from_parts(
        config: &Config,
        vb: VarBuilder<'_>,
        mut tokenizer: Tokenizer,
    ) -> Result<SentenceEncoder> {
        let device = vb.device().clone();
        let model = BertModel::load(vb, config).map_err(candle("BERT weights"))?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..PaddingParams::default()
        }));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: MAX_TOKENS,
                ..TruncationParams::default()
            }))
            .map_err(|e| error(format!("tokenizer truncation: {e}")))?;
        Ok(SentenceEncoder {
            model,
            tokenizer,
            device,
            dim: config.hidden_size,
        })
    }

    /// A tiny BERT (2 layers, hidden size 8) with seeded pseudo-random weights and a
    /// 24-word vocabulary: for tests and benchmarks that must run without the real weights.
    ///
    /// # Errors
    /// Only if candle cannot build the model, which the unit tests rule out.
    pub fn tiny_random(seed: u64) -> Result<SentenceEncoder> {
        let config = tiny_config();
        let device = Device::Cpu;
        let mut tensors = HashMap::new();
        let mut state = seed;
        for (name, shape) in tiny_shapes(&config) {
            let len: usize = shape.iter().product();
            let values: Vec<f32> = (0..len)
                .map(|_| {
                    // SplitMix64 → uniform in [-0.5, 0.5); LayerNorm weights near 1 so the
                    // network neither vanishes nor explodes.
                    state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                    let mut z = state;
                    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
                    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
                    z ^= z >> 31;
                    let u = (z >> 40) as f32 / (1u64 << 24) as f32 - 0.5;
                    if name.ends_with("LayerNorm.weight") {
                        1.0 + 0.1 * u
                    } else {
                        u
                    }
                })
                .collect();
            let tensor = Tensor::from_vec(values, shape, &device).map_err(candle("tiny BERT"))?;
            tensors.insert(name, tensor);
        }
        let vb = VarBuilder::from_tensors(tensors, DType::F32, &device);
        Self::from_parts(&config, vb, tiny_tokenizer()?)
    }

    /// Size of each embedding (384 for MiniLM).
    #[must_use]
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// Token ids of `text` as the encoder sees it (emoji turned into words), with `[CLS]` and
    /// `[SEP]`; for tests and diagnostics.
    ///
    /// # Errors
    /// [`DetectError::Model`] if the tokenizer fails.
    pub fn token_ids(&self, text: &str) -> Result<Vec<u32>> {
        let prepared = emoji_to_words(text);
        let encoding = self
            .tokenizer
            .encode(prepared.as_ref(), true)
            .map_err(|e| error(format!("tokenizer: {e}")))?;
        Ok(encoding.get_ids().to_vec())
    }

    /// One L2-normalised embedding per text, in order.
    ///
    /// # Errors
    /// [`DetectError::Model`] if tokenising or the forward pass fails.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let prepared: Vec<String> = texts
            .iter()
            .map(|t| emoji_to_words(t).into_owned())
            .collect();
        let inputs: Vec<&str> = prepared.iter().map(String::as_str).collect();
        let encodings = self
            .tokenizer
            .encode_batch(inputs, true)
            .map_err(|e| error(format!("tokenizer: {e}")))?;
        let rows = encodings.len();
        let width = encodings.first().map_or(0, tokenizers::Encoding::len);
        let mut ids = Vec::with_capacity(rows * width);
        let mut types = Vec::with_capacity(rows * width);
        let mut mask = Vec::with_capacity(rows * width);
        for encoding in &encodings {
            if encoding.len() != width {
                return Err(error("tokenizer returned a ragged batch"));
            }
            ids.extend_from_slice(encoding.get_ids());
            types.extend_from_slice(encoding.get_type_ids());
            mask.extend_from_slice(encoding.get_attention_mask());
        }
        let shape = (rows, width);
        let ids = Tensor::from_vec(ids, shape, &self.device).map_err(candle("input ids"))?;
        let types = Tensor::from_vec(types, shape, &self.device).map_err(candle("type ids"))?;
        let mask = Tensor::from_vec(mask, shape, &self.device).map_err(candle("mask"))?;
        let hidden = self
            .model
            .forward(&ids, &types, Some(&mask))
            .map_err(candle("BERT forward pass"))?;
        let pooled = mean_pool(&hidden, &mask).map_err(candle("pooling"))?;
        let normalised = l2_normalise(&pooled).map_err(candle("normalising"))?;
        normalised.to_vec2::<f32>().map_err(candle("reading out"))
    }
}

/// Mean of the token vectors `hidden` (batch × tokens × dim), weighted by the attention
/// `mask` (batch × tokens, 1 for a real token and 0 for padding).
///
/// # Errors
/// When the shapes do not fit together.
pub fn mean_pool(hidden: &Tensor, mask: &Tensor) -> candle_core::Result<Tensor> {
    let weights = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
    let summed = hidden.broadcast_mul(&weights)?.sum(1)?;
    // A row of all padding cannot come from the tokenizer (it always adds [CLS] and [SEP]);
    // the floor only keeps a hand-made one from dividing by zero.
    let counts = weights.sum(1)?.clamp(1e-9f32, f32::MAX)?;
    summed.broadcast_div(&counts)
}

/// Each row of `x` (batch × dim) scaled to unit Euclidean length (a zero row stays zero).
///
/// # Errors
/// When `x` is not two-dimensional.
pub fn l2_normalise(x: &Tensor) -> candle_core::Result<Tensor> {
    let norms = x.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12f32, f32::MAX)?;
    x.broadcast_div(&norms)
}

fn tiny_config() -> Config {
    Config {
        vocab_size: TINY_VOCAB.len(),
        hidden_size: 8,
        num_hidden_layers: 2,
        num_attention_heads: 2,
        intermediate_size: 16,
        max_position_embeddings: MAX_TOKENS,
        ..Config::default()
    }
}

/// Every weight a BERT of `config` loads, with its shape (names as in MiniLM's safetensors).
fn tiny_shapes(config: &Config) -> Vec<(String, Vec<usize>)> {
    let h = config.hidden_size;
    let i = config.intermediate_size;
    let mut shapes = vec![
        (
            "embeddings.word_embeddings.weight".to_owned(),
            vec![config.vocab_size, h],
        ),
        (
            "embeddings.position_embeddings.weight".to_owned(),
            vec![config.max_position_embeddings, h],
        ),
        (
            "embeddings.token_type_embeddings.weight".to_owned(),
            vec![config.type_vocab_size, h],
        ),
        ("embeddings.LayerNorm.weight".to_owned(), vec![h]),
        ("embeddings.LayerNorm.bias".to_owned(), vec![h]),
    ];
    for layer in 0..config.num_hidden_layers {
        let p = format!("encoder.layer.{layer}");
        for (name, shape) in [
            ("attention.self.query.weight", vec![h, h]),
            ("attention.self.query.bias", vec![h]),
            ("attention.self.key.weight", vec![h, h]),
            ("attention.self.key.bias", vec![h]),
            ("attention.self.value.weight", vec![h, h]),
            ("attention.self.value.bias", vec![h]),
            ("attention.output.dense.weight", vec![h, h]),
            ("attention.output.dense.bias", vec![h]),
            ("attention.output.LayerNorm.weight", vec![h]),
            ("attention.output.LayerNorm.bias", vec![h]),
            ("intermediate.dense.weight", vec![i, h]),
            ("intermediate.dense.bias", vec![i]),
            ("output.dense.weight", vec![h, i]),
            ("output.dense.bias", vec![h]),
            ("output.LayerNorm.weight", vec![h]),
            ("output.LayerNorm.bias", vec![h]),
        ] {
            shapes.push((format!("{p}.{name}"), shape));
        }
    }
    shapes
}

const TINY_VOCAB: [&str; 24] = [
    "[PAD]",
    "[UNK]",
    "[CLS]",
    "[SEP]",
    "the",
    "they",
    "are",
    "a",
    "all",
    "snake",
    "rat",
    "go",
    "home",
    "people",
    "love",
    "hate",
    "my",
    "neighbours",
    "kind",
    "vermin",
    "##s",
    "is",
    "and",
    "not",
];

fn tiny_tokenizer() -> Result<Tokenizer> {
    use tokenizers::models::wordpiece::WordPiece;
    use tokenizers::normalizers::bert::BertNormalizer;
    use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
    use tokenizers::processors::bert::BertProcessing;

    // tokenizers wants its own hash map type, which converts from an array of pairs.
    let vocab: [(String, u32); TINY_VOCAB.len()] =
        std::array::from_fn(|i| (TINY_VOCAB[i].to_owned(), i as u32));
    let model = WordPiece::builder()
        .vocab(vocab)
        .unk_token("[UNK]".to_owned())
        .build()
        .map_err(|e| error(format!("tiny tokenizer: {e}")))?;
    let mut tokenizer = Tokenizer::new(model);
    tokenizer
        .with_normalizer(Some(BertNormalizer::default()))
        .map_err(|e| error(format!("tiny tokenizer: {e}")))?;
    tokenizer.with_pre_tokenizer(Some(BertPreTokenizer));
    tokenizer.with_post_processor(Some(BertProcessing::new(
        ("[SEP]".to_owned(), 3),
        ("[CLS]".to_owned(), 2),
    )));
    Ok(tokenizer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-5
    }

    #[test]
    fn mean_pooling_ignores_padded_positions() {
        let device = Device::Cpu;
        // Two texts; the second has one real token and two pads whose vectors are huge.
        let hidden = Tensor::from_vec(
            vec![
                1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0, //
                10.0, 20.0, 999.0, 999.0, -999.0, 999.0,
            ],
            (2, 3, 2),
            &device,
        )
        .unwrap();
        let mask = Tensor::from_vec(vec![1u32, 1, 1, 1, 0, 0], (2, 3), &device).unwrap();
        let pooled = mean_pool(&hidden, &mask).unwrap().to_vec2::<f32>().unwrap();
        assert!(
            close(pooled[0][0], 3.0) && close(pooled[0][1], 4.0),
            "{pooled:?}"
        );
        assert!(
            close(pooled[1][0], 10.0) && close(pooled[1][1], 20.0),
            "{pooled:?}"
        );
    }

    #[test]
    fn normalised_rows_have_unit_length_and_zero_rows_stay_zero() {
        let device = Device::Cpu;
        let x = Tensor::from_vec(vec![3.0f32, 4.0, 0.0, 0.0], (2, 2), &device).unwrap();
        let rows = l2_normalise(&x).unwrap().to_vec2::<f32>().unwrap();
        assert!(close(rows[0][0], 0.6) && close(rows[0][1], 0.8), "{rows:?}");
        assert_eq!(rows[1], vec![0.0, 0.0]);
    }

    #[test]
    fn the_tiny_encoder_gives_unit_vectors_of_its_size() {
        let encoder = SentenceEncoder::tiny_random(7).unwrap();
        let out = encoder
            .embed(&["they are vermin", "I love my neighbours"])
            .unwrap();
        assert_eq!(out.len(), 2);
        for row in &out {
            assert_eq!(row.len(), encoder.dim());
            let norm: f32 = row.iter().map(|v| v * v).sum::<f32>().sqrt();
            assert!(close(norm, 1.0), "{norm}");
        }
    }

    #[test]
    fn a_text_embeds_the_same_alone_and_padded_in_a_batch() {
        let encoder = SentenceEncoder::tiny_random(11).unwrap();
        let alone = encoder.embed(&["go home"]).unwrap();
        let batch = encoder
            .embed(&["go home", "they are all kind people and not vermin"])
            .unwrap();
        for (a, b) in alone[0].iter().zip(&batch[0]) {
            assert!((a - b).abs() < 1e-4, "{:?} vs {:?}", alone[0], batch[0]);
        }
    }

    #[test]
    fn emoji_reach_the_tokenizer_as_words() {
        let encoder = SentenceEncoder::tiny_random(3).unwrap();
        let ids = encoder.token_ids("🐍").unwrap();
        assert_eq!(ids, vec![2, 9, 3], "[CLS] snake [SEP]");
    }

    #[test]
    fn long_texts_are_cut_to_the_token_limit() {
        let encoder = SentenceEncoder::tiny_random(5).unwrap();
        let long = "go home ".repeat(400);
        assert_eq!(encoder.token_ids(&long).unwrap().len(), MAX_TOKENS);
    }

    #[test]
    fn an_empty_batch_is_an_empty_answer() {
        let encoder = SentenceEncoder::tiny_random(1).unwrap();
        assert!(encoder.embed(&[]).unwrap().is_empty());
    }

    #[test]
    fn a_missing_directory_is_a_typed_error_naming_the_file() {
        let err = SentenceEncoder::load(Path::new("/nonexistent/minilm")).unwrap_err();
        assert!(err.to_string().contains("config.json"), "{err}");
    }
}
