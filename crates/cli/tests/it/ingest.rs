//! `ingest`: formats, bad input, idempotence and crash safety.

use std::time::{Duration, Instant};

use crate::support::{Run, Workspace};

fn summary(ws: &Workspace, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["ingest", "--json"];
    all.extend_from_slice(args);
    ws.run(&all).success().json()
}

fn rejects(ws: &Workspace) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(ws.path("upstander-rejects.jsonl")).unwrap_or_default();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_hostile_jsonl_file_keeps_every_good_record_and_rejects_each_bad_one_with_its_line() {
    let ws = Workspace::new();
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"\xef\xbb\xbf{\"id\":\"1\",\"text\":\"first good post\"}\r\n"); // 1: BOM + CRLF
    bytes.extend_from_slice(b"\n"); // 2: empty, skipped
    bytes.extend_from_slice(b"{\"id\":\"3\",\"text\":\"bad \xff utf8\"}\n"); // 3
    bytes.extend_from_slice(b"{\"id\":\"4\",\"text\":\"nul \x00 byte\"}\n"); // 4
    bytes.extend_from_slice(b"{\"id\":\"5\",\"text\":\"trunc\n"); // 5
    bytes.extend_from_slice(b"{\"id\":\"6\"}\n"); // 6: no text
    bytes.extend_from_slice(b"{\"id\":\"7\",\"text\":[\"not\",\"a string\"]}\n"); // 7
    bytes.extend_from_slice(b"{\"id\":\"8\",\"text\":\"wrong type\",\"engagement\":\"lots\"}\n"); // 8
    bytes.extend_from_slice(b"{\"id\":\"9\",\"text\":\"second good post\"}\n"); // 9
    bytes.extend_from_slice(b"{\"id\":\"10\",\"text\":\""); // 10: over the limit
    bytes.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    bytes.extend_from_slice(b"\"}\n");
    bytes.extend_from_slice(b"{\"id\":\"11\",\"text\":\"third good post\"}"); // 11: no final newline
    let path = ws.write("hostile.jsonl", &bytes);
    let result = summary(&ws, &[path.to_str().unwrap()]);
    assert_eq!(result["accepted"], 3, "{result}");
    assert_eq!(result["rejected"], 7, "{result}");
    let rejected = rejects(&ws);
    let lines: Vec<u64> = rejected
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![3, 4, 5, 6, 7, 8, 10], "{rejected:?}");
    for reject in &rejected {
        assert!(
            reject["source"]
                .as_str()
                .unwrap()
                .ends_with("hostile.jsonl")
        );
        assert!(!reject["reason"].as_str().unwrap().is_empty());
    }
    assert_eq!(rejected[3]["field"], "text");
    assert_eq!(rejected[5]["field"], "engagement");
}

#[test]
fn a_ragged_csv_row_is_rejected_and_the_rest_are_stored() {
    let ws = Workspace::new();
    let csv = "id,text,author,platform\n1,hello there,@a,x\n2,\"quoted, with comma\",@b,x\n3,too,many,fields,here\n4,\"multi\nline\",@c,reddit\n";
    let path = ws.write("posts.csv", csv);
    let result = summary(&ws, &[path.to_str().unwrap()]);
    assert_eq!(result["accepted"], 3, "{result}");
    assert_eq!(result["rejected"], 1, "{result}");
    assert_eq!(rejects(&ws)[0]["line"], 4);
}

#[test]
fn re_running_the_same_ingest_adds_nothing() {
    let ws = Workspace::new();
    let lines: String = (0..500)
        .map(|i| format!("{{\"id\":\"p{i}\",\"text\":\"post number {i} about the weather\"}}\n"))
        .collect();
    let path = ws.write("posts.jsonl", lines);
    let first = summary(&ws, &[path.to_str().unwrap()]);
    assert_eq!(first["accepted"], 500);
    let second = summary(&ws, &[path.to_str().unwrap()]);
    assert_eq!(second["accepted"], 0);
    assert_eq!(second["duplicate"], 500);
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let ws = Workspace::new();
    let run = ws
        .run_with_stdin(
            &["ingest", "--json", "-"],
            b"{\"text\":\"from a pipe\"}\n{\"text\":\"and another\"}\n",
        )
        .success();
    assert_eq!(run.json()["accepted"], 2);
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let ws = Workspace::new();
    let run = ws.run(&["ingest", "no-such-file.jsonl"]).failure();
    assert!(run.stderr.contains("no-such-file.jsonl"), "{}", run.stderr);
}

#[test]
fn copies_of_a_campaign_become_one_item_with_counts() {
    let ws = Workspace::new();
    let base = "Muslims are vermin and this country needs to get rid of them";
    let mut lines = String::new();
    for (i, author) in ["@a", "@b", "@c", "@a"].iter().enumerate() {
        lines.push_str(&format!(
            "{{\"id\":\"{i}\",\"author\":\"{author}\",\"text\":\"{base}\"}}\n"
        ));
    }
    lines.push_str(&format!(
        "{{\"id\":\"near\",\"author\":\"@d\",\"text\":\"@someone {base}!!\"}}\n"
    ));
    let path = ws.write("campaign.jsonl", lines);
    let result = summary(&ws, &[path.to_str().unwrap()]);
    assert_eq!(result["accepted"], 5, "{result}");
    assert_eq!(result["new_items"], 1, "{result}");
    let items = ws.run(&["queue", "list", "--json"]).success().json();
    assert_eq!(items.as_array().unwrap().len(), 1, "{items}");
    assert_eq!(items[0]["copies"], 5);
    assert_eq!(items[0]["distinct_authors"], 4);
}

/// Distinct, unrelated sentences from a small vocabulary, so that no two group together.
fn varied_posts(total: usize) -> String {
    const WORDS: [&str; 32] = [
        "river",
        "market",
        "bus",
        "garden",
        "council",
        "school",
        "rain",
        "football",
        "bakery",
        "library",
        "train",
        "music",
        "festival",
        "bridge",
        "cinema",
        "park",
        "election",
        "coffee",
        "museum",
        "harbour",
        "cricket",
        "theatre",
        "allotment",
        "canal",
        "pier",
        "chapel",
        "village",
        "orchard",
        "lighthouse",
        "quarry",
        "meadow",
        "workshop",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..total)
        .map(|i| {
            let words: Vec<&str> = (0..12).map(|_| WORDS[(next() % 32) as usize]).collect();
            format!(
                "{{\"id\":\"k{i}\",\"author\":\"@u{}\",\"text\":\"{} {i}\"}}\n",
                i % 97,
                words.join(" ")
            )
        })
        .collect()
}

fn stored_posts(ws: &Workspace) -> u64 {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        match upstander_store::open(&ws.database_url()).await {
            Ok(store) => store.counts().await.map(|c| c.posts).unwrap_or(0),
            Err(_) => 0,
        }
    })
}

#[test]
fn an_ingest_killed_midway_stores_every_record_exactly_once_after_a_rerun() {
    let ws = Workspace::new();
    let total = 60_000;
    let path = ws.write("big.jsonl", varied_posts(total as usize));
    let mut child = ws
        .command(&["ingest", "--no-progress", path.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some batches are committed, then kill without warning.
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut seen = 0;
    while Instant::now() < deadline && child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(50));
        seen = stored_posts(&ws);
        if seen > 0 {
            break;
        }
    }
    let killed_midway = child.try_wait().unwrap().is_none();
    println!("killed midway: {killed_midway}, posts stored before the kill: {seen}");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let rerun = summary(&ws, &[path.to_str().unwrap()]);
    let accepted = rerun["accepted"].as_u64().unwrap();
    let duplicate = rerun["duplicate"].as_u64().unwrap();
    assert_eq!(accepted + duplicate, total, "{rerun}");
    if killed_midway {
        assert!(
            seen > 0 && duplicate >= seen && accepted > 0,
            "seen {seen} before the kill: {rerun}"
        );
    }
    assert_eq!(stored_posts(&ws), total);
    // A third run finds every record already stored.
    let third = summary(&ws, &[path.to_str().unwrap()]);
    assert_eq!(third["duplicate"].as_u64().unwrap(), total);
    assert_eq!(third["accepted"].as_u64().unwrap(), 0);
}

#[test]
fn every_platform_export_fixture_is_recognised_and_stored_with_its_platform() {
    let cases = [
        ("x/search_recent.json", "x"),
        ("x/pages.jsonl", "x"),
        ("mastodon/timeline.json", "mastodon"),
        ("mastodon/statuses.jsonl", "mastodon"),
        ("bluesky/search_posts.json", "bluesky"),
        ("bluesky/feed.json", "bluesky"),
        ("reddit/comments.jsonl", "reddit"),
        ("reddit/submissions.jsonl", "reddit"),
        ("telegram/result.json", "telegram"),
        ("telegram/full_export.json", "telegram"),
    ];
    for (fixture, platform) in cases {
        let ws = Workspace::new();
        let path = crate::support::testdata(&format!("ingest/{fixture}"));
        let result = summary(&ws, &[path.to_str().unwrap()]);
        assert!(
            result["accepted"].as_u64().unwrap() > 0,
            "{fixture}: {result}"
        );
        let items = ws
            .run(&["queue", "list", "--status", "all", "--json"])
            .success()
            .json();
        for item in items.as_array().unwrap() {
            assert_eq!(
                item["representative"]["platform"], platform,
                "{fixture}: {item}"
            );
        }
        // Naming the format explicitly reads the same records.
        let ws2 = Workspace::new();
        let explicit = summary(&ws2, &["--format", platform, path.to_str().unwrap()]);
        assert_eq!(explicit["accepted"], result["accepted"], "{fixture}");
        assert_eq!(explicit["rejected"], result["rejected"], "{fixture}");
    }
}

#[test]
fn a_folder_is_read_file_by_file_and_an_unknown_format_name_is_refused() {
    let ws = Workspace::new();
    let folder = crate::support::testdata("ingest/jsonl");
    let result = summary(&ws, &[folder.to_str().unwrap()]);
    assert!(result["accepted"].as_u64().unwrap() > 0, "{result}");
    let bad = ws
        .run(&["ingest", "--format", "myspace", folder.to_str().unwrap()])
        .failure();
    assert!(bad.stderr.contains("myspace"), "{}", bad.stderr);
}

#[test]
fn the_shared_hostile_fixtures_never_stop_an_ingest() {
    let ws = Workspace::new();
    let mixed = crate::support::testdata("ingest/bad/mixed.jsonl");
    let ragged = crate::support::testdata("ingest/bad/ragged.csv");
    let result = summary(&ws, &[mixed.to_str().unwrap(), ragged.to_str().unwrap()]);
    assert!(result["accepted"].as_u64().unwrap() > 0, "{result}");
    assert!(result["rejected"].as_u64().unwrap() > 0, "{result}");
    for reject in rejects(&ws) {
        assert!(reject["line"].as_u64().unwrap() > 0, "{reject}");
        assert!(
            reject["reason"].as_str().is_some_and(|r| !r.is_empty()),
            "{reject}"
        );
    }
}

#[test]
fn a_rejects_path_that_is_an_input_file_is_refused_and_the_input_is_kept() {
    let ws = Workspace::new();
    let body = "{\"id\":\"1\",\"text\":\"a good post\"}\n{\"id\":\"2\"}\n";
    let input = ws.write("self.jsonl", body);
    let other = ws.write("other.jsonl", "{\"id\":\"3\"}\n");
    for args in [
        vec!["ingest", "--rejects", "self.jsonl", "self.jsonl"],
        vec![
            "ingest",
            "--rejects",
            "./self.jsonl",
            "other.jsonl",
            "self.jsonl",
        ],
    ] {
        let run = ws.run(&args).failure();
        assert!(run.stderr.contains("is also an input"), "{}", run.stderr);
        assert_eq!(std::fs::read_to_string(&input).unwrap(), body);
    }
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "{\"id\":\"3\"}\n");
    assert_eq!(
        stored_posts(&ws),
        0,
        "nothing is read when the rejects path is refused"
    );
}

#[test]
fn a_rejects_path_inside_an_input_folder_is_refused() {
    let ws = Workspace::new();
    std::fs::create_dir(ws.path("dirin")).unwrap();
    ws.write("dirin/a.jsonl", "{\"id\":\"2\"}\n");
    let run = ws
        .run(&["ingest", "--rejects", "dirin/zz-rejects.jsonl", "dirin"])
        .failure();
    assert!(
        run.stderr.contains("inside the input folder"),
        "{}",
        run.stderr
    );
    assert!(!ws.path("dirin/zz-rejects.jsonl").exists());
    // Outside the folder it is fine.
    ws.run(&["ingest", "--rejects", "rejects.jsonl", "dirin"]);
    assert!(ws.path("rejects.jsonl").exists());
}

#[test]
fn an_ingest_where_every_record_is_rejected_exits_with_status_3() {
    let ws = Workspace::new();
    let path = ws.write(
        "wrong.jsonl",
        "{\"id\":\"1\",\"body\":\"x\"}\n{\"id\":\"2\"}\n",
    );
    let run = ws.run(&["ingest", "--json", path.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(3), "{}", run.stderr);
    assert_eq!(run.json()["rejected"], 2);
    assert!(
        run.stderr.contains("every record was rejected"),
        "{}",
        run.stderr
    );
    let rejected = rejects(&ws);
    assert!(
        rejected[0]["reason"]
            .as_str()
            .unwrap()
            .contains("read as jsonl"),
        "{rejected:?}"
    );
    // One good record makes it a normal run; so does a re-run where all are duplicates.
    let mixed = ws.write(
        "mixed.jsonl",
        "{\"id\":\"3\"}\n{\"id\":\"4\",\"text\":\"fine\"}\n",
    );
    ws.run(&["ingest", mixed.to_str().unwrap()]).success();
    ws.run(&["ingest", mixed.to_str().unwrap()]).success();
    let help = ws.run(&["ingest", "--help"]).success();
    assert!(help.stdout.contains("Exit status"), "{}", help.stdout);
}

#[test]
fn a_json_object_that_is_not_an_x_response_is_rejected_under_format_x() {
    let ws = Workspace::new();
    let path = ws.write(
        "result.json",
        r#"{"name":"Chat","id":7,"messages":[{"id":1,"type":"message","text":"hi"}]}"#,
    );
    let run = ws.run(&["ingest", "--json", "-f", "x", path.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(3), "{}", run.stderr);
    assert_eq!(run.json()["rejected"], 1);
    let rejected = rejects(&ws);
    assert!(
        rejected[0]["reason"]
            .as_str()
            .unwrap()
            .contains("not an X API response: expected an object with `data`"),
        "{rejected:?}"
    );
}

#[test]
fn telegram_messages_of_chats_without_an_id_never_collide_as_duplicates() {
    let ws = Workspace::new();
    let a = ws.write(
        "a.json",
        r#"{"messages":[{"id":1,"type":"message","text":"Chat A message one"}]}"#,
    );
    let b = ws.write(
        "b.json",
        r#"{"messages":[{"id":1,"type":"message","text":"Chat B: all muslims are vermin"}]}"#,
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let first = summary(&ws, &["-f", "telegram", a, b]);
    assert_eq!(first["accepted"], 2, "{first}");
    assert_eq!(first["duplicate"], 0, "{first}");
    // Keyed on content, so a re-run of the same exports is still idempotent.
    let again = summary(&ws, &["-f", "telegram", a, b]);
    assert_eq!(again["accepted"], 0, "{again}");
    assert_eq!(again["duplicate"], 2, "{again}");
}

#[test]
fn a_telegram_message_over_max_record_bytes_is_rejected_and_its_chat_is_stored() {
    let ws = Workspace::new();
    let big = "b".repeat(5000);
    let path = ws.write(
        "result.json",
        format!(
            "{{\"id\":7,\"messages\":[{{\"id\":1,\"type\":\"message\",\"text\":\"small\"}},{{\"id\":2,\"type\":\"message\",\"text\":\"{big}\"}}]}}"
        ),
    );
    let run = Run::from(
        ws.command(&["ingest", "--json", "-f", "telegram", path.to_str().unwrap()])
            .env("UPSTANDER__INGEST__MAX_RECORD_BYTES", "1000")
            .output()
            .unwrap(),
    )
    .success();
    assert_eq!(run.json()["accepted"], 1, "{}", run.stdout);
    assert_eq!(run.json()["rejected"], 1, "{}", run.stdout);
    let rejected = rejects(&ws);
    assert_eq!(rejected[0]["field"], "messages[1]", "{rejected:?}");
    assert!(
        rejected[0]["reason"]
            .as_str()
            .unwrap()
            .contains("over the limit of 1000 bytes"),
        "{rejected:?}"
    );
}
