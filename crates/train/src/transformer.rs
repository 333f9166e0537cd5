//! Training the transformer tier's head (cargo feature `transformer`): MiniLM embeddings of a
//! seeded, balanced sample of the training splits, a logistic head fitted by Newton's method,
//! Platt calibration, the product threshold, and the cascade's stack, all on the same splits
//! and label mapping as the linear model.
//!
//! Embedding is the slow part (about 150 short posts per second on two cores in a release
//! build), so every embedding is kept in a cache file keyed by a hash of the text; a rerun
//! with the same data embeds nothing. Texts are embedded in batches of similar length, so
//! short posts are not padded to the length of long ones.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use candle_core::{Device, Tensor};
use serde::Serialize;
use upstander_core::{Taxonomy, Verdict};
use upstander_detect::transformer::{HEAD_FORMAT, SentenceEncoder, Stack, TransformerHead};

use upstander_detect::{
    Cascade, Detector, Engine, Lexicon, LinearModel, ModelThresholds, Normaliser, PolicyConfig,
    cascade_consults, sigmoid,
};

use crate::data::{Example, Split};
use crate::metrics::{Confusion, Summary};
use crate::split::{Placed, stable_hash};
use crate::trainer::{Progress, platt, threshold_for_fpr};
use crate::{Result, TrainError};

/// Settings for training the head.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformerTrainConfig {
    /// Seeds the samples.
    pub seed: u64,
    /// Training examples per public set (half hateful, half not, where the set has them);
    /// the contrastive set's training split is used whole.
    pub train_per_set: usize,
    /// Validation examples per public set (for calibration, the threshold and the stack).
    pub validation_per_set: usize,
    /// Test examples per public set for the report.
    pub test_per_set: usize,
    /// Product requirement: at most this share of harmless validation posts that mention an
    /// identity group may be flagged (the linear model's rule).
    pub identity_fpr: f64,
    /// Default uncertain band of the fast tier's probability written into the head.
    pub band: [f32; 2],
    /// Whether the cascade also asks the transformer about posts below the band that name a
    /// group (written into the head; see `Cascade::consults`).
    pub route_groups: bool,
    /// Posts per encoder batch.
    pub batch: usize,
}

impl Default for TransformerTrainConfig {
    fn default() -> Self {
        Self {
            seed: 20_261_128,
            train_per_set: 700,
            validation_per_set: 300,
            test_per_set: 200,
            identity_fpr: 0.10,
            band: [0.25, 0.85],
            route_groups: true,
            batch: 32,
        }
    }
}

/// Where the embedding cache lives by default (under `target/`, so it is never committed).
pub const DEFAULT_CACHE: &str = "target/minilm-embeddings.bin";

const CACHE_MAGIC: &[u8; 8] = b"UPSEMB\0\x01";

/// Embeddings already computed, by a hash of the text; appended to as new texts are embedded.
#[derive(Debug)]
pub struct EmbeddingCache {
    path: PathBuf,
    dim: usize,
    map: HashMap<u64, Vec<f32>>,
    /// Bytes of the file that hold whole records; a tail cut short by an interrupted run is
    /// cut off before new records are appended, so they stay aligned.
    valid_len: u64,
}

fn text_key(text: &str) -> u64 {
    stable_hash(0x4D69_6E69_4C4D, text)
}

impl EmbeddingCache {
    /// Opens the cache at `path` for `dim`-dimensional embeddings (an empty cache when the
    /// file does not exist; a file of another dimension or format is ignored and rewritten).
    ///
    /// # Errors
    /// The file exists but cannot be read.
    pub fn open(path: &Path, dim: usize) -> Result<EmbeddingCache> {
        let mut cache = EmbeddingCache {
            path: path.to_owned(),
            dim,
            map: HashMap::new(),
            valid_len: 0,
        };
        let Ok(file) = std::fs::File::open(path) else {
            return Ok(cache);
        };
        let mut reader = BufReader::new(file);
        let mut header = [0u8; 12];
        if reader.read_exact(&mut header).is_err()
            || &header[..8] != CACHE_MAGIC
            || u32::from_le_bytes([header[8], header[9], header[10], header[11]]) as usize != dim
        {
            return Ok(cache);
        }
        let record = 8 + 4 * dim;
        let mut buf = vec![0u8; record];
        // A record cut short by an interrupted run is dropped; the rest is kept.
        cache.valid_len = header.len() as u64;
        while reader.read_exact(&mut buf).is_ok() {
            cache.valid_len += record as u64;
            let mut key = [0u8; 8];
            key.copy_from_slice(&buf[..8]);
            let values = buf[8..]
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            cache.map.insert(u64::from_le_bytes(key), values);
        }
        Ok(cache)
    }

    /// Embeddings cached.
    #[must_use]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether nothing is cached.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The embedding of `text`, if cached.
    #[must_use]
    pub fn get(&self, text: &str) -> Option<&[f32]> {
        self.map.get(&text_key(text)).map(Vec::as_slice)
    }

    /// Embeds every text not yet cached (in batches of similar length) and appends the new
    /// embeddings to the file as it goes, so an interrupted run keeps its work.
    ///
    /// # Errors
    /// The encoder fails or the file cannot be written.
    pub fn fill(
        &mut self,
        encoder: &SentenceEncoder,
        texts: &[&str],
        batch: usize,
        progress: Progress<'_>,
    ) -> Result<()> {
        let mut missing: Vec<&str> = texts
            .iter()
            .copied()
            .filter(|t| !self.map.contains_key(&text_key(t)))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing.sort_by_key(|t| t.len());
        let total = missing.len() as u64;
        progress("embedding", 0, total);
        if missing.is_empty() {
            return Ok(());
        }
        let fresh = !self.path.is_file();
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| TrainError::io(dir, &e))?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| TrainError::io(&self.path, &e))?;
        let mut out = BufWriter::new(file);
        let io = |e: std::io::Error, path: &Path| TrainError::io(path, &e);
        if fresh || self.map.is_empty() {
            // A file of another format was ignored on open: start it again.
            out.get_mut().set_len(0).map_err(|e| io(e, &self.path))?;
            out.write_all(CACHE_MAGIC).map_err(|e| io(e, &self.path))?;
            out.write_all(&(self.dim as u32).to_le_bytes())
                .map_err(|e| io(e, &self.path))?;
        } else {
            out.get_mut()
                .set_len(self.valid_len)
                .map_err(|e| io(e, &self.path))?;
        }
        let mut done = 0u64;
        for chunk in missing.chunks(batch.max(1)) {
            let vectors = encoder.embed(chunk)?;
            for (text, vector) in chunk.iter().zip(vectors) {
                let key = text_key(text);
                out.write_all(&key.to_le_bytes())
                    .map_err(|e| io(e, &self.path))?;
                for v in &vector {
                    out.write_all(&v.to_le_bytes())
                        .map_err(|e| io(e, &self.path))?;
                }
                self.map.insert(key, vector);
            }
            done += chunk.len() as u64;
            progress("embedding", done, total);
        }
        out.flush().map_err(|e| io(e, &self.path))?;
        Ok(())
    }
}

/// A seeded, balanced sample of one split: per public set at most `per_set / 2` hateful and
/// `per_set / 2` harmless examples (in the order of a seeded hash, so the sample is stable);
/// the contrastive set's rows in the split are all kept.
#[must_use]
pub fn sample(placed: &[Placed], split: Split, per_set: usize, seed: u64) -> Vec<&Example> {
    let mut by_set: BTreeMap<&str, Vec<&Example>> = BTreeMap::new();
    for p in placed.iter().filter(|p| p.split == split) {
        by_set.entry(p.example.set).or_default().push(&p.example);
    }
    let mut out = Vec::new();
    for (set, mut rows) in by_set {
        if set == "contrastive" {
            out.extend(rows);
            continue;
        }
        rows.sort_by_key(|e| (stable_hash(seed, &e.text), e.text.as_str()));
        for hateful in [true, false] {
            out.extend(
                rows.iter()
                    .filter(|e| e.hateful == hateful)
                    .take(per_set / 2)
                    .copied(),
            );
        }
    }
    out
}

/// Solves `a · x = b` for a symmetric positive definite `a` (n × n, row-major) by Cholesky.
fn cholesky_solve(a: &[f64], b: &[f64], n: usize) -> Option<Vec<f64>> {
    let mut l = vec![0.0f64; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut sum = a[i * n + j];
            for k in 0..j {
                sum -= l[i * n + k] * l[j * n + k];
            }
            if i == j {
                if sum <= 0.0 {
                    return None;
                }
                l[i * n + i] = sum.sqrt();
            } else {
                l[i * n + j] = sum / l[j * n + j];
            }
        }
    }
    let mut y = vec![0.0f64; n];
    for i in 0..n {
        let mut sum = b[i];
        for k in 0..i {
            sum -= l[i * n + k] * y[k];
        }
        y[i] = sum / l[i * n + i];
    }
    let mut x = vec![0.0f64; n];
    for i in (0..n).rev() {
        let mut sum = y[i];
        for k in i + 1..n {
            sum -= l[k * n + i] * x[k];
        }
        x[i] = sum / l[i * n + i];
    }
    Some(x)
}

fn candle_error(e: candle_core::Error) -> TrainError {
    TrainError::Insufficient(format!("linear algebra failed: {e}"))
}

/// Weighted L2-regularised logistic regression by Newton's method (the intercept is not
/// penalised). `rows` are the feature vectors; returns `(weights, bias)`.
///
/// The Hessian and gradient products run through candle's matrix multiply, so fitting 20k
/// rows of 384 dimensions takes seconds even in a debug build.
///
/// # Errors
/// [`TrainError::Insufficient`] for no rows, rows of different lengths, or a singular system.
pub fn fit_logistic(
    rows: &[&[f32]],
    labels: &[bool],
    weights: &[f32],
    l2: f64,
) -> Result<(Vec<f32>, f32)> {
    let n = rows.len();
    let d = rows.first().map_or(0, |r| r.len());
    if n == 0 || d == 0 || labels.len() != n || weights.len() != n {
        return Err(TrainError::Insufficient(
            "logistic regression needs rows, labels and weights of one length".to_owned(),
        ));
    }
    if rows.iter().any(|r| r.len() != d) {
        return Err(TrainError::Insufficient(
            "feature rows differ in length".to_owned(),
        ));
    }
    let device = Device::Cpu;
    // One column of ones carries the intercept.
    let dim = d + 1;
    let mut flat = Vec::with_capacity(n * dim);
    for r in rows {
        flat.extend_from_slice(r);
        flat.push(1.0);
    }
    let x = Tensor::from_vec(flat, (n, dim), &device).map_err(candle_error)?;
    let xt = x.t().map_err(candle_error)?;
    let mut beta = vec![0.0f64; dim];
    for _ in 0..30 {
        let b32: Vec<f32> = beta.iter().map(|&v| v as f32).collect();
        let bt = Tensor::from_vec(b32, (dim, 1), &device).map_err(candle_error)?;
        let margins: Vec<f32> = x
            .matmul(&bt)
            .and_then(|m| m.flatten_all())
            .and_then(|m| m.to_vec1())
            .map_err(candle_error)?;
        let mut residual = Vec::with_capacity(n);
        let mut curvature = Vec::with_capacity(n);
        for ((m, &y), &w) in margins.iter().zip(labels).zip(weights) {
            let p = sigmoid(*m);
            residual.push(w * (p - f32::from(u8::from(y))));
            curvature.push((w * p * (1.0 - p)).max(1e-9));
        }
        let r = Tensor::from_vec(residual, (n, 1), &device).map_err(candle_error)?;
        let gradient: Vec<f32> = xt
            .matmul(&r)
            .and_then(|g| g.flatten_all())
            .and_then(|g| g.to_vec1())
            .map_err(candle_error)?;
        let c = Tensor::from_vec(curvature, (n, 1), &device).map_err(candle_error)?;
        let hessian: Vec<f32> = x
            .broadcast_mul(&c)
            .and_then(|xc| xt.matmul(&xc))
            .and_then(|h| h.flatten_all())
            .and_then(|h| h.to_vec1())
            .map_err(candle_error)?;
        let mut h: Vec<f64> = hessian.iter().map(|&v| f64::from(v)).collect();
        let mut g: Vec<f64> = gradient.iter().map(|&v| f64::from(v)).collect();
        for i in 0..d {
            h[i * dim + i] += l2;
            g[i] += l2 * beta[i];
        }
        h[d * dim + d] += 1e-9;
        let step = cholesky_solve(&h, &g, dim).ok_or_else(|| {
            TrainError::Insufficient("the logistic regression system is singular".to_owned())
        })?;
        let mut largest = 0.0f64;
        for (b, s) in beta.iter_mut().zip(&step) {
            *b -= s;
            largest = largest.max(s.abs());
        }
        if largest < 1e-6 {
            break;
        }
    }
    let bias = beta.pop().unwrap_or(0.0) as f32;
    Ok((beta.into_iter().map(|v| v as f32).collect(), bias))
}

/// Weighted log loss of probabilities.
fn log_loss(scored: &[(f32, bool)]) -> f64 {
    let sum: f64 = scored
        .iter()
        .map(|&(p, y)| {
            let p = f64::from(p).clamp(1e-7, 1.0 - 1e-7);
            if y { -p.ln() } else { -(1.0 - p).ln() }
        })
        .sum();
    sum / scored.len().max(1) as f64
}

/// Per-example weights: every public set has the same total weight, the contrastive set
/// twice that, because it carries the contrasts the others lack.
fn set_weights(examples: &[&Example]) -> Vec<f32> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in examples {
        *counts.entry(e.set).or_default() += 1;
    }
    let mean = examples.len() as f32 / counts.len().max(1) as f32;
    examples
        .iter()
        .map(|e| {
            let n = counts.get(e.set).copied().unwrap_or(1).max(1) as f32;
            let share = if e.set == "contrastive" { 2.0 } else { 1.0 };
            share * mean / n
        })
        .collect()
}

/// One tier's results on the test sample.
#[derive(Debug, Clone, Serialize)]
pub struct TierResults {
    /// Per set.
    pub sets: Vec<(String, Summary)>,
    /// All sets together.
    pub overall: Summary,
}

/// What training did and how the tiers compare on the test sample.
#[derive(Debug, Clone, Serialize)]
pub struct TransformerReport {
    /// Training / validation / test examples used.
    pub sizes: (usize, usize, usize),
    /// The L2 strength chosen on validation log loss.
    pub l2: f64,
    /// Validation log loss of the calibrated head.
    pub validation_log_loss: f64,
    /// Harmless validation posts mentioning an identity group (the threshold rule's base).
    pub identity_harmless: usize,
    /// Share of validation posts the cascade asks the transformer about.
    pub validation_in_band: f64,
    /// Test results, by tier: `fast` (linear model alone), `transformer` (head alone),
    /// `cascade` (model-level cascade), `rules` (lexicon and context), `rules+fast`
    /// (the policy with the linear model), `rules+cascade` (the policy with the cascade).
    pub tiers: Vec<(String, TierResults)>,
    /// Share of test posts the cascade asks the transformer about.
    pub test_in_band: f64,
}

/// The trained head and its report.
#[derive(Debug, Clone)]
pub struct TrainedHead {
    /// The head, ready to write.
    pub head: TransformerHead,
    /// What training did.
    pub report: TransformerReport,
}

/// A head trained together with an encoder adapter by `scripts/finetune-minilm.py`
/// (`finetune-head.json`): its weights are kept as they are, and only its calibration,
/// threshold and the cascade's stack are fitted here.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct FineTunedHead {
    /// One weight per embedding dimension.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
    /// The epoch kept (lowest weighted validation loss).
    pub epoch: u32,
    /// Rows fine-tuned on.
    pub training_rows: usize,
    /// How the adapter was made, when the script says more than "fine-tuned" (a `refine`
    /// run names the adapter it continued from and its mix of rows).
    #[serde(default)]
    pub provenance: Option<String>,
    /// The adapter's fingerprint (SHA-256); filled in from the adapter file, not the JSON.
    #[serde(default)]
    pub adapter: String,
}

/// Trains the head on `placed` (from [`crate::load_placed`]) with `encoder`, caching
/// embeddings in `cache`, and evaluates the tiers on the test sample.
///
/// # Errors
/// No training or validation data, an encoder failure, or a cache that cannot be written.
pub fn train_head(
    config: &TransformerTrainConfig,
    placed: &[Placed],
    encoder: Arc<SentenceEncoder>,
    cache: &mut EmbeddingCache,
    encoder_name: &str,
    fine_tuned: Option<&FineTunedHead>,
    progress: Progress<'_>,
) -> Result<TrainedHead> {
    // A fine-tuned head needs no training sample: its weights were fitted with the encoder.
    let train = if fine_tuned.is_some() {
        Vec::new()
    } else {
        sample(placed, Split::Train, config.train_per_set, config.seed)
    };
    let validation = sample(
        placed,
        Split::Validation,
        config.validation_per_set,
        config.seed,
    );
    let test = sample(placed, Split::Test, config.test_per_set, config.seed);
    if fine_tuned.is_none() && (train.iter().all(|e| e.hateful) || train.iter().all(|e| !e.hateful))
    {
        return Err(TrainError::Insufficient(
            "the training sample needs hateful and harmless examples".to_owned(),
        ));
    }
    if validation.is_empty() {
        return Err(TrainError::Insufficient(
            "the validation sample is empty".to_owned(),
        ));
    }
    let texts: Vec<&str> = train
        .iter()
        .chain(&validation)
        .chain(&test)
        .map(|e| e.text.as_str())
        .collect();
    cache.fill(&encoder, &texts, config.batch, progress)?;
    let embedding = |e: &Example| -> Result<&[f32]> {
        cache.get(&e.text).ok_or_else(|| {
            TrainError::Insufficient(format!("no embedding for a {} example", e.set))
        })
    };
    let train_x: Vec<&[f32]> = train.iter().map(|e| embedding(e)).collect::<Result<_>>()?;
    let train_y: Vec<bool> = train.iter().map(|e| e.hateful).collect();
    let train_w = set_weights(&train);
    let val_x: Vec<&[f32]> = validation
        .iter()
        .map(|e| embedding(e))
        .collect::<Result<_>>()?;

    // L2 strength by validation log loss, over a short grid (a fine-tuned head is kept).
    let total_weight: f64 = train_w.iter().map(|&w| f64::from(w)).sum();
    let mut best: Option<(f64, f64, Vec<f32>, f32)> =
        fine_tuned.map(|f| (0.0, 0.0, f.weights.clone(), f.bias));
    let grid: &[f64] = if fine_tuned.is_some() {
        &[]
    } else {
        &[1e-4, 1e-3, 1e-2]
    };
    for (i, factor) in grid.iter().enumerate() {
        progress("fitting head", i as u64, grid.len() as u64);
        let l2 = factor * total_weight;
        let (w, b) = fit_logistic(&train_x, &train_y, &train_w, l2)?;
        let scored: Vec<(f32, bool)> = val_x
            .iter()
            .zip(&validation)
            .map(|(x, e)| (sigmoid(margin(&w, b, x)), e.hateful))
            .collect();
        let loss = log_loss(&scored);
        if best.as_ref().is_none_or(|(l, ..)| loss < *l) {
            best = Some((loss, l2, w, b));
        }
    }
    let Some((_, l2, weights, bias)) = best else {
        return Err(TrainError::Insufficient("no L2 strength fitted".to_owned()));
    };
    progress("fitting head", grid.len() as u64, grid.len() as u64);

    let val_margins: Vec<(f32, bool)> = val_x
        .iter()
        .zip(&validation)
        .map(|(x, e)| (margin(&weights, bias, x), e.hateful))
        .collect();
    let (platt_a, platt_b) = platt(&val_margins);
    let p_transformer: Vec<f32> = val_margins
        .iter()
        .map(|&(m, _)| sigmoid(platt_a * m + platt_b))
        .collect();

    // The fast tier on the same validation rows.
    let linear = Arc::new(LinearModel::embedded()?);
    let policy = PolicyConfig::embedded();
    let thresholds = ModelThresholds::from_config(&policy);
    let fast_threshold = thresholds.of("hate");
    let normaliser = Normaliser::new();
    let fast_probability = |text: &str| -> f32 {
        let t = normaliser.normalise(text);
        linear.score(&t).get("hate").unwrap_or(0.0)
    };
    let p_fast: Vec<f32> = validation
        .iter()
        .map(|e| fast_probability(&e.text))
        .collect();

    let taxonomy = Taxonomy::embedded()?;
    let lexicon = Lexicon::embedded(&taxonomy)?;
    let mentions_identity = |e: &Example| {
        if !e.targets.is_empty() || e.set == "contrastive" {
            return true;
        }
        let mut signals = Vec::new();
        lexicon.detect(&normaliser.normalise(&e.text), &mut signals);
        signals.iter().any(|s| s.id.as_str() == "LEX_IDENTITY")
    };
    let identity_harmless: Vec<usize> = validation
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.hateful && mentions_identity(e))
        .map(|(i, _)| i)
        .collect();
    let harmless_scores: Vec<f32> = identity_harmless
        .iter()
        .filter_map(|&i| p_transformer.get(i).copied())
        .collect();
    let threshold = threshold_for_fpr(&harmless_scores, config.identity_fpr);

    // The stack, fitted on the validation rows the cascade will ask the transformer about.
    let band = config.band;
    let routed = |e: &Example, p: f32| {
        let mut signals = Vec::new();
        lexicon.detect(&normaliser.normalise(&e.text), &mut signals);
        cascade_consults(band, config.route_groups, p, &signals)
    };
    let val_routed: Vec<bool> = validation
        .iter()
        .zip(&p_fast)
        .map(|(e, &p)| routed(e, p))
        .collect();
    let logit = upstander_detect::transformer::logit;
    let stack_rows: Vec<[f32; 2]> = p_fast
        .iter()
        .zip(&p_transformer)
        .zip(&val_routed)
        .filter(|(_, r)| **r)
        .map(|((&f, &t), _)| [logit(f), logit(t)])
        .collect();
    let stack_labels: Vec<bool> = validation
        .iter()
        .zip(&val_routed)
        .filter(|(_, r)| **r)
        .map(|(e, _)| e.hateful)
        .collect();
    let stack = if stack_labels.iter().any(|&y| y) && stack_labels.iter().any(|&y| !y) {
        let refs: Vec<&[f32]> = stack_rows.iter().map(|r| r.as_slice()).collect();
        let ones = vec![1.0f32; refs.len()];
        let (w, b) = fit_logistic(&refs, &stack_labels, &ones, 1e-3)?;
        Stack {
            fast: w.first().copied().unwrap_or(0.0),
            transformer: w.get(1).copied().unwrap_or(0.0),
            bias: b,
        }
    } else {
        Stack {
            fast: 0.5,
            transformer: 0.5,
            bias: 0.0,
        }
    };
    let mut head = TransformerHead {
        format: HEAD_FORMAT.to_owned(),
        encoder: encoder_name.to_owned(),
        weights,
        bias,
        platt_a,
        platt_b,
        threshold,
        stack,
        cascade_threshold: 0.5,
        band,
        route_groups: config.route_groups,
        provenance: String::new(),
        adapter: fine_tuned.map(|f| f.adapter.clone()),
    };
    // The cascade threshold: the smallest whose whole-cascade decisions (fast tier outside
    // the band, the stack inside) flag at most the allowed share of harmless identity posts.
    let cascade_p = |i: usize| -> Option<(f32, bool)> {
        let f = *p_fast.get(i)?;
        let t = *p_transformer.get(i)?;
        Some(if *val_routed.get(i)? {
            (head.combine(f, t), true)
        } else {
            (f, false)
        })
    };
    let mut cascade_threshold = 0.99;
    for step in 30..=99 {
        let t = step as f32 / 100.0;
        let flagged = identity_harmless
            .iter()
            .filter_map(|&i| cascade_p(i))
            .filter(|&(p, banded)| p >= if banded { t } else { fast_threshold })
            .count();
        if (flagged as f64) <= config.identity_fpr * identity_harmless.len() as f64 {
            cascade_threshold = t;
            break;
        }
    }
    head.cascade_threshold = cascade_threshold;
    let scored: Vec<(f32, bool)> = p_transformer
        .iter()
        .zip(&validation)
        .map(|(&p, e)| (p, e.hateful))
        .collect();
    let validation_log_loss = log_loss(&scored);
    let validation_in_band =
        val_routed.iter().filter(|&&r| r).count() as f64 / val_routed.len().max(1) as f64;
    let calibration = format!(
        "Platt, threshold (at most {:.0}% of {} harmless validation posts naming a group \
         flagged) and stack fitted on {} validation rows by `upstander train --tier transformer`.",
        config.identity_fpr * 100.0,
        identity_harmless.len(),
        validation.len()
    );
    head.provenance = if let Some(f) = fine_tuned {
        let how = f.provenance.clone().unwrap_or_else(|| {
            format!(
                "fine-tuned together by scripts/finetune-minilm.py on {} training-split rows of \
                 ../shared/data and the contrastive set (epoch {} kept by validation loss)",
                f.training_rows, f.epoch
            )
        });
        format!(
            "Head and encoder adapter (sha256 {}) {how}. {calibration}",
            f.adapter
        )
    } else {
        format!(
            "Trained by `upstander train --tier transformer` (seed {}) on MiniLM embeddings of a \
         balanced sample of the training splits of ../shared/data ({} public sets, at most {} \
         rows each, half hateful) plus the contrastive set's training split: {} rows. L2 {:.4} \
         chosen on validation log loss; Platt, threshold (at most {:.0}% of {} harmless \
         validation posts naming a group flagged) and stack fitted on {} validation rows.",
            config.seed,
            train
                .iter()
                .map(|e| e.set)
                .filter(|s| *s != "contrastive")
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            config.train_per_set,
            train.len(),
            l2,
            config.identity_fpr * 100.0,
            identity_harmless.len(),
            validation.len()
        )
    };
    head.validate()?;

    // The test sample, every tier.
    progress("evaluating", 0, test.len() as u64);
    let cascade = Cascade::new(
        Arc::clone(&linear),
        thresholds.clone(),
        encoder,
        Arc::new(head.clone()),
        None,
    )?;
    let rules = Engine::lexicon_only(&taxonomy)?;
    let rules_fast = Engine::with_model(&taxonomy, Arc::clone(&linear), thresholds.clone())?;
    let rules_cascade = Engine::lexicon_only(&taxonomy)?.with_detector(Box::new(cascade));
    let names = [
        "fast",
        "transformer",
        "cascade",
        "rules",
        "rules+fast",
        "rules+cascade",
    ];
    let mut per_set: Vec<BTreeMap<&str, Confusion>> = vec![BTreeMap::new(); names.len()];
    let mut overall = vec![Confusion::default(); names.len()];
    let mut banded = 0usize;
    for (k, e) in test.iter().enumerate() {
        let x = embedding(e)?;
        let pt = head.probability(x);
        let pf = fast_probability(&e.text);
        let pc = if routed(e, pf) {
            banded += 1;
            head.combine(pf, pt) >= head.cascade_threshold
        } else {
            pf >= fast_threshold
        };
        let text = normaliser.normalise(&e.text);
        let predictions = [
            pf >= fast_threshold,
            pt >= head.threshold,
            pc,
            rules.assess_normalised(&text).verdict == Verdict::Flag,
            rules_fast.assess_normalised(&text).verdict == Verdict::Flag,
            rules_cascade.assess_normalised(&text).verdict == Verdict::Flag,
        ];
        for (i, predicted) in predictions.into_iter().enumerate() {
            if let Some(map) = per_set.get_mut(i) {
                map.entry(e.set).or_default().add(e.hateful, predicted);
            }
            if let Some(c) = overall.get_mut(i) {
                c.add(e.hateful, predicted);
            }
        }
        if k % 50 == 0 {
            progress("evaluating", k as u64, test.len() as u64);
        }
    }
    progress("evaluating", test.len() as u64, test.len() as u64);
    let tiers = names
        .iter()
        .zip(per_set.iter().zip(&overall))
        .map(|(name, (sets, all))| {
            (
                (*name).to_owned(),
                TierResults {
                    sets: sets
                        .iter()
                        .map(|(s, c)| ((*s).to_owned(), c.summary()))
                        .collect(),
                    overall: all.summary(),
                },
            )
        })
        .collect();
    Ok(TrainedHead {
        head,
        report: TransformerReport {
            sizes: (train.len(), validation.len(), test.len()),
            l2,
            validation_log_loss,
            identity_harmless: identity_harmless.len(),
            validation_in_band,
            tiers,
            test_in_band: banded as f64 / test.len().max(1) as f64,
        },
    })
}

fn margin(weights: &[f32], bias: f32, x: &[f32]) -> f32 {
    bias + weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>()
}

/// Writes the head as `minilm-head.json` into `out` (created if missing).
///
/// # Errors
/// The folder or file cannot be written.
pub fn write_head(out: &Path, head: &TransformerHead) -> Result<PathBuf> {
    std::fs::create_dir_all(out).map_err(|e| TrainError::io(out, &e))?;
    let path = out.join("minilm-head.json");
    let mut text = head.to_json()?;
    text.push('\n');
    std::fs::write(&path, text).map_err(|e| TrainError::io(&path, &e))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cholesky_solves_a_small_system() {
        // [[4, 2], [2, 3]] x = [2, 1] → x = [0.5, 0]
        let x = cholesky_solve(&[4.0, 2.0, 2.0, 3.0], &[2.0, 1.0], 2).unwrap();
        assert!((x[0] - 0.5).abs() < 1e-12 && x[1].abs() < 1e-12, "{x:?}");
        assert!(cholesky_solve(&[0.0, 0.0, 0.0, 0.0], &[1.0, 1.0], 2).is_none());
    }

    #[test]
    fn logistic_regression_separates_a_separable_set() {
        let rows: Vec<Vec<f32>> = (0..40)
            .map(|i| {
                let x = i as f32 / 40.0;
                vec![x, 1.0 - x]
            })
            .collect();
        let refs: Vec<&[f32]> = rows.iter().map(Vec::as_slice).collect();
        let labels: Vec<bool> = (0..40).map(|i| i >= 20).collect();
        let weights = vec![1.0; 40];
        let (w, b) = fit_logistic(&refs, &labels, &weights, 1e-2).unwrap();
        let correct = refs
            .iter()
            .zip(&labels)
            .filter(|(x, y)| (margin(&w, b, x) > 0.0) == **y)
            .count();
        assert!(correct >= 38, "{correct}/40 with {w:?} {b}");
    }

    #[test]
    fn mismatched_inputs_are_an_error_not_a_panic() {
        let a = [1.0f32, 2.0];
        let b = [1.0f32];
        assert!(fit_logistic(&[&a, &b], &[true, false], &[1.0, 1.0], 0.1).is_err());
        assert!(fit_logistic(&[], &[], &[], 0.1).is_err());
    }

    #[test]
    fn the_cache_keeps_embeddings_across_openings() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.bin");
        let encoder = SentenceEncoder::tiny_random(9).unwrap();
        let mut cache = EmbeddingCache::open(&path, encoder.dim()).unwrap();
        cache
            .fill(
                &encoder,
                &["go home", "they are vermin", "go home"],
                2,
                &mut |_, _, _| {},
            )
            .unwrap();
        assert_eq!(cache.len(), 2);
        let again = EmbeddingCache::open(&path, encoder.dim()).unwrap();
        assert_eq!(again.len(), 2);
        assert_eq!(again.get("go home"), cache.get("go home"));
        let other_dim = EmbeddingCache::open(&path, 3).unwrap();
        assert!(other_dim.is_empty());
    }

    #[test]
    fn a_record_cut_short_is_dropped_and_later_records_stay_aligned() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.bin");
        let encoder = SentenceEncoder::tiny_random(9).unwrap();
        let mut cache = EmbeddingCache::open(&path, encoder.dim()).unwrap();
        cache
            .fill(&encoder, &["go home"], 4, &mut |_, _, _| {})
            .unwrap();
        // An interrupted run leaves half a record behind.
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        file.write_all(&[7u8; 13]).unwrap();
        drop(file);
        let mut reopened = EmbeddingCache::open(&path, encoder.dim()).unwrap();
        assert_eq!(reopened.len(), 1);
        reopened
            .fill(&encoder, &["they are vermin"], 4, &mut |_, _, _| {})
            .unwrap();
        let last = EmbeddingCache::open(&path, encoder.dim()).unwrap();
        assert_eq!(last.len(), 2);
        assert_eq!(last.get("they are vermin"), reopened.get("they are vermin"));
    }
}
