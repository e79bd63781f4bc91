//! Every region loaded and checked once, for the national pages of many
//! people: kept while the data on disk is the same (the name, size and
//! modification time of every file under regions/ and of vsopro.toml) and
//! the day is the same (rules depend on it). The hub's own commits and any
//! change on disk alter the fingerprint, so no page shows stale data; no
//! request loads the nation while nothing changed.

use crate::error::Error;
use crate::model::FileKind;
use crate::usecases::{Checked, Workspace};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// What the data on disk is now, cheaply: a hash of each file's path,
/// size and modification time.
fn fingerprint(root: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut entries: Vec<(String, u64, Option<std::time::SystemTime>)> =
        walkdir::WalkDir::new(root.join(crate::model::REGIONS_DIR))
            .into_iter()
            .chain(walkdir::WalkDir::new(root.join("vsopro.toml")))
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

#[derive(Default)]
pub(crate) struct National {
    kept: Mutex<Option<(u64, NaiveDate, Arc<Checked>)>>,
}

impl National {
    /// The data of every region as it is now on `today`: kept, or loaded
    /// and checked (and kept).
    pub(crate) fn get(&self, root: &Path, today: NaiveDate) -> Result<Arc<Checked>, Error> {
        let now = fingerprint(root);
        if let Some((f, day, c)) = &*self.kept.lock().unwrap_or_else(|e| e.into_inner())
            && *f == now
            && *day == today
        {
            return Ok(c.clone());
        }
        let c = Arc::new(Workspace::new(root, today).checked(&[], &FileKind::REGION)?);
        *self.kept.lock().unwrap_or_else(|e| e.into_inner()) = Some((now, today, c.clone()));
        Ok(c)
    }
}
