//! `upstander train`: rebuild the linear model from the labelled sets and our contrastive set.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use upstander_train::trainer::{TrainConfig, thresholds_toml, train};

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Folder with the labelled data sets (as in ../shared/data).
    #[arg(long, value_name = "PATH", default_value = "../shared/data")]
    data: PathBuf,
    /// Where to write model.bin and thresholds.toml.
    #[arg(long, value_name = "PATH", default_value = "resources/model")]
    out: PathBuf,
    /// Seed for the training order (splits use a fixed seed so eval always tests the same rows).
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// The contrastive set (JSONL).
    #[arg(long, value_name = "PATH", default_value = upstander_train::CONTRASTIVE_PATH)]
    contrastive: PathBuf,
    /// Train without the contrastive set (to measure its effect).
    #[arg(long)]
    no_contrastive: bool,
}

pub fn run(args: &TrainArgs) -> anyhow::Result<ExitCode> {
    let contrastive = (!args.no_contrastive).then_some(args.contrastive.as_path());
    let (placed, stats) = upstander_train::load_placed(&args.data, contrastive)
        .with_context(|| format!("cannot load training data from {}", args.data.display()))?;
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "{} rows read, {} distinct texts kept ({} dropped for conflicting labels, {} empty)",
        stats.rows, stats.kept, stats.conflicting, stats.empty
    )?;
    let config = TrainConfig {
        seed: args.seed,
        ..TrainConfig::default()
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(1);
        bar.set_style(
            ProgressStyle::with_template("{msg:>28} [{bar:40}] {pos}/{len} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let trained = train(&config, &placed, &mut |stage, done, total| {
        bar.set_length(total);
        bar.set_position(done);
        bar.set_message(stage.to_owned());
    })?;
    bar.finish_and_clear();
    upstander_train::write_model(&args.out, &trained)
        .with_context(|| format!("cannot write the model to {}", args.out.display()))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "set              train   valid    test")?;
    for (set, a, b, c) in &trained.sets {
        writeln!(out, "{set:<14} {a:>7} {b:>7} {c:>7}")?;
    }
    writeln!(
        out,
        "\nhead                          pos/train  threshold  val P   val R   rule"
    )?;
    for h in &trained.heads {
        writeln!(
            out,
            "{:<28} {:>5}/{:<6} {:>6.2}  {:>6.3}  {:>6.3}   {}",
            h.name,
            h.train_positives,
            h.train_examples,
            h.threshold,
            h.val_precision,
            h.val_recall,
            h.rule
        )?;
    }
    writeln!(
        out,
        "\nwrote {} and thresholds.toml (seed {}); paste into resources/policy.toml:\n\n{}",
        args.out.join("model.bin").display(),
        args.seed,
        thresholds_toml(&trained.thresholds)
    )?;
    Ok(ExitCode::SUCCESS)
}
