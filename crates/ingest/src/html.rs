//! Mastodon's status HTML as plain text.
//!
//! Hand-written rather than html2text: Mastodon sanitises `content` down to a handful of tags
//! (`p`, `br`, `a`, `span` with `invisible`/`ellipsis`/`h-card`/`mention`/`hashtag` classes,
//! and on newer servers `ul`/`ol`/`li`, `blockquote`, `pre`, `code`, `b`/`strong`, `i`/`em`),
//! so a small converter covers it exactly, costs no dependency tree, and lets us keep what
//! html2text would rewrap or decorate: the text of "invisible" spans (so links stay whole),
//! `@mentions` and `#hashtags` as written, and no line wrapping.

/// Converts Mastodon status HTML to text: paragraphs become blank-line separated, `<br>` a
/// newline, tags are dropped with their text kept, entities decoded. Never fails; anything that
/// is not a well-formed tag is kept as text.
pub(crate) fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        push_text(&mut out, &rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('&') {
            let (decoded, used) = entity(rest);
            out.push_str(&decoded);
            rest = &rest[used..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::parse(rest) else {
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        match (tag.name.as_str(), tag.closing) {
            ("br", _) => out.push('\n'),
            (
                "p" | "blockquote" | "pre" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6",
                false,
            ) => {
                paragraph_break(&mut out);
            }
            ("li", false) if !out.is_empty() && !out.ends_with('\n') => out.push('\n'),
            ("script" | "style", false) => {
                // Never part of a status; if a server sent one, its body is code, not text.
                let close = format!("</{}", tag.name);
                rest = find_ascii_ci(rest, &close).map_or("", |end| &rest[end..]);
            }
            _ => {}
        }
    }
    push_text(&mut out, rest);
    out.trim().to_owned()
}

/// Separates paragraphs by one blank line, as Mastodon's own plain-text rendering does.
fn paragraph_break(out: &mut String) {
    if out.trim_end_matches(' ').is_empty() {
        return;
    }
    while out.ends_with(' ') {
        out.pop();
    }
    while !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// Text between tags. Raw line breaks in HTML source are only whitespace, not line breaks.
fn push_text(out: &mut String, text: &str) {
    out.extend(text.chars().map(|c| {
        if matches!(c, '\n' | '\r' | '\t') {
            ' '
        } else {
            c
        }
    }));
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let lower = haystack.to_ascii_lowercase();
    lower.find(needle)
}

struct Tag {
    name: String,
    closing: bool,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

impl Tag {
    /// Parses `<name …>` or `</name>` at the start of `text`. Attribute values may contain `>`
    /// inside quotes.
    fn parse(text: &str) -> Option<Tag> {
        let body = text.strip_prefix('<')?;
        let (closing, body) = match body.strip_prefix('/') {
            Some(body) => (true, body),
            None => (false, body),
        };
        let name_len = body
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(body.len());
        if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let name = body[..name_len].to_ascii_lowercase();
        let mut quote = None;
        for (i, c) in body[name_len..].char_indices() {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(open), c) if c == open => quote = None,
                (None, '>') => {
                    let len = 1 + usize::from(closing) + name_len + i + 1;
                    return Some(Tag { name, closing, len });
                }
                _ => {}
            }
        }
        None
    }
}

/// Decodes the entity at the start of `text` (which starts with `&`). Returns the text to emit
/// and how many bytes were used; an unknown or malformed entity is kept as a literal `&`.
fn entity(text: &str) -> (String, usize) {
    let literal = ("&".to_owned(), 1);
    let Some(end) = text
        .get(1..)
        .and_then(|t| t.find(';'))
        .filter(|end| *end <= 32)
    else {
        return literal;
    };
    let name = &text[1..=end];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse::<u32>().ok(),
        };
        let Some(code) = code else {
            return literal;
        };
        // NUL and invalid code points become U+FFFD, as browsers do; a NUL must never reach
        // the text (the store cannot keep it).
        char::from_u32(code)
            .filter(|c| *c != '\0')
            .unwrap_or('\u{FFFD}')
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{A0}',
            "hellip" => '…',
            "mdash" => '—',
            "ndash" => '–',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "laquo" => '«',
            "raquo" => '»',
            "copy" => '©',
            "reg" => '®',
            "trade" => '™',
            "euro" => '€',
            "pound" => '£',
            _ => return literal,
        }
    };
    (decoded.to_string(), end + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_breaks_mentions_and_hashtags_come_out_as_written() {
        let html = concat!(
            r#"<p><span class="h-card" translate="no"><a href="https://example.social/@bob" class="u-url mention">@<span>bob</span></a></span> hello &amp; welcome<br />second line</p>"#,
            r##"<p>third <a href="https://example.social/tags/Leeds" class="mention hashtag" rel="tag">#<span>Leeds</span></a></p>"##
        );
        assert_eq!(
            to_text(html),
            "@bob hello & welcome\nsecond line\n\nthird #Leeds"
        );
    }

    #[test]
    fn invisible_and_ellipsis_spans_keep_the_whole_url() {
        let html = r#"<p>see <a href="https://news.example.org/2024/05/long-story-name" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="ellipsis">news.example.org/2024/05/lon</span><span class="invisible">g-story-name</span></a></p>"#;
        assert_eq!(
            to_text(html),
            "see https://news.example.org/2024/05/long-story-name"
        );
    }

    #[test]
    fn entities_numeric_and_malformed_are_handled() {
        assert_eq!(
            to_text("&#39;a&#x27; &lt;b&gt; &bogus; & &#0; 5 < 6"),
            "'a' <b> &bogus; & \u{FFFD} 5 < 6"
        );
    }

    #[test]
    fn unterminated_tags_and_comments_do_not_lose_or_break_anything() {
        assert_eq!(to_text("a <b"), "a <b");
        assert_eq!(to_text("a <!-- never closed"), "a");
        assert_eq!(to_text("<p>x</p><script>alert(1)</script><p>y"), "x\n\ny");
        assert_eq!(to_text(r#"<a title="a>b">link</a>"#), "link");
    }
}
