//! Upstander's web front end: the public report form and status page, the reviewers' pages,
//! the JSON API under `/api/v1` and its OpenAPI document, all on one axum [`Router`].
//!
//! Every handler calls the app crate's [`Hub`]; this crate holds no business rule and no SQL
//! (it does not depend on the store crate). It owns HTTP concerns only: the route table,
//! request parsing with field-level errors ([`ApiError`]), sign-in cookies, bearer tokens and
//! CSRF ([`auth`]), per-address rate limiting of public reports, security headers, askama
//! templates with htmx vendored and embedded, and the OpenAPI document built from the same
//! route table the router is built from.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod api;
mod assets;
pub mod auth;
mod config;
mod dto;
mod error;
mod extract;
mod forms;
mod input;
mod openapi;
mod pages;
mod rate;
mod referral_api;
pub mod routes;
mod state;
mod view;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};
use upstander_app::Hub;
use upstander_core::Permission as P;

pub use config::WebConfig;
pub use error::{ApiError, ErrorBody, ErrorDetail, FieldError};
pub use forms::FormData;
pub use routes::{Access, Kind, RouteDoc, Verb};
pub use state::AppState;

use routes::Routes;

/// Content-Security-Policy: only our own files; no inline script or style, no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

fn table() -> Routes {
    use api as a;
    use pages::public as p;
    use pages::referrals as rp;
    use pages::review as r;
    use referral_api as ra;
    Routes::new()
        // Health and documents.
        .add(
            RouteDoc::get("/healthz", "Liveness: the process answers").plain(),
            a::healthz,
        )
        .add(
            RouteDoc::get("/readyz", "Readiness: the store answers").plain(),
            a::readyz,
        )
        .add(
            RouteDoc::get("/static/{file}", "A static file (CSS, JavaScript, htmx)").plain(),
            assets::file,
        )
        // Public pages.
        .add(RouteDoc::get("/", "Start page"), p::home)
        .add(
            RouteDoc::get("/report", "Public report form"),
            p::report_form,
        )
        .add(
            RouteDoc::post("/report", "Submit a public report (form)"),
            p::report_submit,
        )
        .add(
            RouteDoc::get("/status", "Status of a report by reference (?ref=)"),
            p::status_page,
        )
        .add(
            RouteDoc::post(
                "/status/appeal",
                "Ask for a fresh review of a report's outcome",
            ),
            p::status_appeal,
        )
        .add(RouteDoc::get("/login", "Sign-in form"), p::login_form)
        .add(RouteDoc::post("/login", "Sign in (form)"), p::login_submit)
        .add(RouteDoc::post("/logout", "Sign out").signed_in(), p::logout)
        // Reviewers' pages.
        .add(
            RouteDoc::get("/queue", "Review queue with filters").needs(P::ViewQueue),
            r::queue_page,
        )
        .add(
            RouteDoc::get("/items/{id}", "Item page").needs(P::ViewQueue),
            r::item_page_get,
        )
        .add(
            RouteDoc::post("/items/{id}/claim", "Claim an item").needs(P::Decide),
            r::item_claim,
        )
        .add(
            RouteDoc::post("/items/{id}/release", "Release a claim").needs(P::Decide),
            r::item_release,
        )
        .add(
            RouteDoc::post("/items/{id}/skip", "Skip an item for this shift").needs(P::Decide),
            r::item_skip,
        )
        .add(
            RouteDoc::post("/items/{id}/decide", "Record a decision (form)").needs(P::Decide),
            r::item_decide,
        )
        .add(
            RouteDoc::post(
                "/items/{id}/second-review",
                "Second review of an S3/S4 decision (form)",
            )
            .needs(P::SecondReview),
            r::item_second_review,
        )
        .add(
            RouteDoc::post("/items/{id}/notes", "Add a note (form)").needs(P::Decide),
            r::item_note,
        )
        .add(
            RouteDoc::post("/items/{id}/reopen", "Reopen an item (form)").needs(P::Decide),
            r::item_reopen,
        )
        .add(
            RouteDoc::post(
                "/reports/{reference}/identity",
                "Reveal a reporter's contact details (audited; HTML fragment)",
            )
            .needs(P::ViewReporterIdentity),
            r::identity_fragment,
        )
        .add(
            RouteDoc::get("/audit", "Audit log: chain check and recent entries")
                .needs(P::ViewAudit),
            r::audit_page,
        )
        .add(
            RouteDoc::get("/account", "Your account and API tokens").signed_in(),
            r::account_page,
        )
        .add(
            RouteDoc::post("/account/tokens", "Create an API token (form)").signed_in(),
            r::account_token,
        )
        // Referral pages.
        .add(
            RouteDoc::post("/items/{id}/refer", "Refer a decided item (form)").needs(P::Refer),
            rp::item_refer,
        )
        .add(
            RouteDoc::get("/referrals", "Referrals with deadlines and filters").needs(P::ViewQueue),
            rp::referrals_page,
        )
        .add(
            RouteDoc::post("/referrals/escalate", "Escalate overdue referrals (form)")
                .needs(P::Refer),
            rp::escalate,
        )
        .add(
            RouteDoc::get("/referrals/{id}", "A referral, its notice and its response")
                .needs(P::ViewQueue),
            rp::referral_get,
        )
        .add(
            RouteDoc::post("/referrals/{id}/times", "Record response times (form)").needs(P::Refer),
            rp::times_post,
        )
        .add(
            RouteDoc::post("/referrals/{id}/outcome", "Record an outcome (form)").needs(P::Refer),
            rp::outcome_post,
        )
        .add(
            RouteDoc::get(
                "/accountability",
                "Burden, annual and transparency reports (form; ?kind=&from=&to=&format=)",
            )
            .needs(P::Export),
            rp::reports_page,
        )
        // JSON API.
        .add(
            RouteDoc::post("/api/v1/reports", "Submit a public report")
                .created()
                .json(Some("ReportRequest"), "ReportReceiptDto"),
            a::submit_report,
        )
        .add(
            RouteDoc::get("/api/v1/reports/{reference}", "Public status of a report")
                .json(None, "ReportStatusDto"),
            a::report_status,
        )
        .add(
            RouteDoc::post(
                "/api/v1/reports/{reference}/appeal",
                "Appeal a report's outcome",
            )
            .json(Some("AppealRequest"), "ReportStatusDto"),
            a::appeal,
        )
        .add(
            RouteDoc::post(
                "/api/v1/reports/{reference}/identity",
                "A reporter's contact details (audited)",
            )
            .needs(P::ViewReporterIdentity)
            .json(None, "IdentityDto"),
            a::identity,
        )
        .add(
            RouteDoc::post("/api/v1/session", "Sign in (sets the session cookie)")
                .json(Some("LoginRequest"), "SessionDto"),
            a::login,
        )
        .add(
            RouteDoc::post("/api/v1/logout", "Sign out")
                .signed_in()
                .json(None, "HealthDto"),
            a::logout,
        )
        .add(
            RouteDoc::get("/api/v1/me", "The signed-in account")
                .signed_in()
                .json(None, "UserDto"),
            a::me,
        )
        .add(
            RouteDoc::post("/api/v1/tokens", "Create an API token")
                .signed_in()
                .created()
                .json(Some("TokenRequest"), "TokenDto"),
            a::create_token,
        )
        .add(
            RouteDoc::get("/api/v1/queue", "The queue (same filters as the page)")
                .needs(P::ViewQueue)
                .json(None, "QueueEntryDto[]"),
            a::queue,
        )
        .add(
            RouteDoc::get(
                "/api/v1/items/{id}",
                "One item with everything a reviewer needs",
            )
            .needs(P::ViewQueue)
            .json(None, "ItemDto"),
            a::item,
        )
        .add(
            RouteDoc::post("/api/v1/items/{id}/claim", "Claim an item for 30 minutes")
                .needs(P::Decide)
                .json(None, "ClaimDto"),
            a::claim,
        )
        .add(
            RouteDoc::post("/api/v1/items/{id}/release", "Release a claim")
                .needs(P::Decide)
                .json(None, "HealthDto"),
            a::release,
        )
        .add(
            RouteDoc::post("/api/v1/items/{id}/skip", "Skip an item")
                .needs(P::Decide)
                .json(None, "HealthDto"),
            a::skip,
        )
        .add(
            RouteDoc::post("/api/v1/items/{id}/decision", "Record a decision")
                .needs(P::Decide)
                .created()
                .json(Some("DecisionRequest"), "DecisionDto"),
            a::decide,
        )
        .add(
            RouteDoc::post(
                "/api/v1/items/{id}/second-review",
                "Second review of an S3/S4 decision",
            )
            .needs(P::SecondReview)
            .json(Some("SecondReviewRequest"), "ItemDto"),
            a::second_review,
        )
        .add(
            RouteDoc::post("/api/v1/items/{id}/notes", "Add a note")
                .needs(P::Decide)
                .created()
                .json(Some("NoteRequest"), "NoteDto"),
            a::add_note,
        )
        .add(
            RouteDoc::post("/api/v1/items/{id}/reopen", "Reopen an item")
                .needs(P::Decide)
                .json(Some("ReopenRequest"), "ItemDto"),
            a::reopen,
        )
        .add(
            RouteDoc::get("/api/v1/audit", "Audit entries (?after=&limit=)")
                .needs(P::ViewAudit)
                .json(None, "AuditEntryDto[]"),
            a::audit,
        )
        .add(
            RouteDoc::get("/api/v1/audit/verify", "Check the audit chain")
                .needs(P::ViewAudit)
                .json(None, "AuditVerifyDto"),
            a::audit_verify,
        )
        // Referrals, deadlines, outcomes and accountability reports.
        .add(
            RouteDoc::post(
                "/api/v1/items/{id}/referrals",
                "Refer a decided item to its platforms (one notice per platform)",
            )
            .needs(P::Refer)
            .created()
            .json(Some("ReferRequest"), "ReferralDto[]"),
            ra::refer,
        )
        .add(
            RouteDoc::post(
                "/api/v1/items/{id}/police-referral",
                "Refer a decided item to the police, with its evidence bundle",
            )
            .needs(P::Refer)
            .created()
            .json(Some("PoliceReferRequest"), "ReferralDto"),
            ra::refer_police,
        )
        .add(
            RouteDoc::get(
                "/api/v1/referrals",
                "Referrals (?item=&target=&open=&overdue=&from=&to=&limit=)",
            )
            .needs(P::ViewQueue)
            .json(None, "ReferralDto[]"),
            ra::list,
        )
        .add(
            RouteDoc::post(
                "/api/v1/referrals/escalate",
                "Escalate every overdue open referral (once each)",
            )
            .needs(P::Refer)
            .json(None, "ReferralDto[]"),
            ra::escalate,
        )
        .add(
            RouteDoc::get("/api/v1/referrals/{id}", "One referral and its deadline")
                .needs(P::ViewQueue)
                .json(None, "ReferralDto"),
            ra::show,
        )
        .add(
            RouteDoc::get(
                "/api/v1/referrals/{id}/notice",
                "The notice as stored, rendered (?format=json|text|html; audited export)",
            )
            .needs(P::Refer)
            .plain(),
            ra::render,
        )
        .add(
            RouteDoc::get(
                "/api/v1/referrals/{id}/evidence",
                "A police referral's evidence bundle, verified (audited export)",
            )
            .needs(P::Refer)
            .json(None, "EvidencePartDto[]"),
            ra::evidence,
        )
        .add(
            RouteDoc::post(
                "/api/v1/referrals/{id}/times",
                "Record acknowledgement, decision and action times",
            )
            .needs(P::Refer)
            .json(Some("ReferralTimesRequest"), "ReferralDto"),
            ra::record_times,
        )
        .add(
            RouteDoc::post(
                "/api/v1/referrals/{id}/outcome",
                "Record the platform's response (Transparency Database words)",
            )
            .needs(P::Refer)
            .json(Some("OutcomeRequest"), "ReferralDto"),
            ra::record_outcome,
        )
        .add(
            RouteDoc::post(
                "/api/v1/statements",
                "Import statements of reasons (body: text/csv or application/json, ?format=)",
            )
            .needs(P::Refer)
            .json(None, "ImportSummaryDto"),
            ra::import_statements,
        )
        .add(
            RouteDoc::get(
                "/api/v1/reporting/burden",
                "The bill for platforms (?from=&to=&format=html|csv|json; audited export)",
            )
            .needs(P::Export)
            .plain(),
            ra::burden,
        )
        .add(
            RouteDoc::get(
                "/api/v1/reporting/annual",
                "DSA Art. 22(3) trusted-flagger report (?from=&to=&format=; audited export)",
            )
            .needs(P::Export)
            .plain(),
            ra::annual,
        )
        .add(
            RouteDoc::get(
                "/api/v1/reporting/transparency",
                "The hub's transparency report (?from=&to=&format=; audited export)",
            )
            .needs(P::Export)
            .plain(),
            ra::transparency,
        )
}

/// The OpenAPI document's own route: added last, once the rest of the table is known.
const OPENAPI_ROUTE: RouteDoc = RouteDoc::get("/api/openapi.json", "This OpenAPI document").plain();

/// Every route the router serves, as documented.
#[must_use]
pub fn route_table() -> Vec<RouteDoc> {
    let mut docs = table().docs;
    docs.push(OPENAPI_ROUTE);
    docs
}

/// The OpenAPI 3.1 document as JSON.
#[must_use]
pub fn openapi_json() -> String {
    openapi::document(&route_table())
        .to_pretty_json()
        .unwrap_or_else(|_| "{}".to_owned())
}

async fn not_found() -> Response {
    ApiError::NotFound.into_response()
}

/// The whole web application on `hub`.
pub fn router(hub: Hub, config: WebConfig) -> Router {
    let state = AppState::new(hub, config);
    let routes = table();
    let doc: Arc<str> = Arc::from(openapi_json());
    let body_limit = state.config.max_body_bytes;
    let timeout = state.config.request_timeout;
    let routes = routes.add(OPENAPI_ROUTE, move || {
        let doc = Arc::clone(&doc);
        async move {
            (
                [(header::CONTENT_TYPE, "application/json")],
                doc.to_string(),
            )
        }
    });
    let router = routes
        .router
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::authenticate,
        ))
        .layer(axum::middleware::from_fn(pages::html_errors))
        .layer(RequestBodyLimitLayer::new(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ));
    security_headers(router)
        .layer(
            // One structured line per request (method, path, status, latency) at info;
            // query strings are left out: status links carry report references.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %request.uri().path(),
                    )
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO))
                .on_failure(DefaultOnFailure::new().level(tracing::Level::WARN)),
        )
        .with_state(state)
}

fn security_headers(router: Router<AppState>) -> Router<AppState> {
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // Status links carry the reference number: never leak it to other sites.
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        // Pages show sensitive material: no shared caches (static files set their own).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Serves `router` on `listener` until `shutdown` completes, then lets requests in flight
/// finish.
///
/// # Errors
/// The listener fails.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
