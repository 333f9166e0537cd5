//! Accounts, sign-in, sessions and API tokens.
//!
//! Passwords are hashed with argon2id (its default parameters, on a blocking thread: a hash
//! is deliberately slow CPU work). Session and API tokens are 32 random bytes shown once;
//! the store keeps only their SHA-256, so a copy of the database does not let anyone in.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use serde::Serialize;
use sha2::{Digest, Sha256};
use upstander_core::{Permission, Role, Timestamp, User, UserId, normalise_username};
use upstander_store::{NewSession, NewUserRecord, UserChange};

use crate::{AppError, Hub, Result};

/// A new account as an administrator fills it in.
#[derive(Clone, PartialEq, Eq)]
pub struct NewUser {
    /// Login name (letters, digits, `.`, `_`, `-`; stored in lower case).
    pub username: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// What the person may do.
    pub role: Role,
    /// At least 12 characters.
    pub password: String,
}

impl std::fmt::Debug for NewUser {
    // Never print the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewUser")
            .field("username", &self.username)
            .field("display_name", &self.display_name)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// A signed-in session, as [`Hub::login`] hands it out once.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    /// The secret to send back (in a cookie): 32 random bytes, base64url. Shown only here.
    pub token: String,
    /// The token every form must echo back (CSRF protection).
    pub csrf_token: String,
    /// Who signed in.
    pub user: User,
    /// When the session ends unless used before then (each use extends it).
    pub expires_at: Timestamp,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("user", &self.user.username)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// What a session token stands for, as [`Hub::session`] finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionInfo {
    /// The signed-in user.
    pub user: User,
    /// The session's CSRF token.
    pub csrf_token: String,
    /// When the session ends unless used again (already extended by this lookup).
    pub expires_at: Timestamp,
    /// Items this session has shown (a shift's count, for the break prompt).
    pub items_seen: u32,
    /// When the session began.
    pub started_at: Timestamp,
}

impl Hub {
    /// The actor the command line acts as: an administrator named `system`, not stored and
    /// unable to sign in. Its decisions need no claim (nobody else can hold one from a
    /// terminal session), but otherwise follow the same rules as anyone's.
    #[must_use]
    pub fn system_actor() -> User {
        User {
            id: upstander_core::UserId::SYSTEM,
            username: SYSTEM_USERNAME.to_owned(),
            display_name: "System (command line)".to_owned(),
            role: Role::Admin,
            disabled: false,
            created_at: Timestamp::UNIX_EPOCH,
            last_login_at: None,
        }
    }
}

/// The command line's actor's name; no account may take it.
pub const SYSTEM_USERNAME: &str = "system";

/// Shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Longest display name, API token label or client description kept, in characters.
const MAX_NAME_CHARS: usize = 100;

/// Longest password accepted, in characters (argon2 takes any length; this bounds the work
/// an anonymous sign-in attempt can ask for).
const MAX_PASSWORD_CHARS: usize = 1024;

/// 32 random bytes, base64url without padding (43 characters).
pub(crate) fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| AppError::Internal(format!("no randomness from the system: {e}")))?;
    Ok(base64url(&bytes))
}

fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let index = ((n >> (18 - 6 * i)) & 0x3f) as usize;
            out.push(char::from(ALPHABET[index]));
        }
    }
    out
}

/// SHA-256 of a token, in hex: what the store keeps instead of the token.
pub(crate) fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Refuses the call unless `actor` holds `permission`.
pub(crate) fn require(actor: &User, permission: Permission) -> Result<()> {
    if actor.can(permission) {
        Ok(())
    } else {
        Err(AppError::Forbidden { permission })
    }
}

fn check_password(password: &str) -> Result<()> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(AppError::invalid(
            "password",
            format!("must be at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    if chars > MAX_PASSWORD_CHARS || password.contains('\0') {
        return Err(AppError::invalid(
            "password",
            format!("must be at most {MAX_PASSWORD_CHARS} characters, without NUL"),
        ));
    }
    Ok(())
}

/// Hashes a password with argon2id on a blocking thread (it is deliberately slow).
async fn hash_password(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| AppError::Internal(format!("hashing a password: {e}")))
    })
    .await
    .map_err(|e| AppError::Internal(format!("password hashing stopped: {e}")))?
}

/// Whether `password` matches the PHC hash, checked on a blocking thread.
async fn verify_password(password: String, hash: String) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash)
            .map_err(|e| AppError::Internal(format!("stored password hash is unreadable: {e}")))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(|e| AppError::Internal(format!("password check stopped: {e}")))?
}

fn username_of(input: &str) -> Result<String> {
    normalise_username(input).map_err(|reason| AppError::invalid("username", reason))
}

impl Hub {
    /// Makes an account. Needs `Administer`; audited `user_added`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`], [`AppError::InvalidInput`] naming `username` (malformed,
    /// reserved or taken), `display_name` or `password` (shorter than 12 characters).
    pub async fn add_user(&self, actor: &User, new: NewUser) -> Result<User> {
        require(actor, Permission::Administer)?;
        let username = username_of(&new.username)?;
        if username == SYSTEM_USERNAME {
            return Err(AppError::invalid(
                "username",
                format!("'{SYSTEM_USERNAME}' is reserved for the command line"),
            ));
        }
        let display_name = new.display_name.trim();
        if display_name.is_empty()
            || display_name.chars().count() > MAX_NAME_CHARS
            || crate::has_control(display_name)
        {
            return Err(AppError::invalid(
                "display_name",
                format!("give a name of 1–{MAX_NAME_CHARS} characters, without control characters"),
            ));
        }
        check_password(&new.password)?;
        let password_hash = hash_password(new.password).await?;
        let user = User {
            id: UserId::new(),
            username,
            display_name: display_name.to_owned(),
            role: new.role,
            disabled: false,
            created_at: self.clock.now(),
            last_login_at: None,
        };
        let stored = self
            .store
            .create_user(
                &NewUserRecord {
                    user,
                    password_hash,
                },
                &actor.username,
            )
            .await?;
        tracing::info!(user = %stored.username, role = %stored.role, by = %actor.username, "user added");
        Ok(stored)
    }

    /// Every account, by username. Needs `Administer`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`], or a store failure.
    pub async fn list_users(&self, actor: &User) -> Result<Vec<User>> {
        require(actor, Permission::Administer)?;
        Ok(self.store.list_users().await?)
    }

    /// Disables or enables an account; disabling ends its sessions and stops its API tokens.
    /// Needs `Administer`; audited `user_disabled` / `user_enabled`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`], [`AppError::NotFound`] for an unknown username,
    /// [`AppError::Conflict`] when an administrator would disable themselves, or the account
    /// is the only enabled administrator.
    pub async fn set_user_disabled(
        &self,
        actor: &User,
        username: &str,
        disabled: bool,
    ) -> Result<User> {
        require(actor, Permission::Administer)?;
        let username = username_of(username)?;
        if disabled && username == actor.username {
            return Err(AppError::Conflict(
                "you cannot disable your own account; ask another administrator".into(),
            ));
        }
        if disabled {
            self.keep_an_administrator(&username).await?;
        }
        Ok(self
            .store
            .change_user(&username, UserChange::Disabled(disabled), &actor.username)
            .await?)
    }

    /// Changes an account's role. Needs `Administer`; audited `role_changed` with from and to.
    ///
    /// # Errors
    /// [`AppError::Forbidden`], [`AppError::NotFound`], [`AppError::Conflict`] when the account
    /// is the only enabled administrator and the new role is not `admin`.
    pub async fn set_role(&self, actor: &User, username: &str, role: Role) -> Result<User> {
        require(actor, Permission::Administer)?;
        let username = username_of(username)?;
        if role != Role::Admin {
            self.keep_an_administrator(&username).await?;
        }
        Ok(self
            .store
            .change_user(&username, UserChange::Role(role), &actor.username)
            .await?)
    }

    /// Refuses to demote or disable `username` when it is the only enabled administrator:
    /// the hub would be left with no one who can manage accounts from the web.
    async fn keep_an_administrator(&self, username: &str) -> Result<()> {
        let users = self.store.list_users().await?;
        let admin = |u: &&User| u.role == Role::Admin && !u.disabled;
        let is_admin = users.iter().filter(admin).any(|u| u.username == username);
        if is_admin && users.iter().filter(admin).count() == 1 {
            return Err(AppError::Conflict(format!(
                "{username} is the only enabled administrator; make another account an \
                 administrator first"
            )));
        }
        Ok(())
    }

    /// Sets a new password and ends the user's sessions (and clears a lockout). Needs
    /// `Administer`; audited `password_reset`.
    ///
    /// # Errors
    /// [`AppError::Forbidden`], [`AppError::NotFound`], [`AppError::InvalidInput`] for a
    /// password shorter than 12 characters.
    pub async fn reset_password(
        &self,
        actor: &User,
        username: &str,
        new_password: &str,
    ) -> Result<()> {
        require(actor, Permission::Administer)?;
        let username = username_of(username)?;
        check_password(new_password)?;
        let hash = hash_password(new_password.to_owned()).await?;
        self.store
            .change_user(&username, UserChange::PasswordHash(hash), &actor.username)
            .await?;
        Ok(())
    }

    /// Signs in. Five failures in a row (by default; see [`crate::WorkflowRules`]) lock the
    /// account for 15 minutes (audited `login_locked_out`); `client` (an address or user
    /// agent) is kept with the session.
    ///
    /// # Errors
    /// [`AppError::Unauthenticated`] for an unknown user, a wrong password or a disabled
    /// account (one message for all); [`AppError::LockedOut`] while locked.
    pub async fn login(&self, username: &str, password: &str, client: &str) -> Result<Session> {
        let now = self.clock.now();
        let record = match normalise_username(username) {
            Ok(name) => self.store.user_record(&name).await?,
            Err(_) => None,
        };
        let Some(record) = record else {
            // As slow as a real check, so timing does not reveal unknown names.
            let _ = hash_password(password.chars().take(MAX_PASSWORD_CHARS).collect()).await;
            return Err(AppError::Unauthenticated);
        };
        if let Some(until) = record.locked_until
            && until > now
        {
            return Err(AppError::LockedOut { until });
        }
        let matches = password.chars().count() <= MAX_PASSWORD_CHARS
            && verify_password(password.to_owned(), record.password_hash.clone()).await?;
        if !matches {
            let lock_until = now
                .checked_add(self.rules.lockout_for)
                .unwrap_or(Timestamp::MAX);
            let locked = self
                .store
                .login_failed(
                    record.user.id,
                    self.rules.lockout_after_failures,
                    lock_until,
                )
                .await?;
            if let Some(until) = locked {
                tracing::warn!(user = %record.user.username, %until, "account locked after failed sign-ins");
                return Err(AppError::LockedOut { until });
            }
            return Err(AppError::Unauthenticated);
        }
        if record.user.disabled {
            return Err(AppError::Unauthenticated);
        }
        let token = random_token()?;
        let csrf_token = random_token()?;
        let expires_at = now
            .checked_add(self.rules.session_idle)
            .unwrap_or(Timestamp::MAX);
        let client: String = client
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_NAME_CHARS * 2)
            .collect();
        self.store
            .login_succeeded(&NewSession {
                token_hash: token_hash(&token),
                user_id: record.user.id,
                csrf_token: csrf_token.clone(),
                client,
                started_at: now,
                expires_at,
            })
            .await?;
        let mut user = record.user;
        user.last_login_at = Some(now);
        Ok(Session {
            token,
            csrf_token,
            user,
            expires_at,
        })
    }

    /// The session a token stands for, extending its idle expiry; `None` when the token is
    /// unknown or expired, or its user disabled.
    ///
    /// # Errors
    /// A store failure.
    pub async fn session(&self, token: &str) -> Result<Option<SessionInfo>> {
        if token.is_empty() || token.len() > 200 {
            return Ok(None);
        }
        let now = self.clock.now();
        let expires = now
            .checked_add(self.rules.session_idle)
            .unwrap_or(Timestamp::MAX);
        let found = self
            .store
            .touch_session(&token_hash(token), now, expires)
            .await?;
        Ok(found.map(|s| SessionInfo {
            user: s.user,
            csrf_token: s.csrf_token,
            expires_at: s.expires_at,
            items_seen: s.items_seen,
            started_at: s.started_at,
        }))
    }

    /// Ends a session (unknown tokens are ignored).
    ///
    /// # Errors
    /// A store failure.
    pub async fn logout(&self, token: &str) -> Result<()> {
        Ok(self.store.end_session(&token_hash(token)).await?)
    }

    /// Counts one more item shown in this session and returns the new count.
    ///
    /// # Errors
    /// [`AppError::Unauthenticated`] for an unknown or expired session.
    pub async fn note_item_seen(&self, token: &str) -> Result<u32> {
        self.store
            .count_item_seen(&token_hash(token), self.clock.now())
            .await?
            .ok_or(AppError::Unauthenticated)
    }

    /// Makes an API token for the actor (acting with the actor's role), shown once; the
    /// store keeps its hash. Tokens start with `ups_`. Audited `api_token_created`.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming `label` (empty or over 100 characters);
    /// [`AppError::Forbidden`] for the system actor, which has no account to attach it to.
    pub async fn create_api_token(&self, actor: &User, label: &str) -> Result<String> {
        if actor.id == UserId::SYSTEM {
            return Err(AppError::Forbidden {
                permission: Permission::Administer,
            });
        }
        let label = label.trim();
        if label.is_empty() || label.chars().count() > MAX_NAME_CHARS || crate::has_control(label) {
            return Err(AppError::invalid(
                "label",
                format!(
                    "give a label of 1–{MAX_NAME_CHARS} characters, without control characters"
                ),
            ));
        }
        let token = format!("{API_TOKEN_PREFIX}{}", random_token()?);
        self.store
            .create_api_token(&token_hash(&token), actor, label, self.clock.now())
            .await?;
        Ok(token)
    }

    /// The (enabled) user an API token belongs to; `None` for an unknown token.
    ///
    /// # Errors
    /// A store failure.
    pub async fn token_user(&self, token: &str) -> Result<Option<User>> {
        if !token.starts_with(API_TOKEN_PREFIX) || token.len() > 200 {
            return Ok(None);
        }
        Ok(self
            .store
            .api_token_user(&token_hash(token), self.clock.now())
            .await?)
    }
}

/// What every API token starts with, so a leaked one is easy to recognise and search for.
pub const API_TOKEN_PREFIX: &str = "ups_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_43_url_safe_characters_and_differ() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }

    #[test]
    fn base64url_matches_the_standard_alphabet_without_padding() {
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(base64url(b"Ma"), "TWE");
    }
}
