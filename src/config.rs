//! What a run was asked to do, free of any command-line library, with every
//! argument already resolved to its type.

use crate::check::Rule;
use crate::model::SchemaKind;
pub(crate) use crate::out::OutFile;
use crate::registry::{Region, Theme};
use crate::render::Format;
pub(crate) use crate::report::caseload::NormOverrides;
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub root: Option<PathBuf>,
    pub format: Format,
    pub today: NaiveDate,
    /// Colour in the diagnostics and errors written to stderr.
    pub stderr_color: bool,
    /// stdout is a terminal: tables are fitted to its width.
    pub stdout_tty: bool,
    /// `--out FILE`: the report goes to a file, not to stdout.
    pub out: Option<OutFile>,
    pub command: Command,
}

impl Config {
    /// A run that only prints a text (help, version).
    pub(crate) fn print(text: String) -> Self {
        Config {
            root: None,
            format: Format::Table,
            today: NaiveDate::default(),
            stderr_color: false,
            stdout_tty: false,
            out: None,
            command: Command::Print(text),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Command {
    Check {
        /// Empty: every region.
        regions: Vec<&'static Region>,
        deny_warnings: bool,
        list: bool,
        skip: Vec<&'static Rule>,
    },
    Regions,
    Caseload {
        regions: Vec<&'static Region>,
        /// Size a vacancy for this many schools, without data.
        schools: Option<u64>,
        overrides: NormOverrides,
    },
    Foto {
        region: &'static Region,
    },
    Themes {
        regions: Vec<&'static Region>,
        theme: Option<&'static Theme>,
    },
    Jaarplan {
        region: &'static Region,
        history: bool,
        newest_first: bool,
    },
    /// `vsopro serve`.
    Serve(crate::web::Options),
    /// `vsopro voortgang REGION`.
    Voortgang {
        region: &'static Region,
        since: Option<chrono::NaiveDate>,
    },
    /// `vsopro uitstroom [REGION…]`.
    Uitstroom {
        regions: Vec<&'static Region>,
        year: Option<String>,
    },
    /// `vsopro hub`: the shared server.
    Hub(crate::hub::Options),
    /// `vsopro hub user …`.
    HubUser {
        state: PathBuf,
        public_url: Option<String>,
        command: crate::hub::users::UserCommand,
    },
    /// `vsopro hub audit`.
    HubAudit {
        state: PathBuf,
    },
    /// `vsopro hub backup FILE`.
    HubBackup {
        state: PathBuf,
        file: PathBuf,
    },
    /// `vsopro uitstroom --template REGION --out FILE.xlsx`.
    UitstroomTemplate {
        region: &'static Region,
        year: Option<String>,
    },
    /// `vsopro voorbeelden [TERM…]`: the network's good practices.
    Practices(crate::report::practices::Query),
    /// `vsopro voorbeelden --adopt REGION/ID --into REGION`.
    Adopt {
        from: String,
        into: &'static Region,
    },
    /// `vsopro jaarplan REGION --round open --deadline D`.
    Round {
        region: &'static Region,
        change: crate::usecases::round::RoundChange,
    },
    /// `vsopro jaarplan REGION --vote …`.
    Vote {
        region: &'static Region,
        institution: String,
        by: String,
        function: String,
        decision: crate::model::Decision,
        comment: Option<String>,
        /// Default: the reference date.
        date: Option<chrono::NaiveDate>,
        fingerprint: Option<String>,
        /// The version shown is the one the director saw (no question).
        yes: bool,
    },
    /// `vsopro jaarplan REGION --approve`.
    Approve {
        region: &'static Region,
        by: String,
        /// Default: the reference date.
        date: Option<chrono::NaiveDate>,
        tag: bool,
    },
    Staffing {
        overrides: NormOverrides,
    },
    /// `sync`: the clone in step with its remote.
    Sync {
        message: Option<String>,
    },
    Init {
        region: &'static Region,
    },
    Schema {
        /// One file kind, or all.
        kind: Option<SchemaKind>,
        /// Write `<kind>.schema.json` files into this folder instead of printing.
        out: Option<PathBuf>,
    },
    ImportDuo {
        files: Vec<PathBuf>,
        /// One region, or (empty) all 35.
        regions: Vec<&'static Region>,
        write: bool,
    },
    /// `vsopro import uitstroom FILE.xlsx`; the region from the workbook
    /// unless given.
    ImportUitstroom {
        file: PathBuf,
        region: Option<&'static Region>,
        write: bool,
    },
    Site {
        out: PathBuf,
        force: bool,
    },
    /// `vsopro codeowners`.
    Codeowners {
        force: bool,
    },
    /// `vsopro uitleg CODE`.
    Explain {
        code: crate::diag::Code,
    },
    /// Text made by the command-line layer itself (help, completions, man page).
    Print(String),
}
