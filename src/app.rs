//! Runs one command: find the data, load, check, report, and choose the exit code.

use crate::check;
use crate::config::{Command, Config, NormOverrides};
use crate::diag::{self, Diagnostic};
use crate::git;
use crate::load::{self, Dataset};
use crate::model::CaseloadSettings;
use crate::registry::{self, Region};
use crate::render::{self, Format, Options, Render, diagnostics};
use crate::report;
use crate::report::caseload::Norms;
use crate::suggest;
use crate::write;
use std::io::Write;
use std::path::PathBuf;

/// Process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// No errors (warnings allowed).
    Ok = 0,
    /// The data has errors, or an argument names no region.
    DataErrors = 1,
    /// Usage or I/O failure.
    Failure = 2,
}

pub fn run(config: &Config) -> Exit {
    match &config.command {
        Command::Regions => regions(config),
        Command::Check { list: true, .. } => {
            print(&render::render(
                &report::codes::compute(),
                config.format,
                opts(config),
            ));
            Exit::Ok
        }
        Command::Check {
            regions,
            deny_warnings,
            ..
        } => check(config, regions, *deny_warnings),
        Command::Caseload {
            schools: Some(n),
            overrides,
            ..
        } => vacancy(config, *n, *overrides),
        Command::Caseload {
            regions, overrides, ..
        } => caseload(config, regions, *overrides),
        Command::Foto { region } => foto(config, region),
        Command::Themes { regions, theme } => themes(config, regions, theme.as_deref()),
        Command::Staffing { overrides } => staffing(config, *overrides),
        Command::Init { region } => init(config, region),
        Command::Site { out, force } => site(config, out, *force),
        Command::Schema { kind, out } => schema(kind.as_deref(), out.as_deref()),
        Command::ImportDuo { csv, region, write } => import_duo(config, csv, region, *write),
        Command::Print(text) => {
            print(text);
            Exit::Ok
        }
        Command::Jaarplan {
            region,
            history: false,
            ..
        } => jaarplan(config, region),
        Command::Jaarplan {
            region,
            newest_first,
            ..
        } => jaarplan_history(config, region, *newest_first),
    }
}

fn norms(data: &Dataset, o: NormOverrides) -> Norms {
    norms_from(&data.settings.caseload, o)
}

/// vsopro.toml's norms (or the defaults), overridden by the command line.
fn norms_from(settings: &CaseloadSettings, o: NormOverrides) -> Norms {
    let base = Norms::from_settings(settings);
    Norms {
        minutes_per_school: o.minutes_per_school.unwrap_or(base.minutes_per_school),
        hours_per_week: o.hours_per_week.unwrap_or(base.hours_per_week),
    }
}

fn show<R: Render>(config: &Config, report: &R) -> Exit {
    print(&render::render(report, config.format, opts(config)));
    Exit::Ok
}

/// `--schools N` needs no data; a vsopro.toml nearby still sets the norms.
fn vacancy(config: &Config, schools: u64, o: NormOverrides) -> Exit {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let base = match load::find_root(config.root.as_deref(), &cwd) {
        Ok(root) => match load::load(&root, Some(&[])) {
            Ok(data) => {
                if let Err(exit) = gate(config, &data) {
                    return exit;
                }
                norms(&data, o)
            }
            Err(e) => {
                eprint(&format!("error: {e}\n"));
                return Exit::Failure;
            }
        },
        // Outside a data folder: the defaults.
        Err(_) => norms_from(&CaseloadSettings::default(), o),
    };
    show(config, &report::caseload::vacancy(schools, base))
}

fn caseload(config: &Config, names: &[String], o: NormOverrides) -> Exit {
    match checked(config, names) {
        Ok(data) => show(config, &report::caseload::compute(data, norms(data, o))),
        Err(exit) => exit,
    }
}

fn foto(config: &Config, name: &str) -> Exit {
    match checked(config, std::slice::from_ref(&name.to_string())) {
        Ok(data) => {
            let region = &data.regions[0];
            let norms = norms(data, NormOverrides::default());
            show(config, &report::foto::compute(region, norms, config.today))
        }
        Err(exit) => exit,
    }
}

fn themes(config: &Config, names: &[String], theme: Option<&str>) -> Exit {
    let theme = match theme.map(|id| (id, registry::theme(id))) {
        Some((id, None)) => {
            let ids = registry::THEMES.iter().map(|t| t.id);
            let help = suggest::did_you_mean(id, ids.clone())
                .map(|d| format!("{d} "))
                .unwrap_or_default();
            let all: Vec<&str> = ids.collect();
            eprint(&format!(
                "error: `{id}` is not an ontwikkelthema\n  = help: {help}the themes are {}\n",
                suggest::one_of(&all)
            ));
            return Exit::DataErrors;
        }
        Some((_, Some(t))) => Some(t),
        None => None,
    };
    match checked(config, names) {
        Ok(data) => match theme {
            Some(t) => show(config, &report::themes::for_theme(data, t)),
            None => show(config, &report::themes::compute(data)),
        },
        Err(exit) => exit,
    }
}

fn staffing(config: &Config, o: NormOverrides) -> Exit {
    match checked(config, &[]) {
        Ok(data) => show(config, &report::staffing::compute(data, norms(data, o))),
        Err(exit) => exit,
    }
}

fn jaarplan(config: &Config, name: &str) -> Exit {
    let data = match checked(config, std::slice::from_ref(&name.to_string())) {
        Ok(d) => d,
        Err(exit) => return exit,
    };
    let region = &data.regions[0];
    match report::jaarplan::compute(region, config.today) {
        Some(r) => show(config, &r),
        None => {
            eprint(&format!(
                "error: {} has no readable jaarplan: {} is missing\n  = help: docs/format.md describes jaarplan.toml\n",
                region.info.name, region.jaarplan.path
            ));
            Exit::DataErrors
        }
    }
}

/// The git audit trail of a region's jaarplan. Needs no valid current data:
/// old versions are read from git, each parsed on its own.
fn jaarplan_history(config: &Config, name: &str, newest_first: bool) -> Exit {
    let info = match resolve_regions(std::slice::from_ref(&name.to_string())) {
        Ok(list) => list[0],
        Err(exit) => return exit,
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let root = match load::find_root(config.root.as_deref(), &cwd) {
        Ok(r) => r,
        Err(e) => {
            eprint(&format!("error: {e}\n"));
            return Exit::Failure;
        }
    };
    let rel = format!("{}/{}/jaarplan.toml", load::REGIONS_DIR, info.slug);
    let fail = |e: git::GitError| {
        eprint(&format!("error: {e}\n"));
        Exit::DataErrors
    };
    let git::History { commits, shallow } = match git::file_history(&root, &rel) {
        Ok(h) => h,
        Err(e) => return fail(e),
    };
    let specs: Vec<(String, String)> = commits
        .iter()
        .filter(|c| !c.deleted)
        .map(|c| (c.hash.clone(), c.path.clone()))
        .collect();
    let mut blobs = match git::read_files(&root, &specs) {
        Ok(b) => b.into_iter(),
        Err(e) => return fail(e),
    };
    let mut versions: Vec<(git::Commit, report::history::Version)> = commits
        .into_iter()
        .map(|c| {
            let version = if c.deleted {
                report::history::Version::Deleted
            } else {
                parse_version(&c.path, blobs.next().flatten())
            };
            (c, version)
        })
        .collect();
    versions.reverse();
    let mut entries = report::history::entries(versions);
    if newest_first {
        entries.reverse();
    }
    show(
        config,
        &report::history::HistoryReport {
            code: info.code,
            region: info.name,
            file: rel,
            newest_first,
            shallow,
            entries,
        },
    )
}

fn parse_version(path: &str, bytes: Option<Vec<u8>>) -> report::history::Version {
    use report::history::{Version, broken};
    let Some(bytes) = bytes else {
        return Version::Broken("not found in git".into());
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Version::Broken("not UTF-8 text".into());
    };
    let file = crate::source::SourceFile::new(path.to_string(), text);
    let mut diags = Vec::new();
    let parsed = crate::parse::parse::<crate::model::JaarplanFile>(&file, &mut diags);
    match parsed.value {
        Some(plan) if diags.is_empty() => Version::Plan(Box::new(plan)),
        _ => Version::Broken(broken(&diags, |d| {
            d.span.as_ref().map(|s| file.line_col(s.start).line)
        })),
    }
}

fn site(config: &Config, out: &std::path::Path, force: bool) -> Exit {
    let data = match checked(config, &[]) {
        Ok(d) => d,
        Err(exit) => return exit,
    };
    let files = match crate::site::build(data, norms(data, NormOverrides::default()), config.today)
    {
        Ok(f) => f,
        Err(e) => {
            eprint(&format!("error: rendering the site failed: {e}\n"));
            return Exit::Failure;
        }
    };
    match crate::site::write(out, &files, force) {
        Ok(()) => {
            print(&format!(
                "Wrote {} files to {}; open {}\n",
                files.len(),
                out.display(),
                out.join("index.html").display()
            ));
            Exit::Ok
        }
        Err(e @ crate::site::SiteError::NotEmpty(_)) => {
            eprint(&format!("error: {e}\n"));
            Exit::DataErrors
        }
        Err(e) => {
            eprint(&format!("error: {e}\n"));
            Exit::Failure
        }
    }
}

/// The data root for commands that create data: `--root`, else the nearest
/// existing one, else the working directory.
fn root_for_writing(config: &Config) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    match &config.root {
        Some(r) => r.clone(),
        None => load::find_root(None, &cwd).unwrap_or(cwd),
    }
}

fn init(config: &Config, name: &str) -> Exit {
    let region = match resolve_regions(std::slice::from_ref(&name.to_string())) {
        Ok(list) => list[0],
        Err(exit) => return exit,
    };
    let root = root_for_writing(config);
    match crate::init::init(&root, region, config.today) {
        Ok(created) => {
            let rel =
                |p: &std::path::Path| p.strip_prefix(&root).unwrap_or(p).display().to_string();
            let mut out = format!(
                "Created {}/{}/ for {} ({}):\n",
                load::REGIONS_DIR,
                region.slug,
                region.name,
                region.code
            );
            for f in &created.region_files {
                out.push_str(&format!("  {}\n", rel(f)));
            }
            if !created.schema_files.is_empty() {
                out.push_str(&format!(
                    "and the editor schemas in {}/ (see the README: editor set-up).\n",
                    crate::init::SCHEMA_DIR
                ));
            }
            out.push_str(&format!(
                "Next: fill in the files, then run `vsopro check {}`.\n",
                region.slug
            ));
            print(&out);
            Exit::Ok
        }
        Err(write::WriteError::Exists(_)) => {
            eprint(&format!(
                "error: {}/{}/ already exists; `vsopro init` changes nothing\n  = help: edit the files in it, or run `vsopro check {}`\n",
                load::REGIONS_DIR,
                region.slug,
                region.slug
            ));
            Exit::DataErrors
        }
        Err(e) => {
            eprint(&format!("error: {e}\n"));
            Exit::Failure
        }
    }
}

fn schema(kind: Option<&str>, out: Option<&std::path::Path>) -> Exit {
    use crate::schema::{FileKind, schema_text};
    let kinds: Vec<FileKind> = match kind {
        None => FileKind::ALL.to_vec(),
        Some(k) => match FileKind::from_name(k) {
            Some(kind) => vec![kind],
            None => {
                let names: Vec<&str> = FileKind::ALL.iter().map(|k| k.name()).collect();
                let help = suggest::did_you_mean(k, names.iter().copied())
                    .map(|d| format!("{d} "))
                    .unwrap_or_default();
                eprint(&format!(
                    "error: `{k}` is not a file kind\n  = help: {help}the kinds are {}\n",
                    suggest::one_of(&names)
                ));
                return Exit::Failure;
            }
        },
    };
    match out {
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprint(&format!("error: cannot create {}: {e}\n", dir.display()));
                return Exit::Failure;
            }
            for k in kinds {
                let path = dir.join(k.schema_file());
                let text = schema_text(k);
                let result = match std::fs::read(&path) {
                    Ok(old) if old == text.as_bytes() => Ok(()),
                    Ok(old) => write::replace(&path, &old, text.as_bytes()),
                    Err(_) => write::create_new(&path, text.as_bytes()),
                };
                if let Err(e) = result {
                    eprint(&format!("error: {e}\n"));
                    return Exit::Failure;
                }
                eprint(&format!("wrote {}\n", path.display()));
            }
            Exit::Ok
        }
        None if kinds.len() == 1 => {
            print(&schema_text(kinds[0]));
            Exit::Ok
        }
        None => {
            let all: serde_json::Map<String, serde_json::Value> = kinds
                .iter()
                .map(|k| (k.name().to_string(), k.schema()))
                .collect();
            print(&(serde_json::to_string_pretty(&all).expect("schemas serialize") + "\n"));
            Exit::Ok
        }
    }
}

fn import_duo(config: &Config, csv_path: &std::path::Path, name: &str, write_it: bool) -> Exit {
    use crate::import;
    let data = match resolve_regions(std::slice::from_ref(&name.to_string()))
        .and_then(|only| load_data(config, Some(&only)))
    {
        Ok(d) => d,
        Err(exit) => return exit,
    };
    let Some(region) = data.regions.first() else {
        let info = registry::find_region(name).expect("resolved above");
        eprint(&format!(
            "error: no data for {}: {}/{}/ does not exist\n  = help: start it with `vsopro init {}`\n",
            info.name,
            load::REGIONS_DIR,
            info.slug,
            info.slug
        ));
        return Exit::DataErrors;
    };
    let Some(region_file) = &region.region.value else {
        let diags = check::run(&data, config.today);
        eprint_diags(config, &data, &diags);
        eprint("error: region.toml must be valid to know the region's municipalities\n");
        return Exit::DataErrors;
    };
    let municipalities: Vec<String> = region_file
        .municipalities
        .iter()
        .map(|m| m.get_ref().clone())
        .collect();
    if municipalities.is_empty() {
        eprint(&format!(
            "error: {} lists no municipalities, so no DUO row can be matched\n  = help: add `municipalities = [\"...\"]` to {}\n",
            region.region.path, region.region.path
        ));
        return Exit::DataErrors;
    }
    let bytes = match std::fs::read(csv_path) {
        Ok(b) => b,
        Err(e) => {
            eprint(&format!("error: cannot read {}: {e}\n", csv_path.display()));
            return Exit::Failure;
        }
    };
    let rows = match import::parse(&import::decode(&bytes)) {
        Ok(r) => r,
        Err(e) => {
            eprint(&format!(
                "error: {}: {e}\n  = help: nothing was changed\n",
                csv_path.display()
            ));
            return Exit::DataErrors;
        }
    };
    if region.schools.status == load::FileStatus::Broken {
        let diags = check::run(&data, config.today);
        eprint_diags(config, &data, &diags);
        eprint("error: fix schools.toml first; nothing was changed\n");
        return Exit::DataErrors;
    }
    let existing = region
        .schools
        .value
        .as_ref()
        .map(|f| f.schools.as_slice())
        .unwrap_or_default();
    let mut report = import::ImportReport {
        code: region.info.code,
        region: region.info.name,
        file: region.schools.path.clone(),
        pro_rows: rows.len() as u64,
        municipalities: municipalities.clone(),
        schools: import::propose(&rows, &municipalities, existing),
        written: false,
    };
    let new: Vec<&import::Proposal> = report.new_schools().collect();
    if write_it && !new.is_empty() {
        let path = data.root.join(&region.schools.path);
        let old = data
            .sources
            .get(&region.schools.path)
            .map(|s| s.text.clone());
        let text = match import::add_to_schools(old.as_deref().unwrap_or(""), &new) {
            Ok(t) => t,
            Err(e) => {
                eprint(&format!("error: {}: {e}\n", region.schools.path));
                return Exit::DataErrors;
            }
        };
        let result = match &old {
            Some(old) => write::replace(&path, old.as_bytes(), text.as_bytes()),
            None => write::create_new(&path, text.as_bytes()),
        };
        if let Err(e) = result {
            eprint(&format!("error: {e}\n"));
            return Exit::Failure;
        }
        report.written = true;
    }
    show(config, &report)
}

/// Loads the data for a report and runs the checks. Errors are printed as
/// `check` prints them and stop the report (exit 1); warnings go to stderr.
/// Named regions must have a folder.
fn checked(config: &Config, names: &[String]) -> Result<&'static Dataset, Exit> {
    let wanted = selection(names)?;
    let data = load_data(config, wanted.as_deref())?;
    if let Some(wanted) = &wanted {
        let absent: Vec<_> = wanted
            .iter()
            .filter(|w| !data.regions.iter().any(|r| r.info.code == w.code))
            .collect();
        for r in &absent {
            eprint(&format!(
                "error: no data for {} ({}): {}/{}/ does not exist\n  = help: create the folder with the five region files (docs/format.md); `vsopro regions` shows which regions have data\n",
                r.name,
                r.code,
                load::REGIONS_DIR,
                r.slug
            ));
        }
        if !absent.is_empty() {
            return Err(Exit::DataErrors);
        }
    }
    gate(config, &data)?;
    Ok(leak(data))
}

/// The data lives until the process ends: freeing tens of thousands of
/// small allocations just before exit would only cost time (5% of a check).
fn leak(data: Dataset) -> &'static Dataset {
    Box::leak(Box::new(data))
}

/// Runs the checks: errors stop the run, warnings are shown on stderr.
fn gate(config: &Config, data: &Dataset) -> Result<(), Exit> {
    let diags = check::run(data, config.today);
    let counts = diag::count(&diags);
    if !diags.is_empty() {
        eprint_diags(config, data, &diags);
        eprint(&diagnostics::summary(counts, data.regions.len()));
    }
    if counts.errors > 0 {
        Err(Exit::DataErrors)
    } else {
        Ok(())
    }
}

fn opts(config: &Config) -> Options {
    Options { tty: config.tty }
}

fn regions(config: &Config) -> Exit {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    // The list is useful outside a data folder too, just without the data column.
    let root = load::find_root(config.root.as_deref(), &cwd).ok();
    print(&render::render(
        &report::regions::compute(root.as_deref()),
        config.format,
        opts(config),
    ));
    Exit::Ok
}

fn check(config: &Config, names: &[String], deny_warnings: bool) -> Exit {
    let data = match selection(names).and_then(|only| load_data(config, only.as_deref())) {
        Ok(d) => leak(d),
        Err(exit) => return exit,
    };
    let diags = check::run(data, config.today);
    let counts = diag::count(&diags);
    match config.format {
        Format::Table => {
            eprint_diags(config, data, &diags);
            eprint(&diagnostics::summary(counts, data.regions.len()));
        }
        format => print(&render::render(
            &report::check::compute(data, &diags),
            format,
            opts(config),
        )),
    }
    if counts.errors > 0 || (deny_warnings && counts.warnings > 0) {
        Exit::DataErrors
    } else {
        Exit::Ok
    }
}

/// Finds the root, resolves region arguments and loads them.
fn load_data(config: &Config, only: Option<&[&'static Region]>) -> Result<Dataset, Exit> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let root = load::find_root(config.root.as_deref(), &cwd).map_err(|e| {
        eprint(&format!("error: {e}\n"));
        Exit::Failure
    })?;
    load::load(&root, only).map_err(|e| {
        eprint(&format!("error: {e}\n"));
        Exit::Failure
    })
}

/// All regions for no names, else the named ones (an unknown name is an error).
fn selection(names: &[String]) -> Result<Option<Vec<&'static Region>>, Exit> {
    if names.is_empty() {
        Ok(None)
    } else {
        resolve_regions(names).map(Some)
    }
}

/// REGION arguments: slug, code, official name or alias. Anything that could
/// be a path is refused, so no argument can point outside `regions/`.
pub fn resolve_regions(names: &[String]) -> Result<Vec<&'static Region>, Exit> {
    let mut found = Vec::new();
    let mut failed = false;
    for name in names {
        if name.contains(['/', '\\']) && registry::find_region(name).is_none()
            || name.contains("..")
        {
            eprint(&format!(
                "error: `{name}` is a path, not a region\n  = help: name a region by its slug or name, e.g. `gooi-en-vechtstreek`\n"
            ));
            failed = true;
            continue;
        }
        match registry::find_region(name) {
            Some(r) => {
                if !found.iter().any(|f: &&Region| f.code == r.code) {
                    found.push(r);
                }
            }
            None => {
                let help = registry::suggest(name)
                    .map(|r| format!("did you mean `{}` ({})?", r.slug, r.name))
                    .unwrap_or_else(|| "`vsopro regions` lists the 35 official regions".into());
                eprint(&format!(
                    "error: `{name}` is not an official arbeidsmarktregio\n  = help: {help}\n"
                ));
                failed = true;
            }
        }
    }
    if failed {
        Err(Exit::DataErrors)
    } else {
        Ok(found)
    }
}

fn eprint_diags(config: &Config, data: &Dataset, diags: &[Diagnostic]) {
    eprint(&diagnostics::human(diags, &data.sources, config.color));
}

/// Writes to stdout; a closed pipe (`vsopro ... | head`) ends output quietly.
pub fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes()).and_then(|_| out.flush());
}

pub fn eprint(s: &str) {
    let _ = std::io::stderr().lock().write_all(s.as_bytes());
}
