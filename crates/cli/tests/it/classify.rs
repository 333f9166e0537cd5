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
fn empty_input_gives_empty_output() {
    let run = Workspace::new()
        .run_with_stdin(&["classify"], b"")
        .success();
    assert!(run.stdout.is_empty());
}
