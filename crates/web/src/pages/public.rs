//! Pages anyone can use: the start page, the report form, the status lookup, sign-in.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::{CsrfToken, CurrentUser, MaybeUser, SESSION_COOKIE, set_cookie};
use crate::dto::ReportStatusDto;
use crate::error::{ApiError, FieldError};
use crate::extract::{Form, PeerAddr, QueryParams};
use crate::input::{ReportValues, new_report};
use crate::state::AppState;
use crate::view::{Layout, Opt, group_options, public_category_options, render, render_with};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    l: Layout,
}

/// `GET /`: the start page.
pub(crate) async fn home(MaybeUser(user): MaybeUser, csrf: CsrfToken) -> Response {
    render(&HomePage {
        l: Layout::new("Report online hate", "home", user.as_ref(), &csrf),
    })
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    l: Layout,
    v: ReportValues,
    errors: Vec<FieldError>,
    kinds: Vec<Opt>,
    groups: Vec<Opt>,
}

impl ReportPage {
    fn errs(&self, field: &str) -> Vec<&str> {
        self.errors
            .iter()
            .filter(|e| e.field == field || e.field.starts_with(&format!("{field}[")))
            .map(|e| e.message.as_str())
            .collect()
    }

    fn has_err(&self, field: &str) -> bool {
        !self.errs(field).is_empty()
    }

    /// The element id to jump to for an error on `field`.
    fn anchor(&self, field: &str) -> &'static str {
        let base = field.split(['[', '.']).next().unwrap_or_default();
        match (base, field) {
            (_, "contact.name") => "contact_name",
            (_, "contact.email") => "contact_email",
            (_, "contact.phone") => "contact_phone",
            ("urls", _) => "urls",
            ("text", _) => "text",
            ("description", _) => "description",
            ("hate_kind", _) => "hate_kind",
            ("target_group", _) => "target_group",
            ("reporter_role", _) => "reporter_role",
            _ => "contact",
        }
    }
}

fn report_page(
    state: &AppState,
    user: Option<&CurrentUser>,
    csrf: &CsrfToken,
    v: ReportValues,
    errors: Vec<FieldError>,
) -> ReportPage {
    let taxonomy = &state.hub.detection().taxonomy;
    let kind = Some(v.hate_kind.as_str());
    let group = Some(v.target_group.as_str());
    ReportPage {
        l: Layout::new("Report a hateful post", "report", user, csrf).narrow(),
        kinds: public_category_options(taxonomy, kind),
        groups: group_options(taxonomy, group),
        v,
        errors,
    }
}

/// `GET /report`: the report form.
pub(crate) async fn report_form(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    csrf: CsrfToken,
) -> Response {
    let values = ReportValues {
        reporter_role: "witness".into(),
        ..ReportValues::default()
    };
    render(&report_page(
        &state,
        user.as_ref(),
        &csrf,
        values,
        Vec::new(),
    ))
}

#[derive(Template)]
#[template(path = "report_done.html")]
struct ReportDonePage {
    l: Layout,
    reference: String,
}

/// `POST /report`: takes a report; errors come back field by field in the form (422).
pub(crate) async fn report_submit(
    State(state): State<AppState>,
    PeerAddr(peer): PeerAddr,
    MaybeUser(user): MaybeUser,
    csrf: CsrfToken,
    Form(form): Form,
) -> Response {
    let values = ReportValues::from_form(&form);
    let done = |reference: String| {
        render(&ReportDonePage {
            l: Layout::new("Report received", "report", user.as_ref(), &csrf).narrow(),
            reference,
        })
    };
    // A bot that fills the hidden field gets what looks like success, and nothing is kept.
    if form.text("website").is_some() {
        tracing::info!(%peer, "honeypot field filled: report dropped");
        return done(decoy_reference());
    }
    if !state.limiter.allow(peer) {
        return ApiError::RateLimited.into_response();
    }
    let result = match new_report(values.to_request()) {
        Ok(report) => state
            .hub
            .submit_report(report)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(receipt) => done(receipt.reference.to_string()),
        Err(ApiError::Invalid(errors)) => render_with(
            StatusCode::UNPROCESSABLE_ENTITY,
            &report_page(&state, user.as_ref(), &csrf, values, errors),
        ),
        Err(other) => other.into_response(),
    }
}

/// A reference in the usual format for the honeypot's fake success; it matches no report.
fn decoy_reference() -> String {
    let mut bytes = [0u8; 5];
    let _ = getrandom::fill(&mut bytes);
    upstander_core::ReportRef::from_random(bytes).to_string()
}

#[derive(Template)]
#[template(path = "status.html")]
struct StatusPage {
    l: Layout,
    reference: String,
    status: Option<ReportStatusDto>,
    not_found: bool,
    message: Option<&'static str>,
}

/// Query of the status page.
#[derive(Debug, Deserialize)]
pub(crate) struct StatusQuery {
    #[serde(rename = "ref", default)]
    reference: Option<String>,
    #[serde(default)]
    appealed: Option<String>,
}

/// `GET /status?ref=…`: what a reporter may see about their report.
pub(crate) async fn status_page(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    csrf: CsrfToken,
    QueryParams(query): QueryParams<StatusQuery>,
) -> Response {
    let reference = query
        .reference
        .clone()
        .unwrap_or_default()
        .trim()
        .to_owned();
    let appealed = query.appealed.is_some();
    let mut page = StatusPage {
        l: Layout::new("Check a report", "status", user.as_ref(), &csrf).narrow(),
        reference: reference.chars().take(64).collect(),
        status: None,
        not_found: false,
        message: appealed.then_some(
            "Thank you. Your request for a new review has been received; the status will change when someone looks at it.",
        ),
    };
    if reference.is_empty() {
        return render(&page);
    }
    match state.hub.report_status(&reference).await {
        Ok(status) => {
            page.status = Some(status.into());
            render(&page)
        }
        Err(upstander_app::AppError::NotFound(_)) => {
            page.not_found = true;
            render_with(StatusCode::NOT_FOUND, &page)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /status/appeal`: asks for a fresh review of a report's outcome.
pub(crate) async fn status_appeal(State(state): State<AppState>, Form(form): Form) -> Response {
    let reference = form.text("ref").unwrap_or_default();
    let reason = form.text("reason").unwrap_or_default();
    match state.hub.appeal(&reference, reason).await {
        Ok(()) => Redirect::to(&format!(
            "/status?ref={}&appealed=1",
            percent_encoding::utf8_percent_encode(&reference, percent_encoding::NON_ALPHANUMERIC)
        ))
        .into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    l: Layout,
    message: Option<String>,
    username: String,
    next: String,
}

/// Query of the sign-in page.
#[derive(Debug, Deserialize)]
pub(crate) struct LoginQuery {
    #[serde(default)]
    next: Option<String>,
}

/// Only local paths are followed after sign-in, so the link cannot send people elsewhere.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_owned(),
        _ => "/queue".to_owned(),
    }
}

/// `GET /login`.
pub(crate) async fn login_form(
    MaybeUser(user): MaybeUser,
    csrf: CsrfToken,
    QueryParams(query): QueryParams<LoginQuery>,
) -> Response {
    let next = safe_next(query.next.as_deref());
    render(&LoginPage {
        l: Layout::new("Sign in", "login", user.as_ref(), &csrf).narrow(),
        message: None,
        username: String::new(),
        next,
    })
}

/// `POST /login`: signs in, sets the session cookie, and goes on to `next`.
pub(crate) async fn login_submit(
    State(state): State<AppState>,
    PeerAddr(peer): PeerAddr,
    csrf: CsrfToken,
    Form(form): Form,
) -> Response {
    let username = form.get("username").unwrap_or_default().trim().to_owned();
    let password = form.get("password").unwrap_or_default();
    let next = safe_next(form.get("next"));
    match state
        .hub
        .login(&username, password, &format!("web {peer}"))
        .await
    {
        Ok(session) => {
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    SESSION_COOKIE,
                    &session.token,
                    None,
                    state.config.secure_cookies,
                ),
            );
            response
        }
        Err(e) => {
            let error = ApiError::from(e);
            let status = error.status();
            if status.is_server_error() {
                return error.into_response();
            }
            render_with(
                status,
                &LoginPage {
                    l: Layout::new("Sign in", "login", None, &csrf).narrow(),
                    message: Some(error.to_string()),
                    username: username.chars().take(64).collect(),
                    next,
                },
            )
        }
    }
}

/// `POST /logout`: ends the session and clears the cookie.
pub(crate) async fn logout(State(state): State<AppState>, user: CurrentUser) -> Response {
    if let Some(token) = user.session_token()
        && let Err(e) = state.hub.logout(token).await
    {
        return ApiError::from(e).into_response();
    }
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", Some(0), state.config.secure_cookies),
    );
    response
}
