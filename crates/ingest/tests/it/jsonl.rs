//! The project's own JSON lines.

use upstander_core::Platform;
use upstander_ingest::{Format, ReadOptions};

use crate::support::{describe, posts, read_bytes, read_bytes_as, read_fixture, rejects, ts};

#[test]
fn the_jsonl_fixture_is_read_into_its_posts() {
    let entries = read_fixture("jsonl/posts.jsonl", Format::Jsonl);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    assert_eq!(posts.len(), 3);

    let first = &posts[0];
    assert_eq!(first.line, 1);
    assert_eq!(first.post.source_id.as_deref(), Some("r-2024-0001"));
    assert_eq!(first.post.platform, Platform::Web);
    assert_eq!(first.post.author.as_deref(), Some("witness_leeds"));
    assert_eq!(
        first.post.url.as_deref(),
        Some("https://forum.example.org/t/1234")
    );
    assert_eq!(first.post.created_at, ts("2024-05-01T08:30:00Z"));
    assert_eq!(first.post.lang.as_deref(), Some("en"));
    assert_eq!(first.post.engagement, Some(4));
    assert!(first.post.text.starts_with("Someone sprayed \"go home\""));

    let second = &posts[1];
    assert_eq!(
        second.post.source_id.as_deref(),
        Some("1002"),
        "numeric ids become strings"
    );
    assert_eq!(
        second.post.platform,
        Platform::X,
        "platform names are parsed leniently"
    );
    assert_eq!(second.post.author.as_deref(), Some("Éloïse"));
    assert_eq!(
        second.post.created_at,
        ts("2024-05-01T12:00:00Z"),
        "no offset means UTC"
    );
    assert_eq!(
        second.post.text,
        "Ce n'est pas « de l'humour » quand ça vise une religion entière. 😔"
    );

    let third = &posts[2];
    assert_eq!(third.line, 3);
    assert_eq!(third.post.platform, Platform::Other);
    assert_eq!(third.post.source_id, None);
    assert_eq!(
        third.post.created_at,
        ts("2024-05-01T12:00:00Z"),
        "unix seconds"
    );
    assert_eq!(third.post.engagement, Some(0));
}

#[test]
fn the_default_platform_applies_only_where_a_record_names_none() {
    let input = "{\"text\":\"a\"}\n{\"text\":\"b\",\"platform\":\"reddit\"}\n";
    let options = ReadOptions {
        default_platform: Some(Platform::Telegram),
        ..ReadOptions::default()
    };
    let entries = read_bytes_as("-", input.into(), Format::Jsonl, &options);
    let platforms: Vec<_> = posts(&entries).iter().map(|r| r.post.platform).collect();
    assert_eq!(platforms, [Platform::Telegram, Platform::Reddit]);
}

#[test]
fn an_unknown_platform_is_rejected_naming_the_field_and_the_known_ones() {
    let entries = read_bytes("{\"text\":\"a\",\"platform\":\"myspace\"}\n", Format::Jsonl);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1);
    assert_eq!(rejects[0].field.as_deref(), Some("platform"));
    assert!(rejects[0].reason.contains("myspace") && rejects[0].reason.contains("bluesky"));
}

#[test]
fn a_bad_timestamp_is_rejected_with_the_value_quoted() {
    let entries = read_bytes(
        "{\"text\":\"a\",\"created_at\":\"last tuesday\"}",
        Format::Jsonl,
    );
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].field.as_deref(), Some("created_at"));
    assert!(
        rejects[0].reason.contains("`last tuesday`"),
        "{}",
        rejects[0].reason
    );
}

#[test]
fn blank_optional_fields_count_as_missing_and_text_is_kept_exactly() {
    let entries = read_bytes(
        "{\"text\":\"  spaced  \",\"author\":\"\",\"url\":null,\"lang\":\" \"}",
        Format::Jsonl,
    );
    let posts = posts(&entries);
    assert_eq!(posts[0].post.text, "  spaced  ");
    assert_eq!(posts[0].post.author, None);
    assert_eq!(posts[0].post.url, None);
    assert_eq!(posts[0].post.lang, None);
}

#[test]
fn a_link_that_is_not_a_web_link_is_rejected_and_the_rest_kept() {
    let entries = read_bytes(
        "{\"id\":\"a\",\"text\":\"one\",\"url\":\"javascript:alert(1)\"}\n\
         {\"id\":\"b\",\"text\":\"two\",\"url\":\"not a url\"}\n\
         {\"id\":\"c\",\"text\":\"three\",\"url\":\"HTTPS://forum.example.org/t/9\"}\n\
         {\"id\":\"d\",\"text\":\"four\",\"url\":\"https:///no-host\"}\n",
        Format::Jsonl,
    );
    let rejected = rejects(&entries);
    assert_eq!(rejected.len(), 3, "{}", describe(&entries));
    for reject in &rejected {
        assert_eq!(reject.field.as_deref(), Some("url"));
        assert!(
            reject.reason.contains("http or https link"),
            "{}",
            reject.reason
        );
    }
    let kept = posts(&entries);
    assert_eq!(kept.len(), 1);
    assert_eq!(
        kept[0].post.url.as_deref(),
        Some("HTTPS://forum.example.org/t/9")
    );
}

#[test]
fn a_csv_link_is_checked_like_a_json_one() {
    let entries = read_bytes(
        "id,text,url\na,one,javascript:alert(1)\nb,two,https://example.org/p/2\n",
        Format::Csv,
    );
    assert_eq!(rejects(&entries).len(), 1, "{}", describe(&entries));
    assert_eq!(posts(&entries).len(), 1);
}
