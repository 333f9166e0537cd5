//! Input format names and the sniffing behind [`Format::Auto`].

use std::fmt;
use std::str::FromStr;

use crate::IngestError;

/// The shape of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// Pick one from the file extension and the first bytes (see [`detect_format`]). This
    /// reads up to 64 KiB before the first record comes out, so name the format for a live
    /// stream.
    #[default]
    Auto,
    /// The project's own format: one JSON object per line with `text` and optional `id`,
    /// `author`, `url`, `platform`, `created_at`, `lang`, `engagement`.
    Jsonl,
    /// The same columns as [`Format::Jsonl`] in CSV with a header row.
    Csv,
    /// X API v2 responses (`{"data": …, "includes": {"users": …}}`), pretty or one per line.
    X,
    /// Mastodon statuses: an array, one status, or one per line.
    Mastodon,
    /// Bluesky `app.bsky.feed.post` records, post views, and getPosts/searchPosts/feed responses.
    Bluesky,
    /// Pushshift-style Reddit dumps: one comment or submission object per line.
    Reddit,
    /// A Telegram Desktop `result.json` export (one chat or the whole account).
    Telegram,
}

impl Format {
    /// Every format, in the order they are listed to users.
    pub const ALL: [Format; 8] = [
        Format::Auto,
        Format::Jsonl,
        Format::Csv,
        Format::X,
        Format::Mastodon,
        Format::Bluesky,
        Format::Reddit,
        Format::Telegram,
    ];

    /// The lower-case name used on the command line and in config.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::X => "x",
            Format::Mastodon => "mastodon",
            Format::Bluesky => "bluesky",
            Format::Reddit => "reddit",
            Format::Telegram => "telegram",
        }
    }

    /// Parses a format name, case-insensitively, accepting a few common aliases
    /// (`ndjson`, `json`, `twitter`, `bsky`, `tg`).
    ///
    /// # Errors
    /// [`IngestError::UnknownFormat`], whose message lists the valid names.
    pub fn parse(name: &str) -> Result<Self, IngestError> {
        let lower = name.trim().to_ascii_lowercase();
        let format = match lower.as_str() {
            "auto" | "" => Format::Auto,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "x" | "twitter" => Format::X,
            "mastodon" | "fediverse" => Format::Mastodon,
            "bluesky" | "bsky" => Format::Bluesky,
            "reddit" | "pushshift" => Format::Reddit,
            "telegram" | "tg" => Format::Telegram,
            _ => {
                return Err(IngestError::UnknownFormat {
                    name: name.chars().take(64).collect(),
                });
            }
        };
        Ok(format)
    }

    /// The valid names, comma-separated, for messages.
    pub(crate) fn names() -> String {
        Format::ALL
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = IngestError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// Guesses the format of a source from its name and its first bytes. Never returns
/// [`Format::Auto`].
///
/// The rules, in order:
/// 1. A `.csv` extension means [`Format::Csv`].
/// 2. If the content (after a BOM and whitespace) starts with `{` or `[`, the keys of the first
///    object (the top-level object, or the first element of a top-level array) decide:
///    * `messages`, `chats`, `left_chats` or `personal_information` → [`Format::Telegram`];
///    * `data` without `text` or `kind` → [`Format::X`];
///    * `posts`, `feed`, `$type`, or `uri` + `cid` with `record`, `author` or `value`
///      → [`Format::Bluesky`];
///    * `content` with `account`, `visibility`, `spoiler_text` or `reblog`, or `statuses` with
///      `accounts` or `hashtags` → [`Format::Mastodon`];
///    * `subreddit`, `subreddit_id`, or `link_id` + `body` → [`Format::Reddit`];
///    * `content` without `text` → [`Format::Mastodon`];
///    * anything else → [`Format::Jsonl`].
/// 3. Otherwise, if the first line is a CSV header with a `text` column → [`Format::Csv`].
/// 4. Otherwise [`Format::Jsonl`], whose rejects will say what is wrong with the lines.
///
/// The extension of `.jsonl`, `.ndjson` and `.json` files does not decide: their first object
/// is sniffed as in rule 2, because every platform format can come as JSON lines.
#[must_use]
pub fn detect_format(source: &str, head: &[u8]) -> Format {
    let file_name = source.rsplit(['/', '\\']).next().unwrap_or(source);
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    if extension == "csv" {
        return Format::Csv;
    }
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = body.iter().copied().find(|b| !b.is_ascii_whitespace());
    if matches!(first, Some(b'{' | b'[')) {
        return format_from_keys(&first_object_keys(body));
    }
    if looks_like_csv_header(body) {
        Format::Csv
    } else {
        Format::Jsonl
    }
}

fn format_from_keys(keys: &[String]) -> Format {
    let has = |name: &str| keys.iter().any(|k| k == name);
    if has("messages") || has("chats") || has("left_chats") || has("personal_information") {
        Format::Telegram
    } else if has("data") && !has("text") && !has("kind") {
        Format::X
    } else if has("posts")
        || has("feed")
        || has("$type")
        || (has("uri") && has("cid") && (has("record") || has("author") || has("value")))
    {
        Format::Bluesky
    } else if (has("content")
        && (has("account") || has("visibility") || has("spoiler_text") || has("reblog")))
        || (has("statuses") && (has("accounts") || has("hashtags")))
    {
        Format::Mastodon
    } else if has("subreddit") || has("subreddit_id") || (has("link_id") && has("body")) {
        Format::Reddit
    } else if has("content") && !has("text") {
        // A bare status (`id` and `content` only). No other format keeps its text in
        // `content`, and the project format needs `text`, so this can only be Mastodon.
        Format::Mastodon
    } else {
        Format::Jsonl
    }
}

fn looks_like_csv_header(body: &[u8]) -> bool {
    let first_line = body.split(|b| *b == b'\n').next().unwrap_or_default();
    let Ok(line) = std::str::from_utf8(first_line) else {
        return false;
    };
    line.contains(',')
        && line
            .split(',')
            .any(|cell| cell.trim().trim_matches('"').eq_ignore_ascii_case("text"))
}

/// The keys of the first JSON object in `body`; see [`scan_first_object`].
fn first_object_keys(body: &[u8]) -> Vec<String> {
    scan_first_object(body).0
}

/// Whether `head` starts a JSON object (or an array of them) whose first object does not end
/// within `head`, so that reading further could still find the keys that decide the format.
pub(crate) fn first_object_is_cut(head: &[u8]) -> bool {
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = body.iter().copied().find(|b| !b.is_ascii_whitespace());
    matches!(first, Some(b'{' | b'[')) && !scan_first_object(body).1
}

/// The keys of the first JSON object in `body` (the top-level object, or the first element of a
/// top-level array), and whether that object ended within `body`. Works on a truncated prefix
/// and never fails: it is a lexer that tracks nesting depth and string state, and records a
/// string at the object's depth when a `:` follows.
fn scan_first_object(body: &[u8]) -> (Vec<String>, bool) {
    let mut keys = Vec::new();
    let mut depth = 0usize;
    // The depth of the object whose keys we want: 1 for `{…}`, 2 for `[{…}]`.
    let mut target = 1usize;
    let mut entered_target = false;
    let mut i = 0usize;
    while let Some(&byte) = body.get(i) {
        match byte {
            b'{' | b'[' => {
                if depth == 0 && byte == b'[' {
                    target = 2;
                }
                depth += 1;
                if depth == target {
                    if byte != b'{' {
                        return (keys, true);
                    }
                    entered_target = true;
                }
            }
            b'}' | b']' => {
                if depth == target && entered_target {
                    return (keys, true);
                }
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return (keys, true);
                }
            }
            b'"' => {
                let start = i + 1;
                let mut end = start;
                let mut escaped = false;
                loop {
                    match body.get(end) {
                        None => return (keys, false),
                        Some(b'\\') if !escaped => escaped = true,
                        Some(b'"') if !escaped => break,
                        Some(_) => escaped = false,
                    }
                    end += 1;
                }
                i = end;
                if depth == target && entered_target {
                    let after = body.get(end + 1..).unwrap_or_default();
                    let next = after.iter().copied().find(|b| !b.is_ascii_whitespace());
                    if next == Some(b':') {
                        let key = body.get(start..end).unwrap_or_default();
                        keys.push(String::from_utf8_lossy(key).into_owned());
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    (keys, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_parses_back_from_its_name() {
        for format in Format::ALL {
            assert_eq!(Format::parse(format.as_str()).unwrap(), format);
            assert_eq!(format.to_string().parse::<Format>().unwrap(), format);
        }
    }

    #[test]
    fn an_unknown_format_name_lists_the_valid_ones() {
        let err = Format::parse("yaml").unwrap_err().to_string();
        assert!(err.contains("'yaml'"), "{err}");
        assert!(
            err.contains("auto, jsonl, csv, x, mastodon, bluesky, reddit, telegram"),
            "{err}"
        );
    }

    #[test]
    fn keys_of_a_truncated_object_are_still_found() {
        let keys = first_object_keys(br#"{"name": "a\"b", "messages": [{"id": 1, "text": "x"#);
        assert_eq!(keys, vec!["name", "messages"]);
    }

    #[test]
    fn keys_of_the_first_array_element_are_found_and_nested_keys_are_not() {
        let keys = first_object_keys(
            br#"[ {"id": "1", "account": {"acct": "a"}, "content": "<p>"}, {"zz": 1}]"#,
        );
        assert_eq!(keys, vec!["id", "account", "content"]);
    }

    #[test]
    fn a_cut_first_object_is_noticed() {
        assert!(first_object_is_cut(br#"{"id": "1", "body": "yyyy"#));
        assert!(!first_object_is_cut(br#"[{"id": "1", "body": "yy"}"#));
        assert!(!first_object_is_cut(br#"{"id": "1"} {"#));
        assert!(!first_object_is_cut(b"id,text\n"));
    }

    #[test]
    fn csv_extension_wins_over_content() {
        assert_eq!(
            detect_format("dir.v2/posts.CSV", b"{\"text\":\"a\"}"),
            Format::Csv
        );
    }

    #[test]
    fn a_headed_csv_without_extension_is_sniffed() {
        assert_eq!(detect_format("-", b"id,text,author\n1,hi,a\n"), Format::Csv);
        assert_eq!(detect_format("-", b"just some words\n"), Format::Jsonl);
    }

    #[test]
    fn a_project_line_with_a_data_field_is_not_taken_for_x() {
        assert_eq!(
            detect_format("a.jsonl", br#"{"text":"hi","data":1}"#),
            Format::Jsonl
        );
        assert_eq!(
            detect_format("a.jsonl", br#"{"data":[{"id":"1"}]}"#),
            Format::X
        );
    }
}
