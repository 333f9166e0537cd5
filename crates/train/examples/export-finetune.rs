//! Writes the labelled rows the transformer tier's encoder is fine-tuned on, as JSON lines,
//! for `scripts/finetune-minilm.py`: `cargo run --release -p upstander-train --features
//! transformer --example export-finetune -- DATA OUT.jsonl [--encoder-pairs]`.
//!
//! The rows come from the public sets and the contrastive set: what the committed adapter was
//! trained on. `--encoder-pairs` adds our encoder-only pairs
//! (`resources/training/encoder-pairs.jsonl`, set `encoder_pairs`), which
//! `finetune-minilm.py refine` learns from; the committed adapter does not use them (see
//! resources/model/README.md).
//! Every row of every split is written with the split it belongs to (the same leakage-free
//! placement `upstander train` uses), so the fine-tuning script trains on `train` rows only,
//! picks its epoch on `validation` rows and never sees a `test` row's label in training.
//! Texts are written as the encoder sees them: emoji already replaced by their names.
#![allow(clippy::print_stderr, missing_docs)]

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use upstander_detect::transformer::emoji_to_words;
use upstander_train::data::Split;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (flags, mut args): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    if let Some(unknown) = flags.iter().find(|f| *f != "--encoder-pairs") {
        return Err(format!("unknown option {unknown} (known: --encoder-pairs)").into());
    }
    args.reverse();
    let data = PathBuf::from(args.pop().unwrap_or_else(|| "../shared/data".into()));
    let out = PathBuf::from(args.pop().unwrap_or_else(|| "target/finetune.jsonl".into()));
    let contrastive = PathBuf::from(upstander_train::CONTRASTIVE_PATH);
    let pairs = PathBuf::from(upstander_train::ENCODER_PAIRS_PATH);
    let mut own = vec![(contrastive.as_path(), "contrastive")];
    if !flags.is_empty() {
        own.push((pairs.as_path(), "encoder_pairs"));
    }
    let (placed, stats) = upstander_train::load_placed_with(&data, &own)?;
    let mut file = BufWriter::new(std::fs::File::create(&out)?);
    for p in &placed {
        let split = match p.split {
            Split::Train => "train",
            Split::Validation => "validation",
            Split::Test => "test",
        };
        let row = serde_json::json!({
            "set": p.example.set,
            "split": split,
            "label": u8::from(p.example.hateful),
            "text": emoji_to_words(&p.example.text),
        });
        serde_json::to_writer(&mut file, &row)?;
        file.write_all(b"\n")?;
    }
    file.flush()?;
    eprintln!(
        "wrote {} rows ({} read, {} conflicting copies dropped) to {}",
        placed.len(),
        stats.rows,
        stats.conflicting,
        out.display()
    );
    Ok(())
}
