//! The project's taxonomy: target groups, severities, categories, legal bases and referral
//! channels, each with a stable id.
//!
//! The file format is YAML (see `resources/taxonomy.yaml`). Parsing checks everything a typo
//! could break: duplicate ids, ids in the wrong family, references to ids that do not exist.
//! Each error names the place in the file (`categories.HATE[2].legal_candidates[1]`) so a
//! maintainer can go straight to it. Fields the hub does not interpret yet (research mappings,
//! platform policy names, transparency-database codes) are kept as `attributes`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Deserialize;
use serde_norway::Value;

use crate::Severity;

/// Why a taxonomy could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TaxonomyError {
    /// The text is not YAML of the expected shape.
    #[error("taxonomy is not valid: {message}{}", location.map(|(l, c)| format!(" (line {l}, column {c})")).unwrap_or_default())]
    Syntax {
        /// What the parser said.
        message: String,
        /// 1-based line and column, when known.
        location: Option<(usize, usize)>,
    },
    /// The YAML parsed but breaks a rule; `place` is a path into the document.
    #[error("taxonomy {place}: {message}")]
    Invalid {
        /// Where, e.g. `categories.HATE[2].legal_candidates[1]`.
        place: String,
        /// What is wrong.
        message: String,
    },
}

fn invalid(place: impl Into<String>, message: impl Into<String>) -> TaxonomyError {
    TaxonomyError::Invalid {
        place: place.into(),
        message: message.into(),
    }
}

/// The kind of thing an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// A target group or subgroup (`TG.…`).
    TargetGroup,
    /// A content category (`HATE.SLUR`).
    Category,
    /// A severity level (`S0`…`S4`).
    Severity,
    /// A legal basis code (`UK-POA86-S18`).
    LegalBasis,
    /// A referral channel (`CH.…`).
    Channel,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::TargetGroup => "target group",
            IdKind::Category => "category",
            IdKind::Severity => "severity level",
            IdKind::LegalBasis => "legal basis",
            IdKind::Channel => "referral channel",
        })
    }
}

/// A protected characteristic or other target, possibly a subgroup of another.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetGroup {
    /// `TG.RELIGION.MUSLIM`.
    pub id: String,
    /// Human label, if the file gives one.
    pub label: Option<String>,
    /// The parent group for a subgroup.
    pub parent: Option<String>,
    /// Whether UK police centrally monitor this strand.
    pub uk_monitored: bool,
}

/// A content category such as `HATE.DEHUMANISATION`.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// The id, `FAMILY.NAME`.
    pub id: String,
    /// The family (`HATE`, `HARASS`, `VIOL`, `GANG`, `WEAP`, `TERR`, `FALSE`, `NONVIOL`).
    pub family: String,
    /// What it covers.
    pub description: Option<String>,
    /// The severity an instance starts at before context.
    pub default_severity: Option<Severity>,
    /// Legal-basis ids a reviewer may consider (candidates, never determinations).
    pub legal_candidates: Vec<String>,
    /// Another category this one is a special case of.
    pub maps_to: Option<String>,
    /// A special route (`welfare_partner`).
    pub route: Option<String>,
    /// Everything else the file says about it.
    pub attributes: BTreeMap<String, Value>,
}

impl Category {
    /// `NONVIOL.*` categories describe protected speech and must never be actioned.
    #[must_use]
    pub fn is_non_violating(&self) -> bool {
        self.family == "NONVIOL"
    }
}

/// A severity level with its label and default action.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityLevel {
    /// The level.
    pub severity: Severity,
    /// What it means.
    pub label: String,
}

/// A legal basis code, kept as a candidate for human review.
#[derive(Debug, Clone, PartialEq)]
pub struct LegalBasis {
    /// `UK-POA86-S18`.
    pub id: String,
    /// The statute and section, when given.
    pub title: Option<String>,
}

/// A referral channel type such as `CH.DSA_ART16_NOTICE`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    /// The id.
    pub id: String,
}

/// The validated taxonomy.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// `taxonomy.id`.
    pub name: String,
    /// `taxonomy.version`.
    pub version: String,
    /// Target groups and subgroups, in file order.
    pub target_groups: Vec<TargetGroup>,
    /// S0 … S4.
    pub severity_levels: Vec<SeverityLevel>,
    /// Categories, in file order.
    pub categories: Vec<Category>,
    /// Legal bases, in file order.
    pub legal_bases: Vec<LegalBasis>,
    /// Referral channel types.
    pub channels: Vec<Channel>,
    /// Channels per platform.
    pub channels_per_platform: BTreeMap<String, Vec<String>>,
    index: HashMap<String, IdKind>,
}

// ---- raw file shape -----------------------------------------------------------------------

#[derive(Deserialize)]
struct RawFile {
    taxonomy: RawMeta,
    target_groups: Vec<RawTargetGroup>,
    severity_levels: RawSeverities,
    categories: BTreeMap<String, Vec<RawCategory>>,
    #[serde(default)]
    legal_bases: Vec<RawLegalBasis>,
    #[serde(default)]
    referral_channels: Option<RawChannels>,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawMeta {
    id: String,
    version: String,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawTargetGroup {
    id: String,
    label: Option<String>,
    #[serde(default)]
    subgroups: Vec<String>,
    uk_monitored_strand: Option<String>,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawSeverities {
    levels: Vec<RawSeverity>,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawSeverity {
    id: String,
    label: String,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawCategory {
    id: String,
    desc: Option<String>,
    default_severity: Option<String>,
    #[serde(default)]
    legal_candidates: Vec<String>,
    #[serde(default)]
    aggravation: Vec<String>,
    maps_to: Option<String>,
    route: Option<String>,
    #[serde(flatten)]
    rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawLegalBasis {
    id: String,
    title: Option<String>,
    #[serde(default)]
    base: Vec<String>,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawChannels {
    types: Vec<RawChannel>,
    #[serde(default)]
    per_platform: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct RawChannel {
    id: String,
    #[serde(flatten)]
    _rest: BTreeMap<String, Value>,
}

/// The taxonomy shipped with Upstander.
pub const EMBEDDED_TAXONOMY: &str = include_str!("../../../resources/taxonomy.yaml");

impl Taxonomy {
    /// The taxonomy compiled into the binary.
    ///
    /// # Errors
    /// Only if the shipped file is broken, which the test suite rules out.
    pub fn embedded() -> Result<Self, TaxonomyError> {
        Self::parse(EMBEDDED_TAXONOMY)
    }

    /// Parses and validates a taxonomy document.
    ///
    /// # Errors
    /// [`TaxonomyError::Syntax`] for malformed YAML or a wrong shape,
    /// [`TaxonomyError::Invalid`] naming the place of the first broken rule.
    pub fn parse(yaml: &str) -> Result<Self, TaxonomyError> {
        let raw: RawFile = serde_norway::from_str(yaml).map_err(|e| TaxonomyError::Syntax {
            message: e.to_string(),
            location: e.location().map(|l| (l.line(), l.column())),
        })?;
        Builder::default().build(raw)
    }

    /// What kind of thing `id` names, if it is defined.
    #[must_use]
    pub fn kind_of(&self, id: &str) -> Option<IdKind> {
        self.index.get(id).copied()
    }

    /// Whether `id` is a category.
    #[must_use]
    pub fn has_category(&self, id: &str) -> bool {
        self.kind_of(id) == Some(IdKind::Category)
    }

    /// Whether `id` is a target group or subgroup.
    #[must_use]
    pub fn has_target_group(&self, id: &str) -> bool {
        self.kind_of(id) == Some(IdKind::TargetGroup)
    }

    /// The category with this id.
    #[must_use]
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The target group with this id.
    #[must_use]
    pub fn target_group(&self, id: &str) -> Option<&TargetGroup> {
        self.target_groups.iter().find(|g| g.id == id)
    }

    /// Checks that `id` names a thing of `kind`, for validating files that refer to the
    /// taxonomy (lexicons, policies). `place` is echoed in the error.
    ///
    /// # Errors
    /// [`TaxonomyError::Invalid`] when the id is unknown or names something else.
    pub fn expect(&self, kind: IdKind, id: &str, place: &str) -> Result<(), TaxonomyError> {
        match self.kind_of(id) {
            Some(found) if found == kind => Ok(()),
            Some(found) => Err(invalid(place, format!("'{id}' is a {found}, not a {kind}"))),
            None => Err(invalid(place, format!("unknown {kind} id '{id}'"))),
        }
    }
}

#[derive(Default)]
struct Builder {
    index: HashMap<String, (IdKind, String)>,
}

impl Builder {
    fn define(&mut self, id: &str, kind: IdKind, place: &str) -> Result<(), TaxonomyError> {
        if id.trim().is_empty() || id.chars().any(char::is_whitespace) {
            return Err(invalid(
                place,
                format!("id '{id}' is empty or contains spaces"),
            ));
        }
        if let Some((_, first)) = self.index.get(id) {
            return Err(invalid(
                place,
                format!("duplicate id '{id}', first defined at {first}"),
            ));
        }
        self.index.insert(id.to_owned(), (kind, place.to_owned()));
        Ok(())
    }

    fn check_ref(&self, id: &str, kind: IdKind, place: &str) -> Result<(), TaxonomyError> {
        match self.index.get(id) {
            Some((found, _)) if *found == kind => Ok(()),
            Some((found, _)) => Err(invalid(place, format!("'{id}' is a {found}, not a {kind}"))),
            None => Err(invalid(place, format!("refers to unknown {kind} '{id}'"))),
        }
    }

    fn build(mut self, raw: RawFile) -> Result<Taxonomy, TaxonomyError> {
        let mut target_groups = Vec::new();
        for (i, group) in raw.target_groups.iter().enumerate() {
            let place = format!("target_groups[{i}]");
            if !group.id.starts_with("TG.") {
                return Err(invalid(
                    &place,
                    format!("target group id '{}' must start with TG.", group.id),
                ));
            }
            self.define(&group.id, IdKind::TargetGroup, &place)?;
            let uk_monitored = group.uk_monitored_strand.is_some();
            target_groups.push(TargetGroup {
                id: group.id.clone(),
                label: group.label.clone(),
                parent: None,
                uk_monitored,
            });
            for (j, sub) in group.subgroups.iter().enumerate() {
                let sub_place = format!("{place}.subgroups[{j}]");
                if !sub.starts_with(&format!("{}.", group.id)) {
                    return Err(invalid(
                        &sub_place,
                        format!(
                            "subgroup '{sub}' must start with its parent id '{}.'",
                            group.id
                        ),
                    ));
                }
                self.define(sub, IdKind::TargetGroup, &sub_place)?;
                target_groups.push(TargetGroup {
                    id: sub.clone(),
                    label: None,
                    parent: Some(group.id.clone()),
                    uk_monitored,
                });
            }
        }

        let mut severity_levels = Vec::new();
        for (i, level) in raw.severity_levels.levels.iter().enumerate() {
            let place = format!("severity_levels.levels[{i}]");
            let severity =
                Severity::parse(&level.id).map_err(|e| invalid(&place, e.to_string()))?;
            if severity.level() as usize != i {
                return Err(invalid(
                    &place,
                    format!("expected S{i} here, found '{}'", level.id),
                ));
            }
            self.define(&level.id, IdKind::Severity, &place)?;
            severity_levels.push(SeverityLevel {
                severity,
                label: level.label.clone(),
            });
        }
        if severity_levels.len() != Severity::ALL.len() {
            return Err(invalid(
                "severity_levels.levels",
                format!(
                    "expected the five levels S0-S4, found {}",
                    severity_levels.len()
                ),
            ));
        }

        let mut legal_bases = Vec::new();
        for (i, basis) in raw.legal_bases.iter().enumerate() {
            let place = format!("legal_bases[{i}]");
            self.define(&basis.id, IdKind::LegalBasis, &place)?;
            legal_bases.push(LegalBasis {
                id: basis.id.clone(),
                title: basis.title.clone(),
            });
        }
        for (i, basis) in raw.legal_bases.iter().enumerate() {
            for (j, base) in basis.base.iter().enumerate() {
                self.check_ref(
                    base,
                    IdKind::LegalBasis,
                    &format!("legal_bases[{i}].base[{j}]"),
                )?;
            }
        }

        let mut categories = Vec::new();
        for (family, members) in &raw.categories {
            if family.is_empty() || !family.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
                return Err(invalid(
                    format!("categories.{family}"),
                    "family names are upper-case words such as HATE",
                ));
            }
            for (i, cat) in members.iter().enumerate() {
                let place = format!("categories.{family}[{i}]");
                if !cat.id.starts_with(&format!("{family}.")) {
                    return Err(invalid(
                        &place,
                        format!(
                            "category '{}' must start with its family '{family}.'",
                            cat.id
                        ),
                    ));
                }
                self.define(&cat.id, IdKind::Category, &place)?;
                let default_severity = cat
                    .default_severity
                    .as_deref()
                    .map(|s| {
                        Severity::parse(s).map_err(|e| {
                            invalid(format!("{place}.default_severity"), e.to_string())
                        })
                    })
                    .transpose()?;
                for (j, legal) in cat
                    .legal_candidates
                    .iter()
                    .chain(&cat.aggravation)
                    .enumerate()
                {
                    self.check_ref(
                        legal,
                        IdKind::LegalBasis,
                        &format!("{place}.legal_candidates[{j}]"),
                    )?;
                }
                categories.push(Category {
                    id: cat.id.clone(),
                    family: family.clone(),
                    description: cat.desc.clone(),
                    default_severity,
                    legal_candidates: cat.legal_candidates.clone(),
                    maps_to: cat.maps_to.clone(),
                    route: cat.route.clone(),
                    attributes: cat.rest.clone(),
                });
            }
        }
        // Categories may point to ones defined later, so check after all are known.
        for (family, members) in &raw.categories {
            for (i, cat) in members.iter().enumerate() {
                if let Some(target) = &cat.maps_to {
                    self.check_ref(
                        target,
                        IdKind::Category,
                        &format!("categories.{family}[{i}].maps_to"),
                    )?;
                }
            }
        }

        let mut channels = Vec::new();
        let mut channels_per_platform = BTreeMap::new();
        if let Some(raw_channels) = &raw.referral_channels {
            for (i, channel) in raw_channels.types.iter().enumerate() {
                let place = format!("referral_channels.types[{i}]");
                if !channel.id.starts_with("CH.") {
                    return Err(invalid(
                        &place,
                        format!("channel id '{}' must start with CH.", channel.id),
                    ));
                }
                self.define(&channel.id, IdKind::Channel, &place)?;
                channels.push(Channel {
                    id: channel.id.clone(),
                });
            }
            for (platform, ids) in &raw_channels.per_platform {
                for (j, id) in ids.iter().enumerate() {
                    self.check_ref(
                        id,
                        IdKind::Channel,
                        &format!("referral_channels.per_platform.{platform}[{j}]"),
                    )?;
                }
                channels_per_platform.insert(platform.clone(), ids.clone());
            }
        }

        Ok(Taxonomy {
            name: raw.taxonomy.id,
            version: raw.taxonomy.version,
            target_groups,
            severity_levels,
            categories,
            legal_bases,
            channels,
            channels_per_platform,
            index: self
                .index
                .into_iter()
                .map(|(id, (kind, _))| (id, kind))
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_taxonomy_is_valid() {
        let taxonomy = Taxonomy::embedded().unwrap();
        assert!(taxonomy.has_category("HATE.SLUR"));
        assert!(taxonomy.has_target_group("TG.RELIGION.MUSLIM"));
        assert_eq!(taxonomy.severity_levels.len(), 5);
    }

    fn with(replace: &str, by: &str) -> Result<Taxonomy, TaxonomyError> {
        assert!(
            EMBEDDED_TAXONOMY.contains(replace),
            "fixture text '{replace}' not found"
        );
        Taxonomy::parse(&EMBEDDED_TAXONOMY.replacen(replace, by, 1))
    }

    #[test]
    fn a_duplicate_id_names_both_places() {
        let err = with("id: HATE.DEHUMANISATION", "id: HATE.DEROGATION").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("duplicate id 'HATE.DEROGATION'"), "{text}");
        assert!(text.contains("categories.HATE[1]"), "{text}");
        assert!(text.contains("categories.HATE[0]"), "{text}");
    }

    #[test]
    fn an_unknown_legal_reference_is_reported_with_its_path() {
        let err = with(
            "legal_candidates: [UK-POA86-S4A,",
            "legal_candidates: [UK-NOPE,",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("categories.HATE[0].legal_candidates[0]"),
            "{text}"
        );
        assert!(text.contains("UK-NOPE"), "{text}");
    }

    #[test]
    fn a_category_in_the_wrong_family_is_rejected() {
        let err = with("id: HATE.SLUR", "id: VIOL.SLUR").unwrap_err();
        assert!(
            err.to_string()
                .contains("must start with its family 'HATE.'"),
            "{err}"
        );
    }

    #[test]
    fn malformed_yaml_reports_a_line() {
        let err = Taxonomy::parse("taxonomy: [unclosed").unwrap_err();
        assert!(
            matches!(
                err,
                TaxonomyError::Syntax {
                    location: Some(_),
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn a_bad_default_severity_is_rejected() {
        let err = with("default_severity: S4", "default_severity: S7").unwrap_err();
        assert!(err.to_string().contains("default_severity"), "{err}");
    }
}
