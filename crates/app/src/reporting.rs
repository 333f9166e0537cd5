//! Accountability reports from the hub's record: the burden bill for platforms and the DSA
//! Art. 22(3) trusted-flagger annual report.
//!
//! The arithmetic and the rendering belong to `upstander-analytics`; this module maps stored
//! referrals onto its plain records and writes every report to the audit log as an export.
//!
//! Staff time is measured from the workflow's own timestamps: the review step runs from the
//! reviewer's claim to the decision, the referral step from the decision (or its approval) to
//! the referral. A stretch longer than `[reports] max_step_minutes` is counted as that many
//! minutes, since past it the item was waiting rather than being worked on. When one decision
//! is referred to several platforms at once, its time is shared between them equally.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use upstander_analytics::{RatesConfig, ReferralRecord as Record, Step, Window, WorkEntry};
use upstander_core::{AuditAction, Permission, Role, Timestamp, User};
use upstander_referral::{ChannelKind, HubOutcome};
use upstander_store::{NewAuditEntry, ReferralFilter, ReferralRecord};

use crate::accounts::require;
use crate::referrals::POLICE_TARGET;
use crate::{AppError, Hub, Result};

/// `[reports]`: how staff time is priced and measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReportsConfig {
    /// ISO 4217 currency of the rates.
    pub currency: String,
    /// What an hour of anyone's time costs, in minor units (pence, cents).
    pub hourly_rate_minor: u64,
    /// Hourly rates by role (`volunteer = 1500`), in minor units; others use the default.
    pub hourly_rate_by_role: BTreeMap<Role, u64>,
    /// Who the invoices are from.
    pub issuer: String,
    /// The longest stretch of one workflow step counted as work, in minutes.
    pub max_step_minutes: u32,
}

impl Default for ReportsConfig {
    fn default() -> Self {
        Self {
            currency: "GBP".to_owned(),
            hourly_rate_minor: 2500,
            hourly_rate_by_role: BTreeMap::new(),
            issuer: String::new(),
            max_step_minutes: 60,
        }
    }
}

/// The format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// A printable page with charts.
    Html,
    /// A table.
    Csv,
    /// The figures as JSON.
    Json,
}

impl ReportFormat {
    /// Parses `html`, `csv` or `json`.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming `format`.
    pub fn parse(text: &str) -> Result<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "html" => Ok(Self::Html),
            "csv" => Ok(Self::Csv),
            "json" => Ok(Self::Json),
            other => Err(AppError::invalid(
                "format",
                format!(
                    "'{}' is not a report format (html, csv or json)",
                    other.chars().take(40).collect::<String>()
                ),
            )),
        }
    }

    /// The lower-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }
}

fn analytics_error(error: upstander_analytics::AnalyticsError) -> AppError {
    match error {
        upstander_analytics::AnalyticsError::Window { .. } => {
            AppError::invalid("to", error.to_string())
        }
        upstander_analytics::AnalyticsError::Rates { field, message } => AppError::Config {
            key: format!("reports.{field}"),
            message,
        },
        other => AppError::Internal(other.to_string()),
    }
}

impl Hub {
    fn rates(&self) -> RatesConfig {
        let config = &self.config.reports;
        RatesConfig {
            currency: config.currency.clone(),
            default_per_hour: config.hourly_rate_minor,
            by_role: config.hourly_rate_by_role.clone(),
            issuer: config.issuer.clone(),
        }
    }

    /// The stored platform referrals made inside the window, as the analytics crate's records.
    async fn referral_records(&self, from: Timestamp, to: Timestamp) -> Result<Vec<Record>> {
        let page = self
            .store
            .list_referrals(&ReferralFilter {
                created_from: Some(from),
                created_to: Some(to),
                ..ReferralFilter::default()
            })
            .await?;
        // A full page means the period holds more than one read returns: refuse rather than
        // print a bill that silently leaves referrals out.
        if page.len() >= upstander_store::MAX_REFERRAL_PAGE as usize {
            return Err(AppError::invalid(
                "from",
                format!(
                    "the period holds more than {} referrals; report on shorter periods",
                    upstander_store::MAX_REFERRAL_PAGE
                ),
            ));
        }
        let stored: Vec<ReferralRecord> = page
            .into_iter()
            .filter(|r| r.target != POLICE_TARGET)
            .collect();
        let registry = self.registry()?;
        let cap = i64::from(self.config.reports.max_step_minutes) * 60;
        let mut sharing: HashMap<upstander_core::DecisionId, u64> = HashMap::new();
        for r in &stored {
            *sharing.entry(r.decision_id).or_default() += 1;
        }
        let mut roles: HashMap<String, Role> = HashMap::new();
        let mut records = Vec::with_capacity(stored.len());
        for r in stored {
            let share = sharing.get(&r.decision_id).copied().unwrap_or(1).max(1);
            let reviewer = self
                .store
                .get_item(r.item_id)
                .await?
                .decisions
                .into_iter()
                .find(|d| d.id == r.decision_id)
                .map(|d| d.decision.reviewer);
            let mut work = Vec::new();
            for (step, who, seconds) in [
                (Step::Review, reviewer.as_deref(), r.review_seconds),
                (
                    Step::Referral,
                    Some(r.created_by.as_str()),
                    r.referral_seconds,
                ),
            ] {
                let Some(seconds) = seconds else { continue };
                let seconds = u64::try_from(seconds.clamp(0, cap)).unwrap_or(0) / share;
                let role = match who {
                    Some(name) => self.role_of(name, &mut roles).await?,
                    None => Role::Analyst,
                };
                work.push(WorkEntry {
                    role,
                    step,
                    seconds,
                });
            }
            let platform = upstander_core::Platform::parse(&r.target)
                .ok()
                .and_then(|p| registry.platform(p).map(|e| e.name.clone()))
                .unwrap_or_else(|| r.target.clone());
            let channel: ChannelKind = serde_json::from_value(serde_json::Value::String(
                r.channel.clone(),
            ))
            .map_err(|_| {
                AppError::Store(upstander_store::StoreError::Corrupt(format!(
                    "referral {} channel '{}'",
                    r.id, r.channel
                )))
            })?;
            records.push(Record {
                id: r.id.to_string(),
                platform,
                channel,
                category: r.category.clone().unwrap_or_else(|| "unknown".to_owned()),
                referred_at: r.created_at,
                acknowledged_at: r.acknowledged_at,
                decided_at: r.decided_at,
                actioned_at: r.actioned_at,
                outcome: r.outcome.as_deref().and_then(|o| HubOutcome::parse(o).ok()),
                due_at: r.due_at,
                work,
                reuploads: r.reuploads,
            });
        }
        Ok(records)
    }

    /// The role a stored account has; names that are not accounts (the command line's
    /// reviewers, the system) count as analysts, the staff role that decides and refers.
    async fn role_of(&self, name: &str, cache: &mut HashMap<String, Role>) -> Result<Role> {
        if let Some(role) = cache.get(name) {
            return Ok(*role);
        }
        let role = self
            .store
            .user_record(name)
            .await?
            .map_or(Role::Analyst, |r| r.user.role);
        cache.insert(name.to_owned(), role);
        Ok(role)
    }

    async fn audit_export(&self, actor: &User, what: &str, details: String) -> Result<()> {
        self.store
            .append_audit(NewAuditEntry {
                actor: actor.username.clone(),
                action: AuditAction::Export,
                subject: what.to_owned(),
                details,
            })
            .await?;
        Ok(())
    }

    /// The burden bill for referrals made in `[from, to)`: per platform, items reported, staff
    /// and volunteer time and its cost, median time to action, removal rate, overdue count and
    /// re-uploads, with charts and an invoice per platform (HTML), or the figures (CSV, JSON).
    /// Audited as an `export`. Needs `Export`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::InvalidInput`] naming `to` for an empty window;
    /// [`AppError::Config`] for a bad currency.
    pub async fn burden_report(
        &self,
        actor: &User,
        from: Timestamp,
        to: Timestamp,
        format: ReportFormat,
    ) -> Result<String> {
        require(actor, Permission::Export)?;
        let window = Window::new(from, to).map_err(analytics_error)?;
        let records = self.referral_records(from, to).await?;
        let report = upstander_analytics::burden(&records, window, &self.rates())
            .map_err(analytics_error)?;
        let out = match format {
            ReportFormat::Html => report.to_html(),
            ReportFormat::Csv => report.to_csv(),
            ReportFormat::Json => report.to_json(),
        }
        .map_err(analytics_error)?;
        self.audit_export(
            actor,
            "burden_report",
            format!(
                "from={from}; to={to}; format={}; referrals={}",
                format.as_str(),
                report.total.items_reported
            ),
        )
        .await?;
        Ok(out)
    }

    /// The DSA Art. 22(3) trusted-flagger report for referrals made in `[from, to)`: notices by
    /// platform, by type of allegedly illegal content and by the action taken (HTML or CSV; JSON
    /// gives the figures). Audited as an `export`. Needs `Export`.
    ///
    /// # Errors
    /// As [`Hub::burden_report`].
    pub async fn trusted_flagger_report(
        &self,
        actor: &User,
        from: Timestamp,
        to: Timestamp,
        format: ReportFormat,
    ) -> Result<String> {
        require(actor, Permission::Export)?;
        let window = Window::new(from, to).map_err(analytics_error)?;
        let records = self.referral_records(from, to).await?;
        let report = upstander_analytics::trusted_flagger_report(&records, window)
            .map_err(analytics_error)?;
        let out = match format {
            ReportFormat::Html => report.to_html(),
            ReportFormat::Csv => report.to_csv().map_err(analytics_error)?,
            ReportFormat::Json => serde_json::to_string_pretty(&report)
                .map_err(|e| AppError::Internal(format!("report: {e}")))?,
        };
        self.audit_export(
            actor,
            "trusted_flagger_report",
            format!(
                "from={from}; to={to}; format={}; notices={}",
                format.as_str(),
                report.notices
            ),
        )
        .await?;
        Ok(out)
    }
}

/// Most decisions one transparency report reads.
const MAX_REPORT_DECISIONS: u32 = 1_000_000;

impl Hub {
    /// The hub's own transparency report for decisions made in `[from, to)`: volumes by
    /// source, decisions by action and category, flags reversed (sent back by a second
    /// reviewer, or cleared by a later decision) and appeals with how they ended (upheld when
    /// the next decision kept the action, overturned when it changed it, pending until then).
    /// Audited as an `export`. Needs `Export`.
    ///
    /// # Errors
    /// As [`Hub::burden_report`].
    pub async fn transparency_report(
        &self,
        actor: &User,
        from: Timestamp,
        to: Timestamp,
        format: ReportFormat,
    ) -> Result<String> {
        use upstander_analytics::{AppealOutcome, DecisionRecord};
        use upstander_core::DecisionAction;
        require(actor, Permission::Export)?;
        let window = Window::new(from, to).map_err(analytics_error)?;
        let records: Vec<DecisionRecord> = self
            .store
            .decision_facts(from, to, MAX_REPORT_DECISIONS)
            .await?
            .into_iter()
            .map(|f| DecisionRecord {
                decided_at: f.decided_at,
                source: if f.reported { "report" } else { "monitoring" }.to_owned(),
                category: f.category,
                action: f.action,
                reversed: f.sent_back
                    || (f.action != DecisionAction::NoAction
                        && f.next_action == Some(DecisionAction::NoAction)),
                appeal: f.appealed.then(|| match f.next_action {
                    None => AppealOutcome::Pending,
                    Some(next) if next == f.action => AppealOutcome::Upheld,
                    Some(_) => AppealOutcome::Overturned,
                }),
            })
            .collect();
        let report = upstander_analytics::transparency_report(&records, window);
        let out = match format {
            ReportFormat::Html => report.to_html(),
            ReportFormat::Csv => report.to_csv().map_err(analytics_error)?,
            ReportFormat::Json => serde_json::to_string_pretty(&report)
                .map_err(|e| AppError::Internal(format!("report: {e}")))?,
        };
        self.audit_export(
            actor,
            "transparency_report",
            format!(
                "from={from}; to={to}; format={}; decisions={}",
                format.as_str(),
                report.decisions
            ),
        )
        .await?;
        Ok(out)
    }
}

/// The first instant of a calendar year (UTC) and of the next.
///
/// # Errors
/// [`AppError::InvalidInput`] naming `year` outside 2000–2999.
pub fn year_window(year: i16) -> Result<(Timestamp, Timestamp)> {
    if !(2000..=2999).contains(&year) {
        return Err(AppError::invalid("year", "must be between 2000 and 2999"));
    }
    let start = |y: i16| {
        jiff::tz::Offset::UTC
            .to_timestamp(jiff::civil::date(y, 1, 1).to_datetime(jiff::civil::Time::midnight()))
            .map_err(|e| AppError::invalid("year", e.to_string()))
    };
    Ok((start(year)?, start(year + 1)?))
}

/// Reads the start or end of a report's period: a day (`2026-01-31`, midnight UTC) or an
/// RFC 3339 instant.
///
/// # Errors
/// [`AppError::InvalidInput`] naming `field`.
pub fn parse_period_bound(field: &str, text: &str) -> Result<Timestamp> {
    let text = text.trim();
    let shown = || text.chars().take(40).collect::<String>();
    // Only a bare day is a day: jiff's civil date parser also takes `2026-06-15T23:30:00-05:00`
    // and drops the time and offset, which silently moved such a bound to midnight UTC.
    if !text.contains(['T', 't', ' '])
        && let Ok(date) = text.parse::<jiff::civil::Date>()
    {
        return jiff::tz::Offset::UTC
            .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
            .map_err(|e| AppError::invalid(field, e.to_string()));
    }
    if let Some(minutes) = utc_offset_minutes(text)
        && !(-12 * 60..=14 * 60).contains(&minutes)
    {
        return Err(AppError::invalid(
            field,
            format!(
                "'{}' has the UTC offset {}{:02}:{:02}, which no place uses (offsets run from \
                 -12:00 to +14:00)",
                shown(),
                if minutes < 0 { '-' } else { '+' },
                minutes.abs() / 60,
                minutes.abs() % 60
            ),
        ));
    }
    text.parse::<Timestamp>().map_err(|_| {
        AppError::invalid(
            field,
            format!(
                "'{}' is not a day like 2026-01-31 or a time with its UTC offset like \
                 2026-01-31T12:00:00Z or 2026-01-31T12:00:00-05:00",
                shown()
            ),
        )
    })
}

/// The numeric UTC offset at the end of an RFC 3339 time (`-05:00`, `+0530`), in minutes;
/// `None` for `Z` or when there is none to read.
fn utc_offset_minutes(text: &str) -> Option<i32> {
    let time = text.get(text.find(['T', 't', ' '])?..)?;
    let at = time.rfind(['+', '-'])?;
    let sign = if time.get(at..=at)? == "-" { -1 } else { 1 };
    let digits: String = time.get(at + 1..)?.chars().filter(|c| *c != ':').collect();
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits.get(2..4).map_or(Some(0), |m| m.parse().ok())?;
    Some(sign * (hours * 60 + minutes))
}
