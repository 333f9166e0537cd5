//! Server-rendered pages (askama templates, htmx for small in-place updates).

pub(crate) mod public;
pub(crate) mod referrals;
pub(crate) mod review;

use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::auth::CsrfToken;
use crate::error::ErrorDetail;
use crate::view::{Layout, render_with};

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    heading: &'static str,
    message: String,
}

/// Turns the JSON errors handlers return into pages for browser routes: a redirect to the
/// sign-in page for 401, an HTML error page (same status) for the rest. API routes keep
/// their JSON.
pub(crate) async fn html_errors(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let is_page = !(path.starts_with("/api/")
        || path.starts_with("/static/")
        || path == "/healthz"
        || path == "/readyz");
    let htmx = request.headers().contains_key("hx-request");
    let response = next.run(request).await;
    if !is_page {
        return response;
    }
    let Some(detail) = response.extensions().get::<ErrorDetail>().cloned() else {
        return response;
    };
    let status = response.status();
    if status == StatusCode::UNAUTHORIZED && detail.code == "unauthenticated" {
        let target = match &query {
            Some(q) => format!("{path}?{q}"),
            None => path,
        };
        let next =
            percent_encoding::utf8_percent_encode(&target, percent_encoding::NON_ALPHANUMERIC);
        let mut redirect = Redirect::to(&format!("/login?next={next}")).into_response();
        if htmx {
            // htmx follows a redirect inside the fragment; ask it to load the page instead.
            if let Ok(v) = HeaderValue::from_str(&format!("/login?next={next}")) {
                redirect.headers_mut().insert("hx-redirect", v);
            }
        }
        return redirect;
    }
    let heading = match status {
        StatusCode::NOT_FOUND => "Not found",
        StatusCode::FORBIDDEN => "Not allowed",
        StatusCode::CONFLICT => "Someone else got there first",
        StatusCode::TOO_MANY_REQUESTS => "Please wait",
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST => "That did not work",
        StatusCode::PAYLOAD_TOO_LARGE => "Too much text",
        s if s.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    let mut message = detail.message.clone();
    for f in &detail.fields {
        message.push_str(&format!(" {}: {}.", f.field, f.message));
    }
    let mut page = render_with(
        status,
        &ErrorPage {
            l: Layout::new(heading, "", None, &CsrfToken(String::new())).narrow(),
            heading,
            message,
        },
    );
    page.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    page
}
