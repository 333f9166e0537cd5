//! Who is asking: session cookies, bearer tokens, CSRF, and the extractors handlers use.
//!
//! One middleware (`authenticate`) resolves the caller once per request (a bearer token, or
//! the session cookie), checks the CSRF token on every unsafe request that carries ambient
//! credentials, and leaves the result in the request's extensions, where the extractors
//! [`CurrentUser`], [`MaybeUser`] and [`Require`] pick it up.

use std::marker::PhantomData;

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use upstander_core::{Permission, User};

use crate::error::ApiError;
use crate::forms::FormData;
use crate::state::AppState;

/// The session cookie (the session token the hub issued at sign-in).
pub const SESSION_COOKIE: &str = "ups_session";
/// The CSRF cookie for visitors without a session (double-submit: the form carries the same
/// value, which another site can neither read nor set).
pub const CSRF_COOKIE: &str = "ups_csrf";
/// The header htmx and API clients send the CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The form field forms send the CSRF token in.
pub const CSRF_FIELD: &str = "csrf";

/// How the caller proved who they are.
#[derive(Debug, Clone)]
pub enum AuthVia {
    /// A browser session.
    Session {
        /// The session token (secret; from the cookie).
        token: String,
        /// The session's CSRF token.
        csrf: String,
        /// Items seen in this session (shift) so far.
        items_seen: u32,
    },
    /// An API token (`Authorization: Bearer ups_…`).
    Bearer,
}

/// The signed-in caller. Extracting it fails with 401 when nobody is signed in.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The account.
    pub user: User,
    /// Session or API token.
    pub via: AuthVia,
}

impl CurrentUser {
    /// The session token, for browser sessions.
    #[must_use]
    pub fn session_token(&self) -> Option<&str> {
        match &self.via {
            AuthVia::Session { token, .. } => Some(token),
            AuthVia::Bearer => None,
        }
    }

    /// A short, stable, non-secret key for this session (for per-shift state kept here).
    #[must_use]
    pub fn session_key(&self) -> String {
        match &self.via {
            AuthVia::Session { token, .. } => hex(&Sha256::digest(token.as_bytes())[..16]),
            AuthVia::Bearer => format!("user:{}", self.user.username),
        }
    }
}

/// The caller if signed in; never fails.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<CurrentUser>);

/// The CSRF token to embed in forms rendered for this request.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// A signed-in caller whose role holds the permission `P` (403 otherwise).
#[derive(Debug, Clone)]
pub struct Require<P>(pub CurrentUser, pub PhantomData<P>);

/// A permission named at the type level, for [`Require`].
pub trait PermissionMarker: Send + Sync + 'static {
    /// The permission.
    const PERMISSION: Permission;
}

/// Marker types for [`Require`], one per [`Permission`].
pub mod perm {
    use super::{Permission, PermissionMarker};

    macro_rules! marker {
        ($($name:ident),*) => {$(
            #[doc = concat!("Requires [`Permission::", stringify!($name), "`].")]
            #[derive(Debug, Clone, Copy)]
            pub struct $name;
            impl PermissionMarker for $name {
                const PERMISSION: Permission = Permission::$name;
            }
        )*};
    }
    marker!(
        ViewQueue,
        Decide,
        SecondReview,
        ViewReporterIdentity,
        Refer,
        Export,
        Administer,
        ViewAudit
    );
}

/// What the middleware found, stored in the request's extensions.
#[derive(Debug, Clone)]
struct Resolved(Option<CurrentUser>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeUser(
            parts.extensions.get::<Resolved>().and_then(|r| r.0.clone()),
        ))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        MaybeUser::from_request_parts(parts, state)
            .await?
            .0
            .ok_or(ApiError::Unauthenticated)
    }
}

impl<S: Send + Sync, P: PermissionMarker> FromRequestParts<S> for Require<P> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let current = CurrentUser::from_request_parts(parts, state).await?;
        if current.user.can(P::PERMISSION) {
            Ok(Require(current, PhantomData))
        } else {
            Err(ApiError::Forbidden(P::PERMISSION.to_string()))
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .ok_or(ApiError::Internal)
    }
}

/// The value of cookie `name`, if the request carries it.
#[must_use]
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, path `/`, `Secure` when asked.
/// `max_age` 0 deletes the cookie; `None` makes it last for the browser session.
pub(crate) fn set_cookie(
    name: &str,
    value: &str,
    max_age: Option<i64>,
    secure: bool,
) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
}

/// Lower-case hex.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// 32 random bytes, hex-encoded.
pub(crate) fn random_token() -> Result<String, ApiError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| {
        tracing::error!(error = %e, "no randomness for a CSRF token");
        ApiError::Internal
    })?;
    Ok(hex(&bytes))
}

/// Compares secrets in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        })
}

/// Resolves the caller, enforces CSRF on unsafe requests, and sets the anonymous CSRF cookie
/// when a visitor without one loads a page.
pub(crate) async fn authenticate(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    match authenticate_inner(state, request, next).await {
        Ok(response) | Err(response) => response,
    }
}

async fn authenticate_inner(
    state: AppState,
    mut request: Request,
    next: Next,
) -> Result<Response, Response> {
    let headers = request.headers().clone();
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let path = request.uri().path();
    let is_api = path.starts_with("/api/");
    // Only pages carry forms; other routes never need the anonymous CSRF cookie.
    let is_page =
        !(is_api || path.starts_with("/static/") || path == "/healthz" || path == "/readyz");

    // 1. Who is it?
    let mut current = None;
    if let Some(token) = bearer(&headers) {
        match state.hub.token_user(token).await {
            Ok(Some(user)) if !user.disabled => {
                current = Some(CurrentUser {
                    user,
                    via: AuthVia::Bearer,
                });
            }
            Ok(_) => return Err(ApiError::Unauthenticated.into_response()),
            Err(e) => return Err(ApiError::from(e).into_response()),
        }
    } else if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        match state.hub.session(token).await {
            Ok(Some(info)) => {
                current = Some(CurrentUser {
                    user: info.user,
                    via: AuthVia::Session {
                        token: token.to_owned(),
                        csrf: info.csrf_token,
                        items_seen: info.items_seen,
                    },
                });
            }
            // An expired session is simply no session; the page asks to sign in again.
            Ok(None) => {}
            Err(e) => return Err(ApiError::from(e).into_response()),
        }
    }

    // 2. Which CSRF token belongs to this request?
    let anon_cookie = cookie(&headers, CSRF_COOKIE).map(str::to_owned);
    let mut new_anon_cookie = None;
    let expected = match &current {
        Some(CurrentUser {
            via: AuthVia::Session { csrf, .. },
            ..
        }) => Some(csrf.clone()),
        Some(CurrentUser {
            via: AuthVia::Bearer,
            ..
        }) => None,
        None => match anon_cookie {
            Some(token) if token.len() == 64 => Some(token),
            _ if !is_page => None,
            _ => {
                let token = random_token().map_err(IntoResponse::into_response)?;
                new_anon_cookie = Some(token.clone());
                Some(token)
            }
        },
    };

    // 3. Unsafe requests carrying ambient credentials (a cookie) must prove they come from our
    //    own pages. Bearer requests carry no ambient credential; nor does an API call from a
    //    client without a session (it cannot be forged cross-site with a JSON body).
    let needs_check = unsafe_method
        && match &current {
            Some(CurrentUser {
                via: AuthVia::Bearer,
                ..
            }) => false,
            Some(_) => true,
            None => !is_api,
        };
    if needs_check {
        let expected = expected.clone().unwrap_or_default();
        let mut provided = headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        if provided.is_none() && is_form(&headers) {
            let limit = state.config.max_body_bytes;
            let (parts, body) = request.into_parts();
            let bytes = axum::body::to_bytes(body, limit)
                .await
                .map_err(|_| ApiError::TooLarge(limit).into_response())?;
            provided = FormData::find(&bytes, CSRF_FIELD);
            request = Request::from_parts(parts, Body::from(bytes));
        }
        let ok = new_anon_cookie.is_none()
            && provided.is_some_and(|p| !expected.is_empty() && same_secret(&p, &expected));
        if !ok {
            tracing::warn!(path = %request.uri().path(), "CSRF token missing or wrong");
            return Err(ApiError::Csrf.into_response());
        }
    }

    request.extensions_mut().insert(Resolved(current));
    request
        .extensions_mut()
        .insert(CsrfToken(expected.unwrap_or_default()));
    let mut response = next.run(request).await;
    if let Some(token) = new_anon_cookie {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(CSRF_COOKIE, &token, None, state.config.secure_cookies),
        );
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_by_exact_name() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a_ups_session=x; ups_session=tok; other=1"),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("tok"));
        assert_eq!(cookie(&headers, "missing"), None);
    }

    #[test]
    fn secrets_compare_equal_only_when_identical() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
