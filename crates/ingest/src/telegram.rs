//! Telegram Desktop exports (`result.json`): one chat (`{"name", "type", "id", "messages"}`)
//! or the whole account (`{"chats": {"list": [chat…]}, "left_chats": {"list": [chat…]}}`).
//!
//! A message's `text` is a string or an array of strings and entity objects
//! (`{"type": "bold", "text": "…"}`), joined in order; `text_entities` is used when `text` is
//! missing. Service messages (joins, pins, title changes) are skipped silently: they are not
//! content, and rejecting each would bury real problems. A message with no text (media only)
//! is rejected with "message has no text".
//!
//! Message ids are numbered per chat, so a post's id is `{chat id}/{message id}` when the chat
//! id is known. When it is not (a chat object without `id`, or messages on their own), the post
//! has no id and is keyed on its content (author, date, URL, text) instead: a bare message id
//! would make messages of different chats look like re-deliveries of one post. Exports do not record a chat's public username; when the chat
//! object has a `username` field (added by some tools, or by hand), links are
//! `https://t.me/{username}/{message id}`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;
use serde_json::value::RawValue;
use upstander_core::{NewPost, Platform};

use crate::fields::{FieldError, Obj, check_text, kind_name, url_safe};
use crate::json::{Planner, What, plan_items, raw_array, raw_kind, raw_object};

/// What a message needs to know about its chat.
#[derive(Debug, Default)]
pub(crate) struct Chat {
    id: Option<String>,
    username: Option<String>,
}

impl Chat {
    fn from_members(members: &BTreeMap<String, &RawValue>) -> Self {
        let value = |key: &str| {
            members
                .get(key)
                .and_then(|raw| serde_json::from_str::<Value>(raw.get()).ok())
        };
        let id = match value("id") {
            Some(Value::Number(number)) => Some(number.to_string()),
            Some(Value::String(id)) if !id.trim().is_empty() => Some(id.trim().to_owned()),
            _ => None,
        };
        let username = match value("username") {
            Some(Value::String(name)) => {
                let name = name.trim().trim_start_matches('@');
                url_safe(name, "_").then(|| name.to_owned())
            }
            _ => None,
        };
        Self { id, username }
    }
}

pub(crate) fn plan(planner: &mut Planner<'_>, top: &RawValue) {
    let Some(members) = raw_object(top) else {
        planner.reject(
            top,
            "",
            format!("expected a JSON object, found {}", raw_kind(top)),
        );
        return;
    };
    if members.contains_key("messages") {
        plan_chat(planner, &members, "");
        return;
    }
    let mut found = false;
    for key in ["chats", "left_chats"] {
        let Some(section) = members.get(key).copied() else {
            continue;
        };
        found = true;
        let list = raw_object(section).and_then(|s| s.get("list").copied());
        let Some(chats) = list.and_then(raw_array) else {
            planner.reject(
                section,
                key,
                "expected an object with a `list` of chats".to_owned(),
            );
            continue;
        };
        for (i, chat) in chats.into_iter().enumerate() {
            let path = format!("{key}.list[{i}]");
            match raw_object(chat) {
                Some(chat_members) => plan_chat(planner, &chat_members, &path),
                None => planner.reject(
                    chat,
                    path,
                    format!("expected a chat object, found {}", raw_kind(chat)),
                ),
            }
        }
    }
    if !found {
        if members.contains_key("id")
            && (members.contains_key("text") || members.contains_key("type"))
        {
            // One message on its own (JSON lines of messages).
            planner.job(
                top,
                String::new(),
                What::Telegram(Arc::new(Chat::default())),
            );
        } else {
            let reason = "expected a Telegram export with `messages` or `chats.list`".to_owned();
            planner.reject(top, "", reason);
        }
    }
}

fn plan_chat(planner: &mut Planner<'_>, members: &BTreeMap<String, &RawValue>, path: &str) {
    let chat = Arc::new(Chat::from_members(members));
    plan_items(planner, members, "messages", path, || {
        What::Telegram(chat.clone())
    });
}

/// Joins the parts of a rich `text` (or `text_entities`) array.
fn join_parts(message: &Obj<'_>, key: &str, parts: &[Value]) -> Result<String, FieldError> {
    let mut text = String::new();
    for (i, part) in parts.iter().enumerate() {
        match part {
            Value::String(plain) => text.push_str(plain),
            Value::Object(entity) => match entity.get("text") {
                Some(Value::String(piece)) => text.push_str(piece),
                None | Some(Value::Null) => {}
                Some(other) => {
                    return Err(FieldError::at(
                        format!("{}[{i}].text", message.path(key)),
                        format!("expected a string, found {}", kind_name(other)),
                    ));
                }
            },
            other => {
                return Err(FieldError::at(
                    format!("{}[{i}]", message.path(key)),
                    format!(
                        "expected a string or an entity object, found {}",
                        kind_name(other)
                    ),
                ));
            }
        }
    }
    Ok(text)
}

/// `Ok(None)` for service messages, which are skipped on purpose.
pub(crate) fn convert(value: &Value, chat: &Chat) -> Result<Option<NewPost>, FieldError> {
    let message = Obj::root(value)?;
    if message.opt_str("type")? == Some("service") {
        return Ok(None);
    }
    let text = match message.get("text") {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(parts)) => join_parts(&message, "text", parts)?,
        Some(other) => {
            return Err(FieldError::at(
                "text",
                format!("expected a string or an array, found {}", kind_name(other)),
            ));
        }
        None => match message.array("text_entities")? {
            Some(parts) => join_parts(&message, "text_entities", parts)?,
            None => String::new(),
        },
    };
    if text.trim().is_empty() {
        return Err(FieldError::at("text", "message has no text"));
    }
    check_text("text", &text)?;
    let id = message.opt_id("id")?;
    let source_id = match (&chat.id, &id) {
        (Some(chat_id), Some(id)) => Some(format!("{chat_id}/{id}")),
        // Without the chat, a message id says nothing: every chat numbers its messages from
        // 1, so two chats' message 1 would share a key and the second would be dropped as a
        // re-delivery of the first. No id gives the content key (author, date, URL, text),
        // which is the same on every re-run of the same export but differs between chats.
        (None, _) | (Some(_), None) => None,
    };
    let url = match (&chat.username, &id) {
        (Some(username), Some(id)) if url_safe(id, "") => {
            Some(format!("https://t.me/{username}/{id}"))
        }
        _ => None,
    };
    let author = match message.opt_string("from")? {
        Some(from) => Some(from),
        None => message.opt_id("from_id")?,
    };
    // `date_unixtime` is UTC; `date` is the exporting computer's local time without an offset,
    // so it is only a fallback (read as UTC).
    let created_at = match message.opt_time("date_unixtime")? {
        Some(time) => Some(time),
        None => message.opt_time("date")?,
    };
    let engagement = match message.array("reactions")? {
        Some(reactions) => {
            let mut total: u64 = 0;
            for (i, reaction) in reactions.iter().enumerate() {
                let count = match reaction.get("count") {
                    Some(Value::Number(n)) => n.as_u64(),
                    _ => None,
                };
                let Some(count) = count else {
                    return Err(FieldError::at(
                        format!("reactions[{i}].count"),
                        "expected a non-negative integer",
                    ));
                };
                total = total.saturating_add(count);
            }
            Some(total)
        }
        None => None,
    };
    Ok(Some(NewPost {
        source_id,
        platform: Platform::Telegram,
        text,
        author,
        url,
        created_at,
        lang: None,
        engagement,
    }))
}
