//! The policy file's shape (`resources/policy.toml`) and its validation.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use upstander_core::taxonomy::IdKind;
use upstander_core::{Severity, SignalId, Taxonomy};

use super::{Policy, Rule};
use crate::{DetectError, Result};

/// The policy shipped with Upstander (`resources/policy.toml`).
pub const EMBEDDED_POLICY: &str = include_str!("../../../../resources/policy.toml");

/// How signals become an assessment: weights, binding, rules and context discounts.
///
/// Read from TOML with [`PolicyConfig::from_toml`], checked against the taxonomy and turned into
/// a runtime [`Policy`] with [`PolicyConfig::build`]. Every option is explained in the shipped
/// `resources/policy.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyConfig {
    /// A post whose best category scores at least this is flagged (0 < x ≤ 1).
    pub flag_threshold: f32,
    /// Categories scoring below this are left out of the assessment (0 ≤ x ≤ `flag_threshold`).
    #[serde(default = "default_report_threshold")]
    pub report_threshold: f32,
    /// Categories whose findings add up (noisy-or) instead of taking the strongest one; for
    /// signals that are weak alone but telling together (grief words, emoji).
    #[serde(default)]
    pub accumulate: Vec<String>,
    /// How a hostile word finds the group or person it is about.
    #[serde(default)]
    pub binding: BindingConfig,
    /// What each signal id is, keyed by id.
    #[serde(default)]
    pub signals: BTreeMap<String, SignalConfig>,
    /// How a predicate signal and its target become a category, tried in order.
    #[serde(default)]
    pub rules: Vec<RuleConfig>,
    /// How each context signal lowers findings, keyed by id.
    #[serde(default)]
    pub context: BTreeMap<String, ContextConfig>,
    /// The trained model tier: whether the standard engine runs it, and its thresholds.
    #[serde(default)]
    pub model: ModelConfig,
}

/// `[model]`: the trained linear model as a detector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelConfig {
    /// Whether `Engine::standard` runs the committed model.
    #[serde(default)]
    pub enabled: bool,
    /// Probability threshold per head (`hate`, category ids, target-group ids), chosen by
    /// `upstander train` from product requirements; a head's threshold maps onto
    /// `flag_threshold`.
    #[serde(default)]
    pub thresholds: BTreeMap<String, f32>,
    /// Signals weaker than this (after mapping) are not emitted at all.
    #[serde(default = "default_emit_from")]
    pub emit_from: f32,
    /// The gate on the model's own findings (see [`ModelGate`]).
    #[serde(default)]
    pub gate: ModelGate,
}

/// `[model.gate]`: when a model-only finding may flag a post.
///
/// A linear bag-of-words model cannot tell "Muslims are a plague" from "calling Muslims a
/// plague is vile", nor a politician from a protected group. So the model's finding (a
/// predicate whose id starts with `CLF_`) may flag on its own only when the post names a
/// protected group and nothing in the post says the hostile words are reported, opposed,
/// negated or about someone else. Its calibrated threshold still has to be cleared: that is the
/// `[model.thresholds] hate` mapping onto `flag_threshold`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelGate {
    /// Whether the gate applies at all (off: the model's findings count like any other).
    #[serde(default = "default_true")]
    pub enabled: bool,
    /// Context signals that close the gate wherever they are in the post. Any context that
    /// reaches the model's own span (a scoped negation) closes it as well.
    #[serde(default)]
    pub closing_contexts: Vec<String>,
    /// Whether a target head of the model above its threshold counts as naming a protected
    /// group; off, only the lexicon's identity terms and slurs do.
    #[serde(default = "default_true")]
    pub model_targets: bool,
    /// Whether a target head of the model counts as naming a protected group when the
    /// lexicon found hostile words in the post but no group for them (a misspelt group name).
    #[serde(default)]
    pub model_targets_with_lexicon: bool,
    /// Whether the model's strength raises the score of lexicon hate findings bound to a
    /// protected group (noisy-or), before their context discounts.
    #[serde(default = "default_true")]
    pub boost_lexicon: bool,
    /// A model finding at least this strong is not lowered by a negator that denies no harm
    /// ("not one of them can be trusted" reads as hate; "they are no worse than anyone"
    /// still holds it back). Absent: every scoped negator lowers it.
    #[serde(default)]
    pub negation_spared_from: Option<f32>,
}

fn default_true() -> bool {
    true
}

impl Default for ModelGate {
    fn default() -> Self {
        Self {
            enabled: true,
            closing_contexts: Vec::new(),
            model_targets: true,
            model_targets_with_lexicon: false,
            boost_lexicon: true,
            negation_spared_from: None,
        }
    }
}

fn default_emit_from() -> f32 {
    0.25
}

impl Default for ModelConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            thresholds: BTreeMap::new(),
            emit_from: default_emit_from(),
            gate: ModelGate::default(),
        }
    }
}

fn default_report_threshold() -> f32 {
    0.15
}

impl Default for PolicyConfig {
    /// A policy with no signals and no rules: it flags nothing. Only used if the shipped file
    /// failed to parse, which the test suite rules out.
    fn default() -> Self {
        Self {
            flag_threshold: 0.5,
            report_threshold: default_report_threshold(),
            accumulate: Vec::new(),
            binding: BindingConfig::default(),
            signals: BTreeMap::new(),
            rules: Vec::new(),
            context: BTreeMap::new(),
            model: ModelConfig::default(),
        }
    }
}

/// How far a hostile word looks for its target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BindingConfig {
    /// At most this many tokens between a predicate and its target, within one clause.
    #[serde(default = "default_distance")]
    pub max_distance_tokens: usize,
    /// At most this many unrecognised words on the way ("Muslims *in this town* are ...").
    #[serde(default = "default_unknown")]
    pub max_unknown_tokens: usize,
    /// Factor for a finding whose target is a pronoun standing for a group named elsewhere
    /// ("Muslims moved in. I hate *them*.").
    #[serde(default = "default_pronoun_factor")]
    pub pronoun_factor: f32,
}

fn default_distance() -> usize {
    7
}
fn default_unknown() -> usize {
    1
}
fn default_pronoun_factor() -> f32 {
    0.9
}

impl Default for BindingConfig {
    fn default() -> Self {
        Self {
            max_distance_tokens: default_distance(),
            max_unknown_tokens: default_unknown(),
            pronoun_factor: default_pronoun_factor(),
        }
    }
}

/// What a signal is to the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Hostile evidence; rules turn it into findings.
    Predicate,
    /// Something hostile words can be about (a group, a rival, a weapon).
    Target,
    /// Ignored by binding: a hostile word may reach past it (profanity).
    Transparent,
    /// Stops binding and is otherwise ignored (harmless idioms).
    Blocker,
}

/// Where a predicate looks for its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bind {
    /// Before it: the subject ("X should be shot").
    Left,
    /// After it: the object ("kill X").
    Right,
    /// The nearer of both; an adjective directly before an unrelated noun binds to nothing.
    #[default]
    Both,
}

/// The kind of thing a target signal names, or a rule needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// A protected group (identity terms, slurs, pronouns that stand for them).
    Identity,
    /// One person: "you", "him", or a term pinned to `TG.INDIVIDUAL_NONPROTECTED`.
    Person,
    /// A rival gang or area.
    Rival,
    /// A weapon.
    Weapon,
    /// A non-protected group; it stops binding and matches no rule.
    Other,
    /// No target needed (rules only).
    None,
}

/// A signal id's role and wording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalConfig {
    /// Predicate, target, transparent or blocker.
    pub role: Role,
    /// Multiplies the detector's strength (0-1).
    #[serde(default = "one")]
    pub weight: f32,
    /// For predicates: where to look for the target.
    #[serde(default)]
    pub bind: Bind,
    /// For predicates: whether another predicate may stand between this one and its target
    /// without counting as an unknown word (adjectives in a row: "dirty filthy vermin").
    #[serde(default)]
    pub transparent_in_gap: bool,
    /// For predicates: whether a sentence that is nothing but this word and a few modifiers
    /// ("Absolute vermin.", "What a bunch of leeches.") is said of the group named in the
    /// sentence just before it.
    #[serde(default)]
    pub fragment_refers_back: bool,
    /// For targets: what they name.
    #[serde(default)]
    pub target: Option<TargetKind>,
    /// For predicates: the kind of target they also are for other predicates (a knife emoji
    /// threatens, and is the weapon a sale post is about).
    #[serde(default)]
    pub also_target: Option<TargetKind>,
    /// Words for explanations ("dehumanising term").
    #[serde(default)]
    pub label: String,
    /// How the explanation links this predicate to its target ("applied to", "aimed at").
    #[serde(default = "default_relation")]
    pub relation: String,
}

fn one() -> f32 {
    1.0
}
fn default_relation() -> String {
    "aimed at".to_owned()
}

/// Where a rule looks for its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RuleScope {
    /// Within the predicate's clause, following the binding settings.
    #[default]
    Clause,
    /// Anywhere in the post (short drill and sales posts state their target once).
    Post,
}

/// One way a predicate becomes a category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleConfig {
    /// The predicate signal id.
    pub predicate: String,
    /// The kind of target it needs.
    pub target: TargetKind,
    /// Where to look for it.
    #[serde(default)]
    pub scope: RuleScope,
    /// The category of the finding; by default the signal's own category.
    #[serde(default)]
    pub category: Option<String>,
    /// Multiplies the signal's strength (0-1).
    #[serde(default = "one")]
    pub weight: f32,
    /// Severity never below this.
    #[serde(default)]
    pub min_severity: Option<Severity>,
    /// Severity never above this.
    #[serde(default)]
    pub max_severity: Option<Severity>,
    /// Route flagged findings to a welfare partner rather than enforcement.
    #[serde(default)]
    pub welfare: bool,
}

/// Which findings a context signal reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContextScope {
    /// Findings whose predicate lies inside the context signal's span (quotations).
    Span,
    /// Findings whose predicate starts within `window_tokens` after it, same clause, no comma
    /// in between (negation).
    After,
    /// Findings in the same sentence (counter-speech).
    Sentence,
    /// Every finding in the post (artistic context).
    Post,
}

/// How one context signal lowers findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextConfig {
    /// Multiplies the score of each finding it reaches (0-1; 1 = no effect).
    pub factor: f32,
    /// Which findings it reaches.
    pub scope: ContextScope,
    /// For `after`: how many tokens ahead it reaches.
    #[serde(default = "default_window")]
    pub window_tokens: usize,
    /// Predicate signal ids it applies to; empty means all.
    #[serde(default)]
    pub applies_to: Vec<String>,
    /// Predicate signal ids it never applies to, because their detector already weighs this
    /// context itself.
    #[serde(default)]
    pub exempt: Vec<String>,
    /// Findings it reaches are at most this severe.
    #[serde(default)]
    pub severity_cap: Option<Severity>,
    /// A NONVIOL category to list when it turns a would-be flag into a clear.
    #[serde(default)]
    pub marks: Option<String>,
    /// Words for explanations ("negation").
    #[serde(default)]
    pub label: String,
}

fn default_window() -> usize {
    6
}

fn check_unit(key: &str, value: f32) -> Result<()> {
    if value.is_finite() && (0.0..=1.0).contains(&value) {
        Ok(())
    } else {
        Err(DetectError::policy(
            key,
            format!("{value} is not between 0 and 1"),
        ))
    }
}

fn check_category(taxonomy: &Taxonomy, key: &str, id: &str) -> Result<()> {
    taxonomy
        .expect(IdKind::Category, id, key)
        .map_err(|_| DetectError::policy(key, format!("unknown category id '{id}'")))
}

fn check_signal_id(key: &str, id: &str) -> Result<()> {
    SignalId::parse(id)
        .map(|_| ())
        .map_err(|e| DetectError::policy(key, e.to_string()))
}

impl PolicyConfig {
    /// Parses a policy file.
    ///
    /// # Errors
    /// [`DetectError::PolicySyntax`] with the line and column of malformed TOML, a wrong type
    /// or an unknown key.
    pub fn from_toml(text: &str) -> Result<PolicyConfig> {
        toml::from_str(text).map_err(|e| {
            let location = e.span().map(|span| {
                let before = text.get(..span.start).unwrap_or_default();
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                (line, column)
            });
            DetectError::PolicySyntax {
                message: e.message().trim().to_owned(),
                location,
            }
        })
    }

    /// The policy shipped with Upstander.
    #[must_use]
    pub fn embedded() -> PolicyConfig {
        Self::from_toml(EMBEDDED_POLICY).unwrap_or_default()
    }

    /// Checks the policy against the taxonomy and builds the runtime [`Policy`].
    ///
    /// # Errors
    /// [`DetectError::Policy`] naming the key of the first value that is out of range, names an
    /// unknown category or signal, or contradicts another.
    pub fn build(&self, taxonomy: &Taxonomy) -> Result<Policy> {
        if !(self.flag_threshold.is_finite()
            && self.flag_threshold > 0.0
            && self.flag_threshold <= 1.0)
        {
            return Err(DetectError::policy(
                "flag_threshold",
                format!("{} is not in (0, 1]", self.flag_threshold),
            ));
        }
        check_unit("report_threshold", self.report_threshold)?;
        check_unit("model.emit_from", self.model.emit_from)?;
        for (head, t) in &self.model.thresholds {
            check_unit(&format!("model.thresholds.{head}"), *t)?;
        }
        if let Some(from) = self.model.gate.negation_spared_from {
            check_unit("model.gate.negation_spared_from", from)?;
        }
        for (i, id) in self.model.gate.closing_contexts.iter().enumerate() {
            if !self.context.contains_key(id) {
                return Err(DetectError::policy(
                    format!("model.gate.closing_contexts[{i}]"),
                    format!("'{id}' is not listed under [context]"),
                ));
            }
        }
        if self.report_threshold > self.flag_threshold {
            return Err(DetectError::policy(
                "report_threshold",
                "must not be above flag_threshold",
            ));
        }
        for (i, id) in self.accumulate.iter().enumerate() {
            check_category(taxonomy, &format!("accumulate[{i}]"), id)?;
        }
        check_unit("binding.pronoun_factor", self.binding.pronoun_factor)?;
        for (id, signal) in &self.signals {
            let key = format!("signals.{id}");
            check_signal_id(&key, id)?;
            check_unit(&format!("{key}.weight"), signal.weight)?;
            if signal.role == Role::Target && matches!(signal.target, None | Some(TargetKind::None))
            {
                return Err(DetectError::policy(
                    format!("{key}.target"),
                    "a target signal must say what it names (identity, person, rival, weapon or other)",
                ));
            }
        }
        let mut rules: HashMap<String, Vec<Rule>> = HashMap::new();
        for (i, rule) in self.rules.iter().enumerate() {
            let key = format!("rules[{i}]");
            match self.signals.get(&rule.predicate) {
                Some(s) if s.role == Role::Predicate => {}
                Some(_) => {
                    return Err(DetectError::policy(
                        format!("{key}.predicate"),
                        format!("'{}' is not a predicate signal", rule.predicate),
                    ));
                }
                None => {
                    return Err(DetectError::policy(
                        format!("{key}.predicate"),
                        format!("'{}' is not listed under [signals]", rule.predicate),
                    ));
                }
            }
            if rule.target == TargetKind::Other {
                return Err(DetectError::policy(
                    format!("{key}.target"),
                    "`other` groups are never a rule's target",
                ));
            }
            if let Some(category) = &rule.category {
                check_category(taxonomy, &format!("{key}.category"), category)?;
            }
            check_unit(&format!("{key}.weight"), rule.weight)?;
            if let (Some(low), Some(high)) = (rule.min_severity, rule.max_severity)
                && low > high
            {
                return Err(DetectError::policy(
                    format!("{key}.min_severity"),
                    format!("{low} is above max_severity {high}"),
                ));
            }
            rules.entry(rule.predicate.clone()).or_default().push(Rule {
                config: rule.clone(),
            });
        }
        for (id, context) in &self.context {
            let key = format!("context.{id}");
            check_signal_id(&key, id)?;
            check_unit(&format!("{key}.factor"), context.factor)?;
            let listed = context
                .applies_to
                .iter()
                .enumerate()
                .map(|(j, id)| (format!("{key}.applies_to[{j}]"), id))
                .chain(
                    context
                        .exempt
                        .iter()
                        .enumerate()
                        .map(|(j, id)| (format!("{key}.exempt[{j}]"), id)),
                );
            for (field, applies) in listed {
                if !self
                    .signals
                    .get(applies)
                    .is_some_and(|s| s.role == Role::Predicate)
                {
                    return Err(DetectError::policy(
                        field,
                        format!("'{applies}' is not a predicate signal under [signals]"),
                    ));
                }
            }
            if let Some(marks) = &context.marks {
                check_category(taxonomy, &format!("{key}.marks"), marks)?;
            }
        }
        let category_defaults = taxonomy
            .categories
            .iter()
            .filter_map(|c| c.default_severity.map(|s| (c.id.clone(), s)))
            .collect();
        let non_violating = taxonomy
            .categories
            .iter()
            .filter(|c| c.is_non_violating())
            .map(|c| c.id.clone())
            .collect();
        Ok(Policy {
            flag_threshold: self.flag_threshold,
            report_threshold: self.report_threshold,
            accumulate: self.accumulate.iter().cloned().collect::<HashSet<_>>(),
            binding: self.binding.clone(),
            signals: self
                .signals
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            rules,
            context: self
                .context
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            category_defaults,
            non_violating,
            gate: self.model.gate.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taxonomy() -> Taxonomy {
        Taxonomy::embedded().unwrap()
    }

    #[test]
    fn the_shipped_policy_parses_and_builds() {
        let config = PolicyConfig::from_toml(EMBEDDED_POLICY).unwrap();
        config.build(&taxonomy()).unwrap();
        assert_eq!(PolicyConfig::embedded(), config);
    }

    #[test]
    fn malformed_toml_reports_line_and_column() {
        let err = PolicyConfig::from_toml("flag_threshold = 0.5\n[binding\n").unwrap_err();
        match err {
            DetectError::PolicySyntax {
                location: Some((line, _)),
                ..
            } => assert_eq!(line, 2),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn an_unknown_key_is_rejected_with_its_position() {
        let err =
            PolicyConfig::from_toml("flag_threshold = 0.5\nflag_treshold = 0.4\n").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("line 2"), "{text}");
        assert!(text.contains("flag_treshold"), "{text}");
    }

    #[test]
    fn a_wrong_type_is_rejected_with_its_position() {
        let err = PolicyConfig::from_toml("flag_threshold = \"high\"\n").unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }

    #[test]
    fn an_out_of_range_threshold_names_the_key() {
        let config = PolicyConfig::from_toml("flag_threshold = 1.5\n").unwrap();
        let err = config.build(&taxonomy()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "policy `flag_threshold`: 1.5 is not in (0, 1]"
        );
    }

    #[test]
    fn a_rule_with_an_unknown_category_names_the_key() {
        let text = "flag_threshold = 0.5\n[signals.LEX_X]\nrole = \"predicate\"\n[[rules]]\npredicate = \"LEX_X\"\ntarget = \"identity\"\ncategory = \"HATE.NOPE\"\n";
        let err = PolicyConfig::from_toml(text)
            .unwrap()
            .build(&taxonomy())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "policy `rules[0].category`: unknown category id 'HATE.NOPE'"
        );
    }

    #[test]
    fn a_rule_for_an_unlisted_signal_names_the_key() {
        let text =
            "flag_threshold = 0.5\n[[rules]]\npredicate = \"LEX_X\"\ntarget = \"identity\"\n";
        let err = PolicyConfig::from_toml(text)
            .unwrap()
            .build(&taxonomy())
            .unwrap_err();
        assert!(
            err.to_string().starts_with("policy `rules[0].predicate`"),
            "{err}"
        );
    }

    #[test]
    fn a_context_factor_above_one_names_the_key() {
        let text =
            "flag_threshold = 0.5\n[context.CTX_NEGATION]\nfactor = 2.0\nscope = \"after\"\n";
        let err = PolicyConfig::from_toml(text)
            .unwrap()
            .build(&taxonomy())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "policy `context.CTX_NEGATION.factor`: 2 is not between 0 and 1"
        );
    }

    #[test]
    fn a_bad_signal_id_names_the_key() {
        let text = "flag_threshold = 0.5\n[signals.lex_x]\nrole = \"predicate\"\n";
        let err = PolicyConfig::from_toml(text)
            .unwrap()
            .build(&taxonomy())
            .unwrap_err();
        assert!(
            err.to_string().starts_with("policy `signals.lex_x`"),
            "{err}"
        );
    }

    #[test]
    fn the_config_round_trips_through_toml() {
        let config = PolicyConfig::embedded();
        let text = toml::to_string(&config).unwrap();
        assert_eq!(PolicyConfig::from_toml(&text).unwrap(), config);
    }
}
