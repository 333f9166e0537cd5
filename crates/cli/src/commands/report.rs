//! `upstander report burden|annual|transparency`: the bill for platforms, the DSA Art. 22(3)
//! report and the hub's own transparency report, from the hub's record. Every report written
//! is an export in the audit log.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};
use upstander_app::{Hub, ReportFormat, parse_period_bound, year_window};
use upstander_core::Timestamp;

use crate::settings::{Settings, runtime};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The burden bill: per platform, items reported, staff and volunteer time and its cost,
    /// median time to action, removal rate, overdue referrals and re-uploads.
    Burden(BurdenArgs),
    /// The DSA Art. 22(3) trusted-flagger report for a calendar year: notices by platform,
    /// by type of illegal content and by the action taken.
    Annual(AnnualArgs),
    /// The hub's own transparency report: volumes, decisions, reversed flags and appeals.
    Transparency(BurdenArgs),
}

#[derive(Debug, Args)]
pub struct BurdenArgs {
    /// First day (2026-01-01) or instant (RFC 3339) of the period.
    #[arg(long, value_parser = parse_day)]
    from: Timestamp,
    /// The day or instant after the period (excluded).
    #[arg(long, value_parser = parse_day)]
    to: Timestamp,
    /// html (charts and an invoice per platform), csv or json.
    #[arg(long, default_value = "html", value_parser = parse_format)]
    format: ReportFormat,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AnnualArgs {
    /// The calendar year.
    #[arg(long)]
    year: i16,
    /// html, csv or json.
    #[arg(long, default_value = "html", value_parser = parse_format)]
    format: ReportFormat,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn parse_format(input: &str) -> Result<ReportFormat, String> {
    ReportFormat::parse(input).map_err(|e| e.to_string())
}

/// `2026-01-01` (midnight UTC) or an RFC 3339 instant.
fn parse_day(input: &str) -> Result<Timestamp, String> {
    parse_period_bound("date", input).map_err(|e| e.to_string())
}

fn write(out: Option<&PathBuf>, text: &str) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => {
            print!("{text}");
            if !text.ends_with('\n') {
                println!();
            }
            Ok(())
        }
    }
}

pub fn run(settings: &Settings, command: ReportCommand) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        let actor = Hub::system_actor();
        match command {
            ReportCommand::Burden(args) => {
                let text = hub
                    .burden_report(&actor, args.from, args.to, args.format)
                    .await?;
                write(args.out.as_ref(), &text)?;
            }
            ReportCommand::Transparency(args) => {
                let text = hub
                    .transparency_report(&actor, args.from, args.to, args.format)
                    .await?;
                write(args.out.as_ref(), &text)?;
            }
            ReportCommand::Annual(args) => {
                let (from, to) = year_window(args.year)?;
                let text = hub
                    .trusted_flagger_report(&actor, from, to, args.format)
                    .await?;
                write(args.out.as_ref(), &text)?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
