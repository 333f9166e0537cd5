//! The trained fast tier: a multi-head logistic-regression model over hashed n-grams.
//!
//! [`LinearModel`] holds the quantised weights of every head (hateful vs not, categories,
//! target groups), each with its Platt calibration; [`ModelDetector`] runs it as a
//! [`crate::Detector`] and emits `CLF_*` signals whose strength is the calibrated probability
//! rescaled so that the head's threshold from the policy lands on the policy's flag threshold.
//! Training lives in the `upstander-train` crate; this module only loads and scores, so the
//! binary needs no data sets at run time.
//!
//! File format (little-endian): magic `UPSLM\0\0\x01`, feature config (bits, char_min,
//! char_max, one reserved byte), head count (u32), then per head: name (u16 length + UTF-8),
//! bias, weight scale, Platt `a` and `b` (f32 each), weight count (u32) and that many `i8`
//! weights (`w = q * scale`); finally an FNV-1a checksum (u64) of everything before it, so a
//! truncated or altered file is refused with a typed error instead of scoring nonsense.

mod detector;
mod features;

pub use detector::{ModelDetector, ModelThresholds};
pub use features::{FeatureConfig, Features, WordRange};

use crate::{DetectError, NormalisedText, Result};

/// The committed model (`resources/model/model.bin`), compiled into the binary.
pub const EMBEDDED_MODEL: &[u8] = include_bytes!("../../../../resources/model/model.bin");

const MAGIC: &[u8; 8] = b"UPSLM\0\0\x01";

/// One head of the model: a logistic regression over the shared hashed features.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// `hate`, a category id (`HATE.THREAT`) or a target-group id (`TG.RELIGION`).
    pub name: String,
    /// The intercept.
    pub bias: f32,
    /// Quantisation step: weight `i` is `weights[i] as f32 * scale`.
    pub scale: f32,
    /// Platt slope: `p = sigmoid(a * margin + b)`.
    pub platt_a: f32,
    /// Platt offset.
    pub platt_b: f32,
    /// Quantised weights, one per bucket.
    pub weights: Vec<i8>,
}

impl Head {
    /// Quantises float weights to `i8` with one scale (the largest weight maps to ±127).
    #[must_use]
    pub fn quantise(name: &str, bias: f32, weights: &[f32], platt: (f32, f32)) -> Head {
        let max = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let weights = weights
            .iter()
            // Clamped to ±127 first, so the cast cannot overflow.
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8)
            .collect();
        Head {
            name: name.to_owned(),
            bias,
            scale,
            platt_a: platt.0,
            platt_b: platt.1,
            weights,
        }
    }

    /// The raw margin `bias + Σ w·x` for features `f`.
    #[must_use]
    pub fn margin(&self, f: &Features) -> f32 {
        let sum: i32 = f
            .buckets
            .iter()
            .map(|&b| i32::from(self.weights.get(b as usize).copied().unwrap_or(0)))
            .sum();
        self.bias + sum as f32 * self.scale * f.value
    }

    /// The calibrated probability for a raw margin.
    #[must_use]
    pub fn calibrate(&self, margin: f32) -> f32 {
        sigmoid(self.platt_a * margin + self.platt_b)
    }

    /// The weight of one bucket.
    #[must_use]
    pub fn weight(&self, bucket: u32) -> f32 {
        f32::from(self.weights.get(bucket as usize).copied().unwrap_or(0)) * self.scale
    }
}

/// The logistic function, safe for any input.
#[must_use]
pub fn sigmoid(x: f32) -> f32 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// A trained multi-head linear model; immutable after loading, shareable between threads.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearModel {
    config: FeatureConfig,
    heads: Vec<Head>,
}

/// Per-head calibrated probabilities for one post.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// `(head name, probability)` in the model's head order.
    pub heads: Vec<(String, f32)>,
}

impl Scores {
    /// The probability of a head, if the model has it.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<f32> {
        self.heads.iter().find(|(n, _)| n == name).map(|(_, p)| *p)
    }
}

fn corrupt(message: impl Into<String>) -> DetectError {
    DetectError::Model {
        message: message.into(),
    }
}

/// A bounds-checked little-endian reader: every read can fail, none can panic.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let end = self
            .at
            .checked_add(n)
            .ok_or_else(|| corrupt("length overflow"))?;
        let slice = self.bytes.get(self.at..end).ok_or_else(|| {
            corrupt(format!(
                "truncated at byte {} while reading {what} ({n} bytes needed, {} left)",
                self.at,
                self.bytes.len().saturating_sub(self.at)
            ))
        })?;
        self.at = end;
        Ok(slice)
    }
    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N]> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }
    fn u16(&mut self, what: &str) -> Result<u16> {
        Ok(u16::from_le_bytes(self.array(what)?))
    }
    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }
    fn f32(&mut self, what: &str) -> Result<f32> {
        let value = f32::from_le_bytes(self.array(what)?);
        if value.is_finite() {
            Ok(value)
        } else {
            Err(corrupt(format!("{what} is not a finite number")))
        }
    }
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

impl LinearModel {
    /// A model from its parts.
    ///
    /// # Errors
    /// If a head's weight count does not match the feature config's bucket count, or a head
    /// name is repeated or empty.
    pub fn new(config: FeatureConfig, heads: Vec<Head>) -> Result<LinearModel> {
        if !(10..=24).contains(&config.bits) {
            return Err(corrupt(format!(
                "bucket bits {} not in 10..=24",
                config.bits
            )));
        }
        for (i, head) in heads.iter().enumerate() {
            if head.weights.len() != config.buckets() {
                return Err(corrupt(format!(
                    "head `{}` has {} weights, expected {}",
                    head.name,
                    head.weights.len(),
                    config.buckets()
                )));
            }
            if head.name.is_empty() || heads.iter().take(i).any(|h| h.name == head.name) {
                return Err(corrupt(format!(
                    "head name `{}` is empty or repeated",
                    head.name
                )));
            }
        }
        Ok(LinearModel { config, heads })
    }

    /// The committed model.
    ///
    /// # Errors
    /// Only if the committed file is corrupt, which the test suite rules out.
    pub fn embedded() -> Result<LinearModel> {
        Self::from_bytes(EMBEDDED_MODEL)
    }

    /// Parses a model file.
    ///
    /// # Errors
    /// [`DetectError::Model`] naming what is wrong (bad magic, truncation with the byte
    /// offset, a checksum mismatch, a non-finite number, a size mismatch).
    pub fn from_bytes(bytes: &[u8]) -> Result<LinearModel> {
        let body_len = bytes
            .len()
            .checked_sub(8)
            .ok_or_else(|| corrupt(format!("file is only {} bytes", bytes.len())))?;
        let (body, tail) = bytes.split_at(body_len);
        let mut stored = [0u8; 8];
        stored.copy_from_slice(tail);
        if !body.starts_with(MAGIC) {
            return Err(corrupt("not an Upstander linear model (bad magic bytes)"));
        }
        if u64::from_le_bytes(stored) != checksum(body) {
            return Err(corrupt(
                "checksum mismatch: the file is truncated or altered",
            ));
        }
        let mut r = Reader {
            bytes: body,
            at: MAGIC.len(),
        };
        let [bits, char_min, char_max, _reserved] = r.array::<4>("feature config")?;
        let config = FeatureConfig {
            bits,
            char_min,
            char_max,
        };
        if !(10..=24).contains(&bits) {
            return Err(corrupt(format!("bucket bits {bits} not in 10..=24")));
        }
        let count = r.u32("head count")?;
        if count > 256 {
            return Err(corrupt(format!("{count} heads is implausible")));
        }
        let mut heads = Vec::new();
        for index in 0..count {
            let len = r.u16("head name length")?;
            let name = std::str::from_utf8(r.take(usize::from(len), "head name")?)
                .map_err(|_| corrupt(format!("head {index} name is not UTF-8")))?
                .to_owned();
            let bias = r.f32("bias")?;
            let scale = r.f32("scale")?;
            let platt_a = r.f32("Platt a")?;
            let platt_b = r.f32("Platt b")?;
            let n = r.u32("weight count")? as usize;
            let weights = r
                .take(n, "weights")?
                .iter()
                .map(|&b| i8::from_le_bytes([b]))
                .collect();
            heads.push(Head {
                name,
                bias,
                scale,
                platt_a,
                platt_b,
                weights,
            });
        }
        if r.at != body.len() {
            return Err(corrupt(format!(
                "{} unexpected bytes after the last head",
                body.len() - r.at
            )));
        }
        Self::new(config, heads)
    }

    /// Serialises the model (the inverse of [`LinearModel::from_bytes`]).
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.heads.len() * (self.config.buckets() + 64) + 32);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[
            self.config.bits,
            self.config.char_min,
            self.config.char_max,
            0,
        ]);
        out.extend_from_slice(&(self.heads.len() as u32).to_le_bytes());
        for head in &self.heads {
            let name = head.name.as_bytes();
            let len = u16::try_from(name.len()).unwrap_or(u16::MAX);
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(name.get(..usize::from(len)).unwrap_or(name));
            for v in [head.bias, head.scale, head.platt_a, head.platt_b] {
                out.extend_from_slice(&v.to_le_bytes());
            }
            out.extend_from_slice(&(head.weights.len() as u32).to_le_bytes());
            out.extend(head.weights.iter().map(|w| w.to_le_bytes()[0]));
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// The feature configuration the model was trained with.
    #[must_use]
    pub fn config(&self) -> FeatureConfig {
        self.config
    }

    /// The heads, in file order.
    #[must_use]
    pub fn heads(&self) -> &[Head] {
        &self.heads
    }

    /// A head by name.
    #[must_use]
    pub fn head(&self, name: &str) -> Option<&Head> {
        self.heads.iter().find(|h| h.name == name)
    }

    /// Hashed features of a normalised post.
    #[must_use]
    pub fn features(&self, text: &NormalisedText<'_>) -> Features {
        self.config.features(text)
    }

    /// Calibrated probability of every head for a normalised post.
    #[must_use]
    pub fn score(&self, text: &NormalisedText<'_>) -> Scores {
        let f = self.features(text);
        Scores {
            heads: self
                .heads
                .iter()
                .map(|h| (h.name.clone(), h.calibrate(h.margin(&f))))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normaliser;

    fn toy() -> LinearModel {
        let config = FeatureConfig {
            bits: 10,
            char_min: 3,
            char_max: 4,
        };
        let mut weights = vec![0.0f32; config.buckets()];
        let n = Normaliser::new();
        for b in config.features(&n.normalise("vermin")).buckets {
            weights[b as usize] = 2.0;
        }
        let head = Head::quantise("hate", -1.0, &weights, (1.0, 0.0));
        LinearModel::new(config, vec![head]).unwrap()
    }

    #[test]
    fn a_model_round_trips_through_its_file_format() {
        let model = toy();
        let bytes = model.to_bytes();
        assert_eq!(LinearModel::from_bytes(&bytes).unwrap(), model);
    }

    #[test]
    fn a_truncated_file_is_a_typed_error_not_a_panic() {
        let bytes = toy().to_bytes();
        for cut in [0, 1, 7, 8, 12, 20, bytes.len() / 2, bytes.len() - 1] {
            let err = LinearModel::from_bytes(&bytes[..cut]).unwrap_err();
            assert!(matches!(err, DetectError::Model { .. }), "{err}");
        }
    }

    #[test]
    fn a_flipped_byte_fails_the_checksum() {
        let mut bytes = toy().to_bytes();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x55;
        let err = LinearModel::from_bytes(&bytes).unwrap_err();
        assert!(err.to_string().contains("checksum"), "{err}");
    }

    #[test]
    fn a_file_of_something_else_is_refused_by_its_magic() {
        let err = LinearModel::from_bytes(b"hello world, not a model").unwrap_err();
        assert!(err.to_string().contains("magic"), "{err}");
    }

    #[test]
    fn the_toy_model_scores_its_feature_above_other_text() {
        let model = toy();
        let n = Normaliser::new();
        let hit = model.score(&n.normalise("vermin")).get("hate").unwrap();
        let miss = model.score(&n.normalise("lovely day")).get("hate").unwrap();
        assert!(hit > 0.5 && miss < 0.5, "{hit} {miss}");
    }

    #[test]
    fn quantisation_keeps_weights_within_one_step() {
        let weights = [0.0, 0.5, -1.27, 0.01];
        let head = Head::quantise("h", 0.0, &weights, (1.0, 0.0));
        for (i, w) in weights.iter().enumerate() {
            assert!((head.weight(i as u32) - w).abs() <= head.scale / 2.0 + 1e-6);
        }
    }

    #[test]
    fn sigmoid_is_finite_at_the_extremes() {
        assert_eq!(sigmoid(-1000.0), 0.0);
        assert_eq!(sigmoid(1000.0), 1.0);
        assert!((sigmoid(0.0) - 0.5).abs() < 1e-6);
    }

    #[test]
    fn the_committed_model_loads() {
        let model = LinearModel::embedded().unwrap();
        assert!(model.head("hate").is_some());
    }
}
