//! The review workflow for signed-in staff: the queue with claims and deadlines, the item
//! page, decisions with second review for serious calls, notes and reopening.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use upstander_core::{
    Claim, Decision, DecisionAction, ItemFilter, ItemId, ItemStatus, NewDecision, Note, Permission,
    QueueItem, ReportSummary, SecondReview, Severity, Timestamp, User, UserId,
};
use upstander_store::ItemDetail;

use crate::accounts::require;
use crate::{AppError, DecisionInput, Hub, Result};

/// Longest note or reason, in characters.
const MAX_NOTE_CHARS: usize = 10_000;

/// Most grounds of each kind on one decision.
const MAX_GROUNDS: usize = 20;

/// The same author's other items shown on an item page.
const AUTHOR_ITEMS: u32 = 20;

/// One line of the queue as staff see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueEntry {
    /// The item.
    pub item: QueueItem,
    /// Who holds a live claim on it, if anyone.
    pub claimed_by: Option<String>,
    /// When that claim lapses.
    pub claim_expires_at: Option<Timestamp>,
    /// When it should be decided by (from its severity and first sighting), if it has a
    /// deadline.
    pub due_at: Option<Timestamp>,
    /// Public reports pointing at it.
    pub report_count: u32,
}

/// Everything the item page shows (never reporters' identities).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemView {
    /// The item, its copies and its decisions.
    pub detail: ItemDetail,
    /// Reviewers' notes, oldest first.
    pub notes: Vec<Note>,
    /// Public reports about it, oldest first.
    pub reports: Vec<ReportSummary>,
    /// The same author's other items, highest priority first (at most 20).
    pub author_items: Vec<QueueItem>,
    /// The live claim, if any.
    pub claim: Option<Claim>,
    /// The decision awaiting a second review, when the item is in that state.
    pub pending_second_review: Option<Decision>,
    /// Second reviews recorded, oldest first.
    pub second_reviews: Vec<SecondReview>,
    /// When it should be decided by, if it has a deadline.
    pub due_at: Option<Timestamp>,
}

/// A second reviewer's verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondReviewInput {
    /// Approve (the decision stands and the item is decided) or send back (open again).
    pub approve: bool,
    /// Why; kept with the review.
    pub note: Option<String>,
}

fn note_text(field: &str, text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::invalid(field, "must not be empty"));
    }
    if text.chars().count() > MAX_NOTE_CHARS || crate::has_stray_control(text) {
        return Err(AppError::invalid(
            field,
            format!(
                "must be at most {MAX_NOTE_CHARS} characters, with no control characters but line breaks and tabs"
            ),
        ));
    }
    Ok(text.to_owned())
}

fn grounds(field: &str, list: &[String]) -> Result<Vec<String>> {
    if list.len() > MAX_GROUNDS {
        return Err(AppError::invalid(
            field,
            format!("at most {MAX_GROUNDS} grounds"),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for (i, ground) in list.iter().enumerate() {
        let ground = ground.trim();
        if ground.is_empty() {
            continue;
        }
        if ground.chars().count() > 100 || ground.chars().any(char::is_control) {
            return Err(AppError::invalid(
                format!("{field}[{i}]"),
                "must be an identifier of at most 100 characters",
            ));
        }
        if !out.iter().any(|g| g == ground) {
            out.push(ground.to_owned());
        }
    }
    Ok(out)
}

impl Hub {
    /// Checks a decision's fields against the taxonomy and limits.
    pub(crate) fn new_decision(
        &self,
        item_id: ItemId,
        input: DecisionInput,
        reviewer: &str,
    ) -> Result<NewDecision> {
        let taxonomy = &self.detection.taxonomy;
        let action = DecisionAction::parse(&input.action)
            .map_err(|e| AppError::invalid("decision", e.to_string()))?;
        let severity = Severity::parse(&input.severity)
            .map_err(|e| AppError::invalid("severity", e.to_string()))?;
        let category = match input.category.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) if taxonomy.has_category(id) => Some(id.to_owned()),
            Some(id) => {
                return Err(AppError::invalid(
                    "category",
                    format!("unknown category id '{id}' (see `upstander taxonomy`)"),
                ));
            }
        };
        let target_group = match input.target_group.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) if taxonomy.has_target_group(id) => Some(id.to_owned()),
            Some(id) => {
                return Err(AppError::invalid(
                    "target_group",
                    format!("unknown target group id '{id}' (see `upstander taxonomy`)"),
                ));
            }
        };
        let legal_grounds = grounds("legal_grounds", &input.legal_grounds)?;
        for (i, ground) in legal_grounds.iter().enumerate() {
            if !taxonomy.legal_bases.iter().any(|b| b.id == *ground) {
                return Err(AppError::invalid(
                    format!("legal_grounds[{i}]"),
                    format!("'{ground}' is not a legal basis in the taxonomy"),
                ));
            }
        }
        let policy_grounds = grounds("policy_grounds", &input.policy_grounds)?;
        let reviewer = reviewer.trim();
        if reviewer.is_empty() || reviewer.chars().count() > 200 || crate::has_control(reviewer) {
            return Err(AppError::invalid(
                "reviewer",
                "give the reviewer's name (1–200 characters, without control characters)",
            ));
        }
        let note = match input.note.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(note) => Some(note_text("note", note)?),
        };
        Ok(NewDecision {
            item_id,
            action,
            category,
            severity,
            note,
            reviewer: reviewer.to_owned(),
            target_group,
            legal_grounds,
            policy_grounds,
        })
    }

    /// The queue with claims, deadlines and report counts. Needs `ViewQueue`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`], an unknown category filter, or a store failure.
    pub async fn queue_view(&self, actor: &User, filter: &ItemFilter) -> Result<Vec<QueueEntry>> {
        require(actor, Permission::ViewQueue)?;
        let mut filter = filter.clone();
        filter.limit = Some(
            filter
                .limit
                .unwrap_or(100)
                .min(upstander_store::MAX_IDS_PER_CALL as u32),
        );
        let items = self.queue(&filter).await?;
        let ids: Vec<ItemId> = items.iter().map(|i| i.id).collect();
        let claims: HashMap<ItemId, Claim> = self
            .store
            .live_claims(&ids, self.clock.now())
            .await?
            .into_iter()
            .map(|c| (c.item_id, c))
            .collect();
        let counts: HashMap<ItemId, u32> =
            self.store.report_counts(&ids).await?.into_iter().collect();
        Ok(items
            .into_iter()
            .map(|item| {
                let claim = claims.get(&item.id);
                QueueEntry {
                    claimed_by: claim.map(|c| c.username.clone()),
                    claim_expires_at: claim.map(|c| c.expires_at),
                    due_at: self.due_at(&item),
                    report_count: counts.get(&item.id).copied().unwrap_or(0),
                    item,
                }
            })
            .collect())
    }

    /// An item's deadline: only items still waiting for a decision have one.
    fn due_at(&self, item: &QueueItem) -> Option<Timestamp> {
        match item.status {
            ItemStatus::Open | ItemStatus::AwaitingSecondReview => {
                self.rules.due_at(item.assessment.severity, item.first_seen)
            }
            ItemStatus::Decided | ItemStatus::Cleared => None,
        }
    }

    /// Claims an item for 30 minutes (claiming again extends it). Needs `Decide`.
    ///
    /// # Errors
    /// [`AppError::Conflict`] naming the holder of a live claim; [`AppError::NotFound`].
    pub async fn claim(&self, actor: &User, item: &str) -> Result<Claim> {
        require(actor, Permission::Decide)?;
        let id = self.store.resolve_item_id(item).await?;
        let now = self.clock.now();
        let until = now
            .checked_add(self.rules.claim_for)
            .unwrap_or(Timestamp::MAX);
        Ok(self
            .store
            .claim_item(id, &actor.username, now, until)
            .await?)
    }

    /// Releases the actor's claim on an item (nothing happens if they hold none).
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown item.
    pub async fn release(&self, actor: &User, item: &str) -> Result<()> {
        let id = self.store.resolve_item_id(item).await?;
        self.store.release_claim(id, &actor.username, false).await?;
        Ok(())
    }

    /// Skips an item: releases any claim the actor holds and records the skip (audited
    /// `item_skipped`), so the web front end can avoid offering it again this session.
    ///
    /// # Errors
    /// [`AppError::Forbidden`] without `ViewQueue`; [`AppError::NotFound`].
    pub async fn skip(&self, actor: &User, item: &str) -> Result<()> {
        require(actor, Permission::ViewQueue)?;
        let id = self.store.resolve_item_id(item).await?;
        self.store.release_claim(id, &actor.username, true).await?;
        Ok(())
    }

    /// The item page. Needs `ViewQueue`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::NotFound`].
    pub async fn item_view(&self, actor: &User, item: &str) -> Result<ItemView> {
        require(actor, Permission::ViewQueue)?;
        let id = self.store.resolve_item_id(item).await?;
        let detail = self.store.get_item(id).await?;
        let notes = self.store.notes(id).await?;
        let reports = self.store.reports_for_item(id).await?;
        let mut author_items = Vec::new();
        let mut authors: Vec<&str> = detail
            .copies
            .iter()
            .filter_map(|p| p.post.author.as_deref())
            .collect();
        authors.dedup();
        for author in authors.into_iter().take(3) {
            for other in self.store.items_by_author(author, id, AUTHOR_ITEMS).await? {
                if !author_items.iter().any(|i: &QueueItem| i.id == other.id) {
                    author_items.push(other);
                }
            }
        }
        author_items.truncate(AUTHOR_ITEMS as usize);
        let claim = self
            .store
            .live_claims(&[id], self.clock.now())
            .await?
            .into_iter()
            .next();
        let pending_second_review = if detail.item.status == ItemStatus::AwaitingSecondReview {
            detail.decisions.last().cloned()
        } else {
            None
        };
        let second_reviews = self.store.second_reviews(id).await?;
        let due_at = self.due_at(&detail.item);
        Ok(ItemView {
            detail,
            notes,
            reports,
            author_items,
            claim,
            pending_second_review,
            second_reviews,
            due_at,
        })
    }

    /// Records the actor's decision. Needs `Decide` and the actor's live claim (the system
    /// actor needs none: the command line has no sessions to clash with). At S3/S4 with an
    /// action other than `no_action` the item waits for a second review.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::Conflict`] without the claim;
    /// [`AppError::InvalidInput`] naming the bad field; [`AppError::NotFound`].
    pub async fn decide_as(
        &self,
        actor: &User,
        item: &str,
        input: DecisionInput,
    ) -> Result<Decision> {
        require(actor, Permission::Decide)?;
        let decision = self.new_decision(ItemId::new(), input, &actor.username)?;
        let id = self.store.resolve_item_id(item).await?;
        let decision = NewDecision {
            item_id: id,
            ..decision
        };
        if actor.id != UserId::SYSTEM {
            let claim = self
                .store
                .live_claims(&[id], self.clock.now())
                .await?
                .into_iter()
                .next();
            match claim {
                Some(c) if c.username == actor.username => {}
                Some(c) => {
                    return Err(AppError::Conflict(format!(
                        "item {id} is claimed by {} until {}",
                        c.username, c.expires_at
                    )));
                }
                None => {
                    return Err(AppError::Conflict(format!(
                        "claim item {id} before deciding it"
                    )));
                }
            }
        }
        let stored = self.store.record_decision(&decision).await?;
        tracing::info!(item.id = %id, action = %decision.action, severity = %decision.severity, reviewer = %actor.username, "decision recorded");
        Ok(stored)
    }

    /// A second review of a decision awaiting one. Needs `SecondReview`; the actor must not
    /// be the one who decided. Approve: the item is decided; reject: it is open again.
    /// Audited `second_review_recorded`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`]; [`AppError::Conflict`] when the actor decided it or the item
    /// is not awaiting a second review; [`AppError::NotFound`].
    pub async fn second_review(
        &self,
        actor: &User,
        item: &str,
        input: SecondReviewInput,
    ) -> Result<SecondReview> {
        require(actor, Permission::SecondReview)?;
        let note = match input.note.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(note) => Some(note_text("note", note)?),
        };
        let id = self.store.resolve_item_id(item).await?;
        let detail = self.store.get_item(id).await?;
        if detail.item.status != ItemStatus::AwaitingSecondReview {
            return Err(AppError::Conflict(format!(
                "item {id} is not awaiting a second review (it is {})",
                detail.item.status
            )));
        }
        let decision = detail
            .decisions
            .last()
            .ok_or_else(|| AppError::Conflict(format!("item {id} has no decision to review")))?;
        if decision.decision.reviewer == actor.username {
            return Err(AppError::Conflict(
                "you made this decision; a second review needs someone else".into(),
            ));
        }
        let review = SecondReview {
            decision_id: decision.id,
            item_id: id,
            reviewer: actor.username.clone(),
            approved: input.approve,
            note,
            at: self.clock.now(),
        };
        self.store.record_second_review(&review).await?;
        Ok(review)
    }

    /// Adds a note to an item. Needs `Decide`. Audited `note_added`.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming `text`; [`AppError::NotFound`].
    pub async fn add_note(&self, actor: &User, item: &str, text: &str) -> Result<Note> {
        require(actor, Permission::Decide)?;
        let text = note_text("text", text)?;
        let id = self.store.resolve_item_id(item).await?;
        let note = Note {
            author: actor.username.clone(),
            at: self.clock.now(),
            text,
        };
        self.store.add_note(id, &note).await?;
        Ok(note)
    }

    /// Puts a decided (or cleared, or awaiting) item back in the open queue, with the reason
    /// kept as a note. Needs `Decide`. Audited `item_reopened` (and `note_added`).
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming `reason`; [`AppError::NotFound`];
    /// [`AppError::Conflict`] when the item is already open.
    pub async fn reopen(&self, actor: &User, item: &str, reason: &str) -> Result<()> {
        require(actor, Permission::Decide)?;
        let reason = note_text("reason", reason)?;
        let id = self.store.resolve_item_id(item).await?;
        let entry = self
            .store
            .set_item_status_as(id, ItemStatus::Open, &actor.username)
            .await?;
        if entry.is_none() {
            return Err(AppError::Conflict(format!("item {id} is already open")));
        }
        self.store
            .add_note(
                id,
                &Note {
                    author: actor.username.clone(),
                    at: self.clock.now(),
                    text: format!("Reopened: {reason}"),
                },
            )
            .await?;
        Ok(())
    }
}
