//! vsopro: regional data of the netwerkcoördinatoren vso/pro, validated and
//! turned into reports.
//!
//! The binary is `main` below. The library's public part is what the tests,
//! the benchmark and the fuzzer use: loading (`load`), the data (`model`,
//! `registry`), the checks (`check`, `diag`), the reports (`report`,
//! `render`) and the schemas (`schema`). Everything else is internal.

mod app;
pub mod check;
mod cli;
mod config;
pub mod diag;
mod edit;
pub mod error;
// The fuzz targets' entry points: for the tests and cargo-fuzz only.
#[cfg(any(test, fuzzing))]
pub mod fuzzing;
mod git;
mod hub;
pub mod i18n;
mod import;
mod launch;
pub mod load;
mod lock;
mod map;
pub mod model;
mod out;
mod output;
mod parse;
mod records;
pub mod registry;
pub mod render;
pub mod report;
pub mod schema;
pub mod source;
mod suggest;
mod usecases;
mod web;
mod words;
mod write;

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
