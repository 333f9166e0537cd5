//! The DSA Art. 22(3) report and the hub's transparency report.

use upstander_analytics::{
    AppealOutcome, DecisionRecord, Window, transparency_report, trusted_flagger_report,
};
use upstander_core::DecisionAction;

use crate::support::{march, referrals, ts};

#[test]
fn the_trusted_flagger_report_counts_only_dsa_notices_in_the_period() {
    let report = trusted_flagger_report(&referrals(), march()).unwrap();
    assert_eq!(report.notices, 3, "r3 went in-app, r5 is in April");
    assert_eq!(report.by_platform.get("X"), Some(&2));
    assert_eq!(report.by_platform.get("YouTube"), Some(&1));
    assert_eq!(report.by_content_type.get("HATE.THREAT"), Some(&1));
    assert_eq!(report.by_action.get("removed"), Some(&1));
    assert_eq!(report.by_action.get("geo_restricted"), Some(&1));
    assert_eq!(report.by_action.get("rejected_by_platform"), Some(&1));
    let detail_total: u64 = report.detail.iter().map(|d| d.notices).sum();
    assert_eq!(detail_total, report.notices);
}

#[test]
fn both_accountability_reports_serialise_to_json() {
    let annual = trusted_flagger_report(&referrals(), march()).unwrap();
    let json = serde_json::to_value(&annual).unwrap();
    assert_eq!(json["detail"][0]["platform"], "X");
    assert_eq!(json["notices"], 3);
    let own = transparency_report(&decisions(), march());
    let json = serde_json::to_value(&own).unwrap();
    assert_eq!(json["appeal_outcomes"]["upheld"], 1);
}

#[test]
fn the_trusted_flagger_csv_and_html_carry_every_table() {
    let report = trusted_flagger_report(&referrals(), march()).unwrap();
    let csv = report.to_csv().unwrap();
    assert_eq!(
        csv.lines().next().unwrap(),
        "from,to,platform,content_type,action_taken,notices"
    );
    assert!(
        csv.contains("2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,X,HATE.DEROGATION,removed,1\n")
    );
    assert_eq!(csv.lines().count(), 4);
    let html = report.to_html();
    assert!(html.contains("Article 22(3)"));
    assert!(html.contains("By hosting service provider"));
    assert!(html.contains("<td>HATE.DEHUMANISATION</td><td class=\"n\">1</td>"));
}

#[test]
fn a_year_without_notices_says_so() {
    let empty = Window::new(ts("2024-01-01T00:00:00Z"), ts("2025-01-01T00:00:00Z")).unwrap();
    let report = trusted_flagger_report(&referrals(), empty).unwrap();
    assert_eq!(report.notices, 0);
    assert!(
        report
            .to_html()
            .contains("No notices were submitted in this period.")
    );
    assert_eq!(report.to_csv().unwrap().lines().count(), 1);
}

#[test]
fn hostile_category_names_are_escaped_in_the_annual_report() {
    let mut records = referrals();
    records[0].category = "<img src=x onerror=alert(1)>".to_owned();
    records[1].category = "+cmd|' /C calc'!A0".to_owned();
    let report = trusted_flagger_report(&records, march()).unwrap();
    let html = report.to_html();
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    let csv = report.to_csv().unwrap();
    assert!(csv.contains(",'+cmd|' /C calc'!A0,"), "{csv}");
}

fn decision(at: &str, source: &str, action: DecisionAction) -> DecisionRecord {
    DecisionRecord {
        decided_at: ts(at),
        source: source.to_owned(),
        category: Some("HATE.DEROGATION".to_owned()),
        action,
        reversed: false,
        appeal: None,
    }
}

fn decisions() -> Vec<DecisionRecord> {
    vec![
        decision(
            "2026-03-01T09:00:00Z",
            "report",
            DecisionAction::PlatformReport,
        ),
        DecisionRecord {
            reversed: true,
            appeal: Some(AppealOutcome::Overturned),
            ..decision(
                "2026-03-02T09:00:00Z",
                "monitoring",
                DecisionAction::PlatformReport,
            )
        },
        DecisionRecord {
            category: None,
            appeal: Some(AppealOutcome::Upheld),
            ..decision(
                "2026-03-03T09:00:00Z",
                "monitoring",
                DecisionAction::NoAction,
            )
        },
        DecisionRecord {
            appeal: Some(AppealOutcome::Pending),
            ..decision("2026-03-31T23:59:59Z", "report", DecisionAction::Police)
        },
        // The first instant after March: outside the window.
        decision("2026-04-01T00:00:00Z", "report", DecisionAction::Police),
    ]
}

#[test]
fn the_transparency_report_counts_decisions_reversals_and_appeals() {
    let report = transparency_report(&decisions(), march());
    assert_eq!(report.decisions, 4);
    assert_eq!(report.by_source.get("report"), Some(&2));
    assert_eq!(report.by_source.get("monitoring"), Some(&2));
    assert_eq!(report.by_action.get("platform_report"), Some(&2));
    assert_eq!(report.by_action.get("police"), Some(&1));
    assert_eq!(report.by_category.get("none"), Some(&1));
    assert_eq!(report.reversed, 1);
    assert_eq!(report.appeals, 3);
    for outcome in ["overturned", "upheld", "pending"] {
        assert_eq!(report.appeal_outcomes.get(outcome), Some(&1), "{outcome}");
    }
}

#[test]
fn the_transparency_csv_lists_every_figure_and_the_page_reads_it_out() {
    let report = transparency_report(&decisions(), march());
    let csv = report.to_csv().unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "from,to,measure,value,count");
    assert_eq!(
        rows[1],
        "2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,decisions,all,4"
    );
    assert!(csv.contains(",reversed_flags,all,1\n"));
    assert!(csv.contains(",action,police,1\n"));
    assert!(csv.contains(",appeal_outcome,overturned,1\n"));
    let html = report.to_html();
    assert!(html.contains("Flags reversed on later review: 1"));
    assert!(html.contains("Decisions appealed: 3"));
}

#[test]
fn an_empty_period_has_a_transparency_report_that_says_so() {
    let report = transparency_report(&[], march());
    assert_eq!(report.decisions, 0);
    assert!(
        report
            .to_html()
            .contains("Nothing was decided in this period.")
    );
    let csv = report.to_csv().unwrap();
    assert!(csv.contains(",decisions,all,0\n"));
}

#[test]
fn hostile_sources_are_escaped_in_the_transparency_report() {
    let mut list = decisions();
    list[0].source = "</td><script>x</script>".to_owned();
    let html = transparency_report(&list, march()).to_html();
    assert!(!html.contains("<script>"));
}
