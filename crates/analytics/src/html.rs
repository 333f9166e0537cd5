//! HTML escaping and the shared page frame. Every string that came from a record (platform,
//! category, issuer) goes through [`escape`]; the markup around it is fixed text.

/// Escapes text for element content and double-quoted attribute values (the referral crate's
/// escaping, so notices and reports escape alike; control characters become U+FFFD, which
/// also keeps inline SVG valid XML).
pub use upstander_referral::escape_html as escape;

/// The head of every report page: print-friendly styles, each `.invoice` on its own sheet.
pub(crate) fn page_start(title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>\
         body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4;color:#111}}\
         table{{border-collapse:collapse;margin:1rem 0}}\
         th,td{{border:1px solid #999;padding:.25rem .5rem;text-align:left}}\
         td.n,th.n{{text-align:right;font-variant-numeric:tabular-nums}}\
         .empty{{font-style:italic}}\
         .invoice{{break-before:page;page-break-before:always;margin-top:3rem}}\
         figure{{margin:1rem 0}}\
         @media print{{body{{margin:0;max-width:none}}}}\
         </style>\n</head>\n<body>\n",
        escape(title)
    )
}

/// The end of every report page.
pub(crate) const PAGE_END: &str = "</body>\n</html>\n";

/// A table of `(label, count)` rows with a heading row, or the `empty` sentence when there
/// are no rows.
pub(crate) fn count_table(
    out: &mut String,
    headers: [&str; 2],
    rows: &[(String, u64)],
    empty: &str,
) {
    if rows.is_empty() {
        out.push_str(&format!("<p class=\"empty\">{}</p>\n", escape(empty)));
        return;
    }
    out.push_str(&format!(
        "<table>\n<tr><th>{}</th><th class=\"n\">{}</th></tr>\n",
        escape(headers[0]),
        escape(headers[1])
    ));
    for (label, count) in rows {
        out.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{count}</td></tr>\n",
            escape(label)
        ));
    }
    out.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_and_controls_are_neutralised() {
        assert_eq!(
            escape("<b onclick=\"x\">'&'</b>\u{7}"),
            "&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;\u{FFFD}"
        );
    }
}
