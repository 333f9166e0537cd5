//! Property tests: no input makes any reader panic, every entry is a post or a reject with a
//! plausible line, and the dedup functions are total.

use proptest::prelude::*;
use upstander_ingest::dedup::{canonical, content_key, hamming, simhash};
use upstander_ingest::{Entry, Format, ReadOptions, detect_format};

use crate::support::read_bytes_as;

/// Bytes biased towards the characters that matter to the parsers.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let interesting =
        prop::sample::select(b"{}[]\":,\\\n\r\t 0a-.\x00\xEF\xBB\xBF\xFFtnue".to_vec());
    prop::collection::vec(prop_oneof![3 => interesting, 1 => any::<u8>()], 0..400)
}

/// Structurally valid JSON documents with random shapes and field names the formats look for.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let key = prop::sample::select(vec![
        "text",
        "id",
        "data",
        "includes",
        "users",
        "errors",
        "messages",
        "chats",
        "list",
        "posts",
        "feed",
        "post",
        "record",
        "uri",
        "content",
        "account",
        "reblog",
        "body",
        "title",
        "created_at",
        "createdAt",
        "date_unixtime",
        "engagement",
        "public_metrics",
        "like_count",
        "$type",
        "subreddit",
        "score",
        "reactions",
        "count",
        "value",
    ]);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key.clone(), inner, 0..6).prop_map(|map| {
                serde_json::Value::Object(map.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

fn check(bytes: Vec<u8>, format: Format, options: &ReadOptions) {
    let line_count = bytes.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    for entry in read_bytes_as("prop", bytes, format, options) {
        let line = match &entry {
            Entry::Post(record) => {
                assert!(!record.post.text.trim().is_empty());
                assert!(!record.post.text.contains('\0'));
                record.line
            }
            Entry::Reject(reject) => {
                assert_eq!(reject.source, "prop");
                assert!(!reject.reason.is_empty());
                reject.line
            }
        };
        assert!(
            (1..=line_count).contains(&line),
            "line {line} of {line_count} in {format}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic_any_reader(bytes in hostile_bytes()) {
        let small = ReadOptions { max_record_bytes: 64, max_document_bytes: 256, ..ReadOptions::default() };
        for format in Format::ALL {
            check(bytes.clone(), format, &ReadOptions::default());
            check(bytes.clone(), format, &small);
        }
        prop_assert_ne!(detect_format("prop", &bytes), Format::Auto);
    }

    #[test]
    fn arbitrary_json_never_panics_any_reader(value in json_value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        for format in Format::ALL {
            check(text.clone().into_bytes(), format, &ReadOptions::default());
        }
    }

    #[test]
    fn canonical_is_idempotent_and_the_keys_are_total(text in "\\PC{0,80}") {
        let once = canonical(&text);
        prop_assert_eq!(canonical(&once), once.clone());
        prop_assert_eq!(content_key(&text).len(), 32);
        if !once.is_empty() {
            prop_assert_eq!(hamming(simhash(&text), simhash(&once)), 0);
            prop_assert_eq!(content_key(&text), content_key(&once));
        }
    }
}

/// Every record `csv-core` alone finds in `input`, as fields (the reference for [`RawRows`]).
fn csv_core_records(input: &[u8]) -> Vec<Vec<Vec<u8>>> {
    let mut parser = csv_core::Reader::new();
    let mut records = Vec::new();
    let mut rest = input;
    let mut out = vec![0u8; input.len() + 1];
    let mut ends = vec![0usize; input.len() + 1];
    let (mut out_len, mut ends_len) = (0, 0);
    loop {
        let (result, read, written, ended) =
            parser.read_record(rest, &mut out[out_len..], &mut ends[ends_len..]);
        rest = &rest[read..];
        out_len += written;
        ends_len += ended;
        match result {
            csv_core::ReadRecordResult::Record => {
                let mut start = 0;
                let mut fields = Vec::new();
                for &end in &ends[..ends_len] {
                    fields.push(out[start..end].to_vec());
                    start = end;
                }
                records.push(fields);
                out_len = 0;
                ends_len = 0;
            }
            csv_core::ReadRecordResult::End => return records,
            csv_core::ReadRecordResult::InputEmpty => {}
            other => panic!("buffers are as large as the input: {other:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn csv_rows_agree_with_csv_core_wherever_no_quote_is_left_open(
        input in prop::collection::vec(prop::sample::select(b"a,\"\n\r ".to_vec()), 0..80),
        limit in 1usize..100,
    ) {
        use upstander_ingest::csv_rows::{RawRow, RawRows, split_fields};
        let rows: Vec<RawRow> = RawRows::new(&input[..], limit).collect();
        let unclosed = rows.iter().any(|r| matches!(r, RawRow::UnclosedQuote { .. }));
        let too_long = rows.iter().any(|r| matches!(r, RawRow::TooLong { .. }));
        if !unclosed && !too_long {
            let ours: Vec<Vec<Vec<u8>>> = rows
                .iter()
                .map(|r| match r {
                    RawRow::Row { bytes, .. } => split_fields(bytes),
                    other => panic!("unexpected {other:?}"),
                })
                .collect();
            prop_assert_eq!(ours, csv_core_records(&input));
        }
        // Every row's line is within the input, and lines never go backwards.
        let newlines = input.iter().filter(|b| **b == b'\n').count() as u64;
        let mut last = 0;
        for row in &rows {
            let line = match row {
                RawRow::Row { line, .. }
                | RawRow::TooLong { line, .. }
                | RawRow::UnclosedQuote { line, .. }
                | RawRow::Failed { line, .. } => *line,
            };
            prop_assert!(line >= 1 && line <= newlines + 1, "line {} of {}", line, newlines);
            prop_assert!(line >= last);
            last = line;
        }
    }
}
