//! X API v2 responses.

use upstander_core::Platform;
use upstander_ingest::Format;

use crate::support::{describe, posts, read_bytes, read_fixture, rejects, texts, ts};

#[test]
fn a_search_response_becomes_posts_with_usernames_urls_and_engagement() {
    let entries = read_fixture("x/search_recent.json", Format::X);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 3, "{}", describe(&entries));

    let first = &posts[0].post;
    assert_eq!(posts[0].line, 3, "the line where the tweet's object starts");
    assert_eq!(first.platform, Platform::X);
    assert_eq!(first.source_id.as_deref(), Some("1785712345678901234"));
    assert_eq!(first.author.as_deref(), Some("TellUsLeeds"));
    assert_eq!(
        first.url.as_deref(),
        Some("https://x.com/TellUsLeeds/status/1785712345678901234")
    );
    assert_eq!(first.created_at, ts("2024-05-01T18:04:11Z"));
    assert_eq!(first.lang.as_deref(), Some("en"));
    assert_eq!(
        first.engagement,
        Some(12 + 3 + 40 + 1),
        "bookmarks and impressions do not count"
    );
    assert!(first.text.contains("😡 #Leeds https://t.co/AbC123xYz"));

    let long = &posts[1].post;
    assert!(long.text.starts_with("What we heard"));
    assert!(
        long.text
            .ends_with("We have sent the club the clips and the seat numbers."),
        "note_tweet.text wins over the truncated text"
    );
    assert_eq!(long.author.as_deref(), Some("ayesha_k"));
    assert_eq!(long.engagement, Some(230 + 41 + 1200 + 17));

    let unresolved = &posts[2].post;
    assert_eq!(
        unresolved.author.as_deref(),
        Some("987654321"),
        "falls back to the author id"
    );
    assert_eq!(
        unresolved.url.as_deref(),
        Some("https://x.com/i/status/1785712345678901400")
    );
    assert_eq!(unresolved.lang.as_deref(), Some("fr"));
}

#[test]
fn partial_errors_in_a_response_become_rejects_and_do_not_stop_it() {
    let entries = read_fixture("x/search_recent.json", Format::X);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1, "{}", describe(&entries));
    assert_eq!(rejects[0].field.as_deref(), Some("errors[0]"));
    assert_eq!(rejects[0].line, 48);
    assert!(
        rejects[0].reason.contains("Not Found Error"),
        "{}",
        rejects[0].reason
    );
    assert!(
        rejects[0].reason.contains("1785700000000000000"),
        "{}",
        rejects[0].reason
    );
}

#[test]
fn a_single_tweet_response_is_read() {
    let entries = read_fixture("x/tweet.json", Format::X);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 1, "{}", describe(&entries));
    assert_eq!(posts[0].line, 2);
    assert_eq!(posts[0].post.author.as_deref(), Some("harehills_res"));
    assert_eq!(
        posts[0].post.url.as_deref(),
        Some("https://x.com/harehills_res/status/1786000000000000042")
    );
    assert_eq!(posts[0].post.engagement, Some(12));
}

#[test]
fn json_lines_of_responses_are_read_page_by_page() {
    let entries = read_fixture("x/pages.jsonl", Format::X);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    let summary: Vec<_> = posts
        .iter()
        .map(|r| (r.line, r.post.author.as_deref().unwrap()))
        .collect();
    assert_eq!(summary, [(1, "user_one"), (1, "user_two"), (2, "user_one")]);
    assert_eq!(posts[1].post.lang, None, "`und` means unknown");
    assert_eq!(posts[1].post.engagement, None, "no public_metrics");
    assert_eq!(posts[2].post.text, "Second page: نحن ضد الكراهية");
}

#[test]
fn a_bad_tweet_is_rejected_by_its_path_and_its_neighbours_are_kept() {
    let input = r#"{"data":[{"id":"1","text":"ok"},{"id":"2"},{"id":"3","text":"ok","public_metrics":{"like_count":"9"}},{"id":"4","text":"ok"}]}"#;
    let entries = read_bytes(input, Format::X);
    let rejects = rejects(&entries);
    let fields: Vec<_> = rejects
        .iter()
        .map(|r| r.field.as_deref().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["data[1].text", "data[2].public_metrics.like_count"]
    );
    assert_eq!(rejects[0].reason, "missing");
    assert_eq!(posts(&entries).len(), 2);
}

#[test]
fn a_pretty_document_with_a_syntax_error_is_one_reject_with_line_and_column() {
    let input = "{\n  \"data\": [\n    {\"id\": \"1\", \"text\": \"a\"},\n    {\"id\": \"2\" \"text\": \"b\"}\n  ]\n}\n";
    let entries = read_bytes(input, Format::X);
    assert_eq!(entries.len(), 1, "{}", describe(&entries));
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].line, 4);
    assert!(
        rejects[0]
            .reason
            .starts_with("invalid JSON at line 4, column"),
        "{}",
        rejects[0].reason
    );
}

#[test]
fn entries_come_out_in_input_order_even_when_errors_precede_data() {
    let input = "{\n  \"errors\": [{\"title\": \"Not Found Error\"}],\n  \"data\": [{\"id\": \"1\", \"text\": \"a\"}]\n}\n";
    let entries = read_bytes(input, Format::X);
    let lines: Vec<u64> = entries
        .iter()
        .map(|e| match e {
            upstander_ingest::Entry::Post(r) => r.line,
            upstander_ingest::Entry::Reject(r) => r.line,
        })
        .collect();
    assert_eq!(lines, [2, 3], "{}", describe(&entries));
    assert!(matches!(entries[0], upstander_ingest::Entry::Reject(_)));
}

#[test]
fn the_apis_html_escapes_are_decoded_once() {
    let input = r#"{"data": [
        {"id": "1", "text": "Fish &amp; chips &lt;3 &gt;_&lt;"},
        {"id": "2", "text": "I typed &amp;lt; on purpose, and R&D; stays"},
        {"id": "3", "text": "x", "note_tweet": {"text": "Long &amp; full"}}
    ]}"#;
    let entries = read_bytes(input, Format::X);
    assert_eq!(
        texts(&entries),
        [
            "Fish & chips <3 >_<",
            "I typed &lt; on purpose, and R&D; stays",
            "Long & full"
        ]
    );
}

#[test]
fn an_object_that_is_not_an_x_response_is_rejected_saying_what_was_expected() {
    for (input, found) in [
        ("{}", "found an empty object"),
        (r#"{"foo":[1,2]}"#, "found keys `foo`"),
        (
            r#"{"name":"Chat","type":"private_group","id":7,"messages":[{"id":1,"type":"message","text":"hi"}]}"#,
            "found keys `id`, `messages`, `name`, `type`",
        ),
    ] {
        let entries = read_bytes(input, Format::X);
        assert_eq!(entries.len(), 1, "{input}: {}", describe(&entries));
        let rejects = rejects(&entries);
        assert_eq!(rejects.len(), 1, "{input}: {}", describe(&entries));
        assert!(
            rejects[0].reason.starts_with(
                "not an X API response: expected an object with `data`, `errors`, `includes` or `meta`"
            ),
            "{}",
            rejects[0].reason
        );
        assert!(rejects[0].reason.ends_with(found), "{}", rejects[0].reason);
    }
}

#[test]
fn an_empty_page_and_an_includes_only_response_read_nothing_without_a_reject() {
    for input in [
        r#"{"meta":{"result_count":0}}"#,
        r#"{"includes":{"users":[]}}"#,
    ] {
        let entries = read_bytes(input, Format::X);
        assert!(entries.is_empty(), "{input}: {}", describe(&entries));
    }
}
