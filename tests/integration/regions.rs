//! `vsopro regions` in every format.

use crate::common::*;

#[test]
fn regions_in_every_format() {
    let root = Sandbox::base();
    for format in ["table", "json", "markdown", "csv"] {
        let out = root.run(&["regions", "--format", format]);
        out.expect(0);
        insta::assert_snapshot!(format!("regions-{format}"), out.stdout());
    }
}

#[test]
fn regions_json_lists_35_and_marks_the_ones_with_data() {
    let v = Sandbox::base()
        .run(&["regions", "--format", "json"])
        .expect(0)
        .json();
    let regions = v["regions"].as_array().unwrap();
    assert_eq!(regions.len(), 35);
    assert_eq!(v["with_data"], 1);
    let gorinchem = regions.iter().find(|r| r["slug"] == "gorinchem").unwrap();
    assert_eq!(gorinchem["has_data"], true);
    assert_eq!(gorinchem["code"], "AM35");
}

#[test]
fn regions_works_outside_a_data_folder() {
    let out = Sandbox::new()
        .cmd(&["regions", "--format", "csv"])
        .discover_from(".")
        .run();
    out.expect(0);
    assert_eq!(out.stdout().lines().count(), 36);
    assert!(!out.stdout().contains(",yes,"));
}
