//! Training on a tiny synthetic corpus, end to end, and reproducibility.

use std::path::Path;

use upstander_detect::{FeatureConfig, LinearModel, Normaliser};
use upstander_train::data::{Example, Split};
use upstander_train::split::{Placed, place};
use upstander_train::trainer::{TrainConfig, train};

fn corpus() -> Vec<Placed> {
    let groups = [
        "muslims",
        "jews",
        "women",
        "refugees",
        "travellers",
        "gay men",
    ];
    let mut examples = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        for k in 0..40 {
            let pair = format!("p{i}-{k}");
            let target = Some(vec!["TG.RELIGION".to_owned()])
                .filter(|_| i < 2)
                .unwrap_or_default();
            examples.push(Example {
                set: "contrastive",
                text: format!("{g} are filthy vermin number {k}"),
                hateful: true,
                categories: Some(vec!["HATE.DEHUMANISATION".to_owned()]),
                targets: target.clone(),
                group: pair.clone(),
                official: None,
            });
            examples.push(Example {
                set: "contrastive",
                text: format!("{g} are lovely neighbours number {k}"),
                hateful: false,
                categories: Some(Vec::new()),
                targets: target,
                group: pair,
                official: None,
            });
        }
    }
    place(examples, 11).0
}

fn config() -> TrainConfig {
    TrainConfig {
        features: FeatureConfig {
            bits: 12,
            char_min: 3,
            char_max: 4,
        },
        epochs: 3,
        min_positives: 5,
        ..TrainConfig::default()
    }
}

#[test]
fn a_tiny_synthetic_corpus_trains_into_a_model_that_separates_it() {
    let placed = corpus();
    assert!(placed.iter().any(|p| p.split == Split::Validation));
    let trained = train(&config(), &placed, &mut |_, _, _| {}).unwrap();
    let model = LinearModel::from_bytes(&trained.model.to_bytes()).unwrap();
    let n = Normaliser::new();
    let hate = model
        .score(&n.normalise("refugees are filthy vermin"))
        .get("hate")
        .unwrap();
    let fine = model
        .score(&n.normalise("refugees are lovely neighbours"))
        .get("hate")
        .unwrap();
    assert!(hate > 0.5 && fine < 0.5, "{hate} {fine}");
    assert!(trained.thresholds.contains_key("hate"));
    assert!(model.head("HATE.DEHUMANISATION").is_some());
}

#[test]
fn the_same_seed_and_data_give_a_byte_identical_model_file() {
    let a = train(&config(), &corpus(), &mut |_, _, _| {}).unwrap();
    let b = train(&config(), &corpus(), &mut |_, _, _| {}).unwrap();
    assert_eq!(a.model.to_bytes(), b.model.to_bytes());
    let other = TrainConfig {
        seed: 99,
        ..config()
    };
    let c = train(&other, &corpus(), &mut |_, _, _| {}).unwrap();
    assert_ne!(
        a.model.to_bytes(),
        c.model.to_bytes(),
        "the seed must matter"
    );
}

#[test]
fn the_model_and_thresholds_are_written_and_read_back() {
    let trained = train(&config(), &corpus(), &mut |_, _, _| {}).unwrap();
    let dir = tempfile::tempdir().unwrap();
    upstander_train::write_model(dir.path(), &trained).unwrap();
    let bytes = std::fs::read(dir.path().join("model.bin")).unwrap();
    assert_eq!(LinearModel::from_bytes(&bytes).unwrap(), trained.model);
    let thresholds = upstander_train::read_thresholds(&dir.path().join("thresholds.toml")).unwrap();
    assert_eq!(thresholds.len(), trained.thresholds.len());
}

#[test]
fn a_missing_data_directory_is_a_clear_error_naming_the_path() {
    let err = upstander_train::load_placed(Path::new("/definitely/not/here"), None).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("/definitely/not/here") && text.contains("not found"),
        "{text}"
    );
}

#[test]
fn a_malformed_contrastive_line_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.jsonl");
    std::fs::write(
        &path,
        "{\"text\":\"a\",\"label\":1,\"pair_id\":\"p\",\"source\":\"hand\"}\nnot json\n",
    )
    .unwrap();
    let err = upstander_train::data::contrastive(&path).unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
}

#[test]
fn the_committed_contrastive_set_loads_and_is_balanced_enough() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../resources/training/contrastive.jsonl");
    let rows = upstander_train::data::contrastive(&path).unwrap();
    let hateful = rows.iter().filter(|r| r.hateful).count();
    assert!(rows.len() > 1000 && hateful > 300 && rows.len() - hateful > hateful);
}

#[test]
fn the_committed_encoder_pairs_load_and_twin_every_hateful_row() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(upstander_train::ENCODER_PAIRS_PATH);
    let rows = upstander_train::data::own_set(&path, "encoder_pairs").unwrap();
    assert!(rows.iter().all(|r| r.set == "encoder_pairs"));
    assert!(rows.iter().all(|r| r.group.starts_with("encoder_pairs:")));
    let hateful: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter(|r| r.hateful)
        .map(|r| r.group.as_str())
        .collect();
    let twinned: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter(|r| !r.hateful)
        .map(|r| r.group.as_str())
        .collect();
    assert!(hateful.len() > 500, "{} hateful pairs", hateful.len());
    // A hateful row without a harmless twin would teach the group name, not the stance.
    assert!(hateful.is_subset(&twinned));
}

#[test]
fn own_sets_keep_their_split_keys_apart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.jsonl");
    std::fs::write(
        &path,
        "{\"text\":\"a\",\"label\":1,\"pair_id\":\"p\",\"source\":\"hand\"}\n",
    )
    .unwrap();
    // The contrastive set's key is fixed: changing it would move rows between splits.
    let contrastive = upstander_train::data::contrastive(&path).unwrap();
    assert_eq!(contrastive[0].group, "con:p");
    let pairs = upstander_train::data::own_set(&path, "encoder_pairs").unwrap();
    assert_eq!(pairs[0].group, "encoder_pairs:p");
}

#[test]
fn the_held_out_evaluation_runs_on_the_shared_data_when_present() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.is_dir() {
        eprintln!("skipped: {} is absent (CI has it)", data.display());
        return;
    }
    let (placed, _) = upstander_train::load_placed(&data, None).unwrap();
    let examples = upstander_train::eval::test_examples(placed, Some(30));
    assert!(examples.len() <= 30 * upstander_train::data::SETS.len());
    let thresholds =
        upstander_detect::ModelThresholds::from_config(&upstander_detect::PolicyConfig::embedded());
    let report =
        upstander_train::eval::evaluate(LinearModel::embedded().unwrap(), &thresholds, &examples)
            .unwrap();
    assert_eq!(report.overall.lexicon.n as usize, examples.len());
    // The committed model must beat chance on held-out data.
    assert!(
        report.overall.model.accuracy > 0.6,
        "{:?}",
        report.overall.model
    );
}
