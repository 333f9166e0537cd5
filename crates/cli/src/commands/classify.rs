//! `upstander classify`: JSON lines in, JSON lines out (the contract in DESIGN.md).

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use upstander_app::{ClassifyOutcome, Detection, classify_lines};

use crate::settings::Settings;

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Detection threads; 0 means one per CPU core.
    #[arg(long, default_value_t = 0)]
    workers: usize,

    /// Lines per parallel batch; output is written after each batch.
    #[arg(long, default_value_t = 2048, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    batch: u32,

    /// The fast tier only (lexicon, context rules, linear model): never ask the transformer,
    /// whatever `[detect.transformer] enabled` says. Thousands of times faster on a CPU.
    #[arg(long)]
    fast: bool,
}

/// Reads one line of at most `limit` bytes. A longer line is consumed to its end without
/// being kept, and reported as too long, so one huge line cannot exhaust memory.
fn read_bounded_line(
    input: &mut impl BufRead,
    limit: usize,
    line: &mut Vec<u8>,
) -> std::io::Result<Option<bool>> {
    line.clear();
    let mut too_long = false;
    let mut seen_any = false;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(if seen_any { Some(too_long) } else { None });
        }
        seen_any = true;
        let (chunk, done) = match memchr(buf) {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        if !too_long {
            if line.len() + chunk.len() > limit {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(buf.len());
        input.consume(used);
        if done.is_some() {
            return Ok(Some(too_long));
        }
    }
}

fn memchr(buf: &[u8]) -> Option<usize> {
    buf.iter().position(|&b| b == b'\n')
}

pub fn run(settings: &Settings, args: &ClassifyArgs) -> anyhow::Result<ExitCode> {
    let mut config = settings.load()?;
    if args.fast {
        config.detect.transformer.enabled = false;
    }
    let detection = Detection::load(&config.detect)?;
    let workers = match args.workers {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    };
    let limit = config.ingest.max_record_bytes;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let batch_size = args.batch as usize;
    let mut batch: Vec<Vec<u8>> = Vec::with_capacity(batch_size);
    let mut too_long: Vec<usize> = Vec::new();
    let mut line = Vec::new();
    let mut eof = false;
    while !eof {
        batch.clear();
        too_long.clear();
        while batch.len() < batch_size {
            match read_bounded_line(&mut input, limit, &mut line)
                .context("cannot read standard input")?
            {
                None => {
                    eof = true;
                    break;
                }
                Some(true) => {
                    too_long.push(batch.len());
                    batch.push(Vec::new());
                }
                Some(false) => batch.push(std::mem::take(&mut line)),
            }
        }
        let mut outcomes = classify_lines(&detection.engine, &batch, workers);
        for &index in &too_long {
            if let Some(slot) = outcomes.get_mut(index) {
                *slot = ClassifyOutcome::line_too_long(limit);
            }
        }
        for outcome in outcomes {
            out.write_all(outcome.to_line().as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}
