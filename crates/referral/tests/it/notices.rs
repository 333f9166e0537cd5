//! Referral rules and rendering: refusals, batching, and every required element of a notice.

use upstander_core::{Platform, PostUrlError, Severity};
use upstander_referral::{
    ChannelKind, GOOD_FAITH_STATEMENT, LegalGround, NoticeKind, ReferralError, SecondApproval,
    build_notices,
};

use crate::support::{decision, registry, request, serious_decision, taxonomy, ts};

const TWEET: &str = "https://twitter.com/someone/status/1790000000000000001?s=20&t=abc";
const TWEET_2: &str = "https://x.com/other/status/1790000000000000002";
const VIDEO: &str = "https://youtu.be/dQw4w9WgXcQ?si=tracking";

#[test]
fn nothing_is_referred_without_a_human_decision() {
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], None)).unwrap_err();
    assert_eq!(err, ReferralError::NoHumanDecision);
}

#[test]
fn a_serious_decision_without_a_second_review_is_refused() {
    let mut d = serious_decision();
    d.second_review = None;
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert_eq!(
        err,
        ReferralError::SecondReviewRequired {
            severity: Severity::S4
        }
    );
}

#[test]
fn a_second_review_by_the_same_person_does_not_count() {
    let mut d = serious_decision();
    d.second_review = Some(SecondApproval {
        reviewer: " Reviewer-1 ".to_owned(),
        at: ts("2026-03-02T09:30:00Z"),
    });
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(
        matches!(&err, ReferralError::Invalid { field, .. } if field == "decision.second_review.reviewer"),
        "{err}"
    );
}

#[test]
fn a_serious_decision_with_a_second_review_is_referred() {
    let notices = build_notices(
        &registry(),
        &taxonomy(),
        &request(&[TWEET], Some(serious_decision())),
    )
    .unwrap();
    assert_eq!(notices.len(), 1);
    assert!(notices[0].second_reviewed);
    assert_eq!(notices[0].policy_ground.id, "violent_speech");
}

#[test]
fn protected_speech_is_never_referred() {
    let mut d = decision();
    d.category = "NONVIOL.COUNTER_SPEECH".to_owned();
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(matches!(err, ReferralError::NotActionable { .. }), "{err}");
}

#[test]
fn a_not_violating_severity_is_never_referred() {
    let mut d = decision();
    d.severity = Severity::S0;
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(matches!(err, ReferralError::NotActionable { .. }), "{err}");
}

#[test]
fn an_unknown_category_or_legal_ground_names_the_field() {
    let mut d = decision();
    d.category = "HATE.NOPE".to_owned();
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(err.to_string().contains("decision.category"), "{err}");

    let mut d = decision();
    d.legal_grounds.push(LegalGround {
        id: "HATE.SLUR".to_owned(),
        title: None,
    });
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(
        err.to_string().contains("decision.legal_grounds[1]"),
        "{err}"
    );
}

#[test]
fn an_empty_explanation_or_a_bad_email_is_refused() {
    let mut d = decision();
    d.explanation = "   ".to_owned();
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(err.to_string().contains("decision.explanation"), "{err}");

    let mut r = request(&[TWEET], Some(decision()));
    r.notifier.email = "sam at charity".to_owned();
    let err = build_notices(&registry(), &taxonomy(), &r).unwrap_err();
    assert!(err.to_string().contains("notifier.email"), "{err}");
}

#[test]
fn an_unrecognised_link_is_named_by_its_position() {
    let err = build_notices(
        &registry(),
        &taxonomy(),
        &request(&[TWEET, "https://example.com/page"], Some(decision())),
    )
    .unwrap_err();
    match err {
        ReferralError::Url { index, source, .. } => {
            assert_eq!(index, 2);
            assert!(matches!(source, PostUrlError::UnknownPlatform { .. }));
        }
        other => panic!("{other}"),
    }
}

#[test]
fn no_links_at_all_is_refused() {
    let err = build_notices(&registry(), &taxonomy(), &request(&[], Some(decision()))).unwrap_err();
    assert!(err.to_string().contains("urls"), "{err}");
}

#[test]
fn many_links_to_one_platform_go_into_one_notice_and_copies_collapse() {
    let notices = build_notices(
        &registry(),
        &taxonomy(),
        &request(
            &[
                TWEET,
                VIDEO,
                TWEET_2,
                "https://x.com/i/web/status/1790000000000000001",
            ],
            Some(decision()),
        ),
    )
    .unwrap();
    assert_eq!(notices.len(), 2);
    let x = notices.iter().find(|n| n.platform == Platform::X).unwrap();
    let ids: Vec<&str> = x.items.iter().map(|i| i.content_id.as_str()).collect();
    assert_eq!(ids, ["1790000000000000001", "1790000000000000002"]);
    assert_eq!(x.items[0].url, "https://x.com/i/status/1790000000000000001");
    assert_eq!(x.items[0].submitted_url.as_deref(), Some(TWEET));
    let yt = notices
        .iter()
        .find(|n| n.platform == Platform::Youtube)
        .unwrap();
    assert_eq!(yt.items.len(), 1);
    assert_eq!(yt.policy_ground.id, "hate_speech");
}

#[test]
fn a_dsa_notice_carries_every_element_article_16_requires() {
    let notices = build_notices(
        &registry(),
        &taxonomy(),
        &request(&[TWEET, TWEET_2], Some(decision())),
    )
    .unwrap();
    let notice = &notices[0];
    assert_eq!(notice.kind, NoticeKind::DsaArt16);
    assert_eq!(notice.channel.kind, ChannelKind::DsaArt16);
    assert_eq!(notice.due, Some(ts("2026-03-03T10:00:00Z")));

    let json: serde_json::Value = serde_json::from_str(&notice.to_json()).unwrap();
    assert_eq!(json["kind"], "dsa_art16");
    assert_eq!(
        json["items"][0]["url"],
        "https://x.com/i/status/1790000000000000001"
    );
    assert_eq!(json["legal_grounds"][0]["id"], "UK-POA86-S4A");
    assert_eq!(json["policy_ground"]["id"], "hateful_conduct");
    assert_eq!(json["notifier"]["name"], "Sam Example");
    assert_eq!(json["notifier"]["email"], "sam@charity.example.org");
    assert_eq!(json["good_faith_statement"], GOOD_FAITH_STATEMENT);
    assert!(json["explanation"].as_str().unwrap().contains("disease"));
    assert!(
        json.get("reviewer").is_none(),
        "reviewer names stay in the hub"
    );

    let text = notice.render_text();
    for needle in [
        "Subject: Notice of illegal content (DSA Art. 16): 2 items on X",
        "Art. 16(2)(a)",
        "Art. 16(2)(b)",
        "Art. 16(2)(c)",
        "Art. 16(2)(d)",
        "https://x.com/i/status/1790000000000000001",
        "https://x.com/i/status/1790000000000000002",
        "Legal ground: UK-POA86-S4A",
        "Hateful Conduct",
        "Name: Sam Example",
        "Email: sam@charity.example.org",
        GOOD_FAITH_STATEMENT,
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    assert!(!text.contains("reviewer-1"));

    let html = notice.render_html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("https://x.com/i/status/1790000000000000002"));
    assert!(html.contains("Art. 16(2)(d)"));
}

#[test]
fn legal_ground_titles_come_from_the_taxonomy() {
    let mut d = decision();
    d.legal_grounds = vec![LegalGround {
        id: "UK-POA86-S18".to_owned(),
        title: None,
    }];
    let notices = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap();
    assert_eq!(
        notices[0].legal_grounds[0].title.as_deref(),
        Some("Public Order Act 1986 s18")
    );
    assert!(
        notices[0]
            .render_text()
            .contains("Public Order Act 1986 s18 (UK-POA86-S18)")
    );
}

#[test]
fn without_a_legal_ground_it_is_a_terms_of_service_report() {
    let mut d = decision();
    d.legal_grounds = vec![LegalGround {
        id: "TOS-ONLY".to_owned(),
        title: None,
    }];
    let notices = build_notices(&registry(), &taxonomy(), &request(&[VIDEO], Some(d))).unwrap();
    let notice = &notices[0];
    assert_eq!(notice.kind, NoticeKind::TermsOfService);
    assert_eq!(notice.channel.kind, ChannelKind::InApp);
    assert!(notice.legal_grounds.is_empty());
    assert!(notice.good_faith_statement.is_none());
    let text = notice.render_text();
    assert!(text.contains("No legal ground is asserted"), "{text}");
    assert!(text.contains("Hate speech policy"), "{text}");
    assert!(!text.contains("Art. 16"), "{text}");
}

#[test]
fn hostile_text_cannot_inject_markup_into_the_printable_page() {
    let mut d = decision();
    d.explanation = "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> & more".to_owned();
    let mut r = request(&[TWEET], Some(d));
    r.notifier.name = "\"><b>Sam</b>".to_owned();
    let notices = build_notices(&registry(), &taxonomy(), &r).unwrap();
    let html = notices[0].render_html();
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>Sam"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&amp; more"));
}

#[test]
fn hostile_text_cannot_forge_email_headers() {
    let mut r = request(&[TWEET], Some(decision()));
    r.notifier.organisation = Some("Org\r\nBcc: victim@example.org".to_owned());
    let notices = build_notices(&registry(), &taxonomy(), &r).unwrap();
    let text = notices[0].render_text();
    assert!(!text.lines().any(|l| l.starts_with("Bcc:")), "{text}");
}

#[test]
fn a_trusted_flagger_uses_the_trusted_flagger_channel() {
    let mut r = request(&[TWEET], Some(decision()));
    r.notifier.trusted_flagger = true;
    let notices = build_notices(&registry(), &taxonomy(), &r).unwrap();
    assert_eq!(notices[0].channel.kind, ChannelKind::TrustedFlagger);
    assert_eq!(notices[0].due, Some(ts("2026-03-05T10:00:00Z")));
}

#[test]
fn only_a_trusted_flagger_may_ask_for_the_trusted_flagger_channel() {
    let mut r = request(&[TWEET], Some(decision()));
    r.prefer_channel = Some(ChannelKind::TrustedFlagger);
    let err = build_notices(&registry(), &taxonomy(), &r).unwrap_err();
    assert!(err.to_string().contains("prefer_channel"), "{err}");
}

#[test]
fn a_partner_programme_is_used_when_asked_for_and_available() {
    let mut r = request(&[VIDEO], Some(decision()));
    r.prefer_channel = Some(ChannelKind::Partner);
    let notices = build_notices(&registry(), &taxonomy(), &r).unwrap();
    assert_eq!(notices[0].channel.id, "priority_flagger");
}

#[test]
fn a_mastodon_post_goes_to_the_server_with_the_covenant_as_policy() {
    let notices = build_notices(
        &registry(),
        &taxonomy(),
        &request(&["https://mastodon.social/@someone/1122"], Some(decision())),
    )
    .unwrap();
    assert_eq!(notices[0].platform, Platform::Mastodon);
    assert_eq!(notices[0].policy_ground.id, "server_covenant");
}

#[test]
fn a_reviewer_may_choose_the_platform_policy_and_an_unknown_one_is_refused() {
    let mut d = decision();
    d.policy_grounds
        .insert(Platform::X, "abuse_harassment".to_owned());
    let notices =
        build_notices(&registry(), &taxonomy(), &request(&[TWEET, VIDEO], Some(d))).unwrap();
    let x = notices.iter().find(|n| n.platform == Platform::X).unwrap();
    assert_eq!(x.policy_ground.id, "abuse_harassment");
    let yt = notices
        .iter()
        .find(|n| n.platform == Platform::Youtube)
        .unwrap();
    assert_eq!(yt.policy_ground.id, "hate_speech");

    let mut d = decision();
    d.policy_grounds.insert(Platform::X, "be_nice".to_owned());
    let err = build_notices(&registry(), &taxonomy(), &request(&[TWEET], Some(d))).unwrap_err();
    assert!(
        err.to_string().contains("decision.policy_grounds.x"),
        "{err}"
    );
    assert!(err.to_string().contains("hateful_conduct"), "{err}");
}
