//! Pushshift-style Reddit dumps.

use upstander_core::Platform;
use upstander_ingest::Format;

use crate::support::{describe, posts, read_bytes, read_fixture, rejects, texts, ts};

#[test]
fn comments_are_read_with_fullnames_permalinks_and_clamped_scores() {
    let entries = read_fixture("reddit/comments.jsonl", Format::Reddit);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 2, "{}", describe(&entries));

    let first = &posts[0].post;
    assert_eq!(first.platform, Platform::Reddit);
    assert_eq!(first.source_id.as_deref(), Some("t1_kq1abcd"));
    assert_eq!(first.author.as_deref(), Some("throwaway_uk_22"));
    assert_eq!(
        first.url.as_deref(),
        Some(
            "https://www.reddit.com/r/unitedkingdom/comments/1cabcde/council_removes_graffiti/kq1abcd/"
        )
    );
    assert_eq!(first.created_at, ts("2024-05-01T12:00:00Z"));
    assert_eq!(first.engagement, Some(57));
    assert_eq!(first.lang, None);

    let old = &posts[1].post;
    assert_eq!(posts[1].line, 2);
    assert_eq!(old.text, "Şu yorumlar utanç verici 😤");
    assert_eq!(old.author, None, "[deleted] authors are unknown");
    assert_eq!(
        old.created_at,
        ts("2018-05-01T00:00:00Z"),
        "created_utc as a string"
    );
    assert_eq!(old.engagement, Some(0), "negative scores count as zero");
    assert_eq!(
        old.url.as_deref(),
        Some("https://www.reddit.com/r/europe/comments/8xyz12/_/c0ffee1/"),
        "built from subreddit, link and id when there is no permalink"
    );
}

#[test]
fn deleted_and_removed_comments_are_rejected_saying_so() {
    let entries = read_fixture("reddit/comments.jsonl", Format::Reddit);
    let rejects = rejects(&entries);
    let summary: Vec<_> = rejects
        .iter()
        .map(|r| (r.line, r.field.as_deref().unwrap(), r.reason.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (3, "body", "the comment was [deleted] and has no text left"),
            (4, "body", "the comment was [removed] and has no text left"),
        ]
    );
}

#[test]
fn submissions_join_title_and_body_and_count_comments() {
    let entries = read_fixture("reddit/submissions.jsonl", Format::Reddit);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    assert_eq!(
        posts[0].post.text,
        "Council removes graffiti targeting the Sikh temple\n\nSecond time this month. Photos in the comments; the police have a crime number."
    );
    assert_eq!(posts[0].post.source_id.as_deref(), Some("t3_1cabcde"));
    assert_eq!(posts[0].post.engagement, Some(1520 + 312));
    assert_eq!(
        posts[0].post.created_at,
        ts("2024-05-01T10:40:00Z"),
        "float seconds"
    );
    assert_eq!(
        posts[1].post.text,
        "Report on online abuse of footballers published 📄"
    );
    assert_eq!(posts[1].post.engagement, Some(48));
    assert_eq!(
        posts[1].post.url.as_deref(),
        Some("https://www.reddit.com/r/soccer/comments/1cfffff/report_on_online_abuse/"),
        "the permalink, not the link target"
    );
}

#[test]
fn an_object_that_is_neither_a_comment_nor_a_submission_is_rejected() {
    let entries = read_bytes(r#"{"id":"x","subreddit":"a"}"#, Format::Reddit);
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].field.as_deref(), Some("body"));
    assert!(
        rejects[0].reason.contains("neither"),
        "{}",
        rejects[0].reason
    );
}

#[test]
fn reddits_html_escapes_are_decoded_in_bodies_titles_and_selftext() {
    let input = concat!(
        r#"{"id": "c1", "body": "&gt; quoted line\n\nreply &amp; more &amp;amp;", "subreddit": "uk"}"#,
        "\n",
        r#"{"id": "s1", "title": "Q&amp;A", "selftext": "a &lt; b", "subreddit": "uk"}"#,
        "\n",
    );
    let entries = read_bytes(input, Format::Reddit);
    assert_eq!(
        texts(&entries),
        ["> quoted line\n\nreply & more &amp;", "Q&A\n\na < b"]
    );
}
