//! Shared pieces of page rendering: the layout, options for selects, times, highlighting.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use upstander_core::{EvidenceSpan, Permission, Taxonomy, Timestamp};

use crate::auth::{CsrfToken, CurrentUser};

/// What the page layout (`base.html`) needs.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub title: String,
    /// The nav entry to mark as current.
    pub section: &'static str,
    pub csrf: String,
    /// Display name and role of the signed-in user.
    pub user: Option<(String, String)>,
    pub can_review: bool,
    pub can_audit: bool,
    /// May see the accountability reports (`export`).
    pub can_export: bool,
    pub main_class: &'static str,
}

impl Layout {
    pub(crate) fn new(
        title: impl Into<String>,
        section: &'static str,
        user: Option<&CurrentUser>,
        csrf: &CsrfToken,
    ) -> Self {
        Self {
            title: title.into(),
            section,
            csrf: csrf.0.clone(),
            user: user.map(|u| {
                (
                    u.user.display_name.clone(),
                    u.user.role.as_str().replace('_', " "),
                )
            }),
            can_review: user.is_some_and(|u| u.user.can(Permission::ViewQueue)),
            can_audit: user.is_some_and(|u| u.user.can(Permission::ViewAudit)),
            can_export: user.is_some_and(|u| u.user.can(Permission::Export)),
            main_class: "",
        }
    }

    pub(crate) fn narrow(mut self) -> Self {
        self.main_class = "narrow";
        self
    }
}

/// One `<option>`.
#[derive(Debug, Clone)]
pub(crate) struct Opt {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

impl Opt {
    pub(crate) fn new(id: &str, label: &str, selected: Option<&str>) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            selected: selected == Some(id),
        }
    }
}

/// Taxonomy categories as options, violating ones only, labelled with their description.
pub(crate) fn category_options(taxonomy: &Taxonomy, selected: Option<&str>) -> Vec<Opt> {
    taxonomy
        .categories
        .iter()
        .map(|c| {
            let label = match &c.description {
                Some(d) => format!("{} – {}", c.id, d),
                None => c.id.clone(),
            };
            Opt::new(&c.id, &label, selected)
        })
        .collect()
}

/// Taxonomy categories as options with plain labels for the public (no internal ids).
pub(crate) fn public_category_options(taxonomy: &Taxonomy, selected: Option<&str>) -> Vec<Opt> {
    taxonomy
        .categories
        .iter()
        .filter(|c| !c.is_non_violating())
        .map(|c| {
            let label = c.description.clone().unwrap_or_else(|| humanise_id(&c.id));
            Opt::new(&c.id, &label, selected)
        })
        .collect()
}

/// Target groups as options.
pub(crate) fn group_options(taxonomy: &Taxonomy, selected: Option<&str>) -> Vec<Opt> {
    taxonomy
        .target_groups
        .iter()
        .map(|g| {
            let label = g.label.clone().unwrap_or_else(|| humanise_id(&g.id));
            Opt::new(&g.id, &label, selected)
        })
        .collect()
}

/// `TG.RELIGION.MUSLIM` → `Religion: muslim`; for ids without a label.
pub(crate) fn humanise_id(id: &str) -> String {
    let parts: Vec<String> = id
        .split('.')
        .skip(1)
        .map(|p| p.replace('_', " ").to_lowercase())
        .collect();
    if parts.is_empty() {
        return id.to_owned();
    }
    let mut out = parts.join(": ");
    if let Some(first) = out.get(..1) {
        out = first.to_uppercase() + out.get(1..).unwrap_or_default();
    }
    out
}

/// A time as people read it, in UTC.
pub(crate) fn when(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// "3h 20m left" / "overdue by 2h 5m", and a CSS class for urgency.
pub(crate) fn time_left(due: Option<Timestamp>, now: Timestamp) -> (String, &'static str) {
    let Some(due) = due else {
        return ("no deadline".to_owned(), "muted");
    };
    let seconds = due.as_second() - now.as_second();
    let span = |s: i64| {
        let (h, m) = (s / 3600, (s % 3600) / 60);
        if h >= 48 {
            format!("{}d {}h", h / 24, h % 24)
        } else if h > 0 {
            format!("{h}h {m}m")
        } else {
            format!("{m}m")
        }
    };
    if seconds < 0 {
        (format!("overdue by {}", span(-seconds)), "overdue")
    } else if seconds < 3600 {
        (format!("{} left", span(seconds)), "soon")
    } else {
        (format!("{} left", span(seconds)), "")
    }
}

/// A piece of the post text: plain, or a matched span (blurred when offensive).
#[derive(Debug, Clone)]
pub(crate) struct Segment {
    pub text: String,
    pub span: bool,
    pub blur: bool,
    pub signal: String,
    pub id: String,
}

/// Signals whose matched words are blurred until the reviewer asks to see them.
fn offensive(signal: &str) -> bool {
    ["SLUR", "DEROGATORY", "DEHUMANISING", "PROFANITY"]
        .iter()
        .any(|s| signal.contains(s))
}

/// Splits `text` at the spans (byte offsets into it). Spans that overlap an earlier one, run
/// past the end or do not fall on character boundaries are skipped rather than trusted.
pub(crate) fn segments(text: &str, spans: &[EvidenceSpan]) -> Vec<Segment> {
    let mut sorted: Vec<&EvidenceSpan> = spans.iter().collect();
    sorted.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let plain = |t: &str| Segment {
        text: t.to_owned(),
        span: false,
        blur: false,
        signal: String::new(),
        id: String::new(),
    };
    let mut out = Vec::new();
    let mut at = 0;
    for (n, s) in sorted.into_iter().enumerate() {
        if s.start < at
            || s.end <= s.start
            || s.end > text.len()
            || !text.is_char_boundary(s.start)
            || !text.is_char_boundary(s.end)
        {
            continue;
        }
        if s.start > at {
            out.push(plain(&text[at..s.start]));
        }
        out.push(Segment {
            text: text[s.start..s.end].to_owned(),
            span: true,
            blur: offensive(&s.signal),
            signal: s.signal.clone(),
            id: format!("span-{n}"),
        });
        at = s.end;
    }
    if at < text.len() {
        out.push(plain(&text[at..]));
    }
    out
}

/// Renders a template, or a 500 (logged) if it fails.
pub(crate) fn render<T: Template>(template: &T) -> Response {
    render_with(StatusCode::OK, template)
}

/// Renders a template with a status.
pub(crate) fn render_with<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, signal: &str) -> EvidenceSpan {
        EvidenceSpan {
            start,
            end,
            signal: signal.into(),
            text: String::new(),
        }
    }

    #[test]
    fn spans_split_the_text_and_slurs_are_blurred() {
        let text = "they are vermin, all of them";
        let parts = segments(
            text,
            &[span(9, 15, "LEX_DEHUMANISING"), span(0, 4, "LEX_IDENTITY")],
        );
        let joined: String = parts.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(parts[0].text, "they");
        assert!(parts[0].span && !parts[0].blur);
        assert_eq!(parts[2].text, "vermin");
        assert!(parts[2].blur);
    }

    #[test]
    fn spans_off_character_boundaries_or_out_of_range_are_ignored() {
        let text = "café x";
        let parts = segments(text, &[span(3, 4, "LEX_SLUR"), span(2, 99, "LEX_SLUR")]);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].text, text);
    }

    #[test]
    fn time_left_reads_naturally() {
        let now = Timestamp::from_second(1_000_000).unwrap();
        let due = Timestamp::from_second(1_000_000 + 3 * 3600 + 20 * 60).unwrap();
        assert_eq!(time_left(Some(due), now).0, "3h 20m left");
        assert_eq!(time_left(Some(now), due).1, "overdue");
    }
}
