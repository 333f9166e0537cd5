//! The accountability reports: the DSA Art. 22(3) trusted-flagger report (notices by platform,
//! by type of allegedly illegal content, and the action taken) and the hub's own transparency
//! report (volumes, decisions by action, reversed flags, appeals and how they ended).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use upstander_referral::ChannelKind;

use crate::csv_out::CsvOut;
use crate::html::{PAGE_END, count_table, escape, page_start};
use crate::{AnalyticsError, DecisionRecord, ReferralRecord, Window};

/// Counts by label, sorted by label.
pub type Counts = BTreeMap<String, u64>;

fn bump(counts: &mut Counts, key: &str) {
    *counts.entry(key.to_owned()).or_default() += 1;
}

fn rows(counts: &Counts) -> Vec<(String, u64)> {
    counts.iter().map(|(k, v)| (k.clone(), *v)).collect()
}

/// The DSA Art. 22(3) report for one period (normally a calendar year).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedFlaggerReport {
    /// The period.
    pub window: Window,
    /// Notices sent in the period.
    pub notices: u64,
    /// Notices by hosting service.
    pub by_platform: Counts,
    /// Notices by type of allegedly illegal content (taxonomy category).
    pub by_content_type: Counts,
    /// Notices by the action the platform took ("unanswered" while open).
    pub by_action: Counts,
    /// Notices by platform, content type and action, sorted in that order: every other table
    /// sums this one.
    pub detail: Vec<NoticeCount>,
}

/// The number of notices for one platform, content type and action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeCount {
    /// The hosting service.
    pub platform: String,
    /// The type of allegedly illegal content (taxonomy category).
    pub content_type: String,
    /// The action the platform took ("unanswered" while open).
    pub action: String,
    /// How many notices.
    pub notices: u64,
}

/// Builds the Art. 22(3) report from the referrals sent inside `window` as DSA notices (through
/// the Art. 16 notice mechanism or the trusted-flagger channel, which Art. 22(1) routes through
/// the same mechanism); referrals through other channels are not notices and are left out.
///
/// # Errors
/// [`AnalyticsError::Record`] for a contradictory record.
pub fn trusted_flagger_report(
    records: &[ReferralRecord],
    window: Window,
) -> Result<TrustedFlaggerReport, AnalyticsError> {
    let mut report = TrustedFlaggerReport {
        window,
        notices: 0,
        by_platform: Counts::new(),
        by_content_type: Counts::new(),
        by_action: Counts::new(),
        detail: Vec::new(),
    };
    let mut detail: BTreeMap<(&str, &str, &str), u64> = BTreeMap::new();
    for (index, record) in records.iter().enumerate() {
        record.validate(index)?;
        let is_notice = matches!(
            record.channel,
            ChannelKind::DsaArt16 | ChannelKind::TrustedFlagger
        );
        if !is_notice || !window.contains(record.referred_at) {
            continue;
        }
        let action = record.outcome.map_or("unanswered", |o| o.as_str());
        report.notices += 1;
        bump(&mut report.by_platform, &record.platform);
        bump(&mut report.by_content_type, &record.category);
        bump(&mut report.by_action, action);
        *detail
            .entry((&record.platform, &record.category, action))
            .or_default() += 1;
    }
    report.detail = detail
        .into_iter()
        .map(|((platform, content_type, action), notices)| NoticeCount {
            platform: platform.to_owned(),
            content_type: content_type.to_owned(),
            action: action.to_owned(),
            notices,
        })
        .collect();
    Ok(report)
}

impl TrustedFlaggerReport {
    /// One row per `(platform, content type, action)` with its count: the tidy table every
    /// summary derives from.
    ///
    /// # Errors
    /// [`AnalyticsError::Csv`] if the writer fails.
    pub fn to_csv(&self) -> Result<String, AnalyticsError> {
        let mut csv = CsvOut::new(&[
            "from",
            "to",
            "platform",
            "content_type",
            "action_taken",
            "notices",
        ])?;
        let (from, to) = (self.window.from().to_string(), self.window.to().to_string());
        for d in &self.detail {
            csv.row(&[
                &from,
                &to,
                &d.platform,
                &d.content_type,
                &d.action,
                &d.notices.to_string(),
            ])?;
        }
        csv.finish()
    }

    /// A printable page with the three tables Art. 22(3) asks for.
    #[must_use]
    pub fn to_html(&self) -> String {
        let period = format!("{} to {}", self.window.from(), self.window.to());
        let mut out = page_start(&format!("Trusted flagger report, {period}"));
        out.push_str(&format!(
            "<h1>Report on notices submitted (DSA Article 22(3))</h1>\n<p>Period: {}. \
             Notices submitted: {}.</p>\n",
            escape(&period),
            self.notices
        ));
        let empty = "No notices were submitted in this period.";
        out.push_str("<h2>By hosting service provider</h2>\n");
        count_table(
            &mut out,
            ["Provider", "Notices"],
            &rows(&self.by_platform),
            empty,
        );
        out.push_str("<h2>By type of allegedly illegal content</h2>\n");
        count_table(
            &mut out,
            ["Type of content", "Notices"],
            &rows(&self.by_content_type),
            empty,
        );
        out.push_str("<h2>By action taken by the provider</h2>\n");
        count_table(
            &mut out,
            ["Action taken", "Notices"],
            &rows(&self.by_action),
            empty,
        );
        out.push_str(PAGE_END);
        out
    }
}

/// The hub's own transparency report for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransparencyReport {
    /// The period.
    pub window: Window,
    /// Decisions made in the period.
    pub decisions: u64,
    /// Decisions by where the item came from.
    pub by_source: Counts,
    /// Decisions by action.
    pub by_action: Counts,
    /// Decisions by category ("none" when not violating).
    pub by_category: Counts,
    /// Flags later reversed.
    pub reversed: u64,
    /// Decisions appealed.
    pub appeals: u64,
    /// Appeals by outcome.
    pub appeal_outcomes: Counts,
}

/// Builds the transparency report from the decisions made inside `window`.
#[must_use]
pub fn transparency_report(decisions: &[DecisionRecord], window: Window) -> TransparencyReport {
    let mut report = TransparencyReport {
        window,
        decisions: 0,
        by_source: Counts::new(),
        by_action: Counts::new(),
        by_category: Counts::new(),
        reversed: 0,
        appeals: 0,
        appeal_outcomes: Counts::new(),
    };
    for d in decisions.iter().filter(|d| window.contains(d.decided_at)) {
        report.decisions += 1;
        bump(&mut report.by_source, &d.source);
        bump(&mut report.by_action, d.action.as_str());
        bump(
            &mut report.by_category,
            d.category.as_deref().unwrap_or("none"),
        );
        if d.reversed {
            report.reversed += 1;
        }
        if let Some(appeal) = d.appeal {
            report.appeals += 1;
            bump(&mut report.appeal_outcomes, appeal.as_str());
        }
    }
    report
}

impl TransparencyReport {
    /// One row per figure: `measure,value,count` (e.g. `action,police,3`), totals first.
    ///
    /// # Errors
    /// [`AnalyticsError::Csv`] if the writer fails.
    pub fn to_csv(&self) -> Result<String, AnalyticsError> {
        let mut csv = CsvOut::new(&["from", "to", "measure", "value", "count"])?;
        let (from, to) = (self.window.from().to_string(), self.window.to().to_string());
        for (measure, value, count) in [
            ("decisions", "all", self.decisions),
            ("reversed_flags", "all", self.reversed),
            ("appeals", "all", self.appeals),
        ] {
            csv.row(&[&from, &to, measure, value, &count.to_string()])?;
        }
        for (measure, counts) in [
            ("source", &self.by_source),
            ("action", &self.by_action),
            ("category", &self.by_category),
            ("appeal_outcome", &self.appeal_outcomes),
        ] {
            for (value, count) in counts {
                csv.row(&[&from, &to, measure, value, &count.to_string()])?;
            }
        }
        csv.finish()
    }

    /// A printable page.
    #[must_use]
    pub fn to_html(&self) -> String {
        let period = format!("{} to {}", self.window.from(), self.window.to());
        let mut out = page_start(&format!("Transparency report, {period}"));
        out.push_str(&format!(
            "<h1>Transparency report</h1>\n<p>Period: {}.</p>\n",
            escape(&period)
        ));
        if self.decisions == 0 {
            out.push_str("<p class=\"empty\">Nothing was decided in this period.</p>\n");
            out.push_str(PAGE_END);
            return out;
        }
        out.push_str(&format!(
            "<p>Decisions: {}. Flags reversed on later review: {}. Decisions appealed: {}.</p>\n",
            self.decisions, self.reversed, self.appeals
        ));
        out.push_str("<h2>Where the items came from</h2>\n");
        count_table(
            &mut out,
            ["Source", "Decisions"],
            &rows(&self.by_source),
            "",
        );
        out.push_str("<h2>Decisions by action</h2>\n");
        count_table(
            &mut out,
            ["Action", "Decisions"],
            &rows(&self.by_action),
            "",
        );
        out.push_str("<h2>Decisions by category</h2>\n");
        count_table(
            &mut out,
            ["Category", "Decisions"],
            &rows(&self.by_category),
            "",
        );
        out.push_str("<h2>Appeals</h2>\n");
        count_table(
            &mut out,
            ["Outcome", "Appeals"],
            &rows(&self.appeal_outcomes),
            "No decision was appealed in this period.",
        );
        out.push_str(PAGE_END);
        out
    }
}
