//! Every report in every format, on the example data.

use crate::common::*;

const FORMATS: [&str; 4] = ["table", "json", "markdown", "csv"];

/// Runs a report in all formats, checks JSON parses and CSV is rectangular
/// with one header row, and snapshots each output.
fn all_formats(name: &str, cmd: impl Fn(&[&str]) -> Run) {
    for format in FORMATS {
        let out = cmd(&["--format", format]);
        assert_eq!(out.code(), 0, "{name} {format}: {}", out.stderr());
        let text = out.stdout();
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

/// A report on the example data in all formats, in English and in Dutch.
fn examples_in_all_formats(name: &str, args: &[&str]) {
    let root = Sandbox::examples();
    for (lang, suffix) in [("en", ""), ("nl", "-nl")] {
        all_formats(&format!("{name}{suffix}"), |extra| {
            let mut full = args.to_vec();
            full.extend(extra);
            root.cmd(&full).lang(Some(lang)).run()
        });
    }
}

#[test]
fn caseload_examples() {
    examples_in_all_formats("caseload-examples", &["caseload"]);
}

#[test]
fn caseload_vacancy() {
    let empty = Sandbox::new();
    all_formats("caseload-vacancy-30", |extra| {
        let mut full = vec!["caseload", "--schools", "30"];
        full.extend(extra);
        empty.cmd(&full).discover_from(".").run()
    });
}

#[test]
fn foto_examples() {
    examples_in_all_formats("foto-examples", &["foto", "midden-holland"]);
}

#[test]
fn themes_examples() {
    examples_in_all_formats("themes-examples", &["themes"]);
}

#[test]
fn theme_actions_examples() {
    examples_in_all_formats(
        "theme-stageplaatsen-examples",
        &["themes", "--theme", "stageplaatsen"],
    );
}

#[test]
fn staffing_examples() {
    examples_in_all_formats("staffing-examples", &["staffing"]);
}

fn json(root: &Sandbox, args: &[&str]) -> serde_json::Value {
    let mut full = args.to_vec();
    full.extend(["--format", "json"]);
    root.run(&full).expect(0).json()
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
    let empty = Sandbox::new();
    for (args, h, m, fte) in cases {
        let mut full = vec!["caseload", "--format", "json"];
        full.extend(args);
        let v = empty.cmd(&full).discover_from(".").run().expect(0).json();
        let row = &v["regions"][0];
        assert_eq!(row["required"]["hours"], h, "{args:?}");
        assert_eq!(row["required"]["rest_minutes"], m, "{args:?}");
        assert_eq!(row["required_fte"], fte, "{args:?}");
    }
}

#[test]
fn vsopro_toml_sets_the_norms_and_flags_override_them() {
    let root = Sandbox::new();
    root.write("vsopro.toml", "[caseload]\nhours_per_week = 40\n");
    let v = json(&root, &["caseload", "--schools", "30"]);
    assert_eq!(v["regions"][0]["required_fte"], 1.0);
    assert_eq!(v["full_time"]["schools_per_week"], 30);
    let v = json(
        &root,
        &["caseload", "--schools", "30", "--minutes-per-school", "60"],
    );
    assert_eq!(v["regions"][0]["required"]["hours"], 30);
    assert_eq!(v["regions"][0]["required_fte"], 0.75);
}

#[test]
fn caseload_of_the_example_region() {
    let v = json(&Sandbox::examples(), &["caseload"]);
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
    let v = json(&Sandbox::examples(), &["staffing"]);
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
    let v = json(&Sandbox::examples(), &["themes"]);
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
    let v = json(
        &Sandbox::examples(),
        &["themes", "--theme", "stageplaatsen"],
    );
    let actions = v["actions"].as_array().unwrap();
    assert_eq!(actions[0]["example"], true);
    assert!(actions.iter().skip(1).all(|a| a["example"] == false));
}

#[test]
fn foto_separates_relevant_and_not_relevant() {
    let v = json(&Sandbox::examples(), &["foto", "Midden-Holland"]);
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
    let root = Sandbox::case("unknown-reference");
    for args in [
        &["caseload"][..],
        &["foto", "gorinchem"],
        &["themes"],
        &["staffing"],
    ] {
        let out = root.run(args);
        out.expect(1).err_has("error[unknown-reference]");
        assert!(out.stdout().is_empty(), "{args:?}: no half report");
    }
}

#[test]
fn reports_show_warnings_and_still_print() {
    Sandbox::case("overdue-action")
        .run(&["caseload"])
        .expect(0)
        .err_has("warning[overdue-action]")
        .out_has("Gorinchem");
}

#[test]
fn region_arguments_of_reports() {
    let root = Sandbox::examples();
    root.run(&["foto", "MIDDEN-HOLLAND", "--format", "json"])
        .expect(0);
    root.run(&["foto", "midden-holand"])
        .expect(2)
        .err_has("did you mean `midden-holland`");
    root.run(&["foto", "zeeland"])
        .expect(1)
        .err_has("no data for Zeeland");
    root.run(&["foto", "/etc"])
        .expect(2)
        .err_has("is a path, not a region");
    root.run(&["themes", "--theme", "nazrog"])
        .expect(2)
        .err_has("did you mean `nazorg`");
}

#[test]
fn jaarplan_examples() {
    examples_in_all_formats("jaarplan-examples", &["jaarplan", "midden-holland"]);
}

#[test]
fn jaarplan_progress_and_cadence() {
    // Late in the plan period: two quarters without a stuurgroep meeting, actions overdue.
    let out = Sandbox::examples()
        .cmd(&["jaarplan", "midden-holland", "--format", "json"])
        .today("2027-05-15")
        .run();
    out.expect(0)
        .err_has("no stuurgroep meeting in quarter 2 of the jaarplan (2026-11-01 to 2027-01-31)");
    let v = out.json();
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
    let root = Sandbox::base();
    std::fs::remove_file(root.join("regions/gorinchem/jaarplan.toml")).unwrap();
    root.run(&["jaarplan", "gorinchem"])
        .expect(1)
        .err_has("has no readable jaarplan");
}

/// The unit of the norm: every location (default) or every institution
/// (the BRIN of the location code); a school with `caseload = false` does
/// not count, and needs a reason.
#[test]
fn the_caseload_counts_locations_or_institutions_and_leaves_out_what_it_is_told() {
    let root = Sandbox::base();
    root.write(
        "regions/gorinchem/schools.toml",
        r#"[[school]]
id = "pro-a"
name = "Praktijkschool A"
kind = "pro"
brin = "11AA00"

[[school]]
id = "pro-a-2"
name = "Praktijkschool A, tweede locatie"
kind = "pro"
brin = "11AA01"

[[school]]
id = "vso-b"
name = "VSO B"
kind = "vso"
brin = "22BB00"

[[school]]
id = "vso-c"
name = "SO C"
kind = "vso"
brin = "33CC00"
caseload = false
reason = "DUO noemt hier vso, maar de locatie heeft alleen so"
"#,
    );
    let v = json(&root, &["caseload"]);
    let r = &v["regions"][0];
    assert_eq!(
        (r["schools"].as_u64(), r["locations"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(r["institutions"], 2);
    assert_eq!(r["left_out"], 1);
    assert_eq!(r["required_hours"], 4.0, "3 × 80 min");
    root.write("vsopro.toml", "[caseload]\nunit = \"instelling\"\n");
    let v = json(&root, &["caseload"]);
    let r = &v["regions"][0];
    assert_eq!(v["norms"]["unit"], "institution");
    assert_eq!(
        (r["schools_pro"].as_u64(), r["schools_vso"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(r["required_hours"], 2.67, "2 × 80 min");
    // Without the reason, the check says so.
    let text = root.read("regions/gorinchem/schools.toml");
    root.write(
        "regions/gorinchem/schools.toml",
        text.replace(
            "reason = \"DUO noemt hier vso, maar de locatie heeft alleen so\"\n",
            "",
        ),
    );
    root.run(&["check"])
        .expect(1)
        .err_has("[missing-reason]")
        .err_has("left out of the caseload");
}

#[test]
fn more_contracted_than_needed_is_a_surplus_not_a_negative_shortfall() {
    // Midden-Holland: 4 schools need 5:20 h a week; its coordinator has 8.
    let root = Sandbox::examples();
    let v = json(&root, &["staffing"]);
    assert_eq!(v["totals"]["balance"]["kind"], "surplus");
    assert_eq!(v["totals"]["balance"]["fte"], 0.07);
    let nl = root.cmd(&["staffing"]).lang(Some("nl")).run();
    nl.expect(0).out_has("overschot daar 0,07 fte");
    assert!(!nl.stdout().contains("daar -0,07"), "{}", nl.stdout());
    // The table's column keeps the number, and says what its sign means.
    nl.out_has("-: overschot");
    root.run(&["staffing"])
        .expect(0)
        .out_has("surplus there 0.07 FTE");
}
