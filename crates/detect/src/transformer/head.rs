//! The trained classification head on MiniLM embeddings, and how its score joins the fast
//! tier's.

use serde::{Deserialize, Serialize};

use crate::{DetectError, Result, sigmoid};

/// The committed head (`resources/model/minilm-head.json`), compiled into the binary.
pub const EMBEDDED_HEAD: &str = include_str!("../../../../resources/model/minilm-head.json");

/// The format tag a head file must carry.
pub const HEAD_FORMAT: &str = "upstander-minilm-head/1";

/// A logistic stack of the two tiers' probabilities: `p = σ(bias + fast·logit(p_fast) +
/// transformer·logit(p_transformer))`, fitted on the validation split.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stack {
    /// Weight of the fast tier's logit.
    pub fast: f32,
    /// Weight of the transformer's logit.
    pub transformer: f32,
    /// Intercept.
    pub bias: f32,
}

/// Logistic regression (hateful vs not) on a sentence embedding, Platt-calibrated, with the
/// product thresholds for the transformer alone and for the cascade.
///
/// Stored as JSON: it is 384 numbers and a few settings, small enough to read in a diff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransformerHead {
    /// Always [`HEAD_FORMAT`].
    pub format: String,
    /// Which encoder the head was trained on (name and weights hash).
    pub encoder: String,
    /// One weight per embedding dimension.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
    /// Platt slope: `p = σ(platt_a · margin + platt_b)`.
    pub platt_a: f32,
    /// Platt offset.
    pub platt_b: f32,
    /// Probability at which the transformer alone calls a post hateful (same product rule as
    /// the linear model: at most 10% of harmless validation posts naming a group flagged).
    pub threshold: f32,
    /// How the cascade combines the two tiers inside the band.
    pub stack: Stack,
    /// Probability at which the combined score calls a post hateful (same rule).
    pub cascade_threshold: f32,
    /// Default uncertain band of the fast tier's probability, `[low, high]`: inside it the
    /// transformer is consulted (configurable at run time).
    pub band: [f32; 2],
    /// Whether a post that names a group is sent to the transformer whenever its fast-tier
    /// probability is below the band's top, not only inside the band: hate with no hostile
    /// word ("they should all go back to the jungle") looks harmless to the fast tier.
    #[serde(default)]
    pub route_groups: bool,
    /// Where the training data came from and how the head was fitted.
    pub provenance: String,
    /// Fingerprint (SHA-256) of the encoder [`Adapter`](super::Adapter) the head was trained
    /// with; absent for a head on the plain base encoder. [`encoder_for`](super::encoder_for)
    /// refuses to pair the head with any other encoder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapter: Option<String>,
}

fn invalid(message: impl Into<String>) -> DetectError {
    DetectError::Model {
        message: format!("transformer head: {}", message.into()),
    }
}

/// `ln(p / (1 − p))`, with `p` kept off 0 and 1 so the result is finite.
#[must_use]
pub fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln()
}

impl TransformerHead {
    /// The committed head.
    ///
    /// # Errors
    /// Only if the committed file is invalid, which the test suite rules out.
    pub fn embedded() -> Result<TransformerHead> {
        Self::from_json(EMBEDDED_HEAD)
    }

    /// Parses and checks a head file.
    ///
    /// # Errors
    /// [`DetectError::Model`] for malformed JSON, an unknown format, a non-finite number, a
    /// probability outside (0, 1) or a band whose ends are out of order.
    pub fn from_json(text: &str) -> Result<TransformerHead> {
        let head: TransformerHead =
            serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        head.validate()?;
        Ok(head)
    }

    /// The file's JSON text (the inverse of [`TransformerHead::from_json`]).
    ///
    /// # Errors
    /// Only if serialisation fails, which plain numbers and strings cannot.
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| invalid(e.to_string()))
    }

    /// Checks the invariants [`TransformerHead::from_json`] promises.
    ///
    /// # Errors
    /// As [`TransformerHead::from_json`].
    pub fn validate(&self) -> Result<()> {
        if self.format != HEAD_FORMAT {
            return Err(invalid(format!(
                "format is {:?}, expected {HEAD_FORMAT:?}",
                self.format
            )));
        }
        if self.weights.is_empty() {
            return Err(invalid("no weights"));
        }
        let numbers = [
            self.bias,
            self.platt_a,
            self.platt_b,
            self.stack.fast,
            self.stack.transformer,
            self.stack.bias,
        ];
        if let Some(i) = self.weights.iter().position(|w| !w.is_finite()) {
            return Err(invalid(format!("weight {i} is not a finite number")));
        }
        if numbers.iter().any(|v| !v.is_finite()) {
            return Err(invalid("bias, Platt or stack value is not a finite number"));
        }
        for (name, p) in [
            ("threshold", self.threshold),
            ("cascade_threshold", self.cascade_threshold),
            ("band[0]", self.band[0]),
            ("band[1]", self.band[1]),
        ] {
            if !(0.0..=1.0).contains(&p) {
                return Err(invalid(format!("{name} {p} is not a probability")));
            }
        }
        if self.band[0] > self.band[1] {
            return Err(invalid(format!(
                "band [{}, {}] has its ends out of order",
                self.band[0], self.band[1]
            )));
        }
        Ok(())
    }

    /// The raw margin `bias + w·x` of an embedding (extra or missing dimensions count as 0).
    #[must_use]
    pub fn margin(&self, embedding: &[f32]) -> f32 {
        self.bias
            + self
                .weights
                .iter()
                .zip(embedding)
                .map(|(w, x)| w * x)
                .sum::<f32>()
    }

    /// Calibrated probability that the embedded post is hateful.
    #[must_use]
    pub fn probability(&self, embedding: &[f32]) -> f32 {
        sigmoid(self.platt_a * self.margin(embedding) + self.platt_b)
    }

    /// The cascade's probability from the fast tier's and the transformer's.
    #[must_use]
    pub fn combine(&self, p_fast: f32, p_transformer: f32) -> f32 {
        let s = self.stack;
        sigmoid(s.bias + s.fast * logit(p_fast) + s.transformer * logit(p_transformer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head() -> TransformerHead {
        TransformerHead {
            format: HEAD_FORMAT.to_owned(),
            encoder: "test".to_owned(),
            weights: vec![1.0, -1.0],
            bias: 0.0,
            platt_a: 2.0,
            platt_b: 0.0,
            threshold: 0.6,
            stack: Stack {
                fast: 0.5,
                transformer: 1.0,
                bias: 0.0,
            },
            cascade_threshold: 0.55,
            band: [0.2, 0.8],
            route_groups: false,
            provenance: String::new(),
            adapter: None,
        }
    }

    #[test]
    fn a_head_round_trips_through_json() {
        let h = head();
        assert_eq!(
            TransformerHead::from_json(&h.to_json().unwrap()).unwrap(),
            h
        );
    }

    #[test]
    fn the_probability_follows_the_weights() {
        let h = head();
        assert!(h.probability(&[1.0, 0.0]) > 0.8);
        assert!(h.probability(&[0.0, 1.0]) < 0.2);
        assert!((h.probability(&[0.0, 0.0]) - 0.5).abs() < 1e-6);
    }

    #[test]
    fn combining_two_even_scores_stays_even_and_agreement_strengthens() {
        let h = head();
        assert!((h.combine(0.5, 0.5) - 0.5).abs() < 1e-6);
        assert!(h.combine(0.8, 0.8) > 0.8);
        assert!(h.combine(0.2, 0.2) < 0.2);
        assert!(h.combine(0.0, 1.0).is_finite());
    }

    #[test]
    fn malformed_head_files_are_typed_errors() {
        let mut bad = head();
        bad.band = [0.9, 0.1];
        let err = TransformerHead::from_json(&bad.to_json().unwrap()).unwrap_err();
        assert!(err.to_string().contains("out of order"), "{err}");
        let mut bad = head();
        bad.format = "other".to_owned();
        let err = TransformerHead::from_json(&bad.to_json().unwrap()).unwrap_err();
        assert!(err.to_string().contains("format"), "{err}");
        let err = TransformerHead::from_json("{\"format\": 1}").unwrap_err();
        assert!(err.to_string().contains("transformer head"), "{err}");
        let err = TransformerHead::from_json("not json").unwrap_err();
        assert!(matches!(err, DetectError::Model { .. }));
    }

    #[test]
    fn the_committed_head_loads() {
        let head = TransformerHead::embedded().unwrap();
        assert_eq!(head.weights.len(), 384);
    }
}
