//! What goes in comes back out, to the byte and to the microsecond.

use upstander_core::{
    Assessment, CategoryScore, EvidenceSpan, ItemFilter, NewPost, Platform, Route, Severity,
    Signal, SignalId, Span, Timestamp, Verdict,
};
use upstander_store::{GroupingRules, IncomingPost, StoreError};

use crate::support::{Ctx, post};

conformance!(
    non_ascii_and_very_long_text_round_trips_exactly,
    emoji_text_round_trips_exactly,
    timestamps_round_trip_to_the_microsecond,
    every_field_of_a_post_and_its_assessment_round_trips,
    every_platform_round_trips,
    a_created_at_before_year_one_or_at_the_end_of_time_is_refused,
);

const RULES: GroupingRules = GroupingRules { max_hamming: 10 };

/// Stores one post per text (far-apart fingerprints) and reads every text back.
async fn store_and_read_texts(ctx: &Ctx, texts: &[String]) {
    let batch: Vec<IncomingPost> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut p = post(&format!("k{i}"), &format!("c{i}"), i as u64);
            p.post.text = text.clone();
            p
        })
        .collect();
    let outcome = ctx
        .store
        .ingest_batch(&batch, GroupingRules { max_hamming: 0 })
        .await
        .unwrap();
    assert_eq!(outcome.new_items, texts.len() as u64);
    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    let mut got: Vec<&str> = items
        .iter()
        .map(|i| i.representative.post.text.as_str())
        .collect();
    let mut want: Vec<&str> = texts.iter().map(String::as_str).collect();
    got.sort_unstable();
    want.sort_unstable();
    assert!(got == want, "texts differ after a round trip");
    for item in &items {
        let detail = ctx.store.get_item(item.id).await.unwrap();
        assert_eq!(detail.copies[0].post.text, item.representative.post.text);
    }
}

async fn non_ascii_and_very_long_text_round_trips_exactly(ctx: Ctx) {
    let long: String = "Ünïcödé ☃ اللغة العربية 中文字符 עברית ".repeat(30_000);
    assert!(long.len() > 1_500_000);
    let texts = vec![
        "Straße, naïve café, Ελληνικά, русский".to_owned(),
        // Right-to-left marks, zero-width joiners and a combining accent.
        "\u{202E}abc\u{202C} zero\u{200B}width e\u{301} \u{FEFF}bom".to_owned(),
        "quotes ' \" \\ backslash %_ like-wildcards \t tab \n newline \r\n crlf".to_owned(),
        "{\"looks\": [\"like\", \"json\"]}".to_owned(),
        long,
        String::new(),
    ];
    store_and_read_texts(&ctx, &texts).await;
}

async fn emoji_text_round_trips_exactly(ctx: Ctx) {
    let texts = vec![
        "🐀🐀🐀 go back 🚀".to_owned(),
        // Skin tones, a ZWJ family, flags and a keycap.
        "👍🏽 👨‍👩‍👧‍👦 🇬🇧🇵🇸🇮🇱 1️⃣ 🏳️‍🌈".to_owned(),
        "\u{1F9A0}\u{FE0F}".to_owned(),
    ];
    store_and_read_texts(&ctx, &texts).await;
}

async fn timestamps_round_trip_to_the_microsecond(ctx: Ctx) {
    let micros = [
        1_764_300_000_123_456_i64,
        0,
        -1,
        -1_500_000,
        // 0001-01-01T00:00:00Z, the earliest accepted.
        -62_135_596_800_000_000,
        // The latest whole microsecond jiff reads back: 9999-12-30T22:00:00Z.
        253_402_207_200_000_000,
    ];
    let batch: Vec<IncomingPost> = micros
        .iter()
        .enumerate()
        .map(|(i, &us)| {
            let mut p = post(&format!("k{i}"), "same", 1);
            p.post.created_at = Some(Timestamp::from_microsecond(us).unwrap());
            p
        })
        .collect();
    let before = Timestamp::now();
    ctx.store.ingest_batch(&batch, RULES).await.unwrap();
    let after = Timestamp::now();

    let id = ctx.store.list_items(&ItemFilter::default()).await.unwrap()[0].id;
    let detail = ctx.store.get_item(id).await.unwrap();
    let got: Vec<i64> = detail
        .copies
        .iter()
        .map(|p| p.post.created_at.unwrap().as_microsecond())
        .collect();
    assert_eq!(got, micros);
    let before = Timestamp::from_microsecond(before.as_microsecond()).unwrap();
    for copy in &detail.copies {
        assert!(
            before <= copy.ingested_at && copy.ingested_at <= after,
            "{}",
            copy.ingested_at
        );
    }
    assert_eq!(detail.item.first_seen, detail.copies[0].ingested_at);

    // Nanoseconds are dropped: what is read back is the time truncated to the microsecond.
    let precise = Timestamp::new(1_764_300_000, 123_456_789).unwrap();
    let mut p = post("precise", "precise", u64::MAX);
    p.post.created_at = Some(precise);
    ctx.store.ingest_batch(&[p], RULES).await.unwrap();
    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    let stored = items
        .iter()
        .find(|i| i.representative.post.text == "the text of precise")
        .unwrap();
    assert_eq!(
        stored.representative.post.created_at,
        Some(Timestamp::new(1_764_300_000, 123_456_000).unwrap())
    );
}

async fn every_field_of_a_post_and_its_assessment_round_trips(ctx: Ctx) {
    let text = "They are vermin — quote: \"🐀\"".to_owned();
    let start = text.find("vermin").unwrap();
    let assessment = Assessment {
        verdict: Verdict::Flag,
        score: 0.930_000_1,
        severity: Severity::S3,
        categories: vec![
            CategoryScore {
                id: "HATE.DEHUMANISATION".into(),
                score: 0.93,
            },
            CategoryScore {
                id: "HATE.SLUR".into(),
                score: 1.0e-7,
            },
        ],
        targets: vec!["TG.RELIGION.MUSLIM".into()],
        spans: vec![EvidenceSpan {
            start,
            end: start + 6,
            signal: "LEX_DEHUMANISING".into(),
            text: "vermin".into(),
        }],
        signals: vec![Signal {
            id: SignalId::parse("LEX_DEHUMANISING").unwrap(),
            span: Some(Span::new(start, start + 6)),
            category: Some("HATE.DEHUMANISATION".into()),
            target: None,
            severity: Some(Severity::S2),
            strength: 0.8,
            note: "dehumanising word «vermin»".into(),
        }],
        route: Route::Urgent,
        explanation: "Dehumanising language; a NUL-free \u{1F400} explanation.".into(),
    };
    let incoming = IncomingPost {
        post: NewPost {
            source_id: Some("at://did:plc:abc/app.bsky.feed.post/3k".into()),
            platform: Platform::Bluesky,
            text,
            author: Some("@someone.bsky.social".into()),
            url: Some("https://bsky.app/profile/someone/post/3k?x=1&y=%20".into()),
            created_at: Some(Timestamp::from_microsecond(1_700_000_000_000_001).unwrap()),
            lang: Some("en-GB".into()),
            engagement: Some(i64::MAX as u64),
        },
        ingest_key: "bluesky:at://did:plc:abc/app.bsky.feed.post/3k".into(),
        content_key: "sha256:0123456789abcdef".into(),
        simhash: 0x8000_0000_0000_0001,
        near_keys: vec![u64::MAX, 0, 1 << 63],
        assessment: assessment.clone(),
    };
    ctx.store
        .ingest_batch(std::slice::from_ref(&incoming), RULES)
        .await
        .unwrap();

    let items = ctx.store.list_items(&ItemFilter::default()).await.unwrap();
    let item = &items[0];
    assert_eq!(item.representative.post, incoming.post);
    assert_eq!(item.representative.match_kind, "first");
    assert_eq!(item.representative.item_id, item.id);
    assert_eq!(item.assessment, assessment);
    assert_eq!(item.reach, i64::MAX as u64);
    assert_eq!(item.distinct_authors, 1);
    let detail = ctx.store.get_item(item.id).await.unwrap();
    assert_eq!(&detail.item, item);
}

async fn every_platform_round_trips(ctx: Ctx) {
    let batch: Vec<IncomingPost> = Platform::ALL
        .iter()
        .enumerate()
        .map(|(i, &platform)| {
            let mut p = post(&format!("k{i}"), &format!("c{i}"), 0);
            p.post.platform = platform;
            p
        })
        .collect();
    ctx.store
        .ingest_batch(&batch, GroupingRules { max_hamming: 0 })
        .await
        .unwrap();
    for platform in Platform::ALL {
        let items = ctx
            .store
            .list_items(&ItemFilter {
                platform: Some(platform),
                ..ItemFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(items.len(), 1, "{platform}");
        assert_eq!(items[0].representative.post.platform, platform);
    }
}

async fn a_created_at_before_year_one_or_at_the_end_of_time_is_refused(ctx: Ctx) {
    for time in [
        Timestamp::from_microsecond(-62_135_596_800_000_001).unwrap(),
        Timestamp::MAX,
    ] {
        let mut p = post("k", "c", 1);
        p.post.created_at = Some(time);
        let err = ctx.store.ingest_batch(&[p], RULES).await.unwrap_err();
        assert!(
            matches!(&err, StoreError::Invalid { field, .. } if field == "batch[0].post.created_at"),
            "{time}: {err:?}"
        );
    }
    assert_eq!(ctx.store.counts().await.unwrap().posts, 0);
}
