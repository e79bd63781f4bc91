//! DUO's open-data files, read as they are downloaded: "02. Alle
//! vestigingen VO" (praktijkonderwijs: the token `PRO` in
//! ONDERWIJSSTRUCTUUR) and "09. Alle vestigingen SBO, SO en VSO" (vso:
//! SOORT PRIMAIR ONDERWIJS `VSO` or `(V)SO` with a `VSO` token in
//! ONDERWIJS). Each file is recognised by its header; UTF-8 or
//! Windows-1252, LF or CRLF.

use crate::i18n::t;
use crate::model::Kind;
use crate::suggest;

/// Which of DUO's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Source {
    /// "02. Alle vestigingen VO".
    Vo,
    /// "09. Alle vestigingen SBO, SO en VSO".
    Special,
}

impl Source {
    /// The kind of school this file gives.
    pub(crate) fn kind(self) -> Kind {
        match self {
            Source::Vo => Kind::Pro,
            Source::Special => Kind::Vso,
        }
    }

    /// DUO's title of the file, for comments and reports.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Source::Vo => "02. Alle vestigingen VO",
            Source::Special => "09. Alle vestigingen SBO, SO en VSO",
        }
    }
}

/// One pro or vso location from a DUO file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DuoSchool {
    /// The line in the CSV file (1 = header).
    pub line: u64,
    pub source: Source,
    /// INSTELLINGSCODE / BRIN NUMMER, e.g. `18BR`.
    pub instelling: String,
    /// VESTIGINGSCODE / VESTIGINGSNUMMER, e.g. `18BR00`.
    pub vestiging: String,
    pub name: String,
    /// GEMEENTENAAM as DUO writes it (capitals, no CBS suffix).
    pub municipality: String,
    /// GEMEENTENUMMER (`0402`), where the file has it.
    pub municipality_code: Option<String>,
    /// CLUSTER (vso), where given.
    pub cluster: Option<i64>,
}

impl DuoSchool {
    /// The location code, or the institution's where a file has none.
    pub(crate) fn location(&self) -> String {
        if self.vestiging.is_empty() {
            self.instelling.to_uppercase()
        } else {
            self.vestiging.to_uppercase()
        }
    }
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

/// A column: its message id (what it holds) and the names DUO has used.
type ColumnSpec = (&'static str, &'static [&'static str]);

/// The columns read from either file, under each header generation DUO has
/// used. The first four are required; ONDERWIJSSTRUCTUUR or SOORT PRIMAIR
/// ONDERWIJS with ONDERWIJS tells the files apart.
pub(crate) const COLUMNS: [ColumnSpec; 9] = [
    ("duo-col-instelling", &["INSTELLINGSCODE", "BRIN NUMMER"]),
    ("duo-col-vestiging", &["VESTIGINGSCODE", "VESTIGINGSNUMMER"]),
    ("duo-col-name", &["VESTIGINGSNAAM"]),
    ("duo-col-municipality", &["GEMEENTENAAM"]),
    ("duo-col-municipality-code", &["GEMEENTENUMMER"]),
    ("duo-col-structure", &["ONDERWIJSSTRUCTUUR"]),
    ("duo-col-sort", &["SOORT PRIMAIR ONDERWIJS"]),
    ("duo-col-education", &["ONDERWIJS"]),
    ("duo-col-cluster", &["CLUSTER"]),
];

const REQUIRED: usize = 4;
const CODE: usize = 4;
const STRUCTURE: usize = 5;
const SORT: usize = 6;
const EDUCATION: usize = 7;
const CLUSTER: usize = 8;

/// Every pro or vso row of a DUO file, and which file it is.
pub(crate) fn parse(text: &str) -> Result<(Source, Vec<DuoSchool>), CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(&e, 1))?.clone();
    let index: Vec<Option<usize>> = COLUMNS
        .iter()
        .map(|(_, names)| {
            headers
                .iter()
                .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
        })
        .collect();
    let source = match (index[STRUCTURE], index[SORT], index[EDUCATION]) {
        (Some(_), _, _) => Source::Vo,
        (None, Some(_), Some(_)) => Source::Special,
        _ => {
            return Err(CsvError {
                line: 1,
                message: t!("duo-err-unknown-file"),
            });
        }
    };
    for (i, (what, names)) in COLUMNS.iter().enumerate().take(REQUIRED) {
        if index[i].is_none() {
            return Err(CsvError {
                line: 1,
                message: t!(
                    "duo-err-column",
                    column = suggest::one_of(names),
                    what = crate::i18n::message(what, &[])
                ),
            });
        }
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, 0))?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| {
            index[i]
                .and_then(|at| record.get(at))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let wanted = match source {
            Source::Vo => field(STRUCTURE).split('/').any(|t| t.trim() == "PRO"),
            Source::Special => {
                matches!(field(SORT).as_str(), "VSO" | "(V)SO") && offers_vso(&field(EDUCATION))
            }
        };
        if !wanted {
            continue;
        }
        let code = field(CODE);
        out.push(DuoSchool {
            line,
            source,
            instelling: field(0),
            vestiging: field(1),
            name: field(2),
            municipality: field(3),
            municipality_code: (!code.is_empty()).then_some(code),
            cluster: field(CLUSTER).parse().ok(),
        });
    }
    Ok((source, out))
}

/// `SO ZMLK + VSO ZMLK`, `RP-VSO LZ/P`: a `VSO` token, also in a
/// residential setting (`RP-`).
fn offers_vso(education: &str) -> bool {
    education.split('+').any(|part| {
        part.split_whitespace()
            .next()
            .is_some_and(|w| w.trim_start_matches("RP-") == "VSO")
    })
}

fn csv_error(e: &csv::Error, fallback: u64) -> CsvError {
    let line = e.position().map_or(fallback, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => t!("duo-err-fields", found = len, expected = expected_len),
        _ => e.to_string(),
    };
    CsvError { line, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD_HEADER: &str =
        "BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;GEMEENTENAAM;ONDERWIJSSTRUCTUUR\n";

    #[test]
    fn older_header_generation_and_pro_token() {
        let text = format!(
            "{OLD_HEADER}11AA;11AA00;Pro A;GOUDA;PRO\n11AB;11AB00;Havo B;GOUDA;HAVO/VWO\n11AC;11AC00;Pro C;GOUDA;VBO/MAVO/PRO\n"
        );
        let (source, rows) = parse(&text).unwrap();
        assert_eq!(source, Source::Vo);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Pro A", "Pro C"]);
        assert_eq!(rows[0].municipality_code, None);
    }

    #[test]
    fn the_special_file_gives_its_vso_locations() {
        let text = "SOORT PRIMAIR ONDERWIJS;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;GEMEENTENUMMER;GEMEENTENAAM;CLUSTER;ONDERWIJS\r\n\
            (V)SO;06SV;06SV00;De Aventurijn;0106;ASSEN;4;SO LZ/P + VSO LZ/P + RP-SO LZ/P + RP-VSO LZ/P\r\n\
            (V)SO;06SV;06SV01;Alleen SO;0106;ASSEN;4;SO LZ/P\r\n\
            SO;07AA;07AA00;Een so-school;0106;ASSEN;3;SO ZMLK\r\n\
            VSO;08BB;08BB00;Alleen RP;0402;HILVERSUM;;RP-VSO ZMLK\r\n\
            SBAO;09CC;09CC00;Sbo;0106;ASSEN;;SBAO\r\n";
        let (source, rows) = parse(text).unwrap();
        assert_eq!(source, Source::Special);
        let codes: Vec<String> = rows.iter().map(DuoSchool::location).collect();
        assert_eq!(codes, ["06SV00", "08BB00"]);
        assert_eq!(rows[0].cluster, Some(4));
        assert_eq!(rows[1].cluster, None);
        assert_eq!(rows[1].municipality_code.as_deref(), Some("0402"));
    }

    #[test]
    fn an_unknown_file_is_named() {
        let e = parse("A;B\n1;2\n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn decodes_windows_1252() {
        let bytes = b"VESTIGINGSNAAM;Frysl\xe2n";
        assert_eq!(decode(bytes), "VESTIGINGSNAAM;Fryslân");
        assert_eq!(decode("\u{feff}abc".as_bytes()), "abc");
    }

    #[test]
    fn malformed_csv_names_the_line() {
        let text = format!("{OLD_HEADER}11AA;11AA00;Pro A;GOUDA;PRO\n11AB;11AB00;kapot\n");
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains('3') && e.message.contains('5'));
    }

    #[test]
    fn every_column_is_named_in_both_catalogues() {
        for (id, _) in COLUMNS {
            for lang in crate::i18n::Lang::ALL {
                assert!(crate::i18n::has(lang, id), "{id} ({})", lang.code());
            }
        }
    }
}
