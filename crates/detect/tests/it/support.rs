//! Shared helpers: the standard engine, built once.

use std::sync::OnceLock;

use upstander_core::Taxonomy;
use upstander_detect::Engine;

/// The shipped taxonomy.
pub fn taxonomy() -> &'static Taxonomy {
    static TAXONOMY: OnceLock<Taxonomy> = OnceLock::new();
    TAXONOMY.get_or_init(|| Taxonomy::embedded().unwrap())
}

/// The standard engine over the shipped taxonomy, lexicon and policy.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::standard(taxonomy()).unwrap())
}
