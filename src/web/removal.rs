//! A record removed from the browser: `regio/<slug>/<kind>/<key>/verwijderen`
//! asks first, and says beforehand what still refers to the record (a goal
//! naming an action, uitstroom figures of a school): the removal is checked
//! as every edit is, so a removal that would leave such a reference
//! dangling is refused, with what to change first. Removed, it is one
//! commit by the person, through the one write path.

use super::server::Form;
use super::{Ctx, Reply, WebError, reply};
use crate::edit::{self, Edit, RecordRemoval, Refusal};
use crate::i18n::t;
use crate::records::Record;
use crate::registry::Region;
use crate::web::Route;
use serde::Serialize;

/// What the removal page shows.
#[derive(Serialize)]
struct RemoveView {
    heading: String,
    kind: String,
    name: String,
    back: String,
    /// The record's own form.
    edit: String,
    action: String,
    hash: String,
    /// What still refers to the record: the removal is refused.
    refers: Vec<Reference>,
    /// The file changed since the question was asked.
    stale: bool,
}

/// A record that refers to the one to be removed, by its name, with its
/// form; or, where no record is found, what the check said.
#[derive(Serialize, PartialEq)]
struct Reference {
    text: String,
    link: Option<String>,
}

impl Ctx {
    /// The records the problems of a refused removal point into: `rel`'s
    /// text as the removal would leave it, the other files as they are.
    fn references(
        &self,
        region: &'static Region,
        problems: Vec<crate::diag::Diagnostic>,
        rel: &str,
        text: &str,
    ) -> Vec<Reference> {
        let mut out: Vec<Reference> = Vec::new();
        for d in problems {
            let file = match d.file == rel {
                true => Some(text.to_string()),
                false => self
                    .region_file(&d.file)
                    .ok()
                    .flatten()
                    .map(|b| String::from_utf8_lossy(&b).into_owned()),
            };
            let found = file.and_then(|f| super::fixes::record_of(&d, &f));
            let reference = match found {
                Some((record, key, name)) => Reference {
                    text: match key {
                        Some(_) => format!("{} '{name}'", record.noun()),
                        None => record.noun(),
                    },
                    link: Some(
                        Route::form_of(region, record, key.as_deref().unwrap_or_default()).href(),
                    ),
                },
                // Not a record the web can change (the stuurgroep in the
                // region's own data): say where, in words.
                None => Reference {
                    text: match super::fixes::region_file(&d.file) {
                        Some((_, kind)) => t!(
                            "remove-refers-file",
                            file = super::fixes::sentence(&super::fixes::file_words(kind))
                        ),
                        None => t!("remove-refers-elsewhere"),
                    },
                    link: Some(Route::Region(region).href()),
                },
            };
            if !out.contains(&reference) {
                out.push(reference);
            }
        }
        out
    }

    /// The question (GET, `form` is `None`), or the removal.
    pub(super) fn remove_record(
        &self,
        region: &'static Region,
        record: Record,
        key: &str,
        form: Option<&Form>,
    ) -> Result<Reply, WebError> {
        let rel = crate::model::region_path(region.slug, record.file());
        let bytes = self.region_file(&rel)?.ok_or(WebError::NotFound)?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = text
            .parse::<toml_edit::DocumentMut>()
            .map_err(|_| WebError::Refused(422, t!("form-file-broken", file = rel.as_str())))?;
        let table = record
            .table(doc.as_table(), Some(key))
            .ok_or(WebError::NotFound)?;
        let name = record.name_of(table, key);
        let route = Route::Remove {
            region,
            record,
            id: key.to_string(),
        };
        let removal = Edit::Remove(RecordRemoval {
            record,
            key: key.to_string(),
            name: name.clone(),
        });
        let mut view = RemoveView {
            heading: t!("remove-heading", kind = record.noun(), name = name.as_str()),
            kind: record.word(),
            name,
            back: Route::Region(region).href(),
            edit: Route::form_of(region, record, key).href(),
            action: route.href(),
            hash: edit::hash(&bytes),
            refers: Vec::new(),
            stale: false,
        };
        let Some(form) = form else {
            // Said before the person confirms, not after.
            match edit::preview(&self.root, region, &removal, self.today) {
                Ok(_) => {}
                Err(Refusal::Invalid {
                    problems,
                    rel,
                    text,
                }) => view.refers = self.references(region, problems, &rel, &text),
                Err(r) => return Err(super::core::refusal_error(r)),
            }
            return self.remove_reply(200, &route, &view);
        };
        let hash = form.get("hash").ok_or(WebError::BadForm)?;
        match self.apply(region, &removal, hash) {
            // To the record's history: the removal on top, with its undo.
            // Without a commit there is no history to show it in.
            Ok(outcome) => {
                let to = match outcome.saved {
                    edit::Saved::Committed(_) => Route::History {
                        region,
                        record,
                        id: key.to_string(),
                    },
                    _ => Route::Region(region),
                };
                Ok(self.saved_to(outcome, format!("/{}", to.href())))
            }
            Err(Refusal::Invalid {
                problems,
                rel,
                text,
            }) => {
                view.refers = self.references(region, problems, &rel, &text);
                self.remove_reply(422, &route, &view)
            }
            // Changed meanwhile: asked again, about the record as it is now.
            Err(Refusal::Stale) => {
                view.stale = true;
                self.remove_reply(409, &route, &view)
            }
            Err(r) => Err(super::core::refusal_error(r)),
        }
    }

    fn remove_reply(
        &self,
        status: u16,
        route: &Route,
        view: &RemoveView,
    ) -> Result<Reply, WebError> {
        let region = route.region().ok_or(WebError::NotFound)?;
        let ws = self.workspace();
        let data = ws.checked(&[region], &crate::model::FileKind::REGION)?;
        let workbench = self.workbench(&data, None);
        let body = super::remove_page(
            view.heading.clone(),
            route.root(),
            self.today,
            view,
            &workbench,
        )?;
        Ok(reply(status, "text/html; charset=utf-8", body))
    }
}
