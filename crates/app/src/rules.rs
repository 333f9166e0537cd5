//! The hub's workflow rules (lockout, session and claim lengths, review deadlines) and the
//! clock they are measured against, which tests replace to step through time.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use jiff::SignedDuration;
use upstander_core::{Severity, Timestamp};

/// Lengths and limits of the review workflow and of sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkflowRules {
    /// Failed sign-ins in a row that lock an account.
    pub lockout_after_failures: u32,
    /// How long a locked account stays locked.
    pub lockout_for: SignedDuration,
    /// A session ends after this long without use.
    pub session_idle: SignedDuration,
    /// How long a claim on an item lasts unless renewed.
    pub claim_for: SignedDuration,
    /// Time allowed from an item's first sighting to a decision, by severity (S0…S4);
    /// `None` means no deadline.
    pub deadlines: [Option<SignedDuration>; 5],
}

impl Default for WorkflowRules {
    fn default() -> Self {
        Self {
            lockout_after_failures: 5,
            lockout_for: SignedDuration::from_mins(15),
            session_idle: SignedDuration::from_hours(8),
            claim_for: SignedDuration::from_mins(30),
            // Imminent threats (S4) within the hour; serious and targeted abuse within a day.
            deadlines: [
                None,
                None,
                Some(SignedDuration::from_hours(24)),
                Some(SignedDuration::from_hours(24)),
                Some(SignedDuration::from_hours(1)),
            ],
        }
    }
}

impl WorkflowRules {
    /// The deadline for an item of `severity` first seen at `first_seen`.
    #[must_use]
    pub fn due_at(&self, severity: Severity, first_seen: Timestamp) -> Option<Timestamp> {
        let allowed = self.deadlines[usize::from(severity.level().min(4))]?;
        first_seen.checked_add(allowed).ok()
    }
}

/// Where the hub reads the time: the system clock, or a settable one for tests.
#[derive(Clone, Default)]
pub struct Clock {
    fixed: Option<Arc<AtomicI64>>,
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.fixed {
            None => f.write_str("Clock(system)"),
            Some(_) => f.write_str("Clock(manual)"),
        }
    }
}

impl Clock {
    /// The system clock.
    #[must_use]
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock that stands at `at` until moved with [`Clock::advance`] or [`Clock::set`].
    #[must_use]
    pub fn manual(at: Timestamp) -> Self {
        Self {
            fixed: Some(Arc::new(AtomicI64::new(at.as_microsecond()))),
        }
    }

    /// The current time, to the microsecond (what the store keeps).
    #[must_use]
    pub fn now(&self) -> Timestamp {
        let micros = match &self.fixed {
            Some(at) => at.load(Ordering::SeqCst),
            None => Timestamp::now().as_microsecond(),
        };
        Timestamp::from_microsecond(micros).unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// Moves a manual clock on by `by` (no effect on the system clock).
    pub fn advance(&self, by: SignedDuration) {
        if let Some(at) = &self.fixed {
            let micros = i64::try_from(by.as_micros()).unwrap_or(i64::MAX);
            at.fetch_add(micros, Ordering::SeqCst);
        }
    }

    /// Sets a manual clock to `to` (no effect on the system clock).
    pub fn set(&self, to: Timestamp) {
        if let Some(at) = &self.fixed {
            at.store(to.as_microsecond(), Ordering::SeqCst);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_follow_severity_and_minor_items_have_none() {
        let rules = WorkflowRules::default();
        let seen = Timestamp::from_second(1_800_000_000).unwrap();
        assert_eq!(rules.due_at(Severity::S1, seen), None);
        assert_eq!(
            rules.due_at(Severity::S4, seen),
            Some(seen.checked_add(SignedDuration::from_hours(1)).unwrap())
        );
        assert_eq!(
            rules.due_at(Severity::S2, seen),
            Some(seen.checked_add(SignedDuration::from_hours(24)).unwrap())
        );
    }

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = Timestamp::from_second(1_800_000_000).unwrap();
        let clock = Clock::manual(start);
        assert_eq!(clock.now(), start);
        clock.advance(SignedDuration::from_mins(15));
        assert_eq!(
            clock.now(),
            start.checked_add(SignedDuration::from_mins(15)).unwrap()
        );
    }
}
