//! Figures of `uitstroom.toml` set per school and school year, from the
//! workbench's form or a filled-in workbook: the entry of that school and
//! year is changed where it is (only the counts that differ), or added at
//! the end. A count left empty is a key left out (zero, as the format says).

use super::toml::array_of_tables;
use crate::model::{Destination, FOLLOW_UP_FIELDS, FOLLOW_UP_KEYS, FOLLOW_UP_TABLES, OutcomeRow};
use std::ops::Range;
use toml_edit::{DocumentMut, Item, Table, TableLike, value};

/// A row written into `uitstroom.toml`.
pub(crate) trait WriteRow {
    fn apply(&self, doc: &mut DocumentMut) -> Option<bool>;
}

impl WriteRow for OutcomeRow {
    /// Writes the row into the document; whether anything changed.
    fn apply(&self, doc: &mut DocumentMut) -> Option<bool> {
        let list = array_of_tables(doc, "uitstroom")?;
        let found = list
            .iter()
            .position(|t| is(t, "school", &self.school) && is(t, "year", &self.year));
        let table = match found {
            Some(i) => list.get_mut(i)?,
            None => {
                let mut t = Table::new();
                // A blank line before it, as between the others.
                t.decor_mut().set_prefix("\n");
                t.insert("school", value(self.school.as_str()));
                t.insert("year", value(self.year.as_str()));
                list.push(t);
                list.iter_mut().last()?
            }
        };
        let mut changed = found.is_none();
        changed |= set_count(table, "leavers", Some(self.leavers));
        for (d, n) in Destination::ALL.iter().zip(self.destinations) {
            changed |= set_count(table, d.key(), n);
        }
        for (name, counts) in FOLLOW_UP_TABLES.iter().zip(self.follow_ups) {
            if counts.iter().all(Option::is_none) {
                changed |= table.remove(name).is_some();
                continue;
            }
            if table.get(name).and_then(|i| i.as_table_like()).is_none() {
                table.insert(name, Item::Table(Table::new()));
                changed = true;
            }
            let sub = table.get_mut(name)?.as_table_like_mut()?;
            for (key, n) in FOLLOW_UP_KEYS.iter().zip(counts) {
                changed |= set_count(sub, key, n);
            }
        }
        Some(changed)
    }
}

fn is(t: &Table, key: &str, text: &str) -> bool {
    t.get(key)
        .and_then(|v| v.as_str())
        .is_some_and(|v| v.trim() == text)
}

/// Sets `key` to `n` (keeping how the old value was decorated) or removes
/// it; whether the table changed.
fn set_count(table: &mut dyn TableLike, key: &str, n: Option<i64>) -> bool {
    let old = table.get(key).and_then(|i| i.as_value());
    match (n, old) {
        (None, None) => false,
        (None, Some(_)) => {
            table.remove(key);
            true
        }
        (Some(n), Some(v)) if v.as_integer() == Some(n) => false,
        (Some(n), old) => {
            let mut new = toml_edit::Value::from(n);
            if let Some(old) = old {
                *new.decor_mut() = old.decor().clone();
            }
            table.insert(key, Item::Value(new));
            true
        }
    }
}

/// Fields of an entry with their byte spans in the file's text.
pub(crate) type FieldSpans = Vec<(&'static str, Range<usize>)>;

/// Where the entry of `school` and `year` has each of its fields in the
/// file's text (`school`, `year` and the flat fields of its counts), and
/// the whole entry as `""`: to place a problem the check found there.
pub(crate) fn field_spans(text: &str, school: &str, year: &str) -> FieldSpans {
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return Vec::new();
    };
    let Some(list) = doc.get("uitstroom").and_then(|i| i.as_array_of_tables()) else {
        return Vec::new();
    };
    let Some(table) = list
        .iter()
        .find(|t| is(t, "school", school) && is(t, "year", year))
    else {
        return Vec::new();
    };
    let span = |t: &dyn TableLike, key: &str| {
        let (k, item) = t.get_key_value(key)?;
        let start = k.span()?.start;
        Some(start..item.span().map_or(start, |s| s.end))
    };
    let mut spans = Vec::new();
    for key in ["school", "year", "leavers"]
        .into_iter()
        .chain(Destination::ALL.iter().map(|d| d.key()))
    {
        spans.extend(span(table, key).map(|s| (key, s)));
    }
    for (name, fields) in FOLLOW_UP_TABLES.iter().zip(FOLLOW_UP_FIELDS) {
        let Some(sub) = table.get(name).and_then(|i| i.as_table_like()) else {
            continue;
        };
        for (key, field) in FOLLOW_UP_KEYS.iter().zip(fields) {
            spans.extend(span(sub, key).map(|s| (field, s)));
        }
    }
    spans.extend(table.span().map(|s| ("", s)));
    spans
}

/// The field of [`field_spans`] a byte offset falls in (the whole entry,
/// `""`, last).
pub(crate) fn field_at(spans: &[(&'static str, Range<usize>)], at: usize) -> Option<&'static str> {
    spans
        .iter()
        .find(|(_, s)| s.start <= at && at < s.end.max(s.start + 1))
        .map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> OutcomeRow {
        OutcomeRow {
            school: "pro-a".into(),
            year: "2025-2026".into(),
            leavers: 10,
            destinations: [
                Some(4),
                None,
                None,
                Some(5),
                None,
                None,
                None,
                None,
                Some(1),
            ],
            follow_ups: [[Some(8), Some(1), None, Some(1)], [None; 4]],
        }
    }

    #[test]
    fn a_new_row_is_added_and_an_old_one_changed_in_place() {
        let text = "# Ingevuld door de school\n\n[[uitstroom]]\nschool = \"pro-a\"\nyear = \"2025-2026\"\nleavers = 9 # telling juni\nwerk = 4\ngeen = 2\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        assert_eq!(row().apply(&mut doc), Some(true));
        let out = doc.to_string();
        assert!(out.starts_with("# Ingevuld door de school\n"), "{out}");
        assert!(out.contains("leavers = 10 # telling juni\n"), "{out}");
        assert!(!out.contains("geen"), "{out}");
        assert!(
            out.contains("[uitstroom.na_1_jaar]\nop_plek = 8\n"),
            "{out}"
        );
        // The same row again changes nothing.
        let mut again: DocumentMut = out.parse().unwrap();
        assert_eq!(row().apply(&mut again), Some(false));
        assert_eq!(again.to_string(), out);
        // Another year is a new entry.
        let mut other = row();
        other.year = "2024-2025".into();
        assert_eq!(other.apply(&mut again), Some(true));
        let text = again.to_string();
        assert_eq!(text.matches("[[uitstroom]]").count(), 2);
        // Each field is found where it is written.
        let spans = field_spans(&text, "pro-a", "2025-2026");
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(field_at(&spans, at("leavers = 10")), Some("leavers"));
        assert_eq!(
            field_at(&spans, at("op_plek = 8")),
            Some("na_1_jaar_op_plek")
        );
        assert_eq!(
            OutcomeRow::from_counts("pro-a", "2025-2026", &row().counts()),
            Some(row())
        );
    }
}
