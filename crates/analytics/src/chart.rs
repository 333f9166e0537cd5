//! SVG bar charts, drawn with `plotters`' SVG backend (no font or bitmap libraries: text is
//! emitted as `<text>` and the browser picks the font). Plotters escapes the text it writes;
//! labels are also stripped of control characters and shortened here, because a platform name
//! is whatever a record said it was.

use plotters::prelude::*;

use crate::AnalyticsError;

/// The longest label drawn under a bar, in characters; longer ones end in "…".
const MAX_LABEL_CHARS: usize = 18;

/// The tallest bar drawn; taller ones are cut to it. Plotters' axis arithmetic overflows near
/// `u64::MAX`, and no real count or bill (2^52 pence) comes close.
const MAX_VALUE: u64 = 1 << 52;

/// One bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// What the bar is (drawn under it).
    pub label: String,
    /// Its height.
    pub value: u64,
}

fn clean_label(label: &str) -> String {
    let cleaned: String = label
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.chars().count() > MAX_LABEL_CHARS {
        let mut short: String = cleaned.chars().take(MAX_LABEL_CHARS - 1).collect();
        short.push('…');
        short
    } else {
        cleaned.to_owned()
    }
}

/// A vertical bar chart as a standalone `<svg>` element. `format_value` labels the y axis
/// (money, counts). An empty `bars` still draws the frame, so callers decide whether to show it.
///
/// # Errors
/// [`AnalyticsError::Chart`] if plotters cannot lay the chart out.
pub fn bar_chart(
    title: &str,
    bars: &[Bar],
    format_value: &dyn Fn(u64) -> String,
) -> Result<String, AnalyticsError> {
    let fail = |message: String| AnalyticsError::Chart {
        chart: title.chars().take(80).collect(),
        message,
    };
    let labels: Vec<String> = bars.iter().map(|b| clean_label(&b.label)).collect();
    let max = bars
        .iter()
        .map(|b| b.value.min(MAX_VALUE))
        .max()
        .unwrap_or(0);
    // Headroom above the tallest bar, and a non-empty axis when every value is zero.
    let top = max + (max / 10).max(1);
    let count = u32::try_from(bars.len().max(1)).unwrap_or(u32::MAX);
    let width = (120 + 90 * count).clamp(360, 1200);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, 360)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| fail(e.to_string()))?;
        let mut chart = ChartBuilder::on(&root)
            .caption(clean_title(title), ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(80)
            .build_cartesian_2d((0..count - 1).into_segmented(), 0..top)
            .map_err(|e| fail(e.to_string()))?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .x_labels(bars.len().max(1))
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => labels
                    .get(usize::try_from(*i).unwrap_or(usize::MAX))
                    .cloned()
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .y_label_formatter(&|v| format_value(*v))
            .draw()
            .map_err(|e| fail(e.to_string()))?;
        chart
            .draw_series(
                Histogram::vertical(&chart)
                    .style(RGBColor(0x2b, 0x5c, 0x8a).filled())
                    .margin(8)
                    .data(bars.iter().enumerate().map(|(i, b)| {
                        (u32::try_from(i).unwrap_or(u32::MAX), b.value.min(MAX_VALUE))
                    })),
            )
            .map_err(|e| fail(e.to_string()))?;
        root.present().map_err(|e| fail(e.to_string()))?;
    }
    Ok(svg)
}

fn clean_title(title: &str) -> String {
    title
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_control_laden_labels_are_shortened_and_cleaned() {
        assert_eq!(clean_label("a\u{0}b"), "a b");
        assert_eq!(
            clean_label(&"x".repeat(40)).chars().count(),
            MAX_LABEL_CHARS
        );
    }

    #[test]
    fn a_chart_is_one_svg_element_with_escaped_labels() {
        let bars = [
            Bar {
                label: "<script>".to_owned(),
                value: 5,
            },
            Bar {
                label: "X".to_owned(),
                value: 0,
            },
        ];
        let svg = bar_chart("Cost", &bars, &|v| v.to_string()).unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn one_bar_and_no_bars_still_draw() {
        let one = [Bar {
            label: "X".to_owned(),
            value: 7,
        }];
        assert!(
            bar_chart("One", &one, &|v| v.to_string())
                .unwrap()
                .contains("<rect")
        );
        assert!(
            bar_chart("None", &[], &|v| v.to_string())
                .unwrap()
                .starts_with("<svg")
        );
    }

    #[test]
    fn absurdly_large_values_do_not_overflow_the_axis() {
        let bars = [
            Bar {
                label: "big".to_owned(),
                value: u64::MAX,
            },
            Bar {
                label: "small".to_owned(),
                value: 1,
            },
        ];
        assert!(bar_chart("Big", &bars, &|v| v.to_string()).is_ok());
    }
}
