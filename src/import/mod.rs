//! `vsopro import uitstroom FILE.xlsx`: a region's outcome figures from a
//! workbook ([`uitstroom`]).
//!
//! `vsopro import duo FILE…`: the pro and vso locations of DUO's open data,
//! proposed as `[[school]]` entries of one region (`--region`) or of every
//! region (`--all`), and with `--write` added to each region's
//! schools.toml. Schools go to a region by their municipality's CBS code;
//! a region without a folder gets one, with a valid region.toml.

pub(crate) mod duo;
pub(crate) mod uitstroom;

use crate::edit::{Edit, Expect, Writer};
use crate::error::Error;
use crate::model::{Dataset, FileKind, Kind, REGIONS_DIR, School};
use crate::registry::{self, Region, municipalities};
use crate::report::commands::{ImportFile, ImportReport, LeftSchool, Proposal, RegionImport};
use duo::{DuoSchool, Source};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Reads the DUO files and proposes (or with `write`, adds) the schools of
/// `regions` (every region for an empty list). The regions' region.toml and
/// schools.toml must be valid enough to be read (the caller checks them).
/// `writer` (which holds the data root's lock since before `data` was
/// read) writes the new schools; without it nothing is written.
pub(crate) fn duo(
    data: &Dataset,
    files: &[PathBuf],
    regions: &[&'static Region],
    writer: Option<&Writer>,
    today: chrono::NaiveDate,
) -> Result<ImportReport, Error> {
    let mut rows: Vec<DuoSchool> = Vec::new();
    let mut report_files = Vec::new();
    let mut sources = BTreeSet::new();
    for path in files {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let (source, found) = duo::parse(&duo::decode(&bytes)).map_err(|e| Error::Csv {
            path: path.clone(),
            line: e.line,
            message: e.message,
        })?;
        sources.insert(source.kind());
        let unassigned = found
            .iter()
            .filter(|r| region_of(r).is_none())
            .map(|r| format!("{} {} ({})", r.location(), r.name, r.municipality))
            .collect();
        report_files.push(ImportFile {
            path: path.display().to_string(),
            source: match source {
                Source::Vo => "vo",
                Source::Special => "special",
            },
            rows: found.len() as u64,
            unassigned,
        });
        rows.extend(found);
    }
    // Stable ids: rows in the order of their location code.
    rows.sort_by_key(DuoSchool::location);
    let in_duo: BTreeSet<String> = rows.iter().map(DuoSchool::location).collect();
    let targets: Vec<&'static Region> = if regions.is_empty() {
        registry::REGIONS.iter().collect()
    } else {
        regions.to_vec()
    };
    let mut report = ImportReport {
        files: report_files,
        regions: Vec::new(),
        written: false,
    };
    for &region in &targets {
        let existing = data.region(region.code);
        let schools = existing.map_or(&[][..], |r| r.schools());
        let mine: Vec<&DuoSchool> = rows
            .iter()
            .filter(|r| region_of(r) == Some(region.code))
            .collect();
        let left = schools
            .iter()
            .filter(|s| sources.contains(&s.kind))
            .filter_map(|s| {
                let brin = s.brin.as_ref()?.get_ref().to_uppercase();
                // Only a location code says which location left.
                (brin.len() == 6 && !in_duo.contains(&brin)).then(|| LeftSchool {
                    id: s.id.get_ref().clone(),
                    name: s.name.clone(),
                    brin,
                })
            })
            .collect();
        report.regions.push(RegionImport {
            code: region.code,
            region: region.name,
            file: format!(
                "{REGIONS_DIR}/{}/{}",
                region.slug,
                FileKind::Schools.file_name()
            ),
            new_folder: existing.is_none(),
            schools: propose(&mine, schools),
            not_in_duo: left,
        });
    }
    if let Some(writer) = writer {
        if report
            .regions
            .iter()
            .any(|r| r.new_folder && r.new_schools().next().is_some())
        {
            crate::schema::ensure_schemas(&data.root)?;
        }
        for (ri, &region) in report.regions.iter().zip(&targets) {
            let new: Vec<Proposal> = ri.new_schools().cloned().collect();
            if !new.is_empty() {
                writer
                    .apply(region, &Edit::AddSchools(new), &Expect::Current, today)
                    .map_err(|e| e.into_error(&data.root, &ri.file))?;
            }
        }
        let any = report.new_schools().next().is_some();
        report.written = any;
    }
    Ok(report)
}

/// The region (CBS code) of a DUO location: by GEMEENTENUMMER, else (an
/// older file) by the municipality's name.
fn region_of(row: &DuoSchool) -> Option<&'static str> {
    row.municipality_code
        .as_deref()
        .and_then(municipalities::by_code)
        .or_else(|| municipalities::by_name(&row.municipality, None))
        .map(|m| m.region)
}

/// The municipality as CBS writes it.
fn municipality_name(row: &DuoSchool) -> String {
    row.municipality_code
        .as_deref()
        .and_then(municipalities::by_code)
        .or_else(|| municipalities::by_name(&row.municipality, None))
        .map_or_else(|| row.municipality.clone(), |m| m.name.clone())
}

/// The region's DUO rows as schools; rows whose location (or institution)
/// code is already in `existing` are marked skipped.
fn propose(rows: &[&DuoSchool], existing: &[School]) -> Vec<Proposal> {
    let mut ids: BTreeSet<String> = existing.iter().map(|s| s.id.get_ref().clone()).collect();
    let brins: Vec<String> = existing
        .iter()
        .filter_map(|s| s.brin.as_ref().map(|b| b.get_ref().to_uppercase()))
        .collect();
    let mut out = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for row in rows {
        let brin = row.location();
        // A location listed twice (or in two files) is one school.
        if !seen.insert(brin.clone()) {
            continue;
        }
        let duplicate_of = brins
            .iter()
            .find(|b| **b == brin || **b == row.instelling.to_uppercase())
            .cloned();
        // The JSON's stable English reason; people read `duplicate_of`.
        let skipped = duplicate_of
            .as_ref()
            .map(|b| format!("a school with brin {b} is already in schools.toml"));
        let municipality = municipality_name(row);
        let kind = row.source.kind();
        let id = short_id(kind, &row.name, &municipality, &brin, &ids);
        if skipped.is_none() {
            ids.insert(id.clone());
        }
        out.push(Proposal {
            id,
            name: row.name.clone(),
            kind,
            brin,
            municipality,
            cluster: row.cluster.filter(|_| kind == Kind::Vso),
            source: row.source.title().to_string(),
            line: row.line,
            skipped,
            duplicate_of,
        });
    }
    out
}

/// Words that say what every school is, not which one.
const FILLER: [&str; 36] = [
    "school",
    "scholen",
    "scholengemeenschap",
    "scholengroep",
    "voor",
    "praktijkonderwijs",
    "praktijkschool",
    "praktijkcollege",
    "pro",
    "vso",
    "so",
    "sbo",
    "regionale",
    "de",
    "het",
    "een",
    "van",
    "en",
    "speciaal",
    "voortgezet",
    "onderwijs",
    "basisonderwijs",
    "openbaar",
    "openbare",
    "algemeen",
    "algemene",
    "bijzonder",
    "bijzondere",
    "christelijk",
    "christelijke",
    "interconfessionele",
    "katholieke",
    "rk",
    "locatie",
    "vestiging",
    "s",
];

/// A short, readable id: `pro-segment`, `vso-aventurijn`; on a clash the
/// municipality and then the location code are added.
fn short_id(
    kind: Kind,
    name: &str,
    municipality: &str,
    brin: &str,
    taken: &BTreeSet<String>,
) -> String {
    let slug = registry::slugify(name);
    let words: Vec<&str> = slug
        .split('-')
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .take(2)
        .collect();
    let place = registry::slugify(municipality.split(" (").next().unwrap_or(municipality));
    let base = if words.is_empty() {
        format!("{}-{place}", kind.as_str())
    } else {
        format!("{}-{}", kind.as_str(), words.join("-"))
    };
    let mut candidates = vec![base.clone()];
    if !base.ends_with(&place) {
        candidates.push(format!("{base}-{place}"));
    }
    candidates.push(format!("{base}-{}", brin.to_lowercase()));
    candidates
        .into_iter()
        .find(|c| !taken.contains(c))
        .unwrap_or_else(|| format!("{base}-{}-{}", brin.to_lowercase(), taken.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ids() {
        let none = BTreeSet::new();
        let id = |kind, name, place| short_id(kind, name, place, "18BR00", &none);
        assert_eq!(
            id(
                Kind::Pro,
                "Het Segment Regionale School voor Praktijkonderwijs",
                "Gouda"
            ),
            "pro-segment"
        );
        assert_eq!(
            id(Kind::Pro, "School voor Praktijkonderwijs Assen", "Assen"),
            "pro-assen"
        );
        assert_eq!(id(Kind::Vso, "De Aventurijn", "Assen"), "vso-aventurijn");
        assert_eq!(
            id(Kind::Pro, "Praktijkonderwijs", "Hengelo (O.)"),
            "pro-hengelo"
        );
        let taken: BTreeSet<String> = ["pro-assen".to_string()].into();
        assert_eq!(
            short_id(Kind::Pro, "Pro Assen", "Assen", "18BR01", &taken),
            "pro-assen-18br01"
        );
        let taken: BTreeSet<String> = ["vso-aventurijn".to_string()].into();
        assert_eq!(
            short_id(Kind::Vso, "De Aventurijn", "Hoogeveen", "06SV09", &taken),
            "vso-aventurijn-hoogeveen"
        );
        assert_eq!(registry::slugify("Élan école"), "elan-ecole");
    }
}
