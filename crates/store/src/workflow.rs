//! Storage for the hub as a service: accounts, sessions, API tokens, public reports with
//! their separately kept contact details, claims, notes, second reviews and appeals.
//!
//! These tables use the same column types on both backends (UUID text, microsecond
//! integers, 0/1 flags), so one set of statements serves both: placeholders are written
//! `$1`, which SQLite reads as numbered parameters too. The methods are written once, in
//! [`hub_store_impl!`], and expanded for each backend with the three spellings that differ
//! (how a text parameter is compared with a PostgreSQL `UUID` column, how one is read back as
//! text, and how a row read before a change is locked). Every change that matters to the record appends its audit entry in the
//! same transaction.

use async_trait::async_trait;
use upstander_core::{
    Claim, ItemId, Note, QueueItem, ReportId, ReportRef, ReportSummary, ReporterContact,
    ReporterRole, Role, SecondReview, Timestamp, User, UserId,
};

use crate::model::{self, timestamp};

use crate::{NewAuditEntry, Result, StoreError};

/// A new account: the user and the password's argon2id hash (PHC string).
#[derive(Clone, PartialEq, Eq)]
pub struct NewUserRecord {
    /// The account.
    pub user: User,
    /// The password hash.
    pub password_hash: String,
}

impl std::fmt::Debug for NewUserRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewUserRecord")
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

/// An account with what sign-in needs.
#[derive(Clone, PartialEq, Eq)]
pub struct UserRecord {
    /// The account.
    pub user: User,
    /// The password hash (PHC string).
    pub password_hash: String,
    /// Failed sign-ins since the last success or lock.
    pub failed_logins: u32,
    /// Locked until then, if locked.
    pub locked_until: Option<Timestamp>,
}

impl std::fmt::Debug for UserRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRecord")
            .field("user", &self.user)
            .field("failed_logins", &self.failed_logins)
            .field("locked_until", &self.locked_until)
            .finish_non_exhaustive()
    }
}

/// A change an administrator makes to an account.
#[derive(Clone, PartialEq, Eq)]
pub enum UserChange {
    /// Disable (true) or enable (false); disabling ends the user's sessions.
    Disabled(bool),
    /// A new role.
    Role(Role),
    /// A new password hash; ends the user's sessions and clears any lock.
    PasswordHash(String),
}

impl std::fmt::Debug for UserChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UserChange::Disabled(d) => write!(f, "Disabled({d})"),
            UserChange::Role(r) => write!(f, "Role({r})"),
            UserChange::PasswordHash(_) => f.write_str("PasswordHash(..)"),
        }
    }
}

/// A session to store at sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// SHA-256 (hex) of the session token; the token itself is never stored.
    pub token_hash: String,
    /// Whose session.
    pub user_id: UserId,
    /// The CSRF token forms must echo.
    pub csrf_token: String,
    /// Address or user agent, for the record.
    pub client: String,
    /// When it began.
    pub started_at: Timestamp,
    /// When it ends unless used.
    pub expires_at: Timestamp,
}

/// A live session as found by its token hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Whose session.
    pub user: User,
    /// Its CSRF token.
    pub csrf_token: String,
    /// When it began.
    pub started_at: Timestamp,
    /// When it ends unless used again.
    pub expires_at: Timestamp,
    /// Items shown during it.
    pub items_seen: u32,
}

/// A public report to store, with its item already stored through the pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReportRecord {
    /// Its id.
    pub id: ReportId,
    /// What the report says about the post (reference, item, role, urls…).
    pub summary: ReportSummary,
    /// How to reach the reporter, kept in its own table; `None` when not given.
    pub contact: Option<ReporterContact>,
}

/// The most ids one call takes in a list argument (claims and report counts for a queue page).
pub const MAX_IDS_PER_CALL: usize = 500;

/// What the hub's service layer stores beyond posts, items and decisions. Every [`crate::Store`]
/// is one; see the module documentation for how both backends share it.
#[async_trait]
pub trait HubStore: Send + Sync {
    /// Stores a new account and appends `user_added` by `actor`.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] naming `username` when it is taken.
    async fn create_user(&self, new: &NewUserRecord, actor: &str) -> Result<User>;

    /// An account with its password hash and lock state, by username.
    async fn user_record(&self, username: &str) -> Result<Option<UserRecord>>;

    /// Every account, by username.
    async fn list_users(&self) -> Result<Vec<User>>;

    /// Changes an account and appends the matching audit entry by `actor` (`user_disabled`,
    /// `user_enabled`, `role_changed` with from and to, `password_reset`).
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown username.
    async fn change_user(&self, username: &str, change: UserChange, actor: &str) -> Result<User>;

    /// Counts a failed sign-in. When it is the `threshold`-th in a row the account is locked
    /// until `lock_until` (the count starts again) and `login_locked_out` is appended; the
    /// lock's end is returned then.
    async fn login_failed(
        &self,
        user_id: UserId,
        threshold: u32,
        lock_until: Timestamp,
    ) -> Result<Option<Timestamp>>;

    /// Records a successful sign-in: clears the failure count and lock, notes the time and
    /// stores the session.
    async fn login_succeeded(&self, session: &NewSession) -> Result<()>;

    /// The live session with this token hash, its expiry moved to `new_expires_at`; `None`
    /// when unknown, expired at `now`, or its user disabled.
    async fn touch_session(
        &self,
        token_hash: &str,
        now: Timestamp,
        new_expires_at: Timestamp,
    ) -> Result<Option<SessionRecord>>;

    /// Deletes a session (unknown hashes are ignored).
    async fn end_session(&self, token_hash: &str) -> Result<()>;

    /// Adds one to a live session's count of items seen and returns it; `None` when the
    /// session is unknown or expired at `now`.
    async fn count_item_seen(&self, token_hash: &str, now: Timestamp) -> Result<Option<u32>>;

    /// Stores an API token's hash for `user` and appends `api_token_created`.
    async fn create_api_token(
        &self,
        token_hash: &str,
        user: &User,
        label: &str,
        at: Timestamp,
    ) -> Result<()>;

    /// The enabled user an API token hash belongs to, noting its use at `now`.
    async fn api_token_user(&self, token_hash: &str, now: Timestamp) -> Result<Option<User>>;

    /// The item the post stored under `ingest_key` belongs to.
    async fn item_for_ingest_key(&self, ingest_key: &str) -> Result<Option<ItemId>>;

    /// Stores a public report (and its contact details apart), opens its item for review if
    /// detection had cleared it, and appends `report_submitted` (without the identity).
    ///
    /// # Errors
    /// [`StoreError::NotFound`] when the item does not exist.
    async fn store_report(&self, report: &NewReportRecord) -> Result<()>;

    /// A report by its reference.
    async fn report_by_reference(&self, reference: &ReportRef) -> Result<Option<ReportSummary>>;

    /// The reports about an item, oldest first.
    async fn reports_for_item(&self, item: ItemId) -> Result<Vec<ReportSummary>>;

    /// How many reports point at each of `items` (items without reports are left out).
    async fn report_counts(&self, items: &[ItemId]) -> Result<Vec<(ItemId, u32)>>;

    /// A report's contact details, appending `reporter_identity_viewed` by `actor` in the
    /// same transaction; `None` (and nothing appended) when the report has none.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown reference.
    async fn reporter_contact(
        &self,
        reference: &ReportRef,
        actor: &str,
    ) -> Result<Option<ReporterContact>>;

    /// Claims an item for `username` until `expires_at`, or extends their claim. A new claim
    /// appends `item_claimed`.
    ///
    /// # Errors
    /// [`StoreError::Conflict`] naming the holder when someone else's claim is live at `now`.
    async fn claim_item(
        &self,
        item: ItemId,
        username: &str,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<Claim>;

    /// Releases `username`'s claim on an item, appending `item_released`, or `item_skipped`
    /// when `skipped` (which is recorded even without a claim). Returns whether a claim was
    /// held.
    async fn release_claim(&self, item: ItemId, username: &str, skipped: bool) -> Result<bool>;

    /// Claims on `items` that are live at `now`.
    async fn live_claims(&self, items: &[ItemId], now: Timestamp) -> Result<Vec<Claim>>;

    /// Adds a note to an item and appends `note_added`.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown item.
    async fn add_note(&self, item: ItemId, note: &Note) -> Result<()>;

    /// An item's notes, oldest first.
    async fn notes(&self, item: ItemId) -> Result<Vec<Note>>;

    /// Records a second review of the item's decision awaiting one: approved, the item is
    /// decided; sent back, it is open again. Appends `second_review_recorded`.
    ///
    /// # Errors
    /// [`StoreError::Conflict`] when the item is not awaiting a second review, when the
    /// decision named is not its latest, or when the reviewer made that decision.
    async fn record_second_review(&self, review: &SecondReview) -> Result<()>;

    /// An item's second reviews, oldest first.
    async fn second_reviews(&self, item: ItemId) -> Result<Vec<SecondReview>>;

    /// Records an appeal against a report's item, puts the item back in the open queue and
    /// appends `appeal_lodged`; returns the item.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown reference.
    async fn lodge_appeal(
        &self,
        reference: &ReportRef,
        reason: &str,
        at: Timestamp,
    ) -> Result<ItemId>;

    /// Items with a copy by `author`, other than `except`, highest priority first.
    async fn items_by_author(
        &self,
        author: &str,
        except: ItemId,
        limit: u32,
    ) -> Result<Vec<QueueItem>>;
}

/// Who the audit log names for what the public does (reports, appeals).
pub const PUBLIC_ACTOR: &str = "public";

pub(crate) const CLEAR_CLAIM: &str = "DELETE FROM claims WHERE item_id = $1";

pub(crate) const USER_COLUMNS: &str =
    "id, username, display_name, role, disabled, created_at, last_login_at";

/// One row of `users`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct UserRow {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub disabled: i64,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
}

impl UserRow {
    pub(crate) fn into_user(self) -> Result<User> {
        Ok(User {
            id: UserId::parse(&self.id)
                .map_err(|e| StoreError::Corrupt(format!("user id: {e}")))?,
            role: Role::parse(&self.role)
                .map_err(|e| StoreError::Corrupt(format!("user {}: {e}", self.username)))?,
            username: self.username,
            display_name: self.display_name,
            disabled: self.disabled != 0,
            created_at: timestamp(self.created_at, "user created_at")?,
            last_login_at: self
                .last_login_at
                .map(|t| timestamp(t, "user last_login_at"))
                .transpose()?,
        })
    }
}

/// A user row with the sign-in columns.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct UserRecordRow {
    #[sqlx(flatten)]
    pub user: UserRow,
    pub password_hash: String,
    pub failed_logins: i64,
    pub locked_until: Option<i64>,
}

impl UserRecordRow {
    pub(crate) fn into_record(self) -> Result<UserRecord> {
        Ok(UserRecord {
            user: self.user.into_user()?,
            password_hash: self.password_hash,
            failed_logins: u32::try_from(self.failed_logins.max(0)).unwrap_or(u32::MAX),
            locked_until: self
                .locked_until
                .map(|t| timestamp(t, "user locked_until"))
                .transpose()?,
        })
    }
}

/// A session row joined with its user.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct SessionRow {
    #[sqlx(flatten)]
    pub user: UserRow,
    pub csrf_token: String,
    pub started_at: i64,
    pub expires_at: i64,
    pub items_seen: i64,
}

impl SessionRow {
    pub(crate) fn into_record(self) -> Result<SessionRecord> {
        Ok(SessionRecord {
            user: self.user.into_user()?,
            csrf_token: self.csrf_token,
            started_at: timestamp(self.started_at, "session started_at")?,
            expires_at: timestamp(self.expires_at, "session expires_at")?,
            items_seen: u32::try_from(self.items_seen.max(0)).unwrap_or(u32::MAX),
        })
    }
}

pub(crate) const REPORT_COLUMNS: &str = "r.reference, r.item_id, r.received_at, \
     r.reporter_role, r.urls, r.description, r.hate_kind, r.target_group, r.anonymous, \
     (SELECT count(*) FROM report_contacts AS c WHERE c.report_id = r.id) AS contacts";

/// One row of `reports`, with whether contact details exist.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ReportRow {
    pub reference: String,
    pub item_id: String,
    pub received_at: i64,
    pub reporter_role: String,
    pub urls: String,
    pub description: Option<String>,
    pub hate_kind: Option<String>,
    pub target_group: Option<String>,
    pub anonymous: i64,
    pub contacts: i64,
}

impl ReportRow {
    pub(crate) fn into_summary(self) -> Result<ReportSummary> {
        Ok(ReportSummary {
            reference: ReportRef::parse(&self.reference).map_err(|_| {
                StoreError::Corrupt(format!("report reference {:?}", self.reference))
            })?,
            item_id: model::item_id(&self.item_id)?,
            received_at: timestamp(self.received_at, "report received_at")?,
            reporter_role: ReporterRole::parse(&self.reporter_role)
                .map_err(|e| StoreError::Corrupt(format!("report: {e}")))?,
            urls: model::id_list(&self.urls, "report urls")?,
            description: self.description,
            hate_kind: self.hate_kind,
            target_group: self.target_group,
            anonymous: self.anonymous != 0,
            has_contact: self.contacts > 0,
        })
    }
}

/// One row of `claims`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct ClaimRow {
    pub item_id: String,
    pub username: String,
    pub expires_at: i64,
}

impl ClaimRow {
    pub(crate) fn into_claim(self) -> Result<Claim> {
        Ok(Claim {
            item_id: model::item_id(&self.item_id)?,
            username: self.username,
            expires_at: timestamp(self.expires_at, "claim expires_at")?,
        })
    }
}

/// One row of `notes`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct NoteRow {
    pub author: String,
    pub at: i64,
    pub text: String,
}

impl NoteRow {
    pub(crate) fn into_note(self) -> Result<Note> {
        Ok(Note {
            author: self.author,
            at: timestamp(self.at, "note time")?,
            text: self.text,
        })
    }
}

/// One row of `second_reviews`.
#[derive(Debug, sqlx::FromRow)]
pub(crate) struct SecondReviewRow {
    pub item_id: String,
    pub decision_id: String,
    pub reviewer: String,
    pub approved: i64,
    pub note: Option<String>,
    pub at: i64,
}

impl SecondReviewRow {
    pub(crate) fn into_review(self) -> Result<SecondReview> {
        Ok(SecondReview {
            decision_id: upstander_core::DecisionId::parse(&self.decision_id)
                .map_err(|e| StoreError::Corrupt(format!("second review decision id: {e}")))?,
            item_id: model::item_id(&self.item_id)?,
            reviewer: self.reviewer,
            approved: self.approved != 0,
            note: self.note,
            at: timestamp(self.at, "second review time")?,
        })
    }
}

/// `$first, $first+1, …` for `count` parameters, for an `IN (…)` list.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn check_ids(items: &[ItemId]) -> Result<()> {
    if items.len() > MAX_IDS_PER_CALL {
        return Err(StoreError::invalid(
            "items",
            format!(
                "{} ids is more than the {MAX_IDS_PER_CALL} one call takes",
                items.len()
            ),
        ));
    }
    Ok(())
}

pub(crate) fn no_nul_opt(field: &str, value: Option<&str>) -> Result<()> {
    value.map_or(Ok(()), |v| crate::no_nul(field, v))
}

pub(crate) fn flag(value: bool) -> i64 {
    i64::from(value)
}

pub(crate) fn audit(
    actor: &str,
    action: upstander_core::AuditAction,
    subject: impl Into<String>,
    details: impl Into<String>,
) -> NewAuditEntry {
    NewAuditEntry {
        actor: actor.to_owned(),
        action,
        subject: subject.into(),
        details: details.into(),
    }
}

/// Expands [`HubStore`] for a backend. `$uuid` is what follows a parameter compared with a
/// PostgreSQL `UUID` column (`"::uuid"`, or `""` for SQLite), `$text` what follows such a
/// column read back as text, `$lock` what locks a row read in a write transaction against
/// concurrent writers (`" FOR UPDATE"`; SQLite's `BEGIN IMMEDIATE` already holds the one
/// write lock); the backend module provides `write_transaction`, `pool`,
/// `append_audit_in`, `db`, `SELECT_QUEUE_ROWS` and `QUEUE_ORDER`.
macro_rules! hub_store_impl {
    ($store:ty, uuid = $uuid:literal, text = $text:literal, lock = $lock:literal) => {
        #[async_trait::async_trait]
        impl $crate::workflow::HubStore for $store {
            async fn create_user(
                &self,
                new: &$crate::workflow::NewUserRecord,
                actor: &str,
            ) -> $crate::Result<upstander_core::User> {
                use $crate::workflow::*;
                let user = &new.user;
                crate::no_nul("display_name", &user.display_name)?;
                crate::no_nul("username", &user.username)?;
                let mut tx = self.write_transaction().await?;
                let taken: Option<String> =
                    sqlx::query_scalar("SELECT username FROM users WHERE username = $1")
                        .bind(&user.username)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db("adding a user"))?;
                if taken.is_some() {
                    return Err(StoreError::invalid(
                        "username",
                        format!("'{}' is taken", user.username),
                    ));
                }
                sqlx::query(
                    "INSERT INTO users (id, username, display_name, role, password_hash, \
                     disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(user.id.to_string())
                .bind(&user.username)
                .bind(&user.display_name)
                .bind(user.role.as_str())
                .bind(&new.password_hash)
                .bind(flag(user.disabled))
                .bind(model::micros(user.created_at))
                .execute(&mut *tx)
                .await
                .map_err(db("adding a user"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        actor,
                        upstander_core::AuditAction::UserAdded,
                        &user.username,
                        format!("role={}", user.role),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("adding a user"))?;
                Ok(user.clone())
            }

            async fn user_record(
                &self,
                username: &str,
            ) -> $crate::Result<Option<$crate::workflow::UserRecord>> {
                use $crate::workflow::*;
                let sql = format!(
                    "SELECT {USER_COLUMNS}, password_hash, failed_logins, locked_until \
                     FROM users WHERE username = $1"
                );
                sqlx::query_as::<_, UserRecordRow>(sqlx::AssertSqlSafe(sql))
                    .bind(username)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db("reading a user"))?
                    .map(UserRecordRow::into_record)
                    .transpose()
            }

            async fn list_users(&self) -> $crate::Result<Vec<upstander_core::User>> {
                use $crate::workflow::*;
                let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY username");
                sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("listing users"))?
                    .into_iter()
                    .map(UserRow::into_user)
                    .collect()
            }

            async fn change_user(
                &self,
                username: &str,
                change: $crate::workflow::UserChange,
                actor: &str,
            ) -> $crate::Result<upstander_core::User> {
                use $crate::workflow::*;
                use upstander_core::AuditAction;
                let mut tx = self.write_transaction().await?;
                let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1");
                let before = sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(username)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db("changing a user"))?
                    .ok_or_else(|| StoreError::NotFound {
                        what: "user",
                        id: username.to_owned(),
                    })?
                    .into_user()?;
                let id = before.id.to_string();
                let mut end_sessions = false;
                let entry = match &change {
                    UserChange::Disabled(disabled) => {
                        sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
                            .bind(flag(*disabled))
                            .bind(&id)
                            .execute(&mut *tx)
                            .await
                            .map_err(db("changing a user"))?;
                        end_sessions = *disabled;
                        let action = if *disabled {
                            AuditAction::UserDisabled
                        } else {
                            AuditAction::UserEnabled
                        };
                        audit(actor, action, username, format!("disabled={disabled}"))
                    }
                    UserChange::Role(role) => {
                        sqlx::query("UPDATE users SET role = $1 WHERE id = $2")
                            .bind(role.as_str())
                            .bind(&id)
                            .execute(&mut *tx)
                            .await
                            .map_err(db("changing a user"))?;
                        audit(
                            actor,
                            AuditAction::RoleChanged,
                            username,
                            format!("from={}; to={role}", before.role),
                        )
                    }
                    UserChange::PasswordHash(hash) => {
                        sqlx::query(
                            "UPDATE users SET password_hash = $1, failed_logins = 0, \
                             locked_until = NULL WHERE id = $2",
                        )
                        .bind(hash)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db("changing a user"))?;
                        end_sessions = true;
                        audit(actor, AuditAction::PasswordReset, username, "sessions=ended")
                    }
                };
                if end_sessions {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(&id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db("ending sessions"))?;
                }
                append_audit_in(&mut tx, entry).await?;
                let after = sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql))
                    .bind(username)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db("changing a user"))?
                    .into_user()?;
                tx.commit().await.map_err(db("changing a user"))?;
                Ok(after)
            }

            async fn login_failed(
                &self,
                user_id: upstander_core::UserId,
                threshold: u32,
                lock_until: upstander_core::Timestamp,
            ) -> $crate::Result<Option<upstander_core::Timestamp>> {
                use $crate::workflow::*;
                let mut tx = self.write_transaction().await?;
                let row: Option<(String, i64)> = sqlx::query_as(
                    "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 \
                     RETURNING username, failed_logins",
                )
                .bind(user_id.to_string())
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("counting a failed sign-in"))?;
                let Some((username, failures)) = row else {
                    return Ok(None);
                };
                let locked = if failures >= i64::from(threshold.max(1)) {
                    sqlx::query(
                        "UPDATE users SET failed_logins = 0, locked_until = $1 WHERE id = $2",
                    )
                    .bind(model::micros(lock_until))
                    .bind(user_id.to_string())
                    .execute(&mut *tx)
                    .await
                    .map_err(db("locking an account"))?;
                    append_audit_in(
                        &mut tx,
                        audit(
                            &username,
                            upstander_core::AuditAction::LoginLockedOut,
                            &username,
                            format!("failures={failures}; until={lock_until}"),
                        ),
                    )
                    .await?;
                    Some(lock_until)
                } else {
                    None
                };
                tx.commit().await.map_err(db("counting a failed sign-in"))?;
                Ok(locked)
            }

            async fn login_succeeded(
                &self,
                session: &$crate::workflow::NewSession,
            ) -> $crate::Result<()> {
                crate::no_nul("client", &session.client)?;
                let mut tx = self.write_transaction().await?;
                sqlx::query(
                    "UPDATE users SET failed_logins = 0, locked_until = NULL, \
                     last_login_at = $1 WHERE id = $2",
                )
                .bind(model::micros(session.started_at))
                .bind(session.user_id.to_string())
                .execute(&mut *tx)
                .await
                .map_err(db("signing in"))?;
                sqlx::query(
                    "INSERT INTO sessions (token_hash, user_id, csrf_token, client, started_at, \
                     expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&session.token_hash)
                .bind(session.user_id.to_string())
                .bind(&session.csrf_token)
                .bind(&session.client)
                .bind(model::micros(session.started_at))
                .bind(model::micros(session.expires_at))
                .execute(&mut *tx)
                .await
                .map_err(db("signing in"))?;
                tx.commit().await.map_err(db("signing in"))?;
                Ok(())
            }

            async fn touch_session(
                &self,
                token_hash: &str,
                now: upstander_core::Timestamp,
                new_expires_at: upstander_core::Timestamp,
            ) -> $crate::Result<Option<$crate::workflow::SessionRecord>> {
                use $crate::workflow::*;
                let mut tx = self.write_transaction().await?;
                let touched = sqlx::query(
                    "UPDATE sessions SET expires_at = $1 WHERE token_hash = $2 AND expires_at > $3",
                )
                .bind(model::micros(new_expires_at))
                .bind(token_hash)
                .bind(model::micros(now))
                .execute(&mut *tx)
                .await
                .map_err(db("reading a session"))?;
                if touched.rows_affected() == 0 {
                    return Ok(None);
                }
                let sql = format!(
                    "SELECT u.id, u.username, u.display_name, u.role, u.disabled, u.created_at, \
                     u.last_login_at, s.csrf_token, s.started_at, s.expires_at, s.items_seen \
                     FROM sessions AS s JOIN users AS u ON u.id = s.user_id \
                     WHERE s.token_hash = $1 AND u.disabled = 0"
                );
                let row = sqlx::query_as::<_, SessionRow>(sqlx::AssertSqlSafe(sql))
                    .bind(token_hash)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db("reading a session"))?;
                tx.commit().await.map_err(db("reading a session"))?;
                row.map(SessionRow::into_record).transpose()
            }

            async fn end_session(&self, token_hash: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&self.pool)
                    .await
                    .map_err(db("ending a session"))?;
                Ok(())
            }

            async fn count_item_seen(
                &self,
                token_hash: &str,
                now: upstander_core::Timestamp,
            ) -> $crate::Result<Option<u32>> {
                let mut tx = self.write_transaction().await?;
                let seen: Option<i64> = sqlx::query_scalar(
                    "UPDATE sessions SET items_seen = items_seen + 1 \
                     WHERE token_hash = $1 AND expires_at > $2 RETURNING items_seen",
                )
                .bind(token_hash)
                .bind(model::micros(now))
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("counting an item seen"))?;
                tx.commit().await.map_err(db("counting an item seen"))?;
                Ok(seen.map(|n| u32::try_from(n.max(0)).unwrap_or(u32::MAX)))
            }

            async fn create_api_token(
                &self,
                token_hash: &str,
                user: &upstander_core::User,
                label: &str,
                at: upstander_core::Timestamp,
            ) -> $crate::Result<()> {
                use $crate::workflow::*;
                crate::no_nul("label", label)?;
                let mut tx = self.write_transaction().await?;
                sqlx::query(
                    "INSERT INTO api_tokens (token_hash, user_id, label, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(token_hash)
                .bind(user.id.to_string())
                .bind(label)
                .bind(model::micros(at))
                .execute(&mut *tx)
                .await
                .map_err(db("storing an API token"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        &user.username,
                        upstander_core::AuditAction::ApiTokenCreated,
                        &user.username,
                        format!("label={label}"),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("storing an API token"))?;
                Ok(())
            }

            async fn api_token_user(
                &self,
                token_hash: &str,
                now: upstander_core::Timestamp,
            ) -> $crate::Result<Option<upstander_core::User>> {
                use $crate::workflow::*;
                let mut tx = self.write_transaction().await?;
                let touched =
                    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                        .bind(model::micros(now))
                        .bind(token_hash)
                        .execute(&mut *tx)
                        .await
                        .map_err(db("reading an API token"))?;
                if touched.rows_affected() == 0 {
                    return Ok(None);
                }
                let row = sqlx::query_as::<_, UserRow>(
                    "SELECT u.id, u.username, u.display_name, u.role, u.disabled, \
                     u.created_at, u.last_login_at FROM api_tokens AS t \
                     JOIN users AS u ON u.id = t.user_id \
                     WHERE t.token_hash = $1 AND u.disabled = 0",
                )
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("reading an API token"))?;
                tx.commit().await.map_err(db("reading an API token"))?;
                row.map(UserRow::into_user).transpose()
            }

            async fn item_for_ingest_key(
                &self,
                ingest_key: &str,
            ) -> $crate::Result<Option<upstander_core::ItemId>> {
                let found: Option<String> = sqlx::query_scalar(concat!(
                    "SELECT item_id",
                    $text,
                    " FROM posts WHERE ingest_key = $1"
                ))
                .bind(ingest_key)
                .fetch_optional(&self.pool)
                .await
                .map_err(db("looking up a post"))?;
                found.map(|id| model::item_id(&id)).transpose()
            }

            async fn store_report(
                &self,
                report: &$crate::workflow::NewReportRecord,
            ) -> $crate::Result<()> {
                use $crate::workflow::*;
                let s = &report.summary;
                no_nul_opt("description", s.description.as_deref())?;
                no_nul_opt("hate_kind", s.hate_kind.as_deref())?;
                no_nul_opt("target_group", s.target_group.as_deref())?;
                for (i, url) in s.urls.iter().enumerate() {
                    crate::no_nul(&format!("urls[{i}]"), url)?;
                }
                if let Some(contact) = &report.contact {
                    no_nul_opt("contact.name", contact.name.as_deref())?;
                    no_nul_opt("contact.email", contact.email.as_deref())?;
                    no_nul_opt("contact.phone", contact.phone.as_deref())?;
                }
                let item = s.item_id.to_string();
                let mut tx = self.write_transaction().await?;
                // A reported post is always reviewed, whatever detection made of it.
                let status: Option<String> = sqlx::query_scalar(concat!(
                    "SELECT status FROM items WHERE id = $1",
                    $uuid,
                    $lock
                ))
                .bind(&item)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("storing a report"))?;
                let Some(status) = status else {
                    return Err(StoreError::NotFound {
                        what: "item",
                        id: item,
                    });
                };
                if status == "cleared" {
                    sqlx::query(concat!(
                        "UPDATE items SET status = 'open' WHERE id = $1",
                        $uuid
                    ))
                    .bind(&item)
                    .execute(&mut *tx)
                    .await
                    .map_err(db("storing a report"))?;
                }
                sqlx::query(
                    "INSERT INTO reports (id, reference, item_id, received_at, reporter_role, \
                     urls, description, hate_kind, target_group, anonymous) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(report.id.to_string())
                .bind(s.reference.as_str())
                .bind(&item)
                .bind(model::micros(s.received_at))
                .bind(s.reporter_role.as_str())
                .bind(crate::plan::to_json(&s.urls)?)
                .bind(s.description.as_deref())
                .bind(s.hate_kind.as_deref())
                .bind(s.target_group.as_deref())
                .bind(flag(s.anonymous))
                .execute(&mut *tx)
                .await
                .map_err(db("storing a report"))?;
                if let Some(contact) = report.contact.as_ref().filter(|c| !c.is_empty()) {
                    sqlx::query(
                        "INSERT INTO report_contacts (report_id, name, email, phone) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(report.id.to_string())
                    .bind(contact.name.as_deref())
                    .bind(contact.email.as_deref())
                    .bind(contact.phone.as_deref())
                    .execute(&mut *tx)
                    .await
                    .map_err(db("storing a report"))?;
                }
                append_audit_in(
                    &mut tx,
                    audit(
                        PUBLIC_ACTOR,
                        upstander_core::AuditAction::ReportSubmitted,
                        &item,
                        format!(
                            "reference={}; reporter_role={}; anonymous={}",
                            s.reference, s.reporter_role, s.anonymous
                        ),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("storing a report"))?;
                Ok(())
            }

            async fn report_by_reference(
                &self,
                reference: &upstander_core::ReportRef,
            ) -> $crate::Result<Option<upstander_core::ReportSummary>> {
                use $crate::workflow::*;
                let sql = format!("SELECT {REPORT_COLUMNS} FROM reports AS r WHERE r.reference = $1");
                sqlx::query_as::<_, ReportRow>(sqlx::AssertSqlSafe(sql))
                    .bind(reference.as_str())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db("reading a report"))?
                    .map(ReportRow::into_summary)
                    .transpose()
            }

            async fn reports_for_item(
                &self,
                item: upstander_core::ItemId,
            ) -> $crate::Result<Vec<upstander_core::ReportSummary>> {
                use $crate::workflow::*;
                let sql = format!(
                    "SELECT {REPORT_COLUMNS} FROM reports AS r WHERE r.item_id = $1 ORDER BY r.seq"
                );
                sqlx::query_as::<_, ReportRow>(sqlx::AssertSqlSafe(sql))
                    .bind(item.to_string())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("reading reports"))?
                    .into_iter()
                    .map(ReportRow::into_summary)
                    .collect()
            }

            async fn report_counts(
                &self,
                items: &[upstander_core::ItemId],
            ) -> $crate::Result<Vec<(upstander_core::ItemId, u32)>> {
                use $crate::workflow::*;
                check_ids(items)?;
                if items.is_empty() {
                    return Ok(Vec::new());
                }
                let sql = format!(
                    "SELECT item_id, count(*) FROM reports WHERE item_id IN ({}) GROUP BY item_id",
                    placeholders(1, items.len())
                );
                let mut query = sqlx::query_as::<_, (String, i64)>(sqlx::AssertSqlSafe(sql));
                for item in items {
                    query = query.bind(item.to_string());
                }
                query
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("counting reports"))?
                    .into_iter()
                    .map(|(id, n)| {
                        Ok((model::item_id(&id)?, u32::try_from(n.max(0)).unwrap_or(u32::MAX)))
                    })
                    .collect()
            }

            async fn reporter_contact(
                &self,
                reference: &upstander_core::ReportRef,
                actor: &str,
            ) -> $crate::Result<Option<upstander_core::ReporterContact>> {
                use $crate::workflow::*;
                let mut tx = self.write_transaction().await?;
                let report: Option<(String, String)> =
                    sqlx::query_as("SELECT id, item_id FROM reports WHERE reference = $1")
                        .bind(reference.as_str())
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db("reading a report"))?;
                let Some((report_id, item_id)) = report else {
                    return Err(StoreError::NotFound {
                        what: "report",
                        id: reference.to_string(),
                    });
                };
                let contact: Option<(Option<String>, Option<String>, Option<String>)> =
                    sqlx::query_as(
                        "SELECT name, email, phone FROM report_contacts WHERE report_id = $1",
                    )
                    .bind(&report_id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db("reading a report"))?;
                let Some((name, email, phone)) = contact else {
                    return Ok(None);
                };
                append_audit_in(
                    &mut tx,
                    audit(
                        actor,
                        upstander_core::AuditAction::ReporterIdentityViewed,
                        &item_id,
                        format!("reference={reference}"),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("reading a report"))?;
                Ok(Some(upstander_core::ReporterContact { name, email, phone }))
            }

            async fn claim_item(
                &self,
                item: upstander_core::ItemId,
                username: &str,
                now: upstander_core::Timestamp,
                expires_at: upstander_core::Timestamp,
            ) -> $crate::Result<upstander_core::Claim> {
                use $crate::workflow::*;
                let id = item.to_string();
                let mut tx = self.write_transaction().await?;
                let exists: Option<String> = sqlx::query_scalar(concat!(
                    "SELECT status FROM items WHERE id = $1",
                    $uuid,
                    $lock
                ))
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("claiming an item"))?;
                if exists.is_none() {
                    return Err(StoreError::NotFound { what: "item", id });
                }
                let held: Option<(String, i64)> =
                    sqlx::query_as("SELECT username, expires_at FROM claims WHERE item_id = $1")
                        .bind(&id)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db("claiming an item"))?;
                let renewing = match &held {
                    Some((holder, until)) if *until > model::micros(now) => {
                        if holder != username {
                            let until = $crate::model::timestamp(*until, "claim expires_at")?;
                            return Err(StoreError::Conflict(format!(
                                "item {id} is claimed by {holder} until {until}"
                            )));
                        }
                        true
                    }
                    _ => false,
                };
                sqlx::query(
                    "INSERT INTO claims (item_id, username, claimed_at, expires_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (item_id) DO UPDATE SET \
                     username = excluded.username, claimed_at = excluded.claimed_at, \
                     expires_at = excluded.expires_at",
                )
                .bind(&id)
                .bind(username)
                .bind(model::micros(now))
                .bind(model::micros(expires_at))
                .execute(&mut *tx)
                .await
                .map_err(db("claiming an item"))?;
                if !renewing {
                    append_audit_in(
                        &mut tx,
                        audit(
                            username,
                            upstander_core::AuditAction::ItemClaimed,
                            &id,
                            format!("until={expires_at}"),
                        ),
                    )
                    .await?;
                }
                tx.commit().await.map_err(db("claiming an item"))?;
                Ok(upstander_core::Claim {
                    item_id: item,
                    username: username.to_owned(),
                    expires_at,
                })
            }

            async fn release_claim(
                &self,
                item: upstander_core::ItemId,
                username: &str,
                skipped: bool,
            ) -> $crate::Result<bool> {
                use $crate::workflow::*;
                let id = item.to_string();
                let mut tx = self.write_transaction().await?;
                let released =
                    sqlx::query("DELETE FROM claims WHERE item_id = $1 AND username = $2")
                        .bind(&id)
                        .bind(username)
                        .execute(&mut *tx)
                        .await
                        .map_err(db("releasing a claim"))?
                        .rows_affected()
                        > 0;
                if skipped || released {
                    let action = if skipped {
                        upstander_core::AuditAction::ItemSkipped
                    } else {
                        upstander_core::AuditAction::ItemReleased
                    };
                    append_audit_in(
                        &mut tx,
                        audit(username, action, &id, format!("claim_released={released}")),
                    )
                    .await?;
                }
                tx.commit().await.map_err(db("releasing a claim"))?;
                Ok(released)
            }

            async fn live_claims(
                &self,
                items: &[upstander_core::ItemId],
                now: upstander_core::Timestamp,
            ) -> $crate::Result<Vec<upstander_core::Claim>> {
                use $crate::workflow::*;
                check_ids(items)?;
                if items.is_empty() {
                    return Ok(Vec::new());
                }
                let sql = format!(
                    "SELECT item_id, username, expires_at FROM claims \
                     WHERE expires_at > $1 AND item_id IN ({})",
                    placeholders(2, items.len())
                );
                let mut query =
                    sqlx::query_as::<_, ClaimRow>(sqlx::AssertSqlSafe(sql)).bind(model::micros(now));
                for item in items {
                    query = query.bind(item.to_string());
                }
                query
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("reading claims"))?
                    .into_iter()
                    .map(ClaimRow::into_claim)
                    .collect()
            }

            async fn add_note(
                &self,
                item: upstander_core::ItemId,
                note: &upstander_core::Note,
            ) -> $crate::Result<()> {
                use $crate::workflow::*;
                crate::no_nul("text", &note.text)?;
                crate::no_nul("author", &note.author)?;
                let id = item.to_string();
                let mut tx = self.write_transaction().await?;
                let exists: Option<String> = sqlx::query_scalar(concat!(
                    "SELECT status FROM items WHERE id = $1",
                    $uuid,
                    $lock
                ))
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("adding a note"))?;
                if exists.is_none() {
                    return Err(StoreError::NotFound { what: "item", id });
                }
                sqlx::query("INSERT INTO notes (item_id, author, at, text) VALUES ($1, $2, $3, $4)")
                    .bind(&id)
                    .bind(&note.author)
                    .bind(model::micros(note.at))
                    .bind(&note.text)
                    .execute(&mut *tx)
                    .await
                    .map_err(db("adding a note"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        &note.author,
                        upstander_core::AuditAction::NoteAdded,
                        &id,
                        format!("chars={}", note.text.chars().count()),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("adding a note"))?;
                Ok(())
            }

            async fn notes(
                &self,
                item: upstander_core::ItemId,
            ) -> $crate::Result<Vec<upstander_core::Note>> {
                use $crate::workflow::*;
                sqlx::query_as::<_, NoteRow>(
                    "SELECT author, at, text FROM notes WHERE item_id = $1 ORDER BY seq",
                )
                .bind(item.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(db("reading notes"))?
                .into_iter()
                .map(NoteRow::into_note)
                .collect()
            }

            async fn record_second_review(
                &self,
                review: &upstander_core::SecondReview,
            ) -> $crate::Result<()> {
                use $crate::workflow::*;
                no_nul_opt("note", review.note.as_deref())?;
                crate::no_nul("reviewer", &review.reviewer)?;
                let id = review.item_id.to_string();
                let mut tx = self.write_transaction().await?;
                let status: Option<String> = sqlx::query_scalar(concat!(
                    "SELECT status FROM items WHERE id = $1",
                    $uuid,
                    $lock
                ))
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("recording a second review"))?;
                match status.as_deref() {
                    None => return Err(StoreError::NotFound { what: "item", id }),
                    Some("awaiting_second_review") => {}
                    Some(other) => {
                        return Err(StoreError::Conflict(format!(
                            "item {id} is not awaiting a second review (it is {other})"
                        )));
                    }
                }
                let latest: Option<(String, String)> = sqlx::query_as(concat!(
                    "SELECT id",
                    $text,
                    ", reviewer FROM decisions WHERE item_id = $1",
                    $uuid,
                    " ORDER BY seq DESC LIMIT 1"
                ))
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("recording a second review"))?;
                let Some((decision_id, decider)) = latest else {
                    return Err(StoreError::Conflict(format!(
                        "item {id} has no decision to review"
                    )));
                };
                if decision_id != review.decision_id.to_string() {
                    return Err(StoreError::Conflict(format!(
                        "item {id} was decided again meanwhile; reload it"
                    )));
                }
                if decider == review.reviewer {
                    return Err(StoreError::Conflict(format!(
                        "{decider} made this decision; a second review needs someone else"
                    )));
                }
                let to = if review.approved { "decided" } else { "open" };
                sqlx::query(concat!("UPDATE items SET status = $1 WHERE id = $2", $uuid))
                    .bind(to)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db("recording a second review"))?;
                sqlx::query(
                    "INSERT INTO second_reviews (item_id, decision_id, reviewer, approved, note, \
                     at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&id)
                .bind(&decision_id)
                .bind(&review.reviewer)
                .bind(flag(review.approved))
                .bind(review.note.as_deref())
                .bind(model::micros(review.at))
                .execute(&mut *tx)
                .await
                .map_err(db("recording a second review"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        &review.reviewer,
                        upstander_core::AuditAction::SecondReviewRecorded,
                        &id,
                        format!(
                            "decision_id={decision_id}; decided_by={decider}; approved={}; to={to}",
                            review.approved
                        ),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("recording a second review"))?;
                Ok(())
            }

            async fn second_reviews(
                &self,
                item: upstander_core::ItemId,
            ) -> $crate::Result<Vec<upstander_core::SecondReview>> {
                use $crate::workflow::*;
                sqlx::query_as::<_, SecondReviewRow>(
                    "SELECT item_id, decision_id, reviewer, approved, note, at \
                     FROM second_reviews WHERE item_id = $1 ORDER BY seq",
                )
                .bind(item.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(db("reading second reviews"))?
                .into_iter()
                .map(SecondReviewRow::into_review)
                .collect()
            }

            async fn lodge_appeal(
                &self,
                reference: &upstander_core::ReportRef,
                reason: &str,
                at: upstander_core::Timestamp,
            ) -> $crate::Result<upstander_core::ItemId> {
                use $crate::workflow::*;
                crate::no_nul("reason", reason)?;
                let mut tx = self.write_transaction().await?;
                let report: Option<(String, String)> =
                    sqlx::query_as("SELECT id, item_id FROM reports WHERE reference = $1")
                        .bind(reference.as_str())
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db("lodging an appeal"))?;
                let Some((report_id, item_id)) = report else {
                    return Err(StoreError::NotFound {
                        what: "report",
                        id: reference.to_string(),
                    });
                };
                let before: Option<String> = sqlx::query_scalar(concat!(
                    "SELECT status FROM items WHERE id = $1",
                    $uuid,
                    $lock
                ))
                .bind(&item_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db("lodging an appeal"))?;
                sqlx::query(
                    "INSERT INTO appeals (report_id, item_id, reason, at) VALUES ($1, $2, $3, $4)",
                )
                .bind(&report_id)
                .bind(&item_id)
                .bind(reason)
                .bind(model::micros(at))
                .execute(&mut *tx)
                .await
                .map_err(db("lodging an appeal"))?;
                sqlx::query(concat!("UPDATE items SET status = 'open' WHERE id = $1", $uuid))
                    .bind(&item_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db("lodging an appeal"))?;
                append_audit_in(
                    &mut tx,
                    audit(
                        PUBLIC_ACTOR,
                        upstander_core::AuditAction::AppealLodged,
                        &item_id,
                        format!(
                            "reference={reference}; from={}; to=open",
                            before.as_deref().unwrap_or("unknown")
                        ),
                    ),
                )
                .await?;
                tx.commit().await.map_err(db("lodging an appeal"))?;
                model::item_id(&item_id)
            }

            async fn items_by_author(
                &self,
                author: &str,
                except: upstander_core::ItemId,
                limit: u32,
            ) -> $crate::Result<Vec<upstander_core::QueueItem>> {
                let sql = format!(
                    "{SELECT_QUEUE_ROWS} AND i.id IN (SELECT item_id FROM posts WHERE author = $1) \
                     AND i.id <> $2{}{QUEUE_ORDER} LIMIT $3",
                    $uuid
                );
                sqlx::query_as::<_, $crate::model::QueueRow>(sqlx::AssertSqlSafe(sql))
                    .bind(author)
                    .bind(except.to_string())
                    .bind(i64::from(limit))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db("listing an author's items"))?
                    .into_iter()
                    .map($crate::model::QueueRow::into_item)
                    .collect()
            }
        }
    };
}

pub(crate) use hub_store_impl;
