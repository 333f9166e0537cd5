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

#[test]
fn eval_fairness_measures_the_built_in_templates_without_the_data_sets() {
    let ws = Workspace::new();
    let run = ws
        .run(&["eval", "--fairness", "--data", "no/such/data", "--json"])
        .success();
    let report = run.json();
    let slices = report["slices"].as_array().unwrap();
    assert!(!slices.is_empty());
    for s in slices {
        assert!(
            s["source"].as_str().unwrap().starts_with("templates:"),
            "{s}"
        );
        let (n, flagged) = (s["n"].as_u64().unwrap(), s["flagged"].as_u64().unwrap());
        assert!(n > 0 && flagged <= n, "{s}");
        let (low, rate, high) = (
            s["low"].as_f64().unwrap(),
            s["rate"].as_f64().unwrap(),
            s["high"].as_f64().unwrap(),
        );
        assert!(low <= rate && rate <= high && high <= 1.0, "{s}");
    }
    assert!(
        slices
            .iter()
            .any(|s| s["name"] == "TG.RELIGION.MUSLIM" && s["source"] == "templates:positive")
    );
    let notes = report["notes"].to_string();
    assert!(notes.contains("no/such/data"), "{notes}");
}

#[test]
fn eval_fairness_counts_the_flags_of_given_templates_and_prints_a_table() {
    let ws = Workspace::new();
    std::fs::write(
        ws.path("t.tsv"),
        "# two sentences, one hateful on purpose\nneutral\t{group} live on our street.\nneutral\t{group} are vermin.\n",
    )
    .unwrap();
    std::fs::write(ws.path("g.tsv"), "TG.RELIGION.MUSLIM\tMuslims\ta Muslim\n").unwrap();
    let args = [
        "eval",
        "--fairness",
        "--data",
        "absent",
        "--templates",
        "t.tsv",
        "--groups",
        "g.tsv",
    ];
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let report = ws.run(&json_args).success().json();
    let slices = report["slices"].as_array().unwrap();
    assert_eq!(slices.len(), 1, "{report}");
    let s = &slices[0];
    assert_eq!((s["n"].as_u64(), s["flagged"].as_u64()), (Some(2), Some(1)));
    assert_eq!(s["rate"].as_f64(), Some(0.5));
    assert_eq!(s["examples"][0], "Muslims are vermin.");
    let table = ws.run(&args).success().stdout;
    assert!(table.contains("95% interval"), "{table}");
    assert!(table.contains("TG.RELIGION.MUSLIM"), "{table}");
    assert!(table.contains("note: absent not found"), "{table}");
}

#[test]
fn eval_fairness_names_the_line_of_a_bad_template_file() {
    let ws = Workspace::new();
    std::fs::write(ws.path("t.tsv"), "neutral\tno group here\n").unwrap();
    let run = ws
        .run(&[
            "eval",
            "--fairness",
            "--data",
            "absent",
            "--templates",
            "t.tsv",
        ])
        .failure();
    assert!(run.stderr.contains("t.tsv line 1"), "{}", run.stderr);
}
