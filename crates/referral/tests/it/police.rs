//! Police referrals and evidence manifests.

use upstander_referral::{
    CustodyRecord, EvidenceManifest, EvidencePart, EvidenceRole, PoliceReferral,
    PoliceReferralInput, ReferralError, police_strand,
};

use crate::support::{decision, notifier, registry, serious_decision, taxonomy, ts};

fn parts() -> Vec<EvidencePart> {
    vec![
        EvidencePart {
            name: "content.txt".to_owned(),
            role: EvidenceRole::Content,
            media_type: "text/plain".to_owned(),
            bytes: b"abc".to_vec(),
        },
        EvidencePart {
            name: "metadata.json".to_owned(),
            role: EvidenceRole::Metadata,
            media_type: "application/json".to_owned(),
            bytes: br#"{"author":"someone","posted_at":"2026-03-01T20:00:00Z"}"#.to_vec(),
        },
    ]
}

fn custody() -> Vec<CustodyRecord> {
    vec![
        CustodyRecord {
            at: ts("2026-03-02T08:00:00Z"),
            actor: "capture-service".to_owned(),
            action: "captured".to_owned(),
            note: None,
        },
        CustodyRecord {
            at: ts("2026-03-02T09:00:00Z"),
            actor: "reviewer-1".to_owned(),
            action: "reviewed".to_owned(),
            note: Some("decided HATE.THREAT".to_owned()),
        },
    ]
}

fn input() -> PoliceReferralInput {
    PoliceReferralInput {
        urls: vec!["https://www.tiktok.com/@someone/video/7312345678901234567?lang=en".to_owned()],
        decision: Some(serious_decision()),
        location: Some("  West Midlands  ".to_owned()),
        referrer: notifier(),
        captured_at: ts("2026-03-02T08:00:00Z"),
        parts: parts(),
        custody: custody(),
        created_at: ts("2026-03-02T10:00:00Z"),
    }
}

#[test]
fn a_police_referral_carries_strand_location_and_a_hashed_manifest() {
    let referral = PoliceReferral::build(&registry(), &taxonomy(), input()).unwrap();
    assert_eq!(referral.strand.as_deref(), Some("religion"));
    assert_eq!(referral.location.as_deref(), Some("West Midlands"));
    assert_eq!(
        referral.items[0].url,
        "https://www.tiktok.com/@someone/video/7312345678901234567"
    );
    let content = &referral.evidence.parts[0];
    // SHA-256("abc"), the FIPS 180-2 test vector.
    assert_eq!(
        content.sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(content.size, 3);
    assert_eq!(referral.evidence.custody.len(), 2);
    assert_eq!(referral.evidence.manifest_sha256.len(), 64);
    let json: serde_json::Value = serde_json::from_str(&referral.to_json()).unwrap();
    assert_eq!(json["evidence"]["parts"][1]["name"], "metadata.json");
    assert_eq!(json["evidence"]["parts"][1]["role"], "metadata");
    assert_eq!(json["evidence"]["captured_at"], "2026-03-02T08:00:00Z");
    assert_eq!(json["legal_grounds"][0]["id"], "UK-OSA23-S181");
}

#[test]
fn the_manifest_detects_changed_missing_or_edited_parts() {
    let manifest =
        EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), &parts(), custody()).unwrap();
    manifest.verify(&parts()).unwrap();

    let mut changed = parts();
    changed[0].bytes = b"abd".to_vec();
    assert!(
        manifest
            .verify(&changed)
            .unwrap_err()
            .to_string()
            .contains("content.txt")
    );

    assert!(manifest.verify(&parts()[..1]).is_err());

    let mut edited = manifest.clone();
    edited.parts[0].sha256 = "0".repeat(64);
    assert!(
        edited
            .verify(&parts())
            .unwrap_err()
            .to_string()
            .contains("manifest_sha256")
    );
}

#[test]
fn custody_records_must_run_forward_from_the_capture() {
    let mut records = custody();
    records.reverse();
    let err = EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), &parts(), records).unwrap_err();
    assert!(err.to_string().contains("evidence.custody[1].at"), "{err}");
}

#[test]
fn part_names_must_be_plain_unique_file_names() {
    for bad in ["../etc/passwd", "", "a/b", ".."] {
        let mut p = parts();
        p[0].name = bad.to_owned();
        let err = EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), &p, vec![]).unwrap_err();
        assert!(
            err.to_string().contains("evidence.parts[0].name"),
            "{bad}: {err}"
        );
    }
    let mut p = parts();
    p[1].name = "content.txt".to_owned();
    assert!(EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), &p, vec![]).is_err());
    assert!(EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), &[], vec![]).is_err());
}

#[test]
fn a_bundle_needs_the_content_and_its_metadata() {
    let only_content = &parts()[..1];
    let err =
        EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), only_content, vec![]).unwrap_err();
    assert!(err.to_string().contains("metadata"), "{err}");
    let mut no_content = parts();
    no_content[0].role = EvidenceRole::Screenshot;
    let err = EvidenceManifest::build(ts("2026-03-02T08:00:00Z"), &no_content, vec![]).unwrap_err();
    assert!(err.to_string().contains("captured content"), "{err}");
}

#[test]
fn a_police_referral_needs_a_decision_a_second_review_and_a_candidate_offence() {
    let mut no_decision = input();
    no_decision.decision = None;
    assert_eq!(
        PoliceReferral::build(&registry(), &taxonomy(), no_decision).unwrap_err(),
        ReferralError::NoHumanDecision
    );

    let mut no_second = input();
    no_second.decision.as_mut().unwrap().second_review = None;
    assert!(matches!(
        PoliceReferral::build(&registry(), &taxonomy(), no_second).unwrap_err(),
        ReferralError::SecondReviewRequired { .. }
    ));

    let mut no_ground = input();
    no_ground.decision = Some(upstander_referral::HumanDecision {
        legal_grounds: vec![],
        ..decision()
    });
    let err = PoliceReferral::build(&registry(), &taxonomy(), no_ground).unwrap_err();
    assert!(err.to_string().contains("candidate offence"), "{err}");
}

#[test]
fn a_capture_after_the_referral_is_refused() {
    let mut late = input();
    late.captured_at = ts("2026-03-02T11:00:00Z");
    let err = PoliceReferral::build(&registry(), &taxonomy(), late).unwrap_err();
    assert!(err.to_string().contains("captured_at"), "{err}");
}

#[test]
fn strands_follow_subgroups_to_their_monitored_parent() {
    let taxonomy = taxonomy();
    assert_eq!(
        police_strand(&taxonomy, "TG.RACE.BLACK").as_deref(),
        Some("race")
    );
    assert_eq!(
        police_strand(&taxonomy, "TG.TRANSGENDER.NON_BINARY").as_deref(),
        Some("transgender identity")
    );
    assert_eq!(police_strand(&taxonomy, "TG.SEX_GENDER.WOMEN"), None);
    assert_eq!(police_strand(&taxonomy, "TG.NOPE"), None);
}
