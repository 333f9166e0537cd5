//! Signals: what a detector noticed, with the evidence for it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Severity from S0 (not violating) to S4 (credible threat to life), as in the taxonomy.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Severity {
    /// Not violating, or protective context (counter-speech, reclaimed use, grief).
    #[default]
    S0,
    /// Offensive, likely lawful; may breach platform terms.
    S1,
    /// Likely platform violation; possible hate incident.
    S2,
    /// Likely criminal.
    S3,
    /// Credible threat to life or serious harm; needs review within the hour.
    S4,
}

impl Severity {
    /// All levels, lowest first.
    pub const ALL: [Severity; 5] = [
        Severity::S0,
        Severity::S1,
        Severity::S2,
        Severity::S3,
        Severity::S4,
    ];

    /// `"S0"` … `"S4"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::S0 => "S0",
            Severity::S1 => "S1",
            Severity::S2 => "S2",
            Severity::S3 => "S3",
            Severity::S4 => "S4",
        }
    }

    /// 0 … 4.
    #[must_use]
    pub const fn level(self) -> u8 {
        self as u8
    }

    /// The level for 0 … 4; anything higher is S4.
    #[must_use]
    pub const fn from_level(level: u8) -> Self {
        match level {
            0 => Severity::S0,
            1 => Severity::S1,
            2 => Severity::S2,
            3 => Severity::S3,
            _ => Severity::S4,
        }
    }

    /// Parses `S0`…`S4` (case-insensitive) or a bare digit.
    ///
    /// # Errors
    /// Returns the offending text when it is not a severity.
    pub fn parse(input: &str) -> Result<Self, crate::UnknownValue> {
        let t = input.trim();
        let digits = t.strip_prefix(['S', 's']).unwrap_or(t);
        match digits {
            "0" => Ok(Severity::S0),
            "1" => Ok(Severity::S1),
            "2" => Ok(Severity::S2),
            "3" => Ok(Severity::S3),
            "4" => Ok(Severity::S4),
            _ => Err(crate::UnknownValue::new(
                "severity",
                input,
                "S0, S1, S2, S3, S4",
            )),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = crate::UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// A signal name that breaks the naming rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{0}' is not a valid signal id: use 2-48 upper-case ASCII letters, digits and underscores, starting with a letter (e.g. LEX_SLUR)"
)]
pub struct SignalIdError(pub String);

/// A stable signal name such as `LEX_SLUR` or `CTX_NEGATION`.
///
/// Policy weights are keyed by these names, so they are validated once and never change
/// meaning. The prefix says which detector family emits it (`LEX_`, `CTX_`, `CLF_`, `RULE_`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SignalId(String);

impl SignalId {
    /// Validates a signal name.
    ///
    /// # Errors
    /// Returns [`SignalIdError`] if the name breaks the rule above.
    pub fn parse(name: &str) -> Result<Self, SignalIdError> {
        let ok = (2..=48).contains(&name.len())
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if ok {
            Ok(Self(name.to_owned()))
        } else {
            Err(SignalIdError(name.chars().take(64).collect()))
        }
    }

    /// The name.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SignalId {
    type Error = SignalIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SignalId> for String {
    fn from(value: SignalId) -> Self {
        value.0
    }
}

impl fmt::Display for SignalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A half-open byte range `[start, end)` into the **original** text, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span; `start` and `end` are swapped if given the wrong way round.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Self { start, end }
        } else {
            Self {
                start: end,
                end: start,
            }
        }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The spanned text, or `None` when the span does not fit `text` or splits a character.
    #[must_use]
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// One observation by one detector: a name, optional evidence, and what it points at.
///
/// Detectors only emit signals; they never decide. The policy weighs signals into an
/// [`crate::Assessment`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// Which signal.
    pub id: SignalId,
    /// Evidence in the original text, if the signal is about particular words.
    pub span: Option<Span>,
    /// Taxonomy category id the evidence points to (e.g. `HATE.SLUR`).
    pub category: Option<String>,
    /// Taxonomy target-group id the evidence points to (e.g. `TG.RELIGION.MUSLIM`).
    pub target: Option<String>,
    /// The severity the evidence suggests on its own, before context.
    pub severity: Option<Severity>,
    /// Detector confidence or strength in `[0, 1]`.
    pub strength: f32,
    /// A short human phrase for the explanation ("slur for Muslims", "negation 'not'").
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signal_ids_must_be_upper_snake_case() {
        assert!(SignalId::parse("LEX_SLUR").is_ok());
        assert!(SignalId::parse("lex_slur").is_err());
        assert!(SignalId::parse("_X").is_err());
        assert!(SignalId::parse("").is_err());
    }

    #[test]
    fn severity_parses_with_or_without_the_s() {
        assert_eq!(Severity::parse("s3"), Ok(Severity::S3));
        assert_eq!(Severity::parse("2"), Ok(Severity::S2));
        assert!(Severity::parse("S9").is_err());
    }

    #[test]
    fn a_span_outside_the_text_slices_to_none() {
        assert_eq!(Span::new(2, 40).slice("short"), None);
        assert_eq!(Span::new(0, 1).slice("é"), None);
        assert_eq!(Span::new(0, 2).slice("é"), Some("é"));
    }
}
