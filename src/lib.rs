//! vsopro: regional data of the netwerkcoördinatoren vso/pro, validated and
//! turned into reports.

pub mod app;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod fuzzing;
pub mod git;
pub mod import;
pub mod init;
pub mod load;
pub mod model;
pub mod parse;
pub mod registry;
pub mod render;
pub mod report;
pub mod schema;
pub mod site;
pub mod source;
pub mod suggest;
#[doc(hidden)]
pub mod synth;
pub mod write;

/// Parses the command line, runs it, and returns the process exit code.
pub fn main() -> i32 {
    let config = cli::parse();
    app::run(&config) as i32
}
