//! The ready links of a region's page in the workbench: per record the
//! address of its form, and per small form where it posts and the digest of
//! the file as the page was rendered from it. Templates use these; they
//! never write an address or look up a file.

use crate::model::{FileKind, RegionData};
use crate::records::Record;
use crate::source::SourceFile;
use crate::web::{FormTarget, Href, OutcomeLink, Route};
use std::collections::BTreeMap;

/// `links` and `forms` of [`crate::web::Workbench`] for the region `r`,
/// whose files' texts are in `sources` (the bytes the page is made of).
pub(super) fn region(
    r: &RegionData,
    sources: &BTreeMap<String, SourceFile>,
) -> (BTreeMap<String, Href>, BTreeMap<String, FormTarget>) {
    let region = r.info;
    // A file the region does not have yet hashes as empty, as its form does.
    let digest = |kind: FileKind| {
        sources
            .get(r.path(kind))
            .map_or_else(|| crate::source::digest(b""), SourceFile::digest)
    };
    let mut links = BTreeMap::new();
    let mut link = |record: Record, id: Option<&str>| {
        let route = Route::Record {
            region,
            record,
            id: id.map(str::to_string),
        };
        links.insert(route.anchor(), Href(route.href()));
    };
    // Each record's form, found in its file as the form finds it; "new"
    // for the kinds a region adds to directly.
    let mut docs: BTreeMap<&str, Option<toml_edit::DocumentMut>> = BTreeMap::new();
    for record in super::route::FORMS {
        if record.is_one() {
            link(record, None);
            continue;
        }
        if record.within().is_none() {
            link(record, None);
        }
        let path = r.path(record.file());
        let doc = docs
            .entry(path)
            .or_insert_with(|| sources.get(path).and_then(|s| s.text.parse().ok()));
        for key in doc
            .as_ref()
            .map(|d| record.keys(d.as_table()))
            .unwrap_or_default()
        {
            link(record, Some(&key));
        }
    }
    links.insert(
        "wijzigingen".to_string(),
        Href(Route::Changes(region).href()),
    );
    let new_outcome = Route::Outcome {
        region,
        entry: None,
    };
    links.insert(new_outcome.anchor(), Href(new_outcome.href()));

    let mut forms = BTreeMap::new();
    let mut form = |route: Route, file: FileKind| {
        forms.insert(
            route.anchor(),
            FormTarget {
                action: Href(route.href()),
                hash: digest(file),
            },
        );
    };
    for a in r.actions() {
        let id = a.id.get_ref().clone();
        form(Route::ActionStatus { region, id }, FileKind::Actions);
    }
    for k in r.knelpunten() {
        let id = k.id.get_ref().clone();
        form(Route::KnelpuntResolved { region, id }, FileKind::Actions);
    }
    for g in r.goals() {
        let goal = g.id.get_ref().clone();
        form(Route::Measurement { region, goal }, FileKind::Jaarplan);
    }
    form(Route::Meeting(region), FileKind::Jaarplan);
    form(Route::Approval(region), FileKind::Jaarplan);
    form(Route::Round(region), FileKind::Jaarplan);
    (links, forms)
}

/// The uitstroom figures of the region, each with its form's address:
/// the newest school year first, then by school.
pub(super) fn outcomes(r: &RegionData) -> Vec<OutcomeLink> {
    let mut list: Vec<OutcomeLink> = r
        .outcomes()
        .iter()
        .map(|o| {
            let (school, year) = (o.school.get_ref().trim(), o.year.get_ref().trim());
            let route = Route::Outcome {
                region: r.info,
                entry: Some((school.to_string(), year.to_string())),
            };
            OutcomeLink {
                school: r
                    .schools()
                    .iter()
                    .find(|s| s.id.get_ref() == school)
                    .map_or_else(|| school.to_string(), |s| s.name.clone()),
                year: year.to_string(),
                href: Href(route.href()),
            }
        })
        .collect();
    list.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.school.cmp(&b.school)));
    list
}
