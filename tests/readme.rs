//! The outputs shown in the README are real: each block marked
//! `<!-- output: ARGS -->` must equal what vsopro prints for ARGS.

mod common;

use common::*;

#[test]
fn readme_outputs_are_current() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut checked = 0;
    for part in readme.split("<!-- output: ").skip(1) {
        let (args, rest) = part.split_once(" -->").unwrap();
        let body = rest.split_once("```").unwrap().1;
        let body = body.split_once('\n').unwrap().1;
        let block = &body[..body.find("\n```").unwrap() + 1];
        let expected = match block.split_once('\n') {
            Some((first, rest)) if first.starts_with("$ vsopro") => rest,
            _ => block,
        };
        let args: Vec<&str> = args.split(' ').collect();
        let out = vsopro(&repo(), &args);
        assert_eq!(
            stdout(&out),
            expected,
            "README block for `vsopro {}`",
            args.join(" ")
        );
        checked += 1;
    }
    assert!(checked >= 2);
}

#[test]
fn readme_history_session_matches_its_snapshot() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let part = readme
        .split("<!-- snapshot: history__history-table -->")
        .nth(1)
        .expect("marker");
    let body = part.split_once("```text\n").unwrap().1;
    let body = body.split_once('\n').unwrap().1; // the `$ vsopro` line
    let block = &body[..body.find("\n```").unwrap() + 1];
    let snap = std::fs::read_to_string(repo().join("tests/snapshots/history__history-table.snap"))
        .unwrap();
    let snap = snap.splitn(3, "---\n").nth(2).unwrap();
    assert_eq!(block.trim_end(), snap.trim_end());
}
