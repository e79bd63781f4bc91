//! Writing files safely: a temporary file in the same folder, flushed to
//! disk, then moved into place in one step. A crash or a full disk leaves
//! the old file (or no file) — never half a file.

use crate::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Write {
        path: path.to_path_buf(),
        source,
    }
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

fn write_temp(path: &Path, bytes: &[u8]) -> Result<PathBuf, Error> {
    let tmp = temp_path(path);
    let io = io(path);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(&io)?;
    let result = f.write_all(bytes).and_then(|_| f.sync_all());
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(tmp)
}

/// Creates `path` with `bytes`; `Ok(false)` if it exists, even if another
/// writer creates it in the meantime (the final step is a hard link, which
/// never replaces a file).
pub(crate) fn create_new(path: &Path, bytes: &[u8]) -> Result<bool, Error> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Ok(false);
    }
    let tmp = write_temp(path, bytes)?;
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(io(path)(e)),
    }
}

/// Writes `path` with `bytes` in one step, replacing what is there.
pub(crate) fn overwrite(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let tmp = write_temp(path, bytes)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(path)(e)
    })
}

/// A file's bytes, never through a symbolic link: a link (or anything but
/// a plain file) in its place is an error of kind `InvalidInput`, as is a
/// file swapped for a link between the look and the read. `NotFound`
/// where there is nothing.
pub(crate) fn read_plain(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let before = std::fs::symlink_metadata(path)?;
    let not_plain = || {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a plain file: a symbolic link, or a folder",
        )
    };
    if !before.is_file() {
        return Err(not_plain());
    }
    let mut file = std::fs::File::open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let now = file.metadata()?;
        if (now.dev(), now.ino()) != (before.dev(), before.ino()) {
            return Err(not_plain());
        }
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Replaces `path` with `bytes` in one step, if it still holds `expected`:
/// a concurrent change by someone else is not overwritten.
pub(crate) fn replace(path: &Path, expected: &[u8], bytes: &[u8]) -> Result<(), Error> {
    let tmp = write_temp(path, bytes)?;
    let current = read_plain(path).map_err(io(path));
    match current {
        Ok(c) if c == expected => {}
        Ok(_) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::ChangedMeanwhile(path.to_path_buf()));
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(path)(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_new_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        assert!(create_new(&p, b"one").unwrap());
        assert!(!create_new(&p, b"two").unwrap());
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left"
        );
    }

    #[test]
    fn replace_refuses_a_file_changed_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        std::fs::write(&p, "old").unwrap();
        assert!(replace(&p, b"something else", b"new").is_err());
        assert_eq!(std::fs::read(&p).unwrap(), b"old");
        replace(&p, b"old", b"new").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        // The folder of the target does not exist: the temp file cannot be made.
        let p = dir.path().join("missing/a.toml");
        assert!(matches!(replace(&p, b"", b"new"), Err(Error::Write { .. })));
        let q = dir.path().join("b.toml");
        std::fs::write(&q, "old").unwrap();
        // A stale temp file of our own process blocks create_new of the temp: error, old intact.
        std::fs::write(temp_path(&q), "x").unwrap();
        assert!(replace(&q, b"old", b"new").is_err());
        assert_eq!(std::fs::read(&q).unwrap(), b"old");
    }
}
