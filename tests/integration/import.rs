//! `vsopro import duo`: PrO schools from DUO's open data.

use crate::common::*;

const SCHOOLS: &str = "regions/midden-holland/schools.toml";

fn duo() -> String {
    fixtures()
        .join("duo/vestigingen-vo-pro.csv")
        .display()
        .to_string()
}

#[test]
fn import_finds_the_pro_locations_of_the_region() {
    let root = Sandbox::examples();
    let v = root
        .run(&[
            "import",
            "duo",
            &duo(),
            "--region",
            "midden-holland",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert_eq!(v["pro_rows"], 189);
    let brins: Vec<&str> = v["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["brin"].as_str().unwrap())
        .collect();
    // The three locations in Gouda; none of the other municipalities has PrO in the file.
    assert_eq!(brins, ["30FF00", "02EA05", "26LT00"]);
    assert_eq!(v["written"], false);
    // Preview changes nothing.
    assert_eq!(
        root.read(SCHOOLS),
        std::fs::read_to_string(examples().join("regions/midden-holland/schools.toml")).unwrap()
    );
}

#[test]
fn import_write_twice_adds_once_and_keeps_comments() {
    let root = Sandbox::examples();
    let original = root.read(SCHOOLS);
    let duo = duo();
    let args = [
        "import",
        "duo",
        &duo,
        "--region",
        "midden-holland",
        "--write",
    ];
    root.run(&args).expect(0).out_has("Added 3 schools");
    let once = root.read(SCHOOLS);
    assert!(
        once.starts_with(&original),
        "the existing text, comments included, is kept"
    );
    assert_eq!(
        once.matches("[[school]]").count(),
        original.matches("[[school]]").count() + 3
    );
    root.run(&args).expect(0).out_has("Nothing to add");
    assert_eq!(root.read(SCHOOLS), once);
    root.run(&["check"]).expect(0);
}

#[test]
fn import_reads_windows_1252_and_the_older_header() {
    let text = std::fs::read_to_string(fixtures().join("duo/vestigingen-vo-pro.csv")).unwrap();
    let old = text
        .replacen(
            "INSTELLINGSCODE;VESTIGINGSCODE",
            "BRIN NUMMER;VESTIGINGSNUMMER",
            1,
        )
        .replace('\n', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&old);
    assert!(!unmappable);
    let root = Sandbox::examples();
    root.write("duo-1252.csv", &bytes);
    let out = root.run(&[
        "import",
        "duo",
        "duo-1252.csv",
        "--region",
        "midden-holland",
        "--format",
        "csv",
    ]);
    out.expect(0);
    assert_eq!(out.stdout().lines().count(), 4, "{}", out.stdout());
}

#[test]
fn a_malformed_csv_changes_nothing() {
    let root = Sandbox::examples();
    let mut text = std::fs::read_to_string(fixtures().join("duo/vestigingen-vo-pro.csv")).unwrap();
    text.push_str("Zuid-Holland;1;30FF;30FF00;Kapotte regel;GOUDA\n");
    root.write("kapot.csv", text);
    let before = root.files("regions");
    root.run(&[
        "import",
        "duo",
        "kapot.csv",
        "--region",
        "midden-holland",
        "--write",
    ])
    .expect(1)
    .err_has("line 191")
    .err_has("nothing was changed");
    assert_eq!(root.files("regions"), before);
}

#[test]
fn import_needs_municipalities() {
    let root = Sandbox::base();
    let region = "regions/gorinchem/region.toml";
    let text: String = root
        .read(region)
        .lines()
        .filter(|l| !l.starts_with("municipalities"))
        .map(|l| format!("{l}\n"))
        .collect();
    root.write(region, text);
    root.run(&["import", "duo", &duo(), "--region", "gorinchem"])
        .expect(1)
        .err_has("lists no municipalities");
}
