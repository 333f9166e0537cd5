//! Deadline clocks: fixed hours, working days over weekends, bank holidays and summer time.

use jiff::SignedDuration;
use jiff::civil::date;
use upstander_referral::{
    Clock, Clocks, Milestone, ReferralError, bank_holidays_england_wales, is_working_day,
};

use crate::support::ts;

#[test]
fn fixed_hour_clocks_run_straight_through() {
    let start = ts("2026-03-06T17:30:00Z");
    assert_eq!(
        Clock::CODE_PLUS_REVIEW.due(start).unwrap(),
        ts("2026-03-07T17:30:00Z")
    );
    assert_eq!(
        Clock::UK_WEAPONS_NOTICE.due(start).unwrap(),
        ts("2026-03-08T17:30:00Z")
    );
    assert_eq!(
        Clock::EU_TERRORIST_REMOVAL_ORDER.due(start).unwrap(),
        ts("2026-03-06T18:30:00Z")
    );
    assert_eq!(
        Clock::trusted_flagger(72).due(start).unwrap(),
        ts("2026-03-09T17:30:00Z")
    );
}

#[test]
fn only_the_trusted_flagger_target_is_not_binding() {
    assert!(Clock::CODE_PLUS_REVIEW.is_binding());
    assert!(Clock::UK_TERRORISM_S3_NOTICE.is_binding());
    assert!(!Clock::trusted_flagger(72).is_binding());
}

#[test]
fn two_working_days_from_a_monday_end_on_the_wednesday() {
    assert_eq!(
        Clock::UK_TERRORISM_S3_NOTICE
            .due(ts("2026-03-02T10:00:00Z"))
            .unwrap(),
        ts("2026-03-04T10:00:00Z")
    );
}

#[test]
fn two_working_days_from_a_friday_skip_the_weekend() {
    assert_eq!(
        Clock::UK_TERRORISM_S3_NOTICE
            .due(ts("2026-03-06T15:00:00Z"))
            .unwrap(),
        ts("2026-03-10T15:00:00Z")
    );
}

#[test]
fn a_notice_given_on_a_saturday_starts_counting_on_monday() {
    assert_eq!(
        Clock::UK_TERRORISM_S3_NOTICE
            .due(ts("2026-03-07T12:00:00Z"))
            .unwrap(),
        ts("2026-03-11T00:00:00Z")
    );
}

#[test]
fn easter_bank_holidays_are_skipped_in_summer_time() {
    // Thursday 2 April 2026 at 12:00 BST; Good Friday and Easter Monday do not count.
    assert_eq!(
        Clock::UK_TERRORISM_S3_NOTICE
            .due(ts("2026-04-02T11:00:00Z"))
            .unwrap(),
        ts("2026-04-08T11:00:00Z")
    );
}

#[test]
fn christmas_and_the_boxing_day_substitute_are_skipped() {
    assert_eq!(
        Clock::UK_TERRORISM_S3_NOTICE
            .due(ts("2026-12-24T09:00:00Z"))
            .unwrap(),
        ts("2026-12-30T09:00:00Z")
    );
}

#[test]
fn the_clock_keeps_local_time_across_the_change_to_summer_time() {
    // Friday 27 March 2026 at 10:00 GMT; the clocks go forward on Sunday 29 March.
    assert_eq!(
        Clock::UK_TERRORISM_S3_NOTICE
            .due(ts("2026-03-27T10:00:00Z"))
            .unwrap(),
        ts("2026-03-31T09:00:00Z")
    );
}

#[test]
fn a_working_day_clock_that_leaves_the_holiday_table_is_an_error() {
    let err = Clock::UK_TERRORISM_S3_NOTICE
        .due(ts("2027-12-31T12:00:00Z"))
        .unwrap_err();
    assert!(matches!(err, ReferralError::Calendar(_)));
    assert!(err.to_string().contains("2028-01-03"), "{err}");
}

#[test]
fn working_days_follow_the_table_and_weekends() {
    assert!(!is_working_day(date(2026, 4, 3)).unwrap());
    assert!(is_working_day(date(2026, 4, 7)).unwrap());
    assert!(!is_working_day(date(2027, 12, 28)).unwrap());
    assert!(!is_working_day(date(2030, 1, 5)).unwrap());
    assert!(is_working_day(date(2030, 1, 7)).is_err());
    assert_eq!(bank_holidays_england_wales().len(), 16);
}

#[test]
fn time_left_turns_negative_once_overdue() {
    let start = ts("2026-03-02T10:00:00Z");
    let clock = Clock::CODE_PLUS_REVIEW;
    assert_eq!(
        clock.time_left(start, ts("2026-03-03T09:00:00Z")).unwrap(),
        SignedDuration::from_hours(1)
    );
    assert_eq!(
        clock.time_left(start, ts("2026-03-03T12:00:00Z")).unwrap(),
        SignedDuration::from_hours(-2)
    );
    assert!(
        !clock
            .is_overdue(start, None, ts("2026-03-03T10:00:00Z"))
            .unwrap()
    );
    assert!(
        clock
            .is_overdue(start, None, ts("2026-03-03T10:00:01Z"))
            .unwrap()
    );
    // Done in time stays on time however late it is now.
    assert!(
        !clock
            .is_overdue(
                start,
                Some(ts("2026-03-03T09:59:00Z")),
                ts("2026-04-01T00:00:00Z")
            )
            .unwrap()
    );
    assert!(
        clock
            .is_overdue(
                start,
                Some(ts("2026-03-03T10:01:00Z")),
                ts("2026-03-03T10:02:00Z")
            )
            .unwrap()
    );
}

#[test]
fn response_times_are_measured_from_submission() {
    let clocks = Clocks {
        submitted_at: ts("2026-03-02T10:00:00Z"),
        acknowledged_at: Some(ts("2026-03-02T10:05:00Z")),
        decided_at: Some(ts("2026-03-03T16:00:00Z")),
        actioned_at: None,
    };
    clocks.check().unwrap();
    assert_eq!(
        clocks.time_to_acknowledgement(),
        Some(SignedDuration::from_mins(5))
    );
    assert_eq!(
        clocks.time_to_decision(),
        Some(SignedDuration::from_hours(30))
    );
    assert_eq!(clocks.time_to_action(), None);
    assert!(
        clocks
            .decision_overdue(Clock::CODE_PLUS_REVIEW, ts("2026-03-10T00:00:00Z"))
            .unwrap()
    );
    assert!(
        !clocks
            .action_overdue(Clock::UK_WEAPONS_NOTICE, ts("2026-03-03T16:00:00Z"))
            .unwrap()
    );
    assert_eq!(Clocks::submitted(clocks.submitted_at).decided_at, None);
}

#[test]
fn a_response_recorded_before_the_submission_is_refused() {
    let clocks = Clocks {
        submitted_at: ts("2026-03-02T10:00:00Z"),
        acknowledged_at: None,
        decided_at: Some(ts("2026-03-01T10:00:00Z")),
        actioned_at: None,
    };
    assert!(
        clocks
            .check()
            .unwrap_err()
            .to_string()
            .contains("decided_at")
    );
}

#[test]
fn overdue_referrals_say_by_how_much() {
    let clocks = Clocks {
        submitted_at: ts("2026-03-02T10:00:00Z"),
        acknowledged_at: Some(ts("2026-03-02T10:05:00Z")),
        decided_at: None,
        actioned_at: None,
    };
    let now = ts("2026-03-03T13:00:00Z");
    assert_eq!(
        clocks
            .overdue_by(Clock::CODE_PLUS_REVIEW, Milestone::Decision, now)
            .unwrap(),
        Some(SignedDuration::from_hours(3))
    );
    assert_eq!(
        clocks
            .overdue_by(Clock::CODE_PLUS_REVIEW, Milestone::Acknowledgement, now)
            .unwrap(),
        None
    );
    assert_eq!(
        clocks
            .overdue_by(Clock::UK_WEAPONS_NOTICE, Milestone::Action, now)
            .unwrap(),
        None
    );
}
