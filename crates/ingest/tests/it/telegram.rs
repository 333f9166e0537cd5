//! Telegram Desktop exports.

use upstander_core::Platform;
use upstander_ingest::Format;

use crate::support::{describe, posts, read_bytes, read_fixture, rejects, ts};

#[test]
fn a_chat_export_joins_rich_text_and_skips_service_messages() {
    let entries = read_fixture("telegram/result.json", Format::Telegram);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 2, "{}", describe(&entries));

    let welcome = &posts[0];
    assert_eq!(welcome.line, 18);
    assert_eq!(welcome.post.platform, Platform::Telegram);
    assert_eq!(welcome.post.source_id.as_deref(), Some("1234567890/2"));
    assert_eq!(
        welcome.post.author.as_deref(),
        Some("Leeds Community Watch")
    );
    assert_eq!(welcome.post.created_at, ts("2024-05-01T09:05:00Z"));
    assert_eq!(
        welcome.post.url, None,
        "exports do not know the channel's public username"
    );
    assert_eq!(welcome.post.engagement, None);

    let rich = &posts[1].post;
    assert_eq!(
        rich.text,
        "Update: the stickers near #Chapeltown are gone, thanks @cleanupcrew. Details: council page 🧽"
    );
    assert_eq!(rich.engagement, Some(17), "reaction counts add up");
}

#[test]
fn a_media_only_message_is_rejected_as_having_no_text() {
    let entries = read_fixture("telegram/result.json", Format::Telegram);
    let rejects = rejects(&entries);
    assert_eq!(rejects.len(), 1, "{}", describe(&entries));
    assert_eq!(rejects[0].field.as_deref(), Some("messages[3].text"));
    assert_eq!(rejects[0].reason, "message has no text");
    assert_eq!(rejects[0].line, 64);
}

#[test]
fn a_full_account_export_reads_every_chat_including_left_ones() {
    let entries = read_fixture("telegram/full_export.json", Format::Telegram);
    assert!(rejects(&entries).is_empty(), "{}", describe(&entries));
    let posts = posts(&entries);
    let ids: Vec<_> = posts
        .iter()
        .map(|r| r.post.source_id.as_deref().unwrap())
        .collect();
    assert_eq!(ids, ["777000111/10", "1888000222/501", "1999000333/7"]);

    let channel = &posts[1].post;
    assert_eq!(
        channel.text,
        "They are replacing us. Share before it's deleted!"
    );
    assert_eq!(
        channel.url.as_deref(),
        Some("https://t.me/patriotnews_example/501")
    );
    assert_eq!(channel.author.as_deref(), Some("Patriot News ✙"));
    assert_eq!(
        posts[2].post.author.as_deref(),
        Some("user1999"),
        "from_id when from is null"
    );
    assert_eq!(posts[2].post.created_at, ts("2024-04-01T12:00:00Z"));
}

#[test]
fn text_entities_are_used_when_text_is_missing_and_bad_parts_are_named() {
    let input = r#"{"id":1,"messages":[{"id":5,"type":"message","text_entities":[{"type":"plain","text":"from "},{"type":"bold","text":"entities"}]},{"id":6,"type":"message","text":["a",7]}]}"#;
    let entries = read_bytes(input, Format::Telegram);
    assert_eq!(posts(&entries)[0].post.text, "from entities");
    let rejects = rejects(&entries);
    assert_eq!(rejects[0].field.as_deref(), Some("messages[1].text[1]"));
}

#[test]
fn a_json_document_that_is_not_an_export_is_one_reject() {
    let entries = read_bytes(r#"{"hello": "world"}"#, Format::Telegram);
    assert_eq!(entries.len(), 1);
    assert!(
        rejects(&entries)[0]
            .reason
            .contains("`messages` or `chats.list`")
    );
}

#[test]
fn a_message_of_a_chat_without_an_id_has_no_bare_message_id() {
    let input = r#"{"chats":{"list":[{"name":"A","messages":[{"id":1,"type":"message","text":"one"}]},{"name":"B","messages":[{"id":1,"type":"message","text":"two"}]}]}}"#;
    let entries = read_bytes(input, Format::Telegram);
    let posts = posts(&entries);
    assert_eq!(posts.len(), 2, "{}", describe(&entries));
    assert!(posts.iter().all(|p| p.post.source_id.is_none()));
    assert_ne!(
        upstander_ingest::dedup::ingest_key(&posts[0].post),
        upstander_ingest::dedup::ingest_key(&posts[1].post)
    );
}
