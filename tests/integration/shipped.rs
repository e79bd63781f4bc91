//! The shipped data (regions/: all 35 regions from DUO's open data). The
//! other tests never read it; these check that it stays valid and that the
//! national figures add up. They run on a copy.

use crate::common::*;

fn shipped() -> Sandbox {
    let root = Sandbox::new();
    copy_tree(&repo().join("regions"), &root.join("regions"));
    // The national programmes' practices from public sources.
    std::fs::copy(repo().join("practices.toml"), root.join("practices.toml")).unwrap();
    root
}

#[test]
fn the_shipped_data_checks_without_errors() {
    let root = shipped();
    let out = root.cmd(&["check"]).lang(Some("nl")).run();
    out.expect(0);
    assert!(!out.stderr().contains("fout["), "{}", out.stderr());
}

#[test]
fn staffing_on_the_shipped_data_adds_up_and_never_counts_unknown_as_zero() {
    let v = shipped()
        .run(&["staffing", "--format", "json"])
        .expect(0)
        .json();
    let regions = v["regions"].as_array().unwrap();
    assert_eq!(regions.len(), 35);
    let mut sum = 0;
    for r in regions {
        let schools = r["schools"].as_u64().unwrap_or_else(|| panic!("{r}"));
        assert!(schools > 0, "{r}");
        sum += schools;
        if r["status"] == "unknown" {
            assert!(r["contracted_hours"].is_null(), "unknown is not 0: {r}");
            assert!(r["gap_fte"].is_null(), "{r}");
        }
    }
    let t = &v["totals"];
    assert_eq!(t["schools"].as_u64(), Some(sum));
    assert_eq!(t["with_data"], 35);
    assert_eq!(t["pro"].as_u64().unwrap() + t["vso"].as_u64().unwrap(), sum);
    let known = regions
        .iter()
        .filter(|r| !r["contracted_hours"].is_null())
        .count();
    assert_eq!(t["contracted_known"].as_u64(), Some(known as u64));
    if known == 0 {
        assert!(
            t["contracted_fte"].is_null() && t["gap_fte"].is_null(),
            "{t}"
        );
    }
}

/// The practices from public sources: every region's practices.toml and
/// the national one.
fn public_practice_files() -> Vec<std::path::PathBuf> {
    let mut files = vec![repo().join("practices.toml")];
    for entry in std::fs::read_dir(repo().join("regions")).unwrap() {
        let file = entry.unwrap().path().join("practices.toml");
        if file.is_file() {
            files.push(file);
        }
    }
    files.sort();
    files
}

#[test]
fn the_public_practices_fill_the_catalogue() {
    let root = shipped();
    let v = root
        .run(&["voorbeelden", "--format", "json"])
        .expect(0)
        .json();
    let practices = v["practices"].as_array().unwrap();
    assert!(practices.len() >= 30, "{}", practices.len());
    let regions: std::collections::BTreeSet<&str> = practices
        .iter()
        .filter(|p| p["national"] == false)
        .map(|p| p["region_slug"].as_str().unwrap())
        .collect();
    assert!(regions.len() >= 15, "{regions:?}");
    let themes: std::collections::BTreeSet<&str> = practices
        .iter()
        .flat_map(|p| p["themes"].as_array().unwrap())
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(themes.len() >= 6, "{themes:?}");
    for p in practices {
        assert!(p["summary"].as_str().is_some_and(|s| s.len() > 40), "{p}");
        assert!(p["source"].as_str().is_some_and(|s| !s.is_empty()), "{p}");
    }
    // Nieuwkomers has none yet: the catalogue says so.
    let nieuwkomers = v["per_theme"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == "nieuwkomers")
        .unwrap();
    assert_eq!(nieuwkomers["count"], 0);
    let check = root.run(&["check", "--format", "json"]).json();
    let codes: Vec<&str> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"incomplete-practice"), "{codes:?}");
    assert!(!codes.contains(&"invalid-public-practice"), "{codes:?}");
}

#[test]
fn the_practices_are_found_by_the_words_people_use() {
    let root = shipped();
    for (words, at_least) in [
        (&["stageplekken"][..], 3),
        (&["stageplaatsen"][..], 3),
        (&["nazorg"][..], 2),
        (&["beschut", "werk"][..], 1),
        (&["zelf", "in", "dienst"][..], 1),
        (&["banenafspraak"][..], 1),
    ] {
        let mut args = vec!["voorbeelden"];
        args.extend(words);
        args.extend(["--format", "json"]);
        let found = root.run(&args).expect(0).json()["practices"]
            .as_array()
            .unwrap()
            .len();
        assert!(found >= at_least, "{words:?}: {found}");
    }
}

#[test]
fn public_practices_are_examples_not_the_regions_plan() {
    let with = shipped();
    let without = shipped();
    for file in public_practice_files() {
        let rel = file.strip_prefix(repo()).unwrap();
        std::fs::remove_file(without.join(rel.to_str().unwrap())).unwrap();
    }
    for args in [
        &["themes", "--format", "json"][..],
        &["caseload", "--format", "json"][..],
        &["staffing", "--format", "json"][..],
        &["foto", "groningen", "--format", "json"][..],
        &["foto", "flevoland", "--format", "json"][..],
        &["themes", "--theme", "stageplaatsen", "--format", "json"][..],
    ] {
        assert_eq!(
            with.run(args).expect(0).stdout(),
            without.run(args).expect(0).stdout(),
            "{args:?}"
        );
    }
    let diagnostics = |root: &Sandbox| {
        let v = root.run(&["check", "--format", "json"]).json();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // Not one finding more or less: uncovered-theme counts actions only.
    assert_eq!(diagnostics(&with), diagnostics(&without));
}

#[test]
fn every_practice_is_written_in_its_own_words() {
    fn words(text: &str) -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }
    let notes = words(&std::fs::read_to_string(fixtures().join("practice-notes.md")).unwrap());
    let runs: std::collections::HashSet<&[String]> = notes.windows(12).collect();
    let mut checked = 0;
    for file in public_practice_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        for p in doc["practice"].as_array().unwrap() {
            for key in ["summary", "result"] {
                let Some(own) = p.get(key).and_then(|v| v.as_str()) else {
                    continue;
                };
                let own = words(own);
                let shared = own.windows(12).find(|w| runs.contains(w));
                assert!(
                    shared.is_none(),
                    "{} {}: shares {:?} with the notes",
                    file.display(),
                    p["id"],
                    shared
                );
                checked += 1;
            }
            // Every practice names its source.
            assert!(
                p.get("source")
                    .and_then(|s| s.as_str())
                    .is_some_and(|s| !s.is_empty())
            );
        }
    }
    assert!(checked >= 34, "{checked}");
}
