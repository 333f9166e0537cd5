//! Building referrals from a reviewer's decision, and rendering them.
//!
//! A decision becomes one [`Notice`] per platform: all of an item's links on one platform go
//! into one notice. Where the reviewer asserts a legal ground the notice is a DSA Art. 16
//! notice carrying the four elements Art. 16(2) requires (a substantiated explanation of why
//! the content is illegal, the exact URLs, the notifier's name and email, and the good-faith
//! statement); otherwise it is a terms-of-service report. The platform-policy ground comes from
//! the registry's category map and is always kept apart from the legal ground, because
//! platforms route the two differently.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use upstander_core::taxonomy::IdKind;
use upstander_core::{ContentKind, Platform, PostRef, Severity, Taxonomy};

use crate::ReferralError;
use crate::html::{escape, page_start};
use crate::registry::{Channel, ChannelKind, Policy, Registry, is_actionable};

/// The statement DSA Art. 16(2)(d) asks for, in the hub's words.
pub const GOOD_FAITH_STATEMENT: &str = "I confirm my bona fide belief that the information and \
     allegations contained in this notice are accurate and complete.";

/// The legal id that means "no legal ground asserted".
const TOS_ONLY: &str = "TOS-ONLY";

/// Who sends a notice (DSA Art. 16(2)(c)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notifier {
    /// The person's or organisation's name.
    pub name: String,
    /// Where the platform sends its confirmation and decision.
    pub email: String,
    /// The organisation the person acts for, if any.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Whether the organisation is a designated DSA trusted flagger.
    #[serde(default)]
    pub trusted_flagger: bool,
}

/// A candidate legal ground the reviewer asserts (a taxonomy legal-basis id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalGround {
    /// `UK-POA86-S18`.
    pub id: String,
    /// `Public Order Act 1986 s18`; filled from the taxonomy when absent.
    #[serde(default)]
    pub title: Option<String>,
}

/// A second reviewer's approval of a serious decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondApproval {
    /// Who approved; never the first reviewer.
    pub reviewer: String,
    /// When.
    pub at: Timestamp,
}

/// What a reviewer decided about an item, as plain values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HumanDecision {
    /// Who decided (kept in the hub's record, never sent to a platform).
    pub reviewer: String,
    /// When.
    pub decided_at: Timestamp,
    /// The taxonomy category id.
    pub category: String,
    /// The target group id, if any.
    #[serde(default)]
    pub target: Option<String>,
    /// The decided severity.
    pub severity: Severity,
    /// Why the content is illegal or breaks the rules, in the reviewer's words.
    pub explanation: String,
    /// Legal grounds asserted; empty (or only `TOS-ONLY`) means a terms-of-service report.
    #[serde(default)]
    pub legal_grounds: Vec<LegalGround>,
    /// Platform-policy grounds the reviewer chose, by platform (a policy id from the
    /// registry). Where a platform has none, the registry's category map decides. Kept apart
    /// from the legal grounds.
    #[serde(default)]
    pub policy_grounds: BTreeMap<Platform, String>,
    /// The second review, required for S3 and S4.
    #[serde(default)]
    pub second_review: Option<SecondApproval>,
}

/// A request to refer one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralRequest {
    /// The item's links, as captured.
    pub urls: Vec<String>,
    /// The decision; `None` is always refused.
    pub decision: Option<HumanDecision>,
    /// Who sends it.
    pub notifier: Notifier,
    /// A channel kind to use where the platform has one (e.g. a partner programme).
    #[serde(default)]
    pub prefer_channel: Option<ChannelKind>,
    /// When the referral is made; the channel's clock starts here.
    pub created_at: Timestamp,
}

/// Which sort of notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// A DSA Art. 16 notice of illegal content.
    DsaArt16,
    /// A report under the platform's own rules; no legal ground asserted.
    TermsOfService,
}

/// One piece of content in a notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeItem {
    /// The canonical link.
    pub url: String,
    /// The link as it was captured, when it differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_url: Option<String>,
    /// The platform's id for it.
    pub content_id: String,
    /// What it is.
    pub content_kind: ContentKind,
}

/// A notice or report for one platform, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// Art. 16 notice or terms-of-service report.
    pub kind: NoticeKind,
    /// The platform.
    pub platform: Platform,
    /// Its display name.
    pub platform_name: String,
    /// The addressee, if known.
    pub provider: Option<String>,
    /// The channel to file it through.
    pub channel: Channel,
    /// The content, one entry per distinct post.
    pub items: Vec<NoticeItem>,
    /// The taxonomy category id.
    pub category: String,
    /// The category's description, when the taxonomy has one.
    pub category_description: Option<String>,
    /// The target group id.
    pub target: Option<String>,
    /// The decided severity.
    pub severity: Severity,
    /// The substantiated explanation.
    pub explanation: String,
    /// Legal grounds (empty for a terms-of-service report).
    pub legal_grounds: Vec<LegalGround>,
    /// The platform policy breached; kept apart from the legal grounds.
    pub policy_ground: Policy,
    /// Who sends it.
    pub notifier: Notifier,
    /// The Art. 16(2)(d) statement (Art. 16 notices only).
    pub good_faith_statement: Option<String>,
    /// When a person decided.
    pub decided_at: Timestamp,
    /// Whether a second person approved it.
    pub second_reviewed: bool,
    /// When the notice was made.
    pub created_at: Timestamp,
    /// When the channel's clock runs out, if it has one.
    pub due: Option<Timestamp>,
    /// The registry version whose mapping was used.
    pub registry_version: String,
}

/// Builds one notice per platform from a decided item.
///
/// # Errors
/// [`ReferralError::NoHumanDecision`] without a decision; [`ReferralError::SecondReviewRequired`]
/// for S3/S4 without a second review; [`ReferralError::NotActionable`] for protected speech or
/// S0; [`ReferralError::Invalid`] for a missing or malformed field; [`ReferralError::Url`] for a
/// link that is not recognised; [`ReferralError::UnknownPlatform`], [`ReferralError::NoPolicy`]
/// or [`ReferralError::NoChannel`] when the registry cannot place it.
pub fn build_notices(
    registry: &Registry,
    taxonomy: &Taxonomy,
    request: &ReferralRequest,
) -> Result<Vec<Notice>, ReferralError> {
    let decision = check_decision(taxonomy, request.decision.as_ref())?;
    check_notifier(&request.notifier)?;
    let legal_grounds = resolve_legal_grounds(taxonomy, &decision.legal_grounds)?;
    let posts = recognise_all(registry, &request.urls)?;
    let kind = if legal_grounds.is_empty() {
        NoticeKind::TermsOfService
    } else {
        NoticeKind::DsaArt16
    };
    let category = taxonomy.category(&decision.category);
    let mut by_platform: BTreeMap<Platform, Vec<NoticeItem>> = BTreeMap::new();
    for (submitted, post) in posts {
        by_platform
            .entry(post.platform)
            .or_default()
            .push(NoticeItem {
                submitted_url: (submitted.trim() != post.canonical_url)
                    .then(|| submitted.trim().to_owned()),
                url: post.canonical_url,
                content_id: post.content_id,
                content_kind: post.kind,
            });
    }
    let mut notices = Vec::new();
    for (platform, items) in by_platform {
        let entry = registry
            .platform(platform)
            .ok_or(ReferralError::UnknownPlatform(platform))?;
        let policy = match decision.policy_grounds.get(&platform) {
            Some(chosen) => entry.policies.get(chosen).ok_or_else(|| {
                invalid(
                    &format!("decision.policy_grounds.{platform}"),
                    format!(
                        "'{}' is not a {} policy in the registry (known: {})",
                        chosen.chars().take(80).collect::<String>(),
                        entry.name,
                        entry
                            .policies
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?,
            None => {
                entry
                    .policy_for(&decision.category)
                    .ok_or_else(|| ReferralError::NoPolicy {
                        platform,
                        category: decision.category.clone(),
                    })?
            }
        };
        let channel = choose_channel(entry, kind, request)?;
        let due = channel
            .clock
            .map(|clock| clock.due(request.created_at))
            .transpose()?;
        notices.push(Notice {
            kind,
            platform,
            platform_name: entry.name.clone(),
            provider: entry.provider.clone(),
            channel: channel.clone(),
            items,
            category: decision.category.clone(),
            category_description: category.and_then(|c| c.description.clone()),
            target: decision.target.clone(),
            severity: decision.severity,
            explanation: decision.explanation.trim().to_owned(),
            legal_grounds: legal_grounds.clone(),
            policy_ground: policy.clone(),
            notifier: request.notifier.clone(),
            good_faith_statement: (kind == NoticeKind::DsaArt16)
                .then(|| GOOD_FAITH_STATEMENT.to_owned()),
            decided_at: decision.decided_at,
            second_reviewed: decision.second_review.is_some(),
            created_at: request.created_at,
            due,
            registry_version: registry.version.clone(),
        });
    }
    Ok(notices)
}

fn invalid(field: &str, message: impl Into<String>) -> ReferralError {
    ReferralError::Invalid {
        field: field.to_owned(),
        message: message.into(),
    }
}

/// The checks every referral (platform or police) makes on the decision.
pub(crate) fn check_decision<'a>(
    taxonomy: &Taxonomy,
    decision: Option<&'a HumanDecision>,
) -> Result<&'a HumanDecision, ReferralError> {
    let decision = decision.ok_or(ReferralError::NoHumanDecision)?;
    if decision.reviewer.trim().is_empty() {
        return Err(invalid("decision.reviewer", "names no one"));
    }
    let category = taxonomy.category(&decision.category).ok_or_else(|| {
        invalid(
            "decision.category",
            format!(
                "'{}' is not a category of taxonomy {} {}",
                decision.category.chars().take(80).collect::<String>(),
                taxonomy.name,
                taxonomy.version
            ),
        )
    })?;
    if !is_actionable(category) {
        return Err(ReferralError::NotActionable {
            category: category.id.clone(),
            reason: "it describes protected speech or a welfare signal, which is never actioned"
                .to_owned(),
        });
    }
    if decision.severity == Severity::S0 {
        return Err(ReferralError::NotActionable {
            category: category.id.clone(),
            reason: "the decided severity is S0 (not violating)".to_owned(),
        });
    }
    if let Some(target) = &decision.target
        && !taxonomy.has_target_group(target)
    {
        return Err(invalid(
            "decision.target",
            format!(
                "'{}' is not a target group of the taxonomy",
                target.chars().take(80).collect::<String>()
            ),
        ));
    }
    if decision.explanation.trim().is_empty() {
        return Err(invalid(
            "decision.explanation",
            "is empty; a notice must explain why the content is illegal or breaks the rules",
        ));
    }
    if decision.severity >= Severity::S3 {
        let second =
            decision
                .second_review
                .as_ref()
                .ok_or(ReferralError::SecondReviewRequired {
                    severity: decision.severity,
                })?;
        if second.reviewer.trim().is_empty() {
            return Err(invalid("decision.second_review.reviewer", "names no one"));
        }
        if second
            .reviewer
            .trim()
            .eq_ignore_ascii_case(decision.reviewer.trim())
        {
            return Err(invalid(
                "decision.second_review.reviewer",
                "is the person who made the decision; a second review needs someone else",
            ));
        }
        if second.at < decision.decided_at {
            return Err(invalid(
                "decision.second_review.at",
                "is before the decision it reviews",
            ));
        }
    }
    Ok(decision)
}

pub(crate) fn check_notifier(notifier: &Notifier) -> Result<(), ReferralError> {
    if notifier.name.trim().is_empty() {
        return Err(invalid(
            "notifier.name",
            "is empty; DSA Art. 16(2)(c) needs the notifier's name",
        ));
    }
    let email = notifier.email.trim();
    let plausible = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
    }) && !email
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
    if !plausible {
        return Err(invalid(
            "notifier.email",
            format!(
                "'{}' is not an email address",
                email.chars().take(80).collect::<String>()
            ),
        ));
    }
    Ok(())
}

/// Checks the asserted legal grounds against the taxonomy and fills in their titles. `TOS-ONLY`
/// is dropped: it means no legal ground is asserted.
pub(crate) fn resolve_legal_grounds(
    taxonomy: &Taxonomy,
    grounds: &[LegalGround],
) -> Result<Vec<LegalGround>, ReferralError> {
    let mut out: Vec<LegalGround> = Vec::new();
    for (i, ground) in grounds.iter().enumerate() {
        if ground.id == TOS_ONLY {
            continue;
        }
        if taxonomy.kind_of(&ground.id) != Some(IdKind::LegalBasis) {
            return Err(invalid(
                &format!("decision.legal_grounds[{i}]"),
                format!(
                    "'{}' is not a legal basis of the taxonomy",
                    ground.id.chars().take(80).collect::<String>()
                ),
            ));
        }
        if out.iter().any(|g| g.id == ground.id) {
            continue;
        }
        let title = ground.title.clone().or_else(|| {
            taxonomy
                .legal_bases
                .iter()
                .find(|b| b.id == ground.id)
                .and_then(|b| b.title.clone())
        });
        out.push(LegalGround {
            id: ground.id.clone(),
            title,
        });
    }
    Ok(out)
}

/// Recognises every link, keeping one entry per distinct post, in the order given.
pub(crate) fn recognise_all<'a>(
    registry: &Registry,
    urls: &'a [String],
) -> Result<Vec<(&'a str, PostRef)>, ReferralError> {
    if urls.is_empty() {
        return Err(invalid(
            "urls",
            "lists no link; a notice must give the exact URLs",
        ));
    }
    let mut out: Vec<(&str, PostRef)> = Vec::new();
    for (i, url) in urls.iter().enumerate() {
        let post = registry
            .recogniser()
            .recognise(url)
            .map_err(|source| ReferralError::Url {
                index: i + 1,
                url: url.chars().take(80).collect(),
                source,
            })?;
        if !out.iter().any(|(_, seen)| seen.same_content(&post)) {
            out.push((url.as_str(), post));
        }
    }
    Ok(out)
}

fn choose_channel<'r>(
    entry: &'r crate::registry::PlatformEntry,
    kind: NoticeKind,
    request: &ReferralRequest,
) -> Result<&'r Channel, ReferralError> {
    if let Some(preferred) = request.prefer_channel {
        if preferred == ChannelKind::TrustedFlagger && !request.notifier.trusted_flagger {
            return Err(invalid(
                "prefer_channel",
                "the trusted-flagger channel is only for designated trusted flaggers",
            ));
        }
        if preferred == ChannelKind::LawEnforcement {
            return Err(invalid(
                "prefer_channel",
                "law-enforcement channels are for police referrals, not notices",
            ));
        }
        if let Some(channel) = entry.channel(preferred) {
            return Ok(channel);
        }
    }
    let order: &[ChannelKind] = match kind {
        NoticeKind::DsaArt16 if request.notifier.trusted_flagger => &[
            ChannelKind::TrustedFlagger,
            ChannelKind::DsaArt16,
            ChannelKind::WebForm,
            ChannelKind::InApp,
        ],
        NoticeKind::DsaArt16 => &[
            ChannelKind::DsaArt16,
            ChannelKind::WebForm,
            ChannelKind::InApp,
        ],
        NoticeKind::TermsOfService => &[ChannelKind::InApp, ChannelKind::WebForm],
    };
    order
        .iter()
        .find_map(|k| entry.channel(*k))
        .ok_or(ReferralError::NoChannel {
            platform: entry.platform,
            kind: match kind {
                NoticeKind::DsaArt16 => "DSA Art. 16, web form or in-app",
                NoticeKind::TermsOfService => "web form or in-app",
            },
        })
}

// ------------------------------------------------------------------------------ rendering

impl Notice {
    /// The notice as pretty-printed JSON.
    #[must_use]
    pub fn to_json(&self) -> String {
        // Serialising plain structs with string keys cannot fail; fall back to an empty object
        // rather than panic if that ever changes.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// The email subject line.
    #[must_use]
    pub fn subject(&self) -> String {
        let what = match self.kind {
            NoticeKind::DsaArt16 => "Notice of illegal content (DSA Art. 16)",
            NoticeKind::TermsOfService => "Report of content breaking your rules",
        };
        let n = self.items.len();
        format!(
            "{what}: {n} item{} on {} ({})",
            if n == 1 { "" } else { "s" },
            self.platform_name,
            self.policy_ground.name
        )
    }

    fn where_to(&self) -> String {
        let mut parts = vec![self.channel.name.clone()];
        if let Some(url) = &self.channel.url {
            parts.push(format!("<{url}>"));
        }
        if let Some(email) = &self.channel.email {
            parts.push(format!("email {email}"));
        }
        if let Some(address) = &self.channel.address {
            parts.push(format!("post {address}"));
        }
        parts.join(", ")
    }

    fn grounds_line(&self) -> String {
        self.legal_grounds
            .iter()
            .map(|g| match &g.title {
                Some(title) => format!("{title} ({})", g.id),
                None => g.id.clone(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The notice as a plain-text email (subject line first).
    #[must_use]
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Subject: {}", one_line(&self.subject()));
        let _ = writeln!(out);
        let to = match &self.provider {
            Some(provider) => format!("{} ({provider})", self.platform_name),
            None => self.platform_name.clone(),
        };
        let _ = writeln!(out, "To: {}", one_line(&to));
        let _ = writeln!(out, "Via: {}", one_line(&self.where_to()));
        let _ = writeln!(out);
        match self.kind {
            NoticeKind::DsaArt16 => {
                let _ = writeln!(
                    out,
                    "Notice under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)."
                );
                let _ = writeln!(out);
                let _ = writeln!(out, "1. Exact location of the content (Art. 16(2)(b))");
                self.write_items_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(out, "2. Why the content is illegal (Art. 16(2)(a))");
                let _ = writeln!(out, "   Legal ground: {}", one_line(&self.grounds_line()));
                self.write_explanation_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(
                    out,
                    "3. Your terms also prohibit it (assessed separately from the legal ground)"
                );
                self.write_policy_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(out, "4. Notifier (Art. 16(2)(c))");
                self.write_notifier_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(out, "5. Statement of good faith (Art. 16(2)(d))");
                let _ = writeln!(
                    out,
                    "   {}",
                    self.good_faith_statement
                        .as_deref()
                        .unwrap_or(GOOD_FAITH_STATEMENT)
                );
            }
            NoticeKind::TermsOfService => {
                let _ = writeln!(
                    out,
                    "We report the content below as breaking {}'s rules. No legal ground is asserted.",
                    one_line(&self.platform_name)
                );
                let _ = writeln!(out);
                let _ = writeln!(out, "Content:");
                self.write_items_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(out, "Rule broken:");
                self.write_policy_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(out, "Why:");
                self.write_explanation_text(&mut out);
                let _ = writeln!(out);
                let _ = writeln!(out, "Reported by:");
                self.write_notifier_text(&mut out);
            }
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Assessed by a trained person on {}{}. Prepared {} (mapping {}).",
            self.decided_at,
            if self.second_reviewed {
                " and confirmed by a second reviewer"
            } else {
                ""
            },
            self.created_at,
            one_line(&self.registry_version)
        );
        out
    }

    fn write_items_text(&self, out: &mut String) {
        for (i, item) in self.items.iter().enumerate() {
            let _ = writeln!(
                out,
                "   {}. {} ({} {})",
                i + 1,
                one_line(&item.url),
                item.content_kind,
                one_line(&item.content_id)
            );
            if let Some(submitted) = &item.submitted_url {
                let _ = writeln!(out, "      as captured: {}", one_line(submitted));
            }
        }
    }

    fn write_explanation_text(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "   Category: {} (severity {}){}",
            one_line(&self.category),
            self.severity,
            self.target
                .as_deref()
                .map(|t| format!(", targeting {}", one_line(t)))
                .unwrap_or_default()
        );
        for line in self.explanation.lines() {
            let _ = writeln!(out, "   {}", strip_controls(line));
        }
    }

    fn write_policy_text(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "   {} <{}>",
            one_line(&self.policy_ground.name),
            one_line(&self.policy_ground.url)
        );
    }

    fn write_notifier_text(&self, out: &mut String) {
        let _ = writeln!(out, "   Name: {}", one_line(&self.notifier.name));
        let _ = writeln!(out, "   Email: {}", one_line(&self.notifier.email));
        if let Some(org) = &self.notifier.organisation {
            let _ = writeln!(out, "   Organisation: {}", one_line(org));
        }
        if self.notifier.trusted_flagger {
            let _ = writeln!(out, "   Status: designated trusted flagger (DSA Art. 22)");
        }
    }

    /// The notice as a printable HTML page; every value is escaped.
    #[must_use]
    pub fn render_html(&self) -> String {
        let mut out = page_start(&self.subject());
        let _ = writeln!(out, "<h1>{}</h1>", escape(&self.subject()));
        let to = match &self.provider {
            Some(provider) => format!("{} ({provider})", self.platform_name),
            None => self.platform_name.clone(),
        };
        let _ = writeln!(
            out,
            "<p>To: {}<br>Via: {}</p>",
            escape(&to),
            escape(&self.where_to())
        );
        let (items_h, why_h) = match self.kind {
            NoticeKind::DsaArt16 => {
                let _ = writeln!(
                    out,
                    "<p>Notice under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act).</p>"
                );
                (
                    "1. Exact location of the content (Art. 16(2)(b))",
                    "2. Why the content is illegal (Art. 16(2)(a))",
                )
            }
            NoticeKind::TermsOfService => {
                let _ = writeln!(
                    out,
                    "<p>We report the content below as breaking {}&#39;s rules. No legal ground is asserted.</p>",
                    escape(&self.platform_name)
                );
                ("Content", "Why")
            }
        };
        let _ = writeln!(out, "<h2>{items_h}</h2>\n<ol>");
        for item in &self.items {
            let _ = write!(
                out,
                "<li><span class=\"url\">{}</span> ({} {})",
                escape(&item.url),
                item.content_kind,
                escape(&item.content_id)
            );
            if let Some(submitted) = &item.submitted_url {
                let _ = write!(
                    out,
                    "<br>as captured: <span class=\"url\">{}</span>",
                    escape(submitted)
                );
            }
            let _ = writeln!(out, "</li>");
        }
        let _ = writeln!(out, "</ol>\n<h2>{why_h}</h2>");
        if self.kind == NoticeKind::DsaArt16 {
            let _ = writeln!(out, "<p>Legal ground: {}</p>", escape(&self.grounds_line()));
        }
        let _ = writeln!(
            out,
            "<p>Category: {} (severity {}){}</p>",
            escape(&self.category),
            self.severity,
            self.target
                .as_deref()
                .map(|t| format!(", targeting {}", escape(t)))
                .unwrap_or_default()
        );
        for paragraph in self.explanation.split("\n\n") {
            let _ = writeln!(out, "<p>{}</p>", escape(paragraph).replace('\n', "<br>"));
        }
        let policy_h = match self.kind {
            NoticeKind::DsaArt16 => {
                "3. Your terms also prohibit it (assessed separately from the legal ground)"
            }
            NoticeKind::TermsOfService => "Rule broken",
        };
        let _ = writeln!(
            out,
            "<h2>{policy_h}</h2>\n<p>{} &lt;<span class=\"url\">{}</span>&gt;</p>",
            escape(&self.policy_ground.name),
            escape(&self.policy_ground.url)
        );
        let notifier_h = match self.kind {
            NoticeKind::DsaArt16 => "4. Notifier (Art. 16(2)(c))",
            NoticeKind::TermsOfService => "Reported by",
        };
        let _ = writeln!(
            out,
            "<h2>{notifier_h}</h2>\n<p>Name: {}<br>Email: {}",
            escape(&self.notifier.name),
            escape(&self.notifier.email)
        );
        if let Some(org) = &self.notifier.organisation {
            let _ = write!(out, "<br>Organisation: {}", escape(org));
        }
        if self.notifier.trusted_flagger {
            let _ = write!(out, "<br>Status: designated trusted flagger (DSA Art. 22)");
        }
        let _ = writeln!(out, "</p>");
        if let Some(statement) = &self.good_faith_statement {
            let _ = writeln!(
                out,
                "<h2>5. Statement of good faith (Art. 16(2)(d))</h2>\n<p>{}</p>",
                escape(statement)
            );
        }
        let _ = writeln!(
            out,
            "<p><small>Assessed by a trained person on {}{}. Prepared {} (mapping {}).</small></p>\n</body>\n</html>",
            self.decided_at,
            if self.second_reviewed {
                " and confirmed by a second reviewer"
            } else {
                ""
            },
            self.created_at,
            escape(&self.registry_version)
        );
        out
    }
}

/// Keeps a value on one line of a plain-text email, so no value can forge a header or section.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn strip_controls(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
        .collect()
}
