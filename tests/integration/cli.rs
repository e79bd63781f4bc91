//! The command line itself: help with examples, completions, the man page.

use crate::common::*;

#[test]
fn completions_and_man() {
    let root = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        root.run(&["completions", shell])
            .expect(0)
            .out_has("caseload");
    }
    let out = root.run(&["man"]);
    out.expect(0);
    assert!(
        out.stdout().starts_with(".ie") || out.stdout().contains(".TH"),
        "roff"
    );
}

#[test]
fn every_command_has_an_example_in_its_help() {
    let root = Sandbox::new();
    for cmd in [
        &["check"][..],
        &["regions"],
        &["caseload"],
        &["foto"],
        &["themes"],
        &["staffing"],
        &["jaarplan"],
        &["init"],
        &["schema"],
        &["completions"],
        &["man"],
        &["site"],
        &["import", "duo"],
    ] {
        let mut args = cmd.to_vec();
        args.push("--help");
        root.run(&args).expect(0).out_has("Examples:");
    }
}

#[test]
fn vsopro_alone_prints_the_help_as_help() {
    let root = Sandbox::new();
    let out = root.cmd(&[]).lang(Some("nl")).run();
    out.expect(2);
    let help = out.stderr();
    // Lines and headings, not one line of semicolons after "fout:".
    assert!(!help.starts_with("fout"), "{help}");
    assert!(
        help.contains("\nGebruik: vsopro [OPTIES] <OPDRACHT>\n"),
        "{help}"
    );
    assert!(help.contains("\nOpdrachten:\n  check "), "{help}");
    assert!(
        !help.contains("[OPTIONS]") && help.lines().count() > 30,
        "{help}"
    );
}

#[test]
fn help_as_a_command_as_git_and_cargo_users_type_it() {
    let root = Sandbox::new();
    let all = root.run(&["help"]);
    all.expect(0).out_has("Commands:").out_has("foto");
    let foto = root.run(&["help", "foto"]);
    foto.expect(0).out_has("Usage: vsopro foto");
    assert_eq!(foto.stdout(), root.run(&["foto", "--help"]).stdout());
    root.run(&["help", "import", "duo"])
        .expect(0)
        .out_has("Usage: vsopro import duo");
    // Still a region named help is no command.
    root.run(&["foto", "help"]).expect(2);
}

#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let root = Sandbox::new();
        let bad = std::ffi::OsString::from_vec(b"midden\xffholland".to_vec());
        let out = root.cmd(&["foto"]).arg(bad.clone()).run();
        out.expect(2).err_has("UTF-8");
        assert!(!out.stderr().contains("panicked"), "{}", out.stderr());
        // Also before the command, where the language is read.
        root.cmd(&["--lang"])
            .arg(bad)
            .arg("regions")
            .run()
            .expect(2);
    }
}

#[test]
fn an_option_s_value_error_names_the_option() {
    let root = Sandbox::new();
    root.cmd(&["regions"])
        .today("garbage")
        .lang(Some("nl"))
        .run()
        .expect(2)
        .err_has("--today: `garbage` is geen datum");
    root.run(&["caseload", "--schools", "3", "--hours-per-week", "0"])
        .expect(2)
        .err_has("--hours-per-week: ");
}

#[test]
fn approval_is_a_command_of_its_own_and_the_old_spelling_still_works() {
    let root = Sandbox::base();
    root.run(&[
        "accordeer",
        "gorinchem",
        "--by",
        "Directies Gorinchem",
        "--date",
        "2026-09-15",
    ])
    .expect(0);
    let v = root
        .run(&["jaarplan", "gorinchem", "--format", "json"])
        .json();
    assert_eq!(v["approval"]["by"], "Directies Gorinchem");
    // `approve` (English) and `jaarplan --approve` do the same.
    root.run(&["approve", "gorinchem", "--by", "D", "--date", "2026-09-16"])
        .expect(0);
    root.run(&[
        "jaarplan",
        "gorinchem",
        "--approve",
        "--by",
        "E",
        "--date",
        "2026-09-17",
    ])
    .expect(0);
    let v = root
        .run(&["jaarplan", "gorinchem", "--format", "json"])
        .json();
    assert_eq!(v["approval"]["by"], "E");
    // Its help names it; the jaarplan's help no longer hides it in a flag.
    root.run(&["accordeer", "--help"])
        .expect(0)
        .out_has("--by <WHO>");
    let help = root.run(&["jaarplan", "--help"]);
    assert!(!help.stdout().contains("--approve"), "{}", help.stdout());
}

#[test]
fn out_and_force_are_one_option_for_every_report() {
    let root = Sandbox::base();
    // Any report, also one that had no --out of its own.
    root.run(&["uitleg", "unknown-theme", "--out", "uitleg.md"])
        .expect(0);
    assert!(root.read("uitleg.md").contains("unknown-theme"));
    // Before the command as after it.
    root.run(&["--out", "foto.md", "foto", "gorinchem"])
        .expect(0);
    root.run(&["foto", "gorinchem", "--out", "foto.md"])
        .expect(2);
    root.run(&["foto", "gorinchem", "--out", "foto.md", "--force"])
        .expect(0);
    // A command that makes no report, and --force without --out.
    root.run(&["serve", "--out", "x.html"])
        .expect(2)
        .err_has("--out: `vsopro serve` makes no report");
    root.run(&["foto", "gorinchem", "--force"])
        .expect(2)
        .err_has("--force");
    // site and codeowners replace with --force as before; schema writes
    // its files into --out.
    root.run(&["schema", "--out", "schemas"]).expect(0);
    assert!(root.join("schemas/settings.schema.json").is_file());
}
