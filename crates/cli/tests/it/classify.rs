//! `classify`: the machine contract of DESIGN.md.

use crate::support::Workspace;

#[test]
fn each_input_line_gets_one_output_line_in_order_with_the_contract_fields() {
    let ws = Workspace::new();
    let input = concat!(
        r#"{"id":"1","text":"Muslims are vermin"}"#,
        "\n",
        r#"{"id":"2","text":"I had a lovely lunch with my Muslim neighbours"}"#,
        "\n",
        r#"{"id":3,"text":"Calling Muslims vermin is disgusting","source":"fixture"}"#,
        "\n",
    );
    let run = ws.run_with_stdin(&["classify"], input.as_bytes()).success();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "1");
    assert_eq!(lines[0]["verdict"], "flag");
    for field in [
        "score",
        "severity",
        "categories",
        "targets",
        "spans",
        "explanation",
    ] {
        assert!(
            lines[0].get(field).is_some(),
            "missing {field}: {}",
            lines[0]
        );
    }
    let span = &lines[0]["spans"][0];
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &"Muslims are vermin"[start..end],
        span["text"].as_str().unwrap()
    );
    assert_eq!(lines[1]["id"], "2");
    assert_eq!(lines[1]["verdict"], "clear");
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["source"], "fixture", "other fields are kept");
    assert_eq!(lines[2]["verdict"], "clear", "{}", lines[2]);
}

#[test]
fn bad_lines_get_an_error_object_and_processing_continues() {
    let ws = Workspace::new();
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"a\",\"text\":\"hello\"}\n");
    input.extend_from_slice(b"this is not json\n");
    input.extend_from_slice(b"{\"id\":\"b\"}\n");
    input.extend_from_slice(b"{\"id\":\"c\",\"text\":42}\n");
    input.extend_from_slice(b"{\"id\":\"d\",\"text\":\"bad \xff\xfe bytes\"}\n");
    input.extend_from_slice(b"{\"id\":\"e\",\"text\":\"trunc\n");
    input.extend_from_slice(b"[1,2,3]\n");
    input.extend_from_slice(b"\xef\xbb\xbf{\"id\":\"f\",\"text\":\"bom and crlf\"}\r\n");
    input.extend_from_slice(b"{\"id\":\"g\",\"text\":\"last\"}");
    let run = ws.run_with_stdin(&["classify"], &input).success();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 9, "{}", run.stdout);
    assert_eq!(lines[0]["verdict"], "clear");
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "c");
    assert!(
        lines[3]["error"]
            .as_str()
            .unwrap()
            .contains("expected a string")
    );
    assert!(lines[4]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(lines[5]["error"].is_string());
    assert!(lines[6]["error"].is_string());
    assert_eq!(lines[7]["id"], "f");
    assert_eq!(lines[7]["verdict"], "clear");
    assert_eq!(lines[8]["id"], "g");
}

#[test]
fn a_line_over_the_size_limit_is_answered_with_an_error_without_loading_it() {
    let ws = Workspace::new();
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"big\",\"text\":\"");
    input.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024));
    input.extend_from_slice(b"\"}\n{\"id\":\"after\",\"text\":\"still here\"}\n");
    let run = ws.run_with_stdin(&["classify"], &input).success();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0]["error"].as_str().unwrap().contains("limit"),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["id"], "after");
}

#[test]
fn numeric_ids_are_echoed_with_the_digits_they_came_with() {
    let ws = Workspace::new();
    let input = concat!(
        r#"{"id":123456789012345678901234567890,"text":"a"}"#,
        "\n",
        r#"{"id":18446744073709551616,"text":"c"}"#,
        "\n",
        r#"{"id": 1E2 ,"text":"d"}"#,
        "\n",
        r#"{"id":-0.50}"#,
        "\n",
        r#"{"id":"007","text":"e"}"#,
        "\n",
        r#"{"id":42,"text":"f"}"#,
        "\n",
    );
    let run = ws
        .run_with_stdin(&["classify", "--fast"], input.as_bytes())
        .success();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", run.stdout);
    for (line, id) in lines.iter().zip([
        r#""id":123456789012345678901234567890"#,
        r#""id":18446744073709551616"#,
        r#""id":1E2"#,
        r#""id":-0.50"#,
        r#""id":"007""#,
        r#""id":42"#,
    ]) {
        assert!(line.contains(id), "{id} not in {line}");
    }
    let parsed = run.json_lines();
    assert_eq!(parsed[2]["verdict"], "clear", "{}", lines[2]);
    assert!(parsed[3]["error"].as_str().unwrap().contains("text"));
}

#[test]
fn empty_input_gives_empty_output() {
    let run = Workspace::new()
        .run_with_stdin(&["classify"], b"")
        .success();
    assert!(run.stdout.is_empty());
}

#[cfg(feature = "transformer")]
/// The repository's MiniLM weights (`scripts/setup-minilm`), or `None` with a note; under
/// `UPSTANDER_REQUIRE_MINILM=1` (CI) their absence is a failure.
fn minilm_dir() -> Option<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/minilm");
    if dir.join("model.safetensors").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var("UPSTANDER_REQUIRE_MINILM").as_deref() != Ok("1"),
        "UPSTANDER_REQUIRE_MINILM=1 but MiniLM is not in {}: run scripts/setup-minilm",
        dir.display()
    );
    eprintln!("note: MiniLM not in {}; skipping", dir.display());
    None
}

#[cfg(feature = "transformer")]
#[test]
fn classify_runs_the_cascade_by_default_and_the_fast_tier_on_request() {
    let Some(dir) = minilm_dir() else { return };
    let ws = Workspace::new();
    let input =
        b"{\"id\":\"1\",\"text\":\"Funny how the neighbourhood changed once they moved in\"}\n";
    let with_weights = |args: &[&str]| {
        let mut command = ws.command(args);
        command
            .env("UPSTANDER__DETECT__TRANSFORMER__MODEL_DIR", &dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = command.spawn().unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
        crate::support::Run::from(child.wait_with_output().unwrap()).success()
    };
    let default = with_weights(&["-v", "classify"]);
    assert!(
        default.stderr.contains("transformer tier on"),
        "the default binary should run the cascade: {}",
        default.stderr
    );
    assert_eq!(default.json_lines().len(), 1);
    let fast = with_weights(&["-v", "classify", "--fast"]);
    assert!(
        !fast.stderr.contains("transformer tier on"),
        "--fast must not load MiniLM: {}",
        fast.stderr
    );
    assert_eq!(fast.json_lines().len(), 1);
}
