//! The OpenAPI 3.1 document, built from the route table (so every route is in it) and the
//! DTOs' schemas (derived with utoipa).

use utoipa::OpenApi as _;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{
    ContentBuilder, InfoBuilder, OpenApi, Paths, Ref, RefOr, Required, ResponseBuilder, Schema,
};

use crate::dto;
use crate::error;
use crate::referral_api;
use crate::routes::{Access, Kind, RouteDoc, Verb};

#[derive(utoipa::OpenApi)]
#[openapi(components(schemas(
    error::ErrorBody,
    error::ErrorDetail,
    error::FieldError,
    dto::HealthDto,
    dto::ContactDto,
    dto::ReportRequest,
    dto::ReportReceiptDto,
    dto::ReportStatusDto,
    dto::AppealRequest,
    dto::LoginRequest,
    dto::UserDto,
    dto::SessionDto,
    dto::TokenRequest,
    dto::TokenDto,
    dto::SpanDto,
    dto::PostDto,
    dto::QueueEntryDto,
    dto::DecisionRequest,
    dto::DecisionDto,
    dto::SecondReviewRequest,
    dto::NoteRequest,
    dto::ReopenRequest,
    dto::ClaimDto,
    dto::NoteDto,
    dto::ReportSummaryDto,
    dto::ItemDto,
    dto::IdentityDto,
    dto::AuditEntryDto,
    dto::AuditVerifyDto,
    referral_api::ReferralDto,
    referral_api::ReferRequest,
    referral_api::PoliceReferRequest,
    referral_api::ReferralTimesRequest,
    referral_api::OutcomeRequest,
    referral_api::RowErrorDto,
    referral_api::StatementRecordedDto,
    referral_api::ImportSummaryDto,
    referral_api::EvidencePartDto,
)))]
struct Schemas;

fn schema_ref(name: &str) -> RefOr<Schema> {
    match name.strip_suffix("[]") {
        Some(item) => ArrayBuilder::new()
            .items(Ref::from_schema_name(item))
            .build()
            .into(),
        None => Ref::from_schema_name(name).into(),
    }
}

fn error_response(description: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
}

/// Path parameters named in `{…}`.
fn path_params(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}'))
        .collect()
}

/// Builds the document for these routes.
pub(crate) fn document(routes: &[RouteDoc]) -> OpenApi {
    let mut paths = Paths::new();
    for route in routes {
        let mut op = OperationBuilder::new()
            .summary(Some(route.summary))
            .operation_id(Some(format!(
                "{}_{}",
                route.verb.as_str().to_ascii_lowercase(),
                route
                    .path
                    .trim_matches('/')
                    .replace(['/', '{', '}', '-', '.'], "_")
            )))
            .tag(match route.kind {
                Kind::Api => "api",
                Kind::Page => "pages",
                Kind::Static => "static",
            });
        let access = match route.access {
            Access::Public => "Public: no account needed.".to_owned(),
            Access::SignedIn => "Any signed-in account.".to_owned(),
            Access::Permission(p) => format!("Needs the `{p}` permission."),
        };
        let form_note = if route.kind == Kind::Page && route.verb == Verb::Post {
            " Takes an `application/x-www-form-urlencoded` form with the CSRF token in the field `csrf`."
        } else {
            ""
        };
        op = op.description(Some(format!("{access}{form_note}")));
        for name in path_params(route.path) {
            op = op.parameter(
                ParameterBuilder::new()
                    .name(name)
                    .parameter_in(ParameterIn::Path)
                    .required(Required::True)
                    .schema(Some(ObjectBuilder::new().schema_type(Type::String).build())),
            );
        }
        if let Some(request) = route.request {
            op = op.request_body(Some(
                RequestBodyBuilder::new()
                    .required(Some(Required::True))
                    .content(
                        "application/json",
                        ContentBuilder::new()
                            .schema(Some(schema_ref(request)))
                            .build(),
                    )
                    .build(),
            ));
        }
        let ok = match (route.kind, route.response) {
            (Kind::Api, Some(response)) => ResponseBuilder::new()
                .description("Success")
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(schema_ref(response)))
                        .build(),
                )
                .build(),
            (Kind::Page, _) => ResponseBuilder::new()
                .description("An HTML page, or a redirect (303) after a form")
                .build(),
            _ => ResponseBuilder::new().description("Success").build(),
        };
        op = op.response(route.success.to_string(), ok);
        if route.kind == Kind::Api {
            op = op
                .response("400", error_response("Malformed body"))
                .response("422", error_response("Invalid fields, each named"));
            if route.access != Access::Public {
                op = op
                    .response("401", error_response("Not signed in"))
                    .response(
                        "403",
                        error_response("Role lacks the permission, or CSRF token missing"),
                    );
            }
        }
        let method = match route.verb {
            Verb::Get => HttpMethod::Get,
            Verb::Post => HttpMethod::Post,
        };
        paths.add_path_operation(route.path, vec![method], op.build());
    }
    let mut doc = Schemas::openapi();
    doc.info = InfoBuilder::new()
        .title("Upstander hub")
        .version(env!("CARGO_PKG_VERSION"))
        .description(Some(
            "Public reporting, the review queue and the audit log of an Upstander hub. \
             Programs authenticate with `Authorization: Bearer ups_…` (create a token on the \
             account page or with POST /api/v1/tokens); browsers use the session cookie and \
             send the CSRF token in `X-CSRF-Token`.",
        ))
        .build();
    doc.paths = paths;
    if let Some(components) = doc.components.as_mut() {
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(
                crate::auth::SESSION_COOKIE,
            ))),
        );
    }
    doc
}
