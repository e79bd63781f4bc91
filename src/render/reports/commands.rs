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

impl Render for crate::hub::users::UserReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = Vec::new();
        match self.action {
            "list" => b.push(Block::Table(self.csv_table())),
            _ => {
                b.push(Block::Text(self.summary()));
                if let Some(link) = &self.link {
                    b.push(Block::Text(t!("hub-user-link", link = link.as_str())));
                }
                if let Some(mail) = self.mail_said() {
                    b.push(Block::Text(mail));
                }
            }
        }
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-email")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-role")),
            Column::left(&t!("col-regions")),
            Column::left(&t!("col-status")),
        ]);
        for a in &self.accounts {
            t.row(vec![
                a.email.clone(),
                a.name.clone(),
                a.role.into(),
                a.regions.join(", "),
                if a.active {
                    t!("hub-user-active")
                } else {
                    t!("hub-user-invited")
                },
            ]);
        }
        t
    }
}

impl Render for crate::hub::users::BackupReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Text(t!(
            "hub-backup-written",
            path = self.path.as_str()
        ))]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![Column::left(&t!("col-file"))]);
        t.row(vec![self.path.clone()]);
        t
    }
}

impl Render for crate::hub::users::AuditReport {
    fn blocks(&self) -> Vec<Block> {
        vec![Block::Table(self.csv_table())]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-when")),
            Column::left(&t!("col-email")),
            Column::left(&t!("col-kind")),
            Column::left(&t!("col-region")),
            Column::left(&t!("col-detail")),
            Column::left(&t!("col-commit")),
        ]);
        for e in &self.entries {
            let when = chrono::DateTime::from_timestamp(e.at, 0)
                .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_default();
            t.row(vec![
                when,
                e.email.clone().unwrap_or_default(),
                e.kind.clone(),
                e.region.clone().unwrap_or_default(),
                e.detail.clone().unwrap_or_default(),
                e.commit.clone().unwrap_or_default(),
            ]);
        }
        t
    }
}

impl Render for crate::sync::SyncReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b: Vec<Block> = self.steps.iter().map(|s| Block::Text(s.clone())).collect();
        b.push(Block::Text(match self.outcome {
            "synced" => t!(
                "sync-done",
                remote = self.remote.as_str(),
                branch = self.branch.as_str()
            ),
            "conflict" => t!(
                "sync-done-conflict",
                branch = self.conflict_branch.as_deref().unwrap_or_default()
            ),
            _ => t!("sync-done-nothing", remote = self.remote.as_str()),
        }));
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![Column::left(&t!("col-step"))]);
        for s in &self.steps {
            t.row(vec![s.clone()]);
        }
        t
    }
}
