//! `vsopro init REGION`: a new region folder with the five files, commented
//! for a first-time user and valid as written. It never overwrites.

use crate::error::Error;
use crate::model::{FileKind, REGIONS_DIR};
use crate::registry::Region;
use crate::report::commands::InitReport;
use chrono::NaiveDate;
use std::path::Path;

/// The five files' templates: comments in the language of the run, keys in
/// the format's own (English) names, values in the run's words.
macro_rules! templates {
    ($lang:literal) => {
        [
            (
                FileKind::Region,
                include_str!(concat!("templates/", $lang, "/region.toml")),
            ),
            (
                FileKind::Schools,
                include_str!(concat!("templates/", $lang, "/schools.toml")),
            ),
            (
                FileKind::Overlegtafels,
                include_str!(concat!("templates/", $lang, "/overlegtafels.toml")),
            ),
            (
                FileKind::Actions,
                include_str!(concat!("templates/", $lang, "/actions.toml")),
            ),
            (
                FileKind::Jaarplan,
                include_str!(concat!("templates/", $lang, "/jaarplan.toml")),
            ),
        ]
    };
}

const DUTCH: [(FileKind, &str); 5] = templates!("nl");
const ENGLISH: [(FileKind, &str); 5] = templates!("en");

fn templates() -> &'static [(FileKind, &'static str); 5] {
    match crate::i18n::lang() {
        crate::i18n::Lang::Nl => &DUTCH,
        crate::i18n::Lang::En => &ENGLISH,
    }
}

/// The school year (1 August – 31 July) that contains `today`.
pub(crate) fn school_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = crate::model::school_year_of(today);
    (
        NaiveDate::from_ymd_opt(first, 8, 1).expect("a valid date"),
        NaiveDate::from_ymd_opt(first + 1, 7, 31).expect("a valid date"),
    )
}

/// The five files for `region`, as (file name, contents).
pub(crate) fn files(region: &Region, today: NaiveDate) -> Vec<(&'static str, String)> {
    let (start, end) = school_year(today);
    let year = crate::model::school_year_label(crate::model::school_year_of(today));
    templates()
        .iter()
        .map(|(kind, text)| {
            let text = text
                .replace("{{name}}", region.name)
                .replace("{{code}}", region.code)
                .replace("{{guide}}", crate::i18n::GUIDE)
                .replace("{{year}}", &year)
                .replace("{{start}}", &start.format("%Y-%m-%d").to_string())
                .replace("{{end}}", &end.format("%Y-%m-%d").to_string());
            (kind.file_name(), text)
        })
        .collect()
}

/// Creates `regions/<slug>/` under `root` (through the one write path,
/// under the data root's lock). If the folder exists, nothing is written.
pub(crate) fn init(
    root: &Path,
    region: &'static Region,
    today: NaiveDate,
) -> Result<InitReport, Error> {
    let rel = format!("{REGIONS_DIR}/{}", region.slug);
    let writer = crate::edit::Writer::open(root, false)?;
    writer.create_region(region, &files(region, today))?;
    let mut report = InitReport {
        code: region.code,
        region: region.name,
        slug: region.slug,
        region_files: templates()
            .iter()
            .map(|(k, _)| format!("{rel}/{}", k.file_name()))
            .collect(),
        dir: rel,
        schema_files: Vec::new(),
    };
    report.schema_files = crate::schema::ensure_schemas(root)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn school_years() {
        assert_eq!(
            school_year(d("2026-11-22")),
            (d("2026-08-01"), d("2027-07-31"))
        );
        assert_eq!(
            school_year(d("2027-07-31")),
            (d("2026-08-01"), d("2027-07-31"))
        );
        assert_eq!(
            school_year(d("2026-08-01")),
            (d("2026-08-01"), d("2027-07-31"))
        );
    }

    #[test]
    fn templates_have_no_leftover_placeholders() {
        for (name, text) in files(&crate::registry::REGIONS[0], d("2026-11-22")) {
            assert!(!text.contains("{{"), "{name}");
            assert!(text.starts_with("#:schema ../../schemas/"), "{name}");
        }
    }
}
