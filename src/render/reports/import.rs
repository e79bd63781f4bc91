use crate::i18n::t;
use crate::render::{Block, Column, Render, Table};
use crate::report::commands::ImportReport;

impl Render for ImportReport {
    fn blocks(&self) -> Vec<Block> {
        let new = self.new_schools().count() as u64;
        let mut b = vec![Block::Text(t!(
            "import-found",
            rows = self.pro_rows,
            matched = self.schools.len(),
            region = self.region,
            municipalities = self.municipalities.join(", ")
        ))];
        if !self.schools.is_empty() {
            b.push(Block::Table(self.csv_table()));
        }
        b.push(Block::Text(if self.written {
            t!("import-added", count = new, file = self.file.as_str())
        } else if new == 0 {
            t!("import-nothing", file = self.file.as_str())
        } else {
            t!("import-preview", count = new, file = self.file.as_str())
        }));
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-id")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-brin")),
            Column::left(&t!("col-municipality")),
            Column::right(&t!("col-csv-line")),
            Column::left(&t!("col-status")),
        ]);
        for p in &self.schools {
            t.row(vec![
                p.id.clone(),
                p.name.clone(),
                p.brin.clone(),
                p.municipality.clone(),
                p.line.to_string(),
                match &p.duplicate_of {
                    None if self.written => t!("import-status-added"),
                    None => t!("import-status-new"),
                    Some(brin) => t!("import-status-skipped", brin = brin.as_str()),
                },
            ]);
        }
        t
    }
}
