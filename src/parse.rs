//! One TOML file into one model type, reporting every problem on the way.
//!
//! `toml` stops at the first serde error. To report all of them we locate the
//! key or table each error points at, report it, remove that piece from the
//! parsed tree and deserialize again; an entity (`[[school]]`, ...) that lacks
//! a required key is dropped whole and its id remembered, so that references
//! to it do not cascade into more errors.

use crate::diag::{Code, Diagnostic};
use crate::model::DATE_ERROR;
use crate::source::SourceFile;
use crate::suggest;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, Deserializer};

/// Ids of entities dropped because they could not be read: (table name, id).
pub type Unparsed = BTreeSet<(String, String)>;

pub struct Parsed<T> {
    pub value: Option<T>,
    pub unparsed: Unparsed,
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Upper bound on recovery rounds; each round removes one piece of the tree.
const MAX_ROUNDS: usize = 500;

pub fn parse<T: DeserializeOwned>(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Parsed<T> {
    let mut unparsed = Unparsed::new();
    let (root, errors) = DeTable::parse_recoverable(&file.text);
    if !errors.is_empty() {
        diags.extend(errors.iter().map(|e| syntax(file, e)));
        return Parsed {
            value: None,
            unparsed,
        };
    }
    // The common case, a valid file, costs one parse and one deserialize.
    let mut err = match T::deserialize(Deserializer::from(root)) {
        Ok(v) => {
            return Parsed {
                value: Some(v),
                unparsed,
            };
        }
        Err(e) => e,
    };
    let (mut root, _) = DeTable::parse_recoverable(&file.text);
    let mut removed: Vec<Vec<Seg>> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let span = err.span().filter(|s| !s.is_empty());
        let path = span.as_ref().and_then(|s| locate(root.get_ref(), s));
        let msg = err.message().to_string();
        // A key we removed ourselves is now "missing": it was already reported.
        let missing = msg
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next());
        let already = missing.is_some_and(|field| {
            let mut p = match &path {
                Some(p) if is_table_path(root.get_ref(), p) => p.clone(),
                _ => Vec::new(),
            };
            p.push(Seg::Key(field.to_string()));
            removed.contains(&p)
        });
        if !already {
            diags.push(classify(
                file,
                root.get_ref(),
                &msg,
                span.clone(),
                path.as_deref(),
            ));
        }
        let Some(path) = path else {
            break;
        };
        // A misspelt enum value is read as its closest allowed value, so that
        // its table survives and the rest of the file is still checked.
        let corrected =
            enum_stand_in(&msg).is_some_and(|value| replace_string(root.get_mut(), &path, value));
        if !corrected {
            if let Some(id) = remove(root.get_mut(), &path) {
                unparsed.insert(id);
            }
            if matches!(path.last(), Some(Seg::Index(_))) {
                // Later entities shift down: forget what we removed inside this one.
                removed.retain(|r| !r.starts_with(&path));
            } else {
                removed.push(path);
            }
        }
        err = match T::deserialize(Deserializer::from(root.clone())) {
            Ok(v) => {
                return Parsed {
                    value: Some(v),
                    unparsed,
                };
            }
            Err(e) => e,
        };
    }
    Parsed {
        value: None,
        unparsed,
    }
}

fn syntax(file: &SourceFile, e: &toml::de::Error) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    // The toml message can span lines; the first one is the headline.
    let msg = e.message().lines().next().unwrap_or("invalid TOML").trim();
    let span = file.clamp(span);
    let span = if span.is_empty() {
        widen(file, span)
    } else {
        span
    };
    Diagnostic::new(Code::TomlSyntax, &file.path, format!("invalid TOML: {msg}"))
        .at(span, "here")
        .help("see https://toml.io for the syntax; text values need \"quotes\", dates are written 2026-03-01")
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

fn is_table_path(root: &DeTable<'_>, path: &[Seg]) -> bool {
    matches!(get(root, path), Some(DeValue::Table(_)))
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

/// The path of the deepest key, table or entity that the error span points at.
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
                    if let DeValue::Table(t) = e.get_ref() {
                        path.push(Seg::Index(i));
                        if e.span() == *span || locate_in(t, span, path) {
                            return true;
                        }
                        path.pop();
                    } else if contains(&e.span(), span) {
                        // A bad element of a plain array: the whole key goes.
                        return true;
                    }
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

/// Removes the piece at `path`; returns (table name, id) when it was an entity.
fn remove(root: &mut DeTable<'_>, path: &[Seg]) -> Option<(String, String)> {
    let (last, parent_path) = path.split_last()?;
    match last {
        Seg::Key(k) => {
            let parent = if parent_path.is_empty() {
                Some(root)
            } else {
                table_mut(root, parent_path)
            };
            parent?.remove(k.as_str());
            None
        }
        Seg::Index(i) => {
            let Some((Seg::Key(name), up)) = parent_path.split_last() else {
                return None;
            };
            let parent = if up.is_empty() {
                root
            } else {
                table_mut(root, up)?
            };
            let value = parent.get_mut(name.as_str())?;
            let span = value.span();
            let DeValue::Array(a) = value.get_ref() else {
                return None;
            };
            let mut rest = DeArray::new();
            let mut id = None;
            for (j, e) in a.iter().enumerate() {
                if j == *i {
                    id = e
                        .get_ref()
                        .as_table()
                        .and_then(|t| t.get("id"))
                        .and_then(|v| v.get_ref().as_str())
                        .map(str::to_string);
                } else {
                    rest.push(e.clone());
                }
            }
            *value = Spanned::new(span, DeValue::Array(rest));
            id.map(|id| (name.clone(), id))
        }
    }
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

/// Replaces the string value of the key at `path`; false if it is not a string.
fn replace_string(root: &mut DeTable<'_>, path: &[Seg], value: String) -> bool {
    let Some((Seg::Key(key), parent_path)) = path.split_last() else {
        return false;
    };
    let parent = if parent_path.is_empty() {
        Some(root)
    } else {
        table_mut(root, parent_path)
    };
    let Some(slot) = parent.and_then(|p| p.get_mut(key.as_str())) else {
        return false;
    };
    if !slot.get_ref().is_str() {
        return false;
    }
    let span = slot.span();
    *slot = Spanned::new(span, DeValue::String(value.into()));
    true
}

fn table_mut<'a, 'i>(root: &'a mut DeTable<'i>, path: &[Seg]) -> Option<&'a mut DeTable<'i>> {
    let (Seg::Key(first), rest) = path.split_first()? else {
        return None;
    };
    let mut cur = root.get_mut(first.as_str())?.get_mut();
    for seg in rest {
        cur = match (seg, cur) {
            (Seg::Key(k), DeValue::Table(t)) => t.get_mut(k.as_str())?.get_mut(),
            (Seg::Index(i), DeValue::Array(a)) => a.get_mut(*i)?.get_mut(),
            _ => return None,
        };
    }
    match cur {
        DeValue::Table(t) => Some(t),
        _ => None,
    }
}

/// Where an error sits, in words: `[[school]] "klimop"`, `[coordinator]`, or the file.
fn context(root: &DeTable<'_>, path: &[Seg], file: &SourceFile) -> String {
    let mut tables: Vec<&str> = Vec::new();
    let mut entity = None;
    let mut cur: Option<&DeValue<'_>> = None;
    let mut array = false;
    for seg in path {
        match seg {
            Seg::Key(k) => {
                let next = match cur {
                    None => root.get(k.as_str()),
                    Some(DeValue::Table(t)) => t.get(k.as_str()),
                    _ => None,
                };
                match next.map(|v| v.get_ref()) {
                    Some(v @ DeValue::Table(_)) => {
                        tables.push(k);
                        array = false;
                        cur = Some(v);
                    }
                    Some(v @ DeValue::Array(_)) => {
                        tables.push(k);
                        array = true;
                        cur = Some(v);
                    }
                    _ => break,
                }
            }
            Seg::Index(i) => {
                let Some(DeValue::Array(a)) = cur else { break };
                let Some(e) = a.get(*i) else { break };
                entity = e
                    .get_ref()
                    .as_table()
                    .and_then(|t| t.get("id"))
                    .and_then(|v| v.get_ref().as_str())
                    .map(str::to_string);
                cur = Some(e.get_ref());
                if !matches!(cur, Some(DeValue::Table(_))) {
                    break;
                }
            }
        }
    }
    if tables.is_empty() {
        return file
            .path
            .rsplit('/')
            .next()
            .unwrap_or(&file.path)
            .to_string();
    }
    let name = tables.join(".");
    let head = if array {
        format!("[[{name}]]")
    } else {
        format!("[{name}]")
    };
    match entity {
        Some(id) => format!("{head} `{id}`"),
        None => head,
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
    root: &DeTable<'_>,
    msg: &str,
    span: Option<Range<usize>>,
    path: Option<&[Seg]>,
) -> Diagnostic {
    let (ctx_path, key) = match path {
        Some(p) => match p.last() {
            // The key itself is the subject; its table is the context.
            Some(Seg::Key(_)) if !is_table_path(root, p) => (&p[..p.len() - 1], last_key(path)),
            _ => (p, None),
        },
        None => (&[][..], None),
    };
    let ctx = context(root, ctx_path, file);
    let key_name = key.unwrap_or("value");
    let at = |d: Diagnostic, label: &str| match &span {
        Some(s) => d.at(file.clamp(s.clone()), label),
        None => d,
    };
    let first_quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();

    if msg.starts_with("unknown field") {
        let found = first_quoted(msg);
        let allowed = expected_names(msg);
        let mut help = suggest::did_you_mean(&found, allowed.iter().copied()).unwrap_or_default();
        if !help.is_empty() {
            help.push(' ');
        }
        if allowed.is_empty() {
            help.push_str(&format!("{ctx} takes no keys"));
        } else {
            help.push_str(&format!("{ctx} takes {}", suggest::one_of(&allowed)));
        }
        at(
            Diagnostic::new(
                Code::UnknownKey,
                &file.path,
                format!("unknown key `{found}` in {ctx}"),
            ),
            "unknown key",
        )
        .help(help)
    } else if msg.starts_with("unknown variant") {
        let found = first_quoted(msg);
        let allowed = expected_names(msg);
        let mut help = suggest::did_you_mean(&found, allowed.iter().copied()).unwrap_or_default();
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(&format!("allowed values: {}", suggest::one_of(&allowed)));
        at(
            Diagnostic::new(
                Code::InvalidValue,
                &file.path,
                format!("`{found}` is not an allowed value for `{key_name}` in {ctx}"),
            ),
            "not allowed",
        )
        .help(help)
    } else if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or("");
        let d = Diagnostic::new(
            Code::MissingKey,
            &file.path,
            format!("missing key `{field}` in {ctx}"),
        );
        let d = match (&span, path) {
            (Some(s), Some(_)) => {
                d.at(file.clamp(s.clone()), format!("`{field}` is required here"))
            }
            _ => d,
        };
        d.help(format!("add `{field} = ...` to {ctx}"))
    } else if msg.starts_with(DATE_ERROR) {
        at(
            Diagnostic::new(
                Code::InvalidDate,
                &file.path,
                format!("`{key_name}` in {ctx} is not a valid date"),
            ),
            "not a date",
        )
        .help(format!(
            "{msg}: write a TOML local date, e.g. `{key_name} = 2026-03-01`"
        ))
    } else {
        let detail = msg.strip_prefix("invalid type: ").unwrap_or(msg);
        let nice = match detail.split_once(", expected ") {
            Some((found, expected)) => format!("expected {}, found {found}", readable(expected)),
            None => detail.to_string(),
        };
        let expected = detail.split_once(", expected ").map_or("", |(_, e)| e);
        at(
            Diagnostic::new(
                Code::WrongType,
                &file.path,
                format!("wrong type for `{key_name}` in {ctx}: {nice}"),
            ),
            "wrong type",
        )
        .help(match example(expected) {
            Some(e) => format!(
                "write it as {}, e.g. `{key_name} = {e}`",
                readable(expected)
            ),
            None => format!("docs/format.md gives the type of every key of {ctx}"),
        })
    }
}

fn example(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "a string" => "\"text in quotes\"",
        "i64" | "u32" | "u64" | "i32" => "12",
        "f64" => "36",
        "a boolean" => "true",
        "a sequence" => "[\"a\", \"b\"]",
        "struct" => "{ ... }",
        _ => return None,
    })
}

/// serde's Rust-flavoured type names in words a coordinator knows.
fn readable(expected: &str) -> String {
    match expected {
        "i64" | "u32" | "u64" | "i32" => "a whole number".into(),
        "f64" => "a number".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list [ ... ]".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SchoolsFile;

    fn run(text: &str) -> (Option<SchoolsFile>, Vec<Diagnostic>, Unparsed) {
        let file = SourceFile::new("regions/x/schools.toml".into(), text.into());
        let mut d = Vec::new();
        let p = parse::<SchoolsFile>(&file, &mut d);
        (p.value, d, p.unparsed)
    }

    #[test]
    fn collects_every_problem_of_a_file() {
        let (v, d, unparsed) = run(concat!(
            "[[school]]\nid = \"a\"\nname = \"A\"\nkind = \"pro\"\nbogus = 1\ncluster = \"x\"\n",
            "[[school]]\nid = \"b\"\nname = \"B\"\nkind = \"vsx\"\n",
            "[[school]]\nid = \"c\"\nkind = \"vso\"\n",
            "[[school]]\nid = \"d\"\nname = \"D\"\nkind = \"vso\"\n",
        ));
        let codes: Vec<_> = d.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::UnknownKey), "{d:#?}");
        assert!(codes.contains(&Code::WrongType), "{d:#?}");
        assert!(codes.contains(&Code::InvalidValue), "{d:#?}");
        assert!(codes.contains(&Code::MissingKey), "{d:#?}");
        let v = v.expect("the good schools survive");
        let ids: Vec<_> = v.schools.iter().map(|s| s.id.get_ref().as_str()).collect();
        assert!(ids.contains(&"a") && ids.contains(&"d"), "{ids:?}");
        assert!(unparsed.contains(&("school".into(), "c".into())));
    }

    #[test]
    fn syntax_errors_are_all_reported() {
        let (v, d, _) = run("[[school]\nid = \nname = \"x\n");
        assert!(v.is_none());
        assert!(d.iter().all(|d| d.code == Code::TomlSyntax));
        assert!(!d.is_empty());
    }
}
