//! The project's own record: `text` plus optional `id`, `author`, `url`, `platform`,
//! `created_at`, `lang` and `engagement`, as a JSON object (JSONL) or a CSV row.

use serde_json::Value;
use upstander_core::{NewPost, Platform};

use crate::ReadOptions;
use crate::fields::{FieldError, Obj, check_no_nul, check_text, check_web_link, parse_time, quote};

/// The columns the project format knows; others are ignored.
pub(crate) const COLUMNS: [&str; 8] = [
    "text",
    "id",
    "author",
    "url",
    "platform",
    "created_at",
    "lang",
    "engagement",
];

fn platform(name: Option<&str>, options: &ReadOptions) -> Result<Platform, FieldError> {
    match name {
        Some(name) => Platform::parse(name).map_err(|e| FieldError::at("platform", e.to_string())),
        None => Ok(options.default_platform.unwrap_or(Platform::Other)),
    }
}

/// One JSONL record. Unknown fields are ignored.
pub(crate) fn from_json(value: &Value, options: &ReadOptions) -> Result<NewPost, FieldError> {
    let record = Obj::root(value)?;
    // `text` first: it is the field that matters, so its problem is the one reported.
    let text = record.text("text")?;
    Ok(NewPost {
        source_id: record.opt_id("id")?,
        platform: platform(record.opt_str("platform")?, options)?,
        text,
        author: record.opt_string("author")?,
        url: check_web_link("url", record.opt_string("url")?)?,
        created_at: record.opt_time("created_at")?,
        lang: record.opt_string("lang")?,
        engagement: record.opt_count("engagement")?,
    })
}

/// One CSV row, as `(column, value)` for the known columns present in the header.
pub(crate) fn from_cells(
    cell: impl Fn(&str) -> Option<String>,
    options: &ReadOptions,
) -> Result<NewPost, FieldError> {
    let text = cell("text").ok_or_else(|| FieldError::at("text", "missing"))?;
    check_text("text", &text)?;
    let optional = |name: &str| -> Result<Option<String>, FieldError> {
        match cell(name) {
            Some(value) => {
                check_no_nul(name, &value)?;
                let trimmed = value.trim();
                Ok((!trimmed.is_empty()).then(|| trimmed.to_owned()))
            }
            None => Ok(None),
        }
    };
    let created_at = match optional("created_at")? {
        Some(value) => Some(parse_time(&value).ok_or_else(|| {
            FieldError::at(
                "created_at",
                format!(
                    "expected an RFC 3339 timestamp or unix seconds, found {}",
                    quote(&value)
                ),
            )
        })?),
        None => None,
    };
    let engagement = match optional("engagement")? {
        Some(value) => Some(value.parse::<u64>().map_err(|_| {
            FieldError::at(
                "engagement",
                format!("expected a non-negative integer, found {}", quote(&value)),
            )
        })?),
        None => None,
    };
    Ok(NewPost {
        source_id: optional("id")?,
        platform: platform(optional("platform")?.as_deref(), options)?,
        text,
        author: optional("author")?,
        url: check_web_link("url", optional("url")?)?,
        created_at,
        lang: optional("lang")?,
        engagement,
    })
}
