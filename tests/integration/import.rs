//! `vsopro import duo`: pro and vso schools from DUO's open data, into one
//! region or all, assigned by municipality code. The inputs are cut from
//! the real DUO files (tests/fixtures/duo/README.md).

use crate::common::*;

const SCHOOLS: &str = "regions/midden-holland/schools.toml";

fn fixture(name: &str) -> String {
    fixtures().join("duo").join(name).display().to_string()
}

fn vo() -> String {
    fixture("vestigingen-vo-pro.csv")
}

fn special() -> String {
    fixture("vestigingen-sbo-so-vso.csv")
}

fn brins(region: &serde_json::Value) -> Vec<String> {
    region["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["brin"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn import_finds_the_pro_and_vso_locations_of_the_region() {
    let root = Sandbox::examples();
    let v = root
        .run(&[
            "import",
            "duo",
            &vo(),
            &special(),
            "--region",
            "midden-holland",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert_eq!(v["files"][0]["source"], "vo");
    assert_eq!(v["files"][0]["rows"], 189);
    assert_eq!(v["files"][1]["source"], "special");
    // 17 (V)SO and 3 VSO rows, each with a VSO token; SO and SBAO are left out.
    assert_eq!(v["files"][1]["rows"], 20);
    let region = &v["regions"][0];
    assert_eq!(region["code"], "AM20");
    // Gouda: three pro and four vso locations, in the order of their code.
    assert_eq!(
        brins(region),
        [
            "02EA05", "05YX02", "19XZ00", "20VT02", "26LT00", "26NU00", "30FF00"
        ]
    );
    let kinds: Vec<&str> = region["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["pro", "vso", "vso", "vso", "pro", "vso", "pro"]);
    let ids: Vec<&str> = region["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"pro-segment"), "{ids:?}");
    assert!(ids.iter().all(|i| i.len() <= 32), "short ids: {ids:?}");
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
    let (vo, special) = (vo(), special());
    let args = [
        "import",
        "duo",
        &vo,
        &special,
        "--region",
        "midden-holland",
        "--write",
    ];
    root.run(&args)
        .expect(0)
        .out_has("Added 7 schools in 1 region");
    let once = root.read(SCHOOLS);
    assert!(
        once.starts_with(&original),
        "the existing text, comments included, is kept"
    );
    assert_eq!(
        once.matches("[[school]]").count(),
        original.matches("[[school]]").count() + 7
    );
    assert!(
        once.contains("kind = \"vso\"\nbrin = \"19XZ00\"\nmunicipality = \"Gouda\"\ncluster = 3"),
        "{once}"
    );
    root.run(&args).expect(0).out_has("Nothing to add");
    assert_eq!(root.read(SCHOOLS), once);
    root.run(&["check"]).expect(0);
}

/// Into an empty folder: every region with a school gets a folder with a
/// valid region.toml and schools.toml, and the result checks.
#[test]
fn import_all_into_an_empty_data_root() {
    let root = Sandbox::new();
    let (vo, special) = (vo(), special());
    let args = ["import", "duo", &vo, &special, "--all", "--write"];
    let out = root.cmd(&args).lang(Some("nl")).run();
    out.expect(0);
    assert!(
        out.stdout().contains("nieuwe regiomappen"),
        "{}",
        out.stdout()
    );
    // Hengelo is `HENGELO` at DUO and `Hengelo (O.)` at CBS: matched on its code.
    let twente = root.read("regions/twente/schools.toml");
    assert!(
        twente.contains("municipality = \"Hengelo (O.)\""),
        "{twente}"
    );
    assert!(
        twente.contains("brin = \"00KM35\""),
        "vso in Hengelo: {twente}"
    );
    let region = root.read("regions/twente/region.toml");
    assert!(
        region.contains("name = \"Twente\"\ncode = \"AM05\""),
        "{region}"
    );
    assert!(region.contains("status = \"onbekend\""), "{region}");
    let check = root.cmd(&["check"]).lang(Some("nl")).run();
    assert!(!check.stderr().contains("fout["), "{}", check.stderr());
    check.expect(0);
    // A second import adds nothing.
    let before = root.files("regions");
    root.run(&args).expect(0).out_has("Nothing to add");
    assert_eq!(root.files("regions"), before);
    let json = root.run(&["staffing", "--format", "json"]).json();
    let with_schools = json["regions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["schools"].as_u64().is_some_and(|n| n > 0))
        .count();
    assert!(with_schools > 20, "{with_schools} regions with schools");
}

/// A location that has left DUO's file is reported, never removed.
#[test]
fn a_location_that_left_duo_is_reported_and_kept() {
    let root = Sandbox::new();
    let special = special();
    root.run(&["import", "duo", &special, "--region", "twente", "--write"])
        .expect(0);
    let before = root.read("regions/twente/schools.toml");
    let text = std::fs::read_to_string(&special).unwrap();
    let without: String = text
        .split_inclusive("\r\n")
        .filter(|l| !l.contains(";00KM35;"))
        .collect();
    root.write("zonder.csv", without);
    let v = root
        .run(&[
            "import",
            "duo",
            "zonder.csv",
            "--region",
            "twente",
            "--write",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    let left = &v["regions"][0]["not_in_duo"];
    assert_eq!(left[0]["brin"], "00KM35", "{v}");
    assert_eq!(root.read("regions/twente/schools.toml"), before);
    // Only the kinds of the files given: a pro file says nothing of vso.
    let v = root
        .run(&[
            "import",
            "duo",
            &vo(),
            "--region",
            "twente",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert_eq!(
        v["regions"][0]["not_in_duo"].as_array().unwrap().len(),
        0,
        "{v}"
    );
}

#[test]
fn import_reads_windows_1252_crlf_and_the_older_header() {
    let text = std::fs::read_to_string(vo()).unwrap();
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
    assert_eq!(
        out.stdout().matches(",new\n").count(),
        3,
        "{}",
        out.stdout()
    );
}

#[test]
fn a_malformed_csv_changes_nothing() {
    let root = Sandbox::examples();
    let mut text = std::fs::read_to_string(vo()).unwrap();
    text.push_str("Zuid-Holland;1;30FF;30FF00;Kapotte regel;GOUDA\n");
    root.write("kapot.csv", text);
    let before = root.files("regions");
    let special = special();
    root.run(&[
        "import",
        "duo",
        &special,
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
fn a_file_that_is_not_from_duo_is_named() {
    let root = Sandbox::examples();
    root.write("iets.csv", "NAAM;GEMEENTE\nx;y\n");
    root.run(&["import", "duo", "iets.csv", "--all"])
        .expect(1)
        .err_has("not a DUO file vsopro knows");
    root.run(&["import", "duo", &vo()]).expect(2);
}

/// File 09 as DUO serves it: Windows-1252, and with LF as well as CRLF.
#[test]
fn the_special_file_in_windows_1252_and_lf() {
    let text = std::fs::read_to_string(special()).unwrap();
    let lf = text.replace("\r\n", "\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&lf);
    assert!(!unmappable);
    let root = Sandbox::new();
    root.write("so-vso.csv", &bytes);
    let v = root
        .run(&[
            "import",
            "duo",
            "so-vso.csv",
            "--region",
            "twente",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert_eq!(v["files"][0]["source"], "special");
    let names: Vec<&str> = v["regions"][0]["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"'t Iemenschoer"), "{names:?}");
}
