//! `train` and `eval`: the trained-model commands.

use crate::support::Workspace;

#[test]
fn eval_and_train_name_a_missing_data_folder() {
    let ws = Workspace::new();
    let eval = ws.run(&["eval", "--data", "no/such/data"]).failure();
    assert!(eval.stderr.contains("no/such/data"), "{}", eval.stderr);
    let train = ws
        .run(&["train", "--data", "no/such/data", "--out", "model-out"])
        .failure();
    assert!(train.stderr.contains("no/such/data"), "{}", train.stderr);
    assert!(
        !ws.path("model-out").join("model.bin").exists(),
        "nothing is written on failure"
    );
}

#[test]
fn eval_reports_each_tier_on_the_shared_data_when_it_is_present() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("README.md").is_file() {
        println!(
            "note: {} is absent; skipping the data-dependent eval",
            data.display()
        );
        return;
    }
    let ws = Workspace::new();
    let run = ws
        .run(&[
            "eval",
            "--data",
            data.to_str().unwrap(),
            "--limit",
            "20",
            "--json",
        ])
        .success();
    let report = run.json();
    let text = report.to_string();
    for tier in ["lexicon", "model", "combined"] {
        assert!(text.contains(tier), "missing tier {tier}: {text}");
    }
}
