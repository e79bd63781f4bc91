//! `vsopro import duo`: PrO locations from DUO's open data "02. Alle
//! vestigingen VO" proposed as `[[school]]` entries of a region, and with
//! `--write` appended to its schools.toml.

use crate::error::Error;
use crate::i18n::t;
use crate::model::{Dataset, FileKind, FileStatus, RegionData, School};
use crate::registry;
use crate::report::commands::{ImportReport, Proposal};
use crate::suggest;
use crate::write;
use std::collections::BTreeSet;
use std::path::Path;

/// Reads the DUO file and proposes (or with `write`, adds) the region's PrO
/// schools. The region's data must be loaded and region.toml and
/// schools.toml valid enough to be read.
pub(crate) fn duo(
    data: &Dataset,
    region: &RegionData,
    csv_path: &Path,
    write_it: bool,
) -> Result<ImportReport, Error> {
    let municipalities: Vec<String> = region
        .municipalities()
        .iter()
        .map(|m| m.get_ref().clone())
        .collect();
    let schools_path = region.path(FileKind::Schools).to_string();
    if municipalities.is_empty() {
        return Err(Error::NoMunicipalities {
            path: region.path(FileKind::Region).to_string(),
        });
    }
    let bytes = std::fs::read(csv_path).map_err(|source| Error::Read {
        path: csv_path.to_path_buf(),
        source,
    })?;
    let rows = parse(&decode(&bytes)).map_err(|e| Error::Csv {
        path: csv_path.to_path_buf(),
        line: e.line,
        message: e.message,
    })?;
    let mut report = ImportReport {
        code: region.info.code,
        region: region.info.name,
        file: schools_path.clone(),
        pro_rows: rows.len() as u64,
        municipalities: municipalities.clone(),
        schools: propose(&rows, &municipalities, region.schools()),
        written: false,
    };
    let new: Vec<&Proposal> = report.new_schools().collect();
    if write_it && !new.is_empty() {
        let path = data.root.join(&schools_path);
        // The file as it is on disk, byte for byte: compared before the
        // write, so that nothing written meanwhile is lost.
        let old = match region.status(FileKind::Schools) {
            FileStatus::Missing => None,
            _ => Some(std::fs::read(&path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?),
        };
        let bytes = add_to_schools(old.as_deref().unwrap_or_default(), &new).map_err(|e| {
            Error::NotToml {
                path: schools_path.clone(),
                message: e.to_string().lines().next().unwrap_or_default().to_string(),
            }
        })?;
        match &old {
            Some(old) => write::replace(&path, old, &bytes)?,
            None => {
                if !write::create_new(&path, &bytes)? {
                    return Err(Error::ChangedMeanwhile(path));
                }
            }
        }
        report.written = true;
    }
    Ok(report)
}

/// One PrO location from the DUO file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct DuoSchool {
    /// The line in the CSV file (1 = header).
    pub line: u64,
    /// INSTELLINGSCODE / BRIN NUMMER, e.g. `18BR`.
    pub instelling: String,
    /// VESTIGINGSCODE / VESTIGINGSNUMMER, e.g. `18BR00`.
    pub vestiging: String,
    pub name: String,
    /// GEMEENTENAAM as DUO writes it (capitals).
    pub municipality: String,
    pub structure: String,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct CsvError {
    pub line: u64,
    pub message: String,
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// UTF-8 (with or without BOM) as is; anything else is read as Windows-1252,
/// DUO's own encoding.
pub(crate) fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.strip_prefix('\u{feff}').unwrap_or(s).to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The columns we need, under both header generations DUO has used.
const COLUMNS: [(&str, &[&str]); 5] = [
    ("duo-col-instelling", &["INSTELLINGSCODE", "BRIN NUMMER"]),
    ("duo-col-vestiging", &["VESTIGINGSCODE", "VESTIGINGSNUMMER"]),
    ("duo-col-name", &["VESTIGINGSNAAM"]),
    ("duo-col-municipality", &["GEMEENTENAAM"]),
    ("duo-col-structure", &["ONDERWIJSSTRUCTUUR"]),
];

/// Every PrO row (the token `PRO` in ONDERWIJSSTRUCTUUR) of a DUO file.
pub(crate) fn parse(text: &str) -> Result<Vec<DuoSchool>, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(&e, 1))?.clone();
    let mut index = [0usize; 5];
    for (i, (what, names)) in COLUMNS.iter().enumerate() {
        index[i] = headers
            .iter()
            .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
            .ok_or_else(|| CsvError {
                line: 1,
                message: t!(
                    "duo-err-column",
                    column = suggest::one_of(names),
                    what = crate::i18n::message(what, &[])
                ),
            })?;
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, 0))?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(index[i]).unwrap_or("").trim().to_string();
        let structure = field(4);
        if !structure.split('/').any(|t| t.trim() == "PRO") {
            continue;
        }
        out.push(DuoSchool {
            line,
            instelling: field(0),
            vestiging: field(1),
            name: field(2),
            municipality: field(3),
            structure,
        });
    }
    Ok(out)
}

fn csv_error(e: &csv::Error, fallback: u64) -> CsvError {
    let line = e.position().map_or(fallback, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            t!("duo-err-fields", found = len, expected = expected_len)
        }
        _ => e.to_string(),
    };
    CsvError { line, message }
}

/// DUO rows in the region's municipalities, as schools; rows whose BRIN is
/// already in `existing` are marked skipped.
pub(crate) fn propose(
    rows: &[DuoSchool],
    municipalities: &[String],
    existing: &[School],
) -> Vec<Proposal> {
    let mut ids: BTreeSet<String> = existing.iter().map(|s| s.id.get_ref().clone()).collect();
    let brins: Vec<String> = existing
        .iter()
        .filter_map(|s| s.brin.as_ref().map(|b| b.get_ref().to_uppercase()))
        .collect();
    let mut out = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for row in rows {
        let Some(municipality) = municipalities
            .iter()
            .find(|m| same_municipality(m, &row.municipality))
        else {
            continue;
        };
        let brin = if row.vestiging.is_empty() {
            row.instelling.clone()
        } else {
            row.vestiging.clone()
        };
        let upper = brin.to_uppercase();
        // A location listed twice is one school.
        if !seen.insert(upper.clone()) {
            continue;
        }
        let duplicate_of = brins
            .iter()
            .find(|b| **b == upper || **b == row.instelling.to_uppercase())
            .cloned();
        // The JSON's stable English reason; people read `duplicate_of`.
        let skipped = duplicate_of
            .as_ref()
            .map(|b| format!("a school with brin {b} is already in schools.toml"));
        let mut id = registry::slugify(&row.name);
        // A name without letters or digits still gives an id.
        if id.is_empty() {
            id = format!("school-{}", brin.to_lowercase());
        }
        if ids.contains(&id) {
            id = format!("{id}-{}", brin.to_lowercase());
        }
        if skipped.is_none() {
            ids.insert(id.clone());
        }
        out.push(Proposal {
            id,
            name: row.name.clone(),
            brin,
            municipality: municipality.clone(),
            line: row.line,
            skipped,
            duplicate_of,
        });
    }
    out
}

/// DUO writes `'S-GRAVENHAGE`, `S GRAVENHAGE`, `BERGEN (NH)`; compare letters only.
fn same_municipality(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    norm(a) == norm(b)
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
        t.insert("kind", toml_edit::value("pro"));
        t.insert("brin", toml_edit::value(p.brin.as_str()));
        t.insert("municipality", toml_edit::value(p.municipality.as_str()));
        t.decor_mut().set_prefix(format!(
            "\n# imported from DUO \"Alle vestigingen VO\" ({})\n",
            p.brin
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

    const OLD_HEADER: &str =
        "BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;GEMEENTENAAM;ONDERWIJSSTRUCTUUR\n";

    #[test]
    fn older_header_generation_and_pro_token() {
        let text = format!(
            "{OLD_HEADER}11AA;11AA00;Pro A;GOUDA;VBO/PRO\n11AB;11AB00;Havo B;GOUDA;HAVO/VWO\n11AC;11AC00;Prof C;GOUDA;PROF\n"
        );
        let rows = parse(&text).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].vestiging, "11AA00");
        assert_eq!(rows[0].line, 2);
    }

    #[test]
    fn windows_1252_is_decoded() {
        let bytes = b"VESTIGINGSNAAM;Fryslan\xe2";
        assert_eq!(decode(bytes), "VESTIGINGSNAAM;Fryslanâ");
        assert_eq!(decode("\u{feff}abc".as_bytes()), "abc");
    }

    #[test]
    fn every_column_is_named_in_both_catalogues() {
        for (id, _) in COLUMNS {
            for lang in crate::i18n::Lang::ALL {
                assert!(crate::i18n::has(lang, id), "{id} ({})", lang.code());
            }
        }
    }

    #[test]
    fn malformed_csv_names_the_line() {
        let text = format!("{OLD_HEADER}11AA;11AA00;Pro A;GOUDA;PRO\n11AB;11AB00;kapot\n");
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(
            e.message.contains('3') && e.message.contains('5'),
            "{}",
            e.message
        );
        let e = parse("NAAM,GEMEENTE\nx,y\n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn municipality_spellings() {
        assert!(same_municipality("'s-Gravenhage", "S GRAVENHAGE"));
        assert!(same_municipality(
            "Bodegraven-Reeuwijk",
            "BODEGRAVEN-REEUWIJK"
        ));
        assert!(!same_municipality("Gouda", "Goudriaan"));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            registry::slugify("Praktijkschool De Goudse Waarden"),
            "praktijkschool-de-goudse-waarden"
        );
        assert_eq!(
            registry::slugify("Scholengroep Driestar - Wartburg - Gouda Gamma, vwo"),
            "scholengroep-driestar-wartburg-gouda-gamma-vwo"
        );
        assert_eq!(registry::slugify("Élan école"), "elan-ecole");
    }

    #[test]
    fn adding_keeps_comments() {
        let p = Proposal {
            id: "x".into(),
            name: "X".into(),
            brin: "11AA00".into(),
            municipality: "Gouda".into(),
            line: 2,
            skipped: None,
            duplicate_of: None,
        };
        let text =
            "# mijn scholen\n\n[[school]]\nid = \"a\" # eerste\nname = \"A\"\nkind = \"pro\"\n";
        let out = String::from_utf8(add_to_schools(text.as_bytes(), &[&p]).unwrap()).unwrap();
        assert!(out.starts_with(text), "{out}");
        assert!(out.contains("[[school]]\nid = \"x\"\nname = \"X\"\nkind = \"pro\"\nbrin = \"11AA00\"\nmunicipality = \"Gouda\"\n"), "{out}");
        let empty = String::from_utf8(add_to_schools(b"", &[&p]).unwrap()).unwrap();
        assert!(empty.contains("[[school]]"), "{empty}");
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
