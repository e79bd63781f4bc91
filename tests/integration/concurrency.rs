//! Two writers at once: every writer holds the data root's lock for its
//! read → compute → write → commit, so writers are serialised, never
//! interleaved. Tested the way the defect was found: many processes
//! started together, round after round; every result valid, every row
//! once, every change committed.

use crate::common::*;
use std::collections::BTreeMap;

const SCHOOLS: &str = "regions/gorinchem/schools.toml";

fn duo(name: &str) -> String {
    fixtures().join("duo").join(name).display().to_string()
}

/// Waits for every process; returns each one's exit code and stderr.
fn wait_all(children: Vec<std::process::Child>) -> Vec<(i32, String)> {
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().expect("the run ends");
            (
                out.status.code().expect("exited normally"),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
        .collect()
}

/// The `brin` of every school in the file, with how often it occurs.
fn brins(text: &str) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for line in text.lines() {
        if let Some(b) = line.strip_prefix("brin = \"") {
            *seen.entry(b.trim_end_matches('"').to_string()).or_default() += 1;
        }
    }
    seen
}

#[test]
fn imports_started_together_add_every_school_once() {
    const WRITERS: usize = 4;
    const ROUNDS: usize = 8;
    let mut expected: Option<BTreeMap<String, usize>> = None;
    for round in 0..ROUNDS {
        let root = Sandbox::base();
        let children = (0..WRITERS)
            .map(|_| {
                root.cmd(&[
                    "import",
                    "duo",
                    &duo("vestigingen-vo-pro.csv"),
                    &duo("vestigingen-sbo-so-vso.csv"),
                    "--region",
                    "gorinchem",
                    "--write",
                ])
                .spawn()
            })
            .collect();
        for (code, stderr) in wait_all(children) {
            assert_eq!(code, 0, "round {round}: {stderr}");
        }
        // The file is valid and holds each school once.
        root.run(&["check", "gorinchem"]).expect(0);
        let text = root.read(SCHOOLS);
        let found = brins(&text);
        assert!(found.values().all(|n| *n == 1), "round {round}: {found:?}");
        // The base's two schools (without brin) and one per DUO location.
        assert_eq!(text.matches("[[school]]").count(), 2 + found.len());
        // Every round ends the same: what one import alone adds.
        match &expected {
            None => expected = Some(found),
            Some(e) => assert_eq!(&found, e, "round {round}"),
        }
    }
    // The DUO locations of Gorinchem were added.
    assert!(!expected.unwrap().is_empty());
}

#[test]
fn writers_in_git_each_get_their_own_commit() {
    const ROUNDS: usize = 4;
    for round in 0..ROUNDS {
        let root = Sandbox::base();
        root.git(
            ".",
            &["init", "-q", "-b", "main"],
            "2026-11-01T10:00:00+01:00",
        );
        root.git(".", &["add", "."], "2026-11-01T10:00:00+01:00");
        root.git(
            ".",
            &["commit", "-qm", "Gegevens"],
            "2026-11-01T10:00:00+01:00",
        );
        let when = "2026-11-20T12:00:00+01:00";
        let import = || {
            root.cmd(&[
                "import",
                "duo",
                &duo("vestigingen-vo-pro.csv"),
                "--region",
                "gorinchem",
                "--write",
            ])
            .git_identity(when)
            .spawn()
        };
        let approve = |by: &str, date: &str| {
            root.cmd(&[
                "jaarplan",
                "gorinchem",
                "--approve",
                "--by",
                by,
                "--date",
                date,
            ])
            .git_identity(when)
            .spawn()
        };
        let children = vec![
            import(),
            approve("Directies Gorinchem", "2026-11-18"),
            import(),
            approve("Directies pro en vso", "2026-11-19"),
        ];
        for (code, stderr) in wait_all(children) {
            assert_eq!(code, 0, "round {round}: {stderr}");
        }
        // One import commit (the second found nothing to add) and both
        // approvals; nothing left uncommitted; the data valid.
        let log = root.git(".", &["log", "--format=%s"], when);
        let subjects: Vec<&str> = log.lines().collect();
        assert_eq!(subjects.len(), 4, "round {round}: {log}");
        assert_eq!(
            subjects
                .iter()
                .filter(|s| s.contains("geaccordeerd"))
                .count(),
            2,
            "{log}"
        );
        assert_eq!(
            subjects.iter().filter(|s| s.contains("DUO")).count(),
            1,
            "{log}"
        );
        let status = root.git(".", &["status", "--porcelain"], when);
        assert_eq!(status, "", "round {round}");
        root.run(&["check"]).expect(0);
        assert!(brins(&root.read(SCHOOLS)).values().all(|n| *n == 1));
    }
}
