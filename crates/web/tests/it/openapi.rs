//! The OpenAPI document lists every route the router serves.

use axum::http::{Method, StatusCode};
use upstander_web::{Verb, route_table};

use crate::support::{Req, TestHub};

#[tokio::test]
async fn every_route_in_the_router_appears_in_the_openapi_document() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let reply = Req::get("/api/openapi.json").send(&router).await;
    assert_eq!(reply.status, StatusCode::OK);
    let doc = reply.json();
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().unwrap();
    let table = route_table();
    let csrf = crate::support::visitor_csrf(&router).await;
    assert!(table.len() > 40, "{} routes", table.len());
    for route in &table {
        let method = route.verb.as_str().to_ascii_lowercase();
        assert!(
            paths.get(route.path).and_then(|p| p.get(&method)).is_some(),
            "{} {} missing from the OpenAPI document",
            route.verb.as_str(),
            route.path
        );
        // The router serves the path: a method it does not take is a 405, where a path it
        // does not know falls through to the 404 fallback.
        let path = route
            .path
            .replace("{id}", "x")
            .replace("{reference}", "x")
            .replace("{file}", "x");
        let other = if route.verb == Verb::Get {
            Method::PUT
        } else {
            Method::DELETE
        };
        let reply = Req::new(other, &path)
            .header("cookie", &format!("ups_csrf={csrf}"))
            .header("x-csrf-token", &csrf)
            .send(&router)
            .await;
        assert_eq!(
            reply.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{path} is not in the router"
        );
    }
    let documented: usize = paths.values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(
        documented,
        table.len(),
        "nothing documented that the router lacks"
    );
    assert!(
        doc["paths"]["/api/v1/reports"]["post"]["responses"]["201"].is_object(),
        "a report answers 201 Created"
    );
    for schema in ["ReportRequest", "ItemDto", "ErrorBody", "DecisionRequest"] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "{schema}"
        );
    }
}
