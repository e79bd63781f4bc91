//! vsopro: regional data of the netwerkcoördinatoren vso/pro, validated and
//! turned into reports.

pub mod app;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod error;
pub mod fuzzing;
pub mod git;
pub mod history;
pub mod import;
pub mod init;
pub mod load;
pub mod model;
pub mod output;
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
/// Every failure ends here, and is printed here, once.
pub fn main() -> i32 {
    let (result, color) = match cli::parse() {
        Ok(config) => (app::run(&config), config.stderr_color),
        Err(e) => (Err(e), cli::auto_color()),
    };
    match result {
        Ok(()) => error::Exit::Ok as i32,
        Err(e) => {
            output::eprint(&render::diagnostics::error(&e, color));
            e.exit() as i32
        }
    }
}
