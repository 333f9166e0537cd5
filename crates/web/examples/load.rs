//! Load generator for the public report endpoint: `POST /api/v1/reports` at a fixed rate on
//! loopback, against a fresh hub on a temporary SQLite database, reporting latency
//! percentiles.
//!
//! ```text
//! cargo run --release -p upstander-web --example load -- [RATE_PER_S] [SECONDS] [CONNECTIONS]
//! ```
//! (defaults: 1000 requests/s for 10 s over 64 keep-alive connections). The schedule is open
//! loop: request *i* is due at `start + i / rate`, and its latency is measured from that due
//! time, so a server that falls behind is charged for the queueing it causes (no coordinated
//! omission). The rate limit per address is off for the run (`reports_per_minute = 0`).

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use upstander_app::{Hub, HubConfig};
use upstander_web::WebConfig;

const TEXTS: [&str; 6] = [
    "Muslims are vermin and this country needs to get rid of them",
    "Travellers are thieves, lock everything up when they arrive",
    "Gay people are disgusting and should not be allowed near children",
    "I'm going to stab you next time I see you on the estate",
    "Send them all back, immigrants don't belong here",
    "What time does the gurdwara open for langar on Sunday?",
];

fn arg(n: usize, default: u64) -> u64 {
    std::env::args()
        .nth(n)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

/// Sends one request on a keep-alive connection and reads the whole response; returns the
/// status code.
async fn post(stream: &mut BufReader<TcpStream>, body: &str) -> std::io::Result<u16> {
    let request = format!(
        "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.get_mut().write_all(request.as_bytes()).await?;
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut length = 0usize;
    loop {
        line.clear();
        stream.read_line(&mut line).await?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    stream.read_exact(&mut body).await?;
    Ok(status)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

#[tokio::main]
async fn main() {
    let rate = arg(1, 1000).max(1);
    let seconds = arg(2, 10).max(1);
    let connections = arg(3, 64).max(1);
    let total = rate * seconds;

    let dir = tempfile::tempdir().unwrap();
    let mut config = HubConfig::default();
    config.database.url = format!("sqlite://{}", dir.path().join("load.db").display());
    let hub = Hub::open(config).await.unwrap();
    let router = upstander_web::router(
        hub.clone(),
        WebConfig {
            reports_per_minute: 0,
            ..WebConfig::default()
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(upstander_web::serve(
        listener,
        router,
        std::future::pending(),
    ));

    println!(
        "POST /api/v1/reports: {rate} requests/s for {seconds} s ({total} requests) over {connections} connections to {addr}"
    );
    let next = Arc::new(AtomicU64::new(0));
    let start = Instant::now() + Duration::from_millis(200);
    let mut workers = Vec::new();
    for _ in 0..connections {
        let next = Arc::clone(&next);
        workers.push(tokio::spawn(async move {
            let mut stream = BufReader::new(TcpStream::connect(addr).await.unwrap());
            let mut results = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let due = start + Duration::from_secs_f64(i as f64 / rate as f64);
                tokio::time::sleep_until(due.into()).await;
                let text = TEXTS[(i % TEXTS.len() as u64) as usize];
                let body = format!(
                    r#"{{"text":"{text} #{i}","reporter_role":"witness","description":"load test"}}"#
                );
                let status = post(&mut stream, &body).await.unwrap_or(0);
                results.push((due.elapsed(), status));
            }
            results
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = 0u64;
    for worker in workers {
        for (latency, status) in worker.await.unwrap() {
            if status != 201 {
                failures += 1;
            }
            latencies.push(latency);
        }
    }
    let elapsed = start.elapsed();
    latencies.sort();
    println!(
        "sent {} in {:.2} s ({:.0}/s achieved), non-201 answers: {failures}",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64()
    );
    for (name, p) in [("p50", 0.50), ("p90", 0.90), ("p99", 0.99), ("max", 1.0)] {
        println!(
            "{name}: {:.2} ms",
            percentile(&latencies, p).as_secs_f64() * 1000.0
        );
    }
    let counts = hub.counts().await.unwrap();
    println!(
        "stored: {} posts in {} open items",
        counts.posts, counts.open
    );
}
