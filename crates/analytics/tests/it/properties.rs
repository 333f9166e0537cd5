//! Property tests: no input makes a report panic, and the total row always sums the platforms.

use jiff::Timestamp;
use proptest::prelude::*;
use upstander_analytics::{ReferralRecord, Step, WorkEntry, burden, trusted_flagger_report};
use upstander_core::Role;
use upstander_referral::{ChannelKind, HubOutcome};

use crate::support::{march, rates};

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

prop_compose! {
    fn record()(
        platform in "\\PC{0,12}",
        category in "\\PC{0,12}",
        // Around March 2026, some before and after the window.
        referred in 1_770_000_000i64..1_778_000_000,
        ack in proptest::option::of(0i64..10_000_000),
        decided in proptest::option::of(0i64..10_000_000),
        actioned in proptest::option::of(0i64..10_000_000),
        due in proptest::option::of(-1_000_000i64..10_000_000),
        outcome in proptest::option::of(proptest::sample::select(HubOutcome::ALL.to_vec())),
        channel in proptest::sample::select(vec![
            ChannelKind::InApp, ChannelKind::DsaArt16, ChannelKind::TrustedFlagger,
        ]),
        work in proptest::collection::vec(
            (proptest::sample::select(Role::ALL.to_vec()), any::<u64>()), 0..4),
        reuploads in any::<u32>(),
    ) -> ReferralRecord {
        ReferralRecord {
            id: "p".to_owned(),
            platform,
            channel,
            category,
            referred_at: at(referred),
            acknowledged_at: ack.map(|d| at(referred + d)),
            decided_at: decided.map(|d| at(referred + d)),
            actioned_at: actioned.map(|d| at(referred + d)),
            outcome,
            due_at: due.map(|d| at(referred + d)),
            work: work
                .into_iter()
                .map(|(role, seconds)| WorkEntry { role, step: Step::Review, seconds })
                .collect(),
            reuploads,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_records_give_a_report_whose_total_sums_the_platforms(
        records in proptest::collection::vec(record(), 0..12)
    ) {
        let report = burden(&records, march(), &rates()).unwrap();
        let items: u64 = report.platforms.iter().map(|p| p.items_reported).sum();
        prop_assert_eq!(items, report.total.items_reported);
        let cost = report.platforms.iter().fold(0u64, |a, p| a.saturating_add(p.total_cost.0));
        prop_assert_eq!(cost, report.total.total_cost.0);
        prop_assert!(report.to_html().is_ok());
        prop_assert!(report.to_csv().is_ok());
        prop_assert!(report.to_json().is_ok());
        let annual = trusted_flagger_report(&records, march()).unwrap();
        prop_assert!(annual.to_csv().is_ok());
        let _ = annual.to_html();
    }
}
