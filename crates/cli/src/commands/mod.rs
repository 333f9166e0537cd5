//! One module per subcommand.

pub mod audit;
pub mod classify;
pub mod config;
pub mod demo;
pub mod eval;
pub mod ingest;
pub mod queue;
pub mod taxonomy;
pub mod train;
