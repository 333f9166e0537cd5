//! Trains and evaluates without the CLI (which pulls in every crate): `cargo run --release -p
//! upstander-train --example train -- DATA OUT [no-contrastive]`.
#![allow(
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs
)]

use std::path::PathBuf;

use upstander_train::trainer::{TrainConfig, thresholds_toml, train};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let data = PathBuf::from(args.next().unwrap_or_else(|| "../shared/data".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "resources/model".into()));
    let mode = args.next().unwrap_or_default();
    if mode == "eval" {
        return eval(&data, &out);
    }
    let contrastive = mode != "no-contrastive";
    let path = PathBuf::from(upstander_train::CONTRASTIVE_PATH);
    let (placed, stats) =
        upstander_train::load_placed(&data, contrastive.then_some(path.as_path()))?;
    eprintln!("{stats:?}");
    let trained = train(&TrainConfig::default(), &placed, &mut |_, _, _| {})?;
    upstander_train::write_model(&out, &trained)?;
    for s in &trained.sets {
        eprintln!("{s:?}");
    }
    for h in &trained.heads {
        eprintln!("{h:?}");
    }
    eprintln!("{}", thresholds_toml(&trained.thresholds));
    Ok(())
}

fn eval(data: &std::path::Path, model: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use upstander_detect::{LinearModel, ModelThresholds, PolicyConfig};
    let mut thresholds = ModelThresholds::from_config(&PolicyConfig::embedded());
    thresholds.heads = upstander_train::read_thresholds(&model.join("thresholds.toml"))?;
    let bytes = std::fs::read(model.join("model.bin"))?;
    let path = PathBuf::from(upstander_train::CONTRASTIVE_PATH);
    let (placed, _) = upstander_train::load_placed(data, Some(path.as_path()))?;
    let examples = upstander_train::eval::test_examples(placed, None);
    let report =
        upstander_train::eval::evaluate(LinearModel::from_bytes(&bytes)?, &thresholds, &examples)?;
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}
