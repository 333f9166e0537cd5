//! [`ApiError`]: every way a request can fail, with a stable code and a safe message.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use upstander_app::AppError;

/// One field-level problem: which field, and what is wrong with it in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field as the form or JSON body names it (`urls[2]`, `contact.email`).
    pub field: String,
    /// What is wrong, for the person who typed it.
    pub message: String,
}

impl FieldError {
    /// A field error.
    #[must_use]
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

/// Why a request failed. The message of each variant is safe to show to anyone: internal
/// detail (database errors, paths) is logged, never sent.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// One or more fields are invalid (422).
    #[error("some fields need attention")]
    Invalid(Vec<FieldError>),
    /// The body could not be read as the declared format at all (400).
    #[error("{0}")]
    BadRequest(String),
    /// The body is not in a format this endpoint accepts (415).
    #[error("send {0}")]
    UnsupportedMediaType(&'static str),
    /// The body is larger than the limit (413).
    #[error("the request is too large (at most {0} bytes)")]
    TooLarge(usize),
    /// Not signed in, or the session or token has expired (401).
    #[error("sign in first")]
    Unauthenticated,
    /// The username or password is wrong (401). Deliberately the same for both.
    #[error("wrong username or password")]
    BadCredentials,
    /// The account is locked after repeated failed sign-ins (429).
    #[error("too many failed sign-ins: try again after {until}")]
    LockedOut {
        /// When the lock ends (RFC 3339).
        until: String,
    },
    /// Signed in, but the role lacks a permission (403).
    #[error("your role does not have the `{0}` permission")]
    Forbidden(String),
    /// The CSRF token is missing or wrong (403).
    #[error("the form has expired or did not come from this site: reload the page and try again")]
    Csrf,
    /// The thing asked for does not exist (404).
    #[error("not found")]
    NotFound,
    /// The request clashes with the current state (409): a claim held by someone else, the
    /// same person reviewing twice.
    #[error("{0}")]
    Conflict(String),
    /// Too many requests from this address (429).
    #[error("too many reports from this address: please wait a minute and try again")]
    RateLimited,
    /// Something failed inside the hub (500). Details are in the server log only.
    #[error("something went wrong on our side; the error has been logged")]
    Internal,
}

/// The JSON body of every error.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// The error inside [`ErrorBody`].
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable, machine-readable code (`invalid_input`, `forbidden`, …).
    pub code: &'static str,
    /// A message safe to show to the person.
    pub message: String,
    /// Field-level problems (only for `invalid_input`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

impl ApiError {
    /// The stable code clients can match on.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            ApiError::Invalid(_) => "invalid_input",
            ApiError::BadRequest(_) => "bad_request",
            ApiError::UnsupportedMediaType(_) => "unsupported_media_type",
            ApiError::TooLarge(_) => "payload_too_large",
            ApiError::Unauthenticated => "unauthenticated",
            ApiError::BadCredentials => "bad_credentials",
            ApiError::LockedOut { .. } => "locked_out",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::Csrf => "csrf",
            ApiError::NotFound => "not_found",
            ApiError::Conflict(_) => "conflict",
            ApiError::RateLimited => "rate_limited",
            ApiError::Internal => "internal",
        }
    }

    /// The HTTP status.
    #[must_use]
    pub const fn status(&self) -> StatusCode {
        match self {
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unauthenticated | ApiError::BadCredentials => StatusCode::UNAUTHORIZED,
            ApiError::LockedOut { .. } | ApiError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Forbidden(_) | ApiError::Csrf => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The body sent for this error.
    #[must_use]
    pub fn detail(&self) -> ErrorDetail {
        ErrorDetail {
            code: self.code(),
            message: self.to_string(),
            fields: match self {
                ApiError::Invalid(fields) => fields.clone(),
                _ => Vec::new(),
            },
        }
    }

    /// A single-field [`ApiError::Invalid`].
    #[must_use]
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        ApiError::Invalid(vec![FieldError::new(field, message)])
    }

    /// The field errors, if this is [`ApiError::Invalid`].
    #[must_use]
    pub fn fields(&self) -> &[FieldError] {
        match self {
            ApiError::Invalid(fields) => fields,
            _ => &[],
        }
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        match error {
            AppError::InvalidInput { field, message } => {
                ApiError::Invalid(vec![FieldError { field, message }])
            }
            AppError::NotFound(_) => ApiError::NotFound,
            AppError::Unauthenticated => ApiError::BadCredentials,
            AppError::LockedOut { until } => ApiError::LockedOut {
                until: until.to_string(),
            },
            AppError::Forbidden { permission } => ApiError::Forbidden(permission.to_string()),
            AppError::Conflict(message) => ApiError::Conflict(message),
            other => {
                // The only place internal detail goes: the log.
                tracing::error!(error = %other, "request failed inside the hub");
                ApiError::Internal
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let detail = self.detail();
        let mut response = (
            status,
            Json(ErrorBody {
                error: detail.clone(),
            }),
        )
            .into_response();
        if matches!(self, ApiError::Unauthenticated) {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"upstander\""),
            );
        }
        // Pages turn this back into HTML (see `pages::html_errors`).
        response.extensions_mut().insert(detail);
        response
    }
}
