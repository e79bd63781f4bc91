//! The one way a region's files change. An [`Edit`] (a form's change, the
//! directies' approval, schools from DUO) is applied by [`Writer::apply`]
//! with one policy, whoever asks — the command line, the workbench or the
//! hub:
//!
//! 1. the data root's lock is held (`Writer::open`), so that two writers
//!    are serialised: each reads what the one before it wrote;
//! 2. the files are read; a form made from another version of its file is
//!    refused as stale;
//! 3. the change is made through toml_edit (the rest of the file —
//!    comments, layout, spellings — stays as it was);
//! 4. the region is checked in memory with every rule: an edit that would
//!    bring an error is refused and nothing is written;
//! 5. each file is replaced in one step (a temporary file, flushed, moved
//!    into place), only if it still holds what was read;
//! 6. in git, the files are committed in one commit whose message comes
//!    from the catalogue in the data's language; if the commit fails the
//!    files are put back, so a change is never half recorded. A file with
//!    changes of the user's own that no commit holds is written and not
//!    committed (their changes stay out of our commit), and said so.

mod approval;
mod outcomes;
pub(crate) mod record;
mod round;
mod schools;
mod toml;

pub(crate) use crate::model::{OutcomeRow, count_fields};
pub(crate) use outcomes::{FieldSpans, WriteRow, field_at, field_spans};
pub(crate) use record::{RecordEdit, RecordRemoval, RecordRestore};
pub(crate) use round::NewVote;
pub(crate) use toml::toml_date;

use crate::diag::{Diagnostic, Severity};
use crate::error::Error;
use crate::i18n::{Lang, date_in, message_in, plain_in};
use crate::load::{self, Input};
use crate::lock::DataLock;
use crate::model::{FileKind, MeetingKind, REGIONS_DIR, Status};
use crate::records::Record;
use crate::registry::Region;
use crate::report::commands::Proposal;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// One change to a region's files.
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
        kind: MeetingKind,
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
    /// A record removed.
    Remove(RecordRemoval),
    /// A record put back as it was before a commit.
    Restore(RecordRestore),
    /// The directies' approval of the plan as it is now, with its
    /// fingerprint. `tag`: the approval must end in a commit (to be tagged).
    Approve {
        by: String,
        date: NaiveDate,
        tag: bool,
    },
    /// The directies' round opened: the plan is before them until
    /// `deadline`.
    OpenRound {
        opened: NaiveDate,
        deadline: NaiveDate,
        message: Option<String>,
    },
    /// The open round's deadline moved.
    ExtendRound {
        deadline: NaiveDate,
    },
    /// The open round withdrawn, with who and why.
    WithdrawRound {
        date: NaiveDate,
        by: String,
        reason: String,
    },
    /// A director's vote; when it brings the agreeing votes on the plan
    /// as it is to the quorum, the approval is recorded too (`by`, dated
    /// the vote's day).
    Vote {
        vote: NewVote,
        quorum: crate::model::Quorum,
        by: String,
    },
    /// A practice of another region taken up: a new planned action with
    /// its title, themes and summary, and `inspired_by`.
    Adopt(Adoption),
    /// Schools from DUO's open data appended to schools.toml; the region's
    /// folder, region.toml and schools.toml are made where absent.
    AddSchools(Vec<Proposal>),
    /// The figures of uitstroom.toml for schools and school years: each
    /// row's entry changed, or added; uitstroom.toml is started where the
    /// region has none.
    Outcomes(Vec<OutcomeRow>),
    /// A change kept after a conflict with the forge, made again on top of
    /// the files as they are: per file its version before and after the
    /// kept change; where both changed a line, the kept version wins.
    Reapply {
        subject: String,
        files: Vec<KeptFile>,
    },
}

/// A practice taken up as a new action of one's own region.
#[derive(Debug, Clone)]
pub(crate) struct Adoption {
    pub id: String,
    pub title: String,
    pub themes: Vec<String>,
    pub summary: Option<String>,
    /// The practice: `region/id`.
    pub from: String,
}

impl Adoption {
    fn table(&self) -> toml_edit::Table {
        use toml_edit::value;
        let mut t = toml_edit::Table::new();
        t.insert("id", value(self.id.as_str()));
        t.insert("title", value(self.title.as_str()));
        t.insert(
            "themes",
            value(
                self.themes
                    .iter()
                    .map(String::as_str)
                    .collect::<toml_edit::Array>(),
            ),
        );
        t.insert("status", value("planned"));
        if let Some(s) = self.summary.as_deref().filter(|s| !s.trim().is_empty()) {
            t.insert("summary", value(s));
        }
        t.insert("inspired_by", value(self.from.as_str()));
        t
    }
}

/// What the file an edit changes must still be.
#[derive(Debug, Clone)]
pub(crate) enum Expect {
    /// Whatever it is now (the caller read the data under the lock).
    Current,
    /// The version a form was made from, by its [`hash`] (an absent file
    /// hashes as empty).
    Hash(String),
}

/// One file of a kept change: the region's file it is, and its text
/// before and after the change (`None` before: the change made the file).
#[derive(Debug, Clone)]
pub(crate) struct KeptFile {
    pub kind: FileKind,
    pub before: Option<Vec<u8>>,
    pub after: Vec<u8>,
}

/// The files of one region, in the order of [`FileKind::REGION`]; `None`
/// for a file the region does not have.
type Files = [Option<Vec<u8>>; 7];

/// The new bytes of the files an edit changes, and (for a record) the
/// keys whose value changed.
struct Planned {
    changes: Vec<(FileKind, Vec<u8>)>,
    keys: Vec<&'static str>,
}

impl Edit {
    /// The file the edit is about (the one a form's hash names).
    pub(crate) fn file(&self) -> FileKind {
        match self {
            Edit::ActionStatus { .. } | Edit::KnelpuntResolved { .. } | Edit::Adopt(_) => {
                FileKind::Actions
            }
            Edit::Measurement { .. }
            | Edit::Meeting { .. }
            | Edit::Approve { .. }
            | Edit::OpenRound { .. }
            | Edit::ExtendRound { .. }
            | Edit::WithdrawRound { .. }
            | Edit::Vote { .. } => FileKind::Jaarplan,
            Edit::Record(r) => r.record.file(),
            Edit::Remove(r) => r.record.file(),
            Edit::Restore(r) => r.record.file(),
            Edit::AddSchools(_) => FileKind::Schools,
            Edit::Outcomes(_) => FileKind::Uitstroom,
            Edit::Reapply { files, .. } => files.first().map_or(FileKind::Actions, |f| f.kind),
        }
    }

    /// The edit may start its file where the region has none.
    fn starts_file(&self) -> bool {
        matches!(self, Edit::Record(r) if r.new)
            || matches!(self, Edit::Restore(_))
            || matches!(self, Edit::Adopt(_))
            || matches!(
                self,
                Edit::AddSchools(_) | Edit::Outcomes(_) | Edit::Reapply { .. }
            )
    }

    /// The directies approve a plan of a region without errors only.
    fn needs_valid_region(&self) -> bool {
        matches!(self, Edit::Approve { .. })
    }

    /// The commit message, in the data's language: the data's history is
    /// read by the coordinators.
    fn message(&self, lang: Lang, region: &Region, keys: &[&str], files: &Files) -> String {
        // A record named by its name as the files hold it (a goal's text, a
        // school's name), else by its key.
        let named = |record: Record, key: &str| {
            name_in(files, record, key).unwrap_or_else(|| key.to_string())
        };
        // What comes from the data (an id, a name, a subject) is one line
        // of the commit's subject: never a line of its own (a trailer), and
        // no control character reaches git.
        let m = |id: &str, args: &[(&str, fluent_bundle::FluentValue)]| {
            let args: Vec<(&str, fluent_bundle::FluentValue)> = args
                .iter()
                .map(|(k, v)| match v {
                    fluent_bundle::FluentValue::String(s) => (
                        *k,
                        fluent_bundle::FluentValue::from(
                            s.chars()
                                .map(|c| if c.is_control() { ' ' } else { c })
                                .collect::<String>(),
                        ),
                    ),
                    v => (*k, v.clone()),
                })
                .collect();
            message_in(lang, id, &args)
        };
        match self {
            // The subject in words (it is what the person is told); the
            // commit undone in the body, for who reads the history in git.
            Edit::Restore(r) => format!(
                "{}\n\n{}",
                m(
                    "commit-record-restored",
                    &[
                        ("kind", r.record.noun_in(lang).into()),
                        ("name", r.name.as_str().into()),
                    ],
                ),
                m(
                    "commit-record-restored-body",
                    &[("commit", r.commit.as_str().into())],
                )
            ),
            Edit::Remove(r) => m(
                "commit-record-removed",
                &[
                    ("kind", r.record.noun_in(lang).into()),
                    ("name", r.name.as_str().into()),
                ],
            ),
            Edit::Record(r) => {
                let fields = keys
                    .iter()
                    .map(|k| message_in(lang, &r.record.label_id(k), &[]))
                    .collect::<Vec<_>>()
                    .join(", ");
                // Quoted, on the subject line: a key never makes a line
                // of its own.
                let id = if r.record.is_one() {
                    String::new()
                } else {
                    format!(" '{}'", r.name().replace(['\n', '\r'], " "))
                };
                m(
                    if r.new {
                        "commit-record-added"
                    } else {
                        "commit-record-changed"
                    },
                    &[
                        ("kind", r.record.noun_in(lang).into()),
                        ("id", id.into()),
                        ("fields", fields.into()),
                    ],
                )
            }
            Edit::ActionStatus { id, status } => m(
                "commit-action-status",
                &[
                    ("id", named(Record::Action, id).into()),
                    ("status", status.as_str().into()),
                ],
            ),
            Edit::KnelpuntResolved { id, date } => m(
                "commit-knelpunt-resolved",
                &[
                    ("id", named(Record::Knelpunt, id).into()),
                    ("date", date_in(lang, *date).into()),
                ],
            ),
            Edit::Meeting { kind, date, .. } => m(
                "commit-meeting",
                &[
                    ("kind", kind.as_str().into()),
                    ("date", date_in(lang, *date).into()),
                ],
            ),
            Edit::Measurement {
                goal, date, value, ..
            } => m(
                "commit-measurement",
                &[
                    ("id", named(Record::Goal, goal).into()),
                    ("value", plain_in(lang, *value).into()),
                    ("date", date_in(lang, *date).into()),
                ],
            ),
            Edit::Approve { by, date, .. } => m(
                "commit-approve",
                &[
                    ("region", region.name.into()),
                    ("by", by.as_str().into()),
                    ("date", date_in(lang, *date).into()),
                ],
            ),
            Edit::ExtendRound { deadline } => m(
                "commit-round-extended",
                &[
                    ("region", region.name.into()),
                    ("deadline", date_in(lang, *deadline).into()),
                ],
            ),
            Edit::WithdrawRound { by, .. } => m(
                "commit-round-withdrawn",
                &[("region", region.name.into()), ("by", by.as_str().into())],
            ),
            Edit::Adopt(a) => m(
                "commit-adopt",
                &[
                    ("id", a.id.as_str().into()),
                    ("from", a.from.as_str().into()),
                ],
            ),
            Edit::OpenRound { deadline, .. } => m(
                "commit-round-opened",
                &[
                    ("region", region.name.into()),
                    ("deadline", date_in(lang, *deadline).into()),
                ],
            ),
            Edit::Vote { vote, .. } => m(
                "commit-vote",
                &[
                    ("name", vote.name.as_str().into()),
                    (
                        "institution",
                        named(Record::School, &vote.institution).into(),
                    ),
                    ("decision", vote.decision.as_str().into()),
                    ("fingerprint", vote.fingerprint.as_str().into()),
                ],
            ),
            Edit::AddSchools(new) => m(
                "commit-add-schools",
                &[("region", region.name.into()), ("count", new.len().into())],
            ),
            Edit::Outcomes(rows) => {
                let mut years: Vec<&str> = rows.iter().map(|r| r.year.as_str()).collect();
                years.sort_unstable();
                years.dedup();
                m(
                    "commit-outcomes",
                    &[
                        ("region", region.name.into()),
                        ("count", rows.len().into()),
                        (
                            "school",
                            rows.first()
                                .map_or_else(String::new, |r| named(Record::School, &r.school))
                                .into(),
                        ),
                        ("year", years.join(", ").into()),
                    ],
                )
            }
            Edit::Reapply { subject, .. } => {
                m("commit-reapplied", &[("subject", subject.as_str().into())])
            }
        }
    }

    /// The new bytes of the files the edit changes, from the files as
    /// they are; `NotFound` when what it names is not there.
    fn plan(&self, region: &'static Region, files: &Files) -> Result<Planned, Refusal> {
        let at = index(self.file());
        let kind = self.file();
        if let Edit::Reapply { files: kept, .. } = self {
            let mut changes = Vec::new();
            for f in kept {
                let now = files[index(f.kind)].clone().unwrap_or_default();
                let merged = crate::git::merge_keeping_theirs(
                    f.before.as_deref().unwrap_or_default(),
                    &now,
                    &f.after,
                )
                .map_err(Refusal::Failed)?;
                if merged != now {
                    changes.push((f.kind, merged));
                }
            }
            return Ok(Planned {
                changes,
                keys: Vec::new(),
            });
        }
        if let Edit::AddSchools(new) = self {
            let new: Vec<&Proposal> = new.iter().collect();
            let mut changes = Vec::new();
            if files[index(FileKind::Region)].is_none() {
                // A folder without region.toml would not be a region.
                changes.push((
                    FileKind::Region,
                    schools::new_region_toml(region).into_bytes(),
                ));
            }
            let start = files[at]
                .clone()
                .unwrap_or_else(|| schools::new_schools_toml(region).into_bytes());
            let bytes = schools::add_to_schools(&start, &new)
                .map_err(|e| Refusal::NotToml(first_line(&e.to_string())))?;
            changes.push((kind, bytes));
            return Ok(Planned {
                changes,
                keys: Vec::new(),
            });
        }
        let old = match &files[at] {
            Some(bytes) => bytes.as_slice(),
            None if self.starts_file() => &[],
            None => return Err(Refusal::NotFound),
        };
        let text = std::str::from_utf8(old).map_err(|_| Refusal::NotFound)?;
        const BOM: &str = "\u{feff}";
        let (bom, body) = match text.strip_prefix(BOM) {
            Some(body) => (BOM, body),
            None => ("", text),
        };
        let mut doc: toml_edit::DocumentMut = body
            .parse()
            .map_err(|e: toml_edit::TomlError| Refusal::NotToml(first_line(&e.to_string())))?;
        let rel = crate::model::region_path(region.slug, kind);
        let keys = self.change(&mut doc, &rel, body)?;
        if kind == FileKind::Jaarplan {
            self.follow_round(&mut doc, &rel, files);
        }
        let mut new = format!("{bom}{doc}");
        if files[at].is_none() {
            new.insert_str(0, &crate::schema::schema_line(kind));
        }
        if let Edit::Approve { .. } = self
            && !approval::reads_back(&rel, &new)
        {
            return Err(Refusal::Failed(Error::Internal(format!(
                "the approval written to {rel} does not read back"
            ))));
        }
        let changes = if new.as_bytes() == old {
            Vec::new()
        } else {
            vec![(kind, new.into_bytes())]
        };
        Ok(Planned { changes, keys })
    }

    /// Makes the change in the file's document; returns the keys a record
    /// edit changed.
    fn change(
        &self,
        doc: &mut toml_edit::DocumentMut,
        rel: &str,
        text: &str,
    ) -> Result<Vec<&'static str>, Refusal> {
        use toml_edit::value;
        let missing = || Refusal::NotFound;
        match self {
            Edit::Record(r) => return r.apply(doc).ok_or_else(missing),
            Edit::Remove(r) => r.apply(doc).ok_or_else(missing)?,
            Edit::Restore(r) => r.apply(doc).ok_or_else(missing)?,
            Edit::ActionStatus { id, status } => {
                let action = toml::record(doc, "action", id).ok_or_else(missing)?;
                toml::set_value(
                    action,
                    "status",
                    &crate::records::Value::Str(status.as_str().into()),
                );
            }
            Edit::KnelpuntResolved { id, date } => {
                let k = toml::record(doc, "knelpunt", id).ok_or_else(missing)?;
                k.insert("resolved", value(toml_date(*date)));
            }
            Edit::Meeting {
                kind,
                date,
                notes,
                decisions,
            } => {
                let meetings = toml::array_of_tables(doc, "meeting").ok_or_else(missing)?;
                let same = |m: &toml_edit::Table| {
                    m.get("kind").and_then(|v| v.as_str()) == Some(kind.as_str())
                        && m.get("date")
                            .and_then(|v| v.as_datetime())
                            .map(|d| d.to_string())
                            == Some(date.to_string())
                };
                // A planned meeting (no notes, no decisions yet) is filled
                // in; one that has them is changed through its own form,
                // never overwritten from here.
                let held =
                    |m: &toml_edit::Table| m.contains_key("notes") || m.contains_key("decisions");
                if meetings.iter().any(|m| same(m) && held(m)) {
                    return Err(Refusal::Taken(crate::i18n::t!(
                        "serve-meeting-taken",
                        date = crate::i18n::date(*date)
                    )));
                }
                if !meetings.iter().any(same) {
                    let mut m = toml_edit::Table::new();
                    m.insert("kind", value(kind.as_str()));
                    m.insert("date", value(toml_date(*date)));
                    meetings.push(m);
                }
                let m = meetings.iter_mut().find(|m| same(m)).ok_or_else(missing)?;
                // A browser's text area ends lines with CR LF.
                let notes = notes.as_deref().map(|n| n.replace("\r\n", "\n"));
                toml::set_or_remove(m, "notes", notes.as_deref());
                let list: toml_edit::Array = decisions
                    .iter()
                    .map(|d| d.trim())
                    .filter(|d| !d.is_empty())
                    .collect();
                if list.is_empty() {
                    m.remove("decisions");
                } else {
                    m.insert("decisions", value(list));
                }
            }
            Edit::Measurement {
                goal,
                date,
                value: figure,
                source,
            } => {
                let goal = toml::record(doc, "goal", goal).ok_or_else(missing)?;
                let day = toml_date(*date).to_string();
                let taken = goal
                    .get("measurement")
                    .and_then(|i| i.as_array_of_tables())
                    .is_some_and(|list| {
                        list.iter().any(|m| {
                            m.get("date")
                                .and_then(|v| v.as_datetime())
                                .map(|d| d.to_string())
                                == Some(day.clone())
                        })
                    });
                if taken {
                    return Err(Refusal::Taken(crate::i18n::t!(
                        "serve-measurement-taken",
                        date = crate::i18n::date(*date)
                    )));
                }
                let mut m = toml_edit::Table::new();
                m.insert("date", value(toml_date(*date)));
                m.insert("value", toml_edit::Item::Value(toml::number(*figure)));
                toml::set_or_remove(&mut m, "source", source.as_deref());
                goal.entry("measurement")
                    .or_insert(toml_edit::Item::ArrayOfTables(
                        toml_edit::ArrayOfTables::new(),
                    ))
                    .as_array_of_tables_mut()
                    .ok_or_else(missing)?
                    .push(m);
            }
            Edit::Approve { by, date, .. } => {
                let plan = approval::read(rel, text).ok_or_else(missing)?;
                // While the directies' round is open, its votes are the
                // only way to the approval.
                if plan.round().is_some() && !plan.round_closed() {
                    return Err(Refusal::RoundOpen);
                }
                if !approval::recorded(&plan, by, *date) {
                    approval::set(doc, &plan, by, *date);
                }
            }
            Edit::OpenRound {
                opened,
                deadline,
                message,
            } => {
                let plan = approval::read(rel, text).ok_or_else(missing)?;
                round::open(doc, &plan, *opened, *deadline, message.as_deref())
                    .ok_or_else(missing)?;
            }
            Edit::Vote { vote, .. } => round::vote(doc, vote).ok_or_else(missing)?,
            Edit::ExtendRound { deadline } => {
                let plan = approval::read(rel, text).ok_or_else(missing)?;
                if plan.round().is_none() || plan.round_closed() {
                    return Err(Refusal::NotFound);
                }
                round::extend(doc, *deadline).ok_or_else(missing)?;
            }
            Edit::WithdrawRound { date, by, reason } => {
                let plan = approval::read(rel, text).ok_or_else(missing)?;
                if plan.round().is_none() || plan.round_closed() {
                    return Err(Refusal::NotFound);
                }
                round::withdraw(doc, *date, by, reason).ok_or_else(missing)?;
            }
            Edit::Adopt(a) => {
                let actions = toml::array_of_tables(doc, "action").ok_or_else(missing)?;
                actions.push(a.table());
            }
            Edit::AddSchools(_) | Edit::Reapply { .. } => {}
            Edit::Outcomes(rows) => {
                for row in rows {
                    row.apply(doc).ok_or_else(missing)?;
                }
            }
        }
        Ok(Vec::new())
    }
}

impl Edit {
    /// After any change to the plan while a round is open: its new
    /// fingerprint among the round's versions; after a vote, the approval
    /// when the quorum is reached.
    fn follow_round(&self, doc: &mut toml_edit::DocumentMut, rel: &str, files: &Files) {
        let Some(plan) = approval::read(rel, &doc.to_string()) else {
            return;
        };
        round::record_version(doc, &plan);
        let Edit::Vote { vote, quorum, by } = self else {
            return;
        };
        let Some(plan) = approval::read(rel, &doc.to_string()) else {
            return;
        };
        let schools = files[index(FileKind::Schools)]
            .as_deref()
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(schools::read)
            .unwrap_or_default();
        round::close_if_reached(doc, &plan, &schools, *quorum, by, vote.date);
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

/// Where a file kind is in [`Files`].
fn index(kind: FileKind) -> usize {
    kind.index()
}

/// Why an edit was not made; nothing was written.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// The file changed since the form was made.
    Stale,
    /// What the edit names (a record, a file, a region) is not there.
    NotFound,
    /// The file the edit changes is not TOML (the check says where).
    NotToml(String),
    /// The edit would bring these errors (in `text`, the file's new text,
    /// at `rel`), or the region has errors that the edit may not pass.
    Invalid {
        problems: Vec<Diagnostic>,
        rel: String,
        text: String,
    },
    /// A hand approval while the directies' round is open.
    RoundOpen,
    /// A record the edit would add is there already, with content the
    /// edit would overwrite: what to say (a meeting with its notes, a
    /// measurement of the same day).
    Taken(String),
    /// An approval to be tagged that cannot be committed: outside git, or
    /// the plan has changes of the user's own that no commit holds.
    NoCommit {
        rel: String,
        git: bool,
    },
    Failed(Error),
}

impl Refusal {
    /// The refusal as the command line reports it.
    pub(crate) fn into_error(self, root: &Path, rel: &str) -> Error {
        match self {
            Refusal::Stale => Error::ChangedMeanwhile(root.join(rel)),
            Refusal::NotFound => {
                Error::Internal(format!("{rel}: what the change names is not there"))
            }
            Refusal::NotToml(message) => Error::NotToml {
                path: rel.to_string(),
                message,
            },
            Refusal::Invalid { problems, rel, .. } => Error::EditInvalid {
                path: rel,
                problems: problems.iter().map(|d| d.message.clone()).collect(),
            },
            Refusal::RoundOpen => Error::Round(crate::error::RoundRefusal::ApprovalDuringRound),
            Refusal::Taken(message) => Error::Internal(message),
            Refusal::NoCommit { git: false, .. } => Error::TagNeedsGit(root.to_path_buf()),
            Refusal::NoCommit { rel, git: true } => Error::TagNeedsCommit(rel),
            Refusal::Failed(e) => e,
        }
    }
}

/// What an edit did.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    /// The commit message (also when nothing was committed): what changed.
    pub message: String,
    /// The files written, relative to the root.
    pub files: Vec<String>,
    pub saved: Saved,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Saved {
    /// Written and committed: the commit's hash.
    Committed(String),
    /// Written; not in git (or committing was not asked).
    Written,
    /// Written; a file had changes of its own that no commit held.
    NotCommitted,
    /// The edit changed nothing: nothing written.
    Unchanged,
}

/// A short hash of a file's bytes, as the forms carry it.
pub(crate) fn hash(bytes: &[u8]) -> String {
    crate::source::digest(bytes)
}

/// The errors of a region given its five files' bytes.
fn errors(region: &'static Region, files: &Files, today: NaiveDate) -> Vec<Diagnostic> {
    let inputs = files
        .clone()
        .map(|f| f.map_or(Input::Missing, Input::Bytes));
    let data = load::from_memory(region, inputs);
    crate::check::run(&data, today)
        .into_iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect()
}

/// A writer of one data root: it holds the root's lock from `open` until
/// it is dropped, so that everything between — reading, computing,
/// writing, committing — happens with no other writer in between.
#[derive(Debug)]
pub(crate) struct Writer {
    root: PathBuf,
    /// Commit each edit (in a git work tree, unless asked not to).
    git: bool,
    /// The language of the commit messages.
    lang: Lang,
    /// The person the commits are by (the hub's signed-in person); `None`:
    /// git's configured identity.
    author: Option<crate::git::Author>,
    _lock: DataLock,
}

impl Writer {
    /// Takes the lock of `root` (waiting for another writer to finish).
    /// `commit`: commit the edits if the root is in a git work tree.
    pub(crate) fn open(root: &Path, commit: bool) -> Result<Writer, Error> {
        let git = commit && crate::git::in_work_tree(root);
        Writer::open_in(root, git)
    }

    /// [`Writer::open`] where the caller knows already whether to commit
    /// (a server asks git once, at its start, not at every edit).
    pub(crate) fn open_in(root: &Path, git: bool) -> Result<Writer, Error> {
        // A new data root (init, import) is made here: the lock lives in it.
        std::fs::create_dir_all(root).map_err(|source| Error::Write {
            path: root.to_path_buf(),
            source,
        })?;
        Ok(Writer::holding(root, git, DataLock::acquire(root)?))
    }

    /// A writer of `root` that holds `lock`, in the data's language.
    fn holding(root: &Path, git: bool, lock: DataLock) -> Writer {
        let settings = load::load(root, Some(&[]))
            .map(|d| d.settings)
            .unwrap_or_default();
        Writer {
            root: root.to_path_buf(),
            git,
            lang: match settings.language {
                Some(crate::model::DataLanguage::En) => Lang::En,
                _ => Lang::Nl,
            },
            author: None,
            _lock: lock,
        }
    }

    /// [`Writer::open_in`] for edits of one region only: other regions'
    /// writers proceed beside it (see [`DataLock::acquire_region`]).
    pub(crate) fn open_region(
        root: &Path,
        git: bool,
        region: &'static Region,
    ) -> Result<Writer, Error> {
        let lock = DataLock::acquire_region(root, region.slug)?;
        Ok(Writer::holding(root, git, lock))
    }

    /// The edits' commits are by `author`.
    pub(crate) fn by(mut self, author: Option<crate::git::Author>) -> Writer {
        self.author = author;
        self
    }

    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// The language of the data's history.
    pub(crate) fn language(&self) -> Lang {
        self.lang
    }

    /// Whether the edits are committed.
    pub(crate) fn commits(&self) -> bool {
        self.git
    }

    /// Applies `edit` to `region`'s files under the one policy (module
    /// documentation). Nothing is written when it is refused.
    pub(crate) fn apply(
        &self,
        region: &'static Region,
        edit: &Edit,
        expect: &Expect,
        today: NaiveDate,
    ) -> Result<Outcome, Refusal> {
        let Prepared {
            files,
            changes,
            message,
            main,
            dir,
            new_folder,
        } = prepare(&self.root, self.lang, region, edit, expect, today)?;
        if changes.is_empty() {
            return Ok(Outcome {
                message,
                files: Vec::new(),
                saved: Saved::Unchanged,
            });
        }
        let rels: Vec<String> = changes
            .iter()
            .map(|(kind, _)| crate::model::region_path(region.slug, *kind))
            .collect();
        // One commit at a time: from here to the commit, git's index and
        // HEAD are this edit's.
        let _commit = if self.git {
            Some(crate::lock::GitLock::acquire(&self.root).map_err(Refusal::Failed)?)
        } else {
            None
        };
        // Changes of the user's own in these files stay out of our commit.
        let dirty = self.git && rels.iter().any(|r| crate::git::has_changes(&self.root, r));
        if matches!(edit, Edit::Approve { tag: true, .. }) && (!self.git || dirty) {
            return Err(Refusal::NoCommit {
                rel: main,
                git: self.git,
            });
        }
        if new_folder {
            std::fs::create_dir_all(&dir).map_err(|source| {
                Refusal::Failed(Error::Write {
                    path: dir.clone(),
                    source,
                })
            })?;
        }
        let written = self.write(&files, &changes, &rels)?;
        let saved = if !self.git {
            Saved::Written
        } else if dirty {
            Saved::NotCommitted
        } else {
            let paths: Vec<&str> = rels.iter().map(String::as_str).collect();
            match crate::git::commit_files_as(&self.root, &paths, &message, self.author.as_ref()) {
                Ok(commit) => Saved::Committed(commit),
                Err(e) => {
                    // Without its commit the change is not recorded: the
                    // files go back to what they were.
                    self.undo(&written);
                    return Err(Refusal::Failed(e));
                }
            }
        };
        Ok(Outcome {
            message,
            files: rels,
            saved,
        })
    }

    /// Writes each change in one step, if its file still holds what was
    /// read; on a failure the files already written are put back.
    fn write(
        &self,
        files: &Files,
        changes: &[(FileKind, Vec<u8>)],
        rels: &[String],
    ) -> Result<Vec<Written>, Refusal> {
        let mut written = Vec::new();
        for ((kind, bytes), rel) in changes.iter().zip(rels) {
            let path = self.root.join(rel);
            let old = files[index(*kind)].clone();
            let result = match &old {
                Some(old) => crate::write::replace(&path, old, bytes),
                // Never over a file that appeared meanwhile.
                None => match crate::write::create_new(&path, bytes) {
                    Ok(true) => Ok(()),
                    Ok(false) => Err(Error::ChangedMeanwhile(path.clone())),
                    Err(e) => Err(e),
                },
            };
            if let Err(e) = result {
                self.undo(&written);
                return Err(match e {
                    Error::ChangedMeanwhile(_) => Refusal::Stale,
                    e => Refusal::Failed(e),
                });
            }
            written.push(Written {
                path,
                old,
                new: bytes.clone(),
            });
        }
        Ok(written)
    }

    /// Puts written files back as they were (best effort: each only if it
    /// still holds what this edit wrote).
    fn undo(&self, written: &[Written]) {
        for w in written.iter().rev() {
            match &w.old {
                Some(old) => {
                    let _ = crate::write::replace(&w.path, &w.new, old);
                }
                None => {
                    if std::fs::read(&w.path).is_ok_and(|b| b == w.new) {
                        let _ = std::fs::remove_file(&w.path);
                    }
                }
            }
        }
    }
}

/// An edit made in memory and checked: what [`Writer::apply`] writes.
struct Prepared {
    files: Files,
    changes: Vec<(FileKind, Vec<u8>)>,
    message: String,
    /// The file the edit is about, relative to the root.
    main: String,
    dir: PathBuf,
    new_folder: bool,
}

/// Steps 2–4 of the policy: the files read, the change made and checked
/// in memory. Nothing is written.
fn prepare(
    root: &Path,
    lang: Lang,
    region: &'static Region,
    edit: &Edit,
    expect: &Expect,
    today: NaiveDate,
) -> Result<Prepared, Refusal> {
    let dir = root.join(REGIONS_DIR).join(region.slug);
    // Never through a symbolic link: not the region's folder, not a file.
    if std::fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Refusal::Failed(Error::SymlinkedFile(dir)));
    }
    let new_folder = !dir.is_dir();
    if new_folder && !matches!(edit, Edit::AddSchools(_)) {
        return Err(Refusal::NotFound);
    }
    let mut files: Files = Default::default();
    for (slot, kind) in files.iter_mut().zip(FileKind::REGION) {
        let path = dir.join(kind.file_name());
        *slot = match crate::write::read_plain(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
                return Err(Refusal::Failed(Error::SymlinkedFile(path)));
            }
            Err(source) => return Err(Refusal::Failed(Error::Read { path, source })),
        };
    }
    let main = crate::model::region_path(region.slug, edit.file());
    if let Expect::Hash(expected) = expect {
        let now = files[index(edit.file())].as_deref().unwrap_or_default();
        if hash(now) != *expected {
            return Err(Refusal::Stale);
        }
    }
    let Planned { changes, keys } = edit.plan(region, &files)?;
    let message = edit.message(lang, region, &keys, &files);
    let prepared = Prepared {
        files,
        changes,
        message,
        main,
        dir,
        new_folder,
    };
    if prepared.changes.is_empty() {
        return Ok(prepared);
    }
    let Prepared {
        files,
        changes,
        main,
        ..
    } = &prepared;
    // Checked in memory: nothing invalid is ever written. Errors the
    // data had before the edit do not hold it back, unless the edit
    // needs a region without errors.
    let before = errors(region, files, today);
    if edit.needs_valid_region() && !before.is_empty() {
        return Err(Refusal::Invalid {
            problems: before,
            rel: main.clone(),
            text: String::new(),
        });
    }
    let mut after_files = files.clone();
    for (kind, bytes) in changes {
        after_files[index(*kind)] = Some(bytes.clone());
    }
    let key = |d: &Diagnostic| (d.code, d.message.clone());
    let known: Vec<_> = before.iter().map(key).collect();
    let new_errors: Vec<Diagnostic> = errors(region, &after_files, today)
        .into_iter()
        .filter(|e| !known.contains(&key(e)))
        .collect();
    if !new_errors.is_empty() {
        let text = after_files[index(edit.file())]
            .as_deref()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        return Err(Refusal::Invalid {
            problems: new_errors,
            rel: main.clone(),
            text,
        });
    }
    Ok(prepared)
}

/// What `edit` would change, checked as [`Writer::apply`] checks it, with
/// nothing written: the files it would write, relative to the root (none
/// when it changes nothing).
pub(crate) fn preview(
    root: &Path,
    region: &'static Region,
    edit: &Edit,
    today: NaiveDate,
) -> Result<Vec<String>, Refusal> {
    let p = prepare(root, Lang::Nl, region, edit, &Expect::Current, today)?;
    Ok(p.changes
        .iter()
        .map(|(kind, _)| crate::model::region_path(region.slug, *kind))
        .collect())
}

impl Writer {
    /// A new region folder with `files` (name, text), built in a hidden
    /// folder and moved into place in one step, so that a failure never
    /// leaves half a region behind. Refused (nothing written) where the
    /// folder exists. Not committed: the coordinator fills it in first.
    pub(crate) fn create_region(
        &self,
        region: &'static Region,
        files: &[(&'static str, String)],
    ) -> Result<(), Error> {
        let rel = format!("{REGIONS_DIR}/{}", region.slug);
        let dir = self.root.join(&rel);
        let exists = || Error::RegionExists {
            region,
            path: rel.clone(),
        };
        if std::fs::symlink_metadata(&dir).is_ok() {
            return Err(exists());
        }
        let regions = self.root.join(REGIONS_DIR);
        let tmp = regions.join(format!(".{}.init-{}", region.slug, std::process::id()));
        let io = |p: &Path| {
            let path = p.to_path_buf();
            move |source| Error::Write { path, source }
        };
        std::fs::create_dir_all(&tmp).map_err(io(&regions))?;
        let built = files.iter().try_for_each(|(name, text)| {
            match crate::write::create_new(&tmp.join(name), text.as_bytes())? {
                true => Ok(()),
                false => Err(Error::ChangedMeanwhile(tmp.join(name))),
            }
        });
        let moved = built.and_then(|_| {
            if std::fs::symlink_metadata(&dir).is_ok() {
                return Err(exists());
            }
            std::fs::rename(&tmp, &dir).map_err(io(&dir))
        });
        if let Err(e) = moved {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
        Ok(())
    }
}

/// A file an edit wrote, and what it held before (`None`: it was new).
struct Written {
    path: PathBuf,
    old: Option<Vec<u8>>,
    new: Vec<u8>,
}

/// The name for people of the record `key` of kind `record` in the region's
/// files as they are before the edit.
fn name_in(files: &Files, record: Record, key: &str) -> Option<String> {
    let bytes = files[index(record.file())].as_deref()?;
    let doc: toml_edit::DocumentMut = String::from_utf8_lossy(bytes).parse().ok()?;
    let table = record.table(doc.as_table(), Some(key))?;
    Some(record.name_of(table, key))
}
