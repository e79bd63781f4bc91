//! The guarantees of docs/reliability.md that are about trust: nothing is
//! lost, the audit trail tells the truth, no problem hides another, output
//! cannot be turned against its reader, numbers are sane, and every error
//! leaves through one path with the README's exit code.

use crate::common::*;
use std::io::Read;
use std::process::{Command, Stdio};

const GORINCHEM: &str = "regions/gorinchem";

// ---- Nothing is lost -------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_symlinked_region_argument_is_refused_as_the_scan_refuses_it() {
    let root = Sandbox::new();
    root.write("vsopro.toml", "");
    let outside = Sandbox::base();
    std::fs::create_dir_all(root.join("regions")).unwrap();
    std::os::unix::fs::symlink(outside.join(GORINCHEM), root.join(GORINCHEM)).unwrap();
    let scan = root.run(&["check"]);
    let named = root.run(&["check", "gorinchem"]);
    for out in [&scan, &named] {
        out.err_has("regions/gorinchem is a symbolic link; vsopro does not follow it");
        assert!(!out.stderr().contains("Praktijkschool"), "{}", out.stderr());
    }
    scan.expect(0);
    named.expect(1).err_has("no data for Gorinchem");
    root.run(&["foto", "gorinchem"]).expect(1);
}

#[cfg(unix)]
#[test]
fn a_symlinked_regions_folder_is_an_error() {
    let root = Sandbox::new();
    let outside = Sandbox::base();
    std::os::unix::fs::symlink(outside.join("regions"), root.join("regions")).unwrap();
    root.cmd(&["check"])
        .discover_from(".")
        .run()
        .expect(2)
        .err_has("regions is a symbolic link");
}

#[test]
fn a_region_folder_that_is_a_file_gets_a_precise_message() {
    let root = Sandbox::new();
    root.write("regions/zeeland", "not a folder");
    root.run(&["check", "zeeland"])
        .expect(1)
        .err_has("regions/zeeland is a file, not a region folder");
}

fn duo_rows(rows: &[&str]) -> String {
    let header = "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;GEMEENTENAAM;ONDERWIJSSTRUCTUUR\n";
    header.to_string() + &rows.join("\n") + "\n"
}

#[test]
fn import_keeps_a_bom_and_crlf_adds_a_location_once_and_never_an_empty_id() {
    let root = Sandbox::base();
    let schools = format!("{GORINCHEM}/schools.toml");
    let windows = format!(
        "\u{feff}# Scholen\r\n{}",
        root.read(&schools).replace('\n', "\r\n")
    );
    root.write(&schools, &windows);
    root.write(
        "duo.csv",
        duo_rows(&[
            "Zuid-Holland;1;99XX;99XX00;Praktijkschool Gorinchem;GORINCHEM;PRO",
            "Zuid-Holland;1;99XX;99XX00;Praktijkschool Gorinchem;GORINCHEM;PRO",
            "Zuid-Holland;2;98YY;98YY01;— & —;MOLENLANDEN;VMBO/PRO",
        ]),
    );
    let args = [
        "import",
        "duo",
        "duo.csv",
        "--region",
        "gorinchem",
        "--write",
    ];
    root.run(&args).expect(0).out_has("Added 2 schools");
    let after = std::fs::read(root.join(&schools)).unwrap();
    assert!(after.starts_with(windows.as_bytes()), "the old bytes stay");
    let added = String::from_utf8(after[windows.len()..].to_vec()).unwrap();
    assert_eq!(added.matches("[[school]]").count(), 2, "{added}");
    assert!(!added.replace("\r\n", "").contains('\n'), "CRLF throughout");
    // A name without letters: the id comes from the municipality.
    assert!(added.contains("id = \"pro-molenlanden\""), "{added}");
    root.run(&["check"]).expect(0);
    root.run(&args).expect(0).out_has("Nothing to add");
}

#[test]
fn a_broken_pipe_ends_quietly_and_a_full_disk_is_an_error() {
    let root = Sandbox::examples();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .args(["--root", root.path().to_str().unwrap(), "regions"])
        .envs(isolation(root.path()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the first byte.
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    #[cfg(target_os = "linux")]
    {
        let full = std::fs::File::create("/dev/full").unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_vsopro"))
            .args(["--root", root.path().to_str().unwrap(), "regions"])
            .envs(isolation(root.path()))
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("kan de uitvoer niet schrijven"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

// ---- The audit trail tells the truth ---------------------------------------

const PLAN: &str = r#"title = "Jaarplan"
start = 2026-08-01
end = 2027-07-31

[[goal]]
id = "a"
text = "Doel A"

[[goal]]
id = "b"
text = "Doel B"
"#;

const PLAN_PATH: &str = "regions/foodvalley/jaarplan.toml";

fn commit(repo: &Sandbox, dir: &str, text: &str, message: &str, when: &str) {
    repo.write(&format!("{dir}{PLAN_PATH}"), text);
    repo.git(dir, &["add", "-A"], when);
    repo.git(dir, &["commit", "-q", "-m", message], when);
}

fn trail(repo: &Sandbox, root: &str) -> serde_json::Value {
    repo.cmd(&["jaarplan", "foodvalley", "--history", "--format", "json"])
        .root_at(root)
        .run()
        .expect(0)
        .json()
}

#[test]
fn no_commit_message_or_author_can_hide_or_forge_a_record() {
    let repo = Sandbox::new();
    repo.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    commit(&repo, "", PLAN, "eerste", "2026-08-01T09:00:00+02:00");
    let hostile = "doel A\u{1e}\u{1f}aangescherpt\n\n\u{1e}fake\u{1f}0000000\u{1f}2020-01-01";
    commit(
        &repo,
        "",
        &PLAN.replace("Doel A", "Doel A scherper"),
        hostile,
        "2026-09-01T09:00:00+02:00",
    );
    let v = trail(&repo, ".");
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{v}");
    assert_eq!(entries[1]["message"], "doel A\u{1e}\u{1f}aangescherpt");
    assert!(
        entries[1]["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["change"] == "goal-text" && c["goal"] == "a")
    );
    // The table shows the separators as signs, never raw.
    let table = repo
        .cmd(&["jaarplan", "foodvalley", "--history"])
        .root_at(".")
        .run()
        .stdout();
    assert!(!table.contains('\u{1e}') && table.contains('␞'), "{table}");
}

#[test]
fn a_merged_branch_is_not_a_revert_and_the_trail_ends_at_head() {
    let repo = Sandbox::new();
    repo.git(
        ".",
        &["init", "-q", "-b", "main"],
        "2026-08-01T09:00:00+02:00",
    );
    commit(&repo, "", PLAN, "eerste", "2026-08-01T09:00:00+02:00");
    repo.git(
        ".",
        &["checkout", "-q", "-b", "tak"],
        "2026-08-02T09:00:00+02:00",
    );
    commit(
        &repo,
        "",
        &PLAN.replace("Doel B", "Doel B op de tak"),
        "B op de tak",
        "2026-08-03T09:00:00+02:00",
    );
    repo.git(
        ".",
        &["checkout", "-q", "main"],
        "2026-08-04T09:00:00+02:00",
    );
    commit(
        &repo,
        "",
        &PLAN.replace("Doel A", "Doel A op main"),
        "A op main",
        "2026-08-05T09:00:00+02:00",
    );
    repo.git(
        ".",
        &["merge", "-q", "--no-edit", "tak"],
        "2026-08-06T09:00:00+02:00",
    );
    let v = trail(&repo, ".");
    let entries = v["entries"].as_array().unwrap();
    let messages: Vec<&str> = entries
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        ["eerste", "A op main", "Merge branch 'tak'"],
        "{v}"
    );
    let last = &entries[2];
    assert_eq!(last["merge"], true);
    let changes = last["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0]["goal"], "b");
    assert_eq!(changes[0]["new"], "Doel B op de tak");
    // No entry undoes the other branch's edit.
    for e in entries {
        for c in e["changes"].as_array().unwrap() {
            assert_ne!(c["old"], "Doel A op main", "{c}");
        }
    }
}

#[test]
fn a_shallow_clone_marks_its_boundary_and_never_infers_an_approval() {
    let repo = Sandbox::new();
    repo.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    let approved = PLAN.replace(
        "end = 2027-07-31\n",
        "end = 2027-07-31\n\n[approval]\nstatus = \"approved\"\ndate = 2026-09-01\nby = \"Directies\"\n",
    );
    commit(
        &repo,
        "",
        &approved,
        "geaccordeerd",
        "2026-09-01T09:00:00+02:00",
    );
    commit(
        &repo,
        "",
        &approved.replace("Doel B", "Doel B anders"),
        "B anders",
        "2026-10-01T09:00:00+02:00",
    );
    let parent = Sandbox::new();
    parent.clone_shallow(&repo, 1, "ondiep");
    let run = |extra: &[&str]| {
        let mut args = vec!["jaarplan", "foodvalley", "--history"];
        args.extend(extra);
        parent.cmd(&args).root_at("ondiep").run()
    };
    let v = run(&["--format", "json"]).expect(0).json();
    let entry = &v["entries"][0];
    assert_eq!(entry["boundary"], true);
    assert_eq!(entry["approval"], false);
    assert_eq!(entry["changes"].as_array().unwrap().len(), 0);
    let table = run(&[]).stdout();
    assert!(!table.contains("[APPROVED]"), "{table}");
    assert!(table.contains("BOUNDARY"), "{table}");
}

#[test]
fn odd_folder_names_uncommitted_changes_and_a_plan_never_committed() {
    let repo = Sandbox::new();
    let dir = "data \"met\" 'quotes' en $PATH;\t/";
    repo.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    commit(&repo, dir, PLAN, "eerste", "2026-08-01T09:00:00+02:00");
    let v = trail(&repo, dir);
    assert_eq!(v["entries"].as_array().unwrap().len(), 1);
    assert_eq!(v["uncommitted"], false);
    repo.write(
        &format!("{dir}{PLAN_PATH}"),
        PLAN.replace("Doel A", "Doel X"),
    );
    let v = trail(&repo, dir);
    assert_eq!(v["uncommitted"], true);
    repo.cmd(&["jaarplan", "foodvalley", "--history"])
        .root_at(dir)
        .run()
        .out_has("not committed");
    // A second region whose plan was never committed.
    repo.write(&format!("{dir}regions/zeeland/jaarplan.toml"), PLAN);
    repo.cmd(&["jaarplan", "zeeland", "--history"])
        .root_at(dir)
        .run()
        .expect(1)
        .err_has("has never been committed");
}

// ---- No problem hides another ----------------------------------------------

#[test]
fn a_missing_table_does_not_hide_the_other_problems_of_its_file() {
    let root = Sandbox::base();
    root.write(
        &format!("{GORINCHEM}/region.toml"),
        "name = \"Gorkum!\"\n\n[[stuurgroep]]\nname = \"Voorzitter\"\nrole = \"directeur\"\nschool = \"pro-x\"\n",
    );
    let codes = root.run(&["check", "--format", "json"]).expect(1).codes();
    for code in ["missing-key", "region-name-mismatch", "unknown-reference"] {
        assert!(codes.iter().any(|c| c == code), "{code} in {codes:?}");
    }
}

#[test]
fn an_invalid_value_causes_no_follow_on_warning() {
    let root = Sandbox::base();
    let actions = format!("{GORINCHEM}/actions.toml");
    let text = root.read(&actions);
    // Overdue if read as planned or active; the status is misspelt.
    let text = text.replacen(
        "status = \"planned\"",
        "status = \"geplant\"\ndue = 2020-01-01",
        1,
    );
    assert!(text.contains("geplant"), "the base has a planned action");
    root.write(&actions, text);
    root.write(
        &format!("{GORINCHEM}/jaarplan.toml"),
        "title = \"J\"\nstart = 2026-08-01\nend = 2027-07-31\n[approval]\nstatus = \"akkoord\"\n",
    );
    let codes = root.run(&["check", "--format", "json"]).codes();
    assert_eq!(
        codes.iter().filter(|c| **c == "invalid-value").count(),
        2,
        "{codes:?}"
    );
    assert!(!codes.iter().any(|c| c == "overdue-action"), "{codes:?}");
    assert!(
        !codes.iter().any(|c| c == "unapproved-jaarplan"),
        "{codes:?}"
    );
}

#[test]
fn every_error_is_reported_without_a_cap() {
    let root = Sandbox::new();
    let mut text = String::new();
    for i in 0..600 {
        text.push_str(&format!(
            "[[school]]\nid = \"s{i}\"\nname = \"S\"\nkind = \"havo\"\n"
        ));
    }
    root.write("regions/zeeland/schools.toml", text);
    let v = root.run(&["check", "--format", "json"]).expect(1).json();
    let invalid = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "invalid-value")
        .count();
    assert_eq!(invalid, 600);
}

#[test]
fn positions_survive_a_bom_duplicates_and_combining_characters() {
    let root = Sandbox::base();
    let region = format!("{GORINCHEM}/region.toml");
    root.write(&region, format!("\u{feff}naam = 1\n{}", root.read(&region)));
    let v = root.run(&["check", "--format", "json"]).json();
    let d = &v["diagnostics"][0];
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(1)),
        "{d}"
    );

    let root = Sandbox::base();
    let schools = format!("{GORINCHEM}/schools.toml");
    root.write(
        &schools,
        root.read(&schools)
            .replacen("kind = \"pro\"", "kind = \"pro\"\nname = \"Nog eens\"", 1),
    );
    let v = root.run(&["check", "--format", "json"]).json();
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "toml-syntax");
    assert_eq!(d["related"][0]["line"], 3, "{d}");

    // `coördinator` typed with a combining diaeresis is the same id.
    let root = Sandbox::base();
    let text = root
        .read(&schools)
        .replace("id = \"pro-a\"", "id = \"pro-co\u{f6}rdinator\"");
    root.write(&schools, text);
    let actions = format!("{GORINCHEM}/actions.toml");
    let text = root
        .read(&actions)
        .replace("\"pro-a\"", "\"pro-coo\u{308}rdinator\"");
    root.write(&actions, text);
    root.run(&["check"]).expect(0);
}

// ---- Output cannot be turned against its reader ----------------------------

/// The example region with hostile text in a school name and a knelpunt.
fn hostile() -> Sandbox {
    let root = Sandbox::examples();
    let schools = "regions/midden-holland/schools.toml";
    let text = root.read(schools).replace(
        "name = \"VSO Het Anker\"",
        "name = \"=HYPERLINK(\\\"http://x\\\")\\u001b]8;;http://x\\u0007\\u001b[2J\"",
    );
    root.write(schools, text);
    let actions = "regions/midden-holland/actions.toml";
    let text = root.read(actions);
    let at = text.find("text = \"").unwrap() + "text = \"".len();
    let text = format!(
        "{}# Kop\\n- lijst\\r\\n| a | b |\\nok: 1 region checked {}",
        &text[..at],
        &text[at..]
    );
    root.write(actions, text);
    root
}

#[test]
fn csv_cells_cannot_run_as_formulas_and_negative_numbers_stay_numbers() {
    let root = hostile();
    root.run(&["check"]).expect(0);
    let foto = root
        .run(&["foto", "midden-holland", "--format", "csv"])
        .stdout();
    assert!(foto.contains("'=HYPERLINK"), "{foto}");
    assert!(
        !foto.contains(",=HYPERLINK") && !foto.contains("\"=HYPERLINK"),
        "{foto}"
    );
    let caseload = root.run(&["caseload", "--format", "csv"]).stdout();
    assert!(caseload.contains(",-2.67,"), "{caseload}");
}

#[test]
fn no_control_character_reaches_a_terminal() {
    let root = hostile();
    for format in ["table", "markdown", "csv", "json"] {
        let out = root.run(&["foto", "midden-holland", "--format", format]);
        let bytes = &out.0.stdout;
        assert!(!bytes.contains(&0x1b) && !bytes.contains(&0x07), "{format}");
    }
    // In diagnostics too: a misspelt value with an escape sequence, quoted.
    let schools = "regions/midden-holland/schools.toml";
    let text = root
        .read(schools)
        .replacen("kind = \"vso\"", "kind = \"v\u{1b}[2Jso\u{9b}\"", 1);
    root.write(schools, text);
    root.write("regions/midden-holland/\u{1b}[31m.txt", "x");
    let out = root.run(&["check"]);
    assert!(
        !out.0.stderr.contains(&0x1b) && !out.stderr().contains('\u{9b}'),
        "{}",
        out.stderr()
    );
    // The file name as a sign, the quoted line with a stand-in of equal width.
    out.err_has("␛[31m.txt").err_has("v?[2Jso¿");
}

#[test]
fn markdown_structure_cannot_be_forged() {
    let root = hostile();
    let md = root
        .run(&["foto", "midden-holland", "--format", "markdown"])
        .stdout();
    assert!(
        !md.lines()
            .any(|l| l == "# Kop" || l.starts_with("- lijst") || l.starts_with("ok:")),
        "{md}"
    );
    assert!(
        md.contains("\\# Kop - lijst \\| a \\| b \\| ok: 1 region checked"),
        "{md}"
    );
}

// ---- Numbers are sane --------------------------------------------------------

#[test]
fn contracted_hours_and_norms_are_finite_and_in_range() {
    for hours in ["nan", "inf", "-8", "61"] {
        let root = Sandbox::base();
        let region = format!("{GORINCHEM}/region.toml");
        root.write(
            &region,
            format!("{}hours_per_week = {hours}\n", root.read(&region)),
        );
        root.run(&["foto", "gorinchem"])
            .expect(1)
            .err_has("invalid-hours");
    }
    let empty = Sandbox::new();
    for bad in [
        &["--hours-per-week", "0"][..],
        &["--hours-per-week", "nan"],
        &["--hours-per-week", "169"],
        &["--minutes-per-school", "80.5"],
        &["--minutes-per-school", "inf"],
        &["--schools", "1000001"],
    ] {
        let mut args = vec!["caseload", "--schools", "30"];
        if bad[0] == "--schools" {
            args.truncate(1);
        }
        args.extend(bad);
        empty.cmd(&args).discover_from(".").run().expect(2);
    }
    let v = empty
        .cmd(&["caseload", "--schools", "1000000", "--format", "json"])
        .discover_from(".")
        .run()
        .expect(0)
        .json();
    let row = &v["regions"][0];
    assert_eq!(row["required"]["minutes"], 80_000_000u64);
    assert_eq!(row["required_hours"], 1_333_333.33);
}

#[test]
fn a_plan_over_centuries_gives_a_summary_not_a_flood() {
    let root = Sandbox::base();
    root.write(
        &format!("{GORINCHEM}/jaarplan.toml"),
        "title = \"Eeuwig\"\nstart = 1900-01-01\nend = 2199-12-31\n[approval]\nstatus = \"approved\"\n",
    );
    let v = root.run(&["check", "--format", "json"]).json();
    let missed: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "missed-meeting")
        .collect();
    assert_eq!(missed.len(), 2, "{missed:?}");
    assert!(
        missed
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("507 quarters")),
        "{missed:?}"
    );
}

// ---- One error path ------------------------------------------------------------

#[test]
fn every_failure_has_the_readmes_exit_code_and_one_error_line() {
    let root = Sandbox::examples();
    root.write("public/mine.txt", "x");
    let cases: &[(&[&str], i32)] = &[
        (&["themes", "--theme", "nazrog"], 2),
        (&["schema", "scholen"], 2),
        (&["foto", "atlantis"], 2),
        (&["check", "--skip", "references"], 2),
        (&["check", "--skip", "nope"], 2),
        (&["site", "public"], 2),
        (&["init", "midden-holland"], 2),
        (&["foto", "zeeland"], 1),
        (&["--today", "gisteren", "check"], 2),
        (&["bogus"], 2),
    ];
    for (args, code) in cases {
        let out = root.run(args);
        assert_eq!(out.code(), *code, "{args:?}: {}", out.stderr());
        let errors = out
            .stderr()
            .lines()
            .filter(|l| l.starts_with("error"))
            .count();
        assert_eq!(errors, 1, "{args:?}: {}", out.stderr());
        assert!(
            out.stderr().contains("= help: "),
            "{args:?}: {}",
            out.stderr()
        );
    }
    // A mistyped --root is not "0 regions checked".
    let empty = Sandbox::new();
    empty
        .run(&["check"])
        .expect(2)
        .err_has("holds no vsopro data");
}

#[test]
fn warnings_can_be_skipped_by_rule_or_allowed_by_code() {
    let root = Sandbox::case("uncovered-theme");
    root.run(&["check", "--deny-warnings"]).expect(1);
    root.run(&["check", "--deny-warnings", "--skip", "theme-coverage"])
        .expect(0);
    root.write("vsopro.toml", "[check]\nallow = [\"uncovered-theme\"]\n");
    root.run(&["check", "--deny-warnings"]).expect(0);
    root.write(
        "vsopro.toml",
        "[check]\nallow = [\"unknown-reference\", \"uncoverd-theme\"]\n",
    );
    root.run(&["check"])
        .expect(1)
        .err_has("errors cannot be allowed")
        .err_has("did you mean `uncovered-theme`?");
}

#[test]
fn a_number_of_the_wrong_kind_is_quoted_as_written() {
    let root = Sandbox::base();
    let schools = root.read("regions/gorinchem/schools.toml").replacen(
        "name = ",
        "students = 1e308\nname = ",
        1,
    );
    root.write("regions/gorinchem/schools.toml", schools);
    let out = root.run(&["check"]);
    out.expect(1).err_has("found floating point `1e308`");
    assert!(!out.stderr().contains("00000000"), "{}", out.stderr());
}
