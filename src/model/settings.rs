//! `vsopro.toml`: optional national settings at the data root, and the
//! limits within which caseload figures make sense.

use super::{Spanned, Text};
use crate::diag::{Code, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

pub const DEFAULT_MINUTES_PER_SCHOOL: u64 = 80;
pub const DEFAULT_HOURS_PER_WEEK: f64 = 36.0;

/// Coordinator minutes per school per week: whole minutes, at most a 40-hour week.
pub const MINUTES_PER_SCHOOL: RangeInclusive<f64> = 1.0..=2400.0;
/// A working week in hours, in whole minutes.
pub const HOURS_PER_WEEK: RangeInclusive<f64> = 1.0..=168.0;
/// A coordinator's contracted hours per week.
pub const CONTRACTED_HOURS: RangeInclusive<f64> = 0.0..=60.0;

/// Minutes per school as whole minutes, if the value is one within range.
pub fn whole_minutes(minutes: f64) -> Option<u64> {
    (MINUTES_PER_SCHOOL.contains(&minutes) && minutes.fract() == 0.0).then_some(minutes as u64)
}

/// A working week as whole minutes, if the value is within range and a whole number of minutes.
pub fn week_minutes(hours: f64) -> Option<u64> {
    let minutes = hours * 60.0;
    (HOURS_PER_WEEK.contains(&hours) && (minutes - minutes.round()).abs() < 1e-9)
        .then_some(minutes.round() as u64)
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsFile {
    /// The language of the data's history: the commit messages vsopro
    /// writes (default nl, Dutch).
    pub language: Option<DataLanguage>,
    #[serde(default)]
    pub caseload: CaseloadSettings,
    #[serde(default)]
    pub check: CheckSettings,
    #[serde(default)]
    pub codeowners: CodeownersSettings,
    #[serde(default)]
    pub approval: ApprovalSettings,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApprovalSettings {
    /// How many institutions must agree to a jaarplan: `meerderheid`
    /// (default: more than half of the region's institutions), `allen`, or
    /// a number.
    pub quorum: Option<Spanned<super::Quorum>>,
}

impl SettingsFile {
    /// The quorum of an approval round where the round names none.
    pub fn quorum(&self) -> super::Quorum {
        self.approval
            .quorum
            .as_ref()
            .map_or(super::Quorum::Majority, |q| *q.get_ref())
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeownersSettings {
    /// The national team that approves every change, with each region's
    /// own `owners`: `@organisatie/landelijk`.
    #[serde(default)]
    pub national: Vec<Text>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseloadSettings {
    /// Coordinator time per school per week, in whole minutes (default 80: 1 h 20 min).
    pub minutes_per_school: Option<Spanned<f64>>,
    /// A full working week, in hours (default 36).
    pub hours_per_week: Option<Spanned<f64>>,
    /// What counts as a school for the caseload: every location (default)
    /// or every institution (BRIN).
    pub unit: Option<Unit>,
}

super::str_enum! {
    /// The language the data's history is written in.
    pub enum DataLanguage {
        Nl = "nl" | "nederlands",
        En = "en" | "engels" | "english",
    }
}

super::str_enum! {
    /// The unit the norm counts per school.
    pub enum Unit {
        Location = "location" | "vestiging",
        Institution = "institution" | "instelling",
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckSettings {
    /// Warning codes this data repository accepts: they are not reported.
    /// Errors cannot be allowed.
    #[serde(default)]
    pub allow: Vec<Text>,
}

impl CheckSettings {
    /// The warning codes that are allowed (unknown names and errors are left out).
    pub fn allowed(&self) -> Vec<Code> {
        self.allow
            .iter()
            .filter_map(|c| Code::from_name(c.get_ref()))
            .filter(|c| c.severity() != Severity::Error)
            .collect()
    }
}

impl CaseloadSettings {
    /// Minutes per school; the default where the value is absent or unusable
    /// (the `settings` rule reports the latter).
    pub fn minutes_per_school(&self) -> u64 {
        self.minutes_per_school
            .as_ref()
            .and_then(|m| whole_minutes(*m.get_ref()))
            .unwrap_or(DEFAULT_MINUTES_PER_SCHOOL)
    }

    pub fn unit(&self) -> Unit {
        self.unit.unwrap_or(Unit::Location)
    }

    /// The working week in minutes, likewise.
    pub fn week_minutes(&self) -> u64 {
        self.hours_per_week
            .as_ref()
            .and_then(|h| week_minutes(*h.get_ref()))
            .unwrap_or((DEFAULT_HOURS_PER_WEEK * 60.0) as u64)
    }
}
