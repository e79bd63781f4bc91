//! The kennismakelaar's use cases, called alike by the command line, the
//! site and the hub: the catalogue of the network's good practices, and a
//! practice taken up as a new action of one's own region (one commit
//! through the one write path, by whoever is the writer's author).

use crate::edit::{Adoption, Edit, Expect, Saved, Writer};
use crate::error::{AdoptRefusal, Error};
use crate::model::FileKind;
use crate::registry::Region;
use crate::report::commands::AdoptReport;
use crate::report::practices::{self, PracticesReport, Query, RegionPart};
use crate::usecases::{Checked, Workspace};

/// Every region's practices and adoptions, each region checked.
pub(crate) fn parts(ws: &Workspace) -> Result<Checked<RegionPart>, Error> {
    let today = ws.today;
    ws.checked_each(&[], &[], move |one| {
        practices::region_part(&one.regions[0], today)
    })
}

/// The catalogue for a query (the command line: after the check's gate):
/// the regions' practices and the national programmes'.
pub(crate) fn catalogue(
    c: Checked<RegionPart>,
    query: Query,
    today: chrono::NaiveDate,
) -> Result<PracticesReport, Error> {
    let national = practices::national_part(&c.data, today);
    let mut parts = c.into_made()?.1;
    parts.push(national);
    Ok(practices::compute(parts, query))
}

/// The catalogue of the regions without errors, naming those it had to
/// leave out: a page that spans regions is never taken down by one.
pub(crate) fn catalogue_of_what_passed(
    c: Checked<RegionPart>,
    query: Query,
    today: chrono::NaiveDate,
) -> PracticesReport {
    let left_out = c.left_out().iter().map(|r| r.name).collect();
    let national = practices::national_part(&c.data, today);
    let mut parts = c.made_ok();
    parts.push(national);
    let mut report = practices::compute(parts, query);
    report.left_out = left_out;
    report
}

/// Takes up the practice `from` (`region/id`) in `into`: a new planned
/// action with its title, themes and summary and `inspired_by`, under an
/// id the region does not have yet.
pub(crate) fn adopt(
    writer: &Writer,
    ws: &Workspace,
    from: &str,
    into: &'static Region,
) -> Result<AdoptReport, Error> {
    let refused = |why: fn(String) -> AdoptRefusal| Error::Adopt(why(from.to_string()));
    let (slug, id) = from
        .trim()
        .split_once('/')
        .ok_or_else(|| refused(|from| AdoptRefusal::NotAKey { from }))?;
    // What is taken up: its id, title, themes and summary.
    let (key, base, title, themes, summary) = if slug == practices::NATIONAL {
        // A national programme's practice, from the root's practices.toml.
        let nation = ws.checked(&[], &[])?;
        let p = nation
            .data
            .practices
            .iter()
            .flat_map(|f| &f.practices)
            .find(|p| p.id.get_ref() == id)
            .ok_or_else(|| refused(|from| AdoptRefusal::NoPractice { from }))?;
        (
            format!("{}/{}", practices::NATIONAL, p.id.get_ref()),
            p.id.get_ref().clone(),
            p.title.clone(),
            p.themes
                .get_ref()
                .iter()
                .map(|t| t.get_ref().clone())
                .collect::<Vec<_>>(),
            Some(p.summary.clone()),
        )
    } else {
        let region = crate::registry::find_region(slug)
            .ok_or_else(|| refused(|from| AdoptRefusal::NotAKey { from }))?;
        if region.slug == into.slug {
            return Err(refused(|from| AdoptRefusal::Own { from }));
        }
        let origin = ws.checked(&[region], &[FileKind::Actions, FileKind::Practices])?;
        let r = origin.region()?;
        let themes = |list: &crate::model::Spanned<Vec<crate::model::Text>>| -> Vec<String> {
            list.get_ref().iter().map(|t| t.get_ref().clone()).collect()
        };
        // The region's own practice, else one of its public sources'.
        if let Some(a) = r
            .actions()
            .iter()
            .find(|a| a.id.get_ref() == id && a.example)
        {
            (
                format!("{}/{}", region.slug, a.id.get_ref()),
                a.id.get_ref().clone(),
                a.title.clone(),
                themes(&a.themes),
                a.summary.clone(),
            )
        } else {
            let p = r
                .public_practices()
                .iter()
                .find(|p| p.id.get_ref() == id)
                .ok_or_else(|| refused(|from| AdoptRefusal::NoPractice { from }))?;
            (
                format!("{}/{}", region.slug, p.id.get_ref()),
                p.id.get_ref().clone(),
                p.title.clone(),
                themes(&p.themes),
                Some(p.summary.clone()),
            )
        }
    };
    let target = ws.checked(&[into], &[FileKind::Actions])?;
    let own = target.region()?;
    let new_id = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|candidate| own.action(candidate).is_none())
        .unwrap_or(base);
    let edit = Edit::Adopt(Adoption {
        id: new_id.clone(),
        title,
        themes,
        summary,
        from: key.clone(),
    });
    let file = own.path(FileKind::Actions).to_string();
    let outcome = writer
        .apply(into, &edit, &Expect::Current, ws.today)
        .map_err(|e| e.into_error(writer.root(), &file))?;
    Ok(AdoptReport {
        from: key,
        region: into.name,
        file,
        id: new_id,
        commit: match outcome.saved {
            Saved::Committed(c) => Some(c),
            _ => None,
        },
    })
}
