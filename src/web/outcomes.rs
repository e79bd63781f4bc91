//! The uitstroom form: the figures of one school in one school year.
//! `regio/<slug>/uitstroom` records new ones (the school and the year
//! chosen in the form), `regio/<slug>/uitstroom/<school>/<year>` changes
//! those recorded. A count left empty is left out of the file (zero); what
//! the check finds is shown beside the field it is about.

use super::forms::{self, FormView};
use super::server::Form;
use super::{Ctx, Reply, WebError};
use crate::edit::{self, Edit, OutcomeRow, Refusal};
use crate::i18n::t;
use crate::model::{FileKind, RegionData};
use crate::records::{self as fields, Field, Raw};
use crate::web::Route;
use std::collections::BTreeMap;

/// The form's fields: the school and the year for new figures, then every
/// count.
pub(crate) fn outcome_fields(region: Option<&RegionData>, new: bool) -> Vec<Field> {
    crate::records::Record::Outcome
        .fields(region)
        .into_iter()
        // Changing figures keeps their school and year.
        .filter(|f| new || !matches!(f.key, "school" | "year"))
        .collect()
}

/// The fields' text from recorded figures (`None`: new ones, the year the
/// last one that ended).
fn raw_from_row(fields: &[Field], row: Option<&OutcomeRow>, year: &str) -> Vec<Raw> {
    let counts = row.map(OutcomeRow::counts).unwrap_or_default();
    fields
        .iter()
        .map(|f| Raw {
            text: match f.key {
                "year" => year.to_string(),
                "school" => String::new(),
                key => counts
                    .iter()
                    .find(|(k, _)| *k == key)
                    .and_then(|(_, n)| *n)
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            },
            ..Raw::default()
        })
        .collect()
}

impl Ctx {
    /// The form (GET, `pairs` is `None`) or its submission.
    pub(super) fn outcome_form(
        &self,
        route: &Route,
        form: Option<&Form>,
    ) -> Result<Reply, WebError> {
        let pairs = form.map(Form::pairs);
        let Route::Outcome { region, entry } = route else {
            return Err(WebError::NotFound);
        };
        let region = *region;
        let ws = self.workspace();
        let data = ws.checked(&[region], &FileKind::REGION)?;
        let Some(r) = data.data.regions.first() else {
            return Err(WebError::NotFound);
        };
        let rel = crate::model::region_path(region.slug, FileKind::Uitstroom);
        let bytes = self.region_file(&rel)?.unwrap_or_default();
        let recorded = |school: &str, year: &str| {
            r.outcomes()
                .iter()
                .find(|o| o.school.get_ref().trim() == school && o.year.get_ref().trim() == year)
                .map(OutcomeRow::from_outcome)
        };
        let current = match entry {
            None => None,
            Some((school, year)) => match recorded(school, year) {
                Some(row) => Some(row),
                None => return Err(WebError::NotFound),
            },
        };
        let fields = outcome_fields(Some(r), entry.is_none());
        let last_year = crate::model::school_year_label(crate::model::school_year_of(ws.today) - 1);
        let mut view = View {
            route,
            hash: edit::hash(&bytes),
            errors: BTreeMap::new(),
            problems: Vec::new(),
            technical: Vec::new(),
        };
        let Some(pairs) = pairs else {
            let raw = raw_from_row(&fields, current.as_ref(), &last_year);
            return self.outcome_reply(200, &data, &view, &fields, &raw);
        };
        let raw = forms::raw_from_form(&fields, pairs);
        let Some(hash) = pairs.iter().find(|(k, _)| k == "hash").map(|(_, v)| v) else {
            return Err(WebError::BadForm);
        };
        view.hash = hash.clone();
        let values = match fields::values(&fields, &raw) {
            Ok(values) => values,
            Err(errors) => {
                view.errors = errors;
                return self.outcome_reply(422, &data, &view, &fields, &raw);
            }
        };
        let text = |key: &str| match values.iter().find(|(k, _)| *k == key) {
            Some((_, Some(fields::Value::Str(s)))) => s.clone(),
            _ => String::new(),
        };
        let (school, year) = match entry {
            Some((school, year)) => (school.clone(), year.clone()),
            None => (text("school"), text("year")),
        };
        if entry.is_none() && recorded(&school, &year).is_some() {
            view.errors.insert(
                "year",
                t!("form-error-outcome-exists", year = year.as_str()),
            );
            return self.outcome_reply(422, &data, &view, &fields, &raw);
        }
        let counts: Vec<(&'static str, Option<i64>)> = values
            .iter()
            .filter_map(|(k, v)| match v {
                Some(fields::Value::Int(n)) => Some((*k, Some(*n))),
                None => Some((*k, None)),
                _ => None,
            })
            .collect();
        let Some(row) = OutcomeRow::from_counts(&school, &year, &counts) else {
            return Err(WebError::BadForm);
        };
        let change = Edit::Outcomes(vec![row]);
        match self.apply(region, &change, hash) {
            Ok(outcome) => Ok(self.saved(region, outcome, "uitstroom")),
            Err(Refusal::Invalid {
                problems,
                rel: file,
                text,
            }) => {
                view.technical = forms::technical(&problems);
                let spans = edit::field_spans(&text, &school, &year);
                for d in &problems {
                    let key = d
                        .span
                        .as_ref()
                        .filter(|_| d.file == file)
                        .and_then(|s| edit::field_at(&spans, s.start))
                        .filter(|k| !k.is_empty())
                        // School and year are fixed when changing figures.
                        .filter(|k| fields.iter().any(|f| f.key == *k));
                    match key {
                        Some(k) => forms::add_beside(&mut view.errors, k, d),
                        None => view.problems.push(super::core::describe(
                            d,
                            &super::fixes::new_text(&file, &text),
                        )),
                    }
                }
                self.outcome_reply(422, &data, &view, &fields, &raw)
            }
            Err(refusal) => Err(super::core::refusal_error(refusal)),
        }
    }

    fn outcome_reply(
        &self,
        status: u16,
        data: &crate::usecases::Checked,
        view: &View,
        fields: &[Field],
        raw: &[Raw],
    ) -> Result<Reply, WebError> {
        let Route::Outcome { region, entry } = view.route else {
            return Err(WebError::NotFound);
        };
        // The school by its name, as the page lists it.
        let school_name = |id: &str| {
            data.data
                .region(region.code)
                .and_then(|r| r.schools().iter().find(|s| s.id.get_ref() == id))
                .map_or_else(|| id.to_string(), |s| s.name.clone())
        };
        let heading = match entry {
            None => t!("form-heading-outcome-new"),
            Some((school, year)) => t!(
                "form-heading-outcome",
                school = school_name(school),
                year = year.as_str()
            ),
        };
        let key = entry
            .as_ref()
            .map(|(school, year)| format!("{school}{}{year}", crate::records::KEY_SEPARATOR));
        let remove = key.clone().map(|id| {
            Route::Remove {
                region,
                record: crate::records::Record::Outcome,
                id,
            }
            .href()
        });
        let history = key.map(|id| {
            Route::History {
                region,
                record: crate::records::Record::Outcome,
                id,
            }
            .href()
        });
        let form = FormView {
            heading,
            back: format!("{}#uitstroom", Route::Region(region).href()),
            action: view.route.href(),
            hash: view.hash.clone(),
            new: false,
            id: String::new(),
            id_error: None,
            fields: forms::field_views(fields, raw, &view.errors),
            problems: view.problems.clone(),
            technical: view.technical.clone(),
            submit: t!("serve-save"),
            record: String::new(),
            stale: false,
            remove,
            history,
        };
        self.form_page(status, data, view.route, &form)
    }
}

/// What the form's page shows besides the fields.
struct View<'a> {
    route: &'a Route,
    hash: String,
    errors: BTreeMap<&'static str, String>,
    problems: Vec<String>,
    technical: Vec<String>,
}
