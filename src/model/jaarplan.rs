//! `jaarplan.toml`: the year plan, its approval, goals and meetings.

use super::{Date, Spanned, Text, str_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JaarplanFile {
    pub title: String,
    pub start: Spanned<Date>,
    pub end: Spanned<Date>,
    /// The id of a `[[plan]]` in overlegtafels.toml.
    pub regional_plan: Option<Text>,
    pub approval: Option<Approval>,
    #[serde(default, rename = "goal")]
    pub goals: Vec<Goal>,
    #[serde(default, rename = "meeting")]
    pub meetings: Vec<Meeting>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub status: ApprovalStatus,
    pub date: Option<Spanned<Date>>,
    pub by: Option<String>,
}

str_enum! {
    pub enum ApprovalStatus {
        Draft = "draft",
        Submitted = "submitted",
        Approved = "approved",
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: Text,
    pub text: String,
    pub themes: Option<Spanned<Vec<Text>>>,
    #[serde(default)]
    pub actions: Vec<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub date: Spanned<Date>,
    pub notes: Option<String>,
}

str_enum! {
    pub enum MeetingKind {
        Stuurgroep = "stuurgroep",
        Directies = "directies",
    }
}
