//! Re-checking referred links: is the content removed, still live or geo-blocked, and has it
//! come back?
//!
//! The checking itself is a [`LinkChecker`] from the referral crate (an HTTP client in
//! production), run on a blocking thread. Re-uploads are the hub's own near-duplicate grouping
//! at work: a copy of the referred item that arrived after the referral, at a link the
//! referral did not name, is content that came back.

use std::sync::Arc;

use serde::Serialize;
use upstander_core::{Permission, ReferralId, User};
use upstander_referral::{LinkCheck, LinkChecker, LinkStatus};
use upstander_store::{RecheckRecord, ReferralFilter, ReferralOutcomeRecord, ReferralTimes};

use crate::accounts::require;
use crate::referrals::POLICE_TARGET;
use crate::{AppError, Hub, Result};

/// What one referral's re-check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecheckResult {
    /// The referral.
    pub referral: ReferralId,
    /// Its platform.
    pub target: String,
    /// The finding for the referral as a whole: `removed` when every link is gone,
    /// `still_live` when any is up, `geo_blocked` when withheld and none is up, else `unknown`.
    pub status: LinkStatus,
    /// Each link's finding.
    pub links: Vec<LinkCheck>,
    /// Copies of the item that arrived after the referral at other links.
    pub reuploads: Vec<String>,
    /// Whether the finding closed the referral with an outcome (a removal or geo-restriction
    /// of a referral that was still open).
    pub closed: bool,
}

/// The finding for a referral from its links' findings.
fn overall(links: &[LinkCheck]) -> LinkStatus {
    let any = |s: LinkStatus| links.iter().any(|l| l.status == s);
    if links.is_empty() {
        LinkStatus::Unknown
    } else if any(LinkStatus::StillLive) {
        LinkStatus::StillLive
    } else if links.iter().all(|l| l.status == LinkStatus::Removed) {
        LinkStatus::Removed
    } else if any(LinkStatus::GeoBlocked) && !any(LinkStatus::Unknown) {
        LinkStatus::GeoBlocked
    } else {
        LinkStatus::Unknown
    }
}

impl Hub {
    /// Re-checks the links of every open platform referral (at most `limit`, oldest first)
    /// with `checker`, and records each finding (audited `link_rechecked`). A removal or
    /// geo-restriction found on an open referral records the action time (when none is
    /// recorded) and closes the referral with that outcome (source `recheck`). Needs `Refer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; a store failure.
    pub async fn recheck(
        &self,
        actor: &User,
        checker: Arc<dyn LinkChecker>,
        target: Option<&str>,
        limit: Option<u32>,
    ) -> Result<Vec<RecheckResult>> {
        require(actor, Permission::Refer)?;
        let referrals = self
            .store
            .list_referrals(&ReferralFilter {
                open_only: true,
                target: target.map(|t| t.trim().to_ascii_lowercase()),
                limit,
                ..ReferralFilter::default()
            })
            .await?;
        let mut results = Vec::new();
        for referral in referrals.into_iter().filter(|r| r.target != POLICE_TARGET) {
            let urls = referral.urls.clone();
            let checker = Arc::clone(&checker);
            let links = tokio::task::spawn_blocking(move || checker.check_all(&urls))
                .await
                .map_err(|e| AppError::Internal(format!("link checker stopped: {e}")))?;
            let status = overall(&links);
            let detail = self.store.get_item(referral.item_id).await?;
            let mut reuploads: Vec<String> = detail
                .copies
                .iter()
                .filter(|p| p.ingested_at > referral.created_at)
                .filter_map(|p| p.post.url.clone())
                .filter(|u| !referral.urls.contains(u))
                .collect();
            reuploads.sort();
            reuploads.dedup();
            let now = self.clock.now();
            let reasons: Vec<String> = links
                .iter()
                .map(|l| format!("{}: {}", l.status.as_str(), l.reason))
                .collect();
            self.store
                .record_recheck(
                    referral.id,
                    &RecheckRecord {
                        result: status.as_str().to_owned(),
                        detail: reasons.join(" | ").chars().take(2000).collect(),
                        at: now,
                        reuploads: u32::try_from(reuploads.len()).unwrap_or(u32::MAX),
                    },
                    &actor.username,
                )
                .await?;
            let mut closed = false;
            if let Some(outcome) = status.hub_outcome() {
                if referral.actioned_at.is_none() {
                    self.store
                        .record_referral_times(
                            referral.id,
                            &ReferralTimes {
                                actioned_at: Some(now.max(referral.created_at)),
                                ..ReferralTimes::default()
                            },
                            &actor.username,
                        )
                        .await?;
                }
                let detail = serde_json::to_string(&links)
                    .map_err(|e| AppError::Internal(format!("recheck detail: {e}")))?;
                self.store
                    .record_referral_outcome(
                        referral.id,
                        &ReferralOutcomeRecord {
                            outcome: outcome.as_str().to_owned(),
                            source: "recheck".to_owned(),
                            detail,
                            at: now,
                            decided_at: None,
                            actioned_at: None,
                        },
                        &actor.username,
                    )
                    .await?;
                closed = true;
            }
            results.push(RecheckResult {
                referral: referral.id,
                target: referral.target,
                status,
                links,
                reuploads,
                closed,
            });
        }
        Ok(results)
    }
}
