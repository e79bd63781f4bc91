//! The small changes an edit makes to a file's TOML through toml_edit: the
//! rest of the file (comments, layout, other spellings) stays as it was.

use super::record::Value;
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
        .find(|t| super::record::has_id(t, id))
}

/// A value as TOML, keeping the decoration of the value it replaces.
pub(super) fn set_value(table: &mut Table, key: &str, v: &Value) {
    let mut new: toml_edit::Value = match v {
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
    };
    if let Some(old) = table.get(key).and_then(|i| i.as_value()) {
        *new.decor_mut() = old.decor().clone();
    }
    table.insert(key, Item::Value(new));
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
