//! One TOML file into one model type, reporting every problem on the way.
//!
//! `toml` stops at the first serde error. To report all of them, a file that
//! does not deserialize at once is read piece by piece: its top level (with
//! the arrays of entities taken out) and then each entity (`[[school]]`, ...)
//! on its own. A piece that fails is repaired one problem at a time and read
//! again: an unknown key is removed; a wrong value or a missing required key
//! is replaced by a stand-in of the right type. So every problem of every
//! entity is reported, and the cost stays linear in the size of the file,
//! since each retry reads one entity, not the whole file.
//!
//! A stand-in is never shown as data: its span lies beyond the file (see
//! `model::STAND_IN_SPANS`), and the entity that holds it is marked
//! "guessed", so that rules do not draw conclusions from it (no "overdue"
//! for a status that was misspelt).

use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::*;
use crate::source::SourceFile;
use crate::suggest;
use serde::de::DeserializeOwned;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, Deserializer};

pub(crate) struct Parsed<T> {
    pub value: Option<T>,
    /// Entities dropped because they could not be repaired.
    pub unparsed: Unparsed,
    /// Entities (table name, id) that hold a stand-in; `("", "")` for the
    /// file's top level.
    pub guessed: Unparsed,
}

/// A file type whose arrays of entities can be read one entity at a time.
pub(crate) trait FileModel: DeserializeOwned {
    /// The keys of its arrays of tables.
    const ENTITY_KEYS: &'static [&'static str];

    /// Reads one entity of `key` and adds it to `file` (when there is one).
    fn add(file: Option<&mut Self>, key: &str, r: &mut Recovery<'_>, item: Spanned<DeTable<'_>>);
}

macro_rules! file_model {
    ($file:ty { $($key:literal $(| $alias:literal)* => $field:ident: $entity:ty),* $(,)? }) => {
        impl FileModel for $file {
            const ENTITY_KEYS: &'static [&'static str] = &[$($key $(, $alias)*),*];

            #[allow(unused_variables)]
            fn add(file: Option<&mut Self>, key: &str, r: &mut Recovery<'_>, item: Spanned<DeTable<'_>>) {
                match key {
                    $($key $(| $alias)* => {
                        let entity = r.piece::<$entity>(Some(key), item);
                        if let (Some(file), Some(entity)) = (file, entity) {
                            file.$field.push(entity);
                        }
                    })*
                    _ => {}
                }
            }
        }
    };
}

file_model!(RegionFile { "stuurgroep" | "steering_group" => stuurgroep: StuurgroepMember });
file_model!(SchoolsFile { "school" => schools: School });
file_model!(UitstroomFile { "uitstroom" => outcomes: Outcome });
file_model!(OverlegtafelsFile {
    "overlegtafel" => overlegtafels: Overlegtafel,
    "plan" => plans: Initiative,
    "project" => projects: Initiative,
    "development" => developments: Initiative,
});
file_model!(ActionsFile { "knelpunt" => knelpunten: Knelpunt, "action" => actions: Action });
file_model!(JaarplanFile { "goal" => goals: Goal, "meeting" => meetings: Meeting });
file_model!(SettingsFile {});
file_model!(PracticesFile { "practice" => practices: PublicPractice });

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Reads a file's pieces, collecting what went wrong.
pub(crate) struct Recovery<'a> {
    file: &'a SourceFile,
    diags: &'a mut Vec<Diagnostic>,
    unparsed: Unparsed,
    guessed: Unparsed,
    /// The next stand-in span.
    next: usize,
    /// Report the same problem beside an error in the same round (off only
    /// in the test that holds it to the one-by-one result).
    batch: bool,
}

pub(crate) fn parse<T: FileModel>(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Parsed<T> {
    parse_with(file, diags, true)
}

/// `parse`, with the batching of recovery on or off (off only in the test
/// that holds it to the one-by-one result).
fn parse_with<T: FileModel>(
    file: &SourceFile,
    diags: &mut Vec<Diagnostic>,
    batch: bool,
) -> Parsed<T> {
    // Typographic quotes pasted from Word are reported, and read as the
    // straight quotes they stand for (same byte length, so every offset stays).
    let repaired = straighten_quotes(file, diags);
    let text = repaired.as_deref().unwrap_or(&file.text);
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        diags.extend(errors.iter().map(|e| syntax(file, &root, e)));
        return Parsed {
            value: None,
            unparsed: Unparsed::new(),
            guessed: Unparsed::new(),
        };
    }
    // The common case, a valid file, costs one parse and one deserialize.
    if let Ok(v) = T::deserialize(Deserializer::from(root)) {
        return Parsed {
            value: Some(v),
            unparsed: Unparsed::new(),
            guessed: Unparsed::new(),
        };
    }
    let (root, _) = DeTable::parse_recoverable(text);
    let span = root.span();
    let mut top = root.into_inner();
    // The arrays of entities come out of the top level and are read one by one.
    let mut entities: Vec<(String, Vec<Spanned<DeTable<'_>>>)> = Vec::new();
    for key in T::ENTITY_KEYS {
        let is_entities = top.get(*key).is_some_and(|v| match v.get_ref() {
            DeValue::Array(a) => a.iter().all(|e| e.get_ref().is_table()),
            _ => false,
        });
        if !is_entities {
            continue;
        }
        let Some(value) = top.remove(*key) else {
            continue;
        };
        let DeValue::Array(items) = value.into_inner() else {
            continue;
        };
        let tables = items
            .into_iter()
            .filter_map(|e| {
                let span = e.span();
                match e.into_inner() {
                    DeValue::Table(t) => Some(Spanned::new(span, t)),
                    _ => None,
                }
            })
            .collect();
        entities.push((key.to_string(), tables));
    }
    let mut r = Recovery {
        file,
        diags,
        unparsed: Unparsed::new(),
        guessed: Unparsed::new(),
        next: STAND_IN_SPANS,
        batch,
    };
    let mut value = r.piece::<T>(None, Spanned::new(span, top));
    for (key, items) in entities {
        for item in items {
            T::add(value.as_mut(), &key, &mut r, item);
        }
    }
    Parsed {
        value,
        unparsed: r.unparsed,
        guessed: r.guessed,
    }
}

impl Recovery<'_> {
    fn stand_in_span(&mut self) -> Range<usize> {
        self.next += 1;
        self.next - 1..self.next
    }

    /// Reads one piece (the top level when `entity` is `None`, else one
    /// entity of that table), repairing it until it deserializes.
    pub(crate) fn piece<E: DeserializeOwned>(
        &mut self,
        entity: Option<&str>,
        table: Spanned<DeTable<'_>>,
    ) -> Option<E> {
        let span = table.span();
        let mut table = table.into_inner();
        let id = table
            .get("id")
            .and_then(|v| v.get_ref().as_str())
            .map(str::to_string);
        let label = match (entity, &id) {
            (Some(t), Some(id)) => Some(format!("[[{t}]] `{id}`")),
            (Some(t), None) => Some(format!("[[{t}]]")),
            (None, _) => None,
        };
        // Keys we reported or replaced ourselves: a later "missing" or a
        // complaint about our stand-in is not news.
        let mut handled: Vec<Vec<Seg>> = Vec::new();
        let mut guessed = false;
        // Every round removes or replaces one value, so this bounds the work
        // by the size of the piece; the cap only guards against a loop.
        let limit = 4 * count_values(&table) + 16;
        for _ in 0..limit {
            let err = match E::deserialize(Deserializer::from(Spanned::new(
                span.clone(),
                table.clone(),
            ))) {
                Ok(v) => {
                    if guessed {
                        self.guessed.insert((
                            entity.unwrap_or_default().to_string(),
                            id.clone().unwrap_or_default(),
                        ));
                    }
                    return Some(v);
                }
                Err(e) => e,
            };
            let msg = err.message().to_string();
            let err_span = err.span().filter(|s| !s.is_empty());
            // A missing key is reported at its table, which the span names
            // (no span, or the piece's own: the piece itself).
            let path = match &err_span {
                Some(s) if *s == span => Some(Vec::new()),
                Some(s) => locate(&table, s),
                None if missing_field(&msg).is_some() => Some(Vec::new()),
                None => None,
            };
            let Some(path) = path else {
                self.report(&table, label.as_deref(), &msg, err_span, None);
                break;
            };
            // The same problem beside it (more unknown keys in the table,
            // more wrong values in the list) is reported and repaired in
            // this round too: a piece with many problems costs a few
            // rounds, not one per problem.
            if self.batch {
                for (at, why, span) in siblings(&table, &msg, &path) {
                    if handled.iter().any(|h| at.starts_with(h)) {
                        continue;
                    }
                    self.report(&table, label.as_deref(), &why, Some(span), Some(&at));
                    handled.push(at.clone());
                    if why.starts_with("unknown field") {
                        drop_unknown_key(&mut table, &at, &why);
                        continue;
                    }
                    if let Some(v) = replacement(&why) {
                        let stand_in_at = self.stand_in_span();
                        replace(&mut table, &at, v, stand_in_at);
                        guessed = true;
                    }
                }
            }
            if let Some(field) = missing_field(&msg) {
                let mut key_path = path.clone();
                key_path.push(Seg::Key(field.to_string()));
                // Inside a stand-in we made, a missing key is ours, not news.
                if !handled.iter().any(|h| key_path.starts_with(h)) {
                    self.report(
                        &table,
                        label.as_deref(),
                        &msg,
                        err_span.clone(),
                        Some(&path),
                    );
                }
                handled.push(key_path.clone());
                // A probe: an empty string. If the key wants another type,
                // the next round says which, and the probe is replaced.
                let at = self.stand_in_span();
                if !insert(&mut table, &key_path, stand_in("a string"), at) {
                    break;
                }
                guessed = true;
                continue;
            }
            // `Lopend` or `NAZORG`: the value is right but for its case.
            if let Some(exact) = same_but_case(&msg)
                && let Some(slot) = slot(&mut table, &path)
            {
                let at = slot.span();
                *slot = Spanned::new(at, DeValue::String(exact.to_string().into()));
                continue;
            }
            let ours = handled.iter().any(|h| path.starts_with(h));
            if !ours {
                self.report(
                    &table,
                    label.as_deref(),
                    &msg,
                    err_span.clone(),
                    Some(&path),
                );
                handled.push(path.clone());
            }
            if msg.starts_with("unknown field") {
                // Reported once (above, with the English key in its help).
                drop_unknown_key(&mut table, &path, &msg);
                continue;
            }
            guessed = true;
            let at = self.stand_in_span();
            let done = match replacement(&msg) {
                Some(v) => replace(&mut table, &path, v, at),
                None => {
                    let removed = remove(&mut table, &path);
                    if removed {
                        shift_handled(&mut handled, &path);
                    }
                    removed
                }
            };
            if !done {
                break;
            }
        }
        // Beyond repair: the entity is dropped and its id remembered, so that
        // references to it are not reported as well.
        if let (Some(t), Some(id)) = (entity, id) {
            self.unparsed.insert((t.to_string(), id));
        }
        None
    }

    fn report(
        &mut self,
        table: &DeTable<'_>,
        label: Option<&str>,
        msg: &str,
        span: Option<Range<usize>>,
        path: Option<&[Seg]>,
    ) {
        let d = classify(self.file, table, label, msg, span, path);
        self.diags.push(d);
    }
}

/// An unknown key taken out of the piece: `naam = "..."` is read as `name`
/// (so no "missing key" follows), anything else is dropped.
fn drop_unknown_key(table: &mut DeTable<'_>, at: &[Seg], msg: &str) {
    let moved = dutch_key(msg).is_some_and(|to| rename(table, at, to));
    if !moved {
        remove(table, at);
    }
}

/// What stands in for a value serde refused: the first allowed word, or a
/// value of the expected type; `None` when the message names neither.
fn replacement(msg: &str) -> Option<DeValue<'static>> {
    enum_stand_in(msg)
        .map(|v| DeValue::String(v.into()))
        .or_else(|| expected_type(msg).map(stand_in))
}

/// After the list value at `removed` was taken out, the values after it
/// moved one place up: so do the paths of those already reported (else a
/// later value that moved into a reported place would go unreported).
fn shift_handled(handled: &mut Vec<Vec<Seg>>, removed: &[Seg]) {
    let Some((Seg::Index(i), list)) = removed.split_last() else {
        return;
    };
    handled.retain_mut(|h| {
        if h.len() <= list.len() || !h.starts_with(list) {
            return true;
        }
        match h[list.len()] {
            Seg::Index(j) if j == *i => false,
            Seg::Index(j) if j > *i => {
                h[list.len()] = Seg::Index(j - 1);
                true
            }
            _ => true,
        }
    });
}

/// The other keys or list values beside the one at `path` that serde
/// refuses for the same reason, each with the message serde gives for it
/// and its span: the unknown keys of the same table (the message lists every
/// key the table takes, aliases included), and the values of the same list
/// that are not one of the allowed words or not of the list's type.
fn siblings(table: &DeTable<'_>, msg: &str, path: &[Seg]) -> Vec<(Vec<Seg>, String, Range<usize>)> {
    let Some((last, parent)) = path.split_last() else {
        return Vec::new();
    };
    let Some((_, tail)) = msg.split_once(", expected ") else {
        return Vec::new();
    };
    let at = |seg: Seg| {
        let mut p = parent.to_vec();
        p.push(seg);
        p
    };
    match last {
        Seg::Key(key) if msg.starts_with("unknown field") => {
            let here = if parent.is_empty() {
                Some(table)
            } else {
                match get(table, parent) {
                    Some(DeValue::Table(t)) => Some(t),
                    _ => None,
                }
            };
            let allowed = expected_names(msg);
            here.into_iter()
                .flat_map(|t| t.iter())
                .filter(|(k, _)| k.get_ref() != key && !allowed.contains(&k.get_ref().as_ref()))
                .map(|(k, _)| {
                    (
                        at(Seg::Key(k.get_ref().to_string())),
                        format!("unknown field `{}`, expected {tail}", k.get_ref()),
                        k.span(),
                    )
                })
                .collect()
        }
        Seg::Index(i) => {
            let Some(DeValue::Array(list)) = get(table, parent) else {
                return Vec::new();
            };
            let others = list.iter().enumerate().filter(|(j, _)| j != i);
            if msg.starts_with("unknown variant") {
                let allowed = expected_names(msg);
                others
                    .filter_map(|(j, e)| match e.get_ref() {
                        // A word right but for its case is repaired, not reported.
                        DeValue::String(v)
                            if !allowed.iter().any(|a| a.eq_ignore_ascii_case(v)) =>
                        {
                            Some((
                                at(Seg::Index(j)),
                                format!("unknown variant `{v}`, expected {tail}"),
                                e.span(),
                            ))
                        }
                        _ => None,
                    })
                    .collect()
            } else if msg.starts_with("invalid type: ") {
                others
                    .filter_map(|(j, e)| {
                        let found = unexpected(e.get_ref(), tail)?;
                        Some((
                            at(Seg::Index(j)),
                            format!("invalid type: {found}, expected {tail}"),
                            e.span(),
                        ))
                    })
                    .collect()
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

/// serde's words for a plain value that is not of the `expected` type
/// (`string "veel"`, `integer `5``); `None` when it is, or when the value
/// is one whose words this does not know (a date, a list, a table).
fn unexpected(v: &DeValue<'_>, expected: &str) -> Option<String> {
    let fits = match expected {
        "a string" => matches!(v, DeValue::String(_)),
        "i64" | "u32" | "u64" | "i32" => matches!(v, DeValue::Integer(_)),
        "f64" => matches!(v, DeValue::Integer(_) | DeValue::Float(_)),
        "a boolean" => matches!(v, DeValue::Boolean(_)),
        _ => return None,
    };
    if fits {
        return None;
    }
    match v {
        DeValue::String(s) => Some(format!("string {:?}", s.as_ref())),
        DeValue::Integer(n) => {
            let n = i64::from_str_radix(&n.as_str().replace('_', ""), n.radix()).ok()?;
            Some(format!("integer `{n}`"))
        }
        DeValue::Boolean(b) => Some(format!("boolean `{b}`")),
        _ => None,
    }
}

/// The field of a serde "missing field `x`" message.
fn missing_field(msg: &str) -> Option<&str> {
    msg.strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
}

fn count_values(t: &DeTable<'_>) -> usize {
    t.iter()
        .map(|(_, v)| match v.get_ref() {
            DeValue::Table(t) => 1 + count_values(t),
            DeValue::Array(a) => 1 + a.len(),
            _ => 1,
        })
        .sum()
}

/// What serde expected, from "invalid type: ..., expected X" or a date error.
fn expected_type(msg: &str) -> Option<&str> {
    if msg.starts_with(DATE_ERROR) {
        return Some("a date");
    }
    msg.rsplit_once(", expected ").map(|(_, e)| e)
}

/// A value of the expected type with an empty span: it stands in for a
/// missing or wrong value so that the rest of the entity can be read.
fn stand_in(expected: &str) -> DeValue<'static> {
    let literal = match expected {
        "a string" => "\"\"",
        "i64" | "u32" | "u64" | "i32" | "u8" | "an integer" => "0",
        "f64" | "f32" | "a float" => "0.0",
        "a boolean" => "false",
        "a sequence" => "[]",
        "a date" => "1970-01-01",
        e if e.starts_with("struct ") || e.contains("map") || e.contains("table") => "{}",
        // Whatever else: a string, and the next round says more.
        _ => "\"\"",
    };
    DeValue::parse(literal)
        .expect("stand-ins are valid TOML values")
        .into_inner()
}

/// Curly quotes used where TOML wants straight ones: a `curly-quotes`
/// diagnostic per line, and the text with each replaced by a straight quote
/// padded with spaces outside the string (`“` is three bytes, `"` one).
fn straighten_quotes(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<String> {
    const CURLY: [char; 4] = ['\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}'];
    if !file.text.contains(CURLY) {
        return None;
    }
    let mut out = String::with_capacity(file.text.len());
    let mut changed = false;
    let mut offset = 0;
    for line in file.text.split_inclusive('\n') {
        let (fixed, first) = straighten_line(line);
        if let Some(at) = first {
            changed = true;
            let start = offset + at;
            let width = line[at..].chars().next().map_or(1, char::len_utf8);
            let shown = fixed
                .trim()
                .replace("  \"", "\"")
                .replace("\"  ", "\"")
                .replace("  '", "'")
                .replace("'  ", "'");
            diags.push(
                Diagnostic::new(Code::CurlyQuotes, &file.path, t!("curly-quotes"))
                    .at(start..start + width, t!("curly-quotes-label"))
                    .help(t!("curly-quotes-help", line = shown)),
            );
        }
        out.push_str(&fixed);
        offset += line.len();
    }
    changed.then_some(out)
}

/// One line with its delimiting curly quotes made straight, and the offset
/// of the first one. Curly quotes inside a straight-quoted string or a
/// comment are text and stay.
fn straighten_line(line: &str) -> (String, Option<usize>) {
    let mut out = String::with_capacity(line.len());
    let mut first = None;
    // The quote that closes the current string: '"', '\'', or a curly one.
    let mut inside: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        let Some(close) = inside else {
            match c {
                '#' => {
                    out.push_str(&line[i..]);
                    return (out, first);
                }
                '"' | '\'' => {
                    inside = Some(c);
                    out.push(c);
                }
                '\u{201c}' | '\u{201d}' => {
                    first.get_or_insert(i);
                    inside = Some('\u{201d}');
                    out.push_str("  \"");
                }
                '\u{2018}' | '\u{2019}' => {
                    first.get_or_insert(i);
                    inside = Some('\u{2019}');
                    out.push_str("  '");
                }
                _ => out.push(c),
            }
            continue;
        };
        if close == '"' && c == '\\' && !escaped {
            escaped = true;
            out.push(c);
            continue;
        }
        let closes = match close {
            '\u{201d}' => matches!(c, '\u{201c}' | '\u{201d}'),
            '\u{2019}' => matches!(c, '\u{2018}' | '\u{2019}'),
            q => c == q && !escaped,
        };
        escaped = false;
        if !closes {
            out.push(c);
            continue;
        }
        inside = None;
        match close {
            '\u{201d}' => out.push_str("\"  "),
            '\u{2019}' => out.push_str("'  "),
            q => out.push(q),
        }
    }
    (out, first)
}

fn syntax(file: &SourceFile, root: &Spanned<DeTable<'_>>, e: &toml::de::Error) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    // The toml message can span lines; the first one is the headline.
    let msg = e.message().lines().next().unwrap_or("invalid TOML").trim();
    let span = file.clamp(span);
    let span = if span.is_empty() {
        widen(file, span)
    } else {
        span
    };
    let d = Diagnostic::new(
        Code::TomlSyntax,
        &file.path,
        t!("toml-syntax", detail = syntax_words(msg)),
    )
    .at(span.clone(), t!("toml-syntax-label"));
    if msg.contains("duplicate key")
        && let Some(first) = first_definition(file, root.get_ref(), &span)
    {
        return d
            .related(&file.path, first, t!("duplicate-id-first"))
            .help(t!("toml-duplicate-help"));
    }
    d.help(t!("toml-syntax-help"))
}

/// The toml parser's message in the run's language. The parser speaks
/// English; each of its messages (and each thing it can expect) has a
/// catalogue entry named after the English text. One it has not got is
/// said in general words rather than in English.
fn syntax_words(msg: &str) -> String {
    use crate::i18n::{Lang, has, lang, message};
    if lang() == Lang::En {
        return msg.to_string();
    }
    let known = |prefix: &str, text: &str| {
        let id = format!("{prefix}-{}", catalogue_slug(text));
        has(lang(), &id).then(|| message(&id, &[]))
    };
    let (head, expected) = match msg.split_once(", expected ") {
        Some((head, expected)) => (head, Some(expected)),
        None => (msg, None),
    };
    let Some(head) = known("toml-msg", head) else {
        return if head.contains("date") || head.contains("time") {
            t!("toml-msg-datetime")
        } else {
            t!("toml-msg-other")
        };
    };
    // "string values must be quoted, expected literal string": the tail
    // would only confuse.
    let Some(expected) = expected.filter(|_| !msg.starts_with("string values must be quoted"))
    else {
        return head;
    };
    let items: Vec<String> = expected
        .split(", ")
        .map(|item| {
            if item.starts_with(['`', '\'']) {
                item.to_string()
            } else {
                known("toml-exp", item).unwrap_or_else(|| t!("toml-exp-other"))
            }
        })
        .collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    t!(
        "toml-msg-expected",
        message = head,
        expected = crate::suggest::or_list(&items)
    )
}

/// `string values must be quoted` → `string-values-must-be-quoted`.
fn catalogue_slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Where a key (or table header) given twice was first defined: the same
/// name earlier in the same table, i.e. after the nearest header above.
fn first_definition(
    file: &SourceFile,
    root: &DeTable<'_>,
    dup: &Range<usize>,
) -> Option<Range<usize>> {
    let text = &file.text;
    let line_start = text[..dup.start].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("").trim();
    if line.starts_with('[') {
        // A table given twice: the earlier line with the same header.
        let mut at = 0;
        for l in text[..line_start].split_inclusive('\n') {
            if l.trim() == line {
                let start = at + (l.len() - l.trim_start().len());
                return Some(start..start + line.len());
            }
            at += l.len();
        }
        return None;
    }
    let name = text.get(dup.clone())?.trim().trim_matches('"');
    // The table this key is in starts at the nearest header line above it.
    let header = text[..line_start]
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .chain(std::iter::once(0))
        .filter(|&i| text[i..].trim_start_matches([' ', '\t']).starts_with('['))
        .max()
        .unwrap_or(0);
    let mut found: Option<Range<usize>> = None;
    find_keys(root, name, &mut |span| {
        if span.start >= header
            && span.start < dup.start
            && found.as_ref().is_none_or(|f| span.start < f.start)
        {
            found = Some(span);
        }
    });
    found
}

fn find_keys(table: &DeTable<'_>, name: &str, hit: &mut dyn FnMut(Range<usize>)) {
    for (k, v) in table.iter() {
        if k.get_ref() == name {
            hit(k.span());
        }
        match v.get_ref() {
            DeValue::Table(t) => find_keys(t, name, hit),
            DeValue::Array(a) => {
                for e in a.iter() {
                    if let DeValue::Table(t) = e.get_ref() {
                        find_keys(t, name, hit);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A zero-width span widened to the character at it, so the caret shows.
fn widen(file: &SourceFile, span: Range<usize>) -> Range<usize> {
    let next = file.text[span.start..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    let nl = file.text[span.start..].starts_with(['\n', '\r']);
    if next == 0 || nl {
        span
    } else {
        span.start..span.start + next
    }
}

fn get<'a, 'i>(root: &'a DeTable<'i>, path: &[Seg]) -> Option<&'a DeValue<'i>> {
    let (Seg::Key(first), rest) = path.split_first()? else {
        return None;
    };
    let mut cur = root.get(first.as_str())?.get_ref();
    for seg in rest {
        cur = match (seg, cur) {
            (Seg::Key(k), DeValue::Table(t)) => t.get(k.as_str())?.get_ref(),
            (Seg::Index(i), DeValue::Array(a)) => a.get(*i)?.get_ref(),
            _ => return None,
        };
    }
    Some(cur)
}

fn is_table_path(root: &DeTable<'_>, path: &[Seg]) -> bool {
    path.is_empty() || matches!(get(root, path), Some(DeValue::Table(_)))
}

/// The path of the deepest key, table or value that the error span points at.
fn locate(table: &DeTable<'_>, span: &Range<usize>) -> Option<Vec<Seg>> {
    let mut path = Vec::new();
    locate_in(table, span, &mut path).then_some(path)
}

fn locate_in(table: &DeTable<'_>, span: &Range<usize>, path: &mut Vec<Seg>) -> bool {
    for (k, v) in table.iter() {
        path.push(Seg::Key(k.get_ref().to_string()));
        if contains(&k.span(), span) {
            return true;
        }
        match v.get_ref() {
            DeValue::Table(t) => {
                if v.span() == *span || locate_in(t, span, path) {
                    return true;
                }
            }
            DeValue::Array(a) => {
                for (i, e) in a.iter().enumerate() {
                    path.push(Seg::Index(i));
                    let hit = match e.get_ref() {
                        DeValue::Table(t) => e.span() == *span || locate_in(t, span, path),
                        _ => contains(&e.span(), span),
                    };
                    if hit {
                        return true;
                    }
                    path.pop();
                }
                if contains(&v.span(), span) {
                    return true;
                }
            }
            _ => {
                if contains(&v.span(), span) {
                    return true;
                }
            }
        }
        path.pop();
    }
    false
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && !outer.is_empty()
}

/// The value at `path`, to change in place.
fn slot<'a, 'i>(root: &'a mut DeTable<'i>, path: &[Seg]) -> Option<&'a mut Spanned<DeValue<'i>>> {
    let (Seg::Key(first), rest) = path.split_first()? else {
        return None;
    };
    let mut cur = root.get_mut(first.as_str())?;
    for seg in rest {
        cur = match (seg, cur.get_mut()) {
            (Seg::Key(k), DeValue::Table(t)) => t.get_mut(k.as_str())?,
            (Seg::Index(i), DeValue::Array(a)) => a.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn table_mut<'a, 'i>(root: &'a mut DeTable<'i>, path: &[Seg]) -> Option<&'a mut DeTable<'i>> {
    if path.is_empty() {
        return Some(root);
    }
    match slot(root, path)?.get_mut() {
        DeValue::Table(t) => Some(t),
        _ => None,
    }
}

/// Removes the value at `path` (a key, or an element of a plain array).
fn remove(root: &mut DeTable<'_>, path: &[Seg]) -> bool {
    let Some((last, parent)) = path.split_last() else {
        return false;
    };
    match last {
        Seg::Key(k) => table_mut(root, parent)
            .and_then(|t| t.remove(k.as_str()))
            .is_some(),
        Seg::Index(i) => {
            let Some(v) = slot(root, parent) else {
                return false;
            };
            let span = v.span();
            let DeValue::Array(a) = v.get_ref() else {
                return false;
            };
            let mut rest = DeArray::new();
            for (j, e) in a.iter().enumerate() {
                if j != *i {
                    rest.push(e.clone());
                }
            }
            *v = Spanned::new(span, DeValue::Array(rest));
            true
        }
    }
}

/// Replaces the value at `path` with a stand-in.
fn replace<'i>(root: &mut DeTable<'i>, path: &[Seg], value: DeValue<'i>, at: Range<usize>) -> bool {
    match slot(root, path) {
        Some(v) => {
            *v = Spanned::new(at, value);
            true
        }
        None => false,
    }
}

/// Inserts a stand-in for a missing key.
fn insert<'i>(root: &mut DeTable<'i>, path: &[Seg], value: DeValue<'i>, at: Range<usize>) -> bool {
    let Some((Seg::Key(key), parent)) = path.split_last() else {
        return false;
    };
    let Some(t) = table_mut(root, parent) else {
        return false;
    };
    t.insert(
        Spanned::new(at.clone(), key.clone().into()),
        Spanned::new(at, value),
    );
    true
}

/// For "unknown field `naam`, expected one of `id`, `name`, ...": the English
/// A key that would hold something of one pupil: a name, a date of
/// birth, a BSN or an address.
fn identifies_a_pupil(key: &str) -> bool {
    const PERSONAL: [&str; 14] = [
        "naam",
        "name",
        "voornaam",
        "achternaam",
        "leerling",
        "pupil",
        "student",
        "geboorte",
        "birth",
        "bsn",
        "burgerservicenummer",
        "adres",
        "address",
        "postcode",
    ];
    let key = key.to_lowercase();
    PERSONAL.iter().any(|p| key.contains(p))
}

/// key that a Dutch key name means, if the table takes it.
fn dutch_key(msg: &str) -> Option<&'static str> {
    let found = msg.split('`').nth(1)?.trim().to_lowercase();
    let english = DUTCH_KEYS
        .iter()
        .find(|(dutch, _)| *dutch == found)
        .map(|(_, english)| *english)?;
    expected_names(msg).contains(&english).then_some(english)
}

/// Moves the value at `path` to the key `to` beside it, unless that key is
/// there already.
fn rename(root: &mut DeTable<'_>, path: &[Seg], to: &str) -> bool {
    let Some((Seg::Key(from), parent)) = path.split_last() else {
        return false;
    };
    let Some(t) = table_mut(root, parent) else {
        return false;
    };
    if t.get(to).is_some() {
        return false;
    }
    let Some((key, value)) = t.remove_entry(from.as_str()) else {
        return false;
    };
    t.insert(Spanned::new(key.span(), to.to_string().into()), value);
    true
}

/// For "unknown variant `Lopend`, expected one of ...": the allowed value
/// that differs only in case (or surrounding spaces).
fn same_but_case(msg: &str) -> Option<&str> {
    if !msg.starts_with("unknown variant") {
        return None;
    }
    let found = msg.split('`').nth(1)?;
    let wanted = found.trim().to_lowercase();
    expected_names(msg)
        .into_iter()
        .find(|a| *a != found && a.to_lowercase() == wanted)
}

fn enum_stand_in(msg: &str) -> Option<String> {
    if !msg.starts_with("unknown variant") {
        return None;
    }
    let found = msg.split('`').nth(1)?;
    let allowed = expected_names(msg);
    suggest::closest(found, allowed.iter().copied())
        .or(allowed.first().copied())
        .map(str::to_string)
}

/// Where an error sits, in words: `[[school]] "klimop"`, `[coordinator]`, or the file.
fn context(table: &DeTable<'_>, label: Option<&str>, path: &[Seg], file: &SourceFile) -> String {
    let mut tables: Vec<&str> = Vec::new();
    let mut cur: Option<&DeValue<'_>> = None;
    for seg in path {
        let Seg::Key(k) = seg else { break };
        let next = match cur {
            None => table.get(k.as_str()),
            Some(DeValue::Table(t)) => t.get(k.as_str()),
            _ => None,
        };
        match next.map(|v| v.get_ref()) {
            Some(v @ DeValue::Table(_)) => {
                tables.push(k);
                cur = Some(v);
            }
            _ => break,
        }
    }
    match (label, tables.is_empty()) {
        (Some(label), true) => label.to_string(),
        (Some(label), false) => t!("ctx-in-table", ctx = label, table = tables.join(".")),
        (None, false) => format!("[{}]", tables.join(".")),
        (None, true) => file
            .path
            .rsplit('/')
            .next()
            .unwrap_or(&file.path)
            .to_string(),
    }
}

fn last_key(path: Option<&[Seg]>) -> Option<&str> {
    path?.iter().rev().find_map(|s| match s {
        Seg::Key(k) => Some(k.as_str()),
        Seg::Index(_) => None,
    })
}

/// The backticked names in a serde "expected ..." tail.
fn expected_names(msg: &str) -> Vec<&str> {
    let Some((_, tail)) = msg.split_once("expected ") else {
        return Vec::new();
    };
    tail.split('`').skip(1).step_by(2).collect()
}

fn classify(
    file: &SourceFile,
    table: &DeTable<'_>,
    label: Option<&str>,
    msg: &str,
    span: Option<Range<usize>>,
    path: Option<&[Seg]>,
) -> Diagnostic {
    // The key that is the subject, and the path of the table it is in.
    let (ctx_path, key) = match path {
        Some(p) => {
            let cut = p
                .iter()
                .rposition(|s| matches!(s, Seg::Key(_)))
                .filter(|_| !is_table_path(table, p))
                .unwrap_or(p.len());
            (&p[..cut], last_key(Some(p)).filter(|_| cut < p.len()))
        }
        None => (&[][..], None),
    };
    let ctx = context(table, label, ctx_path, file);
    let key_name = key.unwrap_or("value");
    let at = |d: Diagnostic, label: String| match &span {
        Some(s) => d.at(file.clamp(s.clone()), label),
        None => d,
    };
    let first_quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();

    if msg.starts_with("unknown field") {
        let found = first_quoted(msg);
        let allowed = expected_names(msg);
        // uitstroom.toml is counts only: a key that would identify a pupil
        // is refused for what it is, not as a typo.
        if file.path.ends_with(FileKind::Uitstroom.file_name()) && identifies_a_pupil(&found) {
            return at(
                Diagnostic::new(
                    Code::PersonalData,
                    &file.path,
                    t!("personal-data", key = found.as_str()),
                ),
                t!("personal-data-label"),
            )
            .help(t!("personal-data-help"));
        }
        if let Some(english) = dutch_key(msg) {
            return at(
                Diagnostic::new(
                    Code::UnknownKey,
                    &file.path,
                    t!("unknown-key", key = found.as_str(), ctx = ctx.as_str()),
                ),
                t!("unknown-key-dutch-label"),
            )
            .help(t!(
                "unknown-key-dutch",
                key = found.as_str(),
                english = english
            ));
        }
        let mut help = suggest::did_you_mean(&found, allowed.iter().copied()).unwrap_or_default();
        if !help.is_empty() {
            help.push(' ');
        }
        if allowed.is_empty() {
            help.push_str(&t!("unknown-key-none", ctx = ctx.as_str()));
        } else {
            help.push_str(&t!(
                "unknown-key-takes",
                ctx = ctx.as_str(),
                keys = suggest::one_of(&allowed)
            ));
        }
        at(
            Diagnostic::new(
                Code::UnknownKey,
                &file.path,
                t!("unknown-key", key = found.as_str(), ctx = ctx.as_str()),
            ),
            t!("unknown-key-label"),
        )
        .help(help)
    } else if msg.starts_with("unknown variant") {
        let found = first_quoted(msg);
        let allowed = expected_names(msg);
        let mut help = suggest::did_you_mean(&found, allowed.iter().copied()).unwrap_or_default();
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(&t!(
            "invalid-value-allowed",
            values = suggest::one_of(&allowed)
        ));
        at(
            Diagnostic::new(
                Code::InvalidValue,
                &file.path,
                t!(
                    "invalid-value",
                    value = found.as_str(),
                    key = key_name,
                    ctx = ctx.as_str()
                ),
            ),
            t!("invalid-value-label"),
        )
        .help(help)
    } else if let Some(field) = missing_field(msg) {
        let d = Diagnostic::new(
            Code::MissingKey,
            &file.path,
            t!("missing-key", key = field, ctx = ctx.as_str()),
        );
        let d = match &span {
            Some(s) => d.at(file.clamp(s.clone()), t!("missing-key-label", key = field)),
            None => d,
        };
        d.help(t!("missing-key-help", key = field, ctx = ctx.as_str()))
    } else if msg.starts_with(DATE_ERROR) {
        at(
            Diagnostic::new(
                Code::InvalidDate,
                &file.path,
                t!("invalid-date", key = key_name, ctx = ctx.as_str()),
            ),
            t!("invalid-date-label"),
        )
        .help(t!(
            "invalid-date-help",
            found = found_words(msg.rsplit_once(", found ").map_or("", |(_, f)| f)),
            key = key_name
        ))
    } else {
        let detail = msg.strip_prefix("invalid type: ").unwrap_or(msg);
        // A number as written in the file (`1e308`), not as serde prints
        // it back (309 digits).
        let written = span
            .as_ref()
            .and_then(|s| file.text.get(file.clamp(s.clone())))
            .filter(|w| !w.contains('\n'));
        let nice = match detail.split_once(", expected ") {
            Some((found, expected)) => t!(
                "wrong-type-detail",
                expected = readable(expected),
                found = match written {
                    Some(w) if found.starts_with("floating point") => {
                        format!("{} `{w}`", t!("found-float"))
                    }
                    Some(w) if found.starts_with("integer") => {
                        format!("{} `{w}`", t!("found-integer"))
                    }
                    _ => found_words(found),
                }
            ),
            None => detail.to_string(),
        };
        let expected = detail.split_once(", expected ").map_or("", |(_, e)| e);
        at(
            Diagnostic::new(
                Code::WrongType,
                &file.path,
                t!(
                    "wrong-type",
                    key = key_name,
                    ctx = ctx.as_str(),
                    detail = nice
                ),
            ),
            t!("wrong-type-label"),
        )
        .help(match example(expected) {
            Some(e) => t!(
                "wrong-type-help",
                expected = readable(expected),
                key = key_name,
                example = e
            ),
            None => t!("wrong-type-docs", ctx = ctx.as_str()),
        })
    }
}

fn example(expected: &str) -> Option<String> {
    Some(
        match expected {
            "a string" => return Some(t!("example-string")),
            "i64" | "u32" | "u64" | "i32" => "12",
            "f64" => "36",
            "a boolean" => "true",
            "a sequence" => "[\"a\", \"b\"]",
            "struct" => "{ ... }",
            _ => return None,
        }
        .to_string(),
    )
}

/// serde's Rust-flavoured type names in words a coordinator knows.
fn readable(expected: &str) -> String {
    match expected {
        "i64" | "u32" | "u64" | "i32" => t!("type-whole-number"),
        "f64" => t!("type-number"),
        "a boolean" => t!("type-boolean"),
        "a sequence" => t!("type-list"),
        "a string" => t!("type-string"),
        other => other.to_string(),
    }
}

/// An English phrase and its words in the run's language.
type Phrase = (&'static str, fn() -> String);

/// serde's description of what it found (`string "x"`, `integer `5``) in
/// words of the run's language; the value itself as written.
fn found_words(found: &str) -> String {
    let kinds: [Phrase; 7] = [
        ("string", || t!("found-string")),
        ("integer", || t!("found-integer")),
        ("floating point", || t!("found-float")),
        ("boolean", || t!("found-boolean")),
        ("sequence", || t!("found-list")),
        ("map", || t!("found-table")),
        ("the date-time or time", || t!("found-datetime")),
    ];
    for (prefix, word) in kinds {
        if let Some(rest) = found.strip_prefix(prefix) {
            return word() + rest;
        }
    }
    found.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Findings and repaired value of a file, with or without batching.
    fn recovered<T: FileModel + std::fmt::Debug>(
        path: &str,
        text: &str,
        batch: bool,
    ) -> (Vec<Diagnostic>, String, Unparsed, Unparsed) {
        let file = SourceFile::new(path.into(), text.into());
        let mut d = Vec::new();
        let p = parse_with::<T>(&file, &mut d, batch);
        crate::diag::sort_and_dedup(&mut d);
        // Stand-in spans are numbered in repair order: compare without them.
        let value = format!("{:?}", p.value)
            .split(|c: char| !c.is_ascii_digit())
            .map(|n| match n.parse::<usize>() {
                Ok(n) if n >= STAND_IN_SPANS => "S",
                _ => n,
            })
            .collect::<Vec<_>>()
            .join("_");
        (d, value, p.unparsed, p.guessed)
    }

    fn same(
        a: &(Vec<Diagnostic>, String, Unparsed, Unparsed),
        b: &(Vec<Diagnostic>, String, Unparsed, Unparsed),
    ) {
        let show = |d: &Diagnostic| {
            format!(
                "{:?} {:?} {} | {}",
                d.code,
                d.span,
                d.message,
                d.help.clone().unwrap_or_default()
            )
        };
        let (x, y): (Vec<_>, Vec<_>) = (
            a.0.iter().map(show).collect(),
            b.0.iter().map(show).collect(),
        );
        for line in &x {
            assert!(y.contains(line), "batched only: {line}");
        }
        for line in &y {
            assert!(x.contains(line), "one by one only: {line}");
        }
        assert_eq!(x, y);
        assert_eq!((&a.1, &a.2, &a.3), (&b.1, &b.2, &b.3));
    }

    #[test]
    fn many_problems_at_once_are_reported_as_one_by_one() {
        let many_keys: String = (0..40).map(|i| format!("extra{i} = {i}\n")).collect();
        let schools = format!(
            "[[school]]\nid = \"a\"\nnaam = \"A\"\nkind = \"vso\"\n{many_keys}soort = 1\nprofiles = [\"x\", \"Dagbesteding\", \"vervolg\", 5, \"dagbesteding\", true, \"y\"]\n\
             [[school]]\nid = \"b\"\nname = \"B\"\nkind = \"pro\"\nstudents = \"veel\"\nfoo = 1\nbar = 2\n"
        );
        let region = "name = \"Rijnmond\"\ncode = \"AM22\"\nmunicipalities = [1, \"Rotterdam\", true, 2.5, 0x10, \"Schiedam\", 7]\nfoo = 1\nnaam = 2\nbar = \"x\"\n[coordinator]\nstatus = \"benoemd\"\nhours = 3\nuren = 4\n";
        let a = recovered::<SchoolsFile>("regions/x/schools.toml", &schools, true);
        let b = recovered::<SchoolsFile>("regions/x/schools.toml", &schools, false);
        same(&a, &b);
        assert!(a.0.len() >= 48, "{}", a.0.len());
        // The last wrong value, after two were taken out of the list.
        assert!(
            a.0.iter().any(|d| d.message.starts_with("`y`")),
            "{:#?}",
            a.0
        );
        let a = recovered::<RegionFile>("regions/x/region.toml", region, true);
        let b = recovered::<RegionFile>("regions/x/region.toml", region, false);
        same(&a, &b);
        assert!(a.0.len() >= 8, "{:#?}", a.0);
    }

    fn run(text: &str) -> (Option<SchoolsFile>, Vec<Diagnostic>, Parsed<SchoolsFile>) {
        let file = SourceFile::new("regions/x/schools.toml".into(), text.into());
        let mut d = Vec::new();
        let p = parse::<SchoolsFile>(&file, &mut d);
        (p.value.clone(), d, p)
    }

    #[test]
    fn collects_every_problem_of_a_file() {
        let (v, d, p) = run(concat!(
            "[[school]]\nid = \"a\"\nname = \"A\"\nkind = \"pro\"\nbogus = 1\ncluster = \"x\"\n",
            "[[school]]\nid = \"b\"\nname = \"B\"\nkind = \"vsx\"\n",
            "[[school]]\nid = \"c\"\nkind = \"vso\"\nbrin = 5\n",
            "[[school]]\nid = \"d\"\nname = \"D\"\nkind = \"vso\"\n",
        ));
        let codes: Vec<_> = d.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                Code::UnknownKey,
                Code::WrongType,
                Code::InvalidValue,
                Code::WrongType,
                Code::MissingKey
            ],
            "{d:#?}"
        );
        let v = v.expect("every school survives, with stand-ins");
        let ids: Vec<_> = v.schools.iter().map(|s| s.id.get_ref().as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert!(p.guessed.contains(&("school".into(), "c".into())));
        assert!(!p.guessed.contains(&("school".into(), "d".into())));
        // The stand-in name has no place in the file.
        let c = &v.schools[2];
        assert_eq!(c.name, "");
        assert!(c.brin.as_ref().unwrap().is_stand_in());
    }

    /// A region.toml read with its diagnostics.
    fn region(text: &str) -> (SourceFile, Option<RegionFile>, Vec<Diagnostic>) {
        let file = SourceFile::new("regions/x/region.toml".into(), text.into());
        let mut d = Vec::new();
        let p = parse::<RegionFile>(&file, &mut d);
        (file, p.value, d)
    }

    #[test]
    fn a_missing_table_does_not_hide_the_rest_of_the_file() {
        let (_, v, d) = region("name = 5\n[[stuurgroep]]\nname = \"A\"\nrolle = \"x\"\n");
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        // Unit tests speak the default language, Dutch.
        for expected in [
            "sleutel `coordinator` ontbreekt",
            "verkeerd soort waarde voor `name`",
            "onbekende sleutel `rolle`",
            "sleutel `role` ontbreekt",
        ] {
            assert!(msgs.iter().any(|m| m.contains(expected)), "{msgs:?}");
        }
        assert_eq!(d.len(), 4, "{msgs:?}");
        assert!(v.is_some());
    }

    #[test]
    fn syntax_errors_are_all_reported() {
        let (v, d, _) = run("[[school]\nid = \nname = \"x\n");
        assert!(v.is_none());
        assert!(d.iter().all(|d| d.code == Code::TomlSyntax));
        assert!(!d.is_empty());
    }

    #[test]
    fn a_duplicate_key_points_at_its_first_definition() {
        let (file, _, d) =
            region("name = \"Z\"\n[coordinator]\nname = \"A\"\nstatus = \"none\"\nname = \"B\"\n");
        let related = &d[0].related[0];
        assert_eq!(file.line_col(related.span.start).line, 3, "{d:#?}");
    }
}
