//! Finding where each CSV row starts and ends, with recovery from a quote left open.
//!
//! A quote that is never closed makes the rest of a file one field: every later row would be
//! swallowed into it (or, past the record limit, skipped with it). [`RawRows`] therefore
//! watches quoted fields that run on past a newline. If such a field reaches the end of the
//! input, or grows past the record limit while still open, the row is given up as
//! [`RawRow::UnclosedQuote`] at the line where the quote opened, and reading starts again at
//! the line after that one, so the rows that follow are read as rows. A quoted field that does
//! close, however many lines it spans, is an ordinary row.
//!
//! The quoting rules are `csv-core`'s defaults (comma, `"` with `""` as an escaped quote, any of
//! `\r`, `\n` or `\r\n` ending a row, blank lines skipped), and the fields of a row are split by
//! `csv-core` itself ([`split_fields`]), so the two agree on every row. Shared with the
//! statements-of-reasons reader in `upstander-referral`.

use std::io::{self, BufRead};

use csv_core::ReadRecordResult;

/// One row as found in the input.
#[derive(Debug)]
pub enum RawRow {
    /// A row within the limit: its bytes without the line terminator.
    Row {
        /// 1-based line of the row's first byte.
        line: u64,
        /// The raw bytes of the row (quotes still in place); see [`split_fields`].
        bytes: Vec<u8>,
    },
    /// A row over the limit, skipped without being held in memory.
    TooLong {
        /// 1-based line of the row's first byte.
        line: u64,
        /// Its length in bytes, without the terminator.
        len: u64,
    },
    /// A quoted field opened at `line` ran on past a newline and never closed before the end
    /// of the input or the record limit. Reading goes on at `line + 1`.
    UnclosedQuote {
        /// 1-based line where the quote opened.
        line: u64,
        /// `true` when the record limit was reached first, `false` at the end of the input.
        over_limit: bool,
    },
    /// The input failed to read; nothing follows.
    Failed {
        /// 1-based line being read.
        line: u64,
        /// What went wrong.
        error: io::Error,
    },
}

impl RawRow {
    /// The reason to give for an [`RawRow::UnclosedQuote`], naming the line reading resumes at.
    #[must_use]
    pub fn unclosed_reason(line: u64, over_limit: bool, limit: usize) -> String {
        let why = if over_limit {
            format!("the quoted field is still open after {limit} bytes (the record limit)")
        } else {
            "the quoted field runs on to the end of the input".to_owned()
        };
        format!(
            "unclosed quote opened here: {why}; the row is skipped and reading resumes at line {}",
            line.saturating_add(1)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    /// At the start of a field.
    FieldStart,
    /// In a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: the end of the field, or half of `""`.
    MaybeClosed,
}

/// Splits a CSV input into raw rows. See the module docs.
pub struct RawRows<R> {
    input: R,
    /// Bytes given back after an unclosed quote, read before `input`.
    replay: Vec<u8>,
    replay_at: usize,
    limit: usize,
    /// Newlines consumed so far.
    newlines: u64,
    bom_checked: bool,
    done: bool,
}

impl<R: BufRead> RawRows<R> {
    /// Reads rows from `input`; rows over `limit` bytes are skipped (see [`RawRow::TooLong`]).
    pub fn new(input: R, limit: usize) -> Self {
        Self {
            input,
            replay: Vec::new(),
            replay_at: 0,
            limit: limit.max(1),
            newlines: 0,
            bom_checked: false,
            done: false,
        }
    }

    fn fill(&mut self) -> io::Result<&[u8]> {
        if self.replay_at < self.replay.len() {
            return Ok(self.replay.get(self.replay_at..).unwrap_or_default());
        }
        loop {
            match self.input.fill_buf() {
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
                Ok(_) => break,
            }
        }
        self.input.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        if self.replay_at < self.replay.len() {
            self.replay_at += n;
            if self.replay_at >= self.replay.len() {
                self.replay.clear();
                self.replay_at = 0;
            }
        } else {
            self.input.consume(n);
        }
    }

    fn read(&mut self) -> Option<RawRow> {
        if self.done {
            return None;
        }
        let limit = self.limit as u64;
        let mut bytes: Vec<u8> = Vec::new();
        let mut len: u64 = 0;
        let mut line: Option<u64> = None;
        let mut state = Quote::FieldStart;
        // The line where the open quote started, and the bytes after the first newline inside
        // it (kept so that reading can resume there if the quote never closes).
        let mut quote_line = 0_u64;
        let mut retained: Option<Vec<u8>> = None;
        loop {
            let mut newlines = self.newlines;
            let check_bom = !self.bom_checked;
            let chunk = match self.fill() {
                Ok(chunk) => chunk,
                Err(error) => {
                    self.done = true;
                    let line = line.unwrap_or(newlines + 1);
                    return Some(RawRow::Failed { line, error });
                }
            };
            if chunk.is_empty() {
                self.done = true;
                let line = line?;
                if state == Quote::Quoted {
                    return Some(self.unclosed(quote_line, retained, false));
                }
                return Some(self.finish(line, bytes, len));
            }
            if check_bom {
                // Spreadsheet exports start with a BOM; it is not part of the first field.
                let bom = chunk.starts_with(b"\xEF\xBB\xBF");
                self.bom_checked = true;
                if bom {
                    self.consume(3);
                }
                continue;
            }
            if line.is_none() {
                // Blank lines between rows belong to no row.
                let blank = chunk
                    .iter()
                    .take_while(|b| matches!(b, b'\r' | b'\n'))
                    .count();
                if blank > 0 {
                    let skipped = chunk.get(..blank).unwrap_or_default();
                    let skipped = skipped.iter().filter(|b| **b == b'\n').count() as u64;
                    self.newlines += skipped;
                    self.consume(blank);
                    continue;
                }
                line = Some(newlines + 1);
            }
            let mut used = 0;
            let mut stop = None;
            for &b in chunk {
                used += 1;
                if state == Quote::Quoted {
                    if b == b'"' {
                        state = Quote::MaybeClosed;
                    }
                } else {
                    if b == b'\n' || b == b'\r' {
                        // The row's terminator. A `\r\n` leaves its `\n` to the blank-line
                        // skip of the next row, which counts it.
                        newlines += u64::from(b == b'\n');
                        stop = Some(false);
                        break;
                    }
                    state = match (state, b) {
                        (Quote::FieldStart, b'"') => {
                            quote_line = newlines + 1;
                            Quote::Quoted
                        }
                        (Quote::MaybeClosed, b'"') => Quote::Quoted,
                        (_, b',') => Quote::FieldStart,
                        _ => Quote::Unquoted,
                    };
                    if state != Quote::Quoted {
                        retained = None;
                    }
                }
                len += 1;
                if len <= limit {
                    bytes.push(b);
                }
                if let Some(kept) = retained.as_mut() {
                    kept.push(b);
                }
                if b == b'\n' {
                    // Only inside a quoted field: outside, a newline ends the row above.
                    newlines += 1;
                    if state == Quote::Quoted && retained.is_none() {
                        retained = Some(Vec::new());
                    }
                }
                if len > limit && state == Quote::Quoted && retained.is_some() {
                    stop = Some(true);
                    break;
                }
            }
            self.newlines = newlines;
            self.consume(used);
            match stop {
                None => {}
                Some(false) => return Some(self.finish(line.unwrap_or(newlines), bytes, len)),
                Some(true) => return Some(self.unclosed(quote_line, retained, true)),
            }
        }
    }

    fn finish(&self, line: u64, bytes: Vec<u8>, len: u64) -> RawRow {
        if len > self.limit as u64 {
            RawRow::TooLong { line, len }
        } else {
            RawRow::Row { line, bytes }
        }
    }

    /// Gives up the row whose quote opened at `line` and puts the bytes after that line back in
    /// front of the input.
    fn unclosed(&mut self, line: u64, retained: Option<Vec<u8>>, over_limit: bool) -> RawRow {
        let mut replay = retained.unwrap_or_default();
        replay.extend_from_slice(self.replay.get(self.replay_at..).unwrap_or_default());
        if !replay.is_empty() {
            self.done = false;
        }
        self.replay = replay;
        self.replay_at = 0;
        // Resume at the line after the quote's: lines are counted again as they are re-read.
        self.newlines = line;
        RawRow::UnclosedQuote { line, over_limit }
    }
}

impl<R: BufRead> Iterator for RawRows<R> {
    type Item = RawRow;

    fn next(&mut self) -> Option<RawRow> {
        self.read()
    }
}

/// Splits one raw row (as [`RawRow::Row`] gives it) into its fields, with quotes removed and
/// `""` unescaped.
#[must_use]
pub fn split_fields(row: &[u8]) -> Vec<Vec<u8>> {
    let mut parser = csv_core::Reader::new();
    let mut out = vec![0u8; row.len().max(1)];
    let mut ends = vec![0usize; 16];
    let (mut input, mut out_len, mut ends_len) = (row, 0usize, 0usize);
    loop {
        let (result, read, written, ended) = parser.read_record(
            input,
            out.get_mut(out_len..).unwrap_or_default(),
            ends.get_mut(ends_len..).unwrap_or_default(),
        );
        input = input.get(read..).unwrap_or_default();
        out_len += written;
        ends_len += ended;
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len().saturating_mul(2), 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len().saturating_mul(2), 0),
            ReadRecordResult::Record | ReadRecordResult::End => break,
        }
    }
    let mut fields = Vec::with_capacity(ends_len);
    let mut start = 0;
    for &end in ends.get(..ends_len).unwrap_or_default() {
        fields.push(out.get(start..end).unwrap_or_default().to_vec());
        start = end;
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(input: &str, limit: usize) -> Vec<String> {
        RawRows::new(input.as_bytes(), limit)
            .map(|row| match row {
                RawRow::Row { line, bytes } => {
                    format!("{line}:{}", String::from_utf8_lossy(&bytes))
                }
                RawRow::TooLong { line, len } => format!("{line}:too long {len}"),
                RawRow::UnclosedQuote { line, over_limit } => {
                    format!(
                        "{line}:unclosed{}",
                        if over_limit { " (limit)" } else { "" }
                    )
                }
                RawRow::Failed { line, .. } => format!("{line}:failed"),
            })
            .collect()
    }

    #[test]
    fn an_unclosed_quote_is_given_up_and_reading_resumes_on_the_next_line() {
        let input = "id,text\nq1,\"open\nq2,fine\nq3,another\n";
        assert_eq!(
            rows(input, 1000),
            ["1:id,text", "2:unclosed", "3:q2,fine", "4:q3,another"]
        );
    }

    #[test]
    fn a_quoted_field_over_several_lines_that_closes_is_one_row() {
        let input = "a,\"one\ntwo\r\nthree\"\r\nb,c\r\n\r\nd,\"\"\"x\"\"\"\n";
        assert_eq!(
            rows(input, 1000),
            ["1:a,\"one\ntwo\r\nthree\"", "4:b,c", "6:d,\"\"\"x\"\"\""]
        );
    }

    #[test]
    fn an_open_quote_past_the_limit_is_given_up_without_reading_to_the_end() {
        let mut input = String::from("a,\"open\n");
        for i in 0..100 {
            input.push_str(&format!("r{i},x\n"));
        }
        let got = rows(&input, 50);
        assert_eq!(got[0], "1:unclosed (limit)");
        assert_eq!(got[1], "2:r0,x");
        assert_eq!(got.len(), 101);
    }

    #[test]
    fn an_open_quote_on_the_last_line_is_unclosed() {
        assert_eq!(rows("a,b\nc,\"d", 100), ["1:a,b", "2:unclosed"]);
    }

    #[test]
    fn fields_are_split_and_unquoted() {
        assert_eq!(
            split_fields(b"a,\"b,\"\"c\"\"\nd\",,e"),
            [
                b"a".to_vec(),
                b"b,\"c\"\nd".to_vec(),
                Vec::new(),
                b"e".to_vec()
            ]
        );
    }
}
