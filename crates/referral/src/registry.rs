//! The platform registry: who to tell, through which channel, under which of their policies.
//!
//! The shipped registry is `resources/platforms.toml`, embedded in the binary; a deployment can
//! point at its own copy. [`RegistryConfig`] is the file's exact shape (unknown keys are
//! errors, so a typo never silently drops a channel); [`Registry`] is the checked runtime
//! value. Every rule failure names the place in the file, e.g.
//! `platforms.x.category_policy."HATE.SLUR"`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use upstander_core::{Platform, Taxonomy, UrlRecogniser};

use crate::ReferralError;
use crate::deadline::Clock;

/// The shipped registry.
pub const EMBEDDED_PLATFORMS: &str = include_str!("../../../resources/platforms.toml");

/// The registry file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryConfig {
    /// The file's own version, shown on notices so a recipient can tell which mapping was used.
    pub version: String,
    /// Targets for clocks that the law leaves open.
    #[serde(default)]
    pub deadlines: DeadlineConfig,
    /// One entry per platform, keyed by the platform's stable name (`x`, `facebook`, …).
    pub platforms: BTreeMap<String, PlatformConfig>,
}

/// Targets for clocks without a statutory number.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineConfig {
    /// The hub's target, in hours, for "without undue delay" (DSA Art. 22 trusted-flagger
    /// notices). The DSA sets no number; this is the point after which the hub chases.
    pub trusted_flagger_target_hours: u32,
}

impl Default for DeadlineConfig {
    fn default() -> Self {
        Self {
            trusted_flagger_target_hours: 72,
        }
    }
}

/// One platform in the registry file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlatformConfig {
    /// The name notices use ("X", "YouTube").
    pub name: String,
    /// The legal entity an EU notice is addressed to, when known.
    #[serde(default)]
    pub provider: Option<String>,
    /// Mastodon only: servers recognised by domain.
    #[serde(default)]
    pub instances: Vec<String>,
    /// Reporting channels, most preferred first within each kind.
    pub channels: Vec<ChannelConfig>,
    /// The platform's policies by our id for them.
    pub policies: BTreeMap<String, PolicyConfig>,
    /// Taxonomy category id (or `FAMILY.*`) to policy id; the exact id wins over the family.
    pub category_policy: BTreeMap<String, String>,
}

/// One reporting channel in the registry file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelConfig {
    /// Unique within the platform.
    pub id: String,
    /// What sort of channel it is.
    pub kind: ChannelKind,
    /// How a person would name it.
    pub name: String,
    /// Where to file it, if it is a web page.
    #[serde(default)]
    pub url: Option<String>,
    /// Where to send it, if by email.
    #[serde(default)]
    pub email: Option<String>,
    /// A postal address, for notices that name one.
    #[serde(default)]
    pub address: Option<String>,
    /// The channel's clock, if it has one.
    #[serde(default)]
    pub deadline: Option<DeadlineRule>,
    /// Anything a referrer should know (eligibility, quirks).
    #[serde(default)]
    pub note: Option<String>,
}

/// A channel's clock as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DeadlineRule {
    /// A fixed number of hours (24h Code of conduct+ review, 48h weapons notice, 1h removal order).
    Elapsed {
        /// Hours.
        hours: u32,
        /// Where the number comes from.
        basis: String,
    },
    /// Working days in England and Wales (Terrorism Act 2006 s3 notice).
    WorkingDays {
        /// Days.
        days: u32,
        /// Where the number comes from.
        basis: String,
    },
    /// "Without undue delay": the configured trusted-flagger target.
    WithoutUndueDelay {
        /// Where the duty comes from.
        basis: String,
    },
}

/// What sort of channel a report goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// The report button in the app or on the page.
    InApp,
    /// A web form for a kind of harm.
    WebForm,
    /// The DSA Art. 16 illegal-content notice mechanism.
    DsaArt16,
    /// The DSA Art. 22 trusted-flagger route (designated entities only).
    TrustedFlagger,
    /// A platform partner or priority-flagger programme.
    Partner,
    /// The law-enforcement portal (police only).
    LawEnforcement,
}

impl ChannelKind {
    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ChannelKind::InApp => "in_app",
            ChannelKind::WebForm => "web_form",
            ChannelKind::DsaArt16 => "dsa_art16",
            ChannelKind::TrustedFlagger => "trusted_flagger",
            ChannelKind::Partner => "partner",
            ChannelKind::LawEnforcement => "law_enforcement",
        }
    }
}

impl fmt::Display for ChannelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A platform policy in the registry file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyConfig {
    /// The platform's own name for it ("Hateful Conduct").
    pub name: String,
    /// The public page that states it.
    pub url: String,
}

/// A platform policy, as carried on a referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Our id for it (`hateful_conduct`).
    pub id: String,
    /// The platform's name for it.
    pub name: String,
    /// Its public page.
    pub url: String,
}

/// A checked reporting channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    /// Unique within the platform.
    pub id: String,
    /// What sort of channel.
    pub kind: ChannelKind,
    /// Its name.
    pub name: String,
    /// Web address, if any.
    pub url: Option<String>,
    /// Email, if any.
    pub email: Option<String>,
    /// Postal address, if any.
    pub address: Option<String>,
    /// Its clock, if any.
    pub clock: Option<Clock>,
    /// Where the clock comes from.
    pub clock_basis: Option<String>,
    /// Notes for referrers.
    pub note: Option<String>,
}

/// A checked platform entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformEntry {
    /// The platform.
    pub platform: Platform,
    /// Display name.
    pub name: String,
    /// The addressee of EU notices, if known.
    pub provider: Option<String>,
    /// Mastodon servers (empty elsewhere).
    pub instances: Vec<String>,
    /// Channels in file order.
    pub channels: Vec<Channel>,
    /// Policies by id.
    pub policies: BTreeMap<String, Policy>,
    category_policy: BTreeMap<String, String>,
}

impl PlatformEntry {
    /// The policy a category falls under: the exact id's mapping, else its family's (`HATE.*`).
    #[must_use]
    pub fn policy_for(&self, category: &str) -> Option<&Policy> {
        let policy_id = self.category_policy.get(category).or_else(|| {
            let family = category.split('.').next()?;
            self.category_policy.get(&format!("{family}.*"))
        })?;
        self.policies.get(policy_id)
    }

    /// The first channel of a kind.
    #[must_use]
    pub fn channel(&self, kind: ChannelKind) -> Option<&Channel> {
        self.channels.iter().find(|c| c.kind == kind)
    }
}

/// The checked registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    /// The file's version.
    pub version: String,
    /// The deadline targets.
    pub deadlines: DeadlineConfig,
    platforms: BTreeMap<Platform, PlatformEntry>,
    recogniser: UrlRecogniser,
}

impl Registry {
    /// The shipped registry.
    ///
    /// # Errors
    /// Only if the shipped file is broken, which the test suite rules out.
    pub fn embedded() -> Result<Self, ReferralError> {
        Self::parse(EMBEDDED_PLATFORMS)
    }

    /// Reads a registry file, or the shipped one when `path` is `None`.
    ///
    /// # Errors
    /// [`ReferralError::Read`] if the file cannot be read; otherwise as [`Registry::parse`].
    pub fn load(path: Option<&Path>) -> Result<Self, ReferralError> {
        match path {
            None => Self::embedded(),
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| ReferralError::Read {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })?;
                Self::parse(&text)
            }
        }
    }

    /// Parses and checks a registry document.
    ///
    /// # Errors
    /// [`ReferralError::RegistrySyntax`] for bad TOML or unknown keys (with line and column),
    /// [`ReferralError::Registry`] naming the place of the first broken rule.
    pub fn parse(text: &str) -> Result<Self, ReferralError> {
        let config: RegistryConfig =
            toml::from_str(text).map_err(|e| ReferralError::RegistrySyntax(e.to_string()))?;
        Self::build(config)
    }

    /// Checks a registry value.
    ///
    /// # Errors
    /// [`ReferralError::Registry`] naming the place of the first broken rule.
    pub fn build(config: RegistryConfig) -> Result<Self, ReferralError> {
        if config.version.trim().is_empty() {
            return Err(bad("version", "must not be empty"));
        }
        if config.deadlines.trusted_flagger_target_hours == 0 {
            return Err(bad(
                "deadlines.trusted_flagger_target_hours",
                "must be at least 1 hour",
            ));
        }
        let mut platforms = BTreeMap::new();
        let mut mastodon_hosts = Vec::new();
        for (key, platform_config) in config.platforms {
            let here = format!("platforms.{key}");
            let platform = Platform::parse(&key).map_err(|e| bad(&here, &e.to_string()))?;
            if platform.as_str() != key {
                return Err(bad(
                    &here,
                    &format!("use the platform's stable name '{platform}'"),
                ));
            }
            if matches!(platform, Platform::Web | Platform::Report | Platform::Other) {
                return Err(bad(&here, "is not a platform that can be referred to"));
            }
            let entry = build_entry(
                platform,
                platform_config,
                &here,
                config.deadlines.trusted_flagger_target_hours,
            )?;
            mastodon_hosts.extend(entry.instances.iter().cloned());
            platforms.insert(platform, entry);
        }
        Ok(Self {
            version: config.version,
            deadlines: config.deadlines,
            platforms,
            recogniser: UrlRecogniser::with_mastodon_hosts(mastodon_hosts),
        })
    }

    /// The entry for a platform.
    #[must_use]
    pub fn platform(&self, platform: Platform) -> Option<&PlatformEntry> {
        self.platforms.get(&platform)
    }

    /// Every entry, in platform order.
    pub fn platforms(&self) -> impl Iterator<Item = &PlatformEntry> {
        self.platforms.values()
    }

    /// A URL recogniser that also knows the registry's Mastodon servers.
    #[must_use]
    pub fn recogniser(&self) -> &UrlRecogniser {
        &self.recogniser
    }

    /// Checks the category map against a taxonomy: every key must be a category (or family) of
    /// the taxonomy, and every actionable category (all but `NONVIOL.*` and S0 welfare
    /// categories) must map to a policy on every platform.
    ///
    /// # Errors
    /// [`ReferralError::Registry`] listing every gap, one per line, each with its place.
    pub fn check_against(&self, taxonomy: &Taxonomy) -> Result<(), ReferralError> {
        let families: BTreeSet<&str> = taxonomy
            .categories
            .iter()
            .map(|c| c.family.as_str())
            .collect();
        let mut problems = Vec::new();
        for entry in self.platforms.values() {
            for key in entry.category_policy.keys() {
                let known = match key.strip_suffix(".*") {
                    Some(family) => families.contains(family),
                    None => taxonomy.has_category(key),
                };
                if !known {
                    problems.push(format!(
                        "platforms.{}.category_policy.\"{key}\": not a category of taxonomy {} {}",
                        entry.platform, taxonomy.name, taxonomy.version
                    ));
                }
            }
            for category in taxonomy.categories.iter().filter(|c| is_actionable(c)) {
                if entry.policy_for(&category.id).is_none() {
                    problems.push(format!(
                        "platforms.{}.category_policy: no policy for \"{}\" (add it or \"{}.*\")",
                        entry.platform, category.id, category.family
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ReferralError::Registry {
                path: "platforms".to_owned(),
                message: format!("{} problem(s):\n{}", problems.len(), problems.join("\n")),
            })
        }
    }
}

/// Whether a taxonomy category can ever be referred: not protected speech, not a welfare signal.
pub(crate) fn is_actionable(category: &upstander_core::taxonomy::Category) -> bool {
    !category.is_non_violating()
        && category.default_severity != Some(upstander_core::Severity::S0)
        && category.route.as_deref() != Some("welfare_partner")
}

fn bad(path: &str, message: &str) -> ReferralError {
    ReferralError::Registry {
        path: path.to_owned(),
        message: message.to_owned(),
    }
}

fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && !r.chars().any(char::is_whitespace)
    })
}

fn is_category_key(key: &str) -> bool {
    let Some((family, name)) = key.split_once('.') else {
        return false;
    };
    let upper = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    };
    upper(family) && (name == "*" || upper(name))
}

fn build_entry(
    platform: Platform,
    config: PlatformConfig,
    here: &str,
    undue_delay_hours: u32,
) -> Result<PlatformEntry, ReferralError> {
    if config.name.trim().is_empty() {
        return Err(bad(&format!("{here}.name"), "must not be empty"));
    }
    if !config.instances.is_empty() && platform != Platform::Mastodon {
        return Err(bad(
            &format!("{here}.instances"),
            "only Mastodon lists servers by domain",
        ));
    }
    let mut instances = Vec::new();
    for (i, host) in config.instances.iter().enumerate() {
        let host_lower = host.trim().to_ascii_lowercase();
        let valid = host_lower.contains('.')
            && host_lower
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            && !host_lower.split('.').any(str::is_empty);
        if !valid {
            return Err(bad(
                &format!("{here}.instances[{i}]"),
                &format!("'{host}' is not a host name (write e.g. mastodon.social)"),
            ));
        }
        instances.push(host_lower);
    }
    if config.channels.is_empty() {
        return Err(bad(&format!("{here}.channels"), "lists no channel"));
    }
    let mut channels = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, c) in config.channels.into_iter().enumerate() {
        let place = format!("{here}.channels[{i}]");
        if c.id.trim().is_empty() || !seen.insert(c.id.clone()) {
            return Err(bad(
                &format!("{place}.id"),
                &format!("'{}' is empty or used twice", c.id),
            ));
        }
        if c.name.trim().is_empty() {
            return Err(bad(&format!("{place}.name"), "must not be empty"));
        }
        if let Some(url) = &c.url
            && !is_web_url(url)
        {
            return Err(bad(
                &format!("{place}.url"),
                &format!("'{url}' is not an http(s) link"),
            ));
        }
        if let Some(email) = &c.email {
            let ok = email
                .split_once('@')
                .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !email.contains(' '));
            if !ok {
                return Err(bad(
                    &format!("{place}.email"),
                    &format!("'{email}' is not an email address"),
                ));
            }
        }
        if c.kind == ChannelKind::DsaArt16
            && c.url.is_none()
            && c.email.is_none()
            && c.address.is_none()
        {
            return Err(bad(
                &place,
                "a DSA Art. 16 channel needs a url, an email or an address to send notices to",
            ));
        }
        let (clock, clock_basis) = match c.deadline {
            None => (None, None),
            Some(DeadlineRule::Elapsed { hours, basis }) => {
                if hours == 0 {
                    return Err(bad(
                        &format!("{place}.deadline.hours"),
                        "must be at least 1",
                    ));
                }
                (Some(Clock::Elapsed { hours }), Some(basis))
            }
            Some(DeadlineRule::WorkingDays { days, basis }) => {
                if days == 0 || days > 30 {
                    return Err(bad(
                        &format!("{place}.deadline.days"),
                        "must be between 1 and 30",
                    ));
                }
                (Some(Clock::WorkingDays { days }), Some(basis))
            }
            Some(DeadlineRule::WithoutUndueDelay { basis }) => (
                Some(Clock::Target {
                    hours: undue_delay_hours,
                }),
                Some(basis),
            ),
        };
        channels.push(Channel {
            id: c.id,
            kind: c.kind,
            name: c.name,
            url: c.url,
            email: c.email,
            address: c.address,
            clock,
            clock_basis,
            note: c.note,
        });
    }
    let mut policies = BTreeMap::new();
    for (id, p) in config.policies {
        let place = format!("{here}.policies.{id}");
        if p.name.trim().is_empty() {
            return Err(bad(&format!("{place}.name"), "must not be empty"));
        }
        if !is_web_url(&p.url) {
            return Err(bad(
                &format!("{place}.url"),
                &format!("'{}' is not an http(s) link", p.url),
            ));
        }
        policies.insert(
            id.clone(),
            Policy {
                id,
                name: p.name,
                url: p.url,
            },
        );
    }
    for (key, policy) in &config.category_policy {
        let place = format!("{here}.category_policy.\"{key}\"");
        if !is_category_key(key) {
            return Err(bad(
                &place,
                "keys are category ids (HATE.SLUR) or families (HATE.*)",
            ));
        }
        if !policies.contains_key(policy) {
            return Err(bad(
                &place,
                &format!(
                    "policy '{policy}' is not defined under {here}.policies (defined: {})",
                    policies.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    Ok(PlatformEntry {
        platform,
        name: config.name,
        provider: config.provider,
        instances,
        channels,
        policies,
        category_policy: config.category_policy,
    })
}
