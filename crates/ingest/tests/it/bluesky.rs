//! Bluesky records, post views and their responses.

use upstander_core::Platform;
use upstander_ingest::Format;

use crate::support::{describe, posts, read_bytes, read_fixture, rejects, ts};

#[test]
fn a_search_response_becomes_posts_with_handles_links_and_engagement() {
    let entries = read_fixture("bluesky/search_posts.json", Format::Bluesky);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    assert_eq!(posts.len(), 2);

    let first = &posts[0];
    assert_eq!(first.line, 5);
    assert_eq!(first.post.platform, Platform::Bluesky);
    assert_eq!(
        first.post.source_id.as_deref(),
        Some("at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kq4yqzqkks2a")
    );
    assert_eq!(first.post.author.as_deref(), Some("monitor.example.com"));
    assert_eq!(
        first.post.url.as_deref(),
        Some("https://bsky.app/profile/monitor.example.com/post/3kq4yqzqkks2a")
    );
    assert_eq!(first.post.created_at, ts("2024-05-06T14:03:01.234Z"));
    assert_eq!(first.post.lang.as_deref(), Some("en"));
    assert_eq!(first.post.engagement, Some(3 + 14 + 52 + 2));
    assert!(first.post.text.contains("@helper.bsky.social 🙌"));

    let second = &posts[1];
    assert_eq!(second.line, 33);
    assert_eq!(second.post.text, "Me llamaron «ilegal» en el metro hoy. 😞");
    assert_eq!(second.post.author.as_deref(), Some("jo-ríos.example"));
    assert_eq!(
        second.post.url.as_deref(),
        Some("https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/3kq5aaaaaaa2b"),
        "a handle that cannot go in a URL is replaced by the DID"
    );
    assert_eq!(
        second.post.created_at,
        ts("2024-05-06T20:00:00Z"),
        "indexedAt when createdAt is missing"
    );
    assert_eq!(second.post.lang.as_deref(), Some("es"));
}

#[test]
fn a_feed_response_is_read_through_its_post_views() {
    let entries = read_fixture("bluesky/feed.json", Format::Bluesky);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    let lines: Vec<_> = posts.iter().map(|r| r.line).collect();
    assert_eq!(lines, [4, 15]);
    assert_eq!(posts[0].post.engagement, Some(54));
    assert_eq!(posts[1].post.engagement, None);
    assert_eq!(
        posts[1].post.url.as_deref(),
        Some("https://bsky.app/profile/charity.example.org/post/3kqfeed00002")
    );
}

#[test]
fn bare_records_are_read_and_other_record_types_are_rejected() {
    let entries = read_fixture("bluesky/records.jsonl", Format::Bluesky);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 2, "{}", describe(&entries));
    assert_eq!(
        posts[0].post.text,
        "A bare record, as written by the client 🦋"
    );
    assert_eq!(posts[0].post.lang.as_deref(), Some("en"));
    assert_eq!(posts[0].post.source_id, None);
    assert_eq!(posts[1].post.created_at, ts("2024-05-08T10:05:00Z"));
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].line, 3);
    assert_eq!(rejects[0].field.as_deref(), Some("$type"));
    assert!(
        rejects[0].reason.contains("app.bsky.feed.like"),
        "{}",
        rejects[0].reason
    );
}

#[test]
fn a_repository_listing_takes_the_author_from_the_uri() {
    let input = r#"{"records":[{"uri":"at://did:plc:abc123/app.bsky.feed.post/3kxyz","cid":"b","value":{"$type":"app.bsky.feed.post","text":"hi","createdAt":"2024-05-01T00:00:00Z"}}]}"#;
    let entries = read_bytes(input, Format::Bluesky);
    let post = &posts(&entries)[0].post;
    assert_eq!(post.author.as_deref(), Some("did:plc:abc123"));
    assert_eq!(
        post.url.as_deref(),
        Some("https://bsky.app/profile/did:plc:abc123/post/3kxyz")
    );
}

#[test]
fn a_post_view_without_text_is_rejected_by_its_path() {
    let input = r#"{"posts":[{"uri":"at://did:plc:a/app.bsky.feed.post/1","record":{"$type":"app.bsky.feed.post","text":""}}]}"#;
    let entries = read_bytes(input, Format::Bluesky);
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].field.as_deref(), Some("posts[0].record.text"));
    assert_eq!(rejects[0].reason, "is empty");
}
