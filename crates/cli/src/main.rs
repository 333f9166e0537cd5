//! `upstander`: the command line of the hub for people who fight online hate.
//!
//! This binary is glue: it parses arguments, loads the configuration (file, then
//! `UPSTANDER__…` environment variables, then flags), sets up logging, and calls the use cases
//! in `upstander-app`. Errors are reported with `anyhow` here and nowhere else.

mod commands;
mod render;
mod settings;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Upstander: triage, de-duplicate and review online hate, with humans in charge.
#[derive(Debug, Parser)]
#[command(name = "upstander", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// Configuration file (TOML). Defaults to ./upstander.toml when it exists.
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<std::path::PathBuf>,

    /// Database URL: sqlite://PATH (default sqlite://upstander.db) or postgres://…
    /// Also UPSTANDER__DATABASE__URL.
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,

    /// More log output on stderr (-v info, -vv debug). RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start a demo hub: sample posts, demo accounts and reports, served on the web.
    Demo(commands::demo::DemoArgs),
    /// Serve the web front end: public report form, review pages and the JSON API.
    Serve(commands::serve::ServeArgs),
    /// Read posts from files or stdin, detect, group copies and queue them for review.
    Ingest(commands::ingest::IngestArgs),
    /// Assess JSON lines from stdin ({"id":…, "text":…}) and write one JSON line each.
    Classify(commands::classify::ClassifyArgs),
    /// List, inspect and decide queue items.
    #[command(subcommand)]
    Queue(commands::queue::QueueCommand),
    /// List and validate the taxonomy (categories, target groups, severities).
    Taxonomy(commands::taxonomy::TaxonomyArgs),
    /// Rebuild the trained model from the labelled data sets and the contrastive set.
    Train(commands::train::TrainArgs),
    /// Evaluate the lexicon tier, the model and both on held-out test splits; with
    /// --fairness, measure how often harmless posts are flagged per group and dialect.
    Eval(commands::eval::EvalArgs),
    /// Check or list the tamper-evident audit log of decisions and reopens.
    #[command(subcommand)]
    Audit(commands::audit::AuditCommand),
    /// Show the configuration.
    #[command(subcommand)]
    Config(commands::config::ConfigCommand),
    /// Manage accounts: add, list, disable, enable, set-role, reset-password.
    #[command(subcommand)]
    User(commands::user::UserCommand),
    /// Refer a decided item to the platforms it is on (`refer ITEM`), or to the police with an
    /// evidence bundle (`refer police ITEM`); prints the notice to file.
    Refer(commands::refer::ReferArgs),
    /// List referrals and their deadlines, print one again, record response times, escalate
    /// the overdue, export police evidence.
    #[command(subcommand)]
    Referrals(commands::refer::ReferralsCommand),
    /// Record a platform's response by hand, or import statements of reasons.
    #[command(subcommand)]
    Outcome(commands::outcome::OutcomeCommand),
    /// Re-check open referrals' links: removed, still live, geo-blocked, re-uploaded.
    Recheck(commands::recheck::RecheckArgs),
    /// Accountability reports: the burden bill for platforms and the DSA Art. 22(3) report.
    #[command(subcommand)]
    Report(commands::report::ReportCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    settings::init_tracing(cli.verbose);
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // A closed pipe (`upstander queue list | head`) is not a failure.
            if error.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = settings::Settings::new(cli.config.as_deref(), cli.database_url.as_deref());
    match cli.command {
        Command::Demo(args) => commands::demo::run(&settings, &args),
        Command::Serve(args) => commands::serve::run(&settings, &args),
        Command::Ingest(args) => commands::ingest::run(&settings, &args),
        Command::Classify(args) => commands::classify::run(&settings, &args),
        Command::Queue(command) => commands::queue::run(&settings, command),
        Command::Audit(command) => commands::audit::run(&settings, command),
        Command::Taxonomy(args) => commands::taxonomy::run(&settings, &args),
        Command::Config(command) => commands::config::run(&settings, &command),
        Command::User(command) => commands::user::run(&settings, command),
        Command::Refer(args) => commands::refer::run(&settings, &args),
        Command::Referrals(command) => commands::refer::run_referrals(&settings, command),
        Command::Outcome(command) => commands::outcome::run(&settings, command),
        Command::Recheck(args) => commands::recheck::run(&settings, &args),
        Command::Report(command) => commands::report::run(&settings, command),
        Command::Train(args) => commands::train::run(&args),
        Command::Eval(args) => commands::eval::run(&settings, &args),
    }
}
