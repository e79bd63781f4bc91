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
    for name in vsopro::model::REGION_FILE_NAMES {
        let dir = "regions/zuid-kennemerland-en-ijmond";
        let text = root.read(&format!("{dir}/{name}"));
        let first = text.lines().next().unwrap();
        let target = first.strip_prefix("#:schema ").expect("schema directive");
        assert!(root.join(dir).join(target).is_file(), "{target}");
    }
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
