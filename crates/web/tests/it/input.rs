//! Bad input of every kind gets a 4xx with a precise error, never a 500.

use axum::http::StatusCode;
use upstander_core::Role;

use crate::support::{Req, TestHub, visitor_csrf};

#[tokio::test]
async fn malformed_json_is_a_400_and_wrong_fields_are_a_422_naming_them() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let cases: &[(&[u8], StatusCode, &str)] = &[
        (b"{not json", StatusCode::BAD_REQUEST, "bad_request"),
        (b"", StatusCode::BAD_REQUEST, "bad_request"),
        (b"[]", StatusCode::UNPROCESSABLE_ENTITY, "invalid_input"),
        (
            br#"{"reporter_role":"witness","urls":"x"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            br#"{"reporter_role":"witness","surprise":1}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            br#"{"reporter_role":"nobody","text":"x"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            br#"{"reporter_role":"witness"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            b"{\"reporter_role\":\"witness\",\"text\":\"\xff\xfe\"}",
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
    ];
    for (body, status, code) in cases {
        let reply = Req::post("/api/v1/reports")
            .json(body.to_vec())
            .send(&router)
            .await;
        assert_eq!(
            reply.status,
            *status,
            "{}: {}",
            String::from_utf8_lossy(body),
            reply.body
        );
        assert_eq!(reply.json()["error"]["code"], *code);
    }
    let reply = Req::post("/api/v1/reports")
        .json(r#"{"reporter_role":"witness","urls":["https://x.com/a/status/1","not a url"]}"#)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let fields = &reply.json()["error"]["fields"];
    assert_eq!(fields[0]["field"], "urls[1]", "{fields}");
}

#[tokio::test]
async fn oversized_bodies_are_refused_with_413_before_they_are_read() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let big = format!(
        r#"{{"reporter_role":"witness","text":"{}"}}"#,
        "a".repeat(100 * 1024)
    );
    let reply = Req::post("/api/v1/reports").json(big).send(&router).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    let csrf = visitor_csrf(&router).await;
    let form = format!(
        "csrf={csrf}&reporter_role=witness&text={}",
        "a".repeat(100 * 1024)
    );
    let reply = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(form)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    // Within the body limit but over the hub's text limit: a field error.
    let long = format!(
        r#"{{"reporter_role":"witness","text":"{}"}}"#,
        "a".repeat(10_001)
    );
    let reply = Req::post("/api/v1/reports").json(long).send(&router).await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert_eq!(reply.json()["error"]["fields"][0]["field"], "text");
}

#[tokio::test]
async fn form_fields_that_are_not_utf8_are_named_in_the_error() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let csrf = visitor_csrf(&router).await;
    let reply = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(format!("csrf={csrf}&reporter_role=witness&text=%FF%FEabc"))
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("text"), "{}", reply.body);
    let raw = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(
            [
                format!("csrf={csrf}&reporter_role=witness&text=").into_bytes(),
                vec![0xff, 0xfe],
            ]
            .concat(),
        )
        .send(&router)
        .await;
    assert!(raw.status.is_client_error(), "{}", raw.status);
}

#[tokio::test]
async fn the_wrong_content_type_is_a_415_and_bad_queries_a_4xx() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let reply = Req::post("/api/v1/reports")
        .header("content-type", "text/plain")
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let token = hub.api_token(Role::Analyst).await;
    for query in [
        "status=nonsense",
        "min_severity=S7",
        "platform=myspace",
        "limit=lots",
        "category=NOPE",
    ] {
        let reply = Req::get(&format!("/api/v1/queue?{query}"))
            .bearer(&token)
            .send(&router)
            .await;
        assert!(
            reply.status.is_client_error(),
            "{query}: {} {}",
            reply.status,
            reply.body
        );
    }
    let reply = Req::get("/api/v1/items/not-an-item")
        .bearer(&token)
        .send(&router)
        .await;
    assert!(reply.status.is_client_error(), "{}", reply.body);
    let reply = Req::get("/api/v1/items/01a221a5-7c4d-7104-bdfe-d2431244ae01")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    let reply = Req::post("/api/v1/items/not-an-item/decision")
        .bearer(&token)
        .json(r#"{"action":"police","severity":"S2"}"#)
        .send(&router)
        .await;
    assert!(reply.status.is_client_error(), "{}", reply.body);
}

#[tokio::test]
async fn errors_never_leak_internal_text() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let reply = Req::get("/api/v1/reports/UPS-0000-0000")
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let body = reply.json();
    assert_eq!(body["error"]["code"], "not_found");
    assert_eq!(body["error"]["message"], "not found");
}
