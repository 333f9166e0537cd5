//! `audit verify|list`.

use crate::support::Workspace;

/// The demo's sample posts, ingested without the demo's accounts and reports (whose
/// creation is audited too), so the log starts empty.
fn load_samples(ws: &Workspace) {
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../resources/samples/demo-posts.jsonl");
    ws.run(&["ingest", samples.to_str().unwrap()]).success();
}

fn decide(ws: &Workspace, reviewer: &str) -> String {
    let items = ws.run(&["queue", "list", "--json"]).success().json();
    let id = items[0]["id"].as_str().unwrap().to_owned();
    ws.run(&[
        "queue",
        "decide",
        &id,
        "--decision",
        "platform_report",
        "--severity",
        "S2",
        "--reviewer",
        reviewer,
    ])
    .success();
    id
}

#[test]
fn an_empty_audit_log_verifies_with_no_entries() {
    let ws = Workspace::new();
    load_samples(&ws);
    let run = ws.run(&["audit", "verify"]).success();
    assert!(
        run.stdout.contains("audit log intact: 0 entries"),
        "{}",
        run.stdout
    );
}

#[test]
fn decisions_are_listed_in_the_audit_log_and_the_chain_verifies() {
    let ws = Workspace::new();
    load_samples(&ws);
    let first = decide(&ws, "amina");
    decide(&ws, "ben");
    let run = ws.run(&["audit", "verify"]).success();
    assert!(
        run.stdout
            .contains("audit log intact: 2 entries, last hash "),
        "{}",
        run.stdout
    );
    let listed = ws.run(&["audit", "list", "--json"]).success().json();
    let entries = listed.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["seq"], 1);
    assert_eq!(entries[0]["action"], "decision_recorded");
    assert_eq!(entries[0]["actor"], "amina");
    assert_eq!(entries[0]["subject"], first.as_str());
    assert_eq!(entries[1]["prev_hash"], entries[0]["hash"]);
    let after = ws
        .run(&["audit", "list", "--after", "1", "--json"])
        .success()
        .json();
    assert_eq!(after.as_array().unwrap().len(), 1);
    assert_eq!(after[0]["actor"], "ben");
    let table = ws.run(&["audit", "list"]).success();
    assert!(
        table.stdout.contains("decision_recorded"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("amina"), "{}", table.stdout);
}
