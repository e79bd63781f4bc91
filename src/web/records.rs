//! The record forms' addresses and their round trip: the form with the
//! record as the file has it (GET), and its submission (POST) checked,
//! written and committed by `edit`, or shown again with each problem
//! beside its field.
//!
//! `regio/<slug>/nieuw/<record>` adds, `regio/<slug>/<record>/<id>` edits,
//! `regio/<slug>/netwerkcoordinator` edits the coordinator's details.

use super::forms::{self, FormView};
use super::server::Form;
use super::{Ctx, Reply, WebError};
use crate::edit::{self, Edit, RecordEdit, Refusal};
use crate::i18n::t;
use crate::records::{self as fields, Raw, Record};
use crate::web::Route;
use std::collections::BTreeMap;

/// How often a submission is tried again on a file that others changed
/// meanwhile (each try reads the file anew; another try is needed only when
/// yet another edit landed in between).
const MAX_TRIES: usize = 32;

/// An id made from a name: `Stagebank techniek` → `stagebank-techniek`,
/// cut at a word, and unique among `taken`.
fn new_id(name: &str, taken: &[String]) -> String {
    let mut id = String::new();
    for word in crate::registry::slugify(name).split('-') {
        if !id.is_empty() && id.len() + word.len() + 1 > 40 {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(word);
    }
    let base = id.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

impl Ctx {
    /// A record's form (GET, `pairs` is `None`) or its submission.
    pub(super) fn record_form(
        &self,
        route: &Route,
        form: Option<&Form>,
    ) -> Result<Reply, WebError> {
        self.record_round(route, form.map(Form::pairs), 0)
    }

    /// As `record_form`; `tries` the times a submission was tried again on
    /// the file as it is now, because only other records changed (many
    /// people adding to one file at once each land, in turn).
    fn record_round(
        &self,
        route: &Route,
        pairs: Option<&[(String, String)]>,
        tries: usize,
    ) -> Result<Reply, WebError> {
        let Route::Record { region, record, id } = route else {
            return Err(WebError::NotFound);
        };
        let (region, record) = (*region, *record);
        // The region alone: its records are the form's choices.
        let ws = self.workspace();
        let data = ws.checked(&[region], &crate::model::FileKind::REGION)?;
        let Some(region_data) = data.data.regions.first() else {
            return Err(WebError::NotFound);
        };
        let rel = crate::model::region_path(region.slug, record.file());
        // Adding to a file the region does not have yet starts it, as does
        // the form of a record that is the whole file (the jaarplan begun).
        let starts = route.adds() || record.kind().place == fields::Place::Root;
        let (bytes, begins) = match self.region_file(&rel)? {
            Some(bytes) => (bytes, false),
            None if starts => (Vec::new(), true),
            None => return Err(WebError::NotFound),
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let Ok(doc) = text.parse::<toml_edit::DocumentMut>() else {
            // The form needs the file as TOML; the problems page says why not.
            return Err(WebError::Refused(
                422,
                t!("form-file-broken", file = rel.as_str()),
            ));
        };
        let table = record.table(doc.as_table(), id.as_deref());
        if table.is_none() && (id.is_some() || record.is_one()) {
            return Err(WebError::NotFound);
        }
        let mut fields = record.fields(Some(region_data));
        let current = fields::raw_from_table(&fields, table);
        fields::keep_current(&mut fields, &current);
        let name = match (table, id) {
            (Some(table), Some(key)) => record.name_of(table, key),
            _ => String::new(),
        };
        let mut view = View {
            route,
            name,
            begins,
            hash: edit::hash(&bytes),
            record: forms::record_hash(&current),
            id: String::new(),
            id_error: None,
            errors: BTreeMap::new(),
            problems: Vec::new(),
            technical: Vec::new(),
            others: BTreeMap::new(),
        };
        let Some(pairs) = pairs else {
            return self.form_reply(200, &data, &view, &fields, &current);
        };
        let raw = forms::raw_from_form(&fields, pairs);
        let given = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_string())
                .unwrap_or_default()
        };
        let Some(hash) = pairs.iter().find(|(k, _)| k == "hash").map(|(_, v)| v) else {
            return Err(WebError::BadForm);
        };
        view.hash = hash.clone();
        let made_from = pairs
            .iter()
            .find(|(k, _)| k == "record")
            .map(|(_, v)| v.as_str());
        view.record = made_from.unwrap_or_default().to_string();
        let values = match fields::values(&fields, &raw) {
            Ok(values) => values,
            Err(errors) => {
                view.id = given("id");
                view.errors = errors;
                return self.form_reply(422, &data, &view, &fields, &raw);
            }
        };
        let id = match (id, record.array()) {
            (Some(id), _) => id.clone(),
            (None, None) => String::new(),
            (None, Some(array)) if record.has_ids() => {
                let taken: Vec<String> = doc
                    .get(array)
                    .and_then(|i| i.as_array_of_tables())
                    .map(|list| {
                        list.iter()
                            .filter_map(|t| t.get("id").and_then(|v| v.as_str()))
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                match given("id") {
                    id if id.is_empty() => new_id(&given(record.name_key()), &taken),
                    id if !crate::check::is_kebab(&id) => {
                        view.id = id.chars().take(crate::check::MAX_ID * 2).collect();
                        view.id_error =
                            Some(t!("form-error-id-invalid", max = crate::check::MAX_ID));
                        return self.form_reply(422, &data, &view, &fields, &raw);
                    }
                    id if taken.contains(&id) => {
                        view.id = id;
                        view.id_error = Some(t!("form-error-id-taken"));
                        return self.form_reply(422, &data, &view, &fields, &raw);
                    }
                    id => id,
                }
            }
            // Kinds keyed by their fields: the key is what the form says
            // (a meeting's kind and date), and must be free.
            (None, Some(array)) => {
                let fields::Key::Fields(keys) = record.kind().key else {
                    return Err(WebError::NotFound);
                };
                let key = keys
                    .iter()
                    .map(|k| given(k))
                    .collect::<Vec<_>>()
                    .join(&fields::KEY_SEPARATOR.to_string());
                let taken = doc
                    .get(array)
                    .and_then(|i| i.as_array_of_tables())
                    .is_some_and(|list| list.iter().any(|t| record.is(t, &key)));
                if taken {
                    let first = keys.last().copied().unwrap_or_default();
                    view.errors.insert(first, t!("form-error-key-taken"));
                    return self.form_reply(422, &data, &view, &fields, &raw);
                }
                key
            }
        };
        let edit = RecordEdit {
            record,
            id: id.clone(),
            new: route.adds() || begins,
            values,
            fields: fields.clone(),
        };
        let anchor = anchor_after(&edit);
        let change = Edit::Record(edit);
        match self.apply(region, &change, hash) {
            Ok(outcome) => Ok(self.saved(region, outcome, &anchor)),
            Err(Refusal::Invalid {
                problems,
                rel,
                text,
            }) => {
                let (mut errors, rest) = forms::place(&problems, &rel, &text, record, Some(&id));
                view.id = given("id");
                view.id_error = errors.remove("id");
                view.errors = errors;
                view.problems = rest;
                view.technical = forms::technical(&problems);
                self.form_reply(422, &data, &view, &fields, &raw)
            }
            Err(Refusal::Stale) => {
                // The file changed since the form was made. Read it again:
                // if this record is as the form showed it, only another
                // record changed, and the submission is tried once more on
                // the file as it is now; else the person sees their input
                // with what the record holds now beside each field.
                let now = self.region_file(&rel)?.unwrap_or_default();
                let doc = String::from_utf8_lossy(&now)
                    .parse::<toml_edit::DocumentMut>()
                    .ok();
                let table = doc
                    .as_ref()
                    .and_then(|d| record.table(d.as_table(), route_id(route, &id)));
                if table.is_none() && !route.adds() {
                    return Err(WebError::Refused(409, t!("form-stale-removed")));
                }
                let theirs = fields::raw_from_table(&fields, table);
                let unchanged = made_from.is_some_and(|m| m == forms::record_hash(&theirs));
                if tries < MAX_TRIES && (route.adds() || unchanged) {
                    let mut retry: Vec<(String, String)> =
                        pairs.iter().filter(|(k, _)| k != "hash").cloned().collect();
                    retry.push(("hash".to_string(), edit::hash(&now)));
                    return self.record_round(route, Some(&retry), tries + 1);
                }
                view.hash = edit::hash(&now);
                view.record = forms::record_hash(&theirs);
                view.id = given("id");
                // The version the form was made from, where git has it:
                // then only what the other person changed is shown.
                let made = crate::git::file_history(&self.root, &rel)
                    .ok()
                    .and_then(|h| {
                        h.contents
                            .into_iter()
                            .flatten()
                            .find(|c| edit::hash(c) == *hash)
                    });
                let base = made.and_then(|bytes| {
                    let doc = String::from_utf8_lossy(&bytes)
                        .parse::<toml_edit::DocumentMut>()
                        .ok()?;
                    let table = record.table(doc.as_table(), route_id(route, &id));
                    Some(fields::raw_from_table(&fields, table))
                });
                view.others = forms::others(&fields, &raw, &theirs, base.as_deref());
                // "Bert Bakker (2026-12-05 10:42)": who, and when where git knows.
                let (who, when) = crate::git::last_change(&self.root, &rel)
                    .map(|(who, when)| (who, format!(" ({when})")))
                    .unwrap_or_else(|| (t!("form-stale-someone"), String::new()));
                view.problems = vec![t!("form-stale", who = who.as_str(), when = when.as_str())];
                self.form_reply(409, &data, &view, &fields, &raw)
            }
            Err(refusal) => Err(super::core::refusal_error(refusal)),
        }
    }

    fn form_reply(
        &self,
        status: u16,
        data: &crate::usecases::Checked,
        view: &View,
        fields: &[fields::Field],
        raw: &[Raw],
    ) -> Result<Reply, WebError> {
        let route = view.route;
        let Route::Record {
            region, record, id, ..
        } = route
        else {
            return Err(WebError::NotFound);
        };
        let noun = record.noun();
        let heading = match (id, *record) {
            (_, Record::Coordinator) => t!("form-heading-coordinator"),
            (_, Record::Jaarplan) if view.begins => t!("form-begin-jaarplan"),
            (_, record) if record.is_one() => t!("form-heading-one", kind = noun.as_str()),
            (None, _) => t!("form-heading-new", kind = noun.as_str()),
            (Some(_), _) => t!(
                "form-heading-edit",
                kind = noun.as_str(),
                id = view.name.as_str()
            ),
        };
        // An existing record has its history.
        let history = (id.is_some() || (record.is_one() && !view.begins)).then(|| {
            Route::History {
                region,
                record: *record,
                id: id.clone().unwrap_or_default(),
            }
            .href()
        });
        // An existing record of a list can be removed (after a question).
        let remove = id.as_ref().filter(|_| !record.is_one()).map(|id| {
            Route::Remove {
                region,
                record: *record,
                id: id.clone(),
            }
            .href()
        });
        let form = FormView {
            heading,
            back: Route::Region(region).href(),
            action: route.href(),
            hash: view.hash.clone(),
            // Only a kind with ids of its own asks for one (a meeting is
            // known by its kind and date, a theme by itself).
            new: route.adds() && record.has_ids(),
            id: view.id.clone(),
            id_error: view.id_error.clone(),
            fields: forms::with_others(forms::field_views(fields, raw, &view.errors), &view.others),
            problems: view.problems.clone(),
            technical: view.technical.clone(),
            record: view.record.clone(),
            stale: status == 409,
            remove,
            history,
            submit: if route.adds() {
                t!("form-submit-new", kind = noun.as_str())
            } else {
                t!("serve-save")
            },
        };
        self.form_page(status, data, route, &form)
    }
}

/// The id of the record a route edits (the new one's, when adding).
fn route_id<'a>(route: &'a Route, new: &'a str) -> Option<&'a str> {
    match route {
        Route::Record { id: Some(id), .. } => Some(id.as_str()),
        _ if new.is_empty() => None,
        _ => Some(new),
    }
}

/// What a form page shows besides the fields.
struct View<'a> {
    route: &'a Route,
    /// The record's name for people (an existing record's).
    name: String,
    /// The form starts its file (the jaarplan begun).
    begins: bool,
    hash: String,
    /// The record's own fingerprint when the form was made.
    record: String,
    /// What the record holds now where it differs from the person's input.
    others: BTreeMap<&'static str, String>,
    id: String,
    id_error: Option<String>,
    errors: BTreeMap<&'static str, String>,
    problems: Vec<String>,
    technical: Vec<String>,
}

/// Where the region's page opens after a save: at the record as it is now
/// (a meeting moved to another date, under its new date); a measurement at
/// its goal, which the page shows it under.
fn anchor_after(edit: &RecordEdit) -> String {
    match edit.record.within() {
        Some(parent) => {
            let key = edit
                .id
                .split(fields::KEY_SEPARATOR)
                .next()
                .unwrap_or_default();
            parent.anchor(key)
        }
        None => edit.record.anchor(&edit.key_now()),
    }
}
