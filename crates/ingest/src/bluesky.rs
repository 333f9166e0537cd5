//! Bluesky (AT Protocol) posts in the shapes people save them:
//!
//! * `app.bsky.feed.post` records: `{"$type": "app.bsky.feed.post", "text", "createdAt",
//!   "langs", "facets"…}`. A bare record carries no author, id or link.
//! * post views, as in `app.bsky.feed.getPosts` / `searchPosts` (`{"posts": [view…]}`) and
//!   feeds (`{"feed": [{"post": view}…]}`): `uri`, `author {did, handle}`, `record`, and the
//!   like/repost/reply/quote counts, which make the engagement.
//! * repository listings (`com.atproto.repo.listRecords`: `{"records": [{"uri", "value"}…]}`),
//!   where the author is the DID in the URI.
//!
//! The link is `https://bsky.app/profile/{handle or DID}/post/{rkey}`, from the `at://` URI.

use serde_json::Value;
use serde_json::value::RawValue;
use upstander_core::{NewPost, Platform};

use crate::fields::{FieldError, Obj, quote, sum_counts, url_safe};
use crate::json::{Planner, What, plan_items, raw_array, raw_kind, raw_object};

const POST_TYPE: &str = "app.bsky.feed.post";

pub(crate) fn plan(planner: &mut Planner<'_>, top: &RawValue) {
    if let Some(items) = raw_array(top) {
        for (i, item) in items.into_iter().enumerate() {
            planner.job(item, format!("[{i}]"), What::Bluesky);
        }
        return;
    }
    let Some(members) = raw_object(top) else {
        planner.reject(
            top,
            "",
            format!("expected a JSON object or array, found {}", raw_kind(top)),
        );
        return;
    };
    if members.contains_key("posts") {
        plan_items(planner, &members, "posts", "", || What::Bluesky);
    } else if members.contains_key("records") {
        plan_items(planner, &members, "records", "", || What::Bluesky);
    } else if let Some(feed) = members.get("feed").copied() {
        let Some(items) = raw_array(feed) else {
            planner.reject(
                feed,
                "feed",
                format!("expected an array, found {}", raw_kind(feed)),
            );
            return;
        };
        for (i, item) in items.into_iter().enumerate() {
            let path = format!("feed[{i}]");
            match raw_object(item).and_then(|entry| entry.get("post").copied()) {
                Some(post) => planner.job(post, format!("{path}.post"), What::Bluesky),
                None => planner.reject(item, path, "expected an object with a `post`".to_owned()),
            }
        }
    } else {
        planner.job(top, String::new(), What::Bluesky);
    }
}

/// `at://{authority}/app.bsky.feed.post/{rkey}` → (authority, rkey).
fn split_post_uri(uri: &str) -> Option<(&str, &str)> {
    let mut parts = uri.strip_prefix("at://")?.split('/');
    let authority = parts.next()?;
    let collection = parts.next()?;
    let rkey = parts.next()?;
    (collection == POST_TYPE && parts.next().is_none()).then_some((authority, rkey))
}

fn post_url(profile: &str, rkey: &str) -> Option<String> {
    (url_safe(profile, ".-_:") && url_safe(rkey, "._:~-"))
        .then(|| format!("https://bsky.app/profile/{profile}/post/{rkey}"))
}

/// Text, time and language of a post record.
fn record_parts(
    record: &Obj<'_>,
) -> Result<(String, Option<upstander_core::Timestamp>, Option<String>), FieldError> {
    if let Some(kind) = record.opt_str("$type")?
        && kind != POST_TYPE
    {
        return Err(FieldError::at(
            record.path("$type"),
            format!("expected `{POST_TYPE}`, found {}", quote(kind)),
        ));
    }
    let text = record.text("text")?;
    let lang = match record.array("langs")? {
        Some(langs) => langs
            .iter()
            .filter_map(Value::as_str)
            .find(|l| !l.trim().is_empty()),
        None => None,
    };
    Ok((text, record.opt_time("createdAt")?, lang.map(str::to_owned)))
}

pub(crate) fn convert(value: &Value) -> Result<NewPost, FieldError> {
    let object = Obj::root(value)?;
    let uri = object.opt_string("uri")?;
    if object.has("record") && uri.is_some() {
        return from_view(&object, uri);
    }
    if let (Some(record), Some(uri)) = (object.object("value")?, uri) {
        let (text, created_at, lang) = record_parts(&record)?;
        let parts = split_post_uri(&uri);
        return Ok(NewPost {
            source_id: Some(uri.clone()),
            platform: Platform::Bluesky,
            text,
            author: parts.map(|(did, _)| did.to_owned()),
            url: parts.and_then(|(did, rkey)| post_url(did, rkey)),
            created_at,
            lang,
            engagement: None,
        });
    }
    let (text, created_at, lang) = record_parts(&object)?;
    Ok(NewPost {
        source_id: None,
        platform: Platform::Bluesky,
        text,
        author: None,
        url: None,
        created_at,
        lang,
        engagement: None,
    })
}

fn from_view(view: &Obj<'_>, uri: Option<String>) -> Result<NewPost, FieldError> {
    let record = view
        .object("record")?
        .ok_or_else(|| FieldError::at(view.path("record"), "missing"))?;
    let (text, created_at, lang) = record_parts(&record)?;
    let (handle, did) = match view.object("author")? {
        Some(author) => (author.opt_string("handle")?, author.opt_string("did")?),
        None => (None, None),
    };
    let parts = uri.as_deref().and_then(split_post_uri);
    // Handles can change; the link still works with the DID, which cannot.
    let url = parts.and_then(|(authority, rkey)| {
        let profile = handle
            .as_deref()
            .filter(|h| url_safe(h, ".-"))
            .unwrap_or(authority);
        post_url(profile, rkey)
    });
    // `createdAt` is set by the posting client and `indexedAt` by the server: fall back to
    // the server's time when the client's is missing.
    let created_at = match created_at {
        Some(time) => Some(time),
        None => view.opt_time("indexedAt")?,
    };
    Ok(NewPost {
        source_id: uri,
        platform: Platform::Bluesky,
        text,
        author: handle.or(did),
        url,
        created_at,
        lang,
        engagement: sum_counts(&[
            view.opt_count("likeCount")?,
            view.opt_count("repostCount")?,
            view.opt_count("replyCount")?,
            view.opt_count("quoteCount")?,
        ]),
    })
}
