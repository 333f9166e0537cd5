//! Ingest throughput: batches of 1000 mostly-unique posts into a store that started empty.
//! Every post carries a SimHash and six near keys; none of them group as near copies, so
//! this measures the lookups and index writes that near grouping costs, not the grouping.
//!
//! Run with `cargo bench -p upstander-store`. SQLite always runs (a fresh file in a temporary
//! directory); PostgreSQL runs too when `UPSTANDER_TEST_POSTGRES_URL` names a server, on a
//! database created for the run and dropped afterwards. Only the `ingest_batch` calls are
//! timed; building the batches is not.

// A benchmark that cannot set itself up should stop loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sqlx::{AssertSqlSafe, Connection};
use upstander_core::{Assessment, CategoryScore, NewPost, Platform, Severity, Verdict};
use upstander_store::{GroupingRules, IncomingPost, SharedStore};

const BATCH: usize = 1000;

/// SplitMix64: a fixed pseudo-random value per index.
fn mix(index: u64) -> u64 {
    let mut z = index.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Batch `n`: 90% new content, 10% exact copies of recent posts; one post in ten flagged.
fn batch(n: u64) -> Vec<IncomingPost> {
    (0..BATCH as u64)
        .map(|j| {
            let index = n * BATCH as u64 + j;
            let content = if index % 10 == 9 {
                index.saturating_sub(500)
            } else {
                index
            };
            let flagged = content % 10 == 3;
            let assessment = if flagged {
                Assessment {
                    verdict: Verdict::Flag,
                    score: 0.81,
                    severity: Severity::S2,
                    categories: vec![CategoryScore {
                        id: "HATE.DEHUMANISATION".into(),
                        score: 0.81,
                    }],
                    targets: vec!["TG.RELIGION.MUSLIM".into()],
                    explanation: "dehumanising language aimed at a protected group".into(),
                    ..Assessment::default()
                }
            } else {
                Assessment {
                    score: 0.04,
                    ..Assessment::default()
                }
            };
            IncomingPost {
                post: NewPost {
                    source_id: Some(format!("{index}")),
                    platform: Platform::X,
                    text: format!(
                        "post {content}: a reply of ordinary length about the news of the day, \
                         with a link and an emoji 🙂 https://example.org/{content}"
                    ),
                    author: Some(format!("user{}", index % 5000)),
                    url: Some(format!("https://x.com/i/status/{index}")),
                    created_at: None,
                    lang: Some("en".into()),
                    engagement: Some(index % 100),
                },
                ingest_key: format!("x:{index}"),
                content_key: format!("{:016x}", mix(content)),
                simhash: mix(content ^ 0xABCD),
                // Six keys per text, as `upstander_ingest::dedup::near_keys` gives: unrelated
                // texts share none, so each new post probes six keys and finds nothing.
                near_keys: (1..=6)
                    .map(|band| mix((content << 3 | band) ^ 0x5EED))
                    .collect(),
                assessment,
            }
        })
        .collect()
}

/// Batches into one store that grows as the benchmark runs (by 1000 posts per iteration).
fn bench_growing(
    c: &mut Criterion,
    name: &str,
    runtime: &tokio::runtime::Runtime,
    store: &SharedStore,
) {
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(BATCH as u64));
    let mut next = 0_u64;
    group.bench_function(name, |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                let posts = batch(next);
                next += 1;
                let start = Instant::now();
                runtime
                    .block_on(store.ingest_batch(&posts, GroupingRules::default()))
                    .unwrap();
                spent += start.elapsed();
            }
            spent
        });
    });
    group.finish();
}

fn ingest(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();

    // One batch into an empty file: the store's own overhead, with every page in cache.
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(BATCH as u64));
    group.bench_function("sqlite_fresh_file_batch_1000", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for i in 0..iterations {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("fresh.db");
                let store = runtime
                    .block_on(upstander_store::open_sqlite(&path))
                    .unwrap();
                let posts = batch(i % 50);
                let start = Instant::now();
                runtime
                    .block_on(store.ingest_batch(&posts, GroupingRules::default()))
                    .unwrap();
                spent += start.elapsed();
            }
            spent
        });
    });
    group.finish();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("growing.db");
    let store = runtime
        .block_on(upstander_store::open_sqlite(&path))
        .unwrap();
    bench_growing(c, "sqlite_growing_batch_1000", &runtime, &store);
    drop(store);

    if let Ok(admin_url) = std::env::var("UPSTANDER_TEST_POSTGRES_URL") {
        let name = format!("upstander_bench_{}", uuid::Uuid::now_v7().simple());
        let mut admin = runtime
            .block_on(sqlx::PgConnection::connect(&admin_url))
            .unwrap();
        runtime
            .block_on(
                sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut admin),
            )
            .unwrap();
        let url = with_database(&admin_url, &name);
        let store = runtime
            .block_on(upstander_store::open_postgres(&url))
            .unwrap();
        bench_growing(c, "postgres_growing_batch_1000", &runtime, &store);
        drop(store);
        runtime
            .block_on(
                sqlx::raw_sql(AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)")))
                    .execute(&mut admin),
            )
            .unwrap();
    }
}

/// `url` pointing at database `name` instead of the one it names.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    let query = query.map(|q| format!("?{q}")).unwrap_or_default();
    format!("{}/{name}{query}", &base[..path_start])
}

criterion_group!(benches, ingest);
criterion_main!(benches);
