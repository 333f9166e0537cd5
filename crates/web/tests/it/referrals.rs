//! The referral API: from a decided item to a notice, its deadline, an outcome (by hand or
//! from a statement of reasons), and the reports; bad input answered with named fields.

use axum::http::StatusCode;
use upstander_app::{DecisionInput, Hub, NewReport};
use upstander_core::{ReporterRole, Role, User};

use crate::support::{Req, TestHub, username};

const POST: &str = "https://x.com/someone/status/1234567890";

async fn user(hub: &TestHub, role: Role) -> User {
    hub.hub
        .list_users(&Hub::system_actor())
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.username == username(role))
        .unwrap()
}

/// An item reported with a link on X and decided `platform_report` at S2 by the analyst.
pub async fn decided_item(hub: &TestHub) -> String {
    decided_as(hub, "platform_report").await
}

/// The same, decided with `action` at S2.
async fn decided_as(hub: &TestHub, action: &str) -> String {
    let item = hub
        .hub
        .submit_report(NewReport {
            urls: vec![format!("{POST}?s=20")],
            text: Some("muslims are vermin".into()),
            description: None,
            hate_kind: None,
            target_group: None,
            reporter_role: ReporterRole::Witness,
            contact: None,
            consent_to_contact: false,
            anonymous: true,
        })
        .await
        .unwrap()
        .item_id
        .to_string();
    let analyst = user(hub, Role::Analyst).await;
    hub.hub.claim(&analyst, &item).await.unwrap();
    hub.hub
        .decide_as(
            &analyst,
            &item,
            DecisionInput {
                action: action.into(),
                category: Some("HATE.DEHUMANISATION".into()),
                severity: "S2".into(),
                note: Some("Calls Muslims vermin: dehumanising.".into()),
                target_group: Some("TG.RELIGION".into()),
                legal_grounds: vec!["UK-POA86-S29B".into()],
                ..DecisionInput::default()
            },
        )
        .await
        .unwrap();
    item
}

/// Refers the decided item through the API; returns the referral id.
/// Posts statements of reasons and returns the import summary, which must be a success.
async fn imported(
    router: &axum::Router,
    token: &str,
    content_type: &str,
    body: &str,
) -> serde_json::Value {
    let reply = Req::post("/api/v1/statements")
        .bearer(token)
        .body(content_type, body)
        .send(router)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json()
}

async fn referred(hub: &TestHub, router: &axum::Router, token: &str) -> String {
    let item = decided_item(hub).await;
    let reply = Req::post(&format!("/api/v1/items/{item}/referrals"))
        .bearer(token)
        .json(r#"{"platform":"x"}"#)
        .send(router)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let list = reply.json();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["target"], "x");
    list[0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_analyst_refers_a_decided_item_and_renders_the_notice_three_ways() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let id = referred(&hub, &router, &token).await;

    let one = Req::get(&format!("/api/v1/referrals/{id}"))
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(one.status, StatusCode::OK, "{}", one.body);
    let one = one.json();
    assert_eq!(one["notice_kind"], "dsa_art16");
    assert!(one["due_at"].is_string(), "{one}");
    assert_eq!(one["overdue"], false);

    let json = Req::get(&format!("/api/v1/referrals/{id}/notice?format=json"))
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(json.status, StatusCode::OK, "{}", json.body);
    assert!(json.body.contains("1234567890"), "{}", json.body);
    json.json();
    let text = Req::get(&format!("/api/v1/referrals/{id}/notice?format=text"))
        .bearer(&token)
        .send(&router)
        .await;
    assert!(text.body.contains("casework@example.org"), "{}", text.body);
    assert!(
        text.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let html = Req::get(&format!("/api/v1/referrals/{id}/notice?format=html"))
        .bearer(&token)
        .send(&router)
        .await;
    assert!(html.body.contains("<html") || html.body.contains("<!DOCTYPE"));
    let bad = Req::get(&format!("/api/v1/referrals/{id}/notice?format=pdf"))
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["error"]["fields"][0]["field"], "format");
}

#[tokio::test]
async fn referring_an_undecided_item_or_with_bad_fields_is_answered_clearly() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let (_, undecided) = hub.report("muslims are vermin", false).await;
    let reply = Req::post(&format!("/api/v1/items/{undecided}/referrals"))
        .bearer(&token)
        .json("{}")
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.body);

    let item = decided_item(&hub).await;
    let reply = Req::post(&format!("/api/v1/items/{item}/referrals"))
        .bearer(&token)
        .json(r#"{"platform":"myspace","channel":"carrier_pigeon"}"#)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let fields: Vec<String> = reply.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fields, ["platform", "channel"]);

    let reply = Req::post(&format!("/api/v1/items/{item}/referrals"))
        .bearer(&token)
        .json(r#"{"platfrom":"x"}"#)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );

    let volunteer = hub.api_token(Role::Volunteer).await;
    let reply = Req::post(&format!("/api/v1/items/{item}/referrals"))
        .bearer(&volunteer)
        .json("{}")
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);

    // A platform_report decision is not a police matter.
    let reply = Req::post(&format!("/api/v1/items/{item}/police-referral"))
        .bearer(&token)
        .json(r#"{"location":"Leeds"}"#)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.body);
}

#[tokio::test]
async fn times_and_an_outcome_are_recorded_and_bad_values_are_named() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let id = referred(&hub, &router, &token).await;

    let reply = Req::post(&format!("/api/v1/referrals/{id}/times"))
        .bearer(&token)
        .json(r#"{"acknowledged_at":"yesterday-ish"}"#)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.json()["error"]["fields"][0]["field"],
        "acknowledged_at"
    );
    let reply = Req::post(&format!("/api/v1/referrals/{id}/times"))
        .bearer(&token)
        .json("{}")
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = Req::post(&format!("/api/v1/referrals/{id}/times"))
        .bearer(&token)
        .json(r#"{"acknowledged_at":"now"}"#)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.json()["acknowledged_at"].is_string());

    let reply = Req::post(&format!("/api/v1/referrals/{id}/outcome"))
        .bearer(&token)
        .json(r#"{"outcome":"vanished","visibility":["DECISION_VISIBILITY_GONE"]}"#)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = reply.json()["error"]["fields"].clone();
    assert_eq!(fields[0]["field"], "outcome", "{fields}");
    assert_eq!(fields[1]["field"], "visibility[0]", "{fields}");

    let reply = Req::post(&format!("/api/v1/referrals/{id}/outcome"))
        .bearer(&token)
        .json(
            r#"{"outcome":"removed","visibility":["DECISION_VISIBILITY_CONTENT_REMOVED"],
                "decision_ground":"DECISION_GROUND_ILLEGAL_CONTENT"}"#,
        )
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.json()["outcome"], "removed");

    let open = Req::get("/api/v1/referrals?open=true")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(open.json().as_array().unwrap().len(), 0, "{}", open.body);
    let all = Req::get("/api/v1/referrals?target=x")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(all.json().as_array().unwrap().len(), 1, "{}", all.body);
}

#[tokio::test]
async fn the_listing_filters_are_checked_and_escalation_finds_nothing_on_time() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Volunteer).await;
    let reply = Req::get("/api/v1/referrals?overdue=perhaps&from=last+week&limit=0")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let fields: Vec<String> = reply.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fields, ["overdue", "from", "limit"]);
    let reply = Req::get("/api/v1/referrals?overdue=true")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json().as_array().unwrap().len(), 0);

    let analyst = hub.api_token(Role::Analyst).await;
    referred(&hub, &router, &analyst).await;
    let reply = Req::post("/api/v1/referrals/escalate")
        .bearer(&analyst)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.json().as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn a_one_line_data_wrapper_and_a_row_after_an_unclosed_quote_are_both_recorded() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let id = referred(&hub, &router, &token).await;
    let one_line = r#"{"data":[{"decision_visibility":["DECISION_VISIBILITY_CONTENT_REMOVED"],"decision_ground":"DECISION_GROUND_ILLEGAL_CONTENT","category":"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH","source_type":"SOURCE_TRUSTED_FLAGGER","automated_detection":"No","automated_decision":"AUTOMATED_DECISION_NOT_AUTOMATED","platform_name":"X","puid":"999"},{"decision_visibility":["DECISION_VISIBILITY_CONTENT_REMOVED"],"decision_ground":"DECISION_GROUND_ILLEGAL_CONTENT","category":"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH","source_type":"SOURCE_TRUSTED_FLAGGER","automated_detection":"No","automated_decision":"AUTOMATED_DECISION_NOT_AUTOMATED","platform_name":"X","puid":"1234567890"}]}"#;
    let summary = imported(&router, &token, "application/json", one_line).await;
    assert_eq!(summary["rows"], 2, "{summary}");
    assert_eq!(summary["matched"], 1, "{summary}");
    assert_eq!(summary["recorded"][0]["referral"], id.as_str(), "{summary}");

    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let id = referred(&hub, &router, &token).await;
    let csv = "decision_visibility,decision_ground,category,source_type,automated_detection,\
automated_decision,platform_name,puid
\"DECISION_VISIBILITY_CONTENT_REMOVED,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TRUSTED_FLAGGER,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,1
DECISION_VISIBILITY_CONTENT_DISABLED,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TRUSTED_FLAGGER,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,1234567890
";
    let summary = imported(&router, &token, "text/csv", csv).await;
    assert_eq!(summary["rows"], 2, "{summary}");
    assert_eq!(summary["matched"], 1, "{summary}");
    assert!(
        summary["rejected"][0]
            .to_string()
            .contains("unclosed quote opened here"),
        "{summary}"
    );
    assert!(
        summary["recorded"].to_string().contains(id.as_str()),
        "{summary}"
    );
}

#[tokio::test]
async fn a_report_period_with_a_utc_offset_is_converted_and_an_impossible_one_refused() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let reply = Req::get(
        "/api/v1/reporting/burden?from=2026-06-15T23:30:00-05:00&to=2030-01-01&format=json",
    )
    .bearer(&token)
    .send(&router)
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(
        reply.body.contains("2026-06-16T04:30:00Z"),
        "{}",
        reply.body
    );
    let reply = Req::get("/api/v1/reporting/burden?from=2026-01-01T00:00:00%2B25:00&to=2030-01-01")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("UTC offset"), "{}", reply.body);
}

#[tokio::test]
async fn statements_are_imported_from_a_body_and_bad_files_are_refused() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let id = referred(&hub, &router, &token).await;
    // One statement of reasons in the Transparency Database's CSV export, naming the post id.
    let statement = "decision_visibility,decision_ground,category,source_type,automated_detection,\
automated_decision,platform_name,puid
DECISION_VISIBILITY_CONTENT_REMOVED,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TRUSTED_FLAGGER,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,1234567890
";
    let summary = imported(&router, &token, "text/csv", statement).await;
    assert_eq!(summary["rows"], 1, "{summary}");
    assert_eq!(summary["matched"], 1, "{summary}");
    assert_eq!(summary["recorded"][0]["referral"], id.as_str(), "{summary}");
    let closed = Req::get(&format!("/api/v1/referrals/{id}"))
        .bearer(&token)
        .send(&router)
        .await
        .json();
    assert_eq!(closed["outcome"], "removed", "{closed}");
    assert_eq!(closed["outcome_source"], "statement", "{closed}");

    let reply = Req::post("/api/v1/statements")
        .bearer(&token)
        .header("content-type", "application/pdf")
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "{}",
        reply.body
    );
    let reply = Req::post("/api/v1/statements?format=csv")
        .bearer(&token)
        .header("content-type", "text/csv")
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let big = "x".repeat(200 * 1024);
    let reply = Req::post("/api/v1/statements")
        .bearer(&token)
        .json(big)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
}

#[tokio::test]
async fn the_reports_come_in_three_formats_for_a_period_and_bad_periods_are_named() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    referred(&hub, &router, &token).await;
    for kind in ["burden", "annual", "transparency"] {
        for (format, kind_of) in [
            ("html", "text/html"),
            ("csv", "text/csv"),
            ("json", "application/json"),
        ] {
            let reply = Req::get(&format!(
                "/api/v1/reporting/{kind}?from=2026-01-01&to=2030-01-01&format={format}"
            ))
            .bearer(&token)
            .send(&router)
            .await;
            assert_eq!(
                reply.status,
                StatusCode::OK,
                "{kind} {format}: {}",
                reply.body
            );
            assert!(
                reply.headers["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with(kind_of),
                "{kind} {format}"
            );
        }
    }
    let burden = Req::get("/api/v1/reporting/burden?from=2026-01-01&to=2030-01-01&format=csv")
        .bearer(&token)
        .send(&router)
        .await;
    assert!(
        burden.body.contains('x') || burden.body.contains('X'),
        "{}",
        burden.body
    );

    let reply = Req::get("/api/v1/reporting/burden?from=soon&format=pdf")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    let fields: Vec<String> = reply.json()["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fields, ["from", "to", "format"]);
    let reply = Req::get("/api/v1/reporting/burden?from=2026-02-01&to=2026-01-01")
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let volunteer = hub.api_token(Role::Volunteer).await;
    let reply = Req::get("/api/v1/reporting/annual?from=2026-01-01&to=2027-01-01")
        .bearer(&volunteer)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_police_referral_carries_a_verified_evidence_bundle() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let token = hub.api_token(Role::PoliceLiaison).await;
    let item = decided_as(&hub, "police").await;
    let reply = Req::post(&format!("/api/v1/items/{item}/police-referral"))
        .bearer(&token)
        .json(r#"{"location":"Leeds"}"#)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let referral = reply.json();
    assert_eq!(referral["target"], "police");
    let id = referral["id"].as_str().unwrap();
    let parts = Req::get(&format!("/api/v1/referrals/{id}/evidence"))
        .bearer(&token)
        .send(&router)
        .await;
    assert_eq!(parts.status, StatusCode::OK, "{}", parts.body);
    let parts = parts.json();
    let content = parts
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "content.txt")
        .unwrap_or_else(|| panic!("{parts}"));
    assert_eq!(content["text"], "muslims are vermin");
    assert_eq!(content["sha256"].as_str().unwrap().len(), 64);

    // A platform notice has no evidence bundle.
    let analyst = hub.api_token(Role::Analyst).await;
    let other = decided_item(&hub).await;
    let made = Req::post(&format!("/api/v1/items/{other}/referrals"))
        .bearer(&analyst)
        .json("{}")
        .send(&router)
        .await
        .json();
    let notice = made[0]["id"].as_str().unwrap();
    let reply = Req::get(&format!("/api/v1/referrals/{notice}/evidence"))
        .bearer(&analyst)
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT, "{}", reply.body);
}
