//! First contact: help, configuration, taxonomy and the demo.

use crate::support::Workspace;

#[test]
fn help_lists_every_command() {
    let run = Workspace::new().run(&["--help"]).success();
    for command in ["demo", "ingest", "classify", "queue", "taxonomy", "config"] {
        assert!(
            run.stdout.contains(command),
            "{command} missing from help:\n{}",
            run.stdout
        );
    }
}

#[test]
fn the_demo_loads_sample_posts_and_shows_an_ordered_queue() {
    let ws = Workspace::new();
    let run = ws.run(&["demo", "--no-serve"]).success();
    assert!(run.stdout.contains("accepted 25"), "{}", run.stdout);
    assert!(run.stdout.contains("Review queue"), "{}", run.stdout);
    // The copy-paste campaign is one item with several copies.
    assert!(run.stdout.contains("exact copies"), "{}", run.stdout);
    // Running it again adds nothing.
    let again = ws.run(&["demo", "--no-serve"]).success();
    assert!(again.stdout.contains("accepted 0"), "{}", again.stdout);
    assert!(again.stdout.contains("duplicate 25"), "{}", again.stdout);
}

#[test]
fn the_example_configuration_is_printed_and_accepted() {
    let ws = Workspace::new();
    let example = ws.run(&["config", "example"]).success();
    let path = ws.write("upstander.toml", &example.stdout);
    let shown = ws
        .run(&["--config", path.to_str().unwrap(), "config", "show"])
        .success();
    assert!(
        shown.stdout.contains("batch_size = 1000"),
        "{}",
        shown.stdout
    );
}

#[test]
fn a_configuration_typo_is_reported_with_the_key() {
    let ws = Workspace::new();
    let path = ws.write("bad.toml", "[ingest]\nbatch_sise = 5\n");
    let run = ws
        .run(&["--config", path.to_str().unwrap(), "queue", "list"])
        .failure();
    assert!(run.stderr.contains("batch_sise"), "{}", run.stderr);
}

#[test]
fn an_environment_override_out_of_range_is_rejected_by_name() {
    let ws = Workspace::new();
    let run = Workspace::run_env(
        &ws,
        "UPSTANDER__INGEST__NEAR_DUPLICATE_MAX_HAMMING",
        "40",
        &["queue", "list"],
    );
    assert!(!run.status.success());
    assert!(
        run.stderr.contains("ingest.near_duplicate_max_hamming"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_taxonomy_lists_and_validates() {
    let ws = Workspace::new();
    let run = ws.run(&["taxonomy"]).success();
    assert!(run.stdout.contains("HATE.DEHUMANISATION"), "{}", run.stdout);
    assert!(run.stdout.contains("TG.RELIGION.MUSLIM"), "{}", run.stdout);
    let check = ws.run(&["taxonomy", "--check"]).success();
    assert!(check.stdout.contains("is valid"), "{}", check.stdout);
}

#[test]
fn a_broken_taxonomy_file_names_the_place() {
    let ws = Workspace::new();
    let text = upstander_core::taxonomy::EMBEDDED_TAXONOMY.replacen(
        "id: HATE.SLUR",
        "id: HATE.DEROGATION",
        1,
    );
    let path = ws.write("tax.yaml", text);
    let run = ws
        .run(&["taxonomy", "--file", path.to_str().unwrap()])
        .failure();
    assert!(
        run.stderr.contains("duplicate id 'HATE.DEROGATION'"),
        "{}",
        run.stderr
    );
}

impl Workspace {
    pub fn run_env(&self, key: &str, value: &str, args: &[&str]) -> crate::support::Run {
        crate::support::Run::from(self.command(args).env(key, value).output().unwrap())
    }
}
