//! `upstander taxonomy`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use upstander_core::Taxonomy;

use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct TaxonomyArgs {
    /// Validate this file instead of the configured (or built-in) taxonomy.
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    /// Only validate; print one line.
    #[arg(long)]
    check: bool,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(settings: &Settings, args: &TaxonomyArgs) -> anyhow::Result<ExitCode> {
    let path = match &args.file {
        Some(path) => Some(path.clone()),
        None => settings.load()?.detect.taxonomy_path,
    };
    let (source, taxonomy) = match &path {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let taxonomy =
                Taxonomy::parse(&text).with_context(|| format!("in {}", path.display()))?;
            (path.display().to_string(), taxonomy)
        }
        None => ("built-in".to_owned(), Taxonomy::embedded()?),
    };
    let mut out = std::io::stdout().lock();
    let summary = format!(
        "taxonomy {} {} ({source}) is valid: {} categories, {} target groups, {} legal bases, {} referral channels",
        taxonomy.name,
        taxonomy.version,
        taxonomy.categories.len(),
        taxonomy.target_groups.len(),
        taxonomy.legal_bases.len(),
        taxonomy.channels.len()
    );
    if args.check {
        writeln!(out, "{summary}")?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.json {
        let value = serde_json::json!({
            "name": taxonomy.name,
            "version": taxonomy.version,
            "severity_levels": taxonomy.severity_levels.iter().map(|l| serde_json::json!({"id": l.severity.as_str(), "label": l.label})).collect::<Vec<_>>(),
            "categories": taxonomy.categories.iter().map(|c| serde_json::json!({
                "id": c.id, "family": c.family, "description": c.description,
                "default_severity": c.default_severity.map(|s| s.as_str()),
                "legal_candidates": c.legal_candidates,
            })).collect::<Vec<_>>(),
            "target_groups": taxonomy.target_groups.iter().map(|g| serde_json::json!({
                "id": g.id, "label": g.label, "parent": g.parent, "uk_monitored": g.uk_monitored,
            })).collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{summary}\n")?;
    writeln!(out, "Severity levels:")?;
    for level in &taxonomy.severity_levels {
        writeln!(out, "  {}  {}", level.severity, level.label)?;
    }
    writeln!(out, "\nCategories:")?;
    let mut family = "";
    for category in &taxonomy.categories {
        if category.family != family {
            family = &category.family;
            writeln!(out, "  {family}")?;
        }
        writeln!(
            out,
            "    {:<36} {:<3} {}",
            category.id,
            category.default_severity.map_or("-", |s| s.as_str()),
            category.description.as_deref().unwrap_or("")
        )?;
    }
    writeln!(out, "\nTarget groups (* = UK centrally monitored strand):")?;
    for group in &taxonomy.target_groups {
        let indent = if group.parent.is_some() { "    " } else { "  " };
        writeln!(
            out,
            "{indent}{}{} {}",
            group.id,
            if group.uk_monitored && group.parent.is_none() {
                " *"
            } else {
                ""
            },
            group.label.as_deref().unwrap_or("")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
