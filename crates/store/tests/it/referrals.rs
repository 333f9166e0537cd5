//! Referrals: stored with their evidence, response times, escalation, outcomes, re-checks.

use upstander_core::{
    AuditAction, DecisionId, ItemId, ReferralId, Severity, Timestamp, verify_chain,
};
use upstander_store::{
    EvidencePartRecord, GroupingRules, NewReferral, RecheckRecord, ReferralFilter,
    ReferralOutcomeRecord, ReferralTimes, StoreError,
};

use crate::support::{Ctx, flagged};

const RULES: GroupingRules = GroupingRules { max_hamming: 10 };

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000 + seconds).unwrap()
}

async fn one_item(ctx: &Ctx, key: &str) -> ItemId {
    ctx.store
        .ingest_batch(&[flagged(key, key, 1, Severity::S2, 0.9)], RULES)
        .await
        .unwrap();
    ctx.store.item_for_ingest_key(key).await.unwrap().unwrap()
}

fn referral(item: ItemId, target: &str, created: i64, due: Option<i64>) -> NewReferral {
    NewReferral {
        id: ReferralId::new(),
        item_id: item,
        decision_id: DecisionId::new(),
        target: target.into(),
        channel: "dsa_art16".into(),
        channel_id: Some("dsa_art16".into()),
        notice_kind: "dsa_art16".into(),
        document: r#"{"kind":"dsa_art16"}"#.into(),
        urls: vec!["https://x.com/a/status/1".into()],
        category: Some("HATE.DEHUMANISATION".into()),
        severity: Severity::S2,
        created_by: "amina".into(),
        created_at: at(created),
        review_seconds: Some(300),
        referral_seconds: Some(60),
        due_at: due.map(at),
        awaits: due.map(|_| "decision".into()),
        binding: true,
        evidence: Vec::new(),
    }
}

async fn actions(ctx: &Ctx) -> Vec<AuditAction> {
    let entries = ctx.store.audit_entries(0, 1000).await.unwrap();
    verify_chain(entries.clone()).unwrap();
    entries.into_iter().map(|e| e.action).collect()
}

async fn a_referral_is_stored_with_its_evidence_and_audited(ctx: Ctx) {
    let item = one_item(&ctx, "a").await;
    let platform = referral(item, "x", 0, Some(86_400));
    let mut police = referral(item, "police", 10, None);
    police.notice_kind = "police".into();
    police.channel = "police".into();
    police.evidence = vec![
        EvidencePartRecord {
            name: "content.txt".into(),
            role: "content".into(),
            media_type: "text/plain".into(),
            sha256: "ab".repeat(32),
            bytes: b"the words \x00 exactly".to_vec(),
        },
        EvidencePartRecord {
            name: "metadata.json".into(),
            role: "metadata".into(),
            media_type: "application/json".into(),
            sha256: "cd".repeat(32),
            bytes: b"{}".to_vec(),
        },
    ];
    ctx.store
        .store_referrals(&[platform.clone(), police.clone()])
        .await
        .unwrap();
    let stored = ctx.store.referral(platform.id).await.unwrap();
    assert_eq!(stored.item_id, item);
    assert_eq!(stored.urls, platform.urls);
    assert_eq!(stored.due_at, Some(at(86_400)));
    assert_eq!(stored.awaits.as_deref(), Some("decision"));
    assert_eq!(stored.review_seconds, Some(300));
    assert_eq!(stored.outcome, None);
    assert_eq!(stored.document, platform.document);
    let parts = ctx.store.evidence_parts(police.id).await.unwrap();
    assert_eq!(parts, police.evidence, "bytes come back exactly, in order");
    assert!(
        ctx.store
            .evidence_parts(platform.id)
            .await
            .unwrap()
            .is_empty()
    );
    let listed = ctx
        .store
        .list_referrals(&ReferralFilter {
            item: Some(item),
            ..ReferralFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        listed.iter().map(|r| r.id).collect::<Vec<_>>(),
        [platform.id, police.id]
    );
    let entries = ctx.store.audit_entries(0, 100).await.unwrap();
    let made: Vec<_> = entries
        .iter()
        .filter(|e| e.action == AuditAction::ReferralMade)
        .collect();
    assert_eq!(made.len(), 2);
    assert_eq!(made[0].actor, "amina");
    assert_eq!(made[0].subject, item.to_string());
    assert!(
        made[1].details.contains("evidence_parts=2"),
        "{}",
        made[1].details
    );
    verify_chain(entries).unwrap();
}

async fn a_bad_referral_is_refused_and_nothing_is_stored(ctx: Ctx) {
    let item = one_item(&ctx, "a").await;
    let good = referral(item, "x", 0, None);
    let mut bad = referral(item, "x", 0, Some(10));
    bad.awaits = Some("tomorrow".into());
    let err = ctx
        .store
        .store_referrals(&[good.clone(), bad])
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid { field, .. } if field == "referrals[1].awaits"),
        "{err}"
    );
    let missing = referral(ItemId::new(), "x", 0, None);
    let err = ctx
        .store
        .store_referrals(&[good.clone(), missing])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
    assert!(
        ctx.store
            .list_referrals(&ReferralFilter::default())
            .await
            .unwrap()
            .is_empty(),
        "a failed call stores nothing"
    );
    assert!(!actions(&ctx).await.contains(&AuditAction::ReferralMade));
}

async fn response_times_escalation_outcome_and_rechecks_are_recorded_and_audited(ctx: Ctx) {
    let item = one_item(&ctx, "a").await;
    let r = referral(item, "x", 100, Some(1000));
    ctx.store
        .store_referrals(std::slice::from_ref(&r))
        .await
        .unwrap();
    let early = ctx
        .store
        .record_referral_times(
            r.id,
            &ReferralTimes {
                acknowledged_at: Some(at(50)),
                ..ReferralTimes::default()
            },
            "amina",
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&early, StoreError::Invalid { field, .. } if field == "acknowledged_at"),
        "{early}"
    );
    let acked = ctx
        .store
        .record_referral_times(
            r.id,
            &ReferralTimes {
                acknowledged_at: Some(at(200)),
                ..ReferralTimes::default()
            },
            "amina",
        )
        .await
        .unwrap();
    assert_eq!(acked.acknowledged_at, Some(at(200)));
    assert_eq!(acked.decided_at, None);
    assert!(
        ctx.store
            .escalate_referral(r.id, "sam", at(2000), "overdue by 1000 s")
            .await
            .unwrap()
    );
    assert!(
        !ctx.store
            .escalate_referral(r.id, "sam", at(2001), "again")
            .await
            .unwrap(),
        "escalating twice changes nothing"
    );
    let closed = ctx
        .store
        .record_referral_outcome(
            r.id,
            &ReferralOutcomeRecord {
                outcome: "removed".into(),
                source: "manual".into(),
                detail: "{}".into(),
                at: at(3000),
                decided_at: Some(at(2500)),
                actioned_at: Some(at(2600)),
            },
            "amina",
        )
        .await
        .unwrap();
    assert_eq!(closed.outcome.as_deref(), Some("removed"));
    assert_eq!(closed.escalated_at, Some(at(2000)));
    assert_eq!(closed.escalated_by.as_deref(), Some("sam"));
    assert_eq!(closed.decided_at, Some(at(2500)));
    assert_eq!(closed.acknowledged_at, Some(at(200)), "kept");
    let checked = ctx
        .store
        .record_recheck(
            r.id,
            &RecheckRecord {
                result: "live".into(),
                detail: "HTTP 200".into(),
                at: at(4000),
                reuploads: 2,
            },
            "system",
        )
        .await
        .unwrap();
    assert_eq!(checked.last_check.as_deref(), Some("live"));
    assert_eq!(checked.reuploads, 2);
    assert_eq!(
        actions(&ctx).await,
        [
            AuditAction::ReferralMade,
            AuditAction::ReferralUpdated,
            AuditAction::ReferralEscalated,
            AuditAction::OutcomeRecorded,
            AuditAction::LinkRechecked,
        ]
    );
}

async fn overdue_and_window_filters_pick_the_right_referrals(ctx: Ctx) {
    let item = one_item(&ctx, "a").await;
    let late = referral(item, "x", 0, Some(100));
    let on_time = referral(item, "facebook", 10, Some(10_000));
    let no_clock = referral(item, "x", 20, None);
    let closed = referral(item, "x", 30, Some(100));
    ctx.store
        .store_referrals(&[
            late.clone(),
            on_time.clone(),
            no_clock.clone(),
            closed.clone(),
        ])
        .await
        .unwrap();
    ctx.store
        .record_referral_outcome(
            closed.id,
            &ReferralOutcomeRecord {
                outcome: "removed".into(),
                source: "manual".into(),
                detail: "{}".into(),
                at: at(50),
                decided_at: None,
                actioned_at: None,
            },
            "amina",
        )
        .await
        .unwrap();
    let ids = |list: Vec<upstander_store::ReferralRecord>| {
        list.into_iter().map(|r| r.id).collect::<Vec<_>>()
    };
    let overdue = ctx
        .store
        .list_referrals(&ReferralFilter {
            due_before: Some(at(500)),
            ..ReferralFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(ids(overdue), [late.id]);
    let open = ctx
        .store
        .list_referrals(&ReferralFilter {
            open_only: true,
            ..ReferralFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(ids(open), [late.id, on_time.id, no_clock.id]);
    let window = ctx
        .store
        .list_referrals(&ReferralFilter {
            created_from: Some(at(10)),
            created_to: Some(at(30)),
            target: Some("x".into()),
            ..ReferralFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(ids(window), [no_clock.id]);
}

async fn short_referral_ids_resolve_and_bad_ones_are_refused(ctx: Ctx) {
    let item = one_item(&ctx, "a").await;
    let r = referral(item, "x", 0, None);
    ctx.store
        .store_referrals(std::slice::from_ref(&r))
        .await
        .unwrap();
    let full = r.id.to_string();
    assert_eq!(ctx.store.resolve_referral_id(&full).await.unwrap(), r.id);
    assert_eq!(
        ctx.store.resolve_referral_id(&full[..13]).await.unwrap(),
        r.id
    );
    let err = ctx.store.resolve_referral_id("%%%%").await.unwrap_err();
    assert!(matches!(err, StoreError::Invalid { .. }), "{err}");
    let err = ctx.store.resolve_referral_id("ffff").await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
    let err = ctx.store.referral(ReferralId::new()).await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
}

async fn the_start_of_a_review_is_read_from_the_claim_in_the_audit_log(ctx: Ctx) {
    let item = one_item(&ctx, "a").await;
    assert_eq!(
        ctx.store
            .claim_started_at(item, "amina", Timestamp::MAX)
            .await
            .unwrap(),
        None
    );
    ctx.store
        .claim_item(item, "amina", at(0), at(1800))
        .await
        .unwrap();
    let started = ctx
        .store
        .claim_started_at(item, "amina", Timestamp::MAX)
        .await
        .unwrap()
        .expect("the claim is in the audit log");
    // The audit entry is timed by the store's clock when it is written.
    assert!(started <= Timestamp::now());
    assert_eq!(
        ctx.store
            .claim_started_at(item, "sam", Timestamp::MAX)
            .await
            .unwrap(),
        None
    );
}

async fn decision_facts_say_what_followed_each_decision(ctx: Ctx) {
    use upstander_core::{DecisionAction, NewDecision};
    let item = one_item(&ctx, "a").await;
    let decide = |action| NewDecision {
        item_id: item,
        action,
        category: Some("HATE.DEHUMANISATION".into()),
        severity: Severity::S2,
        note: None,
        reviewer: "amina".into(),
        target_group: None,
        legal_grounds: Vec::new(),
        policy_grounds: Vec::new(),
    };
    let first = ctx
        .store
        .record_decision(&decide(DecisionAction::PlatformReport))
        .await
        .unwrap();
    let second = ctx
        .store
        .record_decision(&decide(DecisionAction::NoAction))
        .await
        .unwrap();
    let facts = ctx
        .store
        .decision_facts(Timestamp::UNIX_EPOCH, Timestamp::MAX, 100)
        .await
        .unwrap();
    assert_eq!(facts.len(), 2);
    assert_eq!(facts[0].decision_id, first.id);
    assert_eq!(facts[0].next_action, Some(DecisionAction::NoAction));
    assert_eq!(facts[0].decided_at, first.decided_at);
    assert!(!facts[0].sent_back && !facts[0].appealed && !facts[0].reported);
    assert_eq!(facts[1].decision_id, second.id);
    assert_eq!(facts[1].next_action, None);
    let none = ctx
        .store
        .decision_facts(Timestamp::UNIX_EPOCH, first.decided_at, 100)
        .await
        .unwrap();
    assert!(none.is_empty(), "the window's end is excluded");
}

conformance!(
    decision_facts_say_what_followed_each_decision,
    a_referral_is_stored_with_its_evidence_and_audited,
    a_bad_referral_is_refused_and_nothing_is_stored,
    response_times_escalation_outcome_and_rechecks_are_recorded_and_audited,
    overdue_and_window_filters_pick_the_right_referrals,
    short_referral_ids_resolve_and_bad_ones_are_refused,
    the_start_of_a_review_is_read_from_the_claim_in_the_audit_log,
);
