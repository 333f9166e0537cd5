//! Report building: the burden bill and the Art. 22(3) report over a year of synthetic
//! referrals (100,000 referrals across 12 platforms, three work entries each), and the HTML
//! page with its charts. Building the records is not timed.
//!
//! Run with `cargo bench -p upstander-analytics`.

// A benchmark that cannot set itself up should stop loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jiff::Timestamp;
use upstander_analytics::{
    RatesConfig, ReferralRecord, Step, Window, WorkEntry, burden, trusted_flagger_report,
};
use upstander_core::Role;
use upstander_referral::{ChannelKind, HubOutcome};

const RECORDS: u64 = 100_000;
const PLATFORMS: [&str; 12] = [
    "X",
    "Facebook",
    "Instagram",
    "Threads",
    "YouTube",
    "TikTok",
    "Telegram",
    "Reddit",
    "Snapchat",
    "Bluesky",
    "mastodon.social",
    "mas.to",
];
const YEAR_START: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

/// SplitMix64: a fixed pseudo-random value per index.
fn mix(index: u64) -> u64 {
    let mut z = index.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

fn records() -> Vec<ReferralRecord> {
    (0..RECORDS)
        .map(|i| {
            let r = mix(i);
            let referred = YEAR_START + i64::try_from(r % 31_000_000).unwrap();
            let delay = i64::try_from(r >> 40 & 0x3_ffff).unwrap(); // up to ~3 days
            let outcome =
                HubOutcome::ALL[usize::try_from(r >> 20).unwrap() % HubOutcome::ALL.len()];
            let answered = !r.is_multiple_of(5);
            ReferralRecord {
                id: i.to_string(),
                platform: PLATFORMS[usize::try_from(r >> 8).unwrap() % PLATFORMS.len()].to_owned(),
                channel: if r.is_multiple_of(3) {
                    ChannelKind::InApp
                } else {
                    ChannelKind::DsaArt16
                },
                category: format!("HATE.C{}", r % 9),
                referred_at: at(referred),
                acknowledged_at: None,
                decided_at: answered.then(|| at(referred + delay)),
                actioned_at: answered.then(|| at(referred + delay)),
                outcome: answered.then_some(outcome),
                due_at: Some(at(referred + 86_400)),
                work: vec![
                    WorkEntry {
                        role: Role::Volunteer,
                        step: Step::Review,
                        seconds: 300 + r % 600,
                    },
                    WorkEntry {
                        role: Role::Analyst,
                        step: Step::Review,
                        seconds: 120 + r % 300,
                    },
                    WorkEntry {
                        role: Role::Analyst,
                        step: Step::Referral,
                        seconds: 240,
                    },
                ],
                reuploads: u32::try_from(r % 3).unwrap(),
            }
        })
        .collect()
}

fn reports(c: &mut Criterion) {
    let records = records();
    let year = Window::new(at(YEAR_START), at(YEAR_START + 31_536_000)).unwrap();
    let rates = RatesConfig {
        currency: "GBP".to_owned(),
        default_per_hour: 2500,
        by_role: BTreeMap::from([(Role::Volunteer, 1500)]),
        issuer: "Bench".to_owned(),
    };
    let mut group = c.benchmark_group("reports");
    group.throughput(Throughput::Elements(RECORDS));
    group.bench_function("burden_100k", |b| {
        b.iter(|| burden(&records, year, &rates).unwrap());
    });
    let report = burden(&records, year, &rates).unwrap();
    // The page is per platform, not per record.
    group.throughput(Throughput::Elements(PLATFORMS.len() as u64));
    group.bench_function("burden_html_12_platforms", |b| {
        b.iter(|| report.to_html().unwrap());
    });
    group.throughput(Throughput::Elements(RECORDS));
    group.bench_function("trusted_flagger_100k", |b| {
        b.iter(|| trusted_flagger_report(&records, year).unwrap());
    });
    group.finish();
}

criterion_group!(benches, reports);
criterion_main!(benches);
