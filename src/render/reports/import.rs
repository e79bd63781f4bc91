use super::Cells;
use crate::i18n::t;
use crate::render::{Block, Column, Render, Table};
use crate::report::commands::{ImportReport, OutcomeImport, RowStatus, TemplateReport};

impl Render for ImportReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b: Vec<Block> = self
            .files
            .iter()
            .map(|f| {
                let kind = if f.source == "vo" { "pro" } else { "vso" };
                let mut text = t!(
                    "import-file",
                    path = f.path.as_str(),
                    rows = f.rows,
                    kind = kind
                );
                if !f.unassigned.is_empty() {
                    text.push(' ');
                    text.push_str(&t!(
                        "import-unassigned",
                        count = f.unassigned.len(),
                        list = f.unassigned.join("; ")
                    ));
                }
                Block::Text(text)
            })
            .collect();
        if self
            .regions
            .iter()
            .any(|r| !r.schools.is_empty() || !r.not_in_duo.is_empty())
        {
            b.push(Block::Table(self.table(Cells::TEXT)));
        }
        let new = self.new_schools().count();
        let regions = self
            .regions
            .iter()
            .filter(|r| r.new_schools().next().is_some())
            .count();
        let folders: Vec<&str> = self
            .regions
            .iter()
            .filter(|r| r.new_folder && r.new_schools().next().is_some())
            .map(|r| r.region)
            .collect();
        if !folders.is_empty() {
            b.push(Block::Text(t!(
                "import-new-folders",
                count = folders.len(),
                list = folders.join(", ")
            )));
        }
        let left: Vec<String> = self
            .regions
            .iter()
            .flat_map(|r| {
                r.not_in_duo
                    .iter()
                    .map(|l| format!("{} ({})", l.id, l.brin))
            })
            .collect();
        if !left.is_empty() {
            b.push(Block::Text(t!(
                "import-left",
                count = left.len(),
                list = left.join(", ")
            )));
        }
        b.push(Block::Text(if self.written {
            t!("import-added", count = new, regions = regions)
        } else if new == 0 {
            t!("import-nothing")
        } else {
            t!("import-preview", count = new, regions = regions)
        }));
        b
    }

    fn csv_table(&self) -> Table {
        self.table(Cells::CSV)
    }
}

impl ImportReport {
    fn table(&self, c: Cells) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-code")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-id")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-kind")),
            Column::left(&t!("col-brin")),
            Column::left(&t!("col-municipality")),
            Column::right(&t!("col-cluster")),
            Column::right(&t!("col-csv-line")),
            Column::left(&t!("col-status")),
        ]);
        for r in &self.regions {
            for p in &r.schools {
                t.row(vec![
                    r.code.into(),
                    r.region.into(),
                    p.id.clone(),
                    p.name.clone(),
                    p.kind.as_str().into(),
                    p.brin.clone(),
                    p.municipality.clone(),
                    p.cluster.map_or_else(|| c.none(), |n| n.to_string()),
                    p.line.to_string(),
                    match &p.duplicate_of {
                        None if self.written => t!("import-status-added"),
                        None => t!("import-status-new"),
                        Some(brin) => t!("import-status-skipped", brin = brin.as_str()),
                    },
                ]);
            }
            for l in &r.not_in_duo {
                t.row(vec![
                    r.code.into(),
                    r.region.into(),
                    l.id.clone(),
                    l.name.clone(),
                    String::new(),
                    l.brin.clone(),
                    String::new(),
                    c.none(),
                    c.none(),
                    t!("import-status-left"),
                ]);
            }
        }
        t
    }
}

impl Render for OutcomeImport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![Block::Text(t!(
            "outcome-import-read",
            path = self.file.as_str(),
            sheet = self.sheet.as_str(),
            region = self.region,
            rows = self.rows.len()
        ))];
        if !self.rows.is_empty() {
            b.push(Block::Table(self.table(Cells::TEXT)));
        }
        let count = self.changes();
        b.push(Block::Text(match (self.written, &self.commit) {
            _ if count == 0 => t!("outcome-import-nothing"),
            (true, Some(commit)) => t!(
                "outcome-import-committed",
                count = count,
                commit = commit.as_str()
            ),
            (true, None) => t!("outcome-import-written", count = count),
            (false, _) => t!(
                "outcome-import-preview",
                count = count,
                path = self.file.as_str()
            ),
        }));
        b
    }

    fn csv_table(&self) -> Table {
        self.table(Cells::CSV)
    }
}

impl OutcomeImport {
    fn table(&self, c: Cells) -> Table {
        let mut t = Table::new(vec![
            Column::right(&t!("col-sheet-row")),
            Column::left(&t!("col-school")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-school-year")),
            Column::right(&t!("col-leavers")),
            Column::left(&t!("col-status")),
        ]);
        for r in &self.rows {
            t.row(vec![
                r.row.to_string(),
                r.school.clone(),
                r.name.clone(),
                r.year.clone(),
                r.leavers.map_or_else(|| c.none(), |n| n.to_string()),
                match r.status {
                    RowStatus::New if self.written => t!("outcome-import-status-added"),
                    RowStatus::New => t!("outcome-import-status-new"),
                    RowStatus::Changed if self.written => t!("outcome-import-status-updated"),
                    RowStatus::Changed => t!("outcome-import-status-changed"),
                    RowStatus::Unchanged => t!("outcome-import-status-unchanged"),
                    RowStatus::Empty => t!("outcome-import-status-empty"),
                },
            ]);
        }
        t
    }
}

impl Render for TemplateReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Text(t!(
            "outcome-template-written",
            path = self.path.as_str(),
            region = self.region,
            year = self.year.as_str(),
            schools = self.schools
        ))]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-file")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-school-year")),
            Column::right(&t!("col-schools")),
        ]);
        t.row(vec![
            self.path.clone(),
            self.region.into(),
            self.year.clone(),
            self.schools.to_string(),
        ]);
        t
    }
}
