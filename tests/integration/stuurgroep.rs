//! The stuurgroep cycle: planned meetings, notes and decisions read back,
//! themes left for this year by choice.

use crate::common::*;

const PLAN: &str = "regions/gorinchem/jaarplan.toml";

#[test]
fn a_meeting_after_today_is_planned_and_notes_and_decisions_are_shown() {
    let root = Sandbox::base();
    let plan = root.read(PLAN);
    root.write(
        PLAN,
        format!(
            "{plan}decisions = [\"Stagebank uitbreiden naar de zorg\"]\n\n\
             [[meeting]]\nkind = \"stuurgroep\"\ndate = 2027-01-20\n"
        ),
    );
    // On 1 December the January meeting is planned: quarter 2 is not held.
    let v = root
        .cmd(&["jaarplan", "gorinchem", "--format", "json"])
        .today("2026-12-01")
        .run()
        .expect(0)
        .json();
    assert_eq!(
        v["stuurgroep"][1]["status"], "planned",
        "{}",
        v["stuurgroep"]
    );
    assert_eq!(v["stuurgroep"][1]["planned"][0], "2027-01-20");
    let m = &v["meetings"];
    assert_eq!(m[0]["notes"], "Voortgang besproken.");
    assert_eq!(m[0]["decisions"][0], "Stagebank uitbreiden naar de zorg");
    assert_eq!(m[1]["planned"], true);
    // Read back in the jaarplan report, the foto and the site, in Dutch.
    for args in [&["jaarplan", "gorinchem"][..], &["foto", "gorinchem"][..]] {
        root.cmd(args)
            .lang(Some("nl"))
            .today("2026-12-01")
            .run()
            .expect(0)
            .out_has("Verslagen en besluiten")
            .out_has("Besluit: Stagebank uitbreiden naar de zorg")
            .out_has("Stuurgroep, 20 januari 2027 (gepland)");
    }
    root.cmd(&["site", "site"])
        .lang(Some("nl"))
        .today("2026-12-01")
        .run()
        .expect(0);
    let page = root.read("site/regio/gorinchem.html");
    assert!(
        page.contains("Besluit: Stagebank uitbreiden naar de zorg"),
        "{page}"
    );
    assert!(page.contains("slot-planned"), "{page}");
    // Once the day has come, the meeting is held and needs its notes.
    root.cmd(&["check"])
        .today("2027-01-21")
        .run()
        .expect(0)
        .err_has("hint[meeting-without-notes]: the stuurgroep meeting of 2027-01-20 has no notes");
}

#[test]
fn a_theme_left_for_this_year_is_a_choice_not_a_gap() {
    let root = Sandbox::case("uncovered-theme");
    root.run(&["check"]).expect(0).err_has("[uncovered-theme]");
    let plan = root.read(PLAN);
    let mut choices = String::new();
    for theme in [
        "standaardisatie-gemeenten",
        "nieuwkomers",
        "beschut-werk",
        "dagbesteding",
    ] {
        choices.push_str(&format!(
            "\n[[theme]]\nid = \"{theme}\"\naddressed = false\nreason = \"Eerst de stagebank op orde.\"\n"
        ));
    }
    // One without a reason is not yet a choice.
    choices.push_str("\n[[theme]]\nid = \"zelf-in-dienst\"\naddressed = false\n");
    root.write(PLAN, format!("{plan}{choices}"));
    root.run(&["check"])
        .expect(1)
        .err_has("[missing-reason]")
        .err_has("zelf-in-dienst");
    root.write(
        PLAN,
        format!("{plan}{choices}reason = \"Werkgevers eerst via het WSP.\"\n"),
    );
    let out = root.run(&["check", "--deny-warnings"]);
    out.expect(0);
    assert!(
        !out.stderr().contains("uncovered-theme"),
        "{}",
        out.stderr()
    );
    root.cmd(&["foto", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("niet dit jaar: Werkgevers eerst via het WSP.");
    root.cmd(&["jaarplan", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("bewust niet dit jaar: standaardisatie-gemeenten (Eerst de stagebank op orde.)")
        .out_has("zelf-in-dienst (Werkgevers eerst via het WSP.)");
    // A theme id that is none of the seven is named.
    root.write(
        PLAN,
        format!("{plan}\n[[theme]]\nid = \"stages\"\naddressed = false\nreason = \"x\"\n"),
    );
    root.run(&["check"])
        .expect(1)
        .err_has("did you mean `stageplaatsen`");
}

#[test]
fn a_goal_with_a_target_shows_how_far_it_got() {
    let root = Sandbox::base();
    let plan = root.read(PLAN).replace(
        "actions = [\"alles\"]\n",
        "actions = [\"alles\"]\ntarget = 30\nunit = \"stageplekken\"\n\
         indicator = \"nieuwe stageplekken in de stagebank\"\n\n\
         [[goal.measurement]]\ndate = 2026-10-01\nvalue = 12\nsource = \"stagebank\"\n\n\
         [[goal.measurement]]\ndate = 2026-09-01\nvalue = 4.5\n",
    );
    root.write(PLAN, plan);
    root.run(&["check"]).expect(0);
    let v = root
        .run(&["jaarplan", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    let g = &v["goals"][0];
    assert_eq!(g["target"], 30.0);
    assert_eq!(g["unit"], "stageplekken");
    // Measurements in date order, the latest against the target.
    assert_eq!(g["measurements"][0]["date"], "2026-09-01");
    assert_eq!(g["attainment"]["value"], 12.0);
    assert_eq!(g["attainment"]["percent"], 40);
    assert_eq!(g["attainment"]["date"], "2026-10-01");
    assert_eq!(g["trend"].as_array().unwrap().len(), 2);
    root.cmd(&["jaarplan", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("12 van 30 stageplekken (40%, gemeten 1 oktober 2026)")
        .out_has("indicator: nieuwe stageplekken in de stagebank")
        .out_has("1 september 2026: 4,5 stageplekken")
        .out_has("1 oktober 2026: 12 stageplekken (bron: stagebank)");
    root.cmd(&["jaarplan", "gorinchem", "--format", "csv"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("streefwaarde,laatste meting,% van streefwaarde")
        .out_has(",30,12,40");
    root.cmd(&["site", "site"]).lang(Some("nl")).run().expect(0);
    let page = root.read("site/regio/gorinchem.html");
    assert!(
        page.contains("12 van 30 stageplekken (40%, gemeten 1 oktober 2026)"),
        "{page}"
    );
    // The trend line: September's 4.5 of 30 low, October's 12 higher.
    assert!(
        page.contains(r#"<polyline points="0.0,17.0 100.0,12.0"/>"#),
        "{page}"
    );
}

#[test]
fn a_target_without_measurements_is_shown_as_the_target() {
    let root = Sandbox::base();
    let plan = root.read(PLAN).replace(
        "actions = [\"alles\"]\n",
        "actions = [\"alles\"]\ntarget = 30\nunit = \"stageplekken\"\n",
    );
    root.write(PLAN, plan);
    let out = root
        .cmd(&["jaarplan", "gorinchem"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("streefwaarde: 30 stageplekken")
        .stdout();
    assert!(!out.contains("gemeten"), "{out}");
}
