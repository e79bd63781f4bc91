//! The directies' approval round on the command line: `jaarplan --round
//! open`, `--vote`, in a real git repository. Votes are bound to the
//! version they were cast on; a change to a goal during the round leaves
//! earlier votes standing but not counting; the vote that brings the
//! quorum records the approval, one commit and a tag.

use crate::common::*;

const PLAN: &str = "regions/gorinchem/jaarplan.toml";
const SCHOOLS: &str = "regions/gorinchem/schools.toml";
const WHEN: &str = "2026-09-01T09:00:00+02:00";

/// The base region with three institutions (two locations of 12AB count
/// as one) in git.
fn repository() -> Sandbox {
    let root = Sandbox::base();
    let schools = root
        .read(SCHOOLS)
        .replace("id = \"pro-a\"\n", "id = \"pro-a\"\nbrin = \"12AB00\"\n");
    root.write(
        SCHOOLS,
        format!(
            "{schools}\n[[school]]\nid = \"pro-c\"\nbrin = \"12AB01\"\nname = \"Praktijkschool A, locatie Noord\"\nkind = \"pro\"\nmunicipality = \"Gorinchem\"\n\n[[school]]\nid = \"vso-d\"\nbrin = \"34CD00\"\nname = \"VSO D\"\nkind = \"vso\"\ncluster = 4\nmunicipality = \"Gorinchem\"\n"
        ),
    );
    root.git(".", &["init", "-q"], WHEN);
    root.git(".", &["add", "-A"], WHEN);
    root.git(".", &["commit", "-q", "-m", "Jaarplan"], WHEN);
    root
}

fn vote<'a>(root: &'a Sandbox, school: &str, by: &str, decision: &str, day: &str) -> Cmd<'a> {
    root.cmd(&[
        "jaarplan",
        "gorinchem",
        "--vote",
        "--institution",
        school,
        "--by",
        by,
        "--function",
        "directeur",
        "--decision",
        decision,
    ])
    .today(day)
    .git_identity(&format!("{day}T10:00:00+02:00"))
}

fn round(root: &Sandbox, day: &str) -> serde_json::Value {
    root.cmd(&["jaarplan", "gorinchem", "--format", "json"])
        .today(day)
        .run()
        .json()["approval"]["round"]
        .clone()
}

#[test]
fn a_round_from_opening_to_approval_with_a_change_in_between() {
    let root = repository();
    root.cmd(&[
        "jaarplan",
        "gorinchem",
        "--round",
        "open",
        "--deadline",
        "2026-10-15",
        "--message",
        "Graag voor de vergadering van 10 oktober.",
    ])
    .today("2026-09-01")
    .git_identity(WHEN)
    .run()
    .expect(0)
    .out_has("Round opened in regions/gorinchem/jaarplan.toml")
    .out_has("0 of 3 institutions agreed, 3 not yet; majority is 2");
    let first = round(&root, "2026-09-01")["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();

    // Without a terminal nobody can confirm the version: nothing is written.
    let before = root.read(PLAN);
    vote(&root, "pro-a", "Anna de Vries", "akkoord", "2026-09-02")
        .run()
        .expect(2)
        .err_has("The version was not confirmed");
    assert_eq!(root.read(PLAN), before);
    vote(&root, "pro-a", "Anna de Vries", "akkoord", "2026-09-02")
        .arg("--yes")
        .run()
        .expect(0)
        .out_has("Vote recorded: Anna de Vries (directeur) for pro-a, agreed on version");

    // The coordinator changes a goal: Anna's vote is on an earlier version.
    let plan = root.read(PLAN);
    root.write(
        PLAN,
        plan.replace(
            "text = \"Meer stageplekken\"",
            "text = \"Meer stageplekken in de zorg\"",
        ),
    );
    root.git(
        ".",
        &["commit", "-qam", "Doel aangescherpt"],
        "2026-09-03T09:00:00+02:00",
    );
    let now = round(&root, "2026-09-03");
    assert_ne!(now["fingerprint"], first.as_str());
    assert_eq!(now["agreed"], 0);
    assert_eq!(now["earlier"], 1);
    root.cmd(&["check"])
        .today("2026-09-03")
        .run()
        .expect(0)
        .err_has("warning[vote-on-earlier-version]: Praktijkschool A / Praktijkschool A, locatie Noord (Anna de Vries) voted on version");

    // A director who saw the first version by e-mail: that fingerprint
    // the plan had (in git); one it never had is refused.
    vote(&root, "vso-d", "Carla Smit", "akkoord", "2026-09-04")
        .arg("--fingerprint")
        .arg("0000-0000-0000")
        .run()
        .expect(2)
        .err_has("The jaarplan never had the fingerprint '0000-0000-0000'");
    vote(&root, "vso-d", "Carla Smit", "akkoord", "2026-09-04")
        .arg("--fingerprint")
        .arg(&first)
        .run()
        .expect(0);
    // Not agreeing needs a reason.
    vote(&root, "vso-b", "Bert Jansen", "niet-akkoord", "2026-09-05")
        .arg("--yes")
        .run()
        .expect(2)
        .err_has("A 'niet akkoord' vote needs a comment.");
    vote(&root, "vso-b", "Bert Jansen", "niet-akkoord", "2026-09-05")
        .arg("--yes")
        .arg("--comment")
        .arg("Te weinig aandacht voor cluster 3")
        .run()
        .expect(0)
        .out_has(
            "0 of 3 institutions agreed, 1 not agreed (with reasons), 2 on an earlier version",
        );

    // Anna votes again, by her BRIN, on the plan as it is; Carla too: quorum.
    vote(&root, "12AB", "Anna de Vries", "akkoord", "2026-09-06")
        .arg("--yes")
        .run()
        .expect(0);
    vote(&root, "vso-d", "Carla Smit", "agree", "2026-09-07")
        .arg("--yes")
        .run()
        .expect(0)
        .out_has("2 of 3 institutions agreed, 1 not agreed (with reasons); majority is 2: approved on 2026-09-07")
        .out_has("The quorum is reached")
        .out_has("Tag jaarplan-gorinchem-2026-09-07");

    let json = root
        .cmd(&["jaarplan", "gorinchem", "--format", "json"])
        .today("2026-09-08")
        .run()
        .json();
    let a = &json["approval"];
    assert_eq!(a["status"], "approved");
    assert_eq!(a["valid"], true);
    assert_eq!(a["approvers"], serde_json::json!(["pro-a", "vso-d"]));
    assert_eq!(a["round"]["open"], false);
    assert_eq!(a["round"]["votes"].as_array().unwrap().len(), 5);
    // Each vote is one commit; the round's history is in git.
    let log = root.git(".", &["log", "--format=%s"], WHEN);
    assert_eq!(
        log.lines().take(6).collect::<Vec<_>>(),
        [
            "Stem van Carla Smit (VSO D): akkoord op versie ".to_string()
                + a["round"]["fingerprint"].as_str().unwrap(),
            "Stem van Anna de Vries (Praktijkschool A): akkoord op versie ".to_string()
                + a["round"]["fingerprint"].as_str().unwrap(),
            "Stem van Bert Jansen (VSO B): niet-akkoord op versie ".to_string()
                + a["round"]["fingerprint"].as_str().unwrap(),
            format!("Stem van Carla Smit (VSO D): akkoord op versie {first}"),
            "Doel aangescherpt".to_string(),
            format!("Stem van Anna de Vries (Praktijkschool A): akkoord op versie {first}"),
        ]
    );
    root.cmd(&["check", "--deny-warnings"])
        .today("2026-09-08")
        .run()
        .expect(0);
    // The stuurgroep's progress report has the round: opened, each vote,
    // the approval.
    root.cmd(&["voortgang", "gorinchem"])
        .today("2026-09-08")
        .run()
        .expect(0)
        .out_has("Approval round opened on 2026-09-01, deadline 2026-10-15")
        .out_has("Bert Jansen for vso-b: not agreed on version")
        .out_has(": Te weinig aandacht voor cluster 3")
        .out_has("Carla Smit for vso-d: agreed on version")
        .out_has("jaarplan approved on 2026-09-07 by Directies pro en vso Gorinchem")
        .out_has("Approval round: 2 of 3 institutions agreed, 1 not agreed (with reasons); majority is 2: approved on 2026-09-07");
}

#[test]
fn votes_need_an_open_round_and_an_institution_of_the_region() {
    let root = repository();
    let before = root.read(PLAN);
    vote(&root, "pro-a", "Anna de Vries", "akkoord", "2026-09-02")
        .arg("--yes")
        .run()
        .expect(2)
        .err_has("Gorinchem has no open approval round");
    root.cmd(&[
        "jaarplan",
        "gorinchem",
        "--round",
        "open",
        "--deadline",
        "2026-08-01",
    ])
    .today("2026-09-01")
    .run()
    .expect(2)
    .err_has("The deadline 2026-08-01 lies before the round opens");
    root.cmd(&[
        "jaarplan",
        "gorinchem",
        "--round",
        "open",
        "--deadline",
        "2026-10-01",
    ])
    .today("2026-09-01")
    .git_identity(WHEN)
    .run()
    .expect(0);
    vote(&root, "pro-x", "Anna de Vries", "akkoord", "2026-09-02")
        .arg("--yes")
        .run()
        .expect(2)
        .err_has("'pro-x' is not an institution of the region.")
        .err_has("Did you mean 'pro-a'?");
    vote(&root, "pro-a", "Anna de Vries", "misschien", "2026-09-02")
        .run()
        .expect(2);
    // Only the round was written.
    let after = root.read(PLAN);
    assert!(after.contains("[approval.round]") && !after.contains("[[approval.vote]]"));
    assert_ne!(after, before);
    // Past the deadline without quorum, check says so.
    root.cmd(&["check"])
        .today("2026-10-02")
        .run()
        .expect(0)
        .err_has("warning[round-overdue]");
}

/// A data folder that the enclosing repository ignores (a copy under its
/// `target/`) is no git data: the round is written, not committed, and
/// nothing fails.
#[test]
fn a_data_folder_the_enclosing_repository_ignores_is_written_without_a_commit() {
    let root = Sandbox::new();
    root.git(".", &["init", "-q"], WHEN);
    root.write(".gitignore", "copy/\n");
    copy_tree(&fixtures().join("base"), &root.join("copy"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vsopro"))
        .envs(isolation(root.path()))
        .current_dir(root.path())
        .args(["--lang", "en", "--root", "copy", "--today", "2026-11-22"])
        .args([
            "jaarplan",
            "gorinchem",
            "--round",
            "open",
            "--deadline",
            "2026-12-15",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("No git"), "{said}");
    assert!(
        root.read("copy/regions/gorinchem/jaarplan.toml")
            .contains("[approval.round]")
    );
}

/// The round page's forms, posted from the workbench.
fn round_form(s: &crate::serve::Server, fields: &str) -> crate::serve::Reply {
    let page = s.get("/regio/gorinchem/ronde").body;
    let csrf = crate::web::hidden(&page, "csrf");
    s.post("/regio/gorinchem/ronde", &format!("csrf={csrf}&{fields}"))
}

#[test]
fn while_a_round_is_open_it_is_the_only_way_to_approval_and_it_can_be_extended_or_withdrawn() {
    let root = repository();
    let s = crate::serve::start_with_identity(&root);
    // No round: the hand approval is on the region page.
    assert!(
        s.get("/regio/gorinchem.html")
            .body
            .contains("class=\"approve-form\"")
    );
    let r = round_form(&s, "action=open&deadline=2026-12-15");
    assert_eq!(r.status, 303, "{}", r.body);
    // The flash says it in words (no file paths).
    let page = s.get("/regio/gorinchem/ronde").body;
    assert!(page.contains("De ronde is geopend"), "{page}");
    assert!(!page.contains("jaarplan.toml"), "{page}");
    // The open form is gone; the round can be changed.
    assert!(!page.contains("value=\"open\""), "{page}");
    assert!(
        page.contains("value=\"extend\"") && page.contains("value=\"withdraw\""),
        "{page}"
    );
    // The region page no longer offers the hand approval, and a crafted
    // one is refused: the votes decide.
    let region = s.get("/regio/gorinchem.html").body;
    assert!(!region.contains("class=\"approve-form\""), "{region}");
    assert!(
        region.contains("hun stemmen beslissen over de accordering"),
        "{region}"
    );
    let plan = root.read(PLAN);
    let hash = crate::web::hidden(&s.get("/regio/gorinchem/jaarplan").body, "hash");
    let csrf = crate::web::hidden(&region, "csrf");
    let r = s.post(
        "/regio/gorinchem/accordering",
        &format!("csrf={csrf}&hash={hash}&by=Iemand&date=2026-11-22&confirm=ja"),
    );
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.body.contains("De ronde van de directies loopt"),
        "{}",
        r.body
    );
    assert_eq!(root.read(PLAN), plan);
    // So is one on the command line.
    root.cmd(&["accordeer", "gorinchem", "--by", "Iemand"])
        .today("2026-11-22")
        .run()
        .expect(2)
        .err_has("The directies' round is open");
    assert_eq!(root.read(PLAN), plan);
    // The deadline moves.
    let r = round_form(&s, "action=extend&deadline=2027-01-15");
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(root.read(PLAN).contains("deadline = 2027-01-15"));
    assert!(
        crate::serve::last_commit(&root)
            .contains("Ronde Gorinchem: uiterste datum 15 januari 2027")
    );
    // Withdrawn only with a reason; then recorded, and the round is over.
    let r = round_form(&s, "action=withdraw&reason=");
    assert_eq!(r.status, 422, "{}", r.body);
    let r = round_form(&s, "action=withdraw&reason=Eerst+naar+de+stuurgroep.");
    assert_eq!(r.status, 303, "{}", r.body);
    let text = root.read(PLAN);
    assert!(
        text.contains("[approval.round.withdrawn]\ndate = 2026-11-22\nby = \"de netwerkcoördinator\"\nreason = \"Eerst naar de stuurgroep.\"\n"),
        "{text}"
    );
    let page = s.get("/regio/gorinchem/ronde").body;
    assert!(page.contains("ingetrokken op 22 november 2026"), "{page}");
    assert!(
        page.contains("value=\"open\""),
        "a new round can be opened: {page}"
    );
    assert!(
        s.get("/regio/gorinchem.html")
            .body
            .contains("class=\"approve-form\"")
    );
    root.cmd(&["check"]).today("2026-11-22").run().expect(0);
}

#[test]
fn on_the_command_line_a_round_is_extended_and_withdrawn() {
    let root = repository();
    let run = |args: &[&str], day: &str| {
        let mut all = vec!["jaarplan", "gorinchem", "--round"];
        all.extend(args);
        root.cmd(&all)
            .today(day)
            .git_identity(&format!("{day}T10:00:00+02:00"))
            .run()
    };
    // Without what each needs: a usage error, nothing written.
    let before = root.read(PLAN);
    run(&["extend"], "2026-09-01")
        .expect(2)
        .err_has("`--round extend` needs --deadline");
    run(&["withdraw", "--by", "Gert"], "2026-09-01")
        .expect(2)
        .err_has("needs --reason");
    // No round open yet: extending is refused as such.
    run(&["extend", "--deadline", "2026-10-01"], "2026-09-01")
        .expect(2)
        .err_has("has no open approval round");
    assert_eq!(root.read(PLAN), before);
    run(&["open", "--deadline", "2026-09-15"], "2026-09-01").expect(0);
    run(&["extend", "--deadline", "2026-10-01"], "2026-09-10").expect(0);
    assert_eq!(round(&root, "2026-09-10")["deadline"], "2026-10-01");
    let subject = root.git(".", &["log", "-1", "--format=%s"], WHEN);
    assert!(subject.contains("uiterste datum"), "{subject}");
    run(
        &[
            "withdraw",
            "--by",
            "Gert de Vries",
            "--reason",
            "Het plan wordt herzien.",
        ],
        "2026-09-11",
    )
    .expect(0);
    let plan = root.read(PLAN);
    assert!(plan.contains("[approval.round.withdrawn]"), "{plan}");
    // No longer before the directies: a draft again, and said so.
    assert!(plan.contains("status = \"draft\""), "{plan}");
    let status = root
        .cmd(&["jaarplan", "gorinchem", "--format", "json"])
        .today("2026-09-11")
        .run()
        .json()["approval"]["status"]
        .clone();
    assert_eq!(status, "draft");
    root.cmd(&["check"]).today("2026-09-11").run().expect(0);
    assert!(
        plan.contains("reason = \"Het plan wordt herzien.\""),
        "{plan}"
    );
    assert!(plan.contains("by = \"Gert de Vries\""), "{plan}");
}
