//! `--out FILE`: a report written as a document (PDF, Word, Excel, HTML,
//! …) in one step; never over an existing file without `--force`, never
//! inside regions/.

use crate::error::Error;
use crate::i18n::t;
use crate::render::Render;
use crate::render::document::{self, DocKind};
use std::path::{Path, PathBuf};

/// `--out FILE` as given.
#[derive(Debug, Clone)]
pub(crate) struct OutFile {
    pub path: PathBuf,
    /// Replace an existing file.
    pub force: bool,
}

/// The format of `--out FILE`, if FILE may be written: a known extension,
/// not a folder, not inside regions/ of `root`, not an existing file
/// without `--force`. Asked before any work is done.
pub(crate) fn target(out: &OutFile, root: Option<&Path>) -> Result<DocKind, Error> {
    let path = &out.path;
    let kind = DocKind::from_path(path).ok_or_else(|| Error::OutFormat {
        path: path.clone(),
        extensions: DocKind::EXTENSIONS,
    })?;
    let abs = |p: &Path| {
        let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        p.canonicalize().unwrap_or(p)
    };
    let dir = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => abs(parent),
        None => abs(Path::new(".")),
    };
    let inside_regions =
        root.is_some_and(|r| dir.starts_with(abs(&r.join(crate::model::REGIONS_DIR))));
    if inside_regions || path.is_dir() {
        return Err(Error::OutProtected(path.clone()));
    }
    if !out.force && std::fs::symlink_metadata(path).is_ok() {
        return Err(Error::OutExists(path.clone()));
    }
    Ok(kind)
}

/// Writes the report to `out` with a footer naming the data's commit;
/// returns the path written.
pub(crate) fn write<R: Render>(
    report: &R,
    out: &OutFile,
    root: Option<&Path>,
    today: chrono::NaiveDate,
) -> Result<PathBuf, Error> {
    // The target was checked before any work; the write itself still
    // never replaces a file without --force.
    let path = &out.path;
    let kind = DocKind::from_path(path).ok_or_else(|| Error::OutFormat {
        path: path.clone(),
        extensions: DocKind::EXTENSIONS,
    })?;
    let date = crate::i18n::date(today);
    let footer = match root.and_then(crate::git::head) {
        Some((commit, false)) => t!("out-footer-commit", date = date, commit = commit),
        Some((commit, true)) => t!("out-footer-dirty", date = date, commit = commit),
        None => t!("out-footer", date = date),
    };
    let bytes = document::document(report, kind, &footer, today).map_err(|e| match e {
        document::DocError::NoPdf => Error::NoPdf(path.clone()),
        document::DocError::Failed(e) => {
            Error::Internal(format!("writing {}: {e}", path.display()))
        }
    })?;
    if out.force {
        crate::write::overwrite(path, &bytes)?;
    } else if !crate::write::create_new(path, &bytes)? {
        return Err(Error::OutExists(path.clone()));
    }
    Ok(path.clone())
}
