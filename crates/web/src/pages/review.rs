//! Pages for signed-in staff: the queue, the item page and its actions, the audit log, the
//! account page.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use upstander_app::{ItemView, SecondReviewInput};
use upstander_core::{
    DecisionAction, ItemFilter, ItemStatus, Permission, Platform, Severity, Timestamp,
};

use crate::auth::{CsrfToken, CurrentUser, Require, perm};
use crate::dto::{AuditEntryDto, DecisionDto, NoteDto, ReportSummaryDto, excerpt};
use crate::error::{ApiError, FieldError};
use crate::extract::{Form, QueryParams};
use crate::input::{decision_from_form, decision_input};
use crate::state::AppState;
use crate::view::{
    Layout, Opt, Segment, category_options, group_options, render, render_with, segments,
    time_left, when,
};

/// Where the shift counter stands.
pub(crate) struct Shift {
    pub seen: u32,
    pub break_due: bool,
}

fn shift(state: &AppState, user: &CurrentUser, seen: Option<u32>) -> Shift {
    let seen = seen.unwrap_or(match &user.via {
        crate::auth::AuthVia::Session { items_seen, .. } => *items_seen,
        crate::auth::AuthVia::Bearer => 0,
    });
    let every = state.config.break_every;
    Shift {
        seen,
        break_due: every > 0 && seen > 0 && seen.is_multiple_of(every),
    }
}

fn status_label(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Open => "open",
        ItemStatus::Decided => "decided",
        ItemStatus::Cleared => "cleared",
        ItemStatus::AwaitingSecondReview => "awaiting second review",
    }
}

/// A queue row.
pub(crate) struct Row {
    pub id: String,
    pub status: String,
    pub status_label: &'static str,
    pub severity: String,
    pub excerpt: String,
    pub platform: String,
    pub author: Option<String>,
    pub category: String,
    pub copies: u64,
    pub time_left: String,
    pub due_class: &'static str,
    pub claimed_by: Option<String>,
    pub report_count: u32,
}

#[derive(Template)]
#[template(path = "queue.html")]
struct QueuePage {
    l: Layout,
    shift: Shift,
    rows: Vec<Row>,
    statuses: Vec<Opt>,
    severities: Vec<Opt>,
    categories: Vec<Opt>,
    platforms: Vec<Opt>,
}

/// Filters of the queue, as the page and the API take them.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct QueueQuery {
    /// `open` (default), `awaiting_second_review`, `decided`, `cleared`, or `all`.
    #[serde(default)]
    pub status: Option<String>,
    /// Lowest severity shown, `S0`–`S4`.
    #[serde(default)]
    pub min_severity: Option<String>,
    /// A category id or family.
    #[serde(default)]
    pub category: Option<String>,
    /// A platform name.
    #[serde(default)]
    pub platform: Option<String>,
    /// At most this many (default 200).
    #[serde(default)]
    pub limit: Option<u32>,
}

fn blank(value: Option<&String>) -> Option<&str> {
    value.map(|s| s.trim()).filter(|s| !s.is_empty())
}

impl QueueQuery {
    /// The hub's filter; a bad value is a field error.
    pub(crate) fn filter(&self) -> Result<ItemFilter, ApiError> {
        let mut errors = Vec::new();
        let status = match blank(self.status.as_ref()) {
            None => Some(ItemStatus::Open),
            Some("all") => None,
            Some(s) => ItemStatus::parse(s)
                .map_err(|e| errors.push(FieldError::new("status", e.to_string())))
                .ok(),
        };
        let min_severity = blank(self.min_severity.as_ref()).and_then(|s| {
            Severity::parse(s)
                .map_err(|e| errors.push(FieldError::new("min_severity", e.to_string())))
                .ok()
        });
        let platform = blank(self.platform.as_ref()).and_then(|s| {
            Platform::parse(s)
                .map_err(|e| errors.push(FieldError::new("platform", e.to_string())))
                .ok()
        });
        if !errors.is_empty() {
            return Err(ApiError::Invalid(errors));
        }
        Ok(ItemFilter {
            status,
            min_severity,
            category: blank(self.category.as_ref()).map(str::to_owned),
            platform,
            limit: Some(self.limit.unwrap_or(200).clamp(1, 1000)),
        })
    }
}

/// `GET /queue`.
pub(crate) async fn queue_page(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    csrf: CsrfToken,
    QueryParams(query): QueryParams<QueueQuery>,
) -> Result<Response, ApiError> {
    let filter = query.filter()?;
    let skipped = state.skipped_by(&user.session_key());
    let entries = state.hub.queue_view(&user.user, &filter).await?;
    let now = Timestamp::now();
    let rows = entries
        .into_iter()
        .filter(|e| !skipped.contains(&e.item.id.to_string()))
        .map(|e| {
            let (time_left, due_class) = time_left(e.due_at, now);
            Row {
                id: e.item.id.to_string(),
                status: e.item.status.as_str().to_owned(),
                status_label: status_label(e.item.status),
                severity: e.item.assessment.severity.as_str().to_owned(),
                excerpt: excerpt(&e.item.representative.post.text, 160),
                platform: e.item.representative.post.platform.as_str().to_owned(),
                author: e.item.representative.post.author.clone(),
                category: e.item.assessment.top_category().unwrap_or("–").to_owned(),
                copies: e.item.copies,
                time_left,
                due_class,
                claimed_by: e.claimed_by,
                report_count: e.report_count,
            }
        })
        .collect();
    let taxonomy = &state.hub.detection().taxonomy;
    let status_sel = blank(query.status.as_ref()).unwrap_or("open");
    let mut statuses: Vec<Opt> = ItemStatus::ALL
        .iter()
        .map(|s| Opt::new(s.as_str(), status_label(*s), Some(status_sel)))
        .collect();
    statuses.push(Opt::new("all", "all", Some(status_sel)));
    let sev_sel = blank(query.min_severity.as_ref());
    let severities = Severity::ALL
        .iter()
        .map(|s| Opt::new(s.as_str(), s.as_str(), sev_sel))
        .collect();
    let plat_sel = blank(query.platform.as_ref());
    let platforms = Platform::ALL
        .iter()
        .map(|p| Opt::new(p.as_str(), p.as_str(), plat_sel))
        .collect();
    Ok(render(&QueuePage {
        l: Layout::new("Review queue", "queue", Some(&user), &csrf),
        shift: shift(&state, &user, None),
        rows,
        statuses,
        severities,
        categories: category_options(taxonomy, blank(query.category.as_ref())),
        platforms,
    }))
}

/// The decision awaiting a second review, for the page.
pub(crate) struct Pending {
    pub reviewer: String,
    pub action: String,
    pub severity: String,
    pub category: Option<String>,
    pub legal_grounds: Vec<String>,
    pub policy_grounds: Vec<String>,
    pub note: Option<String>,
}

/// A copy of the post.
pub(crate) struct CopyRow {
    pub platform: String,
    pub author: String,
    pub url: Option<String>,
}

/// Another item of the same author.
pub(crate) struct AuthorItem {
    pub id: String,
    pub severity: String,
    pub excerpt: String,
}

#[derive(Template)]
#[template(path = "item.html")]
pub(crate) struct ItemPage {
    l: Layout,
    shift: Shift,
    flash: Option<&'static str>,
    errors: Vec<FieldError>,
    id: String,
    short_id: String,
    status: String,
    status_label: &'static str,
    severity: String,
    claim: Option<(String, String)>,
    claimed_by_me: bool,
    due: Option<String>,
    segments: Vec<Segment>,
    platform: String,
    author: String,
    url: Option<String>,
    copies_count: u64,
    distinct_authors: u64,
    reach: u64,
    first_seen: String,
    explanation: String,
    score: String,
    suggested: String,
    targets: String,
    pending: Option<Pending>,
    can_decide: bool,
    can_second_review: bool,
    can_view_identity: bool,
    can_refer: bool,
    refer_targets: Vec<Opt>,
    channels: Vec<Opt>,
    categories: Vec<Opt>,
    groups: Vec<Opt>,
    severities: Vec<Opt>,
    legal: Vec<Opt>,
    actions: Vec<Opt>,
    reports: Vec<ReportSummaryDto>,
    copies: Vec<CopyRow>,
    author_items: Vec<AuthorItem>,
    decisions: Vec<DecisionDto>,
    notes: Vec<NoteDto>,
}

fn action_label(action: DecisionAction) -> &'static str {
    match action {
        DecisionAction::NoAction => "No action (not violating, or lawful and not worth acting on)",
        DecisionAction::PlatformReport => "Report to the platform",
        DecisionAction::Police => "Refer to the police",
        DecisionAction::CounterSpeech => "Answer with counter-speech",
        DecisionAction::Escalate => "Escalate to a supervisor",
    }
}

pub(crate) fn item_page(
    state: &AppState,
    user: &CurrentUser,
    csrf: &CsrfToken,
    view: ItemView,
    seen: Option<u32>,
    flash: Option<&'static str>,
    errors: Vec<FieldError>,
) -> ItemPage {
    let taxonomy = &state.hub.detection().taxonomy;
    let item = &view.detail.item;
    let assessment = &item.assessment;
    let id = item.id.to_string();
    let suggested_category = assessment.top_category().map(str::to_owned);
    let suggested_group = assessment.targets.first().cloned();
    let now = Timestamp::now();
    // The end of a UUIDv7 is its random part (the start is the time, shared by neighbours).
    let short_id: String = id.chars().skip(id.len().saturating_sub(8)).collect();
    ItemPage {
        l: Layout::new(format!("Item {short_id}"), "queue", Some(user), csrf),
        shift: shift(state, user, seen),
        flash,
        errors,
        short_id: short_id.clone(),
        status: item.status.as_str().to_owned(),
        status_label: status_label(item.status),
        severity: assessment.severity.as_str().to_owned(),
        claimed_by_me: view
            .claim
            .as_ref()
            .is_some_and(|c| c.username == user.user.username),
        claim: view
            .claim
            .as_ref()
            .map(|c| (c.username.clone(), when(c.expires_at))),
        due: view.due_at.map(|d| time_left(Some(d), now).0),
        segments: segments(&item.representative.post.text, &assessment.spans),
        platform: item.representative.post.platform.as_str().to_owned(),
        author: item
            .representative
            .post
            .author
            .clone()
            .unwrap_or_else(|| "unknown".into()),
        url: web_link(item.representative.post.url.as_deref()),
        copies_count: item.copies,
        distinct_authors: item.distinct_authors,
        reach: item.reach,
        first_seen: when(item.first_seen),
        explanation: assessment.explanation.clone(),
        score: format!("{:.2}", assessment.score),
        suggested: if assessment.categories.is_empty() {
            "nothing".into()
        } else {
            assessment
                .categories
                .iter()
                .map(|c| format!("{} ({:.2})", c.id, c.score))
                .collect::<Vec<_>>()
                .join(", ")
        },
        targets: if assessment.targets.is_empty() {
            "none found".into()
        } else {
            assessment.targets.join(", ")
        },
        pending: view.pending_second_review.as_ref().map(|d| Pending {
            reviewer: d.decision.reviewer.clone(),
            action: d.decision.action.as_str().to_owned(),
            severity: d.decision.severity.as_str().to_owned(),
            category: d.decision.category.clone(),
            legal_grounds: d.decision.legal_grounds.clone(),
            policy_grounds: d.decision.policy_grounds.clone(),
            note: d.decision.note.clone(),
        }),
        can_decide: user.user.can(Permission::Decide),
        can_second_review: user.user.can(Permission::SecondReview),
        can_view_identity: user.user.can(Permission::ViewReporterIdentity),
        can_refer: user.user.can(Permission::Refer),
        refer_targets: refer_targets(&view),
        channels: [
            ("", "the platform's usual channel"),
            ("dsa_art16", "DSA Art. 16 notice"),
            ("trusted_flagger", "trusted-flagger channel"),
            ("partner", "partner programme"),
            ("web_form", "web form"),
            ("in_app", "in-app report"),
        ]
        .iter()
        .map(|(id, label)| Opt::new(id, label, Some("")))
        .collect(),
        categories: category_options(taxonomy, suggested_category.as_deref()),
        groups: group_options(taxonomy, suggested_group.as_deref()),
        severities: Severity::ALL
            .iter()
            .map(|s| Opt::new(s.as_str(), s.as_str(), Some(assessment.severity.as_str())))
            .collect(),
        legal: taxonomy
            .legal_bases
            .iter()
            .map(|b| {
                let label = b.title.clone().unwrap_or_else(|| b.id.clone());
                Opt::new(&b.id, &label, None)
            })
            .collect(),
        actions: DecisionAction::ALL
            .iter()
            .map(|a| Opt::new(a.as_str(), action_label(*a), Some("no_action")))
            .collect(),
        reports: view.reports.iter().map(ReportSummaryDto::from).collect(),
        copies: view
            .detail
            .copies
            .iter()
            .map(|p| CopyRow {
                platform: p.post.platform.as_str().to_owned(),
                author: p.post.author.clone().unwrap_or_else(|| "unknown".into()),
                url: web_link(p.post.url.as_deref()),
            })
            .collect(),
        author_items: view
            .author_items
            .iter()
            .map(|i| AuthorItem {
                id: i.id.to_string(),
                severity: i.assessment.severity.as_str().to_owned(),
                excerpt: excerpt(&i.representative.post.text, 80),
            })
            .collect(),
        decisions: view
            .detail
            .decisions
            .iter()
            .map(DecisionDto::from)
            .collect(),
        notes: view
            .notes
            .iter()
            .map(|n| NoteDto {
                author: n.author.clone(),
                at: when(n.at),
                text: n.text.clone(),
            })
            .collect(),
        id,
    }
}

/// Where a decided item can be referred: every platform its links are on, one of them, or the
/// police (the hub checks the decision allows it).
fn refer_targets(view: &ItemView) -> Vec<Opt> {
    let mut platforms: Vec<&'static str> = std::iter::once(&view.detail.item.representative)
        .chain(view.detail.copies.iter())
        .map(|p| p.post.platform.as_str())
        .collect();
    platforms.sort_unstable();
    platforms.dedup();
    let mut options = vec![Opt::new(
        "all",
        "every platform its links are on",
        Some("all"),
    )];
    options.extend(platforms.iter().map(|p| Opt::new(p, p, None)));
    options.push(Opt::new(
        "police",
        "the police (with an evidence bundle)",
        None,
    ));
    options
}

/// Query of the item page: which action just happened (a fixed message, never echoed text).
#[derive(Debug, Deserialize)]
pub(crate) struct ItemQuery {
    #[serde(default)]
    done: Option<String>,
}

fn flash(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "claimed" => "You have claimed this item for 30 minutes.",
        "released" => "You have released this item.",
        "decided" => "Decision recorded.",
        "second" => {
            "Decision recorded. It needs a second review by a different person before anything leaves the hub."
        }
        "reviewed" => "Second review recorded.",
        "noted" => "Note added.",
        "reopened" => "Item reopened for review.",
        _ => return None,
    })
}

/// `GET /items/{id}`: counts as one item seen this shift.
pub(crate) async fn item_page_get(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    csrf: CsrfToken,
    Path(id): Path<String>,
    QueryParams(query): QueryParams<ItemQuery>,
) -> Result<Response, ApiError> {
    let view = state.hub.item_view(&user.user, &id).await?;
    // Coming back after an action on the same item is not another item seen.
    let done = query.done.as_deref();
    let seen = match (user.session_token(), done) {
        (Some(token), None) => Some(state.hub.note_item_seen(token).await?),
        _ => None,
    };
    Ok(render(&item_page(
        &state,
        &user,
        &csrf,
        view,
        seen,
        flash(done),
        Vec::new(),
    )))
}

fn back_to(id: &str, done: &str) -> Response {
    let id = percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC);
    Redirect::to(&format!("/items/{id}?done={done}")).into_response()
}

/// `POST /items/{id}/claim`.
pub(crate) async fn item_claim(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    state.hub.claim(&user.user, &id).await?;
    Ok(back_to(&id, "claimed"))
}

/// `POST /items/{id}/release`.
pub(crate) async fn item_release(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    state.hub.release(&user.user, &id).await?;
    Ok(back_to(&id, "released"))
}

/// `POST /items/{id}/skip`: back to the queue, without this item for the rest of the shift.
pub(crate) async fn item_skip(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    state.hub.skip(&user.user, &id).await?;
    let view = state.hub.item_view(&user.user, &id).await?;
    state.note_skip(&user.session_key(), &view.detail.item.id.to_string());
    Ok(Redirect::to("/queue").into_response())
}

/// `POST /items/{id}/decide`: invalid fields re-render the item page with messages (422).
pub(crate) async fn item_decide(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    csrf: CsrfToken,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let request = decision_from_form(&form);
    match state
        .hub
        .decide_as(&user.user, &id, decision_input(request))
        .await
        .map_err(ApiError::from)
    {
        Ok(decision) => {
            let second = upstander_core::needs_second_review(
                decision.decision.action,
                decision.decision.severity,
            );
            Ok(back_to(&id, if second { "second" } else { "decided" }))
        }
        Err(ApiError::Invalid(errors)) => {
            let view = state.hub.item_view(&user.user, &id).await?;
            Ok(render_with(
                StatusCode::UNPROCESSABLE_ENTITY,
                &item_page(&state, &user, &csrf, view, None, None, errors),
            ))
        }
        Err(other) => Err(other),
    }
}

/// `POST /items/{id}/second-review`.
pub(crate) async fn item_second_review(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::SecondReview>,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let approve = match form.get("approve") {
        Some("true") => true,
        Some("false") => false,
        _ => return Err(ApiError::field("approve", "choose approve or send back")),
    };
    state
        .hub
        .second_review(
            &user.user,
            &id,
            SecondReviewInput {
                approve,
                note: form.text("note"),
            },
        )
        .await?;
    Ok(back_to(&id, "reviewed"))
}

/// `POST /items/{id}/notes`.
pub(crate) async fn item_note(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let text = form.get("text").unwrap_or_default();
    state.hub.add_note(&user.user, &id, text).await?;
    Ok(back_to(&id, "noted"))
}

/// `POST /items/{id}/reopen`.
pub(crate) async fn item_reopen(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let reason = form.get("reason").unwrap_or_default();
    state.hub.reopen(&user.user, &id, reason).await?;
    Ok(back_to(&id, "reopened"))
}

#[derive(Template)]
#[template(path = "identity.html")]
struct IdentityFragment {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

/// `POST /reports/{reference}/identity`: the reporter's contact details, as a fragment for
/// htmx (every view is audited by the hub).
pub(crate) async fn identity_fragment(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewReporterIdentity>,
    Path(reference): Path<String>,
) -> Result<Response, ApiError> {
    let contact = state.hub.reporter_identity(&user.user, &reference).await?;
    Ok(render(&IdentityFragment {
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
    }))
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    l: Layout,
    verify_ok: bool,
    entries: u64,
    last_hash: String,
    broken_at: u64,
    reason: String,
    rows: Vec<AuditEntryDto>,
}

/// Entries the audit page shows.
const AUDIT_PAGE_ROWS: u64 = 100;

/// `GET /audit`: the chain check and the latest entries.
pub(crate) async fn audit_page(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewAudit>,
    csrf: CsrfToken,
) -> Result<Response, ApiError> {
    let mut page = AuditPage {
        l: Layout::new("Audit log", "audit", Some(&user), &csrf),
        verify_ok: false,
        entries: 0,
        last_hash: String::new(),
        broken_at: 0,
        reason: String::new(),
        rows: Vec::new(),
    };
    match state.hub.verify_audit().await {
        Ok(report) => {
            page.verify_ok = true;
            page.entries = report.entries;
            page.last_hash = report.last_hash;
        }
        Err(upstander_app::AppError::AuditBroken { seq, reason }) => {
            page.broken_at = seq;
            page.reason = reason;
        }
        Err(e) => return Err(e.into()),
    }
    let after = page.entries.saturating_sub(AUDIT_PAGE_ROWS);
    let mut rows = state.hub.audit_log(after, AUDIT_PAGE_ROWS as u32).await?;
    rows.reverse();
    page.rows = rows
        .iter()
        .map(|e| {
            let mut dto = AuditEntryDto::from(e);
            dto.at = when(e.at);
            dto
        })
        .collect();
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    l: Layout,
    display_name: String,
    username: String,
    role: String,
    permissions: String,
    new_token: Option<String>,
}

fn account(user: &CurrentUser, csrf: &CsrfToken, new_token: Option<String>) -> AccountPage {
    AccountPage {
        l: Layout::new("Your account", "account", Some(user), csrf).narrow(),
        display_name: user.user.display_name.clone(),
        username: user.user.username.clone(),
        role: user.user.role.as_str().replace('_', " "),
        permissions: Permission::ALL
            .iter()
            .filter(|p| user.user.can(**p))
            .map(|p| p.as_str().replace('_', " "))
            .collect::<Vec<_>>()
            .join(", "),
        new_token,
    }
}

/// `GET /account`.
pub(crate) async fn account_page(user: CurrentUser, csrf: CsrfToken) -> Response {
    render(&account(&user, &csrf, None))
}

/// `POST /account/tokens`: a new API token, shown once.
pub(crate) async fn account_token(
    State(state): State<AppState>,
    user: CurrentUser,
    csrf: CsrfToken,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let label = form.get("label").unwrap_or_default();
    let token = state.hub.create_api_token(&user.user, label).await?;
    Ok(render(&account(&user, &csrf, Some(token))))
}

/// A stored link shown as a link only when it is a web link: posts stored before ingest
/// checked links may hold `javascript:` or free text.
fn web_link(url: Option<&str>) -> Option<String> {
    url.filter(|u| {
        let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    })
    .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::web_link;

    #[test]
    fn only_web_links_are_shown_as_links() {
        assert_eq!(
            web_link(Some("https://x.com/a/status/1")).as_deref(),
            Some("https://x.com/a/status/1")
        );
        assert!(web_link(Some("HTTP://example.org")).is_some());
        assert!(web_link(Some("javascript:alert(1)")).is_none());
        assert!(web_link(Some("not a url")).is_none());
        assert!(web_link(None).is_none());
    }
}
