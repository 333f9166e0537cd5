//! The bill: what each platform's moderation costs the hub, per platform, for one period.
//!
//! Every figure is computed from the records handed in, in integers: time in seconds, money in
//! minor units rounded once per role and platform, rates in tenths of a percent. The total row
//! is the sum of the platform rows, so the invoices add up to the total exactly.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use upstander_core::Role;
use upstander_referral::HubOutcome;

use crate::chart::{Bar, bar_chart};
use crate::csv_out::CsvOut;
use crate::html::{PAGE_END, escape, page_start};
use crate::numbers::{
    Minor, cost_minor, format_duration, format_hours, format_permille, median, permille,
};
use crate::{AnalyticsError, RatesConfig, ReferralRecord, Window};

/// The time-to-action buckets, as `(label, upper bound in seconds)`; the last is open.
const BUCKETS: [(&str, u64); 5] = [
    ("under 1 hour", 3600),
    ("1–24 hours", 86_400),
    ("1–2 days", 172_800),
    ("2–7 days", 604_800),
    ("over 7 days", u64::MAX),
];

/// The label of the bucket for referrals the platform never acted on.
const NOT_ACTIONED: &str = "not actioned";

/// One role's time on one platform, priced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleTime {
    /// The role.
    pub role: Role,
    /// Seconds spent.
    pub seconds: u64,
    /// The hourly rate applied, in minor units.
    pub per_hour: u64,
    /// The cost, in minor units.
    pub cost: Minor,
}

/// One bucket of the time-to-action distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    /// "under 1 hour", …, "not actioned".
    pub label: String,
    /// Referrals in it.
    pub count: u64,
}

/// The bill for one platform (or, in [`BurdenReport::total`], for all of them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformBurden {
    /// The platform's name as the records gave it.
    pub platform: String,
    /// Referrals sent in the period.
    pub items_reported: u64,
    /// Seconds of staff time (every role but volunteers).
    pub staff_seconds: u64,
    /// Seconds of volunteer time.
    pub volunteer_seconds: u64,
    /// Time and cost by role, in role order.
    pub by_role: Vec<RoleTime>,
    /// The cost of staff time.
    pub staff_cost: Minor,
    /// The cost of volunteer time.
    pub volunteer_cost: Minor,
    /// Staff plus volunteer cost.
    pub total_cost: Minor,
    /// Referrals the platform acted on (has an action time).
    pub actioned: u64,
    /// The median seconds from referral to action over those; `None` if none were actioned.
    pub median_seconds_to_action: Option<u64>,
    /// Referrals whose content was removed.
    pub removed: u64,
    /// `removed / items_reported` in tenths of a percent; `None` when nothing was reported.
    pub removal_rate_permille: Option<u32>,
    /// Referrals whose content was geo-restricted (still visible elsewhere).
    pub geo_restricted: u64,
    /// Referrals still waiting for an answer.
    pub unanswered: u64,
    /// Referrals answered after the deadline or still open past it at the period's end.
    pub overdue: u64,
    /// Copies found again after action.
    pub reuploads: u64,
    /// Referrals by outcome name ("removed", …, "unanswered").
    pub outcomes: BTreeMap<String, u64>,
    /// The time-to-action distribution.
    pub time_to_action: Vec<Bucket>,
}

impl PlatformBurden {
    fn empty(platform: &str) -> Self {
        Self {
            platform: platform.to_owned(),
            items_reported: 0,
            staff_seconds: 0,
            volunteer_seconds: 0,
            by_role: Vec::new(),
            staff_cost: Minor(0),
            volunteer_cost: Minor(0),
            total_cost: Minor(0),
            actioned: 0,
            median_seconds_to_action: None,
            removed: 0,
            removal_rate_permille: None,
            geo_restricted: 0,
            unanswered: 0,
            overdue: 0,
            reuploads: 0,
            outcomes: BTreeMap::new(),
            time_to_action: BUCKETS
                .iter()
                .map(|(label, _)| *label)
                .chain([NOT_ACTIONED])
                .map(|label| Bucket {
                    label: label.to_owned(),
                    count: 0,
                })
                .collect(),
        }
    }
}

/// The burden report for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BurdenReport {
    /// The period.
    pub window: Window,
    /// The currency of every amount.
    pub currency: String,
    /// Who the invoices are from.
    pub issuer: String,
    /// One entry per platform, by platform name.
    pub platforms: Vec<PlatformBurden>,
    /// All platforms together (`platform` is "All platforms").
    pub total: PlatformBurden,
}

/// Computes the bill for the referrals sent inside `window`. Records outside it are skipped;
/// a record whose times contradict each other is an error, named by its position and id.
///
/// # Errors
/// [`AnalyticsError::Record`] for a contradictory record, [`AnalyticsError::Rates`] for a bad
/// currency.
pub fn burden(
    records: &[ReferralRecord],
    window: Window,
    rates: &RatesConfig,
) -> Result<BurdenReport, AnalyticsError> {
    rates.validate()?;
    let mut groups: BTreeMap<&str, Vec<&ReferralRecord>> = BTreeMap::new();
    for (index, record) in records.iter().enumerate() {
        record.validate(index)?;
        if window.contains(record.referred_at) {
            groups
                .entry(record.platform.as_str())
                .or_default()
                .push(record);
        }
    }
    let platforms: Vec<PlatformBurden> = groups
        .iter()
        .map(|(platform, group)| platform_burden(platform, group, window, rates))
        .collect();
    let all: Vec<&ReferralRecord> = groups.values().flatten().copied().collect();
    let mut total = platform_burden("All platforms", &all, window, rates);
    // The total of the bill is the sum of the invoices, not a re-rounding of all the time.
    total.staff_cost = Minor(saturating_sum(platforms.iter().map(|p| p.staff_cost.0)));
    total.volunteer_cost = Minor(saturating_sum(platforms.iter().map(|p| p.volunteer_cost.0)));
    total.total_cost = Minor(saturating_sum(platforms.iter().map(|p| p.total_cost.0)));
    for role_time in &mut total.by_role {
        role_time.cost = Minor(saturating_sum(
            platforms
                .iter()
                .flat_map(|p| &p.by_role)
                .filter(|r| r.role == role_time.role)
                .map(|r| r.cost.0),
        ));
    }
    Ok(BurdenReport {
        window,
        currency: rates.currency.clone(),
        issuer: rates.issuer.clone(),
        platforms,
        total,
    })
}

/// Sums without overflow: absurd inputs saturate instead of panicking or wrapping.
fn saturating_sum(values: impl Iterator<Item = u64>) -> u64 {
    values.fold(0, u64::saturating_add)
}

fn outcome_name(outcome: Option<HubOutcome>) -> &'static str {
    outcome.map_or("unanswered", HubOutcome::as_str)
}

fn platform_burden(
    platform: &str,
    records: &[&ReferralRecord],
    window: Window,
    rates: &RatesConfig,
) -> PlatformBurden {
    let mut out = PlatformBurden::empty(platform);
    let mut seconds_by_role: BTreeMap<Role, u64> = BTreeMap::new();
    let mut to_action = Vec::new();
    for record in records {
        out.items_reported += 1;
        for entry in &record.work {
            let total = seconds_by_role.entry(entry.role).or_default();
            *total = total.saturating_add(entry.seconds);
        }
        match record.outcome {
            Some(HubOutcome::Removed) => out.removed += 1,
            Some(HubOutcome::GeoRestricted) => out.geo_restricted += 1,
            None => out.unanswered += 1,
            Some(_) => {}
        }
        *out.outcomes
            .entry(outcome_name(record.outcome).to_owned())
            .or_default() += 1;
        if record.is_overdue(window.to()) {
            out.overdue += 1;
        }
        out.reuploads = out.reuploads.saturating_add(u64::from(record.reuploads));
        let bucket = match record.seconds_to_action() {
            Some(seconds) => {
                to_action.push(seconds);
                BUCKETS
                    .iter()
                    .position(|(_, upper)| seconds < *upper)
                    .unwrap_or(BUCKETS.len() - 1)
            }
            None => BUCKETS.len(),
        };
        if let Some(b) = out.time_to_action.get_mut(bucket) {
            b.count += 1;
        }
    }
    out.actioned = u64::try_from(to_action.len()).unwrap_or(u64::MAX);
    out.median_seconds_to_action = median(&mut to_action);
    out.removal_rate_permille = permille(out.removed, out.items_reported);
    for (role, seconds) in seconds_by_role {
        let per_hour = rates.per_hour(role);
        let cost = cost_minor(seconds, per_hour);
        if role == Role::Volunteer {
            out.volunteer_seconds = out.volunteer_seconds.saturating_add(seconds);
            out.volunteer_cost.0 = out.volunteer_cost.0.saturating_add(cost);
        } else {
            out.staff_seconds = out.staff_seconds.saturating_add(seconds);
            out.staff_cost.0 = out.staff_cost.0.saturating_add(cost);
        }
        out.by_role.push(RoleTime {
            role,
            seconds,
            per_hour,
            cost: Minor(cost),
        });
    }
    out.total_cost = Minor(out.staff_cost.0.saturating_add(out.volunteer_cost.0));
    out
}

impl BurdenReport {
    /// Whether nothing was referred in the period.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.platforms.is_empty()
    }

    /// The report as pretty-printed JSON.
    ///
    /// # Errors
    /// [`AnalyticsError::Json`] (not expected: every field serialises).
    pub fn to_json(&self) -> Result<String, AnalyticsError> {
        serde_json::to_string_pretty(self).map_err(|e| AnalyticsError::Json(e.to_string()))
    }

    /// One CSV row per platform, then the total row. Money is in major units with two
    /// decimals; durations in seconds; the rate in percent with one decimal.
    ///
    /// # Errors
    /// [`AnalyticsError::Csv`] if the writer fails.
    pub fn to_csv(&self) -> Result<String, AnalyticsError> {
        let mut csv = CsvOut::new(&[
            "platform",
            "from",
            "to",
            "items_reported",
            "staff_seconds",
            "volunteer_seconds",
            "staff_cost",
            "volunteer_cost",
            "total_cost",
            "currency",
            "actioned",
            "median_seconds_to_action",
            "removed",
            "removal_rate_percent",
            "geo_restricted",
            "unanswered",
            "overdue",
            "reuploads",
        ])?;
        for p in self.platforms.iter().chain([&self.total]) {
            let rate = p
                .removal_rate_permille
                .map(|r| format!("{}.{}", r / 10, r % 10))
                .unwrap_or_default();
            csv.row(&[
                &p.platform,
                &self.window.from().to_string(),
                &self.window.to().to_string(),
                &p.items_reported.to_string(),
                &p.staff_seconds.to_string(),
                &p.volunteer_seconds.to_string(),
                &p.staff_cost.decimal(),
                &p.volunteer_cost.decimal(),
                &p.total_cost.decimal(),
                &self.currency,
                &p.actioned.to_string(),
                &p.median_seconds_to_action
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                &p.removed.to_string(),
                &rate,
                &p.geo_restricted.to_string(),
                &p.unanswered.to_string(),
                &p.overdue.to_string(),
                &p.reuploads.to_string(),
            ])?;
        }
        csv.finish()
    }

    /// A printable HTML page: the summary table, a bar chart of cost per platform, the
    /// time-to-action distribution, and one invoice per platform, each on its own sheet.
    ///
    /// # Errors
    /// [`AnalyticsError::Chart`] if a chart cannot be drawn.
    pub fn to_html(&self) -> Result<String, AnalyticsError> {
        let period = format!("{} to {}", self.window.from(), self.window.to());
        let mut out = page_start(&format!("The cost of platform moderation, {period}"));
        out.push_str(&format!(
            "<h1>The cost of platform moderation to civil society</h1>\n<p>Period: {} \
             (referrals sent from the first instant up to, not including, the second).</p>\n",
            escape(&period)
        ));
        if self.is_empty() {
            out.push_str(
                "<p class=\"empty\">Nothing was referred in this period, so there is nothing to bill.</p>\n",
            );
            out.push_str(PAGE_END);
            return Ok(out);
        }
        self.summary_table(&mut out);
        let currency = self.currency.clone();
        let cost_bars: Vec<Bar> = self
            .platforms
            .iter()
            .map(|p| Bar {
                label: p.platform.clone(),
                value: p.total_cost.0,
            })
            .collect();
        figure(
            &mut out,
            &bar_chart("Cost per platform", &cost_bars, &|v| {
                Minor(v).display(&currency)
            })?,
            "Cost of staff and volunteer time per platform.",
        );
        figure(
            &mut out,
            &distribution_chart("Time to action, all platforms", &self.total)?,
            "How long platforms took to act on the hub's referrals.",
        );
        for p in &self.platforms {
            self.invoice(&mut out, p)?;
        }
        out.push_str(PAGE_END);
        Ok(out)
    }

    fn summary_table(&self, out: &mut String) {
        out.push_str(
            "<table>\n<tr><th>Platform</th><th class=\"n\">Items reported</th>\
             <th class=\"n\">Staff time</th><th class=\"n\">Volunteer time</th>\
             <th class=\"n\">Cost</th><th class=\"n\">Median time to action</th>\
             <th class=\"n\">Removal rate</th><th class=\"n\">Overdue</th>\
             <th class=\"n\">Re-uploads</th></tr>\n",
        );
        for p in self.platforms.iter().chain([&self.total]) {
            out.push_str(&format!(
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                escape(&p.platform),
                p.items_reported,
                format_duration(p.staff_seconds),
                format_duration(p.volunteer_seconds),
                escape(&p.total_cost.display(&self.currency)),
                p.median_seconds_to_action
                    .map_or_else(|| "n/a".to_owned(), format_duration),
                format_permille(p.removal_rate_permille),
                p.overdue,
                p.reuploads,
            ));
        }
        out.push_str("</table>\n");
    }

    fn invoice(&self, out: &mut String, p: &PlatformBurden) -> Result<(), AnalyticsError> {
        let money = |m: Minor| escape(&m.display(&self.currency));
        out.push_str(&format!(
            "<section class=\"invoice\">\n<h2>Invoice: {}</h2>\n",
            escape(&p.platform)
        ));
        if !self.issuer.is_empty() {
            out.push_str(&format!("<p>From: {}</p>\n", escape(&self.issuer)));
        }
        out.push_str(&format!(
            "<p>For the work of reporting content on {} from {} to {}.</p>\n<p>Referrals sent: {}; \
             content removed: {} ({}); geo-restricted: {}; still unanswered: {}; past their \
             deadline: {}; median time to action: {}; re-uploads found: {}.</p>\n",
            escape(&p.platform),
            self.window.from(),
            self.window.to(),
            p.items_reported,
            p.removed,
            format_permille(p.removal_rate_permille),
            p.geo_restricted,
            p.unanswered,
            p.overdue,
            p.median_seconds_to_action
                .map_or_else(|| "n/a".to_owned(), format_duration),
            p.reuploads,
        ));
        out.push_str(
            "<table>\n<tr><th>Work</th><th class=\"n\">Hours</th><th class=\"n\">Rate per hour</th>\
             <th class=\"n\">Amount</th></tr>\n",
        );
        for r in &p.by_role {
            out.push_str(&format!(
                "<tr><td>{} time</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td></tr>\n",
                escape(r.role.as_str()),
                format_hours(r.seconds),
                money(Minor(r.per_hour)),
                money(r.cost),
            ));
        }
        out.push_str(&format!(
            "<tr><th colspan=\"3\">Total</th><th class=\"n\">{}</th></tr>\n</table>\n\
             <p>Amounts are computed from the exact time in seconds and rounded once, to the \
             nearest minor unit, per role.</p>\n",
            money(p.total_cost)
        ));
        figure(
            out,
            &distribution_chart(&format!("Time to action, {}", p.platform), p)?,
            "How long this platform took to act.",
        );
        out.push_str("</section>\n");
        Ok(())
    }
}

fn distribution_chart(title: &str, p: &PlatformBurden) -> Result<String, AnalyticsError> {
    let bars: Vec<Bar> = p
        .time_to_action
        .iter()
        .map(|b| Bar {
            label: b.label.clone(),
            value: b.count,
        })
        .collect();
    bar_chart(title, &bars, &|v| v.to_string())
}

fn figure(out: &mut String, svg: &str, caption: &str) {
    out.push_str("<figure>\n");
    out.push_str(svg);
    out.push_str(&format!(
        "\n<figcaption>{}</figcaption>\n</figure>\n",
        escape(caption)
    ));
}
