//! Public reports: intake without an account, the status lookup by reference, and appeals.
//!
//! A report's post goes through the same detection and store pipeline as monitored posts, so
//! it lands in the queue grouped with its copies; an item a report points at is always open
//! for review, whatever detection made of it. The reporter's contact details are kept apart
//! and never written to the audit log.

use serde::{Deserialize, Serialize};
use upstander_core::{
    DecisionAction, ItemId, ItemStatus, NewPost, Permission, Platform, PostRef, PublicReportStatus,
    ReportId, ReportRef, ReportStatus, ReportSummary, ReporterContact, ReporterRole, User,
};
use upstander_store::{GroupingRules, NewReportRecord};

use crate::accounts::require;
use crate::{AppError, Hub, Result};

/// Most post addresses in one report.
pub const MAX_REPORT_URLS: usize = 10;

/// Longest pasted text or description, in characters.
pub const MAX_REPORT_TEXT_CHARS: usize = 10_000;

/// Longest appeal reason, in characters.
pub const MAX_APPEAL_CHARS: usize = 5_000;

/// A report as the public form sends it; every field is checked by [`Hub::submit_report`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReport {
    /// Addresses of the posts (at most 10), each recognised per platform.
    #[serde(default)]
    pub urls: Vec<String>,
    /// The post's text, pasted.
    pub text: Option<String>,
    /// The reporter's account of what happened.
    pub description: Option<String>,
    /// The kind of hate: a taxonomy category id.
    pub hate_kind: Option<String>,
    /// The group targeted: a taxonomy target-group id.
    pub target_group: Option<String>,
    /// Victim or witness.
    pub reporter_role: ReporterRole,
    /// How to reach the reporter; needs `consent_to_contact`, and must be empty when
    /// `anonymous`.
    pub contact: Option<ReporterContact>,
    /// The reporter agrees to be contacted.
    #[serde(default)]
    pub consent_to_contact: bool,
    /// The reporter wants to stay anonymous.
    #[serde(default)]
    pub anonymous: bool,
}

/// What the reporter gets back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportReceipt {
    /// The reference to look the report up with.
    pub reference: ReportRef,
    /// The queue item the report joined (for staff-facing callers; not shown to the public).
    pub item_id: ItemId,
}

/// Longest name, email or phone number kept, in characters.
const MAX_CONTACT_CHARS: usize = 200;

/// The one answer for a reference that is unknown or malformed, so neither can be told apart.
fn unknown_reference() -> AppError {
    AppError::NotFound("no report has that reference".into())
}

/// Trims a text field, `None` when blank; refuses one over `max` characters or with a NUL.
fn optional_text(field: &str, value: Option<&str>, max: usize) -> Result<Option<String>> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().count() > max {
        return Err(AppError::invalid(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    if value.contains('\0') {
        return Err(AppError::invalid(field, "must not contain a NUL character"));
    }
    Ok(Some(value.to_owned()))
}

fn check_contact(contact: &ReporterContact) -> Result<ReporterContact> {
    let name = optional_text("contact.name", contact.name.as_deref(), MAX_CONTACT_CHARS)?;
    let email = optional_text("contact.email", contact.email.as_deref(), MAX_CONTACT_CHARS)?;
    let phone = optional_text("contact.phone", contact.phone.as_deref(), 32)?;
    if let Some(email) = &email {
        let well_formed = email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        }) && !email.chars().any(char::is_whitespace);
        if !well_formed {
            return Err(AppError::invalid(
                "contact.email",
                "is not an email address (such as name@example.org)",
            ));
        }
    }
    if let Some(phone) = &phone
        && (!phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
            || phone.chars().filter(char::is_ascii_digit).count() < 5)
    {
        return Err(AppError::invalid(
            "contact.phone",
            "give digits, spaces and + - ( ) only, at least 5 digits",
        ));
    }
    Ok(ReporterContact { name, email, phone })
}

/// Where a report stands, from its item's state.
fn public_status(detail: &upstander_store::ItemDetail, claimed: bool) -> ReportStatus {
    match detail.item.status {
        ItemStatus::AwaitingSecondReview => ReportStatus::AwaitingSecondReview,
        ItemStatus::Decided => match detail.decisions.last() {
            Some(d) if d.decision.action == DecisionAction::NoAction => ReportStatus::NoAction,
            Some(_) => ReportStatus::ActionTaken,
            None => ReportStatus::UnderReview,
        },
        ItemStatus::Cleared => ReportStatus::NoAction,
        ItemStatus::Open if claimed || !detail.decisions.is_empty() => ReportStatus::UnderReview,
        ItemStatus::Open => ReportStatus::Received,
    }
}

impl Hub {
    /// Takes in a public report. Audited `report_submitted` (never with the identity).
    ///
    /// The post (its pasted text, else the description, else its address) goes through
    /// detection and the store like a monitored post, on the platform its first address
    /// names (or `report`), so it joins the item of its copies; that item is opened for
    /// review even when detection found nothing.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming the first bad field: `urls` / `urls[2]`, `text`,
    /// `description`, `hate_kind`, `target_group`, `contact`, `contact.email`…
    pub async fn submit_report(&self, report: NewReport) -> Result<ReportReceipt> {
        if report.urls.len() > MAX_REPORT_URLS {
            return Err(AppError::invalid(
                "urls",
                format!(
                    "{} addresses is more than the {MAX_REPORT_URLS} one report may carry",
                    report.urls.len()
                ),
            ));
        }
        let mut refs: Vec<PostRef> = Vec::new();
        for (i, url) in report.urls.iter().enumerate() {
            let url = url.trim();
            if url.is_empty() {
                continue;
            }
            let recognised = PostRef::recognise(url)
                .map_err(|e| AppError::invalid(format!("urls[{i}]"), e.to_string()))?;
            refs.push(recognised);
        }
        let text = optional_text("text", report.text.as_deref(), MAX_REPORT_TEXT_CHARS)?;
        let description = optional_text(
            "description",
            report.description.as_deref(),
            MAX_REPORT_TEXT_CHARS,
        )?;
        if refs.is_empty() && text.is_none() {
            return Err(AppError::invalid(
                "urls",
                "give at least one post address, or paste the post's text",
            ));
        }
        let taxonomy = &self.detection.taxonomy;
        let hate_kind = optional_text("hate_kind", report.hate_kind.as_deref(), 100)?;
        if let Some(kind) = &hate_kind
            && !taxonomy.has_category(kind)
        {
            return Err(AppError::invalid(
                "hate_kind",
                format!("'{kind}' is not a category of the taxonomy"),
            ));
        }
        let target_group = optional_text("target_group", report.target_group.as_deref(), 100)?;
        if let Some(group) = &target_group
            && !taxonomy.has_target_group(group)
        {
            return Err(AppError::invalid(
                "target_group",
                format!("'{group}' is not a target group of the taxonomy"),
            ));
        }
        let contact = match &report.contact {
            Some(contact) if !contact.is_empty() => Some(check_contact(contact)?),
            _ => None,
        };
        if report.anonymous && contact.is_some() {
            return Err(AppError::invalid(
                "contact",
                "an anonymous report cannot carry contact details; leave them empty or untick \
                 anonymous",
            ));
        }
        if contact.is_some() && !report.consent_to_contact {
            return Err(AppError::invalid(
                "consent_to_contact",
                "tick the box agreeing to be contacted, or leave the contact details empty",
            ));
        }

        // The post as the pipeline sees it.
        let first = refs.first();
        let post_text = text
            .clone()
            .or_else(|| description.clone())
            .or_else(|| first.map(|r| r.canonical_url.clone()))
            .unwrap_or_default();
        let post = NewPost {
            source_id: first.map(|r| r.content_id.clone()),
            platform: first.map_or(Platform::Report, |r| r.platform),
            text: post_text,
            author: None,
            url: first.map(|r| r.canonical_url.clone()),
            created_at: None,
            lang: None,
            engagement: None,
        };
        let engine = self.detection.engine.clone();
        let incoming = tokio::task::spawn_blocking(move || crate::pipeline::prepare(&engine, post))
            .await
            .map_err(|e| AppError::Internal(format!("detection stopped: {e}")))?;
        let rules = GroupingRules {
            max_hamming: self.config.ingest.near_duplicate_max_hamming,
        };
        self.store
            .ingest_batch(std::slice::from_ref(&incoming), rules)
            .await?;
        let item_id = self
            .store
            .item_for_ingest_key(&incoming.ingest_key)
            .await?
            .ok_or_else(|| AppError::Internal("a stored report post has no item".into()))?;

        let mut random = [0u8; 5];
        getrandom::fill(&mut random)
            .map_err(|e| AppError::Internal(format!("no randomness from the system: {e}")))?;
        let reference = ReportRef::from_random(random);
        let summary = ReportSummary {
            reference: reference.clone(),
            item_id,
            received_at: self.clock.now(),
            reporter_role: report.reporter_role,
            urls: refs.iter().map(|r| r.canonical_url.clone()).collect(),
            description,
            hate_kind,
            target_group,
            anonymous: report.anonymous,
            has_contact: contact.is_some(),
        };
        self.store
            .store_report(&NewReportRecord {
                id: ReportId::new(),
                summary,
                contact,
            })
            .await?;
        tracing::info!(item.id = %item_id, "public report received");
        Ok(ReportReceipt { reference, item_id })
    }

    /// A report's status in plain terms.
    ///
    /// # Errors
    /// [`AppError::NotFound`] with the same message for an unknown and a malformed
    /// reference, so references cannot be probed.
    pub async fn report_status(&self, reference: &str) -> Result<PublicReportStatus> {
        let reference = ReportRef::parse(reference).map_err(|_| unknown_reference())?;
        let report = self
            .store
            .report_by_reference(&reference)
            .await?
            .ok_or_else(unknown_reference)?;
        let detail = self.store.get_item(report.item_id).await?;
        let claimed = !self
            .store
            .live_claims(&[report.item_id], self.clock.now())
            .await?
            .is_empty();
        let reviews = self.store.second_reviews(report.item_id).await?;
        let updated_at = detail
            .decisions
            .iter()
            .map(|d| d.decided_at)
            .chain(reviews.iter().map(|r| r.at))
            .filter(|at| *at > report.received_at)
            .max()
            .unwrap_or(report.received_at);
        Ok(PublicReportStatus {
            reference,
            status: public_status(&detail, claimed),
            received_at: report.received_at,
            updated_at,
        })
    }

    /// A reporter's (or author's) appeal: the item goes back to the open queue for a fresh
    /// review. Audited `appeal_lodged`.
    ///
    /// # Errors
    /// [`AppError::NotFound`] as for [`Hub::report_status`]; [`AppError::InvalidInput`]
    /// naming `reason` (empty or too long).
    pub async fn appeal(&self, reference: &str, reason: String) -> Result<()> {
        let reference = ReportRef::parse(reference).map_err(|_| unknown_reference())?;
        let reason =
            optional_text("reason", Some(&reason), MAX_APPEAL_CHARS)?.ok_or_else(|| {
                AppError::invalid("reason", "say why the decision should be looked at again")
            })?;
        match self
            .store
            .lodge_appeal(&reference, &reason, self.clock.now())
            .await
        {
            Ok(_) => Ok(()),
            Err(upstander_store::StoreError::NotFound { .. }) => Err(unknown_reference()),
            Err(other) => Err(other.into()),
        }
    }

    /// Who made a report (as far as they said). Needs `ViewReporterIdentity`; every view is
    /// audited `reporter_identity_viewed`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`] for an unknown reference or a report
    /// without contact details.
    pub async fn reporter_identity(
        &self,
        actor: &User,
        reference: &str,
    ) -> Result<ReporterContact> {
        require(actor, Permission::ViewReporterIdentity)?;
        let reference = ReportRef::parse(reference).map_err(|_| unknown_reference())?;
        match self
            .store
            .reporter_contact(&reference, &actor.username)
            .await
        {
            Ok(Some(contact)) => Ok(contact),
            Ok(None) => Err(AppError::NotFound(
                "this report has no contact details".into(),
            )),
            Err(upstander_store::StoreError::NotFound { .. }) => Err(unknown_reference()),
            Err(other) => Err(other.into()),
        }
    }
}
