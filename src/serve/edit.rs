//! Edits the workbench makes to a region's files: through toml_edit (the
//! rest of the file stays as it was, comments included), checked in memory
//! with every rule before anything is written, written in one step only if
//! the file is still the one the form was made from, and in git one commit
//! per edit under the user's own identity.

use super::forms::{Field, Record, Value, has_id};
use crate::error::Error;
use crate::i18n::t;
use crate::load::{self, Input};
use crate::model::{FileKind, Status};
use crate::registry::Region;
use chrono::NaiveDate;
use std::path::Path;

/// One change a form asks for.
#[derive(Debug, Clone)]
pub(crate) enum Edit {
    ActionStatus {
        id: String,
        status: Status,
    },
    /// A knelpunt marked resolved on a date.
    KnelpuntResolved {
        id: String,
        date: NaiveDate,
    },
    /// A `[[meeting]]` recorded: added, or (same kind and date) its notes
    /// and decisions replaced.
    Meeting {
        kind: crate::model::MeetingKind,
        date: NaiveDate,
        notes: Option<String>,
        decisions: Vec<String>,
    },
    /// A `[[goal.measurement]]` added to a goal.
    Measurement {
        goal: String,
        date: NaiveDate,
        value: f64,
        source: Option<String>,
    },
    /// A record added (`id` is new) or edited through its form.
    Record(RecordEdit),
}

#[derive(Debug, Clone)]
pub(crate) struct RecordEdit {
    pub record: Record,
    /// The record's id; for the coordinator, empty.
    pub id: String,
    pub new: bool,
    /// Every field of the form with its value; `None` leaves the key out.
    pub values: Vec<(&'static str, Option<Value>)>,
    /// The form's fields, for what a key left out means.
    pub fields: Vec<Field>,
}

impl Edit {
    fn file(&self) -> FileKind {
        match self {
            Edit::ActionStatus { .. } | Edit::KnelpuntResolved { .. } => FileKind::Actions,
            Edit::Measurement { .. } | Edit::Meeting { .. } => FileKind::Jaarplan,
            Edit::Record(r) => r.record.file(),
        }
    }

    /// The commit message, in Dutch: the data's history is read by the
    /// coordinators.
    fn message(&self, changed: &[&str]) -> String {
        use crate::i18n::{Lang::Nl, date_in, message_in};
        match self {
            Edit::Record(r) => {
                let fields = changed
                    .iter()
                    .map(|k| message_in(Nl, &super::forms::label_id(k), &[]))
                    .collect::<Vec<_>>()
                    .join(", ");
                let id = if r.record == Record::Coordinator {
                    String::new()
                } else {
                    format!(" '{}'", r.id)
                };
                message_in(
                    Nl,
                    if r.new {
                        "commit-record-added"
                    } else {
                        "commit-record-changed"
                    },
                    &[
                        ("kind", r.record.array().unwrap_or("coordinator").into()),
                        ("id", id.into()),
                        ("fields", fields.into()),
                    ],
                )
            }
            Edit::ActionStatus { id, status } => message_in(
                Nl,
                "commit-action-status",
                &[
                    ("id", id.as_str().into()),
                    ("status", status.as_str().into()),
                ],
            ),
            Edit::KnelpuntResolved { id, date } => message_in(
                Nl,
                "commit-knelpunt-resolved",
                &[
                    ("id", id.as_str().into()),
                    ("date", date_in(Nl, *date).into()),
                ],
            ),
            Edit::Meeting { kind, date, .. } => message_in(
                Nl,
                "commit-meeting",
                &[
                    ("kind", kind.as_str().into()),
                    ("date", date_in(Nl, *date).into()),
                ],
            ),
            Edit::Measurement {
                goal, date, value, ..
            } => message_in(
                Nl,
                "commit-measurement",
                &[
                    ("id", goal.as_str().into()),
                    ("value", crate::i18n::plain_in(Nl, *value).into()),
                    ("date", date_in(Nl, *date).into()),
                ],
            ),
        }
    }

    /// The file's new text and the keys it changed (for a record), or
    /// `None` when what it names is not there.
    fn apply(&self, text: &str) -> Option<(String, Vec<&'static str>)> {
        let mut doc: toml_edit::DocumentMut = text.parse().ok()?;
        let mut changed = Vec::new();
        match self {
            Edit::Record(r) => changed = r.apply(&mut doc)?,
            Edit::ActionStatus { id, status } => {
                let actions = doc.get_mut("action")?.as_array_of_tables_mut()?;
                let action = actions.iter_mut().find(|a| has_id(a, id))?;
                set_value(action, "status", &Value::Str(status.as_str().to_string()));
            }
            Edit::KnelpuntResolved { id, date } => {
                let knelpunten = doc.get_mut("knelpunt")?.as_array_of_tables_mut()?;
                let k = knelpunten.iter_mut().find(|k| has_id(k, id))?;
                k.insert("resolved", toml_edit::value(toml_date(*date)));
            }
            Edit::Meeting {
                kind,
                date,
                notes,
                decisions,
            } => {
                let meetings = doc
                    .entry("meeting")
                    .or_insert(toml_edit::Item::ArrayOfTables(
                        toml_edit::ArrayOfTables::new(),
                    ))
                    .as_array_of_tables_mut()?;
                let same = |m: &toml_edit::Table| {
                    m.get("kind").and_then(|v| v.as_str()) == Some(kind.as_str())
                        && m.get("date")
                            .and_then(|v| v.as_datetime())
                            .map(|d| d.to_string())
                            == Some(date.to_string())
                };
                if !meetings.iter().any(same) {
                    let mut m = toml_edit::Table::new();
                    m.insert("kind", toml_edit::value(kind.as_str()));
                    m.insert("date", toml_edit::value(toml_date(*date)));
                    meetings.push(m);
                }
                let m = meetings.iter_mut().find(|m| same(m))?;
                // A browser's text area ends lines with CR LF.
                let notes = notes.as_deref().map(|n| n.replace("\r\n", "\n"));
                match notes.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                    Some(n) => {
                        m.insert("notes", toml_edit::value(n));
                    }
                    None => {
                        m.remove("notes");
                    }
                }
                let list: toml_edit::Array = decisions
                    .iter()
                    .map(|d| d.trim())
                    .filter(|d| !d.is_empty())
                    .collect();
                if list.is_empty() {
                    m.remove("decisions");
                } else {
                    m.insert("decisions", toml_edit::value(list));
                }
            }
            Edit::Measurement {
                goal,
                date,
                value,
                source,
            } => {
                let goals = doc.get_mut("goal")?.as_array_of_tables_mut()?;
                let goal = goals.iter_mut().find(|g| has_id(g, goal))?;
                let mut m = toml_edit::Table::new();
                m.insert("date", toml_edit::value(toml_date(*date)));
                // Whole numbers as people write them: `value = 15`.
                let whole = value.fract() == 0.0 && value.abs() < 1e15;
                m.insert(
                    "value",
                    if whole {
                        toml_edit::value(*value as i64)
                    } else {
                        toml_edit::value(*value)
                    },
                );
                if let Some(s) = source.as_deref().filter(|s| !s.trim().is_empty()) {
                    m.insert("source", toml_edit::value(s.trim()));
                }
                let list = goal
                    .entry("measurement")
                    .or_insert(toml_edit::Item::ArrayOfTables(
                        toml_edit::ArrayOfTables::new(),
                    ))
                    .as_array_of_tables_mut()?;
                list.push(m);
            }
        }
        Some((doc.to_string(), changed))
    }
}

impl RecordEdit {
    /// Sets what the form changed in the record's table and nothing else:
    /// a value the file already has (in any spelling) stays as written.
    fn apply(&self, doc: &mut toml_edit::DocumentMut) -> Option<Vec<&'static str>> {
        let table: &mut toml_edit::Table = match self.record.array() {
            None => doc.get_mut("coordinator")?.as_table_mut()?,
            Some(array) => {
                let list = doc
                    .entry(array)
                    .or_insert(toml_edit::Item::ArrayOfTables(
                        toml_edit::ArrayOfTables::new(),
                    ))
                    .as_array_of_tables_mut()?;
                let same = |t: &toml_edit::Table| has_id(t, &self.id);
                if self.new {
                    let mut t = toml_edit::Table::new();
                    // A blank line before it, as between the others.
                    t.decor_mut().set_prefix("\n");
                    t.insert("id", toml_edit::value(self.id.as_str()));
                    list.push(t);
                    list.iter_mut().last()?
                } else {
                    list.iter_mut().find(|t| same(t))?
                }
            }
        };
        let now = super::forms::raw_from_table(&self.fields, Some(table));
        let mut changed = Vec::new();
        for ((key, new), (field, raw)) in self.values.iter().zip(self.fields.iter().zip(&now)) {
            // What the file holds, read as the form reads it; a value the
            // form cannot read (`Err`) is replaced.
            let old = super::forms::value(field, raw);
            let present = table.contains_key(key);
            // A check box's default is what the file means without the key.
            if let super::forms::Input::Flag { default } = field.input
                && *new == Some(Value::Bool(default))
                && !present
            {
                continue;
            }
            if present && old.as_ref() == Ok(new) {
                continue;
            }
            if !present && new.is_none() {
                continue;
            }
            match new {
                None => {
                    table.remove(key);
                }
                Some(v) => set_value(table, key, v),
            }
            changed.push(*key);
        }
        Some(changed)
    }
}

/// A form's value as TOML, keeping the decoration of the value it replaces.
fn set_value(table: &mut toml_edit::Table, key: &str, v: &Value) {
    let mut new: toml_edit::Value = match v {
        Value::Str(s) => s.as_str().into(),
        Value::Int(n) => (*n).into(),
        // Whole numbers as people write them: `hours_per_week = 16`.
        Value::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => (*x as i64).into(),
        Value::Float(x) => (*x).into(),
        Value::Bool(b) => (*b).into(),
        Value::Date(d) => toml_date(*d).into(),
        Value::List(items) => items
            .iter()
            .map(String::as_str)
            .collect::<toml_edit::Array>()
            .into(),
    };
    if let Some(old) = table.get(key).and_then(|i| i.as_value()) {
        *new.decor_mut() = old.decor().clone();
    }
    table.insert(key, toml_edit::Item::Value(new));
}

/// A date as TOML writes it: `2026-11-20`.
pub(crate) fn toml_date(d: NaiveDate) -> toml_edit::Datetime {
    use chrono::Datelike;
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

#[derive(Debug)]
pub(crate) enum Refusal {
    /// The file changed since the form was made.
    Stale,
    /// The action (or file) the form names is not there.
    NotFound,
    /// The edit would bring these errors (in `text`, the file's new text,
    /// at `rel`).
    Invalid {
        problems: Vec<crate::diag::Diagnostic>,
        rel: String,
        text: String,
    },
    Failed(Error),
}

/// What an edit did.
#[derive(Debug)]
pub(crate) enum Outcome {
    Committed(String),
    Written(String),
    /// Written; the file had changes of its own that no commit held.
    NotCommitted(String),
    /// Written; git could not commit (no identity, a hook).
    CommitFailed(String),
    /// The form changed nothing: nothing written.
    Unchanged,
}

impl Outcome {
    pub(crate) fn message(&self) -> String {
        match self {
            Outcome::Committed(m) => t!("serve-saved-committed", message = m.as_str()),
            Outcome::Written(m) => t!("serve-saved", message = m.as_str()),
            Outcome::NotCommitted(file) => t!("serve-saved-uncommitted", file = file.as_str()),
            Outcome::CommitFailed(reason) => {
                t!("serve-saved-no-identity", reason = reason.as_str())
            }
            Outcome::Unchanged => t!("serve-unchanged"),
        }
    }
}

/// A short hash of a file's bytes, as the forms carry it.
pub(crate) fn hash(bytes: &[u8]) -> String {
    crate::model::short_hash(bytes, 12)
}

/// The errors of a region given its five files' bytes.
fn errors(
    region: &'static Region,
    files: &[Option<Vec<u8>>; 5],
    today: NaiveDate,
) -> Vec<crate::diag::Diagnostic> {
    let inputs = files
        .clone()
        .map(|f| f.map_or(Input::Missing, Input::Bytes));
    let data = load::from_memory(region, inputs);
    crate::check::run(&data, today)
        .into_iter()
        .filter(|d| d.severity() == crate::diag::Severity::Error)
        .collect()
}

pub(crate) fn apply(
    root: &Path,
    region: &'static Region,
    edit: &Edit,
    expected: &str,
    today: NaiveDate,
    git: bool,
) -> Result<Outcome, Refusal> {
    let dir = root.join(crate::model::REGIONS_DIR).join(region.slug);
    if !dir.is_dir() {
        return Err(Refusal::NotFound);
    }
    let kinds = FileKind::REGION;
    let files: [Option<Vec<u8>>; 5] = kinds.map(|k| std::fs::read(dir.join(k.file_name())).ok());
    let at = kinds
        .iter()
        .position(|k| *k == edit.file())
        .expect("a region file");
    // A record added to a file the region does not have yet (the regions
    // public data brought in have only region.toml and schools.toml)
    // starts that file; the form was made from "no file", hashed as empty.
    let creates = files[at].is_none() && matches!(edit, Edit::Record(r) if r.new);
    let old = match &files[at] {
        Some(bytes) => bytes.clone(),
        None if creates => Vec::new(),
        None => return Err(Refusal::NotFound),
    };
    if hash(&old) != expected {
        return Err(Refusal::Stale);
    }
    let text = String::from_utf8(old.clone()).map_err(|_| Refusal::NotFound)?;
    let (mut new, changed) = edit.apply(&text).ok_or(Refusal::NotFound)?;
    if creates {
        new.insert_str(0, &crate::schema::schema_line(edit.file()));
    }
    if new == text {
        return Ok(Outcome::Unchanged);
    }
    let rel = crate::model::region_path(region.slug, edit.file());
    // Checked in memory: nothing invalid is ever written. Errors the data
    // had before the edit do not hold it back.
    let key = |d: &crate::diag::Diagnostic| (d.code, d.message.clone());
    let before: Vec<_> = errors(region, &files, today).iter().map(key).collect();
    let mut after_files = files.clone();
    after_files[at] = Some(new.clone().into_bytes());
    let after: Vec<_> = errors(region, &after_files, today)
        .into_iter()
        .filter(|e| !before.contains(&key(e)))
        .collect();
    if !after.is_empty() {
        return Err(Refusal::Invalid {
            problems: after,
            rel,
            text: new,
        });
    }
    let path = root.join(&rel);
    // Changes of the user's own in this file stay out of our commit.
    let dirty = git && crate::git::has_changes(root, &rel);
    if creates {
        // Never over a file that appeared meanwhile.
        match crate::write::create_new(&path, new.as_bytes()) {
            Ok(true) => {}
            Ok(false) => return Err(Refusal::Stale),
            Err(e) => return Err(Refusal::Failed(e)),
        }
    } else {
        crate::write::replace(&path, &old, new.as_bytes()).map_err(|e| match e {
            Error::ChangedMeanwhile(_) => Refusal::Stale,
            e => Refusal::Failed(e),
        })?;
    }
    let message = edit.message(&changed);
    if !git {
        return Ok(Outcome::Written(message));
    }
    if dirty {
        return Ok(Outcome::NotCommitted(rel));
    }
    match crate::git::commit_file(root, &rel, &message) {
        Ok(_) => Ok(Outcome::Committed(message)),
        Err(Error::GitFailed(reason)) => Ok(Outcome::CommitFailed(
            reason.lines().last().unwrap_or_default().to_string(),
        )),
        Err(e) => Err(Refusal::Failed(e)),
    }
}
