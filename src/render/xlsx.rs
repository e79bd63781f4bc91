//! A report's table as an Excel workbook: typed cells (numbers as numbers,
//! dates as dates, hours as a duration), a frozen header row, an
//! autofilter and fitted column widths. The cells come as CSV writes them
//! (`12.5`, `2026-11-22`, `5:20`); the column's kind says what they are.

use super::{CellKind, Table};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// A sheet name as Excel allows it: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(title: &str) -> String {
    let name: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let name = name.trim().trim_matches('\'').to_string();
    if name.is_empty() {
        "vsopro".into()
    } else {
        name
    }
}

fn date(cell: &str) -> Option<ExcelDateTime> {
    let d = chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).ok()
}

/// `5:20` as a fraction of a day, which Excel shows with `[h]:mm`.
fn duration(cell: &str) -> Option<f64> {
    let (h, m) = cell.split_once(':')?;
    let minutes = h.parse::<u64>().ok()? * 60 + m.parse::<u64>().ok()?;
    Some(minutes as f64 / (24.0 * 60.0))
}

pub(crate) fn workbook(table: &Table, title: &str) -> Result<Vec<u8>, String> {
    build(table, title).map_err(|e| e.to_string())
}

fn build(table: &Table, title: &str) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // A fixed creation time: the same report gives the same bytes.
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author("vsopro")
            .set_creation_datetime(&epoch),
    );
    let header = Format::new().set_bold().set_text_wrap();
    let as_date = Format::new().set_num_format("dd-mm-yyyy");
    let as_duration = Format::new().set_num_format("[h]:mm");
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(title))?;
    for (c, col) in table.columns.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, &col.name, &header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, (cell, col)) in row.iter().zip(&table.columns).enumerate() {
            let c = c as u16;
            if cell.is_empty() {
                continue;
            }
            match col.kind {
                CellKind::Number if cell.parse::<f64>().is_ok_and(f64::is_finite) => {
                    ws.write_number(r, c, cell.parse::<f64>().unwrap_or_default())?;
                }
                CellKind::Date if date(cell).is_some() => {
                    let d = date(cell).expect("checked above");
                    ws.write_datetime_with_format(r, c, &d, &as_date)?;
                }
                CellKind::Duration if duration(cell).is_some() => {
                    let d = duration(cell).unwrap_or_default();
                    ws.write_number_with_format(r, c, d, &as_duration)?;
                }
                _ => {
                    ws.write_string(r, c, cell)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    if !table.columns.is_empty() {
        ws.autofilter(
            0,
            0,
            table.rows.len() as u32,
            table.columns.len() as u16 - 1,
        )?;
    }
    ws.autofit();
    wb.save_to_buffer()
}
