//! Crashes and concurrent writers: whole batches or nothing, each post exactly once.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use upstander_core::{ItemFilter, Severity};
use upstander_store::{BatchOutcome, GroupingRules, IncomingPost, SharedStore};

use crate::support::{Backend, Ctx, PostExt, flagged, flip, post};

conformance!(
    a_killed_ingest_leaves_whole_batches_and_a_rerun_stores_each_post_once,
    two_stores_ingesting_overlapping_batches_at_once_store_each_post_once,
);

/// Set in the child process the kill story starts: the database URL to ingest into.
pub const CHILD_ENV: &str = "UPSTANDER_STORE_TEST_CHILD_URL";

const RULES: GroupingRules = GroupingRules { max_hamming: 10 };
const BATCHES: usize = 60;
const BATCH_SIZE: usize = 200;

/// A fixed, pseudo-random 64-bit value per index (SplitMix64), so fingerprints are spread
/// out and every run groups the same way.
fn mix(index: u64) -> u64 {
    let mut z = index.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Batch `n` of the workload: mostly new content, every third post an exact copy of a recent
/// one (sometimes from the previous batch), some near copies (a content key of their own, the
/// near key of a recent post and a fingerprint 5 bits from it), a few flagged.
fn batch(n: usize) -> Vec<IncomingPost> {
    (0..BATCH_SIZE)
        .map(|j| {
            let index = (n * BATCH_SIZE + j) as u64;
            let (content, near) = if index % 3 == 2 && index >= 50 {
                (index - 50, false)
            } else if index % 5 == 4 && index >= 20 {
                (index - 20, true)
            } else {
                (index, false)
            };
            let key = format!("b{n}-{j}");
            let (content_key, simhash) = if near {
                (format!("n{index}"), flip(mix(content), 5))
            } else {
                (format!("c{content}"), mix(content))
            };
            let p = if content % 7 == 0 {
                flagged(&key, &content_key, simhash, Severity::S2, 0.6)
            } else {
                post(&key, &content_key, simhash)
            };
            p.author(&format!("author{}", index % 11))
                .engagement(index % 5)
                .near_keys(&[mix(content) ^ 1])
        })
        .collect()
}

/// The child's part: ingest every batch into `url` until killed (or done).
pub async fn child_ingest(url: &str) {
    let store = upstander_store::open(url)
        .await
        .expect("child opens the store");
    for n in 0..BATCHES {
        store
            .ingest_batch(&batch(n), RULES)
            .await
            .expect("child stores a batch");
    }
}

async fn ingest_all(store: &SharedStore) -> BatchOutcome {
    let mut total = BatchOutcome::default();
    for n in 0..BATCHES {
        total.add(store.ingest_batch(&batch(n), RULES).await.unwrap());
    }
    total
}

/// Copies per item, sorted, as a fingerprint of how the posts were grouped.
async fn grouping(store: &SharedStore) -> Vec<(u64, u64, u64)> {
    let items = store.list_items(&ItemFilter::default()).await.unwrap();
    let mut shape: Vec<_> = items
        .iter()
        .map(|i| (i.copies, i.distinct_authors, i.reach))
        .collect();
    shape.sort_unstable();
    shape
}

async fn a_killed_ingest_leaves_whole_batches_and_a_rerun_stores_each_post_once(ctx: Ctx) {
    let module = match ctx.backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let test_name = format!(
        "durability::{module}::a_killed_ingest_leaves_whole_batches_and_a_rerun_stores_each_post_once"
    );
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([test_name.as_str(), "--exact", "--test-threads", "1"])
        .env(CHILD_ENV, &ctx.url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();

    // Let a few batches land, then kill it mid-stream (SIGKILL: no cleanup runs).
    let give_up = Instant::now() + Duration::from_secs(120);
    while ctx.store.counts().await.unwrap().posts < (3 * BATCH_SIZE) as u64
        && child.try_wait().unwrap().is_none()
        && Instant::now() < give_up
    {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let after_kill = ctx.store.counts().await.unwrap();
    assert!(
        after_kill.posts > 0,
        "the child stored nothing before it was killed"
    );
    assert_eq!(
        after_kill.posts % BATCH_SIZE as u64,
        0,
        "a batch was stored in part"
    );
    let copies: u64 = ctx
        .store
        .list_items(&ItemFilter::default())
        .await
        .unwrap()
        .iter()
        .map(|i| i.copies)
        .sum();
    assert_eq!(
        copies, after_kill.posts,
        "item copy counts disagree with the stored posts"
    );

    let rerun = ingest_all(&ctx.store).await;
    assert_eq!(rerun.already_stored, after_kill.posts);
    assert_eq!(
        rerun.stored + rerun.already_stored,
        (BATCHES * BATCH_SIZE) as u64
    );
    assert_eq!(
        ctx.store.counts().await.unwrap().posts,
        (BATCHES * BATCH_SIZE) as u64
    );

    // The interrupted-and-resumed database groups exactly like an uninterrupted run.
    let reference = upstander_store::open("sqlite::memory:").await.unwrap();
    ingest_all(&reference).await;
    assert_eq!(
        ctx.store.counts().await.unwrap(),
        reference.counts().await.unwrap()
    );
    assert!(
        grouping(&ctx.store).await == grouping(&reference).await,
        "grouping differs"
    );
}

async fn two_stores_ingesting_overlapping_batches_at_once_store_each_post_once(ctx: Ctx) {
    let other = ctx.open_another().await;
    let forward = {
        let store = ctx.store.clone();
        tokio::spawn(async move {
            let mut total = BatchOutcome::default();
            for n in 0..10 {
                total.add(store.ingest_batch(&batch(n), RULES).await.unwrap());
            }
            total
        })
    };
    let backward = tokio::spawn(async move {
        let mut total = BatchOutcome::default();
        for n in (0..10).rev() {
            total.add(other.ingest_batch(&batch(n), RULES).await.unwrap());
        }
        total
    });
    let (a, b) = (forward.await.unwrap(), backward.await.unwrap());
    let expected = (10 * BATCH_SIZE) as u64;
    assert_eq!(a.stored + b.stored, expected);
    assert_eq!(a.already_stored + b.already_stored, expected);
    let counts = ctx.store.counts().await.unwrap();
    assert_eq!(counts.posts, expected);
    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    assert_eq!(items.iter().map(|i| i.copies).sum::<u64>(), expected);
    assert_eq!(a.new_items + b.new_items, items.len() as u64);
}
