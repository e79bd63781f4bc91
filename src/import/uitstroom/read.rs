//! A filled-in workbook read back (calamine: .xlsx, and the .xls and .ods
//! a school may save it as): the sheet whose heading row has the school's
//! column, each column found by its heading (in Dutch or English, or the
//! key of uitstroom.toml, in any order), each cell read as a whole number
//! of 0 or more. What is wrong is a [`Problem`] at its sheet, row and
//! column; the rows that are right are read all the same, so that one run
//! says everything.

use super::{Column, columns, label};
use crate::error::Error;
use crate::i18n::{Lang, message_in, t};
use crate::model::OutcomeRow;
use calamine::{Data, Reader};
use std::collections::BTreeMap;
use std::path::Path;

/// What is wrong, and where: the sheet, its row (1-based, as Excel shows
/// it) and its column (letter and heading).
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub sheet: String,
    pub row: Option<u32>,
    pub column: Option<u32>,
    pub heading: String,
    pub message: String,
}

impl Problem {
    /// In the reader's words: `blad Uitstroom, rij 4, kolom F (Werk): …`.
    pub(crate) fn text(&self) -> String {
        let sheet = self.sheet.as_str();
        let message = self.message.as_str();
        match (self.row, self.column) {
            (Some(row), Some(col)) => t!(
                "sheet-problem-cell",
                sheet = sheet,
                row = row,
                column = letters(col),
                heading = self.heading.as_str(),
                message = message
            ),
            (Some(row), None) => t!(
                "sheet-problem-row",
                sheet = sheet,
                row = row,
                message = message
            ),
            (None, Some(col)) => t!(
                "sheet-problem-column",
                sheet = sheet,
                column = letters(col),
                heading = self.heading.as_str(),
                message = message
            ),
            (None, None) => t!("sheet-problem-sheet", sheet = sheet, message = message),
        }
    }
}

/// A column's letters as Excel shows them: 0 → A, 26 → AA.
pub(crate) fn letters(col: u32) -> String {
    let mut n = col + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// One row of figures as the sheet has it.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// As Excel numbers it.
    pub number: u32,
    pub school: String,
    pub year: String,
    /// Each count that was read (a cell with a problem is left out).
    pub counts: Vec<(&'static str, Option<i64>)>,
    /// A cell of the row could not be read: the row is not written.
    pub broken: bool,
}

impl Row {
    /// The row as figures to record; `None` when no count was filled in
    /// (a school that has not sent its figures) or a cell was wrong.
    pub(crate) fn outcome(&self) -> Option<OutcomeRow> {
        if self.broken || self.counts.iter().all(|(_, n)| n.is_none()) {
            return None;
        }
        OutcomeRow::from_counts(&self.school, &self.year, &self.counts)
    }
}

/// The figures of a workbook, and what is wrong in it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sheet {
    /// The name of the sheet with the figures.
    pub name: String,
    /// The region and year the sheet about the workbook names.
    pub region: Option<String>,
    pub year: Option<String>,
    pub rows: Vec<Row>,
    pub problems: Vec<Problem>,
    /// Each column found: where, and its heading as written.
    found: Vec<(Column, u32, String)>,
}

impl Sheet {
    /// A problem in a row, at the column of `key`'s field (`school`,
    /// `year`, a count's flat field).
    pub(crate) fn at(&self, row: u32, key: &str, message: String) -> Problem {
        let found = self.found.iter().find(|(c, _, _)| match c {
            Column::School => key == "school",
            Column::Year => key == "year",
            Column::Count(k) => *k == key,
            Column::Name => false,
        });
        Problem {
            sheet: self.name.clone(),
            row: Some(row),
            column: found.map(|(_, c, _)| *c),
            heading: found.map(|(_, _, h)| h.clone()).unwrap_or_default(),
            message,
        }
    }

    pub(crate) fn at_row(&self, row: u32, message: String) -> Problem {
        Problem {
            sheet: self.name.clone(),
            row: Some(row),
            column: None,
            heading: String::new(),
            message,
        }
    }

    pub(crate) fn general(&self, message: String) -> Problem {
        Problem {
            sheet: self.name.clone(),
            row: None,
            column: None,
            heading: String::new(),
            message,
        }
    }
}

/// A heading or label made comparable: lower case, letters and digits only.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column a heading names: its heading in either language, or its
/// key in uitstroom.toml.
fn column_of(heading: &str) -> Option<Column> {
    let h = plain(heading);
    if h.is_empty() {
        return None;
    }
    columns().into_iter().find(|&c| {
        Lang::ALL.iter().any(|&l| plain(&label(l, c)) == h)
            || plain(&c.file_key()) == h
            || matches!(c, Column::Count(k) if plain(k) == h)
    })
}

/// A cell as text (numbers as they would be typed).
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        other => other.to_string().trim().to_string(),
    }
}

/// A count: empty is `None`; a whole number of 0 or more; else what is
/// wrong, in the reader's words.
fn count(cell: &Data) -> Result<Option<i64>, String> {
    let whole = |x: f64| (x.fract() == 0.0 && (0.0..1e12).contains(&x)).then_some(x as i64);
    let n = match cell {
        Data::Empty => return Ok(None),
        Data::Int(n) if *n >= 0 => Some(*n),
        Data::Float(x) => whole(*x),
        Data::String(s) if s.trim().is_empty() => return Ok(None),
        Data::String(s) => s.trim().parse::<i64>().ok().filter(|n| *n >= 0),
        _ => None,
    };
    n.map(Some)
        .ok_or_else(|| t!("sheet-not-a-count", value = text(cell).as_str()))
}

type Grid = BTreeMap<(u32, u32), Data>;

fn grid(range: &calamine::Range<Data>) -> Grid {
    let (r0, c0) = range.start().unwrap_or((0, 0));
    range
        .used_cells()
        .map(|(r, c, d)| ((r0 + r as u32, c0 + c as u32), d.clone()))
        .collect()
}

/// The row of headings: the first of the sheet's first ten rows that
/// names the school's column.
fn heading_row(grid: &Grid) -> Option<u32> {
    grid.iter()
        .filter(|((r, _), _)| *r < 10)
        .find(|(_, d)| column_of(&text(d)) == Some(Column::School))
        .map(|((r, _), _)| *r)
}

/// Reads the workbook at `path`. A file that is not a workbook is an
/// error; everything else wrong in it is in [`Sheet::problems`].
pub(crate) fn read(path: &Path) -> Result<Sheet, Error> {
    let unreadable = |reason: String| Error::Workbook {
        path: path.to_path_buf(),
        problems: vec![t!("sheet-unreadable", reason = reason.as_str())],
    };
    // A file that is not there (or not readable) is said as such.
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    // A region's template is a few kB: anything near this is not one, and
    // is not unpacked into memory.
    const MAX_BYTES: u64 = 16 * 1024 * 1024;
    if file.metadata().is_ok_and(|m| m.len() > MAX_BYTES) {
        return Err(unreadable(t!(
            "sheet-too-large",
            megabytes = MAX_BYTES / (1024 * 1024)
        )));
    }
    let mut book = calamine::open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable(e.to_string()))?;
        sheets.push((name, grid(&range)));
    }
    let mut sheet = Sheet::default();
    // The sheet about the workbook: the region and the year.
    for (_, g) in &sheets {
        for ((r, c), d) in g {
            let value = || g.get(&(*r, c + 1)).map(text).filter(|v| !v.is_empty());
            let is = |id: &str| {
                Lang::ALL
                    .iter()
                    .any(|&l| plain(&message_in(l, id, &[])) == plain(&text(d)))
            };
            if is("sheet-about-region") && sheet.region.is_none() {
                sheet.region = value();
            } else if is("sheet-about-year") && sheet.year.is_none() {
                sheet.year = value();
            }
        }
    }
    let Some((name, g, head)) = sheets
        .iter()
        .find_map(|(n, g)| Some((n, g, heading_row(g)?)))
    else {
        let first = sheets.first().map_or_else(String::new, |(n, _)| n.clone());
        sheet.name = first;
        let school = label(crate::i18n::lang(), Column::School);
        sheet
            .problems
            .push(sheet.general(t!("sheet-no-figures", heading = school.as_str())));
        return Ok(sheet);
    };
    sheet.name = name.clone();
    let last_col = g.keys().map(|(_, c)| *c).max().unwrap_or(0);
    let last_row = g.keys().map(|(r, _)| *r).max().unwrap_or(0);
    let mut unknown = Vec::new();
    for c in 0..=last_col {
        let heading = g.get(&(head, c)).map(text).unwrap_or_default();
        match column_of(&heading) {
            Some(col) if sheet.found.iter().any(|(f, _, _)| *f == col) => {
                sheet.problems.push(Problem {
                    column: Some(c),
                    heading: heading.clone(),
                    ..sheet.general(t!("sheet-column-twice"))
                });
            }
            Some(col) => sheet.found.push((col, c, heading)),
            None if heading.is_empty() => {}
            None => unknown.push((c, heading)),
        }
    }
    // A column vsopro does not read is fine while it is empty; figures in
    // it would be lost without a word. A misspelt heading is compared with
    // the headings in the workbook's own language.
    let written_in = |l: Lang| {
        sheet
            .found
            .iter()
            .filter(|(c, _, h)| plain(&label(l, *c)) == plain(h))
            .count()
    };
    let lang = Lang::ALL
        .into_iter()
        .max_by_key(|&l| (written_in(l), l == crate::i18n::lang()))
        .unwrap_or(Lang::Nl);
    let labels: Vec<String> = columns().into_iter().map(|c| label(lang, c)).collect();
    for (c, heading) in unknown {
        let used =
            (head + 1..=last_row).any(|r| g.get(&(r, c)).is_some_and(|d| !text(d).is_empty()));
        if used {
            let hint = crate::suggest::closest(&heading, labels.iter().map(String::as_str))
                .map(|near| t!("sheet-did-you-mean", heading = near))
                .unwrap_or_default();
            sheet.problems.push(Problem {
                column: Some(c),
                heading: heading.clone(),
                ..sheet.general(t!("sheet-unknown-column", hint = hint.as_str()))
            });
        }
    }
    for needed in [Column::School, Column::Count("leavers")] {
        if !sheet.found.iter().any(|(f, _, _)| *f == needed) {
            let heading = label(crate::i18n::lang(), needed);
            sheet
                .problems
                .push(sheet.general(t!("sheet-missing-column", heading = heading.as_str())));
        }
    }
    let has_year = sheet.found.iter().any(|(f, _, _)| *f == Column::Year);
    if !has_year && sheet.year.is_none() {
        let heading = label(crate::i18n::lang(), Column::Year);
        sheet
            .problems
            .push(sheet.general(t!("sheet-missing-column", heading = heading.as_str())));
    }
    for r in head + 1..=last_row {
        let number = r + 1;
        let cell = |col: Column| {
            sheet
                .found
                .iter()
                .find(|(f, _, _)| *f == col)
                .and_then(|(_, c, _)| g.get(&(r, *c)))
        };
        let all_empty = sheet
            .found
            .iter()
            .all(|(_, c, _)| g.get(&(r, *c)).is_none_or(|d| text(d).is_empty()));
        if all_empty {
            continue;
        }
        let school = cell(Column::School).map(text).unwrap_or_default();
        let year = cell(Column::Year)
            .map(text)
            .filter(|y| !y.is_empty())
            .or_else(|| sheet.year.clone())
            .unwrap_or_default();
        let mut row = Row {
            number,
            school,
            year,
            counts: Vec::new(),
            broken: false,
        };
        let mut found_problems = Vec::new();
        for (col, _, _) in &sheet.found {
            let Column::Count(key) = *col else { continue };
            match cell(*col).map_or(Ok(None), count) {
                Ok(n) => row.counts.push((key, n)),
                Err(message) => {
                    row.broken = true;
                    found_problems.push(sheet.at(number, key, message));
                }
            }
        }
        let filled = row.counts.iter().any(|(_, n)| n.is_some()) || row.broken;
        if filled {
            if row.school.is_empty() {
                row.broken = true;
                found_problems.push(sheet.at(number, "school", t!("sheet-no-school")));
            }
            if row.year.is_empty() {
                row.broken = true;
                found_problems.push(sheet.at(number, "year", t!("sheet-no-year")));
            }
            let leavers = row.counts.iter().find(|(k, _)| *k == "leavers");
            if !row.broken && leavers.is_none_or(|(_, n)| n.is_none()) {
                row.broken = true;
                found_problems.push(sheet.at(number, "leavers", t!("sheet-no-leavers")));
            }
        }
        sheet.problems.extend(found_problems);
        sheet.rows.push(row);
    }
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
        assert_eq!(letters(701), "ZZ");
        assert_eq!(letters(702), "AAA");
    }

    #[test]
    fn counts_are_whole_numbers_from_zero() {
        assert_eq!(count(&Data::Float(12.0)), Ok(Some(12)));
        assert_eq!(count(&Data::Int(0)), Ok(Some(0)));
        assert_eq!(count(&Data::String(" 7 ".into())), Ok(Some(7)));
        assert_eq!(count(&Data::Empty), Ok(None));
        for bad in [
            Data::Float(2.5),
            Data::Int(-1),
            Data::String("drie".into()),
            Data::Bool(true),
        ] {
            assert!(count(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn headings_in_either_language_or_as_keys() {
        for lang in Lang::ALL {
            for c in columns() {
                assert_eq!(column_of(&label(lang, c)), Some(c), "{lang:?} {c:?}");
            }
        }
        assert_eq!(
            column_of("na_1_jaar.op_plek"),
            Some(Column::Count("na_1_jaar_op_plek"))
        );
        assert_eq!(column_of("WERK"), Some(Column::Count("werk")));
        assert_eq!(column_of("opmerking"), None);
    }
}
