//! How each report reads: its blocks and its CSV table.

use super::{Block, Column, Render, Table};
use crate::i18n::t;
use crate::report::check::CheckReport;
use crate::report::regions::RegionsReport;

impl Render for CheckReport {
    fn title(&self) -> Option<String> {
        Some(t!("title-check"))
    }

    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Heading(1, "vsopro check".into()),
            Block::Text(t!(
                "check-report-summary",
                regions = self.regions_checked,
                errors = self.errors,
                warnings = self.warnings
            )),
            Block::Table(self.csv_table()),
        ]
    }

    fn csv_table(&self) -> Table {
        super::diagnostics::table(&self.diagnostics)
    }
}

impl Render for RegionsReport {
    fn title(&self) -> Option<String> {
        Some(t!("title-regions"))
    }

    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Table(self.table(Cells::TEXT)),
            Block::Text(t!("regions-with-data", count = self.with_data)),
        ]
    }

    fn csv_table(&self) -> Table {
        self.table(Cells::CSV)
    }
}

impl RegionsReport {
    fn table(&self, c: Cells) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-slug")),
            Column::left(&t!("col-data")),
            Column::left(&t!("col-aliases")),
        ]);
        for r in &self.regions {
            t.row(vec![
                r.code.into(),
                r.name.into(),
                r.slug.into(),
                c.yes_no(r.has_data),
                r.aliases.join("; "),
            ]);
        }
        t
    }
}

impl Render for crate::report::codes::CodesReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Table(self.csv_table())]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-severity")),
            Column::left(&t!("col-meaning")),
        ]);
        for c in &self.codes {
            t.row(vec![
                c.code.into(),
                c.severity.word(),
                c.description.clone(),
            ]);
        }
        t
    }
}

mod caseload;
mod commands;
mod foto;
mod history;
mod import;
mod jaarplan;
pub(crate) mod practices;
pub(crate) mod round;
mod staffing;
mod themes;
mod uitstroom;
mod voortgang;

/// Shared cell formats: the same number looks the same in every report.
/// Text (tables, markdown) follows the language: `0,15`, `–` for no value;
/// CSV stays machine-readable: `0.15`, an empty cell for no value, ISO dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cells {
    pub csv: bool,
}

impl Cells {
    pub(crate) const TEXT: Cells = Cells { csv: false };
    pub(crate) const CSV: Cells = Cells { csv: true };

    /// Hours and minutes: `5:20`.
    pub(crate) fn hm(self, t: &crate::report::caseload::WeekTime) -> String {
        format!("{}:{:02}", t.hours, t.rest_minutes)
    }

    /// Two decimals.
    pub(crate) fn num(self, x: f64) -> String {
        if self.csv {
            format!("{x:.2}")
        } else {
            crate::i18n::decimal(x, 2)
        }
    }

    /// A figure as people write it (`38,5`); in CSV with a point.
    pub(crate) fn plain(self, x: f64) -> String {
        if self.csv {
            format!("{x}")
        } else {
            crate::i18n::plain(x)
        }
    }

    pub(crate) fn none(self) -> String {
        if self.csv {
            String::new()
        } else {
            "–".into()
        }
    }

    pub(crate) fn opt_num(self, x: Option<f64>) -> String {
        x.map(|x| self.num(x)).unwrap_or_else(|| self.none())
    }

    /// A figure that is not known (contracted hours): `onbekend` in text,
    /// an empty cell in CSV. Never 0.
    pub(crate) fn known(self, x: Option<f64>) -> String {
        match (x, self.csv) {
            (Some(x), _) => self.num(x),
            (None, true) => String::new(),
            (None, false) => crate::i18n::t!("unknown"),
        }
    }

    pub(crate) fn opt_count(self, x: Option<u64>) -> String {
        x.map(|n| n.to_string()).unwrap_or_else(|| self.none())
    }

    pub(crate) fn opt<T: std::fmt::Display>(self, x: &Option<T>) -> String {
        x.as_ref().map(|v| v.to_string()).unwrap_or_default()
    }

    /// A date: ISO in CSV, `23 november 2026` in Dutch text.
    pub(crate) fn date(self, d: &Option<crate::model::Date>) -> String {
        match d {
            None => String::new(),
            Some(d) if self.csv => d.to_string(),
            Some(d) => crate::i18n::date(d.0),
        }
    }

    /// `ja` / `nee`, `yes` / `no`.
    pub(crate) fn yes_no(self, b: bool) -> String {
        if b {
            crate::i18n::t!("yes")
        } else {
            crate::i18n::t!("no")
        }
    }
}

impl Render for crate::report::explain::Explanation {
    fn blocks(&self) -> Vec<Block> {
        let mut blocks = vec![
            Block::Heading(
                1,
                t!(
                    "explain-title",
                    code = self.code,
                    severity = self.severity.word()
                ),
            ),
            Block::Text(t!(
                "explain-meaning",
                description = self.description.as_str()
            )),
        ];
        blocks.extend(self.explanation.iter().cloned().map(Block::Text));
        if let Some(ex) = &self.example {
            blocks.push(Block::Heading(
                2,
                t!("explain-wrong", file = ex.file.as_str()),
            ));
            blocks.push(Block::Code(ex.wrong.clone()));
            blocks.push(Block::Heading(2, t!("explain-right")));
            blocks.push(Block::Code(ex.right.clone()));
        }
        blocks.push(Block::Text(t!("explain-more", guide = crate::i18n::GUIDE)));
        blocks
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-severity")),
            Column::left(&t!("col-meaning")),
            Column::left(&t!("col-explanation")),
            Column::left(&t!("col-file")),
            Column::left(&t!("col-wrong")),
            Column::left(&t!("col-right")),
        ]);
        let ex = self.example.clone();
        t.row(vec![
            self.code.into(),
            self.severity.word(),
            self.description.clone(),
            self.explanation.join("\n\n"),
            ex.as_ref().map(|e| e.file.clone()).unwrap_or_default(),
            ex.as_ref().map(|e| e.wrong.clone()).unwrap_or_default(),
            ex.map(|e| e.right).unwrap_or_default(),
        ]);
        t
    }
}
