//! The trainer: weighted multi-head logistic regression with AdaGrad, Platt calibration on
//! the validation split, and thresholds chosen from product requirements.
//!
//! Everything is single-threaded and seeded (a SplitMix64 shuffle written here), so the same
//! seed and data give a byte-identical model file.

use std::collections::BTreeMap;

use serde::Serialize;
use upstander_detect::{
    Detector, FeatureConfig, Features, Head, Lexicon, LinearModel, Normaliser, sigmoid,
};

use crate::data::{Example, Split};
use crate::split::Placed;
use crate::{Result, TrainError};

/// Category heads, when the data has enough positives for them.
pub const CATEGORY_HEADS: &[&str] = &[
    "HATE.DEROGATION",
    "HATE.DEHUMANISATION",
    "HATE.THREAT",
    "HATE.IMPLICIT_ANIMOSITY",
    "HATE.SUPPORT_HATEFUL_ENTITY",
];

/// Target-group heads, when the data has enough positives for them.
pub const TARGET_HEADS: &[&str] = &[
    "TG.RACE",
    "TG.RELIGION",
    "TG.SEXUAL_ORIENTATION",
    "TG.TRANSGENDER",
    "TG.SEX_GENDER",
    "TG.DISABILITY",
    "TG.MIGRATION_STATUS",
];

/// Training settings.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Seeds the split and the shuffle.
    pub seed: u64,
    /// Passes over the training data.
    pub epochs: usize,
    /// AdaGrad base learning rate.
    pub learning_rate: f32,
    /// Hashing settings.
    pub features: FeatureConfig,
    /// Product requirement for the hateful head: at most this share of harmless validation
    /// posts that mention an identity group may be flagged.
    pub identity_fpr: f64,
    /// Product requirement for category and target heads: at least this precision on
    /// validation, so the label a reviewer sees is usually right.
    pub min_precision: f64,
    /// A head needs at least this many positive training examples to exist.
    pub min_positives: usize,
    /// Our contrastive set's total weight, as a multiple of the largest public set's.
    pub contrastive_weight: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            seed: 20_261_128,
            epochs: 4,
            learning_rate: 0.3,
            features: FeatureConfig::default(),
            identity_fpr: 0.10,
            min_precision: 0.7,
            min_positives: 20,
            contrastive_weight: CONTRASTIVE_WEIGHT,
        }
    }
}

/// What training did, head by head.
#[derive(Debug, Clone, Serialize)]
pub struct HeadReport {
    /// Head name.
    pub name: String,
    /// Positive / all training examples it saw.
    pub train_positives: usize,
    /// Training examples it saw.
    pub train_examples: usize,
    /// The chosen threshold.
    pub threshold: f32,
    /// Why that threshold.
    pub rule: String,
    /// Validation precision at the threshold.
    pub val_precision: f64,
    /// Validation recall at the threshold.
    pub val_recall: f64,
}

/// The result of training.
#[derive(Debug, Clone)]
pub struct Trained {
    /// The model.
    pub model: LinearModel,
    /// Threshold per head.
    pub thresholds: BTreeMap<String, f32>,
    /// Per-head report.
    pub heads: Vec<HeadReport>,
    /// Examples per set and split: (set, train, validation, test).
    pub sets: Vec<(String, usize, usize, usize)>,
}

/// Progress for a progress bar: a stage name, steps done and total.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

/// SplitMix64: a tiny, well-mixed, seedable generator; enough for shuffling.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            // Modulo bias is irrelevant for a shuffle of training order.
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Whether an example is a positive for a head; `None` when it takes no part.
pub fn label_for(head: &str, e: &Example) -> Option<bool> {
    if head == "hate" {
        Some(e.hateful)
    } else if head.starts_with("HATE.") {
        e.categories.as_ref().map(|c| c.iter().any(|x| x == head))
    } else if e.targets.is_empty() {
        None
    } else {
        Some(e.targets.iter().any(|t| t == head))
    }
}

/// Default [`TrainConfig::contrastive_weight`]. Measured on the functional suite with v1.5:
/// 3x moved no plain group mention below the threshold and cost a hateful case and a fixture,
/// so the contrastive set keeps the largest public set's total.
pub const CONTRASTIVE_WEIGHT: f32 = 1.0;

/// Per-example weights: each set's total weight grows with the square root of its size,
/// so a 20k-row set counts more than a 1k-row one but cannot drown it; our contrastive set
/// gets `contrastive` times the largest set's total, because it carries the contrasts the
/// others lack.
fn set_weights(examples: &[&Placed], contrastive: f32) -> BTreeMap<&'static str, f32> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for p in examples {
        *counts.entry(p.example.set).or_default() += 1;
    }
    let largest = counts
        .iter()
        .filter(|(s, _)| **s != "contrastive")
        .map(|(_, &n)| (n as f32).sqrt())
        .fold(1.0f32, f32::max);
    let total_n: usize = counts.values().sum();
    let mut weights: BTreeMap<&'static str, f32> = counts
        .iter()
        .map(|(&s, &n)| {
            let total = if s == "contrastive" {
                largest * contrastive
            } else {
                (n as f32).sqrt()
            };
            (s, total / n.max(1) as f32)
        })
        .collect();
    // Normalise to a mean example weight of 1, so the learning rate means the same thing.
    let sum: f32 = counts
        .iter()
        .map(|(s, &n)| weights.get(s).copied().unwrap_or(0.0) * n as f32)
        .sum();
    if sum > 0.0 {
        let factor = total_n as f32 / sum;
        for w in weights.values_mut() {
            *w *= factor;
        }
    }
    weights
}

fn margin(weights: &[f32], bias: f32, f: &Features) -> f32 {
    let sum: f32 = f
        .buckets
        .iter()
        .map(|&b| weights.get(b as usize).copied().unwrap_or(0.0))
        .sum();
    bias + sum * f.value
}

/// Trains one head with AdaGrad on `(index, label, weight)` triples.
fn train_head(
    config: &TrainConfig,
    features: &[Features],
    data: &mut [(usize, bool, f32)],
    rng: &mut SplitMix,
    progress: &mut dyn FnMut(u64),
) -> (Vec<f32>, f32) {
    let n = config.features.buckets();
    let mut w = vec![0.0f32; n];
    let mut g2 = vec![0.0f32; n];
    let (mut bias, mut bias_g2) = (0.0f32, 0.0f32);
    let lr = config.learning_rate;
    for _ in 0..config.epochs {
        rng.shuffle(data);
        for &(i, y, weight) in data.iter() {
            let Some(f) = features.get(i) else { continue };
            let p = sigmoid(margin(&w, bias, f));
            let g = (p - f32::from(u8::from(y))) * weight;
            let gx = g * f.value;
            for &b in &f.buckets {
                let b = b as usize;
                if let (Some(wb), Some(gb)) = (w.get_mut(b), g2.get_mut(b)) {
                    *gb += gx * gx;
                    *wb -= lr * gx / (gb.sqrt() + 1e-6);
                }
            }
            bias_g2 += g * g;
            bias -= lr * g / (bias_g2.sqrt() + 1e-6);
        }
        progress(1);
    }
    (w, bias)
}

/// Fits Platt scaling `p = sigmoid(a·m + b)` by Newton's method on weighted log loss.
#[must_use]
pub fn platt(margins: &[(f32, bool)]) -> (f32, f32) {
    if margins.is_empty() || margins.iter().all(|m| m.1) || margins.iter().all(|m| !m.1) {
        return (1.0, 0.0);
    }
    let (mut a, mut b) = (1.0f64, 0.0f64);
    for _ in 0..100 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-6, 0.0, 1e-6);
        for &(m, y) in margins {
            let m = f64::from(m);
            let z = a * m + b;
            let p = 1.0 / (1.0 + (-z).exp());
            let d = p - f64::from(u8::from(y));
            ga += d * m;
            gb += d;
            let h = (p * (1.0 - p)).max(1e-9);
            haa += h * m * m;
            hab += h * m;
            hbb += h;
        }
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-12 {
            break;
        }
        let da = (hbb * ga - hab * gb) / det;
        let db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if da.abs() < 1e-7 && db.abs() < 1e-7 {
            break;
        }
    }
    (a as f32, b as f32)
}

fn confusion_at(scored: &[(f32, bool)], t: f32) -> crate::metrics::Confusion {
    let mut c = crate::metrics::Confusion::default();
    for &(p, y) in scored {
        c.add(y, p >= t);
    }
    c
}

/// The smallest threshold (0.30…0.99) at which at most `max_fpr` of `harmless` scores are
/// at or above it.
#[must_use]
pub fn threshold_for_fpr(harmless: &[f32], max_fpr: f64) -> f32 {
    for step in 30..=99 {
        let t = step as f32 / 100.0;
        let flagged = harmless.iter().filter(|&&p| p >= t).count();
        if harmless.is_empty() || (flagged as f64) <= max_fpr * harmless.len() as f64 {
            return t;
        }
    }
    0.99
}

/// The smallest threshold (0.30…0.95) whose precision on `scored` reaches `min_precision`.
#[must_use]
pub fn threshold_for_precision(scored: &[(f32, bool)], min_precision: f64) -> f32 {
    for step in 30..=95 {
        let t = step as f32 / 100.0;
        let c = confusion_at(scored, t);
        if c.tp + c.fp > 0 && c.precision() >= min_precision {
            return t;
        }
    }
    0.95
}

/// Hashed features of every example, normalised with the detection crate's normaliser.
#[must_use]
pub fn featurise(config: &FeatureConfig, texts: &[&str]) -> Vec<Features> {
    let normaliser = Normaliser::new();
    texts
        .iter()
        .map(|t| config.features(&normaliser.normalise(t)))
        .collect()
}

/// Trains the model on placed examples.
///
/// # Errors
/// [`TrainError::Insufficient`] when there is no training or validation data for the
/// hateful head.
pub fn train(config: &TrainConfig, placed: &[Placed], progress: Progress<'_>) -> Result<Trained> {
    let train_set: Vec<&Placed> = placed.iter().filter(|p| p.split == Split::Train).collect();
    let val_set: Vec<&Placed> = placed
        .iter()
        .filter(|p| p.split == Split::Validation)
        .collect();
    if train_set.iter().filter(|p| p.example.hateful).count() == 0
        || train_set.iter().all(|p| p.example.hateful)
    {
        return Err(TrainError::Insufficient(
            "the training split needs hateful and harmless examples".to_owned(),
        ));
    }
    if val_set.is_empty() {
        return Err(TrainError::Insufficient(
            "the validation split is empty".to_owned(),
        ));
    }
    let total = (train_set.len() + val_set.len()) as u64;
    progress("features", 0, total);
    let texts: Vec<&str> = train_set.iter().map(|p| p.example.text.as_str()).collect();
    let train_features = featurise(&config.features, &texts);
    let texts: Vec<&str> = val_set.iter().map(|p| p.example.text.as_str()).collect();
    let val_features = featurise(&config.features, &texts);
    progress("features", total, total);
    let weights = set_weights(&train_set, config.contrastive_weight);

    // Harmless validation posts that mention an identity group: a group label, our
    // contrastive set, or an identity term the lexicon knows.
    let taxonomy = upstander_core::Taxonomy::embedded()?;
    let lexicon = Lexicon::embedded(&taxonomy)?;
    let normaliser = Normaliser::new();
    let mentions_identity = |e: &Example| {
        if !e.targets.is_empty() || e.set == "contrastive" {
            return true;
        }
        let mut signals = Vec::new();
        lexicon.detect(&normaliser.normalise(&e.text), &mut signals);
        signals.iter().any(|s| s.id.as_str() == "LEX_IDENTITY")
    };

    let names: Vec<&str> = std::iter::once("hate")
        .chain(CATEGORY_HEADS.iter().copied())
        .chain(TARGET_HEADS.iter().copied())
        .collect();
    let mut rng = SplitMix(config.seed);
    let mut heads = Vec::new();
    let mut reports = Vec::new();
    let mut thresholds = BTreeMap::new();
    let steps = (names.len() * config.epochs) as u64;
    let mut done = 0u64;
    for name in names {
        let mut data: Vec<(usize, bool, f32)> = train_set
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                label_for(name, &p.example)
                    .map(|y| (i, y, weights.get(p.example.set).copied().unwrap_or(1.0)))
            })
            .collect();
        let positives = data.iter().filter(|d| d.1).count();
        if positives < config.min_positives || positives == data.len() {
            done += config.epochs as u64;
            progress(name, done, steps);
            continue;
        }
        let (w, bias) = train_head(config, &train_features, &mut data, &mut rng, &mut |k| {
            done += k;
            progress(name, done, steps);
        });
        let val_margins: Vec<(f32, bool)> = val_set
            .iter()
            .zip(&val_features)
            .filter_map(|(p, f)| label_for(name, &p.example).map(|y| (margin(&w, bias, f), y)))
            .collect();
        let (a, b) = platt(&val_margins);
        let head = Head::quantise(name, bias, &w, (a, b));
        // Score validation with the quantised head: thresholds must fit what ships.
        let scored: Vec<(f32, bool, usize)> = val_set
            .iter()
            .zip(&val_features)
            .enumerate()
            .filter_map(|(i, (p, f))| {
                label_for(name, &p.example).map(|y| (head.calibrate(head.margin(f)), y, i))
            })
            .collect();
        let pairs: Vec<(f32, bool)> = scored.iter().map(|&(p, y, _)| (p, y)).collect();
        let (threshold, rule) = if name == "hate" {
            let harmless: Vec<f32> = scored
                .iter()
                .filter(|&&(_, y, i)| {
                    !y && val_set
                        .get(i)
                        .is_some_and(|p| mentions_identity(&p.example))
                })
                .map(|&(p, _, _)| p)
                .collect();
            let t = threshold_for_fpr(&harmless, config.identity_fpr);
            (
                t,
                format!(
                    "at most {:.0}% of {} harmless validation posts mentioning an identity group flagged",
                    config.identity_fpr * 100.0,
                    harmless.len()
                ),
            )
        } else {
            (
                threshold_for_precision(&pairs, config.min_precision),
                format!(
                    "validation precision at least {:.0}%",
                    config.min_precision * 100.0
                ),
            )
        };
        let c = confusion_at(&pairs, threshold);
        reports.push(HeadReport {
            name: name.to_owned(),
            train_positives: positives,
            train_examples: data.len(),
            threshold,
            rule,
            val_precision: c.precision(),
            val_recall: c.recall(),
        });
        thresholds.insert(name.to_owned(), threshold);
        heads.push(head);
    }
    let mut sets: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for p in placed {
        let e = sets.entry(p.example.set).or_default();
        match p.split {
            Split::Train => e.0 += 1,
            Split::Validation => e.1 += 1,
            Split::Test => e.2 += 1,
        }
    }
    Ok(Trained {
        model: LinearModel::new(config.features, heads)?,
        thresholds,
        heads: reports,
        sets: sets
            .into_iter()
            .map(|(s, (a, b, c))| (s.to_owned(), a, b, c))
            .collect(),
    })
}

/// The `[model.thresholds]` TOML lines for the policy.
#[must_use]
pub fn thresholds_toml(thresholds: &BTreeMap<String, f32>) -> String {
    let mut out = String::from("[model.thresholds]\n");
    for (name, t) in thresholds {
        out.push_str(&format!("\"{name}\" = {t:.2}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platt_scaling_recovers_a_known_slope() {
        // Labels drawn so that P(y) = sigmoid(2m - 1) exactly in expectation.
        let mut margins = Vec::new();
        for i in 0..200 {
            let m = (i as f32 - 100.0) / 25.0;
            let p = sigmoid(2.0 * m - 1.0);
            let positives = (p * 100.0).round() as usize;
            for k in 0..100 {
                margins.push((m, k < positives));
            }
        }
        let (a, b) = platt(&margins);
        assert!((a - 2.0).abs() < 0.1 && (b + 1.0).abs() < 0.1, "{a} {b}");
    }

    #[test]
    fn platt_on_one_class_falls_back_to_identity() {
        assert_eq!(platt(&[(1.0, true), (2.0, true)]), (1.0, 0.0));
    }

    #[test]
    fn the_fpr_threshold_flags_at_most_the_allowed_share() {
        let harmless: Vec<f32> = (0..100).map(|i| i as f32 / 100.0).collect();
        let t = threshold_for_fpr(&harmless, 0.10);
        let flagged = harmless.iter().filter(|&&p| p >= t).count();
        assert!(flagged <= 10, "{t} flags {flagged}");
        assert!((t - 0.90).abs() < 1e-6);
    }

    #[test]
    fn the_shuffle_is_seeded() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        SplitMix(9).shuffle(&mut a);
        SplitMix(9).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn the_trainer_learns_a_separable_toy_problem() {
        let config = TrainConfig {
            features: FeatureConfig {
                bits: 12,
                char_min: 0,
                char_max: 0,
            },
            epochs: 5,
            ..TrainConfig::default()
        };
        let texts: Vec<String> = (0..200)
            .map(|i| {
                if i % 2 == 0 {
                    format!("zorp blip {i}")
                } else {
                    format!("calm sea {i}")
                }
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let features = featurise(&config.features, &refs);
        let mut data: Vec<(usize, bool, f32)> = (0..200).map(|i| (i, i % 2 == 0, 1.0)).collect();
        let (w, b) = train_head(&config, &features, &mut data, &mut SplitMix(1), &mut |_| {});
        let correct = (0..200)
            .filter(|&i| (margin(&w, b, &features[i]) > 0.0) == (i % 2 == 0))
            .count();
        assert_eq!(correct, 200);
    }
}
