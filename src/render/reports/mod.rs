//! How each report reads: its blocks and its CSV table.

use super::{Block, Column, Render, Table, yes_no};
use crate::report::check::CheckReport;
use crate::report::regions::RegionsReport;

impl Render for CheckReport {
    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Heading(1, "vsopro check".into()),
            Block::Text(format!(
                "{} regions checked: {} errors, {} warnings.",
                self.regions_checked, self.errors, self.warnings
            )),
            Block::Table(self.csv_table()),
        ]
    }

    fn csv_table(&self) -> Table {
        super::diagnostics::table(&self.diagnostics)
    }
}

impl Render for RegionsReport {
    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Table(self.csv_table()),
            Block::Text(format!("{} of 35 regions have data.", self.with_data)),
        ]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("code"),
            Column::left("name"),
            Column::left("slug"),
            Column::left("data"),
            Column::left("also known as"),
        ]);
        for r in &self.regions {
            t.row(vec![
                r.code.into(),
                r.name.into(),
                r.slug.into(),
                yes_no(r.has_data),
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
            Column::left("code"),
            Column::left("severity"),
            Column::left("meaning"),
        ]);
        for c in &self.codes {
            t.row(vec![
                c.code.into(),
                c.severity.as_str().into(),
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
mod staffing;
mod themes;

/// Shared cell formats: the same number looks the same in every report.
pub(crate) mod cell {
    use crate::model::Date;
    use crate::report::caseload::WeekTime;

    pub(crate) fn hm(t: &WeekTime) -> String {
        format!("{}:{:02}", t.hours, t.rest_minutes)
    }

    pub(crate) fn num(x: f64) -> String {
        format!("{x:.2}")
    }

    pub(crate) fn opt_num(x: Option<f64>) -> String {
        x.map(num).unwrap_or_else(|| "–".into())
    }

    pub(crate) fn opt_count(x: Option<u64>) -> String {
        x.map(|n| n.to_string()).unwrap_or_else(|| "–".into())
    }

    pub(crate) fn opt<T: std::fmt::Display>(x: &Option<T>) -> String {
        x.as_ref().map(|v| v.to_string()).unwrap_or_default()
    }

    pub(crate) fn date(d: &Option<Date>) -> String {
        opt(d)
    }
}
