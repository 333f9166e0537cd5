//! The platforms posts come from.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Where a post was published. `Other` keeps unknown sources instead of rejecting them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Platform {
    /// X, formerly Twitter.
    X,
    /// Facebook.
    Facebook,
    /// Instagram.
    Instagram,
    /// Threads.
    Threads,
    /// TikTok.
    Tiktok,
    /// YouTube.
    Youtube,
    /// Any Mastodon (or compatible ActivityPub) server.
    Mastodon,
    /// Bluesky (AT Protocol).
    Bluesky,
    /// Reddit.
    Reddit,
    /// Telegram.
    Telegram,
    /// Snapchat.
    Snapchat,
    /// A web page or forum that is not a named platform.
    Web,
    /// Reported directly to the hub (report form, phone, email).
    Report,
    /// Anything else.
    Other,
}

/// A platform name that Upstander does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown platform '{0}' (known: {known})", known = Platform::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", "))]
pub struct UnknownPlatform(pub String);

impl Platform {
    /// Every platform, in display order.
    pub const ALL: [Platform; 14] = [
        Platform::X,
        Platform::Facebook,
        Platform::Instagram,
        Platform::Threads,
        Platform::Tiktok,
        Platform::Youtube,
        Platform::Mastodon,
        Platform::Bluesky,
        Platform::Reddit,
        Platform::Telegram,
        Platform::Snapchat,
        Platform::Web,
        Platform::Report,
        Platform::Other,
    ];

    /// The stable lower-case name used in files, the database and the CLI.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Platform::X => "x",
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::Threads => "threads",
            Platform::Tiktok => "tiktok",
            Platform::Youtube => "youtube",
            Platform::Mastodon => "mastodon",
            Platform::Bluesky => "bluesky",
            Platform::Reddit => "reddit",
            Platform::Telegram => "telegram",
            Platform::Snapchat => "snapchat",
            Platform::Web => "web",
            Platform::Report => "report",
            Platform::Other => "other",
        }
    }

    /// Parses a platform name, accepting common spellings ("twitter", "Bluesky", "fb").
    ///
    /// # Errors
    /// Returns [`UnknownPlatform`] for a name it cannot place.
    pub fn parse(name: &str) -> Result<Self, UnknownPlatform> {
        let lower = name.trim().to_ascii_lowercase();
        let platform = match lower.as_str() {
            "x" | "twitter" | "x.com" | "twitter.com" => Platform::X,
            "facebook" | "fb" | "meta" => Platform::Facebook,
            "instagram" | "ig" => Platform::Instagram,
            "threads" => Platform::Threads,
            "tiktok" => Platform::Tiktok,
            "youtube" | "yt" => Platform::Youtube,
            "mastodon" | "fediverse" => Platform::Mastodon,
            "bluesky" | "bsky" => Platform::Bluesky,
            "reddit" => Platform::Reddit,
            "telegram" | "tg" => Platform::Telegram,
            "snapchat" => Platform::Snapchat,
            "web" | "forum" | "website" => Platform::Web,
            "report" => Platform::Report,
            "other" | "" => Platform::Other,
            _ => return Err(UnknownPlatform(name.chars().take(64).collect())),
        };
        Ok(platform)
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Platform {
    type Err = UnknownPlatform;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_platform_parses_back_from_its_own_name() {
        for platform in Platform::ALL {
            assert_eq!(Platform::parse(platform.as_str()), Ok(platform));
        }
    }

    #[test]
    fn twitter_is_read_as_x() {
        assert_eq!(Platform::parse("Twitter"), Ok(Platform::X));
    }
}
