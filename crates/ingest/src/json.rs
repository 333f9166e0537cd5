//! The reader behind every JSON format: JSON lines, or one whole document.
//!
//! Each format only says how to find its records inside one top-level JSON value (`plan`) and
//! how to turn one record into a post (`convert`). This module does the rest: line limits,
//! UTF-8 and NUL checks, choosing between JSON lines and a whole document, document limits,
//! line numbers, and turning every problem into a [`Reject`].
//!
//! Planning works on [`RawValue`]s borrowed from the text, so a record's byte offset (and from
//! it, its line) is known, and only one record at a time becomes a [`Value`] tree. A pretty
//! 500 MB export therefore costs about its own size in memory, not ten times that.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;

use serde::de::IgnoredAny;
use serde_json::Value;
use serde_json::value::RawValue;
use upstander_core::NewPost;

use crate::fields::{FieldError, join};
use crate::lines::{LineReader, RawLine};
use crate::{Entry, ReadOptions, Record, Reject, bluesky, mastodon, project, reddit, telegram, x};

/// Which JSON format a [`JsonReader`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Project,
    X,
    Mastodon,
    Bluesky,
    Reddit,
    Telegram,
}

impl Kind {
    /// Whether the format also comes as one (possibly pretty-printed) document. The project
    /// format and Reddit dumps are strictly one object per line.
    fn has_documents(self) -> bool {
        !matches!(self, Kind::Project | Kind::Reddit)
    }

    fn plan(self, planner: &mut Planner<'_>, top: &RawValue) {
        match self {
            Kind::Project => planner.job(top, String::new(), What::Project),
            Kind::Reddit => planner.job(top, String::new(), What::Reddit),
            Kind::X => x::plan(planner, top),
            Kind::Mastodon => mastodon::plan(planner, top),
            Kind::Bluesky => bluesky::plan(planner, top),
            Kind::Telegram => telegram::plan(planner, top),
        }
    }
}

/// X users from `includes.users`: id → username.
pub(crate) type Users = HashMap<String, String>;

/// What a planned record is, with whatever context its format needs to convert it.
pub(crate) enum What {
    Project,
    Reddit,
    Tweet(Arc<Users>),
    Mastodon,
    Bluesky,
    Telegram(Arc<telegram::Chat>),
}

/// A record found by planning: where it is, and how to name it in rejects.
pub(crate) struct Job {
    start: usize,
    end: usize,
    line: u64,
    path: String,
    what: What,
}

pub(crate) enum Planned {
    Job(Job),
    Reject {
        offset: usize,
        line: u64,
        field: Option<String>,
        reason: String,
    },
}

impl Planned {
    fn offset(&self) -> usize {
        match self {
            Planned::Job(job) => job.start,
            Planned::Reject { offset, .. } => *offset,
        }
    }
}

/// Collects the records of one text (a line or a document) in order, with their lines.
pub(crate) struct Planner<'d> {
    text: &'d str,
    base_line: u64,
    counted_to: usize,
    newlines: u64,
    out: VecDeque<Planned>,
}

impl<'d> Planner<'d> {
    fn new(text: &'d str, base_line: u64) -> Self {
        Self {
            text,
            base_line,
            counted_to: 0,
            newlines: 0,
            out: VecDeque::new(),
        }
    }

    /// The byte offset of `raw` in the text. Raw values are always borrowed from the text, so
    /// the pointer difference is their position; it is clamped so a mistake cannot panic.
    fn offset(&self, raw: &RawValue) -> usize {
        let at = raw
            .get()
            .as_ptr()
            .addr()
            .saturating_sub(self.text.as_ptr().addr());
        at.min(self.text.len())
    }

    /// The line of a byte offset. Records are planned in text order, so counting on from the
    /// previous offset keeps this linear over the whole document.
    fn line_of(&mut self, offset: usize) -> u64 {
        if offset < self.counted_to {
            self.counted_to = 0;
            self.newlines = 0;
        }
        let between = self
            .text
            .as_bytes()
            .get(self.counted_to..offset)
            .unwrap_or_default();
        self.newlines += between.iter().filter(|b| **b == b'\n').count() as u64;
        self.counted_to = offset;
        self.base_line + self.newlines
    }

    /// Plans `raw` as one record of kind `what`, named `path` in rejects.
    pub(crate) fn job(&mut self, raw: &RawValue, path: String, what: What) {
        let start = self.offset(raw);
        let end = start.saturating_add(raw.get().len()).min(self.text.len());
        let line = self.line_of(start);
        self.out.push_back(Planned::Job(Job {
            start,
            end,
            line,
            path,
            what,
        }));
    }

    /// Plans a reject for `raw` (a record that cannot even be planned).
    pub(crate) fn reject(&mut self, raw: &RawValue, field: impl Into<String>, reason: String) {
        let offset = self.offset(raw);
        let line = self.line_of(offset);
        let field = Some(field.into()).filter(|f| !f.is_empty());
        self.out.push_back(Planned::Reject {
            offset,
            line,
            field,
            reason,
        });
    }

    /// Plans one top-level value, then puts what it found in text order: formats visit
    /// members by name (`data` before `errors`), but entries must come out in input order.
    fn plan_top(&mut self, kind: Kind, top: &RawValue) {
        let first = self.out.len();
        kind.plan(self, top);
        if let Some(found) = self.out.make_contiguous().get_mut(first..) {
            found.sort_by_key(Planned::offset);
        }
    }
}

/// The type of a raw JSON value, as named in messages.
pub(crate) fn raw_kind(raw: &RawValue) -> &'static str {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'{') => "object",
        Some(b'[') => "array",
        Some(b'"') => "string",
        Some(b't' | b'f') => "boolean",
        Some(b'n') => "null",
        _ => "number",
    }
}

/// The members of a raw object, still raw; `None` if it is not an object.
pub(crate) fn raw_object(raw: &RawValue) -> Option<BTreeMap<String, &RawValue>> {
    if raw_kind(raw) != "object" {
        return None;
    }
    serde_json::from_str(raw.get()).ok()
}

/// The items of a raw array, still raw; `None` if it is not an array.
pub(crate) fn raw_array(raw: &RawValue) -> Option<Vec<&RawValue>> {
    if raw_kind(raw) != "array" {
        return None;
    }
    serde_json::from_str(raw.get()).ok()
}

/// Whether a raw value is JSON `null`.
pub(crate) fn raw_is_null(raw: &RawValue) -> bool {
    raw_kind(raw) == "null"
}

/// Plans each item of an array member as a record: `key[i]`. A member that is not an array
/// gets one reject; a missing or null one plans nothing.
pub(crate) fn plan_items(
    planner: &mut Planner<'_>,
    members: &BTreeMap<String, &RawValue>,
    key: &str,
    path: &str,
    mut what: impl FnMut() -> What,
) {
    let Some(member) = members.get(key).copied().filter(|m| !raw_is_null(m)) else {
        return;
    };
    let full = join(path, key);
    match raw_array(member) {
        Some(items) => {
            for (i, item) in items.into_iter().enumerate() {
                planner.job(item, format!("{full}[{i}]"), what());
            }
        }
        None => planner.reject(
            member,
            full,
            format!("expected an array, found {}", raw_kind(member)),
        ),
    }
}

fn convert(
    what: &What,
    value: &Value,
    options: &ReadOptions,
) -> Result<Option<NewPost>, FieldError> {
    match what {
        What::Project => project::from_json(value, options).map(Some),
        What::Reddit => reddit::convert(value).map(Some),
        What::Tweet(users) => x::convert(value, users).map(Some),
        What::Mastodon => mastodon::convert(value).map(Some),
        What::Bluesky => bluesky::convert(value).map(Some),
        What::Telegram(chat) => telegram::convert(value, chat),
    }
}

/// Turns a planned record into an entry (or nothing, for records that are skipped on purpose).
fn settle(source: &str, options: &ReadOptions, text: &str, planned: Planned) -> Option<Entry> {
    let reject = |line, field, reason| {
        Some(Entry::Reject(Reject {
            source: source.to_owned(),
            line,
            field,
            reason,
        }))
    };
    let job = match planned {
        Planned::Reject {
            line,
            field,
            reason,
            ..
        } => return reject(line, field, reason),
        Planned::Job(job) => job,
    };
    let whole = Some(job.path.clone()).filter(|p| !p.is_empty());
    let Some(slice) = text.get(job.start..job.end) else {
        return reject(
            job.line,
            whole,
            "record could not be located in the input".to_owned(),
        );
    };
    // A line of JSON lines is held to the limit as it is read; a post inside a whole document
    // (an X response, a Telegram export) is held to it here, so the limit means one post
    // wherever it comes from.
    if slice.len() > options.max_record_bytes {
        return reject(
            job.line,
            whole,
            format!(
                "record is {} bytes, over the limit of {} bytes",
                slice.len(),
                options.max_record_bytes
            ),
        );
    }
    let value = match serde_json::from_str::<Value>(slice) {
        Ok(value) => value,
        Err(error) => return reject(job.line, whole, format!("invalid JSON: {error}")),
    };
    match convert(&job.what, &value, options) {
        Ok(Some(post)) => Some(Entry::Post(Record {
            line: job.line,
            post,
        })),
        Ok(None) => None,
        Err(FieldError { field, reason }) => {
            let field = match field {
                Some(field) => Some(join(&job.path, &field)),
                None => whole,
            };
            reject(job.line, field, reason)
        }
    }
}

/// serde_json's message without its " at line L column C" suffix, which we word ourselves.
fn bare_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    match full.rsplit_once(" at line ") {
        Some((message, _)) => message.to_owned(),
        None => full,
    }
}

enum LineCheck {
    Blank,
    Bad(String),
    Text(String),
}

fn check_line(bytes: Vec<u8>) -> LineCheck {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = error.utf8_error().valid_up_to() + 1;
            return LineCheck::Bad(format!("invalid UTF-8 at byte {at} of the line"));
        }
    };
    if text.trim().is_empty() {
        return LineCheck::Blank;
    }
    if let Some(at) = text.find('\0') {
        return LineCheck::Bad(format!("line contains a NUL byte at byte {}", at + 1));
    }
    LineCheck::Text(text)
}

fn is_blank(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|text| text.trim().is_empty())
}

#[derive(PartialEq, Eq)]
enum Completeness {
    Complete,
    Incomplete,
    Invalid,
}

fn completeness(text: &str) -> Completeness {
    match serde_json::from_str::<IgnoredAny>(text) {
        Ok(_) => Completeness::Complete,
        Err(error) if error.is_eof() => Completeness::Incomplete,
        Err(_) => Completeness::Invalid,
    }
}

enum State {
    Start,
    Lines,
    Document {
        text: String,
        jobs: VecDeque<Planned>,
    },
    Done,
}

/// Reads one JSON format from a byte stream; see the module docs.
pub(crate) struct JsonReader {
    source: String,
    kind: Kind,
    options: ReadOptions,
    lines: LineReader,
    state: State,
    pending: VecDeque<Entry>,
}

impl JsonReader {
    pub(crate) fn new(
        source: String,
        input: Box<dyn std::io::BufRead + Send>,
        kind: Kind,
        options: ReadOptions,
    ) -> Self {
        Self {
            source,
            kind,
            options,
            lines: LineReader::new(input),
            state: State::Start,
            pending: VecDeque::new(),
        }
    }

    fn reject(&mut self, line: u64, field: Option<String>, reason: String) {
        self.pending.push_back(Entry::Reject(Reject {
            source: self.source.clone(),
            line,
            field,
            reason,
        }));
    }

    fn read_failed(&mut self, line: u64, error: &std::io::Error) {
        self.reject(line, None, format!("cannot read the input: {error}"));
        self.state = State::Done;
    }

    fn too_long(&mut self, line: u64, len: u64) {
        let limit = self.options.max_record_bytes;
        self.reject(
            line,
            None,
            format!("record is {len} bytes, over the limit of {limit} bytes"),
        );
    }

    /// Handles one line of JSON lines input.
    fn handle_raw(&mut self, raw: RawLine) {
        match raw {
            RawLine::Line { line, bytes } if bytes.len() > self.options.max_record_bytes => {
                self.too_long(line, bytes.len() as u64);
            }
            RawLine::Line { line, bytes } => match check_line(bytes) {
                LineCheck::Blank => {}
                LineCheck::Bad(reason) => self.reject(line, None, reason),
                LineCheck::Text(text) => self.handle_text(line, &text),
            },
            RawLine::TooLong { line, len } => self.too_long(line, len),
            RawLine::Failed { line, error } => self.read_failed(line, &error),
        }
    }

    /// Plans and converts every record of one line.
    fn handle_text(&mut self, line: u64, text: &str) {
        let top = match serde_json::from_str::<&RawValue>(text) {
            Ok(top) => top,
            Err(error) => {
                let reason = format!(
                    "invalid JSON at column {}: {}",
                    error.column(),
                    bare_message(&error)
                );
                self.reject(line, None, reason);
                return;
            }
        };
        let mut planner = Planner::new(text, line);
        planner.plan_top(self.kind, top);
        for planned in planner.out {
            if let Some(entry) = settle(&self.source, &self.options, text, planned) {
                self.pending.push_back(entry);
            }
        }
    }

    /// The next line that is not blank, read with `limit`.
    fn next_non_blank(&mut self, limit: usize) -> Option<RawLine> {
        loop {
            match self.lines.read(limit)? {
                RawLine::Line { bytes, .. } if is_blank(&bytes) => {}
                other => return Some(other),
            }
        }
    }

    /// Decides between JSON lines and one whole document, for formats that have both.
    ///
    /// The first non-blank line settles it. If it is a complete JSON value, the input is JSON
    /// lines (or a one-line document, when nothing follows). If it is the start of a value
    /// (`{`, `[`, `{"data": [`…), the input is one document, unless the next non-blank line is a
    /// complete value opening with the same bracket: then it is JSON lines whose first line is
    /// truncated, and only that line is lost. Anything else is a bad first line of JSON lines.
    fn start(&mut self) {
        self.state = State::Lines;
        if !self.kind.has_documents() {
            return;
        }
        let document_limit = self.options.max_document_bytes;
        let (first_line, first) = loop {
            match self.lines.read(document_limit) {
                None => {
                    self.state = State::Done;
                    return;
                }
                Some(RawLine::Line { line, bytes }) => match check_line(bytes) {
                    LineCheck::Blank => {}
                    LineCheck::Bad(reason) => return self.reject(line, None, reason),
                    LineCheck::Text(text) => break (line, text),
                },
                Some(RawLine::TooLong { line, len }) => {
                    let reason = format!(
                        "record is {len} bytes, over the document limit of {document_limit} bytes"
                    );
                    return self.reject(line, None, reason);
                }
                Some(RawLine::Failed { line, error }) => return self.read_failed(line, &error),
            }
        };
        match completeness(&first) {
            Completeness::Complete => match self.next_non_blank(self.options.max_record_bytes) {
                None => self.start_document(first.into_bytes(), first_line),
                Some(next) => {
                    if first.len() > self.options.max_record_bytes {
                        self.too_long(first_line, first.len() as u64);
                    } else {
                        self.handle_text(first_line, &first);
                    }
                    self.handle_raw(next);
                }
            },
            Completeness::Invalid => self.handle_text(first_line, &first),
            Completeness::Incomplete => {
                let room = document_limit.saturating_sub(first.len());
                match self.next_non_blank(room) {
                    None => self.start_document(first.into_bytes(), first_line),
                    Some(RawLine::Line { line, bytes }) => {
                        let opener = first.trim_start().chars().next();
                        let is_next_record = std::str::from_utf8(&bytes).is_ok_and(|next| {
                            next.trim_start().chars().next() == opener
                                && !next.contains('\0')
                                && completeness(next) == Completeness::Complete
                        });
                        if is_next_record {
                            self.handle_text(first_line, &first);
                            self.handle_raw(RawLine::Line { line, bytes });
                        } else {
                            let mut document = first.into_bytes();
                            let gap = line.saturating_sub(first_line).max(1);
                            document.extend(std::iter::repeat_n(b'\n', gap as usize));
                            document.extend_from_slice(&bytes);
                            document.push(b'\n');
                            self.start_document(document, first_line);
                        }
                    }
                    Some(RawLine::TooLong { .. }) => self.document_too_big(first_line),
                    Some(RawLine::Failed { line, error }) => self.read_failed(line, &error),
                }
            }
        }
    }

    fn document_too_big(&mut self, line: u64) {
        let limit = self.options.max_document_bytes;
        self.reject(
            line,
            None,
            format!("document is over the limit of {limit} bytes"),
        );
        self.state = State::Done;
    }

    /// Reads the rest of the input after `document` and plans every record in it.
    fn start_document(&mut self, mut document: Vec<u8>, base_line: u64) {
        self.state = State::Done;
        let room = self
            .options
            .max_document_bytes
            .saturating_sub(document.len());
        let read_to = self.lines.next_line_number();
        match self.lines.read_rest(&mut document, room) {
            Ok(true) => {}
            Ok(false) => return self.document_too_big(base_line),
            Err(error) => return self.read_failed(read_to, &error),
        }
        let text = match String::from_utf8(document) {
            Ok(text) => text,
            Err(error) => {
                let valid = error.utf8_error().valid_up_to();
                let before = error.as_bytes().get(..valid).unwrap_or_default();
                let line = base_line + before.iter().filter(|b| **b == b'\n').count() as u64;
                let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
                let reason = format!("invalid UTF-8 at line {line}, column {column}");
                return self.reject(line, None, reason);
            }
        };
        let mut planner = Planner::new(&text, base_line);
        let mut values = serde_json::Deserializer::from_str(&text).into_iter::<&RawValue>();
        for value in values.by_ref() {
            match value {
                Ok(top) => planner.plan_top(self.kind, top),
                Err(error) => {
                    // A syntax error cannot be resynchronised inside one document: report where
                    // it is and stop.
                    let line = base_line + (error.line() as u64).saturating_sub(1);
                    let reason = format!(
                        "invalid JSON at line {line}, column {}: {}",
                        error.column(),
                        bare_message(&error)
                    );
                    planner.out.push_back(Planned::Reject {
                        offset: text.len(),
                        line,
                        field: None,
                        reason,
                    });
                    break;
                }
            }
        }
        let jobs = std::mem::take(&mut planner.out);
        self.state = State::Document { text, jobs };
    }
}

impl Iterator for JsonReader {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            if let Some(entry) = self.pending.pop_front() {
                return Some(entry);
            }
            match &mut self.state {
                State::Start => self.start(),
                State::Lines => match self.lines.read(self.options.max_record_bytes) {
                    Some(raw) => self.handle_raw(raw),
                    None => self.state = State::Done,
                },
                State::Document { text, jobs } => match jobs.pop_front() {
                    Some(planned) => {
                        if let Some(entry) = settle(&self.source, &self.options, text, planned) {
                            return Some(entry);
                        }
                    }
                    None => self.state = State::Done,
                },
                State::Done => return None,
            }
        }
    }
}
