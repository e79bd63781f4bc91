//! The layers of ARCHITECTURE.md, held by the code's own imports: every
//! top-level module of `src/` has a place in one order, and a module uses
//! only modules below it (`crate::x` in its code, tests aside). An import
//! that climbs, or a module the order does not name, fails here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Bottom first. ARCHITECTURE.md lists the same names in the same order.
const LAYERS: &[&str] = &[
    "i18n", "suggest", "registry", "map", "diag", "source", "model", "error", "output", "write",
    "lock", "git", "parse", "load", "words", "check", "report", "schema", "render", "out",
    "records", "edit", "import", "usecases", "web", "hub", "fuzzing", "config", "cli", "launch",
    "app",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level module a file of `src/` belongs to (`None`: lib.rs, main.rs).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    match first.strip_suffix(".rs") {
        Some("lib" | "main") => None,
        Some(m) => Some(m.to_string()),
        None if rel.components().count() > 1 => Some(first.to_string()),
        None => None,
    }
}

/// The code of a file without its line comments and its test module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod ") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            // A line comment, not `http://` inside a string.
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first segment of each path under `crate::`: `crate::a::b` gives
/// `a`; `use crate::{a, b::{c, d}}` gives `a` and `b`.
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while let Some(i) = code[at..].find("crate::") {
        let start = at + i + "crate::".len();
        let line = code[..start].matches('\n').count() + 1;
        // `$crate::` in a macro is the same crate, and fine to skip.
        if bytes[start..].first() == Some(&b'{') {
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            for &b in &bytes[start..] {
                match b {
                    b'{' => {
                        depth += 1;
                        if depth > 1 {
                            item.push('{');
                        }
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            items.push(std::mem::take(&mut item));
                            break;
                        }
                        item.push('}');
                    }
                    b',' if depth == 1 => items.push(std::mem::take(&mut item)),
                    b => item.push(b as char),
                }
            }
            for item in items {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push((line, name));
                }
            }
        } else {
            let name: String = code[start..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push((line, name));
        }
        at = start;
    }
    out
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every top-level module with the modules its code uses, and where.
fn imports() -> BTreeMap<String, Vec<(String, String)>> {
    let mut all = Vec::new();
    files(&src(), &mut all);
    all.sort();
    let mut map: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for path in all {
        let rel = path.strip_prefix(src()).unwrap().to_path_buf();
        let Some(module) = module_of(&rel) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let entry = map.entry(module.clone()).or_default();
        for (line, used) in crate_paths(&code(&text)) {
            if used != module {
                entry.push((used, format!("src/{}:{line}", rel.display())));
            }
        }
    }
    map
}

#[test]
fn every_import_points_down_a_layer() {
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut wrong = Vec::new();
    for (module, uses) in imports() {
        let Some(own) = rank(&module) else {
            wrong.push(format!(
                "src/{module}: a top-level module that LAYERS (and ARCHITECTURE.md) do not name"
            ));
            continue;
        };
        for (used, at) in uses {
            // Not a module of ours (`crate::main`, a macro): nothing to hold.
            let Some(theirs) = rank(&used) else {
                continue;
            };
            if theirs > own {
                wrong.push(format!(
                    "{at}: `{module}` (layer {own}) uses `{used}` (layer {theirs}), a layer above it"
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that climb:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn architecture_md_names_the_layers_in_order() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .expect("ARCHITECTURE.md");
    let section = doc
        .split("\n## Layers")
        .nth(1)
        .expect("ARCHITECTURE.md has a '## Layers' section")
        .split("\n## ")
        .next()
        .unwrap_or_default();
    // Each layer is a numbered line: "1. `i18n` — …", bottom first.
    let named: Vec<&str> = section
        .lines()
        .filter(|l| {
            l.trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
        .filter_map(|l| l.split('`').nth(1))
        .collect();
    assert_eq!(named, LAYERS, "ARCHITECTURE.md's layers, bottom first");
    // And no top-level module is missing from either.
    let mut top: Vec<String> = imports().into_keys().collect();
    top.sort();
    let mut layers: Vec<String> = LAYERS.iter().map(|s| s.to_string()).collect();
    layers.sort();
    assert_eq!(top, layers, "the top-level modules of src/ and the layers");
}

#[test]
fn the_reader_of_imports_reads_groups_and_paths() {
    let code = "use crate::{a, b::{c, d}, e::f};\nfn x() { crate::g::h(); }";
    let names: Vec<String> = crate_paths(code).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["a", "b", "e", "g"]);
}
