//! History and undo on the web: a record's changes
//! (`regio/<slug>/<kind>/<key>/geschiedenis`), the region's recent changes
//! (`regio/<slug>/wijzigingen`), each in words — who, when, field: before
//! → after — and "Ongedaan maken" on a change
//! (`regio/<slug>/<kind>/<key>/ongedaan`, POST): a new commit by the
//! person that puts the record back as it was before that change, through
//! the one write path. Where later changes to the record would be taken
//! back too, it says so and asks first.

use super::server::Form;
use super::{Ctx, Reply, WebError, reply};
use crate::edit::{self, Edit, RecordRestore, Refusal};
use crate::i18n::t;
use crate::model::RegionData;
use crate::records::{Raw, Record, RecordChange, raw_from_table};
use crate::registry::Region;
use crate::usecases::changes::{self, ChangeEntry};
use crate::web::Route;
use serde::Serialize;

/// How far back the region's page of changes looks.
const RECENT_DAYS: i64 = 90;

#[derive(Serialize)]
struct ChangesView {
    heading: String,
    intro: String,
    back: String,
    back_label: String,
    entries: Vec<EntryView>,
    /// Asked before an undo that would take back later changes too.
    ask: Option<Ask>,
    /// Why an undo was refused.
    problems: Vec<String>,
}

#[derive(Serialize)]
struct Ask {
    action: String,
    commit: String,
    name: String,
}

#[derive(Serialize)]
struct EntryView {
    short: String,
    hash: String,
    who: String,
    when: String,
    subject: String,
    records: Vec<RecordView>,
}

#[derive(Serialize)]
struct RecordView {
    #[serde(flatten)]
    change: RecordChange,
    /// The record's own history (on the region's page of changes).
    history: Option<String>,
    /// Where "Ongedaan maken" posts, for who may change the record.
    undo: Option<String>,
}

/// `2026-11-22T12:00:00+01:00` as "22 november 2026, 12:00".
fn when(iso: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(iso) {
        Ok(d) => t!(
            "history-when",
            date = crate::i18n::date(d.date_naive()),
            time = d.format("%H:%M").to_string()
        ),
        Err(_) => iso.to_string(),
    }
}

/// The record's values as a version of its file has them (`None`: the
/// record, or the file, is not there).
/// The record's whole table as text, what it holds within it included (a
/// goal's measurements): what an undo would take back.
fn whole(record: Record, key: &str, bytes: Option<&[u8]>) -> Option<String> {
    let doc: toml_edit::DocumentMut = String::from_utf8_lossy(bytes?).parse().ok()?;
    let table = record.table(doc.as_table(), Some(key))?;
    // As a document of its own: a table's Display leaves out the tables
    // within it.
    let mut list = toml_edit::ArrayOfTables::new();
    list.push(table.clone());
    let mut own = toml_edit::DocumentMut::new();
    own.insert("r", toml_edit::Item::ArrayOfTables(list));
    Some(own.to_string())
}

fn values(record: Record, key: &str, bytes: Option<&[u8]>) -> Option<Vec<Raw>> {
    let doc: toml_edit::DocumentMut = String::from_utf8_lossy(bytes?).parse().ok()?;
    let table = record.table(doc.as_table(), Some(key))?;
    Some(raw_from_table(&record.fields(None), Some(table)))
}

impl Ctx {
    fn may_change(&self, region: &Region, record: Record) -> bool {
        match record.kind().who {
            crate::records::Who::Editors => self.person.edits(region),
            crate::records::Who::Meetings => self.person.records_meetings(region),
        }
    }

    fn entry_views(
        &self,
        region: &'static Region,
        entries: Vec<ChangeEntry>,
        with_history: bool,
    ) -> Vec<EntryView> {
        entries
            .into_iter()
            .map(|e| EntryView {
                short: e.short,
                hash: e.hash,
                who: e.author,
                when: when(&e.date),
                subject: e.subject,
                records: e
                    .records
                    .into_iter()
                    .map(|change| {
                        let (record, id) = (change.record, change.key.clone());
                        RecordView {
                            history: with_history.then(|| {
                                Route::History {
                                    region,
                                    record,
                                    id: id.clone(),
                                }
                                .href()
                            }),
                            // The plan itself, once begun, is not un-begun
                            // (its goals and meetings are undone each).
                            undo: (self.may_change(region, record)
                                && !(record.is_one()
                                    && change.change == crate::records::Change::Added))
                                .then(|| Route::Undo { region, record, id }.href()),
                            change,
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    /// A record's history, newest change first.
    pub(super) fn record_history(
        &self,
        region: &'static Region,
        record: Record,
        key: &str,
    ) -> Result<Reply, WebError> {
        self.history_reply(200, region, record, key, None, Vec::new())
    }

    fn history_reply(
        &self,
        status: u16,
        region: &'static Region,
        record: Record,
        key: &str,
        ask: Option<Ask>,
        problems: Vec<String>,
    ) -> Result<Reply, WebError> {
        let (_, c) = self.loaded(region)?;
        let data = c.data.regions.first();
        let entries = changes::record_history(&self.root, region, data, record, key)
            .map_err(|e| WebError::Refused(404, e.describe().1))?;
        let Some(name) = entries
            .first()
            .and_then(|e| e.records.first())
            .map(|r| r.name.clone())
        else {
            return Err(WebError::NotFound);
        };
        let view = ChangesView {
            heading: t!(
                "history-heading",
                kind = record.noun(),
                name = name.as_str()
            ),
            intro: t!("history-intro"),
            back: Route::Region(region).href(),
            back_label: t!("error-to-region"),
            entries: self.entry_views(region, entries, false),
            ask,
            problems,
        };
        let route = Route::History {
            region,
            record,
            id: key.to_string(),
        };
        self.changes_reply(status, &c, data, &route, &view)
    }

    /// The region's changes of the last months, newest first.
    pub(super) fn region_changes(&self, region: &'static Region) -> Result<Reply, WebError> {
        let (_, c) = self.loaded(region)?;
        let data = c.data.regions.first();
        let since = self.today - chrono::Duration::days(RECENT_DAYS);
        let entries = changes::region_changes(&self.root, region, data, since)
            .map_err(|e| WebError::Refused(404, e.describe().1))?;
        let view = ChangesView {
            heading: t!("changes-heading", region = region.name),
            intro: t!("changes-intro", days = RECENT_DAYS),
            back: Route::Region(region).href(),
            back_label: t!("error-to-region"),
            entries: self.entry_views(region, entries, true),
            ask: None,
            problems: Vec::new(),
        };
        self.changes_reply(200, &c, data, &Route::Changes(region), &view)
    }

    fn changes_reply(
        &self,
        status: u16,
        c: &crate::usecases::Checked,
        data: Option<&RegionData>,
        route: &Route,
        view: &ChangesView,
    ) -> Result<Reply, WebError> {
        let workbench = self.workbench(c, data);
        let body = super::changes_page(
            view.heading.clone(),
            route.root(),
            self.today,
            view,
            &workbench,
        )?;
        Ok(reply(status, "text/html; charset=utf-8", body))
    }

    /// A change to a record undone: the record as it was before the
    /// commit the form names.
    pub(super) fn undo(
        &self,
        region: &'static Region,
        record: Record,
        key: &str,
        form: &Form,
    ) -> Result<Reply, WebError> {
        let commit = form
            .get("commit")
            .filter(|c| c.len() == 40 && c.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or(WebError::BadForm)?;
        let rel = crate::model::region_path(region.slug, record.file());
        let (before, after) =
            crate::git::file_around(&self.root, commit, &rel).map_err(|_| WebError::NotFound)?;
        let now = self.region_file(&rel)?;
        let name = [&before, &after, &now]
            .into_iter()
            .find_map(|bytes| {
                let doc: toml_edit::DocumentMut =
                    String::from_utf8_lossy(bytes.as_deref()?).parse().ok()?;
                let table = record.table(doc.as_table(), Some(key))?;
                Some(record.name_of(table, key))
            })
            .ok_or(WebError::NotFound)?;
        // The change must be this record's.
        if values(record, key, before.as_deref()) == values(record, key, after.as_deref()) {
            return Err(WebError::NotFound);
        }
        let text = |b: &Option<Vec<u8>>| {
            b.as_deref()
                .map(|b| String::from_utf8_lossy(b).into_owned())
        };
        // A key changed is one change: undone, both halves go back.
        let partners = crate::records::partners(
            record,
            key,
            text(&before).as_deref(),
            text(&after).as_deref(),
        );
        // Changed since, itself or what it holds (a goal's measurements):
        // the undo would take that back too, so it asks.
        let later = std::iter::once(key)
            .chain(partners.iter().map(String::as_str))
            .any(|k| whole(record, k, after.as_deref()) != whole(record, k, now.as_deref()));
        if later && form.get("confirm") != Some("ja") {
            let ask = Ask {
                action: Route::Undo {
                    region,
                    record,
                    id: key.to_string(),
                }
                .href(),
                commit: commit.to_string(),
                name,
            };
            return self.history_reply(409, region, record, key, Some(ask), Vec::new());
        }
        let restore = Edit::Restore(RecordRestore {
            record,
            key: key.to_string(),
            name,
            before: before.map(|b| String::from_utf8_lossy(&b).into_owned()),
            commit: commit.chars().take(7).collect(),
            partners,
        });
        let hash = edit::hash(now.as_deref().unwrap_or_default());
        match self.apply(region, &restore, &hash) {
            Ok(outcome) => {
                let history = Route::History {
                    region,
                    record,
                    id: key.to_string(),
                };
                Ok(self.saved_to(outcome, format!("/{}", history.href())))
            }
            Err(Refusal::Invalid {
                problems,
                rel,
                text,
            }) => {
                // In the forms' words: what refers to what, and where.
                let sources = super::fixes::new_text(&rel, &text);
                let problems = problems
                    .iter()
                    .map(|d| super::core::describe(d, &sources))
                    .collect();
                self.history_reply(422, region, record, key, None, problems)
            }
            Err(r) => Err(super::core::refusal_error(r)),
        }
    }
}
