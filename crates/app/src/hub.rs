//! The [`Hub`]: detection built once, a store, and the use cases on top of them.

use std::path::Path;
use std::sync::Arc;

use upstander_core::{
    AuditEntry, ChainVerifier, Decision, ItemFilter, NewDecision, QueueItem, Taxonomy,
};
use upstander_detect::{
    Engine, Lexicon, LinearModel, ModelDetector, ModelThresholds, PolicyConfig,
};
use upstander_store::{ItemDetail, SharedStore, StoreCounts};

use crate::rules::{Clock, WorkflowRules};
use crate::{AppError, DetectConfig, HubConfig, Result};

/// Detection, built once from configuration and shared by every worker.
#[derive(Clone)]
pub struct Detection {
    /// The validated taxonomy.
    pub taxonomy: Arc<Taxonomy>,
    /// Normaliser, detectors and policy.
    pub engine: Arc<Engine>,
}

fn read_file(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| AppError::Io {
        path: path.to_owned(),
        source,
    })
}

impl Detection {
    /// Loads the taxonomy, lexicon and policy (built-in or from the configured files) and
    /// builds the engine.
    ///
    /// # Errors
    /// A file that cannot be read, or a taxonomy, lexicon or policy that does not validate.
    pub fn load(config: &DetectConfig) -> Result<Self> {
        let taxonomy = match &config.taxonomy_path {
            Some(path) => Taxonomy::parse(&read_file(path)?)?,
            None => Taxonomy::embedded()?,
        };
        let lexicon = match &config.lexicon_path {
            Some(path) => Lexicon::parse(&read_file(path)?, &taxonomy)?,
            None => Lexicon::embedded(&taxonomy)?,
        };
        let policy_config = match &config.policy_path {
            Some(path) => PolicyConfig::from_toml(&read_file(path)?)?,
            None => PolicyConfig::embedded(),
        };
        let policy = policy_config.build(&taxonomy)?;
        let engine = model_tiers(Engine::new(lexicon, policy), &policy_config, config)?;
        Ok(Self {
            taxonomy: Arc::new(taxonomy),
            engine: Arc::new(engine),
        })
    }
}

/// Where a relative `model_dir` is looked for, in order: the working directory, then the
/// folder of the running binary and the two above it (so `target/release/upstander` run from
/// anywhere still finds the repository's `models/minilm`).
#[cfg(feature = "transformer")]
fn model_dir_bases() -> Vec<std::path::PathBuf> {
    let mut bases = vec![std::path::PathBuf::from(".")];
    if let Ok(exe) = std::env::current_exe() {
        bases.extend(exe.ancestors().skip(1).take(3).map(Path::to_path_buf));
    }
    bases
}

/// The first of `bases` under which the relative `dir` holds the MiniLM files; an absolute
/// `dir` is taken as it is. `None` when no base has them.
#[cfg(feature = "transformer")]
fn locate_model_dir(dir: &Path, bases: &[std::path::PathBuf]) -> Option<std::path::PathBuf> {
    use upstander_detect::transformer::SentenceEncoder;
    if dir.is_absolute() {
        return SentenceEncoder::present(dir).then(|| dir.to_path_buf());
    }
    bases
        .iter()
        .map(|base| base.join(dir))
        .find(|candidate| SentenceEncoder::present(candidate))
}

/// Adds the trained tiers to the rules: the cascade (linear model and MiniLM) when the binary
/// has the `transformer` feature, `[detect.transformer] enabled` is on and the weights are
/// present; otherwise the linear model alone when the policy's `[model] enabled` is on.
fn model_tiers(engine: Engine, policy: &PolicyConfig, config: &DetectConfig) -> Result<Engine> {
    let thresholds = ModelThresholds::from_config(policy);
    #[cfg(feature = "transformer")]
    if config.transformer.enabled {
        use upstander_detect::Cascade;
        use upstander_detect::transformer::{SentenceEncoder, TransformerHead, encoder_for};
        let configured = &config.transformer.model_dir;
        let found = locate_model_dir(configured, &model_dir_bases());
        let dir = found.as_deref().unwrap_or(configured);
        if SentenceEncoder::present(dir) {
            let head = match &config.transformer.head_path {
                Some(path) => TransformerHead::from_json(&read_file(path)?)?,
                None => TransformerHead::embedded()?,
            };
            let encoder = encoder_for(dir, &head, config.transformer.adapter_path.as_deref())?;
            let cascade = Cascade::new(
                Arc::new(LinearModel::embedded()?),
                thresholds,
                Arc::new(encoder),
                Arc::new(head),
                config.transformer.band,
            )?
            .with_fast_signals(policy.model.enabled);
            tracing::info!(
                model_dir = %dir.display(),
                band = ?cascade.band(),
                "transformer tier on: the cascade asks MiniLM about posts the fast tier is unsure of"
            );
            return Ok(engine.with_detector(Box::new(cascade)));
        }
        tracing::warn!(
            model_dir = %dir.display(),
            "transformer tier off: the MiniLM weights are missing; run scripts/setup-minilm to \
             fetch them (detection runs the fast tier alone)"
        );
    }
    #[cfg(not(feature = "transformer"))]
    if config.transformer.enabled {
        tracing::debug!("this binary is built without the `transformer` feature; fast tier only");
    }
    if policy.model.enabled {
        let model = Arc::new(LinearModel::embedded()?);
        return Ok(engine.with_detector(Box::new(ModelDetector::new(model, thresholds))));
    }
    Ok(engine)
}

/// What a reviewer submits; ids and names still as typed, validated by [`Hub::decide`] and
/// [`Hub::decide_as`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionInput {
    /// `no_action`, `platform_report`, `police`, `counter_speech` or `escalate`.
    pub action: String,
    /// A taxonomy category id, if the reviewer assigns one.
    pub category: Option<String>,
    /// `S0`…`S4`.
    pub severity: String,
    /// Free text.
    pub note: Option<String>,
    /// Who decides; used by [`Hub::decide`] only ([`Hub::decide_as`] takes the signed-in
    /// user instead).
    pub reviewer: String,
    /// A taxonomy target-group id, if the reviewer assigns one.
    pub target_group: Option<String>,
    /// Candidate legal grounds: taxonomy legal-basis ids.
    pub legal_grounds: Vec<String>,
    /// Platform-policy grounds: short identifiers such as a platform's rule name.
    pub policy_grounds: Vec<String>,
}

/// What [`Hub::verify_audit`] found in an intact log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    /// Entries checked.
    pub entries: u64,
    /// The last entry's hash (64 zeros for an empty log): write it down somewhere else, and a
    /// later check can tell that nothing was cut from the end.
    pub last_hash: String,
}

/// Entries read per page while verifying, so a long log never sits in memory whole.
const AUDIT_PAGE: u32 = 1000;

/// The hub: configuration, detection and a store, with the use cases as methods.
#[derive(Clone)]
pub struct Hub {
    pub(crate) config: Arc<HubConfig>,
    pub(crate) detection: Detection,
    pub(crate) store: SharedStore,
    pub(crate) rules: Arc<WorkflowRules>,
    pub(crate) clock: Clock,
}

impl Hub {
    /// Validates the configuration, builds detection and opens (and migrates) the store.
    ///
    /// # Errors
    /// Invalid configuration, detection files or database URL, or a database that cannot be
    /// opened.
    pub async fn open(config: HubConfig) -> Result<Self> {
        config.validate()?;
        let detection = Detection::load(&config.detect)?;
        let store = upstander_store::open(&config.database.url).await?;
        Ok(Self::with_parts(config, detection, store))
    }

    /// Assembles a hub from parts already built (tests, embedding).
    #[must_use]
    pub fn with_parts(config: HubConfig, detection: Detection, store: SharedStore) -> Self {
        Self {
            config: Arc::new(config),
            detection,
            store,
            rules: Arc::new(WorkflowRules::default()),
            clock: Clock::system(),
        }
    }

    /// The same hub with other workflow rules (lockout, session, claim and deadline lengths).
    #[must_use]
    pub fn with_rules(mut self, rules: WorkflowRules) -> Self {
        self.rules = Arc::new(rules);
        self
    }

    /// The same hub reading the time from `clock` (tests step a manual clock through time).
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The workflow rules in force.
    #[must_use]
    pub fn rules(&self) -> &WorkflowRules {
        &self.rules
    }

    /// The configuration in force.
    #[must_use]
    pub fn config(&self) -> &HubConfig {
        &self.config
    }

    /// The detection engine and taxonomy.
    #[must_use]
    pub fn detection(&self) -> &Detection {
        &self.detection
    }

    /// Which database backend is in use.
    #[must_use]
    pub fn backend(&self) -> &'static str {
        self.store.backend()
    }

    /// The queue, highest priority first.
    ///
    /// # Errors
    /// An unknown category filter, or a store failure.
    pub async fn queue(&self, filter: &ItemFilter) -> Result<Vec<QueueItem>> {
        if let Some(category) = &filter.category {
            let known = self.detection.taxonomy.has_category(category)
                || self
                    .detection
                    .taxonomy
                    .categories
                    .iter()
                    .any(|c| c.family == *category);
            if !known {
                return Err(AppError::invalid(
                    "category",
                    format!("'{category}' is neither a category id nor a family in the taxonomy"),
                ));
            }
        }
        Ok(self.store.list_items(filter).await?)
    }

    /// One item, by full id or unique prefix, with its copies and decisions.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown or ambiguous id.
    pub async fn item(&self, id_or_prefix: &str) -> Result<ItemDetail> {
        let id = self.store.resolve_item_id(id_or_prefix).await?;
        Ok(self.store.get_item(id).await?)
    }

    /// Records a reviewer's decision under the name given in `input.reviewer`, as the
    /// command line does: it acts as [`Hub::system_actor`], so no claim is needed. An S3/S4
    /// decision with an action waits for a second review like anyone's. Nothing leaves the
    /// hub here: referral is a later step.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming the bad field, [`AppError::NotFound`] for an unknown
    /// item.
    pub async fn decide(&self, id_or_prefix: &str, input: DecisionInput) -> Result<Decision> {
        let reviewer = input.reviewer.clone();
        let decision = self.new_decision(upstander_core::ItemId::new(), input, &reviewer)?;
        let item_id = self.store.resolve_item_id(id_or_prefix).await?;
        let decision = NewDecision {
            item_id,
            ..decision
        };
        let (action, severity, reviewer) = (decision.action, decision.severity, reviewer.trim());
        let stored = self.store.record_decision(&decision).await?;
        tracing::info!(item.id = %item_id, action = %action, severity = %severity, reviewer, "decision recorded");
        Ok(stored)
    }

    /// Checks the whole audit log's hash chain, reading it in pages of 1000.
    ///
    /// # Errors
    /// [`AppError::AuditBroken`] naming the first entry that was altered, removed or
    /// reordered; a store failure (including a row too damaged to read, named by its seq).
    pub async fn verify_audit(&self) -> Result<AuditReport> {
        let mut verifier = ChainVerifier::new();
        loop {
            let page = self
                .store
                .audit_entries(verifier.last_seq(), AUDIT_PAGE)
                .await?;
            let full = page.len() >= AUDIT_PAGE as usize;
            for entry in &page {
                verifier.push(entry).map_err(|b| AppError::AuditBroken {
                    seq: b.seq,
                    reason: b.reason,
                })?;
            }
            if !full {
                break;
            }
        }
        Ok(AuditReport {
            entries: verifier.count(),
            last_hash: verifier.last_hash().to_owned(),
        })
    }

    /// Audit entries after `after` (a seq; 0 for the start), oldest first, at most `limit`.
    ///
    /// # Errors
    /// A store failure.
    pub async fn audit_log(&self, after: u64, limit: u32) -> Result<Vec<AuditEntry>> {
        Ok(self.store.audit_entries(after, limit).await?)
    }

    /// Counts of posts, items by status and decisions.
    ///
    /// # Errors
    /// A store failure.
    pub async fn counts(&self) -> Result<StoreCounts> {
        Ok(self.store.counts().await?)
    }
}

#[cfg(all(test, feature = "transformer"))]
mod tests {
    use super::*;

    #[test]
    fn a_relative_model_dir_is_found_under_the_first_base_that_has_the_weights() {
        let empty = tempfile::tempdir().unwrap();
        let full = tempfile::tempdir().unwrap();
        let models = full.path().join("models/minilm");
        std::fs::create_dir_all(&models).unwrap();
        for f in ["config.json", "tokenizer.json", "model.safetensors"] {
            std::fs::write(models.join(f), b"x").unwrap();
        }
        let bases = [empty.path().to_path_buf(), full.path().to_path_buf()];
        let relative = Path::new("models/minilm");
        assert_eq!(locate_model_dir(relative, &bases), Some(models.clone()));
        assert_eq!(locate_model_dir(relative, &bases[..1]), None);
        assert_eq!(locate_model_dir(&models, &[]), Some(models.clone()));
        assert_eq!(locate_model_dir(&empty.path().join("x"), &bases), None);
    }
}
