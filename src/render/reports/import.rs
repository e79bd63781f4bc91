use crate::render::{Block, Column, Render, Table, plural};
use crate::report::commands::ImportReport;

impl Render for ImportReport {
    fn blocks(&self) -> Vec<Block> {
        let new = self.new_schools().count() as u64;
        let mut b = vec![Block::Text(format!(
            "DUO: {} in the file; {} in the municipalities of {} ({}).",
            plural(self.pro_rows, "PrO location"),
            self.schools.len(),
            self.region,
            self.municipalities.join(", ")
        ))];
        if !self.schools.is_empty() {
            b.push(Block::Table(self.csv_table()));
        }
        b.push(Block::Text(if self.written {
            format!("Added {} to {}.", plural(new, "school"), self.file)
        } else if new == 0 {
            format!("Nothing to add to {}.", self.file)
        } else {
            format!(
                "Run again with --write to add {} to {}.",
                plural(new, "school"),
                self.file
            )
        }));
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("id"),
            Column::left("name"),
            Column::left("brin"),
            Column::left("municipality"),
            Column::right("csv line"),
            Column::left("status"),
        ]);
        for p in &self.schools {
            t.row(vec![
                p.id.clone(),
                p.name.clone(),
                p.brin.clone(),
                p.municipality.clone(),
                p.line.to_string(),
                match &p.skipped {
                    None if self.written => "added".into(),
                    None => "new".into(),
                    Some(why) => format!("skipped: {why}"),
                },
            ]);
        }
        t
    }
}
