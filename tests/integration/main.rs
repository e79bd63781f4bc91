//! The integration tests: one binary, one module per feature. Every test runs
//! the real vsopro binary (or the library in memory) inside its own sandbox
//! folder; see `common`.

mod common;

mod approval;
mod check;
mod cli;
mod codeowners;
mod concurrency;
mod docs;
mod documents;
mod dutch;
mod explain;
mod fuzz_corpus;
mod fuzz_input;
mod history;
mod hub;
mod import;
mod init;
mod language;
mod layers;
mod practices;
mod regions;
mod reliability;
mod removal;
mod reports;
mod robustness;
mod round;
mod schema;
mod serve;
mod serve_forms;
mod shipped;
mod site;
mod stream;
mod stuurgroep;
mod sync;
mod toml_suite;
mod trust;
mod uitstroom;
mod uitstroom_excel;
mod undo;
mod voortgang;
mod web;
