//! The ingest pipeline: read → detect → store, as three stages joined by bounded channels.
//!
//! Stage one (a thread) parses the sources into batches; stage two (a thread that fans each
//! batch out over the detection workers) normalises, assesses and keys every post; stage
//! three (the async caller) writes each batch in one transaction. The channels hold at most
//! `ingest.queue_depth` batches, so memory stays flat however large the input, and a slow
//! database slows the readers instead of piling posts up. Batches keep input order, so the
//! first copy of a campaign is always the one that represents it.

use std::io::BufRead;
use std::sync::Arc;
use std::sync::mpsc;
use std::thread;

use serde::Serialize;
use upstander_detect::Engine;
use upstander_ingest::{Entry, Format, ReadOptions, Reject, dedup, read_source};
use upstander_store::{BatchOutcome, GroupingRules, IncomingPost, StoreError};

use crate::parallel::map_in_order;
use crate::{AppError, Hub, Result};

/// One input: its name (shown in rejects) and a reader.
pub struct SourceInput {
    /// File name, or `-` for standard input.
    pub name: String,
    /// The bytes.
    pub reader: Box<dyn BufRead + Send>,
}

/// Running totals of an ingest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct IngestSummary {
    /// Records read (accepted, duplicate and rejected together).
    pub read: u64,
    /// Posts newly stored.
    pub accepted: u64,
    /// Posts already stored by an earlier run (or earlier in this one), not stored again.
    pub duplicate: u64,
    /// Records rejected; each is in the rejects file with its line and reason.
    pub rejected: u64,
    /// Accepted posts that started a new queue item.
    pub new_items: u64,
    /// Accepted posts grouped with an item as an exact copy.
    pub exact_copies: u64,
    /// Accepted posts grouped with an item as a near copy.
    pub near_copies: u64,
}

impl IngestSummary {
    fn add_outcome(&mut self, outcome: BatchOutcome) {
        self.accepted += outcome.stored;
        self.duplicate += outcome.already_stored;
        self.new_items += outcome.new_items;
        self.exact_copies += outcome.exact_copies;
        self.near_copies += outcome.near_copies;
    }
}

/// Told about progress after every stored batch.
pub trait IngestProgress: Send + Sync {
    /// A batch is durable; `summary` holds the totals so far.
    fn batch_stored(&self, summary: &IngestSummary);
}

/// Progress that goes nowhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl IngestProgress for NoProgress {
    fn batch_stored(&self, _summary: &IngestSummary) {}
}

/// What stage one hands stage two: entries with the name of the source they came from.
struct RawBatch {
    entries: Vec<(Arc<str>, Entry)>,
}

/// What stage two hands stage three.
struct PreparedBatch {
    posts: Vec<IncomingPost>,
    rejects: Vec<Reject>,
}

impl Hub {
    /// Reads every source, detects, groups and stores; calls `on_reject` for each rejected
    /// record (in order) before the batch it came with is stored.
    ///
    /// Safe to re-run: posts already stored are counted as duplicates and skipped, so an
    /// ingest that was killed midway completes on the next run without double counting.
    ///
    /// # Errors
    /// A store failure or an `on_reject` failure stops the ingest; every batch stored before
    /// it stays stored.
    pub async fn ingest(
        &self,
        sources: Vec<SourceInput>,
        format: Format,
        progress: &dyn IngestProgress,
        on_reject: &mut (dyn FnMut(&Reject) -> std::io::Result<()> + Send),
    ) -> Result<IngestSummary> {
        let ingest = &self.config.ingest;
        let options = ReadOptions {
            max_record_bytes: ingest.max_record_bytes,
            max_document_bytes: ingest.max_document_bytes,
            ..ReadOptions::default()
        };
        let batch_size = ingest.batch_size;
        let depth = ingest.queue_depth;
        let workers = match ingest.workers {
            0 => thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        let rules = GroupingRules {
            max_hamming: ingest.near_duplicate_max_hamming,
        };

        let (raw_tx, raw_rx) = mpsc::sync_channel::<RawBatch>(depth);
        let (ready_tx, mut ready_rx) = tokio::sync::mpsc::channel::<PreparedBatch>(depth);

        let reader = thread::Builder::new()
            .name("ingest-read".into())
            .spawn(move || read_stage(sources, format, &options, batch_size, &raw_tx))
            .map_err(|e| AppError::Internal(format!("cannot start reader thread: {e}")))?;
        let engine = Arc::clone(&self.detection.engine);
        let detector = thread::Builder::new()
            .name("ingest-detect".into())
            .spawn(move || detect_stage(&engine, workers, &raw_rx, &ready_tx))
            .map_err(|e| AppError::Internal(format!("cannot start detection thread: {e}")))?;

        let mut summary = IngestSummary::default();
        let mut failure = None;
        let started = std::time::Instant::now();
        let mut storing = std::time::Duration::ZERO;
        while let Some(batch) = ready_rx.recv().await {
            summary.read += (batch.posts.len() + batch.rejects.len()) as u64;
            summary.rejected += batch.rejects.len() as u64;
            if let Some(error) = batch.rejects.iter().find_map(|r| on_reject(r).err()) {
                failure = Some(AppError::Io {
                    path: "rejects file".into(),
                    source: error,
                });
                break;
            }
            if !batch.posts.is_empty() {
                let store_started = std::time::Instant::now();
                let stored = self.store.ingest_batch(&batch.posts, rules).await;
                storing += store_started.elapsed();
                match stored {
                    Ok(outcome) => summary.add_outcome(outcome),
                    Err(error) => {
                        failure = Some(error.into());
                        break;
                    }
                }
            }
            progress.batch_stored(&summary);
        }
        // Closing the receiver makes the stages' sends fail, so they stop early on failure.
        drop(ready_rx);
        let reader_result = reader.join();
        let detector_result = detector.join();
        if let Some(error) = failure {
            return Err(error);
        }
        if reader_result.is_err() || detector_result.is_err() {
            return Err(AppError::Internal(
                "an ingest worker thread stopped unexpectedly".into(),
            ));
        }
        tracing::info!(
            read = summary.read,
            accepted = summary.accepted,
            duplicate = summary.duplicate,
            rejected = summary.rejected,
            elapsed_ms = started.elapsed().as_millis() as u64,
            storing_ms = storing.as_millis() as u64,
            "ingest finished"
        );
        Ok(summary)
    }
}

fn read_stage(
    sources: Vec<SourceInput>,
    format: Format,
    options: &ReadOptions,
    batch_size: usize,
    out: &mpsc::SyncSender<RawBatch>,
) {
    let mut entries = Vec::with_capacity(batch_size);
    let mut posts_in_batch = 0;
    for source in sources {
        let name: Arc<str> = Arc::from(source.name.as_str());
        let iter = match read_source(&source.name, source.reader, format, options) {
            Ok(iter) => iter,
            Err(error) => {
                let reject = Reject {
                    source: source.name.clone(),
                    line: 0,
                    field: None,
                    reason: error.to_string(),
                };
                entries.push((Arc::clone(&name), Entry::Reject(reject)));
                continue;
            }
        };
        for entry in iter {
            if matches!(entry, Entry::Post(_)) {
                posts_in_batch += 1;
            }
            entries.push((Arc::clone(&name), entry));
            // Rejects count towards the batch too, so a file of nothing but bad lines still
            // flows through in bounded pieces.
            if posts_in_batch >= batch_size || entries.len() >= batch_size * 4 {
                let full = std::mem::replace(&mut entries, Vec::with_capacity(batch_size));
                posts_in_batch = 0;
                if out.send(RawBatch { entries: full }).is_err() {
                    return;
                }
            }
        }
    }
    if !entries.is_empty() {
        let _ = out.send(RawBatch { entries });
    }
}

fn detect_stage(
    engine: &Engine,
    workers: usize,
    input: &mpsc::Receiver<RawBatch>,
    out: &tokio::sync::mpsc::Sender<PreparedBatch>,
) -> Result<()> {
    while let Ok(batch) = input.recv() {
        let mut posts = Vec::new();
        let mut origins = Vec::new();
        let mut rejects = Vec::new();
        for (source, entry) in batch.entries {
            match entry {
                Entry::Post(record) => {
                    origins.push((source, record.line));
                    posts.push(record.post);
                }
                Entry::Reject(reject) => rejects.push(reject),
            }
        }
        let mut prepared = Vec::with_capacity(posts.len());
        // A post the store would refuse (a NUL in the author, an impossible date) is rejected
        // here with its line, so one bad record never sinks the batch it arrived in.
        let groups = in_groups(posts, DETECT_GROUP);
        let Ok(assessed) = map_in_order(groups, workers, 2, |group| prepare_group(engine, group))
        else {
            return Err(AppError::Internal(
                "a detection worker stopped unexpectedly".into(),
            ));
        };
        let assessed: Vec<IncomingPost> = assessed.into_iter().flatten().collect();
        for (post, (source, line)) in assessed.into_iter().zip(origins) {
            match post.validate() {
                Ok(()) => prepared.push(post),
                Err(error) => rejects.push(store_reject(&source, line, error)),
            }
        }
        if out
            .blocking_send(PreparedBatch {
                posts: prepared,
                rejects,
            })
            .is_err()
        {
            return Ok(());
        }
    }
    Ok(())
}

fn store_reject(source: &str, line: u64, error: StoreError) -> Reject {
    let (field, reason) = match error {
        StoreError::Invalid { field, reason } => {
            // The store names fields as `batch[i].field`; the record's own line says where.
            let field = field.rsplit('.').next().unwrap_or(&field).to_owned();
            (Some(field), reason)
        }
        other => (None, other.to_string()),
    };
    Reject {
        source: source.to_owned(),
        line,
        field,
        reason,
    }
}

/// Posts one detection worker assesses together (the cascade embeds the ones it asks MiniLM
/// about in shared forward passes).
const DETECT_GROUP: usize = 32;

fn in_groups<T>(items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut groups = Vec::with_capacity(items.len().div_ceil(size.max(1)));
    let mut rest = items.into_iter().peekable();
    while rest.peek().is_some() {
        groups.push(rest.by_ref().take(size.max(1)).collect());
    }
    groups
}

/// [`prepare`] for a group of posts, with one batched assessment: the same results.
fn prepare_group(engine: &Engine, posts: Vec<upstander_core::NewPost>) -> Vec<IncomingPost> {
    let normalised: Vec<_> = posts.iter().map(|p| engine.normalise(&p.text)).collect();
    let assessments = engine.assess_normalised_batch(&normalised);
    let keys: Vec<_> = normalised
        .iter()
        .map(|n| {
            (
                dedup::content_key(n.as_str()),
                dedup::simhash(n.as_str()),
                dedup::near_keys(n.as_str()),
            )
        })
        .collect();
    drop(normalised);
    posts
        .into_iter()
        .zip(assessments.into_iter().zip(keys))
        .map(
            |(post, (assessment, (content_key, simhash, near_keys)))| IncomingPost {
                ingest_key: dedup::ingest_key(&post),
                post,
                content_key,
                simhash,
                near_keys,
                assessment,
            },
        )
        .collect()
}

/// Normalises, assesses and keys one post.
pub(crate) fn prepare(engine: &Engine, post: upstander_core::NewPost) -> IncomingPost {
    let (assessment, content_key, simhash, near_keys) = {
        let normalised = engine.normalise(&post.text);
        let assessment = engine.assess_normalised(&normalised);
        (
            assessment,
            dedup::content_key(normalised.as_str()),
            dedup::simhash(normalised.as_str()),
            dedup::near_keys(normalised.as_str()),
        )
    };
    let ingest_key = dedup::ingest_key(&post);
    IncomingPost {
        post,
        ingest_key,
        content_key,
        simhash,
        near_keys,
        assessment,
    }
}
