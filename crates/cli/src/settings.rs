//! Configuration layers and logging.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use upstander_app::HubConfig;

/// What the global flags said; the configuration itself is loaded on demand, so commands
/// that need none (`config example`) work even when the file is broken.
pub struct Settings {
    config_path: Option<PathBuf>,
    database_url: Option<String>,
}

impl Settings {
    pub fn new(config_path: Option<&Path>, database_url: Option<&str>) -> Self {
        Self {
            config_path: config_path.map(Path::to_owned),
            database_url: database_url.map(str::to_owned),
        }
    }

    /// Defaults, then the TOML file, then `UPSTANDER__SECTION__KEY` variables, then flags.
    pub fn load(&self) -> anyhow::Result<HubConfig> {
        let mut figment = Figment::from(Serialized::defaults(HubConfig::default()));
        match &self.config_path {
            Some(path) => {
                if !path.is_file() {
                    bail!("configuration file {} does not exist", path.display());
                }
                figment = figment.merge(Toml::file_exact(path));
            }
            None => {
                let default = Path::new("upstander.toml");
                if default.is_file() {
                    figment = figment.merge(Toml::file_exact(default));
                }
            }
        }
        figment = figment.merge(Env::prefixed("UPSTANDER__").split("__"));
        if let Some(url) = &self.database_url {
            figment = figment.merge(Serialized::default("database.url", url));
        }
        let config: HubConfig = figment.extract().context("invalid configuration")?;
        config.validate()?;
        Ok(config)
    }
}

/// Logs go to stderr so stdout stays clean for data.
pub fn init_tracing(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

/// A multi-threaded runtime for the async use cases.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}
