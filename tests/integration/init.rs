//! `vsopro init`: a commented, valid region; never overwrites.

use crate::common::*;

#[test]
fn init_then_check_passes() {
    let root = Sandbox::new();
    root.run(&["init", "Zuid-Kennemerland en IJmond"])
        .expect(0)
        .out_has("regions/zuid-kennemerland-en-ijmond/");
    let out = root.run(&["check"]);
    out.expect(0);
    assert!(!out.stderr().contains("error"), "{}", out.stderr());
    // Every file starts with its schema, and the schema is there.
    // (uitstroom.toml is not started: schools report when they have figures.)
    for name in &vsopro::model::REGION_FILE_NAMES[..5] {
        let dir = "regions/zuid-kennemerland-en-ijmond";
        let text = root.read(&format!("{dir}/{name}"));
        let first = text.lines().next().unwrap();
        let target = first.strip_prefix("#:schema ").expect("schema directive");
        assert!(root.join(dir).join(target).is_file(), "{target}");
    }
}

/// In Dutch the comments are Dutch and the values Dutch words, and the
/// region checks just the same.
#[test]
fn init_in_dutch_writes_dutch_and_checks() {
    let root = Sandbox::new();
    root.cmd(&["init", "zeeland"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    let region = root.read("regions/zeeland/region.toml");
    assert!(region.contains("status = \"verkenning\""), "{region}");
    assert!(region.contains("# De handleiding: https://"), "{region}");
    let plan = root.read("regions/zeeland/jaarplan.toml");
    assert!(plan.contains("status = \"concept\""), "{plan}");
    let out = root.cmd(&["check"]).lang(Some("nl")).run();
    out.expect(0);
    assert!(!out.stderr().contains("fout"), "{}", out.stderr());
}

#[test]
fn init_twice_changes_nothing() {
    let root = Sandbox::new();
    root.run(&["init", "zeeland"]).expect(0);
    root.write("regions/zeeland/schools.toml", "# mijn eigen tekst\n");
    let before = root.files(".");
    root.run(&["init", "zeeland"])
        .expect(2)
        .err_has("already exists");
    assert_eq!(root.files("."), before, "byte-identical");
}

#[test]
fn init_of_an_unofficial_region() {
    let root = Sandbox::new();
    root.run(&["init", "zeland"])
        .expect(2)
        .err_has("did you mean `zeeland`");
    assert!(root.files(".").is_empty());
    root.run(&["init", "../zeeland"]).expect(2);
}

#[test]
fn init_from_a_subfolder_writes_into_the_data_root_above() {
    let root = Sandbox::new();
    root.write("vsopro.toml", "");
    std::fs::create_dir_all(root.join("docs")).unwrap();
    root.cmd(&["init", "zeeland"])
        .discover_from("docs")
        .run()
        .expect(0);
    assert!(root.join("regions/zeeland/region.toml").is_file());
    assert!(!root.join("docs/regions").exists());
}
