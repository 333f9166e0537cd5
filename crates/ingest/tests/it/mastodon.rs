//! Mastodon statuses.

use upstander_core::Platform;
use upstander_ingest::Format;

use crate::support::{describe, posts, read_bytes, read_fixture, rejects, ts};

#[test]
fn a_timeline_array_becomes_posts_with_html_turned_into_text() {
    let entries = read_fixture("mastodon/timeline.json", Format::Mastodon);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 3, "{}", describe(&entries));

    let first = &posts[0];
    assert_eq!(first.line, 2);
    assert_eq!(first.post.platform, Platform::Mastodon);
    assert_eq!(
        first.post.text,
        "@bob thanks for the report & the screenshots 🙏\n\nFull write-up: \
         https://news.example.org/2024/05/graffiti-on-the-synagogue-wall\nPlease share. #NotInOurName"
    );
    assert_eq!(
        first.post.source_id.as_deref(),
        Some("https://mastodon.example/users/alice/statuses/112345678901234567")
    );
    assert_eq!(
        first.post.url.as_deref(),
        Some("https://mastodon.example/@alice/112345678901234567")
    );
    assert_eq!(
        first.post.author.as_deref(),
        Some("alice@mastodon.example"),
        "local accounts get their server"
    );
    assert_eq!(first.post.created_at, ts("2024-05-01T09:12:45Z"));
    assert_eq!(first.post.lang.as_deref(), Some("en"));
    assert_eq!(first.post.engagement, Some(11 + 5 + 2));
}

#[test]
fn a_boost_is_read_as_the_boosted_status() {
    let entries = read_fixture("mastodon/timeline.json", Format::Mastodon);
    let boosted = &posts(&entries)[1].post;
    assert_eq!(
        boosted.text,
        "Hass ist keine Meinung. Übergriffe gegen Geflüchtete in Köln gemeldet → bitte weiterleiten."
    );
    assert_eq!(boosted.author.as_deref(), Some("dieter@social.example.de"));
    assert_eq!(
        boosted.url.as_deref(),
        Some("https://social.example.de/@dieter/112345000000000001")
    );
    assert_eq!(boosted.created_at, ts("2024-04-30T22:01:02Z"));
    assert_eq!(boosted.lang.as_deref(), Some("de"));
    assert_eq!(boosted.engagement, Some(94));
}

#[test]
fn a_content_warning_becomes_the_first_line() {
    let entries = read_fixture("mastodon/timeline.json", Format::Mastodon);
    assert_eq!(
        posts(&entries)[2].post.text,
        "CW: racist abuse quoted\nThis is what was shouted at my neighbour today:\n\n\"go back where you came from\""
    );
}

#[test]
fn a_media_only_status_is_rejected_naming_content() {
    let entries = read_fixture("mastodon/timeline.json", Format::Mastodon);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1, "{}", describe(&entries));
    assert_eq!(rejects[0].field.as_deref(), Some("[3].content"));
    assert_eq!(rejects[0].line, 76);
}

#[test]
fn a_single_status_and_json_lines_of_statuses_are_read() {
    let single = read_fixture("mastodon/status.json", Format::Mastodon);
    assert_eq!(
        posts(&single)[0].post.text,
        "Zgłosiłam wpis. Dziękuję za pomoc 💜"
    );
    assert_eq!(posts(&single)[0].line, 1);

    let lines = read_fixture("mastodon/statuses.jsonl", Format::Mastodon);
    let posts = posts(&lines);
    assert_eq!(posts.len(), 2, "{}", describe(&lines));
    assert_eq!(posts[0].post.text, "line one\nline two");
    assert_eq!(posts[1].line, 2);
    assert_eq!(
        posts[1].post.author.as_deref(),
        Some("frank@remote.example")
    );
}

#[test]
fn a_wrong_type_inside_a_status_names_its_path() {
    let entries = read_bytes(
        r#"[{"content":"<p>a</p>","account":{"acct":"a"},"favourites_count":-1}]"#,
        Format::Mastodon,
    );
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].field.as_deref(), Some("[0].favourites_count"));
    assert_eq!(
        rejects[0].reason,
        "expected a non-negative integer, found -1"
    );
}
