//! Shows how the cascade treats each line of stdin: the fast tier's probability, whether the
//! transformer is asked, its probability, the combined score, the signals the cascade
//! emits and, on a second line, the lexicon's signals with their notes. For developers tracing a miss: `cargo run --release -p upstander-detect --features
//! transformer --example cascade-trace < lines.txt` (MiniLM in `models/minilm`).
#![allow(clippy::print_stdout, clippy::unwrap_used, missing_docs)]

use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;

use upstander_core::Taxonomy;
use upstander_detect::transformer::{TransformerHead, encoder_for};
use upstander_detect::{
    Cascade, Detector, Lexicon, LinearModel, ModelThresholds, Normaliser, PolicyConfig,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let taxonomy = Taxonomy::embedded()?;
    let lexicon = Lexicon::embedded(&taxonomy)?;
    let policy = PolicyConfig::embedded();
    let head = Arc::new(TransformerHead::embedded()?);
    let encoder = Arc::new(encoder_for(Path::new("models/minilm"), &head, None)?);
    let cascade = Cascade::new(
        Arc::new(LinearModel::embedded()?),
        ModelThresholds::from_config(&policy),
        encoder,
        Arc::clone(&head),
        None,
    )?;
    let normaliser = Normaliser::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let text = lexicon.unglue(normaliser.normalise(&line));
        let mut signals = Vec::new();
        lexicon.detect(&text, &mut signals);
        let found: Vec<String> = signals
            .iter()
            .map(|s| format!("{} \"{}\"", s.id.as_str(), s.note))
            .collect();
        let p_fast = cascade.fast_probability(&text);
        let asked = cascade.consults(p_fast, &signals);
        let p_transformer = cascade.transformer_probabilities(&[line.as_str()])?[0];
        let before = signals.len();
        cascade.detect(&text, &mut signals);
        let emitted: Vec<String> = signals[before..]
            .iter()
            .map(|s| format!("{} {:.2}", s.id.as_str(), s.strength))
            .collect();
        println!(
            "fast {p_fast:.2} asked {asked} transformer {p_transformer:.2} combined {:.2} \
             emitted {emitted:?} | {line}",
            head.combine(p_fast, p_transformer)
        );
        println!("    lexicon {found:?}");
    }
    Ok(())
}
