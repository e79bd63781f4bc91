//! The workbench's forms as a page shows them: a submission read back
//! into each field's text, the fields with their current values and
//! labels, and a refused edit's problems placed beside their fields. What
//! a record's fields are, and how a change is applied, is `edit::record`.

use crate::diag::Diagnostic;
use crate::records::{Choice, Field, Input, Raw, Record};
use serde::Serialize;
use std::collections::BTreeMap;

/// The fields' text as a submission sent it (every value of a repeated
/// name, for check boxes and multiple choices).
pub(crate) fn raw_from_form(fields: &[Field], pairs: &[(String, String)]) -> Vec<Raw> {
    fn all<'a>(pairs: &'a [(String, String)], key: &'a str) -> impl Iterator<Item = &'a String> {
        pairs.iter().filter(move |(k, _)| k == key).map(|(_, v)| v)
    }
    fields
        .iter()
        .map(|f| match &f.input {
            Input::Flag { .. } => Raw {
                on: all(pairs, f.key).next().is_some(),
                ..Raw::default()
            },
            Input::Checks(_) | Input::Multi(_) => Raw {
                list: all(pairs, f.key).cloned().collect(),
                ..Raw::default()
            },
            Input::Lines => Raw {
                list: all(pairs, f.key)
                    .flat_map(|v| v.lines())
                    .map(|l| l.trim().to_string())
                    .filter(|l| !l.is_empty())
                    .collect(),
                ..Raw::default()
            },
            _ => Raw {
                text: all(pairs, f.key).next().cloned().unwrap_or_default(),
                ..Raw::default()
            },
        })
        .collect()
}

/// A field as a page shows it.
#[derive(Debug, Serialize)]
pub(crate) struct FieldView {
    pub key: &'static str,
    pub label: String,
    pub hint: Option<String>,
    /// `text`, `textarea`, `lines`, `date`, `integer`, `decimal`, `select`,
    /// `checks`, `multi` or `flag`.
    pub input: &'static str,
    pub value: String,
    pub values: Vec<String>,
    pub on: bool,
    pub choices: Vec<Choice>,
    pub required: bool,
    /// The most characters its text may have (the server holds it too).
    pub max: usize,
    pub error: Option<String>,
    /// What the record holds now, where someone else changed it after the
    /// form was made and it differs from this person's input.
    pub other: Option<String>,
}

/// A record's form as a page shows it.
#[derive(Debug, Serialize)]
pub(crate) struct FormView {
    pub heading: String,
    /// The region's page and the form's own address, from the site root.
    pub back: String,
    pub action: String,
    pub hash: String,
    /// A new record: its id can be given (else it is made from the name).
    pub new: bool,
    pub id: String,
    pub id_error: Option<String>,
    pub fields: Vec<FieldView>,
    /// Problems not tied to one field.
    pub problems: Vec<String>,
    /// What the check said, in its own terms, for "technische details".
    pub technical: Vec<String>,
    pub submit: String,
    /// The record's own fingerprint when the form was made (empty where
    /// the form is about a whole file).
    pub record: String,
    /// Refused because someone else changed the record meanwhile.
    pub stale: bool,
    /// The address that removes the record (after asking).
    pub remove: Option<String>,
    /// The record's history.
    pub history: Option<String>,
}

pub(crate) fn field_views(
    fields: &[Field],
    raw: &[Raw],
    errors: &BTreeMap<&'static str, String>,
) -> Vec<FieldView> {
    fields
        .iter()
        .zip(raw)
        .map(|(f, r)| {
            let choices = f.choices().to_vec();
            // A field's own hint, else the one of its kind of input. A
            // field labelled for its record (a theme's `id` is its theme)
            // takes only a hint of that record's, never the key's.
            let generic = format!("form-field-{}", f.key.replace('_', "-"));
            let own = if f.label != generic {
                f.label.replacen("form-field-", "form-hint-", 1)
            } else {
                format!("form-hint-{}", f.key.replace('_', "-"))
            };
            let hint_id = if crate::i18n::has(crate::i18n::lang(), &own) {
                own
            } else if matches!(f.input, Input::Lines) {
                "form-hint-lines".to_string()
            } else {
                own
            };
            FieldView {
                key: f.key,
                label: crate::i18n::message(&f.label, &[]),
                hint: crate::i18n::has(crate::i18n::lang(), &hint_id)
                    .then(|| crate::i18n::message(&hint_id, &[])),
                input: match f.input {
                    Input::Text => "text",
                    Input::LongText => "textarea",
                    Input::Lines => "lines",
                    Input::Date => "date",
                    Input::Integer => "integer",
                    Input::Decimal => "decimal",
                    Input::Select(_) => "select",
                    Input::Checks(_) => "checks",
                    Input::Multi(_) => "multi",
                    Input::Flag { .. } => "flag",
                },
                value: r.text.clone(),
                values: r.list.clone(),
                on: r.on,
                choices,
                required: f.required,
                max: f.max,
                error: errors.get(f.key).cloned(),
                other: None,
            }
        })
        .collect()
}

/// A record's fingerprint from its fields' text: whether the record
/// itself changed since a form was made from it.
pub(crate) fn record_hash(raw: &[Raw]) -> String {
    let mut text = String::new();
    for r in raw {
        text.push_str(&format!(
            "{:?}\u{1f}{:?}\u{1f}{}\u{1e}",
            r.text, r.list, r.on
        ));
    }
    crate::edit::hash(text.as_bytes())
}

/// Each field someone else changed, with what the record holds now
/// (`theirs`) as the page shows it: where the version the form was made
/// from (`base`) is known, the fields whose value it changed; else every
/// field where it differs from the person's input (`mine`).
pub(crate) fn others(
    fields: &[Field],
    mine: &[Raw],
    theirs: &[Raw],
    base: Option<&[Raw]>,
) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    for (i, ((f, m), t)) in fields.iter().zip(mine).zip(theirs).enumerate() {
        let m = base.and_then(|b| b.get(i)).unwrap_or(m);
        let shown = match &f.input {
            Input::Flag { .. } if m.on != t.on => Some(crate::i18n::message(
                if t.on { "form-yes" } else { "form-no" },
                &[],
            )),
            Input::Flag { .. } => None,
            Input::Checks(_) | Input::Multi(_) | Input::Lines if m.list != t.list => {
                Some(if t.list.is_empty() {
                    crate::i18n::message("form-empty", &[])
                } else {
                    t.list.join(", ")
                })
            }
            Input::Checks(_) | Input::Multi(_) | Input::Lines => None,
            _ if m.text.trim() != t.text.trim() => Some(if t.text.trim().is_empty() {
                crate::i18n::message("form-empty", &[])
            } else {
                t.text.clone()
            }),
            _ => None,
        };
        if let Some(shown) = shown {
            out.insert(f.key, shown);
        }
    }
    out
}

/// The fields with what the record holds now beside them.
pub(crate) fn with_others(
    mut views: Vec<FieldView>,
    others: &BTreeMap<&'static str, String>,
) -> Vec<FieldView> {
    for v in &mut views {
        v.other = others.get(v.key).cloned();
    }
    views
}

/// Places each diagnostic of an edit that was refused beside the field
/// whose line it points at, in the file's new text; the rest (another
/// record, another file) go above the form.
pub(crate) fn place(
    diagnostics: &[Diagnostic],
    rel: &str,
    text: &str,
    record: Record,
    id: Option<&str>,
) -> (BTreeMap<&'static str, String>, Vec<String>) {
    let spans = key_spans(text, record, id);
    let sources = super::fixes::new_text(rel, text);
    let mut fields: BTreeMap<&'static str, String> = BTreeMap::new();
    let mut rest = Vec::new();
    for d in diagnostics {
        let key = d.span.as_ref().filter(|_| d.file == rel).and_then(|s| {
            spans
                .iter()
                .find(|(_, span)| span.start <= s.start && s.start < span.end.max(span.start + 1))
                .map(|(k, _)| *k)
        });
        match key {
            Some(k) => add_beside(&mut fields, k, d),
            None => rest.push(super::core::describe(d, &sources)),
        }
    }
    (fields, rest)
}

/// A diagnostic beside its field: what to do there, in the form's words
/// (what the check said in its own terms goes to "technische details").
pub(crate) fn add_beside(
    fields: &mut BTreeMap<&'static str, String>,
    key: &'static str,
    d: &Diagnostic,
) {
    let message = super::fixes::sentence(&super::fixes::instruction(d));
    let entry = fields.entry(key).or_default();
    if !entry.is_empty() {
        entry.push('\n');
    }
    entry.push_str(&message);
}

/// Byte spans of each key = value of the record in the file's text.
fn key_spans(
    text: &str,
    record: Record,
    id: Option<&str>,
) -> Vec<(&'static str, std::ops::Range<usize>)> {
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return Vec::new();
    };
    let Some(table) = record.table(doc.as_table(), id) else {
        return Vec::new();
    };
    let keys = record.fields(None).into_iter().map(|f| f.key).chain(["id"]);
    keys.filter_map(|key| {
        let (k, item) = table.get_key_value(key)?;
        let start = k.span()?.start;
        let end = item.span().map_or(start, |s| s.end);
        Some((key, start..end))
    })
    .collect()
}

/// The check's own words for each problem of a refused edit: message,
/// code, file and line, for "technische details" under the form.
pub(crate) fn technical(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| format!("[{}] {}: {}", d.code.name(), d.file, d.message))
        .collect()
}
