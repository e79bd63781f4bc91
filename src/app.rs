//! Runs one command: a dispatcher of a few lines per command. Finding the
//! root, loading and the check gate are shared here; history, DUO import,
//! init, schemas and the site each live in their own module.

use crate::check;
use crate::config::{Command, Config, NormOverrides, OutFile};
use crate::diag::{self, Diagnostic};
use crate::error::Error;
use crate::i18n::t;
use crate::model::{Dataset, FileKind};
use crate::output::{eprint, print};
use crate::registry::Region;
use crate::render::{self, Format, Options, Render, diagnostics};
use crate::report::{self, caseload::Norms};
use crate::{history, import, init, load, schema, site};
use std::path::PathBuf;

pub(crate) fn run(config: &Config) -> Result<(), Error> {
    let run = Run { config };
    // A document that cannot be written is said before any work is done.
    if let Some(out) = &config.out {
        run.out_target(out)?;
    }
    let today = config.today;
    match &config.command {
        Command::Print(text) => print(text),
        Command::Check { list: true, .. } => run.show(&report::codes::compute()),
        Command::Check {
            regions,
            deny_warnings,
            skip,
            ..
        } => run.check(regions, *deny_warnings, skip),
        Command::Codeowners { force } => {
            // A writer of the data root like any other: under its lock.
            let _writer = crate::edit::Writer::open(&run.root()?, false)?;
            let data = run.checked(&[], &[])?;
            run.show(&crate::codeowners::write(&data, *force)?)
        }
        Command::Explain { code } => run.show(&report::explain::compute(*code)),
        Command::Regions => run.regions(),
        Command::Caseload {
            schools: Some(n),
            overrides,
            ..
        } => run.show(&report::caseload::vacancy(
            *n,
            run.vacancy_norms(*overrides)?,
        )),
        Command::Caseload {
            regions, overrides, ..
        } => {
            let (_, parts, norms) = run.caseload_parts(regions, *overrides)?;
            run.show(&report::caseload::from_parts(parts, norms))
        }
        Command::Foto { region } => {
            let data = run.checked(&[region], &FileKind::REGION)?;
            let norms = norms(&data, NormOverrides::default());
            run.show(&report::foto::compute(&data.regions[0], norms, today))
        }
        Command::Themes { regions, theme } => {
            // Each region's row (or its actions on the theme) is made
            // while the stream has the region: no region's files are kept.
            use report::themes;
            match theme {
                Some(t) => {
                    let (_, actions) = run.checked_each(regions, &[], |one| {
                        themes::theme_actions(&one.regions[0], t)
                    })?;
                    run.show(&themes::from_actions(t, actions.concat()))
                }
                None => {
                    let (_, rows) =
                        run.checked_each(regions, &[], |one| themes::region_row(&one.regions[0]))?;
                    run.show(&themes::from_rows(rows))
                }
            }
        }
        Command::Staffing { overrides } => {
            let (data, parts, norms) = run.caseload_parts(&[], *overrides)?;
            run.show(&report::staffing::compute(&data, &parts, norms))
        }
        Command::Jaarplan {
            region,
            history: false,
            ..
        } => {
            let data = run.checked(&[region], &FileKind::REGION)?;
            let r = &data.regions[0];
            let mut plan =
                report::jaarplan::compute(r, today).ok_or_else(|| Error::NoJaarplan {
                    region,
                    path: r.path(FileKind::Jaarplan).to_string(),
                })?;
            // In git the approval names the commit that recorded it.
            if let (Some(a), Some(current)) = (
                plan.approval.as_mut(),
                r.jaarplan().and_then(|p| p.approval.as_ref()),
            ) && a.status == crate::model::ApprovalStatus::Approved
                && let Some((commit, tags)) = history::approval_commit(&data.root, region, current)
            {
                a.commit = Some(commit);
                a.tag = tags.into_iter().find(|t| t.starts_with("jaarplan-"));
            }
            run.show(&plan)
        }
        Command::Jaarplan {
            region,
            newest_first,
            ..
        } => run.show(&history::trail(&run.root()?, region, *newest_first)?),
        Command::Approve {
            region,
            by,
            date,
            tag,
        } => {
            // The lock first: the plan is read, approved and committed
            // with no other writer in between.
            let writer = crate::edit::Writer::open(&run.root()?, true)?;
            let data = run.checked(&[region], &FileKind::REGION)?;
            let date = date.unwrap_or(today);
            let approved =
                crate::approve::approve(&writer, &data.regions[0], by, date, *tag, today)?;
            run.show(&approved)
        }
        Command::Voortgang { region, since } => {
            let data = run.checked(&[region], &FileKind::REGION)?;
            let r = &data.regions[0];
            let period = report::voortgang::period(r, today, *since);
            let changes = crate::progress::changes(&data.root, r, period.0, today)?;
            run.show(&report::voortgang::compute(r, today, period, changes))
        }
        Command::Serve(opts) => crate::serve::serve(&run.root()?, today, opts),
        Command::Init { region } => {
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            run.show(&init::init(&root, region, today)?)
        }
        Command::Schema { kind, out: None } => print(&schema::document(*kind)),
        Command::Schema {
            kind,
            out: Some(dir),
        } => run.show(&schema::write(*kind, dir)?),
        Command::ImportDuo {
            files,
            regions,
            write,
        } => {
            // Writing: the lock before the data is read, so that what is
            // added is computed from what the writer before us wrote.
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            let writer = match write {
                true => Some(crate::edit::Writer::open(&root, true)?),
                false => None,
            };
            let data = run.import_data(&root, regions)?;
            run.show(&import::duo(&data, files, regions, writer.as_ref(), today)?)
        }
        Command::Site { out, force } => {
            let failed =
                |e: minijinja::Error| Error::Internal(format!("rendering the site failed: {e}"));
            // Each region's page and its part of the national pages are
            // made while the stream has the region.
            let build = site::Build::new(today);
            let (data, parts) = run.checked_each(&[], &[], |one| build.region(one))?;
            let parts = parts
                .into_iter()
                .collect::<Result<_, _>>()
                .map_err(failed)?;
            let files = build.finish(&data, parts).map_err(failed)?;
            site::write(&data.root, out, &files, *force)?;
            run.show(&report::commands::SiteReport::new(out, files.len()))
        }
    }
}

/// vsopro.toml's norms (or the defaults), overridden by the command line.
fn norms(data: &Dataset, o: NormOverrides) -> Norms {
    let base = Norms::from_settings(&data.settings.caseload);
    Norms {
        minutes_per_school: o.minutes_per_school.unwrap_or(base.minutes_per_school),
        week_minutes: o.week_minutes.unwrap_or(base.week_minutes),
        unit: base.unit,
    }
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

struct Run<'a> {
    config: &'a Config,
}

impl Run<'_> {
    fn show<R: Render>(&self, report: &R) -> Result<(), Error> {
        if let Some(out) = &self.config.out {
            return self.write_document(report, out);
        }
        let opts = Options {
            tty: self.config.stdout_tty,
        };
        print(&render::render(report, self.config.format, opts))
    }

    /// The format of `--out FILE`, if FILE may be written: a known
    /// extension, not a folder, not inside regions/, not an existing file
    /// without `--force`.
    fn out_target(&self, out: &OutFile) -> Result<crate::render::document::DocKind, Error> {
        let path = &out.path;
        let kind = crate::render::document::DocKind::from_path(path)
            .ok_or_else(|| Error::OutFormat(path.clone()))?;
        let abs = |p: &std::path::Path| {
            let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
            p.canonicalize().unwrap_or(p)
        };
        let dir = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(parent) => abs(parent),
            None => abs(std::path::Path::new(".")),
        };
        let inside_regions = self
            .root()
            .ok()
            .is_some_and(|r| dir.starts_with(abs(&r.join(crate::model::REGIONS_DIR))));
        if inside_regions || path.is_dir() {
            return Err(Error::OutProtected(path.clone()));
        }
        if !out.force && std::fs::symlink_metadata(path).is_ok() {
            return Err(Error::OutExists(path.clone()));
        }
        Ok(kind)
    }

    /// `--out FILE`: the report as a document, written in one step; never
    /// over an existing file without `--force`, never inside regions/.
    fn write_document<R: Render>(&self, report: &R, out: &OutFile) -> Result<(), Error> {
        use crate::render::document;
        // The target was checked before any work (`run`); the write itself
        // still never replaces a file without --force.
        let path = &out.path;
        let kind =
            document::DocKind::from_path(path).ok_or_else(|| Error::OutFormat(path.clone()))?;
        let root = self.root().ok();
        let date = crate::i18n::date(self.config.today);
        let footer = match root.as_deref().and_then(crate::git::head) {
            Some((commit, false)) => t!("out-footer-commit", date = date, commit = commit),
            Some((commit, true)) => t!("out-footer-dirty", date = date, commit = commit),
            None => t!("out-footer", date = date),
        };
        let bytes =
            document::document(report, kind, &footer, self.config.today).map_err(|e| match e {
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
        print(&format!(
            "{}\n",
            t!("out-written", path = path.display().to_string())
        ))
    }

    fn root(&self) -> Result<PathBuf, Error> {
        load::find_root(self.config.root.as_deref(), &cwd())
    }

    /// Every region named on the command line has a folder.
    fn all_found(&self, data: &Dataset, regions: &[&'static Region]) -> Result<(), Error> {
        let absent: Vec<&'static Region> = regions
            .iter()
            .copied()
            .filter(|w| data.region(w.code).is_none())
            .collect();
        if !absent.is_empty() {
            // A symlink or file in the region's place has a diagnostic that says so.
            self.eprint_diags(data, &data.diagnostics);
            return Err(Error::NoData(absent));
        }
        Ok(())
    }

    /// Checked data for a report: the named regions (all for none), each
    /// loaded, checked and kept with only the files `keep` names beside its
    /// region.toml (`check::stream`), so that a national report holds its
    /// lean model, never the whole nation. Errors are shown as `check`
    /// shows them and stop the report; warnings go to stderr.
    fn checked(&self, regions: &[&'static Region], keep: &[FileKind]) -> Result<Dataset, Error> {
        Ok(self.checked_each(regions, keep, |_| ())?.0)
    }

    /// [`Run::checked`], and what `each` makes of every region while it is
    /// whole (alone in a data set with the settings): a national report's
    /// row of the region, or a site's page, so that the report keeps rows
    /// rather than files. In region order.
    fn checked_each<T: Send>(
        &self,
        regions: &[&'static Region],
        keep: &[FileKind],
        each: impl Fn(&Dataset) -> T + Sync,
    ) -> Result<(Dataset, Vec<T>), Error> {
        let only = (!regions.is_empty()).then_some(regions);
        let filter = check::Filter::default();
        // A report never reads a region with errors: the gate stops it.
        let streamed = check::stream_each(
            &self.root()?,
            only,
            self.config.today,
            &filter,
            keep,
            |one, diags| (diag::count(diags).errors == 0).then(|| each(one)),
        )?;
        self.all_found(&streamed.data, regions)?;
        self.gate(&streamed.data, &streamed.diagnostics)?;
        let made = streamed
            .each
            .into_iter()
            .map(|m| m.ok_or_else(|| Error::Internal("a region with errors passed".into())))
            .collect::<Result<_, _>>()?;
        Ok((streamed.data, made))
    }

    /// Each region's caseload part, made while the stream has the region
    /// (no region's files are kept but region.toml), and the norms.
    fn caseload_parts(
        &self,
        regions: &[&'static Region],
        overrides: NormOverrides,
    ) -> Result<(Dataset, Vec<report::caseload::RegionPart>, Norms), Error> {
        // The settings (and so the norms) are the same in every region's
        // data set as in the nation's.
        let (data, parts) = self.checked_each(regions, &[], |one| {
            report::caseload::region_part(&one.regions[0], norms(one, overrides))
        })?;
        let norms = norms(&data, overrides);
        Ok((data, parts, norms))
    }

    fn gate(&self, data: &Dataset, diags: &[Diagnostic]) -> Result<(), Error> {
        let counts = diag::count(diags);
        self.eprint_diags(data, diags);
        if counts.errors > 0 {
            return Err(Error::InvalidData {
                regions: data.regions.len(),
                counts,
                deny_warnings: false,
            });
        }
        if counts.warnings + counts.hints > 0 {
            eprint(&diagnostics::summary(counts, data.regions.len()));
        }
        Ok(())
    }

    fn check(
        &self,
        regions: &[&'static Region],
        deny_warnings: bool,
        skip: &[&'static check::Rule],
    ) -> Result<(), Error> {
        let filter = check::Filter {
            skip: skip.to_vec(),
        };
        // Region by region: the nation is never in memory at once.
        let only = (!regions.is_empty()).then_some(regions);
        let (data, diags) = check::stream(&self.root()?, only, self.config.today, &filter, &[])?;
        self.all_found(&data, regions)?;
        let counts = diag::count(&diags);
        match (&self.config.out, self.config.format) {
            (Some(out), _) => {
                self.write_document(&report::check::compute(&data, &diags), out)?;
            }
            (None, Format::Table) => self.eprint_diags(&data, &diags),
            (None, format) => print(&render::render(
                &report::check::compute(&data, &diags),
                format,
                Options {
                    tty: self.config.stdout_tty,
                },
            ))?,
        }
        if counts.errors > 0 || (deny_warnings && counts.warnings > 0) {
            return Err(Error::InvalidData {
                regions: data.regions.len(),
                counts,
                deny_warnings,
            });
        }
        if self.config.format == Format::Table && self.config.out.is_none() {
            eprint(&diagnostics::summary(counts, data.regions.len()));
        }
        Ok(())
    }

    /// The 35 regions; outside a data folder (and without `--root`) without the data column.
    fn regions(&self) -> Result<(), Error> {
        let with_data = match self.root() {
            Ok(root) => load::region_folders(&root),
            Err(Error::NoRoot { .. }) => Vec::new(),
            Err(e) => return Err(e),
        };
        self.show(&report::regions::compute(&with_data))
    }

    /// `--schools N` needs no data; a vsopro.toml nearby still sets the norms.
    fn vacancy_norms(&self, o: NormOverrides) -> Result<Norms, Error> {
        match self.root() {
            Ok(root) => {
                let data = load::load(&root, Some(&[]))?;
                self.gate(&data, &check::run(&data, self.config.today))?;
                Ok(norms(&data, o))
            }
            Err(Error::NoRoot { .. }) => Ok(norms(&Dataset::default(), o)),
            Err(e) => Err(e),
        }
    }

    /// The region to import into: its region.toml and schools.toml must be
    /// free of errors (other files may still be work in progress).
    /// The data an import writes into: the root (a new, empty one too) and
    /// the regions there, whose region.toml and schools.toml must be free
    /// of errors. Regions without a folder are fine: import makes them.
    fn import_data(
        &self,
        root: &std::path::Path,
        regions: &[&'static Region],
    ) -> Result<Dataset, Error> {
        let only = (!regions.is_empty()).then_some(regions);
        let data = load::load(root, only)?;
        let files: Vec<String> = data
            .regions
            .iter()
            .flat_map(|r| [r.path(FileKind::Region), r.path(FileKind::Schools)])
            .map(str::to_string)
            .collect();
        let diags: Vec<Diagnostic> = check::run(&data, self.config.today)
            .into_iter()
            .filter(|d| files.contains(&d.file))
            .collect();
        let counts = diag::count(&diags);
        if counts.errors > 0 {
            self.eprint_diags(&data, &diags);
            return Err(Error::InvalidData {
                regions: data.regions.len(),
                counts,
                deny_warnings: false,
            });
        }
        Ok(data)
    }

    fn eprint_diags(&self, data: &Dataset, diags: &[Diagnostic]) {
        eprint(&diagnostics::human(
            diags,
            &data.sources,
            self.config.stderr_color,
        ));
    }
}
