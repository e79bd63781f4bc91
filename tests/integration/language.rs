//! Every command speaks one language. Each command runs on the example data
//! (and each diagnostic on its fixture) in every human format, once in
//! Dutch and once in English, and the output may not hold a word of the
//! other language. What is not language is taken out first: the data's own
//! text, official names, codes, paths, file names, `quoted` identifiers and
//! URLs. JSON is an API and stays English; it is left aside.

use crate::common::*;
use std::collections::BTreeSet;
use vsopro::diag::Code;

/// Words that give away English in Dutch output.
const ENGLISH: &[&str] = &[
    "error",
    "errors",
    "warning",
    "warnings",
    "help",
    "did you mean",
    "required",
    "missing",
    "quarter",
    "approved",
    "schools",
    "region",
    "regions",
    "checked",
    "expected",
    "found",
    "the",
    "not",
    "and",
    "with",
    "without",
    "file",
    "line",
    "value",
    "unknown",
    "should",
    "must",
    "none",
    "total",
    "hours",
    "usage",
    "options",
    "arguments",
    "examples",
    "print",
    "date",
    "goal",
    "goals",
    "meeting",
    "meetings",
    "theme",
    "themes",
];

/// Words that give away Dutch in English output.
const DUTCH: &[&str] = &[
    "fout",
    "fouten",
    "waarschuwing",
    "waarschuwingen",
    "tip",
    "bedoelt u",
    "verplicht",
    "ontbreekt",
    "kwartaal",
    "geaccordeerd",
    "goedgekeurd",
    "scholen",
    "regio",
    "regio's",
    "het",
    "een",
    "niet",
    "geen",
    "met",
    "zonder",
    "bestand",
    "regel",
    "waarde",
    "onbekend",
    "totaal",
    "uur",
    "gebruik",
    "opties",
    "voorbeelden",
    "datum",
    "doel",
    "doelen",
    "overleg",
    "thema",
    "thema's",
    "lopend",
    "gepland",
    "afgerond",
    "vervallen",
];

/// A run's words, with everything that is not language taken out.
struct Cleaner {
    /// Text of the data and of the built-in registry, longest first.
    data: Vec<String>,
    source: regex::Regex,
    identifiers: regex::Regex,
    kebab: regex::Regex,
}

impl Cleaner {
    fn new(root: &Sandbox) -> Self {
        let mut data = BTreeSet::new();
        for (_, bytes) in root.files("") {
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            if let Ok(value) = text.parse::<toml::Table>() {
                strings(&toml::Value::Table(value), &mut data);
            }
        }
        // A DUO file's school names.
        for (name, bytes) in root.files("") {
            if name.ends_with(".csv") {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                data.extend(
                    text.lines()
                        .flat_map(|l| l.split(';'))
                        .map(|f| f.trim_matches('"').to_lowercase()),
                );
            }
        }
        for r in vsopro::registry::REGIONS {
            data.insert(r.name.to_string());
            data.insert(r.slug.to_string());
            data.extend(r.aliases.iter().map(|a| a.to_string()));
        }
        for t in vsopro::registry::THEMES {
            data.insert(t.title.to_string());
            data.insert(t.id.to_string());
        }
        // A command's Dutch name is its name in every language (`vsopro
        // voorbeelden`, alias `practices`).
        data.insert("voorbeelden  ".to_string());
        let mut data: Vec<String> = data
            .into_iter()
            .map(|s| s.to_lowercase())
            .filter(|s| s.len() > 2)
            .collect();
        data.sort_by_key(|s| std::cmp::Reverse(s.len()));
        Cleaner::with(data)
    }

    fn with(data: Vec<String>) -> Self {
        Cleaner {
            data,
            // Quoted source lines of a diagnostic (`4 | themes = []`) are data.
            source: regex::Regex::new(r"^\s*\d+ \| ").unwrap(),
            // `identifiers`, [tables], keys before `=`, a command after
            // `vsopro`, and fenced examples in markdown.
            identifiers: regex::Regex::new(
                r"(?s)```.*?```|`[^`\n]*`|vsopro-[a-z-]+|\\?\[\\?\[?[a-z_]+\\?\]\\?\]?|[a-z_]+ *=|vsopro(?: [a-z][a-z-]*)*",
            )
            .unwrap(),
            // Ids such as `het-segment-regionale-school` are data.
            kebab: regex::Regex::new(r"^[a-z0-9]+(-[a-z0-9]+)+[,.;:]?$").unwrap(),
        }
    }

    fn clean(&self, text: &str) -> String {
        // roff (the manual page): `\-` is a hyphen, `\fB` a font.
        let text = text
            .replace("\\-", "-")
            .replace("\\fB", "")
            .replace("\\fR", "")
            .replace("\\fI", "");
        // A command's name at the start of a help line is an identifier.
        let commands = [
            "check",
            "uitleg",
            "regions",
            "caseload",
            "foto",
            "themes",
            "jaarplan",
            "init",
            "schema",
            "completions",
            "man",
            "import",
            "site",
            "staffing",
            "duo",
        ];
        let text: String = text
            .lines()
            .filter(|l| !self.source.is_match(l))
            .map(|l| {
                let trimmed = l.trim_start();
                match trimmed.split_whitespace().next() {
                    Some(first) if commands.contains(&first) => &trimmed[first.len()..],
                    _ => l,
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        let mut text = self.identifiers.replace_all(&text, " ").into_owned();
        for d in &self.data {
            text = text.replace(d.as_str(), " ");
        }
        let mut codes: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        codes.sort_by_key(|c| std::cmp::Reverse(c.len()));
        text.split_whitespace()
            .filter(|w| {
                !(w.contains("://")
                    || w.contains('/')
                    || w.contains(".toml")
                    || w.contains(".md")
                    || w.contains(".csv")
                    || w.contains("--")
                    || w.contains('=')
                    || w.contains('_')
                    || self.kebab.is_match(w)
                    || codes.iter().any(|c| w.contains(c)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn strings(v: &toml::Value, out: &mut BTreeSet<String>) {
    match v {
        toml::Value::String(s) => {
            out.insert(s.clone());
        }
        toml::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The marker words found in `text`, as whole words, ignoring case.
fn markers(text: &str, words: &Markers) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut found: Vec<String> = words
        .0
        .captures_iter(&lower)
        .map(|c| c[2].to_string())
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The words of one language as one pattern.
struct Markers(regex::Regex);

impl Markers {
    fn new(words: &[&str]) -> Self {
        let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        let pattern = format!(
            r"(^|[^\p{{L}}'])({})($|[^\p{{L}}'])",
            alternatives.join("|")
        );
        Markers(regex::Regex::new(&pattern).unwrap())
    }
}

/// Runs `args` in `lang` and returns the problems: each marker of the other
/// language with the command that printed it.
fn scan(
    root: &Sandbox,
    cleaner: &Cleaner,
    words: &Markers,
    lang: &'static str,
    args: &[&str],
) -> Vec<String> {
    let run = root.cmd(args).lang(Some(lang)).today("2026-12-01").run();
    assert!(
        run.code() != 101 && run.code() <= 2,
        "{args:?} ({lang}) crashed:\n{}",
        run.stderr()
    );
    let mut found = Vec::new();
    for (stream, text) in [("stdout", run.stdout()), ("stderr", run.stderr())] {
        let clean = cleaner.clean(&text);
        for m in markers(&clean, words) {
            let line = text
                .lines()
                .find(|l| !markers(&cleaner.clean(l), &Markers::new(&[m.as_str()])).is_empty())
                .unwrap_or_default();
            found.push(format!("{lang} {args:?} {stream}: `{m}` in: {line}"));
        }
    }
    found
}

/// Every command with every human format, on the example data.
fn commands() -> Vec<Vec<&'static str>> {
    let reports: &[&[&str]] = &[
        &["check"],
        &["check", "--list"],
        &["regions"],
        &["caseload"],
        &["caseload", "--schools", "30"],
        &["foto", "midden-holland"],
        &["themes"],
        &["themes", "--theme", "nazorg"],
        &["staffing"],
        &["jaarplan", "midden-holland"],
        &["jaarplan", "midden-holland", "--history"],
        &["voortgang", "midden-holland"],
        &["voortgang", "midden-holland", "--since", "2026-08-01"],
        &["uitleg", "unknown-theme"],
        &["uitleg", "stray-file"],
        &[
            "import",
            "duo",
            "vestigingen.csv",
            "--region",
            "midden-holland",
        ],
    ];
    let mut out = Vec::new();
    for r in reports {
        for format in ["table", "markdown", "csv"] {
            let mut args = r.to_vec();
            args.extend(["--format", format]);
            out.push(args);
        }
    }
    // Help, and what a mistake on the command line gets.
    out.push(vec!["--help"]);
    for sub in [
        "check",
        "uitleg",
        "regions",
        "caseload",
        "foto",
        "themes",
        "jaarplan",
        "voortgang",
        "serve",
        "init",
        "schema",
        "completions",
        "man",
        "site",
        "staffing",
    ] {
        out.push(vec![sub, "--help"]);
    }
    out.push(vec!["import", "duo", "--help"]);
    // The manual page carries the help texts too (completions are shell
    // code around the same texts).
    out.push(vec!["man"]);
    out.extend([
        vec!["foto"],
        vec!["foto", "gorkum"],
        vec!["themes", "--theme", "nazrog"],
        vec!["check", "--skip", "references"],
        vec!["caseload", "--schools", "veel"],
        vec!["--today", "morgen", "check"],
        vec!["uitleg", "unknwn-theme"],
        vec!["checkk"],
        vec!["jaarplan", "groningen"],
        vec!["init", "midden-holland"],
        vec!["site", "site"],
        vec!["site", "site"],
    ]);
    out
}

/// The example data in a git repository with two versions of the jaarplan,
/// and a DUO file, so that every command has something to say.
fn example_repo() -> Sandbox {
    let root = Sandbox::examples();
    std::fs::copy(
        fixtures().join("duo").join("vestigingen-vo-pro.csv"),
        root.join("vestigingen.csv"),
    )
    .unwrap();
    root.git(".", &["init", "-q", "-b", "main"], "2026-09-01T10:00:00");
    root.git(".", &["add", "-A"], "2026-09-01T10:00:00");
    root.git(
        ".",
        &["commit", "-qm", "Jaarplan 2026-2027"],
        "2026-09-01T10:00:00",
    );
    let plan = root.read("regions/midden-holland/jaarplan.toml");
    root.write(
        "regions/midden-holland/jaarplan.toml",
        plan.replacen("status = ", "# accordering\nstatus = ", 1),
    );
    root.git(
        ".",
        &["commit", "-qam", "Accordering"],
        "2026-10-01T10:00:00",
    );
    root
}

fn check_language(lang: &'static str) {
    let words = Markers::new(if lang == "nl" { ENGLISH } else { DUTCH });
    let words = &words;
    let root = example_repo();
    let cleaner = Cleaner::new(&root);
    let mut found = Vec::new();
    for args in commands() {
        found.extend(scan(&root, &cleaner, words, lang, &args));
    }
    // The site's pages and the files init writes are output too.
    let site = root.join("site");
    let tags = regex::Regex::new(r"(?s)<script.*?</script>|<style.*?</style>|<[^>]*>").unwrap();
    for (name, bytes) in root.files("site") {
        if name.ends_with(".html") {
            let html = String::from_utf8(bytes).unwrap();
            let text = tags
                .replace_all(&html, " ")
                .replace("&#x2f;", "/")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
            for m in markers(&cleaner.clean(&text), words) {
                found.push(format!("{lang} site {name}: `{m}`"));
            }
        }
    }
    assert!(site.is_dir());
    let fresh = Sandbox::new();
    fresh
        .cmd(&["init", "gorinchem"])
        .lang(Some(lang))
        .run()
        .expect(0);
    let empty = Cleaner::with(Vec::new());
    for (name, bytes) in fresh.files("regions/gorinchem") {
        let text = String::from_utf8(bytes).unwrap();
        let comments: String = text
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix('#'))
            .filter(|l| !l.starts_with(":schema") && !l.contains(" = "))
            .collect::<Vec<_>>()
            .join("\n");
        for m in markers(&empty.clean(&comments), words) {
            found.push(format!("{lang} init {name}: `{m}`"));
        }
    }
    // Each diagnostic, on its fixture.
    for code in Code::ALL {
        let case = Sandbox::case(code.name());
        let cleaner = Cleaner::new(&case);
        for format in ["table", "markdown", "csv"] {
            found.extend(scan(
                &case,
                &cleaner,
                words,
                lang,
                &["check", "--format", format],
            ));
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} leaks:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn dutch_output_has_no_english_words() {
    check_language("nl");
}

#[test]
fn english_output_has_no_dutch_words() {
    check_language("en");
}
