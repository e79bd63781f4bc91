//! `vsopro jaarplan REGION --approve`: an approval bound to what was
//! approved, compared by every view; with and without git.

use crate::common::*;

const PLAN: &str = "regions/gorinchem/jaarplan.toml";

/// `jaarplan gorinchem --approve` by the directies on `date`.
fn approve_cmd<'a>(root: &'a Sandbox, date: &str) -> Cmd<'a> {
    root.cmd(&[
        "jaarplan",
        "gorinchem",
        "--approve",
        "--by",
        "Directies Gorinchem",
        "--date",
        date,
    ])
}

fn approve(root: &Sandbox, date: &str) -> Run {
    approve_cmd(root, date).run()
}

fn approval(root: &Sandbox) -> serde_json::Value {
    root.run(&["jaarplan", "gorinchem", "--format", "json"])
        .expect(0)
        .json()["approval"]
        .clone()
}

/// Changes the goal's text: content the directies approved.
fn change_goal(root: &Sandbox) {
    let plan = root.read(PLAN).replace(
        "text = \"Meer stageplekken\"",
        "text = \"Meer stageplekken in de zorg\"",
    );
    root.write(PLAN, plan);
}

const LAPSED: &str =
    "approval lapsed: changed after the approval of 2026-09-15 (goal doel changed)";

#[test]
fn an_approval_without_git_keeps_a_fingerprint_and_every_view_compares() {
    let root = Sandbox::base();
    let before = root.read(PLAN);
    approve(&root, "2026-09-15")
        .expect(0)
        .out_has("Approval recorded in regions/gorinchem/jaarplan.toml: approved on 2026-09-15 by Directies Gorinchem, for the period and 1 goal.")
        .out_has("No git: the approval is in the file with its fingerprint");
    let plan = root.read(PLAN);
    // The rest of the file is kept as it was.
    assert!(
        plan.starts_with("title = \"Jaarplan\"\nstart = 2026-08-01"),
        "{plan}"
    );
    assert!(
        plan.contains("[approval.fingerprint]\nperiod = \"2026-08-01/2027-07-31\""),
        "{plan}"
    );
    assert!(plan.contains("notes = \"Voortgang besproken.\""), "{plan}");
    assert_ne!(plan, before);
    let a = approval(&root);
    assert_eq!(a["status"], "approved");
    assert_eq!(a["date"], "2026-09-15");
    assert_eq!(a["by"], "Directies Gorinchem");
    assert_eq!(a["bound"], true);
    assert_eq!(a["valid"], true);
    assert_eq!(a["commit"], serde_json::Value::Null);
    root.run(&["check", "--deny-warnings"]).expect(0);

    // The same approval again writes nothing.
    approve(&root, "2026-09-15")
        .expect(0)
        .out_has("nothing changed");
    assert_eq!(root.read(PLAN), plan);

    // Notes, decisions and measurements are not what was approved.
    let progress = plan.replace(
        "actions = [\"alles\"]\n",
        "actions = [\"alles\"]\n\n[[goal.measurement]]\ndate = 2026-10-01\nvalue = 3\n",
    ) + "decisions = [\"Doorgaan\"]\n";
    root.write(PLAN, &progress);
    assert_eq!(approval(&root)["valid"], true);

    // A changed goal: every view says the approval lapsed.
    change_goal(&root);
    let a = approval(&root);
    assert_eq!(a["valid"], false);
    assert_eq!(a["changes"][0]["change"], "goal-changed");
    assert_eq!(a["changes"][0]["goal"], "doel");
    assert_eq!(
        root.run(&["jaarplan", "gorinchem", "--format", "json"])
            .json()["needs_approval"],
        true
    );
    root.run(&["check"])
        .expect(0)
        .err_has("warning[approval-outdated]: approval lapsed: the jaarplan changed after the approval of 2026-09-15: goal doel changed");
    root.run(&["check", "--deny-warnings"]).expect(1);
    root.run(&["jaarplan", "gorinchem"])
        .expect(0)
        .out_has(LAPSED);
    root.run(&["foto", "gorinchem"])
        .expect(0)
        .out_has(&format!("Jaarplan: {LAPSED}"));
    root.cmd(&["jaarplan", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("accordering vervallen: gewijzigd na accordering van 15 september 2026 (doel doel gewijzigd)");
    root.cmd(&["site", "site"]).lang(Some("nl")).run().expect(0);
    let page = root.read("site/regio/gorinchem.html");
    assert!(
        page.contains("Accordering vervallen: gewijzigd na accordering van 15 september 2026.")
            && page.contains("<li>doel doel gewijzigd</li>"),
        "{page}"
    );

    // Approved again: valid, and the report says what was re-approved.
    approve(&root, "2026-11-20")
        .expect(0)
        .out_has("Approved again after: goal doel changed.");
    let a = approval(&root);
    assert_eq!(
        (a["valid"].clone(), a["date"].clone()),
        (true.into(), "2026-11-20".into())
    );
    root.run(&["check", "--deny-warnings"]).expect(0);
}

#[test]
fn a_changed_period_and_an_added_goal_are_named() {
    let root = Sandbox::base();
    approve(&root, "2026-09-15").expect(0);
    let plan = root
        .read(PLAN)
        .replace("end = 2027-07-31", "end = 2027-12-31")
        + "\n[[goal]]\nid = \"nazorg\"\ntext = \"Nazorg\"\nactions = [\"alles\"]\n";
    root.write(PLAN, plan);
    root.run(&["jaarplan", "gorinchem"]).expect(0).out_has(
        "approval lapsed: changed after the approval of 2026-09-15 (period 2026-08-01 – 2027-07-31 is now 2026-08-01 – 2027-12-31, goal nazorg added)",
    );
}

#[test]
fn an_approval_by_hand_is_valid_but_says_it_is_not_bound() {
    let root = Sandbox::base();
    let a = approval(&root);
    assert_eq!(
        (a["valid"].clone(), a["bound"].clone()),
        (true.into(), false.into())
    );
    root.run(&["jaarplan", "gorinchem"])
        .expect(0)
        .out_has("The approval does not record what was approved; record it again with vsopro accordeer gorinchem");
}

#[test]
fn approving_a_plan_with_errors_or_tagging_outside_git_writes_nothing() {
    let root = Sandbox::case("unknown-reference");
    let before = root.files("regions");
    approve(&root, "2026-09-15")
        .expect(1)
        .err_has("error[unknown-reference]");
    assert!(root.files("regions") == before);

    let root = Sandbox::base();
    let before = root.read(PLAN);
    root.run(&["jaarplan", "gorinchem", "--approve", "--by", "D", "--tag"])
        .expect(2)
        .err_has("--tag needs a git repository");
    assert_eq!(root.read(PLAN), before);
    // --approve needs --by; --by needs --approve.
    root.run(&["jaarplan", "gorinchem", "--approve"]).expect(2);
    root.run(&["jaarplan", "gorinchem", "--by", "D"]).expect(2);
}

/// The base data as a git repository with one commit.
fn repository() -> Sandbox {
    let root = Sandbox::base();
    root.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    root.git(".", &["add", "-A"], "2026-08-01T09:00:00+02:00");
    root.git(
        ".",
        &["commit", "-q", "-m", "Jaarplan 2026-2027"],
        "2026-08-01T09:00:00+02:00",
    );
    root
}

#[test]
fn in_git_the_approval_is_a_commit_of_the_plan_alone_with_a_tag() {
    let root = repository();
    // Something else staged stays staged, outside the approval's commit.
    let schools = root.read("regions/gorinchem/schools.toml");
    root.write(
        "regions/gorinchem/schools.toml",
        format!("{schools}\n# nog na te kijken\n"),
    );
    root.git(
        ".",
        &["add", "regions/gorinchem/schools.toml"],
        "2026-09-15T12:00:00+02:00",
    );
    let out = approve_cmd(&root, "2026-09-15")
        .arg("--tag")
        .git_identity("2026-09-15T12:00:00+02:00")
        .run();
    out.expect(0)
        .out_has("Recorded in git as commit ")
        .out_has("Tag jaarplan-gorinchem-2026-09-15 on that commit");
    let head = root.git(".", &["rev-parse", "HEAD"], "2026-09-15T12:00:00+02:00");
    let head = head.trim();
    let files = root.git(
        ".",
        &["show", "--name-only", "--format=%s", "HEAD"],
        "2026-09-15T12:00:00+02:00",
    );
    assert_eq!(
        files,
        "Jaarplan van Gorinchem geaccordeerd door Directies Gorinchem op 15 september 2026\n\nregions/gorinchem/jaarplan.toml\n"
    );
    let staged = root.git(
        ".",
        &["diff", "--cached", "--name-only"],
        "2026-09-15T12:00:00+02:00",
    );
    assert_eq!(staged, "regions/gorinchem/schools.toml\n");
    // An annotated tag on that commit.
    let kind = root.git(
        ".",
        &["cat-file", "-t", "jaarplan-gorinchem-2026-09-15"],
        "2026-09-15T12:00:00+02:00",
    );
    assert_eq!(kind, "tag\n");
    let tagged = root.git(
        ".",
        &["rev-parse", "jaarplan-gorinchem-2026-09-15^{commit}"],
        "2026-09-15T12:00:00+02:00",
    );
    assert_eq!(tagged.trim(), head);
    let a = approval(&root);
    assert_eq!(a["commit"], head);
    assert_eq!(a["tag"], "jaarplan-gorinchem-2026-09-15");
    root.run(&["jaarplan", "gorinchem"])
        .expect(0)
        .out_has(&format!(
            "Recorded in commit {}, tag jaarplan-gorinchem-2026-09-15",
            &head[..7]
        ));

    // Changed and committed after approval: --history says so by the
    // same definition; a re-approval is a new approval.
    change_goal(&root);
    root.git(
        ".",
        &["commit", "-q", "-am", "Doel aangepast"],
        "2026-10-01T12:00:00+02:00",
    );
    // The approval still names the commit that holds the approved version.
    assert_eq!(approval(&root)["commit"], head);
    assert_eq!(approval(&root)["valid"], false);
    // Measurements after approval are progress, not a change of plan.
    let plan = root.read(PLAN).replace(
        "actions = [\"alles\"]\n",
        "actions = [\"alles\"]\n\n[[goal.measurement]]\ndate = 2026-10-20\nvalue = 3\n",
    );
    root.write(PLAN, plan);
    root.git(
        ".",
        &["commit", "-q", "-am", "Meting"],
        "2026-10-20T12:00:00+02:00",
    );
    approve_cmd(&root, "2026-11-20")
        .arg("--tag")
        .git_identity("2026-11-20T12:00:00+02:00")
        .run()
        .expect(0)
        .out_has("Approved again after: goal doel changed.");
    let h = root
        .run(&["jaarplan", "gorinchem", "--history", "--format", "json"])
        .expect(0)
        .json();
    let marks: Vec<(String, bool, bool)> = h["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["message"].as_str().unwrap().to_string(),
                e["approval"].as_bool().unwrap(),
                e["after_approval"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        marks,
        vec![
            ("Jaarplan 2026-2027".to_string(), true, false),
            (
                "Jaarplan van Gorinchem geaccordeerd door Directies Gorinchem op 15 september 2026"
                    .to_string(),
                true,
                false
            ),
            ("Doel aangepast".to_string(), false, true),
            ("Meting".to_string(), false, false),
            (
                "Jaarplan van Gorinchem geaccordeerd door Directies Gorinchem op 20 november 2026"
                    .to_string(),
                true,
                false
            ),
        ]
    );
}

#[test]
fn a_failed_commit_puts_the_plan_back() {
    let root = repository();
    root.refuse_commits("geweigerd");
    let before = root.read(PLAN);
    root.cmd(&["jaarplan", "gorinchem", "--approve", "--by", "D"])
        .git_identity("2026-09-15T12:00:00+02:00")
        .run()
        .expect(2)
        .err_has("geweigerd");
    assert_eq!(root.read(PLAN), before);
    let status = root.git(".", &["status", "--porcelain"], "2026-09-15T12:00:00+02:00");
    assert_eq!(status, "");
}
