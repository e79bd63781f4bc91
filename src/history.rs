//! `vsopro jaarplan REGION --history`: the plan's versions read from git,
//! each parsed on its own, turned into the audit-trail report. Needs no
//! valid current data.

use crate::error::Error;
use crate::git;
use crate::i18n::t;
use crate::model::{FileKind, JaarplanFile, region_path};
use crate::parse;
use crate::registry::Region;
use crate::report::history::{self, HistoryReport, Version};
use crate::source::SourceFile;
use std::path::Path;

pub(crate) fn trail(
    root: &Path,
    region: &'static Region,
    newest_first: bool,
) -> Result<HistoryReport, Error> {
    let rel = region_path(region.slug, FileKind::Jaarplan);
    let git::History {
        commits,
        shallow,
        uncommitted,
    } = git::file_history(root, &rel)?;
    if commits.is_empty() && root.join(&rel).is_file() {
        return Err(Error::NotCommitted { path: rel });
    }
    let specs: Vec<(String, String)> = commits
        .iter()
        .filter(|c| !c.deleted)
        .map(|c| (c.hash.clone(), c.path.clone()))
        .collect();
    let mut blobs = git::read_files(root, &specs)?.into_iter();
    let mut versions: Vec<(git::Commit, Version)> = commits
        .into_iter()
        .map(|c| {
            let version = if c.deleted {
                Version::Deleted
            } else {
                parse_version(&c.path, blobs.next().flatten())
            };
            (c, version)
        })
        .collect();
    versions.reverse();
    let mut entries = history::entries(versions);
    if newest_first {
        entries.reverse();
    }
    Ok(HistoryReport {
        code: region.code,
        region: region.name,
        file: rel,
        newest_first,
        shallow,
        uncommitted,
        entries,
    })
}

fn parse_version(path: &str, bytes: Option<Vec<u8>>) -> Version {
    let Some(bytes) = bytes else {
        return Version::Broken(t!("history-broken-absent"));
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Version::Broken(t!("history-broken-utf8"));
    };
    let file = SourceFile::new(path.to_string(), text);
    let mut diags = Vec::new();
    let parsed = parse::parse::<JaarplanFile>(&file, &mut diags);
    match parsed.value {
        Some(plan) if diags.is_empty() => Version::Plan(Box::new(plan)),
        _ => Version::Broken(history::broken(&diags, |d| {
            d.span.as_ref().map(|s| file.line_col(s.start).line)
        })),
    }
}
