//! `upstander eval`: held-out test metrics for the lexicon tier, the model and both together;
//! `upstander eval --fairness`: how often harmless posts are flagged, per group and dialect.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use upstander_app::Detection;
use upstander_detect::{LinearModel, ModelThresholds, PolicyConfig};
use upstander_train::eval::{EvalReport, evaluate, test_examples};
use upstander_train::fairness::{self, FairnessReport};
use upstander_train::metrics::Summary;

use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder with the labelled data sets (as in ../shared/data).
    #[arg(long, value_name = "PATH", default_value = "../shared/data")]
    data: PathBuf,
    /// A model file to evaluate (default: the committed model); its thresholds are read from
    /// thresholds.toml beside it when present, else from the policy.
    #[arg(long, value_name = "PATH")]
    model: Option<PathBuf>,
    /// The contrastive set, whose test split is evaluated too.
    #[arg(long, value_name = "PATH", default_value = upstander_train::CONTRASTIVE_PATH)]
    contrastive: PathBuf,
    /// At most this many test examples per set (CI uses a limit to stay fast).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Instead of the held-out metrics, measure how often the configured detection (the
    /// engine `classify` runs) flags harmless posts: our neutral and positive templates for
    /// every target group, and, when --data has them, the data sets' harmless posts per group
    /// and per dialect marker.
    #[arg(long)]
    fairness: bool,
    /// Template sentences for --fairness (default: the built-in
    /// testdata/fairness/neutral_templates.tsv).
    #[arg(long, value_name = "PATH", requires = "fairness")]
    templates: Option<PathBuf>,
    /// Group surface forms for --fairness (default: the built-in testdata/fairness/groups.tsv).
    #[arg(long, value_name = "PATH", requires = "fairness")]
    groups: Option<PathBuf>,
}

pub fn run(settings: &Settings, args: &EvalArgs) -> anyhow::Result<ExitCode> {
    if args.fairness {
        return run_fairness(settings, args);
    }
    let policy = PolicyConfig::embedded();
    let mut thresholds = ModelThresholds::from_config(&policy);
    let model = match &args.model {
        Some(path) => {
            let bytes = std::fs::read(path)
                .with_context(|| format!("cannot read model {}", path.display()))?;
            let sibling = path.with_file_name("thresholds.toml");
            if sibling.is_file() {
                thresholds.heads = upstander_train::read_thresholds(&sibling)?;
            }
            LinearModel::from_bytes(&bytes).with_context(|| format!("in {}", path.display()))?
        }
        None => LinearModel::embedded()?,
    };
    let contrastive = args
        .contrastive
        .is_file()
        .then_some(args.contrastive.as_path());
    let (placed, _) = upstander_train::load_placed(&args.data, contrastive)
        .with_context(|| format!("cannot load evaluation data from {}", args.data.display()))?;
    let examples = test_examples(placed, args.limit);
    let report = evaluate(model, &thresholds, &examples)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_report(&mut out, &report)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn run_fairness(settings: &Settings, args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let detection = Detection::load(&config.detect)?;
    let mut probes = fairness::load_template_probes(
        args.templates.as_deref(),
        args.groups.as_deref(),
        &detection.taxonomy,
    )?;
    let mut notes = Vec::new();
    if args.data.is_dir() {
        let (data, skipped) = fairness::data_probes(&args.data)
            .with_context(|| format!("cannot load harmless posts from {}", args.data.display()))?;
        probes.extend(data);
        notes.extend(skipped);
    } else {
        notes.push(format!(
            "{} not found: data-set slices skipped, templates only (pass --data PATH)",
            args.data.display()
        ));
    }
    let report = fairness::measure(&detection.engine, &probes, notes);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_fairness(&mut out, &report)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_fairness(out: &mut impl Write, report: &FairnessReport) -> std::io::Result<()> {
    writeln!(
        out,
        "Harmless posts flagged by the configured detection (every flag here is a false one).\n\
         95% Wilson intervals. Dialect buckets count African-American English markers, a crude proxy.\n"
    )?;
    writeln!(
        out,
        "{:<8} {:<26} {:<46} {:>6} {:>7} {:>7}  95% interval",
        "axis", "source", "slice", "n", "flagged", "rate"
    )?;
    for s in &report.slices {
        let axis = match s.key.axis {
            fairness::Axis::Group => "group",
            fairness::Axis::Dialect => "dialect",
        };
        writeln!(
            out,
            "{axis:<8} {:<26} {:<46} {:>6} {:>7} {:>7.3}  {:.3}-{:.3}",
            s.key.source, s.key.name, s.n, s.flagged, s.rate, s.low, s.high
        )?;
    }
    for note in &report.notes {
        writeln!(out, "note: {note}")?;
    }
    Ok(())
}

fn row(out: &mut impl Write, name: &str, tier: &str, s: &Summary) -> std::io::Result<()> {
    writeln!(
        out,
        "{name:<14} {tier:<9} {:>6} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}   tp {:>5} fp {:>5} tn {:>5} fn {:>5}",
        s.n,
        s.accuracy,
        s.precision,
        s.recall,
        s.f1,
        s.false_positive_rate,
        s.confusion.tp,
        s.confusion.fp,
        s.confusion.tn,
        s.confusion.fn_
    )
}

fn print_report(out: &mut impl Write, report: &EvalReport) -> std::io::Result<()> {
    writeln!(
        out,
        "Held-out test splits (never trained on). FPR = harmless posts flagged.\n"
    )?;
    writeln!(
        out,
        "set            tier           n    acc   prec    rec     f1    fpr   confusion"
    )?;
    for set in report.sets.iter().chain(std::iter::once(&report.overall)) {
        row(out, &set.set, "lexicon", &set.lexicon)?;
        row(out, &set.set, "model", &set.model)?;
        row(out, &set.set, "combined", &set.combined)?;
    }
    writeln!(
        out,
        "\nper head (model alone)       thr      n    acc   prec    rec     f1"
    )?;
    for h in &report.heads {
        let s = &h.summary;
        writeln!(
            out,
            "{:<28} {:.2} {:>6} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
            h.head, h.threshold, s.n, s.accuracy, s.precision, s.recall, s.f1
        )?;
    }
    writeln!(
        out,
        "\ncalibration of the hateful head (ECE {:.3})",
        report.expected_calibration_error
    )?;
    writeln!(out, "  bin         n   predicted  observed")?;
    for b in &report.calibration {
        writeln!(
            out,
            "  {:.1}-{:.1} {:>7}   {:>8.3}  {:>8.3}",
            b.from, b.to, b.n, b.mean_predicted, b.observed
        )?;
    }
    Ok(())
}
