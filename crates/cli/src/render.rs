//! Plain-text rendering of queue items for the terminal.

use std::io::Write;

use upstander_core::{QueueItem, Timestamp};
use upstander_store::ItemDetail;

/// Characters of text shown per row in the queue table.
const EXCERPT_CHARS: usize = 60;

/// "3m", "5h", "2d": how long an item has waited.
pub fn age(since: Timestamp, now: Timestamp) -> String {
    let secs = now.as_second().saturating_sub(since.as_second()).max(0);
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m", s / 60),
        s if s < 86_400 => format!("{}h", s / 3600),
        s => format!("{}d", s / 86_400),
    }
}

/// The last 8 hex digits of an id: its random part. (UUIDv7 ids begin with a timestamp, so
/// items created together share their first digits.) `queue show` accepts it.
pub fn short_id(id: &str) -> &str {
    id.get(id.len().saturating_sub(8)..).unwrap_or(id)
}

/// One line, at most `max` characters, with control characters made visible as spaces.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(max + 3);
    let mut last_space = false;
    for (count, ch) in text.chars().enumerate() {
        if count >= max {
            out.push('…');
            break;
        }
        let ch = if ch.is_control() || ch.is_whitespace() {
            ' '
        } else {
            ch
        };
        if ch == ' ' && last_space {
            continue;
        }
        last_space = ch == ' ';
        out.push(ch);
    }
    out
}

pub fn queue_table(
    out: &mut impl Write,
    items: &[QueueItem],
    now: Timestamp,
) -> std::io::Result<()> {
    if items.is_empty() {
        writeln!(out, "The queue is empty for this filter.")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<8}  {:<3} {:>5}  {:<7}  {:<26} {:<9} {:>6} {:>4}  TEXT",
        "ID", "SEV", "SCORE", "STATUS", "CATEGORY", "PLATFORM", "COPIES", "AGE"
    )?;
    for item in items {
        let full_id = item.id.to_string();
        let id = short_id(&full_id);
        let copies = if item.copies > 1 {
            format!("{}/{}", item.copies, item.distinct_authors)
        } else {
            "1".to_owned()
        };
        writeln!(
            out,
            "{:<8}  {:<3} {:>5.2}  {:<7}  {:<26} {:<9} {:>6} {:>4}  {}",
            id,
            item.assessment.severity.as_str(),
            item.assessment.score,
            item.status.as_str(),
            excerpt(item.assessment.top_category().unwrap_or("-"), 26),
            item.representative.post.platform.as_str(),
            copies,
            age(item.first_seen, now),
            excerpt(&item.representative.post.text, EXCERPT_CHARS),
        )?;
    }
    writeln!(
        out,
        "\n{} item(s). `upstander queue show ID` for details (ID: the short id shown, or the full id);\nCOPIES is copies/authors.",
        items.len()
    )?;
    Ok(())
}

/// The text with evidence spans marked: bold red on a terminal, `[[…]]` otherwise.
pub fn marked_text(text: &str, spans: &[(usize, usize)], colour: bool) -> String {
    let (open, close) = if colour {
        ("\x1b[1;31m", "\x1b[0m")
    } else {
        ("[[", "]]")
    };
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut at = 0;
    let mut sorted: Vec<(usize, usize)> = spans.to_vec();
    sorted.sort_unstable();
    for (start, end) in sorted {
        // Overlapping or malformed spans are skipped rather than garbling the text.
        if start < at || end > text.len() || start >= end {
            continue;
        }
        let (Some(before), Some(inside)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(open);
        out.push_str(inside);
        out.push_str(close);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

pub fn item_detail(out: &mut impl Write, detail: &ItemDetail, colour: bool) -> std::io::Result<()> {
    let item = &detail.item;
    let a = &item.assessment;
    let post = &item.representative.post;
    writeln!(out, "Item {}  [{}]", item.id, item.status)?;
    writeln!(
        out,
        "Suggested: {} {} score {:.2}, route {}",
        a.verdict,
        a.severity,
        a.score,
        a.route.as_str()
    )?;
    if !a.categories.is_empty() {
        let cats: Vec<String> = a
            .categories
            .iter()
            .map(|c| format!("{} ({:.2})", c.id, c.score))
            .collect();
        writeln!(out, "Categories: {}", cats.join(", "))?;
    }
    if !a.targets.is_empty() {
        writeln!(out, "Targets: {}", a.targets.join(", "))?;
    }
    writeln!(
        out,
        "Copies: {} from {} author(s), reach {}, first seen {}, last seen {}",
        item.copies, item.distinct_authors, item.reach, item.first_seen, item.last_seen
    )?;
    writeln!(out)?;
    let spans: Vec<(usize, usize)> = a.spans.iter().map(|s| (s.start, s.end)).collect();
    writeln!(out, "{}", marked_text(&post.text, &spans, colour))?;
    writeln!(out)?;
    if !a.spans.is_empty() {
        writeln!(out, "Evidence:")?;
        for span in &a.spans {
            writeln!(
                out,
                "  {:?} at bytes {}..{}: {}",
                span.text, span.start, span.end, span.signal
            )?;
        }
    }
    writeln!(out, "Why: {}", a.explanation)?;
    writeln!(out)?;
    writeln!(out, "Copies ({}):", detail.copies.len())?;
    for copy in &detail.copies {
        writeln!(
            out,
            "  {} {:<8} {:<20} {} {}",
            copy.match_kind,
            copy.post.platform.as_str(),
            excerpt(
                copy.post.author.as_deref().unwrap_or("(unknown author)"),
                20
            ),
            copy.post.url.as_deref().unwrap_or("-"),
            copy.post
                .created_at
                .map(|t| t.to_string())
                .unwrap_or_default(),
        )?;
    }
    if detail.decisions.is_empty() {
        let full_id = item.id.to_string();
        writeln!(
            out,
            "\nNo decision yet. Decide with: upstander queue decide {} --decision …",
            short_id(&full_id)
        )?;
    } else {
        writeln!(out, "\nDecisions:")?;
        for d in &detail.decisions {
            writeln!(
                out,
                "  {} {} {} {} by {}{}",
                d.decided_at,
                d.decision.action,
                d.decision.severity,
                d.decision.category.as_deref().unwrap_or("-"),
                d.decision.reviewer,
                d.decision
                    .note
                    .as_deref()
                    .map(|n| format!(": {}", excerpt(n, 200)))
                    .unwrap_or_default(),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matched_words_are_marked_without_colour_in_a_pipe() {
        assert_eq!(
            marked_text("they are vermin", &[(9, 15)], false),
            "they are [[vermin]]"
        );
    }

    #[test]
    fn spans_that_split_a_character_or_overlap_are_skipped() {
        assert_eq!(
            marked_text("é x", &[(1, 2), (0, 2), (0, 1)], false),
            "[[é]] x"
        );
    }

    #[test]
    fn excerpts_are_one_line_and_bounded() {
        assert_eq!(excerpt("a\n\nb  c", 10), "a b c");
        assert_eq!(excerpt("abcdef", 3), "abc…");
    }
}
