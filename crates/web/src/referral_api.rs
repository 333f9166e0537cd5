//! The JSON API for referrals, deadlines, outcomes and the accountability reports: turning a
//! decided item into notices for platforms or a police referral, following them to an outcome,
//! and taking the bill and the annual reports out of the hub (every rendering is audited by
//! the hub as an export).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use upstander_app::{
    OutcomeInput, PoliceReferInput, ReferInput, Referral, ReferralQuery, ReferralTimes,
    RenderFormat, ReportFormat, StatementFormat, parse_period_bound,
};
use upstander_core::{Platform, Timestamp};
use upstander_referral::{
    AutomatedDecision, ChannelKind, DecisionAccount, DecisionGround, DecisionVisibility,
    HubOutcome, SourceType,
};
use utoipa::ToSchema;

use crate::auth::{Require, perm};
use crate::error::{ApiError, FieldError};
use crate::extract::{JsonBody, QueryParams};
use crate::state::AppState;

type ApiResult<T> = Result<Json<T>, ApiError>;

fn time(t: Option<Timestamp>) -> Option<String> {
    t.map(|t| t.to_string())
}

/// A referral with its deadline state.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReferralDto {
    /// Referral id.
    pub id: String,
    /// The item referred.
    pub item_id: String,
    /// The decision it acts on.
    pub decision_id: String,
    /// A platform's stable name (`x`) or `police`.
    pub target: String,
    /// Channel kind (`dsa_art16`, `in_app`, …) or `police`.
    pub channel: String,
    /// `dsa_art16`, `terms_of_service` or `police`.
    pub notice_kind: String,
    /// Canonical URLs referred.
    pub urls: Vec<String>,
    /// Decided category.
    pub category: Option<String>,
    /// Decided severity.
    pub severity: String,
    /// Who referred it.
    pub created_by: String,
    /// When (RFC 3339).
    pub created_at: String,
    /// When the channel's clock runs out.
    pub due_at: Option<String>,
    /// What the clock waits for: `acknowledgement`, `decision` or `action`.
    pub awaits: Option<String>,
    /// Whether the deadline is legal or agreed (false: the hub's own target).
    pub binding: bool,
    /// When the platform confirmed receipt.
    pub acknowledged_at: Option<String>,
    /// When the platform decided.
    pub decided_at: Option<String>,
    /// When the content was removed or restricted.
    pub actioned_at: Option<String>,
    /// When it was escalated as overdue.
    pub escalated_at: Option<String>,
    /// The outcome; absent while open.
    pub outcome: Option<String>,
    /// `manual`, `statement` or `recheck`.
    pub outcome_source: Option<String>,
    /// The latest link re-check result.
    pub last_check: Option<String>,
    /// Copies found again after removal.
    pub reuploads: u32,
    /// Whether the awaited response is (or was) late.
    pub overdue: bool,
    /// How late, in seconds.
    pub overdue_by_seconds: Option<i64>,
    /// Seconds left before the deadline, while open and on time.
    pub seconds_left: Option<i64>,
}

impl ReferralDto {
    pub(crate) fn new(r: &Referral, now: Timestamp) -> Self {
        let seconds_left = match (r.due_at, r.is_open(), r.is_overdue()) {
            (Some(due), true, false) => Some(due.duration_since(now).as_secs().max(0)),
            _ => None,
        };
        Self {
            id: r.id.to_string(),
            item_id: r.item_id.to_string(),
            decision_id: r.decision_id.to_string(),
            target: r.target.clone(),
            channel: r.channel.clone(),
            notice_kind: r.notice_kind.clone(),
            urls: r.urls.clone(),
            category: r.category.clone(),
            severity: r.severity.as_str().to_owned(),
            created_by: r.created_by.clone(),
            created_at: r.created_at.to_string(),
            due_at: time(r.due_at),
            awaits: r.awaits.clone(),
            binding: r.binding,
            acknowledged_at: time(r.acknowledged_at),
            decided_at: time(r.decided_at),
            actioned_at: time(r.actioned_at),
            escalated_at: time(r.escalated_at),
            outcome: r.outcome.clone(),
            outcome_source: r.outcome_source.clone(),
            last_check: r.last_check.clone(),
            reuploads: r.reuploads,
            overdue: r.is_overdue(),
            overdue_by_seconds: r.overdue_by_seconds,
            seconds_left,
        }
    }
}

fn dtos(referrals: &[Referral]) -> Vec<ReferralDto> {
    let now = Timestamp::now();
    referrals.iter().map(|r| ReferralDto::new(r, now)).collect()
}

/// Referring an item to platforms.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferRequest {
    /// Only this platform's links (`x`, `facebook`, …); absent refers to every platform the
    /// item's links are on.
    #[serde(default)]
    pub platform: Option<String>,
    /// Channel kind: `in_app`, `web_form`, `dsa_art16`, `trusted_flagger`, `partner`.
    #[serde(default)]
    pub channel: Option<String>,
    /// Legal grounds (taxonomy ids); empty means the decision's.
    #[serde(default)]
    pub legal_grounds: Vec<String>,
    /// Why the content is illegal or breaks the rules; absent means the decision's note.
    #[serde(default)]
    pub explanation: Option<String>,
}

/// Referring an item to the police.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PoliceReferRequest {
    /// Where the victim, target or incident is, if known.
    #[serde(default)]
    pub location: Option<String>,
    /// Candidate offences (taxonomy ids); empty means the decision's.
    #[serde(default)]
    pub legal_grounds: Vec<String>,
    /// Why, for the officer; absent means the decision's note.
    #[serde(default)]
    pub explanation: Option<String>,
}

/// Response times to record (RFC 3339 or `now`); absent leaves a time as it is.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralTimesRequest {
    /// When the platform confirmed receipt.
    #[serde(default)]
    pub acknowledged_at: Option<String>,
    /// When the platform decided.
    #[serde(default)]
    pub decided_at: Option<String>,
    /// When the content was removed or restricted.
    #[serde(default)]
    pub actioned_at: Option<String>,
}

/// A platform's response in the DSA Transparency Database's words.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeRequest {
    /// The hub's outcome (`removed`, `rejected_by_platform`, …).
    pub outcome: String,
    /// `DECISION_GROUND_ILLEGAL_CONTENT` or `DECISION_GROUND_INCOMPATIBLE_CONTENT`.
    #[serde(default)]
    pub decision_ground: Option<String>,
    /// `DECISION_VISIBILITY_…` values.
    #[serde(default)]
    pub visibility: Vec<String>,
    /// `DECISION_ACCOUNT_SUSPENDED` or `DECISION_ACCOUNT_TERMINATED`.
    #[serde(default)]
    pub account: Option<String>,
    /// `SOURCE_ARTICLE_16`, `SOURCE_TRUSTED_FLAGGER`, …
    #[serde(default)]
    pub source_type: Option<String>,
    /// `AUTOMATED_DECISION_FULLY`, `…_PARTIALLY` or `…_NOT_AUTOMATED`.
    #[serde(default)]
    pub automated: Option<String>,
    /// When the platform decided (RFC 3339); absent means now.
    #[serde(default)]
    pub decided_at: Option<String>,
    /// Anything else for the record.
    #[serde(default)]
    pub note: Option<String>,
}

/// One bad row of an imported statements file.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowErrorDto {
    /// 1-based record number.
    pub record: u64,
    /// 1-based line, when known.
    pub line: Option<u64>,
    /// The field at fault.
    pub field: Option<String>,
    /// What is wrong.
    pub reason: String,
}

/// One outcome recorded from a statement.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatementRecordedDto {
    /// The statement's 1-based position among the good rows.
    pub statement: usize,
    /// Its Transparency Database id, if given.
    pub uuid: Option<String>,
    /// The referral it answered.
    pub referral: String,
    /// The outcome recorded.
    pub outcome: String,
    /// False when it was already recorded.
    pub changed: bool,
}

/// What an import of statements of reasons did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportSummaryDto {
    /// Rows read.
    pub rows: u64,
    /// Good rows that answered a referral.
    pub matched: u64,
    /// Good rows that answered none.
    pub unmatched: u64,
    /// Bad rows.
    pub rejected: Vec<RowErrorDto>,
    /// Outcomes recorded.
    pub recorded: Vec<StatementRecordedDto>,
}

/// Query of the referral listing.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ReferralListQuery {
    #[serde(default)]
    pub item: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub open: Option<String>,
    #[serde(default)]
    pub overdue: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub limit: Option<String>,
}

fn flag(field: &str, value: Option<&str>) -> Result<bool, FieldError> {
    match value.map(str::trim) {
        None | Some("" | "0" | "false" | "no" | "off") => Ok(false),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some(_) => Err(FieldError::new(field, "say true or false")),
    }
}

fn nonempty(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

impl ReferralListQuery {
    /// The hub's query; every bad field is named.
    pub(crate) fn to_query(&self) -> Result<ReferralQuery, ApiError> {
        let mut errors = Vec::new();
        let mut query = ReferralQuery {
            item: nonempty(self.item.as_deref()).map(str::to_owned),
            target: nonempty(self.target.as_deref()).map(str::to_owned),
            ..ReferralQuery::default()
        };
        match flag("open", self.open.as_deref()) {
            Ok(v) => query.open_only = v,
            Err(e) => errors.push(e),
        }
        match flag("overdue", self.overdue.as_deref()) {
            Ok(v) => query.overdue_only = v,
            Err(e) => errors.push(e),
        }
        for (field, value, slot) in [
            ("from", &self.from, &mut query.from),
            ("to", &self.to, &mut query.to),
        ] {
            if let Some(text) = nonempty(value.as_deref()) {
                match parse_period_bound(field, text) {
                    Ok(t) => *slot = Some(t),
                    Err(e) => errors.extend(ApiError::from(e).fields().iter().cloned()),
                }
            }
        }
        if let Some(text) = nonempty(self.limit.as_deref()) {
            match text.parse::<u32>() {
                Ok(n) if (1..=1000).contains(&n) => query.limit = Some(n),
                _ => errors.push(FieldError::new("limit", "a whole number from 1 to 1000")),
            }
        }
        if errors.is_empty() {
            Ok(query)
        } else {
            Err(ApiError::Invalid(errors))
        }
    }
}

/// Reads a time a person typed: `now` or RFC 3339.
pub(crate) fn parse_time(field: &str, text: &str) -> Result<Timestamp, FieldError> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("now") {
        return Ok(Timestamp::now());
    }
    text.parse::<Timestamp>().or_else(|_| {
        parse_period_bound(field, text).map_err(|_| {
            FieldError::new(
                field,
                "give a time like 2026-11-28T10:30:00Z (or a day, or `now`)",
            )
        })
    })
}

/// A channel kind a referrer may choose.
pub(crate) fn parse_channel(text: &str) -> Result<ChannelKind, FieldError> {
    serde_json::from_value(serde_json::Value::String(text.trim().to_owned())).map_err(|_| {
        FieldError::new(
            "channel",
            "choose in_app, web_form, dsa_art16, trusted_flagger or partner",
        )
    })
}

pub(crate) fn refer_input(request: ReferRequest) -> Result<ReferInput, ApiError> {
    let mut errors = Vec::new();
    let platform = match nonempty(request.platform.as_deref()) {
        Some(p) => match Platform::parse(p) {
            Ok(p) => Some(p),
            Err(e) => {
                errors.push(FieldError::new("platform", e.to_string()));
                None
            }
        },
        None => None,
    };
    let channel = match nonempty(request.channel.as_deref()) {
        Some(c) => match parse_channel(c) {
            Ok(c) => Some(c),
            Err(e) => {
                errors.push(e);
                None
            }
        },
        None => None,
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    Ok(ReferInput {
        platform,
        channel,
        legal_grounds: clean_list(request.legal_grounds),
        explanation: nonempty(request.explanation.as_deref()).map(str::to_owned),
        notifier: None,
    })
}

fn clean_list(values: Vec<String>) -> Vec<String> {
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(crate) fn times_input(request: &ReferralTimesRequest) -> Result<ReferralTimes, ApiError> {
    let mut errors = Vec::new();
    let mut read = |field: &str, value: &Option<String>| match nonempty(value.as_deref()) {
        Some(text) => match parse_time(field, text) {
            Ok(t) => Some(t),
            Err(e) => {
                errors.push(e);
                None
            }
        },
        None => None,
    };
    let times = ReferralTimes {
        acknowledged_at: read("acknowledged_at", &request.acknowledged_at),
        decided_at: read("decided_at", &request.decided_at),
        actioned_at: read("actioned_at", &request.actioned_at),
    };
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }
    if times.acknowledged_at.is_none() && times.decided_at.is_none() && times.actioned_at.is_none()
    {
        return Err(ApiError::field(
            "acknowledged_at",
            "give at least one time (acknowledged, decided or actioned)",
        ));
    }
    Ok(times)
}

pub(crate) fn outcome_input(request: OutcomeRequest) -> Result<OutcomeInput, ApiError> {
    let mut errors = Vec::new();
    let mut one = |field: &str, result: Result<(), String>| {
        if let Err(message) = result {
            errors.push(FieldError::new(field, message));
        }
    };
    let mut outcome = None;
    one(
        "outcome",
        HubOutcome::parse(request.outcome.trim()).map(|v| outcome = Some(v)),
    );
    let mut decision_ground = None;
    if let Some(t) = nonempty(request.decision_ground.as_deref()) {
        one(
            "decision_ground",
            DecisionGround::parse(t).map(|v| decision_ground = Some(v)),
        );
    }
    let mut visibility = Vec::new();
    for (i, t) in request.visibility.iter().enumerate() {
        if t.trim().is_empty() {
            continue;
        }
        one(
            &format!("visibility[{i}]"),
            DecisionVisibility::parse(t).map(|v| visibility.push(v)),
        );
    }
    let mut account = None;
    if let Some(t) = nonempty(request.account.as_deref()) {
        one(
            "account",
            DecisionAccount::parse(t).map(|v| account = Some(v)),
        );
    }
    let mut source_type = None;
    if let Some(t) = nonempty(request.source_type.as_deref()) {
        one(
            "source_type",
            SourceType::parse(t).map(|v| source_type = Some(v)),
        );
    }
    let mut automated = None;
    if let Some(t) = nonempty(request.automated.as_deref()) {
        one(
            "automated",
            AutomatedDecision::parse(t).map(|v| automated = Some(v)),
        );
    }
    let mut decided_at = None;
    if let Some(t) = nonempty(request.decided_at.as_deref()) {
        match parse_time("decided_at", t) {
            Ok(v) => decided_at = Some(v),
            Err(e) => errors.push(e),
        }
    }
    match outcome {
        Some(outcome) if errors.is_empty() => Ok(OutcomeInput {
            outcome,
            decision_ground,
            visibility,
            account,
            source_type,
            automated,
            decided_at,
            note: nonempty(request.note.as_deref()).map(str::to_owned),
        }),
        _ => Err(ApiError::Invalid(errors)),
    }
}

/// `POST /api/v1/items/{id}/referrals`: notices to the platforms the item's links are on.
pub(crate) async fn refer(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<ReferRequest>,
) -> Result<Response, ApiError> {
    let input = refer_input(request)?;
    let referrals = state.hub.refer(&user.user, &id, input).await?;
    Ok((StatusCode::CREATED, Json(dtos(&referrals))).into_response())
}

/// `POST /api/v1/items/{id}/police-referral`: a police referral with its evidence bundle.
pub(crate) async fn refer_police(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<PoliceReferRequest>,
) -> Result<Response, ApiError> {
    let input = PoliceReferInput {
        location: nonempty(request.location.as_deref()).map(str::to_owned),
        legal_grounds: clean_list(request.legal_grounds),
        explanation: nonempty(request.explanation.as_deref()).map(str::to_owned),
        referrer: None,
    };
    let referral = state.hub.refer_police(&user.user, &id, input).await?;
    Ok((
        StatusCode::CREATED,
        Json(ReferralDto::new(&referral, Timestamp::now())),
    )
        .into_response())
}

/// `GET /api/v1/referrals`: referrals with filters.
pub(crate) async fn list(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    QueryParams(query): QueryParams<ReferralListQuery>,
) -> ApiResult<Vec<ReferralDto>> {
    let referrals = state.hub.referrals(&user.user, &query.to_query()?).await?;
    Ok(Json(dtos(&referrals)))
}

/// `GET /api/v1/referrals/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::ViewQueue>,
    Path(id): Path<String>,
) -> ApiResult<ReferralDto> {
    let referral = state.hub.referral(&user.user, &id).await?;
    Ok(Json(ReferralDto::new(&referral, Timestamp::now())))
}

/// One part of a police referral's evidence bundle, re-verified against its manifest.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvidencePartDto {
    /// File name in the bundle (`content.txt`, `metadata.json`).
    pub name: String,
    /// `content`, `metadata`, `screenshot` or `other`.
    pub role: String,
    /// Media type.
    pub media_type: String,
    /// SHA-256 of the exact bytes, lower-case hex (as in the manifest).
    pub sha256: String,
    /// Size in bytes.
    pub size: usize,
    /// The bytes as text, when they are UTF-8 (content and metadata always are).
    pub text: Option<String>,
}

/// `GET /api/v1/referrals/{id}/evidence`: a police referral's evidence bundle (audited).
pub(crate) async fn evidence(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    Path(id): Path<String>,
) -> ApiResult<Vec<EvidencePartDto>> {
    use sha2::{Digest, Sha256};
    let parts = state.hub.evidence(&user.user, &id).await?;
    Ok(Json(
        parts
            .into_iter()
            .map(|p| EvidencePartDto {
                sha256: Sha256::digest(&p.bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
                size: p.bytes.len(),
                role: p.role.as_str().to_owned(),
                media_type: p.media_type,
                text: String::from_utf8(p.bytes).ok(),
                name: p.name,
            })
            .collect(),
    ))
}

/// Query naming an output format.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct FormatQuery {
    #[serde(default)]
    pub format: Option<String>,
}

/// The content type for a rendering.
fn render_type(format: RenderFormat) -> &'static str {
    match format {
        RenderFormat::Json => "application/json",
        RenderFormat::Text => "text/plain; charset=utf-8",
        RenderFormat::Html => "text/html; charset=utf-8",
    }
}

/// `GET /api/v1/referrals/{id}/notice?format=json|text|html`: the notice as stored, rendered
/// (audited as an export).
pub(crate) async fn render(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    Path(id): Path<String>,
    QueryParams(query): QueryParams<FormatQuery>,
) -> Result<Response, ApiError> {
    let format = RenderFormat::parse(nonempty(query.format.as_deref()).unwrap_or("json"))?;
    let body = state.hub.render_referral(&user.user, &id, format).await?;
    let mut response = ([(header::CONTENT_TYPE, render_type(format))], body).into_response();
    if format == RenderFormat::Html {
        printable(&mut response);
    }
    Ok(response)
}

/// `POST /api/v1/referrals/{id}/times`: acknowledgement, decision and action times.
pub(crate) async fn record_times(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<ReferralTimesRequest>,
) -> ApiResult<ReferralDto> {
    let times = times_input(&request)?;
    let referral = state
        .hub
        .record_referral_times(&user.user, &id, times)
        .await?;
    Ok(Json(ReferralDto::new(&referral, Timestamp::now())))
}

/// `POST /api/v1/referrals/{id}/outcome`: the platform's response, by hand.
pub(crate) async fn record_outcome(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<OutcomeRequest>,
) -> ApiResult<ReferralDto> {
    let input = outcome_input(request)?;
    let referral = state.hub.record_outcome(&user.user, &id, input).await?;
    Ok(Json(ReferralDto::new(&referral, Timestamp::now())))
}

/// `POST /api/v1/referrals/escalate`: marks every overdue open referral once.
pub(crate) async fn escalate(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
) -> ApiResult<Vec<ReferralDto>> {
    let escalated = state.hub.escalate_overdue(&user.user).await?;
    Ok(Json(dtos(&escalated)))
}

/// `POST /api/v1/statements`: a statements-of-reasons file as the body (`text/csv` or
/// `application/json`, or `?format=`), within the request size limit.
pub(crate) async fn import_statements(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Refer>,
    QueryParams(query): QueryParams<FormatQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<ImportSummaryDto> {
    let format = match nonempty(query.format.as_deref()) {
        Some("csv") => StatementFormat::Csv,
        Some("json" | "jsonl" | "ndjson") => StatementFormat::Json,
        Some(_) => return Err(ApiError::field("format", "say csv or json")),
        None => {
            let content_type = headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_ascii_lowercase();
            if content_type.starts_with("text/csv") {
                StatementFormat::Csv
            } else if content_type.contains("json") {
                StatementFormat::Json
            } else {
                return Err(ApiError::UnsupportedMediaType(
                    "a statements file as text/csv or application/json",
                ));
            }
        }
    };
    if body.is_empty() {
        return Err(ApiError::field("body", "the file is empty"));
    }
    let summary = state
        .hub
        .import_statements(&user.user, &body, format)
        .await?;
    Ok(Json(ImportSummaryDto {
        rows: summary.rows,
        matched: summary.matched,
        unmatched: summary.unmatched,
        rejected: summary
            .rejected
            .into_iter()
            .map(|r| RowErrorDto {
                record: r.record,
                line: r.line,
                field: r.field,
                reason: r.reason,
            })
            .collect(),
        recorded: summary
            .recorded
            .into_iter()
            .map(|r| StatementRecordedDto {
                statement: r.statement,
                uuid: r.uuid,
                referral: r.referral.to_string(),
                outcome: r.outcome.as_str().to_owned(),
                changed: r.changed,
            })
            .collect(),
    }))
}

/// Query of the reports: a period and a format.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct PeriodQuery {
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub format: Option<String>,
}

/// Which accountability report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReportKind {
    Burden,
    Annual,
    Transparency,
}

impl ReportKind {
    pub(crate) fn parse(text: &str) -> Option<Self> {
        match text {
            "burden" => Some(Self::Burden),
            "annual" => Some(Self::Annual),
            "transparency" => Some(Self::Transparency),
            _ => None,
        }
    }

    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Burden => "burden",
            Self::Annual => "annual",
            Self::Transparency => "transparency",
        }
    }
}

impl PeriodQuery {
    /// The period and format; every bad field is named.
    pub(crate) fn read(&self) -> Result<(Timestamp, Timestamp, ReportFormat), ApiError> {
        let mut errors = Vec::new();
        let mut bound = |field: &str, value: &Option<String>| match nonempty(value.as_deref()) {
            Some(text) => match parse_period_bound(field, text) {
                Ok(t) => Some(t),
                Err(e) => {
                    errors.extend(ApiError::from(e).fields().iter().cloned());
                    None
                }
            },
            None => {
                errors.push(FieldError::new(field, "give a day like 2026-01-01"));
                None
            }
        };
        let from = bound("from", &self.from);
        let to = bound("to", &self.to);
        let format = match ReportFormat::parse(nonempty(self.format.as_deref()).unwrap_or("json")) {
            Ok(f) => Some(f),
            Err(e) => {
                errors.extend(ApiError::from(e).fields().iter().cloned());
                None
            }
        };
        match (from, to, format) {
            (Some(from), Some(to), Some(format)) if errors.is_empty() => {
                if to <= from {
                    Err(ApiError::field("to", "must come after the start"))
                } else {
                    Ok((from, to, format))
                }
            }
            _ => Err(ApiError::Invalid(errors)),
        }
    }
}

/// Runs a report (the hub audits it as an export).
pub(crate) async fn run_report(
    state: &AppState,
    user: &upstander_core::User,
    kind: ReportKind,
    (from, to, format): (Timestamp, Timestamp, ReportFormat),
) -> Result<String, ApiError> {
    let hub = &state.hub;
    Ok(match kind {
        ReportKind::Burden => hub.burden_report(user, from, to, format).await?,
        ReportKind::Annual => hub.trusted_flagger_report(user, from, to, format).await?,
        ReportKind::Transparency => hub.transparency_report(user, from, to, format).await?,
    })
}

/// A report as a response of the right type, offered as a download for CSV.
pub(crate) fn report_response(kind: ReportKind, format: ReportFormat, body: String) -> Response {
    let content_type = match format {
        ReportFormat::Html => "text/html; charset=utf-8",
        ReportFormat::Csv => "text/csv; charset=utf-8",
        ReportFormat::Json => "application/json",
    };
    let disposition = format!(
        "{}; filename=\"{}-report.{}\"",
        if format == ReportFormat::Html {
            "inline"
        } else {
            "attachment"
        },
        kind.as_str(),
        format.as_str()
    );
    let mut response = (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response();
    if format == ReportFormat::Html {
        printable(&mut response);
    }
    response
}

/// Printable documents carry their own styles (and SVG charts) inline; they get a policy that
/// allows those and still no script, no outside resource and no framing.
fn printable(response: &mut Response) {
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        axum::http::HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ),
    );
}

async fn report(
    state: AppState,
    user: upstander_core::User,
    kind: ReportKind,
    query: PeriodQuery,
) -> Result<Response, ApiError> {
    let period = query.read()?;
    let format = period.2;
    let body = run_report(&state, &user, kind, period).await?;
    Ok(report_response(kind, format, body))
}

/// `GET /api/v1/reporting/burden?from=&to=&format=`: the bill for platforms.
pub(crate) async fn burden(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Export>,
    QueryParams(query): QueryParams<PeriodQuery>,
) -> Result<Response, ApiError> {
    report(state, user.user, ReportKind::Burden, query).await
}

/// `GET /api/v1/reporting/annual?from=&to=&format=`: the DSA Art. 22(3) trusted-flagger report.
pub(crate) async fn annual(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Export>,
    QueryParams(query): QueryParams<PeriodQuery>,
) -> Result<Response, ApiError> {
    report(state, user.user, ReportKind::Annual, query).await
}

/// `GET /api/v1/reporting/transparency?from=&to=&format=`: the hub's transparency report.
pub(crate) async fn transparency(
    State(state): State<AppState>,
    Require(user, ..): Require<perm::Export>,
    QueryParams(query): QueryParams<PeriodQuery>,
) -> Result<Response, ApiError> {
    report(state, user.user, ReportKind::Transparency, query).await
}
