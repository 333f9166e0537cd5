//! UUIDv7 identifiers: time-ordered, so ids sort roughly by creation and index well.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An id string that is not a UUID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{input}' is not a valid id (expected a UUID such as 0190f5a2-6b1c-7c3d-8e4f-0123456789ab)"
)]
pub struct IdParseError {
    input: String,
}

macro_rules! uuid_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(uuid::Uuid);

        impl $name {
            /// A fresh, time-ordered id.
            #[must_use]
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7())
            }

            /// Wraps an existing UUID (as read back from a store).
            #[must_use]
            pub const fn from_uuid(uuid: uuid::Uuid) -> Self {
                Self(uuid)
            }

            /// The underlying UUID.
            #[must_use]
            pub const fn as_uuid(&self) -> uuid::Uuid {
                self.0
            }

            /// Parses the hyphenated (or simple) text form.
            ///
            /// # Errors
            /// Returns [`IdParseError`] when `input` is not a UUID.
            pub fn parse(input: &str) -> Result<Self, IdParseError> {
                uuid::Uuid::parse_str(input.trim())
                    .map(Self)
                    .map_err(|_| IdParseError { input: input.chars().take(80).collect() })
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = IdParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
    };
}

uuid_id!(
    /// Identifies one stored post (one copy, as it arrived).
    PostId
);
uuid_id!(
    /// Identifies one queue item: a group of identical or near-identical posts.
    ItemId
);
uuid_id!(
    /// Identifies one reviewer decision.
    DecisionId
);
uuid_id!(
    /// Identifies one user account.
    UserId
);
uuid_id!(
    /// Identifies one public report.
    ReportId
);
uuid_id!(
    /// Identifies one referral: a notice to a platform or a hand-off to the police.
    ReferralId
);

impl UserId {
    /// The all-zero id, which no stored account has: the command line's system actor.
    pub const SYSTEM: UserId = UserId(uuid::Uuid::nil());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_round_trips_through_its_text_form() {
        let id = ItemId::new();
        assert_eq!(ItemId::parse(&id.to_string()), Ok(id));
    }

    #[test]
    fn a_malformed_id_is_rejected_with_the_input_in_the_message() {
        let err = PostId::parse("not-an-id").unwrap_err();
        assert!(err.to_string().contains("not-an-id"));
    }
}
