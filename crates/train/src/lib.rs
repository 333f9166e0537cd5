//! Upstander's model training and evaluation.
//!
//! This crate owns the loaders for the labelled sets in `../shared/data` (each with its
//! documented mapping to our taxonomy), de-duplication and leakage-free splits, the trainer
//! for the linear model that `upstander-detect` scores with, calibration, threshold choice
//! from product requirements, and the evaluation that compares the lexicon-only engine with
//! the engine plus the model on held-out test splits, and the fairness measurement (how often
//! harmless posts are flagged per target group and dialect).
//!
//! It deliberately does not score posts in production (that is `upstander-detect`, which
//! loads the committed model without any data set), draw progress bars or parse arguments
//! (the CLI does), or touch the network.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod data;
mod error;
pub mod eval;
pub mod fairness;
pub mod metrics;
pub mod split;
pub mod trainer;
#[cfg(feature = "transformer")]
pub mod transformer;

pub use error::{Result, TrainError};

/// Splits are hashed with this fixed seed (not the training seed), so that `upstander eval`
/// always tests on the same held-out rows whatever seed the model was trained with.
pub const SPLIT_SEED: u64 = 0x5EED_0004;

/// Default location of the contrastive set, relative to the repository root.
pub const CONTRASTIVE_PATH: &str = "resources/training/contrastive.jsonl";

/// Our minimal pairs for the transformer tier's encoder only (implicit hate beside neutral
/// mentions of the same group), relative to the repository root. The linear model never
/// reads them: hashed n-grams would learn the group names, not the stance.
pub const ENCODER_PAIRS_PATH: &str = "resources/training/encoder-pairs.jsonl";

use std::path::Path;

/// Loads every public set from `data` (and the contrastive set, when given), then
/// de-duplicates and splits with [`SPLIT_SEED`].
///
/// # Errors
/// A missing directory or file, or a malformed row.
pub fn load_placed(
    data: &Path,
    contrastive: Option<&Path>,
) -> Result<(Vec<split::Placed>, split::DedupStats)> {
    let own: Vec<(&Path, &'static str)> = contrastive
        .map(|p| (p, "contrastive"))
        .into_iter()
        .collect();
    load_placed_with(data, &own)
}

/// [`load_placed`] with any of our own sets, each a file in the contrastive set's format
/// and the name its rows carry.
///
/// # Errors
/// A missing directory or file, or a malformed row.
pub fn load_placed_with(
    data: &Path,
    own: &[(&Path, &'static str)],
) -> Result<(Vec<split::Placed>, split::DedupStats)> {
    let mut examples = data::load_all(data)?;
    for &(path, set) in own {
        examples.extend(data::own_set(path, set)?);
    }
    Ok(split::place(examples, SPLIT_SEED))
}

/// Writes `model.bin` and `thresholds.toml` into `out` (created if missing).
///
/// # Errors
/// The folder or files cannot be written.
pub fn write_model(out: &Path, trained: &trainer::Trained) -> Result<()> {
    std::fs::create_dir_all(out).map_err(|e| TrainError::io(out, &e))?;
    let model = out.join("model.bin");
    std::fs::write(&model, trained.model.to_bytes()).map_err(|e| TrainError::io(&model, &e))?;
    let thresholds = out.join("thresholds.toml");
    let text = format!(
        "# Written by `upstander train`: copy into resources/policy.toml under [model].\n{}",
        trainer::thresholds_toml(&trained.thresholds)
    );
    std::fs::write(&thresholds, text).map_err(|e| TrainError::io(&thresholds, &e))?;
    Ok(())
}

/// Reads thresholds written by [`write_model`].
///
/// # Errors
/// The file cannot be read or is not of that shape.
pub fn read_thresholds(path: &Path) -> Result<std::collections::BTreeMap<String, f32>> {
    let text = std::fs::read_to_string(path).map_err(|e| TrainError::io(path, &e))?;
    let mut out = std::collections::BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with('[') {
            continue;
        }
        let parsed = line.split_once('=').and_then(|(k, v)| {
            Some((
                k.trim().trim_matches('"').to_owned(),
                v.trim().parse::<f32>().ok()?,
            ))
        });
        match parsed {
            Some((k, v)) if (0.0..=1.0).contains(&v) => {
                out.insert(k, v);
            }
            _ => {
                return Err(TrainError::data(
                    path,
                    Some(i + 1),
                    "expected \"head\" = probability",
                ));
            }
        }
    }
    Ok(out)
}
