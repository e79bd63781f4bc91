//! The kennismakelaar on the command line: `vsopro voorbeelden` searches
//! and filters the network's good practices (a word in another form finds
//! them), and `--adopt` takes one up as a new action of one's own region,
//! one commit, shown on the practice and in its region's voortgang.

use crate::common::*;

const WHEN: &str = "2026-10-01T09:00:00+02:00";

/// Gorinchem (the base region) beside Gooi en Vechtstreek with two practices.
fn network() -> Sandbox {
    let root = Sandbox::base();
    copy_tree(&fixtures().join("practices"), root.path());
    root
}

fn keys(json: &serde_json::Value) -> Vec<String> {
    json["practices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["key"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_search_finds_a_word_in_another_form_and_filters_narrow_it() {
    let root = network();
    let all = root
        .run(&["voorbeelden", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(
        keys(&all),
        [
            "gooi-en-vechtstreek/route-retail",
            "gooi-en-vechtstreek/zorgroute"
        ]
    );
    assert_eq!(all["total"], 2);
    // "praktijkbegeleiders" is the factor's "praktijkbegeleider".
    for term in ["praktijkbegeleiders", "Winkeliers"] {
        let found = root
            .run(&["voorbeelden", term, "--format", "json"])
            .expect(0)
            .json();
        assert_eq!(keys(&found), ["gooi-en-vechtstreek/route-retail"], "{term}");
    }
    // "stageplekken" is "stageplek" in one summary, and the other is about
    // the theme stageplaatsen: the words that mean the same find both.
    let found = root
        .run(&["voorbeelden", "stageplekken", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(
        keys(&found),
        [
            "gooi-en-vechtstreek/route-retail",
            "gooi-en-vechtstreek/zorgroute"
        ]
    );
    // Every term must be there.
    let none = root
        .run(&[
            "voorbeelden",
            "stageplek",
            "kinderopvang",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert!(keys(&none).is_empty());
    let care = root
        .run(&[
            "voorbeelden",
            "--partner",
            "zorginstelling",
            "--format",
            "json",
        ])
        .expect(0)
        .json();
    assert_eq!(keys(&care), ["gooi-en-vechtstreek/zorgroute"]);
    let pro = root
        .run(&["voorbeelden", "--target", "pro", "--format", "json"])
        .expect(0)
        .json();
    assert!(keys(&pro).is_empty());
    let elsewhere = root
        .run(&["voorbeelden", "--region", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    assert!(keys(&elsewhere).is_empty());
    // In words, with what a colleague needs.
    root.run(&["voorbeelden", "winkeliers"])
        .expect(0)
        .out_has("1 of the network's 2 good practices match \"winkeliers\".")
        .out_has("Contact: stage- en uitstroomcoördinator, De Klimop")
        .out_has("Result: Geen uitval, twintig leerlingen per jaar.")
        .out_has("Pitfalls");
    root.run(&["voorbeelden", "--partner", "kapper"])
        .expect(2)
        .err_has("'kapper' is not a value of --partner.");
}

#[test]
fn adopting_a_practice_is_one_commit_and_shows_where_it_was_taken_up() {
    let root = network();
    root.git(".", &["init", "-q"], WHEN);
    root.git(".", &["add", "-A"], WHEN);
    root.git(".", &["commit", "-qm", "Gegevens"], WHEN);
    root.cmd(&[
        "voorbeelden",
        "--adopt",
        "gooi-en-vechtstreek/route-retail",
        "--into",
        "gorinchem",
    ])
    .git_identity("2026-10-02T09:00:00+02:00")
    .run()
    .expect(0)
    .out_has("Taken up: gooi-en-vechtstreek/route-retail is action 'route-retail' in regions/gorinchem/actions.toml");
    let actions = root.read("regions/gorinchem/actions.toml");
    assert!(
        actions.contains("[[action]]\nid = \"route-retail\"\ntitle = \"Praktijkleerroute retail\"\nthemes = [\"stageplaatsen\"]\nstatus = \"planned\"\nsummary = \"Leerlingen vinden een stageplek"),
        "{actions}"
    );
    assert!(actions.contains("inspired_by = \"gooi-en-vechtstreek/route-retail\""));
    let log = root.git(".", &["log", "--format=%s", "-1", "--name-only"], WHEN);
    assert_eq!(
        log,
        "Actie 'route-retail' overgenomen van gooi-en-vechtstreek/route-retail\n\nregions/gorinchem/actions.toml\n"
    );
    // Taken up twice: the second gets an id of its own.
    root.cmd(&[
        "voorbeelden",
        "--adopt",
        "gooi-en-vechtstreek/route-retail",
        "--into",
        "gorinchem",
    ])
    .git_identity("2026-10-03T09:00:00+02:00")
    .run()
    .expect(0)
    .out_has("is action 'route-retail-2'");
    // The practice names where it was taken up; its region's voortgang too.
    let json = root
        .run(&["voorbeelden", "--format", "json"])
        .expect(0)
        .json();
    let adopted: Vec<&str> = json["practices"][0]["adopted_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(adopted, ["route-retail", "route-retail-2"]);
    root.run(&["voortgang", "gooi-en-vechtstreek"])
        .expect(0)
        .out_has("Your good practices, taken up by other regions (2)")
        .out_has("Gorinchem took up gooi-en-vechtstreek/route-retail as 'Praktijkleerroute retail' (route-retail, planned)");
    root.run(&["check"]).expect(0);
    // Refused: one's own region, no practice, no region/id; nothing written.
    let before = root.files("regions");
    for (from, into, says) in [
        (
            "gooi-en-vechtstreek/route-retail",
            "gooi-en-vechtstreek",
            "is a practice of your own region",
        ),
        (
            "gooi-en-vechtstreek/niets",
            "gorinchem",
            "is no good practice",
        ),
        (
            "route-retail",
            "gorinchem",
            "is no region/id of a good practice",
        ),
    ] {
        root.run(&["voorbeelden", "--adopt", from, "--into", into])
            .expect(2)
            .err_has(says);
    }
    assert!(root.files("regions") == before);
}
