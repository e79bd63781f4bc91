//! A region's changes in people's words, read from git: the recent
//! changes of its files, and the history of one record — each commit with
//! who made it, when, and what it did to which record (field: before →
//! after). Undoing a change starts from what this finds.

use crate::error::Error;
use crate::git;
use crate::model::{FileKind, REGIONS_DIR, RegionData, region_path};
use crate::records::{Record, RecordChange, diff};
use crate::registry::Region;
use serde::Serialize;
use std::path::Path;

/// One commit and what it did to the records.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangeEntry {
    pub hash: String,
    pub short: String,
    /// Who made it (the name, not the address).
    pub author: String,
    /// When, strict ISO 8601 (the page words it).
    pub date: String,
    /// The commit's first line: what a change outside the records' forms
    /// (a vote, an approval, a round) did, in the words it was made with.
    pub subject: String,
    pub records: Vec<RecordChange>,
}

/// The file kind of a region file's path (`regions/<slug>/jaarplan.toml`).
fn kind_of(path: &str) -> Option<FileKind> {
    let name = path.rsplit('/').next()?;
    FileKind::REGION.into_iter().find(|k| k.file_name() == name)
}

fn text(bytes: &Option<Vec<u8>>) -> Option<String> {
    bytes
        .as_deref()
        .map(|b| String::from_utf8_lossy(b).into_owned())
}

/// The changes to `region`'s files since `since`, newest first; `data` (the
/// region as it is) names choices by their labels.
pub(crate) fn region_changes(
    root: &Path,
    region: &'static Region,
    data: Option<&RegionData>,
    since: chrono::NaiveDate,
) -> Result<Vec<ChangeEntry>, Error> {
    let dir = format!("{REGIONS_DIR}/{}", region.slug);
    let log = git::region_log(root, &dir, &since.to_string())?;
    Ok(log
        .commits
        .into_iter()
        .filter(|c| {
            c.date
                .get(..10)
                .is_some_and(|d| d >= since.to_string().as_str())
        })
        .map(|c| {
            let records = c
                .files
                .iter()
                .filter_map(|f| Some((kind_of(&f.path)?, f)))
                .flat_map(|(kind, f)| {
                    diff(kind, text(&f.old).as_deref(), text(&f.new).as_deref(), data)
                })
                .collect();
            ChangeEntry {
                hash: c.hash,
                short: c.short,
                author: c.author,
                date: c.date,
                subject: c.subject,
                records,
            }
        })
        .collect())
}

/// Every commit that changed the record `key` of kind `record`, newest
/// first, each with that record's change alone.
pub(crate) fn record_history(
    root: &Path,
    region: &'static Region,
    data: Option<&RegionData>,
    record: Record,
    key: &str,
) -> Result<Vec<ChangeEntry>, Error> {
    let rel = region_path(region.slug, record.file());
    let history = git::file_history(root, &rel)?;
    let mut out = Vec::new();
    let mut before: Option<String> = None;
    for (commit, bytes) in history.commits.iter().zip(&history.contents).rev() {
        let now = if commit.deleted { None } else { text(bytes) };
        let records: Vec<RecordChange> =
            diff(record.file(), before.as_deref(), now.as_deref(), data)
                .into_iter()
                .filter(|c| c.record == record && c.key == key)
                .collect();
        if !records.is_empty() {
            out.push(ChangeEntry {
                hash: commit.hash.clone(),
                short: commit.short.clone(),
                author: commit.author.clone(),
                date: commit.date.clone(),
                subject: commit.subject.clone(),
                records,
            });
        }
        before = now;
    }
    out.reverse();
    Ok(out)
}
