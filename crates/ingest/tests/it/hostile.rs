//! Hostile and broken input: every problem is a reject with its line, field and reason, the
//! rest of the input is still read, and nothing panics.

use std::io::{self, BufRead, Read};

use upstander_ingest::{Entry, Format, ReadOptions, read_source};

use crate::support::{describe, posts, read_bytes, read_bytes_as, read_fixture, rejects};

/// (line, field, start of the reason) for every reject.
fn summary(entries: &[Entry]) -> Vec<(u64, Option<String>, String)> {
    rejects(entries)
        .iter()
        .map(|r| (r.line, r.field.clone(), r.reason.clone()))
        .collect()
}

#[test]
fn the_mixed_fixture_yields_every_good_line_and_a_precise_reject_for_every_bad_one() {
    let entries = read_fixture("bad/mixed.jsonl", Format::Jsonl);
    let posts = posts(&entries);
    let good: Vec<_> = posts
        .iter()
        .map(|r| (r.line, r.post.text.as_str()))
        .collect();
    assert_eq!(
        good,
        [(1, "first line after a BOM"), (13, "last good line ✓")],
        "{}",
        describe(&entries)
    );

    let field = |f: &str| Some(f.to_owned());
    let expected: Vec<(u64, Option<String>, &str)> = vec![
        (4, None, "invalid UTF-8 at byte 22 of the line"),
        (5, None, "line contains a NUL byte at byte 26"),
        (
            6,
            field("text"),
            "contains a NUL character (U+0000), which cannot be stored",
        ),
        (
            7,
            None,
            "invalid JSON at column 27: EOF while parsing a string",
        ),
        (8, field("text"), "missing"),
        (9, field("text"), "expected a string, found number"),
        (
            10,
            field("engagement"),
            "expected a non-negative integer, found string",
        ),
        (11, None, "expected a JSON object, found array"),
        (12, field("text"), "is empty"),
    ];
    let got = summary(&entries);
    assert_eq!(got.len(), expected.len(), "{}", describe(&entries));
    for ((line, field, reason), (want_line, want_field, want_reason)) in got.iter().zip(&expected) {
        assert_eq!((line, field), (want_line, want_field), "{reason}");
        assert_eq!(reason, want_reason);
    }
    assert!(
        rejects(&entries)
            .iter()
            .all(|r| r.source == "bad/mixed.jsonl")
    );
}

/// A reader that produces `before`, then `len` bytes of `fill`, then `after`, without ever
/// holding the long part in memory.
struct Generated {
    before: io::Cursor<Vec<u8>>,
    remaining: u64,
    fill: [u8; 8192],
    after: io::Cursor<Vec<u8>>,
}

impl Generated {
    fn new(before: &[u8], fill: u8, len: u64, after: &[u8]) -> Self {
        Self {
            before: io::Cursor::new(before.to_vec()),
            remaining: len,
            fill: [fill; 8192],
            after: io::Cursor::new(after.to_vec()),
        }
    }
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Generated {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if (self.before.position() as usize) < self.before.get_ref().len() {
            return self.before.fill_buf();
        }
        if self.remaining > 0 {
            let n = self.remaining.min(self.fill.len() as u64) as usize;
            return Ok(&self.fill[..n]);
        }
        self.after.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if (self.before.position() as usize) < self.before.get_ref().len() {
            self.before.consume(amount);
        } else if self.remaining > 0 {
            self.remaining -= amount as u64;
        } else {
            self.after.consume(amount);
        }
    }
}

const TEN_MB: u64 = 10 * 1024 * 1024;

/// Good records around one 10 MB record, for a line-based format.
fn with_big_record(format: Format) -> Box<dyn BufRead + Send> {
    if format == Format::Csv {
        Box::new(Generated::new(
            b"text\nbefore\n\"",
            b'a',
            TEN_MB,
            b"\"\nafter\n",
        ))
    } else {
        // Reddit comments carry their text in `body`; the key has the same length as `text`.
        let key = if format == Format::Reddit {
            "body"
        } else {
            "text"
        };
        let before = format!("{{\"{key}\":\"before\"}}\n{{\"{key}\":\"");
        let after = format!("\"}}\n{{\"{key}\":\"after\"}}\n");
        Box::new(Generated::new(
            before.as_bytes(),
            b'a',
            TEN_MB,
            after.as_bytes(),
        ))
    }
}

#[test]
fn a_ten_megabyte_record_over_the_limit_is_rejected_and_reading_goes_on() {
    let options = ReadOptions {
        max_record_bytes: 4096,
        ..ReadOptions::default()
    };
    for format in [Format::Jsonl, Format::Reddit, Format::X, Format::Csv] {
        let entries: Vec<Entry> = read_source("big", with_big_record(format), format, &options)
            .unwrap()
            .collect();
        let texts: Vec<_> = posts(&entries)
            .iter()
            .map(|r| (r.line, r.post.text.clone()))
            .collect();
        let (first, last, size) = if format == Format::Csv {
            (2, 4, TEN_MB + 2)
        } else {
            (1, 3, TEN_MB + 11)
        };
        assert_eq!(
            texts,
            [(first, "before".to_owned()), (last, "after".to_owned())],
            "{format}"
        );
        let rejects = rejects(&entries);
        assert_eq!(rejects.len(), 1, "{format}: {}", describe(&entries));
        assert_eq!(rejects[0].line, first + 1, "{format}");
        assert_eq!(
            rejects[0].reason,
            format!("record is {size} bytes, over the limit of 4096 bytes"),
            "{format}"
        );
    }
}

/// A reader that fails after giving some bytes.
struct Failing(io::Cursor<Vec<u8>>);

impl Read for Failing {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        if n == 0 {
            Err(io::Error::other("disk on fire"))
        } else {
            Ok(n)
        }
    }
}

impl BufRead for Failing {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if (self.0.position() as usize) >= self.0.get_ref().len() {
            return Err(io::Error::other("disk on fire"));
        }
        self.0.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.0.consume(amount);
    }
}

#[test]
fn an_io_error_mid_stream_is_one_reject_and_then_the_end() {
    let cases: [(Format, &str, usize); 4] = [
        (
            Format::Jsonl,
            "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c",
            2,
        ),
        (Format::Csv, "text\na\nb\n", 2),
        (
            Format::X,
            "{\n  \"data\": [\n    {\"id\": \"1\", \"text\": \"a\"}",
            0,
        ),
        (Format::Telegram, "{\"messages\":[]}\n{\"messages\"", 0),
    ];
    for (format, input, good) in cases {
        let reader = Failing(io::Cursor::new(input.as_bytes().to_vec()));
        let entries: Vec<Entry> =
            read_source("-", Box::new(reader), format, &ReadOptions::default())
                .unwrap()
                .collect();
        assert_eq!(
            posts(&entries).len(),
            good,
            "{format}: {}",
            describe(&entries)
        );
        let rejects = rejects(&entries);
        assert_eq!(rejects.len(), 1, "{format}: {}", describe(&entries));
        assert!(
            rejects[0].reason.contains("disk on fire"),
            "{format}: {}",
            rejects[0].reason
        );
        assert!(matches!(entries.last(), Some(Entry::Reject(_))), "{format}");
    }
}

#[test]
fn a_document_over_the_size_limit_is_one_reject() {
    let options = ReadOptions {
        max_document_bytes: 64,
        ..ReadOptions::default()
    };
    let document = format!(
        "{{\n  \"data\": [\n{}  ]\n}}\n",
        "    {\"id\": \"1\", \"text\": \"a\"},\n".repeat(10)
    );
    for format in [
        Format::X,
        Format::Mastodon,
        Format::Telegram,
        Format::Bluesky,
    ] {
        let entries = read_bytes_as("big.json", document.clone().into_bytes(), format, &options);
        assert_eq!(entries.len(), 1, "{format}: {}", describe(&entries));
        assert_eq!(
            rejects(&entries)[0].reason,
            "document is over the limit of 64 bytes"
        );
    }
}

#[test]
fn invalid_utf8_inside_a_document_is_reported_with_line_and_column() {
    let entries = read_bytes(
        b"[\n  {\"content\": \"caf\xE9\"}\n]\n".to_vec(),
        Format::Mastodon,
    );
    assert_eq!(
        summary(&entries),
        [(2, None, "invalid UTF-8 at line 2, column 19".to_owned())]
    );
}

#[test]
fn json_lines_whose_first_line_is_truncated_lose_only_that_line() {
    let input = "{\"data\":[{\"id\":\"1\",\"text\":\"cut off\n{\"data\":[{\"id\":\"2\",\"text\":\"whole\"}]}\n";
    let entries = read_bytes(input, Format::X);
    assert_eq!(posts(&entries).len(), 1, "{}", describe(&entries));
    assert_eq!(posts(&entries)[0].line, 2);
    let got = summary(&entries);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, 1);
    assert!(
        got[0].2.starts_with("invalid JSON at column"),
        "{}",
        got[0].2
    );
}

#[test]
fn deep_nesting_is_rejected_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let object = format!("{{\"text\": {}}}", "{\"a\":".repeat(50_000));
    for format in upstander_ingest::Format::ALL {
        for input in [&deep, &object] {
            let entries = read_bytes(input.clone(), format);
            assert!(posts(&entries).is_empty(), "{format}");
            assert!(!entries.is_empty(), "{format}: deep input must be reported");
        }
        let pretty = format!("{{\n\"data\": {}\n", "[".repeat(100_000));
        let entries = read_bytes(pretty, format);
        assert!(posts(&entries).is_empty(), "{format}");
    }
}

#[test]
fn empty_and_blank_inputs_yield_nothing_in_every_format() {
    for format in Format::ALL {
        for input in ["", "\n", "  \r\n\t\n", "\u{FEFF}", "\u{FEFF}\r\n"] {
            let entries = read_bytes(input, format);
            assert!(
                entries.is_empty(),
                "{format} {input:?}: {}",
                describe(&entries)
            );
        }
    }
}

#[test]
fn garbage_gives_rejects_and_no_posts_in_every_format() {
    for format in Format::ALL {
        let entries = read_bytes("this is not json, nor a header\nnor this", format);
        assert!(
            posts(&entries).is_empty(),
            "{format}: {}",
            describe(&entries)
        );
        assert!(!entries.is_empty(), "{format}");
    }
}

#[test]
fn a_nul_in_any_decoded_string_field_is_rejected_by_name() {
    let entries = read_bytes(
        "{\"text\":\"ok\",\"author\":\"a\\u0000b\"}\n{\"text\":\"ok\",\"url\":\"http://x/\\u0000\"}\n",
        Format::Jsonl,
    );
    let fields: Vec<_> = rejects(&entries)
        .iter()
        .map(|r| r.field.clone().unwrap())
        .collect();
    assert_eq!(fields, ["author", "url"]);
    let entries = read_bytes(
        r#"{"messages":[{"id":1,"type":"message","text":["a",{"type":"bold","text":"\u0000"}]}]}"#,
        Format::Telegram,
    );
    assert_eq!(
        rejects(&entries)[0].field.as_deref(),
        Some("messages[0].text")
    );
}

#[test]
fn the_largest_possible_limits_do_not_overflow() {
    let options = ReadOptions {
        max_record_bytes: usize::MAX,
        max_document_bytes: usize::MAX,
        ..ReadOptions::default()
    };
    for format in Format::ALL {
        let input = "text\n{\"text\":\"a, b\"}\n[\n";
        let entries = read_bytes_as("-", input.into(), format, &options);
        assert!(!entries.is_empty(), "{format}");
    }
}

#[test]
fn a_post_over_the_record_limit_inside_a_whole_document_is_rejected_by_its_path() {
    let options = ReadOptions {
        max_record_bytes: 1000,
        ..ReadOptions::default()
    };
    let big = "b".repeat(5000);
    let telegram = format!(
        "{{\"id\":7,\"messages\":[\n{{\"id\":1,\"type\":\"message\",\"text\":\"before\"}},\n{{\"id\":2,\"type\":\"message\",\"text\":\"{big}\"}},\n{{\"id\":3,\"type\":\"message\",\"text\":\"after\"}}]}}"
    );
    let x = format!(
        "{{\"data\":[\n{{\"id\":\"1\",\"text\":\"before\"}},\n{{\"id\":\"2\",\"text\":\"{big}\"}},\n{{\"id\":\"3\",\"text\":\"after\"}}]}}"
    );
    for (format, input, path) in [
        (Format::Telegram, telegram, "messages[1]"),
        (Format::X, x, "data[1]"),
    ] {
        let entries: Vec<Entry> = read_source(
            "doc",
            Box::new(std::io::Cursor::new(input)),
            format,
            &options,
        )
        .unwrap()
        .collect();
        let texts: Vec<_> = posts(&entries)
            .iter()
            .map(|r| r.post.text.clone())
            .collect();
        assert_eq!(texts, ["before", "after"], "{format}");
        let rejects = rejects(&entries);
        assert_eq!(rejects.len(), 1, "{format}: {}", describe(&entries));
        assert_eq!(rejects[0].field.as_deref(), Some(path), "{format}");
        assert_eq!(rejects[0].line, 3, "{format}");
        assert!(
            rejects[0].reason.contains("over the limit of 1000 bytes"),
            "{format}: {}",
            rejects[0].reason
        );
    }
}
