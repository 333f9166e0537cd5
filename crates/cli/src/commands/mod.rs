//! One module per subcommand.

pub mod classify;
pub mod config;
pub mod demo;
pub mod ingest;
pub mod queue;
pub mod taxonomy;
