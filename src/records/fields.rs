//! A record's fields as a form has them: how each is entered and what it
//! holds, the values it allows, a field's value as the file holds it, and a
//! submission's values checked field by field.

use crate::i18n::t;
use crate::model::StrEnum;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One value a form allows: what the file holds and what the page says.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    /// Other spellings of the value in the files (the Dutch words, letters).
    #[serde(skip)]
    pub aliases: Vec<&'static str>,
}

impl Choice {
    pub(crate) fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            aliases: Vec::new(),
        }
    }
}

pub(crate) fn enum_choices<T: StrEnum>(label: impl Fn(T) -> String) -> Vec<Choice> {
    T::ALL
        .iter()
        .map(|&v| Choice {
            aliases: v.aliases().to_vec(),
            ..Choice::new(v.as_str(), label(v))
        })
        .collect()
}

/// The catalogue's id of a field's label (`hours_per_week` →
/// `form-field-hours-per-week`), on the page and in commit messages.
pub(crate) fn label_id(key: &str) -> String {
    format!("form-field-{}", key.replace('_', "-"))
}

/// Whether a table of an array of tables is the record with this id.
pub(crate) fn has_id(t: &toml_edit::Table, id: &str) -> bool {
    t.get("id").and_then(|v| v.as_str()) == Some(id)
}

/// How a field is entered, and what it holds.
#[derive(Debug, Clone)]
pub(crate) enum Input {
    Text,
    LongText,
    /// A list of texts, one per line.
    Lines,
    Date,
    Integer,
    Decimal,
    Select(Vec<Choice>),
    /// Several of the choices, as check boxes.
    Checks(Vec<Choice>),
    /// Several of the choices, as a list to pick from.
    Multi(Vec<Choice>),
    /// A check box; `default` is what the file means without the key.
    Flag {
        default: bool,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Field {
    /// Its name in the form; the key in the file, or `table_key` for a key
    /// of a table inside the record (see [`nested`]).
    pub key: &'static str,
    pub input: Input,
    pub required: bool,
    /// The catalogue's id of its label (set by its kind's declaration).
    pub label: String,
    /// The most characters a text may have (of each line, for lines); the
    /// server holds every value to it, as the form says.
    pub max: usize,
}

impl Field {
    pub(crate) fn new(key: &'static str, input: Input) -> Field {
        let max = match input {
            Input::LongText => 4_000,
            _ => 500,
        };
        Field {
            key,
            label: label_id(key),
            input,
            required: false,
            max,
        }
    }

    pub(crate) fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub(crate) fn choices(&self) -> &[Choice] {
        match &self.input {
            Input::Select(c) | Input::Checks(c) | Input::Multi(c) => c,
            _ => &[],
        }
    }

    /// A spelling of the files as its choice's value (`afgerond` → `done`).
    fn canonical(&self, text: &str) -> String {
        self.choices()
            .iter()
            .find(|c| c.value == text || c.aliases.contains(&text))
            .map_or_else(|| text.to_string(), |c| c.value.clone())
    }
}

/// A field's value as the file holds it; `None` is a key left out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(NaiveDate),
    List(Vec<String>),
}

/// What a form's field holds as text: what the page shows and sends.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Raw {
    pub text: String,
    pub list: Vec<String>,
    pub on: bool,
}

/// Form fields that are a key of a table inside the record
/// (`contact = { role = "…", organisation = "…" }`, an outcome's
/// `[uitstroom.na_1_jaar]`): (field, table, key).
const NESTED: &[(&str, &str, &str)] = &[
    ("contact_role", "contact", "role"),
    ("contact_organisation", "contact", "organisation"),
    ("contact_email", "contact", "email"),
    ("na_1_jaar_op_plek", "na_1_jaar", "op_plek"),
    ("na_1_jaar_gewisseld", "na_1_jaar", "gewisseld"),
    ("na_1_jaar_uitgevallen", "na_1_jaar", "uitgevallen"),
    ("na_1_jaar_onbekend", "na_1_jaar", "onbekend"),
    ("na_2_jaar_op_plek", "na_2_jaar", "op_plek"),
    ("na_2_jaar_gewisseld", "na_2_jaar", "gewisseld"),
    ("na_2_jaar_uitgevallen", "na_2_jaar", "uitgevallen"),
    ("na_2_jaar_onbekend", "na_2_jaar", "onbekend"),
];

/// Where a field's value is in its record: its key, or a key of a table
/// inside it.
pub(crate) fn nested(key: &str) -> Option<(&'static str, &'static str)> {
    NESTED
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, parent, sub)| (*parent, *sub))
}

/// A field's item in a record's table.
pub(crate) fn lookup<'t>(table: &'t toml_edit::Table, key: &str) -> Option<&'t toml_edit::Item> {
    match nested(key) {
        Some((parent, sub)) => table.get(parent)?.get(sub),
        None => table.get(key),
    }
}

/// The fields' text as the record has it in the file.
pub(crate) fn raw_from_table(fields: &[Field], table: Option<&toml_edit::Table>) -> Vec<Raw> {
    fields
        .iter()
        .map(|f| {
            let item = table.and_then(|t| lookup(t, f.key));
            let value = item.and_then(|i| i.as_value());
            // The value alone, without the comment after it.
            let text = |v: &toml_edit::Value| match v {
                toml_edit::Value::String(s) => s.value().clone(),
                v => {
                    let mut v = v.clone();
                    v.decor_mut().clear();
                    v.to_string()
                }
            };
            match &f.input {
                Input::Flag { default } => Raw {
                    on: value.and_then(|v| v.as_bool()).unwrap_or(*default),
                    ..Raw::default()
                },
                Input::Lines | Input::Checks(_) | Input::Multi(_) => Raw {
                    list: value
                        .and_then(|v| v.as_array())
                        .map(|a| a.iter().map(|v| f.canonical(&text(v))).collect())
                        .unwrap_or_default(),
                    ..Raw::default()
                },
                Input::Select(_) => Raw {
                    text: value.map(|v| f.canonical(&text(v))).unwrap_or_default(),
                    ..Raw::default()
                },
                _ => Raw {
                    text: value.map(text).unwrap_or_default(),
                    ..Raw::default()
                },
            }
        })
        .collect()
}

/// Keeps a value the record has that is no longer a choice (a school that
/// was removed, say) as one, so that a form saved unchanged keeps it; the
/// check says what is wrong with it.
pub(crate) fn keep_current(fields: &mut [Field], current: &[Raw]) {
    for (f, r) in fields.iter_mut().zip(current) {
        let (choices, values): (&mut Vec<Choice>, Vec<&String>) = match &mut f.input {
            Input::Select(c) => (c, vec![&r.text]),
            Input::Checks(c) | Input::Multi(c) => (c, r.list.iter().collect()),
            _ => continue,
        };
        for v in values {
            if !v.is_empty() && !choices.iter().any(|c| &c.value == v) {
                choices.push(Choice::new(v.as_str(), v.as_str()));
            }
        }
    }
}

/// Each field's key and value; `None` leaves the key out.
pub(crate) type Values = Vec<(&'static str, Option<Value>)>;
/// What is wrong with a field, by key.
pub(crate) type FieldErrors = BTreeMap<&'static str, String>;

/// The values of a submission, or per field what is wrong with it.
pub(crate) fn values(fields: &[Field], raw: &[Raw]) -> Result<Values, FieldErrors> {
    let mut values = Vec::new();
    let mut errors = BTreeMap::new();
    for (f, r) in fields.iter().zip(raw) {
        match value(f, r) {
            Ok(None) if f.required => {
                errors.insert(f.key, t!("form-error-required"));
            }
            Ok(v) => values.push((f.key, v)),
            Err(e) => {
                errors.insert(f.key, e);
            }
        }
    }
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(errors)
    }
}

/// One field's value, or what is wrong with it.
pub(crate) fn value(f: &Field, r: &Raw) -> Result<Option<Value>, String> {
    // A browser's text area ends lines with CR LF.
    let text = r.text.replace("\r\n", "\n").trim().to_string();
    let long = |t: &str| t.chars().count() > f.max;
    if long(&text) || r.list.iter().any(|l| long(l)) {
        return Err(t!("form-error-too-long", max = f.max));
    }
    let known = |v: &str| f.choices().iter().any(|c| c.value == v);
    Ok(match &f.input {
        Input::Flag { .. } => Some(Value::Bool(r.on)),
        Input::Lines => (!r.list.is_empty()).then(|| Value::List(r.list.clone())),
        Input::Checks(_) | Input::Multi(_) => {
            if let Some(bad) = r.list.iter().find(|v| !known(v)) {
                return Err(t!("form-error-choice", value = bad.as_str()));
            }
            // In the order of the choices, each once.
            let list: Vec<String> = f
                .choices()
                .iter()
                .filter(|c| r.list.contains(&c.value))
                .map(|c| c.value.clone())
                .collect();
            (!list.is_empty()).then_some(Value::List(list))
        }
        _ if text.is_empty() => None,
        Input::Text | Input::LongText => Some(Value::Str(text)),
        Input::Select(_) => {
            if !known(&text) {
                return Err(t!("form-error-choice", value = text.as_str()));
            }
            Some(Value::Str(text))
        }
        Input::Date => Some(Value::Date(
            NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .map_err(|_| t!("form-error-date", value = text.as_str()))?,
        )),
        Input::Integer => {
            Some(Value::Int(text.parse().map_err(|_| {
                t!("form-error-integer", value = text.as_str())
            })?))
        }
        Input::Decimal => {
            let x: f64 = text
                .replace(',', ".")
                .parse()
                .ok()
                .filter(|x: &f64| x.is_finite())
                .ok_or_else(|| t!("form-error-number", value = text.as_str()))?;
            Some(Value::Float(x))
        }
    })
}
