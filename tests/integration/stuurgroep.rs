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
