//! Every report in every format, on the example data and the shipped data.

mod common;

use common::*;
use std::path::PathBuf;

const FORMATS: [&str; 4] = ["table", "json", "markdown", "csv"];

fn examples() -> PathBuf {
    repo().join("examples")
}

/// Runs a report in all formats, checks JSON parses and CSV is rectangular
/// with one header row, and snapshots each output.
fn all_formats(name: &str, cwd: &std::path::Path, args: &[&str]) {
    for format in FORMATS {
        let mut full: Vec<&str> = args.to_vec();
        full.extend(["--format", format]);
        let out = vsopro(cwd, &full);
        assert_eq!(exit_code(&out), 0, "{name} {format}: {}", stderr(&out));
        let text = stdout(&out);
        match format {
            "json" => {
                serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
            }
            "csv" => {
                let mut r = csv::Reader::from_reader(text.as_bytes());
                let width = r.headers().unwrap().len();
                assert!(width > 1);
                for rec in r.records() {
                    assert_eq!(rec.unwrap().len(), width, "{name}: ragged CSV");
                }
            }
            _ => {}
        }
        insta::assert_snapshot!(format!("{name}-{format}"), text);
    }
}

#[test]
fn caseload_examples() {
    all_formats("caseload-examples", &examples(), &["caseload"]);
}

#[test]
fn caseload_shipped() {
    all_formats("caseload-shipped", &repo(), &["caseload"]);
}

#[test]
fn caseload_vacancy() {
    all_formats(
        "caseload-vacancy-30",
        &repo(),
        &["caseload", "--schools", "30"],
    );
}

#[test]
fn foto_examples() {
    all_formats("foto-examples", &examples(), &["foto", "midden-holland"]);
}

#[test]
fn foto_shipped() {
    all_formats("foto-shipped", &repo(), &["foto", "gooi-en-vechtstreek"]);
}

#[test]
fn themes_examples() {
    all_formats("themes-examples", &examples(), &["themes"]);
}

#[test]
fn themes_shipped() {
    all_formats("themes-shipped", &repo(), &["themes"]);
}

#[test]
fn theme_actions_examples() {
    all_formats(
        "theme-stageplaatsen-examples",
        &examples(),
        &["themes", "--theme", "stageplaatsen"],
    );
}

#[test]
fn theme_actions_shipped() {
    all_formats(
        "theme-stageplaatsen-shipped",
        &repo(),
        &["themes", "--theme", "stageplaatsen"],
    );
}

#[test]
fn staffing_examples() {
    all_formats("staffing-examples", &examples(), &["staffing"]);
}

#[test]
fn staffing_shipped() {
    all_formats("staffing-shipped", &repo(), &["staffing"]);
}

fn json(cwd: &std::path::Path, args: &[&str]) -> serde_json::Value {
    let mut full = args.to_vec();
    full.extend(["--format", "json"]);
    let out = vsopro(cwd, &full);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn vacancy_arithmetic_end_to_end() {
    let cases = [
        (&["--schools", "5"][..], 6, 40, 0.19),
        (&["--schools", "27"][..], 36, 0, 1.0),
        (&["--schools", "30"][..], 40, 0, 1.11),
        (
            &["--schools", "30", "--hours-per-week", "40"][..],
            40,
            0,
            1.0,
        ),
    ];
    let empty = tempfile::tempdir().unwrap();
    for (args, h, m, fte) in cases {
        let mut full = vec!["caseload"];
        full.extend(args);
        let v = json(empty.path(), &full);
        let row = &v["regions"][0];
        assert_eq!(row["required"]["hours"], h, "{args:?}");
        assert_eq!(row["required"]["rest_minutes"], m, "{args:?}");
        assert_eq!(row["required_fte"], fte, "{args:?}");
    }
}

#[test]
fn vsopro_toml_sets_the_norms_and_flags_override_them() {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(
        root.path().join("vsopro.toml"),
        "[caseload]\nhours_per_week = 40\n",
    )
    .unwrap();
    let v = json(root.path(), &["caseload", "--schools", "30"]);
    assert_eq!(v["regions"][0]["required_fte"], 1.0);
    assert_eq!(v["full_time"]["schools_per_week"], 30);
    let v = json(
        root.path(),
        &["caseload", "--schools", "30", "--minutes-per-school", "60"],
    );
    assert_eq!(v["regions"][0]["required"]["hours"], 30);
    assert_eq!(v["regions"][0]["required_fte"], 0.75);
}

#[test]
fn caseload_of_the_example_region() {
    let v = json(&examples(), &["caseload"]);
    let r = &v["regions"][0];
    assert_eq!(r["code"], "AM20");
    assert_eq!(
        (r["schools_pro"].as_u64(), r["schools_vso"].as_u64()),
        (Some(2), Some(2))
    );
    // 4 schools = 5:20 h; contracted 8 h, so 2.67 h more than needed.
    assert_eq!(r["required_hours"], 5.33);
    assert_eq!(r["gap_hours"], -2.67);
}

#[test]
fn staffing_covers_all_35_regions() {
    let v = json(&examples(), &["staffing"]);
    assert_eq!(v["regions"].as_array().unwrap().len(), 35);
    assert_eq!(v["totals"]["appointed"], 1);
    assert_eq!(v["totals"]["unknown"], 34);
    let mh = v["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "AM20")
        .unwrap();
    assert_eq!(mh["status"], "appointed");
    assert_eq!(mh["contracted_hours"], 8.0);
}

#[test]
fn themes_count_by_status_and_the_national_row() {
    let v = json(&examples(), &["themes"]);
    let cells = v["regions"][0]["themes"].as_array().unwrap();
    let st = cells
        .iter()
        .find(|c| c["theme"] == "standaardisatie-gemeenten")
        .unwrap();
    assert_eq!(
        (st["planned"].as_u64(), st["done"].as_u64()),
        (Some(1), Some(1))
    );
    let zid = cells
        .iter()
        .find(|c| c["theme"] == "zelf-in-dienst")
        .unwrap();
    assert_eq!(
        (zid["dropped"].as_u64(), zid["addressed"].as_bool()),
        (Some(1), Some(false))
    );
    assert_eq!(
        v["regions"][0]["uncovered"],
        serde_json::json!(["nieuwkomers", "zelf-in-dienst"])
    );
    let nat = v["national"].as_array().unwrap();
    assert_eq!(nat[0]["theme"], "stageplaatsen");
    assert_eq!(nat[0]["regions_addressing"], 1);
}

#[test]
fn theme_list_puts_good_practices_first() {
    let v = json(&examples(), &["themes", "--theme", "stageplaatsen"]);
    let actions = v["actions"].as_array().unwrap();
    assert_eq!(actions[0]["example"], true);
    assert!(actions.iter().skip(1).all(|a| a["example"] == false));
}

#[test]
fn foto_separates_relevant_and_not_relevant() {
    let v = json(&examples(), &["foto", "Midden-Holland"]);
    let levels: Vec<&str> = v["overlegtafels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels, ["bestuurlijk", "beleidsmatig", "operationeel"]);
    let not: Vec<&str> = v["not_relevant"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(not, ["platform-hoger-onderwijs", "campus-hbo"]);
    let open: Vec<&str> = v["knelpunten"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["actions"].as_array().unwrap().is_empty())
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    assert_eq!(open, ["nieuwkomers-geen-route"]);
}

#[test]
fn reports_refuse_invalid_data_with_the_check_diagnostics() {
    let root = case_root("unknown-reference");
    for args in [
        &["caseload"][..],
        &["foto", "gorinchem"],
        &["themes"],
        &["staffing"],
    ] {
        let out = vsopro(root.path(), args);
        assert_eq!(exit_code(&out), 1, "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}: no half report");
        assert!(
            stderr(&out).contains("error[unknown-reference]"),
            "{args:?}"
        );
    }
}

#[test]
fn reports_show_warnings_and_still_print() {
    let root = case_root("overdue-action");
    let out = vsopro(root.path(), &["caseload"]);
    assert_eq!(exit_code(&out), 0);
    assert!(stderr(&out).contains("warning[overdue-action]"));
    assert!(stdout(&out).contains("Gorinchem"));
}

#[test]
fn region_arguments_of_reports() {
    let out = vsopro(
        &repo(),
        &["foto", "GOOI EN VECHTSTREEK", "--format", "json"],
    );
    assert_eq!(exit_code(&out), 0);
    let out = vsopro(&repo(), &["foto", "gooi"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("did you mean `gooi-en-vechtstreek`"),
        "{}",
        stderr(&out)
    );
    let out = vsopro(&repo(), &["foto", "zeeland"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("no data for Zeeland"),
        "{}",
        stderr(&out)
    );
    let out = vsopro(&repo(), &["foto", "/etc"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("is a path, not a region"),
        "{}",
        stderr(&out)
    );
    let out = vsopro(&repo(), &["themes", "--theme", "nazrog"]);
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("did you mean `nazorg`"));
}

#[test]
fn jaarplan_examples() {
    all_formats(
        "jaarplan-examples",
        &examples(),
        &["jaarplan", "midden-holland"],
    );
}

#[test]
fn jaarplan_progress_and_cadence() {
    // Late in the plan period: two quarters without a stuurgroep meeting, actions overdue.
    let out = vsopro_on(
        "2027-05-15",
        &examples(),
        &["jaarplan", "midden-holland", "--format", "json"],
    );
    assert_eq!(exit_code(&out), 0);
    assert!(
        stderr(&out).contains(
            "no stuurgroep meeting in quarter 2 of the jaarplan (2026-11-01 to 2027-01-31)"
        )
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let st: Vec<&str> = v["stuurgroep"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(st, ["held", "missed", "missed", "open"]);
    assert_eq!(v["progress"]["overdue"], 2);
    assert_eq!(v["needs_approval"], false);
}

#[test]
fn jaarplan_of_a_region_without_one() {
    let out = vsopro(&repo(), &["jaarplan", "gooi-en-vechtstreek"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("has no readable jaarplan"),
        "{}",
        stderr(&out)
    );
}
