//! `overlegtafels.toml`: the regionale foto inventory.

use super::{Date, Spanned, Text, str_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OverlegtafelsFile {
    #[serde(default, rename = "overlegtafel")]
    pub overlegtafels: Vec<Overlegtafel>,
    #[serde(default, rename = "plan")]
    pub plans: Vec<Initiative>,
    #[serde(default, rename = "project")]
    pub projects: Vec<Initiative>,
    #[serde(default, rename = "development")]
    pub developments: Vec<Initiative>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Overlegtafel {
    pub id: Text,
    pub name: String,
    pub level: Level,
    pub organizer: Option<String>,
    #[serde(default)]
    pub partners: Vec<String>,
    pub frequency: Option<String>,
    /// Whether the table matters for pro/vso; defaults to true.
    pub relevant: Option<Spanned<bool>>,
    /// Why not; required when `relevant = false`.
    pub reason: Option<String>,
    /// `coordinator`, a school id, or `none`.
    pub represented_by: Option<Text>,
    pub themes: Option<Spanned<Vec<Text>>>,
}

str_enum! {
    pub enum Level {
        Bestuurlijk = "bestuurlijk",
        Beleidsmatig = "beleidsmatig",
        Operationeel = "operationeel",
    }
}

/// A `[[plan]]`, `[[project]]` or `[[development]]`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: Text,
    pub name: String,
    pub owner: Option<String>,
    pub start: Option<Spanned<Date>>,
    pub end: Option<Spanned<Date>>,
    pub funding: Option<String>,
    pub themes: Option<Spanned<Vec<Text>>>,
    pub relevant: Option<Spanned<bool>>,
    pub reason: Option<String>,
}

/// Who represents the schools at an overlegtafel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Representative<'a> {
    /// `coordinator` (or `netwerkcoördinator`, `coördinator`).
    Coordinator,
    /// `none` (or `geen`).
    Nobody,
    /// A school id.
    School(&'a Text),
}

/// The words for the coordinator, in English and Dutch; the first is the
/// one vsopro writes.
pub const COORDINATOR_WORDS: [&str; 4] = [
    "coordinator",
    "netwerkcoördinator",
    "netwerkcoordinator",
    "coördinator",
];

/// The words for nobody; the first is the one vsopro writes.
pub const NOBODY_WORDS: [&str; 2] = ["none", "geen"];

/// Every word `represented_by` may hold instead of a school id.
pub const REPRESENTATIVE_WORDS: [&str; 6] = [
    COORDINATOR_WORDS[0],
    COORDINATOR_WORDS[1],
    COORDINATOR_WORDS[2],
    COORDINATOR_WORDS[3],
    NOBODY_WORDS[0],
    NOBODY_WORDS[1],
];

impl Overlegtafel {
    pub fn representative(&self) -> Option<Representative<'_>> {
        let by = self.represented_by.as_ref()?;
        let word = by.get_ref().trim().to_lowercase();
        Some(if COORDINATOR_WORDS.contains(&word.as_str()) {
            Representative::Coordinator
        } else if NOBODY_WORDS.contains(&word.as_str()) {
            Representative::Nobody
        } else {
            Representative::School(by)
        })
    }

    pub fn is_relevant(&self) -> bool {
        self.relevant.as_ref().is_none_or(|r| *r.get_ref())
    }
}

impl Initiative {
    pub fn is_relevant(&self) -> bool {
        self.relevant.as_ref().is_none_or(|r| *r.get_ref())
    }
}
