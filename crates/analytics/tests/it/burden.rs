//! The burden bill.

use upstander_analytics::{AnalyticsError, Minor, RatesConfig, Window, burden};

use crate::support::{march, rates, referrals, testdata, ts};

#[test]
fn the_march_bill_matches_the_hand_computed_figures() {
    let report = burden(&referrals(), march(), &rates()).unwrap();
    let names: Vec<&str> = report
        .platforms
        .iter()
        .map(|p| p.platform.as_str())
        .collect();
    assert_eq!(names, ["X", "YouTube"]);
    let x = &report.platforms[0];
    assert_eq!(x.items_reported, 3, "r5 is in April and must be left out");
    assert_eq!((x.staff_seconds, x.volunteer_seconds), (1500, 2100));
    assert_eq!(x.staff_cost, Minor(1042), "1500 s at £25/h is 1041.67p");
    assert_eq!(x.volunteer_cost, Minor(875));
    assert_eq!(x.total_cost, Minor(1917));
    assert_eq!(x.median_seconds_to_action, Some(133_200));
    assert_eq!(x.removal_rate_permille, Some(333));
    assert_eq!((x.removed, x.geo_restricted, x.unanswered), (1, 1, 1));
    assert_eq!(x.overdue, 2);
    assert_eq!(x.reuploads, 2);
    let buckets: Vec<(&str, u64)> = x
        .time_to_action
        .iter()
        .map(|b| (b.label.as_str(), b.count))
        .collect();
    assert_eq!(
        buckets,
        [
            ("under 1 hour", 0),
            ("1–24 hours", 1),
            ("1–2 days", 0),
            ("2–7 days", 1),
            ("over 7 days", 0),
            ("not actioned", 1)
        ]
    );

    let yt = &report.platforms[1];
    assert_eq!(yt.median_seconds_to_action, None);
    assert_eq!(yt.removal_rate_permille, Some(0));
    assert_eq!(yt.total_cost, Minor(1000));
    assert_eq!(yt.outcomes.get("rejected_by_platform"), Some(&1));

    let total = &report.total;
    assert_eq!(total.items_reported, 4);
    assert_eq!(total.total_cost, Minor(2917));
    assert_eq!(total.removal_rate_permille, Some(250));
    assert_eq!(total.median_seconds_to_action, Some(133_200));
}

#[test]
fn the_csv_export_is_the_hand_computed_table() {
    let report = burden(&referrals(), march(), &rates()).unwrap();
    let expected = std::fs::read_to_string(testdata("burden-march-2026.csv")).unwrap();
    assert_eq!(report.to_csv().unwrap(), expected);
}

#[test]
fn the_total_is_the_sum_of_the_invoices_to_the_penny() {
    // Three platforms with 1 s of analyst time each: 0.69p apiece rounds to 1p per invoice,
    // so the bill is 3p, not the 2p that rounding the pooled 3 s would give.
    let mut records = referrals();
    records.truncate(1);
    let mut one = records[0].clone();
    one.work[0].seconds = 1;
    one.work.truncate(1);
    let records: Vec<_> = ["A", "B", "C"]
        .iter()
        .map(|p| {
            let mut r = one.clone();
            r.platform = (*p).to_owned();
            r
        })
        .collect();
    let report = burden(&records, march(), &rates()).unwrap();
    assert!(report.platforms.iter().all(|p| p.total_cost == Minor(1)));
    assert_eq!(report.total.total_cost, Minor(3));
}

#[test]
fn the_json_export_round_trips_the_figures() {
    let report = burden(&referrals(), march(), &rates()).unwrap();
    let json: serde_json::Value = serde_json::from_str(&report.to_json().unwrap()).unwrap();
    assert_eq!(json["currency"], "GBP");
    assert_eq!(json["platforms"][0]["total_cost"], 1917);
    assert_eq!(json["total"]["median_seconds_to_action"], 133_200);
}

#[test]
fn the_html_page_has_charts_a_summary_and_one_invoice_per_platform() {
    let report = burden(&referrals(), march(), &rates()).unwrap();
    let html = report.to_html().unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<section class=\"invoice\">").count(), 2);
    // Two overview charts and one time-to-action chart per invoice.
    assert_eq!(html.matches("<svg").count(), 4);
    assert!(html.contains("Cost per platform"));
    assert!(html.contains("£19.17"));
    assert!(html.contains("£29.17"));
    assert!(html.contains("33.3%"));
    assert!(html.contains("From: Example Hate Crime Charity"));
    assert!(html.contains("<td>analyst time</td><td class=\"n\">0.42</td>"));
}

#[test]
fn an_empty_period_says_there_is_nothing_to_bill() {
    let april_2025 = Window::new(ts("2025-04-01T00:00:00Z"), ts("2025-05-01T00:00:00Z")).unwrap();
    let report = burden(&referrals(), april_2025, &rates()).unwrap();
    assert!(report.is_empty());
    assert_eq!(report.total.removal_rate_permille, None);
    assert_eq!(report.total.median_seconds_to_action, None);
    assert_eq!(report.total.total_cost, Minor(0));
    let html = report.to_html().unwrap();
    assert!(html.contains("Nothing was referred in this period"));
    assert!(!html.contains("<svg"));
    let csv = report.to_csv().unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "header and the all-zero total row: {csv}");
    assert!(lines[1].starts_with("All platforms,"));
    let none = burden(&[], april_2025, &rates()).unwrap();
    assert!(none.is_empty());
}

#[test]
fn hostile_platform_and_category_names_are_escaped_everywhere() {
    let mut records = referrals();
    records[0].platform = "<script>alert('x')</script>".to_owned();
    records[1].platform = "=HYPERLINK(\"http://evil.example\",\"click\")".to_owned();
    records[2].platform = "line\nbreak, \"quoted\"\u{0}".to_owned();
    let report = burden(&records, march(), &rates()).unwrap();

    let html = report.to_html().unwrap();
    assert!(!html.contains("<script>"), "raw markup leaked");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(!html.contains('\u{0}'));

    let csv = report.to_csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let platforms: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert!(platforms.contains(&"<script>alert('x')</script>".to_owned()));
    assert!(platforms.contains(&"'=HYPERLINK(\"http://evil.example\",\"click\")".to_owned()));
    assert!(platforms.contains(&"line\nbreak, \"quoted\"\u{0}".to_owned()));
}

#[test]
fn a_record_acted_on_before_it_was_sent_is_named_in_the_error() {
    let mut records = referrals();
    records[2].actioned_at = Some(ts("2026-03-01T00:00:00Z"));
    let err = burden(&records, march(), &rates()).unwrap_err();
    match &err {
        AnalyticsError::Record {
            index, id, field, ..
        } => assert_eq!((*index, id.as_str(), *field), (2, "r3", "actioned_at")),
        other => panic!("unexpected error {other:?}"),
    }
    assert!(err.to_string().contains("before the referral was sent"));
}

#[test]
fn an_inverted_window_and_a_bad_currency_are_refused() {
    let err = Window::new(ts("2026-04-01T00:00:00Z"), ts("2026-03-01T00:00:00Z")).unwrap_err();
    assert!(err.to_string().contains("must be before"));
    let from_json: Result<Window, _> =
        serde_json::from_str(r#"{"from": "2026-03-01T00:00:00Z", "to": "2026-03-01T00:00:00Z"}"#);
    assert!(
        from_json
            .unwrap_err()
            .to_string()
            .contains("must be before")
    );
    let bad = RatesConfig {
        currency: "pounds".to_owned(),
        ..rates()
    };
    let err = burden(&referrals(), march(), &bad).unwrap_err();
    assert!(matches!(err, AnalyticsError::Rates { .. }), "{err}");
}

#[test]
fn rates_load_from_config_and_refuse_unknown_keys() {
    let rates: RatesConfig = rates_from_json(
        r#"{"currency": "EUR", "default_per_hour": 3000, "by_role": {"volunteer": 0}}"#,
    )
    .unwrap();
    assert_eq!(rates.per_hour(upstander_core::Role::Volunteer), 0);
    assert_eq!(rates.per_hour(upstander_core::Role::Analyst), 3000);
    assert!(rates_from_json(r#"{"default_per_hour": 1, "hourly": 2}"#).is_err());
}

fn rates_from_json(json: &str) -> Result<RatesConfig, serde_json::Error> {
    serde_json::from_str(json)
}
