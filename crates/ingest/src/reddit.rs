//! Pushshift-style Reddit dumps: one comment or submission object per line.
//!
//! A submission (it has a `title`) becomes `title`, a blank line, and `selftext`; a comment is
//! its `body`. The post id is the Reddit fullname (`t3_…` for submissions, `t1_…` for comments):
//! bare ids of the two kinds come from separate sequences and can collide. Engagement is
//! `max(score, 0)`, plus `num_comments` for submissions. Reddit's JSON escapes `&`, `<` and `>`
//! in text (`&gt;` opens every quoted line); they are decoded. A comment whose body was deleted or
//! removed has no content left and is rejected saying so.

use serde_json::Value;
use upstander_core::{NewPost, Platform};

use crate::fields::{FieldError, Obj, unescape_platform_text, url_safe};

const GONE: [&str; 3] = ["[deleted]", "[removed]", "[ removed by reddit ]"];

fn is_gone(text: &str) -> bool {
    let text = text.trim().to_ascii_lowercase();
    GONE.contains(&text.as_str())
}

fn permalink(record: &Obj<'_>) -> Result<Option<String>, FieldError> {
    Ok(record.opt_str("permalink")?.map(|link| {
        if link.starts_with("https://") || link.starts_with("http://") {
            link.to_owned()
        } else if link.starts_with('/') {
            format!("https://www.reddit.com{link}")
        } else {
            format!("https://www.reddit.com/{link}")
        }
    }))
}

pub(crate) fn convert(value: &Value) -> Result<NewPost, FieldError> {
    let record = Obj::root(value)?;
    let id = record.opt_id("id")?.filter(|id| url_safe(id, "_"));
    let subreddit = record.opt_str("subreddit")?.filter(|s| url_safe(s, "_"));
    let score = record
        .opt_int("score")?
        .map(|score| score.max(0).unsigned_abs());
    let is_submission = record.has("title");
    let (text, fullname, fallback_url, engagement) = if is_submission {
        let title = record.text("title")?;
        let text = match record.opt_str("selftext")? {
            Some(body) if !is_gone(body) => format!("{title}\n\n{body}"),
            // A removed body still leaves the title, which is the post.
            _ => title,
        };
        let comments = record.opt_count("num_comments")?;
        let engagement = match (score, comments) {
            (None, None) => None,
            (score, comments) => Some(score.unwrap_or(0).saturating_add(comments.unwrap_or(0))),
        };
        let url = match (&subreddit, &id) {
            (Some(sub), Some(id)) => Some(format!("https://www.reddit.com/r/{sub}/comments/{id}/")),
            _ => None,
        };
        (
            text,
            id.as_ref().map(|id| format!("t3_{id}")),
            url,
            engagement,
        )
    } else {
        if !record.has("body") {
            return Err(FieldError::at(
                "body",
                "missing (neither a comment `body` nor a submission `title`)",
            ));
        }
        let body = record.text("body")?;
        if is_gone(&body) {
            return Err(FieldError::at(
                "body",
                format!("the comment was {} and has no text left", body.trim()),
            ));
        }
        let link = record
            .opt_str("link_id")?
            .map(|link| link.strip_prefix("t3_").unwrap_or(link))
            .filter(|link| url_safe(link, "_"));
        let url = match (&subreddit, link, &id) {
            (Some(sub), Some(link), Some(id)) => Some(format!(
                "https://www.reddit.com/r/{sub}/comments/{link}/_/{id}/"
            )),
            _ => None,
        };
        (body, id.as_ref().map(|id| format!("t1_{id}")), url, score)
    };
    let text = unescape_platform_text(text);
    let author = record
        .opt_string("author")?
        .filter(|author| !is_gone(author));
    let fullname = match record.opt_str("name")? {
        Some(name) if name.starts_with("t1_") || name.starts_with("t3_") => Some(name.to_owned()),
        _ => fullname,
    };
    Ok(NewPost {
        source_id: fullname,
        platform: Platform::Reddit,
        text,
        author,
        url: permalink(&record)?.or(fallback_url),
        created_at: record.opt_time("created_utc")?,
        lang: None,
        engagement,
    })
}
