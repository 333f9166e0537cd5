//! The review queue: listing, finding an item by a short id, reading it, deciding.

use upstander_core::{
    DecisionAction, ItemFilter, ItemId, ItemStatus, NewDecision, Platform, QueueItem, Severity,
};
use upstander_store::{GroupingRules, StoreError};

use crate::support::{Ctx, PostExt, flagged, post};

conformance!(
    the_queue_is_ordered_by_priority_then_oldest_first,
    the_queue_filters_by_status_severity_category_platform_and_limit,
    a_category_filter_matches_children_but_not_a_longer_family_name,
    a_full_id_or_a_unique_prefix_resolves_to_its_item,
    an_ambiguous_prefix_is_reported_with_its_count,
    a_unique_suffix_resolves_to_its_item,
    an_ambiguous_suffix_is_reported_and_a_longer_one_settles_it,
    an_unknown_suffix_is_not_found,
    an_unknown_id_is_not_found_and_a_too_short_prefix_is_refused,
    an_item_lists_its_copies_and_decisions_oldest_first,
    deciding_an_item_that_does_not_exist_is_not_found,
    a_decision_with_a_nul_character_is_refused_and_not_recorded,
    an_item_status_can_be_set_directly,
    counts_follow_posts_items_and_decisions,
);

const RULES: GroupingRules = GroupingRules { max_hamming: 10 };

fn decision(item_id: ItemId, action: DecisionAction, reviewer: &str) -> NewDecision {
    NewDecision {
        item_id,
        action,
        category: Some("HATE.DEHUMANISATION".into()),
        severity: Severity::S2,
        note: Some(format!("{reviewer} looked at it")),
        reviewer: reviewer.into(),
        target_group: None,
        legal_grounds: Vec::new(),
        policy_grounds: Vec::new(),
    }
}

fn texts(items: &[QueueItem]) -> Vec<&str> {
    items
        .iter()
        .map(|i| i.representative.post.text.as_str())
        .collect()
}

async fn list(ctx: &Ctx, filter: ItemFilter) -> Vec<QueueItem> {
    ctx.store.list_items(&filter).await.unwrap()
}

async fn the_queue_is_ordered_by_priority_then_oldest_first(ctx: Ctx) {
    // Far-apart fingerprints so nothing groups by accident.
    ctx.store
        .ingest_batch(
            &[
                flagged("k1", "older-s2", 0x0000_0000_0000_FFFF, Severity::S2, 0.5),
                flagged("k2", "s1-viral", 0x0000_0000_FFFF_0000, Severity::S1, 0.5)
                    .engagement(1_000_000),
            ],
            RULES,
        )
        .await
        .unwrap();
    ctx.store
        .ingest_batch(
            &[
                flagged("k3", "newer-s2", 0x0000_FFFF_0000_0000, Severity::S2, 0.5),
                flagged("k4", "s4", 0xFFFF_0000_0000_0000, Severity::S4, 0.5),
                post("k5", "cleared", 0x00FF_00FF_00FF_00FF),
            ],
            RULES,
        )
        .await
        .unwrap();
    let items = list(&ctx, ItemFilter::default()).await;
    assert_eq!(
        texts(&items),
        [
            "the text of s4",
            "the text of older-s2",
            "the text of newer-s2",
            "the text of s1-viral",
            "the text of cleared"
        ]
    );
    assert!(items.windows(2).all(|w| w[0].priority >= w[1].priority));
}

async fn seed_for_filters(ctx: &Ctx) {
    let batch = vec![
        flagged("k1", "slur", 0x0000_0000_0000_FFFF, Severity::S3, 0.9).categories(&["HATE.SLUR"]),
        flagged("k2", "threat", 0x0000_0000_FFFF_0000, Severity::S1, 0.6)
            .categories(&["VIOL.THREAT", "HATE.DEHUMANISATION"])
            .platform(Platform::Mastodon),
        post("k3", "cleared", 0x0000_FFFF_0000_0000).platform(Platform::Reddit),
        flagged("k4", "hateful", 0xFFFF_0000_0000_0000, Severity::S2, 0.7)
            .categories(&["HATEFUL.OTHER"]),
    ];
    ctx.store.ingest_batch(&batch, RULES).await.unwrap();
}

async fn the_queue_filters_by_status_severity_category_platform_and_limit(ctx: Ctx) {
    seed_for_filters(&ctx).await;
    let open = list(
        &ctx,
        ItemFilter {
            status: Some(ItemStatus::Open),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(
        texts(&open),
        [
            "the text of slur",
            "the text of hateful",
            "the text of threat"
        ]
    );

    let severe = list(
        &ctx,
        ItemFilter {
            min_severity: Some(Severity::S2),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(texts(&severe), ["the text of slur", "the text of hateful"]);

    let hate = list(
        &ctx,
        ItemFilter {
            category: Some("HATE".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(texts(&hate), ["the text of slur", "the text of threat"]);

    let exact = list(
        &ctx,
        ItemFilter {
            category: Some("HATE.SLUR".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(texts(&exact), ["the text of slur"]);

    let reddit = list(
        &ctx,
        ItemFilter {
            platform: Some(Platform::Reddit),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(texts(&reddit), ["the text of cleared"]);

    let top_two = list(
        &ctx,
        ItemFilter {
            limit: Some(2),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(texts(&top_two), ["the text of slur", "the text of hateful"]);

    let combined = list(
        &ctx,
        ItemFilter {
            status: Some(ItemStatus::Open),
            min_severity: Some(Severity::S1),
            category: Some("VIOL".into()),
            platform: Some(Platform::Mastodon),
            limit: Some(10),
        },
    )
    .await;
    assert_eq!(texts(&combined), ["the text of threat"]);

    let none = list(
        &ctx,
        ItemFilter {
            limit: Some(0),
            ..Default::default()
        },
    )
    .await;
    assert!(none.is_empty());
}

async fn a_category_filter_matches_children_but_not_a_longer_family_name(ctx: Ctx) {
    seed_for_filters(&ctx).await;
    let hateful = list(
        &ctx,
        ItemFilter {
            category: Some("HATEFUL".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(texts(&hateful), ["the text of hateful"]);
    let partial = list(
        &ctx,
        ItemFilter {
            category: Some("HATE.SL".into()),
            ..Default::default()
        },
    )
    .await;
    assert!(partial.is_empty(), "{:?}", texts(&partial));
    let odd = list(
        &ctx,
        ItemFilter {
            category: Some("%".into()),
            ..Default::default()
        },
    )
    .await;
    assert!(odd.is_empty());
}

async fn a_full_id_or_a_unique_prefix_resolves_to_its_item(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k1", "c1", 1, Severity::S2, 0.5)], RULES)
        .await
        .unwrap();
    let id = list(&ctx, ItemFilter::default()).await[0].id;
    let text = id.to_string();

    assert_eq!(ctx.store.resolve_item_id(&text).await.unwrap(), id);
    assert_eq!(
        ctx.store
            .resolve_item_id(&text.to_uppercase())
            .await
            .unwrap(),
        id
    );
    assert_eq!(
        ctx.store
            .resolve_item_id(&format!("  {text}  "))
            .await
            .unwrap(),
        id
    );
    for len in [4, 8, 9, 11, 20, 35] {
        let prefix = &text[..len];
        assert_eq!(
            ctx.store.resolve_item_id(prefix).await.unwrap(),
            id,
            "prefix {prefix}"
        );
    }
}

async fn an_ambiguous_prefix_is_reported_with_its_count(ctx: Ctx) {
    let batch = vec![
        flagged("k1", "c1", 0x0000_0000_0000_FFFF, Severity::S2, 0.5),
        flagged("k2", "c2", 0xFFFF_0000_0000_0000, Severity::S2, 0.5),
    ];
    ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    let items = list(&ctx, ItemFilter::default()).await;
    let (a, b) = (items[0].id.to_string(), items[1].id.to_string());
    // UUIDv7 ids made in the same batch share their leading (time) digits.
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    assert!(
        common >= 4,
        "ids {a} and {b} share fewer than 4 leading characters"
    );
    let prefix = &a[..common.min(8)];
    let err = ctx.store.resolve_item_id(prefix).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Ambiguous { prefix: p, count: 2 } if p == prefix),
        "{err:?}"
    );
    assert!(err.to_string().contains("ambiguous"), "{err}");
    // One more character than they share settles it.
    assert_eq!(
        ctx.store.resolve_item_id(&a[..=common]).await.unwrap(),
        items[0].id
    );
}

async fn a_unique_suffix_resolves_to_its_item(ctx: Ctx) {
    // Items made in one batch share the leading (time) digits of their ids; their last digits
    // are random, and they tell the items apart.
    let batch = vec![
        flagged("k1", "c1", 1, Severity::S2, 0.5),
        flagged("k2", "c2", 2, Severity::S2, 0.5),
        flagged("k3", "c3", 3, Severity::S2, 0.5),
    ];
    ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    let items = list(&ctx, ItemFilter::default()).await;
    assert_eq!(items.len(), 3);
    for item in &items {
        let text = item.id.to_string();
        // 6, 8 and 12 digits of the last group, then reaching back into the groups before it.
        for len in [6, 8, 12, 17, 22] {
            let suffix = &text[text.len() - len..];
            assert_eq!(
                ctx.store.resolve_item_id(suffix).await.unwrap(),
                item.id,
                "suffix {suffix}"
            );
            assert_eq!(
                ctx.store
                    .resolve_item_id(&format!(" {} ", suffix.to_uppercase()))
                    .await
                    .unwrap(),
                item.id,
                "suffix {suffix} in capitals"
            );
        }
    }
}

/// Items with chosen ids, written behind the store's back: random ids cannot be made to share
/// their last digits. Only the columns a short id lookup reads matter.
async fn plant_items(ctx: &Ctx, ids: &[&str]) {
    for (i, id) in ids.iter().enumerate() {
        // The short key by its definition: the last 12 hex digits reversed, as a number.
        let reversed: String = id[24..].chars().rev().collect();
        let short_key = i64::from_str_radix(&reversed, 16).unwrap();
        let values = format!(
            "'{id}', {short_key}, 'open', 'planted-{i}', 0, '{id}', '{{}}', 1, 1, 0.5, ' ', 'x', \
             1, 0, 0, 0.0"
        );
        let columns = "id, short_key, status, content_key, simhash, assessed_post_id, \
             assessment, flagged, severity, score, categories, platform, copies, \
             distinct_authors, reach, priority, first_seen, last_seen";
        ctx.execute_raw(
            &format!(
                "INSERT INTO items (seq, {columns}) VALUES ({}, {values}, 0, 0)",
                100 + i
            ),
            &format!("INSERT INTO items ({columns}) VALUES ({values}, now(), now())"),
        )
        .await;
    }
}

async fn an_ambiguous_suffix_is_reported_and_a_longer_one_settles_it(ctx: Ctx) {
    const A: &str = "0190f5a2-6b1c-7c3d-8e9f-00000abcdef1";
    const B: &str = "0190f5a3-6b1c-7c3d-8e9f-11111abcdef1";
    const C: &str = "abcdef10-6b1c-7c3d-8e9f-222222222222";
    const D: &str = "cafe0123-6b1c-7c3d-8e9f-0000cafe0123";
    plant_items(&ctx, &[A, B, C, D]).await;
    let resolve = |short: &'static str| {
        let store = ctx.store.clone();
        async move { store.resolve_item_id(short).await }
    };

    let err = resolve("abcdef1").await.unwrap_err();
    // The suffix of A and B, and the prefix of C.
    assert!(
        matches!(&err, StoreError::Ambiguous { prefix, count: 3 } if prefix == "abcdef1"),
        "{err:?}"
    );
    let err = resolve("bcdef1").await.unwrap_err();
    assert!(
        matches!(err, StoreError::Ambiguous { count: 2, .. }),
        "{err:?}"
    );
    assert_eq!(resolve("0abcdef1").await.unwrap().to_string(), A);
    assert_eq!(resolve("1abcdef1").await.unwrap().to_string(), B);
    assert_eq!(resolve("abcdef10").await.unwrap().to_string(), C);
    // Both the start and the end of D: one item, found twice.
    assert_eq!(resolve("cafe0123").await.unwrap().to_string(), D);
}

async fn an_unknown_suffix_is_not_found(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k1", "c1", 1, Severity::S2, 0.5)], RULES)
        .await
        .unwrap();
    let id = list(&ctx, ItemFilter::default()).await[0].id.to_string();
    // The item's last 8 digits with the last one changed.
    let last = id.chars().last().unwrap();
    let other = if last == '0' { '1' } else { '0' };
    let suffix = format!("{}{other}", &id[id.len() - 8..id.len() - 1]);
    let err = ctx.store.resolve_item_id(&suffix).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { what: "item", id } if *id == suffix),
        "{err:?}"
    );
    let err = ctx
        .store
        .resolve_item_id("8e9f-0123456789ab")
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
}

async fn an_unknown_id_is_not_found_and_a_too_short_prefix_is_refused(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k1", "c1", 1, Severity::S2, 0.5)], RULES)
        .await
        .unwrap();
    let missing = ItemId::new().to_string();
    let err = ctx.store.resolve_item_id(&missing).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { what: "item", id } if *id == missing),
        "{err:?}"
    );

    let err = ctx.store.resolve_item_id("ffff").await.unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");

    for bad in [
        "abc",
        "",
        "zzzzzzzz",
        "0190f5a2x",
        "'; DROP TABLE items; --",
    ] {
        let err = ctx.store.resolve_item_id(bad).await.unwrap_err();
        assert!(matches!(err, StoreError::Invalid { .. }), "{bad}: {err:?}");
    }
    assert_eq!(ctx.store.counts().await.unwrap().posts, 1);
}

async fn an_item_lists_its_copies_and_decisions_oldest_first(ctx: Ctx) {
    let base = 0x0123_0000_4567_0000;
    ctx.store
        .ingest_batch(
            &[
                flagged("k1", "c1", base, Severity::S2, 0.5)
                    .author("first")
                    .near_keys(&[5, 6]),
                flagged("k2", "c1", base, Severity::S2, 0.5).author("second"),
            ],
            RULES,
        )
        .await
        .unwrap();
    ctx.store
        .ingest_batch(
            &[post("k3", "c2", base ^ 0b101)
                .author("third")
                .near_keys(&[6])],
            RULES,
        )
        .await
        .unwrap();
    let id = list(&ctx, ItemFilter::default()).await[0].id;

    let first = ctx
        .store
        .record_decision(&decision(id, DecisionAction::Escalate, "ann"))
        .await
        .unwrap();
    let second = ctx
        .store
        .record_decision(&decision(id, DecisionAction::Police, "ben"))
        .await
        .unwrap();
    assert_ne!(first.id, second.id);

    let detail = ctx.store.get_item(id).await.unwrap();
    let authors: Vec<_> = detail
        .copies
        .iter()
        .map(|p| p.post.author.as_deref().unwrap())
        .collect();
    assert_eq!(authors, ["first", "second", "third"]);
    let kinds: Vec<_> = detail
        .copies
        .iter()
        .map(|p| p.match_kind.as_str())
        .collect();
    assert_eq!(kinds, ["first", "exact", "near"]);
    assert_eq!(detail.copies[0], detail.item.representative);
    assert!(detail.copies.iter().all(|p| p.item_id == id));
    assert_eq!(detail.decisions, [first, second]);
    assert_eq!(detail.item.status, ItemStatus::Decided);
    assert_eq!(detail.item.copies, 3);

    let err = ctx.store.get_item(ItemId::new()).await.unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { what: "item", .. }),
        "{err:?}"
    );
}

async fn deciding_an_item_that_does_not_exist_is_not_found(ctx: Ctx) {
    let missing = ItemId::new();
    let err = ctx
        .store
        .record_decision(&decision(missing, DecisionAction::NoAction, "ann"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::NotFound { what: "item", id } if *id == missing.to_string()),
        "{err:?}"
    );
    assert_eq!(ctx.store.counts().await.unwrap().decisions, 0);
}

async fn a_decision_with_a_nul_character_is_refused_and_not_recorded(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k1", "c1", 1, Severity::S2, 0.5)], RULES)
        .await
        .unwrap();
    let id = list(&ctx, ItemFilter::default()).await[0].id;
    let mut bad = decision(id, DecisionAction::Police, "ann");
    bad.note = Some("see\0attached".into());
    let err = ctx.store.record_decision(&bad).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid { field, .. } if field == "decision.note"),
        "{err:?}"
    );
    let detail = ctx.store.get_item(id).await.unwrap();
    assert_eq!(detail.item.status, ItemStatus::Open);
    assert!(detail.decisions.is_empty());
}

async fn an_item_status_can_be_set_directly(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k1", "c1", 1, Severity::S2, 0.5)], RULES)
        .await
        .unwrap();
    let id = list(&ctx, ItemFilter::default()).await[0].id;
    ctx.store
        .record_decision(&decision(id, DecisionAction::NoAction, "ann"))
        .await
        .unwrap();
    ctx.store
        .set_item_status(id, ItemStatus::Open)
        .await
        .unwrap();
    let detail = ctx.store.get_item(id).await.unwrap();
    assert_eq!(detail.item.status, ItemStatus::Open);
    assert_eq!(
        detail.decisions.len(),
        1,
        "reopening keeps the earlier decision"
    );

    let err = ctx
        .store
        .set_item_status(ItemId::new(), ItemStatus::Cleared)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
}

async fn counts_follow_posts_items_and_decisions(ctx: Ctx) {
    let batch = vec![
        flagged("k1", "a", 0x0000_0000_0000_FFFF, Severity::S2, 0.5),
        flagged("k2", "a", 0x0000_0000_0000_FFFF, Severity::S2, 0.5),
        flagged("k3", "b", 0x0000_0000_FFFF_0000, Severity::S3, 0.5),
        post("k4", "c", 0x0000_FFFF_0000_0000),
    ];
    ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    let b = list(
        &ctx,
        ItemFilter {
            min_severity: Some(Severity::S3),
            ..Default::default()
        },
    )
    .await[0]
        .id;
    ctx.store
        .record_decision(&decision(b, DecisionAction::Police, "ann"))
        .await
        .unwrap();
    ctx.store
        .record_decision(&decision(b, DecisionAction::Police, "ben"))
        .await
        .unwrap();
    let counts = ctx.store.counts().await.unwrap();
    assert_eq!(
        counts,
        upstander_store::StoreCounts {
            posts: 4,
            open: 1,
            decided: 1,
            cleared: 1,
            decisions: 2
        }
    );
}
