//! The JSON API under `/api/v1`: everything the pages do, for programs.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use upstander_app::{ItemView, SecondReviewInput};

use crate::auth::{CurrentUser, Require, SESSION_COOKIE, perm, set_cookie};
use crate::dto::{
    AppealRequest, AuditEntryDto, AuditVerifyDto, ClaimDto, DecisionDto, DecisionRequest,
    HealthDto, IdentityDto, ItemDto, LoginRequest, NoteDto, NoteRequest, PostDto, QueueEntryDto,
    ReopenRequest, ReportReceiptDto, ReportRequest, ReportStatusDto, ReportSummaryDto,
    SecondReviewRequest, SessionDto, SpanDto, TokenDto, TokenRequest, UserDto,
};
use crate::error::ApiError;
use crate::extract::{JsonBody, PeerAddr, QueryParams};
use crate::input::{decision_input, new_report};
use crate::pages::review::QueueQuery;
use crate::state::AppState;

type ApiResult<T> = Result<Json<T>, ApiError>;

/// The body of actions that return nothing else.
fn ok() -> Json<HealthDto> {
    Json(HealthDto {
        status: "ok".into(),
    })
}

/// `POST /api/v1/reports`: a public report (no account; rate-limited per address).
pub(crate) async fn submit_report(
    State(state): State<AppState>,
    PeerAddr(peer): PeerAddr,
    JsonBody(request): JsonBody<ReportRequest>,
) -> Result<Response, ApiError> {
    if !state.limiter.allow(peer) {
        return Err(ApiError::RateLimited);
    }
    let receipt = state.hub.submit_report(new_report(request)?).await?;
    Ok((
        StatusCode::CREATED,
        Json(ReportReceiptDto {
            reference: receipt.reference.to_string(),
        }),
    )
        .into_response())
}

/// `GET /api/v1/reports/{reference}`: the public status of a report.
pub(crate) async fn report_status(
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> ApiResult<ReportStatusDto> {
    Ok(Json(state.hub.report_status(&reference).await?.into()))
}

/// `POST /api/v1/reports/{reference}/appeal`.
pub(crate) async fn appeal(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    JsonBody(request): JsonBody<AppealRequest>,
) -> ApiResult<ReportStatusDto> {
    state.hub.appeal(&reference, request.reason).await?;
    Ok(Json(state.hub.report_status(&reference).await?.into()))
}

/// `POST /api/v1/reports/{reference}/identity`: the reporter's contact details (audited).
pub(crate) async fn identity(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewReporterIdentity>,
    Path(reference): Path<String>,
) -> ApiResult<IdentityDto> {
    let c = state.hub.reporter_identity(&user.user, &reference).await?;
    Ok(Json(IdentityDto {
        name: c.name,
        email: c.email,
        phone: c.phone,
    }))
}

/// `POST /api/v1/session`: signs in; the session travels in an HttpOnly cookie.
pub(crate) async fn login(
    State(state): State<AppState>,
    PeerAddr(peer): PeerAddr,
    JsonBody(request): JsonBody<LoginRequest>,
) -> Result<Response, ApiError> {
    let session = state
        .hub
        .login(&request.username, &request.password, &format!("api {peer}"))
        .await?;
    let body = SessionDto {
        user: UserDto::from(&session.user),
        csrf_token: session.csrf_token.clone(),
        expires_at: session.expires_at.to_string(),
    };
    let mut response = Json(body).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            SESSION_COOKIE,
            &session.token,
            None,
            state.config.secure_cookies,
        ),
    );
    Ok(response)
}

/// `POST /api/v1/logout`.
pub(crate) async fn logout(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, ApiError> {
    if let Some(token) = user.session_token() {
        state.hub.logout(token).await?;
    }
    let mut response = ok().into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", Some(0), state.config.secure_cookies),
    );
    Ok(response)
}

/// `GET /api/v1/me`.
pub(crate) async fn me(user: CurrentUser) -> Json<UserDto> {
    Json(UserDto::from(&user.user))
}

/// `POST /api/v1/tokens`: a new API token for the caller, shown once.
pub(crate) async fn create_token(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(request): JsonBody<TokenRequest>,
) -> Result<Response, ApiError> {
    let token = state
        .hub
        .create_api_token(&user.user, &request.label)
        .await?;
    Ok((StatusCode::CREATED, Json(TokenDto { token })).into_response())
}

/// `GET /api/v1/queue`.
pub(crate) async fn queue(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    QueryParams(query): QueryParams<QueueQuery>,
) -> ApiResult<Vec<QueueEntryDto>> {
    let entries = state.hub.queue_view(&user.user, &query.filter()?).await?;
    Ok(Json(
        entries
            .iter()
            .map(|e| {
                QueueEntryDto::new(
                    &e.item,
                    e.claimed_by.clone(),
                    e.claim_expires_at,
                    e.due_at,
                    e.report_count,
                )
            })
            .collect(),
    ))
}

fn item_dto(view: &ItemView) -> ItemDto {
    let item = &view.detail.item;
    let a = &item.assessment;
    ItemDto {
        id: item.id.to_string(),
        status: item.status.as_str().to_owned(),
        post: PostDto::from(&item.representative),
        severity: a.severity.as_str().to_owned(),
        score: a.score,
        categories: a.categories.iter().map(|c| c.id.clone()).collect(),
        targets: a.targets.clone(),
        spans: a
            .spans
            .iter()
            .map(|s| SpanDto {
                start: s.start,
                end: s.end,
                signal: s.signal.clone(),
                text: s.text.clone(),
            })
            .collect(),
        explanation: a.explanation.clone(),
        copies: view.detail.copies.iter().map(PostDto::from).collect(),
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
                at: n.at.to_string(),
                text: n.text.clone(),
            })
            .collect(),
        reports: view.reports.iter().map(ReportSummaryDto::from).collect(),
        author_items: view
            .author_items
            .iter()
            .map(|i| QueueEntryDto::new(i, None, None, None, 0))
            .collect(),
        claim: view.claim.as_ref().map(ClaimDto::from),
        pending_second_review: view.pending_second_review.as_ref().map(DecisionDto::from),
    }
}

/// `GET /api/v1/items/{id}`.
pub(crate) async fn item(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    Path(id): Path<String>,
) -> ApiResult<ItemDto> {
    let view = state.hub.item_view(&user.user, &id).await?;
    if let Some(token) = user.session_token() {
        state.hub.note_item_seen(token).await?;
    }
    Ok(Json(item_dto(&view)))
}

/// `POST /api/v1/items/{id}/claim`.
pub(crate) async fn claim(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
) -> ApiResult<ClaimDto> {
    let claim = state.hub.claim(&user.user, &id).await?;
    Ok(Json(ClaimDto::from(&claim)))
}

/// `POST /api/v1/items/{id}/release`.
pub(crate) async fn release(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
) -> ApiResult<HealthDto> {
    state.hub.release(&user.user, &id).await?;
    Ok(ok())
}

/// `POST /api/v1/items/{id}/skip`.
pub(crate) async fn skip(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
) -> ApiResult<HealthDto> {
    state.hub.skip(&user.user, &id).await?;
    // `id` may be a prefix: remember the full id, which is what the queue lists.
    let view = state.hub.item_view(&user.user, &id).await?;
    state.note_skip(&user.session_key(), &view.detail.item.id.to_string());
    Ok(ok())
}

/// `POST /api/v1/items/{id}/decision`.
pub(crate) async fn decide(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<DecisionRequest>,
) -> Result<Response, ApiError> {
    let decision = state
        .hub
        .decide_as(&user.user, &id, decision_input(request))
        .await?;
    Ok((StatusCode::CREATED, Json(DecisionDto::from(&decision))).into_response())
}

/// `POST /api/v1/items/{id}/second-review`.
pub(crate) async fn second_review(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::SecondReview>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<SecondReviewRequest>,
) -> ApiResult<ItemDto> {
    state
        .hub
        .second_review(
            &user.user,
            &id,
            SecondReviewInput {
                approve: request.approve,
                note: request.note,
            },
        )
        .await?;
    Ok(Json(item_dto(&state.hub.item_view(&user.user, &id).await?)))
}

/// `POST /api/v1/items/{id}/notes`.
pub(crate) async fn add_note(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<NoteRequest>,
) -> Result<Response, ApiError> {
    let note = state.hub.add_note(&user.user, &id, &request.text).await?;
    Ok((
        StatusCode::CREATED,
        Json(NoteDto {
            author: note.author,
            at: note.at.to_string(),
            text: note.text,
        }),
    )
        .into_response())
}

/// `POST /api/v1/items/{id}/reopen`.
pub(crate) async fn reopen(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Decide>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<ReopenRequest>,
) -> ApiResult<ItemDto> {
    state.hub.reopen(&user.user, &id, &request.reason).await?;
    Ok(Json(item_dto(&state.hub.item_view(&user.user, &id).await?)))
}

/// Query of the audit-log listing.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct AuditQuery {
    #[serde(default)]
    after: Option<u64>,
    #[serde(default)]
    limit: Option<u32>,
}

/// `GET /api/v1/audit`: entries after `after`, oldest first.
pub(crate) async fn audit(
    State(state): State<AppState>,
    Require(_user, ..): Require<perm::ViewAudit>,
    QueryParams(query): QueryParams<AuditQuery>,
) -> ApiResult<Vec<AuditEntryDto>> {
    let (after, limit) = (
        query.after.unwrap_or(0),
        query.limit.unwrap_or(100).clamp(1, 1000),
    );
    let entries = state.hub.audit_log(after, limit).await?;
    Ok(Json(entries.iter().map(AuditEntryDto::from).collect()))
}

/// `GET /api/v1/audit/verify`: checks the whole chain.
pub(crate) async fn audit_verify(
    State(state): State<AppState>,
    Require(_user, ..): Require<perm::ViewAudit>,
) -> ApiResult<AuditVerifyDto> {
    Ok(Json(match state.hub.verify_audit().await {
        Ok(report) => AuditVerifyDto {
            ok: true,
            entries: report.entries,
            last_hash: Some(report.last_hash),
            broken_at: None,
            reason: None,
        },
        Err(upstander_app::AppError::AuditBroken { seq, reason }) => AuditVerifyDto {
            ok: false,
            entries: 0,
            last_hash: None,
            broken_at: Some(seq),
            reason: Some(reason),
        },
        Err(e) => return Err(e.into()),
    }))
}

/// `GET /healthz`: the process is up.
pub(crate) async fn healthz() -> Json<HealthDto> {
    Json(HealthDto {
        status: "ok".into(),
    })
}

/// `GET /readyz`: the store answers.
pub(crate) async fn readyz(State(state): State<AppState>) -> Response {
    match state.hub.counts().await {
        Ok(_) => Json(HealthDto {
            status: "ok".into(),
        })
        .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "readiness check: store unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(HealthDto {
                    status: "store unreachable".into(),
                }),
            )
                .into_response()
        }
    }
}
