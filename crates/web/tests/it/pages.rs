//! Pages end to end through the router: sign-in, CSRF, lockout, the report form, the review
//! actions, and the headers every response carries.

use axum::http::StatusCode;
use upstander_core::Role;
use upstander_web::WebConfig;

use crate::support::{PASSWORD, Req, TestHub, username, visitor_csrf};

fn csrf_in(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("a CSRF field in the page") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn signing_in_sets_an_httponly_session_cookie_and_signing_out_ends_it() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let csrf = visitor_csrf(&router).await;
    let reply = Req::post("/login")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(format!(
            "csrf={csrf}&username=volunteer&password={}&next=/queue",
            PASSWORD.replace(' ', "+")
        ))
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), "/queue");
    let set = reply
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    assert!(!set.contains("Secure"), "not over TLS here: {set}");
    let token = reply.cookie("ups_session").unwrap();
    let queue = Req::get("/queue").session(&token).send(&router).await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains("Review queue"));
    let session_csrf = csrf_in(&queue.body);
    let out = Req::post("/logout")
        .session(&token)
        .form(format!("csrf={session_csrf}"))
        .send(&router)
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = Req::get("/queue").session(&token).send(&router).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "the session is over");
}

#[tokio::test]
async fn cookies_are_secure_when_configured_for_tls() {
    let hub = TestHub::new().await;
    let router = hub.router_with(WebConfig {
        secure_cookies: true,
        ..WebConfig::default()
    });
    let reply = Req::get("/report").send(&router).await;
    let set = reply.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(set.contains("; Secure"), "{set}");
}

#[tokio::test]
async fn a_post_without_the_right_csrf_token_is_refused_with_403() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let (_, item) = hub.report("Muslims are vermin", false).await;
    let (token, csrf) = hub.session(Role::Volunteer).await;
    let path = format!("/items/{item}/claim");
    let missing = Req::post(&path)
        .session(&token)
        .form("")
        .send(&router)
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(missing.body.contains("reload the page"), "{}", missing.body);
    let wrong = Req::post(&path)
        .session(&token)
        .form("csrf=00")
        .send(&router)
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let bad_header = Req::post(&path)
        .session(&token)
        .header("x-csrf-token", "nope")
        .form("")
        .send(&router)
        .await;
    assert_eq!(bad_header.status, StatusCode::FORBIDDEN);
    let right = Req::post(&path)
        .session(&token)
        .form(format!("csrf={csrf}"))
        .send(&router)
        .await;
    assert_eq!(right.status, StatusCode::SEE_OTHER, "{}", right.body);
    let by_header = Req::post(&format!("/items/{item}/release"))
        .session(&token)
        .header("x-csrf-token", &csrf)
        .form("")
        .send(&router)
        .await;
    assert_eq!(
        by_header.status,
        StatusCode::SEE_OTHER,
        "htmx sends the header"
    );
    // Anonymous forms use the CSRF cookie: without it the report form is refused.
    let anonymous = Req::post("/report")
        .form("text=hello&reporter_role=witness")
        .send(&router)
        .await;
    assert_eq!(anonymous.status, StatusCode::FORBIDDEN);
    // The JSON API with the session cookie needs the header too.
    let api = Req::post(&format!("/api/v1/items/{item}/claim"))
        .session(&token)
        .json("{}")
        .send(&router)
        .await;
    assert_eq!(api.status, StatusCode::FORBIDDEN);
    assert_eq!(api.json()["error"]["code"], "csrf");
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_the_account_with_a_message() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let csrf = visitor_csrf(&router).await;
    let attempt = |password: &str| {
        Req::post("/login")
            .header("cookie", &format!("ups_csrf={csrf}"))
            .form(format!(
                "csrf={csrf}&username={}&password={password}",
                username(Role::Analyst)
            ))
    };
    for _ in 0..5 {
        let reply = attempt("wrong-password").send(&router).await;
        assert_ne!(reply.status, StatusCode::SEE_OTHER);
        assert!(
            reply.body.contains("wrong username or password")
                || reply.body.contains("try again after"),
            "{}",
            reply.body
        );
    }
    let locked = attempt(&PASSWORD.replace(' ', "+")).send(&router).await;
    assert_eq!(
        locked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        locked.body
    );
    assert!(locked.body.contains("try again after"), "{}", locked.body);
    assert!(locked.body.contains("id=\"login-error\""));
}

#[tokio::test]
async fn a_report_through_the_form_gets_a_reference_that_shows_its_status() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let csrf = visitor_csrf(&router).await;
    let reply = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(format!(
            "csrf={csrf}&urls=&text=Gypsies+are+thieves+and+vermin&description=in+a+group&reporter_role=victim&website="
        ))
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let marker = "id=\"reference\">";
    let start = reply.body.find(marker).unwrap() + marker.len();
    let reference: String = reply.body[start..]
        .chars()
        .take_while(|c| *c != '<')
        .collect();
    assert!(reference.starts_with("UPS-"), "{reference}");
    let status = Req::get(&format!("/status?ref={}", reference.to_lowercase()))
        .send(&router)
        .await;
    assert_eq!(status.status, StatusCode::OK);
    assert!(
        status.body.contains("data-status=\"received\""),
        "{}",
        status.body
    );
    let unknown = Req::get("/status?ref=UPS-0000-0000").send(&router).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.body.contains("could not find"));
    let malformed = Req::get("/status?ref=%3Cscript%3E").send(&router).await;
    assert_eq!(
        malformed.status,
        StatusCode::NOT_FOUND,
        "same answer for malformed refs"
    );
    assert!(!malformed.body.contains("<script>"));
}

#[tokio::test]
async fn the_report_form_names_each_bad_field_and_keeps_what_was_typed() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let csrf = visitor_csrf(&router).await;
    let reply = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(format!(
            "csrf={csrf}&urls=ftp%3A%2F%2Fnope&description=kept+%3Cb%3Etext%3C%2Fb%3E&reporter_role=witness"
        ))
        .send(&router)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        reply.body
    );
    assert!(reply.body.contains("field-error"), "{}", reply.body);
    assert!(
        reply.body.contains("kept &#60;b&#62;text&#60;/b&#62;")
            || reply.body.contains("kept &lt;b&gt;text&lt;/b&gt;"),
        "typed text is kept, escaped: {}",
        reply.body
    );
    let no_role = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(format!("csrf={csrf}&text=hello&reporter_role=bystander"))
        .send(&router)
        .await;
    assert_eq!(no_role.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_role.body.contains("victim"), "{}", no_role.body);
}

#[tokio::test]
async fn a_bot_filling_the_honeypot_sees_success_and_nothing_is_stored() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let before = hub.hub.counts().await.unwrap();
    let csrf = visitor_csrf(&router).await;
    let reply = Req::post("/report")
        .header("cookie", &format!("ups_csrf={csrf}"))
        .form(format!("csrf={csrf}&text=Muslims+are+vermin&reporter_role=witness&website=http%3A%2F%2Fspam.example"))
        .send(&router)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains("id=\"reference\""));
    let after = hub.hub.counts().await.unwrap();
    assert_eq!(before, after);
}

#[tokio::test]
async fn one_address_is_limited_to_its_reports_per_minute() {
    let hub = TestHub::new().await;
    let router = hub.router_with(WebConfig {
        reports_per_minute: 2,
        ..WebConfig::default()
    });
    let body = r#"{"text":"Jews are parasites","reporter_role":"witness"}"#;
    for _ in 0..2 {
        let ok = Req::post("/api/v1/reports").json(body).send(&router).await;
        assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    }
    let limited = Req::post("/api/v1/reports").json(body).send(&router).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.json()["error"]["code"], "rate_limited");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let hub = TestHub::new().await;
    let router = hub.router();
    for path in ["/", "/api/openapi.json", "/static/app.css", "/nowhere"] {
        let reply = Req::get(path).send(&router).await;
        let h = |name: &str| {
            reply
                .headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
        };
        let csp = h("content-security-policy").unwrap();
        assert!(
            csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(h("x-frame-options").as_deref(), Some("DENY"));
        assert_eq!(h("x-content-type-options").as_deref(), Some("nosniff"));
        assert_eq!(h("referrer-policy").as_deref(), Some("no-referrer"));
    }
    let page = Req::get("/report").send(&router).await;
    assert!(!page.body.contains("<script>"), "no inline script");
    assert!(!page.body.contains(" style=\""), "no inline style");
    let htmx = Req::get("/static/htmx.min.js").send(&router).await;
    assert_eq!(
        htmx.headers.get("content-type").unwrap(),
        "text/javascript; charset=utf-8"
    );
    assert!(
        htmx.headers
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    assert!(htmx.body.contains("htmx"));
}

#[tokio::test]
async fn a_volunteer_decides_and_a_supervisor_second_reviews_through_the_pages() {
    let hub = TestHub::new().await;
    let router = hub.router_with(WebConfig {
        break_every: 1,
        ..WebConfig::default()
    });
    let (reference, item) = hub.report("Disabled people should be put down", true).await;
    let (vol, vol_csrf) = hub.session(Role::Volunteer).await;
    let page = Req::get(&format!("/items/{item}"))
        .session(&vol)
        .send(&router)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("id=\"break-prompt\""),
        "break prompt after 1 item"
    );
    assert!(
        !page.body.contains("Show contact details"),
        "volunteers never see identities"
    );
    let claim = Req::post(&format!("/items/{item}/claim"))
        .session(&vol)
        .form(format!("csrf={vol_csrf}"))
        .send(&router)
        .await;
    assert_eq!(claim.status, StatusCode::SEE_OTHER);
    let bad = Req::post(&format!("/items/{item}/decide"))
        .session(&vol)
        .form(format!(
            "csrf={vol_csrf}&severity=S9&action=platform_report"
        ))
        .send(&router)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains("severity"), "{}", bad.body);
    let decided = Req::post(&format!("/items/{item}/decide"))
        .session(&vol)
        .form(format!(
            "csrf={vol_csrf}&severity=S3&action=platform_report&category=HATE.DEHUMANISATION&legal_grounds=UK-POA86-S18&policy_grounds=hateful_conduct"
        ))
        .send(&router)
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.body);
    assert!(decided.location().ends_with("done=second"));

    let (sup, sup_csrf) = hub.session(Role::Supervisor).await;
    let page = Req::get(&format!("/items/{item}"))
        .session(&sup)
        .send(&router)
        .await;
    assert!(
        page.body.contains("Waiting for a second review"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Show contact details"));
    let identity = Req::post(&format!("/reports/{reference}/identity"))
        .session(&sup)
        .header("x-csrf-token", &sup_csrf)
        .header("hx-request", "true")
        .form("")
        .send(&router)
        .await;
    assert_eq!(identity.status, StatusCode::OK);
    assert!(identity.body.contains("rae@example.org"));
    let approve = Req::post(&format!("/items/{item}/second-review"))
        .session(&sup)
        .form(format!("csrf={sup_csrf}&approve=true&note=agreed"))
        .send(&router)
        .await;
    assert_eq!(approve.status, StatusCode::SEE_OTHER, "{}", approve.body);
    let status = Req::get(&format!("/status?ref={reference}"))
        .send(&router)
        .await;
    assert!(
        status.body.contains("data-status=\"action_taken\""),
        "{}",
        status.body
    );
    let audit = Req::get("/audit").session(&sup).send(&router).await;
    assert!(audit.body.contains("The chain is intact"), "{}", audit.body);
    assert!(
        audit.body.contains("reporter_identity_viewed"),
        "{}",
        audit.body
    );
}

#[tokio::test]
async fn a_skipped_item_leaves_that_reviewers_queue_for_the_shift() {
    let hub = TestHub::new().await;
    let router = hub.router();
    let (_, item) = hub.report("Muslims are vermin and must go", false).await;
    let (vol, csrf) = hub.session(Role::Volunteer).await;
    let before = Req::get("/queue").session(&vol).send(&router).await;
    assert!(before.body.contains(&item), "listed before the skip");
    let skip = Req::post(&format!("/items/{item}/skip"))
        .session(&vol)
        .form(format!("csrf={csrf}"))
        .send(&router)
        .await;
    assert_eq!(skip.status, StatusCode::SEE_OTHER, "{}", skip.body);
    let after = Req::get("/queue").session(&vol).send(&router).await;
    assert!(!after.body.contains(&item), "not offered again this shift");
    let (analyst, _) = hub.session(Role::Analyst).await;
    let other = Req::get("/queue").session(&analyst).send(&router).await;
    assert!(other.body.contains(&item), "still there for everyone else");
}
