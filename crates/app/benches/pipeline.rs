//! End-to-end throughput of the two main jobs: `classify` (JSON line in, JSON line out,
//! on all cores) and `ingest` into a fresh SQLite file (parse, normalise, detect, key, group,
//! store in batched transactions).
//!
//! Run: `cargo bench -p upstander-app --bench pipeline -- --warm-up-time 1 --measurement-time 10`

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use upstander_app::{
    DetectConfig, Detection, Hub, HubConfig, NoProgress, SourceInput, classify_lines,
};
use upstander_ingest::Format;

/// The demo posts: a realistic mix of hate, counter-speech, neutral mentions, gang content.
const DEMO: &str = include_str!("../../../resources/samples/demo-posts.jsonl");

/// Words for filler posts: the distinct words of the project's own documentation, drawn
/// uniformly, so that filler posts are unrelated to each other as in a real monitored stream
/// (a tiny vocabulary would make every post a near copy of every other).
const PROSE: &str = concat!(
    include_str!("../../../README.md"),
    include_str!("../../../ARCHITECTURE.md"),
    include_str!("../../../CONTRIBUTING.md"),
);

fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = PROSE
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}

fn texts(count: usize) -> Vec<String> {
    let demo: Vec<String> = DEMO
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    let vocabulary = vocabulary();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    (0..count)
        .map(|i| {
            if i % 10 == 0 {
                // A realistic mix of hate, counter-speech and campaign copies.
                format!("{} #{i}", demo[next() % demo.len()])
            } else {
                let words: Vec<&str> = (0..25)
                    .map(|_| vocabulary[next() % vocabulary.len()].as_str())
                    .collect();
                words.join(" ")
            }
        })
        .collect()
}

fn json_lines(texts: &[String]) -> Vec<Vec<u8>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("b{i}"), "author": format!("@user{}", i % 500), "text": t}).to_string().into_bytes())
        .collect()
}

fn classify(c: &mut Criterion) {
    let detection = Detection::load(&DetectConfig::default()).unwrap();
    let lines = json_lines(&texts(10_000));
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(lines.len() as u64));
    group.bench_function(format!("json_lines_{workers}_threads"), |b| {
        b.iter(|| classify_lines(&detection.engine, &lines, workers));
    });
    group.bench_function("json_lines_1_thread", |b| {
        b.iter(|| classify_lines(&detection.engine, &lines, 1));
    });
    group.finish();
}

fn ingest(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let posts = 20_000;
    let mut body = Vec::new();
    for line in json_lines(&texts(posts)) {
        body.extend_from_slice(&line);
        body.push(b'\n');
    }
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(posts as u64));
    group.sample_size(10);
    group.bench_function("jsonl_into_fresh_sqlite", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let dir = tempfile::tempdir().unwrap();
                let mut config = HubConfig::default();
                config.database.url = format!("sqlite://{}", dir.path().join("bench.db").display());
                let hub = runtime.block_on(Hub::open(config)).unwrap();
                let source = SourceInput {
                    name: "bench.jsonl".into(),
                    reader: Box::new(std::io::Cursor::new(body.clone())),
                };
                let start = Instant::now();
                let summary = runtime
                    .block_on(hub.ingest(vec![source], Format::Jsonl, &NoProgress, &mut |_| Ok(())))
                    .unwrap();
                total += start.elapsed();
                assert_eq!(summary.accepted, posts as u64);
            }
            total
        });
    });
    group.finish();
}

criterion_group!(benches, classify, ingest);
criterion_main!(benches);
