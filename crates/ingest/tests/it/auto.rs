//! Format sniffing: every fixture is recognised, and reading with `auto` gives the same
//! entries as naming the format.

use upstander_ingest::{Format, detect_format};

use crate::support::{fixture, read_fixture};

const FIXTURES: [(&str, Format); 17] = [
    ("jsonl/posts.jsonl", Format::Jsonl),
    ("csv/posts.csv", Format::Csv),
    ("x/search_recent.json", Format::X),
    ("x/tweet.json", Format::X),
    ("x/pages.jsonl", Format::X),
    ("mastodon/timeline.json", Format::Mastodon),
    ("mastodon/status.json", Format::Mastodon),
    ("mastodon/statuses.jsonl", Format::Mastodon),
    ("bluesky/search_posts.json", Format::Bluesky),
    ("bluesky/feed.json", Format::Bluesky),
    ("bluesky/records.jsonl", Format::Bluesky),
    ("reddit/comments.jsonl", Format::Reddit),
    ("reddit/submissions.jsonl", Format::Reddit),
    ("telegram/result.json", Format::Telegram),
    ("telegram/full_export.json", Format::Telegram),
    ("bad/mixed.jsonl", Format::Jsonl),
    ("bad/ragged.csv", Format::Csv),
];

#[test]
fn every_fixture_is_detected_as_its_format() {
    for (name, expected) in FIXTURES {
        let head = std::fs::read(fixture(name)).unwrap();
        assert_eq!(detect_format(name, &head), expected, "{name}");
    }
}

#[test]
fn content_decides_when_the_name_says_nothing() {
    for (name, expected) in FIXTURES {
        let head = std::fs::read(fixture(name)).unwrap();
        assert_eq!(
            detect_format("-", &head),
            expected,
            "{name} read from stdin"
        );
    }
}

#[test]
fn reading_with_auto_gives_the_same_entries_as_naming_the_format() {
    for (name, format) in FIXTURES {
        assert_eq!(
            read_fixture(name, Format::Auto),
            read_fixture(name, format),
            "{name}"
        );
    }
}

#[test]
fn keys_decide_between_platform_shapes() {
    let cases: [(&str, Format); 9] = [
        (r#"{"messages": []}"#, Format::Telegram),
        (
            r#"{"about": "x", "personal_information": {"user_id": 1}, "contacts": {"list": [1, 2"#,
            Format::Telegram,
        ),
        (
            r#"{"data": [{"id": "1", "text": "t"}], "meta": {}}"#,
            Format::X,
        ),
        (
            r#"{"$type": "app.bsky.feed.post", "text": "t"}"#,
            Format::Bluesky,
        ),
        (r#"{"feed": []}"#, Format::Bluesky),
        (
            r#"{"id": "1", "content": "<p>t</p>", "account": {"acct": "a"}}"#,
            Format::Mastodon,
        ),
        (r#"{"body": "t", "subreddit": "s"}"#, Format::Reddit),
        (r#"{"text": "t", "author": "a"}"#, Format::Jsonl),
        ("\u{FEFF}  \n {\"subreddit_id\": \"t5\"", Format::Reddit),
    ];
    for (head, expected) in cases {
        assert_eq!(
            detect_format("in.json", head.as_bytes()),
            expected,
            "{head}"
        );
    }
}

#[test]
fn sniffing_arbitrary_bytes_never_says_auto() {
    for head in [
        &b""[..],
        b"\xFF\xFE",
        b"[[[[",
        b"{\"",
        b"\"unterminated",
        b"[1, {\"a\":",
    ] {
        assert_ne!(detect_format("-", head), Format::Auto);
    }
}

#[test]
fn a_first_record_longer_than_the_sniffed_bytes_is_still_detected_by_its_later_keys() {
    let long = "y".repeat(70_000);
    let input = format!(
        "{{\"id\":\"r0\",\"body\":\"{long}\",\"subreddit\":\"a\"}}\n{{\"id\":\"r1\",\"body\":\"all muslims are vermin\",\"subreddit\":\"a\"}}\n"
    );
    let entries = crate::support::read_bytes_as(
        "lr.jsonl",
        input.into_bytes(),
        Format::Auto,
        &upstander_ingest::ReadOptions::default(),
    );
    let posts = crate::support::posts(&entries);
    assert_eq!(posts.len(), 2, "{}", crate::support::describe(&entries));
    assert_eq!(posts[1].post.platform, upstander_core::Platform::Reddit);
}

#[test]
fn when_nothing_in_an_auto_detected_file_is_read_the_rejects_name_the_format_assumed() {
    let input = "{\"id\":\"1\",\"body\":\"no text\"}\n{\"id\":\"2\",\"body\":\"none\"}\n";
    let entries = crate::support::read_bytes(input, Format::Auto);
    let rejects = crate::support::rejects(&entries);
    assert_eq!(rejects.len(), 2);
    for reject in rejects {
        assert!(reject.reason.contains("read as jsonl"), "{}", reject.reason);
    }
    // With a post among them, the rejects read exactly as with the format named.
    let input = "{\"id\":\"1\"}\n{\"id\":\"2\",\"text\":\"fine\"}\n";
    assert_eq!(
        crate::support::read_bytes(input, Format::Auto),
        crate::support::read_bytes(input, Format::Jsonl)
    );
}

#[test]
fn bare_mastodon_statuses_with_only_an_id_and_content_are_detected() {
    for head in [
        r#"[{"id":"111","content":"<p>masto array one</p>"},{"id":"112","content":"<p>two</p>"}]"#,
        r#"{"id": "0", "content": "<p>x</p>"}"#,
    ] {
        assert_eq!(
            detect_format("in.json", head.as_bytes()),
            Format::Mastodon,
            "{head}"
        );
    }
    assert_eq!(
        detect_format("in.json", br#"{"text": "t", "content": "c"}"#),
        Format::Jsonl
    );
}
