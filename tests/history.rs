//! `vsopro jaarplan REGION --history` on real temporary git repositories.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str], when: &str) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("LC_ALL", "C")
        .env("GIT_AUTHOR_NAME", "Coördinator Test")
        .env("GIT_AUTHOR_EMAIL", "coordinator@example.org")
        .env("GIT_COMMITTER_NAME", "Coördinator Test")
        .env("GIT_COMMITTER_EMAIL", "coordinator@example.org")
        .env("GIT_AUTHOR_DATE", when)
        .env("GIT_COMMITTER_DATE", when)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn commit(dir: &Path, files: &[(&str, &str)], message: &str, when: &str) {
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    git(dir, &["add", "-A"], when);
    git(dir, &["commit", "-q", "-m", message], when);
}

const PLAN_V1: &str = r#"title = "Jaarplan 2026-2027"
start = 2026-08-01
end = 2027-07-31

[approval]
status = "draft"

[[goal]]
id = "stages"
text = "Meer stageplekken"
actions = ["stagebank"]

[[goal]]
id = "nazorg"
text = "Nazorg gelijktrekken"
"#;

fn plan_v2() -> String {
    PLAN_V1.replace("[[goal]]\nid = \"nazorg\"", "[[goal]]\nid = \"nieuwkomers\"\ntext = \"Route voor nieuwkomers\"\n\n[[goal]]\nid = \"nazorg\"")
        + "\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-09-10\n"
}

fn plan_v3() -> String {
    plan_v2().replace(
        "status = \"draft\"",
        "status = \"approved\"\ndate = 2026-09-15\nby = \"Directies\"",
    )
}

fn plan_v4() -> String {
    plan_v3()
        .replace(
            "text = \"Meer stageplekken\"",
            "text = \"Dertig extra stageplekken\"",
        )
        .replace(
            "actions = [\"stagebank\"]",
            "actions = [\"stagebank\", \"werkgeversavond\"]",
        )
}

/// A repository with the history every test reads.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"], "2026-08-01T09:00:00+02:00");
    // Started under an old folder name, renamed later.
    commit(
        d,
        &[("regions/food-valley/jaarplan.toml", PLAN_V1)],
        "Eerste versie jaarplan",
        "2026-08-01T09:00:00+02:00",
    );
    commit(
        d,
        &[("regions/food-valley/jaarplan.toml", &plan_v2())],
        "Doel nieuwkomers en eerste stuurgroep",
        "2026-09-10T10:00:00+02:00",
    );
    commit(
        d,
        &[("regions/food-valley/jaarplan.toml", &plan_v3())],
        "Jaarplan geaccordeerd door de directies",
        "2026-09-15T16:00:00+02:00",
    );
    commit(
        d,
        &[("regions/food-valley/schools.toml", "")],
        "Alleen scholen: geen wijziging van het jaarplan",
        "2026-09-20T10:00:00+02:00",
    );
    git(
        d,
        &["mv", "regions/food-valley", "regions/foodvalley"],
        "2026-10-01T10:00:00+02:00",
    );
    git(
        d,
        &["commit", "-q", "-m", "Map hernoemd naar de officiële slug"],
        "2026-10-01T10:00:00+02:00",
    );
    commit(
        d,
        &[("regions/foodvalley/jaarplan.toml", &plan_v4())],
        "Doel stages aangescherpt",
        "2026-10-15T10:00:00+02:00",
    );
    commit(
        d,
        &[(
            "regions/foodvalley/jaarplan.toml",
            &(plan_v4() + "\n[[goal]\n"),
        )],
        "Halve wijziging",
        "2026-10-20T10:00:00+02:00",
    );
    commit(
        d,
        &[(
            "regions/foodvalley/jaarplan.toml",
            &plan_v4().replace("date = 2026-09-15", "date = 2026-10-25"),
        )],
        "Opnieuw geaccordeerd",
        "2026-10-25T10:00:00+02:00",
    );
    dir
}

fn history(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["jaarplan", "FoodValley", "--history"];
    args.extend(extra);
    Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .current_dir(dir)
        .args(["--today", TODAY, "--color", "never"])
        .args(&args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap()
}

#[test]
fn history_as_a_table() {
    let repo = repository();
    let out = history(repo.path(), &[]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    insta::assert_snapshot!("history-table", stdout(&out));
}

#[test]
fn history_as_json() {
    let repo = repository();
    let out = history(repo.path(), &["--format", "json"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let entries = v["entries"].as_array().unwrap();
    let messages: Vec<&str> = entries
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    // The commit that touched schools.toml only is not part of the trail.
    assert_eq!(
        messages,
        [
            "Eerste versie jaarplan",
            "Doel nieuwkomers en eerste stuurgroep",
            "Jaarplan geaccordeerd door de directies",
            "Map hernoemd naar de officiële slug",
            "Doel stages aangescherpt",
            "Halve wijziging",
            "Opnieuw geaccordeerd",
        ]
    );
    let flag = |i: usize, key: &str| entries[i][key].as_bool().unwrap();
    assert!(flag(2, "approval") && !flag(2, "after_approval"));
    assert!(flag(4, "after_approval"), "goal changed after approval");
    assert!(
        !flag(3, "after_approval"),
        "a move alone is no content change"
    );
    assert!(flag(6, "approval"), "renewed approval");
    assert_eq!(entries[5]["state"], "unparsable");
    assert!(
        entries[5]["error"].as_str().unwrap().contains("line"),
        "{}",
        entries[5]["error"]
    );
    let changes = |i: usize| entries[i]["changes"].as_array().unwrap().clone();
    assert!(
        changes(1)
            .iter()
            .any(|c| c["change"] == "goal-added" && c["goal"] == "nieuwkomers")
    );
    assert!(
        changes(1)
            .iter()
            .any(|c| c["change"] == "meeting-added" && c["date"] == "2026-09-10")
    );
    assert!(
        changes(2)
            .iter()
            .any(|c| c["change"] == "approval" && c["field"] == "status" && c["new"] == "approved")
    );
    assert!(
        changes(3)
            .iter()
            .any(|c| c["change"] == "renamed" && c["to"] == "regions/foodvalley/jaarplan.toml")
    );
    assert!(
        changes(4)
            .iter()
            .any(|c| c["change"] == "goal-text" && c["old"] == "Meer stageplekken")
    );
    assert!(
        changes(4)
            .iter()
            .any(|c| c["change"] == "goal-action-added" && c["action"] == "werkgeversavond")
    );
    assert_eq!(entries[0]["author"], "Coördinator Test");
    assert!(
        entries[0]["date"]
            .as_str()
            .unwrap()
            .starts_with("2026-08-01")
    );
}

#[test]
fn newest_first() {
    let repo = repository();
    let out = history(repo.path(), &["--newest-first", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["entries"][0]["message"], "Opnieuw geaccordeerd");
    assert_eq!(v["newest_first"], true);
}

#[test]
fn csv_has_one_row_per_change() {
    let repo = repository();
    let out = history(repo.path(), &["--format", "csv"]);
    let text = stdout(&out);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let width = r.headers().unwrap().len();
    let rows: Vec<_> = r.records().map(|x| x.unwrap()).collect();
    assert!(rows.iter().all(|x| x.len() == width));
    assert!(rows.len() > 10);
}

#[test]
fn outside_a_repository_history_says_so_and_the_rest_works() {
    let root = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples"), root.path());
    let out = vsopro(root.path(), &["jaarplan", "midden-holland", "--history"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("needs a git repository"),
        "{}",
        stderr(&out)
    );
    let out = vsopro(root.path(), &["jaarplan", "midden-holland"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
}

#[test]
fn git_missing_is_a_clear_error() {
    let repo = repository();
    let out = Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .current_dir(repo.path())
        .args(["jaarplan", "foodvalley", "--history"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("git is not installed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_empty_repository_and_a_file_without_commits() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("regions")).unwrap();
    git(dir.path(), &["init", "-q"], "2026-08-01T09:00:00+02:00");
    let out = history(dir.path(), &[]);
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("no commits yet"), "{}", stderr(&out));
    commit(
        dir.path(),
        &[("regions/README", "x")],
        "eerste",
        "2026-08-01T09:00:00+02:00",
    );
    let out = history(dir.path(), &["--format", "json"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["entries"].as_array().unwrap().len(), 0);
}

#[test]
fn region_names_cannot_inject_git_options() {
    let repo = repository();
    let out = history(repo.path(), &[]);
    assert_eq!(exit_code(&out), 0);
    let bad = Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .current_dir(repo.path())
        .args(["jaarplan", "--output=/tmp/x", "--history"])
        .output()
        .unwrap();
    assert_eq!(exit_code(&bad), 2, "clap refuses an unknown option");
    let bad = Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .current_dir(repo.path())
        .args(["jaarplan", "--history", "--", "--output=x"])
        .output()
        .unwrap();
    assert_eq!(
        exit_code(&bad),
        1,
        "not a region: {}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

#[test]
fn a_shallow_clone_says_the_history_is_incomplete() {
    let repo = repository();
    let parent = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    git(
        parent.path(),
        &["clone", "-q", "--depth", "2", &url, "shallow"],
        "2026-11-01T10:00:00+01:00",
    );
    let clone = parent.path().join("shallow");
    let out = history(&clone, &["--format", "json"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["shallow"], true);
    assert_eq!(v["entries"].as_array().unwrap().len(), 2);
    let table = history(&clone, &[]);
    assert!(
        stdout(&table).contains("shallow clone"),
        "{}",
        stdout(&table)
    );
}

#[test]
fn a_detached_head_reads_the_history_up_to_it() {
    let repo = repository();
    git(
        repo.path(),
        &["checkout", "-q", "--detach", "HEAD~2"],
        "2026-11-01T10:00:00+01:00",
    );
    let out = history(repo.path(), &["--format", "json"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let last = v["entries"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["message"], "Doel stages aangescherpt");
}
