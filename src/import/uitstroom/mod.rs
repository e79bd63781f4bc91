//! Uitstroom figures through Excel, because schools live in it: a
//! template per region and year ([`template`]), read back by
//! `vsopro import uitstroom FILE.xlsx` ([`read`]) and written through the
//! single write path. Every problem — a cell that is not a whole number,
//! a column vsopro does not know, and what the check finds in the figures
//! — is said by sheet, row and column; nothing is written while there is
//! any.

pub(crate) mod read;
pub(crate) mod template;

use crate::diag::Diagnostic;
use crate::edit::{self, Edit, Expect, OutcomeRow, Refusal, Writer, count_fields};
use crate::error::Error;
use crate::i18n::{Lang, message_in, t};
use crate::model::{Dataset, FileKind};
use crate::registry::Region;
use crate::report::commands::{OutcomeImport, OutcomeImportRow, RowStatus};
use read::{Problem, Sheet};
use std::path::Path;

/// The width of a count's column in the template.
const COUNT_WIDTH: f64 = 13.0;

/// A column of the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    /// The school's id in schools.toml.
    School,
    /// Its name, for the people filling it in; not read back.
    Name,
    Year,
    /// A count by its flat field (`werk`, `na_1_jaar_op_plek`).
    Count(&'static str),
}

impl Column {
    /// Its key in uitstroom.toml (`na_1_jaar.op_plek` for a follow-up).
    pub(crate) fn file_key(self) -> String {
        match self {
            Column::School => "school".into(),
            Column::Name => "-".into(),
            Column::Year => "year".into(),
            // `na_1_jaar_op_plek`: the table's name is nine characters.
            Column::Count(k) if k.starts_with("na_") => format!("{}.{}", &k[..9], &k[10..]),
            Column::Count(k) => k.into(),
        }
    }
}

/// Every column, in the template's order.
pub(crate) fn columns() -> Vec<Column> {
    let mut c = vec![Column::School, Column::Name, Column::Year];
    c.extend(count_fields().into_iter().map(Column::Count));
    c
}

/// A column's heading, as the template writes it.
pub(crate) fn label(lang: Lang, col: Column) -> String {
    let id = match col {
        Column::School => "sheet-column-school".to_string(),
        Column::Name => "sheet-column-name".to_string(),
        Column::Year => "sheet-column-year".to_string(),
        Column::Count(k) => crate::records::label_id(k),
    };
    message_in(lang, &id, &[])
}

/// What a column means (the workbench form's hint for a count).
pub(crate) fn definition(lang: Lang, col: Column) -> String {
    let id = match col {
        Column::School => "sheet-definition-school".to_string(),
        Column::Name => "sheet-definition-name".to_string(),
        Column::Year => "sheet-definition-year".to_string(),
        Column::Count(k) => format!("form-hint-{}", k.replace('_', "-")),
    };
    message_in(lang, &id, &[])
}

/// The names of the figures' sheet and the sheet about the workbook.
pub(crate) fn sheet_names(lang: Lang) -> (String, String) {
    (
        message_in(lang, "sheet-name-figures", &[]),
        message_in(lang, "sheet-name-about", &[]),
    )
}

/// The region a workbook is for: `--region`, else what its sheet about
/// the workbook names.
pub(crate) fn region(
    sheet: &Sheet,
    given: Option<&'static Region>,
    path: &Path,
) -> Result<&'static Region, Error> {
    if let Some(r) = given {
        return Ok(r);
    }
    let found = sheet
        .region
        .as_deref()
        .and_then(crate::registry::find_region);
    // Said with whatever else is wrong in the workbook.
    found.ok_or_else(|| Error::Workbook {
        path: path.to_path_buf(),
        problems: sheet
            .problems
            .iter()
            .map(Problem::text)
            .chain([t!("sheet-no-region")])
            .collect(),
    })
}

/// Reads the workbook's rows against the region's data; with `writer`
/// (which holds the data root's lock since before `data` was read)
/// writes the new and changed figures in one commit. Any problem: the
/// whole list, and nothing written.
pub(crate) fn import(
    data: &Dataset,
    region: &'static Region,
    path: &Path,
    sheet: &Sheet,
    root: &Path,
    writer: Option<&Writer>,
    today: chrono::NaiveDate,
) -> Result<OutcomeImport, Error> {
    let existing = data
        .region(region.code)
        .ok_or_else(|| Error::NoData(vec![region]))?;
    let mut problems: Vec<Problem> = sheet.problems.clone();
    let mut report = OutcomeImport {
        file: path.display().to_string(),
        region: region.slug,
        sheet: sheet.name.clone(),
        rows: Vec::new(),
        written: false,
        commit: None,
    };
    // The rows to write, each with its row number in the sheet.
    let mut edits: Vec<(u32, OutcomeRow)> = Vec::new();
    for row in &sheet.rows {
        let name = existing
            .schools()
            .iter()
            .find(|s| s.id.get_ref() == &row.school)
            .map_or_else(String::new, |s| s.name.clone());
        let Some(new) = row.outcome() else {
            report.rows.push(OutcomeImportRow {
                row: row.number,
                school: row.school.clone(),
                name,
                year: row.year.clone(),
                leavers: None,
                status: RowStatus::Empty,
            });
            continue;
        };
        if let Some((first, _)) = edits
            .iter()
            .find(|(_, e)| e.school == new.school && e.year == new.year)
        {
            problems.push(sheet.at_row(row.number, t!("sheet-duplicate", row = *first)));
            continue;
        }
        let old = existing
            .outcomes()
            .iter()
            .find(|o| {
                o.school.get_ref().trim() == new.school && o.year.get_ref().trim() == new.year
            })
            .map(OutcomeRow::from_outcome);
        let status = match old {
            None => RowStatus::New,
            Some(old) if old == new => RowStatus::Unchanged,
            Some(_) => RowStatus::Changed,
        };
        report.rows.push(OutcomeImportRow {
            row: row.number,
            school: new.school.clone(),
            name,
            year: new.year.clone(),
            leavers: Some(new.leavers),
            status,
        });
        if status != RowStatus::Unchanged {
            edits.push((row.number, new));
        }
    }
    let edit = Edit::Outcomes(edits.iter().map(|(_, r)| r.clone()).collect());
    // What the check finds in the figures, placed in the sheet.
    if !edits.is_empty() {
        match edit::preview(root, region, &edit, today) {
            Ok(_) => {}
            Err(Refusal::Invalid {
                problems: found,
                rel,
                text,
            }) => problems.extend(place(sheet, &edits, &found, &rel, &text)),
            Err(refusal) => {
                let rel = crate::model::region_path(region.slug, FileKind::Uitstroom);
                return Err(refusal.into_error(root, &rel));
            }
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.row.unwrap_or(0), p.column));
        return Err(Error::Workbook {
            path: path.to_path_buf(),
            problems: problems.iter().map(Problem::text).collect(),
        });
    }
    if let (Some(writer), false) = (writer, edits.is_empty()) {
        let rel = crate::model::region_path(region.slug, FileKind::Uitstroom);
        let outcome = writer
            .apply(region, &edit, &Expect::Current, today)
            .map_err(|r| r.into_error(root, &rel))?;
        report.written = true;
        if let edit::Saved::Committed(hash) = outcome.saved {
            report.commit = Some(hash);
        }
    }
    Ok(report)
}

/// Each problem the check found, at the row and column of the sheet that
/// gave the figure; what lies elsewhere (another entry, another file) at
/// the sheet with the file's place.
fn place(
    sheet: &Sheet,
    edits: &[(u32, OutcomeRow)],
    found: &[Diagnostic],
    rel: &str,
    text: &str,
) -> Vec<Problem> {
    let spans: Vec<(u32, edit::FieldSpans)> = edits
        .iter()
        .map(|(n, r)| (*n, edit::field_spans(text, &r.school, &r.year)))
        .collect();
    found
        .iter()
        .map(|d| {
            let message = match &d.help {
                Some(help) => t!(
                    "sheet-check-problem",
                    message = d.message.as_str(),
                    code = d.code.name(),
                    help = help.as_str()
                ),
                None => format!("{} [{}]", d.message, d.code.name()),
            };
            let at = d.span.as_ref().filter(|_| d.file == rel).and_then(|s| {
                spans
                    .iter()
                    .find_map(|(n, spans)| Some((*n, edit::field_at(spans, s.start)?)))
            });
            match at {
                Some((row, "")) => sheet.at_row(row, message),
                Some((row, key)) => sheet.at(row, key, message),
                None => {
                    let line = d
                        .span
                        .as_ref()
                        .filter(|_| d.file == rel)
                        .and_then(|s| text.get(..s.start))
                        .map(|before| before.matches('\n').count() + 1);
                    let place = match line {
                        Some(l) => format!("{}:{l}", d.file),
                        None => d.file.clone(),
                    };
                    sheet.general(format!("{place}: {message}"))
                }
            }
        })
        .collect()
}
