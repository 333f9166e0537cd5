//! The audit log: appending, reading back in pages, the entries decisions and reopens write,
//! and tampering behind the store's back being named by the chain check.

use upstander_core::{
    AuditAction, AuditEntry, BreakKind, DecisionAction, GENESIS_HASH, ItemId, ItemStatus,
    NewDecision, Severity, verify_chain,
};
use upstander_store::{GroupingRules, NewAuditEntry, StoreError};

use crate::support::{Ctx, flagged};

conformance!(
    appended_entries_read_back_in_order_chained_from_genesis,
    the_log_reads_back_in_pages_after_a_given_seq,
    a_decision_writes_its_audit_entry_with_the_reviewer_as_actor,
    a_failed_decision_writes_no_audit_entry,
    reopening_an_item_writes_an_audit_entry_and_reopening_an_open_one_does_not,
    an_audit_entry_with_an_empty_actor_or_a_nul_is_refused,
    concurrent_appenders_form_one_unbroken_chain,
    a_row_edited_behind_the_stores_back_is_named_by_its_seq,
    a_row_deleted_behind_the_stores_back_is_named_by_its_seq,
);

fn entry(actor: &str, subject: &str) -> NewAuditEntry {
    NewAuditEntry {
        actor: actor.into(),
        action: AuditAction::Export,
        subject: subject.into(),
        details: format!("format=csv; subject={subject}"),
    }
}

async fn all(ctx: &Ctx) -> Vec<AuditEntry> {
    ctx.store.audit_entries(0, 10_000).await.unwrap()
}

async fn one_item(ctx: &Ctx) -> ItemId {
    ctx.store
        .ingest_batch(
            &[flagged("k1", "c1", 0xFFFF, Severity::S3, 0.9)],
            GroupingRules::default(),
        )
        .await
        .unwrap();
    ctx.store
        .list_items(&Default::default())
        .await
        .unwrap()
        .first()
        .unwrap()
        .id
}

fn decision(item_id: ItemId, reviewer: &str) -> NewDecision {
    NewDecision {
        item_id,
        action: DecisionAction::Police,
        category: Some("HATE.DEHUMANISATION".into()),
        severity: Severity::S2,
        note: None,
        reviewer: reviewer.into(),
        target_group: None,
        legal_grounds: Vec::new(),
        policy_grounds: Vec::new(),
    }
}

async fn appended_entries_read_back_in_order_chained_from_genesis(ctx: Ctx) {
    let first = ctx.store.append_audit(entry("amina", "a")).await.unwrap();
    let second = ctx.store.append_audit(entry("ben", "b")).await.unwrap();
    assert_eq!((first.seq, second.seq), (1, 2));
    assert_eq!(first.prev_hash, GENESIS_HASH);
    assert_eq!(second.prev_hash, first.hash);
    let stored = all(&ctx).await;
    assert_eq!(stored, vec![first, second]);
    assert_eq!(verify_chain(stored), Ok(2));
}

async fn the_log_reads_back_in_pages_after_a_given_seq(ctx: Ctx) {
    for n in 0..5 {
        ctx.store
            .append_audit(entry("amina", &n.to_string()))
            .await
            .unwrap();
    }
    let page = ctx.store.audit_entries(2, 2).await.unwrap();
    let seqs: Vec<u64> = page.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [3, 4]);
    assert!(ctx.store.audit_entries(5, 10).await.unwrap().is_empty());
    assert!(ctx.store.audit_entries(0, 0).await.unwrap().is_empty());
}

async fn a_decision_writes_its_audit_entry_with_the_reviewer_as_actor(ctx: Ctx) {
    let item = one_item(&ctx).await;
    let stored = ctx
        .store
        .record_decision(&decision(item, "amina"))
        .await
        .unwrap();
    let log = all(&ctx).await;
    assert_eq!(log.len(), 1);
    let e = &log[0];
    assert_eq!(e.action, AuditAction::DecisionRecorded);
    assert_eq!(e.actor, "amina");
    assert_eq!(e.subject, item.to_string());
    assert!(e.details.contains(&stored.id.to_string()), "{}", e.details);
    assert!(e.details.contains("action=police"), "{}", e.details);
    assert_eq!(verify_chain(log), Ok(1));
}

async fn a_failed_decision_writes_no_audit_entry(ctx: Ctx) {
    let missing = ctx
        .store
        .record_decision(&decision(ItemId::new(), "amina"))
        .await;
    assert!(
        matches!(missing, Err(StoreError::NotFound { .. })),
        "{missing:?}"
    );
    assert!(all(&ctx).await.is_empty());
}

async fn reopening_an_item_writes_an_audit_entry_and_reopening_an_open_one_does_not(ctx: Ctx) {
    let item = one_item(&ctx).await;
    let none = ctx
        .store
        .set_item_status_as(item, ItemStatus::Open, "ben")
        .await
        .unwrap();
    assert_eq!(none, None);
    ctx.store
        .record_decision(&decision(item, "amina"))
        .await
        .unwrap();
    let reopened = ctx
        .store
        .set_item_status_as(item, ItemStatus::Open, "ben")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(reopened.action, AuditAction::ItemReopened);
    assert_eq!((reopened.seq, reopened.actor.as_str()), (2, "ben"));
    assert_eq!(reopened.details, "from=decided; to=open");
    ctx.store
        .record_decision(&decision(item, "amina"))
        .await
        .unwrap();
    ctx.store
        .set_item_status(item, ItemStatus::Open)
        .await
        .unwrap();
    let log = all(&ctx).await;
    assert_eq!(log[3].actor, upstander_store::UNATTRIBUTED_ACTOR);
    assert_eq!(verify_chain(log), Ok(4));
}

async fn an_audit_entry_with_an_empty_actor_or_a_nul_is_refused(ctx: Ctx) {
    let empty = ctx.store.append_audit(entry(" ", "a")).await.unwrap_err();
    assert!(empty.to_string().contains("audit.actor"), "{empty}");
    let nul = ctx
        .store
        .append_audit(entry("amina", "a\0b"))
        .await
        .unwrap_err();
    assert!(nul.to_string().contains("audit.subject"), "{nul}");
    assert!(all(&ctx).await.is_empty());
}

async fn concurrent_appenders_form_one_unbroken_chain(ctx: Ctx) {
    let other = ctx.open_another().await;
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let store = if n % 2 == 0 {
                ctx.store.clone()
            } else {
                other.clone()
            };
            tokio::spawn(async move {
                for i in 0..5 {
                    store
                        .append_audit(entry(&format!("user{n}"), &i.to_string()))
                        .await
                        .unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(verify_chain(all(&ctx).await), Ok(40));
}

async fn a_row_edited_behind_the_stores_back_is_named_by_its_seq(ctx: Ctx) {
    for n in 0..4 {
        ctx.store
            .append_audit(entry("amina", &n.to_string()))
            .await
            .unwrap();
    }
    let sql = "UPDATE audit_log SET details = 'format=pdf' WHERE seq = 3";
    ctx.execute_raw(sql, sql).await;
    let err = verify_chain(all(&ctx).await).unwrap_err();
    assert_eq!((err.seq, err.kind), (3, BreakKind::Altered), "{err}");
}

async fn a_row_deleted_behind_the_stores_back_is_named_by_its_seq(ctx: Ctx) {
    for n in 0..4 {
        ctx.store
            .append_audit(entry("amina", &n.to_string()))
            .await
            .unwrap();
    }
    let sql = "DELETE FROM audit_log WHERE seq = 2";
    ctx.execute_raw(sql, sql).await;
    let err = verify_chain(all(&ctx).await).unwrap_err();
    assert_eq!((err.seq, err.kind), (2, BreakKind::Removed), "{err}");
    assert!(err.to_string().contains("missing"), "{err}");
}
