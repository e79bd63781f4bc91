//! Diagnostics for people (compiler style, via codespan-reporting) and for
//! machines (JSON, CSV, markdown rows).

use super::{Column, Table, safe};
use crate::diag::{Counts, Diagnostic, Severity};
use crate::error::Error;
use crate::i18n::t;
use crate::report::check::JsonDiagnostic;
use crate::source::SourceFile;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Chars, Config, termcolor};
use std::collections::BTreeMap;
use std::io::Write;
use termcolor::{Color, ColorSpec, WriteColor};

/// Compiler-style text: header, `--> file:line:col`, the quoted line with the
/// span underlined, related places, and the help line.
pub(crate) fn human(
    diags: &[Diagnostic],
    sources: &BTreeMap<String, SourceFile>,
    color: bool,
) -> String {
    // Only the files the diagnostics quote, borrowed (copied only where a
    // control character must be made harmless, keeping every offset).
    let mut files = SimpleFiles::new();
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    let named = diags.iter().flat_map(|d| {
        std::iter::once(d.file.as_str()).chain(d.related.iter().map(|r| r.file.as_str()))
    });
    for path in named {
        if let (false, Some(f)) = (ids.contains_key(path), sources.get(path)) {
            ids.insert(path, files.add(safe::line(&f.path), safe::source(&f.text)));
        }
    }
    let config = Config {
        chars: Chars::ascii(),
        ..Config::default()
    };
    let mut buf = buffer(color);
    for d in diags {
        let file_id = ids.get(d.file.as_str());
        let long = d.span.as_ref().and_then(|span| {
            let src = sources.get(&d.file)?;
            let line = src.line_text(src.line_col(span.start).line);
            (line.chars().count() > MAX_LINE).then_some(src)
        });
        match (file_id, &d.span) {
            (Some(_), Some(span)) if long.is_some() => {
                long_line(&mut buf, d, long.expect("checked"), span.clone())
            }
            (Some(&id), Some(span)) => {
                let src = &sources[&d.file];
                let mut labels = vec![
                    cs::Label::primary(id, src.clamp(span.clone()))
                        .with_message(safe::line(&d.label)),
                ];
                for r in &d.related {
                    if let (Some(&rid), Some(rsrc)) =
                        (ids.get(r.file.as_str()), sources.get(&r.file))
                    {
                        labels.push(
                            cs::Label::secondary(rid, rsrc.clamp(r.span.clone()))
                                .with_message(safe::line(&r.message)),
                        );
                    }
                }
                let diag = cs::Diagnostic::new(severity(d.severity()))
                    .with_labels(labels)
                    .with_notes(
                        d.help
                            .iter()
                            .map(|h| format!("{}: {}", t!("help"), safe::line(h)))
                            .collect(),
                    );
                // codespan writes the header in English ("error[..]"): its
                // first line is replaced by ours, in the language of the run.
                let mut one = buffer(color);
                term::emit_to_write_style(&mut one, &config, &files, &diag)
                    .expect("rendering to memory");
                header(
                    &mut buf,
                    d.severity(),
                    Some(d.code.name()),
                    &d.message,
                    "",
                    None,
                );
                let body = one.as_slice();
                let rest = body
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(&body[..0], |i| &body[i + 1..]);
                let _ = buf.write_all(rest);
            }
            _ => whole_file(&mut buf, d),
        }
    }
    // Like `rustc --explain`: the way to a longer explanation and an example.
    if let Some(first) = diags.first() {
        let mut codes: Vec<&str> = diags.iter().map(|d| d.code.name()).collect();
        codes.sort_unstable();
        codes.dedup();
        let _ = writeln!(
            buf,
            "{}",
            t!(
                "explain-hint",
                code = first.code.name(),
                count = codes.len()
            )
        );
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

/// Lines longer than this are shown as a window around the problem.
const MAX_LINE: usize = 200;

/// A diagnostic on a very long line (minified or generated text): the same
/// layout, but only a window of the line is quoted.
fn long_line(
    buf: &mut termcolor::Buffer,
    d: &Diagnostic,
    src: &SourceFile,
    span: std::ops::Range<usize>,
) {
    let span = src.clamp(span);
    let at = src.line_col(span.start);
    let line = src.line_text(at.line);
    let chars: Vec<char> = line.chars().collect();
    let col = at.column - 1;
    let from = col.saturating_sub(MAX_LINE / 2);
    let to = (from + MAX_LINE).min(chars.len());
    let mut excerpt: String = safe::line(&chars[from..to].iter().collect::<String>()).into_owned();
    let mut caret_at = col - from;
    if from > 0 {
        excerpt.insert(0, '…');
        caret_at += 1;
    }
    if to < chars.len() {
        excerpt.push('…');
    }
    let width = src.text[span.clone()]
        .chars()
        .count()
        .clamp(1, to.saturating_sub(col).max(1));
    let num = at.line.to_string();
    let pad = " ".repeat(num.len());
    header(
        buf,
        d.severity(),
        Some(d.code.name()),
        &d.message,
        &pad,
        Some(&format!("{}:{}:{}", d.file, at.line, at.column)),
    );
    let label = safe::line(&d.label);
    let _ = writeln!(buf, "{pad} |");
    let _ = writeln!(buf, "{num} | {excerpt}");
    let _ = writeln!(
        buf,
        "{pad} | {}{} {}",
        " ".repeat(caret_at),
        "^".repeat(width),
        label
    );
    let _ = writeln!(buf, "{pad} |");
    help(buf, d.help.as_deref(), &pad);
    let _ = writeln!(buf);
}

/// A diagnostic about a file or folder as a whole, in the same layout.
fn whole_file(buf: &mut termcolor::Buffer, d: &Diagnostic) {
    header(
        buf,
        d.severity(),
        Some(d.code.name()),
        &d.message,
        " ",
        Some(&d.file),
    );
    help(buf, d.help.as_deref(), " ");
    let _ = writeln!(buf);
}

/// A run's error (no file, no code), in the layout of a diagnostic:
/// `error: message` and ` = help: ...`. The one place errors are printed.
pub(crate) fn error(e: &Error, color: bool) -> String {
    // The help is shown as it is, not as an error.
    if let Error::Help(text) = e {
        return text.clone();
    }
    let (_, message, help_text) = e.describe();
    if message.is_empty() {
        return String::new();
    }
    let mut buf = buffer(color);
    header(&mut buf, Severity::Error, None, &message, " ", None);
    for detail in e.details() {
        let _ = writeln!(buf, "  - {}", safe::line(detail));
    }
    help(&mut buf, help_text.as_deref(), " ");
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

fn buffer(color: bool) -> termcolor::Buffer {
    if color {
        termcolor::Buffer::ansi()
    } else {
        termcolor::Buffer::no_color()
    }
}

/// `error[code]: message` and ` --> place`, coloured as codespan does.
fn header(
    buf: &mut termcolor::Buffer,
    severity: Severity,
    code: Option<&str>,
    message: &str,
    pad: &str,
    place: Option<&str>,
) {
    let color = match severity {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Hint => Color::Cyan,
    };
    let _ = buf.set_color(ColorSpec::new().set_fg(Some(color)).set_bold(true));
    let _ = write!(buf, "{}", severity.word());
    if let Some(code) = code {
        let _ = write!(buf, "[{code}]");
    }
    let _ = buf.set_color(ColorSpec::new().set_bold(true));
    let _ = writeln!(buf, ": {}", safe::line(message));
    let _ = buf.reset();
    if let Some(place) = place {
        let _ = buf.set_color(ColorSpec::new().set_fg(Some(Color::Blue)).set_bold(true));
        let _ = write!(buf, "{pad} --> ");
        let _ = buf.reset();
        let _ = writeln!(buf, "{}", safe::line(place));
    }
}

/// ` = help: ...`.
fn help(buf: &mut termcolor::Buffer, help: Option<&str>, pad: &str) {
    if let Some(h) = help {
        let _ = buf.set_color(ColorSpec::new().set_fg(Some(Color::Blue)).set_bold(true));
        let _ = write!(buf, "{pad} = ");
        let _ = buf.reset();
        let _ = writeln!(buf, "{}: {}", t!("help"), safe::line(h));
    }
}

fn severity(s: Severity) -> cs::Severity {
    match s {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
        Severity::Hint => cs::Severity::Note,
    }
}

/// The closing line of a check that passed (a failed one ends in the
/// `InvalidData` error).
pub(crate) fn summary(counts: Counts, regions: usize) -> String {
    let checked = t!("regions-checked", count = regions);
    let mut line = match (counts.warnings, counts.hints) {
        (0, 0) => t!("summary-clean", checked = checked),
        (0, _) => checked,
        (w, _) => t!(
            "summary-warnings",
            checked = checked,
            warnings = t!("warnings", count = w)
        ),
    };
    if counts.hints > 0 {
        line.push_str(&t!(
            "summary-hints",
            hints = t!("hints", count = counts.hints)
        ));
    }
    format!("{}: {line}\n", t!("ok"))
}

/// Diagnostics as rows for CSV and markdown.
pub(crate) fn table(diags: &[JsonDiagnostic]) -> Table {
    let mut t = Table::new(vec![
        Column::left(&t!("col-file")),
        Column::right(&t!("col-line")),
        Column::right(&t!("col-column")),
        Column::left(&t!("col-severity")),
        Column::left(&t!("col-code")),
        Column::left(&t!("col-message")),
        Column::left(&t!("col-help")),
    ]);
    for d in diags {
        let opt = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
        t.row(vec![
            d.file.clone(),
            opt(d.line),
            opt(d.column),
            d.severity.word(),
            d.code.to_string(),
            d.message.clone(),
            d.help.clone().unwrap_or_default(),
        ]);
    }
    t
}
