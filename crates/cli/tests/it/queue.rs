//! `queue list|show|decide`.

use crate::support::Workspace;

fn loaded() -> Workspace {
    let ws = Workspace::new();
    ws.run(&["demo", "--no-serve"]).success();
    ws
}

fn open_items(ws: &Workspace, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["queue", "list", "--json"];
    args.extend_from_slice(extra);
    ws.run(&args).success().json().as_array().unwrap().clone()
}

#[test]
fn the_queue_is_ordered_by_severity_first() {
    let ws = loaded();
    let items = open_items(&ws, &[]);
    assert!(!items.is_empty());
    let severities: Vec<String> = items
        .iter()
        .map(|i| i["assessment"]["severity"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = severities.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(severities, sorted);
}

#[test]
fn filters_narrow_the_queue() {
    let ws = loaded();
    let all = open_items(&ws, &[]);
    let severe = open_items(&ws, &["--severity", "S4"]);
    assert!(severe.len() <= all.len());
    assert!(severe.iter().all(|i| i["assessment"]["severity"] == "S4"));
    let x_only = open_items(&ws, &["--platform", "x"]);
    assert!(
        x_only
            .iter()
            .all(|i| i["representative"]["platform"] == "x")
    );
    let hate = open_items(&ws, &["--category", "HATE"]);
    assert!(hate.iter().all(|i| {
        i["assessment"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"].as_str().unwrap().starts_with("HATE."))
    }));
    let bad = ws.run(&["queue", "list", "--category", "NOPE"]).failure();
    assert!(bad.stderr.contains("NOPE"), "{}", bad.stderr);
    let bad_status = ws.run(&["queue", "list", "--status", "pending"]).failure();
    assert!(
        bad_status.stderr.contains("pending"),
        "{}",
        bad_status.stderr
    );
}

#[test]
fn show_marks_the_matched_words_and_explains() {
    let ws = loaded();
    let items = open_items(&ws, &[]);
    let with_spans = items
        .iter()
        .find(|i| !i["assessment"]["spans"].as_array().unwrap().is_empty())
        .unwrap();
    let id = with_spans["id"].as_str().unwrap();
    let run = ws.run(&["queue", "show", &id[id.len() - 8..]]).success();
    assert!(run.stdout.contains("[["), "{}", run.stdout);
    assert!(run.stdout.contains("Why:"), "{}", run.stdout);
    assert!(run.stdout.contains("Copies ("), "{}", run.stdout);
}

#[test]
fn a_decision_is_recorded_with_who_and_when_and_the_item_leaves_the_open_queue() {
    let ws = loaded();
    let before = open_items(&ws, &[]);
    let id = before[0]["id"].as_str().unwrap().to_owned();
    let decided = ws
        .run(&[
            "queue",
            "decide",
            &id,
            "--decision",
            "platform_report",
            "--severity",
            "S2",
            "--category",
            "HATE.DEHUMANISATION",
            "--note",
            "copy-paste campaign",
            "--reviewer",
            "amina",
            "--json",
        ])
        .success()
        .json();
    assert_eq!(decided["reviewer"], "amina");
    assert_eq!(decided["action"], "platform_report");
    assert!(decided["decided_at"].is_string());
    let after = open_items(&ws, &[]);
    assert_eq!(after.len(), before.len() - 1);
    let shown = ws.run(&["queue", "show", &id, "--json"]).success().json();
    assert_eq!(shown["item"]["status"], "decided");
    assert_eq!(shown["decisions"][0]["note"], "copy-paste campaign");
}

#[test]
fn a_decision_with_a_bad_field_names_it_and_changes_nothing() {
    let ws = loaded();
    let id = open_items(&ws, &[])[0]["id"].as_str().unwrap().to_owned();
    let cases: [(&[&str], &str); 4] = [
        (
            &["--decision", "police", "--category", "HATE.NOPE"],
            "category",
        ),
        (&["--decision", "ban"], "decision"),
        (&["--decision", "police", "--severity", "S9"], "severity"),
        (&["--decision", "no_action", "--reviewer", " "], "reviewer"),
    ];
    for (flags, named) in cases {
        let mut args = vec!["queue", "decide", id.as_str()];
        args.extend_from_slice(flags);
        let run = ws.run(&args).failure();
        assert!(
            run.stderr.contains(named),
            "{flags:?} should name {named}: {}",
            run.stderr
        );
    }
    let unknown = ws
        .run(&["queue", "decide", "ffffffff", "--decision", "no_action"])
        .failure();
    assert!(unknown.stderr.contains("not found"), "{}", unknown.stderr);
    let shown = ws.run(&["queue", "show", &id, "--json"]).success().json();
    assert_eq!(shown["item"]["status"], "open");
}
