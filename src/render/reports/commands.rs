//! What the commands that write files did: init, schema --out, site
//! (import has its own table, in `import.rs`).

use crate::render::{Block, Column, Render, Table};
use crate::report::commands::{InitReport, SchemaReport, SiteReport};

impl Render for InitReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![
            Block::Text(format!(
                "Created {}/ for {} ({}):",
                self.dir, self.region, self.code
            )),
            Block::List(self.region_files.clone()),
        ];
        if !self.schema_files.is_empty() {
            b.push(Block::Text(
                "and the editor schemas in schemas/ (see the README: editor set-up).".into(),
            ));
        }
        b.push(Block::Text(format!(
            "Next: fill in the files, then run `vsopro check {}`.",
            self.slug
        )));
        b
    }

    fn csv_table(&self) -> Table {
        files_table(
            self.region_files
                .iter()
                .chain(&self.schema_files)
                .map(|f| (f.as_str(), "created")),
        )
    }
}

impl Render for SchemaReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::List(
            self.files
                .iter()
                .map(|f| {
                    let what = if f.changed { "wrote" } else { "unchanged" };
                    format!("{what} {}", f.path)
                })
                .collect(),
        )]
    }

    fn csv_table(&self) -> Table {
        files_table(self.files.iter().map(|f| {
            (
                f.path.as_str(),
                if f.changed { "written" } else { "unchanged" },
            )
        }))
    }
}

impl Render for SiteReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Text(format!(
            "Wrote {} files to {}; open {}",
            self.files, self.out, self.index
        ))]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("folder"),
            Column::right("files"),
            Column::left("index"),
        ]);
        t.row(vec![
            self.out.clone(),
            self.files.to_string(),
            self.index.clone(),
        ]);
        t
    }
}

fn files_table<'a>(rows: impl Iterator<Item = (&'a str, &'static str)>) -> Table {
    let mut t = Table::new(vec![Column::left("file"), Column::left("status")]);
    for (file, status) in rows {
        t.row(vec![file.to_string(), status.to_string()]);
    }
    t
}
