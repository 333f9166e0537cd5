//! Outcomes in the DSA Transparency Database's words, and a reader for its statements of reasons.
//!
//! The enums below use the Transparency Database's own value names (schema aligned with
//! Implementing Regulation (EU) 2024/2835, mandatory since 1 July 2025; the older category
//! names still found in earlier dumps are accepted too), so a platform's statement can be read
//! straight into the hub's record and matched back to the referral it answers, by the post's
//! URL or by the platform's own id (`puid`).
//!
//! The readers never stop at a bad row: each bad row becomes a [`RowError`] with its line, the
//! field and the reason, and the good rows are kept.

use std::collections::HashMap;
use std::fmt;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use upstander_core::{Platform, PostRef, UrlRecogniser};
use upstander_ingest::csv_rows::{RawRow, RawRows, split_fields};

use crate::ReferralError;

/// The longest field the readers accept, in bytes. The schema's longest field
/// (`decision_facts`) allows 5,000 characters; anything far beyond that is hostile or broken.
pub const MAX_FIELD_BYTES: usize = 20_000;

macro_rules! tdb_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value, in the schema's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The schema's name for the value.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// Parses the schema's name (surrounding spaces ignored).
            ///
            /// # Errors
            /// A message naming the value and listing the allowed ones.
            pub fn parse(text: &str) -> Result<Self, String> {
                match text.trim() {
                    $( $text => Ok($name::$variant), )+
                    other => Err(format!(
                        "'{}' is not a {} (expected one of: {})",
                        other.chars().take(80).collect::<String>(),
                        $what,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

tdb_enum! {
    /// Whether the platform acted because the content is illegal or because it breaks its terms.
    DecisionGround, "decision ground" {
        /// Illegal content.
        Illegal => "DECISION_GROUND_ILLEGAL_CONTENT",
        /// Incompatible with the terms and conditions.
        Incompatible => "DECISION_GROUND_INCOMPATIBLE_CONTENT",
    }
}

tdb_enum! {
    /// What happened to the content's visibility.
    DecisionVisibility, "visibility decision" {
        /// Removed.
        Removed => "DECISION_VISIBILITY_CONTENT_REMOVED",
        /// Access disabled (often geo-blocked).
        Disabled => "DECISION_VISIBILITY_CONTENT_DISABLED",
        /// Demoted.
        Demoted => "DECISION_VISIBILITY_CONTENT_DEMOTED",
        /// Age-restricted.
        AgeRestricted => "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
        /// Interaction restricted.
        InteractionRestricted => "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
        /// Labelled.
        Labelled => "DECISION_VISIBILITY_CONTENT_LABELLED",
        /// Something else (described in `decision_visibility_other`).
        Other => "DECISION_VISIBILITY_OTHER",
    }
}

tdb_enum! {
    /// What happened to the account.
    DecisionAccount, "account decision" {
        /// Suspended.
        Suspended => "DECISION_ACCOUNT_SUSPENDED",
        /// Terminated.
        Terminated => "DECISION_ACCOUNT_TERMINATED",
    }
}

tdb_enum! {
    /// Restrictions on monetary payments.
    DecisionMonetary, "monetary decision" {
        /// Payments suspended.
        Suspension => "DECISION_MONETARY_SUSPENSION",
        /// Payments terminated.
        Termination => "DECISION_MONETARY_TERMINATION",
        /// Something else.
        Other => "DECISION_MONETARY_OTHER",
    }
}

tdb_enum! {
    /// Restrictions on the provision of the service.
    DecisionProvision, "provision decision" {
        /// Partly suspended.
        PartialSuspension => "DECISION_PROVISION_PARTIAL_SUSPENSION",
        /// Wholly suspended.
        TotalSuspension => "DECISION_PROVISION_TOTAL_SUSPENSION",
        /// Partly terminated.
        PartialTermination => "DECISION_PROVISION_PARTIAL_TERMINATION",
        /// Wholly terminated.
        TotalTermination => "DECISION_PROVISION_TOTAL_TERMINATION",
    }
}

tdb_enum! {
    /// What prompted the decision.
    SourceType, "source type" {
        /// A DSA Art. 16 notice.
        Article16 => "SOURCE_ARTICLE_16",
        /// A trusted flagger's notice.
        TrustedFlagger => "SOURCE_TRUSTED_FLAGGER",
        /// Another kind of notification.
        OtherNotification => "SOURCE_TYPE_OTHER_NOTIFICATION",
        /// The platform's own initiative.
        Voluntary => "SOURCE_VOLUNTARY",
    }
}

tdb_enum! {
    /// How automated the decision was.
    AutomatedDecision, "automated decision value" {
        /// Fully automated.
        Fully => "AUTOMATED_DECISION_FULLY",
        /// Partly automated.
        Partially => "AUTOMATED_DECISION_PARTIALLY",
        /// Not automated.
        NotAutomated => "AUTOMATED_DECISION_NOT_AUTOMATED",
    }
}

tdb_enum! {
    /// The statement's category (current schema, then names found only in older dumps).
    StatementCategory, "statement category" {
        /// Animal welfare.
        AnimalWelfare => "STATEMENT_CATEGORY_ANIMAL_WELFARE",
        /// Consumer information.
        ConsumerInformation => "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
        /// Cyber violence.
        CyberViolence => "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        /// Cyber violence against women.
        CyberViolenceAgainstWomen => "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
        /// Data protection and privacy.
        DataProtectionAndPrivacyViolations => "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        /// Illegal or harmful speech (hate speech is here).
        IllegalOrHarmfulSpeech => "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        /// Intellectual property.
        IntellectualPropertyInfringements => "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        /// Civic discourse or elections.
        NegativeEffectsOnCivicDiscourseOrElections => "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        /// Not specified in the notice.
        NotSpecifiedNotice => "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
        /// Other terms-and-conditions violation.
        OtherViolationTc => "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        /// Protection of minors.
        ProtectionOfMinors => "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        /// Risk for public security (terrorist content is here).
        RiskForPublicSecurity => "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        /// Scams and fraud.
        ScamsAndFraud => "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        /// Self-harm.
        SelfHarm => "STATEMENT_CATEGORY_SELF_HARM",
        /// Unsafe and prohibited products.
        UnsafeAndProhibitedProducts => "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
        /// Violence.
        Violence => "STATEMENT_CATEGORY_VIOLENCE",
        /// Older schema: discrimination and hate speech.
        LegacyDiscrimination => "STATEMENT_CATEGORY_DISCRIMINATION",
        /// Older schema: terrorism.
        LegacyTerrorism => "STATEMENT_CATEGORY_TERRORISM",
        /// Older schema: non-consensual behaviour.
        LegacyNonConsensualBehaviour => "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR",
        /// Older schema: pornography or sexualised content.
        LegacyPornographyOrSexualizedContent => "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
        /// Older schema: scope of platform service.
        LegacyScopeOfPlatformService => "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
        /// Older schema: unsafe and illegal products.
        LegacyUnsafeAndIllegalProducts => "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
    }
}

tdb_enum! {
    /// The hub's own outcome for a referral (taxonomy `tracking.hub_outcomes`): what the
    /// burden and accountability reports count.
    HubOutcome, "referral outcome" {
        /// The referral was withdrawn or needed no action.
        NoActionNeeded => "no_action_needed",
        /// The platform decided not to act.
        RejectedByPlatform => "rejected_by_platform",
        /// The content was removed.
        Removed => "removed",
        /// Access was disabled in some places (usually the EU or the UK).
        GeoRestricted => "geo_restricted",
        /// The content stayed up with reduced reach, a label, an age gate or limited interaction.
        LabelledOrDemoted => "labelled_or_demoted",
        /// Only the account was restricted.
        AccountActioned => "account_actioned",
        /// The platform did not answer before the channel's deadline.
        NoResponsePastDeadline => "no_response_past_deadline",
        /// Removed, then put back after the author appealed.
        ReinstatedAfterAppeal => "reinstated_after_appeal",
    }
}

/// One statement of reasons, with the fields the hub uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The database's id for the statement, if the export has it.
    pub uuid: Option<String>,
    /// Visibility restrictions (may be empty when another decision field is set).
    pub decision_visibility: Vec<DecisionVisibility>,
    /// Monetary restriction.
    pub decision_monetary: Option<DecisionMonetary>,
    /// Service restriction.
    pub decision_provision: Option<DecisionProvision>,
    /// Account restriction.
    pub decision_account: Option<DecisionAccount>,
    /// Illegal or incompatible.
    pub decision_ground: DecisionGround,
    /// The legal ground, for illegal-content decisions.
    pub illegal_content_legal_ground: Option<String>,
    /// The terms ground, for incompatible-content decisions.
    pub incompatible_content_ground: Option<String>,
    /// The category.
    pub category: StatementCategory,
    /// What prompted it.
    pub source_type: SourceType,
    /// Whether the content was found by automated means.
    pub automated_detection: bool,
    /// How automated the decision was.
    pub automated_decision: AutomatedDecision,
    /// The platform as the database names it ("X", "YouTube").
    pub platform_name: String,
    /// The platform's own id for the content (`puid`, `platform_uid` in some exports).
    pub puid: String,
    /// The optional content id (e.g. an EAN-13 for products).
    pub content_id: Option<String>,
    /// A link to the content; not in the database's schema, but present in files the hub or
    /// researchers enrich, and the most reliable key when it is there.
    pub url: Option<String>,
    /// When the content was posted.
    pub content_date: Option<Date>,
    /// When the decision took effect.
    pub application_date: Option<Date>,
    /// When the statement was filed with the database.
    pub created_at: Option<Timestamp>,
}

impl Statement {
    /// The platform, where the database's name is one Upstander knows.
    #[must_use]
    pub fn platform(&self) -> Option<Platform> {
        Platform::parse(&self.platform_name)
            .ok()
            .filter(|p| !matches!(p, Platform::Web | Platform::Report | Platform::Other))
    }

    /// The hub outcome the statement records: the strongest restriction on the content, else
    /// the account action.
    #[must_use]
    pub fn hub_outcome(&self) -> HubOutcome {
        let has = |v: DecisionVisibility| self.decision_visibility.contains(&v);
        if has(DecisionVisibility::Removed) {
            HubOutcome::Removed
        } else if has(DecisionVisibility::Disabled) {
            HubOutcome::GeoRestricted
        } else if !self.decision_visibility.is_empty() {
            HubOutcome::LabelledOrDemoted
        } else {
            HubOutcome::AccountActioned
        }
    }

    /// Whether the content was removed or had access to it disabled.
    #[must_use]
    pub fn content_taken_down(&self) -> bool {
        self.decision_visibility.iter().any(|v| {
            matches!(
                v,
                DecisionVisibility::Removed | DecisionVisibility::Disabled
            )
        })
    }
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowError {
    /// The 1-based record number (data rows, header not counted).
    pub record: u64,
    /// The 1-based line the record starts on, when known (JSON arrays do not say).
    pub line: Option<u64>,
    /// The field at fault; `None` when the row as a whole is broken.
    pub field: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}")?,
            None => write!(f, "record {}", self.record)?,
        }
        if let Some(field) = &self.field {
            write!(f, ", field '{field}'")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// What a reader got out of a file: the good statements and one error per bad row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedStatements {
    /// Statements in file order.
    pub statements: Vec<Statement>,
    /// Bad rows in file order.
    pub errors: Vec<RowError>,
}

// ------------------------------------------------------------------------------ field access

/// One row, from either reader, seen as named fields.
enum Row<'a> {
    Csv {
        headers: &'a HashMap<String, usize>,
        record: &'a csv::ByteRecord,
    },
    Json(&'a serde_json::Map<String, Value>),
}

type FieldResult<T> = Result<T, (String, String)>;

fn field_err<T>(field: &str, reason: impl Into<String>) -> FieldResult<T> {
    Err((field.to_owned(), reason.into()))
}

impl Row<'_> {
    /// The field's text; `None` when absent or blank.
    fn text(&self, field: &str) -> FieldResult<Option<String>> {
        let text = match self {
            Row::Csv { headers, record } => {
                let Some(bytes) = headers.get(field).and_then(|i| record.get(*i)) else {
                    return Ok(None);
                };
                if bytes.len() > MAX_FIELD_BYTES {
                    return field_err(
                        field,
                        format!(
                            "is {} bytes long; the limit is {MAX_FIELD_BYTES}",
                            bytes.len()
                        ),
                    );
                }
                match std::str::from_utf8(bytes) {
                    Ok(s) => s.to_owned(),
                    Err(e) => {
                        return field_err(
                            field,
                            format!("is not UTF-8 (invalid byte at offset {})", e.valid_up_to()),
                        );
                    }
                }
            }
            Row::Json(map) => match map.get(field) {
                None | Some(Value::Null) => return Ok(None),
                Some(Value::String(s)) => s.clone(),
                Some(Value::Bool(b)) => b.to_string(),
                Some(Value::Number(n)) => n.to_string(),
                Some(other @ (Value::Array(_) | Value::Object(_))) => other.to_string(),
            },
        };
        if text.len() > MAX_FIELD_BYTES {
            return field_err(
                field,
                format!(
                    "is {} bytes long; the limit is {MAX_FIELD_BYTES}",
                    text.len()
                ),
            );
        }
        let trimmed = text.trim();
        Ok((!trimmed.is_empty()).then(|| trimmed.to_owned()))
    }

    fn required(&self, field: &str) -> FieldResult<String> {
        self.text(field)?
            .map_or_else(|| field_err(field, "is missing or empty"), Ok)
    }

    /// A list field: a JSON array, or (in CSV) a JSON array in text or comma-separated names.
    fn list(&self, field: &str) -> FieldResult<Vec<String>> {
        if let Row::Json(map) = self
            && let Some(Value::Array(items)) = map.get(field)
        {
            return items
                .iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s.trim().to_owned()),
                    other => field_err(
                        field,
                        format!(
                            "holds {}, which is not a string",
                            shorten(&other.to_string())
                        ),
                    ),
                })
                .collect();
        }
        let Some(text) = self.text(field)? else {
            return Ok(Vec::new());
        };
        if text.starts_with('[') {
            return serde_json::from_str::<Vec<String>>(&text)
                .map(|v| v.into_iter().map(|s| s.trim().to_owned()).collect())
                .or_else(|e| field_err(field, format!("is not a list of names: {e}")));
        }
        Ok(text
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect())
    }

    fn parse_with<T>(
        &self,
        field: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> FieldResult<Option<T>> {
        match self.text(field)? {
            None => Ok(None),
            Some(text) => parse(&text).map(Some).or_else(|e| field_err(field, e)),
        }
    }
}

fn parse_date(text: &str) -> Result<Date, String> {
    // Dumps write plain dates, some with a midnight time after them.
    let day = text.get(..10).unwrap_or(text);
    let rest = text.get(10..).unwrap_or("");
    if !(rest.is_empty() || rest.starts_with([' ', 'T'])) {
        return Err(format!("'{}' is not a date (YYYY-MM-DD)", shorten(text)));
    }
    day.parse::<Date>()
        .map_err(|_| format!("'{}' is not a date (YYYY-MM-DD)", shorten(text)))
}

fn parse_timestamp(text: &str) -> Result<Timestamp, String> {
    if let Ok(ts) = text.parse::<Timestamp>() {
        return Ok(ts);
    }
    // "2025-07-01 12:00:00" without an offset: the database records UTC.
    text.replacen(' ', "T", 1)
        .parse::<DateTime>()
        .ok()
        .and_then(|dt| jiff::tz::Offset::UTC.to_timestamp(dt).ok())
        .ok_or_else(|| format!("'{}' is not a timestamp", shorten(text)))
}

fn parse_yes_no(text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" => Ok(true),
        "no" | "false" | "0" => Ok(false),
        _ => Err(format!("'{}' is not Yes or No", shorten(text))),
    }
}

fn shorten(text: &str) -> String {
    text.chars().take(80).collect()
}

fn is_puid(text: &str) -> bool {
    text.len() <= 500
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Turns one row into a statement, or the first field that is wrong.
fn statement_from(row: &Row<'_>) -> FieldResult<Statement> {
    let decision_visibility = row
        .list("decision_visibility")?
        .iter()
        .map(|v| DecisionVisibility::parse(v))
        .collect::<Result<Vec<_>, _>>()
        .or_else(|e| field_err("decision_visibility", e))?;
    let decision_monetary = row.parse_with("decision_monetary", DecisionMonetary::parse)?;
    let decision_provision = row.parse_with("decision_provision", DecisionProvision::parse)?;
    let decision_account = row.parse_with("decision_account", DecisionAccount::parse)?;
    if decision_visibility.is_empty()
        && decision_monetary.is_none()
        && decision_provision.is_none()
        && decision_account.is_none()
    {
        return field_err(
            "decision_visibility",
            "no decision: one of decision_visibility, decision_monetary, decision_provision or \
             decision_account must be given",
        );
    }
    let decision_ground = DecisionGround::parse(&row.required("decision_ground")?)
        .or_else(|e| field_err("decision_ground", e))?;
    let illegal_content_legal_ground = row.text("illegal_content_legal_ground")?;
    let incompatible_content_ground = row.text("incompatible_content_ground")?;
    let category = StatementCategory::parse(&row.required("category")?)
        .or_else(|e| field_err("category", e))?;
    let source_type = SourceType::parse(&row.required("source_type")?)
        .or_else(|e| field_err("source_type", e))?;
    let automated_detection = parse_yes_no(&row.required("automated_detection")?)
        .or_else(|e| field_err("automated_detection", e))?;
    let automated_decision = AutomatedDecision::parse(&row.required("automated_decision")?)
        .or_else(|e| field_err("automated_decision", e))?;
    let platform_name = row.required("platform_name")?;
    let (puid_field, puid) = match row.text("puid")? {
        Some(p) => ("puid", p),
        None => (
            "platform_uid",
            row.required("platform_uid").or_else(|_| {
                field_err("puid", "is missing or empty (also looked for platform_uid)")
            })?,
        ),
    };
    if !is_puid(&puid) {
        return field_err(
            puid_field,
            "may hold only letters, digits, '-' and '_' (at most 500)",
        );
    }
    Ok(Statement {
        uuid: row.text("uuid")?,
        decision_visibility,
        decision_monetary,
        decision_provision,
        decision_account,
        decision_ground,
        illegal_content_legal_ground,
        incompatible_content_ground,
        category,
        source_type,
        automated_detection,
        automated_decision,
        platform_name,
        puid,
        content_id: row.text("content_id")?,
        url: row.text("url")?,
        content_date: row.parse_with("content_date", parse_date)?,
        application_date: row.parse_with("application_date", parse_date)?,
        created_at: row.parse_with("created_at", parse_timestamp)?,
    })
}

// ------------------------------------------------------------------------------ readers

/// The longest CSV row read, in bytes. Real statements are a few kilobytes; the limit is what
/// stops a quote left open from running on through the rest of a file.
pub const MAX_STATEMENT_ROW_BYTES: usize = 1 << 20;

/// Columns a file must have for any row to be readable.
const REQUIRED_COLUMNS: [&str; 6] = [
    "decision_ground",
    "category",
    "source_type",
    "automated_detection",
    "automated_decision",
    "platform_name",
];

/// Reads a Transparency Database CSV export (header row first) held in memory.
///
/// # Errors
/// [`ReferralError::Statements`] only when the file cannot be read at all: no header, a header
/// that is not UTF-8, or a required column missing. Bad rows are reported in the result.
pub fn parse_statements_csv(bytes: &[u8]) -> Result<ParsedStatements, ReferralError> {
    let mut out = ParsedStatements::default();
    read_statements_csv(bytes, |row| match row {
        Ok(statement) => out.statements.push(statement),
        Err(error) => out.errors.push(error),
    })?;
    Ok(out)
}

/// Streams a Transparency Database CSV export, handing each row to `each` as it is read, so a
/// daily dump of millions of statements never has to fit in memory. Returns the number of rows.
///
/// # Errors
/// [`ReferralError::Statements`] when the header is missing, not UTF-8 or lacks a required
/// column, or when `input` itself fails to read. Bad rows go to `each` and reading goes on.
pub fn read_statements_csv<R: std::io::Read>(
    input: R,
    mut each: impl FnMut(Result<Statement, RowError>),
) -> Result<u64, ReferralError> {
    // Rows are split by the ingest crate's CSV row finder, so a quote left open in one row is
    // rejected at its line instead of swallowing every row after it.
    let mut rows = RawRows::new(std::io::BufReader::new(input), MAX_STATEMENT_ROW_BYTES);
    let header = match rows.next() {
        None => {
            return Err(ReferralError::Statements(
                "the file is empty or has no header row".to_owned(),
            ));
        }
        Some(RawRow::Row { bytes, .. }) => csv::ByteRecord::from(split_fields(&bytes)),
        Some(RawRow::TooLong { len, .. }) => {
            return Err(ReferralError::Statements(format!(
                "cannot read the header row: it is {len} bytes, over the limit of \
                     {MAX_STATEMENT_ROW_BYTES} bytes"
            )));
        }
        Some(RawRow::UnclosedQuote { line, .. }) => {
            return Err(ReferralError::Statements(format!(
                "cannot read the header row: line {line}: unclosed quote opened here"
            )));
        }
        Some(RawRow::Failed { error, .. }) => {
            return Err(ReferralError::Statements(format!(
                "cannot read the header row: {error}"
            )));
        }
    };
    if header.is_empty() || header.iter().all(<[u8]>::is_empty) {
        return Err(ReferralError::Statements(
            "the file is empty or has no header row".to_owned(),
        ));
    }
    let mut headers = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = std::str::from_utf8(name).map_err(|_| {
            ReferralError::Statements(format!("header column {} is not UTF-8", i + 1))
        })?;
        // Spreadsheet exports start with a byte-order mark; it is not part of the name.
        let name = name.trim_start_matches('\u{feff}').trim();
        headers.entry(name.to_owned()).or_insert(i);
    }
    let mut missing: Vec<&str> = REQUIRED_COLUMNS
        .iter()
        .copied()
        .filter(|c| !headers.contains_key(*c))
        .collect();
    if !headers.contains_key("puid") && !headers.contains_key("platform_uid") {
        missing.push("puid");
    }
    if !missing.is_empty() {
        return Err(ReferralError::Statements(format!(
            "the header lacks required column(s): {}",
            missing.join(", ")
        )));
    }
    let mut number = 0_u64;
    for row in rows {
        let (line, bytes) = match row {
            RawRow::Row { line, bytes } => (line, bytes),
            RawRow::Failed { line, error } => {
                return Err(ReferralError::Statements(format!(
                    "reading stopped at line {line}: {error}"
                )));
            }
            RawRow::TooLong { line, len } => {
                number += 1;
                each(Err(RowError {
                    record: number,
                    line: Some(line),
                    field: None,
                    reason: format!(
                        "row is {len} bytes, over the limit of {MAX_STATEMENT_ROW_BYTES} bytes"
                    ),
                }));
                continue;
            }
            RawRow::UnclosedQuote { line, over_limit } => {
                number += 1;
                each(Err(RowError {
                    record: number,
                    line: Some(line),
                    field: None,
                    reason: RawRow::unclosed_reason(line, over_limit, MAX_STATEMENT_ROW_BYTES),
                }));
                continue;
            }
        };
        let record = csv::ByteRecord::from(split_fields(&bytes));
        number += 1;
        if record.len() != header.len() {
            each(Err(RowError {
                record: number,
                line: Some(line),
                field: None,
                reason: format!(
                    "has {} fields but the header has {}",
                    record.len(),
                    header.len()
                ),
            }));
            continue;
        }
        let row = Row::Csv {
            headers: &headers,
            record: &record,
        };
        each(statement_from(&row).map_err(|(field, reason)| RowError {
            record: number,
            line: Some(line),
            field: Some(field),
            reason,
        }));
    }
    Ok(number)
}

/// Reads statements as JSON lines (one object per line) or as one JSON array of objects (also
/// inside an object's `data` field, as the database's API returns them).
///
/// # Errors
/// [`ReferralError::Statements`] when a document that starts as an array is not valid JSON as
/// a whole; lines of a JSON-lines file fail one by one instead.
pub fn parse_statements_json(bytes: &[u8]) -> Result<ParsedStatements, ReferralError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let mut out = ParsedStatements::default();
    let whole = if first == Some(b'[') || starts_with_data_key(bytes) {
        // An array, or the API's `{"data": …}` wrapper (on one line or many): the shape is
        // decided by the JSON value, so it must parse whole.
        let what = if first == Some(b'[') {
            ""
        } else {
            " (read as a {\"data\": [...]} wrapper)"
        };
        Some(serde_json::from_slice::<Value>(bytes).map_err(|e| {
            ReferralError::Statements(format!(
                "not valid JSON at line {}, column {}{what}: {e}",
                e.line(),
                e.column()
            ))
        })?)
    } else if looks_like_single_document(bytes) {
        // A pretty-printed object; if it does not parse whole, it may be JSON lines whose
        // first line is broken, so fall through and read it line by line.
        serde_json::from_slice::<Value>(bytes).ok()
    } else {
        None
    };
    if let Some(document) = whole {
        let items = match document {
            Value::Array(items) => items,
            Value::Object(mut map) => match map.remove("data") {
                Some(Value::Array(items)) => items,
                Some(item @ Value::Object(_)) => vec![item],
                Some(other) => {
                    return Err(ReferralError::Statements(format!(
                        "the {{\"data\": ...}} wrapper was not understood: expected an array \
                         of statements or one statement object, found {}",
                        upstander_ingest::json_kind(&other)
                    )));
                }
                None => vec![Value::Object(map)],
            },
            _ => Vec::new(),
        };
        for (i, item) in items.iter().enumerate() {
            let record = u64::try_from(i).unwrap_or(u64::MAX).saturating_add(1);
            push_json(&mut out, item, record, None);
        }
        return Ok(out);
    }
    let mut record = 0_u64;
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let line_no = u64::try_from(i).unwrap_or(u64::MAX).saturating_add(1);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        record += 1;
        match serde_json::from_slice::<Value>(line) {
            Ok(value) => push_json(&mut out, &value, record, Some(line_no)),
            Err(e) => out.errors.push(RowError {
                record,
                line: Some(line_no),
                field: None,
                reason: format!("not valid JSON (column {}): {e}", e.column()),
            }),
        }
    }
    Ok(out)
}

/// Whether the input is an object whose first key is `data`, as the Transparency Database API
/// wraps its statements. No statement has a `data` field, so this is never a JSON line.
fn starts_with_data_key(bytes: &[u8]) -> bool {
    let rest = bytes.trim_ascii_start();
    rest.strip_prefix(b"{")
        .is_some_and(|rest| rest.trim_ascii_start().starts_with(b"\"data\""))
}

/// A pretty-printed single object spans many lines; JSON lines never start a line with `{` and
/// end it without `}`.
fn looks_like_single_document(bytes: &[u8]) -> bool {
    let first_line = bytes
        .split(|b| *b == b'\n')
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
        .unwrap_or_default();
    let trimmed = first_line.trim_ascii();
    trimmed.first() == Some(&b'{') && trimmed.last() != Some(&b'}')
}

fn push_json(out: &mut ParsedStatements, value: &Value, record: u64, line: Option<u64>) {
    let Value::Object(map) = value else {
        out.errors.push(RowError {
            record,
            line,
            field: None,
            reason: "is not a JSON object".to_owned(),
        });
        return;
    };
    match statement_from(&Row::Json(map)) {
        Ok(statement) => out.statements.push(statement),
        Err((field, reason)) => out.errors.push(RowError {
            record,
            line,
            field: Some(field),
            reason,
        }),
    }
}

// ------------------------------------------------------------------------------ matching

/// How a statement was tied to a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The statement's URL names the same post.
    Url,
    /// The statement's `puid` is the post's content id.
    ContentId,
}

/// A statement tied to a referred post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementMatch {
    /// Index into the statements.
    pub statement: usize,
    /// Index into the referred posts.
    pub referral: usize,
    /// How.
    pub by: MatchedBy,
}

/// Whether a statement's `puid` names this post. Platforms qualify ids differently: Facebook
/// joins page and post (`page_post`), Reddit prefixes a type (`t3_abc`), and the hub qualifies
/// ids that are only unique within a channel (`channel/123`).
fn puid_names(puid: &str, post: &PostRef) -> bool {
    let id = post.content_id.as_str();
    puid == id
        || puid
            .strip_suffix(id)
            .is_some_and(|prefix| prefix.ends_with('_'))
        || id
            .strip_suffix(puid)
            .is_some_and(|prefix| prefix.ends_with('/'))
}

/// Ties statements to referred posts: by URL where the statement carries one, else by the
/// platform's id on the same platform. A statement may match several referrals (the same post
/// referred twice); every match is listed, in statement order and then referral order.
///
/// The referred posts are indexed first, so matching a daily dump of millions of statements
/// costs one or two hash look-ups per statement, not one comparison per referral.
#[must_use]
pub fn match_statements(
    statements: &[Statement],
    referred: &[PostRef],
    recogniser: &UrlRecogniser,
) -> Vec<StatementMatch> {
    // Keyed by the content id and, for ids the hub qualifies (`channel/123`), by the last part.
    let mut by_id: HashMap<(Platform, &str), Vec<usize>> = HashMap::new();
    let mut by_url: HashMap<&str, Vec<usize>> = HashMap::new();
    for (r, post) in referred.iter().enumerate() {
        let id = post.content_id.as_str();
        by_id.entry((post.platform, id)).or_default().push(r);
        if let Some((_, last)) = id.rsplit_once('/') {
            by_id.entry((post.platform, last)).or_default().push(r);
        }
        by_url
            .entry(post.canonical_url.as_str())
            .or_default()
            .push(r);
    }
    let mut out = Vec::new();
    for (s, statement) in statements.iter().enumerate() {
        let mut found: Vec<(usize, MatchedBy)> = Vec::new();
        if let Some(post) = statement
            .url
            .as_deref()
            .and_then(|u| recogniser.recognise(u).ok())
        {
            let same_id = by_id
                .get(&(post.platform, post.content_id.as_str()))
                .into_iter()
                .flatten()
                .filter(|r| referred[**r].same_content(&post));
            let same_url = by_url
                .get(post.canonical_url.as_str())
                .into_iter()
                .flatten();
            found.extend(same_id.chain(same_url).map(|r| (*r, MatchedBy::Url)));
        }
        if let Some(platform) = statement.platform() {
            let puid = statement.puid.as_str();
            let tail = puid.rsplit_once('_').map(|(_, t)| t);
            for key in std::iter::once(puid).chain(tail) {
                for r in by_id.get(&(platform, key)).into_iter().flatten() {
                    if puid_names(puid, &referred[*r]) {
                        found.push((*r, MatchedBy::ContentId));
                    }
                }
            }
        }
        // A referral matched by URL is not listed again by id; order by referral.
        found.sort_by_key(|(r, by)| (*r, *by != MatchedBy::Url));
        found.dedup_by_key(|(r, _)| *r);
        out.extend(found.into_iter().map(|(referral, by)| StatementMatch {
            statement: s,
            referral,
            by,
        }));
    }
    out
}
