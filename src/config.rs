//! What a run was asked to do, free of any command-line library.

use crate::render::Format;
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub root: Option<PathBuf>,
    pub format: Format,
    pub today: NaiveDate,
    /// Colour in diagnostics on stderr.
    pub color: bool,
    /// stdout is a terminal.
    pub tty: bool,
    pub command: Command,
}

#[derive(Debug, Clone)]
pub enum Command {
    Check {
        regions: Vec<String>,
        deny_warnings: bool,
        list: bool,
    },
    Regions,
    Caseload {
        regions: Vec<String>,
        /// Size a vacancy for this many schools, without data.
        schools: Option<u64>,
        overrides: NormOverrides,
    },
    Foto {
        region: String,
    },
    Themes {
        regions: Vec<String>,
        theme: Option<String>,
    },
    Jaarplan {
        region: String,
        history: bool,
        newest_first: bool,
    },
    Staffing {
        overrides: NormOverrides,
    },
    Init {
        region: String,
    },
    Schema {
        /// One file kind, or all.
        kind: Option<String>,
        /// Write `<kind>.schema.json` files into this folder instead of printing.
        out: Option<PathBuf>,
    },
    ImportDuo {
        csv: PathBuf,
        region: String,
        write: bool,
    },
    Site {
        out: PathBuf,
        force: bool,
    },
    /// Text made by the command-line layer itself (completions, man page).
    Print(String),
}

/// Command-line values that take precedence over vsopro.toml.
#[derive(Debug, Clone, Copy, Default)]
pub struct NormOverrides {
    pub minutes_per_school: Option<f64>,
    pub hours_per_week: Option<f64>,
}
