//! `vsopro.toml`: optional national settings at the data root.

use super::Spanned;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const DEFAULT_MINUTES_PER_SCHOOL: f64 = 80.0;
pub const DEFAULT_HOURS_PER_WEEK: f64 = 36.0;

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsFile {
    #[serde(default)]
    pub caseload: CaseloadSettings,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseloadSettings {
    /// Coordinator time per school per week, in minutes (default 80: 1 h 20 min).
    pub minutes_per_school: Option<Spanned<f64>>,
    /// A full working week, in hours (default 36).
    pub hours_per_week: Option<Spanned<f64>>,
}

impl CaseloadSettings {
    pub fn minutes_per_school(&self) -> f64 {
        self.minutes_per_school
            .as_ref()
            .map_or(DEFAULT_MINUTES_PER_SCHOOL, |m| *m.get_ref())
    }

    pub fn hours_per_week(&self) -> f64 {
        self.hours_per_week
            .as_ref()
            .map_or(DEFAULT_HOURS_PER_WEEK, |h| *h.get_ref())
    }
}
