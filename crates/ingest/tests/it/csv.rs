//! The project's columns as CSV.

use upstander_core::Platform;
use upstander_ingest::Format;

use crate::support::{describe, posts, read_bytes, read_fixture, rejects, ts};

#[test]
fn the_csv_fixture_is_read_with_columns_in_any_order_and_quoted_newlines() {
    let entries = read_fixture("csv/posts.csv", Format::Csv);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    assert_eq!(posts.len(), 3);

    assert_eq!(posts[0].line, 2);
    assert_eq!(
        posts[0].post.text,
        "Reported the account for slurs, screenshots saved."
    );
    assert_eq!(posts[0].post.source_id.as_deref(), Some("c-1"));
    assert_eq!(posts[0].post.platform, Platform::Reddit);
    assert_eq!(posts[0].post.author.as_deref(), Some("mod_team"));
    assert_eq!(posts[0].post.created_at, ts("2024-05-03T08:00:00Z"));
    assert_eq!(posts[0].post.engagement, Some(17));
    assert_eq!(posts[0].post.lang.as_deref(), Some("en"));

    assert_eq!(posts[1].line, 3);
    assert_eq!(
        posts[1].post.text,
        "Two lines:\n\"they should all leave\" — posted under the vigil photo 🕯️"
    );
    assert_eq!(posts[1].post.author.as_deref(), Some("Ayşe Yılmaz"));
    assert_eq!(posts[1].post.created_at, ts("2024-05-03T10:15:00Z"));
    assert_eq!(posts[1].post.engagement, None);
    assert_eq!(posts[1].post.platform, Platform::Facebook);

    assert_eq!(
        posts[2].line, 5,
        "the quoted newline moves the next row down a line"
    );
    assert_eq!(posts[2].post.text, "Plain row without quotes");
    assert_eq!(posts[2].post.platform, Platform::Other);
    assert_eq!(posts[2].post.created_at, None);
}

#[test]
fn a_ragged_csv_row_is_rejected_with_its_line_and_the_rest_goes_on() {
    let entries = read_fixture("bad/ragged.csv", Format::Csv);
    let summary: Vec<(u64, bool)> = entries
        .iter()
        .map(|e| match e {
            upstander_ingest::Entry::Post(r) => (r.line, true),
            upstander_ingest::Entry::Reject(r) => (r.line, false),
        })
        .collect();
    assert_eq!(
        summary,
        [(2, true), (3, false), (4, true), (6, false), (7, true)],
        "{}",
        describe(&entries)
    );
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].reason, "row has 4 fields but the header has 3");
    assert_eq!(rejects[0].source, "bad/ragged.csv");
    assert_eq!(posts(&entries)[1].post.text, "spans\ntwo lines");
}

#[test]
fn a_header_without_a_text_column_is_one_reject_naming_text() {
    let entries = read_bytes("id,body\n1,hello\n", Format::Csv);
    assert_eq!(entries.len(), 1, "{}", describe(&entries));
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].field.as_deref(), Some("text"));
    assert!(
        rejects[0].reason.contains("found: id, body"),
        "{}",
        rejects[0].reason
    );
}

#[test]
fn csv_with_bom_crlf_and_blank_lines_reads_cleanly() {
    let entries = read_bytes(
        b"\xEF\xBB\xBFText,Engagement\r\n\r\nhello,3\r\n   \r\n,\r\n\"bye\",\r\n".to_vec(),
        Format::Csv,
    );
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    assert_eq!(posts.len(), 2);
    assert_eq!((posts[0].line, posts[0].post.engagement), (3, Some(3)));
    assert_eq!((posts[1].line, posts[1].post.text.as_str()), (6, "bye"));
}

#[test]
fn bad_csv_cells_are_rejected_naming_the_column() {
    let mut input = b"text,engagement,author\n".to_vec();
    input.extend_from_slice(b"a,many,x\n");
    input.extend_from_slice(b"b,1,caf\xE9\n");
    input.extend_from_slice(b"\"  \",1,x\n");
    input.extend_from_slice(b"c\x00d,1,x\n");
    let entries = read_bytes(input, Format::Csv);
    let rejects = rejects(&entries);
    let fields: Vec<_> = rejects
        .iter()
        .map(|r| (r.line, r.field.as_deref().unwrap()))
        .collect();
    assert_eq!(
        fields,
        [(2, "engagement"), (3, "author"), (4, "text"), (5, "text")],
        "{}",
        describe(&entries)
    );
    assert_eq!(
        rejects[0].reason,
        "expected a non-negative integer, found `many`"
    );
}

#[test]
fn a_quoted_header_after_a_bom_is_read() {
    let entries = read_bytes(
        b"\xEF\xBB\xBF\"text\",\"id\"\n\"hi, there\",7\n".to_vec(),
        Format::Csv,
    );
    let posts = posts(&entries);
    assert_eq!(posts.len(), 1, "{}", describe(&entries));
    assert_eq!(posts[0].post.text, "hi, there");
    assert_eq!(posts[0].post.source_id.as_deref(), Some("7"));
}

#[test]
fn an_unclosed_quote_rejects_its_row_at_the_quote_line_and_later_rows_are_kept() {
    let input = "id,text\nq1,\"unbalanced quote all muslims are vermin\nq2,fine text\nq3,another\n";
    let entries = read_bytes(input, Format::Csv);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1, "{}", describe(&entries));
    assert_eq!(rejects[0].line, 2);
    assert!(
        rejects[0].reason.starts_with("unclosed quote opened here"),
        "{}",
        rejects[0].reason
    );
    assert!(rejects[0].reason.contains("resumes at line 3"));
    let posts = posts(&entries);
    let kept: Vec<(u64, &str)> = posts
        .iter()
        .map(|r| (r.line, r.post.text.as_str()))
        .collect();
    assert_eq!(kept, [(3, "fine text"), (4, "another")]);
}

#[test]
fn an_unclosed_quote_past_the_record_limit_does_not_swallow_the_rest_of_a_large_file() {
    let mut input = String::from("id,text\na0,fine first\na1,\"oops unbalanced\n");
    for i in 2..20_000 {
        input.push_str(&format!("a{i},post number {i}\n"));
    }
    let options = upstander_ingest::ReadOptions {
        max_record_bytes: 4096,
        ..upstander_ingest::ReadOptions::default()
    };
    let entries = crate::support::read_bytes_as("-", input.into_bytes(), Format::Csv, &options);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1, "{}", describe(&entries));
    assert_eq!(rejects[0].line, 3);
    assert!(rejects[0].reason.contains("unclosed quote opened here"));
    assert!(rejects[0].reason.contains("4096 bytes"));
    let posts = posts(&entries);
    assert_eq!(posts.len(), 19_999);
    assert_eq!(posts[1].post.text, "post number 2");
    assert_eq!(posts[1].line, 4);
    assert_eq!(posts[19_998].post.text, "post number 19999");
}

#[test]
fn a_multi_line_quoted_field_that_closes_is_still_one_post() {
    let input = "id,text\nm1,\"line one\nline \"\"two\"\"\nline three\"\nm2,after\n";
    let entries = read_bytes(input, Format::Csv);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    assert_eq!(posts[0].post.text, "line one\nline \"two\"\nline three");
    assert_eq!(posts[1].line, 5);
}

#[test]
fn an_unclosed_quote_in_the_header_row_is_rejected_as_such() {
    let entries = read_bytes("id,\"text\nq1,a\n", Format::Csv);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1, "{}", describe(&entries));
    assert_eq!(rejects[0].line, 1);
    assert!(rejects[0].reason.contains("unclosed quote opened here"));
}
