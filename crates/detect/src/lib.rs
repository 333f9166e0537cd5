//! Upstander's detection: it reads a post and says what is in it and what that amounts to.
//!
//! This crate owns the evasion-resistant [`Normaliser`] (with an offset map back to the original
//! text), the [`Lexicon`] (one Aho-Corasick automaton over a TSV of terms), the context
//! detectors (negation, quotation, counter-speech, reclaimed use, artistic context), the
//! [`Policy`] that weighs signals into an [`upstander_core::Assessment`], and the [`Engine`]
//! that runs them in order. Detectors only emit named signals with evidence spans; the policy
//! alone decides, so a reviewer can always see why. Behind the cargo feature `transformer` it
//! also holds the MiniLM sentence-embedding tier (`transformer`) and the `Cascade` detector
//! that asks it about the posts the fast tier is unsure of.
//!
//! It deliberately does no I/O and knows nothing of async runtimes, databases or the network:
//! lexicon, policy and taxonomy come in as `&str` (the shipped defaults are compiled in with
//! `include_str!`), and assessment is plain synchronous CPU work that callers run on their own
//! worker threads. It never decides what happens to a post; people do.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

#[cfg(feature = "transformer")]
mod cascade;
mod context;
mod detector;
mod engine;
mod error;
mod homonyms;
mod insinuation;
mod lexicon;
mod model;
mod normalise;
mod policy;
mod precaution;
mod refusal;
mod text;
#[cfg(feature = "transformer")]
pub mod transformer;

#[cfg(feature = "transformer")]
pub use cascade::{Cascade, CascadeStats, consults as cascade_consults};
pub use context::ContextDetector;
pub use detector::Detector;
pub use engine::Engine;
pub use error::{DetectError, Result};
pub use lexicon::{EMBEDDED_LEXICON, Lexicon};
pub use model::{
    EMBEDDED_MODEL, FeatureConfig, Features, Head, LinearModel, ModelDetector, ModelThresholds,
    Scores, WordRange, sigmoid,
};
pub use normalise::{NormalisedText, Normaliser};
pub use policy::{
    Bind, BindingConfig, ContextConfig, ContextScope, EMBEDDED_POLICY, ModelConfig, ModelGate,
    Policy, PolicyConfig, Role, RuleConfig, RuleScope, SignalConfig, TargetKind,
};
