//! Rendering: every report becomes a list of blocks (headings, text, tables)
//! once, and each output format only supplies its syntax. JSON is the
//! report struct itself.

mod csv;
pub(crate) mod diagnostics;
pub(crate) mod document;
mod docx;
mod html;
mod markdown;
#[cfg(feature = "pdf")]
mod pdf;
pub(crate) mod reports;
pub(crate) mod safe;
mod terminal;
pub(crate) mod words;
mod xlsx;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// What a column's cells hold, for formats with typed cells (Excel). The
/// cells themselves are text as CSV writes it: numbers with a point, ISO
/// dates, hours as `5:20`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Number,
    Date,
    /// Hours and minutes of a week.
    Duration,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub align: Align,
    pub kind: CellKind,
}

impl Column {
    pub fn left(name: &str) -> Self {
        Column {
            name: name.into(),
            align: Align::Left,
            kind: CellKind::Text,
        }
    }

    /// A column of figures.
    pub fn right(name: &str) -> Self {
        Column {
            name: name.into(),
            align: Align::Right,
            kind: CellKind::Number,
        }
    }

    pub fn date(name: &str) -> Self {
        Column {
            kind: CellKind::Date,
            ..Column::left(name)
        }
    }

    pub fn duration(name: &str) -> Self {
        Column {
            kind: CellKind::Duration,
            ..Column::right(name)
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Self {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(cells);
    }
}

#[derive(Debug, Clone)]
pub enum Block {
    /// Level 1 is the document title.
    Heading(u8, String),
    Text(String),
    List(Vec<String>),
    Table(Table),
    /// Lines of a data file, shown as they are (an example to copy).
    Code(String),
}

/// A report as something to show: blocks for reading, one flat table for CSV.
pub trait Render: Serialize {
    fn blocks(&self) -> Vec<Block>;
    /// The one table a spreadsheet gets (one header row).
    fn csv_table(&self) -> Table;
    /// The document's title (a workbook's sheet, a page's title) when the
    /// blocks do not start with one.
    fn title(&self) -> Option<String> {
        None
    }
    /// What a typeset document shows besides the blocks.
    fn extras(&self) -> Extras {
        Extras::default()
    }
}

/// The frame of a typeset document: whose it is, what must stand out, and
/// what closes it.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// The region the document is about: name and CBS code.
    pub region: Option<(String, String)>,
    /// The approval lapsed: said prominently on page 1.
    pub lapsed: Option<String>,
    /// The block the directies' approval fills in.
    pub approval: Option<ApprovalBlock>,
    /// On every page's header: the plan is a draft before the directies.
    pub draft: Option<String>,
}

/// Label and value rows; an empty value is a line to fill in.
#[derive(Debug, Clone, Serialize)]
pub struct ApprovalBlock {
    pub heading: String,
    pub rows: Vec<(String, String)>,
    pub note: String,
    /// The directies' votes, one row per institution.
    pub votes: Option<PlainTable>,
}

/// A table as the document template takes it: column names and rows of
/// text.
#[derive(Debug, Clone, Serialize)]
pub struct PlainTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl From<Table> for PlainTable {
    fn from(t: Table) -> Self {
        PlainTable {
            columns: t.columns.iter().map(|c| c.name.clone()).collect(),
            rows: t.rows,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Writing to a terminal: fit tables to its width.
    pub tty: bool,
}

pub fn render<R: Render>(report: &R, format: Format, opts: Options) -> String {
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(report).expect("reports serialize");
            s.push('\n');
            safe::json(s)
        }
        Format::Table => terminal::blocks(&visible(report.blocks(), safe::line), opts),
        // Markdown keeps line breaks for its own escaping to fold.
        Format::Markdown => markdown::blocks(&visible(report.blocks(), safe::breaks)),
        Format::Csv => csv::table(&visible_table(report.csv_table())),
    }
}

/// Every text of the blocks with its control characters made visible.
fn visible(blocks: Vec<Block>, clean: fn(&str) -> std::borrow::Cow<'_, str>) -> Vec<Block> {
    let line = |s: String| clean(&s).into_owned();
    blocks
        .into_iter()
        .map(|b| match b {
            Block::Heading(level, text) => Block::Heading(level, line(text)),
            Block::Text(text) => Block::Text(line(text)),
            Block::List(items) => Block::List(items.into_iter().map(line).collect()),
            Block::Table(t) => Block::Table(visible_table(t)),
            Block::Code(text) => Block::Code(safe::lines(&text).into_owned()),
        })
        .collect()
}

fn visible_table(mut t: Table) -> Table {
    for row in &mut t.rows {
        for cell in row.iter_mut() {
            if let std::borrow::Cow::Owned(s) = safe::lines(cell) {
                *cell = s;
            }
        }
    }
    t
}
