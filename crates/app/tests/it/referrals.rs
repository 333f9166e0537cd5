//! Referrals, deadlines and outcomes, through the `Hub`: from a decided item to a notice, a
//! police referral with evidence, an escalation, and an outcome by hand or from a statement.

use jiff::SignedDuration;
use upstander_app::{
    AppError, Clock, DecisionInput, Hub, HubConfig, NewReport, NewUser, OutcomeInput,
    PoliceReferInput, ReferInput, ReferralQuery, ReferralTimes, RenderFormat, SecondReviewInput,
    StatementFormat,
};
use upstander_core::{AuditAction, Permission, ReporterRole, Role, Timestamp, User};
use upstander_referral::HubOutcome;

const POST: &str = "https://x.com/someone/status/1234567890";
/// The link as the registry rebuilds it.
const CANONICAL: &str = "https://x.com/i/status/1234567890";

/// Now, to the second: the store times decisions with the real clock, so the hub's manual
/// clock starts from it and moves forward.
fn start() -> Timestamp {
    Timestamp::from_second(Timestamp::now().as_second()).unwrap()
}

async fn hub(clock: &Clock) -> Hub {
    let mut config = HubConfig::default();
    config.database.url = "sqlite::memory:".into();
    config.referral.notifier_name = "Casework Team".into();
    config.referral.notifier_email = "casework@example.org".into();
    config.referral.organisation = Some("Example Charity".into());
    Hub::open(config).await.unwrap().with_clock(clock.clone())
}

async fn add(hub: &Hub, name: &str, role: Role) -> User {
    hub.add_user(
        &Hub::system_actor(),
        NewUser {
            username: name.into(),
            display_name: name.to_uppercase(),
            role,
            password: format!("{name}-correct-horse"),
        },
    )
    .await
    .unwrap()
}

/// A reported post on X, as an item id.
async fn reported(hub: &Hub, text: &str) -> String {
    hub.submit_report(NewReport {
        urls: vec![format!("{POST}?s=20&t=abc")],
        text: Some(text.into()),
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
    .to_string()
}

fn decision(action: &str, severity: &str) -> DecisionInput {
    DecisionInput {
        action: action.into(),
        category: Some("HATE.DEHUMANISATION".into()),
        severity: severity.into(),
        note: Some("Calls Muslims vermin; dehumanising and likely to stir up hatred.".into()),
        target_group: Some("TG.RELIGION".into()),
        legal_grounds: vec!["UK-POA86-S29B".into()],
        ..DecisionInput::default()
    }
}

async fn decide(hub: &Hub, who: &User, item: &str, input: DecisionInput) {
    hub.claim(who, item).await.unwrap();
    hub.decide_as(who, item, input).await.unwrap();
}

async fn actions(hub: &Hub) -> Vec<AuditAction> {
    hub.verify_audit().await.unwrap();
    hub.audit_log(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[tokio::test]
async fn a_decided_item_becomes_a_dsa_notice_with_its_clock_and_renders_later() {
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let volunteer = add(&hub, "vic", Role::Volunteer).await;
    let item = reported(&hub, "muslims are vermin").await;

    let undecided = hub.refer(&analyst, &item, ReferInput::default()).await;
    assert!(
        matches!(undecided, Err(AppError::Conflict(_))),
        "{undecided:?}"
    );

    decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
    clock.advance(SignedDuration::from_mins(10));
    let denied = hub.refer(&volunteer, &item, ReferInput::default()).await;
    assert!(
        matches!(
            denied,
            Err(AppError::Forbidden {
                permission: Permission::Refer
            })
        ),
        "{denied:?}"
    );

    let referrals = hub
        .refer(&analyst, &item, ReferInput::default())
        .await
        .unwrap();
    assert_eq!(referrals.len(), 1);
    let r = &referrals[0];
    assert_eq!(r.target, "x");
    assert_eq!(r.notice_kind, "dsa_art16");
    assert_eq!(r.channel, "dsa_art16");
    assert_eq!(r.urls, [CANONICAL]);
    assert_eq!(r.awaits.as_deref(), Some("decision"));
    assert_eq!(
        r.due_at,
        Some(
            clock
                .now()
                .checked_add(SignedDuration::from_hours(24))
                .unwrap()
        ),
        "the Code of conduct+ clock: 24 hours"
    );
    assert!(
        r.referral_seconds.is_some_and(|s| (590..=600).contains(&s)),
        "decision to referral: {:?}",
        r.referral_seconds
    );
    assert!(r.review_seconds.is_some(), "claim to decision is measured");
    assert!(r.is_open() && !r.is_overdue());

    let text = hub
        .render_referral(&analyst, &r.id.to_string()[..13], RenderFormat::Text)
        .await
        .unwrap();
    assert!(text.contains("Article 16"), "{text}");
    assert!(text.contains(CANONICAL), "{text}");
    assert!(text.contains("casework@example.org"), "{text}");
    assert!(text.contains("Public Order Act") || text.contains("UK-POA86-S29B"));
    assert!(
        !text.contains("amina"),
        "reviewers are never named on a notice"
    );
    let json: serde_json::Value = serde_json::from_str(
        &hub.render_referral(&analyst, &r.id.to_string(), RenderFormat::Json)
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json["kind"], "dsa_art16");
    let html = hub
        .render_referral(&analyst, &r.id.to_string(), RenderFormat::Html)
        .await
        .unwrap();
    assert!(html.starts_with("<!"), "{html}");

    let log = actions(&hub).await;
    assert_eq!(
        log.iter()
            .filter(|a| **a == AuditAction::ReferralMade)
            .count(),
        1
    );
    assert_eq!(
        log.iter().filter(|a| **a == AuditAction::Export).count(),
        3,
        "every rendering is an export"
    );
}

#[tokio::test]
async fn a_serious_decision_is_referred_only_after_someone_else_approves_it() {
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let supervisor = add(&hub, "sam", Role::Supervisor).await;
    let item = reported(&hub, "we should hunt them down tonight").await;
    decide(&hub, &analyst, &item, decision("platform_report", "S3")).await;
    let waiting = hub.refer(&analyst, &item, ReferInput::default()).await;
    assert!(
        matches!(&waiting, Err(AppError::Conflict(m)) if m.contains("second review")),
        "{waiting:?}"
    );
    clock.advance(SignedDuration::from_mins(1));
    hub.second_review(
        &supervisor,
        &item,
        SecondReviewInput {
            approve: true,
            note: None,
        },
    )
    .await
    .unwrap();
    let referrals = hub
        .refer(&analyst, &item, ReferInput::default())
        .await
        .unwrap();
    let json = hub
        .render_referral(&analyst, &referrals[0].id.to_string(), RenderFormat::Json)
        .await
        .unwrap();
    assert!(json.contains("\"second_reviewed\": true"), "{json}");
}

#[tokio::test]
async fn a_decision_without_an_action_that_refers_or_a_notifier_is_refused_clearly() {
    let clock = Clock::manual(start());
    let mut config = HubConfig::default();
    config.database.url = "sqlite::memory:".into();
    let hub = Hub::open(config).await.unwrap().with_clock(clock.clone());
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let item = reported(&hub, "muslims are vermin").await;
    decide(&hub, &analyst, &item, decision("counter_speech", "S2")).await;
    let wrong = hub.refer(&analyst, &item, ReferInput::default()).await;
    assert!(
        matches!(&wrong, Err(AppError::Conflict(m)) if m.contains("counter_speech")),
        "{wrong:?}"
    );
    hub.reopen(&analyst, &item, "wrong action").await.unwrap();
    decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
    let nobody = hub.refer(&analyst, &item, ReferInput::default()).await;
    assert!(
        matches!(&nobody, Err(AppError::InvalidInput { field, .. }) if field == "notifier"),
        "{nobody:?}"
    );
    let bad_email = hub
        .refer(
            &analyst,
            &item,
            ReferInput {
                notifier: Some(upstander_referral::Notifier {
                    name: "Casework".into(),
                    email: "not an address".into(),
                    organisation: None,
                    trusted_flagger: false,
                }),
                ..ReferInput::default()
            },
        )
        .await;
    assert!(
        matches!(&bad_email, Err(AppError::InvalidInput { field, .. }) if field == "notifier.email"),
        "{bad_email:?}"
    );
    let elsewhere = hub
        .refer(
            &analyst,
            &item,
            ReferInput {
                platform: Some(upstander_core::Platform::Reddit),
                notifier: Some(upstander_referral::Notifier {
                    name: "Casework".into(),
                    email: "casework@example.org".into(),
                    organisation: None,
                    trusted_flagger: false,
                }),
                ..ReferInput::default()
            },
        )
        .await;
    assert!(
        matches!(&elsewhere, Err(AppError::InvalidInput { field, .. }) if field == "urls"),
        "{elsewhere:?}"
    );
}

#[tokio::test]
async fn a_police_referral_carries_an_evidence_bundle_that_verifies() {
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let liaison = add(&hub, "pat", Role::PoliceLiaison).await;
    let item = reported(&hub, "muslims are vermin").await;
    decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
    let not_police = hub
        .refer_police(&liaison, &item, PoliceReferInput::default())
        .await;
    assert!(
        matches!(not_police, Err(AppError::Conflict(_))),
        "{not_police:?}"
    );
    hub.reopen(&analyst, &item, "police matter").await.unwrap();
    decide(&hub, &analyst, &item, decision("police", "S2")).await;
    clock.advance(SignedDuration::from_mins(5));
    let referral = hub
        .refer_police(
            &liaison,
            &item,
            PoliceReferInput {
                location: Some("Leeds".into()),
                ..PoliceReferInput::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(referral.target, "police");
    assert_eq!(referral.due_at, None);
    let parts = hub
        .evidence(&liaison, &referral.id.to_string())
        .await
        .unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].bytes, b"muslims are vermin");
    let metadata: serde_json::Value = serde_json::from_slice(&parts[1].bytes).unwrap();
    assert_eq!(metadata["copies"][0]["url"], CANONICAL);
    let text = hub
        .render_referral(&liaison, &referral.id.to_string(), RenderFormat::Text)
        .await
        .unwrap();
    assert!(text.contains("Strand: religion"), "{text}");
    assert!(text.contains("Location: Leeds"), "{text}");
    assert!(text.contains("manifest SHA-256"), "{text}");
    assert!(text.contains("referred to the police"), "{text}");
    let not_bundle = hub
        .refer(&analyst, &item, ReferInput::default())
        .await
        .unwrap();
    let err = hub
        .evidence(&liaison, &not_bundle[0].id.to_string())
        .await
        .unwrap_err();
    assert!(matches!(err, AppError::Conflict(_)), "{err:?}");
}

#[tokio::test]
async fn overdue_referrals_are_listed_escalated_once_and_closed_by_an_outcome() {
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let item = reported(&hub, "muslims are vermin").await;
    decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
    let r = hub
        .refer(&analyst, &item, ReferInput::default())
        .await
        .unwrap()
        .remove(0);
    let id = r.id.to_string();
    let overdue = ReferralQuery {
        overdue_only: true,
        ..ReferralQuery::default()
    };
    assert!(hub.referrals(&analyst, &overdue).await.unwrap().is_empty());
    clock.advance(SignedDuration::from_hours(1));
    hub.record_referral_times(
        &analyst,
        &id,
        ReferralTimes {
            acknowledged_at: Some(clock.now()),
            ..ReferralTimes::default()
        },
    )
    .await
    .unwrap();
    clock.advance(SignedDuration::from_hours(25));
    let late = hub.referrals(&analyst, &overdue).await.unwrap();
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].overdue_by_seconds, Some(2 * 3600));
    let escalated = hub.escalate_overdue(&analyst).await.unwrap();
    assert_eq!(escalated.len(), 1);
    assert!(escalated[0].escalated_at.is_some());
    assert!(hub.escalate_overdue(&analyst).await.unwrap().is_empty());

    let future = hub
        .record_referral_times(
            &analyst,
            &id,
            ReferralTimes {
                decided_at: Some(
                    clock
                        .now()
                        .checked_add(SignedDuration::from_hours(2))
                        .unwrap(),
                ),
                ..ReferralTimes::default()
            },
        )
        .await;
    assert!(
        matches!(future, Err(AppError::InvalidInput { .. })),
        "{future:?}"
    );

    let closed = hub
        .record_outcome(
            &analyst,
            &id,
            OutcomeInput {
                outcome: HubOutcome::Removed,
                decision_ground: None,
                visibility: vec![upstander_referral::DecisionVisibility::Removed],
                account: None,
                source_type: None,
                automated: None,
                decided_at: None,
                note: Some("confirmed by email".into()),
            },
        )
        .await
        .unwrap();
    assert_eq!(closed.outcome.as_deref(), Some("removed"));
    assert_eq!(closed.decided_at, Some(clock.now()));
    assert_eq!(closed.actioned_at, Some(clock.now()));
    assert!(hub.referrals(&analyst, &overdue).await.unwrap().is_empty());
    let log = actions(&hub).await;
    for action in [
        AuditAction::ReferralUpdated,
        AuditAction::ReferralEscalated,
        AuditAction::OutcomeRecorded,
    ] {
        assert_eq!(log.iter().filter(|a| **a == action).count(), 1, "{action}");
    }
}

#[tokio::test]
async fn statements_of_reasons_are_matched_recorded_once_and_bad_rows_reported() {
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let item = reported(&hub, "muslims are vermin").await;
    decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
    let r = hub
        .refer(&analyst, &item, ReferInput::default())
        .await
        .unwrap()
        .remove(0);
    clock.advance(SignedDuration::from_hours(3));
    let csv = "decision_visibility,decision_ground,category,source_type,automated_detection,\
automated_decision,platform_name,puid
DECISION_VISIBILITY_CONTENT_REMOVED,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TRUSTED_FLAGGER,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,1234567890
DECISION_VISIBILITY_CONTENT_HIDDEN,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TRUSTED_FLAGGER,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,1234567890
DECISION_VISIBILITY_CONTENT_REMOVED,DECISION_GROUND_ILLEGAL_CONTENT,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,SOURCE_TRUSTED_FLAGGER,No,AUTOMATED_DECISION_NOT_AUTOMATED,X,999
";
    let summary = hub
        .import_statements(&analyst, csv.as_bytes(), StatementFormat::Csv)
        .await
        .unwrap();
    assert_eq!(summary.rows, 3);
    assert_eq!(summary.matched, 1);
    assert_eq!(summary.unmatched, 1);
    assert_eq!(summary.rejected.len(), 1);
    assert_eq!(summary.rejected[0].line, Some(3));
    assert_eq!(
        summary.rejected[0].field.as_deref(),
        Some("decision_visibility")
    );
    assert_eq!(summary.recorded.len(), 1);
    assert_eq!(summary.recorded[0].referral, r.id);
    assert!(summary.recorded[0].changed);
    let closed = hub.referral(&analyst, &r.id.to_string()).await.unwrap();
    assert_eq!(closed.outcome.as_deref(), Some("removed"));
    assert_eq!(closed.outcome_source.as_deref(), Some("statement"));

    let again = hub
        .import_statements(&analyst, csv.as_bytes(), StatementFormat::Csv)
        .await
        .unwrap();
    assert!(
        !again.recorded[0].changed,
        "importing twice changes nothing"
    );
    let log = actions(&hub).await;
    assert_eq!(
        log.iter()
            .filter(|a| **a == AuditAction::OutcomeRecorded)
            .count(),
        1
    );

    let broken = hub
        .import_statements(&analyst, b"not,a,statement\n1,2,3\n", StatementFormat::Csv)
        .await;
    assert!(
        matches!(&broken, Err(AppError::InvalidInput { field, .. }) if field == "file"),
        "{broken:?}"
    );
}

/// A local web server that plays each case of a referred link, by path.
fn serve_cases() -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            let _ = reader.read_line(&mut request);
            // Read the headers up to the blank line, so the client sees a clean exchange.
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/");
            let (status, body) = match path {
                "/i/status/1001" => ("404 Not Found", "gone"),
                "/i/status/1002" => ("200 OK", "<html>Hmm... this post is unavailable.</html>"),
                "/i/status/1003" => (
                    "200 OK",
                    "<html><article>the hateful words, still up</article></html>",
                ),
                "/i/status/1004" => ("451 Unavailable For Legal Reasons", "withheld"),
                _ => ("500 Internal Server Error", "?"),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    base
}

/// The real HTTP checker, pointed at the local server instead of the platform's host (as a
/// hosts-file entry would), keeping each link's path.
struct Local {
    inner: upstander_referral::HttpLinkChecker,
    base: String,
}

impl upstander_referral::LinkChecker for Local {
    fn check(&self, url: &str) -> upstander_referral::LinkCheck {
        let path = url
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or("/");
        let mut check = self.inner.check(&format!("{}{path}", self.base));
        check.url = url.to_owned();
        check
    }
}

#[tokio::test]
async fn rechecking_records_removed_live_and_geo_blocked_links_and_reuploads() {
    use upstander_referral::LinkStatus;
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let mut referred = Vec::new();
    for (n, text) in [
        (1001, "first hateful post about muslims being vermin"),
        (1002, "second hateful post calling jews rats"),
        (1003, "third hateful post saying migrants are a plague"),
        (1004, "fourth hateful post wishing death on gay people"),
    ] {
        let item = hub
            .submit_report(NewReport {
                urls: vec![format!("https://x.com/someone/status/{n}")],
                text: Some(text.into()),
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
        decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
        referred.push(
            hub.refer(&analyst, &item, ReferInput::default())
                .await
                .unwrap()
                .remove(0),
        );
    }
    // The third post comes back elsewhere after the referral: a re-upload.
    hub.submit_report(NewReport {
        urls: vec!["https://x.com/other/status/2003".into()],
        text: Some("third hateful post saying migrants are a plague".into()),
        description: None,
        hate_kind: None,
        target_group: None,
        reporter_role: ReporterRole::Witness,
        contact: None,
        consent_to_contact: false,
        anonymous: true,
    })
    .await
    .unwrap();
    let checker = Local {
        inner: upstander_referral::LinkCheckerConfig {
            timeout_ms: 5_000,
            ..upstander_referral::LinkCheckerConfig::default()
        }
        .build()
        .unwrap(),
        base: serve_cases(),
    };
    let results = hub
        .recheck(&analyst, std::sync::Arc::new(checker), None, None)
        .await
        .unwrap();
    let statuses: Vec<LinkStatus> = results.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            LinkStatus::Removed,
            LinkStatus::Removed,
            LinkStatus::StillLive,
            LinkStatus::GeoBlocked
        ]
    );
    assert_eq!(results[2].reuploads, ["https://x.com/i/status/2003"]);
    assert!(results[0].closed && !results[2].closed);
    let first = hub
        .referral(&analyst, &referred[0].id.to_string())
        .await
        .unwrap();
    assert_eq!(first.outcome.as_deref(), Some("removed"));
    assert_eq!(first.outcome_source.as_deref(), Some("recheck"));
    assert!(first.actioned_at.is_some());
    let live = hub
        .referral(&analyst, &referred[2].id.to_string())
        .await
        .unwrap();
    assert!(live.is_open());
    assert_eq!(live.last_check.as_deref(), Some("still_live"));
    assert_eq!(live.reuploads, 1);
    let geo = hub
        .referral(&analyst, &referred[3].id.to_string())
        .await
        .unwrap();
    assert_eq!(geo.outcome.as_deref(), Some("geo_restricted"));
    // Only the live one is open and checked again.
    let again = hub
        .recheck(
            &analyst,
            std::sync::Arc::new(Local {
                inner: upstander_referral::LinkCheckerConfig::default()
                    .build()
                    .unwrap(),
                base: serve_cases(),
            }),
            None,
            None,
        )
        .await
        .unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(
        actions(&hub)
            .await
            .iter()
            .filter(|a| **a == AuditAction::LinkRechecked)
            .count(),
        5
    );
}

#[tokio::test]
async fn the_burden_bill_and_the_annual_report_are_built_from_stored_referrals() {
    use upstander_app::ReportFormat;
    let clock = Clock::manual(start());
    let hub = hub(&clock).await;
    let analyst = add(&hub, "amina", Role::Analyst).await;
    let volunteer = add(&hub, "vic", Role::Volunteer).await;
    let item = reported(&hub, "muslims are vermin").await;
    decide(&hub, &analyst, &item, decision("platform_report", "S2")).await;
    clock.advance(SignedDuration::from_mins(20));
    let r = hub
        .refer(&analyst, &item, ReferInput::default())
        .await
        .unwrap()
        .remove(0);
    clock.advance(SignedDuration::from_hours(30));
    hub.record_outcome(
        &analyst,
        &r.id.to_string(),
        OutcomeInput {
            outcome: HubOutcome::Removed,
            decision_ground: None,
            visibility: vec![],
            account: None,
            source_type: None,
            automated: None,
            decided_at: None,
            note: None,
        },
    )
    .await
    .unwrap();
    let from = start().checked_sub(SignedDuration::from_hours(1)).unwrap();
    let to = clock
        .now()
        .checked_add(SignedDuration::from_hours(1))
        .unwrap();
    let denied = hub
        .burden_report(&volunteer, from, to, ReportFormat::Json)
        .await;
    assert!(
        matches!(denied, Err(AppError::Forbidden { .. })),
        "{denied:?}"
    );
    let inverted = hub
        .burden_report(&analyst, to, from, ReportFormat::Json)
        .await;
    assert!(
        matches!(&inverted, Err(AppError::InvalidInput { field, .. }) if field == "to"),
        "{inverted:?}"
    );

    let json: serde_json::Value = serde_json::from_str(
        &hub.burden_report(&analyst, from, to, ReportFormat::Json)
            .await
            .unwrap(),
    )
    .unwrap();
    let x = &json["platforms"][0];
    assert_eq!(x["platform"], "X");
    assert_eq!(x["items_reported"], 1);
    assert_eq!(x["removed"], 1);
    assert_eq!(x["overdue"], 1, "removed after 30 hours on a 24-hour clock");
    // Referral step: 20 minutes from decision to referral, within the 60-minute cap.
    assert!(x["staff_seconds"].as_u64().unwrap() >= 19 * 60, "{x}");
    let csv = hub
        .burden_report(&analyst, from, to, ReportFormat::Csv)
        .await
        .unwrap();
    assert!(csv.lines().count() >= 2 && csv.contains("X"), "{csv}");
    let html = hub
        .burden_report(&analyst, from, to, ReportFormat::Html)
        .await
        .unwrap();
    assert!(html.contains("<svg"), "charts are inline SVG");

    let annual = hub
        .trusted_flagger_report(&analyst, from, to, ReportFormat::Csv)
        .await
        .unwrap();
    assert!(
        annual.contains("X") && annual.contains("HATE.DEHUMANISATION"),
        "{annual}"
    );
    let empty = hub
        .burden_report(
            &analyst,
            from.checked_sub(SignedDuration::from_hours(100)).unwrap(),
            from,
            ReportFormat::Json,
        )
        .await
        .unwrap();
    assert!(empty.contains("\"platforms\": []"), "{empty}");
    // Decisions are timed by the store's own clock: a wide window holds them.
    let transparency: serde_json::Value = serde_json::from_str(
        &hub.transparency_report(
            &analyst,
            upstander_core::Timestamp::UNIX_EPOCH,
            upstander_core::Timestamp::MAX,
            ReportFormat::Json,
        )
        .await
        .unwrap(),
    )
    .unwrap();
    assert_eq!(transparency["decisions"], 1);
    assert_eq!(transparency["by_source"]["report"], 1);
    assert_eq!(transparency["by_action"]["platform_report"], 1);
    let exports = actions(&hub)
        .await
        .into_iter()
        .filter(|a| *a == AuditAction::Export)
        .count();
    assert_eq!(exports, 6, "every report written is an export");
}
