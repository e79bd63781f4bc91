//! A report as a file (`--out FILE`): the file's extension chooses the
//! format. The documents are made from the same blocks and table as the
//! terminal and CSV output.

use super::{Block, Format, Options, Render};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Pdf,
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
    #[cfg(feature = "pdf")]
    pub const EXTENSIONS: &'static str = ".pdf, .docx, .xlsx, .html, .md, .csv, .json, .txt";
    #[cfg(not(feature = "pdf"))]
    pub const EXTENSIONS: &'static str = ".docx, .xlsx, .html, .md, .csv, .json, .txt";

    pub fn from_path(path: &Path) -> Option<DocKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "pdf" => DocKind::Pdf,
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

/// The blocks of a document: a report without a title heading gets its
/// title as one.
fn with_title<R: Render>(report: &R, mut blocks: Vec<Block>) -> Vec<Block> {
    if !matches!(blocks.first(), Some(Block::Heading(1, _)))
        && let Some(t) = report.title()
    {
        blocks.insert(0, Block::Heading(1, t));
    }
    blocks
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

/// Why a document could not be made.
#[derive(Debug)]
pub enum DocError {
    /// This build has no PDF engine (`--no-default-features`).
    #[cfg_attr(feature = "pdf", allow(dead_code))]
    NoPdf,
    Failed(String),
}

impl From<String> for DocError {
    fn from(s: String) -> Self {
        DocError::Failed(s)
    }
}

/// The file's bytes; `footer` closes the documents that have one (who made
/// it, from which data).
pub fn document<R: Render>(
    report: &R,
    kind: DocKind,
    footer: &str,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, DocError> {
    let lang = match crate::i18n::lang() {
        crate::i18n::Lang::Nl => "nl-NL",
        crate::i18n::Lang::En => "en-GB",
    };
    let text = |format| super::render(report, format, Options { tty: false }).into_bytes();
    match kind {
        DocKind::Pdf => pdf(report, footer, today),
        DocKind::Markdown => Ok(text(Format::Markdown)),
        DocKind::Csv => Ok(text(Format::Csv)),
        DocKind::Json => Ok(text(Format::Json)),
        DocKind::Text => Ok(text(Format::Table)),
        DocKind::Html => {
            let blocks = with_title(report, super::visible(report.blocks(), super::safe::breaks));
            let short = lang.split('-').next().unwrap_or("nl");
            Ok(super::html::page(
                &blocks,
                &title(report, &blocks),
                short,
                footer,
            )?)
        }
        DocKind::Docx => {
            let blocks = with_title(report, super::visible(report.blocks(), super::safe::breaks));
            Ok(super::docx::document(
                &blocks,
                &title(report, &blocks),
                lang,
            )?)
        }
        DocKind::Xlsx => {
            let blocks = report.blocks();
            let table = super::visible_table(report.csv_table());
            Ok(super::xlsx::workbook(&table, &title(report, &blocks))?)
        }
    }
}

#[cfg(feature = "pdf")]
fn pdf<R: Render>(report: &R, footer: &str, today: chrono::NaiveDate) -> Result<Vec<u8>, DocError> {
    use crate::i18n::t;
    let blocks = with_title(report, super::visible(report.blocks(), super::safe::breaks));
    let extras = report.extras();
    let frame = super::pdf::Frame {
        title: title(report, &blocks),
        lang: crate::i18n::lang().code().to_string(),
        header: match &extras.region {
            Some((name, code)) => t!(
                "pdf-header-region",
                region = name.as_str(),
                code = code.as_str()
            ),
            None => t!("pdf-header"),
        },
        date: crate::i18n::date(today),
        version: footer.to_string(),
        pages: t!("pdf-pages"),
        lapsed: extras.lapsed.clone(),
        map: extras
            .region
            .as_ref()
            .and_then(|(_, code)| crate::map::region_svg(code)),
        approval: extras.approval.clone(),
        draft: extras.draft.clone(),
    };
    Ok(super::pdf::document(&blocks, &frame, today)?)
}

#[cfg(not(feature = "pdf"))]
fn pdf<R: Render>(_: &R, _: &str, _: chrono::NaiveDate) -> Result<Vec<u8>, DocError> {
    Err(DocError::NoPdf)
}
