//! `vsopro uitleg CODE`: every code is explained in both languages, its
//! example comes from the code's fixture, and the fixed lines really fix it.

use crate::common::*;
use vsopro::diag::{Code, Severity};
use vsopro::report::explain;

fn count(root: &Sandbox, code: &str) -> usize {
    root.run(&["check", "--format", "json"]).json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .count()
}

/// The example's wrong lines stand in the fixture, and the right lines in
/// their place take away at least one diagnostic of the code.
#[test]
fn every_example_is_the_fixture_and_its_fix_works() {
    for &code in Code::ALL {
        let Some(ex) = explain::fixture_example(code) else {
            continue;
        };
        let root = Sandbox::case(code.name());
        let before = count(&root, code.name());
        let text = root.read(&ex.file);
        assert_eq!(
            text.matches(&ex.wrong).count(),
            1,
            "{}: the wrong lines stand once in {}",
            code.name(),
            ex.file
        );
        root.write(&ex.file, text.replace(&ex.wrong, &ex.right));
        let after = count(&root, code.name());
        assert!(
            after < before,
            "{}: the fix leaves {after} of {before}",
            code.name()
        );
    }
}

#[test]
fn every_code_is_explained_in_both_languages() {
    let root = Sandbox::new();
    for &code in Code::ALL {
        for lang in ["nl", "en"] {
            let run = root.cmd(&["uitleg", code.name()]).lang(Some(lang)).run();
            run.expect(0);
            let out = run.stdout();
            assert!(out.starts_with(code.name()), "{out}");
            // The meaning, at least one paragraph, and the way on.
            assert!(out.lines().count() >= 6, "{lang} {}:\n{out}", code.name());
            if let Some(ex) = explain::example(code) {
                for line in ex.wrong.lines().chain(ex.right.lines()) {
                    assert!(out.contains(&format!("    {line}")), "{line}:\n{out}");
                }
            }
        }
        let json = root
            .run(&["uitleg", code.name(), "--format", "json"])
            .json();
        assert_eq!(json["code"], code.name());
        let severity = match code.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        };
        assert_eq!(json["severity"], severity);
        assert!(!json["explanation"].as_array().unwrap().is_empty());
    }
}

#[test]
fn uitleg_in_dutch_and_markdown() {
    let root = Sandbox::new();
    let dutch = root
        .cmd(&["uitleg", "unknown-theme"])
        .lang(Some("nl"))
        .run();
    dutch.expect(0);
    insta::assert_snapshot!("uitleg-unknown-theme-nl", dutch.stdout());
    let md = root
        .cmd(&["explain", "curly-quotes", "--format", "markdown"])
        .lang(Some("nl"))
        .run();
    md.expect(0);
    insta::assert_snapshot!("uitleg-curly-quotes-nl-markdown", md.stdout());
}

/// As `check` prints it, in brackets and any case; an unknown code gets a
/// suggestion and the usage exit code.
#[test]
fn a_code_is_found_as_check_shows_it() {
    let root = Sandbox::new();
    root.run(&["uitleg", "[Missing-Key]"])
        .expect(0)
        .out_has("missing-key");
    root.cmd(&["uitleg", "unknwn-theme"])
        .lang(Some("nl"))
        .run()
        .expect(2)
        .err_has("`unknwn-theme` is geen code van een melding")
        .err_has("bedoelt u `unknown-theme`?");
}

/// Each diagnostic run ends with the way to `vsopro uitleg`.
#[test]
fn check_points_to_uitleg() {
    let root = Sandbox::case("unknown-theme");
    root.cmd(&["check"])
        .lang(Some("nl"))
        .run()
        .expect(1)
        .err_has("Meer uitleg, met een voorbeeld: vsopro uitleg unknown-theme");
    let two = Sandbox::case("unknown-key");
    two.write("regions/gorinchem/region.toml", "naam = \"Gorinchem\"\n");
    two.cmd(&["check"])
        .lang(Some("nl"))
        .run()
        .expect(1)
        .err_has("vsopro uitleg CODE, bijv. vsopro uitleg ");
}
