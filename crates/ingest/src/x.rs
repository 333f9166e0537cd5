//! X API v2 responses.
//!
//! A response is `{"data": [tweet…] | tweet, "includes": {"users": [user…]}, "errors": […],
//! "meta": {…}}`. Each tweet becomes a post: `note_tweet.text` (the full text of a long post)
//! wins over `text`, with the API's `&amp;`, `&lt;` and `&gt;` decoded; `author_id` is resolved to `@username` through `includes.users`;
//! engagement is retweets + replies + likes + quotes. Each entry of `errors` (partial errors
//! such as a deleted tweet) becomes a reject, not a failure of the response. A bare array of
//! tweets, or a bare tweet, is read too.

use std::sync::Arc;

use serde_json::Value;
use serde_json::value::RawValue;
use upstander_core::{NewPost, Platform};

use crate::fields::{FieldError, Obj, sum_counts, unescape_platform_text, url_safe};
use crate::json::{Planner, Users, What, plan_items, raw_array, raw_is_null, raw_kind, raw_object};

pub(crate) fn plan(planner: &mut Planner<'_>, top: &RawValue) {
    if let Some(items) = raw_array(top) {
        let users = Arc::new(Users::new());
        for (i, item) in items.into_iter().enumerate() {
            planner.job(item, format!("[{i}]"), What::Tweet(users.clone()));
        }
        return;
    }
    let Some(members) = raw_object(top) else {
        planner.reject(
            top,
            "",
            format!("expected a JSON object, found {}", raw_kind(top)),
        );
        return;
    };
    if !members.contains_key("data") && !members.contains_key("errors") {
        if members.contains_key("text") {
            planner.job(top, String::new(), What::Tweet(Arc::new(Users::new())));
        } else if !members.contains_key("meta") && !members.contains_key("includes") {
            // `{}`, `{"foo": …}` or another platform's export read with `-f x`: saying so
            // beats reading nothing and reporting success.
            planner.reject(top, "", not_a_response(&members));
        }
        // Otherwise an empty page (`{"meta": {"result_count": 0}}`): nothing to read.
        return;
    }
    let users = Arc::new(users(&members));
    if let Some(data) = members.get("data").copied().filter(|d| !raw_is_null(d)) {
        match raw_kind(data) {
            "array" => plan_items(planner, &members, "data", "", || What::Tweet(users.clone())),
            "object" => planner.job(data, "data".to_owned(), What::Tweet(users.clone())),
            other => {
                planner.reject(
                    data,
                    "data",
                    format!("expected an array or object, found {other}"),
                );
            }
        }
    }
    if let Some(errors) = members.get("errors").copied().filter(|e| !raw_is_null(e)) {
        match raw_array(errors) {
            Some(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    planner.reject(item, format!("errors[{i}]"), error_reason(item));
                }
            }
            None => planner.reject(
                errors,
                "errors",
                format!("expected an array, found {}", raw_kind(errors)),
            ),
        }
    }
}

/// The reason for an object that is neither a response nor a tweet, naming what it has.
fn not_a_response(members: &std::collections::BTreeMap<String, &RawValue>) -> String {
    const SHOWN: usize = 5;
    let expected = "not an X API response: expected an object with `data`, `errors`, \
                    `includes` or `meta`, or a tweet with `text`";
    if members.is_empty() {
        return format!("{expected}, found an empty object");
    }
    let mut keys: Vec<String> = members
        .keys()
        .take(SHOWN)
        .map(|k| format!("`{}`", k.chars().take(40).collect::<String>()))
        .collect();
    if members.len() > SHOWN {
        keys.push(format!("and {} more", members.len() - SHOWN));
    }
    format!("{expected}, found keys {}", keys.join(", "))
}

/// `includes.users` as id → username. A malformed user only costs its tweets their username,
/// so it is skipped rather than rejected.
fn users(members: &std::collections::BTreeMap<String, &RawValue>) -> Users {
    let mut users = Users::new();
    let list = members
        .get("includes")
        .and_then(|includes| raw_object(includes))
        .and_then(|includes| includes.get("users").and_then(|u| raw_array(u)));
    for user in list.into_iter().flatten() {
        let Ok(Value::Object(user)) = serde_json::from_str::<Value>(user.get()) else {
            continue;
        };
        if let (Some(Value::String(id)), Some(Value::String(username))) =
            (user.get("id"), user.get("username"))
        {
            users.insert(id.clone(), username.clone());
        }
    }
    users
}

fn error_reason(item: &RawValue) -> String {
    let value = serde_json::from_str::<Value>(item.get()).unwrap_or(Value::Null);
    let part = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    let parts: Vec<String> = [part("title"), part("detail").or_else(|| part("message"))]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        "the X API reported an error for this item".to_owned()
    } else {
        format!("the X API reported: {}", parts.join(": "))
    }
}

pub(crate) fn convert(value: &Value, users: &Users) -> Result<NewPost, FieldError> {
    let tweet = Obj::root(value)?;
    let text = unescape_platform_text(match tweet.object("note_tweet")? {
        Some(note) if note.has("text") => note.text("text")?,
        _ => tweet.text("text")?,
    });
    let id = tweet.opt_id("id")?;
    let author_id = tweet.opt_id("author_id")?;
    let username = author_id.as_ref().and_then(|id| users.get(id)).cloned();
    // The path segment before `/status/` is cosmetic on X; `i` works for any tweet, so an
    // unresolved or odd-looking username still gives a working link.
    let url = id.as_deref().filter(|id| url_safe(id, "")).map(|id| {
        let user = username
            .as_deref()
            .filter(|u| url_safe(u, "_"))
            .unwrap_or("i");
        format!("https://x.com/{user}/status/{id}")
    });
    let engagement = match tweet.object("public_metrics")? {
        Some(metrics) => sum_counts(&[
            metrics.opt_count("retweet_count")?,
            metrics.opt_count("reply_count")?,
            metrics.opt_count("like_count")?,
            metrics.opt_count("quote_count")?,
        ]),
        None => None,
    };
    Ok(NewPost {
        source_id: id,
        platform: Platform::X,
        text,
        // The author id when the response did not include the user: still a stable identity.
        author: username.or(author_id),
        url,
        created_at: tweet.opt_time("created_at")?,
        // X says `und` for "undetermined"; unknown has one spelling here.
        lang: tweet.opt_string("lang")?.filter(|lang| lang != "und"),
        engagement,
    })
}
