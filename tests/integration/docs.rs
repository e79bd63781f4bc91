//! The documentation is current: the README names every diagnostic code, and
//! the outputs it shows are what vsopro prints.

use crate::common::*;
use vsopro::diag::Code;

fn readme() -> String {
    std::fs::read_to_string(repo().join("README.md")).unwrap()
}

#[test]
fn readme_lists_every_code() {
    let readme = readme();
    for c in Code::ALL {
        let row = format!("| `{}` | ", c.name());
        assert!(readme.contains(&row), "README.md lacks {}", c.name());
    }
}

/// Each block marked `<!-- output: ARGS -->` equals what vsopro prints for
/// ARGS on a copy of the example data.
#[test]
fn readme_outputs_are_current() {
    let readme = readme();
    let root = Sandbox::examples();
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
        let mut args: Vec<&str> = args.split(' ').collect();
        // `--lang nl` in the marker: that language, once.
        let lang = match args.iter().position(|a| *a == "--lang") {
            Some(i) => {
                let lang = if args[i + 1] == "nl" { "nl" } else { "en" };
                args.drain(i..i + 2);
                lang
            }
            None => "en",
        };
        let out = root.cmd(&args).lang(Some(lang)).run();
        assert_eq!(
            out.stdout(),
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
    let readme = readme();
    let part = readme
        .split("<!-- snapshot: history-table -->")
        .nth(1)
        .expect("marker");
    let body = part.split_once("```text\n").unwrap().1;
    let body = body.split_once('\n').unwrap().1; // the `$ vsopro` line
    let block = &body[..body.find("\n```").unwrap() + 1];
    let snap = std::fs::read_to_string(
        repo().join("tests/integration/snapshots/integration__history__history-table.snap"),
    )
    .unwrap();
    let snap = snap.splitn(3, "---\n").nth(2).unwrap();
    assert_eq!(block.trim_end(), snap.trim_end());
}
