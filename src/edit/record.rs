//! The records a person adds and edits in a region — actions, knelpunten,
//! overlegtafels, plans, projects, developments, schools and the
//! coordinator: the fields each has, the values each allows, a field's
//! value as the file holds it, and a record's change applied to its table
//! (only the keys whose value changed).

use crate::i18n::t;
use crate::model::{
    CoordinatorStatus, EntityKind, FileKind, Kind, Level, Profile, RegionData, Role, Scale, Status,
    StrEnum,
};
use crate::registry::THEMES;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// A kind of record the workbench adds and edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Record {
    Action,
    Knelpunt,
    Overlegtafel,
    Plan,
    Project,
    Development,
    School,
    Coordinator,
}

impl Record {
    pub(crate) const ALL: [Record; 8] = [
        Record::Action,
        Record::Knelpunt,
        Record::Overlegtafel,
        Record::Plan,
        Record::Project,
        Record::Development,
        Record::School,
        Record::Coordinator,
    ];

    /// Its name in the workbench's addresses (Dutch, as the pages are).
    pub(crate) fn segment(self) -> &'static str {
        self.entity().map_or("netwerkcoordinator", segment)
    }

    pub(crate) fn from_segment(segment: &str) -> Option<Record> {
        Record::ALL.into_iter().find(|r| r.segment() == segment)
    }

    pub(crate) fn file(self) -> FileKind {
        match self {
            Record::Action | Record::Knelpunt => FileKind::Actions,
            Record::Overlegtafel | Record::Plan | Record::Project | Record::Development => {
                FileKind::Overlegtafels
            }
            Record::School => FileKind::Schools,
            Record::Coordinator => FileKind::Region,
        }
    }

    /// The array of tables its records are in; `None` for the one
    /// `[coordinator]` table.
    pub(crate) fn array(self) -> Option<&'static str> {
        self.entity().map(|e| e.as_str())
    }

    /// The record's table in its file: the coordinator's table, or the
    /// first of its kind with `id`.
    pub(crate) fn table<'a>(
        self,
        doc: &'a toml_edit::Table,
        id: Option<&str>,
    ) -> Option<&'a toml_edit::Table> {
        match (self.array(), id) {
            (None, _) => doc.get("coordinator")?.as_table(),
            (Some(array), Some(id)) => doc
                .get(array)?
                .as_array_of_tables()?
                .iter()
                .find(|t| has_id(t, id)),
            (Some(_), None) => None,
        }
    }

    fn entity(self) -> Option<EntityKind> {
        Some(match self {
            Record::Action => EntityKind::Action,
            Record::Knelpunt => EntityKind::Knelpunt,
            Record::Overlegtafel => EntityKind::Overlegtafel,
            Record::Plan => EntityKind::Plan,
            Record::Project => EntityKind::Project,
            Record::Development => EntityKind::Development,
            Record::School => EntityKind::School,
            Record::Coordinator => return None,
        })
    }

    /// The field a new record's id is made from.
    pub(crate) fn name_key(self) -> &'static str {
        match self {
            Record::Action => "title",
            Record::Knelpunt => "text",
            _ => "name",
        }
    }

    /// The anchor of the record on the region's page.
    pub(crate) fn anchor(self, id: &str) -> String {
        match self.entity() {
            Some(_) => format!("{}-{id}", self.segment()),
            None => self.segment().to_string(),
        }
    }

    /// `Actie`, `Knelpunt`, …, `Netwerkcoördinator`: the start of a sentence.
    pub(crate) fn noun(self) -> String {
        let word = match self.entity() {
            Some(e) => crate::words::entity(e),
            None => t!("form-coordinator"),
        };
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// The fields of its form, in the order the files write them. The
    /// choices come from the region as it is now.
    pub(crate) fn fields(self, region: Option<&RegionData>) -> Vec<Field> {
        use Input::*;
        let themes = || Checks(theme_choices());
        let schools = || Multi(school_choices(region));
        let relevant = Field::new("relevant", Flag { default: true });
        let reason = Field::new("reason", LongText);
        match self {
            Record::Action => vec![
                Field::new("title", Text).required(),
                Field::new("themes", themes()).required(),
                Field::new(
                    "role",
                    Select(enum_choices::<Role>(|r| match r {
                        Role::Netwerkregisseur => t!("form-role-a"),
                        Role::Vertegenwoordiger => t!("form-role-b"),
                        Role::Foto => t!("form-role-c"),
                        Role::Kennismakelaar => t!("form-role-d"),
                        Role::Ontwikkelthema => t!("form-role-e"),
                    })),
                ),
                Field::new("addresses", Multi(knelpunt_choices(region))),
                Field::new("schools", schools()),
                Field::new("overlegtafel", Select(overlegtafel_choices(region))),
                Field::new("owner", Text),
                Field::new(
                    "status",
                    Select(enum_choices::<Status>(crate::words::action_status)),
                )
                .required(),
                Field::new("due", Date),
                Field::new("funding", Text),
                Field::new("example", Flag { default: false }),
                Field::new("summary", LongText),
                Field::new("result", LongText),
                Field::new("success_factors", Lines),
                Field::new("pitfalls", Lines),
                Field::new(
                    "target_group",
                    Checks(enum_choices::<crate::model::TargetGroup>(
                        crate::words::target,
                    )),
                ),
                Field::new(
                    "partners",
                    Checks(enum_choices::<crate::model::PartnerKind>(
                        crate::words::partner,
                    )),
                ),
                Field::new("contact_role", Text),
                Field::new("contact_organisation", Text),
                Field::new("contact_email", Text),
                Field::new("since", Date),
                Field::new("links", Lines),
                Field::new("source", Text),
            ],
            Record::Knelpunt => vec![
                Field::new("text", LongText).required(),
                Field::new("schools", schools()),
                Field::new("themes", themes()),
                Field::new("resolved", Date),
            ],
            Record::Overlegtafel => vec![
                Field::new("name", Text).required(),
                Field::new("level", Select(enum_choices::<Level>(crate::words::level))).required(),
                Field::new("organizer", Text),
                Field::new("partners", Lines),
                Field::new("frequency", Text),
                relevant,
                reason,
                Field::new("represented_by", Select(representative_choices(region))),
                Field::new("themes", themes()),
            ],
            Record::Plan | Record::Project | Record::Development => vec![
                Field::new("name", Text).required(),
                Field::new("owner", Text),
                Field::new("start", Date),
                Field::new("end", Date),
                Field::new("funding", Text),
                Field::new("themes", themes()),
                relevant,
                reason,
            ],
            Record::School => vec![
                Field::new("name", Text).required(),
                Field::new(
                    "kind",
                    Select(enum_choices::<Kind>(|k| match k {
                        Kind::Pro => t!("form-kind-pro"),
                        Kind::Vso => t!("form-kind-vso"),
                    })),
                )
                .required(),
                Field::new("brin", Text),
                Field::new("municipality", Select(municipality_choices(region))),
                Field::new("board", Text),
                Field::new("students", Integer),
                Field::new(
                    "profiles",
                    Checks(enum_choices::<Profile>(|p| match p {
                        Profile::Vervolgonderwijs => t!("form-profile-vervolgonderwijs"),
                        Profile::Arbeidsmarktgericht => {
                            t!("form-profile-arbeidsmarktgericht")
                        }
                        Profile::Dagbesteding => t!("form-profile-dagbesteding"),
                    })),
                ),
                Field::new("cluster", Integer),
                Field::new("caseload", Flag { default: true }),
                reason,
            ],
            Record::Coordinator => vec![
                Field::new(
                    "status",
                    Select(enum_choices::<CoordinatorStatus>(|s| {
                        crate::words::coordinator_status(s)
                    })),
                )
                .required(),
                Field::new("name", Text),
                Field::new("hours_per_week", Decimal),
                Field::new("since", Date),
                Field::new(
                    "scale",
                    Select(enum_choices::<Scale>(|s| s.as_str().to_string())),
                ),
            ],
        }
    }
}

/// A kind of record in the workbench's addresses (`/regio/<slug>/actie/<id>`):
/// Dutch, as the pages are, and stable whatever the run's language.
pub(crate) fn segment(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::School => "school",
        EntityKind::Overlegtafel => "overlegtafel",
        EntityKind::Plan => "plan",
        EntityKind::Project => "project",
        EntityKind::Development => "ontwikkeling",
        EntityKind::Knelpunt => "knelpunt",
        EntityKind::Action => "actie",
        EntityKind::Goal => "doel",
        EntityKind::Theme => "thema",
    }
}

/// One value a form allows: what the file holds and what the page says.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    /// Other spellings of the value in the files (the Dutch words, letters).
    #[serde(skip)]
    aliases: Vec<&'static str>,
}

impl Choice {
    fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            aliases: Vec::new(),
        }
    }
}

fn enum_choices<T: StrEnum>(label: impl Fn(T) -> String) -> Vec<Choice> {
    T::ALL
        .iter()
        .map(|&v| Choice {
            aliases: v.aliases().to_vec(),
            ..Choice::new(v.as_str(), label(v))
        })
        .collect()
}

fn theme_choices() -> Vec<Choice> {
    THEMES.iter().map(|t| Choice::new(t.id, t.title)).collect()
}

/// One choice per record of the region: its id, and what the page shows.
fn record_choices<T>(records: Option<&[T]>, choice: impl Fn(&T) -> (&str, String)) -> Vec<Choice> {
    records
        .unwrap_or_default()
        .iter()
        .map(|r| {
            let (id, label) = choice(r);
            Choice::new(id, label)
        })
        .collect()
}

pub(crate) fn school_choices(region: Option<&RegionData>) -> Vec<Choice> {
    record_choices(region.map(|r| r.schools()), |s| {
        (s.id.get_ref().as_str(), s.name.clone())
    })
}

fn knelpunt_choices(region: Option<&RegionData>) -> Vec<Choice> {
    record_choices(region.map(|r| r.knelpunten()), |k| {
        (k.id.get_ref().as_str(), short(&k.text))
    })
}

fn overlegtafel_choices(region: Option<&RegionData>) -> Vec<Choice> {
    record_choices(region.map(|r| r.overlegtafels()), |o| {
        (o.id.get_ref().as_str(), o.name.clone())
    })
}

fn representative_choices(region: Option<&RegionData>) -> Vec<Choice> {
    use crate::model::{COORDINATOR_WORDS, NOBODY_WORDS};
    let word = |words: &[&'static str], label: String| Choice {
        aliases: words[1..].to_vec(),
        ..Choice::new(words[0], label)
    };
    let mut choices = vec![
        word(&COORDINATOR_WORDS, t!("foto-by-coordinator")),
        word(&NOBODY_WORDS, t!("foto-by-nobody")),
    ];
    choices.extend(school_choices(region));
    choices
}

/// The municipalities region.toml lists, else those CBS places in the
/// region (a region that public data brought in lists none).
fn municipality_choices(region: Option<&RegionData>) -> Vec<Choice> {
    let Some(region) = region else {
        return Vec::new();
    };
    let listed = region.municipalities();
    if !listed.is_empty() {
        return listed
            .iter()
            .map(|m| Choice::new(m.get_ref().as_str(), m.get_ref().as_str()))
            .collect();
    }
    let mut names: Vec<&str> = crate::registry::municipalities::of_region(region.info.code)
        .into_iter()
        .map(|m| m.short_name())
        .collect();
    names.sort_unstable();
    names.into_iter().map(|n| Choice::new(n, n)).collect()
}

/// The catalogue's id of a field's label (`hours_per_week` →
/// `form-field-hours-per-week`), on the page and in commit messages.
pub(crate) fn label_id(key: &str) -> String {
    format!("form-field-{}", key.replace('_', "-"))
}

impl Record {
    /// A field's label id in this record's form: its own where one key
    /// means two things (`since`: a coordinator's start, a practice's),
    /// else the key's.
    pub(crate) fn label_id(self, key: &str) -> String {
        let own = format!("form-field-{}-{}", self.segment(), key.replace('_', "-"));
        if crate::i18n::has(crate::i18n::Lang::Nl, &own) {
            own
        } else {
            label_id(key)
        }
    }
}

/// Whether a table of an array of tables is the record with this id.
pub(crate) fn has_id(t: &toml_edit::Table, id: &str) -> bool {
    t.get("id").and_then(|v| v.as_str()) == Some(id)
}

/// A long text cut to its first words, for a list of choices.
fn short(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
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
    pub key: &'static str,
    pub input: Input,
    pub required: bool,
}

impl Field {
    pub(crate) fn new(key: &'static str, input: Input) -> Field {
        Field {
            key,
            input,
            required: false,
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
#[derive(Debug, Clone, Default)]
pub(crate) struct Raw {
    pub text: String,
    pub list: Vec<String>,
    pub on: bool,
}

/// Form fields that are a key of a table inside the record
/// (`contact = { role = "…", organisation = "…" }`): (field, table, key).
const NESTED: &[(&str, &str, &str)] = &[
    ("contact_role", "contact", "role"),
    ("contact_organisation", "contact", "organisation"),
    ("contact_email", "contact", "email"),
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
fn lookup<'t>(table: &'t toml_edit::Table, key: &str) -> Option<&'t toml_edit::Item> {
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

/// A record added (`id` is new) or edited through its form.
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

impl RecordEdit {
    /// Sets what the form changed in the record's table and nothing else:
    /// a value the file already has (in any spelling) stays as written.
    /// Returns the keys it changed; `None` when the record is not there.
    pub(super) fn apply(&self, doc: &mut toml_edit::DocumentMut) -> Option<Vec<&'static str>> {
        let table: &mut toml_edit::Table = match self.record.array() {
            None => doc.get_mut("coordinator")?.as_table_mut()?,
            Some(array) => {
                let list = super::toml::array_of_tables(doc, array)?;
                if self.new {
                    let mut t = toml_edit::Table::new();
                    // A blank line before it, as between the others.
                    t.decor_mut().set_prefix("\n");
                    t.insert("id", toml_edit::value(self.id.as_str()));
                    list.push(t);
                    list.iter_mut().last()?
                } else {
                    list.iter_mut().find(|t| has_id(t, &self.id))?
                }
            }
        };
        let now = raw_from_table(&self.fields, Some(table));
        let mut changed = Vec::new();
        for ((key, new), (field, raw)) in self.values.iter().zip(self.fields.iter().zip(&now)) {
            // What the file holds, read as the form reads it; a value the
            // form cannot read (`Err`) is replaced.
            let old = value(field, raw);
            let present = lookup(table, key).is_some();
            // A check box's default is what the file means without the key.
            if let Input::Flag { default } = field.input
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The properties of a record's table in the JSON Schema of its file
    /// (aliases aside: the form writes the format's own keys).
    fn schema_keys(record: Record) -> Vec<String> {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::schema::schema_text(record.file().into())).unwrap();
        let table = record.array().unwrap_or("coordinator");
        let property = &schema["properties"][table];
        let reference = property["items"]["$ref"]
            .as_str()
            .or(property["$ref"].as_str())
            .unwrap_or_else(|| panic!("{table}: {property}"));
        let definition = reference.trim_start_matches("#/$defs/");
        schema["$defs"][definition]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{definition}"))
            .keys()
            .cloned()
            .collect()
    }

    #[test]
    fn every_form_field_is_a_key_of_its_file_s_schema() {
        for record in Record::ALL {
            let keys = schema_keys(record);
            for field in record.fields(None) {
                let key = nested(field.key).map_or(field.key, |(parent, _)| parent);
                assert!(
                    keys.iter().any(|k| k == key),
                    "{:?} has a field `{}` that {} does not define: {keys:?}",
                    record,
                    field.key,
                    record.file().file_name()
                );
            }
            // A new record's id, where the table has ids.
            if record.array().is_some() {
                assert!(keys.iter().any(|k| k == "id"), "{record:?}");
            }
        }
    }
}
