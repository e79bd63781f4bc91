//! A report as a file (`--out FILE`): the file's extension chooses the
//! format. The documents are made from the same blocks and table as the
//! terminal and CSV output.

use super::{Block, Format, Options, Render};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Markdown,
    Html,
    Docx,
    Xlsx,
    Csv,
    Json,
    Text,
}

impl DocKind {
    /// The extensions `--out` knows, as the help and errors list them.
    pub const EXTENSIONS: &'static str = ".md, .html, .docx, .xlsx, .csv, .json, .txt";

    pub fn from_path(path: &Path) -> Option<DocKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "md" | "markdown" => DocKind::Markdown,
            "html" | "htm" => DocKind::Html,
            "docx" => DocKind::Docx,
            "xlsx" => DocKind::Xlsx,
            "csv" => DocKind::Csv,
            "json" => DocKind::Json,
            "txt" => DocKind::Text,
            _ => return None,
        })
    }
}

/// The report's title: its own, else its first heading.
fn title<R: Render>(report: &R, blocks: &[Block]) -> String {
    report
        .title()
        .or_else(|| {
            blocks.iter().find_map(|b| match b {
                Block::Heading(_, t) => Some(t.clone()),
                _ => None,
            })
        })
        .unwrap_or_else(|| "vsopro".into())
}

/// The file's bytes; `footer` closes the documents that have one (who made
/// it, from which data).
pub fn document<R: Render>(report: &R, kind: DocKind, footer: &str) -> Result<Vec<u8>, String> {
    let lang = match crate::i18n::lang() {
        crate::i18n::Lang::Nl => "nl-NL",
        crate::i18n::Lang::En => "en-GB",
    };
    let text = |format| super::render(report, format, Options { tty: false }).into_bytes();
    match kind {
        DocKind::Markdown => Ok(text(Format::Markdown)),
        DocKind::Csv => Ok(text(Format::Csv)),
        DocKind::Json => Ok(text(Format::Json)),
        DocKind::Text => Ok(text(Format::Table)),
        DocKind::Html => {
            let blocks = super::visible(report.blocks(), super::safe::breaks);
            let short = lang.split('-').next().unwrap_or("nl");
            super::html::page(&blocks, &title(report, &blocks), short, footer)
        }
        DocKind::Docx => {
            let blocks = super::visible(report.blocks(), super::safe::breaks);
            super::docx::document(&blocks, &title(report, &blocks), lang)
        }
        DocKind::Xlsx => {
            let blocks = report.blocks();
            let table = super::visible_table(report.csv_table());
            super::xlsx::workbook(&table, &title(report, &blocks))
        }
    }
}
