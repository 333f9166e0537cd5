//! `refer`, `referrals` and `outcome`: from a decided item to a notice, its deadline and its
//! outcome, on the command line.

use crate::support::Workspace;

const POSTS: &str = r#"{"id":"p1","platform":"x","author":"@a","url":"https://x.com/a/status/1861000000000000001","text":"Muslims are vermin and this country needs to get rid of them"}
{"id":"p2","platform":"reddit","author":"u/b","url":"https://www.reddit.com/r/unitedkingdom/comments/abc123/title/","text":"Muslims are vermin and this country needs to get rid of them!!"}
"#;

/// A workspace with one item, decided `platform_report` at S2, copied on X and Reddit.
fn decided() -> (Workspace, String) {
    let ws = Workspace::new();
    ws.write("posts.jsonl", POSTS);
    ws.run(&["ingest", "posts.jsonl"]).success();
    let items = ws.run(&["queue", "list", "--json"]).success().json();
    let id = items[0]["id"].as_str().unwrap().to_owned();
    ws.run(&[
        "queue",
        "decide",
        &id,
        "-d",
        "platform_report",
        "-s",
        "S2",
        "-c",
        "HATE.DEHUMANISATION",
        "-n",
        "Calls Muslims vermin and for their removal.",
    ])
    .success();
    (ws, id)
}

const NOTIFIER: [&str; 4] = [
    "--notifier-name",
    "Casework Team",
    "--notifier-email",
    "casework@example.org",
];

#[test]
fn a_decided_item_is_referred_to_each_platform_and_the_notices_are_written() {
    let (ws, id) = decided();
    let mut args = vec![
        "refer",
        &id,
        "--legal-ground",
        "UK-POA86-S29B",
        "--format",
        "html",
        "--out",
        "notice.html",
    ];
    args.extend(NOTIFIER);
    let run = ws.run(&args).success();
    assert!(run.stderr.contains("to x"), "{}", run.stderr);
    let x = std::fs::read_to_string(ws.path("notice.x.html")).unwrap();
    assert!(x.contains("Article 16"), "{x}");
    assert!(
        x.contains("https://x.com/i/status/1861000000000000001"),
        "{x}"
    );
    assert!(ws.path("notice.reddit.html").is_file());

    let list = ws.run(&["referrals", "list", "--json"]).success().json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    let x_referral = list.iter().find(|r| r["target"] == "x").unwrap();
    assert_eq!(x_referral["notice_kind"], "dsa_art16");
    assert!(x_referral["due_at"].is_string());
    let full = x_referral["id"].as_str().unwrap();
    let text = ws
        .run(&["referrals", "show", full, "--format", "text"])
        .success();
    assert!(text.stdout.starts_with("Subject: "), "{}", text.stdout);

    let table = ws.run(&["referrals", "list"]).success();
    assert!(table.stdout.contains("dsa_art16"), "{}", table.stdout);
    assert!(
        ws.run(&["referrals", "list", "--overdue", "--json"])
            .success()
            .json()
            .as_array()
            .unwrap()
            .is_empty(),
        "nothing is overdue yet"
    );
    ws.run(&["audit", "verify"]).success();
}

#[test]
fn times_and_outcomes_are_recorded_and_statements_matched() {
    let (ws, id) = decided();
    let mut args = vec!["refer", &id, "--platform", "x", "--format", "json"];
    args.extend(NOTIFIER);
    let run = ws.run(&args).success();
    let notice: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        notice["kind"], "terms_of_service",
        "no legal ground asserted"
    );
    let list = ws.run(&["referrals", "list", "--json"]).success().json();
    let referral = list[0]["id"].as_str().unwrap().to_owned();
    let times = ws
        .run(&[
            "referrals",
            "times",
            &referral,
            "--acknowledged",
            "now",
            "--json",
        ])
        .success()
        .json();
    assert!(times["acknowledged_at"].is_string());
    let future = ws
        .run(&[
            "referrals",
            "times",
            &referral,
            "--decided",
            "2999-01-01T00:00:00Z",
        ])
        .failure();
    assert!(future.stderr.contains("decided_at"), "{}", future.stderr);
    let bad = ws
        .run(&["outcome", "record", &referral, "--outcome", "vanished"])
        .failure();
    assert!(bad.stderr.contains("removed"), "{}", bad.stderr);

    ws.write(
        "sor.csv",
        "decision_visibility,decision_ground,category,source_type,automated_detection,\
automated_decision,platform_name,puid\n\
DECISION_VISIBILITY_CONTENT_REMOVED,DECISION_GROUND_INCOMPATIBLE_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TYPE_OTHER_NOTIFICATION,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,1861000000000000001\n\
oops,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_ARTICLE_16,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,5\n",
    );
    let import = ws.run(&["outcome", "import", "sor.csv"]).success();
    assert!(
        import
            .stdout
            .contains("2 rows: 1 matched a referral, 0 matched none, 1 rejected"),
        "{}",
        import.stdout
    );
    assert!(
        import
            .stdout
            .contains("rejected: sor.csv: line 3, field 'decision_visibility'"),
        "{}",
        import.stdout
    );
    let after = ws.run(&["referrals", "list", "--json"]).success().json();
    assert_eq!(after[0]["outcome"], "removed");
    assert_eq!(after[0]["outcome_source"], "statement");
    let unknown = ws.run(&["outcome", "import", "sor.txt"]).failure();
    assert!(unknown.stderr.contains("sor.txt"), "{}", unknown.stderr);
}

#[test]
fn a_police_referral_writes_its_evidence_and_refusals_are_clear() {
    let (ws, id) = decided();
    let refused = ws.run(&["refer", "police", &id]).failure();
    assert!(
        refused.stderr.contains("platform_report"),
        "{}",
        refused.stderr
    );
    let nobody = ws.run(&["refer", &id]).failure();
    assert!(nobody.stderr.contains("notifier"), "{}", nobody.stderr);
    let wrong = ws.run(&["refer", "ambulance", &id]).failure();
    assert!(wrong.stderr.contains("ambulance"), "{}", wrong.stderr);

    ws.run(&[
        "queue",
        "decide",
        &id,
        "-d",
        "police",
        "-s",
        "S2",
        "-c",
        "HATE.DEHUMANISATION",
        "-n",
        "Stirring up religious hatred.",
    ])
    .success();
    let mut args = vec![
        "refer",
        "police",
        &id,
        "--legal-ground",
        "UK-POA86-S29B",
        "--location",
        "Leeds",
    ];
    args.extend(NOTIFIER);
    let run = ws.run(&args).success();
    assert!(run.stdout.contains("Police referral"), "{}", run.stdout);
    let list = ws
        .run(&["referrals", "list", "--target", "police", "--json"])
        .success()
        .json();
    let referral = list[0]["id"].as_str().unwrap().to_owned();
    ws.run(&["referrals", "evidence", &referral, "--dir", "bundle"])
        .success();
    let content = std::fs::read_to_string(ws.path("bundle/content.txt")).unwrap();
    assert!(content.contains("vermin"));
    assert!(ws.path("bundle/metadata.json").is_file());
    let manifest = std::fs::read_to_string(ws.path("bundle/referral.json")).unwrap();
    assert!(manifest.contains("manifest_sha256"), "{manifest}");
}

#[test]
fn the_burden_bill_and_the_annual_report_are_printed_and_bad_periods_refused() {
    let (ws, id) = decided();
    assert!(
        ws.run(&["recheck"])
            .success()
            .stdout
            .contains("no open platform referrals")
    );
    let mut args = vec![
        "refer",
        &id,
        "--legal-ground",
        "UK-POA86-S29B",
        "--platform",
        "x",
    ];
    args.extend(NOTIFIER);
    ws.run(&args).success();
    let list = ws.run(&["referrals", "list", "--json"]).success().json();
    let year = list[0]["created_at"].as_str().unwrap()[..4].to_owned();

    let bill = ws
        .run(&[
            "report",
            "burden",
            "--from",
            "2000-01-01",
            "--to",
            "2999-01-01",
            "--format",
            "json",
        ])
        .success()
        .json();
    assert_eq!(bill["platforms"][0]["platform"], "X");
    assert_eq!(bill["platforms"][0]["items_reported"], 1);
    ws.run(&[
        "report",
        "burden",
        "--from",
        "2000-01-01",
        "--to",
        "2999-01-01",
        "--out",
        "bill.html",
    ])
    .success();
    let html = std::fs::read_to_string(ws.path("bill.html")).unwrap();
    assert!(html.contains("<svg"), "charts inline");
    let annual = ws
        .run(&["report", "annual", "--year", &year, "--format", "csv"])
        .success();
    assert!(
        annual.stdout.contains("HATE.DEHUMANISATION"),
        "{}",
        annual.stdout
    );

    let bad = ws
        .run(&[
            "report",
            "burden",
            "--from",
            "2026-13-01",
            "--to",
            "2027-01-01",
        ])
        .failure();
    assert!(bad.stderr.contains("2026-13-01"), "{}", bad.stderr);
    let inverted = ws
        .run(&[
            "report",
            "burden",
            "--from",
            "2027-01-01",
            "--to",
            "2026-01-01",
        ])
        .failure();
    assert!(inverted.stderr.contains("before"), "{}", inverted.stderr);
    let exports = ws.run(&["audit", "list", "--json"]).success();
    assert!(
        exports.stdout.contains("burden_report"),
        "{}",
        exports.stdout
    );
}
