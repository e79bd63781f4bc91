//! `vsopro regions` in every format, on the shipped data.

mod common;

use common::*;

#[test]
fn regions_in_every_format() {
    for format in ["table", "json", "markdown", "csv"] {
        let out = vsopro(&repo(), &["regions", "--format", format]);
        assert_eq!(exit_code(&out), 0);
        insta::assert_snapshot!(format!("regions-{format}"), stdout(&out));
    }
}

#[test]
fn regions_json_lists_35_and_marks_the_shipped_one() {
    let out = vsopro(&repo(), &["regions", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let regions = v["regions"].as_array().unwrap();
    assert_eq!(regions.len(), 35);
    assert_eq!(v["with_data"], 1);
    let gooi = regions
        .iter()
        .find(|r| r["slug"] == "gooi-en-vechtstreek")
        .unwrap();
    assert_eq!(gooi["has_data"], true);
    assert_eq!(gooi["code"], "AM12");
}

#[test]
fn regions_works_outside_a_data_folder() {
    let empty = tempfile::tempdir().unwrap();
    let out = vsopro(empty.path(), &["regions", "--format", "csv"]);
    assert_eq!(exit_code(&out), 0);
    assert_eq!(stdout(&out).lines().count(), 36);
    assert!(!stdout(&out).contains(",yes,"));
}
