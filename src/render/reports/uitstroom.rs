use super::Cells;
use crate::i18n::{decimal, t};
use crate::render::{Block, Column, Render, Table};
use crate::report::uitstroom::{Comparison, Durable, Level, OutcomeRow, UitstroomReport};

use crate::render::words::figure;

/// A share as people read it (`45,2%`), or `–`.
fn share(c: Cells, x: Option<f64>) -> String {
    match (x, c.csv) {
        (Some(x), true) => format!("{x:.1}"),
        (Some(x), false) => format!("{}%", decimal(x, 1)),
        (None, _) => c.none(),
    }
}

fn durable(c: Cells, d: &Option<Durable>) -> String {
    match d {
        Some(d) if c.csv => share(c, d.share),
        Some(d) => t!(
            "uitstroom-durable-cell",
            share = share(c, d.share),
            in_place = figure(d.in_place),
            followed = figure(d.followed)
        ),
        None => c.none(),
    }
}

fn change(c: Cells, x: Option<f64>) -> String {
    match (x, c.csv) {
        (Some(x), true) => format!("{x:.1}"),
        (Some(x), false) if x > 0.0 => format!("+{}", decimal(x, 1)),
        (Some(x), false) => decimal(x, 1),
        (None, _) => c.none(),
    }
}

fn kind_word(r: &OutcomeRow) -> String {
    r.kind.as_str().to_string()
}

/// The columns of a level's table: who, then the figures.
fn table(rows: &[&OutcomeRow], level: Level, c: Cells) -> Table {
    let mut columns = match level {
        Level::School => vec![Column::left(&t!("col-school"))],
        Level::Region => vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-region")),
        ],
        Level::National => Vec::new(),
    };
    columns.extend([
        Column::left(&t!("col-kind")),
        Column::left(&t!("col-school-year")),
        Column::right(&t!("col-leavers")),
        Column::right(&t!("col-to-work")),
        Column::right(&t!("col-to-education")),
        Column::right(&t!("col-to-dagbesteding")),
        Column::right(&t!("col-to-none")),
        Column::right(&t!("col-to-unknown")),
        Column::right(&t!("col-share-work")),
        Column::right(&t!("col-share-education")),
        Column::right(&t!("col-durable-1")),
        Column::right(&t!("col-durable-2")),
        Column::right(&t!("col-work-change")),
    ]);
    let mut table = Table::new(columns);
    for r in rows {
        let mut cells = match level {
            Level::School => vec![r.school_name.clone().unwrap_or_default()],
            Level::Region => vec![
                r.code.unwrap_or_default().to_string(),
                r.region.unwrap_or_default().to_string(),
            ],
            Level::National => Vec::new(),
        };
        cells.extend([
            kind_word(r),
            r.year.clone(),
            figure(r.leavers),
            figure(r.work),
            figure(r.education),
            figure(r.dagbesteding),
            figure(r.none),
            figure(r.unknown),
            share(c, r.shares.work),
            share(c, r.shares.education),
            durable(c, &r.durable_1_year),
            durable(c, &r.durable_2_years),
            change(c, r.work_change),
        ]);
        table.row(cells);
    }
    table
}

fn comparison_table(rows: &[Comparison], c: Cells) -> Table {
    let mut table = Table::new(vec![
        Column::left(&t!("col-region")),
        Column::left(&t!("col-kind")),
        Column::left(&t!("col-school-year")),
        Column::right(&t!("col-work-not-in-education")),
        Column::right(&t!("col-national-year")),
        Column::right(&t!("col-national-work")),
        Column::right(&t!("col-national-benefit")),
    ]);
    for r in rows {
        table.row(vec![
            r.region
                .map_or_else(|| t!("uitstroom-national"), str::to_string),
            r.kind.as_str().to_string(),
            r.year.clone(),
            share(c, r.work_not_in_education),
            r.national_year.to_string(),
            share(c, Some(r.national_work)),
            share(c, Some(r.national_benefit)),
        ]);
    }
    table
}

/// The report's blocks, its headings at `level` (a section of the foto
/// goes one deeper).
pub(crate) fn blocks(u: &UitstroomReport, level: u8) -> Vec<Block> {
    let c = Cells::TEXT;
    let mut blocks = vec![Block::Text(if u.exact {
        t!("uitstroom-exact")
    } else {
        t!("uitstroom-protected")
    })];
    if u.regions.is_empty() {
        blocks.push(Block::Text(t!("uitstroom-none")));
        return blocks;
    }
    let levels = [
        (Level::School, &u.schools, t!("uitstroom-per-school")),
        (Level::Region, &u.regions, t!("uitstroom-per-region")),
        (
            Level::National,
            &u.national,
            t!("uitstroom-national-heading"),
        ),
    ];
    for (kind, rows, heading) in levels {
        if rows.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(level, heading));
        let rows: Vec<&OutcomeRow> = rows.iter().collect();
        blocks.push(Block::Table(table(&rows, kind, c)));
    }
    blocks.push(Block::Text(t!("uitstroom-legend")));
    if !u.comparison.is_empty() {
        blocks.push(Block::Heading(level, t!("uitstroom-comparison")));
        blocks.push(Block::Table(comparison_table(&u.comparison, c)));
        blocks.push(Block::Text(t!(
            "uitstroom-comparison-note",
            source = u.source
        )));
    }
    blocks
}

impl Render for UitstroomReport {
    fn title(&self) -> Option<String> {
        Some(match self.regions.first().filter(|_| self.exact) {
            Some(r) => t!(
                "title-uitstroom-region",
                name = r.region.unwrap_or_default(),
                code = r.code.unwrap_or_default()
            ),
            None => t!("title-uitstroom"),
        })
    }

    fn blocks(&self) -> Vec<Block> {
        blocks(self, 2)
    }

    /// One row per school, region or nation, year and kind.
    fn csv_table(&self) -> Table {
        let c = Cells::CSV;
        let rows: Vec<&OutcomeRow> = self
            .schools
            .iter()
            .chain(&self.regions)
            .chain(&self.national)
            .collect();
        let mut t = table(&rows, Level::School, c);
        t.columns.insert(0, Column::left(&t!("col-region")));
        t.columns.insert(0, Column::left(&t!("col-level")));
        for (row, r) in t.rows.iter_mut().zip(&rows) {
            row.insert(0, r.region.unwrap_or_default().to_string());
            row.insert(
                0,
                match r.level {
                    Level::School => "school",
                    Level::Region => "region",
                    Level::National => "national",
                }
                .to_string(),
            );
        }
        t
    }
}
