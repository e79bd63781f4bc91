//! What a change did to the records of a file, in people's words: each
//! record added, removed or changed, and per changed field its label and
//! its value before and after ("Streefwaarde: 20 → 25"), read from two
//! versions of the file's text. The history of a record, the region's
//! recent changes and a director's "what changed since your vote" are all
//! this, over versions git holds.

use super::{Field, Input, Raw, Record, raw_from_table};
use crate::model::{FileKind, RegionData};
use serde::Serialize;

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Change {
    Added,
    Changed,
    Removed,
}

/// One field's value before and after, as a person reads them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct FieldChange {
    pub key: &'static str,
    pub label: String,
    /// Empty where the field had no value.
    pub before: String,
    pub after: String,
}

/// One record's change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct RecordChange {
    #[serde(skip)]
    pub record: Record,
    /// "Actie", "Doel", …
    pub kind: String,
    /// The record's key, as addresses carry it.
    pub key: String,
    /// Its name for people (as it is after the change; before, if removed).
    pub name: String,
    pub change: Change,
    /// The fields whose value changed (for an added record: those it has;
    /// for a removed one: those it had).
    pub fields: Vec<FieldChange>,
}

/// A field's value as a person reads it: a choice by its label, a list
/// joined, a check box as yes or no.
pub(crate) fn shown(field: &Field, raw: &Raw) -> String {
    let label = |v: &str| {
        field
            .choices()
            .iter()
            .find(|c| c.value == v || c.aliases.contains(&v))
            .map_or_else(|| v.to_string(), |c| c.label.clone())
    };
    match &field.input {
        Input::Flag { .. } => {
            crate::i18n::message(if raw.on { "form-yes" } else { "form-no" }, &[])
        }
        Input::Checks(_) | Input::Multi(_) | Input::Lines => raw
            .list
            .iter()
            .map(|v| label(v))
            .collect::<Vec<_>>()
            .join(", "),
        Input::Select(_) => label(raw.text.trim()),
        Input::Date => match raw.text.trim().parse::<chrono::NaiveDate>() {
            Ok(d) => crate::i18n::date(d),
            Err(_) => raw.text.trim().to_string(),
        },
        _ => raw.text.trim().to_string(),
    }
}

/// The records of `kind`'s file as `old` and `new` have them (`None`: the
/// file was not there), compared: every record added, removed or changed,
/// in the order of the new file, the removed ones after. `region` gives
/// the choices' labels (schools, actions by name).
pub(crate) fn diff(
    kind: FileKind,
    old: Option<&str>,
    new: Option<&str>,
    region: Option<&RegionData>,
) -> Vec<RecordChange> {
    let parse = |text: Option<&str>| text.and_then(|t| t.parse::<toml_edit::DocumentMut>().ok());
    let (old, new) = (parse(old), parse(new));
    let mut out = Vec::new();
    for record in Record::ALL.into_iter().filter(|r| r.file() == kind) {
        let fields = record.fields(region);
        let records = |doc: &Option<toml_edit::DocumentMut>| {
            doc.as_ref()
                .map(|d| {
                    record
                        .tables(d.as_table())
                        .into_iter()
                        .map(|(t, key)| {
                            let name = record.name_of(t, &key);
                            (key, name, raw_from_table(&fields, Some(t)))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        let (before, after) = (records(&old), records(&new));
        // The one record of its place (the plan's title and period) only
        // counts where it holds anything.
        let empty = |raw: &[Raw]| raw.iter().all(|r| r.text.is_empty() && r.list.is_empty());
        let change = |key: &str, name: &str, change, was: Option<&[Raw]>, now: Option<&[Raw]>| {
            let blank = Raw::default();
            let fields: Vec<FieldChange> = fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| {
                    let b = was.map_or(String::new(), |w| shown(f, w.get(i).unwrap_or(&blank)));
                    let a = now.map_or(String::new(), |n| shown(f, n.get(i).unwrap_or(&blank)));
                    (b != a).then(|| FieldChange {
                        key: f.key,
                        label: crate::i18n::message(&f.label, &[]),
                        before: b,
                        after: a,
                    })
                })
                .collect();
            RecordChange {
                record,
                kind: record.noun(),
                key: key.to_string(),
                name: name.to_string(),
                change,
                fields,
            }
        };
        for (key, name, now) in &after {
            match before.iter().find(|(k, ..)| k == key) {
                None if record.is_one() && empty(now) => {}
                None => out.push(change(key, name, Change::Added, None, Some(now))),
                Some((_, _, was)) if was != now => {
                    let c = change(key, name, Change::Changed, Some(was), Some(now));
                    if !c.fields.is_empty() {
                        out.push(c);
                    }
                }
                Some(_) => {}
            }
        }
        let added: Vec<usize> = (0..out.len())
            .filter(|&i| out[i].record == record && out[i].change == Change::Added)
            .collect();
        let gone: Vec<&(String, String, Vec<Raw>)> = before
            .iter()
            .filter(|(key, _, was)| {
                // An empty plan's "removal" is no change of a record.
                let kept = after.iter().any(|(k, ..)| k == key);
                let blank_plan = record.is_one() && empty(was);
                !(kept || blank_plan)
            })
            .collect();
        // One record of a kind gone and one come in the same change: its
        // key changed (a meeting's date, a theme chosen anew). That is one
        // record changed, not one removed and another added.
        if let ([i], [(_, _, was)]) = (added.as_slice(), gone.as_slice()) {
            let now = after.iter().find(|(k, ..)| *k == out[*i].key).map(|a| &a.2);
            let (key, name) = (out[*i].key.clone(), out[*i].name.clone());
            out[*i] = change(
                &key,
                &name,
                Change::Changed,
                Some(was),
                now.map(Vec::as_slice),
            );
            continue;
        }
        for (key, name, was) in gone {
            out.push(change(key, name, Change::Removed, Some(was), None));
        }
    }
    out
}

/// The other records of `record`'s kind that the same change added or
/// removed, where `key` is one of them: the two halves of a key changed
/// (see [`diff`]), to be undone together.
pub(crate) fn partners(
    record: Record,
    key: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> Vec<String> {
    let keys = |text: Option<&str>| -> Vec<String> {
        text.and_then(|t| t.parse::<toml_edit::DocumentMut>().ok())
            .map(|d| {
                record
                    .tables(d.as_table())
                    .into_iter()
                    .map(|(_, k)| k)
                    .collect()
            })
            .unwrap_or_default()
    };
    let (before, after) = (keys(old), keys(new));
    let added: Vec<&String> = after.iter().filter(|k| !before.contains(k)).collect();
    let removed: Vec<&String> = before.iter().filter(|k| !after.contains(k)).collect();
    match (added.as_slice(), removed.as_slice()) {
        ([a], [r]) if *a == key => vec![(*r).clone()],
        ([a], [r]) if *r == key => vec![(*a).clone()],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_field_reads_before_and_after_and_a_choice_by_its_label() {
        let old = "[[goal]]\nid = \"stages\"\ntext = \"Stages\"\ntarget = 20\n\n[[goal]]\nid = \"weg\"\ntext = \"Weg\"\n";
        let new = "[[goal]]\nid = \"stages\"\ntext = \"Stages\"\ntarget = 25\n\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-10-01\n";
        let changes = diff(FileKind::Jaarplan, Some(old), Some(new), None);
        type Summary<'a> = (Change, &'a str, Vec<(&'a str, &'a str, &'a str)>);
        let summary: Vec<Summary> = changes
            .iter()
            .map(|c| {
                (
                    c.change,
                    c.key.as_str(),
                    c.fields
                        .iter()
                        .map(|f| (f.key, f.before.as_str(), f.after.as_str()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (Change::Changed, "stages", vec![("target", "20", "25")]),
                (Change::Removed, "weg", vec![("text", "Weg", "")]),
                (
                    Change::Added,
                    "stuurgroep/2026-10-01",
                    vec![("kind", "", "stuurgroep"), ("date", "", "1 oktober 2026")]
                ),
            ]
        );
    }

    #[test]
    fn the_same_text_changes_nothing() {
        let text = "title = \"Plan\"\nstart = 2026-08-01\nend = 2027-07-31\n";
        assert!(diff(FileKind::Jaarplan, Some(text), Some(text), None).is_empty());
        // A plan begun: its title and period added.
        let begun = diff(FileKind::Jaarplan, None, Some(text), None);
        assert_eq!(begun.len(), 1);
        assert_eq!(begun[0].change, Change::Added);
    }
}
