//! The use cases, one function each, called alike by the command line
//! (`app.rs`) and the workbench (`serve/`): a [`Workspace`] loads and
//! checks what a use case needs ([`Workspace::checked`], nothing printed),
//! [`Checked::gate`] stops the work on errors, and each use case makes its
//! report from what passed. Printing, and what a refusal looks like, are
//! the caller's.

pub(crate) mod approve;
pub(crate) mod changes;
pub(crate) mod codeowners;
pub(crate) mod history;
pub(crate) mod init;
pub(crate) mod practices;
pub(crate) mod progress;
pub(crate) mod round;
pub(crate) mod sync;

use crate::check;
use crate::diag::{self, Counts, Diagnostic};
use crate::error::Error;
use crate::model::{ApprovalStatus, Dataset, FileKind, RegionData};
use crate::registry::{Region, Theme};
use crate::report::caseload::NormOverrides;
use crate::report::{self, caseload::Norms};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The day a server works on: `--today` where it was given, else the
/// clock's day at the moment it is asked (a server runs for weeks, and
/// each request is of its own day).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Clock(pub Option<NaiveDate>);

impl Clock {
    pub(crate) fn today(self) -> NaiveDate {
        self.0.unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

/// A data root on a day: what every use case starts from.
#[derive(Debug)]
pub(crate) struct Workspace {
    pub root: PathBuf,
    /// The reference date (`--today`, or a server's request's day).
    pub today: NaiveDate,
    git: OnceLock<bool>,
}

/// The data a use case needs, loaded and checked: the settings, each
/// region (lean where the use case asked for less), the findings, and what
/// the use case made of every region while it was whole.
#[derive(Debug)]
pub(crate) struct Checked<T = ()> {
    pub data: Dataset,
    pub diagnostics: Vec<Diagnostic>,
    made: Vec<Option<T>>,
    /// The regions named, each of which must have a folder.
    named: Vec<&'static Region>,
}

impl Workspace {
    pub(crate) fn new(root: &Path, today: NaiveDate) -> Workspace {
        Workspace {
            root: root.to_path_buf(),
            today,
            git: OnceLock::new(),
        }
    }

    /// Whether the data lies in a git work tree (asked once).
    pub(crate) fn in_git(&self) -> bool {
        *self
            .git
            .get_or_init(|| crate::git::in_work_tree(&self.root))
    }

    /// The named regions (all for none), each loaded, checked and kept
    /// with only the files `keep` names beside its region.toml, so that a
    /// national use case holds a lean model, never the whole nation.
    pub(crate) fn checked(
        &self,
        regions: &[&'static Region],
        keep: &[FileKind],
    ) -> Result<Checked, Error> {
        self.checked_each(regions, keep, |_| ())
    }

    /// [`Workspace::checked`], and what `each` makes of every region
    /// while it is whole (alone in a data set with the settings): a
    /// national report's row, or a site's page. A region with errors is
    /// never handed to `each`.
    pub(crate) fn checked_each<T: Send>(
        &self,
        regions: &[&'static Region],
        keep: &[FileKind],
        each: impl Fn(&Dataset) -> T + Sync,
    ) -> Result<Checked<T>, Error> {
        self.stream(regions, &check::Filter::default(), keep, each)
    }

    /// `vsopro check`: every finding, some rules left out.
    pub(crate) fn check(
        &self,
        regions: &[&'static Region],
        skip: &[&'static check::Rule],
    ) -> Result<Checked, Error> {
        let filter = check::Filter {
            skip: skip.to_vec(),
        };
        self.stream(regions, &filter, &[], |_| ())
    }

    fn stream<T: Send>(
        &self,
        regions: &[&'static Region],
        filter: &check::Filter,
        keep: &[FileKind],
        each: impl Fn(&Dataset) -> T + Sync,
    ) -> Result<Checked<T>, Error> {
        let only = (!regions.is_empty()).then_some(regions);
        // Region by region: the nation is never in memory at once.
        let streamed =
            check::stream_each(&self.root, only, self.today, filter, keep, |one, diags| {
                (diag::count(diags).errors == 0).then(|| each(one))
            })?;
        Ok(Checked {
            data: streamed.data,
            diagnostics: streamed.diagnostics,
            made: streamed.each,
            named: regions.to_vec(),
        })
    }

    /// Every region, as [`Workspace::checked`], with a server's memo of
    /// region passes: a region whose files did not change is not loaded
    /// again.
    pub(crate) fn checked_with_memo(
        &self,
        keep: &[FileKind],
        memo: &dyn check::PassMemo,
    ) -> Result<Checked, Error> {
        let (data, diagnostics) = check::stream_memo(&self.root, self.today, keep, memo)?;
        Ok(Checked {
            made: vec![Some(()); data.regions.len()],
            data,
            diagnostics,
            named: Vec::new(),
        })
    }

    /// The settings alone (vsopro.toml), checked: what sizing a vacancy
    /// needs of the data.
    pub(crate) fn settings(&self) -> Result<Checked, Error> {
        let data = crate::load::load(&self.root, Some(&[]))?;
        let diagnostics = check::run(&data, self.today);
        Ok(Checked {
            data,
            diagnostics,
            made: Vec::new(),
            named: Vec::new(),
        })
    }
}

impl<T> Checked<T> {
    pub(crate) fn counts(&self) -> Counts {
        diag::count(&self.diagnostics)
    }

    /// Named regions without a folder.
    pub(crate) fn missing(&self) -> Vec<&'static Region> {
        self.named
            .iter()
            .copied()
            .filter(|r| self.data.region(r.code).is_none())
            .collect()
    }

    /// Errors stop the work: a named region without a folder, or any
    /// error in what was checked.
    pub(crate) fn gate(&self) -> Result<(), Error> {
        let missing = self.missing();
        if !missing.is_empty() {
            return Err(Error::NoData(missing));
        }
        let counts = self.counts();
        if counts.errors > 0 {
            return Err(Error::InvalidData {
                regions: self.data.regions.len(),
                counts,
                deny_warnings: false,
            });
        }
        Ok(())
    }

    /// The data and what was made of each region, in region order (after
    /// the gate: every region passed).
    pub(crate) fn into_made(self) -> Result<(Dataset, Vec<T>), Error> {
        let made = self
            .made
            .into_iter()
            .map(|m| m.ok_or_else(|| Error::Internal("a region with errors passed".into())))
            .collect::<Result<_, _>>()?;
        Ok((self.data, made))
    }

    /// The regions left out because they have errors (nothing was made of
    /// them), for a page that spans regions to name.
    pub(crate) fn left_out(&self) -> Vec<&'static Region> {
        self.data
            .regions
            .iter()
            .zip(&self.made)
            .filter(|(_, m)| m.is_none())
            .map(|(r, _)| r.info)
            .collect()
    }

    /// What was made of the regions without errors (for context that
    /// must not stop a report about another region).
    pub(crate) fn made_ok(self) -> Vec<T> {
        self.made.into_iter().flatten().collect()
    }

    /// The one region of a use case about one region.
    pub(crate) fn region(&self) -> Result<&RegionData, Error> {
        self.data
            .regions
            .first()
            .ok_or_else(|| Error::NoData(self.named.clone()))
    }
}

/// The settings' norms, overridden by the command line.
pub(crate) fn norms(data: &Dataset, o: NormOverrides) -> Norms {
    let base = Norms::from_settings(&data.settings.caseload);
    Norms {
        minutes_per_school: o.minutes_per_school.unwrap_or(base.minutes_per_school),
        week_minutes: o.week_minutes.unwrap_or(base.week_minutes),
        unit: base.unit,
    }
}

/// The regionale foto of the one region checked.
pub(crate) fn foto(ws: &Workspace, c: &Checked) -> Result<report::foto::FotoReport, Error> {
    let norms = norms(&c.data, NormOverrides::default());
    Ok(report::foto::compute(
        c.region()?,
        norms,
        c.data.settings.quorum(),
        ws.today,
    ))
}

/// The jaarplan of the one region checked; in git its approval names the
/// commit that recorded it and the tag on that commit.
pub(crate) fn jaarplan(
    ws: &Workspace,
    c: &Checked,
) -> Result<report::jaarplan::JaarplanReport, Error> {
    let r = c.region()?;
    plan_of(ws, r, &c.data.settings).ok_or_else(|| Error::NoJaarplan {
        region: r.info,
        path: r.path(FileKind::Jaarplan).to_string(),
    })
}

/// A region's jaarplan report, if it has a plan, with its approval's
/// commit and tag.
fn plan_of(
    ws: &Workspace,
    r: &RegionData,
    settings: &crate::model::SettingsFile,
) -> Option<report::jaarplan::JaarplanReport> {
    let mut plan = report::jaarplan::compute(r, settings.quorum(), ws.today)?;
    if let Some(a) = plan.approval.as_mut() {
        approval_in_git(ws, r, a);
    }
    Some(plan)
}

/// What a region's page shows: its foto and its plan.
#[derive(Debug, serde::Serialize)]
pub(crate) struct RegionContent {
    pub foto: report::foto::FotoReport,
    pub jaarplan: Option<report::jaarplan::JaarplanReport>,
    /// Its good practices from public sources (never its actions).
    pub practices: Vec<report::practices::Practice>,
}

/// What a region's page shows: its foto and its plan, with the region's
/// exact outcome figures (the site protects them as the page leaves the
/// region).
pub(crate) fn region_content(
    ws: &Workspace,
    r: &RegionData,
    settings: &crate::model::SettingsFile,
) -> RegionContent {
    let norms = Norms::from_settings(&settings.caseload);
    RegionContent {
        foto: report::foto::compute(r, norms, settings.quorum(), ws.today),
        jaarplan: plan_of(ws, r, settings),
        practices: report::practices::region_part(r, ws.today)
            .practices
            .into_iter()
            .filter(|p| p.origin != report::practices::Origin::Region)
            .collect(),
    }
}

/// An approval's commit and `jaarplan-…` tag, where git has them.
fn approval_in_git(ws: &Workspace, r: &RegionData, a: &mut report::jaarplan::ApprovalReport) {
    let current = r.jaarplan().and_then(|p| p.approval.as_ref());
    if let Some(current) = current
        && a.status == ApprovalStatus::Approved
        && ws.in_git()
        && let Some((commit, tags)) =
            crate::usecases::history::approval_commit(&ws.root, r.info, current)
    {
        a.commit_short = Some(commit.chars().take(7).collect());
        a.commit = Some(commit);
        a.tag = tags.into_iter().find(|t| t.starts_with("jaarplan-"));
    }
}

/// The progress report for the stuurgroep of the one region checked.
pub(crate) fn voortgang(
    ws: &Workspace,
    c: &Checked,
    since: Option<NaiveDate>,
) -> Result<report::voortgang::VoortgangReport, Error> {
    let r = c.region()?;
    let period = report::voortgang::period(r, ws.today, since);
    let changes = crate::usecases::progress::changes(&ws.root, r, period.0, ws.today)?;
    let mut report =
        report::voortgang::compute(r, c.data.settings.quorum(), ws.today, period, changes);
    if let Some(a) = report.approval.as_mut() {
        approval_in_git(ws, r, a);
    }
    // The region's practices that other regions took up: the network
    // effect, in the report its own stuurgroep reads.
    let prefix = format!("{}/", r.info.slug);
    report.adopted = crate::usecases::practices::parts(ws)?
        .made_ok()
        .into_iter()
        .flat_map(|p| p.adoptions)
        .filter(|a| a.from.starts_with(&prefix))
        .collect();
    report
        .adopted
        .sort_by(|a, b| (a.region_slug, &a.id).cmp(&(b.region_slug, &b.id)));
    Ok(report)
}

/// Each region's caseload part (no region's files are kept but
/// region.toml), for the caseload and the staffing.
pub(crate) fn caseload_parts(
    ws: &Workspace,
    regions: &[&'static Region],
    overrides: NormOverrides,
) -> Result<Checked<report::caseload::RegionPart>, Error> {
    // The settings (and so the norms) are the same in every region's
    // data set as in the nation's.
    ws.checked_each(regions, &[], |one| {
        report::caseload::region_part(&one.regions[0], norms(one, overrides))
    })
}

pub(crate) fn caseload(
    c: Checked<report::caseload::RegionPart>,
    overrides: NormOverrides,
) -> Result<report::caseload::CaseloadReport, Error> {
    let norms = norms(&c.data, overrides);
    let (_, parts) = c.into_made()?;
    Ok(report::caseload::from_parts(parts, norms))
}

pub(crate) fn staffing(
    c: Checked<report::caseload::RegionPart>,
    overrides: NormOverrides,
) -> Result<report::staffing::StaffingReport, Error> {
    let norms = norms(&c.data, overrides);
    let (data, parts) = c.into_made()?;
    Ok(report::staffing::compute(&data, &parts, norms))
}

/// Each region's row of the theme coverage, made while the stream has
/// the region.
pub(crate) fn theme_rows(
    ws: &Workspace,
    regions: &[&'static Region],
) -> Result<Checked<report::themes::ThemeRegionRow>, Error> {
    ws.checked_each(regions, &[], |one| {
        report::themes::region_row(&one.regions[0])
    })
}

pub(crate) fn themes(
    c: Checked<report::themes::ThemeRegionRow>,
) -> Result<report::themes::ThemesReport, Error> {
    Ok(report::themes::from_rows(c.into_made()?.1))
}

/// Each region's actions on one theme, made while the stream has it.
pub(crate) fn theme_actions(
    ws: &Workspace,
    regions: &[&'static Region],
    theme: &'static Theme,
) -> Result<Checked<Vec<report::themes::ThemeAction>>, Error> {
    ws.checked_each(regions, &[], |one| {
        report::themes::theme_actions(&one.regions[0], theme)
    })
}

pub(crate) fn theme(
    theme: &'static Theme,
    c: Checked<Vec<report::themes::ThemeAction>>,
) -> Result<report::themes::ThemeActionsReport, Error> {
    Ok(report::themes::from_actions(
        theme,
        c.into_made()?.1.concat(),
    ))
}

/// The data an import writes into: the root (a new, empty one too) and
/// the regions there, whose region.toml and schools.toml must be free of
/// errors (other files may still be work in progress). Regions without a
/// folder are fine: the import makes them.
pub(crate) fn import_target(
    root: &Path,
    today: NaiveDate,
    regions: &[&'static Region],
) -> Result<Checked, Error> {
    let only = (!regions.is_empty()).then_some(regions);
    let data = crate::load::load(root, only)?;
    let files: Vec<String> = data
        .regions
        .iter()
        .flat_map(|r| [r.path(FileKind::Region), r.path(FileKind::Schools)])
        .map(str::to_string)
        .collect();
    let diagnostics = check::run(&data, today)
        .into_iter()
        .filter(|d| d.severity() == crate::diag::Severity::Error && files.contains(&d.file))
        .collect();
    Ok(Checked {
        data,
        diagnostics,
        made: Vec::new(),
        named: Vec::new(),
    })
}

/// The regions an outcome report needs: their schools and uitstroom.toml.
pub(crate) fn outcomes(ws: &Workspace, regions: &[&'static Region]) -> Result<Checked, Error> {
    ws.checked(regions, &[FileKind::Schools, FileKind::Uitstroom])
}

/// The workbook a region's schools fill in with their figures of `year`
/// (the last school year that has ended, unless given), written to `out`.
pub(crate) fn outcome_template(
    c: &Checked,
    region: &'static Region,
    year: Option<&str>,
    out: &crate::out::OutFile,
    today: NaiveDate,
) -> Result<report::commands::TemplateReport, Error> {
    let path = &out.path;
    let xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !xlsx {
        return Err(Error::OutFormat {
            path: path.clone(),
            extensions: ".xlsx",
        });
    }
    let data = c
        .data
        .region(region.code)
        .ok_or_else(|| Error::NoData(vec![region]))?;
    let year = year.map_or_else(
        || crate::model::school_year_label(crate::model::school_year_of(today) - 1),
        str::to_string,
    );
    let bytes = crate::import::uitstroom::template::workbook(data, &year, crate::i18n::lang())
        .map_err(|e| Error::Internal(format!("writing {}: {e}", path.display())))?;
    if out.force {
        crate::write::overwrite(path, &bytes)?;
    } else if !crate::write::create_new(path, &bytes)? {
        return Err(Error::OutExists(path.clone()));
    }
    Ok(report::commands::TemplateReport {
        path: path.display().to_string(),
        region: region.slug,
        year,
        schools: data.schools().len(),
    })
}

/// Where the leavers went: one region named gives its exact figures for
/// its own use; more (or all) protect small numbers.
pub(crate) fn uitstroom(
    c: &Checked,
    named: &[&'static Region],
    year: Option<&str>,
) -> report::uitstroom::UitstroomReport {
    let regions: Vec<&RegionData> = c.data.regions.iter().collect();
    // All regions (even where one has data) leave the region.
    let audience = if named.len() == 1 {
        report::uitstroom::Audience::Region
    } else {
        report::uitstroom::Audience::National
    };
    report::uitstroom::compute(&regions, year, audience)
}
