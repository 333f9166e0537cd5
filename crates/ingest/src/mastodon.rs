//! Mastodon statuses, as returned by `/api/v1/statuses/:id`, timelines (an array), search
//! (`{"statuses": […]}`) and thread context (`{"ancestors": […], "descendants": […]}`).
//!
//! A boost (`reblog` set) is read as the boosted status, since that is the content. The HTML
//! `content` becomes text (see [`crate::html`]); a content warning is kept as a first line
//! `CW: …` because it often carries the message. The post's id is the status `uri`: it is the
//! same on every server, while `id` is local to the server that answered.

use serde_json::Value;
use serde_json::value::RawValue;
use upstander_core::{NewPost, Platform};

use crate::fields::{FieldError, Obj, check_text, sum_counts};
use crate::html;
use crate::json::{Planner, What, plan_items, raw_array, raw_kind, raw_object};

const LISTS: [&str; 3] = ["statuses", "ancestors", "descendants"];

pub(crate) fn plan(planner: &mut Planner<'_>, top: &RawValue) {
    if let Some(items) = raw_array(top) {
        for (i, item) in items.into_iter().enumerate() {
            planner.job(item, format!("[{i}]"), What::Mastodon);
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
    if LISTS.iter().any(|key| members.contains_key(*key)) && !members.contains_key("content") {
        for key in LISTS {
            plan_items(planner, &members, key, "", || What::Mastodon);
        }
    } else {
        planner.job(top, String::new(), What::Mastodon);
    }
}

/// The server of a local account, from its profile URL (`https://example.social/@alice`).
fn host_of(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

pub(crate) fn convert(value: &Value) -> Result<NewPost, FieldError> {
    let outer = Obj::root(value)?;
    let status = outer.object("reblog")?.unwrap_or(outer);
    let content = status.opt_str("content")?.ok_or_else(|| {
        FieldError::at(
            status.path("content"),
            "missing or empty: the status has no text",
        )
    })?;
    let mut text = html::to_text(content);
    if let Some(warning) = status.opt_str("spoiler_text")? {
        text = if text.is_empty() {
            format!("CW: {warning}")
        } else {
            format!("CW: {warning}\n{text}")
        };
    }
    check_text(&status.path("content"), &text)?;
    let account = status.object("account")?;
    let author = match &account {
        Some(account) => match account.opt_str("acct")? {
            // `acct` has no domain for accounts local to the answering server; add it, so
            // `alice` on two servers are two people.
            Some(acct) if !acct.contains('@') => {
                let host = account.opt_str("url")?.and_then(host_of);
                Some(host.map_or_else(|| acct.to_owned(), |host| format!("{acct}@{host}")))
            }
            Some(acct) => Some(acct.to_owned()),
            None => account.opt_string("username")?,
        },
        None => None,
    };
    let uri = status.opt_string("uri")?;
    Ok(NewPost {
        source_id: uri.clone().or(status.opt_id("id")?),
        platform: Platform::Mastodon,
        text,
        author,
        url: status.opt_string("url")?.or(uri),
        created_at: status.opt_time("created_at")?,
        lang: status.opt_string("language")?,
        engagement: sum_counts(&[
            status.opt_count("favourites_count")?,
            status.opt_count("reblogs_count")?,
            status.opt_count("replies_count")?,
        ]),
    })
}
