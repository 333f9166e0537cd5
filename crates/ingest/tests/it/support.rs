//! Helpers shared by the test modules.

use std::io::Cursor;
use std::path::PathBuf;

use upstander_core::Timestamp;
use upstander_ingest::{Entry, Format, ReadOptions, Record, Reject, read_source};

/// A file under `testdata/ingest/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/ingest")
        .join(name)
}

/// Reads a fixture with default options, naming it by its file name.
pub fn read_fixture(name: &str, format: Format) -> Vec<Entry> {
    let bytes = std::fs::read(fixture(name)).unwrap();
    read_bytes_as(name, bytes, format, &ReadOptions::default())
}

/// Reads bytes as the source `-`.
pub fn read_bytes(bytes: impl Into<Vec<u8>>, format: Format) -> Vec<Entry> {
    read_bytes_as("-", bytes.into(), format, &ReadOptions::default())
}

pub fn read_bytes_as(
    source: &str,
    bytes: Vec<u8>,
    format: Format,
    options: &ReadOptions,
) -> Vec<Entry> {
    read_source(source, Box::new(Cursor::new(bytes)), format, options)
        .unwrap()
        .collect()
}

pub fn posts(entries: &[Entry]) -> Vec<&Record> {
    entries
        .iter()
        .filter_map(|e| match e {
            Entry::Post(record) => Some(record),
            Entry::Reject(_) => None,
        })
        .collect()
}

/// The text of every accepted post, in order.
pub fn texts(entries: &[Entry]) -> Vec<String> {
    posts(entries).iter().map(|p| p.post.text.clone()).collect()
}

pub fn rejects(entries: &[Entry]) -> Vec<&Reject> {
    entries
        .iter()
        .filter_map(|e| match e {
            Entry::Reject(reject) => Some(reject),
            Entry::Post(_) => None,
        })
        .collect()
}

pub fn ts(text: &str) -> Option<Timestamp> {
    Some(text.parse().unwrap())
}

/// One line per entry, for failure messages.
pub fn describe(entries: &[Entry]) -> String {
    entries
        .iter()
        .map(|e| match e {
            Entry::Post(r) => format!("post line {}: {:?}", r.line, r.post.text),
            Entry::Reject(r) => format!("reject {r}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
