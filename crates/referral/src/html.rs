//! Escaping for the printable pages. Everything that came from a person or a link goes through
//! [`escape`]; the page templates themselves are fixed strings.

/// Escapes text for use in HTML element content and double-quoted attribute values. Shared with
/// the analytics crate's report pages, so every printable page escapes alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than newline and tab have no place on a printed page.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The fixed head of every printable page.
pub(crate) fn page_start(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>body{{font-family:serif;max-width:48rem;margin:2rem auto;line-height:1.4}}\
         h1{{font-size:1.4rem}}h2{{font-size:1.1rem;margin-top:1.5rem}}\
         .url{{font-family:monospace;word-break:break-all}}\
         @media print{{a{{color:black;text-decoration:none}}}}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            escape("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(escape("a\u{0}b\nc"), "a\u{FFFD}b\nc");
    }
}
