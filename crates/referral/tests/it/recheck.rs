//! The link re-checker against a local HTTP server that plays each case, and re-upload
//! matching with the ingest crate's near-duplicate keys.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;

use upstander_referral::{
    Candidate, CopyKind, HubOutcome, LinkChecker, LinkCheckerConfig, LinkStatus, ReferralError,
    find_reuploads,
};

/// What the server sends for a body that never ends (until the client hangs up).
const HUGE_CHUNK: usize = 64 * 1024;

fn respond(stream: &mut TcpStream, status: &str, headers: &[(&str, String)], body: &str) {
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn serve(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Drain the headers so the client is not cut off mid-request.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request_line.split(' ').nth(1).unwrap_or("/").to_owned();
    let page = |text: &str| format!("<!DOCTYPE html><html><body>{text}</body></html>");
    match path.as_str() {
        "/live" => respond(
            &mut stream,
            "200 OK",
            &[],
            &page("<p>Some hateful post that is still up.</p>"),
        ),
        "/gone-404" => respond(&mut stream, "404 Not Found", &[], &page("Not found")),
        "/gone-410" => respond(&mut stream, "410 Gone", &[], ""),
        "/legal-451" => respond(
            &mut stream,
            "451 Unavailable For Legal Reasons",
            &[],
            &page("Unavailable"),
        ),
        "/x-unavailable" => respond(
            &mut stream,
            "200 OK",
            &[],
            &page("<div>Hmm... This post is unavailable.</div>"),
        ),
        "/x-withheld" => respond(
            &mut stream,
            "200 OK",
            &[],
            &page("This post has been withheld in United Kingdom in response to a legal demand."),
        ),
        "/server-error" => respond(&mut stream, "503 Service Unavailable", &[], ""),
        "/empty" => respond(&mut stream, "200 OK", &[], ""),
        "/slow" => {
            thread::sleep(Duration::from_secs(3));
            respond(&mut stream, "200 OK", &[], &page("too late"));
        }
        "/loop" => respond(
            &mut stream,
            "302 Found",
            &[("Location", "/loop".to_owned())],
            "",
        ),
        "/huge" => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n";
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(b"<html><body><p>A live post with a very long page</p>");
            let chunk = vec![b'a'; HUGE_CHUNK];
            // Up to 256 MiB, or until the checker stops reading and hangs up.
            for _ in 0..4096 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        other => {
            // /hop/N/target: N redirects, then to target.
            if let Some(rest) = other.strip_prefix("/hop/") {
                let (n, target) = rest.split_once('/').unwrap_or((rest, "live"));
                let n: u32 = n.parse().unwrap_or(0);
                let location = if n == 0 {
                    format!("/{target}")
                } else {
                    format!("/hop/{}/{target}", n - 1)
                };
                respond(&mut stream, "302 Found", &[("Location", location)], "");
            } else {
                respond(&mut stream, "400 Bad Request", &[], "");
            }
        }
    }
}

/// One server for the whole test binary, on a free port of 127.0.0.1.
fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                thread::spawn(move || serve(stream));
            }
        });
        format!("http://{addr}")
    })
}

fn checker() -> upstander_referral::HttpLinkChecker {
    LinkCheckerConfig {
        timeout_ms: 800,
        max_redirects: 3,
        max_body_bytes: 256 * 1024,
        ..LinkCheckerConfig::default()
    }
    .build()
    .unwrap()
}

fn check(path: &str) -> upstander_referral::LinkCheck {
    checker().check(&format!("{}{path}", base()))
}

#[test]
fn a_live_post_is_still_live() {
    let result = check("/live");
    assert_eq!(result.status, LinkStatus::StillLive, "{result:?}");
    assert_eq!(result.http_status, Some(200));
    assert_eq!(result.final_url, None);
}

#[test]
fn a_404_or_410_means_removed() {
    for path in ["/gone-404", "/gone-410"] {
        let result = check(path);
        assert_eq!(result.status, LinkStatus::Removed, "{path}: {result:?}");
        assert_eq!(result.status.hub_outcome(), Some(HubOutcome::Removed));
    }
    assert!(check("/gone-410").reason.contains("410"));
}

#[test]
fn a_451_means_geo_blocked() {
    let result = check("/legal-451");
    assert_eq!(result.status, LinkStatus::GeoBlocked, "{result:?}");
    assert_eq!(result.http_status, Some(451));
}

#[test]
fn a_platforms_unavailable_page_served_with_200_means_removed() {
    let result = check("/x-unavailable");
    assert_eq!(result.status, LinkStatus::Removed, "{result:?}");
    assert_eq!(result.http_status, Some(200));
    assert!(result.reason.contains("this post is unavailable"));
}

#[test]
fn a_platforms_withheld_notice_means_geo_blocked() {
    let result = check("/x-withheld");
    assert_eq!(result.status, LinkStatus::GeoBlocked, "{result:?}");
}

#[test]
fn a_slow_server_past_the_timeout_is_unknown_with_the_reason() {
    let result = check("/slow");
    assert_eq!(result.status, LinkStatus::Unknown, "{result:?}");
    assert!(
        result.reason.contains("timed out after 800 ms"),
        "{}",
        result.reason
    );
    assert_eq!(result.status.hub_outcome(), None);
}

#[test]
fn server_errors_and_empty_pages_are_unknown() {
    let result = check("/server-error");
    assert_eq!(result.status, LinkStatus::Unknown);
    assert!(result.reason.contains("503"), "{}", result.reason);
    assert_eq!(check("/empty").status, LinkStatus::Unknown);
}

#[test]
fn redirects_are_followed_up_to_the_limit() {
    let result = check("/hop/2/gone-410");
    assert_eq!(result.status, LinkStatus::Removed, "{result:?}");
    assert!(
        result.final_url.as_deref().unwrap().ends_with("/gone-410"),
        "{result:?}"
    );
    let within = check("/hop/2/live");
    assert_eq!(within.status, LinkStatus::StillLive, "{within:?}");
}

#[test]
fn a_redirect_chain_longer_than_the_limit_is_unknown() {
    let result = check("/hop/6/live");
    assert_eq!(result.status, LinkStatus::Unknown, "{result:?}");
    assert!(
        result.reason.contains("more than 3 redirects"),
        "{}",
        result.reason
    );
    assert_eq!(check("/loop").status, LinkStatus::Unknown);
}

#[test]
fn a_huge_page_is_read_only_up_to_the_cap() {
    let result = check("/huge");
    assert_eq!(result.status, LinkStatus::StillLive, "{result:?}");
    assert_eq!(result.body_bytes_read, 256 * 1024);
}

#[test]
fn links_that_are_not_http_are_answered_without_a_request() {
    let c = checker();
    for url in [
        "ftp://example.org/x",
        "javascript:alert(1)",
        "",
        "not a url",
    ] {
        let result = c.check(url);
        assert_eq!(result.status, LinkStatus::Unknown, "{url}");
        assert!(
            result.reason.contains("not an http"),
            "{url}: {}",
            result.reason
        );
    }
}

#[test]
fn a_closed_port_is_unknown_not_a_crash() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let result = checker().check(&format!("http://127.0.0.1:{port}/x"));
    assert_eq!(result.status, LinkStatus::Unknown, "{result:?}");
}

#[test]
fn check_all_answers_every_link_in_order() {
    let urls: Vec<String> = ["/live", "/gone-404", "/legal-451"]
        .iter()
        .map(|p| format!("{}{p}", base()))
        .collect();
    let statuses: Vec<LinkStatus> = checker()
        .check_all(&urls)
        .into_iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(
        statuses,
        [
            LinkStatus::StillLive,
            LinkStatus::Removed,
            LinkStatus::GeoBlocked
        ]
    );
}

#[test]
fn bad_checker_settings_are_refused_with_the_field() {
    let zero = LinkCheckerConfig {
        timeout_ms: 0,
        ..LinkCheckerConfig::default()
    };
    match zero.build().unwrap_err() {
        ReferralError::Invalid { field, .. } => assert_eq!(field, "recheck.timeout_ms"),
        other => panic!("unexpected {other:?}"),
    }
    let cap = LinkCheckerConfig {
        max_body_bytes: 0,
        ..LinkCheckerConfig::default()
    };
    assert!(cap.build().is_err());
    let unknown: Result<LinkCheckerConfig, _> = toml::from_str("timeout_s = 3");
    assert!(unknown.is_err());
}

fn candidate(url: &str, text: &str) -> Candidate {
    Candidate {
        url: url.to_owned(),
        text: text.to_owned(),
    }
}

#[test]
fn copies_of_removed_content_are_found_again() {
    let original = "Send them all back where they came from, these vermin are ruining our town \
                    and the council does nothing about it";
    let candidates = [
        // The same text with a mention, a link and different case and punctuation.
        candidate(
            "https://x.com/a/status/1",
            "@mayor SEND them all back where they came from!! these vermin are ruining our \
             town and the council does nothing about it https://t.co/abc",
        ),
        // One word changed.
        candidate(
            "https://x.com/b/status/2",
            "Send them all back where they came from, these vermin are wrecking our town and \
             the council does nothing about it",
        ),
        // Unrelated.
        candidate(
            "https://x.com/c/status/3",
            "Lovely turnout at the community iftar tonight, thanks to everyone who cooked",
        ),
        // Links only: no words to compare.
        candidate("https://x.com/d/status/4", "https://t.co/xyz"),
    ];
    let found = find_reuploads(original, &candidates);
    let summary: Vec<(usize, bool)> = found
        .iter()
        .map(|r| (r.index, r.copy == CopyKind::Exact))
        .collect();
    assert_eq!(summary, [(0, true), (1, false)], "{found:?}");
    match found[1].copy {
        CopyKind::Near { distance } => assert!(distance <= 10),
        CopyKind::Exact => panic!("one word changed is not exact"),
    }
    assert_eq!(found[0].url, "https://x.com/a/status/1");
}

#[test]
fn an_original_without_words_matches_nothing() {
    let candidates = [candidate("u", "https://t.co/a"), candidate("v", "")];
    assert!(find_reuploads("https://t.co/a", &candidates).is_empty());
    assert!(find_reuploads("", &candidates).is_empty());
}
