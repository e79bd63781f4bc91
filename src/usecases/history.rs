//! `vsopro jaarplan REGION --history`: the plan's versions read from git,
//! each parsed on its own, turned into the audit-trail report. Needs no
//! valid current data.

use crate::error::Error;
use crate::git;
use crate::i18n::t;
use crate::model::{Approval, FileKind, JaarplanFile, region_path};
use crate::parse;
use crate::registry::Region;
use crate::report::history::{self, HistoryReport, Version};
use crate::source::SourceFile;
use rayon::prelude::*;
use std::path::Path;

pub(crate) fn trail(
    root: &Path,
    region: &'static Region,
    newest_first: bool,
) -> Result<HistoryReport, Error> {
    let rel = region_path(region.slug, FileKind::Jaarplan);
    let (meta, versions) = versions(root, &rel)?;
    let mut entries = history::entries(versions);
    if newest_first {
        entries.reverse();
    }
    Ok(HistoryReport {
        code: region.code,
        region: region.name,
        file: rel,
        newest_first,
        shallow: meta.shallow,
        uncommitted: meta.uncommitted,
        entries,
    })
}

/// Every committed version of the jaarplan, oldest first, each parsed on
/// its own.
fn versions(root: &Path, rel: &str) -> Result<(git::History, Vec<(git::Commit, Version)>), Error> {
    let mut meta = git::file_history(root, rel)?;
    if meta.commits.is_empty() && root.join(rel).is_file() {
        return Err(Error::NotCommitted {
            path: rel.to_string(),
        });
    }
    let commits = std::mem::take(&mut meta.commits);
    let contents = std::mem::take(&mut meta.contents);
    // Versions are independent: parsed in parallel, kept in order.
    let mut versions: Vec<(git::Commit, Version)> = commits
        .into_par_iter()
        .zip(contents)
        .map(|(c, bytes)| {
            let version = match (c.deleted, parse_version(&c.path, bytes)) {
                (true, _) => Version::Deleted,
                // A symbolic link's blob is its target's name: say what it
                // is, as `check` does, rather than "invalid TOML".
                (false, Version::Broken(_)) if git::is_symlink_at(root, &c.hash, &c.path) => {
                    Version::Broken(t!("history-broken-symlink"))
                }
                (false, v) => v,
            };
            (c, version)
        })
        .collect();
    versions.reverse();
    Ok((meta, versions))
}

/// In git: the commit that recorded the plan's current approval (the
/// oldest committed version holding exactly this approval), and the tags
/// on it. `None` outside git, for an uncommitted approval, or when git
/// cannot tell.
pub(crate) fn approval_commit(
    root: &Path,
    region: &'static Region,
    current: &Approval,
) -> Option<(String, Vec<String>)> {
    if !git::in_work_tree(root) {
        return None;
    }
    let rel = region_path(region.slug, FileKind::Jaarplan);
    let (_, versions) = versions(root, &rel).ok()?;
    // Newest first: the run of versions with this approval ends at HEAD.
    let mut found = None;
    for (commit, version) in versions.iter().rev() {
        match version {
            Version::Plan(p) if p.approval.as_ref() == Some(current) => found = Some(commit),
            _ => break,
        }
    }
    let commit = found?;
    let tags = git::tags_at(root, &commit.hash);
    Some((commit.hash.clone(), tags))
}

/// Every fingerprint the committed versions of the region's plan had:
/// how a vote's fingerprint from a director's e-mail is told from one the
/// plan never had. Empty outside git.
pub(crate) fn plan_fingerprints(root: &Path, region: &'static Region) -> Vec<String> {
    if !git::in_work_tree(root) {
        return Vec::new();
    }
    let rel = region_path(region.slug, FileKind::Jaarplan);
    let Ok((_, versions)) = versions(root, &rel) else {
        return Vec::new();
    };
    versions
        .iter()
        .filter_map(|(_, v)| match v {
            Version::Plan(p) => Some(p.digest()),
            _ => None,
        })
        .collect()
}

/// The text of the committed version of the region's plan whose digest is
/// `digest`, if git has it: what a director voted on, to compare with the
/// plan as it is.
pub(crate) fn plan_text(root: &Path, region: &'static Region, digest: &str) -> Option<String> {
    if !git::in_work_tree(root) {
        return None;
    }
    let rel = region_path(region.slug, FileKind::Jaarplan);
    let history = git::file_history(root, &rel).ok()?;
    history.contents.into_iter().flatten().find_map(|bytes| {
        let text = String::from_utf8(bytes).ok()?;
        let file = SourceFile::new(rel.clone(), text);
        let plan = parse::parse::<JaarplanFile>(&file, &mut Vec::new()).value?;
        (plan.digest() == digest).then_some(file.text)
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
