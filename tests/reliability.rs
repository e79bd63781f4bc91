//! Hostile input: huge files, deep nesting, long lines, odd names and paths.

mod common;

use common::*;
use std::path::Path;

fn zeeland(root: &Path, name: &str, text: &[u8]) {
    let dir = root.join("regions/zeeland");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), text).unwrap();
}

fn json_check(root: &Path) -> (i32, serde_json::Value) {
    let out = vsopro(root, &["check", "--format", "json"]);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    (
        exit_code(&out),
        serde_json::from_str(&stdout(&out)).expect("JSON even for hostile input"),
    )
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
    let root = tempfile::tempdir().unwrap();
    let big = vec![b'#'; (vsopro::load::MAX_FILE_BYTES + 1) as usize];
    zeeland(root.path(), "schools.toml", &big);
    let (code, v) = json_check(root.path());
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
    let root = tempfile::tempdir().unwrap();
    let n = 100_000;
    let arrays = format!("a = {}{}\n", "[".repeat(n), "]".repeat(n));
    let tables = format!("a = {}1{}\n", "{b=".repeat(n), "}".repeat(n));
    for text in [arrays, tables] {
        zeeland(root.path(), "schools.toml", text.as_bytes());
        let (code, v) = json_check(root.path());
        assert_eq!(code, 1);
        assert!(codes(&v).contains(&"toml-syntax".to_string()));
        // The human form quotes a window of the line, not all of it.
        let out = vsopro(root.path(), &["check"]);
        assert!(
            stderr(&out).len() < 4000,
            "{} bytes of diagnostics",
            stderr(&out).len()
        );
    }
}

#[test]
fn very_long_lines_are_read_and_quoted_briefly() {
    let root = tempfile::tempdir().unwrap();
    let text = format!(
        "[[school]]\nid = \"a\"\nname = \"{}\"\nkind = \"pro\"\n[[school]]\nid = \"b\"\nname = \"{}\"\nkind = \"havo\"\n",
        "x".repeat(2_000_000),
        "y".repeat(500_000)
    );
    zeeland(root.path(), "schools.toml", text.as_bytes());
    let out = vsopro(root.path(), &["check"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
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
    let root = tempfile::tempdir().unwrap();
    zeeland(
        root.path(),
        "region.toml",
        b"name = \"Zeeland\"\n[coordinator]\nstatus = \"none\"\n",
    );
    let odd = OsStr::from_bytes(b"sch\xf6ols.toml");
    std::fs::write(root.path().join("regions/zeeland").join(odd), "x").unwrap();
    std::fs::create_dir_all(
        root.path()
            .join("regions")
            .join(OsStr::from_bytes(b"zee\xfcand")),
    )
    .unwrap();
    let (code, v) = json_check(root.path());
    assert_eq!(code, 1);
    let c = codes(&v);
    assert!(c.contains(&"stray-file".to_string()), "{c:?}");
    assert!(c.contains(&"unknown-region".to_string()), "{c:?}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_region_file_is_not_read() {
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.toml"),
        "name = \"geheim 111222333\"",
    )
    .unwrap();
    zeeland(root.path(), "schools.toml", b"");
    std::os::unix::fs::symlink(
        outside.path().join("secret.toml"),
        root.path().join("regions/zeeland/region.toml"),
    )
    .unwrap();
    let out = vsopro(root.path(), &["check", "--format", "json"]);
    let text = stdout(&out);
    assert!(text.contains("symbolic link is not followed"), "{text}");
    assert!(
        !text.contains("geheim") && !text.contains("possible-bsn"),
        "{text}"
    );
}

#[test]
fn region_arguments_cannot_leave_regions() {
    let root = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples"), root.path());
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
            let out = vsopro(root.path(), cmd);
            assert_eq!(exit_code(&out), 1, "{cmd:?}: {}", stderr(&out));
        }
    }
    assert!(!root.path().join("etc").exists());
}

#[test]
fn an_unwritable_folder_fails_cleanly() {
    // A file where the regions folder should be: init cannot create it.
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("regions"), "not a folder").unwrap();
    let out = vsopro(
        root.path(),
        &["--root", root.path().to_str().unwrap(), "init", "zeeland"],
    );
    assert_ne!(exit_code(&out), 0);
    assert!(stderr(&out).contains("error"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(root.path().join("regions")).unwrap(),
        "not a folder"
    );
}
