//! `vsopro init REGION`: a new region folder with the five files, commented
//! for a first-time user and valid as written. It never overwrites.

use crate::load::REGIONS_DIR;
use crate::registry::Region;
use crate::schema::{FileKind, schema_text};
use crate::write::{self, WriteError};
use chrono::{Datelike, NaiveDate};
use std::path::{Path, PathBuf};

const TEMPLATES: [(&str, &str); 5] = [
    ("region.toml", include_str!("templates/region.toml")),
    ("schools.toml", include_str!("templates/schools.toml")),
    (
        "overlegtafels.toml",
        include_str!("templates/overlegtafels.toml"),
    ),
    ("actions.toml", include_str!("templates/actions.toml")),
    ("jaarplan.toml", include_str!("templates/jaarplan.toml")),
];

/// Where the schemas that the region files point to live, under the data root.
pub const SCHEMA_DIR: &str = "schemas";

/// The school year (1 August – 31 July) that contains `today`.
pub fn school_year(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = if today.month() >= 8 {
        today.year()
    } else {
        today.year() - 1
    };
    (
        NaiveDate::from_ymd_opt(first, 8, 1).expect("a valid date"),
        NaiveDate::from_ymd_opt(first + 1, 7, 31).expect("a valid date"),
    )
}

/// The five files for `region`, as (file name, contents).
pub fn files(region: &Region, today: NaiveDate) -> Vec<(&'static str, String)> {
    let (start, end) = school_year(today);
    let year = format!("{}-{}", start.year(), end.year());
    TEMPLATES
        .iter()
        .map(|(name, text)| {
            let text = text
                .replace("{{name}}", region.name)
                .replace("{{code}}", region.code)
                .replace("{{year}}", &year)
                .replace("{{start}}", &start.format("%Y-%m-%d").to_string())
                .replace("{{end}}", &end.format("%Y-%m-%d").to_string());
            (*name, text)
        })
        .collect()
}

#[derive(Debug)]
pub struct Created {
    pub region_files: Vec<PathBuf>,
    pub schema_files: Vec<PathBuf>,
}

/// Creates `regions/<slug>/` under `root`. If the folder exists, nothing is written.
pub fn init(root: &Path, region: &Region, today: NaiveDate) -> Result<Created, WriteError> {
    let dir = root.join(REGIONS_DIR).join(region.slug);
    if dir.exists() {
        return Err(WriteError::Exists(dir));
    }
    // Built in a hidden folder and moved into place in one step, so a
    // failure never leaves half a region behind.
    let tmp = root
        .join(REGIONS_DIR)
        .join(format!(".{}.init-{}", region.slug, std::process::id()));
    std::fs::create_dir_all(&tmp).map_err(|e| WriteError::Io(tmp.clone(), e))?;
    let built = files(region, today)
        .into_iter()
        .try_for_each(|(name, text)| write::create_new(&tmp.join(name), text.as_bytes()));
    let moved = built.and_then(|_| {
        if dir.exists() {
            return Err(WriteError::Exists(dir.clone()));
        }
        std::fs::rename(&tmp, &dir).map_err(|e| WriteError::Io(dir.clone(), e))
    });
    if let Err(e) = moved {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let mut created = Created {
        region_files: TEMPLATES.iter().map(|(n, _)| dir.join(n)).collect(),
        schema_files: Vec::new(),
    };
    // Schemas for the editor, if the data root has none yet.
    let schemas = root.join(SCHEMA_DIR);
    std::fs::create_dir_all(&schemas).map_err(|e| WriteError::Io(schemas.clone(), e))?;
    for kind in FileKind::ALL {
        let path = schemas.join(kind.schema_file());
        match write::create_new(&path, schema_text(kind).as_bytes()) {
            Ok(()) => created.schema_files.push(path),
            Err(WriteError::Exists(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(created)
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
