//! The one error type of a run. Each kind of failure maps to an exit code
//! and a help text in one table (`Error::describe`); `main` prints it once,
//! through the same renderer as a diagnostic without a file.

use crate::diag::Counts;
use crate::registry::Region;
use std::path::PathBuf;

/// Process exit codes, as the README's table gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Done (warnings allowed).
    Ok = 0,
    /// The data has errors, or lacks what the command needs.
    Data = 1,
    /// The command could not run as asked: a usage error, no data root, an
    /// existing target, git missing, or a read or write failure.
    Usage = 2,
}

/// A usage error found while reading the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Usage {}

#[derive(Debug)]
pub enum Error {
    Usage(Usage),
    /// No `--root`, and no data root at or above the working directory.
    NoRoot {
        start: PathBuf,
    },
    RootNotADirectory(PathBuf),
    /// `--root DIR` where DIR holds neither `regions/` nor `vsopro.toml`.
    RootWithoutData(PathBuf),
    /// `regions/` is a symbolic link: vsopro reads only inside the data root.
    SymlinkedRegions(PathBuf),
    /// A file or folder that cannot be read.
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The checks found errors (or warnings under `--deny-warnings`); the
    /// diagnostics have been shown.
    InvalidData {
        regions: usize,
        counts: Counts,
        deny_warnings: bool,
    },
    /// Named regions without a folder under `regions/`.
    NoData(Vec<&'static Region>),
    NoJaarplan {
        region: &'static Region,
        path: String,
    },
    NoMunicipalities {
        path: String,
    },
    /// The jaarplan exists but has never been committed.
    NotCommitted {
        path: String,
    },
    /// A malformed CSV file; nothing was changed.
    Csv {
        path: PathBuf,
        line: u64,
        message: String,
    },
    /// A data file that must be valid TOML to be written to is not.
    NotToml {
        path: String,
        message: String,
    },
    GitMissing,
    NotARepository(PathBuf),
    NoCommits,
    GitFailed(String),
    /// `init` on a region folder that exists.
    RegionExists {
        region: &'static Region,
        path: String,
    },
    /// An output folder that is not empty, without `--force`.
    NotEmpty(PathBuf),
    /// An output path vsopro will not replace, even with `--force`.
    Protected {
        path: PathBuf,
        why: Protection,
    },
    /// A file that was written to while vsopro worked on it.
    ChangedMeanwhile(PathBuf),
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Standard output cannot be written (a full disk, a closed terminal).
    Output(std::io::Error),
    /// The reader of standard output went away (`vsopro ... | head`).
    BrokenPipe,
    Internal(String),
}

/// Why an output path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection {
    DataRoot,
    ContainsDataRoot,
    InRegions,
    GitTop,
    NotASite,
    AFile,
}

impl Error {
    /// The one table: the exit code, the message and the help of each error.
    pub fn describe(&self) -> (Exit, String, Option<String>) {
        use Error::*;
        let p = |p: &PathBuf| p.display().to_string();
        match self {
            Usage(u) => (Exit::Usage, u.message.clone(), u.help.clone()),
            NoRoot { start } => (
                Exit::Usage,
                format!(
                    "no vsopro data found in {} or any folder above it (looked for `vsopro.toml` or `regions/`)",
                    p(start)
                ),
                Some("start one with `vsopro init <region>`, or point to it with `--root DIR`".into()),
            ),
            RootNotADirectory(d) => (
                Exit::Usage,
                format!("--root {}: not a folder", p(d)),
                Some("--root names the data folder, which holds `vsopro.toml` or `regions/`".into()),
            ),
            RootWithoutData(d) => (
                Exit::Usage,
                format!("--root {} holds no vsopro data (no `vsopro.toml`, no `regions/`)", p(d)),
                Some("check the path; `vsopro init <region>` starts a data folder".into()),
            ),
            SymlinkedRegions(d) => (
                Exit::Usage,
                format!("{} is a symbolic link; vsopro reads only folders inside the data root", p(d)),
                Some("move the regions folder into the data root, or point --root at the folder that holds it".into()),
            ),
            Read { path, source } => (Exit::Usage, format!("cannot read {}: {source}", p(path)), None),
            InvalidData {
                regions,
                counts,
                deny_warnings,
            } => {
                let mut m = format!(
                    "{} checked, {} and {}",
                    plural(*regions as u64, "region", "regions"),
                    plural(counts.errors as u64, "error", "errors"),
                    plural(counts.warnings as u64, "warning", "warnings")
                );
                if *deny_warnings && counts.errors == 0 {
                    m.push_str(" (--deny-warnings)");
                }
                (Exit::Data, m, None)
            }
            NoData(regions) => {
                let names: Vec<String> = regions
                    .iter()
                    .map(|r| format!("{} (regions/{}/)", r.name, r.slug))
                    .collect();
                (
                    Exit::Data,
                    format!("no data for {}", names.join(", ")),
                    Some(format!(
                        "start a region with `vsopro init {}`; `vsopro regions` shows which regions have data",
                        regions.first().map_or("<region>", |r| r.slug)
                    )),
                )
            }
            NoJaarplan { region, path } => (
                Exit::Data,
                format!("{} has no readable jaarplan: {path} is missing", region.name),
                Some("docs/format.md describes jaarplan.toml; `vsopro init` writes a template".into()),
            ),
            NoMunicipalities { path } => (
                Exit::Data,
                format!("{path} lists no municipalities, so no DUO row can be matched"),
                Some(format!("add `municipalities = [\"...\"]` to {path}")),
            ),
            NotCommitted { path } => (
                Exit::Data,
                format!("{path} has never been committed: there is no audit trail yet"),
                Some(format!("commit it: `git add {path}` and `git commit`")),
            ),
            Csv { path, line, message } => (
                Exit::Data,
                format!("{}: line {line}: {message}", p(path)),
                Some("nothing was changed".into()),
            ),
            NotToml { path, message } => (
                Exit::Data,
                format!("{path} is not valid TOML: {message}"),
                Some("run `vsopro check` and fix the file first; nothing was changed".into()),
            ),
            GitMissing => (
                Exit::Usage,
                "--history reads git, and git is not installed (or not on PATH)".into(),
                Some("install git; everything else in vsopro works without it".into()),
            ),
            NotARepository(d) => (
                Exit::Usage,
                format!("--history needs a git repository, and {} is not inside one", p(d)),
                Some("the history of a jaarplan is its git commits: run `git init` and commit the data folder".into()),
            ),
            NoCommits => (
                Exit::Data,
                "the git repository has no commits yet".into(),
                Some("commit the data folder first".into()),
            ),
            GitFailed(m) => (Exit::Usage, format!("git failed: {m}"), None),
            RegionExists { region, path } => (
                Exit::Usage,
                format!("{path}/ already exists; `vsopro init` changes nothing"),
                Some(format!("edit the files in it, or run `vsopro check {}`", region.slug)),
            ),
            NotEmpty(d) => (
                Exit::Usage,
                format!("{} exists and is not empty", p(d)),
                Some("choose an empty folder, or pass --force to replace a site that vsopro made there".into()),
            ),
            Protected { path, why } => {
                let (what, help) = match why {
                    Protection::DataRoot => ("is the data root", "write the site to a folder of its own, e.g. `public/`"),
                    Protection::ContainsDataRoot => ("holds the data root", "write the site to a folder of its own, e.g. `public/`"),
                    Protection::InRegions => ("lies inside regions/, where the data lives", "write the site outside regions/, e.g. `public/`"),
                    Protection::GitTop => ("is the top of a git work tree", "write the site to a folder of its own, e.g. `public/`"),
                    Protection::NotASite => ("was not made by `vsopro site` (it has no `.vsopro-site` mark), so --force does not replace it", "choose an empty or new folder; vsopro replaces only sites it made"),
                    Protection::AFile => ("is a file; a site is a folder", "choose a folder name, e.g. `public/`"),
                };
                (Exit::Usage, format!("{} {what}", p(path)), Some(help.into()))
            }
            ChangedMeanwhile(f) => (
                Exit::Usage,
                format!("{} changed while vsopro was working on it; nothing was written", p(f)),
                Some("run the command again".into()),
            ),
            Write { path, source } => (Exit::Usage, format!("cannot write {}: {source}", p(path)), None),
            Output(e) => (Exit::Usage, format!("cannot write the output: {e}"), None),
            BrokenPipe => (Exit::Ok, String::new(), None),
            Internal(m) => (Exit::Usage, format!("internal error: {m}"), Some("please report this".into())),
        }
    }

    pub fn exit(&self) -> Exit {
        self.describe().0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe().1)
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
