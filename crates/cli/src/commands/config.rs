//! `upstander config example|show`

use std::io::Write;
use std::process::ExitCode;

use clap::Subcommand;
use upstander_app::{EXAMPLE_CONFIG, redact_url};

use crate::settings::Settings;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print an example configuration file with every option, its default and a comment.
    Example,
    /// Print the configuration in force (file, environment and flags merged), as TOML.
    Show,
}

pub fn run(settings: &Settings, command: &ConfigCommand) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match command {
        ConfigCommand::Example => out.write_all(EXAMPLE_CONFIG.as_bytes())?,
        ConfigCommand::Show => {
            let mut config = settings.load()?;
            config.database.url = redact_url(&config.database.url);
            let text = toml::to_string_pretty(&config)?;
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
