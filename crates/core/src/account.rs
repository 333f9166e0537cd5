//! People who work in the hub: their roles, what each role may do, and user accounts.
//!
//! [`Role::can`] is the permission matrix and the only place it is written in code;
//! `docs/permissions.md` shows the same table, and a test holds the two together.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{UnknownValue, UserId};

/// What a person does in the hub; each account has exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the hub: accounts, roles and everything a supervisor may do.
    Admin,
    /// Checks serious calls (second review) and sees reporters' identities.
    Supervisor,
    /// A trained reviewer who decides, refers and exports.
    Analyst,
    /// A trained volunteer who reviews and decides; serious calls need a second review.
    Volunteer,
    /// Police contact: reads the queue, refers and exports, never decides.
    PoliceLiaison,
}

impl Role {
    /// All roles, most powerful first.
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Supervisor,
        Role::Analyst,
        Role::Volunteer,
        Role::PoliceLiaison,
    ];

    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Supervisor => "supervisor",
            Role::Analyst => "analyst",
            Role::Volunteer => "volunteer",
            Role::PoliceLiaison => "police_liaison",
        }
    }

    /// Parses the snake-case name (hyphens and spaces accepted, any case).
    ///
    /// # Errors
    /// Returns [`UnknownValue`] for any other text.
    pub fn parse(input: &str) -> Result<Self, UnknownValue> {
        let norm = input.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == norm)
            .ok_or_else(|| {
                UnknownValue::new(
                    "role",
                    input,
                    "admin, supervisor, analyst, volunteer, police_liaison",
                )
            })
    }

    /// Whether this role holds `permission`: the permission matrix.
    ///
    /// Volunteers may decide, but a decision at S3 or S4 that asks for action waits for a
    /// second review by a supervisor or admin before anything leaves the hub; that rule is
    /// [`crate::needs_second_review`], not a permission.
    #[must_use]
    pub const fn can(self, permission: Permission) -> bool {
        use Permission as P;
        match self {
            Role::Admin => true,
            Role::Supervisor => !matches!(permission, P::Administer),
            Role::Analyst => matches!(
                permission,
                P::ViewQueue
                    | P::Decide
                    | P::Refer
                    | P::Export
                    | P::ViewAudit
                    | P::ViewReporterIdentity
            ),
            Role::Volunteer => matches!(permission, P::ViewQueue | P::Decide),
            Role::PoliceLiaison => matches!(
                permission,
                P::ViewQueue | P::Refer | P::Export | P::ViewReporterIdentity
            ),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something a role may or may not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// See the review queue and items (never reporters' identities).
    ViewQueue,
    /// Claim items and record decisions, notes and reopenings.
    Decide,
    /// Approve or send back another person's S3/S4 decision.
    SecondReview,
    /// See who reported an item (every view is audited).
    ViewReporterIdentity,
    /// Refer a decided item to a platform or the police.
    Refer,
    /// Take data out of the hub (every export is audited).
    Export,
    /// Manage accounts and roles, and the hub's settings.
    Administer,
    /// Read and verify the audit log.
    ViewAudit,
}

impl Permission {
    /// All permissions, in the order the matrix lists them.
    pub const ALL: [Permission; 8] = [
        Permission::ViewQueue,
        Permission::Decide,
        Permission::SecondReview,
        Permission::ViewReporterIdentity,
        Permission::Refer,
        Permission::Export,
        Permission::Administer,
        Permission::ViewAudit,
    ];

    /// The snake-case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Permission::ViewQueue => "view_queue",
            Permission::Decide => "decide",
            Permission::SecondReview => "second_review",
            Permission::ViewReporterIdentity => "view_reporter_identity",
            Permission::Refer => "refer",
            Permission::Export => "export",
            Permission::Administer => "administer",
            Permission::ViewAudit => "view_audit",
        }
    }

    /// Parses the snake-case name.
    ///
    /// # Errors
    /// Returns [`UnknownValue`] for any other text.
    pub fn parse(input: &str) -> Result<Self, UnknownValue> {
        let norm = input.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == norm)
            .ok_or_else(|| {
                UnknownValue::new(
                    "permission",
                    input,
                    "view_queue, decide, second_review, view_reporter_identity, refer, export, \
                     administer, view_audit",
                )
            })
    }
}

impl fmt::Display for Permission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's account, without its secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// Its id.
    pub id: UserId,
    /// The login name: unique, lower case.
    pub username: String,
    /// The name shown to colleagues.
    pub display_name: String,
    /// What the person may do.
    pub role: Role,
    /// A disabled account cannot sign in, and its sessions and tokens stop working.
    pub disabled: bool,
    /// When the account was made.
    pub created_at: Timestamp,
    /// The last successful sign-in, if any.
    pub last_login_at: Option<Timestamp>,
}

impl User {
    /// Whether this user's role holds `permission` (a disabled user holds none).
    #[must_use]
    pub fn can(&self, permission: Permission) -> bool {
        !self.disabled && self.role.can(permission)
    }
}

/// Longest username, in characters.
pub const MAX_USERNAME_CHARS: usize = 64;

/// Checks a username and returns it in its stored form (trimmed, lower case).
///
/// # Errors
/// A message saying what is wrong: empty, too long, or characters other than ASCII letters,
/// digits, `.`, `_` and `-` (names appear in the audit log and in URLs, so they stay plain).
pub fn normalise_username(input: &str) -> Result<String, String> {
    let name = input.trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err("must not be empty".into());
    }
    if name.chars().count() > MAX_USERNAME_CHARS {
        return Err(format!("must be at most {MAX_USERNAME_CHARS} characters"));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "may contain only letters a-z, digits, '.', '_' and '-' (found {bad:?})"
        ));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err("must start with a letter or digit".into());
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_permissions_parse_from_their_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert_eq!(Role::parse("Police-Liaison"), Ok(Role::PoliceLiaison));
        assert!(Role::parse("root").is_err());
        for permission in Permission::ALL {
            assert_eq!(Permission::parse(permission.as_str()), Ok(permission));
        }
    }

    #[test]
    fn only_an_admin_administers_and_a_volunteer_never_sees_identities() {
        for role in Role::ALL {
            assert_eq!(role.can(Permission::Administer), role == Role::Admin);
        }
        assert!(!Role::Volunteer.can(Permission::ViewReporterIdentity));
        assert!(!Role::PoliceLiaison.can(Permission::Decide));
        assert!(Role::Supervisor.can(Permission::SecondReview));
        assert!(!Role::Analyst.can(Permission::SecondReview));
    }

    #[test]
    fn a_disabled_user_holds_no_permission() {
        let user = User {
            id: UserId::new(),
            username: "amina".into(),
            display_name: "Amina".into(),
            role: Role::Admin,
            disabled: true,
            created_at: Timestamp::UNIX_EPOCH,
            last_login_at: None,
        };
        assert!(Permission::ALL.iter().all(|p| !user.can(*p)));
    }

    #[test]
    fn usernames_are_lower_cased_and_plain() {
        assert_eq!(normalise_username("  Amina.K "), Ok("amina.k".to_owned()));
        assert!(normalise_username("").is_err());
        assert!(normalise_username("a b").is_err());
        assert!(normalise_username("-x").is_err());
        assert!(normalise_username(&"a".repeat(65)).is_err());
    }
}
