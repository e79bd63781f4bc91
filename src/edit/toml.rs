//! The small changes an edit makes to a file's TOML through toml_edit: the
//! rest of the file (comments, layout, other spellings) stays as it was.

use crate::records::Value;
use chrono::NaiveDate;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

/// The array of tables `name` (`[[action]]`), started if the file has none.
pub(super) fn array_of_tables<'a>(
    doc: &'a mut DocumentMut,
    name: &str,
) -> Option<&'a mut ArrayOfTables> {
    doc.entry(name)
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
}

/// The first table of `array` whose `id` is `id`.
pub(super) fn record<'a>(doc: &'a mut DocumentMut, array: &str, id: &str) -> Option<&'a mut Table> {
    doc.get_mut(array)?
        .as_array_of_tables_mut()?
        .iter_mut()
        .find(|t| crate::records::has_id(t, id))
}

/// A value as TOML, keeping the decoration of the value it replaces.
pub(super) fn set_value(table: &mut Table, key: &str, v: &Value) {
    let mut new = to_value(v);
    if let Some(old) = table.get(key).and_then(|i| i.as_value()) {
        *new.decor_mut() = old.decor().clone();
    }
    table.insert(key, Item::Value(new));
}

/// `parent.sub` of a record's table set (`contact = { role = "…" }`): in
/// the table it is, or a new inline one.
pub(super) fn set_nested(table: &mut Table, parent: &str, sub: &str, v: &Value) {
    match table.get_mut(parent) {
        Some(Item::Table(t)) => set_value(t, sub, v),
        Some(Item::Value(toml_edit::Value::InlineTable(t))) => {
            let mut new = to_value(v);
            if let Some(old) = t.get(sub) {
                *new.decor_mut() = old.decor().clone();
            }
            t.insert(sub, new);
        }
        _ => {
            let mut t = toml_edit::InlineTable::new();
            t.insert(sub, to_value(v));
            table.insert(parent, Item::Value(toml_edit::Value::InlineTable(t)));
        }
    }
}

/// `parent.sub` removed; `parent` too when nothing is left in it.
pub(super) fn remove_nested(table: &mut Table, parent: &str, sub: &str) {
    let empty = match table.get_mut(parent) {
        Some(Item::Table(t)) => {
            t.remove(sub);
            t.is_empty()
        }
        Some(Item::Value(toml_edit::Value::InlineTable(t))) => {
            t.remove(sub);
            t.is_empty()
        }
        _ => false,
    };
    if empty {
        table.remove(parent);
    }
}

fn to_value(v: &Value) -> toml_edit::Value {
    match v {
        Value::Str(s) => s.as_str().into(),
        Value::Int(n) => (*n).into(),
        Value::Float(x) => number(*x),
        Value::Bool(b) => (*b).into(),
        Value::Date(d) => toml_date(*d).into(),
        Value::List(items) => items
            .iter()
            .map(String::as_str)
            .collect::<toml_edit::Array>()
            .into(),
    }
}

/// A number as people write it: whole numbers without a decimal point
/// (`hours_per_week = 16`, `value = 15`).
pub(super) fn number(x: f64) -> toml_edit::Value {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        (x as i64).into()
    } else {
        x.into()
    }
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

/// Sets `key` to a text, or removes it when the text is empty.
pub(super) fn set_or_remove(table: &mut Table, key: &str, text: Option<&str>) {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => {
            table.insert(key, toml_edit::value(t));
        }
        None => {
            table.remove(key);
        }
    }
}

#[cfg(test)]
mod nested_tests {
    use super::*;

    fn action(text: &str) -> DocumentMut {
        text.parse().unwrap()
    }

    fn first(doc: &mut DocumentMut) -> &mut Table {
        doc["action"]
            .as_array_of_tables_mut()
            .unwrap()
            .iter_mut()
            .next()
            .unwrap()
    }

    #[test]
    fn a_key_of_a_table_inside_a_record_is_set_where_the_table_is() {
        // No contact yet: a new inline table.
        let mut doc = action("[[action]]\nid = \"a\"\n");
        set_nested(
            first(&mut doc),
            "contact",
            "role",
            &Value::Str("stage".into()),
        );
        set_nested(
            first(&mut doc),
            "contact",
            "organisation",
            &Value::Str("School".into()),
        );
        assert_eq!(
            doc.to_string(),
            "[[action]]\nid = \"a\"\ncontact = { role = \"stage\", organisation = \"School\" }\n"
        );
        // A table of its own stays one, its comment kept.
        let mut doc = action(
            "[[action]]\nid = \"a\"\n\n[action.contact]\nrole = \"stage\" # de rol\norganisation = \"School\"\n",
        );
        set_nested(
            first(&mut doc),
            "contact",
            "role",
            &Value::Str("uitstroom".into()),
        );
        assert_eq!(
            doc.to_string(),
            "[[action]]\nid = \"a\"\n\n[action.contact]\nrole = \"uitstroom\" # de rol\norganisation = \"School\"\n"
        );
        // Emptied: the table goes.
        let mut doc = action("[[action]]\nid = \"a\"\ncontact = { role = \"stage\" }\n");
        remove_nested(first(&mut doc), "contact", "role");
        assert_eq!(doc.to_string(), "[[action]]\nid = \"a\"\n");
    }
}
