//! `upstander ingest PATH...`

use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use upstander_app::{Hub, IngestProgress, IngestSummary, SourceInput};
use upstander_ingest::{Format, Reject};

use crate::settings::{Settings, runtime};

/// The exit code when records were rejected and not one record could be read.
pub const EXIT_NOTHING_READ: u8 = 3;

#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when the run completed (some records may have been \
rejected; see the rejects file); 3 when records were rejected and none was read (none \
stored, none already stored), such as a file in another format than the one assumed; 1 on \
any other error."
)]
pub struct IngestArgs {
    /// Files or folders to read; `-` reads standard input. Folders are read file by file,
    /// in name order.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Input format. `auto` looks at the file name and the first bytes.
    #[arg(long, short, default_value = "auto", value_parser = parse_format)]
    format: Format,

    /// Where rejected records go, one JSON line each (file, line, field, reason).
    /// Created only when something is rejected. It may not be one of the inputs or lie inside
    /// an input folder.
    #[arg(long, value_name = "PATH", default_value = "upstander-rejects.jsonl")]
    rejects: PathBuf,

    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,

    /// Never show a progress bar.
    #[arg(long)]
    no_progress: bool,

    /// The fast tier only (lexicon, context rules, linear model): never ask the transformer,
    /// whatever `[detect.transformer] enabled` says. For bulk loads on a small machine.
    #[arg(long)]
    fast: bool,
}

fn parse_format(input: &str) -> Result<Format, String> {
    input.parse::<Format>().map_err(|e| e.to_string())
}

/// Expands folders, checks every path exists, and totals the bytes for the progress bar.
fn collect_paths(paths: &[PathBuf]) -> anyhow::Result<(Vec<PathBuf>, Option<u64>)> {
    let mut files = Vec::new();
    let mut total = Some(0u64);
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
            total = None;
            continue;
        }
        let meta =
            std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
        if meta.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot list folder {}", path.display()))?
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|p| p.is_file())
                .collect();
            inside.sort();
            for file in inside {
                total = total.map(|t| t + std::fs::metadata(&file).map_or(0, |m| m.len()));
                files.push(file);
            }
        } else {
            total = total.map(|t| t + meta.len());
            files.push(path.clone());
        }
    }
    if files.is_empty() {
        bail!(
            "no files to read in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok((files, total))
}

/// Refuses a rejects file that is one of the inputs or lies inside an input folder: writing it
/// would destroy the input, and a later run over the folder would read the rejects back as
/// posts. Checked before anything is read or written.
fn check_rejects_path(rejects: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    let Some(target) = resolve(rejects) else {
        // Its folder does not exist, so it cannot be an input; writing it will say why not.
        return Ok(());
    };
    let target_meta = std::fs::metadata(&target).ok();
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        let Ok(input_path) = std::fs::canonicalize(input) else {
            continue;
        };
        let same_file = target == input_path
            || target_meta
                .as_ref()
                .zip(std::fs::metadata(&input_path).ok())
                .is_some_and(|(a, b)| same_inode(a, &b));
        if same_file {
            bail!(
                "the rejects file {} is also an input ({}); writing rejects there would \
                 overwrite it. Give --rejects a path outside the inputs",
                rejects.display(),
                input.display()
            );
        }
        if input_path.is_dir() && target.starts_with(&input_path) {
            bail!(
                "the rejects file {} is inside the input folder {}; it would be read back as \
                 input on the next run. Give --rejects a path outside the folder",
                rejects.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// The absolute, symlink-free form of a path that may not exist yet (its folder must).
fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(path) = std::fs::canonicalize(path) {
        return Some(path);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(parent).ok()?.join(name))
}

#[cfg(unix)]
fn same_inode(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_inode(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

/// Counts bytes into the progress bar as they are read.
struct Counted<R> {
    inner: R,
    bar: ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

fn open_sources(files: &[PathBuf], bar: &ProgressBar) -> anyhow::Result<Vec<SourceInput>> {
    files
        .iter()
        .map(|path| {
            let (name, reader): (String, Box<dyn Read + Send>) = if path.as_os_str() == "-" {
                ("-".to_owned(), Box::new(std::io::stdin()))
            } else {
                let file =
                    File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
                (path.display().to_string(), Box::new(file))
            };
            let counted = Counted {
                inner: reader,
                bar: bar.clone(),
            };
            let reader: Box<dyn BufRead + Send> =
                Box::new(BufReader::with_capacity(256 * 1024, counted));
            Ok(SourceInput { name, reader })
        })
        .collect()
}

struct BarProgress(ProgressBar);

impl IngestProgress for BarProgress {
    fn batch_stored(&self, summary: &IngestSummary) {
        self.0.set_message(format!(
            "{} accepted, {} duplicate, {} rejected",
            summary.accepted, summary.duplicate, summary.rejected
        ));
    }
}

/// Writes rejects lazily, so a clean run leaves no empty file behind.
pub struct RejectsFile {
    path: PathBuf,
    file: Option<std::io::BufWriter<File>>,
}

impl RejectsFile {
    pub fn new(path: &Path) -> Self {
        Self {
            path: path.to_owned(),
            file: None,
        }
    }

    pub fn write(&mut self, reject: &Reject) -> std::io::Result<()> {
        if self.file.is_none() {
            self.file = Some(std::io::BufWriter::new(File::create(&self.path)?));
        }
        if let Some(file) = &mut self.file {
            serde_json::to_writer(&mut *file, reject)?;
            file.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> anyhow::Result<Option<PathBuf>> {
        match self.file.take() {
            Some(mut file) => {
                file.flush()
                    .with_context(|| format!("cannot write {}", self.path.display()))?;
                Ok(Some(self.path))
            }
            None => Ok(None),
        }
    }
}

pub fn run(settings: &Settings, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let mut config = settings.load()?;
    if args.fast {
        config.detect.transformer.enabled = false;
    }
    let (files, total_bytes) = collect_paths(&args.paths)?;
    check_rejects_path(&args.rejects, &args.paths)?;
    let show_bar = !args.no_progress && !args.json && std::io::stderr().is_terminal();
    let bar = if show_bar {
        let bar = match total_bytes {
            Some(total) => ProgressBar::new(total).with_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({eta}) {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bytes} read {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    } else {
        ProgressBar::hidden()
    };
    let sources = open_sources(&files, &bar)?;
    let mut rejects = RejectsFile::new(&args.rejects);
    let rt = runtime()?;
    let (summary, open_items, backend) = rt.block_on(async {
        let hub = Hub::open(config).await?;
        let progress = BarProgress(bar.clone());
        let summary = hub
            .ingest(sources, args.format, &progress, &mut |r| rejects.write(r))
            .await?;
        let counts = hub.counts().await?;
        anyhow::Ok((summary, counts.open, hub.backend()))
    })?;
    bar.finish_and_clear();
    let rejects_path = rejects.finish()?;
    print_summary(
        &summary,
        open_items,
        backend,
        rejects_path.as_deref(),
        args.json,
    )?;
    if nothing_read(&summary) {
        eprintln!(
            "error: every record was rejected ({} in all); nothing was stored{}",
            summary.rejected,
            if args.format == Format::Auto {
                ". The rejects name the format each file was read as; if that is wrong, give \
                 --format"
            } else {
                ""
            }
        );
        return Ok(ExitCode::from(EXIT_NOTHING_READ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether records were rejected and none could be read. A re-run whose records are all
/// already stored read them fine, so duplicates count as read.
fn nothing_read(summary: &IngestSummary) -> bool {
    summary.rejected > 0 && summary.accepted == 0 && summary.duplicate == 0
}

pub fn print_summary(
    summary: &IngestSummary,
    open_items: u64,
    backend: &str,
    rejects_path: Option<&Path>,
    json: bool,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        let mut value = serde_json::to_value(summary)?;
        if let Some(object) = value.as_object_mut() {
            object.insert("open_items".into(), open_items.into());
            object.insert(
                "rejects_file".into(),
                rejects_path.map(|p| p.display().to_string()).into(),
            );
        }
        writeln!(out, "{value}")?;
        return Ok(());
    }
    writeln!(
        out,
        "read {}  accepted {}  duplicate {}  rejected {}",
        summary.read, summary.accepted, summary.duplicate, summary.rejected
    )?;
    writeln!(
        out,
        "grouped: {} new items, {} exact copies, {} near copies; {} items open for review ({backend})",
        summary.new_items, summary.exact_copies, summary.near_copies, open_items
    )?;
    if let Some(path) = rejects_path {
        writeln!(
            out,
            "rejected records (file, line, field, reason) are in {}",
            path.display()
        )?;
    }
    Ok(())
}
