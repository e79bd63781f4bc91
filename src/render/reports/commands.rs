//! What the commands that write files did: init, schema --out, site
//! (import has its own table, in `import.rs`).

use crate::i18n::t;
use crate::render::{Block, Column, Render, Table};
use crate::report::commands::{ApproveReport, InitReport, SchemaReport, SiteReport};

impl Render for InitReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![
            Block::Text(t!(
                "init-created",
                dir = self.dir.as_str(),
                region = self.region,
                code = self.code
            )),
            Block::List(self.region_files.clone()),
        ];
        if !self.schema_files.is_empty() {
            b.push(Block::Text(t!("init-schemas")));
        }
        b.push(Block::Text(t!("init-next", slug = self.slug)));
        b
    }

    fn csv_table(&self) -> Table {
        files_table(
            self.region_files
                .iter()
                .chain(&self.schema_files)
                .map(|f| (f.as_str(), t!("file-created"))),
        )
    }
}

impl Render for SchemaReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::List(
            self.files
                .iter()
                .map(|f| {
                    if f.changed {
                        t!("schema-wrote", path = f.path.as_str())
                    } else {
                        t!("schema-unchanged", path = f.path.as_str())
                    }
                })
                .collect(),
        )]
    }

    fn csv_table(&self) -> Table {
        files_table(self.files.iter().map(|f| {
            (
                f.path.as_str(),
                if f.changed {
                    t!("file-written")
                } else {
                    t!("file-unchanged")
                },
            )
        }))
    }
}

impl Render for SiteReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Text(t!(
            "site-wrote",
            count = self.files,
            out = self.out.as_str(),
            index = self.index.as_str()
        ))]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-folder")),
            Column::right(&t!("col-files")),
            Column::left(&t!("col-index")),
        ]);
        t.row(vec![
            self.out.clone(),
            self.files.to_string(),
            self.index.clone(),
        ]);
        t
    }
}

fn files_table<'a>(rows: impl Iterator<Item = (&'a str, String)>) -> Table {
    let mut t = Table::new(vec![
        Column::left(&t!("col-file")),
        Column::left(&t!("col-status")),
    ]);
    for (file, status) in rows {
        t.row(vec![file.to_string(), status]);
    }
    t
}

impl Render for crate::report::commands::CodeownersReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Text(if self.changed {
            t!(
                "codeowners-written",
                path = self.path.as_str(),
                regions = self.regions,
                national = self.national.join(", ")
            )
        } else {
            t!("codeowners-current", path = self.path.as_str())
        })]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-file")),
            Column::right(&t!("col-regions")),
            Column::left(&t!("col-national")),
            Column::left(&t!("col-changed")),
        ]);
        t.row(vec![
            self.path.clone(),
            self.regions.to_string(),
            self.national.join(" "),
            if self.changed { t!("yes") } else { t!("no") },
        ]);
        t
    }
}

impl Render for ApproveReport {
    fn blocks(&self) -> Vec<Block> {
        let when = crate::i18n::date(self.date.0);
        if self.unchanged {
            return vec![Block::Text(t!(
                "approve-unchanged",
                date = when,
                by = self.by.as_str()
            ))];
        }
        let mut lines = vec![t!(
            "approve-recorded",
            file = self.file.as_str(),
            date = when,
            by = self.by.as_str(),
            goals = self.goals
        )];
        if !self.renewed.is_empty() {
            lines.push(t!(
                "approve-renewed",
                changes = crate::words::approved_changes(&self.renewed)
            ));
        }
        match &self.commit {
            Some(c) => lines.push(t!("approve-commit", commit = short(c))),
            None => lines.push(t!("approve-no-git")),
        }
        if let Some(tag) = &self.tag {
            lines.push(t!("approve-tag", tag = tag.as_str()));
        }
        vec![Block::List(lines)]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-file")),
            Column::date(&t!("col-date")),
            Column::left(&t!("col-by")),
            Column::left(&t!("col-commit")),
            Column::left(&t!("col-tag")),
        ]);
        t.row(vec![
            self.file.clone(),
            self.date.to_string(),
            self.by.clone(),
            self.commit.clone().unwrap_or_default(),
            self.tag.clone().unwrap_or_default(),
        ]);
        t
    }
}

/// A commit hash as people quote it.
fn short(hash: &str) -> &str {
    &hash[..hash.len().min(7)]
}
