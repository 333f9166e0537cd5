//! `user add|list|disable|enable|set-role|reset-password`.

use crate::support::Workspace;

#[test]
fn an_account_is_added_listed_changed_and_every_change_is_audited() {
    let ws = Workspace::new();
    let added = ws
        .run_with_stdin(
            &[
                "user",
                "add",
                "Amina",
                "--role",
                "volunteer",
                "--password-stdin",
                "--json",
            ],
            b"a long enough password\n",
        )
        .success()
        .json();
    assert_eq!(added["username"], "amina");
    assert_eq!(added["role"], "volunteer");
    ws.run(&["user", "set-role", "amina", "supervisor"])
        .success();
    ws.run(&["user", "disable", "amina"]).success();
    ws.run_with_stdin(
        &["user", "reset-password", "amina", "--password-stdin"],
        b"another long password\n",
    )
    .success();
    let listed = ws.run(&["user", "list", "--json"]).success().json();
    assert_eq!(listed[0]["role"], "supervisor");
    assert_eq!(listed[0]["disabled"], true);
    let table = ws.run(&["user", "list"]).success();
    assert!(table.stdout.contains("disabled"), "{}", table.stdout);
    let audit = ws.run(&["audit", "list", "--json"]).success().json();
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "user_added",
            "role_changed",
            "user_disabled",
            "password_reset"
        ]
    );
    ws.run(&["audit", "verify"]).success();
}

#[test]
fn a_bad_account_request_names_the_problem_and_changes_nothing() {
    let ws = Workspace::new();
    let short = ws
        .run_with_stdin(
            &[
                "user",
                "add",
                "ben",
                "--role",
                "analyst",
                "--password-stdin",
            ],
            b"short\n",
        )
        .failure();
    assert!(short.stderr.contains("password"), "{}", short.stderr);
    let role = ws
        .run_with_stdin(
            &["user", "add", "ben", "--role", "boss", "--password-stdin"],
            b"a long enough password\n",
        )
        .failure();
    assert!(role.stderr.contains("role"), "{}", role.stderr);
    // Without a terminal the password must come through --password-stdin.
    let no_tty = ws
        .run_with_stdin(&["user", "add", "ben", "--role", "analyst"], b"")
        .failure();
    assert!(
        no_tty.stderr.contains("--password-stdin"),
        "{}",
        no_tty.stderr
    );
    let unknown = ws.run(&["user", "disable", "nobody"]).failure();
    assert!(unknown.stderr.contains("not found"), "{}", unknown.stderr);
    let listed = ws.run(&["user", "list", "--json"]).success().json();
    assert_eq!(listed.as_array().unwrap().len(), 0);
}
