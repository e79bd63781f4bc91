//! vsopro: regional data of the netwerkcoördinatoren vso/pro, validated and
//! turned into reports.
//!
//! The binary is `main` below. The modules are listed by the bands of
//! ARCHITECTURE.md's layers, bottom first (alphabetical within a band; a
//! test holds the imports to the layers' order). `pub` are the ones the integration tests, the benchmark
//! and the fuzzer use — loading (`load`), the data (`model`, `registry`),
//! the checks (`check`, `diag`), the reports (`report`) and the schemas
//! (`schema`) — and those whose types the public ones name in their
//! signatures (`error`, `i18n`, `source`, `render`). Everything else is
//! internal; `fuzzing` exists only for the tests and cargo-fuzz.

// Foundations: words, facts, diagnostics, sources.
pub mod diag;
pub mod i18n;
mod map;
pub mod registry;
pub mod source;
mod suggest;
// The data, and reading it.
pub mod error;
mod git;
pub mod load;
mod lock;
pub mod model;
mod output;
mod parse;
mod write;
// Checking and reporting.
pub mod check;
mod out;
pub mod render;
pub mod report;
pub mod schema;
mod words;
// Changing the data: the record kinds and the one write path.
mod edit;
mod import;
mod records;
// What a person asks for, and the surfaces that ask.
#[cfg(any(test, fuzzing))]
pub mod fuzzing;
mod hub;
mod usecases;
mod web;
// The command line.
mod app;
mod cli;
mod config;
mod launch;

/// Parses the command line, runs it, and returns the process exit code.
/// Every failure ends here, and is printed here, once.
pub fn main() -> i32 {
    // The language first: even an error in the arguments is said in it.
    i18n::set(cli::language());
    // A double-click on Windows: the workbench, not a flash of help.
    if launch::double_clicked() {
        return match launch::run() {
            Ok(()) => error::Exit::Ok as i32,
            Err(e) => {
                output::eprint(&render::diagnostics::error(&e, false));
                // Keep the window open long enough to read why.
                std::thread::sleep(std::time::Duration::from_secs(30));
                e.exit() as i32
            }
        };
    }
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
