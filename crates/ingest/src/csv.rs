//! The project format as CSV: a header row naming the columns (any order, `text` required),
//! then one post per row. Quoted fields may hold commas, quotes and newlines.
//!
//! Rows are parsed with `csv-core` over our own buffers, so a row over
//! [`ReadOptions::max_record_bytes`] is parsed to its end but not kept, exactly as an over-long
//! JSON line is. A row with the wrong number of fields is rejected with its line and reading
//! goes on.

use std::collections::VecDeque;
use std::io::{self, BufRead};

use csv_core::ReadRecordResult;

use crate::fields::FieldError;
use crate::project::{self, COLUMNS};
use crate::{Entry, ReadOptions, Record, Reject};

enum Row {
    /// A row within the limit: its field bytes and the end offset of each field.
    Fields {
        line: u64,
        bytes: Vec<u8>,
        ends: Vec<usize>,
    },
    TooLong {
        line: u64,
        len: u64,
    },
    Failed {
        line: u64,
        error: io::Error,
    },
}

impl Row {
    fn fields(bytes: &[u8], ends: &[usize]) -> Vec<Vec<u8>> {
        let mut start = 0;
        let mut fields = Vec::with_capacity(ends.len());
        for &end in ends {
            fields.push(bytes.get(start..end).unwrap_or_default().to_vec());
            start = end;
        }
        fields
    }
}

enum State {
    Header,
    Rows { columns: Vec<String> },
    Done,
}

pub(crate) struct CsvReader {
    source: String,
    options: ReadOptions,
    input: Box<dyn BufRead + Send>,
    parser: csv_core::Reader,
    /// Newlines consumed so far, to give each row its first line.
    newlines: u64,
    state: State,
    pending: VecDeque<Entry>,
    /// Whether a leading byte-order mark has been looked for.
    bom_checked: bool,
}

impl CsvReader {
    pub(crate) fn new(
        source: String,
        input: Box<dyn BufRead + Send>,
        options: ReadOptions,
    ) -> Self {
        Self {
            source,
            options,
            input,
            parser: csv_core::Reader::new(),
            newlines: 0,
            state: State::Header,
            pending: VecDeque::new(),
            bom_checked: false,
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

    /// Parses the next row. `None` at end of input.
    fn read_row(&mut self) -> Option<Row> {
        let limit = self.options.max_record_bytes;
        let mut bytes = vec![0u8; limit.clamp(1, 4096)];
        let mut ends = vec![0usize; 64];
        let (mut out_len, mut ends_len) = (0usize, 0usize);
        let mut record_len: u64 = 0;
        let mut over = false;
        let mut line = None;
        loop {
            let available = match self.input.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    let line = line.unwrap_or(self.newlines + 1);
                    return Some(Row::Failed { line, error });
                }
            };
            if !self.bom_checked {
                // Spreadsheet exports start with a BOM. It must go before the parser sees it,
                // or a quoted first header would not be read as quoted.
                self.bom_checked = true;
                if available.starts_with(b"\xEF\xBB\xBF") {
                    self.input.consume(3);
                    continue;
                }
            }
            if line.is_none() {
                // Blank lines between rows belong to no row; skip them here so the row's line
                // is where its first byte is.
                let blank = available
                    .iter()
                    .take_while(|b| matches!(b, b'\r' | b'\n'))
                    .count();
                if blank > 0 {
                    let newlines = available[..blank].iter().filter(|b| **b == b'\n').count();
                    self.newlines += newlines as u64;
                    self.input.consume(blank);
                    continue;
                }
                if available.is_empty() {
                    return None;
                }
                line = Some(self.newlines + 1);
            }
            let (result, read, written, ended) = self.parser.read_record(
                available,
                bytes.get_mut(out_len..).unwrap_or_default(),
                ends.get_mut(ends_len..).unwrap_or_default(),
            );
            let consumed = available.get(..read).unwrap_or_default();
            let newlines = consumed.iter().filter(|b| **b == b'\n').count() as u64;
            let terminator = if consumed.ends_with(b"\r\n") {
                2
            } else {
                usize::from(consumed.ends_with(b"\n") || consumed.ends_with(b"\r"))
            };
            self.input.consume(read);
            self.newlines += newlines;
            record_len = record_len.saturating_add(read as u64);
            out_len += written;
            ends_len += ended;
            let line = line.unwrap_or(self.newlines);
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => {
                    if bytes.len() > limit {
                        // Over the limit: keep parsing to find the row's end, but write over
                        // the same buffer instead of growing it.
                        over = true;
                        out_len = 0;
                    } else {
                        bytes.resize(
                            bytes.len().saturating_mul(2).min(limit.saturating_add(1)),
                            0,
                        );
                    }
                }
                ReadRecordResult::OutputEndsFull => {
                    if ends.len() > limit {
                        over = true;
                        ends_len = 0;
                    } else {
                        ends.resize(ends.len().saturating_mul(2).min(limit.saturating_add(1)), 0);
                    }
                }
                ReadRecordResult::Record => {
                    let len = record_len.saturating_sub(terminator as u64);
                    if over || len > limit as u64 {
                        return Some(Row::TooLong { line, len });
                    }
                    bytes.truncate(out_len);
                    ends.truncate(ends_len);
                    return Some(Row::Fields { line, bytes, ends });
                }
                ReadRecordResult::End => return None,
            }
        }
    }

    fn read_header(&mut self) {
        self.state = State::Done;
        let (line, fields) = match self.read_row() {
            None => return,
            Some(Row::Fields { line, bytes, ends }) => {
                let fields = Row::fields(&bytes, &ends);
                if is_blank(&fields) {
                    // Whitespace before the header is not a header; try the next row.
                    self.state = State::Header;
                    return;
                }
                (line, fields)
            }
            Some(Row::TooLong { line, len }) => {
                let limit = self.options.max_record_bytes;
                let reason = format!("header row is {len} bytes, over the limit of {limit} bytes");
                return self.reject(line, None, reason);
            }
            Some(Row::Failed { line, error }) => {
                return self.reject(line, None, format!("cannot read the input: {error}"));
            }
        };
        let mut columns = Vec::with_capacity(fields.len());
        for (i, field) in fields.into_iter().enumerate() {
            let field = if i == 0 {
                field
                    .strip_prefix(b"\xEF\xBB\xBF")
                    .map(<[u8]>::to_vec)
                    .unwrap_or(field)
            } else {
                field
            };
            match String::from_utf8(field) {
                Ok(name) => columns.push(name.trim().to_ascii_lowercase()),
                Err(_) => {
                    let reason = format!("header column {} is not valid UTF-8", i + 1);
                    return self.reject(line, None, reason);
                }
            }
        }
        if !columns.iter().any(|c| c == "text") {
            let reason = format!(
                "the header has no `text` column (found: {}; known columns: {})",
                columns.join(", "),
                COLUMNS.join(", ")
            );
            return self.reject(line, Some("text".to_owned()), reason);
        }
        self.state = State::Rows { columns };
    }

    fn handle_row(&mut self, columns: &[String], line: u64, fields: Vec<Vec<u8>>) {
        if is_blank(&fields) {
            // A blank or whitespace-only line (or a spreadsheet's empty row) is not a record.
            return;
        }
        if fields.len() != columns.len() {
            let reason = format!(
                "row has {} fields but the header has {}",
                fields.len(),
                columns.len()
            );
            return self.reject(line, None, reason);
        }
        let mut cells: Vec<(&str, String)> = Vec::new();
        for (column, field) in columns.iter().zip(fields) {
            if !COLUMNS.contains(&column.as_str()) || cells.iter().any(|(c, _)| c == column) {
                // Unknown columns are ignored; for a repeated column the first one counts.
                continue;
            }
            match String::from_utf8(field) {
                Ok(value) => cells.push((column, value)),
                Err(error) => {
                    let at = error.utf8_error().valid_up_to() + 1;
                    return self.reject(
                        line,
                        Some(column.clone()),
                        format!("invalid UTF-8 at byte {at} of the field"),
                    );
                }
            }
        }
        let cell = |name: &str| {
            cells
                .iter()
                .find(|(c, _)| *c == name)
                .map(|(_, v)| v.clone())
        };
        match project::from_cells(cell, &self.options) {
            Ok(post) => self.pending.push_back(Entry::Post(Record { line, post })),
            Err(FieldError { field, reason }) => self.reject(line, field, reason),
        }
    }
}

/// Whether every field is empty or whitespace (a BOM counts as whitespace here).
fn is_blank(fields: &[Vec<u8>]) -> bool {
    fields.iter().all(|field| {
        let field = field.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(field);
        field.iter().all(u8::is_ascii_whitespace)
    })
}

impl Iterator for CsvReader {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            if let Some(entry) = self.pending.pop_front() {
                return Some(entry);
            }
            match &self.state {
                State::Header => self.read_header(),
                State::Rows { .. } => match self.read_row() {
                    None => self.state = State::Done,
                    Some(Row::Fields { line, bytes, ends }) => {
                        let fields = Row::fields(&bytes, &ends);
                        let state = std::mem::replace(&mut self.state, State::Done);
                        if let State::Rows { columns } = &state {
                            self.handle_row(columns, line, fields);
                        }
                        self.state = state;
                    }
                    Some(Row::TooLong { line, len }) => {
                        let limit = self.options.max_record_bytes;
                        let reason =
                            format!("record is {len} bytes, over the limit of {limit} bytes");
                        self.reject(line, None, reason);
                    }
                    Some(Row::Failed { line, error }) => {
                        self.reject(line, None, format!("cannot read the input: {error}"));
                        self.state = State::Done;
                    }
                },
                State::Done => return None,
            }
        }
    }
}
