//! Typed configuration: one TOML file plus `UPSTANDER__SECTION__KEY` environment overrides
//! (the binary merges those layers; this module owns the shape, the defaults and validation).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::AppError;

/// The example configuration, every option with its default and a comment.
/// `upstander config example` prints it; a test checks that it parses to the defaults.
pub const EXAMPLE_CONFIG: &str = include_str!("../../../resources/upstander.example.toml");

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HubConfig {
    /// Where the hub keeps its data.
    pub database: DatabaseConfig,
    /// How posts are read, batched and grouped.
    pub ingest: IngestConfig,
    /// Which taxonomy, lexicon and policy detection uses.
    pub detect: DetectConfig,
    /// Who sends referrals, and which platform registry they use.
    pub referral: ReferralConfig,
    /// How `upstander recheck` fetches referred links (timeout, redirects, body cap, markers).
    pub recheck: upstander_referral::LinkCheckerConfig,
    /// How the burden bill prices and measures staff time.
    pub reports: crate::ReportsConfig,
}

/// `[referral]`: the notifier named on every notice (DSA Art. 16(2)(c)) unless a referral
/// names another, and the platform registry.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReferralConfig {
    /// The notifier's name (a person or the organisation); empty means every referral must
    /// name one.
    pub notifier_name: String,
    /// Where platforms send their confirmation and decision.
    pub notifier_email: String,
    /// The organisation the notifier acts for.
    pub organisation: Option<String>,
    /// Whether the organisation is a designated DSA trusted flagger (opens the
    /// trusted-flagger channels).
    pub trusted_flagger: bool,
    /// A platform registry file to use instead of the built-in `resources/platforms.toml`.
    pub registry_path: Option<PathBuf>,
}

/// `[database]`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseConfig {
    /// `sqlite://PATH` (or a plain path) for the embedded database, `postgres://…` for
    /// PostgreSQL.
    pub url: String,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: "sqlite://upstander.db".to_owned(),
        }
    }
}

impl std::fmt::Debug for DatabaseConfig {
    // A Postgres URL may carry a password; never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseConfig")
            .field("url", &redact_url(&self.url))
            .finish()
    }
}

/// Replaces the password in `scheme://user:password@host/…` with `***`.
#[must_use]
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => format!(
            "{}://{}:***{}",
            &url[..scheme_end],
            &authority[..colon],
            &rest[at..]
        ),
        _ => url.to_owned(),
    }
}

/// `[ingest]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IngestConfig {
    /// Posts per database transaction.
    pub batch_size: usize,
    /// Largest single record (a line, or one post in a document), in bytes; larger ones are
    /// rejected without being loaded into memory.
    pub max_record_bytes: usize,
    /// Largest whole-document export (X response, Telegram `result.json`), in bytes.
    pub max_document_bytes: usize,
    /// Largest SimHash distance (in bits, 0–24) at which a candidate that shares a MinHash key
    /// with a post counts as its near copy; 0 groups exact copies only.
    pub near_duplicate_max_hamming: u32,
    /// Detection threads; 0 means one per CPU core.
    pub workers: usize,
    /// Batches in flight between stages; bounds memory whatever the input size.
    pub queue_depth: usize,
}

impl Default for IngestConfig {
    fn default() -> Self {
        Self {
            batch_size: 1000,
            max_record_bytes: 1024 * 1024,
            max_document_bytes: 512 * 1024 * 1024,
            near_duplicate_max_hamming: 10,
            workers: 0,
            queue_depth: 4,
        }
    }
}

/// `[detect]`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DetectConfig {
    /// A taxonomy YAML file to use instead of the built-in one.
    pub taxonomy_path: Option<PathBuf>,
    /// A lexicon TSV file to use instead of the built-in one.
    pub lexicon_path: Option<PathBuf>,
    /// A policy TOML file to use instead of the built-in one.
    pub policy_path: Option<PathBuf>,
    /// `[detect.transformer]`: the MiniLM tier and the cascade.
    pub transformer: TransformerConfig,
}

/// `[detect.transformer]`: the sentence-embedding tier, which the cascade consults for posts
/// the fast tier is unsure of. It runs only in a binary built with the `transformer` feature
/// and when `model_dir` holds the weights (`scripts/setup-minilm` puts them there); otherwise
/// detection is the fast tier alone, with one warning at start-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TransformerConfig {
    /// Whether to use the cascade when it is available.
    pub enabled: bool,
    /// Folder with MiniLM's `config.json`, `tokenizer.json` and `model.safetensors`. A
    /// relative path is looked for in the working directory, then beside the binary and up to
    /// two folders above it.
    pub model_dir: PathBuf,
    /// The fast tier's probability band `[low, high]` inside which the transformer is asked;
    /// unset means the band the committed head was trained with.
    pub band: Option<[f32; 2]>,
    /// A head file (`minilm-head.json`) to use instead of the built-in one.
    pub head_path: Option<PathBuf>,
    /// An encoder adapter file (`minilm-lora.safetensors`) to use instead of the built-in
    /// one; only for a head trained with it.
    pub adapter_path: Option<PathBuf>,
}

impl Default for TransformerConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            model_dir: PathBuf::from("models/minilm"),
            band: None,
            head_path: None,
            adapter_path: None,
        }
    }
}

impl HubConfig {
    /// Checks ranges that serde cannot.
    ///
    /// # Errors
    /// [`AppError::Config`] naming the first bad key.
    pub fn validate(&self) -> Result<(), AppError> {
        let bad = |key: &str, message: String| AppError::Config {
            key: key.to_owned(),
            message,
        };
        let ingest = &self.ingest;
        if !(1..=100_000).contains(&ingest.batch_size) {
            return Err(bad(
                "ingest.batch_size",
                format!("must be 1–100000, got {}", ingest.batch_size),
            ));
        }
        if ingest.max_record_bytes < 64 {
            return Err(bad(
                "ingest.max_record_bytes",
                format!("must be at least 64, got {}", ingest.max_record_bytes),
            ));
        }
        if ingest.max_document_bytes < ingest.max_record_bytes {
            return Err(bad(
                "ingest.max_document_bytes",
                "must be at least ingest.max_record_bytes".to_owned(),
            ));
        }
        // Unrelated posts average 32 bits apart; past 24 the check stops telling them apart.
        if ingest.near_duplicate_max_hamming > 24 {
            return Err(bad(
                "ingest.near_duplicate_max_hamming",
                format!("must be 0–24, got {}", ingest.near_duplicate_max_hamming),
            ));
        }
        if !(1..=1024).contains(&ingest.queue_depth) {
            return Err(bad(
                "ingest.queue_depth",
                format!("must be 1–1024, got {}", ingest.queue_depth),
            ));
        }
        if let Some([low, high]) = self.detect.transformer.band
            && !(0.0 <= low && low <= high && high <= 1.0)
        {
            return Err(bad(
                "detect.transformer.band",
                format!("must be two probabilities, low first; got [{low}, {high}]"),
            ));
        }
        if self.database.url.trim().is_empty() {
            return Err(bad("database.url", "must not be empty".to_owned()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_configuration_parses_to_the_defaults() {
        let parsed: HubConfig = toml::from_str(EXAMPLE_CONFIG).unwrap();
        assert_eq!(parsed, HubConfig::default());
        parsed.validate().unwrap();
    }

    #[test]
    fn an_unknown_key_is_rejected() {
        let err = toml::from_str::<HubConfig>("[ingest]\nbatch_sise = 10\n").unwrap_err();
        assert!(err.to_string().contains("batch_sise"), "{err}");
    }

    #[test]
    fn an_out_of_range_value_names_its_key() {
        let mut config = HubConfig::default();
        config.ingest.near_duplicate_max_hamming = 30;
        let err = config.validate().unwrap_err();
        assert!(
            err.to_string()
                .contains("ingest.near_duplicate_max_hamming"),
            "{err}"
        );
    }

    #[test]
    fn a_transformer_band_out_of_order_names_its_key() {
        let config: HubConfig =
            toml::from_str("[detect.transformer]\nband = [0.9, 0.2]\n").unwrap();
        let err = config.validate().unwrap_err();
        assert!(err.to_string().contains("detect.transformer.band"), "{err}");
    }

    #[test]
    fn passwords_are_redacted_from_database_urls() {
        assert_eq!(
            redact_url("postgres://bob:s3cret@db:5432/hub"),
            "postgres://bob:***@db:5432/hub"
        );
        assert_eq!(redact_url("sqlite://upstander.db"), "sqlite://upstander.db");
        let config = DatabaseConfig {
            url: "postgres://bob:s3cret@db/hub".into(),
        };
        assert!(!format!("{config:?}").contains("s3cret"));
    }
}
