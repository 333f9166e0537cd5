//! `upstander refer [police] ITEM` and `upstander referrals list|show|times|escalate|evidence`
//!
//! The command line acts as the system actor. A referral is prepared and stored here, never
//! sent: the rendering (`--format text` is the email, `html` the printable page) is what a
//! person files through the platform's channel or hands to the police.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use upstander_app::{
    Hub, PoliceReferInput, ReferInput, Referral, ReferralQuery, ReferralTimes, RenderFormat,
    human_duration,
};
use upstander_core::{Platform, Timestamp};
use upstander_referral::{ChannelKind, Notifier};

use crate::settings::{Settings, runtime};

#[derive(Debug, Args)]
pub struct ReferArgs {
    /// The item (full id or unique short id); or `police` followed by the item for a police
    /// referral with an evidence bundle.
    #[arg(value_name = "[police] ITEM", num_args = 1..=2, required = true)]
    target: Vec<String>,
    /// Only this platform's links (x, facebook, …); default: every platform the item is on.
    #[arg(long, value_parser = parse_platform)]
    platform: Option<Platform>,
    /// Channel kind to prefer where the platform has it: in_app, web_form, dsa_art16,
    /// trusted_flagger, partner.
    #[arg(long, value_parser = parse_channel)]
    channel: Option<ChannelKind>,
    /// Legal ground to assert (a taxonomy legal-basis id); repeat for more. Default: the
    /// decision's.
    #[arg(long = "legal-ground", value_name = "ID")]
    legal_grounds: Vec<String>,
    /// Why the content is illegal or breaks the rules. Default: the decision's note.
    #[arg(long)]
    explanation: Option<String>,
    /// The notifier's name. Default: `[referral] notifier_name`.
    #[arg(long)]
    notifier_name: Option<String>,
    /// The notifier's email. Default: `[referral] notifier_email`.
    #[arg(long)]
    notifier_email: Option<String>,
    /// Police referrals: where the victim, target or incident is.
    #[arg(long)]
    location: Option<String>,
    /// How to print each referral: json, text (email) or html (printable page).
    #[arg(long, default_value = "text", value_parser = parse_format)]
    format: RenderFormat,
    /// Write the rendering to this file instead of stdout (with several platforms,
    /// `NAME.x.EXT`, `NAME.facebook.EXT`, …).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ReferralsCommand {
    /// List referrals with their deadlines, oldest first.
    List(ListArgs),
    /// Print a stored referral (json, text or html); written to the audit log as an export.
    Show(ShowArgs),
    /// Record when the platform acknowledged, decided or acted (a time, or `now`).
    Times(TimesArgs),
    /// Escalate every overdue referral not escalated yet.
    Escalate(EscalateArgs),
    /// Write a police referral's evidence parts and manifest into a folder.
    Evidence(EvidenceArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only referrals whose awaited response is late and that have no outcome.
    #[arg(long)]
    overdue: bool,
    /// Only referrals without an outcome.
    #[arg(long)]
    open: bool,
    /// Only referrals to this platform (x, facebook, …) or `police`.
    #[arg(long)]
    target: Option<String>,
    /// Only this item's referrals.
    #[arg(long)]
    item: Option<String>,
    /// At most this many.
    #[arg(long, default_value_t = 200)]
    limit: u32,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Referral id, or a unique prefix (at least 4 characters).
    id: String,
    /// json, text or html.
    #[arg(long, default_value = "text", value_parser = parse_format)]
    format: RenderFormat,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TimesArgs {
    /// Referral id, or a unique prefix.
    id: String,
    /// When the platform confirmed receipt (RFC 3339 time, or `now`).
    #[arg(long, value_parser = parse_time)]
    acknowledged: Option<Timestamp>,
    /// When the platform decided.
    #[arg(long, value_parser = parse_time)]
    decided: Option<Timestamp>,
    /// When the content was removed or restricted.
    #[arg(long, value_parser = parse_time)]
    actioned: Option<Timestamp>,
    /// Print the referral as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct EscalateArgs {
    /// Print the escalated referrals as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// Referral id, or a unique prefix.
    id: String,
    /// Folder to write the parts and `manifest.json` into (created if missing).
    #[arg(long, value_name = "DIR")]
    dir: PathBuf,
}

fn parse_platform(input: &str) -> Result<Platform, String> {
    Platform::parse(input).map_err(|e| e.to_string())
}

fn parse_channel(input: &str) -> Result<ChannelKind, String> {
    serde_json::from_value(serde_json::Value::String(input.trim().to_ascii_lowercase())).map_err(
        |_| {
            format!(
                "'{input}' is not a channel kind (in_app, web_form, dsa_art16, trusted_flagger, \
                 partner)"
            )
        },
    )
}

fn parse_format(input: &str) -> Result<RenderFormat, String> {
    RenderFormat::parse(input).map_err(|e| e.to_string())
}

/// An RFC 3339 time (`2026-11-28T10:00:00Z`) or `now`.
pub fn parse_time(input: &str) -> Result<Timestamp, String> {
    if input.trim().eq_ignore_ascii_case("now") {
        return Ok(Timestamp::now());
    }
    input
        .trim()
        .parse::<Timestamp>()
        .map_err(|e| format!("'{input}' is not a time like 2026-11-28T10:00:00Z or `now`: {e}"))
}

fn extension(format: RenderFormat) -> &'static str {
    match format {
        RenderFormat::Json => "json",
        RenderFormat::Text => "txt",
        RenderFormat::Html => "html",
    }
}

/// `notice.html` + `x` → `notice.x.html`.
fn per_target(path: &Path, target: &str, format: RenderFormat) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "referral".to_owned());
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| extension(format).to_owned());
    path.with_file_name(format!("{stem}.{target}.{ext}"))
}

fn write_out(out: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            if !text.ends_with('\n') {
                writeln!(stdout)?;
            }
            Ok(())
        }
    }
}

fn notifier(args: &ReferArgs) -> anyhow::Result<Option<Notifier>> {
    match (&args.notifier_name, &args.notifier_email) {
        (None, None) => Ok(None),
        (Some(name), Some(email)) => Ok(Some(Notifier {
            name: name.clone(),
            email: email.clone(),
            organisation: None,
            trusted_flagger: false,
        })),
        _ => bail!("give both --notifier-name and --notifier-email, or neither"),
    }
}

pub fn run(settings: &Settings, args: &ReferArgs) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        let actor = Hub::system_actor();
        let (police, item) = match args.target.as_slice() {
            [item] => (false, item.clone()),
            [word, item] if word.eq_ignore_ascii_case("police") => (true, item.clone()),
            [word, _] => {
                bail!("'{word}' is not a referral target; use `refer ITEM` or `refer police ITEM`")
            }
            _ => bail!("give the item to refer"),
        };
        let notifier = notifier(args)?;
        let referrals = if police {
            if args.platform.is_some() || args.channel.is_some() {
                bail!("--platform and --channel are for platform referrals, not police ones");
            }
            vec![
                hub.refer_police(
                    &actor,
                    &item,
                    PoliceReferInput {
                        location: args.location.clone(),
                        legal_grounds: args.legal_grounds.clone(),
                        explanation: args.explanation.clone(),
                        referrer: notifier,
                    },
                )
                .await?,
            ]
        } else {
            if args.location.is_some() {
                bail!("--location is for police referrals: `refer police ITEM --location …`");
            }
            hub.refer(
                &actor,
                &item,
                ReferInput {
                    platform: args.platform,
                    channel: args.channel,
                    legal_grounds: args.legal_grounds.clone(),
                    explanation: args.explanation.clone(),
                    notifier,
                },
            )
            .await?
        };
        let several = referrals.len() > 1;
        for referral in &referrals {
            let text = hub
                .render_referral(&actor, &referral.id.to_string(), args.format)
                .await?;
            match &args.out {
                Some(path) => {
                    let path = if several {
                        per_target(path, &referral.target, args.format)
                    } else {
                        path.clone()
                    };
                    write_out(Some(&path), &text)?;
                    eprintln!(
                        "referral {} to {} written to {}{}",
                        referral.id,
                        referral.target,
                        path.display(),
                        due_note(referral)
                    );
                }
                None => {
                    write_out(None, &text)?;
                    eprintln!(
                        "referral {} to {} stored{}",
                        referral.id,
                        referral.target,
                        due_note(referral)
                    );
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn due_note(referral: &Referral) -> String {
    match (referral.due_at, referral.awaits.as_deref()) {
        (Some(due), Some(awaits)) => format!(
            "; the platform's {awaits} is due by {due}{}",
            if referral.binding {
                ""
            } else {
                " (the hub's own target)"
            }
        ),
        _ => String::new(),
    }
}

pub fn run_referrals(settings: &Settings, command: ReferralsCommand) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        let actor = Hub::system_actor();
        match command {
            ReferralsCommand::List(args) => {
                let referrals = hub
                    .referrals(
                        &actor,
                        &ReferralQuery {
                            item: args.item,
                            target: args.target,
                            open_only: args.open,
                            overdue_only: args.overdue,
                            limit: Some(args.limit),
                            ..ReferralQuery::default()
                        },
                    )
                    .await?;
                let mut out = std::io::stdout().lock();
                if args.json {
                    serde_json::to_writer_pretty(&mut out, &referrals)?;
                    writeln!(out)?;
                } else {
                    table(&mut out, &referrals)?;
                }
            }
            ReferralsCommand::Show(args) => {
                let text = hub.render_referral(&actor, &args.id, args.format).await?;
                write_out(args.out.as_deref(), &text)?;
            }
            ReferralsCommand::Times(args) => {
                if args.acknowledged.is_none() && args.decided.is_none() && args.actioned.is_none()
                {
                    bail!("give at least one of --acknowledged, --decided, --actioned");
                }
                let referral = hub
                    .record_referral_times(
                        &actor,
                        &args.id,
                        ReferralTimes {
                            acknowledged_at: args.acknowledged,
                            decided_at: args.decided,
                            actioned_at: args.actioned,
                        },
                    )
                    .await?;
                let mut out = std::io::stdout().lock();
                if args.json {
                    serde_json::to_writer_pretty(&mut out, &referral)?;
                    writeln!(out)?;
                } else {
                    table(&mut out, std::slice::from_ref(&referral))?;
                }
            }
            ReferralsCommand::Escalate(args) => {
                let escalated = hub.escalate_overdue(&actor).await?;
                let mut out = std::io::stdout().lock();
                if args.json {
                    serde_json::to_writer_pretty(&mut out, &escalated)?;
                    writeln!(out)?;
                } else if escalated.is_empty() {
                    writeln!(
                        out,
                        "nothing to escalate: no overdue referral is unescalated"
                    )?;
                } else {
                    writeln!(out, "escalated {} overdue referral(s):", escalated.len())?;
                    table(&mut out, &escalated)?;
                }
            }
            ReferralsCommand::Evidence(args) => {
                let referral = hub.referral(&actor, &args.id).await?;
                let parts = hub.evidence(&actor, &args.id).await?;
                let manifest = hub
                    .render_referral(&actor, &referral.id.to_string(), RenderFormat::Json)
                    .await?;
                std::fs::create_dir_all(&args.dir)
                    .with_context(|| format!("cannot create {}", args.dir.display()))?;
                for part in &parts {
                    // Part names are plain file names (checked when the manifest was built).
                    let path = args.dir.join(&part.name);
                    std::fs::write(&path, &part.bytes)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                }
                let path = args.dir.join("referral.json");
                std::fs::write(&path, manifest)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!(
                    "wrote {} evidence part(s) and referral.json (with the manifest) to {}",
                    parts.len(),
                    args.dir.display()
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn table(out: &mut impl Write, referrals: &[Referral]) -> std::io::Result<()> {
    if referrals.is_empty() {
        return writeln!(out, "no referrals");
    }
    writeln!(
        out,
        "{:<13} {:<10} {:<17} {:<25} {:<18} OUTCOME",
        "ID", "TARGET", "CHANNEL", "DUE", "LATE"
    )?;
    for r in referrals {
        let id: String = r.id.to_string().chars().take(13).collect();
        let due = r
            .due_at
            .map(|d| d.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_else(|| "-".to_owned());
        let late = match r.overdue_by_seconds {
            Some(s) => {
                let mut text = human_duration(s);
                if r.escalated_at.is_some() {
                    text.push_str(" (esc.)");
                }
                text
            }
            None => "-".to_owned(),
        };
        writeln!(
            out,
            "{id:<13} {:<10} {:<17} {due:<25} {late:<18} {}",
            r.target,
            r.channel,
            r.outcome.as_deref().unwrap_or("open")
        )?;
    }
    Ok(())
}
