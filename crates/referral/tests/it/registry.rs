//! The platform registry: the shipped file, its completeness, and precise errors.

use upstander_core::Platform;
use upstander_referral::{ChannelKind, Clock, ReferralError, Registry};

use crate::support::{registry, taxonomy, testdata};

const REQUIRED: [Platform; 11] = [
    Platform::X,
    Platform::Facebook,
    Platform::Instagram,
    Platform::Threads,
    Platform::Youtube,
    Platform::Tiktok,
    Platform::Telegram,
    Platform::Reddit,
    Platform::Snapchat,
    Platform::Bluesky,
    Platform::Mastodon,
];

#[test]
fn the_shipped_registry_lists_every_platform_with_a_report_channel() {
    let registry = registry();
    for platform in REQUIRED {
        let entry = registry
            .platform(platform)
            .unwrap_or_else(|| panic!("{platform} missing"));
        assert!(
            entry.channel(ChannelKind::InApp).is_some(),
            "{platform} has no in-app channel"
        );
        assert!(
            entry.channel(ChannelKind::DsaArt16).is_some(),
            "{platform} has no DSA Art. 16 channel"
        );
        assert!(!entry.policies.is_empty());
    }
}

#[test]
fn every_actionable_taxonomy_category_maps_to_a_policy_on_every_platform() {
    registry().check_against(&taxonomy()).unwrap();
}

#[test]
fn protected_speech_categories_are_not_required_to_map() {
    let registry = registry();
    let x = registry.platform(Platform::X).unwrap();
    assert!(x.policy_for("NONVIOL.COUNTER_SPEECH").is_none());
}

#[test]
fn an_exact_category_mapping_wins_over_its_family() {
    let registry = registry();
    let x = registry.platform(Platform::X).unwrap();
    assert_eq!(x.policy_for("HATE.SLUR").unwrap().id, "hateful_conduct");
    assert_eq!(x.policy_for("HATE.THREAT").unwrap().id, "violent_speech");
}

#[test]
fn a_gap_in_the_category_map_is_reported_with_its_place() {
    let text = std::fs::read_to_string(testdata("platforms-minimal.toml")).unwrap();
    let registry = Registry::parse(&text).unwrap();
    let err = registry.check_against(&taxonomy()).unwrap_err().to_string();
    assert!(err.contains("platforms.bluesky.category_policy"), "{err}");
    assert!(err.contains("\"VIOL.THREAT\""), "{err}");
    assert!(!err.contains("\"HATE.SLUR\""), "{err}");
}

#[test]
fn the_registry_can_be_loaded_from_a_path_or_the_embedded_copy() {
    let from_path = Registry::load(Some(&testdata("platforms-minimal.toml"))).unwrap();
    assert_eq!(from_path.version, "test-1");
    assert!(from_path.platform(Platform::X).is_none());
    assert_eq!(Registry::load(None).unwrap(), registry());
    let missing = Registry::load(Some(&testdata("no-such-file.toml"))).unwrap_err();
    assert!(matches!(missing, ReferralError::Read { .. }), "{missing}");
}

#[test]
fn mastodon_instances_in_the_registry_teach_the_recogniser_their_hosts() {
    let text = std::fs::read_to_string(testdata("platforms-minimal.toml"))
        .unwrap()
        .replace(
            "[platforms.bluesky]",
            "[platforms.mastodon]\nname = \"Mastodon\"\ninstances = [\"Town.Example\"]\n\n\
             [[platforms.mastodon.channels]]\nid = \"r\"\nkind = \"in_app\"\nname = \"Report\"\n\n\
             [platforms.mastodon.policies]\nrules = { name = \"Rules\", url = \"https://town.example/about\" }\n\n\
             [platforms.mastodon.category_policy]\n\"HATE.*\" = \"rules\"\n\n[platforms.bluesky]",
        );
    let registry = Registry::parse(&text).unwrap();
    assert!(registry.recogniser().is_mastodon_host("town.example"));
    let found = registry
        .recogniser()
        .recognise("https://town.example/web/statuses/42")
        .unwrap();
    assert_eq!(found.platform, Platform::Mastodon);
    assert_eq!(found.content_id, "town.example/42");
}

#[test]
fn channel_clocks_come_from_the_file_and_the_configured_target() {
    let registry = registry();
    let x = registry.platform(Platform::X).unwrap();
    assert_eq!(
        x.channel(ChannelKind::DsaArt16).unwrap().clock,
        Some(Clock::CODE_PLUS_REVIEW)
    );
    assert_eq!(
        x.channel(ChannelKind::TrustedFlagger).unwrap().clock,
        Some(Clock::trusted_flagger(
            registry.deadlines.trusted_flagger_target_hours
        ))
    );
    let s3 = x
        .channels
        .iter()
        .find(|c| c.id == "uk_ta06_s3_notice")
        .unwrap();
    assert_eq!(s3.clock, Some(Clock::UK_TERRORISM_S3_NOTICE));
}

fn error_of(text: &str) -> String {
    Registry::parse(text).unwrap_err().to_string()
}

const MINIMAL: &str = include_str!("../../../../testdata/referral/platforms-minimal.toml");

#[test]
fn an_unknown_key_is_refused_with_its_line() {
    let err = error_of(&MINIMAL.replace(
        "name = \"Bluesky\"",
        "name = \"Bluesky\"\ncolour = \"blue\"",
    ));
    assert!(err.contains("colour"), "{err}");
    assert!(err.contains("line"), "{err}");
}

#[test]
fn a_policy_reference_that_does_not_exist_is_refused_with_its_path() {
    let err = error_of(&MINIMAL.replace("\"HATE.*\" = \"guidelines\"", "\"HATE.*\" = \"rules\""));
    assert!(
        err.contains("platforms.bluesky.category_policy.\"HATE.*\""),
        "{err}"
    );
    assert!(err.contains("guidelines"), "{err}");
}

#[test]
fn an_unknown_platform_is_refused_with_its_path() {
    let err = error_of(&MINIMAL.replace("platforms.bluesky", "platforms.myspace"));
    assert!(err.contains("platforms.myspace"), "{err}");
}

#[test]
fn a_platform_alias_must_be_written_as_its_stable_name() {
    let err = error_of(&MINIMAL.replace("platforms.bluesky", "platforms.bsky"));
    assert!(err.contains("'bluesky'"), "{err}");
}

#[test]
fn server_lists_belong_to_mastodon_only() {
    let err = error_of(&MINIMAL.replace(
        "name = \"Bluesky\"",
        "name = \"Bluesky\"\ninstances = [\"a.example\"]",
    ));
    assert!(err.contains("platforms.bluesky.instances"), "{err}");
}

#[test]
fn a_channel_link_that_is_not_http_is_refused() {
    let err = error_of(&MINIMAL.replace(
        "name = \"Report in the app\"",
        "name = \"Report in the app\"\nurl = \"javascript:alert(1)\"",
    ));
    assert!(err.contains("platforms.bluesky.channels[0].url"), "{err}");
}

#[test]
fn a_dsa_channel_without_an_address_is_refused() {
    let err = error_of(&MINIMAL.replace("kind = \"in_app\"", "kind = \"dsa_art16\""));
    assert!(err.contains("platforms.bluesky.channels[0]"), "{err}");
    assert!(err.contains("url, an email or an address"), "{err}");
}

#[test]
fn a_badly_shaped_category_key_is_refused() {
    let err = error_of(&MINIMAL.replace("\"HATE.*\"", "\"hate speech\""));
    assert!(err.contains("category ids"), "{err}");
}

#[test]
fn a_zero_hour_deadline_is_refused() {
    let err = error_of(&MINIMAL.replace(
        "name = \"Report in the app\"",
        "name = \"Report in the app\"\ndeadline = { kind = \"elapsed\", hours = 0, basis = \"x\" }",
    ));
    assert!(err.contains("deadline.hours"), "{err}");
}

#[test]
fn malformed_toml_is_a_syntax_error() {
    assert!(matches!(
        Registry::parse("version = ").unwrap_err(),
        ReferralError::RegistrySyntax(_)
    ));
}
