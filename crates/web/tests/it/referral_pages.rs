//! The referral pages through the router: refer from the item page, the list with its
//! deadlines, the referral page with its notice, times and outcome, and the reports page;
//! bad input comes back as field messages on the page, never a 500.

use axum::http::StatusCode;
use upstander_core::Role;

use crate::referrals::decided_item;
use crate::support::{Req, TestHub};

#[tokio::test]
async fn an_analyst_refers_from_the_item_page_and_records_times_and_an_outcome() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let item = decided_item(&hub).await;
    let (session, csrf) = hub.session(Role::Analyst).await;

    let page = Req::get(&format!("/items/{item}"))
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("id=\"refer\""),
        "a Refer form for a decided item"
    );
    assert!(page.body.contains("href=\"/referrals\""), "a nav link");

    let bad = Req::post(&format!("/items/{item}/refer"))
        .session(&session)
        .form(format!("csrf={csrf}&target=x&channel=pigeon"))
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains("channel"), "{}", bad.body);

    let done = Req::post(&format!("/items/{item}/refer"))
        .session(&session)
        .form(format!("csrf={csrf}&target=x&explanation="))
        .send(&router)
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let location = done.location().to_owned();
    assert!(location.starts_with("/referrals/"), "{location}");

    let referral = Req::get(&location).session(&session).send(&router).await;
    assert_eq!(referral.status, StatusCode::OK, "{}", referral.body);
    assert!(referral.body.contains("id=\"notice-text\""));
    assert!(referral.body.contains("casework@example.org"));
    assert!(referral.body.contains(" left"), "time left is shown");
    let path = location.split('?').next().unwrap().to_owned();

    let bad = Req::post(&format!("{path}/times"))
        .session(&session)
        .form(format!("csrf={csrf}&acknowledged_at=tuesday"))
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("acknowledged_at"), "{}", bad.body);
    let ok = Req::post(&format!("{path}/times"))
        .session(&session)
        .form(format!("csrf={csrf}&acknowledged_at=now"))
        .send(&router)
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);

    let bad = Req::post(&format!("{path}/outcome"))
        .session(&session)
        .form(format!("csrf={csrf}&outcome=evaporated"))
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("not a referral outcome"), "{}", bad.body);
    let ok = Req::post(&format!("{path}/outcome"))
        .session(&session)
        .form(format!(
            "csrf={csrf}&outcome=removed&visibility=DECISION_VISIBILITY_CONTENT_REMOVED&decision_ground="
        ))
        .send(&router)
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let after = Req::get(ok.location())
        .session(&session)
        .send(&router)
        .await;
    assert!(after.body.contains("removed"), "{}", after.body);
    assert!(after.body.contains("answered in time"), "{}", after.body);

    let list = Req::get("/referrals?target=x")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("data-referral="), "{}", list.body);
}

#[tokio::test]
async fn the_referral_list_names_bad_filters_and_a_volunteer_sees_no_refer_form() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let (session, _) = hub.session(Role::Volunteer).await;
    let bad = Req::get("/referrals?from=someday&overdue=maybe")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("from") && bad.body.contains("overdue"),
        "{}",
        bad.body
    );
    let item = decided_item(&hub).await;
    let page = Req::get(&format!("/items/{item}"))
        .session(&session)
        .send(&router)
        .await;
    assert!(!page.body.contains("id=\"refer\""));
    assert!(
        !page.body.contains("href=\"/accountability\""),
        "no export, no reports link"
    );
}

#[tokio::test]
async fn the_reports_page_shows_html_offers_downloads_and_names_bad_periods() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let (session, _) = hub.session(Role::Analyst).await;
    let form = Req::get("/accountability")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("id=\"run-report\""));

    let html = Req::get("/accountability?kind=burden&from=2026-01-01&to=2030-01-01&format=html")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(html.status, StatusCode::OK, "{}", html.body);
    assert!(
        html.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let csv = Req::get("/accountability?kind=annual&from=2026-01-01&to=2027-01-01&format=csv")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.body);
    assert!(
        csv.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );

    let bad = Req::get("/accountability?kind=burden&from=2026-13-01&to=&format=pdf")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["from", "to", "format"] {
        assert!(
            bad.body.contains(&format!(">{field}</span>")),
            "{field}: {}",
            bad.body
        );
    }
    let bad = Req::get("/accountability?kind=horoscope&from=2026-01-01&to=2027-01-01")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_late_referral_is_listed_as_overdue_highlighted_and_escalated_once() {
    let start =
        upstander_core::Timestamp::from_second(upstander_core::Timestamp::now().as_second())
            .unwrap();
    let clock = upstander_app::Clock::manual(start);
    let mut hub = TestHub::new().await;
    hub.hub = hub.hub.clone().with_clock(clock.clone());
    let router = hub.router();
    let token = hub.api_token(Role::Analyst).await;
    let item = decided_item(&hub).await;
    let made = Req::post(&format!("/api/v1/items/{item}/referrals"))
        .bearer(&token)
        .json("{}")
        .send(&router)
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    // Every channel's clock has run out a week later.
    clock.advance(jiff::SignedDuration::from_hours(24 * 7));

    let late = Req::get("/api/v1/referrals?overdue=true")
        .bearer(&token)
        .send(&router)
        .await
        .json();
    assert_eq!(late.as_array().unwrap().len(), 1, "{late}");
    assert_eq!(late[0]["overdue"], true);
    assert!(
        late[0]["overdue_by_seconds"].as_i64().unwrap() > 0,
        "{late}"
    );

    let (session, _) = hub.session(Role::Analyst).await;
    let page = Req::get("/referrals?overdue=true")
        .session(&session)
        .send(&router)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("class=\"overdue\">overdue by"),
        "{}",
        page.body
    );

    let first = Req::post("/api/v1/referrals/escalate")
        .bearer(&token)
        .send(&router)
        .await
        .json();
    assert_eq!(first.as_array().unwrap().len(), 1, "{first}");
    assert!(first[0]["escalated_at"].is_string(), "{first}");
    let again = Req::post("/api/v1/referrals/escalate")
        .bearer(&token)
        .send(&router)
        .await
        .json();
    assert_eq!(
        again.as_array().unwrap().len(),
        0,
        "escalated once: {again}"
    );
}
