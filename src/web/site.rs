//! Writing the site into OUT without ever destroying what is not a site.
//!
//! The site is built in a temporary folder beside OUT and moved into place in
//! one step. An existing OUT is replaced only with `--force`, and only if it
//! carries the mark of a site that vsopro made; the data root, a folder that
//! holds it, anything under `regions/`, the top of a git work tree and plain
//! files are refused whatever the flags. If the swap fails midway, the old
//! site is put back under its own name.

use crate::error::{Error, Protection};
use crate::model::REGIONS_DIR;
use std::path::{Path, PathBuf};

/// The file that marks a folder as a site vsopro made.
pub(super) const MARK: &str = ".vsopro-site";
const MARK_TEXT: &str =
    "This folder was made by `vsopro site`. `vsopro site --force` replaces it as a whole.\n";

/// Writes `files` (relative path, contents) as the site in `out`. `root`
/// is the data root the site was made from.
pub(crate) fn write(
    root: &Path,
    out: &Path,
    files: &[(String, String)],
    force: bool,
) -> Result<(), Error> {
    write_with(root, out, files, force, &|from, to| {
        std::fs::rename(from, to)
    })
}

/// `write` with the final rename given, so that a test can make it fail.
fn write_with(
    root: &Path,
    out: &Path,
    files: &[(String, String)],
    force: bool,
    rename: &dyn Fn(&Path, &Path) -> std::io::Result<()>,
) -> Result<(), Error> {
    let io = |p: &Path| {
        let path = p.to_path_buf();
        move |source| Error::Write { path, source }
    };
    let meta = std::fs::symlink_metadata(out).ok();
    if meta.as_ref().is_some_and(|m| !m.is_dir()) {
        return Err(protected(out, Protection::AFile));
    }
    refuse_data(root, out)?;
    let exists = meta.is_some();
    if exists {
        let empty = std::fs::read_dir(out).map_err(io(out))?.next().is_none();
        if !empty && !force {
            return Err(Error::NotEmpty(out.to_path_buf()));
        }
        if !empty && !out.join(MARK).is_file() {
            return Err(protected(out, Protection::NotASite));
        }
    }
    let name = out
        .file_name()
        .map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let tmp = parent.join(format!(".{name}.building-{}", std::process::id()));
    let built = (|| {
        std::fs::create_dir(&tmp).map_err(io(&tmp))?;
        std::fs::write(tmp.join(MARK), MARK_TEXT).map_err(io(&tmp))?;
        for (rel, text) in files {
            let path = tmp.join(rel);
            std::fs::create_dir_all(path.parent().expect("a file has a folder"))
                .map_err(io(&path))?;
            std::fs::write(&path, text).map_err(io(&path))?;
        }
        Ok(())
    })();
    if let Err(e) = built {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if !exists {
        return rename(&tmp, out).map_err(|e| {
            let _ = std::fs::remove_dir_all(&tmp);
            io(out)(e)
        });
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    if let Err(e) = rename(out, &old) {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(io(out)(e));
    }
    if let Err(e) = rename(&tmp, out) {
        // Put the old site back under its own name.
        let _ = std::fs::rename(&old, out);
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(io(out)(e));
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

fn protected(path: &Path, why: Protection) -> Error {
    Error::Protected {
        path: path.to_path_buf(),
        why,
    }
}

/// The absolute form of a path that may not exist yet: its nearest existing
/// ancestor resolved (links and `..` included), the rest appended.
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut rest = Vec::new();
    let mut cur = absolute.as_path();
    loop {
        if let Ok(real) = cur.canonicalize() {
            return rest.iter().rev().fold(real, |p, c| p.join(c));
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                cur = parent;
            }
            _ => return absolute,
        }
    }
}

/// OUT must not be, hold or lie inside the data, nor be a git work tree's top.
fn refuse_data(root: &Path, out: &Path) -> Result<(), Error> {
    let out_real = resolve(out);
    let root_real = resolve(root);
    if out_real == root_real {
        return Err(protected(out, Protection::DataRoot));
    }
    if root_real.starts_with(&out_real) {
        return Err(protected(out, Protection::ContainsDataRoot));
    }
    if out_real.starts_with(root_real.join(REGIONS_DIR)) {
        return Err(protected(out, Protection::InRegions));
    }
    if out_real.join(".git").exists() {
        return Err(protected(out, Protection::GitTop));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<(String, String)> {
        vec![("index.html".into(), "new".into())]
    }

    #[test]
    fn a_failed_swap_leaves_the_old_site_under_its_own_name() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("data");
        std::fs::create_dir_all(root.join("regions")).unwrap();
        let out = dir.path().join("public");
        write(&root, &out, &files(), false).unwrap();
        std::fs::write(out.join("index.html"), "old").unwrap();
        // The rename of the new site into place fails.
        let failing = |from: &Path, to: &Path| {
            if from.to_string_lossy().contains(".building-")
                && !to.exists()
                && to.ends_with("public")
            {
                Err(std::io::Error::other("disk full"))
            } else {
                std::fs::rename(from, to)
            }
        };
        assert!(write_with(&root, &out, &files(), true, &failing).is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "old"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temporary folders left: {names:?}");
    }
}
