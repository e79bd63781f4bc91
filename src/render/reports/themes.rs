use super::Cells;
use crate::i18n::t;
use crate::render::{Block, Column, Render, Table};
use crate::report::themes::{ThemeActionsReport, ThemeCell, ThemesReport};
use crate::words;

/// `planned/active/done`, or `—` when no action addresses the theme.
fn matrix_cell(c: &ThemeCell) -> String {
    if c.addressed {
        format!("{}/{}/{}", c.planned, c.active, c.done)
    } else {
        "—".into()
    }
}

impl Render for ThemesReport {
    fn title(&self) -> Option<String> {
        Some(t!("title-themes"))
    }

    fn blocks(&self) -> Vec<Block> {
        let mut t = Table::new(
            std::iter::once(Column::left(&t!("col-region")))
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
            std::iter::once(t!("themes-regions-addressing"))
                .chain(
                    self.national
                        .iter()
                        .map(|c| t!("themes-of", count = c.regions_addressing, total = n)),
                )
                .collect(),
        );
        let mut blocks = vec![Block::Table(t), Block::Text(t!("themes-legend"))];
        let uncovered: Vec<String> = self
            .regions
            .iter()
            .filter(|r| !r.uncovered.is_empty())
            .map(|r| format!("{}: {}", r.name, r.uncovered.join(", ")))
            .collect();
        if !uncovered.is_empty() {
            blocks.push(Block::Heading(2, t!("themes-uncovered")));
            blocks.push(Block::List(uncovered));
        }
        blocks.push(Block::Heading(2, t!("themes-seven")));
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
        let c = Cells::CSV;
        let mut t = Table::new(vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-theme")),
            Column::right(&t!("col-planned")),
            Column::right(&t!("col-active")),
            Column::right(&t!("col-done")),
            Column::right(&t!("col-dropped")),
            Column::left(&t!("col-addressed")),
        ]);
        for r in &self.regions {
            for cell in &r.themes {
                t.row(vec![
                    r.code.into(),
                    r.name.into(),
                    cell.theme.into(),
                    cell.planned.to_string(),
                    cell.active.to_string(),
                    cell.done.to_string(),
                    cell.dropped.to_string(),
                    c.yes_no(cell.addressed),
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
            Block::Text(t!(
                "theme-actions-summary",
                actions = self.actions.len(),
                regions = self.regions,
                examples = self.examples
            )),
            Block::Table(self.table(Cells::TEXT)),
        ]
    }

    fn csv_table(&self) -> Table {
        self.table(Cells::CSV)
    }
}

impl ThemeActionsReport {
    fn table(&self, c: Cells) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-good-practice")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-action")),
            Column::left(&t!("col-title")),
            Column::left(&t!("col-status")),
            Column::left(&t!("col-role")),
            Column::left(&t!("col-owner")),
            Column::date(&t!("col-due")),
            Column::right(&t!("col-schools")),
        ]);
        for a in &self.actions {
            t.row(vec![
                c.yes_no(a.example),
                a.region.into(),
                a.id.clone(),
                a.title.clone(),
                words::action_status(a.status),
                c.opt(&a.role),
                c.opt(&a.owner),
                c.date(&a.due),
                a.schools.to_string(),
            ]);
        }
        t
    }
}
