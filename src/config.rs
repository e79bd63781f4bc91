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
}
