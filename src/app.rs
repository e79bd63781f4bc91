//! Runs one command: a dispatcher of a few lines per command. Finding the
//! root, loading and the check gate are shared here; history, DUO import,
//! init, schemas and the site each live in their own module.

use crate::check;
use crate::config::{Command, Config, NormOverrides, OutFile};
use crate::diag::Diagnostic;
use crate::edit::Writer;
use crate::error::Error;
use crate::i18n::t;
use crate::model::{Dataset, FileKind};
use crate::output::{eprint, print};
use crate::registry::Region;
use crate::render::{self, Format, Options, Render, diagnostics};
use crate::report::{self, caseload::Norms};
use crate::usecases::{self, Workspace};
use crate::{history, import, init, load, schema, site};
use std::path::PathBuf;

pub(crate) fn run(config: &Config) -> Result<(), Error> {
    let run = Run { config };
    // A document that cannot be written is said before any work is done.
    if let Some(out) = &config.out {
        crate::out::target(out, run.root().ok().as_deref())?;
    }
    let today = config.today;
    let ws = || Ok::<_, Error>(Workspace::new(&run.root()?, today));
    match &config.command {
        Command::Print(text) => print(text),
        Command::Check { list: true, .. } => run.show(&report::codes::compute()),
        Command::Check {
            regions,
            deny_warnings,
            skip,
            ..
        } => run.check(&ws()?, regions, *deny_warnings, skip),
        Command::Codeowners { force } => {
            let ws = ws()?;
            // A writer of the data root like any other: under its lock.
            let _writer = Writer::open(&ws.root, false)?;
            let c = run.gate(ws.checked(&[], &[])?)?;
            run.show(&crate::codeowners::write(&c.data, *force)?)
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
            let c = run.gate(usecases::caseload_parts(&ws()?, regions, *overrides)?)?;
            run.show(&usecases::caseload(c, *overrides)?)
        }
        Command::Foto { region } => {
            let ws = ws()?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            run.show(&usecases::foto(&ws, &c)?)
        }
        Command::Themes {
            regions,
            theme: Some(t),
        } => {
            let c = run.gate(usecases::theme_actions(&ws()?, regions, t)?)?;
            run.show(&usecases::theme(t, c)?)
        }
        Command::Themes {
            regions,
            theme: None,
        } => {
            let c = run.gate(usecases::theme_rows(&ws()?, regions)?)?;
            run.show(&usecases::themes(c)?)
        }
        Command::Staffing { overrides } => {
            let c = run.gate(usecases::caseload_parts(&ws()?, &[], *overrides)?)?;
            run.show(&usecases::staffing(c, *overrides)?)
        }
        Command::Jaarplan {
            region,
            history: false,
            ..
        } => {
            let ws = ws()?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            run.show(&usecases::jaarplan(&ws, &c)?)
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
            let ws = ws()?;
            // The lock first: the plan is read, approved and committed
            // with no other writer in between.
            let writer = Writer::open(&ws.root, true)?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            let date = date.unwrap_or(today);
            run.show(&crate::approve::approve(
                &writer,
                c.region()?,
                by,
                date,
                *tag,
                today,
            )?)
        }
        Command::Uitstroom { regions, year } => {
            let ws = ws()?;
            let c = run.gate(usecases::outcomes(&ws, regions)?)?;
            run.show(&usecases::uitstroom(&c, regions, year.as_deref()))
        }
        Command::UitstroomTemplate { region, year } => {
            let out = config.out.as_ref().ok_or(Error::TemplateNeedsOut)?;
            let ws = ws()?;
            let c = run.gate(usecases::outcomes(&ws, &[region])?)?;
            let report = usecases::outcome_template(&c, region, year.as_deref(), out, today)?;
            run.print_report(&report)
        }
        Command::Voortgang { region, since } => {
            let ws = ws()?;
            let c = run.gate(ws.checked(&[region], &FileKind::REGION)?)?;
            run.show(&usecases::voortgang(&ws, &c, *since)?)
        }
        Command::Serve(opts) => crate::serve::serve(&run.root()?, opts),
        Command::Hub(opts) => crate::hub::run(opts),
        Command::HubUser {
            state,
            public_url,
            command,
        } => {
            let base = public_url
                .clone()
                .unwrap_or_else(|| "http://127.0.0.1:8050".into());
            run.show(&crate::hub::users::user(state, &base, command)?)
        }
        Command::HubAudit { state } => run.show(&crate::hub::users::audit(state)?),
        Command::HubBackup { state, file } => run.show(&crate::hub::users::backup(state, file)?),
        Command::Init { region } => {
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            run.show(&init::init(&root, region, today)?)
        }
        Command::Sync { message } => {
            let root = load::root_for_writing(config.root.as_deref(), &cwd());
            let (report, failed) =
                crate::sync::sync(&root, message.as_deref(), today, &ask_message)?;
            run.show(&report)?;
            match failed {
                Some(e) => Err(e),
                None => Ok(()),
            }
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
                true => Some(Writer::open(&root, true)?),
                false => None,
            };
            let c = run.gate(usecases::import_target(&root, today, regions)?)?;
            run.show(&import::duo(
                &c.data,
                files,
                regions,
                writer.as_ref(),
                today,
            )?)
        }
        Command::ImportUitstroom {
            file,
            region,
            write,
        } => {
            let root = run.root()?;
            let writer = match write {
                true => Some(Writer::open(&root, true)?),
                false => None,
            };
            let sheet = import::uitstroom::read::read(file)?;
            let region = import::uitstroom::region(&sheet, *region, file)?;
            let c = run.gate(usecases::import_target(&root, today, &[region])?)?;
            run.show(&import::uitstroom::import(
                &c.data,
                region,
                file,
                &sheet,
                &root,
                writer.as_ref(),
                today,
            )?)
        }
        Command::Site { out, force } => {
            let ws = ws()?;
            let (build, parts) = usecases::site(&ws)?;
            let files = usecases::site_files(&build, run.gate(parts)?)?;
            site::write(&ws.root, out, &files, *force)?;
            run.show(&report::commands::SiteReport::new(out, files.len()))
        }
    }
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

struct Run<'a> {
    config: &'a Config,
}

impl Run<'_> {
    /// The report on standard output, also where `--out` names another
    /// file than the report (a template).
    fn print_report<R: Render>(&self, report: &R) -> Result<(), Error> {
        let opts = Options {
            tty: self.config.stdout_tty,
        };
        print(&render::render(report, self.config.format, opts))
    }

    fn show<R: Render>(&self, report: &R) -> Result<(), Error> {
        if let Some(out) = &self.config.out {
            return self.write_document(report, out);
        }
        let opts = Options {
            tty: self.config.stdout_tty,
        };
        print(&render::render(report, self.config.format, opts))
    }

    /// `--out FILE`: the report as a document (`out.rs`).
    fn write_document<R: Render>(&self, report: &R, out: &OutFile) -> Result<(), Error> {
        let path = crate::out::write(report, out, self.root().ok().as_deref(), self.config.today)?;
        print(&format!(
            "{}\n",
            t!("out-written", path = path.display().to_string())
        ))
    }

    fn root(&self) -> Result<PathBuf, Error> {
        load::find_root(self.config.root.as_deref(), &cwd())
    }

    /// Shows what the check found (stderr) and stops on errors, as
    /// `check` would; warnings are summed up and the work goes on.
    fn gate<T>(&self, c: usecases::Checked<T>) -> Result<usecases::Checked<T>, Error> {
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

    fn check(
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
            (None, format) => print(&render::render(
                &report::check::compute(data, diags),
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
                let c = self.gate(Workspace::new(&root, self.config.today).settings()?)?;
                Ok(usecases::norms(&c.data, o))
            }
            Err(Error::NoRoot { .. }) => Ok(usecases::norms(&Dataset::default(), o)),
            Err(e) => Err(e),
        }
    }

    fn eprint_diags(&self, data: &Dataset, diags: &[Diagnostic]) {
        eprint(&diagnostics::human(
            diags,
            &data.sources,
            self.config.stderr_color,
        ));
    }
}

/// A message for the commit of hand changes, asked on a terminal (none
/// where nobody can answer).
fn ask_message(count: usize) -> Option<String> {
    use std::io::{BufRead, IsTerminal};
    if !std::io::stdin().is_terminal() {
        return None;
    }
    eprint(&format!(
        "{} ",
        crate::i18n::t!("sync-ask-message", count = count)
    ));
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).ok()?;
    Some(line.trim().to_string()).filter(|l| !l.is_empty())
}
