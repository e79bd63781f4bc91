//! `vsopro import duo FILE…`: the pro and vso locations of DUO's open data,
//! proposed as `[[school]]` entries of one region (`--region`) or of every
//! region (`--all`), and with `--write` added to each region's
//! schools.toml. Schools go to a region by their municipality's CBS code;
//! a region without a folder gets one, with a valid region.toml.

pub(crate) mod duo;

use crate::error::Error;
use crate::i18n::t;
use crate::model::{Dataset, FileKind, FileStatus, Kind, REGIONS_DIR, School};
use crate::registry::{self, Region, municipalities};
use crate::report::commands::{ImportFile, ImportReport, LeftSchool, Proposal, RegionImport};
use crate::write;
use duo::{DuoSchool, Source};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Reads the DUO files and proposes (or with `write`, adds) the schools of
/// `regions` (every region for an empty list). The regions' region.toml and
/// schools.toml must be valid enough to be read (the caller checks them).
pub(crate) fn duo(
    data: &Dataset,
    files: &[PathBuf],
    regions: &[&'static Region],
    write_it: bool,
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
    if write_it {
        if report
            .regions
            .iter()
            .any(|r| r.new_folder && r.new_schools().next().is_some())
        {
            crate::init::ensure_schemas(&data.root)?;
        }
        for (ri, &region) in report.regions.iter().zip(&targets) {
            let new: Vec<&Proposal> = ri.new_schools().collect();
            if !new.is_empty() {
                write_region(data, region, &new)?;
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

/// Adds the new schools to the region's schools.toml, making the folder,
/// region.toml and schools.toml where they do not exist.
fn write_region(data: &Dataset, region: &'static Region, new: &[&Proposal]) -> Result<(), Error> {
    let dir = data.root.join(REGIONS_DIR).join(region.slug);
    let schools_rel = format!(
        "{REGIONS_DIR}/{}/{}",
        region.slug,
        FileKind::Schools.file_name()
    );
    let path = data.root.join(&schools_rel);
    let existing = data.region(region.code);
    if existing.is_none() {
        std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
            path: dir.clone(),
            source,
        })?;
    }
    let region_toml = dir.join(FileKind::Region.file_name());
    if !region_toml.exists() {
        // A folder without region.toml would not be a region.
        write::create_new(&region_toml, new_region_toml(region).as_bytes())?;
    }
    let status = existing.map_or(FileStatus::Missing, |r| r.status(FileKind::Schools));
    // The file as it is on disk, byte for byte: compared before the write,
    // so that nothing written meanwhile is lost.
    let old = match status {
        FileStatus::Missing => None,
        _ => Some(std::fs::read(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?),
    };
    let start = old
        .clone()
        .unwrap_or_else(|| new_schools_toml(region).into_bytes());
    let bytes = add_to_schools(&start, new).map_err(|e| Error::NotToml {
        path: schools_rel.clone(),
        message: e.to_string().lines().next().unwrap_or_default().to_string(),
    })?;
    match &old {
        Some(old) => write::replace(&path, old, &bytes),
        None if write::create_new(&path, &bytes)? => Ok(()),
        None => Err(Error::ChangedMeanwhile(path)),
    }
}

/// region.toml of a region that DUO's data brought in: its official name
/// and code; the coordinator is not known from DUO.
fn new_region_toml(region: &Region) -> String {
    format!(
        "{}# {}\n# {}\n\nname = \"{}\"\ncode = \"{}\"\n\n[coordinator]\nstatus = \"{}\"\n",
        crate::schema::schema_line(FileKind::Region),
        t!(
            "import-region-comment",
            name = region.name,
            code = region.code
        ),
        t!("import-region-coordinator"),
        region.name,
        region.code,
        t!("import-unknown-value"),
    )
}

fn new_schools_toml(region: &Region) -> String {
    format!(
        "{}# {}\n",
        crate::schema::schema_line(FileKind::Schools),
        t!("import-schools-comment", name = region.name)
    )
}

/// `schools.toml` (its bytes as on disk) with the proposals appended. The
/// new `[[school]]` blocks are rendered by toml_edit (correct quoting) and
/// added after the existing bytes, which stay as they were — a byte-order
/// mark, comments and all — in the file's own line ending.
pub(crate) fn add_to_schools(
    old: &[u8],
    proposals: &[&Proposal],
) -> Result<Vec<u8>, toml_edit::TomlError> {
    let text = String::from_utf8_lossy(old);
    // Refuse to append to a file that is not TOML.
    text.trim_start_matches('\u{feff}')
        .parse::<toml_edit::DocumentMut>()?;
    let mut doc = toml_edit::DocumentMut::new();
    let mut array = toml_edit::ArrayOfTables::new();
    for p in proposals {
        let mut t = toml_edit::Table::new();
        t.insert("id", toml_edit::value(p.id.as_str()));
        t.insert("name", toml_edit::value(p.name.as_str()));
        t.insert("kind", toml_edit::value(p.kind.as_str()));
        t.insert("brin", toml_edit::value(p.brin.as_str()));
        t.insert("municipality", toml_edit::value(p.municipality.as_str()));
        if let Some(c) = p.cluster {
            t.insert("cluster", toml_edit::value(c));
        }
        t.decor_mut().set_prefix(format!(
            "\n# {}\n",
            t!(
                "import-comment",
                source = p.source.as_str(),
                brin = p.brin.as_str()
            )
        ));
        array.push(t);
    }
    doc.insert("school", toml_edit::Item::ArrayOfTables(array));
    let crlf = text.contains("\r\n");
    let mut added = doc.to_string();
    if crlf {
        added = added.replace('\n', "\r\n");
    }
    let mut out = old.to_vec();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    }
    out.extend_from_slice(added.as_bytes());
    Ok(out)
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

    fn proposal(kind: Kind, cluster: Option<i64>) -> Proposal {
        Proposal {
            id: "x".into(),
            name: "X".into(),
            kind,
            brin: "11AA00".into(),
            municipality: "Gouda".into(),
            cluster,
            source: Source::Vo.title().into(),
            line: 2,
            skipped: None,
            duplicate_of: None,
        }
    }

    #[test]
    fn adding_keeps_comments() {
        let p = proposal(Kind::Pro, None);
        let text =
            "# mijn scholen\n\n[[school]]\nid = \"a\" # eerste\nname = \"A\"\nkind = \"pro\"\n";
        let out = String::from_utf8(add_to_schools(text.as_bytes(), &[&p]).unwrap()).unwrap();
        assert!(out.starts_with(text), "{out}");
        assert!(out.contains("[[school]]\nid = \"x\"\nname = \"X\"\nkind = \"pro\"\nbrin = \"11AA00\"\nmunicipality = \"Gouda\"\n"), "{out}");
        let empty = String::from_utf8(add_to_schools(b"", &[&p]).unwrap()).unwrap();
        assert!(empty.contains("[[school]]"), "{empty}");
        let vso = proposal(Kind::Vso, Some(3));
        let out = String::from_utf8(add_to_schools(b"", &[&vso]).unwrap()).unwrap();
        assert!(
            out.contains("kind = \"vso\"") && out.contains("cluster = 3"),
            "{out}"
        );
        // A BOM and CRLF line endings stay; the new lines follow the file.
        let windows =
            "\u{feff}# scholen\r\n[[school]]\r\nid = \"a\"\r\nname = \"A\"\r\nkind = \"pro\"\r\n";
        let out = add_to_schools(windows.as_bytes(), &[&p]).unwrap();
        assert!(out.starts_with(windows.as_bytes()));
        let added = String::from_utf8(out[windows.len()..].to_vec()).unwrap();
        assert!(
            added.contains("\r\n") && !added.replace("\r\n", "").contains('\n'),
            "{added:?}"
        );
    }
}
