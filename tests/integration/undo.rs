//! History and undo on the web: each record's changes in words, read from
//! git, and "Ongedaan maken" as a new commit by the person that puts the
//! record back as it was — asking first where later changes would go too.

use crate::common::*;
use crate::serve::{Server, last_commit, repository_of, start_with_identity};
use crate::web::hidden;

const ACTIONS: &str = "regions/midden-holland/actions.toml";
const PLAN: &str = "regions/midden-holland/jaarplan.toml";
const GOAL: &str = "/regio/midden-holland/doel/meer-stageplekken";

/// A change made outside the browser, committed by someone else.
fn committed_by_bert(root: &Sandbox, file: &str, from: &str, to: &str, when: &str) {
    let text = root.read(file);
    assert!(text.contains(from), "{from}");
    root.write(file, text.replacen(from, to, 1));
    let env = [
        ("GIT_AUTHOR_NAME", "Bert Bakker"),
        ("GIT_AUTHOR_EMAIL", "bert@example.org"),
    ];
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(root.path())
        .args(["commit", "-qam", "Streefwaarde"])
        .env("GIT_AUTHOR_DATE", when)
        .env("GIT_COMMITTER_DATE", when)
        .env("GIT_COMMITTER_NAME", "Bert Bakker")
        .env("GIT_COMMITTER_EMAIL", "bert@example.org");
    for (k, v) in env {
        cmd.env(k, v);
    }
    assert!(cmd.status().unwrap().success());
}

/// The page's undo form for the commit whose short hash is `short`.
fn undo(s: &Server, page: &str, short: &str, confirm: bool) -> crate::serve::Reply {
    let at = page
        .find(&format!("id=\"c-{short}\""))
        .unwrap_or_else(|| panic!("no change {short} in {page}"));
    let entry = &page[at..];
    let form = &entry[entry
        .find("<form class=\"undo-form\"")
        .expect("an undo button")..];
    let action = form["<form class=\"undo-form\" method=\"post\" action=\"".len()..]
        .split('"')
        .next()
        .unwrap()
        .replace("&#x2f;", "/");
    let action = format!("/{}", action.trim_start_matches("../"));
    let mut body = format!(
        "csrf={}&commit={}",
        hidden(form, "csrf"),
        hidden(form, "commit")
    );
    if confirm {
        body.push_str("&confirm=ja");
    }
    s.post(&action, &body)
}

fn short(root: &Sandbox) -> String {
    root.git(
        ".",
        &["rev-parse", "--short=7", "HEAD"],
        "2026-11-22T12:00:00+01:00",
    )
    .trim()
    .to_string()
}

#[test]
fn a_record_s_history_says_who_changed_what_and_a_change_is_undone() {
    let root = repository_of(Sandbox::examples());
    let plan = root.read(PLAN);
    committed_by_bert(
        &root,
        PLAN,
        "target = 30",
        "target = 35",
        "2026-11-20T09:30:00+01:00",
    );
    let changed = short(&root);
    let s = start_with_identity(&root);
    let page = s.get(&format!("{GOAL}/geschiedenis"));
    assert_eq!(page.status, 200, "{}", page.body);
    let body = page.body.replace("&#x27;", "'");
    assert!(
        body.contains("Geschiedenis van Doel 'Dertig extra stageplekken in de techniek.'"),
        "{body}"
    );
    assert!(
        body.contains("<strong>Bert Bakker</strong>, 20 november 2026, 09:30"),
        "{body}"
    );
    assert!(
        body.contains(
            "Streefwaarde: <span class=\"before\">30</span> → <span class=\"after\">35</span>"
        ),
        "{body}"
    );
    // The goal's form links to its history.
    assert!(
        s.get(GOAL)
            .body
            .replace("&#x2f;", "/")
            .contains("doel/meer-stageplekken/geschiedenis")
    );
    // Undone: a new commit by the person, the goal as it was.
    let r = undo(&s, &page.body, &changed, false);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        r.header("location"),
        Some("/regio/midden-holland/doel/meer-stageplekken/geschiedenis")
    );
    assert_eq!(root.read(PLAN), plan);
    let commit = last_commit(&root);
    assert!(
        commit.starts_with(
            "Coördinator Test <coordinator@example.org>\nDoel 'Dertig extra stageplekken in de techniek.' teruggezet zoals het was\n"
        ),
        "{commit}"
    );
    // The commit undone is named in the body, for who reads git.
    let body = root.git(
        ".",
        &["log", "-1", "--format=%b"],
        "2026-11-22T12:00:00+01:00",
    );
    assert_eq!(body.trim(), format!("Ongedaan gemaakt: {changed}"));
    // The history now has the undo on top, and the region's page of
    // changes has both.
    let page = s.get(&format!("{GOAL}/geschiedenis")).body;
    assert!(
        page.find("35</span> → <span class=\"after\">30").unwrap()
            < page.find("30</span> → <span class=\"after\">35").unwrap()
    );
    let changes = s
        .get("/regio/midden-holland/wijzigingen")
        .body
        .replace("&#x27;", "'");
    assert!(
        changes.contains("Doel 'Dertig extra stageplekken in de techniek.' gewijzigd"),
        "{changes}"
    );
    root.cmd(&["check"]).run().expect(0);
}

#[test]
fn undoing_a_removal_brings_the_record_back_where_it_was() {
    let root = repository_of(Sandbox::examples());
    let before = root.read(ACTIONS);
    let s = start_with_identity(&root);
    let path = "/regio/midden-holland/actie/regionale-foto/verwijderen";
    let question = s.get(path).body;
    let r = s.post(
        path,
        &format!(
            "csrf={}&hash={}",
            hidden(&question, "csrf"),
            hidden(&question, "hash")
        ),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    // The removal lands on the record's history, the undo at hand.
    assert_eq!(
        r.header("location"),
        Some("/regio/midden-holland/actie/regionale-foto/geschiedenis")
    );
    assert!(!root.read(ACTIONS).contains("regionale-foto"));
    let page = s.get("/regio/midden-holland/actie/regionale-foto/geschiedenis");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("verwijderd"), "{}", page.body);
    let r = undo(&s, &page.body, &short(&root), false);
    assert_eq!(r.status, 303, "{}", r.body);
    // Byte for byte as before: the same place, its comments and blank line.
    assert_eq!(root.read(ACTIONS), before);
    root.cmd(&["check"]).run().expect(0);
}

#[test]
fn an_undo_that_would_take_back_later_changes_asks_first() {
    let root = repository_of(Sandbox::examples());
    let plan = root.read(PLAN);
    committed_by_bert(
        &root,
        PLAN,
        "target = 30",
        "target = 35",
        "2026-11-20T09:30:00+01:00",
    );
    let first = short(&root);
    committed_by_bert(
        &root,
        PLAN,
        "target = 35",
        "target = 40",
        "2026-11-21T09:30:00+01:00",
    );
    let latest = root.read(PLAN);
    let s = start_with_identity(&root);
    let page = s.get(&format!("{GOAL}/geschiedenis")).body;
    let r = undo(&s, &page, &first, false);
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("nog een keer gewijzigd"), "{}", r.body);
    assert_eq!(root.read(PLAN), latest, "nothing changed before the answer");
    let r = undo(&s, &page, &first, true);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(root.read(PLAN), plan);
}

#[test]
fn an_undo_names_a_change_of_its_own_record() {
    let root = repository_of(Sandbox::examples());
    committed_by_bert(
        &root,
        PLAN,
        "target = 30",
        "target = 35",
        "2026-11-20T09:30:00+01:00",
    );
    let s = start_with_identity(&root);
    let csrf = hidden(&s.get("/regio/midden-holland.html").body, "csrf");
    let head = root
        .git(".", &["rev-parse", "HEAD"], "2026-11-22T12:00:00+01:00")
        .trim()
        .to_string();
    // Not a commit, or a commit that did not change this record.
    for (path, commit, status) in [
        (format!("{GOAL}/ongedaan"), "xyz".to_string(), 400),
        (format!("{GOAL}/ongedaan"), "0".repeat(40), 404),
        (
            "/regio/midden-holland/doel/nazorg-gelijk/ongedaan".to_string(),
            head.clone(),
            404,
        ),
    ] {
        let r = s.post(&path, &format!("csrf={csrf}&commit={commit}"));
        assert_eq!(r.status, status, "{path} {commit}: {}", r.body);
    }
}

#[test]
fn a_meeting_moved_to_another_date_is_one_change_and_undone_whole() {
    use crate::serve_forms::Form;
    let root = repository_of(Sandbox::examples());
    let before = root.read(PLAN);
    let s = start_with_identity(&root);
    // The stuurgroep's meeting moved from 15 to 22 September: its key.
    let form_page = s.get("/regio/midden-holland/overleg/stuurgroep%2F2026-09-15");
    assert_eq!(form_page.status, 200, "{}", form_page.body);
    let mut form = Form::parse(&form_page.body);
    form.set("date", &["2026-09-22"]);
    let r = s.submit(&form);
    assert_eq!(r.status, 303, "{}", r.body);
    // The page opens at the meeting under its new date.
    assert_eq!(
        r.header("location"),
        Some("/regio/midden-holland.html#overleg-stuurgroep/2026-09-22")
    );
    // Named as it is now, by its new date.
    assert!(
        last_commit(&root).contains("Overleg 'stuurgroep 22 september 2026' gewijzigd: Datum"),
        "{}",
        last_commit(&root)
    );
    let moved = root.read(PLAN);
    assert!(moved.contains("date = 2026-09-22\nnotes = \"Jaarplan vastgesteld.\""));
    // One line in the region's changes: the meeting changed, its date
    // from one day to the other; not one added and another removed.
    let page = s.get("/regio/midden-holland/wijzigingen").body;
    let entry = &page[page.find(&format!("id=\"c-{}\"", short(&root))).unwrap()..];
    let entry = &entry[..entry.find("</li>\n<li id=").unwrap_or(entry.len())];
    assert_eq!(
        entry.matches("class=\"change change-").count(),
        1,
        "{entry}"
    );
    assert!(entry.contains("change-changed"), "{entry}");
    assert!(
        entry.contains("15 september 2026</span> → <span class=\"after\">22 september 2026"),
        "{entry}"
    );
    // Undone: the meeting on its old date with its notes, the new one
    // gone; the file as it was.
    let r = undo(&s, &page, &short(&root), false);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(root.read(PLAN), before);
    root.cmd(&["check"]).run().expect(0);
}

#[test]
fn undoing_a_goal_s_addition_asks_first_when_it_has_measurements_since() {
    use crate::serve_forms::Form;
    let root = repository_of(Sandbox::examples());
    let s = start_with_identity(&root);
    let mut form = Form::parse(&s.get("/regio/midden-holland/nieuw/doel").body);
    form.set("text", &["Tien leerwerkplekken bij de gemeente"])
        .set("target", &["10"]);
    assert_eq!(s.submit(&form).status, 303);
    let added = short(&root);
    // A measurement of it, through the goal's own small form.
    let page = s.get("/regio/midden-holland.html").body;
    let at = page
        .find("id=\"doel-tien-leerwerkplekken-bij-de-gemeente\"")
        .unwrap();
    let goal_form = &page[at..];
    let r = s.post(
        "/regio/midden-holland/doel/tien-leerwerkplekken-bij-de-gemeente/meting",
        &format!(
            "csrf={}&hash={}&date=2026-11-20&value=3",
            hidden(goal_form, "csrf"),
            hidden(goal_form, "hash")
        ),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let with_measurement = root.read(PLAN);
    // Undoing the addition would take the measurement too: it asks.
    let changes = s.get("/regio/midden-holland/wijzigingen").body;
    let r = undo(&s, &changes, &added, false);
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(root.read(PLAN), with_measurement);
    // Confirmed, both go.
    let r = undo(&s, &changes, &added, true);
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(!root.read(PLAN).contains("tien-leerwerkplekken"));
    root.cmd(&["check"]).run().expect(0);
}
