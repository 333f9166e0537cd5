//! Referrals: turning a reviewer's decision into what a platform or the police needs, and
//! following it to an outcome.
//!
//! This crate owns the platform registry (`resources/platforms.toml`: each platform's reporting
//! channels, its policy ids, and the map from the taxonomy's categories to those policies), the
//! rules for building a referral from a human decision (never without one; S3/S4 only after a
//! second review), the rendering of DSA Art. 16 notices, terms-of-service reports and police
//! referrals with their evidence manifests, the deadline clocks of each channel, and the DSA
//! Transparency Database vocabulary with a reader for its statement-of-reasons exports.
//!
//! It is pure except in one place: it reads only the files or bytes it is handed and never
//! talks to a platform or a database. The exception is the link re-checker
//! ([`HttpLinkChecker`]), a blocking HTTP GET behind the [`LinkChecker`] trait, which re-checks
//! referred links for removal, geo-blocking or survival; re-uploads are found with the ingest
//! crate's near-duplicate keys ([`find_reuploads`]). Storing referrals and sending notices
//! belong to the crates above it; recognising post URLs lives in `upstander-core`
//! ([`PostRef`]) because ingest and the web need it too.

mod deadline;
mod error;
mod html;
mod notice;
mod outcome;
mod police;
mod recheck;
mod registry;
mod reupload;

pub use deadline::{Clock, Clocks, Milestone, bank_holidays_england_wales, is_working_day};
pub use error::ReferralError;
pub use html::escape as escape_html;
pub use notice::{
    GOOD_FAITH_STATEMENT, HumanDecision, LegalGround, Notice, NoticeItem, NoticeKind, Notifier,
    ReferralRequest, SecondApproval, build_notices,
};
pub use outcome::{
    AutomatedDecision, DecisionAccount, DecisionGround, DecisionMonetary, DecisionProvision,
    DecisionVisibility, HubOutcome, MAX_FIELD_BYTES, MatchedBy, ParsedStatements, RowError,
    SourceType, Statement, StatementCategory, StatementMatch, match_statements,
    parse_statements_csv, parse_statements_json, read_statements_csv,
};
pub use police::{
    CustodyRecord, EvidenceManifest, EvidencePart, EvidenceRole, ManifestEntry, PoliceReferral,
    PoliceReferralInput, police_strand,
};
pub use recheck::{
    HttpLinkChecker, LinkCheck, LinkChecker, LinkCheckerConfig, LinkStatus, Markers, classify,
};
pub use registry::{
    Channel, ChannelConfig, ChannelKind, DeadlineConfig, DeadlineRule, EMBEDDED_PLATFORMS,
    PlatformConfig, PlatformEntry, Policy, PolicyConfig, Registry, RegistryConfig,
};
pub use reupload::{Candidate, CopyKind, Reupload, find_reuploads};

/// Re-exported so callers can name the recogniser's types through this crate.
pub use upstander_core::{ContentKind, PostRef, PostUrlError};
