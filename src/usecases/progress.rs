//! `vsopro voortgang REGION`: the region's commits of the period read from
//! git (one `git log`, one `git cat-file --batch`, as `jaarplan --history`),
//! each changed file parsed before and after, turned into events by
//! `report::voortgang`.

use crate::error::Error;
use crate::git;
use crate::model::{Date, FileKind, RegionData};
use crate::parse;
use crate::parse::FileModel;
use crate::report::voortgang::{self, Event, NoHistory, Stamp, Step};
use crate::source::SourceFile;
use chrono::NaiveDate;
use std::path::Path;

/// The period's events, the number of commits, shallow, uncommitted; or
/// why git could not tell.
pub(crate) type Changes = Result<(Vec<Event>, usize, bool, bool), NoHistory>;

pub(crate) fn changes(
    root: &Path,
    r: &RegionData,
    from: NaiveDate,
    today: NaiveDate,
) -> Result<Changes, Error> {
    // Committer dates bound the log loosely; author dates decide.
    let since = from
        .pred_opt()
        .unwrap_or(from)
        .format("%Y-%m-%d 00:00:00 +0000");
    let log = match git::region_log(root, &r.dir, &since.to_string()) {
        Ok(log) => log,
        Err(Error::NotARepository(_)) => return Ok(Err(NoHistory::NotARepository)),
        Err(Error::GitMissing) => return Ok(Err(NoHistory::GitMissing)),
        Err(Error::NoCommits) => return Ok(Err(NoHistory::NoCommits)),
        Err(e) => return Err(e),
    };
    let mut events = Vec::new();
    let mut commits = 0;
    // Oldest first, so that a later event on the same thing wins.
    for c in log.commits.iter().rev() {
        let Some(date) = c
            .date
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        if date < from || date > today {
            continue;
        }
        let mut step = Step::default();
        for f in &c.files {
            let Some((folder, name)) = f.path.rsplit_once('/') else {
                continue;
            };
            if !folder.ends_with(r.info.slug) {
                continue;
            }
            let Some(kind) = FileKind::ALL.iter().find(|k| k.file_name() == name) else {
                continue;
            };
            let (old, new) = (f.old.as_deref(), f.new.as_deref());
            match kind {
                FileKind::Actions => step.actions = pair(&f.path, old, new),
                FileKind::Jaarplan => step.jaarplan = pair(&f.path, old, new),
                FileKind::Overlegtafels => step.overlegtafels = pair(&f.path, old, new),
                FileKind::Schools => step.schools = pair(&f.path, old, new),
                FileKind::Uitstroom => step.uitstroom = pair(&f.path, old, new),
                // Examples from public sources are no progress of the plan.
                FileKind::Region | FileKind::Practices => {}
            }
        }
        let stamp = Stamp {
            commit: c.short.clone(),
            date: Date(date),
            author: c.author.clone(),
        };
        voortgang::events(&step, &stamp, &mut events);
        commits += 1;
    }
    Ok(Ok((
        voortgang::settle(events),
        commits,
        log.shallow,
        log.uncommitted,
    )))
}

/// Both versions of a file, when each is absent or reads cleanly. A
/// version that does not parse says nothing: the pair is left out.
type Pair<T> = Option<(Option<T>, Option<T>)>;

fn pair<T: FileModel>(path: &str, old: Option<&[u8]>, new: Option<&[u8]>) -> Pair<T> {
    let read = |bytes: Option<&[u8]>| -> Result<Option<T>, ()> {
        let Some(bytes) = bytes else {
            return Ok(None);
        };
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| ())?;
        let file = SourceFile::new(path.to_string(), text);
        let mut diags = Vec::new();
        let parsed = parse::parse::<T>(&file, &mut diags);
        match parsed.value {
            Some(v) if diags.is_empty() => Ok(Some(v)),
            _ => Err(()),
        }
    };
    Some((read(old).ok()?, read(new).ok()?))
}
