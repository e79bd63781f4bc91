//! Hostile input: huge files, deep nesting, long lines, odd names and paths.

use crate::common::*;

const ZEELAND: &str = "regions/zeeland";

fn zeeland(root: &Sandbox, name: &str, text: &[u8]) {
    root.write(&format!("{ZEELAND}/{name}"), text);
}

fn json_check(root: &Sandbox) -> (i32, serde_json::Value) {
    let out = root.run(&["check", "--format", "json"]);
    assert!(!out.stderr().contains("panicked"), "{}", out.stderr());
    (out.code(), out.json())
}

fn codes(v: &serde_json::Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let root = Sandbox::new();
    let big = vec![b'#'; (vsopro::load::MAX_FILE_BYTES + 1) as usize];
    zeeland(&root, "schools.toml", &big);
    let (code, v) = json_check(&root);
    assert_eq!(code, 1);
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "unreadable-file")
        .unwrap();
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("at most 10485760 bytes"),
        "{d}"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let root = Sandbox::new();
    let n = 100_000;
    let arrays = format!("a = {}{}\n", "[".repeat(n), "]".repeat(n));
    let tables = format!("a = {}1{}\n", "{b=".repeat(n), "}".repeat(n));
    for text in [arrays, tables] {
        zeeland(&root, "schools.toml", text.as_bytes());
        let (code, v) = json_check(&root);
        assert_eq!(code, 1);
        assert!(codes(&v).contains(&"toml-syntax".to_string()));
        // The human form quotes a window of the line, not all of it.
        let err = root.run(&["check"]).stderr();
        assert!(err.len() < 4000, "{} bytes of diagnostics", err.len());
    }
}

#[test]
fn very_long_lines_are_read_and_quoted_briefly() {
    let root = Sandbox::new();
    let text = format!(
        "[[school]]\nid = \"a\"\nname = \"{}\"\nkind = \"pro\"\n[[school]]\nid = \"b\"\nname = \"{}\"\nkind = \"havo\"\n",
        "x".repeat(2_000_000),
        "y".repeat(500_000)
    );
    zeeland(&root, "schools.toml", text.as_bytes());
    let out = root.run(&["check"]);
    out.expect(1);
    let err = out.stderr();
    assert!(
        err.contains("error[invalid-value]"),
        "{}",
        &err[..err.len().min(2000)]
    );
    assert!(
        err.contains("schools.toml:8:8"),
        "{}",
        &err[..err.len().min(2000)]
    );
    assert!(err.len() < 3000);
}

#[cfg(unix)]
#[test]
fn non_utf8_file_names_are_reported() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let root = Sandbox::new();
    zeeland(
        &root,
        "region.toml",
        b"name = \"Zeeland\"\n[coordinator]\nstatus = \"none\"\n",
    );
    let odd = OsStr::from_bytes(b"sch\xf6ols.toml");
    std::fs::write(root.join(ZEELAND).join(odd), "x").unwrap();
    std::fs::create_dir_all(root.join("regions").join(OsStr::from_bytes(b"zee\xfcand"))).unwrap();
    let (code, v) = json_check(&root);
    assert_eq!(code, 1);
    let c = codes(&v);
    assert!(c.contains(&"stray-file".to_string()), "{c:?}");
    assert!(c.contains(&"unknown-region".to_string()), "{c:?}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_region_file_is_not_read() {
    let root = Sandbox::new();
    let outside = Sandbox::new();
    outside.write("secret.toml", "name = \"geheim 111222333\"");
    zeeland(&root, "schools.toml", b"");
    std::os::unix::fs::symlink(
        outside.join("secret.toml"),
        root.join("regions/zeeland/region.toml"),
    )
    .unwrap();
    let run = root.run(&["check", "--format", "json"]);
    let text = run.stdout();
    // One of the region's own files as a link: an error, never read.
    assert!(
        text.contains("is a symbolic link: it is not followed"),
        "{text}"
    );
    assert!(text.contains("unreadable-file"), "{text}");
    assert_eq!(run.code(), 1, "{text}");
    assert!(
        !text.contains("geheim") && !text.contains("possible-bsn"),
        "{text}"
    );
}

#[test]
fn region_arguments_cannot_leave_regions() {
    let root = Sandbox::examples();
    for bad in [
        "../midden-holland",
        "/etc",
        "regions/midden-holland",
        "..\\midden-holland",
        "..",
        "midden-holland/..",
    ] {
        for cmd in [
            &["check", bad][..],
            &["foto", bad],
            &["init", bad],
            &["jaarplan", bad],
        ] {
            root.run(cmd).expect(2).err_has("not");
        }
    }
    assert!(!root.join("etc").exists());
}

#[test]
fn an_unwritable_folder_fails_cleanly() {
    // A file where the regions folder should be: init cannot create it.
    let root = Sandbox::new();
    root.write("regions", "not a folder");
    let out = root.run(&["init", "zeeland"]);
    assert_ne!(out.code(), 0);
    out.err_has("error");
    assert_eq!(root.read("regions"), "not a folder");
}
