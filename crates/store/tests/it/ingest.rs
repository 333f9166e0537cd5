//! Storing batches: idempotency, grouping of copies, and which assessment and representative
//! an item keeps.

use upstander_core::{
    EvidenceSpan, ItemFilter, ItemStatus, Platform, QueueItem, Severity, Verdict,
};
use upstander_ingest::dedup;
use upstander_store::{BatchOutcome, GroupingRules, MAX_NEAR_KEYS, StoreError};

use crate::support::{Ctx, PostExt, assessment, flagged, flip, keyed, post};

conformance!(
    a_batch_ingested_twice_adds_nothing,
    a_key_repeated_within_a_batch_is_stored_once,
    exact_copies_share_one_item_with_copies_authors_and_reach_counted,
    an_author_seen_in_an_earlier_batch_is_not_counted_twice,
    a_near_copy_joins_only_when_it_shares_a_near_key_and_is_within_reach,
    near_copies_are_found_within_one_batch_by_the_same_rules,
    a_real_one_word_edit_joins_and_an_unrelated_post_on_the_same_topic_does_not,
    the_closest_candidate_wins_and_the_older_breaks_a_tie,
    an_exact_copy_of_a_near_copy_joins_the_same_item,
    near_grouping_is_off_at_zero_bits,
    near_keys_and_fingerprints_with_the_top_bit_set_group_like_any_other,
    a_flagged_near_copy_of_a_cleared_item_becomes_its_representative,
    a_flagged_post_opens_an_item_and_a_clear_post_is_cleared,
    a_flagged_copy_reopens_a_cleared_item_with_its_own_assessment,
    the_stronger_flagged_assessment_is_kept_across_batches,
    a_decided_item_stays_decided_when_a_copy_joins,
    an_empty_batch_stores_nothing,
    an_invalid_post_is_rejected_by_index_and_field_and_nothing_is_stored,
    a_batch_that_fails_midway_leaves_nothing_behind,
    a_statement_stopped_after_some_of_its_rows_still_leaves_nothing_behind,
);

const RULES: GroupingRules = GroupingRules { max_hamming: 10 };

/// Near keys shared by the near-copy stories; any values work, as long as they are the same.
const KEYS: [u64; 6] = [11, 22, 33, 44, 55, 66];

async fn only_item(ctx: &Ctx) -> QueueItem {
    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    assert_eq!(items.len(), 1, "expected exactly one item, got {items:#?}");
    items.into_iter().next().unwrap()
}

async fn a_batch_ingested_twice_adds_nothing(ctx: Ctx) {
    let batch = vec![
        flagged("k1", "c1", 0x1111, Severity::S2, 0.8),
        post("k2", "c2", 0xFFFF_0000_0000_0000),
        post("k3", "c1", 0x1111),
    ];
    let first = ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    assert_eq!(
        first,
        BatchOutcome {
            stored: 3,
            already_stored: 0,
            new_items: 2,
            exact_copies: 1,
            near_copies: 0
        }
    );
    let counts = ctx.store.counts().await.unwrap();

    let second = ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    assert_eq!(
        second,
        BatchOutcome {
            already_stored: 3,
            ..BatchOutcome::default()
        }
    );
    assert_eq!(ctx.store.counts().await.unwrap(), counts);
    let item = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    assert_eq!(item.iter().map(|i| i.copies).sum::<u64>(), 3);
}

async fn a_key_repeated_within_a_batch_is_stored_once(ctx: Ctx) {
    let batch = vec![
        flagged("same", "c1", 1, Severity::S1, 0.5).author("first"),
        flagged("same", "c2", 1 << 40, Severity::S4, 0.9).author("second"),
        post("other", "c3", 1 << 20),
    ];
    let outcome = ctx
        .store
        .ingest_batch(&batch, GroupingRules { max_hamming: 0 })
        .await
        .unwrap();
    assert_eq!(outcome.stored, 2);
    assert_eq!(outcome.already_stored, 1);
    assert_eq!(ctx.store.counts().await.unwrap().posts, 2);
    // The first occurrence is the one kept.
    let open = ctx
        .store
        .list_items(&ItemFilter {
            status: Some(ItemStatus::Open),
            ..ItemFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].representative.post.author.as_deref(), Some("first"));
    assert_eq!(open[0].assessment.severity, Severity::S1);
}

async fn exact_copies_share_one_item_with_copies_authors_and_reach_counted(ctx: Ctx) {
    let batch = vec![
        flagged("k1", "same", 42, Severity::S2, 0.7)
            .author("alice")
            .engagement(10),
        flagged("k2", "same", 42, Severity::S2, 0.7)
            .author("bob")
            .engagement(5),
        flagged("k3", "same", 42, Severity::S2, 0.7).author("alice"),
        flagged("k4", "same", 42, Severity::S2, 0.7).engagement(100),
    ];
    let outcome = ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    assert_eq!(
        (outcome.new_items, outcome.exact_copies, outcome.near_copies),
        (1, 3, 0)
    );

    let later = vec![
        flagged("k5", "same", 42, Severity::S2, 0.7)
            .author("carol")
            .engagement(1),
    ];
    ctx.store.ingest_batch(&later, RULES).await.unwrap();

    let item = only_item(&ctx).await;
    assert_eq!(item.copies, 5);
    // Alice twice and one post without an author: alice, bob, carol.
    assert_eq!(item.distinct_authors, 3);
    assert_eq!(item.reach, 116);
    assert_eq!(
        item.priority,
        upstander_core::base_priority(Severity::S2, 116, 5, 3)
    );
    assert!(item.last_seen >= item.first_seen);
}

async fn an_author_seen_in_an_earlier_batch_is_not_counted_twice(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[post("k1", "c", 7).author("alice")], RULES)
        .await
        .unwrap();
    ctx.store
        .ingest_batch(
            &[
                post("k2", "c", 7).author("alice"),
                post("k3", "c", 7).author("bob"),
            ],
            RULES,
        )
        .await
        .unwrap();
    let item = only_item(&ctx).await;
    assert_eq!((item.copies, item.distinct_authors), (3, 2));
}

async fn a_near_copy_joins_only_when_it_shares_a_near_key_and_is_within_reach(ctx: Ctx) {
    let base = 0x0123_4567_89AB_CDEF;
    assert_eq!(RULES, GroupingRules::default());
    ctx.store
        .ingest_batch(
            &[flagged("k1", "c1", base, Severity::S2, 0.6).near_keys(&KEYS)],
            RULES,
        )
        .await
        .unwrap();

    // One key in common and 6 bits away: a typical one-word edit.
    let near = ctx
        .store
        .ingest_batch(
            &[post("k2", "c2", flip(base, 6)).near_keys(&[99, KEYS[4]])],
            RULES,
        )
        .await
        .unwrap();
    assert_eq!((near.near_copies, near.new_items), (1, 0));
    // A key in common but 20 bits away: a candidate that is not confirmed.
    let far = ctx
        .store
        .ingest_batch(
            &[post("k3", "c3", flip(base, 20)).near_keys(&[KEYS[0]])],
            RULES,
        )
        .await
        .unwrap();
    assert_eq!((far.near_copies, far.new_items), (0, 1));
    // 2 bits away but no key in common: never a candidate.
    let keyless = ctx
        .store
        .ingest_batch(
            &[post("k4", "c4", flip(base, 2)).near_keys(&[77, 88])],
            RULES,
        )
        .await
        .unwrap();
    assert_eq!((keyless.near_copies, keyless.new_items), (0, 1));
    let unkeyed = ctx
        .store
        .ingest_batch(&[post("k5", "c5", base)], RULES)
        .await
        .unwrap();
    assert_eq!((unkeyed.near_copies, unkeyed.new_items), (0, 1));

    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    assert_eq!(items.len(), 4);
    let grouped = items
        .iter()
        .find(|i| i.copies == 2)
        .expect("the near copy joined an item");
    assert_eq!(grouped.representative.post.text, "the text of c1");
    let detail = ctx.store.get_item(grouped.id).await.unwrap();
    let kinds: Vec<&str> = detail
        .copies
        .iter()
        .map(|p| p.match_kind.as_str())
        .collect();
    assert_eq!(kinds, ["first", "near"]);
}

async fn near_copies_are_found_within_one_batch_by_the_same_rules(ctx: Ctx) {
    let base = 0xDEAD_BEEF_0000_0001;
    let batch = vec![
        post("k1", "c1", base).near_keys(&KEYS),
        post("k2", "c2", flip(base, 6)).near_keys(&[KEYS[2]]),
        post("k3", "c3", flip(base, 20)).near_keys(&[KEYS[3]]),
        post("k4", "c4", flip(base, 2)).near_keys(&[1234]),
    ];
    let outcome = ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    assert_eq!((outcome.new_items, outcome.near_copies), (3, 1));
    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    let copies: Vec<(&str, u64)> = items
        .iter()
        .map(|i| (i.representative.post.text.as_str(), i.copies))
        .collect();
    assert!(copies.contains(&("the text of c1", 2)), "{copies:?}");
}

/// A 20-word post, the same post with one word changed, and another post on the same topic.
const ORIGINAL: &str = "migrants are flooding our towns and councils hide the crime figures \
    from honest working people every week";
const EDITED: &str = "migrants are flooding our towns and councils hide the crime figures \
    from decent working people every week";
const SAME_TOPIC: &str = "councils publish the crime figures for our towns every week and \
    nobody reads them, least of all the migrants";

async fn a_real_one_word_edit_joins_and_an_unrelated_post_on_the_same_topic_does_not(ctx: Ctx) {
    let (original, edited, other) = (
        keyed("k1", ORIGINAL),
        keyed("k2", EDITED),
        keyed("k3", SAME_TOPIC),
    );
    // What the story relies on, checked so that a change to the keys cannot hollow it out.
    assert!(
        edited
            .near_keys
            .iter()
            .any(|k| original.near_keys.contains(k))
    );
    assert!(dedup::hamming(original.simhash, edited.simhash) <= RULES.max_hamming);
    assert!(dedup::hamming(original.simhash, other.simhash) > RULES.max_hamming);

    ctx.store.ingest_batch(&[original], RULES).await.unwrap();
    let outcome = ctx
        .store
        .ingest_batch(&[edited, other], RULES)
        .await
        .unwrap();
    assert_eq!((outcome.near_copies, outcome.new_items), (1, 1));
}

async fn the_closest_candidate_wins_and_the_older_breaks_a_tie(ctx: Ctx) {
    let base = 0x5555_0000_AAAA_FFFF;
    // Two items sharing a key with what follows: the older 8 bits from `base`, the newer 4.
    ctx.store
        .ingest_batch(&[post("k1", "older", flip(base, 8)).near_keys(&[1])], RULES)
        .await
        .unwrap();
    ctx.store
        .ingest_batch(&[post("k2", "newer", flip(base, 4)).near_keys(&[2])], RULES)
        .await
        .unwrap();
    ctx.store
        .ingest_batch(&[post("k3", "copy", base).near_keys(&[1, 2])], RULES)
        .await
        .unwrap();
    // Exactly between the two (4 bits from each) and sharing both keys: the older wins.
    let (older, newer) = (flip(base, 8), flip(base, 4));
    let differ = older ^ newer;
    let lowest = differ & differ.wrapping_neg();
    let next = (differ ^ lowest) & (differ ^ lowest).wrapping_neg();
    let between = newer ^ lowest ^ next;
    let to_older = (between ^ older).count_ones();
    let to_newer = (between ^ newer).count_ones();
    assert_eq!(to_older, to_newer, "the tie post must be as far from both");
    assert!(to_older <= RULES.max_hamming);
    ctx.store
        .ingest_batch(&[post("k4", "tie", between).near_keys(&[2, 1])], RULES)
        .await
        .unwrap();

    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    let copies_of = |text: &str| {
        items
            .iter()
            .find(|i| i.representative.post.text == format!("the text of {text}"))
            .map(|i| i.copies)
    };
    assert_eq!(items.len(), 2);
    assert_eq!(copies_of("newer"), Some(2), "the closer item took the copy");
    assert_eq!(copies_of("older"), Some(2), "the older item took the tie");
}

async fn an_exact_copy_of_a_near_copy_joins_the_same_item(ctx: Ctx) {
    let base = 0x0F0F_0F0F_0F0F_0F0F;
    ctx.store
        .ingest_batch(&[post("k1", "c1", base).near_keys(&KEYS)], RULES)
        .await
        .unwrap();
    ctx.store
        .ingest_batch(
            &[post("k2", "c2", flip(base, 5)).near_keys(&KEYS[..1])],
            RULES,
        )
        .await
        .unwrap();
    // Same content key as the near copy, under a fingerprint and keys far from both.
    let outcome = ctx
        .store
        .ingest_batch(&[post("k3", "c2", !base).near_keys(&[7])], RULES)
        .await
        .unwrap();
    assert_eq!(outcome.exact_copies, 1);
    assert_eq!(only_item(&ctx).await.copies, 3);
}

async fn near_grouping_is_off_at_zero_bits(ctx: Ctx) {
    let off = GroupingRules { max_hamming: 0 };
    ctx.store
        .ingest_batch(&[post("k1", "c1", 99).near_keys(&KEYS)], off)
        .await
        .unwrap();
    for (key, simhash) in [("k2", 99), ("k3", flip(99, 1))] {
        let outcome = ctx
            .store
            .ingest_batch(&[post(key, key, simhash).near_keys(&KEYS)], off)
            .await
            .unwrap();
        assert_eq!((outcome.new_items, outcome.near_copies), (1, 0), "{key}");
    }
    // Exact grouping still works.
    let outcome = ctx
        .store
        .ingest_batch(&[post("k4", "c1", 12345)], off)
        .await
        .unwrap();
    assert_eq!(outcome.exact_copies, 1);
}

async fn near_keys_and_fingerprints_with_the_top_bit_set_group_like_any_other(ctx: Ctx) {
    let keys = [u64::MAX, 1 << 63, 0x8000_0000_0000_0001, 0, i64::MAX as u64];
    for (i, (key, base)) in keys
        .into_iter()
        .zip([u64::MAX, 1 << 63, 0xF0F0_0000_FFFF_0001, 0, 1])
        .enumerate()
    {
        let first = ctx
            .store
            .ingest_batch(
                &[post(&format!("a{i}"), &format!("a{i}"), base).near_keys(&[key])],
                RULES,
            )
            .await
            .unwrap();
        assert_eq!(first.new_items, 1, "key {key:#x}");
        let near = ctx
            .store
            .ingest_batch(
                &[post(&format!("b{i}"), &format!("b{i}"), flip(base, 3)).near_keys(&[key])],
                RULES,
            )
            .await
            .unwrap();
        assert_eq!(near.near_copies, 1, "key {key:#x}");
    }
}

async fn a_flagged_near_copy_of_a_cleared_item_becomes_its_representative(ctx: Ctx) {
    let cleared = keyed("k1", ORIGINAL).author("first");
    let mut copy = keyed("k2", EDITED).platform(Platform::Mastodon);
    // Spans into the copy's own text: byte offsets that mean nothing in the first copy's.
    let spans: Vec<EvidenceSpan> = ["flooding", "decent"]
        .into_iter()
        .map(|word| {
            let start = EDITED.find(word).unwrap();
            EvidenceSpan {
                start,
                end: start + word.len(),
                signal: "LEX_TEST".into(),
                text: word.into(),
            }
        })
        .collect();
    copy.assessment = upstander_core::Assessment {
        spans: spans.clone(),
        ..assessment(Verdict::Flag, Severity::S2, 0.8, &["HATE.DEHUMANISATION"])
    };
    ctx.store.ingest_batch(&[cleared], RULES).await.unwrap();
    let outcome = ctx
        .store
        .ingest_batch(std::slice::from_ref(&copy), RULES)
        .await
        .unwrap();
    assert_eq!(outcome.near_copies, 1);

    let item = only_item(&ctx).await;
    let detail = ctx.store.get_item(item.id).await.unwrap();
    let kinds: Vec<&str> = detail
        .copies
        .iter()
        .map(|p| p.match_kind.as_str())
        .collect();
    assert_eq!(kinds, ["first", "near"], "copies stay oldest first");
    assert_eq!(item.status, ItemStatus::Open);
    assert_eq!(item.representative, detail.copies[1]);
    assert_eq!(item.representative.post, copy.post);
    assert_eq!(item.assessment.spans, spans);
    for span in &item.assessment.spans {
        assert_eq!(
            item.representative.post.text.get(span.start..span.end),
            Some(span.text.as_str())
        );
    }
    assert_eq!(item.first_seen, detail.copies[0].ingested_at);
    // The platform filter follows the representative.
    let mastodon = ctx
        .store
        .list_items(&ItemFilter {
            platform: Some(Platform::Mastodon),
            ..ItemFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(mastodon.len(), 1);
}

async fn a_flagged_post_opens_an_item_and_a_clear_post_is_cleared(ctx: Ctx) {
    let batch = vec![
        flagged("k1", "c1", 1, Severity::S3, 0.9),
        post("k2", "c2", 0xFFFF_0000_FFFF_0000),
    ];
    ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    let counts = ctx.store.counts().await.unwrap();
    assert_eq!((counts.open, counts.cleared, counts.decided), (1, 1, 0));
    let open = ctx
        .store
        .list_items(&ItemFilter {
            status: Some(ItemStatus::Open),
            ..ItemFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(open[0].assessment.verdict, Verdict::Flag);
    assert_eq!(open[0].representative.post.text, "the text of c1");
}

async fn a_flagged_copy_reopens_a_cleared_item_with_its_own_assessment(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[post("k1", "c", 5)], RULES)
        .await
        .unwrap();
    assert_eq!(only_item(&ctx).await.status, ItemStatus::Cleared);

    let copy = flagged("k2", "c", 5, Severity::S1, 0.4).categories(&["HATE.SLUR"]);
    ctx.store
        .ingest_batch(std::slice::from_ref(&copy), RULES)
        .await
        .unwrap();
    let item = only_item(&ctx).await;
    assert_eq!(item.status, ItemStatus::Open);
    assert_eq!(item.assessment, copy.assessment);
    assert_eq!(item.copies, 2);
    // The copy whose assessment the item took is what the reviewer reads.
    assert_eq!(item.representative.match_kind, "exact");
    assert_eq!(item.representative.post, copy.post);
}

async fn the_stronger_flagged_assessment_is_kept_across_batches(ctx: Ctx) {
    let first = flagged("k1", "c", 5, Severity::S2, 0.6).categories(&["HATE.DEROGATION"]);
    let stronger = flagged("k2", "c", 5, Severity::S3, 0.5).categories(&["HATE.DEHUMANISATION"]);
    let same_severity_lower_score = flagged("k3", "c", 5, Severity::S3, 0.4);
    let same_severity_higher_score =
        flagged("k4", "c", 5, Severity::S3, 0.55).categories(&["VIOL.THREAT"]);
    let cleared = post("k5", "c", 5);

    ctx.store.ingest_batch(&[first], RULES).await.unwrap();
    ctx.store
        .ingest_batch(std::slice::from_ref(&stronger), RULES)
        .await
        .unwrap();
    assert_eq!(only_item(&ctx).await.assessment, stronger.assessment);
    ctx.store
        .ingest_batch(&[same_severity_lower_score, cleared], RULES)
        .await
        .unwrap();
    assert_eq!(only_item(&ctx).await.assessment, stronger.assessment);
    ctx.store
        .ingest_batch(std::slice::from_ref(&same_severity_higher_score), RULES)
        .await
        .unwrap();

    let item = only_item(&ctx).await;
    assert_eq!(item.assessment, same_severity_higher_score.assessment);
    assert_eq!(item.copies, 5);
    assert_eq!(item.status, ItemStatus::Open);
    let by_category = ctx
        .store
        .list_items(&ItemFilter {
            category: Some("VIOL".into()),
            ..ItemFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        by_category.len(),
        1,
        "the filter columns follow the kept assessment"
    );
}

async fn a_decided_item_stays_decided_when_a_copy_joins(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k1", "c", 5, Severity::S2, 0.6)], RULES)
        .await
        .unwrap();
    let id = only_item(&ctx).await.id;
    ctx.store
        .record_decision(&upstander_core::NewDecision {
            item_id: id,
            action: upstander_core::DecisionAction::PlatformReport,
            category: Some("HATE.DEHUMANISATION".into()),
            severity: Severity::S2,
            note: None,
            reviewer: "rev".into(),
            target_group: None,
            legal_grounds: Vec::new(),
            policy_grounds: Vec::new(),
        })
        .await
        .unwrap();
    let copies = vec![
        flagged("k2", "c", 5, Severity::S4, 0.99).engagement(3),
        post("k3", "c", 5).engagement(4),
    ];
    ctx.store.ingest_batch(&copies, RULES).await.unwrap();
    let item = only_item(&ctx).await;
    assert_eq!(item.status, ItemStatus::Decided);
    assert_eq!((item.copies, item.reach), (3, 7));
    assert_eq!(
        item.assessment.severity,
        Severity::S4,
        "a stronger assessment is still kept"
    );
}

async fn an_empty_batch_stores_nothing(ctx: Ctx) {
    let outcome = ctx.store.ingest_batch(&[], RULES).await.unwrap();
    assert_eq!(outcome, BatchOutcome::default());
    assert_eq!(
        ctx.store.counts().await.unwrap(),
        upstander_store::StoreCounts::default()
    );
}

async fn an_invalid_post_is_rejected_by_index_and_field_and_nothing_is_stored(ctx: Ctx) {
    let mut nul = post("k3", "c3", 3);
    nul.post.text = "before\0after".into();
    let mut nan = post("k4", "c4", 4);
    nan.assessment = assessment(Verdict::Flag, Severity::S1, f32::NAN, &[]);
    let cases = [
        (post("", "c", 1), "batch[2].ingest_key"),
        (post("k", "", 1), "batch[2].content_key"),
        (nul, "batch[2].post.text"),
        (nan, "batch[2].assessment.score"),
        (
            post("k5", "c5", 5).engagement(u64::MAX),
            "batch[2].post.engagement",
        ),
        (
            post("k6", "c6", 6).near_keys(&vec![1; MAX_NEAR_KEYS + 1]),
            "batch[2].near_keys",
        ),
    ];
    for (bad, expected_field) in cases {
        let batch = vec![post("a", "a", 10), post("b", "b", 20), bad];
        let err = ctx.store.ingest_batch(&batch, RULES).await.unwrap_err();
        match &err {
            StoreError::Invalid { field, .. } => assert_eq!(field, expected_field, "{err}"),
            other => panic!("expected Invalid for {expected_field}, got {other:?}"),
        }
        assert!(err.to_string().starts_with(expected_field), "{err}");
    }
    assert_eq!(ctx.store.counts().await.unwrap().posts, 0);
}

async fn a_batch_that_fails_midway_leaves_nothing_behind(ctx: Ctx) {
    ctx.store
        .ingest_batch(&[flagged("k0", "existing", 1, Severity::S1, 0.3)], RULES)
        .await
        .unwrap();
    let before_counts = ctx.store.counts().await.unwrap();
    let before_items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();

    // The database rejects one post of the batch, after the batch's items were written.
    ctx.execute_raw(
        "CREATE TRIGGER fail_on_boom BEFORE INSERT ON posts WHEN NEW.text = 'boom' \
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        "CREATE FUNCTION fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$ \
         BEGIN IF NEW.text = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF; \
         RETURN NEW; END $$; \
         CREATE TRIGGER fail_on_boom BEFORE INSERT ON posts FOR EACH ROW \
         EXECUTE FUNCTION fail_on_boom();",
    )
    .await;
    let mut boom = post("k3", "new-2", 0x0000_FFFF_FFFF_0000);
    boom.post.text = "boom".into();
    let batch = vec![
        flagged("k1", "new-1", 0xFFFF_FFFF_0000_0000, Severity::S4, 0.9),
        flagged("k2", "existing", 1, Severity::S4, 0.9).engagement(50),
        boom,
    ];
    let err = ctx.store.ingest_batch(&batch, RULES).await.unwrap_err();
    assert!(matches!(err, StoreError::Database(_)), "{err:?}");
    assert!(err.to_string().contains("injected failure"), "{err}");

    assert_eq!(ctx.store.counts().await.unwrap(), before_counts);
    assert_eq!(
        ctx.store.list_items(&ItemFilter::default()).await.unwrap(),
        before_items
    );

    // Without the bad post the same batch goes through in full: nothing was half-written.
    let outcome = ctx.store.ingest_batch(&batch[..2], RULES).await.unwrap();
    assert_eq!(
        (outcome.stored, outcome.new_items, outcome.exact_copies),
        (2, 1, 1)
    );
}

async fn a_statement_stopped_after_some_of_its_rows_still_leaves_nothing_behind(ctx: Ctx) {
    // SQLite's RAISE(FAIL) stops a statement but keeps the rows it already wrote, as a broken
    // constraint does under the OR FAIL the store's inserts use; the batch must still vanish
    // whole, and the store must go on working.
    ctx.execute_raw(
        "CREATE TRIGGER fail_on_boom BEFORE INSERT ON posts WHEN NEW.text = 'boom' \
         BEGIN SELECT RAISE(FAIL, 'injected failure'); END;",
        "CREATE FUNCTION fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$ \
         BEGIN IF NEW.text = 'boom' THEN RAISE EXCEPTION 'injected failure'; END IF; \
         RETURN NEW; END $$; \
         CREATE TRIGGER fail_on_boom BEFORE INSERT ON posts FOR EACH ROW \
         EXECUTE FUNCTION fail_on_boom();",
    )
    .await;
    let mut batch: Vec<_> = (0..150_u64)
        .map(|i| {
            post(
                &format!("k{i}"),
                &format!("c{i}"),
                i.wrapping_mul(0x9E37_79B9_7F4A_7C15),
            )
            .near_keys(&[i, i + 1000])
        })
        .collect();
    // Deep inside the second statement of posts, after rows of it have been written.
    batch[100].post.text = "boom".into();
    let err = ctx.store.ingest_batch(&batch, RULES).await.unwrap_err();
    assert!(err.to_string().contains("injected failure"), "{err}");
    assert_eq!(
        ctx.store.counts().await.unwrap(),
        upstander_store::StoreCounts::default()
    );

    ctx.execute_raw(
        "DROP TRIGGER fail_on_boom;",
        "DROP TRIGGER fail_on_boom ON posts;",
    )
    .await;
    let outcome = ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    assert_eq!((outcome.stored, outcome.new_items), (150, 150));
    assert_eq!(ctx.store.counts().await.unwrap().posts, 150);
}
