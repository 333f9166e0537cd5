//! `upstander demo`: the first thing a newcomer runs.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use upstander_app::{Hub, NoProgress, SourceInput};
use upstander_core::{ItemFilter, ItemStatus};
use upstander_ingest::Format;

use super::ingest::{RejectsFile, print_summary};
use crate::render;
use crate::settings::{Settings, runtime};

/// Sample posts shipped with the binary: written for the demo, in the project's JSONL format.
const DEMO_POSTS: &str = include_str!("../../../../resources/samples/demo-posts.jsonl");

#[derive(Debug, Args)]
pub struct DemoArgs {}

pub fn run(settings: &Settings, _args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let url = upstander_app::redact_url(&config.database.url);
    let rt = runtime()?;
    let mut rejects = RejectsFile::new(std::path::Path::new("upstander-rejects.jsonl"));
    let (summary, items, open, backend) = rt.block_on(async {
        let hub = Hub::open(config).await?;
        let source = SourceInput {
            name: "demo-posts.jsonl".to_owned(),
            reader: Box::new(std::io::Cursor::new(DEMO_POSTS.as_bytes())),
        };
        let summary = hub
            .ingest(vec![source], Format::Jsonl, &NoProgress, &mut |r| {
                rejects.write(r)
            })
            .await?;
        let filter = ItemFilter {
            status: Some(ItemStatus::Open),
            limit: Some(20),
            ..ItemFilter::default()
        };
        let items = hub.queue(&filter).await?;
        let open = hub.counts().await?.open;
        anyhow::Ok((summary, items, open, hub.backend()))
    })?;
    let rejects_path = rejects.finish()?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Loaded the demo posts into {url}.")?;
    drop(out);
    print_summary(&summary, open, backend, rejects_path.as_deref(), false)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "\nReview queue (open items, highest priority first):\n"
    )?;
    render::queue_table(&mut out, &items, upstander_core::Timestamp::now())?;
    writeln!(
        out,
        "\nNext: `upstander queue show ID` to see why an item was flagged, then\n`upstander queue decide ID --decision platform_report --reviewer YOU` to record a decision."
    )?;
    Ok(ExitCode::SUCCESS)
}
