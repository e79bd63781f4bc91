//! The one error type of a run. Each kind of failure maps to an exit code
//! and a help text in one table (`Error::describe`); `main` prints it once,
//! through the same renderer as a diagnostic without a file.

use crate::diag::Counts;
use crate::i18n::t;
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
    /// The command line without a command: the help, shown as help (exit 2).
    Help(String),
    /// No `--root`, and no data root at or above the working directory.
    NoRoot {
        start: PathBuf,
    },
    RootNotADirectory(PathBuf),
    /// `--root DIR` where DIR holds neither `regions/` nor `vsopro.toml`.
    RootWithoutData(PathBuf),
    /// `regions/` is a symbolic link: vsopro reads only inside the data root.
    SymlinkedRegions(PathBuf),
    /// A region's file (or its folder) is a symbolic link: never followed,
    /// never written through.
    SymlinkedFile(PathBuf),
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
    /// `--approve --tag` where the data is not in a git work tree.
    TagNeedsGit(PathBuf),
    /// `--approve --tag` where the plan has changes that no commit holds.
    TagNeedsCommit(String),
    /// An edit that would bring errors into a file; nothing was written.
    EditInvalid {
        path: String,
        problems: Vec<String>,
    },
    /// A workbook to import that is not one, or whose figures have
    /// problems (each by sheet, row and column).
    Workbook {
        path: PathBuf,
        problems: Vec<String>,
    },
    /// `uitstroom --template` without `--out FILE.xlsx`.
    TemplateNeedsOut,
    /// `hub --root DATA` where DATA is not a git work tree with regions/.
    HubRoot(PathBuf),
    /// `hub --state STATE` inside the data.
    HubStateInside(PathBuf),
    /// `hub --public-url` that is no http(s) address.
    HubPublicUrl(String),
    /// A `hub user` command that cannot be done (the reason, said).
    HubUser(String),
    /// `sync` refused before it changed anything.
    SyncRefused {
        reason: String,
        help: String,
    },
    /// `sync` could not finish; the clone is as said.
    SyncFailed {
        reason: String,
        help: String,
    },
    /// `sync` with hand changes and no message for their commit.
    SyncNeedsMessage(usize),
    /// A practice cannot be taken up.
    Adopt(AdoptRefusal),
    /// An approval round cannot be opened, or a vote not recorded.
    Round(RoundRefusal),
    /// STATE/hub.toml that cannot be read as the hub's settings.
    HubConfig {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    /// `--out FILE` where FILE exists and `--force` was not given.
    OutExists(PathBuf),
    /// `--out FILE` with an extension no format has.
    /// A file name whose extension is none of `extensions` (said in the
    /// help: `.pdf, .docx, …`).
    OutFormat {
        path: PathBuf,
        extensions: &'static str,
    },
    /// `--out FILE` inside `regions/`, or on a folder.
    OutProtected(PathBuf),
    /// `--out FILE.pdf` from a build without the `pdf` feature.
    NoPdf(PathBuf),
    /// `vsopro serve` could not listen.
    Serve(String),
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
    /// A CODEOWNERS file that vsopro did not write, without `--force`.
    ForeignCodeowners(String),
    /// `codeowners` with nobody named in the data.
    NoOwners,
    /// An output path vsopro will not replace, even with `--force`.
    Protected {
        path: PathBuf,
        why: Protection,
    },
    /// A file that was written to while vsopro worked on it.
    ChangedMeanwhile(PathBuf),
    /// Another writer held the data root's lock (this file) for too long.
    Locked(PathBuf),
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
    /// The one table: the exit code, the message and the help of each error,
    /// from the message catalogue.
    /// The problems an error lists, one line each, between its message
    /// and its help.
    pub fn details(&self) -> &[String] {
        match self {
            Error::Workbook { problems, .. } => problems,
            _ => &[],
        }
    }

    pub fn describe(&self) -> (Exit, String, Option<String>) {
        use Error::*;
        let p = |p: &PathBuf| p.display().to_string();
        match self {
            Usage(u) => (Exit::Usage, u.message.clone(), u.help.clone()),
            Help(text) => (Exit::Usage, text.clone(), None),
            NoRoot { start } => (
                Exit::Usage,
                t!("err-no-root", start = p(start)),
                Some(t!("err-no-root-help")),
            ),
            RootNotADirectory(d) => (
                Exit::Usage,
                t!("err-root-not-dir", path = p(d)),
                Some(t!("err-root-not-dir-help")),
            ),
            RootWithoutData(d) => (
                Exit::Usage,
                t!("err-root-no-data", path = p(d)),
                Some(t!("err-root-no-data-help")),
            ),
            SymlinkedRegions(d) => (
                Exit::Usage,
                t!("err-symlinked-regions", path = p(d)),
                Some(t!("err-symlinked-regions-help")),
            ),
            SymlinkedFile(f) => (
                Exit::Data,
                t!("err-symlinked-file", path = p(f)),
                Some(t!("err-symlinked-file-help")),
            ),
            Read { path, source } => (
                Exit::Usage,
                t!("err-read", path = p(path), reason = source.to_string()),
                None,
            ),
            InvalidData {
                regions,
                counts,
                deny_warnings,
            } => {
                let checked = t!("regions-checked", count = *regions);
                let errors = t!("errors", count = counts.errors);
                let warnings = t!("warnings", count = counts.warnings);
                let m = if *deny_warnings && counts.errors == 0 {
                    t!(
                        "summary-deny-warnings",
                        checked = checked,
                        errors = errors,
                        warnings = warnings
                    )
                } else {
                    t!(
                        "summary-errors",
                        checked = checked,
                        errors = errors,
                        warnings = warnings
                    )
                };
                (Exit::Data, m, None)
            }
            NoData(regions) => {
                let names: Vec<String> = regions
                    .iter()
                    .map(|r| format!("{} (regions/{}/)", r.name, r.slug))
                    .collect();
                (
                    Exit::Data,
                    t!("err-no-data", regions = names.join(", ")),
                    Some(t!(
                        "err-no-data-help",
                        slug = regions.first().map_or("<regio>", |r| r.slug)
                    )),
                )
            }
            NoJaarplan { region, path } => (
                Exit::Data,
                t!("err-no-jaarplan", region = region.name, path = path),
                Some(t!("err-no-jaarplan-help")),
            ),
            NotCommitted { path } => (
                Exit::Data,
                t!("err-not-committed", path = path),
                Some(t!("err-not-committed-help", path = path)),
            ),
            Csv {
                path,
                line,
                message,
            } => (
                Exit::Data,
                t!("err-csv", path = p(path), line = *line, reason = message),
                Some(t!("err-csv-help")),
            ),
            NotToml { path, message } => (
                Exit::Data,
                t!("err-not-toml", path = path, reason = message),
                Some(t!("err-not-toml-help")),
            ),
            GitMissing => (
                Exit::Usage,
                t!("err-git-missing"),
                Some(t!("err-git-missing-help")),
            ),
            OutExists(f) => (
                Exit::Usage,
                t!("err-out-exists", path = p(f)),
                Some(t!("err-out-exists-help")),
            ),
            OutFormat { path, extensions } => (
                Exit::Usage,
                t!("err-out-format", path = p(path)),
                Some(t!("err-out-format-help", extensions = *extensions)),
            ),
            OutProtected(f) => (
                Exit::Usage,
                t!("err-out-protected", path = p(f)),
                Some(t!("err-out-protected-help")),
            ),
            NoPdf(f) => (
                Exit::Usage,
                t!("err-no-pdf", path = p(f)),
                Some(t!("err-no-pdf-help")),
            ),
            Serve(reason) => (
                Exit::Usage,
                t!("err-serve", reason = reason.as_str()),
                Some(t!("err-serve-help")),
            ),
            TagNeedsCommit(path) => (
                Exit::Data,
                t!("err-tag-needs-commit", path = path.as_str()),
                Some(t!("err-tag-needs-commit-help")),
            ),
            Workbook { path, problems } => (
                Exit::Data,
                t!("err-workbook", path = p(path), count = problems.len()),
                Some(t!("err-workbook-help")),
            ),
            HubRoot(path) => (
                Exit::Usage,
                t!("err-hub-root", path = p(path)),
                Some(t!("err-hub-root-help")),
            ),
            HubStateInside(path) => (
                Exit::Usage,
                t!("err-hub-state-inside", path = p(path)),
                Some(t!("err-hub-state-inside-help")),
            ),
            HubPublicUrl(url) => (
                Exit::Usage,
                t!("err-hub-public-url", url = url.as_str()),
                Some(t!("err-hub-public-url-help")),
            ),
            HubUser(reason) => (Exit::Usage, reason.clone(), None),
            SyncRefused { reason, help } => (Exit::Usage, reason.clone(), Some(help.clone())),
            SyncFailed { reason, help } => (Exit::Data, reason.clone(), Some(help.clone())),
            Round(r) => (Exit::Usage, r.message(), Some(r.help())),
            Adopt(why) => (Exit::Usage, why.message(), Some(t!("adopt-help"))),
            SyncNeedsMessage(count) => (
                Exit::Usage,
                t!("sync-needs-message", count = *count),
                Some(t!("sync-needs-message-help")),
            ),
            HubConfig {
                path,
                line,
                column,
                reason,
            } => (
                Exit::Usage,
                t!(
                    "err-hub-config",
                    path = p(path),
                    line = *line,
                    column = *column,
                    reason = reason.as_str()
                ),
                Some(t!("err-hub-config-help")),
            ),
            TemplateNeedsOut => (
                Exit::Usage,
                t!("err-template-needs-out"),
                Some(t!("err-template-needs-out-help")),
            ),
            EditInvalid { path, problems } => (
                Exit::Data,
                t!(
                    "err-edit-invalid",
                    path = path.as_str(),
                    count = problems.len()
                ),
                Some(problems.join("; ")),
            ),
            TagNeedsGit(d) => (
                Exit::Usage,
                t!("err-tag-needs-git", path = p(d)),
                Some(t!("err-tag-needs-git-help")),
            ),
            NotARepository(d) => (
                Exit::Usage,
                t!("err-not-repository", path = p(d)),
                Some(t!("err-not-repository-help")),
            ),
            NoCommits => (
                Exit::Data,
                t!("err-no-commits"),
                Some(t!("err-no-commits-help")),
            ),
            GitFailed(m) => (Exit::Usage, t!("err-git-failed", reason = m), None),
            RegionExists { region, path } => (
                Exit::Usage,
                t!("err-region-exists", path = path),
                Some(t!("err-region-exists-help", slug = region.slug)),
            ),
            ForeignCodeowners(path) => (
                Exit::Usage,
                t!("err-foreign-codeowners", path = path),
                Some(t!("err-foreign-codeowners-help")),
            ),
            NoOwners => (
                Exit::Data,
                t!("err-no-owners"),
                Some(t!("err-no-owners-help")),
            ),
            NotEmpty(d) => (
                Exit::Usage,
                t!("err-not-empty", path = p(d)),
                Some(t!("err-not-empty-help")),
            ),
            Protected { path, why } => {
                let path = p(path);
                let (message, help) = match why {
                    Protection::DataRoot => (
                        t!("err-protected-data-root", path = path),
                        t!("err-protected-help"),
                    ),
                    Protection::ContainsDataRoot => (
                        t!("err-protected-contains-root", path = path),
                        t!("err-protected-help"),
                    ),
                    Protection::InRegions => (
                        t!("err-protected-in-regions", path = path),
                        t!("err-protected-in-regions-help"),
                    ),
                    Protection::GitTop => (
                        t!("err-protected-git-top", path = path),
                        t!("err-protected-help"),
                    ),
                    Protection::NotASite => (
                        t!("err-protected-not-a-site", path = path),
                        t!("err-protected-not-a-site-help"),
                    ),
                    Protection::AFile => (
                        t!("err-protected-a-file", path = path),
                        t!("err-protected-a-file-help"),
                    ),
                };
                (Exit::Usage, message, Some(help))
            }
            ChangedMeanwhile(f) => (
                Exit::Usage,
                t!("err-changed-meanwhile", path = p(f)),
                Some(t!("err-changed-meanwhile-help")),
            ),
            Locked(f) => (
                Exit::Usage,
                t!("err-locked", path = p(f)),
                Some(t!("err-locked-help")),
            ),
            Write { path, source } => (
                Exit::Usage,
                t!("err-write", path = p(path), reason = source.to_string()),
                None,
            ),
            Output(e) => (Exit::Usage, t!("err-output", reason = e.to_string()), None),
            BrokenPipe => (Exit::Ok, String::new(), None),
            Internal(m) => (
                Exit::Usage,
                t!("err-internal", reason = m),
                Some(t!("err-internal-help")),
            ),
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

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a round was not opened or a vote not recorded (nothing was written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundRefusal {
    /// The region's plan has no open round.
    NoRound { region: String, slug: String },
    /// The deadline lies before the round's first day.
    DeadlineBeforeOpening { deadline: String, opened: String },
    /// The vote names no school of the region's institutions.
    UnknownInstitution {
        given: String,
        known: Vec<String>,
        suggestion: Option<String>,
    },
    /// A fingerprint the plan never had.
    UnknownFingerprint { given: String, current: String },
    /// `niet-akkoord` without a reason.
    NeedsComment,
    /// The person recording the vote did not confirm the version.
    NotConfirmed { fingerprint: String },
    /// A hand approval while the round is open: its votes decide.
    ApprovalDuringRound,
    /// A withdrawal without its reason.
    NeedsReason,
}

impl RoundRefusal {
    fn message(&self) -> String {
        match self {
            RoundRefusal::NoRound { region, .. } => t!("round-none", region = region.as_str()),
            RoundRefusal::DeadlineBeforeOpening { deadline, opened } => t!(
                "round-deadline-before",
                deadline = deadline.as_str(),
                opened = opened.as_str()
            ),
            RoundRefusal::UnknownInstitution { given, .. } => {
                t!("round-unknown-institution", given = given.as_str())
            }
            RoundRefusal::UnknownFingerprint { given, .. } => {
                t!("round-unknown-fingerprint", given = given.as_str())
            }
            RoundRefusal::NeedsComment => t!("round-needs-comment"),
            RoundRefusal::NotConfirmed { fingerprint } => {
                t!("round-not-confirmed", fingerprint = fingerprint.as_str())
            }
            RoundRefusal::ApprovalDuringRound => t!("round-approval-during-round"),
            RoundRefusal::NeedsReason => t!("round-needs-reason"),
        }
    }

    fn help(&self) -> String {
        match self {
            RoundRefusal::NoRound { slug, .. } => t!("round-none-help", slug = slug.as_str()),
            RoundRefusal::DeadlineBeforeOpening { .. } => t!("round-deadline-before-help"),
            RoundRefusal::UnknownInstitution {
                known, suggestion, ..
            } => match suggestion {
                Some(s) => t!(
                    "round-unknown-institution-did-you-mean",
                    suggestion = s.as_str()
                ),
                None => t!("round-unknown-institution-help", known = known.join(", ")),
            },
            RoundRefusal::UnknownFingerprint { current, .. } => {
                t!("round-unknown-fingerprint-help", current = current.as_str())
            }
            RoundRefusal::NeedsComment => t!("round-needs-comment-help"),
            RoundRefusal::NotConfirmed { .. } => t!("round-not-confirmed-help"),
            RoundRefusal::ApprovalDuringRound => t!("round-approval-during-round-help"),
            RoundRefusal::NeedsReason => t!("round-needs-reason-help"),
        }
    }
}

/// Why a practice was not taken up (nothing was written); `from` as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdoptRefusal {
    /// Not `region/id` of an official region.
    NotAKey { from: String },
    /// A practice of the region it would go into.
    Own { from: String },
    /// No action with `example = true` there.
    NoPractice { from: String },
}

impl AdoptRefusal {
    fn message(&self) -> String {
        match self {
            AdoptRefusal::NotAKey { from } => t!("adopt-bad-key", from = from.as_str()),
            AdoptRefusal::Own { from } => t!("adopt-own", from = from.as_str()),
            AdoptRefusal::NoPractice { from } => t!("adopt-unknown", from = from.as_str()),
        }
    }
}
