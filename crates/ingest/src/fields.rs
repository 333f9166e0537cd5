//! Typed access to the fields of one JSON record, with errors that name the field's path.
//!
//! Every format reads its records through [`Obj`], so the wording of rejects is the same
//! everywhere: `missing`, `expected a string, found number`, `is empty`, and so on.

use jiff::tz::TimeZone;
use serde_json::{Map, Number, Value};
use upstander_core::Timestamp;

/// A problem with one record, before it is given a source and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError {
    /// Path of the field inside the record, or `None` for the record as a whole.
    pub(crate) field: Option<String>,
    pub(crate) reason: String,
}

impl FieldError {
    pub(crate) fn at(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: Some(field.into()),
            reason: reason.into(),
        }
    }

    pub(crate) fn whole(reason: impl Into<String>) -> Self {
        Self {
            field: None,
            reason: reason.into(),
        }
    }
}

/// The JSON type of a value, as named in messages.
pub(crate) fn kind_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A post's link must be a web link: `javascript:`, `data:` or free text in the `url` field
/// would be shown as a link on the review page.
pub(crate) fn check_web_link(
    field: &str,
    url: Option<String>,
) -> Result<Option<String>, FieldError> {
    let Some(url) = url else {
        return Ok(None);
    };
    let lower = url.get(..8).unwrap_or(&url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..)
    } else if lower.starts_with("http://") {
        url.get(7..)
    } else {
        None
    };
    if rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        Ok(Some(url))
    } else {
        Err(FieldError::at(
            field,
            format!("expected an http or https link, found {}", quote(&url)),
        ))
    }
}

/// What kind of JSON value `value` is, with its article, for error messages ("expected an
/// object, found a string").
pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Joins a record path and a field name: `data[3]` + `text` → `data[3].text`.
pub(crate) fn join(path: &str, field: &str) -> String {
    match (path.is_empty(), field.is_empty()) {
        (true, _) => field.to_owned(),
        (_, true) => path.to_owned(),
        _ => format!("{path}.{field}"),
    }
}

/// Shortens a value quoted in a message so a reject stays one readable line.
pub(crate) fn quote(text: &str) -> String {
    const MAX: usize = 64;
    if text.chars().count() <= MAX {
        format!("`{text}`")
    } else {
        format!("`{}…`", text.chars().take(MAX).collect::<String>())
    }
}

const NUL_REASON: &str = "contains a NUL character (U+0000), which cannot be stored";

/// Refuses a string a database cannot keep. PostgreSQL text cannot hold U+0000, and silently
/// dropping it would change the evidence, so the record is rejected instead.
pub(crate) fn check_no_nul(field: &str, text: &str) -> Result<(), FieldError> {
    if text.contains('\0') {
        Err(FieldError::at(field, NUL_REASON))
    } else {
        Ok(())
    }
}

/// Checks a post's text: no NUL, not blank.
pub(crate) fn check_text(field: &str, text: &str) -> Result<(), FieldError> {
    check_no_nul(field, text)?;
    if text.trim().is_empty() {
        return Err(FieldError::at(field, "is empty"));
    }
    Ok(())
}

/// Undoes the escaping X's API and Reddit's JSON put on post text: `&amp;`, `&lt;` and `&gt;`
/// become `&`, `<` and `>`. One pass, so `&amp;lt;` (someone who typed `&lt;`) stays `&lt;`.
/// Nothing else is decoded: those platforms escape only these three, so any other `&` is
/// what the author wrote.
pub(crate) fn unescape_platform_text(text: String) -> String {
    if !text.contains('&') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let (decoded, used) = if tail.starts_with("&amp;") {
            ('&', 5)
        } else if tail.starts_with("&lt;") {
            ('<', 4)
        } else if tail.starts_with("&gt;") {
            ('>', 4)
        } else {
            ('&', 1)
        };
        out.push(decoded);
        rest = &tail[used..];
    }
    out.push_str(rest);
    out
}

/// Parses a timestamp: RFC 3339 (`2024-05-01T12:00:00Z`), a date and time without offset taken
/// as UTC (`2024-05-01 12:00:00`), or unix seconds (`1714564800`, `1714564800.5`).
pub(crate) fn parse_time(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Ok(timestamp) = text.parse::<Timestamp>() {
        return Some(timestamp);
    }
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && let Ok(float) = text.parse::<f64>()
    {
        return unix_seconds(float, text.parse::<i64>().ok());
    }
    let civil = text.parse::<jiff::civil::DateTime>().ok()?;
    TimeZone::UTC.to_timestamp(civil).ok()
}

/// Unix seconds from a JSON number.
pub(crate) fn time_from_number(number: &Number) -> Option<Timestamp> {
    unix_seconds(number.as_f64()?, number.as_i64())
}

fn unix_seconds(float: f64, exact: Option<i64>) -> Option<Timestamp> {
    if let Some(seconds) = exact {
        return Timestamp::from_second(seconds).ok();
    }
    if !float.is_finite() || float.abs() > 1e15 {
        return None;
    }
    let whole = float.floor();
    // In range thanks to the bound above, so the casts cannot truncate.
    let (seconds, nanos) = (whole as i64, ((float - whole) * 1e9) as i32);
    Timestamp::new(seconds, nanos).ok()
}

/// A JSON object seen as a record, with the path used to name its fields in errors.
pub(crate) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    /// The record itself; it must be an object.
    pub(crate) fn root(value: &'a Value) -> Result<Self, FieldError> {
        match value {
            Value::Object(map) => Ok(Self {
                map,
                path: String::new(),
            }),
            other => Err(FieldError::whole(format!(
                "expected a JSON object, found {}",
                kind_name(other)
            ))),
        }
    }

    /// The path of `key` inside this record.
    pub(crate) fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// Whether `key` is present and not null.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The value of `key`; null counts as missing.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, expected: &str, found: &Value) -> FieldError {
        FieldError::at(
            self.path(key),
            format!("expected {expected}, found {}", kind_name(found)),
        )
    }

    /// A nested object, or `None` when missing or null.
    pub(crate) fn object(&self, key: &str) -> Result<Option<Obj<'a>>, FieldError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Obj {
                map,
                path: self.path(key),
            })),
            Some(other) => Err(self.wrong(key, "an object", other)),
        }
    }

    /// A nested array, or `None` when missing or null.
    pub(crate) fn array(&self, key: &str) -> Result<Option<&'a [Value]>, FieldError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(items)) => Ok(Some(items)),
            Some(other) => Err(self.wrong(key, "an array", other)),
        }
    }

    /// The post text under `key`: required, a string, not blank, no NUL. Kept exactly.
    pub(crate) fn text(&self, key: &str) -> Result<String, FieldError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(FieldError::at(self.path(key), "missing")),
            Some(Value::String(text)) => {
                check_text(&self.path(key), text)?;
                Ok(text.clone())
            }
            Some(other) => Err(self.wrong(key, "a string", other)),
        }
    }

    /// An optional string; blank counts as missing, so "unknown" has one spelling.
    pub(crate) fn opt_str(&self, key: &str) -> Result<Option<&'a str>, FieldError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(text)) => {
                check_no_nul(&self.path(key), text)?;
                Ok(Some(text.trim()).filter(|t| !t.is_empty()))
            }
            Some(other) => Err(self.wrong(key, "a string", other)),
        }
    }

    /// [`Obj::opt_str`] as an owned string.
    pub(crate) fn opt_string(&self, key: &str) -> Result<Option<String>, FieldError> {
        Ok(self.opt_str(key)?.map(str::to_owned))
    }

    /// An identifier: a string, or an integer (many APIs send numeric ids).
    pub(crate) fn opt_id(&self, key: &str) -> Result<Option<String>, FieldError> {
        match self.get(key) {
            Some(Value::Number(number)) if number.is_i64() || number.is_u64() => {
                Ok(Some(number.to_string()))
            }
            Some(Value::Number(_)) => Err(FieldError::at(
                self.path(key),
                "expected a string or an integer id",
            )),
            Some(Value::String(_)) | None => self.opt_string(key),
            Some(other) => Err(self.wrong(key, "a string or an integer id", other)),
        }
    }

    /// A count: a non-negative JSON integer.
    pub(crate) fn opt_count(&self, key: &str) -> Result<Option<u64>, FieldError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(number)) => match number.as_u64() {
                Some(count) => Ok(Some(count)),
                None => Err(FieldError::at(
                    self.path(key),
                    format!("expected a non-negative integer, found {number}"),
                )),
            },
            Some(other) => Err(self.wrong(key, "a non-negative integer", other)),
        }
    }

    /// A signed integer, also accepted as a string of digits (old dumps quote numbers).
    pub(crate) fn opt_int(&self, key: &str) -> Result<Option<i64>, FieldError> {
        let bad = |found: String| {
            FieldError::at(
                self.path(key),
                format!("expected an integer, found {found}"),
            )
        };
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(number)) => number
                .as_i64()
                .map(Some)
                .ok_or_else(|| bad(number.to_string())),
            Some(Value::String(text)) => text
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| bad(quote(text))),
            Some(other) => Err(bad(kind_name(other).to_owned())),
        }
    }

    /// A timestamp: see [`parse_time`]; JSON numbers are unix seconds. A blank string counts
    /// as missing.
    pub(crate) fn opt_time(&self, key: &str) -> Result<Option<Timestamp>, FieldError> {
        let bad = |found: String| {
            FieldError::at(
                self.path(key),
                format!("expected an RFC 3339 timestamp or unix seconds, found {found}"),
            )
        };
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(number)) => time_from_number(number)
                .map(Some)
                .ok_or_else(|| bad(number.to_string())),
            Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
            Some(Value::String(text)) => parse_time(text).map(Some).ok_or_else(|| bad(quote(text))),
            Some(other) => Err(bad(kind_name(other).to_owned())),
        }
    }
}

/// Whether `part` can go into a URL path as it is: ASCII letters, digits and the characters in
/// `extra`, at most 256 bytes. Handles and ids come from the input, so a hostile one must not be
/// able to turn a link to a post into a link to somewhere else.
pub(crate) fn url_safe(part: &str, extra: &str) -> bool {
    !part.is_empty()
        && part.len() <= 256
        && part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
}

/// Adds up optional counts; `None` when none of them is present.
pub(crate) fn sum_counts(counts: &[Option<u64>]) -> Option<u64> {
    counts.iter().flatten().copied().reduce(u64::saturating_add)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn platform_escapes_decode_in_one_pass_and_leave_other_ampersands() {
        let un = |s: &str| unescape_platform_text(s.to_owned());
        assert_eq!(un("a &amp; b &lt;3 &gt;"), "a & b <3 >");
        assert_eq!(un("&amp;lt; &amp;amp;"), "&lt; &amp;");
        assert_eq!(un("R&D &#39; &nbsp; &"), "R&D &#39; &nbsp; &");
        assert_eq!(un("&amp"), "&amp");
        assert_eq!(un("Ş&amp;😤&lt;"), "Ş&😤<");
        assert_eq!(un(""), "");
    }

    #[test]
    fn timestamps_are_read_in_the_three_accepted_spellings() {
        let expected: Timestamp = "2024-05-01T12:00:00Z".parse().unwrap();
        assert_eq!(parse_time("2024-05-01T12:00:00Z"), Some(expected));
        assert_eq!(parse_time("2024-05-01T14:00:00+02:00"), Some(expected));
        assert_eq!(parse_time("2024-05-01 12:00:00"), Some(expected));
        assert_eq!(parse_time("2024-05-01T12:00:00"), Some(expected));
        assert_eq!(parse_time("1714564800"), Some(expected));
        assert_eq!(parse_time("yesterday"), None);
        assert_eq!(parse_time("99999999999999999999"), None);
    }

    #[test]
    fn a_wrong_type_names_the_field_and_both_types() {
        let value = json!({"engagement": "12"});
        let err = Obj::root(&value)
            .unwrap()
            .opt_count("engagement")
            .unwrap_err();
        assert_eq!(err.field.as_deref(), Some("engagement"));
        assert_eq!(err.reason, "expected a non-negative integer, found string");
    }

    #[test]
    fn a_negative_count_is_refused_with_its_value() {
        let value = json!({"engagement": -3});
        let err = Obj::root(&value)
            .unwrap()
            .opt_count("engagement")
            .unwrap_err();
        assert_eq!(err.reason, "expected a non-negative integer, found -3");
    }

    #[test]
    fn nested_fields_carry_their_path() {
        let value = json!({"account": {"acct": 5}});
        let root = Obj::root(&value).unwrap();
        let err = root
            .object("account")
            .unwrap()
            .unwrap()
            .opt_str("acct")
            .unwrap_err();
        assert_eq!(err.field.as_deref(), Some("account.acct"));
    }

    #[test]
    fn a_nul_in_text_is_refused() {
        let value = json!({"text": "a\u{0}b"});
        let err = Obj::root(&value).unwrap().text("text").unwrap_err();
        assert!(err.reason.contains("NUL"), "{}", err.reason);
    }
}
