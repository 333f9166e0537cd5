//! Body extractors that answer bad input with [`ApiError`]s naming what is wrong.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use serde::de::DeserializeOwned;

use crate::error::{ApiError, FieldError};
use crate::forms::FormData;
use crate::state::AppState;

fn content_type_is(headers: &HeaderMap, expected: &str) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(expected))
}

async fn read_body(request: Request, limit: usize) -> Result<axum::body::Bytes, ApiError> {
    axum::body::to_bytes(request.into_body(), limit)
        .await
        .map_err(|_| ApiError::TooLarge(limit))
}

/// A URL-encoded form body.
#[derive(Debug)]
pub struct Form(pub FormData);

impl FromRequest<AppState> for Form {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !content_type_is(request.headers(), "application/x-www-form-urlencoded") {
            return Err(ApiError::UnsupportedMediaType(
                "a form (application/x-www-form-urlencoded)",
            ));
        }
        let bytes = read_body(request, state.config.max_body_bytes).await?;
        FormData::parse(&bytes).map(Form)
    }
}

/// A JSON body of type `T`; an unreadable body is a 422 naming the problem, or 400 when it
/// is not JSON at all.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !content_type_is(request.headers(), "application/json") {
            return Err(ApiError::UnsupportedMediaType("JSON (application/json)"));
        }
        let bytes = read_body(request, state.config.max_body_bytes).await?;
        if bytes.is_empty() {
            return Err(ApiError::BadRequest(
                "the body is empty; send a JSON object".into(),
            ));
        }
        serde_json::from_slice(&bytes).map(JsonBody).map_err(|e| {
            use serde_json::error::Category;
            match e.classify() {
                // Well-formed JSON of the wrong shape: say which field.
                Category::Data => ApiError::Invalid(vec![FieldError::new("body", e.to_string())]),
                Category::Syntax | Category::Eof | Category::Io => {
                    ApiError::BadRequest(format!("the body is not valid JSON: {e}"))
                }
            }
        })
    }
}

/// The client's address as the server saw it (the unspecified address when the router runs
/// without connection info, as in tests).
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddr {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip()),
        ))
    }
}

/// Query-string parameters of type `T`; an unreadable query is a 400 that says why.
#[derive(Debug)]
pub struct QueryParams<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for QueryParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| QueryParams(q.0))
            .map_err(|e| {
                ApiError::BadRequest(format!("the query string is not valid: {}", e.body_text()))
            })
    }
}
