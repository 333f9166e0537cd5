//! Every role on every route against `Role::can`, and what an anonymous caller gets.

use axum::http::{Method, StatusCode};
use upstander_core::Role;
use upstander_web::{Access, Kind, Verb, route_table};

use crate::support::{Req, TestHub};

/// Fills a route's path parameters with things that exist.
fn concrete(path: &str, item: &str, reference: &str) -> String {
    path.replace("{id}", item)
        .replace("{reference}", reference)
        .replace("{file}", "app.css")
}

fn request(route: &upstander_web::RouteDoc, path: &str) -> Req {
    match (route.verb, route.kind) {
        (Verb::Get, _) => Req::get(path),
        (Verb::Post, Kind::Api) => Req::post(path).json("{}"),
        (Verb::Post, _) => Req::post(path).form("x=1"),
    }
}

#[tokio::test]
async fn every_role_gets_exactly_the_routes_its_permissions_allow() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let (reference, item) = hub
        .report("Muslims are vermin and should be driven out", true)
        .await;
    let mut tokens = Vec::new();
    for role in Role::ALL {
        tokens.push((role, hub.api_token(role).await));
    }
    let mut checked = 0;
    for route in route_table() {
        let Access::Permission(permission) = route.access else {
            continue;
        };
        let path = concrete(route.path, &item, &reference);
        for (role, token) in &tokens {
            let reply = request(&route, &path).bearer(token).send(&router).await;
            let allowed = role.can(permission);
            if allowed {
                assert!(
                    reply.status != StatusCode::FORBIDDEN
                        && reply.status != StatusCode::UNAUTHORIZED,
                    "{role} holds {permission} but {} {path} answered {}: {}",
                    route.verb.as_str(),
                    reply.status,
                    reply.body
                );
            } else {
                assert_eq!(
                    reply.status,
                    StatusCode::FORBIDDEN,
                    "{role} lacks {permission} but {} {path} answered: {}",
                    route.verb.as_str(),
                    reply.body
                );
                assert!(reply.body.contains(permission.as_str()), "{}", reply.body);
            }
            assert!(
                !reply.status.is_server_error(),
                "{} {path} as {role}: {}",
                route.verb.as_str(),
                reply.body
            );
            checked += 1;
        }
    }
    assert!(checked >= 5 * 20, "only {checked} role/route pairs checked");
}

#[tokio::test]
async fn nobody_signed_in_is_sent_to_sign_in_or_told_401() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let (reference, item) = hub.report("Jews are parasites", false).await;
    let csrf = crate::support::visitor_csrf(&router).await;
    for route in route_table() {
        if route.access == Access::Public {
            continue;
        }
        let path = concrete(route.path, &item, &reference);
        let reply = request(&route, &path)
            .header("cookie", &format!("ups_csrf={csrf}"))
            .header("x-csrf-token", &csrf)
            .send(&router)
            .await;
        // Everything under /api/ answers in JSON (renderings and reports too); pages redirect.
        match route.kind {
            _ if route.path.starts_with("/api/") => assert_eq!(
                reply.status,
                StatusCode::UNAUTHORIZED,
                "{path}: {}",
                reply.body
            ),
            _ => {
                assert_eq!(
                    reply.status,
                    StatusCode::SEE_OTHER,
                    "{path}: {}",
                    reply.body
                );
                assert!(reply.location().starts_with("/login?next="), "{path}");
            }
        }
    }
}

#[tokio::test]
async fn public_routes_answer_without_an_account() {
    let hub = TestHub::new().await;
    let router = hub.router();
    for path in [
        "/",
        "/report",
        "/status",
        "/login",
        "/healthz",
        "/readyz",
        "/api/openapi.json",
        "/static/htmx.min.js",
    ] {
        let reply = Req::get(path).send(&router).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
    }
    let reply = Req::new(Method::GET, "/no/such/page").send(&router).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_wrong_or_unknown_bearer_token_is_refused() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let reply = Req::get("/api/v1/queue")
        .bearer("ups_not-a-token")
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.json()["error"]["code"], "unauthenticated");
}
