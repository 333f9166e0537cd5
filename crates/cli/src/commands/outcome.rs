//! `upstander outcome record|import`: what the platform did, by hand in the DSA Transparency
//! Database's words, or from its statements of reasons.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use upstander_app::{Hub, MAX_STATEMENTS_BYTES, OutcomeInput, StatementFormat};
use upstander_core::Timestamp;
use upstander_referral::{
    AutomatedDecision, DecisionAccount, DecisionGround, DecisionVisibility, HubOutcome, SourceType,
};

use crate::commands::refer::parse_time;
use crate::settings::{Settings, runtime};

#[derive(Debug, Subcommand)]
pub enum OutcomeCommand {
    /// Record a platform's response to a referral by hand (closes it).
    Record(RecordArgs),
    /// Import statements of reasons (DSA Transparency Database CSV or JSON) and record those
    /// that answer a referral.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Referral id, or a unique prefix.
    id: String,
    /// removed, geo_restricted, labelled_or_demoted, account_actioned, rejected_by_platform,
    /// no_action_needed, no_response_past_deadline, reinstated_after_appeal.
    #[arg(long, value_parser = HubOutcome::parse)]
    outcome: HubOutcome,
    /// The platform's ground: DECISION_GROUND_ILLEGAL_CONTENT or
    /// DECISION_GROUND_INCOMPATIBLE_CONTENT.
    #[arg(long, value_parser = DecisionGround::parse)]
    ground: Option<DecisionGround>,
    /// A visibility decision (DECISION_VISIBILITY_CONTENT_REMOVED, …); repeat for more.
    #[arg(long, value_parser = DecisionVisibility::parse)]
    visibility: Vec<DecisionVisibility>,
    /// The account decision (DECISION_ACCOUNT_SUSPENDED, …).
    #[arg(long, value_parser = DecisionAccount::parse)]
    account: Option<DecisionAccount>,
    /// What the platform says prompted it (SOURCE_ARTICLE_16, SOURCE_TRUSTED_FLAGGER, …).
    #[arg(long, value_parser = SourceType::parse)]
    source_type: Option<SourceType>,
    /// How automated the decision was (AUTOMATED_DECISION_NOT_AUTOMATED, …).
    #[arg(long, value_parser = AutomatedDecision::parse)]
    automated: Option<AutomatedDecision>,
    /// When the platform decided (RFC 3339 time or `now`; default now).
    #[arg(long, value_parser = parse_time)]
    decided_at: Option<Timestamp>,
    /// A note for the record.
    #[arg(long)]
    note: Option<String>,
    /// Print the referral as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The statements file.
    file: PathBuf,
    /// csv or json (JSON lines, an array, or the API's {"data": […]}); default: from the
    /// file's extension.
    #[arg(long)]
    format: Option<String>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(settings: &Settings, command: OutcomeCommand) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        let actor = Hub::system_actor();
        match command {
            OutcomeCommand::Record(args) => {
                let referral = hub
                    .record_outcome(
                        &actor,
                        &args.id,
                        OutcomeInput {
                            outcome: args.outcome,
                            decision_ground: args.ground,
                            visibility: args.visibility,
                            account: args.account,
                            source_type: args.source_type,
                            automated: args.automated,
                            decided_at: args.decided_at,
                            note: args.note,
                        },
                    )
                    .await?;
                let mut out = std::io::stdout().lock();
                if args.json {
                    serde_json::to_writer_pretty(&mut out, &referral)?;
                    writeln!(out)?;
                } else {
                    writeln!(
                        out,
                        "recorded: referral {} to {} is {}",
                        referral.id,
                        referral.target,
                        referral.outcome.as_deref().unwrap_or("open")
                    )?;
                }
                Ok(ExitCode::SUCCESS)
            }
            OutcomeCommand::Import(args) => import(&hub, &args).await,
        }
    })
}

async fn import(hub: &Hub, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let format = match args
        .format
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => StatementFormat::Csv,
        Some("json" | "jsonl") => StatementFormat::Json,
        Some(other) => bail!("--format: '{other}' is not csv or json"),
        None => StatementFormat::from_name(&args.file.to_string_lossy()).with_context(|| {
            format!(
                "cannot tell the format of {} from its name; give --format csv or json",
                args.file.display()
            )
        })?,
    };
    let size = std::fs::metadata(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?
        .len();
    if size > MAX_STATEMENTS_BYTES as u64 {
        bail!(
            "{} is {size} bytes; split it into files of at most {MAX_STATEMENTS_BYTES} bytes",
            args.file.display()
        );
    }
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let summary = hub
        .import_statements(&Hub::system_actor(), &bytes, format)
        .await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        for error in &summary.rejected {
            writeln!(out, "rejected: {}: {error}", args.file.display())?;
        }
        for r in &summary.recorded {
            writeln!(
                out,
                "{}: statement {} → referral {} ({}, matched by {:?}){}",
                if r.changed { "recorded" } else { "unchanged" },
                r.statement,
                r.referral,
                r.outcome,
                r.by,
                r.uuid
                    .as_deref()
                    .map(|u| format!(" [{u}]"))
                    .unwrap_or_default()
            )?;
        }
        writeln!(
            out,
            "{} rows: {} matched a referral, {} matched none, {} rejected",
            summary.rows,
            summary.matched,
            summary.unmatched,
            summary.rejected.len()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
