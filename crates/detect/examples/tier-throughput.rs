//! Posts per second of the transformer tier and the cascade, without criterion (whose bench
//! profile rebuilds candle in release): `cargo run -p upstander-detect --features transformer
//! --example tier-throughput [ROUNDS]`. In a dev build candle runs at opt-level 3 (workspace
//! profile overrides) but the rest of the crate does not, so the fast-tier figure here is far
//! below `cargo bench`'s; the transformer figures are close to release.
#![allow(
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use upstander_core::Taxonomy;
use upstander_detect::transformer::{TransformerHead, encoder_for};
use upstander_detect::{Cascade, Engine, LinearModel, ModelThresholds, PolicyConfig};

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(4);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let posts: Vec<String> =
        std::fs::read_to_string(root.join("resources/samples/demo-posts.jsonl"))
            .unwrap()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
            .collect();
    let texts: Vec<&str> = posts.iter().map(String::as_str).collect();
    let n = (posts.len() * rounds) as f64;
    let taxonomy = Taxonomy::embedded().unwrap();
    let policy = PolicyConfig::embedded();
    let thresholds = ModelThresholds::from_config(&policy);
    let linear = Arc::new(LinearModel::embedded().unwrap());
    let head = Arc::new(TransformerHead::embedded().unwrap());
    let encoder = Arc::new(encoder_for(&root.join("models/minilm"), &head, None).unwrap());
    let fast = Engine::with_model(&taxonomy, Arc::clone(&linear), thresholds.clone()).unwrap();
    let cascade = Cascade::new(
        linear,
        thresholds,
        Arc::clone(&encoder),
        Arc::clone(&head),
        None,
    )
    .unwrap();
    let cascaded = Engine::lexicon_only(&taxonomy)
        .unwrap()
        .with_detector(Box::new(cascade));
    let time = |name: &str, f: &mut dyn FnMut()| {
        f();
        let start = Instant::now();
        for _ in 0..rounds {
            f();
        }
        let secs = start.elapsed().as_secs_f64();
        eprintln!("{name:<34} {:>9.1} posts/s", n / secs);
    };
    time("fast tier (rules + linear, dev)", &mut || {
        for p in &texts {
            std::hint::black_box(fast.assess(p));
        }
    });
    time("MiniLM + head, batch of 25", &mut || {
        for e in encoder.embed(&texts).unwrap() {
            std::hint::black_box(head.probability(&e));
        }
    });
    time("MiniLM + head, one post at a time", &mut || {
        for t in &texts {
            let e = encoder.embed(&[t]).unwrap();
            std::hint::black_box(head.probability(&e[0]));
        }
    });
    time("cascade (rules + cascade)", &mut || {
        for p in &texts {
            std::hint::black_box(cascaded.assess(p));
        }
    });
    let in_band = texts
        .iter()
        .filter(|t| {
            let c = Cascade::new(
                Arc::new(LinearModel::embedded().unwrap()),
                ModelThresholds::from_config(&policy),
                Arc::clone(&encoder),
                Arc::clone(&head),
                None,
            )
            .unwrap();
            c.in_band(c.fast_probability(&upstander_detect::Normaliser::new().normalise(t)))
        })
        .count();
    eprintln!("demo posts inside the band: {in_band} of {}", texts.len());
}
