//! The documentation is current: the README names every diagnostic code, and
//! the outputs it shows are what vsopro prints.

use crate::common::*;
use vsopro::diag::Code;

fn readme() -> String {
    std::fs::read_to_string(repo().join("README.md")).unwrap()
}

#[test]
fn readme_lists_every_code() {
    let readme = readme();
    for c in Code::ALL {
        let row = format!("| `{}` | ", c.name());
        assert!(readme.contains(&row), "README.md lacks {}", c.name());
    }
}

/// Each block marked `<!-- output: ARGS -->` equals what vsopro prints for
/// ARGS on a copy of the example data.
#[test]
fn readme_outputs_are_current() {
    let readme = readme();
    let root = Sandbox::examples();
    let mut checked = 0;
    for part in readme.split("<!-- output: ").skip(1) {
        let (args, rest) = part.split_once(" -->").unwrap();
        let body = rest.split_once("```").unwrap().1;
        let body = body.split_once('\n').unwrap().1;
        let block = &body[..body.find("\n```").unwrap() + 1];
        let expected = match block.split_once('\n') {
            Some((first, rest)) if first.starts_with("$ vsopro") => rest,
            _ => block,
        };
        let mut args: Vec<&str> = args.split(' ').collect();
        // `--lang nl` in the marker: that language, once.
        let lang = match args.iter().position(|a| *a == "--lang") {
            Some(i) => {
                let lang = if args[i + 1] == "nl" { "nl" } else { "en" };
                args.drain(i..i + 2);
                lang
            }
            None => "en",
        };
        let out = root.cmd(&args).lang(Some(lang)).run();
        assert_eq!(
            out.stdout(),
            expected,
            "README block for `vsopro {}`",
            args.join(" ")
        );
        checked += 1;
    }
    assert!(checked >= 2);
}

/// Each block marked `<!-- snapshot: NAME -->` (after its `$ vsopro` line)
/// equals the snapshot a test on a real git repository made.
#[test]
fn readme_sessions_match_their_snapshots() {
    let readme = readme();
    let mut checked = 0;
    for part in readme.split("<!-- snapshot: ").skip(1) {
        let (name, rest) = part.split_once(" -->").unwrap();
        let body = rest.split_once("```text\n").unwrap().1;
        let body = body.split_once('\n').unwrap().1; // the `$ vsopro` line
        let block = &body[..body.find("\n```").unwrap() + 1];
        let module = name.split('-').next().unwrap();
        let snap = std::fs::read_to_string(repo().join(format!(
            "tests/integration/snapshots/integration__{module}__{name}.snap"
        )))
        .unwrap_or_else(|e| panic!("snapshot {name}: {e}"));
        let snap = snap.splitn(3, "---\n").nth(2).unwrap();
        assert_eq!(block.trim_end(), snap.trim_end(), "README block {name}");
        checked += 1;
    }
    assert!(checked >= 2);
}

/// A command line split as a shell splits it: on spaces, except inside
/// double quotes.
fn words(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out.retain(|w| !w.is_empty());
    out
}

fn handleiding() -> String {
    std::fs::read_to_string(repo().join("docs/handleiding.md")).unwrap()
}

/// Every `vsopro` command the user guide shows runs as written, in order,
/// in a new git folder as the guide starts one, and every code it names
/// exists.
#[test]
fn the_user_guide_commands_and_codes_are_real() {
    let guide = handleiding();
    let root = Sandbox::new();
    root.git(".", &["init", "-q"], "2026-09-01T10:00:00");
    let mut ran = 0;
    for block in guide.split("```").skip(1).step_by(2) {
        for line in block.lines().skip(1) {
            let Some(command) = line.trim().strip_prefix("vsopro ") else {
                continue;
            };
            let command = command.split(" #").next().unwrap();
            let (command, redirect) = match command.split_once(" > ") {
                Some((c, file)) => (c, Some(file.trim())),
                None => (command, None),
            };
            let mut args = words(command);
            // The workbench runs until Ctrl+C, and sync needs a remote
            // (tests/integration/sync.rs): their options are checked.
            if matches!(args.first().map(String::as_str), Some("serve" | "sync")) {
                args.push("--help".to_string());
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            // The reader has set up git as chapter 10 says.
            let out = root
                .cmd(&args)
                .lang(Some("nl"))
                .git_identity("2026-09-15T12:00:00+02:00")
                .run();
            assert!(
                matches!(out.code(), 0 | 1),
                "`vsopro {command}` in the guide: {}",
                out.stderr()
            );
            if let Some(file) = redirect {
                root.write(file, out.stdout());
            }
            ran += 1;
        }
    }
    assert!(ran >= 10, "{ran}");
    for part in guide.split('`').skip(1).step_by(2) {
        if part.contains('-') && part.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            let is_code = vsopro::diag::Code::from_name(part).is_some();
            let is_known = is_code
                || vsopro::registry::THEMES.iter().any(|t| t.id == part)
                || vsopro::registry::REGIONS.iter().any(|r| r.slug == part)
                || ["pro-de-brug", "vsopro-check"].contains(&part)
                // An option the README's command list names.
                || (part.starts_with("--") && readme().contains(part));
            assert!(
                is_known,
                "`{part}` in the guide is no code, theme or region"
            );
        }
    }
}

/// The README's first screen sends a coordinator to the guide.
#[test]
fn the_readme_points_coordinators_to_the_guide() {
    let first_screen: String = readme().lines().take(24).collect::<Vec<_>>().join("\n");
    assert!(
        first_screen.contains("(docs/handleiding.md)"),
        "{first_screen}"
    );
}
