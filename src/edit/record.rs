//! A record added or changed through its kind's form, applied to its
//! table: only the keys whose value changed, wherever its kind's
//! declaration puts the table (the file's top level, one table, an array
//! of tables, an array inside another record).

use crate::records::{
    Field, Input, Key, Place, Record, Value, lookup, nested, raw_from_table, value,
};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

/// A record added (`new`) or edited through its form.
#[derive(Debug, Clone)]
pub(crate) struct RecordEdit {
    pub record: Record,
    /// The record's key as addresses carry it (see [`Record::key_of`]): its
    /// id, its key fields' values, after its parent's key; for a new record
    /// with an id, the new id; for a new record within another, the
    /// parent's key.
    pub id: String,
    pub new: bool,
    /// Every field of the form with its value; `None` leaves the key out.
    pub values: Vec<(&'static str, Option<Value>)>,
    /// The form's fields, for what a key left out means.
    pub fields: Vec<Field>,
}

impl RecordEdit {
    /// The record's name for people, as the form gives it (its title or
    /// name), else its key.
    pub(crate) fn name(&self) -> String {
        let name = self.values.iter().find_map(|(k, v)| match v {
            Some(Value::Str(s)) if *k == self.record.name_key() => Some(s.as_str()),
            _ => None,
        });
        if let Some(label) = name.and_then(|n| self.record.choice_label(n)) {
            return label;
        }
        if name.is_some_and(|n| !n.trim().is_empty()) {
            return Record::named(name, &self.id);
        }
        self.record.name_from_key(&self.key_now())
    }

    /// The record's key as the form gives it now: a kind known by its
    /// fields (a meeting moved to another date) by their new values.
    pub(crate) fn key_now(&self) -> String {
        let Key::Fields(keys) = self.record.kind().key else {
            return self.id.clone();
        };
        if self.record.within().is_some() {
            return self.id.clone();
        }
        let own: Option<Vec<String>> = keys
            .iter()
            .map(
                |k| match self.values.iter().find(|(f, _)| f == k)?.1.as_ref()? {
                    Value::Str(s) => Some(s.clone()),
                    Value::Date(d) => Some(d.to_string()),
                    _ => None,
                },
            )
            .collect();
        own.map_or_else(
            || self.id.clone(),
            |p| p.join(&crate::records::KEY_SEPARATOR.to_string()),
        )
    }
}

/// The tables of an array inside `table`, made where there are none.
fn array_in<'a>(table: &'a mut Table, name: &str) -> Option<&'a mut ArrayOfTables> {
    table
        .entry(name)
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
}

/// The array the records of `record` are in: the file's, or the one in
/// the parent record `outer` names (made there where there is none).
fn array_of<'d>(
    record: Record,
    doc: &'d mut DocumentMut,
    outer: &str,
) -> Option<&'d mut ArrayOfTables> {
    match record.kind().place {
        Place::Root | Place::Table(_) => None,
        Place::Array(array) => array_in(doc.as_table_mut(), array),
        Place::Within(parent, array) => {
            let Place::Array(parents) = parent.kind().place else {
                return None;
            };
            let parent_table = doc
                .get_mut(parents)?
                .as_array_of_tables_mut()?
                .iter_mut()
                .find(|t| parent.is(t, outer))?;
            array_in(parent_table, array)
        }
    }
}

/// A record's key split into its parent's part and its own.
fn split_key(record: Record, key: &str) -> Option<(&str, &str)> {
    match record.within() {
        Some(_) => key.split_once(crate::records::KEY_SEPARATOR),
        None => Some(("", key)),
    }
}

/// A record taken out of its file: its table (with the comments above it)
/// removed from its array.
#[derive(Debug, Clone)]
pub(crate) struct RecordRemoval {
    pub record: Record,
    /// As [`RecordEdit::id`] names an existing record.
    pub key: String,
    /// Its name for people, for the commit message.
    pub name: String,
}

impl RecordRemoval {
    /// `None` when the record is not there.
    pub(super) fn apply(&self, doc: &mut DocumentMut) -> Option<()> {
        let (outer, own) = split_key(self.record, &self.key)?;
        let list = array_of(self.record, doc, outer)?;
        let at = list.iter().position(|t| self.record.is(t, own))?;
        list.remove(at);
        Some(())
    }
}

/// A record put back as it was before a commit (the commit's change to it
/// undone): its table as the commit's parent had it, where it is now or
/// where it was; removed if the commit added it.
#[derive(Debug, Clone)]
pub(crate) struct RecordRestore {
    pub record: Record,
    pub key: String,
    pub name: String,
    /// The file as the commit's parent had it (`None`: not there).
    pub before: Option<String>,
    /// The commit undone, as people see it (its short hash).
    pub commit: String,
    /// Other keys of the same kind the commit added or removed with this
    /// one (a key changed: the old record back, the new one gone),
    /// restored in the same edit.
    pub partners: Vec<String>,
}

impl RecordRestore {
    /// `None` when a record cannot be put back (its parent is gone).
    pub(super) fn apply(&self, doc: &mut DocumentMut) -> Option<()> {
        for key in std::iter::once(&self.key).chain(&self.partners) {
            self.restore(doc, key)?;
        }
        Some(())
    }

    fn restore(&self, doc: &mut DocumentMut, key: &str) -> Option<()> {
        let old: Option<DocumentMut> = self.before.as_deref().and_then(|t| t.parse().ok());
        let old_table = old
            .as_ref()
            .and_then(|d| self.record.table(d.as_table(), Some(key)))
            .cloned();
        match self.record.kind().place {
            Place::Root => {
                for f in self.record.fields(None) {
                    match old_table.as_ref().and_then(|t| t.get(f.key)) {
                        Some(item) => {
                            doc.insert(f.key, item.clone());
                        }
                        None => {
                            doc.remove(f.key);
                        }
                    }
                }
            }
            Place::Table(name) => match old_table {
                Some(t) => {
                    doc.insert(name, Item::Table(t));
                }
                None => {
                    doc.remove(name);
                }
            },
            Place::Array(_) | Place::Within(..) => {
                let (outer, own) = split_key(self.record, key)?;
                // Where it stood among the others, to put it back there.
                let was_at = old.as_ref().and_then(|d| {
                    let mut d = d.clone();
                    let list = array_of(self.record, &mut d, outer)?;
                    list.iter().position(|t| self.record.is(t, own))
                });
                let list = array_of(self.record, doc, outer)?;
                let at = list.iter().position(|t| self.record.is(t, own));
                match (old_table, at) {
                    (Some(t), Some(i)) => *list.get_mut(i)? = t,
                    (Some(t), None) => {
                        let mut tables: Vec<Table> = list.iter().cloned().collect();
                        let i = was_at.unwrap_or(tables.len()).min(tables.len());
                        tables.insert(i, t);
                        list.clear();
                        for t in tables {
                            list.push(t);
                        }
                    }
                    (None, Some(i)) => {
                        list.remove(i);
                    }
                    (None, None) => {}
                }
            }
        }
        Some(())
    }
}

impl RecordEdit {
    /// The record's table: found by its key, or a new one at the end of
    /// its array (with its id, where its kind has ids).
    fn table<'d>(&self, doc: &'d mut DocumentMut) -> Option<&'d mut Table> {
        let (outer, own) = match (self.record.kind().place, self.new) {
            (Place::Root, _) => return Some(doc.as_table_mut()),
            (Place::Table(name), _) => return doc.get_mut(name)?.as_table_mut(),
            // A new record within another: the key is its parent's.
            (Place::Within(..), true) => (self.id.as_str(), ""),
            _ => split_key(self.record, &self.id)?,
        };
        let list = array_of(self.record, doc, outer)?;
        if self.new {
            let mut t = Table::new();
            // A blank line before it, as between the others.
            t.decor_mut().set_prefix("\n");
            if self.record.kind().key == Key::Id {
                t.insert("id", toml_edit::value(self.id.as_str()));
            }
            list.push(t);
            return list.iter_mut().last();
        }
        list.iter_mut().find(|t| self.record.is(t, own))
    }

    /// Sets what the form changed in the record's table and nothing else:
    /// a value the file already has (in any spelling) stays as written.
    /// Returns the keys it changed; `None` when the record is not there.
    pub(super) fn apply(&self, doc: &mut DocumentMut) -> Option<Vec<&'static str>> {
        let table = self.table(doc)?;
        let now = raw_from_table(&self.fields, Some(table));
        let mut changed = Vec::new();
        for ((key, new), (field, raw)) in self.values.iter().zip(self.fields.iter().zip(&now)) {
            // What the file holds, read as the form reads it; a value the
            // form cannot read (`Err`) is replaced.
            let old = value(field, raw);
            let present = lookup(table, key).is_some();
            // A check box's default is what the file means without the key
            // (unless the file must say it).
            if let Input::Flag { default } = field.input
                && *new == Some(Value::Bool(default))
                && !present
                && !field.required
            {
                continue;
            }
            if present && old.as_ref() == Ok(new) {
                continue;
            }
            if !present && new.is_none() {
                continue;
            }
            match (new, nested(key)) {
                (None, Some((parent, sub))) => super::toml::remove_nested(table, parent, sub),
                (None, None) => {
                    table.remove(key);
                }
                (Some(v), Some((parent, sub))) => super::toml::set_nested(table, parent, sub, v),
                (Some(v), None) => super::toml::set_value(table, key, v),
            }
            changed.push(*key);
        }
        Some(changed)
    }
}
