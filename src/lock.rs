//! The data root's write lock: every writer (the command line's writing
//! commands, the workbench, the hub) holds it for its read → compute →
//! write → commit, so two writers are serialised, never interleaved.
//!
//! An advisory lock of the operating system on one file (the standard
//! library's `File::lock`: `flock` on Unix, `LockFileEx` on Windows): it is
//! released when the holder ends, however it ends, so a writer killed
//! mid-write never leaves the data locked. Readers take no lock: every file
//! is replaced in one step, so a reader sees the old file or the new one.

use crate::error::Error;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a writer waits for another before it gives up and says so.
const WAIT: Duration = Duration::from_secs(60);

/// Held while a writer works; the lock is released when it is dropped.
#[derive(Debug)]
pub(crate) struct DataLock {
    _file: File,
}

/// The lock file of `root`: inside `.git` where the root is a repository's
/// top (no stray file in the work tree), else `.vsopro.lock` at the root.
pub(crate) fn path(root: &Path) -> PathBuf {
    let git = root.join(".git");
    if git.is_dir() {
        git.join("vsopro.lock")
    } else {
        root.join(".vsopro.lock")
    }
}

impl DataLock {
    /// Waits (up to a minute) until no other writer holds the root.
    pub(crate) fn acquire(root: &Path) -> Result<DataLock, Error> {
        Self::acquire_within(root, WAIT)
    }

    fn acquire_within(root: &Path, wait: Duration) -> Result<DataLock, Error> {
        let path = path(root);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| Error::Write {
                path: path.clone(),
                source,
            })?;
        let start = Instant::now();
        let mut pause = Duration::from_millis(2);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(DataLock { _file: file }),
                Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => return Err(Error::Locked(path)),
                Err(TryLockError::Error(source)) => return Err(Error::Write { path, source }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_and_then_gets_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let first = DataLock::acquire(dir.path()).unwrap();
        // Another handle (as another process would have) is refused while held.
        assert!(matches!(
            DataLock::acquire_within(dir.path(), Duration::from_millis(30)),
            Err(Error::Locked(_))
        ));
        drop(first);
        DataLock::acquire_within(dir.path(), Duration::from_millis(30)).unwrap();
    }

    #[test]
    fn the_lock_lives_in_git_where_there_is_git() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(path(dir.path()), dir.path().join(".vsopro.lock"));
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        assert_eq!(path(dir.path()), dir.path().join(".git/vsopro.lock"));
    }
}
