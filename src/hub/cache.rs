//! Every region loaded and checked once, for the national pages of many
//! people, kept at two levels:
//!
//! - the whole (`Checked`), while nothing under regions/, vsopro.toml and
//!   CODEOWNERS changed (by each file's path, size and modification time)
//!   and the day is the same (rules depend on it);
//! - each region's pass (its findings and lean model), while that region's
//!   files are the same: after an edit only the edited region is loaded
//!   again, and the national rules run over the kept passes.
//!
//! The hub's own commits and any change on disk alter the fingerprints, so
//! no page shows stale data; no request loads the nation while nothing
//! changed, and an edit costs a national page one region, not 35.

use crate::check::{PassMemo, RegionPass};
use crate::error::Error;
use crate::model::FileKind;
use crate::registry::Region;
use crate::usecases::{Checked, Workspace};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A hash of each file's path, size and modification time under `paths`
/// (folders walked), cheaply: what the data on disk is now.
fn fingerprint(paths: &[PathBuf]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut entries: Vec<(String, u64, Option<std::time::SystemTime>)> = paths
        .iter()
        .flat_map(walkdir::WalkDir::new)
        .filter_map(Result::ok)
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            Some((e.path().display().to_string(), m.len(), m.modified().ok()))
        })
        .collect();
    entries.sort();
    entries.hash(&mut h);
    h.finish()
}

/// The files every region's pass depends on besides its own: the
/// settings and CODEOWNERS.
fn national_files(root: &Path) -> Vec<PathBuf> {
    let mut files = vec![root.join(crate::model::SETTINGS_FILE)];
    files.extend(
        crate::model::codeowners::CODEOWNERS_PATHS
            .iter()
            .map(|p| root.join(p)),
    );
    files
}

#[derive(Default)]
pub(crate) struct National {
    kept: Mutex<Option<(u64, NaiveDate, Arc<Checked>)>>,
    passes: Mutex<Passes>,
}

/// The region passes, valid for one version of the national files and one
/// day.
#[derive(Default)]
struct Passes {
    national: u64,
    today: Option<NaiveDate>,
    kept: HashMap<&'static str, (u64, RegionPass)>,
    /// A region's fingerprint taken before it was loaded: what its new pass
    /// is kept under (a change during the load makes it stale at once).
    loading: HashMap<&'static str, u64>,
    /// Regions loaded since this was made (for the test).
    #[cfg(test)]
    loads: usize,
}

/// The memo one load uses.
struct Memo<'a> {
    root: &'a Path,
    passes: &'a Mutex<Passes>,
}

impl Memo<'_> {
    fn lock(&self) -> std::sync::MutexGuard<'_, Passes> {
        self.passes.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl PassMemo for Memo<'_> {
    fn get(&self, region: &'static Region) -> Option<RegionPass> {
        let dir = self.root.join(crate::model::REGIONS_DIR).join(region.slug);
        let now = fingerprint(&[dir]);
        let mut passes = self.lock();
        match passes.kept.get(region.slug) {
            Some((f, pass)) if *f == now => Some(pass.clone()),
            _ => {
                passes.loading.insert(region.slug, now);
                None
            }
        }
    }

    fn put(&self, region: &'static Region, pass: &RegionPass) {
        let mut passes = self.lock();
        #[cfg(test)]
        {
            passes.loads += 1;
        }
        if let Some(f) = passes.loading.remove(region.slug) {
            passes.kept.insert(region.slug, (f, pass.clone()));
        }
    }
}

impl National {
    /// The data of every region as it is now on `today`: kept, or made
    /// from the kept passes of unchanged regions and fresh ones of the
    /// rest (and kept).
    pub(crate) fn get(&self, root: &Path, today: NaiveDate) -> Result<Arc<Checked>, Error> {
        let mut all = national_files(root);
        all.push(root.join(crate::model::REGIONS_DIR));
        let now = fingerprint(&all);
        if let Some((f, day, c)) = &*self.kept.lock().unwrap_or_else(|e| e.into_inner())
            && *f == now
            && *day == today
        {
            return Ok(c.clone());
        }
        {
            let national = fingerprint(&national_files(root));
            let mut passes = self.passes.lock().unwrap_or_else(|e| e.into_inner());
            if passes.national != national || passes.today != Some(today) {
                *passes = Passes {
                    national,
                    today: Some(today),
                    ..Passes::default()
                };
            }
        }
        let memo = Memo {
            root,
            passes: &self.passes,
        };
        let c = Arc::new(Workspace::new(root, today).checked_with_memo(&FileKind::REGION, &memo)?);
        *self.kept.lock().unwrap_or_else(|e| e.into_inner()) = Some((now, today, c.clone()));
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// After an edit of one region, the national data is made again from
    /// that region's new pass and the others' kept ones: the same findings
    /// as a full load.
    #[test]
    fn an_edit_reloads_its_region_only_and_finds_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for e in walkdir::WalkDir::new(&examples).into_iter().flatten() {
            let to = root.join(e.path().strip_prefix(&examples).unwrap());
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(e.path(), &to).unwrap();
            }
        }
        let gorinchem = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/base/regions/gorinchem/region.toml");
        std::fs::create_dir_all(root.join("regions/gorinchem")).unwrap();
        std::fs::copy(gorinchem, root.join("regions/gorinchem/region.toml")).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let cache = National::default();
        let first = cache.get(root, today).unwrap();
        assert_eq!(cache.passes.lock().unwrap().kept.len(), 2);
        assert_eq!(cache.passes.lock().unwrap().loads, 2);
        assert!(Arc::ptr_eq(&first, &cache.get(root, today).unwrap()));
        // An error in one region: only that region is loaded again.
        let actions = root.join("regions/midden-holland/actions.toml");
        let text = std::fs::read_to_string(&actions).unwrap();
        std::fs::write(
            &actions,
            text.replacen("status = \"active\"", "status = \"bezig\"", 1),
        )
        .unwrap();
        let second = cache.get(root, today).unwrap();
        assert!(!Arc::ptr_eq(&first, &second));
        assert_eq!(cache.passes.lock().unwrap().loads, 3, "one region again");
        let full = Workspace::new(root, today)
            .checked(&[], &FileKind::REGION)
            .unwrap();
        let codes = |c: &Checked| -> Vec<String> {
            c.diagnostics
                .iter()
                .map(|d| format!("{}:{}", d.file, d.code.name()))
                .collect()
        };
        assert_eq!(codes(&second), codes(&full));
        assert!(
            codes(&second)
                .iter()
                .any(|c| c.contains("midden-holland/actions.toml"))
        );
        // Another day: everything again.
        let next = today.succ_opt().unwrap();
        cache.get(root, next).unwrap();
        assert_eq!(cache.passes.lock().unwrap().today, Some(next));
    }
}
