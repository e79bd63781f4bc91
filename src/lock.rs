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

/// Held while a writer works; the locks are released when it is dropped.
#[derive(Debug)]
pub(crate) struct DataLock {
    _file: File,
    /// A region's own lock, where only that region is written.
    _region: Option<File>,
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

fn open(path: &Path) -> Result<File, Error> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
}

/// Waits (up to `wait`) for `take` to succeed on `file`.
fn wait_for(
    file: &File,
    path: &Path,
    wait: Duration,
    take: impl Fn(&File) -> Result<(), TryLockError>,
) -> Result<(), Error> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(2);
    loop {
        match take(file) {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(TryLockError::WouldBlock) => return Err(Error::Locked(path.to_path_buf())),
            Err(TryLockError::Error(source)) => {
                return Err(Error::Write {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
    }
}

impl DataLock {
    /// Waits (up to a minute) until no other writer holds the root.
    pub(crate) fn acquire(root: &Path) -> Result<DataLock, Error> {
        Self::acquire_within(root, WAIT)
    }

    fn acquire_within(root: &Path, wait: Duration) -> Result<DataLock, Error> {
        let path = path(root);
        let file = open(&path)?;
        wait_for(&file, &path, wait, File::try_lock)?;
        Ok(DataLock {
            _file: file,
            _region: None,
        })
    }

    /// A writer of one region in a repository (the workbench's and the
    /// hub's edits): the root shared with other regions' writers (a writer
    /// of the whole root waits for them all), the region's own lock
    /// exclusive. Edits of different regions proceed side by side; their
    /// commits take turns through [`GitLock`]. Outside a repository's top
    /// it is the root's lock, as [`DataLock::acquire`].
    pub(crate) fn acquire_region(root: &Path, slug: &str) -> Result<DataLock, Error> {
        let git = root.join(".git");
        if !git.is_dir() {
            return Self::acquire(root);
        }
        let path = path(root);
        let file = open(&path)?;
        wait_for(&file, &path, WAIT, File::try_lock_shared)?;
        let own = git.join(format!("vsopro-{slug}.lock"));
        let region = open(&own)?;
        wait_for(&region, &own, WAIT, File::try_lock)?;
        Ok(DataLock {
            _file: file,
            _region: Some(region),
        })
    }
}

/// Held while an edit writes and commits: git's index and HEAD take one
/// commit at a time (the check before it runs beside other regions').
#[derive(Debug)]
pub(crate) struct GitLock {
    _file: File,
}

impl GitLock {
    pub(crate) fn acquire(root: &Path) -> Result<GitLock, Error> {
        let git = root.join(".git");
        let path = if git.is_dir() {
            git.join("vsopro-commit.lock")
        } else {
            root.join(".vsopro-commit.lock")
        };
        let file = open(&path)?;
        wait_for(&file, &path, WAIT, File::try_lock)?;
        Ok(GitLock { _file: file })
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
    fn regions_are_written_side_by_side_and_the_root_waits_for_them() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        let root = dir.path();
        let region = |slug: &str| DataLock::acquire_region(root, slug);
        let one = region("gooi-en-vechtstreek").unwrap();
        // Another region at the same time.
        let two = region("midden-holland").unwrap();
        // The same region from another handle, as another process: it waits
        // (here: not within a short wait).
        let own = root.join(".git/vsopro-midden-holland.lock");
        let again = open(&own).unwrap();
        assert!(matches!(
            wait_for(&again, &own, Duration::from_millis(30), File::try_lock),
            Err(Error::Locked(_))
        ));
        // A writer of the whole root waits for the regions' writers…
        assert!(matches!(
            DataLock::acquire_within(root, Duration::from_millis(30)),
            Err(Error::Locked(_))
        ));
        drop((one, two));
        // …and gets it once they are done; then a region waits for it.
        let whole = DataLock::acquire_within(root, Duration::from_millis(30)).unwrap();
        let shared = open(&path(root)).unwrap();
        assert!(matches!(
            wait_for(
                &shared,
                &path(root),
                Duration::from_millis(30),
                File::try_lock_shared
            ),
            Err(Error::Locked(_))
        ));
        drop(whole);
        wait_for(&again, &own, Duration::from_millis(30), File::try_lock).unwrap();
    }

    #[test]
    fn the_lock_lives_in_git_where_there_is_git() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(path(dir.path()), dir.path().join(".vsopro.lock"));
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        assert_eq!(path(dir.path()), dir.path().join(".git/vsopro.lock"));
    }
}
