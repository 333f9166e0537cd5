//! The project format as CSV: a header row naming the columns (any order, `text` required),
//! then one post per row. Quoted fields may hold commas, quotes and newlines.
//!
//! Rows are found by [`crate::csv_rows`], so a row over [`ReadOptions::max_record_bytes`] is
//! read to its end but not kept, exactly as an over-long JSON line is, and a quote left open is
//! rejected at its line with reading resumed on the next line. A row with the wrong number of
//! fields is rejected with its line and reading goes on.

use std::collections::VecDeque;
use std::io::BufRead;

use crate::csv_rows::{RawRow, RawRows, split_fields};
use crate::fields::FieldError;
use crate::project::{self, COLUMNS};
use crate::{Entry, ReadOptions, Record, Reject};

enum State {
    Header,
    Rows { columns: Vec<String> },
    Done,
}

pub(crate) struct CsvReader {
    source: String,
    options: ReadOptions,
    rows: RawRows<Box<dyn BufRead + Send>>,
    state: State,
    pending: VecDeque<Entry>,
}

impl CsvReader {
    pub(crate) fn new(
        source: String,
        input: Box<dyn BufRead + Send>,
        options: ReadOptions,
    ) -> Self {
        Self {
            source,
            rows: RawRows::new(input, options.max_record_bytes),
            options,
            state: State::Header,
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

    fn read_header(&mut self) {
        self.state = State::Done;
        let (line, fields) = match self.rows.next() {
            None => return,
            Some(RawRow::Row { line, bytes }) => {
                let fields = split_fields(&bytes);
                if is_blank(&fields) {
                    // Whitespace before the header is not a header; try the next row.
                    self.state = State::Header;
                    return;
                }
                (line, fields)
            }
            Some(RawRow::TooLong { line, len }) => {
                let limit = self.options.max_record_bytes;
                let reason = format!("header row is {len} bytes, over the limit of {limit} bytes");
                return self.reject(line, None, reason);
            }
            Some(RawRow::Failed { line, error }) => {
                return self.reject(line, None, format!("cannot read the input: {error}"));
            }
            Some(RawRow::UnclosedQuote { line, .. }) => {
                // Without a header no row can be read, so reading stops here.
                let reason = "unclosed quote opened here, in the header row; no row can be read \
                              without a header"
                    .to_owned();
                return self.reject(line, None, reason);
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
                State::Rows { .. } => match self.rows.next() {
                    None => self.state = State::Done,
                    Some(RawRow::Row { line, bytes }) => {
                        let fields = split_fields(&bytes);
                        let state = std::mem::replace(&mut self.state, State::Done);
                        if let State::Rows { columns } = &state {
                            self.handle_row(columns, line, fields);
                        }
                        self.state = state;
                    }
                    Some(RawRow::TooLong { line, len }) => {
                        let limit = self.options.max_record_bytes;
                        let reason =
                            format!("record is {len} bytes, over the limit of {limit} bytes");
                        self.reject(line, None, reason);
                    }
                    Some(RawRow::Failed { line, error }) => {
                        self.reject(line, None, format!("cannot read the input: {error}"));
                        self.state = State::Done;
                    }
                    Some(RawRow::UnclosedQuote { line, over_limit }) => {
                        let limit = self.options.max_record_bytes;
                        let reason = RawRow::unclosed_reason(line, over_limit, limit);
                        self.reject(line, None, reason);
                    }
                },
                State::Done => return None,
            }
        }
    }
}
