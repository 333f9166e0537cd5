//! Accounts, public reports and the review workflow, through the `Hub`.

use jiff::SignedDuration;
use upstander_app::{
    AppError, Clock, DecisionInput, Hub, HubConfig, NewReport, NewUser, SecondReviewInput,
};
use upstander_core::{
    AuditAction, ItemFilter, ItemStatus, Permission, ReportStatus, ReporterContact, ReporterRole,
    Role, Timestamp, User,
};

async fn hub(clock: &Clock) -> Hub {
    let mut config = HubConfig::default();
    config.database.url = "sqlite::memory:".into();
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

fn report(text: &str) -> NewReport {
    NewReport {
        urls: vec!["https://x.com/someone/status/1234567890".into()],
        text: Some(text.into()),
        description: Some("it was a reply to my post".into()),
        hate_kind: None,
        target_group: None,
        reporter_role: ReporterRole::Victim,
        contact: Some(ReporterContact {
            name: Some("Sam".into()),
            email: Some("sam@example.org".into()),
            phone: None,
        }),
        consent_to_contact: true,
        anonymous: false,
    }
}

fn invalid_field(result: Result<impl std::fmt::Debug, AppError>) -> String {
    match result {
        Err(AppError::InvalidInput { field, .. }) => field,
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[tokio::test]
async fn five_failed_sign_ins_lock_the_account_until_the_window_passes() {
    let clock = Clock::manual(Timestamp::from_second(1_800_000_000).unwrap());
    let hub = hub(&clock).await;
    add(&hub, "amina", Role::Analyst).await;
    for _ in 0..4 {
        assert!(matches!(
            hub.login("amina", "wrong-password!", "test").await,
            Err(AppError::Unauthenticated)
        ));
    }
    let Err(AppError::LockedOut { until }) = hub.login("amina", "wrong-password!", "test").await
    else {
        panic!("the fifth failure locks");
    };
    // Even the right password is refused while locked.
    assert!(matches!(
        hub.login("amina", "amina-correct-horse", "test").await,
        Err(AppError::LockedOut { .. })
    ));
    clock.set(until.checked_add(SignedDuration::from_secs(1)).unwrap());
    let session = hub
        .login("Amina", "amina-correct-horse", "test")
        .await
        .unwrap();
    assert_eq!(session.token.len(), 43);
    let info = hub.session(&session.token).await.unwrap().unwrap();
    assert_eq!(info.user.username, "amina");
    assert_eq!(hub.note_item_seen(&session.token).await.unwrap(), 1);
    // Sessions lapse after the idle time.
    clock.advance(SignedDuration::from_hours(9));
    assert!(hub.session(&session.token).await.unwrap().is_none());
    // An unknown name gets the same answer as a wrong password.
    assert!(matches!(
        hub.login("nobody", "whatever-password", "test").await,
        Err(AppError::Unauthenticated)
    ));
    let actions: Vec<_> = hub
        .audit_log(0, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [AuditAction::UserAdded, AuditAction::LoginLockedOut]
    );
}

#[tokio::test]
async fn account_rules_name_the_field_and_need_an_administrator() {
    let clock = Clock::system();
    let hub = hub(&clock).await;
    let system = Hub::system_actor();
    let short = hub
        .add_user(
            &system,
            NewUser {
                username: "ben".into(),
                display_name: "Ben".into(),
                role: Role::Volunteer,
                password: "short".into(),
            },
        )
        .await;
    assert_eq!(invalid_field(short), "password");
    let bad_name = hub
        .add_user(
            &system,
            NewUser {
                username: "b e n".into(),
                display_name: "Ben".into(),
                role: Role::Volunteer,
                password: "long enough password".into(),
            },
        )
        .await;
    assert_eq!(invalid_field(bad_name), "username");
    // A terminal escape in a display name would reach `user list` and the audit log.
    let escaped = hub
        .add_user(
            &system,
            NewUser {
                username: "eve".into(),
                display_name: "Evil\u{1b}[2J\nName".into(),
                role: Role::Volunteer,
                password: "long enough password".into(),
            },
        )
        .await;
    assert_eq!(invalid_field(escaped), "display_name");
    let ben = add(&hub, "ben", Role::Volunteer).await;
    assert!(matches!(
        hub.list_users(&ben).await,
        Err(AppError::Forbidden {
            permission: Permission::Administer
        })
    ));
    let promoted = hub.set_role(&system, "ben", Role::Analyst).await.unwrap();
    assert_eq!(promoted.role, Role::Analyst);
    let token = hub.create_api_token(&promoted, "exporter").await.unwrap();
    assert!(token.starts_with("ups_"));
    assert_eq!(
        hub.token_user(&token).await.unwrap().unwrap().username,
        "ben"
    );
    hub.set_user_disabled(&system, "ben", true).await.unwrap();
    assert!(hub.token_user(&token).await.unwrap().is_none());
}

#[tokio::test]
async fn a_bad_report_names_the_field_at_fault() {
    let hub = hub(&Clock::system()).await;
    let too_many = NewReport {
        urls: vec!["https://x.com/a/status/1".into(); 11],
        ..report("text")
    };
    assert_eq!(invalid_field(hub.submit_report(too_many).await), "urls");
    let bad_url = NewReport {
        urls: vec![
            "https://x.com/a/status/1".into(),
            "https://x.com/b/status/2".into(),
            "not a link".into(),
        ],
        ..report("text")
    };
    assert_eq!(invalid_field(hub.submit_report(bad_url).await), "urls[2]");
    let nothing = NewReport {
        urls: Vec::new(),
        text: None,
        ..report("")
    };
    assert_eq!(invalid_field(hub.submit_report(nothing).await), "urls");
    let long = report(&"a".repeat(10_001));
    assert_eq!(invalid_field(hub.submit_report(long).await), "text");
    let kind = NewReport {
        hate_kind: Some("HATE.NOPE".into()),
        ..report("text")
    };
    assert_eq!(invalid_field(hub.submit_report(kind).await), "hate_kind");
    let group = NewReport {
        target_group: Some("NOPE".into()),
        ..report("text")
    };
    assert_eq!(
        invalid_field(hub.submit_report(group).await),
        "target_group"
    );
    let anonymous = NewReport {
        anonymous: true,
        ..report("text")
    };
    assert_eq!(invalid_field(hub.submit_report(anonymous).await), "contact");
    let no_consent = NewReport {
        consent_to_contact: false,
        ..report("text")
    };
    assert_eq!(
        invalid_field(hub.submit_report(no_consent).await),
        "consent_to_contact"
    );
    let mut bad_email = report("text");
    bad_email.contact.as_mut().unwrap().email = Some("sam at example".into());
    assert_eq!(
        invalid_field(hub.submit_report(bad_email).await),
        "contact.email"
    );
    assert_eq!(hub.counts().await.unwrap().posts, 0, "nothing was stored");
    // Unknown and malformed references get the same answer.
    let unknown = hub.report_status("UPS-0000-0000").await.unwrap_err();
    let malformed = hub.report_status("drop table").await.unwrap_err();
    assert_eq!(unknown.to_string(), malformed.to_string());
}

#[tokio::test]
async fn a_second_report_of_the_same_post_by_address_alone_joins_the_first_item() {
    let clock = Clock::manual(Timestamp::from_second(1_800_000_000).unwrap());
    let hub = hub(&clock).await;
    let first = hub
        .submit_report(report("you people should all be wiped out"))
        .await
        .unwrap();
    // The same post reported again with its address only (the address written differently):
    // the platform's post id is the key, so nothing new is queued for review.
    let again = NewReport {
        urls: vec!["https://twitter.com/someone/status/1234567890?s=20".into()],
        text: None,
        description: None,
        contact: None,
        consent_to_contact: false,
        ..report("unused")
    };
    let second = hub.submit_report(again).await.unwrap();
    assert_eq!(first.item_id, second.item_id);
    assert_ne!(first.reference, second.reference);
    // The first report's text stays the item's text; the address did not overwrite it.
    let detail = hub.item(&first.item_id.to_string()).await.unwrap();
    assert!(
        detail
            .copies
            .iter()
            .all(|p| p.post.text.contains("wiped out")),
        "{:?}",
        detail.copies
    );
}

#[tokio::test]
async fn a_report_by_address_of_an_imported_post_joins_the_imported_item() {
    let clock = Clock::manual(Timestamp::from_second(1_800_000_000).unwrap());
    let hub = hub(&clock).await;
    let export = r#"{"data":[{"id":"1790000000000000042","text":"you people should all be wiped out","author_id":"7"}],"includes":{"users":[{"id":"7","name":"Someone","username":"someone"}]}}"#;
    let source = upstander_app::SourceInput {
        name: "x.json".into(),
        reader: Box::new(std::io::Cursor::new(export.as_bytes())),
    };
    let summary = hub
        .ingest(
            vec![source],
            upstander_ingest::Format::X,
            &upstander_app::NoProgress,
            &mut |_| Ok(()),
        )
        .await
        .unwrap();
    assert_eq!(summary.accepted, 1);
    let imported = hub.queue(&ItemFilter::default()).await.unwrap();
    assert_eq!(imported.len(), 1);
    let by_address = NewReport {
        urls: vec!["https://x.com/someone/status/1790000000000000042".into()],
        text: None,
        description: None,
        contact: None,
        consent_to_contact: false,
        ..report("unused")
    };
    let receipt = hub.submit_report(by_address).await.unwrap();
    assert_eq!(receipt.item_id, imported[0].id);
    assert_eq!(hub.queue(&ItemFilter::default()).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_report_is_claimed_decided_and_second_reviewed_by_someone_else() {
    let clock = Clock::manual(Timestamp::from_second(1_800_000_000).unwrap());
    let hub = hub(&clock).await;
    let vol = add(&hub, "vol", Role::Volunteer).await;
    let sup = add(&hub, "sup", Role::Supervisor).await;

    let receipt = hub
        .submit_report(report("you people should all be wiped out"))
        .await
        .unwrap();
    let reference = receipt.reference.to_string();
    let item = receipt.item_id.to_string();
    let status = hub.report_status(&reference.to_lowercase()).await.unwrap();
    assert_eq!(status.status, ReportStatus::Received);

    let queue = hub.queue_view(&vol, &ItemFilter::default()).await.unwrap();
    let entry = queue.iter().find(|e| e.item.id == receipt.item_id).unwrap();
    assert_eq!(entry.report_count, 1);
    assert_eq!(entry.item.status, ItemStatus::Open);

    let decision = DecisionInput {
        action: "police".into(),
        severity: "S4".into(),
        legal_grounds: Vec::new(),
        policy_grounds: vec!["x.violent_speech".into()],
        ..DecisionInput::default()
    };
    // No claim, no decision.
    assert!(matches!(
        hub.decide_as(&vol, &item, decision.clone()).await,
        Err(AppError::Conflict(_))
    ));
    hub.claim(&vol, &item).await.unwrap();
    let clash = hub.claim(&sup, &item).await.unwrap_err();
    assert!(
        matches!(&clash, AppError::Conflict(m) if m.contains("vol")),
        "{clash}"
    );
    assert_eq!(
        hub.report_status(&reference).await.unwrap().status,
        ReportStatus::UnderReview
    );
    let view = hub.item_view(&vol, &item).await.unwrap();
    assert_eq!(view.reports.len(), 1);
    assert!(view.reports[0].has_contact);
    assert_eq!(view.claim.unwrap().username, "vol");
    hub.add_note(&vol, &item, "threat, urgent").await.unwrap();

    let decided = hub.decide_as(&vol, &item, decision).await.unwrap();
    assert_eq!(decided.decision.reviewer, "vol");
    let view = hub.item_view(&sup, &item).await.unwrap();
    assert_eq!(view.detail.item.status, ItemStatus::AwaitingSecondReview);
    assert_eq!(view.pending_second_review.unwrap().id, decided.id);
    assert_eq!(view.notes[0].text, "threat, urgent");
    assert_eq!(
        hub.report_status(&reference).await.unwrap().status,
        ReportStatus::AwaitingSecondReview
    );

    // A volunteer may not second-review; the decider may not review their own call.
    assert!(matches!(
        hub.second_review(&vol, &item, SecondReviewInput::default())
            .await,
        Err(AppError::Forbidden {
            permission: Permission::SecondReview
        })
    ));
    let admin = Hub::system_actor();
    let own = hub
        .decide(
            &item,
            DecisionInput {
                action: "police".into(),
                severity: "S4".into(),
                reviewer: "system".into(),
                ..DecisionInput::default()
            },
        )
        .await
        .unwrap();
    assert!(matches!(
        hub.second_review(&admin, &item, SecondReviewInput::default())
            .await,
        Err(AppError::Conflict(_))
    ));
    let review = hub
        .second_review(
            &sup,
            &item,
            SecondReviewInput {
                approve: true,
                note: Some("agreed".into()),
            },
        )
        .await
        .unwrap();
    assert_eq!(review.decision_id, own.id);
    clock.advance(SignedDuration::from_mins(1));
    let status = hub.report_status(&reference).await.unwrap();
    assert_eq!(status.status, ReportStatus::ActionTaken);
    assert!(status.updated_at >= status.received_at);

    // Identities: refused to a volunteer, audited for a supervisor, every time.
    assert!(matches!(
        hub.reporter_identity(&vol, &reference).await,
        Err(AppError::Forbidden { .. })
    ));
    for _ in 0..2 {
        let contact = hub.reporter_identity(&sup, &reference).await.unwrap();
        assert_eq!(contact.email.as_deref(), Some("sam@example.org"));
    }

    // The reporter appeals: the item is open again.
    hub.appeal(&reference, "it is still up".into())
        .await
        .unwrap();
    assert_eq!(
        hub.report_status(&reference).await.unwrap().status,
        ReportStatus::UnderReview
    );
    hub.reopen(&sup, &item, "second look").await.unwrap_err();

    let log = hub.audit_log(0, 1000).await.unwrap();
    let viewed = log
        .iter()
        .filter(|e| e.action == AuditAction::ReporterIdentityViewed)
        .count();
    assert_eq!(viewed, 2);
    assert!(log.iter().all(|e| !e.details.contains("sam@example.org")));
    for action in [
        AuditAction::ReportSubmitted,
        AuditAction::ItemClaimed,
        AuditAction::NoteAdded,
        AuditAction::DecisionRecorded,
        AuditAction::SecondReviewRecorded,
        AuditAction::AppealLodged,
    ] {
        assert!(log.iter().any(|e| e.action == action), "{action} missing");
    }
    let report = hub.verify_audit().await.unwrap();
    assert_eq!(report.entries, log.len() as u64);
}

#[tokio::test]
async fn the_only_enabled_administrator_is_neither_demoted_nor_disabled() {
    let clock = Clock::system();
    let hub = hub(&clock).await;
    let system = Hub::system_actor();
    add(&hub, "ada", Role::Admin).await;
    let demoted = hub.set_role(&system, "ada", Role::Volunteer).await;
    assert!(
        matches!(&demoted, Err(AppError::Conflict(m)) if m.contains("only enabled administrator")),
        "{demoted:?}"
    );
    let disabled = hub.set_user_disabled(&system, "ada", true).await;
    assert!(
        matches!(disabled, Err(AppError::Conflict(_))),
        "{disabled:?}"
    );
    // With a second administrator either may go.
    add(&hub, "grace", Role::Admin).await;
    let demoted = hub
        .set_role(&system, "ada", Role::Supervisor)
        .await
        .unwrap();
    assert_eq!(demoted.role, Role::Supervisor);
    let last = hub.set_user_disabled(&system, "grace", true).await;
    assert!(matches!(last, Err(AppError::Conflict(_))), "{last:?}");
}
