//! `upstander recheck`: fetch every open platform referral's links again and record whether
//! the content is removed, still live or geo-blocked, and whether copies came back.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Args;
use upstander_app::Hub;

use crate::settings::{Settings, runtime};

#[derive(Debug, Args)]
pub struct RecheckArgs {
    /// Only referrals to this platform (x, facebook, …).
    #[arg(long)]
    target: Option<String>,
    /// At most this many referrals, oldest first.
    #[arg(long)]
    limit: Option<u32>,
    /// Print the findings as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(settings: &Settings, args: &RecheckArgs) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let checker = config
        .recheck
        .clone()
        .build()
        .map_err(|e| anyhow::anyhow!("configuration [recheck]: {e}"))?;
    let rt = runtime()?;
    rt.block_on(async move {
        let hub = Hub::open(config).await?;
        let results = hub
            .recheck(
                &Hub::system_actor(),
                Arc::new(checker),
                args.target.as_deref(),
                args.limit,
            )
            .await?;
        let mut out = std::io::stdout().lock();
        if args.json {
            serde_json::to_writer_pretty(&mut out, &results)?;
            writeln!(out)?;
        } else if results.is_empty() {
            writeln!(out, "no open platform referrals to re-check")?;
        } else {
            for r in &results {
                writeln!(
                    out,
                    "{} {:<10} {:<12}{}{}",
                    r.referral,
                    r.target,
                    r.status.as_str(),
                    if r.reuploads.is_empty() {
                        String::new()
                    } else {
                        format!(" re-uploaded at {}", r.reuploads.join(", "))
                    },
                    if r.closed { " (outcome recorded)" } else { "" }
                )?;
                for link in &r.links {
                    writeln!(
                        out,
                        "    {} {}: {}",
                        link.status.as_str(),
                        link.url,
                        link.reason
                    )?;
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
