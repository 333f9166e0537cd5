//! Prints the sentence embedding of each line of stdin as JSON, from MiniLM in `models/minilm`
//! plus an optional encoder adapter: `cargo run --release -p upstander-detect --features
//! transformer --example embed -- [ADAPTER] < lines.txt`. `scripts/finetune-minilm.py embed`
//! prints the same from PyTorch, so the two forward passes can be compared.
#![allow(clippy::print_stdout, clippy::unwrap_used, missing_docs)]

use std::io::BufRead;
use std::path::Path;

use upstander_detect::transformer::{Adapter, SentenceEncoder};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let adapter = match std::env::args().nth(1) {
        Some(path) => Some(Adapter::from_bytes(&std::fs::read(path)?)?),
        None => None,
    };
    let encoder = SentenceEncoder::load_adapted(Path::new("models/minilm"), adapter.as_ref())?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let embedding = encoder.embed(&[line.as_str()])?.remove(0);
        println!(
            "{}",
            serde_json::json!({ "text": line, "embedding": embedding })
        );
    }
    Ok(())
}
