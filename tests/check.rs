//! `vsopro check` on one fixture per diagnostic code. The fixtures under
//! tests/fixtures/check/<code>/ are laid over the valid base region in
//! tests/fixtures/base/; together they are the catalogue of errors.

mod common;

use common::*;
use vsopro::diag::{Code, Severity};

/// Runs the case in table and JSON form; checks the exit code, that the
/// code is reported with a position, and snapshots the human output.
fn case(code_name: &str) {
    let code = Code::ALL
        .iter()
        .find(|c| c.name() == code_name)
        .expect("a known code");
    let root = case_root(code_name);
    let human = vsopro(root.path(), &["check"]);
    let json = vsopro(root.path(), &["check", "--format", "json"]);
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&json)).expect("check --format json is JSON");
    let found: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code_name)
        .collect();
    assert!(
        !found.is_empty(),
        "{code_name} not reported:\n{}",
        stderr(&human)
    );
    for d in &found {
        assert!(d["file"].as_str().is_some_and(|f| !f.is_empty()), "{d}");
        assert!(
            d["help"].as_str().is_some_and(|h| !h.is_empty()),
            "every diagnostic has help: {d}"
        );
    }
    let expected_exit = match code.severity() {
        Severity::Error => 1,
        Severity::Warning => 0,
    };
    assert_eq!(exit_code(&human), expected_exit, "{}", stderr(&human));
    assert_eq!(exit_code(&json), expected_exit);
    if code.severity() == Severity::Warning {
        let strict = vsopro(root.path(), &["check", "--deny-warnings"]);
        assert_eq!(
            exit_code(&strict),
            1,
            "--deny-warnings turns warnings into failure"
        );
    }
    insta::assert_snapshot!(code_name, stderr(&human));
}

macro_rules! cases {
    ($($test:ident => $code:literal,)*) => {
        $(#[test] fn $test() { case($code); })*

        #[test]
        fn every_code_has_a_case_and_every_case_a_code() {
            let cases = [$($code),*];
            for c in Code::ALL {
                assert!(cases.contains(&c.name()), "no test for {}", c.name());
            }
            let dirs: Vec<String> = std::fs::read_dir(fixtures().join("check"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            for d in &dirs {
                assert!(cases.contains(&d.as_str()), "fixture {d} has no test");
            }
            assert_eq!(dirs.len(), Code::ALL.len());
        }
    };
}

cases! {
    toml_syntax => "toml-syntax",
    unreadable_file => "unreadable-file",
    unknown_key => "unknown-key",
    wrong_type => "wrong-type",
    missing_key => "missing-key",
    invalid_value => "invalid-value",
    invalid_date => "invalid-date",
    end_before_start => "end-before-start",
    duplicate_id => "duplicate-id",
    unknown_reference => "unknown-reference",
    unknown_region => "unknown-region",
    region_name_mismatch => "region-name-mismatch",
    region_code_mismatch => "region-code-mismatch",
    vso_only_field => "vso-only-field",
    invalid_cluster => "invalid-cluster",
    invalid_brin => "invalid-brin",
    negative_count => "negative-count",
    empty_themes => "empty-themes",
    unknown_theme => "unknown-theme",
    missing_reason => "missing-reason",
    invalid_setting => "invalid-setting",
    missing_file => "missing-file",
    empty_region => "empty-region",
    stray_file => "stray-file",
    overdue_action => "overdue-action",
    municipality_not_in_region => "municipality-not-in-region",
    uncovered_theme => "uncovered-theme",
    possible_bsn => "possible-bsn",
    unapproved_jaarplan => "unapproved-jaarplan",
    missed_meeting => "missed-meeting",
}

#[test]
fn the_base_fixture_is_clean() {
    let root = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("base"), root.path());
    let out = vsopro(root.path(), &["check"]);
    assert_eq!(exit_code(&out), 0);
    assert_eq!(stderr(&out), "ok: 1 region checked, no problems found\n");
}

#[test]
fn shipped_and_example_data_pass() {
    for dir in ["regions/..", "examples"] {
        let out = vsopro(&repo().join(dir), &["check"]);
        assert_eq!(exit_code(&out), 0, "{dir}: {}", stderr(&out));
    }
}

#[test]
fn symlinks_are_reported_not_followed() {
    let root = case_root("uncovered-theme");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.toml"), "x = 1").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), root.path().join("regions/zeeland")).unwrap();
    let out = vsopro(root.path(), &["check", "--format", "json"]);
    let text = stdout(&out);
    assert!(text.contains("symbolic link"), "{text}");
    assert!(!text.contains("secret"), "{text}");
}

#[test]
fn region_arguments_select_and_unknown_ones_get_a_suggestion() {
    let root = case_root("missing-file");
    // Only Gorinchem: Zeeland's missing files are not looked at.
    let out = vsopro(root.path(), &["check", "Gorinchem"]);
    assert_eq!(exit_code(&out), 0);
    assert_eq!(stderr(&out), "ok: 1 region checked, no problems found\n");
    let out = vsopro(root.path(), &["check", "gorinchm"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("did you mean `gorinchem` (Gorinchem)?"),
        "{}",
        stderr(&out)
    );
    let out = vsopro(root.path(), &["check", "../gorinchem"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("is a path, not a region"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_root_is_found_from_a_subfolder_and_missing_root_explains_init() {
    let root = case_root("uncovered-theme");
    let out = vsopro(&root.path().join("regions/gorinchem"), &["check"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let empty = tempfile::tempdir().unwrap();
    let out = vsopro(empty.path(), &["check"]);
    assert_eq!(exit_code(&out), 2);
    assert!(stderr(&out).contains("vsopro init"), "{}", stderr(&out));
}

#[test]
fn one_broken_file_does_not_hide_the_others() {
    let root = case_root("toml-syntax");
    std::fs::write(
        root.path().join("regions/gorinchem/overlegtafels.toml"),
        "[[overlegtafel]]\nid = \"x\"\nname = \"X\"\nlevel = \"hoog\"\n",
    )
    .unwrap();
    let out = vsopro(root.path(), &["check", "--format", "json"]);
    let text = stdout(&out);
    assert!(
        text.contains("toml-syntax") && text.contains("invalid-value"),
        "{text}"
    );
}

#[test]
fn check_list_names_every_code() {
    let out = vsopro(&repo(), &["check", "--list", "--format", "csv"]);
    assert_eq!(exit_code(&out), 0);
    let text = stdout(&out);
    for c in Code::ALL {
        assert!(text.contains(c.name()), "{}", c.name());
    }
    assert_eq!(text.lines().count(), Code::ALL.len() + 1);
}

#[test]
fn diagnostics_are_sorted_by_file_and_line() {
    let root = case_root("unknown-reference");
    let out = vsopro(root.path(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let keys: Vec<(String, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(keys.len() >= 7, "{keys:?}");
}
