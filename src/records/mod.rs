//! Every kind of record a person makes, changes and removes in a region —
//! declared once. A [`Kind`] names its file, where its table is, how one
//! is found (its key), its fields (type, label, hint, choices, required,
//! maximum length) and who may change it; the web's forms, the write
//! path's change and the checks of a form's values all come from it.
//! Adding a kind is one arm of [`Record::kind`] plus its words in the
//! catalogue.

mod diff;
mod fields;

pub(crate) use diff::{Change, RecordChange, diff, partners};
pub(crate) use fields::*;

use crate::i18n::t;
use crate::model::{
    CoordinatorStatus, EntityKind, FileKind, Kind as SchoolKind, Level, MeetingKind,
    OutcomeMeasure, Profile, RegionData, Role, Scale, Status,
};
use crate::registry::THEMES;

/// A kind of record.
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
    /// The jaarplan itself: its title and period.
    Jaarplan,
    Goal,
    /// A theme the jaarplan leaves for this year, with its reason.
    Theme,
    /// A stuurgroep's or the directies' meeting.
    Meeting,
    /// A measured value of a goal.
    Measurement,
    /// The uitstroom figures of a school in a school year.
    Outcome,
    /// A good practice from public sources (`practices.toml`).
    PublicPractice,
}

/// Where a kind's tables are in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// The file's own top-level keys (the jaarplan's title and period).
    Root,
    /// One table (`[coordinator]`).
    Table(&'static str),
    /// An array of tables (`[[action]]`).
    Array(&'static str),
    /// An array of tables inside each record of another kind
    /// (`[[goal.measurement]]`).
    Within(Record, &'static str),
}

/// How one record of a kind is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// The one record of its place.
    One,
    /// Its `id`, made from its name when a person gives none.
    Id,
    /// The values of these fields together (a meeting's kind and date).
    Fields(&'static [&'static str]),
}

/// Who may change records of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    /// Who edits the region: its coordinator, a beheerder.
    Editors,
    /// And the region's stuurgroep: the meetings they hold.
    Meetings,
}

/// A kind's declaration.
pub(crate) struct Kind {
    /// Its name in the addresses (`actie`): Dutch, as the pages are, and
    /// stable whatever the run's language.
    pub segment: &'static str,
    pub file: FileKind,
    pub place: Place,
    pub key: Key,
    /// The field a new record's id is made from (kinds keyed by `id`).
    pub name_key: &'static str,
    pub who: Who,
    /// The catalogue's id of its name in a sentence ("actie").
    pub noun: &'static str,
    /// Its fields, in the order the files write them; the choices come
    /// from the region as it is now.
    pub fields: fn(Option<&RegionData>) -> Vec<Field>,
}

impl Record {
    pub(crate) const ALL: [Record; 15] = [
        Record::Action,
        Record::Knelpunt,
        Record::Overlegtafel,
        Record::Plan,
        Record::Project,
        Record::Development,
        Record::School,
        Record::Coordinator,
        Record::Jaarplan,
        Record::Goal,
        Record::Theme,
        Record::Meeting,
        Record::Measurement,
        Record::Outcome,
        Record::PublicPractice,
    ];

    /// The kind's one declaration.
    pub(crate) fn kind(self) -> Kind {
        use Input::*;
        let kind = |segment, file, place, key, noun, fields| Kind {
            segment,
            file,
            place,
            key,
            name_key: "name",
            who: Who::Editors,
            noun,
            fields,
        };
        match self {
            Record::Action => Kind {
                name_key: "title",
                ..kind(
                    "actie",
                    FileKind::Actions,
                    Place::Array("action"),
                    Key::Id,
                    "entity-action",
                    |r| {
                        vec![
                            Field::new("title", Text).required(),
                            Field::new("themes", Checks(theme_choices())).required(),
                            Field::new("role", Select(enum_choices::<Role>(role_word))),
                            Field::new("addresses", Multi(knelpunt_choices(r))),
                            Field::new("schools", Multi(school_choices(r))),
                            Field::new("overlegtafel", Select(overlegtafel_choices(r))),
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
                        ]
                    },
                )
            },
            Record::Knelpunt => Kind {
                name_key: "text",
                ..kind(
                    "knelpunt",
                    FileKind::Actions,
                    Place::Array("knelpunt"),
                    Key::Id,
                    "entity-knelpunt",
                    |r| {
                        vec![
                            Field::new("text", LongText).required(),
                            Field::new("schools", Multi(school_choices(r))),
                            Field::new("themes", Checks(theme_choices())),
                            Field::new("resolved", Date),
                        ]
                    },
                )
            },
            Record::Overlegtafel => kind(
                "overlegtafel",
                FileKind::Overlegtafels,
                Place::Array("overlegtafel"),
                Key::Id,
                "entity-overlegtafel",
                |r| {
                    vec![
                        Field::new("name", Text).required(),
                        Field::new("level", Select(enum_choices::<Level>(crate::words::level)))
                            .required(),
                        Field::new("organizer", Text),
                        Field::new("partners", Lines),
                        Field::new("frequency", Text),
                        Field::new("relevant", Flag { default: true }),
                        Field::new("reason", LongText),
                        Field::new("represented_by", Select(representative_choices(r))),
                        Field::new("themes", Checks(theme_choices())),
                    ]
                },
            ),
            Record::Plan => kind(
                "plan",
                FileKind::Overlegtafels,
                Place::Array("plan"),
                Key::Id,
                "entity-plan",
                initiative_fields,
            ),
            Record::Project => kind(
                "project",
                FileKind::Overlegtafels,
                Place::Array("project"),
                Key::Id,
                "entity-project",
                initiative_fields,
            ),
            Record::Development => kind(
                "ontwikkeling",
                FileKind::Overlegtafels,
                Place::Array("development"),
                Key::Id,
                "entity-development",
                initiative_fields,
            ),
            Record::School => kind(
                "school",
                FileKind::Schools,
                Place::Array("school"),
                Key::Id,
                "entity-school",
                |r| {
                    vec![
                        Field::new("name", Text).required(),
                        Field::new(
                            "kind",
                            Select(enum_choices::<SchoolKind>(|k| match k {
                                SchoolKind::Pro => t!("form-kind-pro"),
                                SchoolKind::Vso => t!("form-kind-vso"),
                            })),
                        )
                        .required(),
                        Field::new("brin", Text),
                        Field::new("municipality", Select(municipality_choices(r))),
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
                        Field::new("reason", LongText),
                    ]
                },
            ),
            Record::Coordinator => kind(
                "netwerkcoordinator",
                FileKind::Region,
                Place::Table("coordinator"),
                Key::One,
                "form-coordinator",
                |_| {
                    vec![
                        Field::new(
                            "status",
                            Select(enum_choices::<CoordinatorStatus>(
                                crate::words::coordinator_status,
                            )),
                        )
                        .required(),
                        Field::new("name", Text),
                        Field::new("hours_per_week", Decimal),
                        Field::new("since", Date),
                        Field::new(
                            "scale",
                            Select(enum_choices::<Scale>(|s| s.as_str().to_string())),
                        ),
                    ]
                },
            ),
            Record::Jaarplan => Kind {
                name_key: "title",
                ..kind(
                    "jaarplan",
                    FileKind::Jaarplan,
                    Place::Root,
                    Key::One,
                    "entity-jaarplan",
                    |r| {
                        vec![
                            Field::new("title", Text).required(),
                            Field::new("start", Date).required(),
                            Field::new("end", Date).required(),
                            Field::new("regional_plan", Select(plan_choices(r))),
                        ]
                    },
                )
            },
            Record::Goal => Kind {
                name_key: "text",
                ..kind(
                    "doel",
                    FileKind::Jaarplan,
                    Place::Array("goal"),
                    Key::Id,
                    "entity-goal",
                    |r| {
                        vec![
                            Field::new("text", LongText).required(),
                            Field::new("themes", Checks(theme_choices())),
                            Field::new("actions", Multi(action_choices(r))),
                            Field::new("target", Decimal),
                            Field::new("unit", Text),
                            Field::new("indicator", Text),
                            Field::new(
                                "measure",
                                Select(enum_choices::<OutcomeMeasure>(
                                    crate::words::outcome_measure,
                                )),
                            ),
                        ]
                    },
                )
            },
            // Named by its theme's title (the choice's label).
            Record::Theme => Kind {
                name_key: "id",
                ..kind(
                    "thema",
                    FileKind::Jaarplan,
                    Place::Array("theme"),
                    Key::Fields(&["id"]),
                    "entity-theme",
                    |_| {
                        vec![
                            Field::new("id", Select(theme_choices())).required(),
                            // The file always says it: `addressed = false`
                            // is the choice this record records.
                            Field::new("addressed", Flag { default: false }).required(),
                            Field::new("reason", LongText),
                        ]
                    },
                )
            },
            Record::Meeting => Kind {
                who: Who::Meetings,
                ..kind(
                    "overleg",
                    FileKind::Jaarplan,
                    Place::Array("meeting"),
                    Key::Fields(&["kind", "date"]),
                    "entity-meeting",
                    |_| {
                        vec![
                            Field::new("kind", Select(enum_choices::<MeetingKind>(meeting_word)))
                                .required(),
                            Field::new("date", Date).required(),
                            Field::new("notes", LongText),
                            Field::new("decisions", Lines),
                        ]
                    },
                )
            },
            Record::Measurement => kind(
                "meting",
                FileKind::Jaarplan,
                Place::Within(Record::Goal, "measurement"),
                Key::Fields(&["date"]),
                "entity-measurement",
                |_| {
                    vec![
                        Field::new("date", Date).required(),
                        Field::new("value", Decimal).required(),
                        Field::new("source", Text),
                    ]
                },
            ),
            Record::PublicPractice => Kind {
                name_key: "title",
                ..kind(
                    "voorbeeld",
                    FileKind::Practices,
                    Place::Array("practice"),
                    Key::Id,
                    "entity-practice",
                    |_| {
                        vec![
                            Field::new("title", Text).required(),
                            Field::new("themes", Checks(theme_choices())).required(),
                            Field::new("summary", LongText).required(),
                            Field::new("result", LongText),
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
                            Field::new("since", Date),
                            Field::new("source", Text).required(),
                            Field::new("source_title", Text),
                            Field::new("source_date", Date),
                            Field::new("source_year", Integer),
                            Field::new("links", Lines),
                            Field::new("contact_organisation", Text),
                            Field::new("contact_role", Text),
                            Field::new("written", Date).required(),
                            Field::new("checked", Flag { default: false }),
                        ]
                    },
                )
            },
            Record::Outcome => kind(
                "uitstroom",
                FileKind::Uitstroom,
                Place::Array("uitstroom"),
                Key::Fields(&["school", "year"]),
                "entity-outcome",
                |r| {
                    let mut f = vec![
                        Field::new("school", Select(school_choices(r))).required(),
                        Field::new("year", Text).required(),
                    ];
                    for key in crate::model::count_fields() {
                        let field = Field::new(key, Integer);
                        f.push(if key == "leavers" {
                            field.required()
                        } else {
                            field
                        });
                    }
                    f
                },
            ),
        }
    }

    /// Its name in the addresses.
    pub(crate) fn segment(self) -> &'static str {
        self.kind().segment
    }

    pub(crate) fn from_segment(segment: &str) -> Option<Record> {
        Record::ALL.into_iter().find(|r| r.segment() == segment)
    }

    pub(crate) fn file(self) -> FileKind {
        self.kind().file
    }

    /// The array of tables its records are in (`action`); `None` for a
    /// kind of one record.
    pub(crate) fn array(self) -> Option<&'static str> {
        match self.kind().place {
            Place::Array(name) | Place::Within(_, name) => Some(name),
            Place::Root | Place::Table(_) => None,
        }
    }

    /// The kind whose records hold this kind's (a measurement's goal).
    pub(crate) fn within(self) -> Option<Record> {
        match self.kind().place {
            Place::Within(parent, _) => Some(parent),
            _ => None,
        }
    }

    /// A kind whose records each have an `id` of their own.
    pub(crate) fn has_ids(self) -> bool {
        self.kind().key == Key::Id
    }

    /// One record of the kind, not one of many.
    pub(crate) fn is_one(self) -> bool {
        self.kind().key == Key::One
    }

    /// The record's table in its file's document: the one of its place,
    /// or the one its key finds (`key` as [`Record::key_of`] writes it).
    pub(crate) fn table<'a>(
        self,
        doc: &'a toml_edit::Table,
        key: Option<&str>,
    ) -> Option<&'a toml_edit::Table> {
        let kind = self.kind();
        match (kind.place, key) {
            (Place::Root, _) => Some(doc),
            (Place::Table(name), _) => doc.get(name)?.as_table(),
            (Place::Array(array), Some(key)) => doc
                .get(array)?
                .as_array_of_tables()?
                .iter()
                .find(|t| self.is(t, key)),
            (Place::Within(parent, array), Some(key)) => {
                let (outer, inner) = key.split_once(KEY_SEPARATOR)?;
                parent
                    .table(doc, Some(outer))?
                    .get(array)?
                    .as_array_of_tables()?
                    .iter()
                    .find(|t| self.is(t, inner))
            }
            (Place::Array(_) | Place::Within(..), None) => None,
        }
    }

    /// Every record of this kind in a file's document with its key (as
    /// [`Record::key_of`] writes it), in file order.
    pub(crate) fn tables(self, doc: &toml_edit::Table) -> Vec<(&toml_edit::Table, String)> {
        fn list<'d>(
            record: Record,
            table: &'d toml_edit::Table,
            array: &str,
            parent: Option<&str>,
        ) -> Vec<(&'d toml_edit::Table, String)> {
            let tables = table.get(array).and_then(|i| i.as_array_of_tables());
            tables
                .into_iter()
                .flat_map(|l| l.iter())
                .map(|t| (t, record.key_of(t, parent)))
                .collect()
        }
        match self.kind().place {
            Place::Root => vec![(doc, String::new())],
            Place::Table(name) => doc
                .get(name)
                .and_then(|i| i.as_table())
                .map(|t| (t, String::new()))
                .into_iter()
                .collect(),
            Place::Array(array) => list(self, doc, array, None),
            Place::Within(parent, array) => parent
                .tables(doc)
                .into_iter()
                .flat_map(|(t, p)| list(self, t, array, Some(&p)))
                .collect(),
        }
    }

    /// The keys of every record of this kind in a file's document.
    pub(crate) fn keys(self, doc: &toml_edit::Table) -> Vec<String> {
        self.tables(doc).into_iter().map(|(_, k)| k).collect()
    }

    /// A record's name for people: its name field (a title, a name, a
    /// text cut short), else its key's values ("stuurgroep 2026-10-01").
    pub(crate) fn name_of(self, table: &toml_edit::Table, key: &str) -> String {
        let name = table.get(self.name_key()).and_then(|v| v.as_str());
        if let Some(label) = name.and_then(|n| self.choice_label(n)) {
            return label;
        }
        if name.is_some_and(|n| !n.trim().is_empty()) {
            return Record::named(name, key);
        }
        self.name_from_key(key)
    }

    /// The name of a record known by its key: its own part (a
    /// measurement's date, not its goal's id), dates as people write them.
    pub(crate) fn name_from_key(self, key: &str) -> String {
        let parts: Vec<&str> = key.split(KEY_SEPARATOR).collect();
        let own = match (self.within(), parts.as_slice()) {
            (Some(_), [_, rest @ ..]) if !rest.is_empty() => rest,
            _ => &parts[..],
        };
        own.iter()
            .map(|p| {
                p.parse::<chrono::NaiveDate>()
                    .map_or_else(|_| p.to_string(), crate::i18n::date)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where the name field is a choice (a theme of a "not this year"
    /// record), the chosen value's label.
    pub(crate) fn choice_label(self, value: &str) -> Option<String> {
        self.fields(None)
            .iter()
            .find(|f| f.key == self.name_key() && matches!(f.input, Input::Select(_)))?
            .choices()
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.label.clone())
    }

    /// A name for people from a name field's value, else from the key.
    pub(crate) fn named(name: Option<&str>, key: &str) -> String {
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            // Long texts (a goal, a knelpunt) are cut at a word.
            Some(n) if n.chars().count() > 60 => {
                let cut: String = n.chars().take(60).collect();
                let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
                format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
            }
            Some(n) => n.to_string(),
            None => key.replace(KEY_SEPARATOR, " "),
        }
    }

    /// Whether `table` is the record `key` names (its own part of the key,
    /// for a record within another).
    pub(crate) fn is(self, table: &toml_edit::Table, key: &str) -> bool {
        match self.kind().key {
            Key::One => true,
            Key::Id => has_id(table, key),
            Key::Fields(fields) => own_key(table, fields) == key,
        }
    }

    /// The key of a record of this kind as addresses carry it: its id, its
    /// key fields' values (`stuurgroep/2026-03-01`), after its parent's key
    /// for a record within another (`stageplekken/2026-03-01`).
    pub(crate) fn key_of(self, table: &toml_edit::Table, parent: Option<&str>) -> String {
        let own = match self.kind().key {
            Key::One => String::new(),
            Key::Id => table
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string(),
            Key::Fields(fields) => own_key(table, fields),
        };
        match parent {
            Some(p) => format!("{p}{KEY_SEPARATOR}{own}"),
            None => own,
        }
    }

    /// The field a new record's id is made from.
    pub(crate) fn name_key(self) -> &'static str {
        self.kind().name_key
    }

    /// The anchor of the record on the region's page.
    pub(crate) fn anchor(self, id: &str) -> String {
        if self.is_one() {
            self.segment().to_string()
        } else {
            format!("{}-{id}", self.segment())
        }
    }

    /// `Actie`, `Knelpunt`, …, `Netwerkcoördinator`: the start of a sentence.
    pub(crate) fn noun(self) -> String {
        self.noun_in(crate::i18n::lang())
    }

    /// `actie`, `knelpunt`, …: the word inside a sentence.
    pub(crate) fn word(self) -> String {
        crate::i18n::message(self.kind().noun, &[])
    }

    /// [`Record::noun`] in a language (a commit message's: the data's).
    pub(crate) fn noun_in(self, lang: crate::i18n::Lang) -> String {
        let word = crate::i18n::message_in(lang, self.kind().noun, &[]);
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// The fields of its form, in the order the files write them, each
    /// labelled. The choices come from the region as it is now.
    pub(crate) fn fields(self, region: Option<&RegionData>) -> Vec<Field> {
        (self.kind().fields)(region)
            .into_iter()
            .map(|mut f| {
                f.label = self.label_id(f.key);
                f
            })
            .collect()
    }

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

/// Between the parts of a key in an address (`stuurgroep/2026-03-01`):
/// percent-encoded there, so it stays one segment.
pub(crate) const KEY_SEPARATOR: char = '/';

/// The values of `fields` in a table, as a key.
fn own_key(table: &toml_edit::Table, fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| match table.get(f).and_then(|i| i.as_value()) {
            Some(toml_edit::Value::String(s)) => s.value().trim().to_string(),
            Some(v) => {
                let mut v = v.clone();
                v.decor_mut().clear();
                v.to_string().trim().to_string()
            }
            None => String::new(),
        })
        .collect::<Vec<_>>()
        .join(&KEY_SEPARATOR.to_string())
}

/// A kind of record in the workbench's addresses (`/regio/<slug>/actie/<id>`):
/// Dutch, as the pages are, and stable whatever the run's language.
pub(crate) fn segment(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::School => Record::School.segment(),
        EntityKind::Overlegtafel => Record::Overlegtafel.segment(),
        EntityKind::Plan => Record::Plan.segment(),
        EntityKind::Project => Record::Project.segment(),
        EntityKind::Development => Record::Development.segment(),
        EntityKind::Knelpunt => Record::Knelpunt.segment(),
        EntityKind::Action => Record::Action.segment(),
        EntityKind::Goal => Record::Goal.segment(),
        EntityKind::Theme => Record::Theme.segment(),
    }
}

fn initiative_fields(_: Option<&RegionData>) -> Vec<Field> {
    use Input::*;
    vec![
        Field::new("name", Text).required(),
        Field::new("owner", Text),
        Field::new("start", Date),
        Field::new("end", Date),
        Field::new("funding", Text),
        Field::new("themes", Checks(theme_choices())),
        Field::new("relevant", Flag { default: true }),
        Field::new("reason", LongText),
    ]
}

fn role_word(r: Role) -> String {
    match r {
        Role::Netwerkregisseur => t!("form-role-a"),
        Role::Vertegenwoordiger => t!("form-role-b"),
        Role::Foto => t!("form-role-c"),
        Role::Kennismakelaar => t!("form-role-d"),
        Role::Ontwikkelthema => t!("form-role-e"),
    }
}

fn meeting_word(k: MeetingKind) -> String {
    match k {
        MeetingKind::Stuurgroep => t!("meeting-stuurgroep"),
        MeetingKind::Directies => t!("meeting-directies"),
    }
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

fn action_choices(region: Option<&RegionData>) -> Vec<Choice> {
    record_choices(region.map(|r| r.actions()), |a| {
        (a.id.get_ref().as_str(), short(&a.title))
    })
}

fn overlegtafel_choices(region: Option<&RegionData>) -> Vec<Choice> {
    record_choices(region.map(|r| r.overlegtafels()), |o| {
        (o.id.get_ref().as_str(), o.name.clone())
    })
}

fn plan_choices(region: Option<&RegionData>) -> Vec<Choice> {
    let Some(region) = region else {
        return Vec::new();
    };
    region
        .initiatives()
        .filter(|(k, _)| *k == crate::model::InitiativeKind::Plan)
        .map(|(_, i)| Choice::new(i.id.get_ref().as_str(), i.name.clone()))
        .collect()
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

/// A long text cut to its first words, for a list of choices.
fn short(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema of a kind's table: its properties and which of them are
    /// required (aliases aside: the forms write the format's own keys).
    fn schema_of(record: Record) -> (Vec<String>, Vec<String>) {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::schema::schema_text(record.file().into())).unwrap();
        let resolve = |v: &serde_json::Value| -> serde_json::Value {
            let reference = v["items"]["$ref"]
                .as_str()
                .or(v["$ref"].as_str())
                .or_else(|| {
                    v["anyOf"]
                        .as_array()?
                        .iter()
                        .find_map(|a| a["$ref"].as_str())
                });
            match reference {
                Some(r) => schema["$defs"][r.trim_start_matches("#/$defs/")].clone(),
                None => v.clone(),
            }
        };
        let table = match record.kind().place {
            Place::Root => schema.clone(),
            Place::Table(name) | Place::Array(name) => resolve(&schema["properties"][name]),
            Place::Within(parent, name) => {
                let Place::Array(outer) = parent.kind().place else {
                    panic!("{record:?} within a kind of one record");
                };
                let parent = resolve(&schema["properties"][outer]);
                resolve(&parent["properties"][name])
            }
        };
        let keys = |v: &serde_json::Value| -> Vec<String> {
            v.as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default()
        };
        let required = table["required"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        (keys(&table["properties"]), required)
    }

    #[test]
    fn every_field_is_a_key_of_its_file_s_schema_and_every_required_key_a_field() {
        for record in Record::ALL {
            let (keys, required) = schema_of(record);
            assert!(!keys.is_empty(), "{record:?}: no properties in its schema");
            let fields = record.fields(None);
            for field in &fields {
                let key = nested(field.key).map_or(field.key, |(parent, _)| parent);
                assert!(
                    keys.iter().any(|k| k == key),
                    "{record:?} has a field `{}` that {} does not define: {keys:?}",
                    field.key,
                    record.file().file_name()
                );
            }
            // What the file requires, the form asks (an id is made).
            for key in &required {
                let asked = fields.iter().any(|f| f.key == key && f.required);
                let made = key == "id" && record.has_ids();
                assert!(
                    asked || made,
                    "{record:?}: {} requires `{key}`, its form does not",
                    record.file().file_name()
                );
            }
            // And a field the form requires, the file requires.
            for field in fields.iter().filter(|f| f.required) {
                assert!(
                    required.iter().any(|k| k == field.key),
                    "{record:?}: the form requires `{}`, {} does not",
                    field.key,
                    record.file().file_name()
                );
            }
            if record.has_ids() {
                assert!(keys.iter().any(|k| k == "id"), "{record:?}");
            }
            if let Key::Fields(key) = record.kind().key {
                for k in key {
                    assert!(fields.iter().any(|f| f.key == *k), "{record:?}: key {k}");
                }
            }
        }
    }

    #[test]
    fn every_kind_has_its_own_address_and_its_words() {
        let mut segments: Vec<&str> = Record::ALL.iter().map(|r| r.segment()).collect();
        segments.sort_unstable();
        segments.dedup();
        assert_eq!(segments.len(), Record::ALL.len());
        for record in Record::ALL {
            assert_eq!(Record::from_segment(record.segment()), Some(record));
            for lang in [crate::i18n::Lang::Nl, crate::i18n::Lang::En] {
                assert!(
                    crate::i18n::has(lang, record.kind().noun),
                    "{record:?}: {} in {lang:?}",
                    record.kind().noun
                );
                for f in record.fields(None) {
                    assert!(crate::i18n::has(lang, &f.label), "{} in {lang:?}", f.label);
                }
            }
        }
    }

    #[test]
    fn a_record_is_found_by_its_key_within_its_parent_too() {
        let doc: toml_edit::DocumentMut = "title = \"x\"\n[[goal]]\nid = \"g\"\ntext = \"t\"\n[[goal.measurement]]\ndate = 2026-03-01\nvalue = 3\n[[meeting]]\nkind = \"stuurgroep\"\ndate = 2026-02-01\n"
            .parse()
            .unwrap();
        let doc = doc.as_table();
        let m = Record::Measurement
            .table(doc, Some("g/2026-03-01"))
            .unwrap();
        assert_eq!(m.get("value").and_then(|v| v.as_integer()), Some(3));
        assert!(
            Record::Measurement
                .table(doc, Some("g/2026-03-02"))
                .is_none()
        );
        let meeting = Record::Meeting
            .table(doc, Some("stuurgroep/2026-02-01"))
            .unwrap();
        assert_eq!(
            Record::Meeting.key_of(meeting, None),
            "stuurgroep/2026-02-01"
        );
        assert!(Record::Jaarplan.table(doc, None).is_some());
    }
}
