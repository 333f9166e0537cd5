//! The plain input records the reports are computed from. The app fills them from the store;
//! nothing here knows where they came from.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use upstander_core::{DecisionAction, Role};
use upstander_referral::{ChannelKind, HubOutcome};

use crate::AnalyticsError;

/// The half-open period `[from, to)` a report covers; records are placed by when they were
/// referred (or decided). Read from JSON or TOML through [`Window::new`], so an inverted
/// window is refused there too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawWindow")]
pub struct Window {
    from: Timestamp,
    to: Timestamp,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    from: Timestamp,
    to: Timestamp,
}

impl TryFrom<RawWindow> for Window {
    type Error = AnalyticsError;

    fn try_from(raw: RawWindow) -> Result<Self, Self::Error> {
        Window::new(raw.from, raw.to)
    }
}

impl Window {
    /// A window from `from` (included) to `to` (excluded).
    ///
    /// # Errors
    /// [`AnalyticsError::Window`] unless `from < to`.
    pub fn new(from: Timestamp, to: Timestamp) -> Result<Self, AnalyticsError> {
        if from >= to {
            return Err(AnalyticsError::Window {
                from: from.to_string(),
                to: to.to_string(),
            });
        }
        Ok(Self { from, to })
    }

    /// The first instant in the window.
    #[must_use]
    pub fn from(&self) -> Timestamp {
        self.from
    }

    /// The first instant after the window.
    #[must_use]
    pub fn to(&self) -> Timestamp {
        self.to
    }

    /// Whether `at` falls inside.
    #[must_use]
    pub fn contains(&self, at: Timestamp) -> bool {
        self.from <= at && at < self.to
    }
}

/// Which step of the hub's work a stretch of time was spent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Reviewing the item and deciding (first and second review).
    Review,
    /// Writing and sending the referral.
    Referral,
    /// Chasing the platform, re-checking and recording the outcome.
    FollowUp,
}

/// Time one person spent on one step of one referral, as measured by the review and referral
/// screens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkEntry {
    /// The role of the person who did it (prices the time and tells staff from volunteers).
    pub role: Role,
    /// The step.
    pub step: Step,
    /// How long, in seconds.
    pub seconds: u64,
}

/// One referral to a platform, with its clock times and the work it took.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralRecord {
    /// The hub's id for the referral (shown in errors).
    pub id: String,
    /// The platform's display name ("X", "YouTube", a Mastodon instance's domain).
    pub platform: String,
    /// The channel it went through.
    pub channel: ChannelKind,
    /// The taxonomy category the reviewer decided ("HATE.DEROGATION").
    pub category: String,
    /// When it was sent.
    pub referred_at: Timestamp,
    /// When the platform acknowledged it.
    pub acknowledged_at: Option<Timestamp>,
    /// When the platform decided.
    pub decided_at: Option<Timestamp>,
    /// When the platform's action took effect (removal, restriction).
    pub actioned_at: Option<Timestamp>,
    /// The outcome; `None` while the platform has not answered.
    pub outcome: Option<HubOutcome>,
    /// When the channel's clock runs out.
    pub due_at: Option<Timestamp>,
    /// The staff and volunteer time spent on it.
    pub work: Vec<WorkEntry>,
    /// Copies of the content found again after it was actioned.
    pub reuploads: u32,
}

impl ReferralRecord {
    /// Checks that the clock times are in order.
    ///
    /// # Errors
    /// [`AnalyticsError::Record`] naming the first field that comes before the referral.
    pub fn validate(&self, index: usize) -> Result<(), AnalyticsError> {
        let fields = [
            ("acknowledged_at", self.acknowledged_at),
            ("decided_at", self.decided_at),
            ("actioned_at", self.actioned_at),
        ];
        for (field, at) in fields {
            if let Some(at) = at
                && at < self.referred_at
            {
                return Err(AnalyticsError::Record {
                    index,
                    id: self.id.chars().take(80).collect(),
                    field,
                    message: format!(
                        "{at} is before the referral was sent ({})",
                        self.referred_at
                    ),
                });
            }
        }
        Ok(())
    }

    /// Whether the platform missed the channel's deadline: it answered after `due_at`, or has
    /// not answered and `as_of` is past it.
    #[must_use]
    pub fn is_overdue(&self, as_of: Timestamp) -> bool {
        let Some(due) = self.due_at else {
            return false;
        };
        match self.decided_at.or(self.actioned_at) {
            Some(answered) => answered > due,
            None => as_of > due,
        }
    }

    /// Seconds from referral to action, when the platform acted.
    #[must_use]
    pub fn seconds_to_action(&self) -> Option<u64> {
        let actioned = self.actioned_at?;
        let span = actioned
            .as_second()
            .saturating_sub(self.referred_at.as_second());
        u64::try_from(span).ok()
    }
}

/// How an appeal against one of the hub's decisions ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealOutcome {
    /// Not decided yet.
    Pending,
    /// The decision stood.
    Upheld,
    /// The decision was overturned.
    Overturned,
}

impl AppealOutcome {
    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            AppealOutcome::Pending => "pending",
            AppealOutcome::Upheld => "upheld",
            AppealOutcome::Overturned => "overturned",
        }
    }
}

/// One of the hub's own review decisions, for its transparency report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRecord {
    /// When it was decided.
    pub decided_at: Timestamp,
    /// Where the item came from ("report", "monitoring", an import's name).
    pub source: String,
    /// The decided category, if the item was found violating.
    pub category: Option<String>,
    /// What the reviewer decided.
    pub action: DecisionAction,
    /// Whether a second review or a later review reversed a flag.
    pub reversed: bool,
    /// The appeal against it, if there was one.
    pub appeal: Option<AppealOutcome>,
}

/// What an hour of each role's time costs, in the currency's minor unit. Volunteers are priced
/// too: the bill is what the work would cost if someone were paid to do it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatesConfig {
    /// ISO 4217 code, e.g. "GBP".
    #[serde(default = "default_currency")]
    pub currency: String,
    /// The hourly rate for any role without its own, in minor units (pence).
    pub default_per_hour: u64,
    /// Hourly rates by role, in minor units.
    #[serde(default)]
    pub by_role: BTreeMap<Role, u64>,
    /// Who the bill is from, printed on each invoice.
    #[serde(default)]
    pub issuer: String,
}

fn default_currency() -> String {
    "GBP".to_owned()
}

impl RatesConfig {
    /// Checks the currency code.
    ///
    /// # Errors
    /// [`AnalyticsError::Rates`] when the currency is not three capital letters.
    pub fn validate(&self) -> Result<(), AnalyticsError> {
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(AnalyticsError::Rates {
                field: "currency".to_owned(),
                message: format!(
                    "'{}' is not an ISO 4217 code such as GBP or EUR",
                    self.currency.chars().take(20).collect::<String>()
                ),
            });
        }
        Ok(())
    }

    /// The hourly rate for `role`.
    #[must_use]
    pub fn per_hour(&self, role: Role) -> u64 {
        self.by_role
            .get(&role)
            .copied()
            .unwrap_or(self.default_per_hour)
    }
}
