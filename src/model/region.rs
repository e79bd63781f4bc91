//! `region.toml`: the region, its coordinator and its stuurgroep.

use super::{Date, Spanned, Text, str_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    /// Official CBS name of the arbeidsmarktregio (or an accepted alias).
    pub name: Text,
    /// CBS code, e.g. `AM12`.
    pub code: Option<Text>,
    pub centrumgemeente: Option<String>,
    #[serde(default)]
    pub municipalities: Vec<Text>,
    pub coordinator: Coordinator,
    /// The members of the stuurgroep (`[[stuurgroep]]`; the older key
    /// `[[steering_group]]` is read too).
    #[serde(default, alias = "steering_group")]
    pub stuurgroep: Vec<StuurgroepMember>,
    /// Who approves changes to this region on a shared forge: user names
    /// (`@naam`), teams (`@organisatie/team`) or e-mail addresses, for
    /// `vsopro codeowners`.
    #[serde(default)]
    pub owners: Vec<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Coordinator {
    pub status: CoordinatorStatus,
    pub name: Option<String>,
    pub hours_per_week: Option<Spanned<f64>>,
    pub since: Option<Spanned<Date>>,
    pub scale: Option<Scale>,
}

str_enum! {
    pub enum CoordinatorStatus {
        Appointed = "appointed" | "benoemd",
        Recruiting = "recruiting" | "werving",
        Exploring = "exploring" | "verkenning",
        None = "none" | "geen",
        /// Not known (a region that public data brought in).
        Unknown = "unknown" | "onbekend",
    }
}

str_enum! {
    /// Salary scale: LC (cao VO). Since 2022 the cao PO calls its L11 "LC" too,
    /// so `L11` is read as `LC`.
    pub enum Scale {
        Lc = "LC" | "L11",
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StuurgroepMember {
    pub name: String,
    pub role: String,
    /// A school id from schools.toml.
    pub school: Option<Text>,
}
