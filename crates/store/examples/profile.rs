#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]
//! TEMPORARY profiling harness (not to be committed).
use std::time::Instant;
use upstander_core::{Assessment, CategoryScore, NewPost, Platform, Severity, Verdict};
use upstander_store::{GroupingRules, IncomingPost};
const BATCH: usize = 1000;
fn mix(index: u64) -> u64 {
    let mut z = index.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
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
                near_keys: (1..=6)
                    .map(|band| mix((content << 3 | band) ^ 0x5EED))
                    .collect(),
                assessment,
            }
        })
        .collect()
}
#[tokio::main]
async fn main() {
    let total: u64 = std::env::args().nth(1).map_or(150, |s| s.parse().unwrap());
    let dir = tempfile::tempdir_in("/tmp/store2").unwrap();
    let path = dir.path().join("growing.db");
    let store = upstander_store::open_sqlite(&path).await.unwrap();
    let mut window = Instant::now();
    let mut spent = std::time::Duration::ZERO;
    let mut tail_spent = std::time::Duration::ZERO;
    let mut tail_cpu = (0.0, 0.0);
    let mut cpu_at_start = (0.0, 0.0);
    let mut io_at_start = (0, 0);
    for n in 0..total {
        if n == total - 50 {
            cpu_at_start = cpu();
            io_at_start = io();
        }
        let posts = batch(n);
        let t = Instant::now();
        store
            .ingest_batch(&posts, GroupingRules::default())
            .await
            .unwrap();
        spent += t.elapsed();
        if n >= total - 50 {
            tail_spent += t.elapsed();
        }
        if n == total - 1 {
            let c = cpu();
            tail_cpu = (c.0 - cpu_at_start.0, c.1 - cpu_at_start.1);
        }
        if (n + 1) % 10 == 0 && std::env::var("QUIET").is_err() {
            eprintln!(
                "{:>4}k posts: {:>6.0} posts/s (ingest time), wall {:.2}s, db {} MB",
                n + 1,
                10_000.0 / spent.as_secs_f64(),
                window.elapsed().as_secs_f64(),
                std::fs::metadata(&path)
                    .map(|m| m.len() / 1_000_000)
                    .unwrap_or(0)
            );
            spent = std::time::Duration::ZERO;
            window = Instant::now();
        }
    }
    let end_io = io();
    eprintln!(
        "last 50 batches: read {} MB/batch, written {} MB/batch",
        (end_io.0 - io_at_start.0) / 50_000_000,
        (end_io.1 - io_at_start.1) / 50_000_000
    );
    eprintln!(
        "last 50 batches: {:.0} posts/s, cpu {:.2}s (user {:.2} sys {:.2}) for {:.2}s ingest",
        50_000.0 / tail_spent.as_secs_f64(),
        tail_cpu.0 + tail_cpu.1,
        tail_cpu.0,
        tail_cpu.1,
        tail_spent.as_secs_f64()
    );
    if std::env::var("KEEP").is_ok() {
        let p = dir.keep();
        eprintln!("kept {}", p.display());
    }
}

fn io() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/self/io").unwrap();
    let get = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .unwrap()
            .split_whitespace()
            .nth(1)
            .unwrap()
            .parse::<u64>()
            .unwrap()
    };
    (get("rchar:"), get("wchar:"))
}
fn cpu() -> (f64, f64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    let tick = 100.0;
    (
        fields[11].parse::<f64>().unwrap() / tick,
        fields[12].parse::<f64>().unwrap() / tick,
    )
}
