//! Pages for referrals: referring a decided item from its page, the referral list with its
//! deadlines, one referral with its notice, response times and outcome, and the
//! accountability reports (the bill for platforms, the annual report, the transparency
//! report).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use upstander_app::{PoliceReferInput, Referral, RenderFormat};
use upstander_core::{Permission, Platform, Timestamp};

use crate::auth::{CsrfToken, CurrentUser, Require, perm};
use crate::error::{ApiError, FieldError};
use crate::extract::{Form, QueryParams};
use crate::forms::FormData;
use crate::referral_api::{
    OutcomeRequest, PeriodQuery, ReferRequest, ReferralListQuery, ReferralTimesRequest, ReportKind,
    outcome_input, refer_input, report_response, run_report, times_input,
};
use crate::state::AppState;
use crate::view::{Layout, Opt, render, render_with, time_left, when};

fn encode(id: &str) -> String {
    percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// `POST /items/{id}/refer`: refers a decided item to a platform (or every platform its links
/// are on) or to the police; bad fields come back on the item page.
pub(crate) async fn item_refer(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    csrf: CsrfToken,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let target = form.text("target").unwrap_or_default();
    let legal_grounds = form.all("legal_grounds");
    let explanation = form.text("explanation");
    let result = if target == "police" {
        state
            .hub
            .refer_police(
                &user.user,
                &id,
                PoliceReferInput {
                    location: form.text("location"),
                    legal_grounds: legal_grounds
                        .into_iter()
                        .filter(|g| !g.trim().is_empty())
                        .collect(),
                    explanation,
                    referrer: None,
                },
            )
            .await
            .map(|r| vec![r])
            .map_err(ApiError::from)
    } else {
        match refer_input(ReferRequest {
            platform: Some(target).filter(|t| !t.is_empty() && t != "all"),
            channel: form.text("channel"),
            legal_grounds,
            explanation,
        }) {
            Ok(input) => state
                .hub
                .refer(&user.user, &id, input)
                .await
                .map_err(ApiError::from),
            Err(e) => Err(e),
        }
    };
    match result {
        Ok(referrals) => Ok(match referrals.as_slice() {
            [one] => Redirect::to(&format!(
                "/referrals/{}?done=referred",
                encode(&one.id.to_string())
            ))
            .into_response(),
            _ => Redirect::to(&format!("/referrals?item={}", encode(&id))).into_response(),
        }),
        Err(ApiError::Invalid(errors)) => {
            let view = state.hub.item_view(&user.user, &id).await?;
            Ok(render_with(
                StatusCode::UNPROCESSABLE_ENTITY,
                &crate::pages::review::item_page(&state, &user, &csrf, view, None, None, errors),
            ))
        }
        Err(other) => Err(other),
    }
}

/// A referral row on the list page.
pub(crate) struct RefRow {
    pub id: String,
    pub short_id: String,
    pub item_id: String,
    pub target: String,
    pub channel: String,
    pub notice_kind: String,
    pub created_at: String,
    pub deadline: String,
    pub due_class: &'static str,
    pub outcome: String,
}

fn short(id: &str) -> String {
    id.chars().skip(id.len().saturating_sub(8)).collect()
}

/// The deadline as a person reads it: time left, overdue by, or met.
fn deadline(r: &Referral, now: Timestamp) -> (String, &'static str) {
    if let Some(late) = r.overdue_by_seconds {
        let (h, m) = (late / 3600, (late % 3600) / 60);
        let by = if h >= 48 {
            format!("{}d {}h", h / 24, h % 24)
        } else {
            format!("{h}h {m}m")
        };
        let what = if r.is_open() {
            "overdue by"
        } else {
            "answered late by"
        };
        return (format!("{what} {by}"), "overdue");
    }
    if !r.is_open() {
        return ("answered in time".into(), "muted");
    }
    let (text, class) = time_left(r.due_at, now);
    let awaits = r.awaits.as_deref().unwrap_or("response");
    if r.due_at.is_some() {
        (format!("{text} ({awaits})"), class)
    } else {
        (text, class)
    }
}

fn row(r: &Referral, now: Timestamp) -> RefRow {
    let (deadline, due_class) = deadline(r, now);
    let id = r.id.to_string();
    RefRow {
        short_id: short(&id),
        id,
        item_id: r.item_id.to_string(),
        target: r.target.clone(),
        channel: r.channel.clone(),
        notice_kind: r.notice_kind.clone(),
        created_at: when(r.created_at),
        deadline,
        due_class,
        outcome: r.outcome.clone().unwrap_or_else(|| "open".into()),
    }
}

#[derive(Template)]
#[template(path = "referrals.html")]
struct ReferralsPage {
    l: Layout,
    errors: Vec<FieldError>,
    rows: Vec<RefRow>,
    item: String,
    targets: Vec<Opt>,
    open: bool,
    overdue: bool,
    from: String,
    to: String,
    can_refer: bool,
}

/// `GET /referrals`: the list with filters; overdue ones stand out.
pub(crate) async fn referrals_page(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    csrf: CsrfToken,
    QueryParams(query): QueryParams<ReferralListQuery>,
) -> Result<Response, ApiError> {
    let target_sel = query.target.clone().unwrap_or_default();
    let mut targets = vec![Opt::new("", "any", Some(target_sel.as_str()))];
    targets.extend(
        Platform::ALL
            .iter()
            .map(|p| Opt::new(p.as_str(), p.as_str(), Some(target_sel.as_str()))),
    );
    targets.push(Opt::new("police", "police", Some(target_sel.as_str())));
    let mut page = ReferralsPage {
        l: Layout::new("Referrals", "referrals", Some(&user), &csrf),
        errors: Vec::new(),
        rows: Vec::new(),
        item: query.item.clone().unwrap_or_default(),
        targets,
        open: matches!(query.open.as_deref(), Some("true" | "1" | "on" | "yes")),
        overdue: matches!(query.overdue.as_deref(), Some("true" | "1" | "on" | "yes")),
        from: query.from.clone().unwrap_or_default(),
        to: query.to.clone().unwrap_or_default(),
        can_refer: user.user.can(Permission::Refer),
    };
    let filter = match query.to_query() {
        Ok(f) => f,
        Err(ApiError::Invalid(errors)) => {
            page.errors = errors;
            return Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
        Err(e) => return Err(e),
    };
    let now = Timestamp::now();
    match state.hub.referrals(&user.user, &filter).await {
        Ok(list) => page.rows = list.iter().map(|r| row(r, now)).collect(),
        Err(e) => match ApiError::from(e) {
            ApiError::Invalid(errors) => {
                page.errors = errors;
                return Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page));
            }
            other => return Err(other),
        },
    }
    Ok(render(&page))
}

/// `POST /referrals/escalate`: marks every overdue open referral once.
pub(crate) async fn escalate(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
) -> Result<Response, ApiError> {
    state.hub.escalate_overdue(&user.user).await?;
    Ok(Redirect::to("/referrals?overdue=true").into_response())
}

#[derive(Template)]
#[template(path = "referral.html")]
struct ReferralPage {
    l: Layout,
    flash: Option<&'static str>,
    errors: Vec<FieldError>,
    r: RefRow,
    urls: Vec<String>,
    category: String,
    severity: String,
    created_by: String,
    due_at: String,
    binding: bool,
    acknowledged_at: String,
    decided_at: String,
    actioned_at: String,
    escalated_at: String,
    outcome_source: String,
    last_check: String,
    notice_text: Option<String>,
    can_refer: bool,
    outcomes: Vec<Opt>,
    visibilities: Vec<Opt>,
    grounds: Vec<Opt>,
}

fn opt_time(t: Option<Timestamp>) -> String {
    t.map_or_else(|| "–".to_owned(), when)
}

fn tdb_options(values: &[&'static str]) -> Vec<Opt> {
    let mut options = vec![Opt::new("", "not said", Some(""))];
    options.extend(values.iter().map(|v| Opt::new(v, v, None)));
    options
}

async fn referral_page(
    state: &AppState,
    user: &CurrentUser,
    csrf: &CsrfToken,
    id: &str,
    flash: Option<&'static str>,
    errors: Vec<FieldError>,
) -> Result<ReferralPage, ApiError> {
    let r = state.hub.referral(&user.user, id).await?;
    let can_refer = user.user.can(Permission::Refer);
    // Showing the notice is an export (the hub audits it), so only for those who may refer.
    let notice_text = if can_refer {
        Some(
            state
                .hub
                .render_referral(&user.user, &r.id.to_string(), RenderFormat::Text)
                .await?,
        )
    } else {
        None
    };
    let now = Timestamp::now();
    use upstander_referral::{DecisionGround, DecisionVisibility, HubOutcome};
    Ok(ReferralPage {
        l: Layout::new(
            format!("Referral {}", short(&r.id.to_string())),
            "referrals",
            Some(user),
            csrf,
        ),
        flash,
        errors,
        urls: r.urls.clone(),
        category: r.category.clone().unwrap_or_else(|| "–".into()),
        severity: r.severity.as_str().to_owned(),
        created_by: r.created_by.clone(),
        due_at: opt_time(r.due_at),
        binding: r.binding,
        acknowledged_at: opt_time(r.acknowledged_at),
        decided_at: opt_time(r.decided_at),
        actioned_at: opt_time(r.actioned_at),
        escalated_at: opt_time(r.escalated_at),
        outcome_source: r.outcome_source.clone().unwrap_or_default(),
        last_check: r.last_check.clone().unwrap_or_else(|| "not checked".into()),
        notice_text,
        can_refer,
        outcomes: HubOutcome::ALL
            .iter()
            .map(|o| Opt::new(o.as_str(), &o.as_str().replace('_', " "), Some("removed")))
            .collect(),
        visibilities: tdb_options(
            &DecisionVisibility::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>(),
        ),
        grounds: tdb_options(
            &DecisionGround::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>(),
        ),
        r: row(&r, now),
    })
}

/// Query of the referral page: which action just happened (a fixed message).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

/// `GET /referrals/{id}`.
pub(crate) async fn referral_get(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    csrf: CsrfToken,
    Path(id): Path<String>,
    QueryParams(query): QueryParams<DoneQuery>,
) -> Result<Response, ApiError> {
    let flash = match query.done.as_deref() {
        Some("referred") => Some(
            "Referral prepared. File it through the platform's channel, then record the times here.",
        ),
        Some("times") => Some("Times recorded."),
        Some("outcome") => Some("Outcome recorded; the referral is closed."),
        _ => None,
    };
    Ok(render(
        &referral_page(&state, &user, &csrf, &id, flash, Vec::new()).await?,
    ))
}

async fn after_form(
    state: &AppState,
    user: &CurrentUser,
    csrf: &CsrfToken,
    id: &str,
    result: Result<Referral, ApiError>,
    done: &str,
) -> Result<Response, ApiError> {
    match result {
        Ok(r) => Ok(Redirect::to(&format!(
            "/referrals/{}?done={done}",
            encode(&r.id.to_string())
        ))
        .into_response()),
        Err(ApiError::Invalid(errors)) => Ok(render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &referral_page(state, user, csrf, id, None, errors).await?,
        )),
        Err(other) => Err(other),
    }
}

/// `POST /referrals/{id}/times` (form).
pub(crate) async fn times_post(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    csrf: CsrfToken,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let request = ReferralTimesRequest {
        acknowledged_at: form.text("acknowledged_at"),
        decided_at: form.text("decided_at"),
        actioned_at: form.text("actioned_at"),
    };
    let result = match times_input(&request) {
        Ok(times) => state
            .hub
            .record_referral_times(&user.user, &id, times)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    after_form(&state, &user, &csrf, &id, result, "times").await
}

fn outcome_from_form(form: &FormData) -> OutcomeRequest {
    OutcomeRequest {
        outcome: form.text("outcome").unwrap_or_default(),
        decision_ground: form.text("decision_ground"),
        visibility: form.all("visibility"),
        account: form.text("account"),
        source_type: form.text("source_type"),
        automated: form.text("automated"),
        decided_at: form.text("decided_at"),
        note: form.text("note"),
    }
}

/// `POST /referrals/{id}/outcome` (form).
pub(crate) async fn outcome_post(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    csrf: CsrfToken,
    Path(id): Path<String>,
    Form(form): Form,
) -> Result<Response, ApiError> {
    let result = match outcome_input(outcome_from_form(&form)) {
        Ok(input) => state
            .hub
            .record_outcome(&user.user, &id, input)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    after_form(&state, &user, &csrf, &id, result, "outcome").await
}

#[derive(Template)]
#[template(path = "accountability.html")]
struct ReportsPage {
    l: Layout,
    errors: Vec<FieldError>,
    kinds: Vec<Opt>,
    formats: Vec<Opt>,
    from: String,
    to: String,
}

/// Query of the reports page.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ReportsQuery {
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    format: Option<String>,
}

/// `GET /accountability`: the form; with `kind` it runs the report (HTML shown, CSV and JSON
/// downloaded), and bad fields come back on the form.
pub(crate) async fn reports_page(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Export>,
    csrf: CsrfToken,
    QueryParams(query): QueryParams<ReportsQuery>,
) -> Result<Response, ApiError> {
    let kind_sel = query.kind.clone().unwrap_or_else(|| "burden".into());
    let format_sel = query.format.clone().unwrap_or_else(|| "html".into());
    let year = Timestamp::now().strftime("%Y").to_string();
    let mut page = ReportsPage {
        l: Layout::new("Reports", "reports", Some(&user), &csrf),
        errors: Vec::new(),
        kinds: [
            ("burden", "The bill for platforms (burden report)"),
            ("annual", "Trusted-flagger annual report (DSA Art. 22(3))"),
            ("transparency", "The hub's transparency report"),
        ]
        .iter()
        .map(|(id, label)| Opt::new(id, label, Some(kind_sel.as_str())))
        .collect(),
        formats: [
            ("html", "View (HTML)"),
            ("csv", "Download CSV"),
            ("json", "Download JSON"),
        ]
        .iter()
        .map(|(id, label)| Opt::new(id, label, Some(format_sel.as_str())))
        .collect(),
        from: query
            .from
            .clone()
            .unwrap_or_else(|| format!("{year}-01-01")),
        to: query.to.clone().unwrap_or_default(),
    };
    let Some(kind_text) = query.kind.as_deref() else {
        return Ok(render(&page));
    };
    let Some(kind) = ReportKind::parse(kind_text) else {
        page.errors = vec![FieldError::new("kind", "choose one of the reports")];
        return Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page));
    };
    let period = PeriodQuery {
        from: query.from.clone(),
        to: query.to.clone(),
        format: query.format.clone(),
    };
    let read = match period.read() {
        Ok(read) => read,
        Err(ApiError::Invalid(errors)) => {
            page.errors = errors;
            return Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
        Err(e) => return Err(e),
    };
    let format = read.2;
    match run_report(&state, &user.user, kind, read).await {
        Ok(body) => Ok(report_response(kind, format, body)),
        Err(ApiError::Invalid(errors)) => {
            page.errors = errors;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e),
    }
}
