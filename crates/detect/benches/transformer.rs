//! Throughput of each tier (feature `transformer`): the fast tier (rules + linear model), the
//! MiniLM encoder with its head (batched and one post at a time), and the cascade as
//! `classify` runs it. Posts are the 25 demo posts (`resources/samples/demo-posts.jsonl`):
//! hateful, harmless, counter-speech and gang content of tweet length.
//!
//! Needs `models/minilm/` (scripts/setup-minilm); without it only the fast tier is measured.
//!
//! Run: `cargo bench -p upstander-detect --features transformer --bench transformer --
//! --warm-up-time 1 --measurement-time 5`

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use upstander_core::Taxonomy;
use upstander_detect::transformer::{SentenceEncoder, TransformerHead, encoder_for};
use upstander_detect::{Cascade, Engine, LinearModel, ModelThresholds, PolicyConfig};

fn posts() -> Vec<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../resources/samples/demo-posts.jsonl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect()
}

fn tiers(c: &mut Criterion) {
    let posts = posts();
    let taxonomy = Taxonomy::embedded().unwrap();
    let policy = PolicyConfig::embedded();
    let thresholds = ModelThresholds::from_config(&policy);
    let linear = Arc::new(LinearModel::embedded().unwrap());
    let fast = Engine::with_model(&taxonomy, Arc::clone(&linear), thresholds.clone()).unwrap();

    let mut group = c.benchmark_group("tiers");
    group.sample_size(10);
    group.throughput(Throughput::Elements(posts.len() as u64));
    group.bench_function("fast_rules_and_linear", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(fast.assess(p));
            }
        });
    });

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/minilm");
    if !SentenceEncoder::present(&dir) {
        eprintln!(
            "note: MiniLM not in {}; transformer benches skipped",
            dir.display()
        );
        group.finish();
        return;
    }
    let head = Arc::new(TransformerHead::embedded().unwrap());
    let encoder = Arc::new(encoder_for(&dir, &head, None).unwrap());
    let texts: Vec<&str> = posts.iter().map(String::as_str).collect();
    group.bench_function("transformer_batched", |b| {
        b.iter(|| {
            for e in encoder.embed(&texts).unwrap() {
                black_box(head.probability(&e));
            }
        });
    });
    group.bench_function("transformer_one_at_a_time", |b| {
        b.iter(|| {
            for t in &texts {
                let e = encoder.embed(&[t]).unwrap();
                black_box(head.probability(&e[0]));
            }
        });
    });
    let cascade = Cascade::new(
        Arc::clone(&linear),
        thresholds,
        Arc::clone(&encoder),
        Arc::clone(&head),
        None,
    )
    .unwrap()
    .with_fast_signals(policy.model.enabled);
    let engine = Engine::lexicon_only(&taxonomy)
        .unwrap()
        .with_detector(Box::new(cascade));
    group.bench_function("cascade_one_post_at_a_time", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(engine.assess(p));
            }
        });
    });
    // What `classify` does since v1.7: one batch per group of lines, so the posts the cascade
    // asks MiniLM about share forward passes.
    group.bench_function("cascade_batched_as_classify_runs_it", |b| {
        b.iter(|| black_box(engine.assess_batch(&texts)));
    });
    group.finish();
}

criterion_group!(benches, tiers);
criterion_main!(benches);
