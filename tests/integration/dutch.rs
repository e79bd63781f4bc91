//! The data speaks Dutch too: Dutch enum values, ids in any case, Dutch
//! key names and typographic quotes (fixtures in tests/fixtures/dutch/).

use crate::common::*;

#[test]
fn every_dutch_value_is_read_as_its_english_one() {
    let root = Sandbox::dutch("aliases");
    let out = root.run(&["check"]);
    out.expect(0);
    assert!(!out.stderr().contains("error"), "{}", out.stderr());
    let foto = root
        .run(&["foto", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(foto["coordinator"]["status"], "appointed");
    let kinds: Vec<&str> = foto["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["pro", "vso"]);
    assert_eq!(
        foto["overlegtafels"][0]["tables"][0]["represented_by"],
        "coordinator"
    );
    assert_eq!(
        foto["overlegtafels"][0]["tables"][0]["themes"][0],
        "stageplaatsen"
    );
    let statuses: Vec<&str> = foto["other_actions"]
        .as_array()
        .unwrap()
        .iter()
        .chain(foto["knelpunten"][0]["actions"].as_array().unwrap())
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    for s in ["active", "planned", "done", "dropped"] {
        assert!(statuses.contains(&s), "{s} in {statuses:?}");
    }
    // Theme ids in capitals count for their theme.
    let themes = root.run(&["themes", "--format", "json"]).expect(0).json();
    assert_eq!(themes["regions"][0]["uncovered"], serde_json::json!([]));
    let plan = root
        .run(&["jaarplan", "gorinchem", "--format", "json"])
        .expect(0)
        .json();
    assert_eq!(plan["approval"]["status"], "approved");
    assert_eq!(plan["goals"][0]["themes"][0], "stageplaatsen");
    let actions = root
        .run(&["themes", "--theme", "nazorg", "--format", "json"])
        .expect(0)
        .json();
    let roles: Vec<&serde_json::Value> = actions["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["role"])
        .collect();
    assert!(roles.contains(&&serde_json::json!("netwerkregisseur")));
    assert!(roles.contains(&&serde_json::json!("vertegenwoordiger")));
}

#[test]
fn a_dutch_key_gets_one_hint_and_no_missing_key() {
    let root = Sandbox::dutch("dutch-keys");
    let out = root.run(&["check", "--format", "json"]);
    out.expect(1);
    let v = out.json();
    let diags = v["diagnostics"].as_array().unwrap();
    let hints: Vec<(&str, &str)> = diags
        .iter()
        .map(|d| (d["message"].as_str().unwrap(), d["help"].as_str().unwrap()))
        .collect();
    for (dutch, english) in [
        ("naam", "name"),
        ("soort", "kind"),
        ("gemeente", "municipality"),
        ("leerlingen", "students"),
        ("bestuur", "board"),
        ("tekst", "text"),
        ("titel", "title"),
        ("actie", "action"),
    ] {
        let hit = hints
            .iter()
            .find(|(m, _)| m.contains(&format!("`{dutch}`")))
            .unwrap_or_else(|| panic!("no diagnostic for {dutch}: {hints:?}"));
        assert!(hit.1.contains(&format!("`{english}`")), "{hit:?}");
    }
    assert!(
        !diags.iter().any(|d| d["code"] == "missing-key"),
        "{hints:?}"
    );
    assert_eq!(
        diags.iter().filter(|d| d["code"] == "unknown-key").count(),
        8
    );
}

#[test]
fn a_themes_official_title_gets_did_you_mean() {
    let root = Sandbox::dutch("theme-title");
    let out = root.run(&["check"]);
    out.expect(1)
        .err_has("did you mean `nazorg` (Passende nazorg met aandacht voor doorontwikkeling)?")
        .err_has("did you mean `standaardisatie-gemeenten`");
}

#[test]
fn theme_arguments_take_any_case_or_the_title() {
    let root = Sandbox::base();
    for theme in [
        "NAZORG",
        "Passende nazorg met aandacht voor doorontwikkeling",
    ] {
        root.run(&["themes", "--theme", theme, "--format", "json"])
            .expect(0)
            .out_has("\"id\": \"nazorg\"");
    }
}
