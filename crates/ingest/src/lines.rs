//! A line reader with a byte limit: an over-long line is counted and skipped chunk by chunk,
//! never held in memory. `BufRead::read_until` would buffer the whole line first, which a
//! single hostile 10 GB line turns into an out-of-memory crash.

use std::io::{self, BufRead, Read};

/// What [`LineReader::read`] found.
pub(crate) enum RawLine {
    /// A line (without its `\n` or `\r\n`), within the limit.
    Line { line: u64, bytes: Vec<u8> },
    /// A line over the limit; `len` is its full length in bytes, without the line ending.
    TooLong { line: u64, len: u64 },
    /// Reading failed. The reader returns nothing after this.
    Failed { line: u64, error: io::Error },
}

pub(crate) struct LineReader {
    input: Box<dyn BufRead + Send>,
    next_line: u64,
    failed: bool,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

impl LineReader {
    pub(crate) fn new(input: Box<dyn BufRead + Send>) -> Self {
        Self {
            input,
            next_line: 1,
            failed: false,
        }
    }

    /// The number the next line will get.
    pub(crate) fn next_line_number(&self) -> u64 {
        self.next_line
    }

    /// Reads the next line, keeping at most `limit` bytes of it. `None` at end of input.
    pub(crate) fn read(&mut self, limit: usize) -> Option<RawLine> {
        if self.failed {
            return None;
        }
        let line = self.next_line;
        let mut bytes = Vec::new();
        let mut len: u64 = 0;
        let mut any = false;
        // One byte of slack so a `\r` before the `\n` does not count against the limit.
        let keep = limit.saturating_add(1);
        let mut over = false;
        loop {
            let available = match self.input.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    self.failed = true;
                    return Some(RawLine::Failed { line, error });
                }
            };
            if available.is_empty() {
                if !any {
                    return None;
                }
                break;
            }
            any = true;
            let (chunk, newline) = match available.iter().position(|b| *b == b'\n') {
                Some(at) => (&available[..at], true),
                None => (available, false),
            };
            let chunk_len = chunk.len();
            if !over && bytes.len().saturating_add(chunk_len) <= keep {
                bytes.extend_from_slice(chunk);
            } else if !over {
                over = true;
                bytes = Vec::new();
            }
            len = len.saturating_add(chunk_len as u64);
            self.input.consume(chunk_len + usize::from(newline));
            if newline {
                break;
            }
        }
        self.next_line += 1;
        if over {
            // A trailing `\r` is part of the line ending, not the record.
            return Some(RawLine::TooLong { line, len });
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if bytes.len() > limit {
            return Some(RawLine::TooLong {
                line,
                len: bytes.len() as u64,
            });
        }
        if line == 1 && bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
        }
        Some(RawLine::Line { line, bytes })
    }

    /// Appends everything left in the input to `buf`, reading at most `limit` more bytes.
    /// Returns `Ok(false)` if the input had more than that.
    pub(crate) fn read_rest(&mut self, buf: &mut Vec<u8>, limit: usize) -> io::Result<bool> {
        if self.failed {
            return Ok(true);
        }
        let wanted = (limit as u64).saturating_add(1);
        let read = self.input.by_ref().take(wanted).read_to_end(buf)?;
        Ok((read as u64) < wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn reader(bytes: &[u8]) -> LineReader {
        LineReader::new(Box::new(Cursor::new(bytes.to_vec())))
    }

    fn line(raw: Option<RawLine>) -> (u64, Vec<u8>) {
        match raw {
            Some(RawLine::Line { line, bytes }) => (line, bytes),
            _ => panic!("expected a line"),
        }
    }

    #[test]
    fn crlf_and_a_leading_bom_are_removed() {
        let mut lines = reader(b"\xEF\xBB\xBFone\r\ntwo\r\n");
        assert_eq!(line(lines.read(10)), (1, b"one".to_vec()));
        assert_eq!(line(lines.read(10)), (2, b"two".to_vec()));
        assert!(lines.read(10).is_none());
    }

    #[test]
    fn an_over_long_line_is_measured_and_the_next_one_is_read() {
        let mut input = vec![b'a'; 100];
        input.extend_from_slice(b"\nok");
        let mut lines = reader(&input);
        assert!(matches!(
            lines.read(10),
            Some(RawLine::TooLong { line: 1, len: 100 })
        ));
        assert_eq!(line(lines.read(10)), (2, b"ok".to_vec()));
    }

    #[test]
    fn a_line_of_exactly_the_limit_with_crlf_fits() {
        let mut lines = reader(b"abcd\r\n");
        assert_eq!(line(lines.read(4)), (1, b"abcd".to_vec()));
    }

    #[test]
    fn the_rest_is_refused_past_its_limit() {
        let mut lines = reader(b"first\n0123456789");
        line(lines.read(100));
        let mut buf = Vec::new();
        assert!(!lines.read_rest(&mut buf, 5).unwrap());
        let mut lines = reader(b"first\n01234");
        line(lines.read(100));
        let mut buf = Vec::new();
        assert!(lines.read_rest(&mut buf, 5).unwrap());
        assert_eq!(buf, b"01234");
    }
}
