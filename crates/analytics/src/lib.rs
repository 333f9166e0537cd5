//! Analytics: turning the hub's record into evidence of what platforms cost civil society.
//!
//! This crate owns the burden bill (per platform: items reported, staff and volunteer time and
//! its cost, median time to action, removal rate, overdue referrals, re-uploads, with SVG
//! charts and a printable invoice per platform), the DSA Art. 22(3) trusted-flagger report and
//! the hub's own transparency report, each as data, CSV and printable HTML.
//!
//! It is pure: every function takes plain records ([`ReferralRecord`], [`DecisionRecord`])
//! and returns values or strings. It never reads a database, a file or the network, and has no
//! async runtime; the app crate loads the records and the CLI or web layer writes the output.
//! Money is integer minor units and rates are tenths of a percent, so the same records always
//! print the same figures and the invoices add up to the total.

mod accountability;
mod burden;
mod chart;
mod csv_out;
mod error;
mod html;
mod numbers;
mod record;

pub use accountability::{
    Counts, NoticeCount, TransparencyReport, TrustedFlaggerReport, transparency_report,
    trusted_flagger_report,
};
pub use burden::{Bucket, BurdenReport, PlatformBurden, RoleTime, burden};
pub use chart::{Bar, bar_chart};
pub use error::AnalyticsError;
pub use html::escape;
pub use numbers::{
    Minor, cost_minor, format_duration, format_hours, format_permille, median, permille,
};
pub use record::{
    AppealOutcome, DecisionRecord, RatesConfig, ReferralRecord, Step, Window, WorkEntry,
};
