//! `upstander queue list|show|decide`

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};
use upstander_app::{DecisionInput, Hub};
use upstander_core::{ItemFilter, ItemStatus, Platform, Severity};

use crate::render;
use crate::settings::{Settings, runtime};

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// List queue items, highest priority first (severity, then reach, then age).
    List(ListArgs),
    /// Show one item: the text with matched words marked, the explanation, copies and
    /// decisions.
    Show(ShowArgs),
    /// Record a reviewer's decision on an item. Nothing is sent anywhere.
    Decide(DecideArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only items with this status: open, decided, cleared, awaiting_second_review, or `all`.
    #[arg(long, default_value = "open")]
    status: String,
    /// Only items at or above this severity (S0–S4).
    #[arg(long, value_parser = parse_severity)]
    severity: Option<Severity>,
    /// Only items in this category or family (e.g. HATE.SLUR or HATE).
    #[arg(long)]
    category: Option<String>,
    /// Only items first seen on this platform (x, mastodon, bluesky, reddit, telegram…).
    #[arg(long, value_parser = parse_platform)]
    platform: Option<Platform>,
    /// At most this many items.
    #[arg(long, default_value_t = 50)]
    limit: u32,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Item id, or a unique prefix of it (at least 4 characters).
    id: String,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct DecideArgs {
    /// Item id, or a unique prefix of it.
    id: String,
    /// What should happen: no_action, platform_report, police, counter_speech, escalate.
    #[arg(long, short)]
    decision: String,
    /// Severity S0–S4 as the reviewer judges it. Defaults to the item's suggested severity.
    #[arg(long, short)]
    severity: Option<String>,
    /// Taxonomy category id (see `upstander taxonomy`).
    #[arg(long, short)]
    category: Option<String>,
    /// A note for the record.
    #[arg(long, short)]
    note: Option<String>,
    /// Who decides. Defaults to $UPSTANDER_REVIEWER, then $USER.
    #[arg(long, short)]
    reviewer: Option<String>,
    /// Print the stored decision as JSON.
    #[arg(long)]
    json: bool,
}

fn parse_severity(input: &str) -> Result<Severity, String> {
    Severity::parse(input).map_err(|e| e.to_string())
}

fn parse_platform(input: &str) -> Result<Platform, String> {
    Platform::parse(input).map_err(|e| e.to_string())
}

pub fn run(settings: &Settings, command: QueueCommand) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        match command {
            QueueCommand::List(args) => list(&hub, &args).await,
            QueueCommand::Show(args) => show(&hub, &args).await,
            QueueCommand::Decide(args) => decide(&hub, args).await,
        }
    })
}

async fn list(hub: &Hub, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let status = match args.status.as_str() {
        "all" | "any" => None,
        other => {
            Some(ItemStatus::parse(other).map_err(|e| anyhow::anyhow!("--status: {e} or all"))?)
        }
    };
    let filter = ItemFilter {
        status,
        min_severity: args.severity,
        category: args.category.clone(),
        platform: args.platform,
        limit: Some(args.limit),
    };
    let items = hub.queue(&filter).await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &items)?;
        writeln!(out)?;
    } else {
        render::queue_table(&mut out, &items, upstander_core::Timestamp::now())?;
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn show(hub: &Hub, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let detail = hub.item(&args.id).await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let value = serde_json::json!({
            "item": detail.item,
            "copies": detail.copies,
            "decisions": detail.decisions,
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        render::item_detail(&mut out, &detail, colour)?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn decide(hub: &Hub, args: DecideArgs) -> anyhow::Result<ExitCode> {
    let reviewer = args
        .reviewer
        .or_else(|| std::env::var("UPSTANDER_REVIEWER").ok())
        .or_else(|| std::env::var("USER").ok())
        .context("give --reviewer NAME (or set UPSTANDER_REVIEWER)")?;
    let severity = match args.severity {
        Some(s) => s,
        None => hub
            .item(&args.id)
            .await?
            .item
            .assessment
            .severity
            .to_string(),
    };
    let decision = hub
        .decide(
            &args.id,
            DecisionInput {
                action: args.decision,
                category: args.category,
                severity,
                note: args.note,
                reviewer,
                ..DecisionInput::default()
            },
        )
        .await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &decision)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "recorded: {} on item {} at severity {}{} by {} ({})",
            decision.decision.action,
            decision.decision.item_id,
            decision.decision.severity,
            decision
                .decision
                .category
                .as_deref()
                .map(|c| format!(", category {c}"))
                .unwrap_or_default(),
            decision.decision.reviewer,
            decision.decided_at,
        )?;
        if upstander_core::needs_second_review(decision.decision.action, decision.decision.severity)
        {
            writeln!(
                out,
                "this S3/S4 decision now awaits a second review by someone else before anything \
                 leaves the hub"
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
