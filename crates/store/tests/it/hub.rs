//! Accounts, sessions, tokens, reports, claims, notes, second reviews and appeals.

use upstander_core::{
    AuditAction, DecisionAction, ItemId, ItemStatus, NewDecision, Note, ReportId, ReportRef,
    ReportSummary, ReporterContact, ReporterRole, Role, SecondReview, Severity, Timestamp, User,
    UserId, verify_chain,
};
use upstander_store::{
    GroupingRules, NewReportRecord, NewSession, NewUserRecord, StoreError, UserChange,
};

use crate::support::{Ctx, PostExt, flagged, post};

const RULES: GroupingRules = GroupingRules { max_hamming: 10 };

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000 + seconds).unwrap()
}

fn user(name: &str, role: Role) -> NewUserRecord {
    NewUserRecord {
        user: User {
            id: UserId::new(),
            username: name.into(),
            display_name: name.to_uppercase(),
            role,
            disabled: false,
            created_at: at(0),
            last_login_at: None,
        },
        password_hash: format!("hash-of-{name}"),
    }
}

async fn one_item(ctx: &Ctx, key: &str, severity: Severity) -> ItemId {
    ctx.store
        .ingest_batch(&[flagged(key, key, 1, severity, 0.9)], RULES)
        .await
        .unwrap();
    ctx.store.item_for_ingest_key(key).await.unwrap().unwrap()
}

fn decision(item_id: ItemId, severity: Severity, reviewer: &str) -> NewDecision {
    NewDecision {
        item_id,
        action: DecisionAction::Police,
        category: None,
        severity,
        note: None,
        reviewer: reviewer.into(),
        target_group: Some("RACE".into()),
        legal_grounds: vec!["UK.POA1986.S18".into()],
        policy_grounds: vec!["x.hateful_conduct".into()],
    }
}

async fn actions(ctx: &Ctx) -> Vec<AuditAction> {
    let entries = ctx.store.audit_entries(0, 1000).await.unwrap();
    verify_chain(entries.clone()).unwrap();
    entries.into_iter().map(|e| e.action).collect()
}

async fn a_user_is_stored_listed_changed_and_audited(ctx: Ctx) {
    let amina = ctx
        .store
        .create_user(&user("amina", Role::Volunteer), "root")
        .await
        .unwrap();
    let taken = ctx
        .store
        .create_user(&user("amina", Role::Admin), "root")
        .await
        .unwrap_err();
    assert!(
        matches!(&taken, StoreError::Invalid { field, .. } if field == "username"),
        "{taken}"
    );
    let record = ctx.store.user_record("amina").await.unwrap().unwrap();
    assert_eq!(record.user, amina);
    assert_eq!(record.password_hash, "hash-of-amina");
    let changed = ctx
        .store
        .change_user("amina", UserChange::Role(Role::Supervisor), "root")
        .await
        .unwrap();
    assert_eq!(changed.role, Role::Supervisor);
    let disabled = ctx
        .store
        .change_user("amina", UserChange::Disabled(true), "root")
        .await
        .unwrap();
    assert!(disabled.disabled);
    assert_eq!(ctx.store.list_users().await.unwrap(), vec![disabled]);
    let missing = ctx
        .store
        .change_user("nobody", UserChange::Disabled(true), "root")
        .await
        .unwrap_err();
    assert!(matches!(missing, StoreError::NotFound { .. }), "{missing}");
    assert_eq!(
        actions(&ctx).await,
        [
            AuditAction::UserAdded,
            AuditAction::RoleChanged,
            AuditAction::UserDisabled
        ]
    );
    let entries = ctx.store.audit_entries(0, 10).await.unwrap();
    assert_eq!(entries[1].details, "from=volunteer; to=supervisor");
}

async fn failed_sign_ins_lock_at_the_threshold_and_success_clears_them(ctx: Ctx) {
    let amina = ctx
        .store
        .create_user(&user("amina", Role::Analyst), "root")
        .await
        .unwrap();
    for _ in 0..2 {
        assert_eq!(
            ctx.store.login_failed(amina.id, 3, at(900)).await.unwrap(),
            None
        );
    }
    assert_eq!(
        ctx.store.login_failed(amina.id, 3, at(900)).await.unwrap(),
        Some(at(900))
    );
    let record = ctx.store.user_record("amina").await.unwrap().unwrap();
    assert_eq!(record.locked_until, Some(at(900)));
    assert_eq!(record.failed_logins, 0);
    ctx.store
        .login_succeeded(&NewSession {
            token_hash: "h1".into(),
            user_id: amina.id,
            csrf_token: "csrf".into(),
            client: "test".into(),
            started_at: at(1000),
            expires_at: at(2000),
        })
        .await
        .unwrap();
    let record = ctx.store.user_record("amina").await.unwrap().unwrap();
    assert_eq!(record.locked_until, None);
    assert_eq!(record.user.last_login_at, Some(at(1000)));
    assert_eq!(
        actions(&ctx).await,
        [AuditAction::UserAdded, AuditAction::LoginLockedOut]
    );
}

async fn a_session_is_found_extended_counted_and_ended(ctx: Ctx) {
    let amina = ctx
        .store
        .create_user(&user("amina", Role::Analyst), "root")
        .await
        .unwrap();
    ctx.store
        .login_succeeded(&NewSession {
            token_hash: "h1".into(),
            user_id: amina.id,
            csrf_token: "csrf".into(),
            client: "test".into(),
            started_at: at(0),
            expires_at: at(100),
        })
        .await
        .unwrap();
    let found = ctx
        .store
        .touch_session("h1", at(50), at(150))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.user.username, "amina");
    assert_eq!(found.expires_at, at(150));
    assert_eq!(found.csrf_token, "csrf");
    assert_eq!(
        ctx.store.count_item_seen("h1", at(60)).await.unwrap(),
        Some(1)
    );
    assert_eq!(
        ctx.store.count_item_seen("h1", at(61)).await.unwrap(),
        Some(2)
    );
    assert_eq!(
        ctx.store.count_item_seen("nope", at(61)).await.unwrap(),
        None
    );
    // Expired: not found, and not revived.
    assert!(
        ctx.store
            .touch_session("h1", at(151), at(300))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        ctx.store
            .touch_session("h1", at(60), at(300))
            .await
            .unwrap()
            .is_some()
    );
    // A password reset ends every session.
    ctx.store
        .change_user("amina", UserChange::PasswordHash("new".into()), "root")
        .await
        .unwrap();
    assert!(
        ctx.store
            .touch_session("h1", at(60), at(300))
            .await
            .unwrap()
            .is_none()
    );
}

async fn a_disabled_users_sessions_and_tokens_stop_working(ctx: Ctx) {
    let amina = ctx
        .store
        .create_user(&user("amina", Role::Analyst), "root")
        .await
        .unwrap();
    ctx.store
        .create_api_token("t1", &amina, "exporter", at(0))
        .await
        .unwrap();
    assert_eq!(
        ctx.store
            .api_token_user("t1", at(1))
            .await
            .unwrap()
            .map(|u| u.id),
        Some(amina.id)
    );
    assert!(
        ctx.store
            .api_token_user("t2", at(1))
            .await
            .unwrap()
            .is_none()
    );
    ctx.store
        .change_user("amina", UserChange::Disabled(true), "root")
        .await
        .unwrap();
    assert!(
        ctx.store
            .api_token_user("t1", at(2))
            .await
            .unwrap()
            .is_none()
    );
    assert!(actions(&ctx).await.contains(&AuditAction::ApiTokenCreated));
}

fn report(item_id: ItemId, reference: &str, contact: Option<ReporterContact>) -> NewReportRecord {
    NewReportRecord {
        id: ReportId::new(),
        summary: ReportSummary {
            reference: ReportRef::parse(reference).unwrap(),
            item_id,
            received_at: at(10),
            reporter_role: ReporterRole::Witness,
            urls: vec!["https://x.com/a/status/1".into()],
            description: Some("seen on my feed".into()),
            hate_kind: Some("HATE.DEHUMANISATION".into()),
            target_group: None,
            anonymous: contact.is_none(),
            has_contact: contact.is_some(),
        },
        contact,
    }
}

async fn a_report_opens_a_cleared_item_and_keeps_its_contact_apart(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[post("k1", "c1", 1).author("troll")], RULES)
        .await
        .unwrap();
    let item = ctx.store.item_for_ingest_key("k1").await.unwrap().unwrap();
    assert_eq!(
        ctx.store.get_item(item).await.unwrap().item.status,
        ItemStatus::Cleared
    );
    let contact = ReporterContact {
        name: Some("Sam".into()),
        email: Some("sam@example.org".into()),
        phone: None,
    };
    ctx.store
        .store_report(&report(item, "UPS-0000-0001", Some(contact.clone())))
        .await
        .unwrap();
    ctx.store
        .store_report(&report(item, "UPS-0000-0002", None))
        .await
        .unwrap();
    assert_eq!(
        ctx.store.get_item(item).await.unwrap().item.status,
        ItemStatus::Open
    );
    let first = ReportRef::parse("UPS-0000-0001").unwrap();
    let found = ctx
        .store
        .report_by_reference(&first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        found,
        report(item, "UPS-0000-0001", Some(contact.clone())).summary
    );
    assert_eq!(ctx.store.reports_for_item(item).await.unwrap().len(), 2);
    assert_eq!(
        ctx.store
            .report_counts(&[item, ItemId::new()])
            .await
            .unwrap(),
        vec![(item, 2)]
    );
    assert_eq!(
        ctx.store.reporter_contact(&first, "sup").await.unwrap(),
        Some(contact)
    );
    let second = ReportRef::parse("UPS-0000-0002").unwrap();
    assert_eq!(
        ctx.store.reporter_contact(&second, "sup").await.unwrap(),
        None
    );
    let entries = ctx.store.audit_entries(0, 100).await.unwrap();
    assert!(
        entries.iter().all(|e| !e.details.contains("sam@")),
        "no identity in the audit log"
    );
    assert_eq!(
        actions(&ctx).await,
        [
            AuditAction::ReportSubmitted,
            AuditAction::ReportSubmitted,
            AuditAction::ReporterIdentityViewed
        ]
    );
    let unknown = ReportRef::parse("UPS-0000-0003").unwrap();
    assert!(
        ctx.store
            .report_by_reference(&unknown)
            .await
            .unwrap()
            .is_none()
    );
    assert!(matches!(
        ctx.store.reporter_contact(&unknown, "sup").await,
        Err(StoreError::NotFound { .. })
    ));
}

async fn a_live_claim_excludes_others_until_it_lapses(ctx: Ctx) {
    let item = one_item(&ctx, "k1", Severity::S2).await;
    let claim = ctx
        .store
        .claim_item(item, "amina", at(0), at(1800))
        .await
        .unwrap();
    assert_eq!(claim.username, "amina");
    let clash = ctx
        .store
        .claim_item(item, "ben", at(10), at(1810))
        .await
        .unwrap_err();
    assert!(
        matches!(&clash, StoreError::Conflict(m) if m.contains("amina")),
        "{clash}"
    );
    // Renewing one's own claim extends it without a second audit entry.
    ctx.store
        .claim_item(item, "amina", at(20), at(1820))
        .await
        .unwrap();
    let live = ctx.store.live_claims(&[item], at(30)).await.unwrap();
    assert_eq!(live[0].expires_at, at(1820));
    assert!(
        ctx.store
            .live_claims(&[item], at(1821))
            .await
            .unwrap()
            .is_empty()
    );
    // Lapsed: someone else may take it.
    ctx.store
        .claim_item(item, "ben", at(1821), at(3600))
        .await
        .unwrap();
    assert!(!ctx.store.release_claim(item, "amina", false).await.unwrap());
    assert!(ctx.store.release_claim(item, "ben", true).await.unwrap());
    assert!(
        ctx.store
            .live_claims(&[item], at(1830))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        actions(&ctx).await,
        [
            AuditAction::ItemClaimed,
            AuditAction::ItemClaimed,
            AuditAction::ItemSkipped
        ]
    );
    assert!(matches!(
        ctx.store
            .claim_item(ItemId::new(), "ben", at(0), at(1))
            .await,
        Err(StoreError::NotFound { .. })
    ));
}

async fn a_decision_releases_the_claim_and_keeps_its_grounds(ctx: Ctx) {
    let item = one_item(&ctx, "k1", Severity::S2).await;
    ctx.store
        .claim_item(item, "amina", at(0), at(1800))
        .await
        .unwrap();
    let stored = ctx
        .store
        .record_decision(&decision(item, Severity::S2, "amina"))
        .await
        .unwrap();
    let detail = ctx.store.get_item(item).await.unwrap();
    assert_eq!(detail.item.status, ItemStatus::Decided);
    assert_eq!(detail.decisions, vec![stored]);
    assert_eq!(
        detail.decisions[0].decision.legal_grounds,
        ["UK.POA1986.S18"]
    );
    assert_eq!(
        detail.decisions[0].decision.policy_grounds,
        ["x.hateful_conduct"]
    );
    assert!(
        ctx.store
            .live_claims(&[item], at(1))
            .await
            .unwrap()
            .is_empty()
    );
}

async fn a_serious_decision_waits_for_a_second_reviewer_who_is_someone_else(ctx: Ctx) {
    let item = one_item(&ctx, "k1", Severity::S4).await;
    let first = ctx
        .store
        .record_decision(&decision(item, Severity::S4, "amina"))
        .await
        .unwrap();
    assert_eq!(
        ctx.store.get_item(item).await.unwrap().item.status,
        ItemStatus::AwaitingSecondReview
    );
    let review = |reviewer: &str, approved: bool| SecondReview {
        decision_id: first.id,
        item_id: item,
        reviewer: reviewer.into(),
        approved,
        note: Some("checked".into()),
        at: at(100),
    };
    let same = ctx
        .store
        .record_second_review(&review("amina", true))
        .await
        .unwrap_err();
    assert!(matches!(same, StoreError::Conflict(_)), "{same}");
    ctx.store
        .record_second_review(&review("sup", false))
        .await
        .unwrap();
    assert_eq!(
        ctx.store.get_item(item).await.unwrap().item.status,
        ItemStatus::Open
    );
    let again = ctx
        .store
        .record_second_review(&review("sup", true))
        .await
        .unwrap_err();
    assert!(matches!(again, StoreError::Conflict(_)), "{again}");
    let second = ctx
        .store
        .record_decision(&decision(item, Severity::S3, "amina"))
        .await
        .unwrap();
    ctx.store
        .record_second_review(&SecondReview {
            decision_id: second.id,
            ..review("sup", true)
        })
        .await
        .unwrap();
    assert_eq!(
        ctx.store.get_item(item).await.unwrap().item.status,
        ItemStatus::Decided
    );
    let reviews = ctx.store.second_reviews(item).await.unwrap();
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0], review("sup", false));
    let listed = ctx
        .store
        .list_items(&upstander_core::ItemFilter {
            status: Some(ItemStatus::Decided),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert!(
        actions(&ctx)
            .await
            .contains(&AuditAction::SecondReviewRecorded)
    );
}

async fn notes_are_kept_in_order_and_audited(ctx: Ctx) {
    let item = one_item(&ctx, "k1", Severity::S2).await;
    for (i, text) in ["first look", "asked a colleague"].iter().enumerate() {
        ctx.store
            .add_note(
                item,
                &Note {
                    author: "amina".into(),
                    at: at(i64::try_from(i).unwrap()),
                    text: (*text).into(),
                },
            )
            .await
            .unwrap();
    }
    let notes = ctx.store.notes(item).await.unwrap();
    assert_eq!(
        notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
        ["first look", "asked a colleague"]
    );
    assert_eq!(
        actions(&ctx).await,
        [AuditAction::NoteAdded, AuditAction::NoteAdded]
    );
    let bad = ctx
        .store
        .add_note(
            item,
            &Note {
                author: "amina".into(),
                at: at(0),
                text: "nul\0".into(),
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(bad, StoreError::Invalid { .. }), "{bad}");
}

async fn an_appeal_reopens_the_reported_item(ctx: Ctx) {
    let item = one_item(&ctx, "k1", Severity::S2).await;
    ctx.store
        .store_report(&report(item, "UPS-0000-0001", None))
        .await
        .unwrap();
    ctx.store
        .record_decision(&NewDecision {
            action: DecisionAction::NoAction,
            ..decision(item, Severity::S2, "amina")
        })
        .await
        .unwrap();
    let reference = ReportRef::parse("UPS-0000-0001").unwrap();
    assert_eq!(
        ctx.store
            .lodge_appeal(&reference, "it is aimed at me", at(50))
            .await
            .unwrap(),
        item
    );
    assert_eq!(
        ctx.store.get_item(item).await.unwrap().item.status,
        ItemStatus::Open
    );
    assert_eq!(actions(&ctx).await.last(), Some(&AuditAction::AppealLodged));
    let unknown = ReportRef::parse("UPS-0000-0009").unwrap();
    assert!(matches!(
        ctx.store.lodge_appeal(&unknown, "x", at(1)).await,
        Err(StoreError::NotFound { .. })
    ));
}

async fn an_authors_other_items_are_listed(ctx: Ctx) {
    ctx.store
        .ingest_batch(
            &[
                flagged("k1", "c1", 1, Severity::S2, 0.9).author("troll"),
                flagged("k2", "c2", 1 << 40, Severity::S3, 0.9).author("troll"),
                flagged("k3", "c3", 1 << 20, Severity::S3, 0.9).author("someone"),
            ],
            RULES,
        )
        .await
        .unwrap();
    let first = ctx.store.item_for_ingest_key("k1").await.unwrap().unwrap();
    let second = ctx.store.item_for_ingest_key("k2").await.unwrap().unwrap();
    let others = ctx.store.items_by_author("troll", first, 10).await.unwrap();
    assert_eq!(others.iter().map(|i| i.id).collect::<Vec<_>>(), [second]);
    assert!(ctx.store.item_for_ingest_key("k9").await.unwrap().is_none());
}

conformance!(
    a_user_is_stored_listed_changed_and_audited,
    failed_sign_ins_lock_at_the_threshold_and_success_clears_them,
    a_session_is_found_extended_counted_and_ended,
    a_disabled_users_sessions_and_tokens_stop_working,
    a_report_opens_a_cleared_item_and_keeps_its_contact_apart,
    a_live_claim_excludes_others_until_it_lapses,
    a_decision_releases_the_claim_and_keeps_its_grounds,
    a_serious_decision_waits_for_a_second_reviewer_who_is_someone_else,
    notes_are_kept_in_order_and_audited,
    an_appeal_reopens_the_reported_item,
    an_authors_other_items_are_listed,
);
