//! `vsopro uitstroom --template REGION`: a workbook a school fills in —
//! one row per school of the region with its name, the year, and a cell
//! per count (whole numbers of 0 or more, checked by Excel as they are
//! typed), the figures already recorded filled in; a second sheet says
//! what each column means and which region and year the workbook is for.

use super::{COUNT_WIDTH, Column, columns, label, sheet_names};
use crate::i18n::{Lang, message_in};
use crate::model::OutcomeRow;
use crate::model::RegionData;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, ExcelDateTime,
    Format, FormatBorder, ProtectionOptions, Workbook, XlsxError,
};

/// The workbook's bytes (the same data gives the same bytes).
pub(crate) fn workbook(region: &RegionData, year: &str, lang: Lang) -> Result<Vec<u8>, String> {
    build(region, year, lang).map_err(|e| e.to_string())
}

fn build(region: &RegionData, year: &str, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let m = |id: &str| message_in(lang, id, &[]);
    let mut wb = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!(
                "{} {year} — {}",
                m("sheet-title"),
                region.info.name
            ))
            .set_author("vsopro")
            .set_creation_datetime(&epoch),
    );
    let (figures, about) = sheet_names(lang);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border_bottom(FormatBorder::Thin);
    let given = Format::new().set_background_color("#EEEEEE");
    let open = Format::new().set_unlocked();
    let cols = columns();
    let ws = wb.add_worksheet();
    ws.set_name(figures)?;
    ws.set_row_height(0, 45)?;
    for (c, col) in cols.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, label(lang, *col), &header)?;
        ws.set_column_width(
            c,
            match col {
                Column::Name => 36.0,
                Column::School | Column::Year => 12.0,
                Column::Count(_) => COUNT_WIDTH,
            },
        )?;
    }
    let schools = region.schools();
    for (i, school) in schools.iter().enumerate() {
        let r = i as u32 + 1;
        let id = school.id.get_ref().as_str();
        let recorded = region
            .outcomes()
            .iter()
            .find(|o| o.school.get_ref().trim() == id && o.year.get_ref().trim() == year)
            .map(OutcomeRow::from_outcome);
        let counts = recorded.as_ref().map(OutcomeRow::counts);
        for (c, col) in cols.iter().enumerate() {
            let c = c as u16;
            match col {
                Column::School => ws.write_string_with_format(r, c, id, &given)?,
                Column::Name => ws.write_string_with_format(r, c, &school.name, &given)?,
                Column::Year => ws.write_string_with_format(r, c, year, &given)?,
                Column::Count(key) => {
                    let n = counts
                        .as_ref()
                        .and_then(|all| all.iter().find(|(k, _)| k == key))
                        .and_then(|(_, n)| *n);
                    match n {
                        Some(n) => ws.write_number_with_format(r, c, n as f64, &open)?,
                        None => ws.write_blank(r, c, &open)?,
                    }
                }
            };
        }
    }
    // Whole numbers only, from 0, in every count cell (with room for a
    // school added below the others).
    let first = cols
        .iter()
        .position(|c| matches!(c, Column::Count(_)))
        .unwrap_or(0) as u16;
    let last_row = schools.len().max(1) as u32 + 20;
    let whole = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(0, 100_000))
        .set_error_title(m("sheet-validation-title"))?
        .set_error_message(m("sheet-validation-message"))?
        .set_error_style(DataValidationErrorStyle::Stop);
    ws.add_data_validation(1, first, last_row, cols.len() as u16 - 1, &whole)?;
    ws.set_freeze_panes(1, 3)?;
    // The school, its name and the year are given: only the counts open.
    ws.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });

    let ws = wb.add_worksheet();
    ws.set_name(about)?;
    ws.set_column_width(0, 32.0)?;
    ws.set_column_width(1, 28.0)?;
    ws.set_column_width(2, 90.0)?;
    let wrap = Format::new().set_text_wrap();
    let bold = Format::new().set_bold();
    let mut r = 0;
    for (key, value) in [
        ("sheet-about-region", region.info.slug),
        ("sheet-about-name", region.info.name),
        ("sheet-about-year", year),
    ] {
        ws.write_string_with_format(r, 0, m(key), &bold)?;
        ws.write_string(r, 1, value)?;
        r += 1;
    }
    r += 1;
    ws.merge_range(r, 0, r, 2, &m("sheet-about-privacy"), &wrap)?;
    ws.set_row_height(r, 48)?;
    r += 2;
    for (c, key) in [
        "sheet-about-column",
        "sheet-about-key",
        "sheet-about-meaning",
    ]
    .into_iter()
    .enumerate()
    {
        ws.write_string_with_format(r, c as u16, m(key), &header)?;
    }
    for col in &cols {
        r += 1;
        ws.write_string(r, 0, label(lang, *col))?;
        ws.write_string(r, 1, col.file_key())?;
        ws.write_string_with_format(r, 2, super::definition(lang, *col), &wrap)?;
    }
    wb.save_to_buffer()
}
