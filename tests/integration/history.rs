//! `vsopro jaarplan REGION --history` on real temporary git repositories.

use crate::common::*;

/// Writes the files and commits them all.
fn commit(repo: &Sandbox, files: &[(&str, &str)], message: &str, when: &str) {
    for (path, text) in files {
        repo.write(path, text);
    }
    repo.git(".", &["add", "-A"], when);
    repo.git(".", &["commit", "-q", "-m", message], when);
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
fn repository() -> Sandbox {
    let d = Sandbox::new();
    d.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    // Started under an old folder name, renamed later.
    commit(
        &d,
        &[("regions/food-valley/jaarplan.toml", PLAN_V1)],
        "Eerste versie jaarplan",
        "2026-08-01T09:00:00+02:00",
    );
    commit(
        &d,
        &[("regions/food-valley/jaarplan.toml", &plan_v2())],
        "Doel nieuwkomers en eerste stuurgroep",
        "2026-09-10T10:00:00+02:00",
    );
    commit(
        &d,
        &[("regions/food-valley/jaarplan.toml", &plan_v3())],
        "Jaarplan geaccordeerd door de directies",
        "2026-09-15T16:00:00+02:00",
    );
    commit(
        &d,
        &[("regions/food-valley/schools.toml", "")],
        "Alleen scholen: geen wijziging van het jaarplan",
        "2026-09-20T10:00:00+02:00",
    );
    d.git(
        ".",
        &["mv", "regions/food-valley", "regions/foodvalley"],
        "2026-10-01T10:00:00+02:00",
    );
    d.git(
        ".",
        &["commit", "-q", "-m", "Map hernoemd naar de officiële slug"],
        "2026-10-01T10:00:00+02:00",
    );
    commit(
        &d,
        &[("regions/foodvalley/jaarplan.toml", &plan_v4())],
        "Doel stages aangescherpt",
        "2026-10-15T10:00:00+02:00",
    );
    commit(
        &d,
        &[(
            "regions/foodvalley/jaarplan.toml",
            &(plan_v4() + "\n[[goal]\n"),
        )],
        "Halve wijziging",
        "2026-10-20T10:00:00+02:00",
    );
    commit(
        &d,
        &[(
            "regions/foodvalley/jaarplan.toml",
            &plan_v4().replace("date = 2026-09-15", "date = 2026-10-25"),
        )],
        "Opnieuw geaccordeerd",
        "2026-10-25T10:00:00+02:00",
    );
    d
}

fn history(repo: &Sandbox, extra: &[&str]) -> Run {
    let mut args = vec!["jaarplan", "FoodValley", "--history"];
    args.extend(extra);
    repo.run(&args)
}

#[test]
fn history_as_a_table() {
    let repo = repository();
    let out = history(&repo, &[]);
    out.expect(0);
    insta::assert_snapshot!("history-table", out.stdout());
}

#[test]
fn history_as_json() {
    let repo = repository();
    let v = history(&repo, &["--format", "json"]).expect(0).json();
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
    let v = history(&repo, &["--newest-first", "--format", "json"]).json();
    assert_eq!(v["entries"][0]["message"], "Opnieuw geaccordeerd");
    assert_eq!(v["newest_first"], true);
}

#[test]
fn csv_has_one_row_per_change() {
    let repo = repository();
    let text = history(&repo, &["--format", "csv"]).stdout();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let width = r.headers().unwrap().len();
    let rows: Vec<_> = r.records().map(|x| x.unwrap()).collect();
    assert!(rows.iter().all(|x| x.len() == width));
    assert!(rows.len() > 10);
}

#[test]
fn outside_a_repository_history_says_so_and_the_rest_works() {
    let root = Sandbox::examples();
    root.run(&["jaarplan", "midden-holland", "--history"])
        .expect(2)
        .err_has("needs a git repository");
    root.run(&["jaarplan", "midden-holland"]).expect(0);
}

#[test]
fn git_missing_is_a_clear_error() {
    let repo = repository();
    repo.cmd(&["jaarplan", "foodvalley", "--history"])
        .env("PATH", "/nonexistent")
        .run()
        .expect(2)
        .err_has("git is not installed");
}

#[test]
fn an_empty_repository_and_a_file_without_commits() {
    let dir = Sandbox::new();
    std::fs::create_dir_all(dir.join("regions")).unwrap();
    dir.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    history(&dir, &[]).expect(1).err_has("no commits yet");
    commit(
        &dir,
        &[("regions/README", "x")],
        "eerste",
        "2026-08-01T09:00:00+02:00",
    );
    let v = history(&dir, &["--format", "json"]).expect(0).json();
    assert_eq!(v["entries"].as_array().unwrap().len(), 0);
}

#[test]
fn region_names_cannot_inject_git_options() {
    let repo = repository();
    history(&repo, &[]).expect(0);
    repo.run(&["jaarplan", "--output=/tmp/x", "--history"])
        .expect(2);
    repo.run(&["jaarplan", "--history", "--", "--output=x"])
        .expect(2)
        .err_has("not an official arbeidsmarktregio");
}

#[test]
fn a_shallow_clone_says_the_history_is_incomplete() {
    let repo = repository();
    let parent = Sandbox::new();
    parent.clone_shallow(&repo, 2, "shallow");
    let run = |extra: &[&str]| {
        let mut args = vec!["jaarplan", "FoodValley", "--history"];
        args.extend(extra);
        parent.cmd(&args).root_at("shallow").run()
    };
    let v = run(&["--format", "json"]).expect(0).json();
    assert_eq!(v["shallow"], true);
    assert_eq!(v["entries"].as_array().unwrap().len(), 2);
    run(&[]).out_has("shallow clone");
}

#[test]
fn a_detached_head_reads_the_history_up_to_it() {
    let repo = repository();
    repo.git(
        ".",
        &["checkout", "-q", "--detach", "HEAD~2"],
        "2026-11-01T10:00:00+01:00",
    );
    let v = history(&repo, &["--format", "json"]).expect(0).json();
    let last = v["entries"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["message"], "Doel stages aangescherpt");
}

#[test]
fn a_plan_committed_as_a_symbolic_link_is_said_to_be_one() {
    #[cfg(unix)]
    {
        let d = Sandbox::new();
        let when = "2026-08-01T09:00:00+02:00";
        d.git(".", &["init", "-q"], when);
        commit(&d, &[("plannen/plan.toml", PLAN_V1)], "Plan elders", when);
        std::fs::create_dir_all(d.join("regions/foodvalley")).unwrap();
        std::os::unix::fs::symlink(
            "../../plannen/plan.toml",
            d.join("regions/foodvalley/jaarplan.toml"),
        )
        .unwrap();
        d.git(".", &["add", "-A"], when);
        d.git(".", &["commit", "-q", "-m", "Koppeling"], when);
        let out = history(&d, &["--format", "json"]);
        out.expect(0);
        let v = out.json();
        let error = v["entries"][0]["error"].as_str().unwrap_or_default();
        assert!(error.contains("symbolic link"), "{}", out.stdout());
        assert!(!error.contains("TOML"), "{error}");
    }
}
