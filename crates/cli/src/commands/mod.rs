//! One module per subcommand.

pub mod audit;
pub mod classify;
pub mod config;
pub mod demo;
pub mod eval;
pub mod ingest;
pub mod outcome;
pub mod queue;
pub mod recheck;
pub mod refer;
pub mod report;
pub mod serve;
pub mod taxonomy;
pub mod train;
pub mod user;
