//! Re-checking referred links: is the post removed, still live, geo-blocked, or can we not tell?
//!
//! [`LinkChecker`] is the interface the app calls; [`HttpLinkChecker`] is the real one, a
//! small blocking HTTP client (`ureq`) so this crate needs no async runtime (the app runs it on
//! a blocking thread). The decision itself is [`classify`], a pure function of the status code
//! and the start of the page, so every rule is testable without a network.
//!
//! What a status means: 404 and 410 are removed; 451 (Unavailable For Legal Reasons) is
//! geo-blocked; a 200 page is read for the platforms' own wording ("This post is unavailable",
//! "not available in your country"), because most platforms answer a removed post with a 200
//! page that says so; any other 200 page with content is still live. Timeouts, 5xx, rate limits
//! and login walls say nothing about the post, so they are [`LinkStatus::Unknown`] with the
//! reason, never a guess.
//!
//! Only links the URL recogniser accepted should be re-checked: the checker follows redirects
//! and will fetch whatever host a link names.

use std::io::Read;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ureq::ResponseExt;

use crate::{HubOutcome, ReferralError};

/// What a re-check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkStatus {
    /// The post is gone (404, 410, or the platform's "unavailable" page).
    Removed,
    /// The post is still there.
    StillLive,
    /// The post is withheld where the checker stands (451 or the platform's notice).
    GeoBlocked,
    /// The check could not tell (timeout, server error, rate limit, login wall, bad link).
    Unknown,
}

impl LinkStatus {
    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LinkStatus::Removed => "removed",
            LinkStatus::StillLive => "still_live",
            LinkStatus::GeoBlocked => "geo_blocked",
            LinkStatus::Unknown => "unknown",
        }
    }

    /// The referral outcome the finding supports, when it supports one: a removal or a
    /// geo-restriction. "Still live" and "unknown" record no outcome.
    #[must_use]
    pub const fn hub_outcome(self) -> Option<HubOutcome> {
        match self {
            LinkStatus::Removed => Some(HubOutcome::Removed),
            LinkStatus::GeoBlocked => Some(HubOutcome::GeoRestricted),
            LinkStatus::StillLive | LinkStatus::Unknown => None,
        }
    }
}

/// The result of checking one link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkCheck {
    /// The link as asked.
    pub url: String,
    /// The finding.
    pub status: LinkStatus,
    /// Why, in words ("HTTP 410", "page says 'this post is unavailable'", "timed out").
    pub reason: String,
    /// The final HTTP status, if a response came back.
    pub http_status: Option<u16>,
    /// Where the redirects ended, if they moved.
    pub final_url: Option<String>,
    /// How many bytes of the body were read (never more than the cap).
    pub body_bytes_read: u64,
}

/// Checks referred links. Implementations must not panic and must answer every link, turning
/// failures into [`LinkStatus::Unknown`] with a reason.
pub trait LinkChecker: Send + Sync {
    /// Checks one link.
    fn check(&self, url: &str) -> LinkCheck;

    /// Checks links one after another, in order.
    fn check_all(&self, urls: &[String]) -> Vec<LinkCheck> {
        urls.iter().map(|u| self.check(u)).collect()
    }
}

/// Phrases platforms put on a page that answers 200 for content that is gone or withheld,
/// matched case-insensitively against the start of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Markers {
    /// Phrases meaning the content was removed.
    pub removed: Vec<String>,
    /// Phrases meaning the content is withheld in this country.
    pub geo_blocked: Vec<String>,
}

impl Default for Markers {
    fn default() -> Self {
        let list = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect();
        Self {
            removed: list(&[
                // X
                "this post is unavailable",
                "this page doesn’t exist",
                "this page doesn't exist",
                "this tweet has been deleted",
                // Facebook, Instagram, Threads
                "this content isn't available right now",
                "this content isn’t available right now",
                "sorry, this page isn't available",
                "sorry, this page isn’t available",
                // YouTube
                "video unavailable",
                "this video has been removed",
                // TikTok
                "video currently unavailable",
                "couldn't find this video",
                // Reddit
                "sorry, this post was removed",
                "sorry, this post has been removed",
                // Mastodon and other fediverse servers
                "the page you are looking for isn't here",
            ]),
            geo_blocked: list(&[
                "withheld in",
                "not available in your country",
                "isn't available in your country",
                "isn’t available in your country",
                "not available in your location",
                "blocked in your country",
                "due to a legal complaint",
            ]),
        }
    }
}

/// Decides what a response means from its status and the start of its body.
#[must_use]
pub fn classify(http_status: u16, body: &str, markers: &Markers) -> (LinkStatus, String) {
    match http_status {
        404 => (LinkStatus::Removed, "HTTP 404 Not Found".to_owned()),
        410 => (LinkStatus::Removed, "HTTP 410 Gone".to_owned()),
        451 => (
            LinkStatus::GeoBlocked,
            "HTTP 451 Unavailable For Legal Reasons".to_owned(),
        ),
        200..=299 => {
            let page = body.to_lowercase();
            // Withheld pages often also say "unavailable", so the narrower reading goes first.
            if let Some(m) = first_marker(&page, &markers.geo_blocked) {
                return (LinkStatus::GeoBlocked, format!("page says '{m}'"));
            }
            if let Some(m) = first_marker(&page, &markers.removed) {
                return (LinkStatus::Removed, format!("page says '{m}'"));
            }
            if body.trim().is_empty() {
                return (
                    LinkStatus::Unknown,
                    format!("HTTP {http_status} with an empty page"),
                );
            }
            (
                LinkStatus::StillLive,
                format!("HTTP {http_status} with content"),
            )
        }
        401 | 403 => (
            LinkStatus::Unknown,
            format!("HTTP {http_status}: a login or access wall hides the post"),
        ),
        429 => (
            LinkStatus::Unknown,
            "HTTP 429: rate limited by the platform".to_owned(),
        ),
        300..=399 => (
            LinkStatus::Unknown,
            format!("HTTP {http_status}: a redirect that could not be followed"),
        ),
        500..=599 => (
            LinkStatus::Unknown,
            format!("HTTP {http_status}: the platform's server failed"),
        ),
        other => (LinkStatus::Unknown, format!("HTTP {other}: not understood")),
    }
}

fn first_marker<'m>(page: &str, markers: &'m [String]) -> Option<&'m str> {
    markers
        .iter()
        .map(String::as_str)
        .find(|m| !m.is_empty() && page.contains(&m.to_lowercase()))
}

/// Settings for [`HttpLinkChecker`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LinkCheckerConfig {
    /// The longest a whole check may take, redirects and body included, in milliseconds.
    pub timeout_ms: u64,
    /// The most redirects followed; one more is an unknown result.
    pub max_redirects: u32,
    /// The most bytes of a page read; the markers sit near the top, and a hostile server must
    /// not make the checker read forever.
    pub max_body_bytes: u64,
    /// The User-Agent header.
    pub user_agent: String,
    /// An HTTP proxy to go through (`http://host:port`); never taken from the environment,
    /// so a check behaves the same wherever it runs.
    pub proxy: Option<String>,
    /// The marker phrases.
    pub markers: Markers,
}

impl Default for LinkCheckerConfig {
    fn default() -> Self {
        Self {
            timeout_ms: 15_000,
            max_redirects: 5,
            max_body_bytes: 2 * 1024 * 1024,
            user_agent: concat!("upstander-recheck/", env!("CARGO_PKG_VERSION")).to_owned(),
            proxy: None,
            markers: Markers::default(),
        }
    }
}

impl LinkCheckerConfig {
    /// Builds the checker.
    ///
    /// # Errors
    /// [`ReferralError::Invalid`] for a zero timeout or body cap, or a proxy that is not a URL.
    pub fn build(self) -> Result<HttpLinkChecker, ReferralError> {
        let invalid = |field: &str, message: String| ReferralError::Invalid {
            field: format!("recheck.{field}"),
            message,
        };
        if self.timeout_ms == 0 {
            return Err(invalid("timeout_ms", "must be more than 0".to_owned()));
        }
        if self.max_body_bytes == 0 {
            return Err(invalid("max_body_bytes", "must be more than 0".to_owned()));
        }
        let proxy = match &self.proxy {
            Some(p) => {
                Some(ureq::Proxy::new(p).map_err(|e| invalid("proxy", format!("'{p}': {e}")))?)
            }
            None => None,
        };
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_millis(self.timeout_ms)))
            .max_redirects(self.max_redirects)
            .max_redirects_will_error(true)
            .http_status_as_error(false)
            .user_agent(self.user_agent.as_str())
            .proxy(proxy)
            .build()
            .new_agent();
        Ok(HttpLinkChecker {
            agent,
            config: self,
        })
    }
}

/// The real checker: one GET per link over HTTP (HTTPS with the crate's `tls` feature).
#[derive(Debug)]
pub struct HttpLinkChecker {
    agent: ureq::Agent,
    config: LinkCheckerConfig,
}

impl HttpLinkChecker {
    fn unknown(url: &str, reason: String) -> LinkCheck {
        LinkCheck {
            url: url.to_owned(),
            status: LinkStatus::Unknown,
            reason,
            http_status: None,
            final_url: None,
            body_bytes_read: 0,
        }
    }

    fn describe(&self, error: &ureq::Error) -> String {
        match error {
            ureq::Error::Timeout(_) => {
                format!("timed out after {} ms", self.config.timeout_ms)
            }
            ureq::Error::TooManyRedirects => {
                format!("more than {} redirects", self.config.max_redirects)
            }
            ureq::Error::HostNotFound => "the host name does not resolve".to_owned(),
            ureq::Error::ConnectionFailed => "the connection failed".to_owned(),
            other => other.to_string(),
        }
    }
}

impl LinkChecker for HttpLinkChecker {
    fn check(&self, url: &str) -> LinkCheck {
        let lower = url.trim_start().to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Self::unknown(url, "not an http or https link".to_owned());
        }
        let mut response = match self.agent.get(url).call() {
            Ok(r) => r,
            Err(e) => return Self::unknown(url, self.describe(&e)),
        };
        let http_status = response.status().as_u16();
        let final_url = {
            let uri = response.get_uri().to_string();
            (uri != url).then_some(uri)
        };
        let mut body = Vec::new();
        let read = response
            .body_mut()
            .as_reader()
            .take(self.config.max_body_bytes)
            .read_to_end(&mut body);
        let body_bytes_read = body.len() as u64;
        if let Err(e) = read {
            // A page cut off mid-way can still carry its marker: classify what arrived, but say
            // so if it leaves the answer unknown.
            let (status, reason) = classify(
                http_status,
                &String::from_utf8_lossy(&body),
                &self.config.markers,
            );
            let (status, reason) = match status {
                LinkStatus::StillLive | LinkStatus::Unknown => (
                    LinkStatus::Unknown,
                    format!("HTTP {http_status}, but reading the page failed: {e}"),
                ),
                _ => (status, reason),
            };
            return LinkCheck {
                url: url.to_owned(),
                status,
                reason,
                http_status: Some(http_status),
                final_url,
                body_bytes_read,
            };
        }
        let (status, reason) = classify(
            http_status,
            &String::from_utf8_lossy(&body),
            &self.config.markers,
        );
        LinkCheck {
            url: url.to_owned(),
            status,
            reason,
            http_status: Some(http_status),
            final_url,
            body_bytes_read,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_map_to_findings() {
        let m = Markers::default();
        assert_eq!(classify(404, "", &m).0, LinkStatus::Removed);
        assert_eq!(classify(410, "", &m).0, LinkStatus::Removed);
        assert_eq!(classify(451, "", &m).0, LinkStatus::GeoBlocked);
        assert_eq!(classify(200, "<p>hello</p>", &m).0, LinkStatus::StillLive);
        assert_eq!(classify(200, "  ", &m).0, LinkStatus::Unknown);
        for code in [301, 401, 403, 429, 500, 503, 418] {
            assert_eq!(classify(code, "", &m).0, LinkStatus::Unknown, "{code}");
        }
    }

    #[test]
    fn platform_wording_on_a_200_page_is_read_case_insensitively() {
        let m = Markers::default();
        let (status, reason) = classify(200, "<h1>Video UNAVAILABLE</h1>", &m);
        assert_eq!(status, LinkStatus::Removed);
        assert!(reason.contains("video unavailable"));
        let (status, _) = classify(
            200,
            "This post is unavailable. Withheld in United Kingdom in response to a legal demand.",
            &m,
        );
        assert_eq!(
            status,
            LinkStatus::GeoBlocked,
            "withheld wins over unavailable"
        );
    }

    #[test]
    fn findings_map_to_outcomes_only_when_they_are_outcomes() {
        assert_eq!(LinkStatus::Removed.hub_outcome(), Some(HubOutcome::Removed));
        assert_eq!(
            LinkStatus::GeoBlocked.hub_outcome(),
            Some(HubOutcome::GeoRestricted)
        );
        assert_eq!(LinkStatus::StillLive.hub_outcome(), None);
        assert_eq!(LinkStatus::Unknown.hub_outcome(), None);
    }
}
