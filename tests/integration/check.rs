//! `vsopro check` on one fixture per diagnostic code. The fixtures under
//! tests/fixtures/check/<code>/ are laid over the valid base region in
//! tests/fixtures/base/; together they are the catalogue of errors.

use crate::common::*;
use vsopro::diag::{Code, Severity};

/// Runs the case in table and JSON form; checks the exit code, that the
/// code is reported with a position, and snapshots the human output.
fn case(code_name: &str) {
    let code = Code::ALL
        .iter()
        .find(|c| c.name() == code_name)
        .expect("a known code");
    let root = Sandbox::case(code_name);
    let human = root.run(&["check"]);
    let report = root.run(&["check", "--format", "json"]);
    let json = report.json();
    let found: Vec<&serde_json::Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code_name)
        .collect();
    assert!(
        !found.is_empty(),
        "{code_name} not reported:\n{}",
        human.stderr()
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
        Severity::Warning | Severity::Hint => 0,
    };
    human.expect(expected_exit);
    report.expect(expected_exit);
    match code.severity() {
        Severity::Warning => root.run(&["check", "--deny-warnings"]).expect(1),
        // A hint never fails a run.
        Severity::Hint => root.run(&["check", "--deny-warnings"]).expect(0),
        Severity::Error => human.expect(1),
    };
    insta::assert_snapshot!(code_name, human.stderr());
    // The catalogue of errors in Dutch, the language the coordinators read.
    let dutch = root.cmd(&["check"]).lang(Some("nl")).run();
    dutch.expect(expected_exit);
    insta::assert_snapshot!(format!("{code_name}-nl"), dutch.stderr());
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
    invalid_owner => "invalid-owner",
    meeting_without_notes => "meeting-without-notes",
    invalid_goal_figure => "invalid-goal-figure",
    approval_outdated => "approval-outdated",
    incomplete_practice => "incomplete-practice",
    private_contact => "private-contact",
    invalid_inspiration => "invalid-inspiration",
    unknown_vote_institution => "unknown-vote-institution",
    unknown_fingerprint => "unknown-fingerprint",
    duplicate_vote => "duplicate-vote",
    late_vote => "late-vote",
    round_overdue => "round-overdue",
    vote_on_earlier_version => "vote-on-earlier-version",
    stale_codeowners => "stale-codeowners",
    curly_quotes => "curly-quotes",
    unreadable_file => "unreadable-file",
    unknown_key => "unknown-key",
    wrong_type => "wrong-type",
    missing_key => "missing-key",
    invalid_value => "invalid-value",
    invalid_date => "invalid-date",
    end_before_start => "end-before-start",
    empty_id => "empty-id",
    invalid_id => "invalid-id",
    invalid_public_practice => "invalid-public-practice",
    duplicate_id => "duplicate-id",
    unknown_reference => "unknown-reference",
    unknown_region => "unknown-region",
    region_name_mismatch => "region-name-mismatch",
    region_code_mismatch => "region-code-mismatch",
    vso_only_field => "vso-only-field",
    invalid_cluster => "invalid-cluster",
    personal_data => "personal-data",
    invalid_outcome_count => "invalid-outcome-count",
    outcome_over_total => "outcome-over-total",
    outcome_under_total => "outcome-under-total",
    invalid_school_year => "invalid-school-year",
    outcome_goal => "outcome-goal",
    duplicate_outcome => "duplicate-outcome",
    more_leavers_than_pupils => "more-leavers-than-pupils",
    invalid_brin => "invalid-brin",
    negative_count => "negative-count",
    invalid_hours => "invalid-hours",
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
    Sandbox::base()
        .run(&["check"])
        .expect(0)
        .err_has("ok: 1 region checked, no problems found\n");
}

#[test]
fn the_example_data_passes() {
    Sandbox::examples().run(&["check"]).expect(0);
}

#[test]
fn symlinks_are_reported_not_followed() {
    let root = Sandbox::case("uncovered-theme");
    let outside = Sandbox::new();
    outside.write("secret.toml", "x = 1");
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), root.join("regions/zeeland")).unwrap();
    let text = root.run(&["check", "--format", "json"]).stdout();
    assert!(text.contains("symbolic link"), "{text}");
    assert!(!text.contains("secret"), "{text}");
}

#[test]
fn region_arguments_select_and_unknown_ones_get_a_suggestion() {
    let root = Sandbox::case("missing-file");
    // Only Gorinchem: Zeeland's missing files are not looked at.
    let out = root.run(&["check", "Gorinchem"]);
    out.expect(0);
    assert_eq!(out.stderr(), "ok: 1 region checked, no problems found\n");
    root.run(&["check", "gorinchm"])
        .expect(2)
        .err_has("did you mean `gorinchem` (Gorinchem)?");
    root.run(&["check", "../gorinchem"])
        .expect(2)
        .err_has("is a path, not a region");
}

#[test]
fn the_root_is_found_from_a_subfolder_and_missing_root_explains_init() {
    let root = Sandbox::case("uncovered-theme");
    root.cmd(&["check"])
        .discover_from("regions/gorinchem")
        .run()
        .expect(0);
    let empty = Sandbox::new();
    empty
        .cmd(&["check"])
        .discover_from(".")
        .run()
        .expect(2)
        .err_has("vsopro init");
}

#[test]
fn one_broken_file_does_not_hide_the_others() {
    let root = Sandbox::case("toml-syntax");
    root.write(
        "regions/gorinchem/overlegtafels.toml",
        "[[overlegtafel]]\nid = \"x\"\nname = \"X\"\nlevel = \"hoog\"\n",
    );
    let text = root.run(&["check", "--format", "json"]).stdout();
    assert!(
        text.contains("toml-syntax") && text.contains("invalid-value"),
        "{text}"
    );
}

#[test]
fn check_list_names_every_code() {
    let out = Sandbox::new().run(&["check", "--list", "--format", "csv"]);
    out.expect(0);
    let text = out.stdout();
    for c in Code::ALL {
        assert!(text.contains(c.name()), "{}", c.name());
    }
    assert_eq!(text.lines().count(), Code::ALL.len() + 1);
}

#[test]
fn diagnostics_are_sorted_by_file_and_line() {
    let report = Sandbox::case("unknown-reference")
        .run(&["check", "--format", "json"])
        .json();
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

/// Each rule emits only the codes it declares, and every code is emitted by
/// its rule on some fixture.
#[test]
fn rules_emit_exactly_the_codes_they_declare() {
    use std::collections::BTreeSet;
    use vsopro::check::{Ctx, RULES};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut emitted: BTreeSet<&str> = BTreeSet::new();
    for code in Code::ALL {
        let root = Sandbox::case(code.name());
        let data = vsopro::load::load(root.path(), None).unwrap();
        let cx = Ctx::new(&data, today);
        for rule in RULES {
            let mut out = Vec::new();
            (rule.run)(&cx, &mut out);
            for d in out {
                assert!(
                    rule.codes.contains(&d.code),
                    "rule {} emitted {} without declaring it",
                    rule.name(),
                    d.code.name()
                );
                emitted.insert(d.code.name());
            }
        }
    }
    for code in Code::ALL {
        assert!(
            emitted.contains(code.name()),
            "no rule emitted {}",
            code.name()
        );
    }
}
