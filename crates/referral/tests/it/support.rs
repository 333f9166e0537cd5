//! Shared fixtures: the shipped taxonomy and registry, and a decided item to refer.

use std::collections::BTreeMap;
use std::path::PathBuf;

use upstander_core::{Severity, Taxonomy, Timestamp};
use upstander_referral::{
    HumanDecision, LegalGround, Notifier, ReferralRequest, Registry, SecondApproval,
};

pub fn taxonomy() -> Taxonomy {
    Taxonomy::embedded().unwrap()
}

pub fn registry() -> Registry {
    Registry::embedded().unwrap()
}

pub fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

pub fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/referral")
        .join(name)
}

pub fn notifier() -> Notifier {
    Notifier {
        name: "Sam Example".to_owned(),
        email: "sam@charity.example.org".to_owned(),
        organisation: Some("Example Hate Crime Charity".to_owned()),
        trusted_flagger: false,
    }
}

/// An S2 slur decision with a legal ground asserted.
pub fn decision() -> HumanDecision {
    HumanDecision {
        reviewer: "reviewer-1".to_owned(),
        decided_at: ts("2026-03-02T09:00:00Z"),
        category: "HATE.DEROGATION".to_owned(),
        target: Some("TG.RELIGION.MUSLIM".to_owned()),
        severity: Severity::S2,
        explanation: "The post calls Muslims a disease and urges readers to 'cleanse' the town."
            .to_owned(),
        legal_grounds: vec![LegalGround {
            id: "UK-POA86-S4A".to_owned(),
            title: None,
        }],
        policy_grounds: BTreeMap::new(),
        second_review: None,
    }
}

pub fn serious_decision() -> HumanDecision {
    HumanDecision {
        category: "HATE.THREAT".to_owned(),
        severity: Severity::S4,
        legal_grounds: vec![LegalGround {
            id: "UK-OSA23-S181".to_owned(),
            title: None,
        }],
        second_review: Some(SecondApproval {
            reviewer: "reviewer-2".to_owned(),
            at: ts("2026-03-02T09:20:00Z"),
        }),
        ..decision()
    }
}

pub fn request(urls: &[&str], decision: Option<HumanDecision>) -> ReferralRequest {
    ReferralRequest {
        urls: urls.iter().map(|u| (*u).to_owned()).collect(),
        decision,
        notifier: notifier(),
        prefer_channel: None,
        created_at: ts("2026-03-02T10:00:00Z"),
    }
}
