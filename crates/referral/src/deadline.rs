//! Deadlines: each channel's clock, and the times a platform took to respond.
//!
//! Four clocks come from outside the hub: 24 hours for a review under the EU Code of conduct+,
//! 48 hours for a UK unlawful-weapons content notice, 1 hour for an EU terrorist-content
//! removal order, and 2 working days for a Terrorism Act 2006 s3 notice. DSA trusted-flagger
//! notices must be handled "without undue delay", which has no number, so the hub uses a
//! configured target and marks it as a target rather than a legal deadline.
//!
//! Working days are days in England and Wales other than Saturdays, Sundays and bank holidays
//! (Christmas Day and Good Friday are bank holidays there). UK local time is computed by hand
//! from the summer-time rule (01:00 UTC on the last Sundays of March and October) because the
//! build carries no time-zone database; the rule has been fixed in law since 2002. The
//! bank-holiday table covers 2026 and 2027; a working-day deadline outside those years is an
//! error, never a silent guess.

use jiff::civil::{Date, DateTime, Weekday};
use jiff::tz::Offset;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::ReferralError;

/// Bank holidays in England and Wales, 2026–2027 (substitute days included).
const BANK_HOLIDAYS_EW: [Date; 16] = [
    Date::constant(2026, 1, 1),
    Date::constant(2026, 4, 3),
    Date::constant(2026, 4, 6),
    Date::constant(2026, 5, 4),
    Date::constant(2026, 5, 25),
    Date::constant(2026, 8, 31),
    Date::constant(2026, 12, 25),
    Date::constant(2026, 12, 28),
    Date::constant(2027, 1, 1),
    Date::constant(2027, 3, 26),
    Date::constant(2027, 3, 29),
    Date::constant(2027, 5, 3),
    Date::constant(2027, 5, 31),
    Date::constant(2027, 8, 30),
    Date::constant(2027, 12, 27),
    Date::constant(2027, 12, 28),
];

/// The years the bank-holiday table covers.
const CALENDAR_YEARS: std::ops::RangeInclusive<i16> = 2026..=2027;

/// The bank holidays the working-day clock skips.
#[must_use]
pub fn bank_holidays_england_wales() -> &'static [Date] {
    &BANK_HOLIDAYS_EW
}

/// Whether a date is a working day in England and Wales.
///
/// # Errors
/// [`ReferralError::Calendar`] for a weekday outside the years the bank-holiday table covers.
pub fn is_working_day(date: Date) -> Result<bool, ReferralError> {
    if matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
        return Ok(false);
    }
    if !CALENDAR_YEARS.contains(&date.year()) {
        return Err(ReferralError::Calendar(format!(
            "{date} is outside the bank-holiday table ({}–{}); extend it before relying on this deadline",
            CALENDAR_YEARS.start(),
            CALENDAR_YEARS.end()
        )));
    }
    Ok(!BANK_HOLIDAYS_EW.contains(&date))
}

/// A channel's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Clock {
    /// A legal or agreed deadline a fixed number of hours after submission.
    Elapsed {
        /// Hours.
        hours: u32,
    },
    /// A legal deadline in working days in England and Wales, counted from the moment of
    /// submission and running only on working days.
    WorkingDays {
        /// Days.
        days: u32,
    },
    /// A target the hub sets itself where the law says "without undue delay".
    Target {
        /// Hours.
        hours: u32,
    },
}

impl Clock {
    /// EU Code of conduct+: notices reviewed within 24 hours.
    pub const CODE_PLUS_REVIEW: Clock = Clock::Elapsed { hours: 24 };
    /// UK unlawful-weapons content notice: 48 hours.
    pub const UK_WEAPONS_NOTICE: Clock = Clock::Elapsed { hours: 48 };
    /// EU terrorist-content removal order (Regulation 2021/784 Art. 3): 1 hour.
    pub const EU_TERRORIST_REMOVAL_ORDER: Clock = Clock::Elapsed { hours: 1 };
    /// Terrorism Act 2006 s3 notice: 2 working days.
    pub const UK_TERRORISM_S3_NOTICE: Clock = Clock::WorkingDays { days: 2 };

    /// The trusted-flagger clock with the configured target.
    #[must_use]
    pub const fn trusted_flagger(target_hours: u32) -> Clock {
        Clock::Target {
            hours: target_hours,
        }
    }

    /// Whether missing it breaks a legal or agreed deadline (not just the hub's own target).
    #[must_use]
    pub const fn is_binding(self) -> bool {
        !matches!(self, Clock::Target { .. })
    }

    /// When the clock runs out for something submitted at `start`.
    ///
    /// # Errors
    /// [`ReferralError::Calendar`] if a working-day clock leaves the bank-holiday table's years
    /// or the time is out of range.
    pub fn due(self, start: Timestamp) -> Result<Timestamp, ReferralError> {
        match self {
            Clock::Elapsed { hours } | Clock::Target { hours } => start
                .checked_add(SignedDuration::from_hours(i64::from(hours)))
                .map_err(|e| ReferralError::Calendar(e.to_string())),
            Clock::WorkingDays { days } => add_working_days(start, days),
        }
    }

    /// Time left at `now`; negative once overdue.
    ///
    /// # Errors
    /// As [`Clock::due`].
    pub fn time_left(
        self,
        start: Timestamp,
        now: Timestamp,
    ) -> Result<SignedDuration, ReferralError> {
        Ok(self.due(start)?.duration_since(now))
    }

    /// Whether the clock ran out: the awaited step happened after the deadline, or has not
    /// happened and `now` is past it.
    ///
    /// # Errors
    /// As [`Clock::due`].
    pub fn is_overdue(
        self,
        start: Timestamp,
        done: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<bool, ReferralError> {
        let due = self.due(start)?;
        Ok(match done {
            Some(done) => done > due,
            None => now > due,
        })
    }
}

/// The step of a platform's response that a clock waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Milestone {
    /// Confirmation of receipt (DSA Art. 16(4)).
    Acknowledgement,
    /// The platform's decision (Code of conduct+ reviews, trusted-flagger notices).
    Decision,
    /// Removal or restriction (removal orders and statutory notices).
    Action,
}

/// The moments a referral's response went through, as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clocks {
    /// When the referral was sent.
    pub submitted_at: Timestamp,
    /// When the platform confirmed receipt.
    pub acknowledged_at: Option<Timestamp>,
    /// When the platform told us its decision.
    pub decided_at: Option<Timestamp>,
    /// When the content was actually removed or restricted.
    pub actioned_at: Option<Timestamp>,
}

impl Clocks {
    /// Clocks for a referral sent at `submitted_at` with no response yet.
    #[must_use]
    pub const fn submitted(submitted_at: Timestamp) -> Self {
        Self {
            submitted_at,
            acknowledged_at: None,
            decided_at: None,
            actioned_at: None,
        }
    }

    /// Checks that no response is recorded before the submission.
    ///
    /// # Errors
    /// [`ReferralError::Invalid`] naming the first timestamp that comes too early.
    pub fn check(&self) -> Result<(), ReferralError> {
        for (field, at) in [
            ("acknowledged_at", self.acknowledged_at),
            ("decided_at", self.decided_at),
            ("actioned_at", self.actioned_at),
        ] {
            if let Some(at) = at
                && at < self.submitted_at
            {
                return Err(ReferralError::Invalid {
                    field: field.to_owned(),
                    message: format!(
                        "{at} is before the referral was submitted ({})",
                        self.submitted_at
                    ),
                });
            }
        }
        Ok(())
    }

    /// Submission to acknowledgement.
    #[must_use]
    pub fn time_to_acknowledgement(&self) -> Option<SignedDuration> {
        self.acknowledged_at
            .map(|t| t.duration_since(self.submitted_at))
    }

    /// Submission to the platform's decision.
    #[must_use]
    pub fn time_to_decision(&self) -> Option<SignedDuration> {
        self.decided_at.map(|t| t.duration_since(self.submitted_at))
    }

    /// Submission to action on the content.
    #[must_use]
    pub fn time_to_action(&self) -> Option<SignedDuration> {
        self.actioned_at
            .map(|t| t.duration_since(self.submitted_at))
    }

    /// How far past its deadline the awaited step is at `now` (or was, when it finally
    /// happened); `None` while on time. Sorting referrals by this lists the most overdue first.
    ///
    /// # Errors
    /// As [`Clock::due`].
    pub fn overdue_by(
        &self,
        clock: Clock,
        milestone: Milestone,
        now: Timestamp,
    ) -> Result<Option<SignedDuration>, ReferralError> {
        let done = match milestone {
            Milestone::Acknowledgement => self.acknowledged_at,
            Milestone::Decision => self.decided_at,
            Milestone::Action => self.actioned_at,
        };
        let late = done
            .unwrap_or(now)
            .duration_since(clock.due(self.submitted_at)?);
        Ok(late.is_positive().then_some(late))
    }

    /// Whether `clock` ran out before the platform decided (review clocks such as Code+ and
    /// trusted-flagger notices measure the decision).
    ///
    /// # Errors
    /// As [`Clock::due`].
    pub fn decision_overdue(&self, clock: Clock, now: Timestamp) -> Result<bool, ReferralError> {
        clock.is_overdue(self.submitted_at, self.decided_at, now)
    }

    /// Whether `clock` ran out before the content was actioned (removal orders and notices
    /// measure the action).
    ///
    /// # Errors
    /// As [`Clock::due`].
    pub fn action_overdue(&self, clock: Clock, now: Timestamp) -> Result<bool, ReferralError> {
        clock.is_overdue(self.submitted_at, self.actioned_at, now)
    }
}

// ------------------------------------------------------------------------------ UK local time

fn last_sunday(year: i16, month: i8) -> Result<Date, ReferralError> {
    let mut day = Date::new(year, month, 1)
        .map_err(|e| ReferralError::Calendar(e.to_string()))?
        .last_of_month();
    while day.weekday() != Weekday::Sunday {
        day = day
            .yesterday()
            .map_err(|e| ReferralError::Calendar(e.to_string()))?;
    }
    Ok(day)
}

/// The UK's offset from UTC at an instant.
fn uk_offset(ts: Timestamp) -> Result<Offset, ReferralError> {
    let year = Offset::UTC.to_datetime(ts).year();
    let change = |month| -> Result<Timestamp, ReferralError> {
        Offset::UTC
            .to_timestamp(last_sunday(year, month)?.at(1, 0, 0, 0))
            .map_err(|e| ReferralError::Calendar(e.to_string()))
    };
    let summer = change(3)? <= ts && ts < change(10)?;
    Ok(if summer {
        Offset::constant(1)
    } else {
        Offset::UTC
    })
}

fn to_local(ts: Timestamp) -> Result<DateTime, ReferralError> {
    Ok(uk_offset(ts)?.to_datetime(ts))
}

/// The instant a UK local time names. The clocks change on Sundays at 01:00 UTC, which are
/// never working days, so the ambiguous hour never reaches this function from a deadline.
fn from_local(dt: DateTime) -> Result<Timestamp, ReferralError> {
    let summer = Offset::constant(1)
        .to_timestamp(dt)
        .map_err(|e| ReferralError::Calendar(e.to_string()))?;
    if uk_offset(summer)? == Offset::constant(1) {
        return Ok(summer);
    }
    Offset::UTC
        .to_timestamp(dt)
        .map_err(|e| ReferralError::Calendar(e.to_string()))
}

fn add_working_days(start: Timestamp, days: u32) -> Result<Timestamp, ReferralError> {
    let mut remaining = SignedDuration::from_hours(24 * i64::from(days));
    let mut local = to_local(start)?;
    // A generous bound: even a 30-day clock over Christmas needs far fewer steps.
    for _ in 0..400 {
        let date = local.date();
        let next_midnight = date
            .tomorrow()
            .map_err(|e| ReferralError::Calendar(e.to_string()))?
            .at(0, 0, 0, 0);
        if is_working_day(date)? {
            let available = local.duration_until(next_midnight);
            if remaining <= available {
                let end = local
                    .checked_add(remaining)
                    .map_err(|e| ReferralError::Calendar(e.to_string()))?;
                return from_local(end);
            }
            remaining -= available;
        }
        local = next_midnight;
    }
    Err(ReferralError::Calendar(
        "the working-day clock did not finish within 400 days".to_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn summer_time_starts_and_ends_on_the_last_sundays_at_one_utc() {
        assert_eq!(uk_offset(ts("2026-03-29T00:59:59Z")).unwrap(), Offset::UTC);
        assert_eq!(
            uk_offset(ts("2026-03-29T01:00:00Z")).unwrap(),
            Offset::constant(1)
        );
        assert_eq!(
            uk_offset(ts("2026-10-25T00:59:59Z")).unwrap(),
            Offset::constant(1)
        );
        assert_eq!(uk_offset(ts("2026-10-25T01:00:00Z")).unwrap(), Offset::UTC);
    }

    #[test]
    fn local_times_round_trip_in_winter_and_summer() {
        for s in ["2026-01-15T10:00:00Z", "2026-07-15T10:00:00Z"] {
            let t = ts(s);
            assert_eq!(from_local(to_local(t).unwrap()).unwrap(), t);
        }
    }
}
