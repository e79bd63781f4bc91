//! A newcomer's first hour: init, schemas, completions, man page, DUO import.

mod common;

use common::*;
use std::path::Path;

fn all_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn init_then_check_passes() {
    let root = tempfile::tempdir().unwrap();
    let out = vsopro(root.path(), &["init", "Zuid-Kennemerland en IJmond"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("regions/zuid-kennemerland-en-ijmond/"));
    let out = vsopro(root.path(), &["check"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("error"), "{}", stderr(&out));
    // Every file starts with its schema, and the schema is there.
    for name in vsopro::load::REGION_FILES {
        let text = std::fs::read_to_string(
            root.path()
                .join("regions/zuid-kennemerland-en-ijmond")
                .join(name),
        )
        .unwrap();
        let first = text.lines().next().unwrap();
        let target = first.strip_prefix("#:schema ").expect("schema directive");
        assert!(
            root.path()
                .join("regions/zuid-kennemerland-en-ijmond")
                .join(target)
                .is_file(),
            "{target}"
        );
    }
}

#[test]
fn init_twice_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    assert_eq!(exit_code(&vsopro(root.path(), &["init", "zeeland"])), 0);
    std::fs::write(
        root.path().join("regions/zeeland/schools.toml"),
        "# mijn eigen tekst\n",
    )
    .unwrap();
    let before = all_files(root.path());
    let out = vsopro(root.path(), &["init", "zeeland"]);
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(all_files(root.path()), before, "byte-identical");
}

#[test]
fn init_of_an_unofficial_region() {
    let root = tempfile::tempdir().unwrap();
    let out = vsopro(root.path(), &["init", "zeland"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("did you mean `zeeland`"),
        "{}",
        stderr(&out)
    );
    assert!(all_files(root.path()).is_empty());
    let out = vsopro(root.path(), &["init", "../zeeland"]);
    assert_eq!(exit_code(&out), 1);
}

/// TOML as the JSON an editor's schema validation sees: dates become strings.
fn toml_to_json(v: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::from(*i),
        toml::Value::Float(f) => J::from(*f),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => J::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

fn schema_of(kind: &str) -> serde_json::Value {
    let out = vsopro(&repo(), &["schema", kind]);
    assert_eq!(exit_code(&out), 0);
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn schemas_are_valid_json_schema_and_the_data_validates() {
    let kinds = [
        "region",
        "schools",
        "overlegtafels",
        "actions",
        "jaarplan",
        "settings",
    ];
    for kind in kinds {
        let schema = schema_of(kind);
        assert!(jsonschema::meta::is_valid(&schema), "{kind}");
    }
    let mut checked = 0;
    for dir in [
        "regions/gooi-en-vechtstreek",
        "examples/regions/midden-holland",
        "tests/fixtures/base/regions/gorinchem",
    ] {
        for kind in &kinds[..5] {
            let path = repo().join(dir).join(format!("{kind}.toml"));
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let value: toml::Value = toml::from_str(&text).unwrap();
            let validator = jsonschema::validator_for(&schema_of(kind)).unwrap();
            let instance = toml_to_json(&value);
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            checked += 1;
        }
    }
    let settings: toml::Value =
        toml::from_str(&std::fs::read_to_string(repo().join("examples/vsopro.toml")).unwrap())
            .unwrap();
    assert!(jsonschema::is_valid(
        &schema_of("settings"),
        &toml_to_json(&settings)
    ));
    assert_eq!(checked, 14);
    // And the schema does reject what check rejects.
    let bad =
        serde_json::json!({"school": [{"id": "a", "name": "A", "kind": "havo", "colour": 1}]});
    assert!(!jsonschema::is_valid(&schema_of("schools"), &bad));
}

#[test]
fn the_committed_schemas_are_current() {
    for kind in vsopro::schema::FileKind::ALL {
        let committed =
            std::fs::read_to_string(repo().join("schemas").join(kind.schema_file())).unwrap();
        assert_eq!(
            committed,
            vsopro::schema::schema_text(kind),
            "run `vsopro schema --out schemas` ({})",
            kind.name()
        );
    }
}

#[test]
fn schema_of_an_unknown_kind() {
    let out = vsopro(&repo(), &["schema", "school"]);
    assert_eq!(exit_code(&out), 2);
    assert!(
        stderr(&out).contains("did you mean `schools`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn completions_and_man() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = vsopro(&repo(), &["completions", shell]);
        assert_eq!(exit_code(&out), 0);
        assert!(stdout(&out).contains("caseload"), "{shell}");
    }
    let out = vsopro(&repo(), &["man"]);
    assert_eq!(exit_code(&out), 0);
    assert!(
        stdout(&out).starts_with(".ie") || stdout(&out).contains(".TH"),
        "roff"
    );
}

#[test]
fn every_command_has_an_example_in_its_help() {
    for cmd in [
        "check",
        "regions",
        "caseload",
        "foto",
        "themes",
        "staffing",
        "jaarplan",
        "init",
        "schema",
        "completions",
        "man",
    ] {
        let out = vsopro(&repo(), &[cmd, "--help"]);
        assert_eq!(exit_code(&out), 0, "{cmd}");
        assert!(
            stdout(&out).contains("Examples:"),
            "{cmd} --help has no example"
        );
    }
    let out = vsopro(&repo(), &["import", "duo", "--help"]);
    assert!(stdout(&out).contains("Examples:"));
}

/// A data root with the example region and a few lines of its own in schools.toml.
fn import_root() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples"), root.path());
    root
}

fn duo() -> String {
    fixtures()
        .join("duo/vestigingen-vo-pro.csv")
        .display()
        .to_string()
}

#[test]
fn import_finds_the_pro_locations_of_the_region() {
    let root = import_root();
    let out = vsopro(
        root.path(),
        &[
            "import",
            "duo",
            &duo(),
            "--region",
            "midden-holland",
            "--format",
            "json",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
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
        std::fs::read(root.path().join("regions/midden-holland/schools.toml")).unwrap(),
        std::fs::read(repo().join("examples/regions/midden-holland/schools.toml")).unwrap()
    );
}

#[test]
fn import_write_twice_adds_once_and_keeps_comments() {
    let root = import_root();
    let schools = root.path().join("regions/midden-holland/schools.toml");
    let original = std::fs::read_to_string(&schools).unwrap();
    let args = [
        "import",
        "duo",
        &duo(),
        "--region",
        "midden-holland",
        "--write",
    ];
    let out = vsopro(root.path(), &args);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Added 3 schools"), "{}", stdout(&out));
    let once = std::fs::read_to_string(&schools).unwrap();
    assert!(
        once.starts_with(&original),
        "the existing text, comments included, is kept"
    );
    assert_eq!(
        once.matches("[[school]]").count(),
        original.matches("[[school]]").count() + 3
    );
    let out = vsopro(root.path(), &args);
    assert_eq!(exit_code(&out), 0);
    assert!(stdout(&out).contains("Nothing to add"), "{}", stdout(&out));
    assert_eq!(std::fs::read_to_string(&schools).unwrap(), once);
    let out = vsopro(root.path(), &["check"]);
    assert_eq!(
        exit_code(&out),
        0,
        "imported data is valid: {}",
        stderr(&out)
    );
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
    let root = import_root();
    let csv = root.path().join("duo-1252.csv");
    std::fs::write(&csv, &bytes).unwrap();
    let out = vsopro(
        root.path(),
        &[
            "import",
            "duo",
            csv.to_str().unwrap(),
            "--region",
            "midden-holland",
            "--format",
            "csv",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 4, "{}", stdout(&out));
}

#[test]
fn a_malformed_csv_changes_nothing() {
    let root = import_root();
    let mut text = std::fs::read_to_string(fixtures().join("duo/vestigingen-vo-pro.csv")).unwrap();
    text.push_str("Zuid-Holland;1;30FF;30FF00;Kapotte regel;GOUDA\n");
    let csv = root.path().join("kapot.csv");
    std::fs::write(&csv, text).unwrap();
    let before = all_files(&root.path().join("regions"));
    let out = vsopro(
        root.path(),
        &[
            "import",
            "duo",
            csv.to_str().unwrap(),
            "--region",
            "midden-holland",
            "--write",
        ],
    );
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("line 191"), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was changed"));
    assert_eq!(all_files(&root.path().join("regions")), before);
}

#[test]
fn import_needs_municipalities() {
    let out = vsopro(
        &repo(),
        &["import", "duo", &duo(), "--region", "gooi-en-vechtstreek"],
    );
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("lists no municipalities"),
        "{}",
        stderr(&out)
    );
}
