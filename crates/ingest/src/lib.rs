//! Upstander's sources: turning files and streams from the outside world into [`NewPost`]s.
//!
//! This crate owns the input formats (the project's own JSONL and CSV, X API v2 responses,
//! Mastodon statuses, Bluesky records and views, Pushshift-style Reddit dumps and Telegram
//! Desktop exports), the sniffing that picks one of them ([`detect_format`]), record-level
//! [`Reject`]s that say which line and field was wrong and why, and the keys used to spot copies
//! ([`dedup`]). Everything is synchronous and works on any [`BufRead`]: reading a file, a pipe or
//! a network body is the caller's business.
//!
//! It deliberately does not normalise text for detection, detect anything, or store anything:
//! those belong to `upstander-detect` and `upstander-store`, and this crate depends on neither.
//!
//! Two promises shape the code. First, nothing is lost silently: every input record becomes
//! either an [`Entry::Post`] or an [`Entry::Reject`] (the only things skipped without a word are
//! blank lines and Telegram service messages), and one bad record never stops the rest.
//! Second, no input can make it panic or use unbounded memory: lines are read in chunks and an
//! over-long one is counted and discarded, and whole documents are refused above
//! [`ReadOptions::max_document_bytes`].
//!
//! # JSON lines or one document
//! The project format and Reddit dumps are JSON lines. X, Mastodon, Bluesky and Telegram input
//! may be JSON lines or one document (pretty-printed or not); the first non-blank line decides.
//! A complete JSON value there means JSON lines (or a one-line document if nothing follows);
//! the start of a value (`{`, `[`…) means a document, read whole up to
//! [`ReadOptions::max_document_bytes`]. A syntax error inside a document cannot be skipped
//! over, so it is one reject with its line and column; bad records inside a well-formed
//! document are each rejected by their path (`data[3].text`) and the rest are read.
//!
//! # Line numbers
//! [`Record::line`] and [`Reject::line`] are 1-based. For line-based input (JSONL of any format,
//! CSV) it is the line where the record starts. For whole documents (a pretty-printed X response,
//! a Telegram `result.json`, a Mastodon array…) it is the line where the record's own JSON object
//! starts inside the document, so an editor can jump straight to it.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

use std::fmt;
use std::io::{BufRead, Cursor, Read};

use serde::Serialize;
use upstander_core::{NewPost, Platform};

mod bluesky;
mod csv;
pub mod csv_rows;
pub mod dedup;
mod error;
mod fields;
mod format;
mod html;
mod json;
mod lines;
mod mastodon;
mod project;
mod reddit;
mod telegram;
mod x;

pub use error::{IngestError, Result};
pub use fields::json_kind;
pub use format::{Format, detect_format};

/// Limits and defaults for reading one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The largest line (or CSV row) accepted, in bytes. Longer ones are rejected without being
    /// held in memory. Default: 1 MiB. (The first line of an X, Mastodon, Bluesky or Telegram
    /// input is the exception: it may be a whole one-line document, so it is read up to
    /// `max_document_bytes`.) Each post inside a whole document is held to this limit too,
    /// and rejected by its path (`messages[3]`) when over it.
    pub max_record_bytes: usize,
    /// The largest whole document (pretty-printed X response, Telegram export, Mastodon array…)
    /// read into memory. Larger ones get one reject. Default: 512 MiB.
    pub max_document_bytes: usize,
    /// Platform for project JSONL/CSV records that do not name one (otherwise `other`). Platform
    /// formats (X, Mastodon, …) always use their own platform.
    pub default_platform: Option<Platform>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_record_bytes: 1 << 20,
            max_document_bytes: 512 << 20,
            default_platform: None,
        }
    }
}

/// One post read from a source, with where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 1-based line where the record starts (see the crate docs on line numbers).
    pub line: u64,
    /// The post as the source described it.
    pub post: NewPost,
}

/// A record that could not be read, with enough detail for a person to fix the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reject {
    /// The source name given to [`read_source`] (a file name, or `-` for stdin).
    pub source: String,
    /// 1-based line where the bad record starts.
    pub line: u64,
    /// The field at fault, as a path into the record (`engagement`, `data[3].text`), if one is.
    pub field: Option<String>,
    /// Why it was rejected.
    pub reason: String,
}

impl fmt::Display for Reject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.source, self.line)?;
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        f.write_str(&self.reason)
    }
}

/// What a reader yields for each record: a post, or the reason it is not one.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A post that was read.
    Post(Record),
    /// A record that was refused; reading goes on with the next one.
    Reject(Reject),
}

/// How many bytes of the input [`Format::Auto`] looks at to decide the format. Enough for the
/// top-level keys of every supported format except pathological ones.
const SNIFF_BYTES: usize = 64 * 1024;

/// Reads posts from `input` in `format`, in input order.
///
/// `source` names the input in rejects and, for [`Format::Auto`], gives the file extension to
/// [`detect_format`]. Reading is lazy: the input is consumed as the iterator is driven, except
/// for whole-document formats, which are read in one go (up to
/// [`ReadOptions::max_document_bytes`]) when the first entry is asked for.
///
/// # Example
/// ```
/// use std::io::Cursor;
/// use upstander_ingest::{Entry, Format, ReadOptions, read_source};
///
/// let input = "{\"id\": \"1\", \"text\": \"hello\"}\n{\"id\": \"2\"}\n";
/// let reader = Box::new(Cursor::new(input));
/// let entries: Vec<Entry> =
///     read_source("posts.jsonl", reader, Format::Auto, &ReadOptions::default())?.collect();
/// assert!(matches!(&entries[0], Entry::Post(record) if record.post.text == "hello"));
/// let Entry::Reject(reject) = &entries[1] else { unreachable!() };
/// assert_eq!(reject.to_string(), "posts.jsonl:2: field `text`: missing");
/// # Ok::<(), upstander_ingest::IngestError>(())
/// ```
///
/// # Errors
/// [`IngestError::InvalidOptions`] for a zero limit, and [`IngestError::Read`] when
/// [`Format::Auto`] cannot read the first bytes to sniff them. Every problem after that,
/// including I/O errors mid-stream, is an [`Entry::Reject`] and the iterator then ends.
pub fn read_source(
    source: &str,
    mut input: Box<dyn BufRead + Send>,
    format: Format,
    options: &ReadOptions,
) -> Result<Box<dyn Iterator<Item = Entry> + Send>> {
    if options.max_record_bytes == 0 || options.max_document_bytes == 0 {
        return Err(IngestError::InvalidOptions(
            "max_record_bytes and max_document_bytes must be at least 1".to_owned(),
        ));
    }
    let format = match format {
        Format::Auto => {
            let read_error = |error| IngestError::Read {
                input: source.to_owned(),
                error,
            };
            let mut head = read_head(&mut input, SNIFF_BYTES).map_err(read_error)?;
            let mut detected = detect_format(source, &head);
            // A first record longer than the sniffed bytes (a 40k-character Reddit selftext
            // escaped as `\uXXXX`) may name the keys that decide its format only further on:
            // read on, doubling, to the end of that record or the record limit.
            let cap = options.max_record_bytes.max(SNIFF_BYTES);
            while detected == Format::Jsonl
                && head.len() < cap
                && format::first_object_is_cut(&head)
            {
                let before = head.len();
                let more = before.min(cap - before) as u64;
                input
                    .by_ref()
                    .take(more)
                    .read_to_end(&mut head)
                    .map_err(read_error)?;
                if head.len() == before {
                    break;
                }
                detected = detect_format(source, &head);
            }
            // The sniffed bytes go back in front of the rest, so nothing is read twice.
            input = Box::new(Cursor::new(head).chain(input));
            let entries = open_reader(source, input, detected, options);
            return Ok(Box::new(Detected::new(entries, detected)));
        }
        other => other,
    };
    Ok(open_reader(source, input, format, options))
}

/// How many leading rejects [`Detected`] holds back while waiting for a first post.
const HOLD_REJECTS: usize = 64;

/// Wraps the entries of an auto-detected source so that, when nothing in it could be read, its
/// rejects say which format was assumed: "field text missing" is puzzling when the file is a
/// Reddit dump that was taken for the project format. Leading rejects are held back (at most
/// [`HOLD_REJECTS`]) until a post shows the format was right, so a good file's rejects read
/// exactly as with the format named.
struct Detected {
    inner: Box<dyn Iterator<Item = Entry> + Send>,
    format: Format,
    held: std::collections::VecDeque<Entry>,
    seen_post: bool,
    /// Whether held rejects were let go annotated (too many, or the end came first).
    annotating: bool,
}

impl Detected {
    fn new(inner: Box<dyn Iterator<Item = Entry> + Send>, format: Format) -> Self {
        Self {
            inner,
            format,
            held: std::collections::VecDeque::new(),
            seen_post: false,
            annotating: false,
        }
    }

    fn annotate(&self, entry: Entry) -> Entry {
        match entry {
            Entry::Reject(mut reject) => {
                reject.reason = format!(
                    "{} (read as {}, the format detected from the name and first bytes; if that \
                     is wrong, name the format)",
                    reject.reason, self.format
                );
                Entry::Reject(reject)
            }
            post @ Entry::Post(_) => post,
        }
    }
}

impl Iterator for Detected {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            if (self.seen_post || self.annotating)
                && let Some(entry) = self.held.pop_front()
            {
                return Some(if self.seen_post {
                    entry
                } else {
                    self.annotate(entry)
                });
            }
            if self.seen_post {
                return self.inner.next();
            }
            match self.inner.next() {
                None => {
                    self.annotating = true;
                    let entry = self.held.pop_front()?;
                    return Some(self.annotate(entry));
                }
                Some(Entry::Post(post)) => {
                    self.seen_post = true;
                    self.held.push_back(Entry::Post(post));
                }
                Some(reject) if self.annotating => return Some(self.annotate(reject)),
                Some(reject) => {
                    self.held.push_back(reject);
                    if self.held.len() >= HOLD_REJECTS {
                        self.annotating = true;
                    }
                }
            }
        }
    }
}

fn open_reader(
    source: &str,
    input: Box<dyn BufRead + Send>,
    format: Format,
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = Entry> + Send> {
    let source = source.to_owned();
    let options = options.clone();
    match format {
        Format::Csv => Box::new(csv::CsvReader::new(source, input, options)),
        Format::Jsonl | Format::Auto => Box::new(json::JsonReader::new(
            source,
            input,
            json::Kind::Project,
            options,
        )),
        Format::X => Box::new(json::JsonReader::new(source, input, json::Kind::X, options)),
        Format::Mastodon => Box::new(json::JsonReader::new(
            source,
            input,
            json::Kind::Mastodon,
            options,
        )),
        Format::Bluesky => Box::new(json::JsonReader::new(
            source,
            input,
            json::Kind::Bluesky,
            options,
        )),
        Format::Reddit => Box::new(json::JsonReader::new(
            source,
            input,
            json::Kind::Reddit,
            options,
        )),
        Format::Telegram => Box::new(json::JsonReader::new(
            source,
            input,
            json::Kind::Telegram,
            options,
        )),
    }
}

/// Reads up to `limit` bytes (fewer only at end of input).
fn read_head(input: &mut Box<dyn BufRead + Send>, limit: usize) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::new();
    input.by_ref().take(limit as u64).read_to_end(&mut head)?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reject_displays_source_line_field_and_reason() {
        let reject = Reject {
            source: "posts.jsonl".into(),
            line: 7,
            field: Some("engagement".into()),
            reason: "expected a non-negative integer, found string".into(),
        };
        assert_eq!(
            reject.to_string(),
            "posts.jsonl:7: field `engagement`: expected a non-negative integer, found string"
        );
    }

    #[test]
    fn zero_limits_are_refused_up_front() {
        let options = ReadOptions {
            max_record_bytes: 0,
            ..ReadOptions::default()
        };
        let result = read_source(
            "-",
            Box::new(Cursor::new(Vec::new())),
            Format::Jsonl,
            &options,
        );
        assert!(matches!(result, Err(IngestError::InvalidOptions(_))));
    }
}
