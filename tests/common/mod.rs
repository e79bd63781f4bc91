//! Helpers shared by the integration tests: fixture folders and the real binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixed reference date of every test.
pub const TODAY: &str = "2026-11-22";

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `from` into `to`, overwriting files that exist.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).min_depth(1) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A temporary data root: the valid base region with one case laid over it.
pub fn case_root(case: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("base"), dir.path());
    let overlay = fixtures().join("check").join(case);
    assert!(overlay.is_dir(), "no fixture folder {}", overlay.display());
    copy_tree(&overlay, dir.path());
    dir
}

/// Runs vsopro with a fixed date and no colour, in `cwd`.
pub fn vsopro(cwd: &Path, args: &[&str]) -> Output {
    vsopro_on(TODAY, cwd, args)
}

/// Runs vsopro as if today were `today`.
pub fn vsopro_on(today: &str, cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .current_dir(cwd)
        .args(["--today", today, "--color", "never"])
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("vsopro runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

pub fn exit_code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}
