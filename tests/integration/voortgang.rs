//! `vsopro voortgang REGION`: the progress report over a quarter, read from
//! a real temporary git repository with fixed dates.

use crate::common::*;

const ACTIONS: &str = "regions/gorinchem/actions.toml";
const PLAN: &str = "regions/gorinchem/jaarplan.toml";
const TABLES: &str = "regions/gorinchem/overlegtafels.toml";

const ACTIONS_V1: &str = r#"[[knelpunt]]
id = "stages"
text = "Te weinig stageplekken"
schools = ["pro-a"]

[[action]]
id = "alles"
title = "Eén actie op alle zeven thema's"
themes = ["stageplaatsen", "nazorg", "standaardisatie-gemeenten", "nieuwkomers", "beschut-werk", "dagbesteding", "zelf-in-dienst"]
addresses = ["stages"]
status = "planned"
due = 2027-03-31

[[action]]
id = "stagebank"
title = "Stagebank met het werkgeversservicepunt"
themes = ["stageplaatsen"]
status = "planned"

[[action]]
id = "nazorgprotocol"
title = "Eén nazorgprotocol"
themes = ["nazorg"]
status = "active"

[[action]]
id = "beurs"
title = "Banenbeurs"
themes = ["stageplaatsen"]
status = "planned"
"#;

const PLAN_V1: &str = r#"title = "Jaarplan"
start = 2026-08-01
end = 2027-07-31
regional_plan = "regioplan"

[[goal]]
id = "stages"
text = "Meer stageplekken"
actions = ["alles", "stagebank"]
target = 30
unit = "stageplekken"

[[meeting]]
kind = "stuurgroep"
date = 2026-09-15
notes = "Jaarplan besproken."
"#;

fn commit(root: &Sandbox, message: &str, when: &str) {
    root.git(".", &["add", "-A"], when);
    root.git(".", &["commit", "-q", "-m", message], when);
}

/// A quarter of work: before the period the plan is made and approved;
/// in it (from 16 September) one action is started, one completed, one
/// dropped, a due date moves, a knelpunt is added, a goal changes, a
/// measurement is recorded, a table is judged not relevant and the
/// directies meet.
fn quarter() -> Sandbox {
    let root = Sandbox::base();
    root.write(ACTIONS, ACTIONS_V1).write(PLAN, PLAN_V1);
    root.git(".", &["init", "-q"], "2026-08-01T09:00:00+02:00");
    commit(&root, "Jaarplan en acties", "2026-08-01T09:00:00+02:00");
    root.cmd(&[
        "jaarplan",
        "gorinchem",
        "--approve",
        "--by",
        "Directies",
        "--date",
        "2026-09-01",
    ])
    .git_identity("2026-09-01T12:00:00+02:00")
    .run()
    .expect(0);
    // Before the period: not in the report.
    let a = root.read(ACTIONS).replace(
        "id = \"beurs\"\ntitle = \"Banenbeurs\"\nthemes = [\"stageplaatsen\"]\nstatus = \"planned\"",
        "id = \"beurs\"\ntitle = \"Banenbeurs\"\nthemes = [\"stageplaatsen\"]\nstatus = \"planned\"\ndue = 2026-10-15",
    );
    root.write(ACTIONS, a);
    commit(&root, "Datum banenbeurs", "2026-09-10T12:00:00+02:00");

    // In the period.
    let a = root.read(ACTIONS).replace(
        "id = \"stagebank\"\ntitle = \"Stagebank met het werkgeversservicepunt\"\nthemes = [\"stageplaatsen\"]\nstatus = \"planned\"",
        "id = \"stagebank\"\ntitle = \"Stagebank met het werkgeversservicepunt\"\nthemes = [\"stageplaatsen\"]\nstatus = \"active\"",
    );
    root.write(ACTIONS, a);
    commit(&root, "Stagebank gestart", "2026-09-20T12:00:00+02:00");
    let a = root
        .read(ACTIONS)
        .replace(
            "title = \"Eén nazorgprotocol\"\nthemes = [\"nazorg\"]\nstatus = \"active\"",
            "title = \"Eén nazorgprotocol\"\nthemes = [\"nazorg\"]\nstatus = \"done\"",
        )
        .replace(
            "status = \"planned\"\ndue = 2026-10-15",
            "status = \"dropped\"\ndue = 2026-10-15",
        )
        .replace("due = 2027-03-31", "due = 2027-05-31")
        + "\n[[knelpunt]]\nid = \"vervoer\"\ntext = \"Leerlingenvervoer naar stages ontbreekt\"\n";
    root.write(ACTIONS, a);
    commit(&root, "Voortgang oktober", "2026-10-05T12:00:00+02:00");
    let p = root
        .read(PLAN)
        .replace("text = \"Meer stageplekken\"", "text = \"Meer stageplekken in de techniek\"")
        .replace(
            "unit = \"stageplekken\"\n",
            "unit = \"stageplekken\"\n\n[[goal.measurement]]\ndate = 2026-11-01\nvalue = 12\nsource = \"stagebank\"\n",
        )
        + "\n[[meeting]]\nkind = \"directies\"\ndate = 2026-10-20\nnotes = \"Tussenstand besproken.\"\ndecisions = [\"Vervoer agenderen bij de gemeente\"]\n";
    root.write(PLAN, p);
    let t = root.read(TABLES).replace(
        "represented_by = \"coordinator\"",
        "represented_by = \"coordinator\"\nrelevant = false\nreason = \"Gaat over mbo-instroom.\"",
    );
    root.write(TABLES, t);
    commit(
        &root,
        "Doel, meting, directies",
        "2026-11-02T12:00:00+01:00",
    );
    root
}

#[test]
fn a_planned_meeting_is_the_next_one_and_not_held() {
    let root = quarter();
    let p = root.read(PLAN) + "\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2027-01-20\n";
    root.write(PLAN, p);
    commit(&root, "Stuurgroep gepland", "2026-11-20T12:00:00+01:00");
    let v = root
        .run(&["voortgang", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(v["next_meeting"]["planned"], "2027-01-20");
    assert_eq!(v["next_meeting"]["quarter"], serde_json::Value::Null);
    // Planned, so not among the meetings held, and the period still
    // starts after the last one held.
    assert_eq!(v["from"], "2026-09-16");
    assert_eq!(v["meetings"].as_array().unwrap().len(), 1);
    root.cmd(&["voortgang", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("Gepland op 20 januari 2027.");
    // Once held, it starts the next period.
    let v = root
        .cmd(&["voortgang", "gorinchem", "--format", "json"])
        .today("2027-02-01")
        .run()
        .expect(0)
        .json();
    assert_eq!(v["from"], "2027-01-21");
    assert_eq!(v["last_meeting"], "2027-01-20");
    assert_eq!(v["commits"], 0);
}

#[test]
fn a_quarter_in_which_everything_happened_once() {
    let root = quarter();
    let v = root
        .run(&["voortgang", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(v["from"], "2026-09-16");
    assert_eq!(v["period_start"], "last-meeting");
    assert_eq!(v["commits"], 3);
    let events = v["events"].as_array().unwrap();
    let kinds: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_string(),
                e["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("action-started", "stagebank"),
        ("action-completed", "nazorgprotocol"),
        ("action-dropped", "beurs"),
        ("due-moved", "alles"),
        ("knelpunt-added", "vervoer"),
        ("goal-changed", "stages"),
        ("measurement-recorded", "stages"),
        ("judged-not-relevant", "werktafel"),
    ];
    for (kind, id) in expected {
        let n = kinds.iter().filter(|(k, i)| k == kind && i == id).count();
        assert_eq!(n, 1, "{kind} {id} in {kinds:?}");
    }
    assert_eq!(kinds.len(), expected.len(), "{kinds:?}");
    // The approval of 1 September is before the period.
    assert!(!kinds.iter().any(|(k, _)| k == "approved"));
    assert_eq!(v["reapproval_needed"], true);
    assert_eq!(v["meetings"].as_array().unwrap().len(), 1);
    assert_eq!(v["meetings"][0]["kind"], "directies");
    assert_eq!(v["open_knelpunten"][0]["id"], "vervoer");
    assert_eq!(v["next_meeting"]["quarter"], 2);
    assert_eq!(v["next_meeting"]["due_by"], "2027-01-31");

    // The report a coordinator hands out, in Dutch: each event once.
    let out = root
        .cmd(&["voortgang", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .stdout();
    for line in [
        "Periode: 16 september 2026 tot en met 22 november 2026, sinds het stuurgroepoverleg van 15 september 2026",
        "Uit git: 3 commits in deze periode.",
        "Actie afgerond: 1, Actie gestart: 1, Actie vervallen: 1, Nieuwe actie: 0, Gereeddatum verschoven: 1",
        "nazorgprotocol — Eén nazorgprotocol (5 oktober 2026, Coördinator Test,",
        "stagebank — Stagebank met het werkgeversservicepunt (20 september 2026, Coördinator Test,",
        "beurs — Banenbeurs (5 oktober 2026,",
        "alles — Eén actie op alle zeven thema's: 31 maart 2027 → 31 mei 2027",
        "vervoer — Leerlingenvervoer naar stages ontbreekt (5 oktober 2026,",
        "~ doel stages: \"Meer stageplekken\" → \"Meer stageplekken in de techniek\"",
        "doel stages: 12 stageplekken op 1 november 2026 (bron: stagebank)",
        "Opnieuw accorderen nodig: accordering vervallen: gewijzigd na accordering van 1 september 2026 (doel stages gewijzigd)",
        "stages: Meer stageplekken in de techniek — 12 van 30 stageplekken (40%, gemeten 1 november 2026); acties: 0 afgerond, 1 lopend, 1 gepland, 0 over de datum",
        "overlegtafel Werktafel pro/vso: Gaat over mbo-instroom.",
        "Directies, 20 oktober 2026",
        "Besluit: Vervoer agenderen bij de gemeente",
        "Nog niet gepland: kwartaal 2 van het jaarplan loopt tot en met 31 januari 2027.",
    ] {
        assert_eq!(out.matches(line).count(), 1, "{line:?} not once in:\n{out}");
    }
    // Nothing from before the period.
    assert!(!out.contains("10 september 2026"), "{out}");
    // The README shows this report (tests/integration/docs.rs).
    insta::assert_snapshot!("voortgang-table", out);

    // Markdown and CSV carry the same.
    root.cmd(&["voortgang", "gorinchem", "--format", "markdown"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("# Voortgang Gorinchem (AM35)")
        .out_has("### Actie afgerond (1)");
    let csv = root
        .cmd(&["voortgang", "gorinchem", "--format", "csv"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .stdout();
    assert!(
        csv.starts_with("soort,onderdeel,id,omschrijving,was,wordt,datum,auteur,commit\n"),
        "{csv}"
    );
    assert!(csv.contains("\nActie afgerond,actie,nazorgprotocol,Eén nazorgprotocol,active,done,2026-10-05,Coördinator Test,"), "{csv}");
    assert!(csv.contains("\nOverleg gehouden,directies,,Tussenstand besproken.,,Vervoer agenderen bij de gemeente,2026-10-20,,\n"), "{csv}");
}

#[test]
fn since_a_date_and_an_action_done_twice_is_done_once() {
    let root = quarter();
    // Reopened and completed again: one completion, the latest.
    let a = root
        .read(ACTIONS)
        .replace("status = \"done\"", "status = \"active\"");
    root.write(ACTIONS, a);
    commit(&root, "Toch nog niet af", "2026-11-10T12:00:00+01:00");
    let a = root.read(ACTIONS).replace(
        "title = \"Eén nazorgprotocol\"\nthemes = [\"nazorg\"]\nstatus = \"active\"",
        "title = \"Eén nazorgprotocol\"\nthemes = [\"nazorg\"]\nstatus = \"done\"",
    );
    root.write(ACTIONS, a);
    commit(&root, "Nu wel af", "2026-11-12T12:00:00+01:00");
    let v = root
        .run(&[
            "voortgang",
            "gorinchem",
            "--since",
            "2026-11-01",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert_eq!(v["period_start"], "since");
    let done: Vec<&serde_json::Value> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "action-completed")
        .collect();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0]["date"], "2026-11-12");
    // Only the commits from 1 November count.
    assert_eq!(v["commits"], 3);
    assert!(
        !v["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "action-started")
    );
}

#[test]
fn outside_git_the_current_state_says_why_it_is_alone() {
    let root = Sandbox::base();
    let v = root
        .run(&["voortgang", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(v["no_history"], "not-a-repository");
    assert_eq!(v["events"].as_array().unwrap().len(), 0);
    assert_eq!(v["period_start"], "last-meeting");
    root.cmd(&["voortgang", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("Niet in git: alleen de huidige stand.")
        .out_has("Stand nu");
    // git missing altogether: the same, with its own reason.
    root.cmd(&["voortgang", "gorinchem"])
        .env("PATH", "")
        .run()
        .expect(0)
        .out_has("git is not installed: the current state only.");
}

/// Uitstroom figures recorded in the period and figures changed are
/// reported, by school and year, with the school's name.
#[test]
fn outcome_figures_recorded_in_the_period() {
    const UITSTROOM: &str = "regions/gorinchem/uitstroom.toml";
    let root = quarter();
    root.write(
        UITSTROOM,
        "[[uitstroom]]\nschool = \"pro-a\"\nyear = \"2023-2024\"\nleavers = 40\nwerk = 20\nonbekend = 20\n",
    );
    commit(&root, "Uitstroom 2023-2024", "2026-11-05T12:00:00+01:00");
    let text = root
        .read(UITSTROOM)
        .replace("werk = 20\nonbekend = 20", "werk = 22\nonbekend = 18")
        + "\n[[uitstroom]]\nschool = \"pro-a\"\nyear = \"2025-2026\"\nleavers = 50\nwerk = 25\nonbekend = 25\n";
    root.write(UITSTROOM, text);
    commit(&root, "Uitstroom 2025-2026", "2026-11-10T12:00:00+01:00");
    // A commit that leaves the figures as they are says nothing.
    root.write(
        UITSTROOM,
        format!("# Ingevuld door de scholen\n{}", root.read(UITSTROOM)),
    );
    commit(&root, "Toelichting", "2026-11-12T12:00:00+01:00");
    let v = root
        .run(&["voortgang", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    let outcomes: Vec<(&str, &str, &str, f64, &str)> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"].as_str().unwrap().starts_with("outcome-"))
        .map(|e| {
            (
                e["kind"].as_str().unwrap(),
                e["text"].as_str().unwrap(),
                e["new"].as_str().unwrap(),
                e["value"].as_f64().unwrap(),
                e["date"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            (
                "outcome-recorded",
                "Praktijkschool A",
                "2023-2024",
                40.0,
                "2026-11-05"
            ),
            (
                "outcome-recorded",
                "Praktijkschool A",
                "2025-2026",
                50.0,
                "2026-11-10"
            ),
            (
                "outcome-changed",
                "Praktijkschool A",
                "2023-2024",
                40.0,
                "2026-11-10"
            ),
        ]
    );
    root.cmd(&["voortgang", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("Uitstroom\n---------")
        .out_has("Praktijkschool A, 2025-2026: 50 uitstromers");
}
