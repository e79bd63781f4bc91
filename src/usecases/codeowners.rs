//! `vsopro codeowners`: writes the CODEOWNERS file the data describes, so
//! that on a shared forge only a region's own coordinator and the national
//! office approve changes to that region. A file vsopro did not write is
//! replaced only with `--force`.

use crate::error::Error;
use crate::i18n::t;
use crate::model::Dataset;
use crate::model::codeowners::{CODEOWNERS_MARK, codeowners};
use crate::report::commands::CodeownersReport;
use crate::write;

pub(crate) fn write(data: &Dataset, force: bool) -> Result<CodeownersReport, Error> {
    let text = codeowners(data, &t!("codeowners-header")).ok_or(Error::NoOwners)?;
    let rel = data
        .codeowners
        .clone()
        .unwrap_or_else(|| "CODEOWNERS".into());
    let path = data.root.join(&rel);
    let old = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => return Err(Error::Read { path, source }),
    };
    if let Some(old) = &old
        && !old.starts_with(CODEOWNERS_MARK.as_bytes())
        && !force
    {
        return Err(Error::ForeignCodeowners(rel));
    }
    let changed = old.as_deref() != Some(text.as_bytes());
    match (&old, changed) {
        (_, false) => {}
        (Some(old), true) => write::replace(&path, old, text.as_bytes())?,
        (None, true) => {
            if !write::create_new(&path, text.as_bytes())? {
                return Err(Error::ChangedMeanwhile(path));
            }
        }
    }
    let regions = data
        .regions
        .iter()
        .filter(|r| r.region_file().is_some_and(|f| !f.owners.is_empty()))
        .count();
    Ok(CodeownersReport {
        path: rel,
        regions,
        national: data
            .settings
            .codeowners
            .national
            .iter()
            .map(|o| o.get_ref().clone())
            .collect(),
        changed,
    })
}
