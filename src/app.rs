//! Runs one command: find the data, load, check, report, and choose the exit code.

use crate::check;
use crate::config::{Command, Config};
use crate::diag::{self, Diagnostic};
use crate::load::{self, Dataset};
use crate::registry::{self, Region};
use crate::render::{self, Format, Options, diagnostics};
use crate::report;
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
    let data = match load_data(config, names) {
        Ok(d) => d,
        Err(exit) => return exit,
    };
    let diags = check::run(&data, config.today);
    let counts = diag::count(&diags);
    match config.format {
        Format::Table => {
            eprint_diags(config, &data, &diags);
            eprint(&diagnostics::summary(counts, data.regions.len()));
        }
        format => print(&render::render(
            &report::check::compute(&data, &diags),
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
fn load_data(config: &Config, names: &[String]) -> Result<Dataset, Exit> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let root = load::find_root(config.root.as_deref(), &cwd).map_err(|e| {
        eprint(&format!("error: {e}\n"));
        Exit::Failure
    })?;
    let only = if names.is_empty() {
        None
    } else {
        Some(resolve_regions(names)?)
    };
    load::load(&root, only.as_deref()).map_err(|e| {
        eprint(&format!("error: {e}\n"));
        Exit::Failure
    })
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
