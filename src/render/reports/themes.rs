use super::cell;
use crate::render::{Block, Column, Render, Table, plural, yes_no};
use crate::report::themes::{ThemeActionsReport, ThemeCell, ThemesReport};

/// `planned/active/done`, or `—` when no action addresses the theme.
fn matrix_cell(c: &ThemeCell) -> String {
    if c.addressed {
        format!("{}/{}/{}", c.planned, c.active, c.done)
    } else {
        "—".into()
    }
}

impl Render for ThemesReport {
    fn blocks(&self) -> Vec<Block> {
        let mut t = Table::new(
            std::iter::once(Column::left("region"))
                .chain(self.themes.iter().map(|th| Column::right(th.id)))
                .collect(),
        );
        for r in &self.regions {
            t.row(
                std::iter::once(r.name.to_string())
                    .chain(r.themes.iter().map(matrix_cell))
                    .collect(),
            );
        }
        let n = self.regions.len();
        t.row(
            std::iter::once("regions addressing".to_string())
                .chain(
                    self.national
                        .iter()
                        .map(|c| format!("{} of {n}", c.regions_addressing)),
                )
                .collect(),
        );
        let mut blocks = vec![
            Block::Table(t),
            Block::Text("Cells: planned/active/done actions; dropped actions do not count; — means no action addresses the theme.".into()),
        ];
        let uncovered: Vec<String> = self
            .regions
            .iter()
            .filter(|r| !r.uncovered.is_empty())
            .map(|r| format!("{}: {}", r.name, r.uncovered.join(", ")))
            .collect();
        if !uncovered.is_empty() {
            blocks.push(Block::Heading(2, "Themes without an action".into()));
            blocks.push(Block::List(uncovered));
        }
        blocks.push(Block::Heading(2, "The seven ontwikkelthema's".into()));
        blocks.push(Block::List(
            self.themes
                .iter()
                .map(|t| format!("{}: {}", t.id, t.title))
                .collect(),
        ));
        blocks
    }

    /// Long format: one row per region and theme, for pivoting.
    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("code"),
            Column::left("region"),
            Column::left("theme"),
            Column::right("planned"),
            Column::right("active"),
            Column::right("done"),
            Column::right("dropped"),
            Column::left("addressed"),
        ]);
        for r in &self.regions {
            for c in &r.themes {
                t.row(vec![
                    r.code.into(),
                    r.name.into(),
                    c.theme.into(),
                    c.planned.to_string(),
                    c.active.to_string(),
                    c.done.to_string(),
                    c.dropped.to_string(),
                    yes_no(c.addressed),
                ]);
            }
        }
        t
    }
}

impl Render for ThemeActionsReport {
    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Heading(1, format!("{} ({})", self.theme.title, self.theme.id)),
            Block::Text(format!(
                "{} in {}; {} marked as a good practice to share (listed first).",
                plural(self.actions.len() as u64, "action"),
                plural(self.regions, "region"),
                self.examples
            )),
            Block::Table(self.csv_table()),
        ]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("good practice"),
            Column::left("region"),
            Column::left("action"),
            Column::left("title"),
            Column::left("status"),
            Column::left("role"),
            Column::left("owner"),
            Column::left("due"),
            Column::right("schools"),
        ]);
        for a in &self.actions {
            t.row(vec![
                yes_no(a.example),
                a.region.into(),
                a.id.clone(),
                a.title.clone(),
                a.status.to_string(),
                cell::opt(&a.role),
                cell::opt(&a.owner),
                cell::date(&a.due),
                a.schools.to_string(),
            ]);
        }
        t
    }
}
