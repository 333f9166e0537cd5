//! `upstander serve`: the web front end (public report form, reviewers' pages, JSON API).

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use upstander_app::Hub;
use upstander_web::WebConfig;

use crate::settings::{Settings, runtime};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on. Use 0.0.0.0:8080 to listen on every interface (put a TLS proxy
    /// in front and pass --secure-cookies).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    pub addr: SocketAddr,

    /// Mark cookies Secure (set this whenever the site is reached over HTTPS).
    #[arg(long)]
    pub secure_cookies: bool,

    /// Public reports one address may send per minute (0: no limit, for load tests only).
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub reports_per_minute: u32,

    /// Prompt reviewers to take a break after this many items in a shift (0: never).
    #[arg(long, default_value_t = 25, value_name = "N")]
    pub break_every: u32,
}

impl ServeArgs {
    pub fn web_config(&self) -> WebConfig {
        WebConfig {
            secure_cookies: self.secure_cookies,
            reports_per_minute: self.reports_per_minute,
            break_every: self.break_every,
            ..WebConfig::default()
        }
    }
}

pub fn run(settings: &Settings, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let config = settings.load()?;
    let url = upstander_app::redact_url(&config.database.url);
    let rt = runtime()?;
    rt.block_on(async {
        let hub = Hub::open(config).await?;
        println!("Upstander hub on {url} ({})", hub.backend());
        serve_hub(hub, args, |addr| {
            println!("Listening on http://{addr}/ (Ctrl-C to stop)");
        })
        .await
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Serves `hub` until Ctrl-C or SIGTERM; `on_ready` is told the bound address.
pub async fn serve_hub(
    hub: Hub,
    args: &ServeArgs,
    on_ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    let local = listener.local_addr().context("no local address")?;
    let router = upstander_web::router(hub, args.web_config());
    on_ready(local);
    use std::io::Write;
    let _ = std::io::stdout().flush();
    tracing::info!(addr = %local, "serving");
    upstander_web::serve(listener, router, shutdown_signal())
        .await
        .context("the server stopped")?;
    println!("Stopped.");
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM, so requests in flight can finish first.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
