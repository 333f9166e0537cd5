//! `upstander serve` and `upstander demo`: the web front end starts, answers, and stops
//! cleanly on SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::support::Workspace;

/// A running server: its process and the URL it printed.
struct Server {
    child: Child,
    addr: String,
    printed: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// The child is reaped by `Server`'s `Drop` (kill, then wait), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn start(ws: &Workspace, args: &[&str]) -> Server {
    let child = ws
        .command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // From here on the guard kills and reaps the child, whatever happens.
    let mut server = Server {
        child,
        addr: String::new(),
        printed: String::new(),
    };
    let mut out = BufReader::new(server.child.stdout.take().unwrap());
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let mut line = String::new();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "exited early:\n{}",
            server.printed
        );
        server.printed.push_str(&line);
        if let Some(rest) = line.split("http://").nth(1) {
            server.addr = rest.split('/').next().unwrap().to_owned();
            // Drain the rest of the output in the background so the server never blocks.
            std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
            return server;
        }
        assert!(
            Instant::now() < deadline,
            "no URL printed:\n{}",
            server.printed
        );
    }
}

/// A plain HTTP/1.1 GET; returns the status line and body.
fn get(addr: &str, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.lines().next().unwrap_or_default().to_owned();
    let body = response
        .split("\r\n\r\n")
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    (status, body)
}

fn terminate(server: &mut Server) -> std::process::ExitStatus {
    let pid = server.child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serve_answers_health_checks_and_stops_cleanly_on_sigterm() {
    let ws = Workspace::new();
    let mut server = start(&ws, &["serve", "--addr", "127.0.0.1:0"]);
    let (status, body) = get(&server.addr, "/healthz");
    assert!(status.contains("200"), "{status}");
    assert!(body.contains("\"ok\""), "{body}");
    let (status, _) = get(&server.addr, "/readyz");
    assert!(status.contains("200"), "{status}");
    let (status, body) = get(&server.addr, "/report");
    assert!(
        status.contains("200") && body.contains("Report a hateful post"),
        "{status}"
    );
    let (status, body) = get(&server.addr, "/api/openapi.json");
    assert!(
        status.contains("200") && body.contains("\"openapi\""),
        "{status}"
    );
    let exit = terminate(&mut server);
    assert!(exit.success(), "{exit:?}");
}

#[test]
fn serve_refuses_an_address_it_cannot_parse() {
    let ws = Workspace::new();
    let run = ws.run(&["serve", "--addr", "not-an-address"]).failure();
    assert!(run.stderr.contains("--addr"), "{}", run.stderr);
}

#[test]
fn the_demo_hub_prints_its_accounts_and_serves_the_queue_to_them() {
    let ws = Workspace::new();
    let mut server = start(&ws, &["demo", "--addr", "127.0.0.1:0"]);
    assert!(server.printed.contains("DEMO ONLY"), "{}", server.printed);
    for account in ["admin", "supervisor", "analyst", "volunteer", "liaison"] {
        assert!(
            server.printed.contains(account),
            "{account}: {}",
            server.printed
        );
    }
    assert!(
        server.printed.contains("Public reports added: UPS-"),
        "{}",
        server.printed
    );
    let reference = server
        .printed
        .split("Public reports added: ")
        .nth(1)
        .unwrap()
        .split([',', '\n'])
        .next()
        .unwrap()
        .trim()
        .to_owned();
    let (status, body) = get(&server.addr, &format!("/api/v1/reports/{reference}"));
    assert!(status.contains("200"), "{status}: {body}");
    assert!(body.contains("\"received\""), "{body}");
    let (status, _) = get(&server.addr, "/queue");
    assert!(
        status.contains("303"),
        "the queue asks to sign in: {status}"
    );
    assert!(terminate(&mut server).success());
}

#[test]
fn the_demo_seeds_accounts_idempotently_without_serving() {
    let ws = Workspace::new();
    let first = ws.run(&["demo", "--no-serve"]).success();
    assert!(
        first.stdout.contains("demo-volunteer-only"),
        "{}",
        first.stdout
    );
    let again = ws.run(&["demo", "--no-serve"]).success();
    assert!(
        !again.stdout.contains("Public reports added"),
        "reports only once: {}",
        again.stdout
    );
    let users = ws.run(&["user", "list"]).success();
    let rows = users
        .stdout
        .lines()
        .filter(|l| l.starts_with("volunteer "))
        .count();
    assert_eq!(rows, 1, "{}", users.stdout);
}
