//! The JSON shapes of the API (and their OpenAPI schemas). Times are RFC 3339 strings.

use serde::{Deserialize, Serialize};
use upstander_core::{AuditEntry, Decision, Permission, Post, QueueItem, Timestamp, User};
use utoipa::ToSchema;

fn time(t: Timestamp) -> String {
    t.to_string()
}

/// Liveness or readiness.
#[derive(Debug, Serialize, ToSchema)]
pub struct HealthDto {
    /// `ok`, or what is wrong.
    pub status: String,
}

/// Contact details a reporter may leave (only with consent, never when anonymous).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactDto {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
}

/// A public report.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    /// Links to the posts (at most 10).
    #[serde(default)]
    pub urls: Vec<String>,
    /// The text of the post, if the reporter can copy it.
    #[serde(default)]
    pub text: Option<String>,
    /// What happened, in the reporter's words.
    #[serde(default)]
    pub description: Option<String>,
    /// Kind of hate: a taxonomy category id.
    #[serde(default)]
    pub hate_kind: Option<String>,
    /// Group targeted: a taxonomy target-group id.
    #[serde(default)]
    pub target_group: Option<String>,
    /// `victim` or `witness`.
    pub reporter_role: String,
    /// Contact details (optional; needs consent; not with `anonymous`).
    #[serde(default)]
    pub contact: Option<ContactDto>,
    /// The reporter agrees to be contacted.
    #[serde(default)]
    pub consent_to_contact: bool,
    /// Report without any identity.
    #[serde(default)]
    pub anonymous: bool,
}

/// The receipt for a report: keep the reference to check its status.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportReceiptDto {
    /// Reference number, like `UPS-7K3M-Q9XD`.
    pub reference: String,
}

/// What a reporter may see about their report.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportStatusDto {
    /// Reference number.
    pub reference: String,
    /// `received`, `under_review`, `awaiting_second_review`, `action_taken`, `no_action`.
    pub status: String,
    /// The status in plain words.
    pub label: String,
    /// When the report arrived.
    pub received_at: String,
    /// When its status last changed.
    pub updated_at: String,
}

impl From<upstander_core::PublicReportStatus> for ReportStatusDto {
    fn from(s: upstander_core::PublicReportStatus) -> Self {
        Self {
            reference: s.reference.to_string(),
            status: s.status.as_str().to_owned(),
            label: s.status.public_label().to_owned(),
            received_at: time(s.received_at),
            updated_at: time(s.updated_at),
        }
    }
}

/// An appeal against the outcome of a report.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    /// Why the outcome should be looked at again.
    pub reason: String,
}

/// Sign-in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// Username.
    pub username: String,
    /// Password.
    pub password: String,
}

/// A signed-in account.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserDto {
    /// Username.
    pub username: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// Role.
    pub role: String,
    /// What the role may do.
    pub permissions: Vec<String>,
}

impl From<&User> for UserDto {
    fn from(user: &User) -> Self {
        Self {
            username: user.username.clone(),
            display_name: user.display_name.clone(),
            role: user.role.as_str().to_owned(),
            permissions: Permission::ALL
                .into_iter()
                .filter(|p| user.can(*p))
                .map(|p| p.as_str().to_owned())
                .collect(),
        }
    }
}

/// A browser session (the session itself travels in an HttpOnly cookie).
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionDto {
    /// Who is signed in.
    pub user: UserDto,
    /// Send this in `X-CSRF-Token` with every unsafe request made with the cookie.
    pub csrf_token: String,
    /// When the session ends unless used.
    pub expires_at: String,
}

/// A request for an API token.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// What the token is for.
    pub label: String,
}

/// A new API token: shown once, send it as `Authorization: Bearer …`.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenDto {
    /// The token.
    pub token: String,
}

/// A span of the original text that drove the assessment (byte offsets).
#[derive(Debug, Serialize, ToSchema)]
pub struct SpanDto {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Signal name.
    pub signal: String,
    /// The text of the span.
    pub text: String,
}

/// One post: an item's representative or one of its copies.
#[derive(Debug, Serialize, ToSchema)]
pub struct PostDto {
    /// Post id.
    pub id: String,
    /// Platform.
    pub platform: String,
    /// Author handle, if known.
    pub author: Option<String>,
    /// Link, if known.
    pub url: Option<String>,
    /// Text as received.
    pub text: String,
    /// When it was posted, if known.
    pub created_at: Option<String>,
    /// Engagement, if known.
    pub engagement: Option<u64>,
}

impl From<&Post> for PostDto {
    fn from(post: &Post) -> Self {
        Self {
            id: post.id.to_string(),
            platform: post.post.platform.as_str().to_owned(),
            author: post.post.author.clone(),
            url: post.post.url.clone(),
            text: post.post.text.clone(),
            created_at: post.post.created_at.map(time),
            engagement: post.post.engagement,
        }
    }
}

/// One item in the queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueueEntryDto {
    /// Item id.
    pub id: String,
    /// `open`, `awaiting_second_review`, `decided`, `cleared`.
    pub status: String,
    /// Suggested severity, `S0`–`S4`.
    pub severity: String,
    /// Detection score, 0–1.
    pub score: f32,
    /// Top suggested category id.
    pub category: Option<String>,
    /// Platform of the representative post.
    pub platform: String,
    /// Author of the representative post.
    pub author: Option<String>,
    /// The first 200 characters of the text.
    pub excerpt: String,
    /// Copies in the group.
    pub copies: u64,
    /// Distinct authors.
    pub distinct_authors: u64,
    /// Summed reach.
    pub reach: u64,
    /// Priority (higher first).
    pub priority: f64,
    /// First seen.
    pub first_seen: String,
    /// Deadline for a decision, if any.
    pub due_at: Option<String>,
    /// Who holds the claim, if anyone.
    pub claimed_by: Option<String>,
    /// When the claim lapses.
    pub claim_expires_at: Option<String>,
    /// Public reports about it.
    pub report_count: u32,
}

/// The first `max` characters of `text`, with an ellipsis when cut.
#[must_use]
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

impl QueueEntryDto {
    /// From an item and its workflow state.
    #[must_use]
    pub fn new(
        item: &QueueItem,
        claimed_by: Option<String>,
        claim_expires_at: Option<Timestamp>,
        due_at: Option<Timestamp>,
        report_count: u32,
    ) -> Self {
        Self {
            id: item.id.to_string(),
            status: item.status.as_str().to_owned(),
            severity: item.assessment.severity.as_str().to_owned(),
            score: item.assessment.score,
            category: item.assessment.top_category().map(str::to_owned),
            platform: item.representative.post.platform.as_str().to_owned(),
            author: item.representative.post.author.clone(),
            excerpt: excerpt(&item.representative.post.text, 200),
            copies: item.copies,
            distinct_authors: item.distinct_authors,
            reach: item.reach,
            priority: item.priority,
            first_seen: time(item.first_seen),
            due_at: due_at.map(time),
            claimed_by,
            claim_expires_at: claim_expires_at.map(time),
            report_count,
        }
    }
}

/// A reviewer's decision as submitted.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    /// `no_action`, `platform_report`, `police`, `counter_speech`, `escalate`.
    pub action: String,
    /// Taxonomy category id.
    #[serde(default)]
    pub category: Option<String>,
    /// Taxonomy target-group id.
    #[serde(default)]
    pub target_group: Option<String>,
    /// `S0`–`S4`.
    pub severity: String,
    /// Candidate legal grounds (taxonomy legal-basis ids).
    #[serde(default)]
    pub legal_grounds: Vec<String>,
    /// Platform-policy grounds.
    #[serde(default)]
    pub policy_grounds: Vec<String>,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
}

/// A recorded decision.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionDto {
    /// Decision id.
    pub id: String,
    /// Action.
    pub action: String,
    /// Category id.
    pub category: Option<String>,
    /// Target group id.
    pub target_group: Option<String>,
    /// Severity.
    pub severity: String,
    /// Candidate legal grounds.
    pub legal_grounds: Vec<String>,
    /// Platform-policy grounds.
    pub policy_grounds: Vec<String>,
    /// Note.
    pub note: Option<String>,
    /// Reviewer.
    pub reviewer: String,
    /// When.
    pub decided_at: String,
}

impl From<&Decision> for DecisionDto {
    fn from(d: &Decision) -> Self {
        Self {
            id: d.id.to_string(),
            action: d.decision.action.as_str().to_owned(),
            category: d.decision.category.clone(),
            target_group: d.decision.target_group.clone(),
            severity: d.decision.severity.as_str().to_owned(),
            legal_grounds: d.decision.legal_grounds.clone(),
            policy_grounds: d.decision.policy_grounds.clone(),
            note: d.decision.note.clone(),
            reviewer: d.decision.reviewer.clone(),
            decided_at: time(d.decided_at),
        }
    }
}

/// A second reviewer's verdict on an S3/S4 decision.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SecondReviewRequest {
    /// Approve (the decision stands) or send back for a fresh review.
    pub approve: bool,
    /// Why (required when sending back).
    #[serde(default)]
    pub note: Option<String>,
}

/// A note on an item.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteRequest {
    /// The note.
    pub text: String,
}

/// Reopening a decided item.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReopenRequest {
    /// Why.
    pub reason: String,
}

/// A claim: who is working on an item, until when.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimDto {
    /// Item id.
    pub item_id: String,
    /// Who holds it.
    pub username: String,
    /// When it lapses unless renewed.
    pub expires_at: String,
}

impl From<&upstander_core::Claim> for ClaimDto {
    fn from(c: &upstander_core::Claim) -> Self {
        Self {
            item_id: c.item_id.to_string(),
            username: c.username.clone(),
            expires_at: time(c.expires_at),
        }
    }
}

/// A note on an item.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteDto {
    /// Who wrote it.
    pub author: String,
    /// When.
    pub at: String,
    /// Text.
    pub text: String,
}

/// A public report about an item, without the reporter's identity.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportSummaryDto {
    /// Reference number.
    pub reference: String,
    /// When it arrived.
    pub received_at: String,
    /// `victim` or `witness`.
    pub reporter_role: String,
    /// Links given.
    pub urls: Vec<String>,
    /// The reporter's account.
    pub description: Option<String>,
    /// Kind of hate (category id).
    pub hate_kind: Option<String>,
    /// Group targeted.
    pub target_group: Option<String>,
    /// Reported anonymously.
    pub anonymous: bool,
    /// Contact details were left (reveal them with the identity endpoint).
    pub has_contact: bool,
}

impl From<&upstander_core::ReportSummary> for ReportSummaryDto {
    fn from(r: &upstander_core::ReportSummary) -> Self {
        Self {
            reference: r.reference.to_string(),
            received_at: time(r.received_at),
            reporter_role: r.reporter_role.as_str().to_owned(),
            urls: r.urls.clone(),
            description: r.description.clone(),
            hate_kind: r.hate_kind.clone(),
            target_group: r.target_group.clone(),
            anonymous: r.anonymous,
            has_contact: r.has_contact,
        }
    }
}

/// Everything a reviewer needs about one item.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemDto {
    /// Item id.
    pub id: String,
    /// Status.
    pub status: String,
    /// The representative post (its text is what the spans point into).
    pub post: PostDto,
    /// Suggested severity.
    pub severity: String,
    /// Detection score.
    pub score: f32,
    /// Suggested categories.
    pub categories: Vec<String>,
    /// Suggested target groups.
    pub targets: Vec<String>,
    /// Matched spans, byte offsets into `post.text`.
    pub spans: Vec<SpanDto>,
    /// Why it was flagged.
    pub explanation: String,
    /// Copies.
    pub copies: Vec<PostDto>,
    /// Decisions, oldest first.
    pub decisions: Vec<DecisionDto>,
    /// Notes.
    pub notes: Vec<NoteDto>,
    /// Public reports about it.
    pub reports: Vec<ReportSummaryDto>,
    /// The same author's other items.
    pub author_items: Vec<QueueEntryDto>,
    /// The current claim.
    pub claim: Option<ClaimDto>,
    /// A decision waiting for a second review.
    pub pending_second_review: Option<DecisionDto>,
}

/// A reporter's contact details (the view is audited).
#[derive(Debug, Serialize, ToSchema)]
pub struct IdentityDto {
    /// Name.
    pub name: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
}

/// One audit-log entry.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntryDto {
    /// Number in the chain.
    pub seq: u64,
    /// When.
    pub at: String,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// On what.
    pub subject: String,
    /// Details.
    pub details: String,
    /// This entry's hash.
    pub hash: String,
}

impl From<&AuditEntry> for AuditEntryDto {
    fn from(e: &AuditEntry) -> Self {
        Self {
            seq: e.seq,
            at: time(e.at),
            actor: e.actor.clone(),
            action: e.action.as_str().to_owned(),
            subject: e.subject.clone(),
            details: e.details.clone(),
            hash: e.hash.clone(),
        }
    }
}

/// The result of checking the audit chain.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditVerifyDto {
    /// Whether the chain holds.
    pub ok: bool,
    /// Entries checked (when intact).
    pub entries: u64,
    /// Last entry's hash (when intact).
    pub last_hash: Option<String>,
    /// The first entry that was altered, removed or reordered (when broken).
    pub broken_at: Option<u64>,
    /// What is wrong (when broken).
    pub reason: Option<String>,
}
