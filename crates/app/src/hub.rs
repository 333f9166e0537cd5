//! The [`Hub`]: detection built once, a store, and the use cases on top of them.

use std::path::Path;
use std::sync::Arc;

use upstander_core::{
    AuditEntry, ChainVerifier, Decision, DecisionAction, ItemFilter, NewDecision, QueueItem,
    Severity, Taxonomy,
};
use upstander_detect::{Engine, Lexicon, PolicyConfig};
use upstander_store::{ItemDetail, SharedStore, StoreCounts};

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
        let engine = Engine::new(lexicon, policy);
        Ok(Self {
            taxonomy: Arc::new(taxonomy),
            engine: Arc::new(engine),
        })
    }
}

/// What a reviewer submits; ids and names still as typed, validated by [`Hub::decide`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionInput {
    /// `no_action`, `platform_report`, `police`, `counter_speech` or `escalate`.
    pub action: String,
    /// A taxonomy category id, if the reviewer assigns one.
    pub category: Option<String>,
    /// `S0`…`S4`.
    pub severity: String,
    /// Free text.
    pub note: Option<String>,
    /// Who decides.
    pub reviewer: String,
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

/// Longest note kept with a decision, in characters.
const MAX_NOTE_CHARS: usize = 10_000;

/// The hub: configuration, detection and a store, with the use cases as methods.
#[derive(Clone)]
pub struct Hub {
    pub(crate) config: Arc<HubConfig>,
    pub(crate) detection: Detection,
    pub(crate) store: SharedStore,
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
        }
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

    /// Records a reviewer's decision. Nothing leaves the hub here: referral is a later step.
    ///
    /// # Errors
    /// [`AppError::InvalidInput`] naming the bad field, [`AppError::NotFound`] for an unknown
    /// item.
    pub async fn decide(&self, id_or_prefix: &str, input: DecisionInput) -> Result<Decision> {
        let action = DecisionAction::parse(&input.action)
            .map_err(|e| AppError::invalid("decision", e.to_string()))?;
        let severity = Severity::parse(&input.severity)
            .map_err(|e| AppError::invalid("severity", e.to_string()))?;
        let category = match input.category.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) if self.detection.taxonomy.has_category(id) => Some(id.to_owned()),
            Some(id) => {
                return Err(AppError::invalid(
                    "category",
                    format!("unknown category id '{id}' (see `upstander taxonomy`)"),
                ));
            }
        };
        let reviewer = input.reviewer.trim();
        if reviewer.is_empty() || reviewer.chars().count() > 200 || reviewer.contains('\0') {
            return Err(AppError::invalid(
                "reviewer",
                "give the reviewer's name (1–200 characters)",
            ));
        }
        let note = input.note.filter(|n| !n.trim().is_empty());
        if let Some(note) = &note
            && (note.chars().count() > MAX_NOTE_CHARS || note.contains('\0'))
        {
            return Err(AppError::invalid(
                "note",
                format!("must be at most {MAX_NOTE_CHARS} characters and contain no NUL"),
            ));
        }
        let item_id = self.store.resolve_item_id(id_or_prefix).await?;
        let decision = NewDecision {
            item_id,
            action,
            category,
            severity,
            note,
            reviewer: reviewer.to_owned(),
        };
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
