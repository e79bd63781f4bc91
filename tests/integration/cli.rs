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
