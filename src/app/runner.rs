//! What every command shares on the command line: where the data is, a
//! report shown on standard output or written as a document, and the check
//! gate that prints the findings and stops on errors.

use super::cwd;
use crate::check;
use crate::config::{Config, NormOverrides, OutFile};
use crate::diag::Diagnostic;
use crate::error::Error;
use crate::i18n::t;
use crate::load;
use crate::model::{Dataset, FileKind};
use crate::output::{eprint, print};
use crate::registry::Region;
use crate::render::{self, Format, Options, Render, diagnostics};
use crate::report::{self, caseload::Norms};
use crate::usecases::{self, Workspace};
use std::path::PathBuf;

pub(super) struct Run<'a> {
    pub(super) config: &'a Config,
}

impl Run<'_> {
    /// The report on standard output, also where `--out` names another
    /// file than the report (a template).
    pub(super) fn print_report<R: Render>(&self, report: &R) -> Result<(), Error> {
        let opts = Options {
            tty: self.config.stdout_tty,
        };
        print(&render::render(report, self.config.format, opts))
    }

    pub(super) fn show<R: Render>(&self, report: &R) -> Result<(), Error> {
        match &self.config.out {
            Some(out) => self.write_document(report, out),
            None => self.print_report(report),
        }
    }

    /// `--out FILE`: the report as a document (`out.rs`).
    pub(super) fn write_document<R: Render>(&self, report: &R, out: &OutFile) -> Result<(), Error> {
        let path = crate::out::write(report, out, self.root().ok().as_deref(), self.config.today)?;
        print(&format!(
            "{}\n",
            t!("out-written", path = path.display().to_string())
        ))
    }

    pub(super) fn root(&self) -> Result<PathBuf, Error> {
        load::find_root(self.config.root.as_deref(), &cwd())
    }

    /// Shows what the check found (stderr) and stops on errors, as
    /// `check` would; warnings are summed up and the work goes on.
    pub(super) fn gate<T>(&self, c: usecases::Checked<T>) -> Result<usecases::Checked<T>, Error> {
        if !c.missing().is_empty() {
            // A symlink or file in the region's place has a diagnostic that says so.
            self.eprint_diags(&c.data, &c.data.diagnostics);
            c.gate()?;
        }
        self.eprint_diags(&c.data, &c.diagnostics);
        c.gate()?;
        let counts = c.counts();
        if counts.warnings + counts.hints > 0 {
            eprint(&diagnostics::summary(counts, c.data.regions.len()));
        }
        Ok(c)
    }

    /// One region, whole, loaded and checked (stopping on errors).
    pub(super) fn region(
        &self,
        ws: Workspace,
        region: &'static Region,
    ) -> Result<(Workspace, usecases::Checked), Error> {
        let c = self.gate(ws.checked(&[region], &FileKind::REGION)?)?;
        Ok((ws, c))
    }

    pub(super) fn check(
        &self,
        ws: &Workspace,
        regions: &[&'static Region],
        deny_warnings: bool,
        skip: &[&'static check::Rule],
    ) -> Result<(), Error> {
        let c = ws.check(regions, skip)?;
        if !c.missing().is_empty() {
            self.eprint_diags(&c.data, &c.data.diagnostics);
            c.gate()?;
        }
        let (data, diags) = (&c.data, &c.diagnostics);
        let counts = c.counts();
        match (&self.config.out, self.config.format) {
            (Some(out), _) => {
                self.write_document(&report::check::compute(data, diags), out)?;
            }
            (None, Format::Table) => self.eprint_diags(data, diags),
            (None, _) => self.print_report(&report::check::compute(data, diags))?,
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
    pub(super) fn regions(&self) -> Result<(), Error> {
        let with_data = match self.root() {
            Ok(root) => load::region_folders(&root),
            Err(Error::NoRoot { .. }) => Vec::new(),
            Err(e) => return Err(e),
        };
        self.show(&report::regions::compute(&with_data))
    }

    /// `--schools N` needs no data; a vsopro.toml nearby still sets the norms.
    pub(super) fn vacancy_norms(&self, o: NormOverrides) -> Result<Norms, Error> {
        match self.root() {
            Ok(root) => {
                let c = self.gate(Workspace::new(&root, self.config.today).settings()?)?;
                Ok(usecases::norms(&c.data, o))
            }
            Err(Error::NoRoot { .. }) => Ok(usecases::norms(&Dataset::default(), o)),
            Err(e) => Err(e),
        }
    }

    pub(super) fn eprint_diags(&self, data: &Dataset, diags: &[Diagnostic]) {
        eprint(&diagnostics::human(
            diags,
            &data.sources,
            self.config.stderr_color,
        ));
    }
}
