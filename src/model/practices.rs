//! `practices.toml`: good practices from public sources (project pages,
//! municipal and sector news), written out in the network's own words.
//! They are examples, not the region's plan: no rule counts them as an
//! action (theme coverage, caseload, the jaarplan, voortgang and the foto
//! never see them). A region's own file lies in its folder; the national
//! programmes' in `practices.toml` at the data root.

use super::{Date, PartnerKind, Spanned, TargetGroup, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a national programme's practice is in a key (`landelijk/<id>`,
/// as `inspired_by` and `--adopt` name it) and an address.
pub const NATIONAL_KEY: &str = "landelijk";

/// The national programmes' file at the data root.
pub const NATIONAL_PRACTICES_FILE: &str = "practices.toml";

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PracticesFile {
    #[serde(default, rename = "practice")]
    pub practices: Vec<PublicPractice>,
}

/// One practice as a public source describes it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PublicPractice {
    pub id: Text,
    /// Its name, as the source names it.
    pub title: String,
    /// The ontwikkelthema's it is about (theme ids).
    pub themes: Spanned<Vec<Text>>,
    /// What it is, in a few sentences of one's own.
    pub summary: String,
    /// What it achieved, with the figures and the year the source gives.
    pub result: Option<String>,
    #[serde(default)]
    pub target_group: Vec<Spanned<TargetGroup>>,
    #[serde(default)]
    pub partners: Vec<Spanned<PartnerKind>>,
    /// Since when it runs, where the source says.
    pub since: Option<Spanned<Date>>,
    /// Where it is described: the page's address (or, for a document that
    /// is no web page, its name).
    pub source: String,
    /// The page's or article's title, where the address does not say it.
    pub source_title: Option<String>,
    /// The source's date, or only its year.
    pub source_date: Option<Spanned<Date>>,
    pub source_year: Option<Spanned<i64>>,
    /// Further public pages about it.
    #[serde(default)]
    pub links: Vec<String>,
    /// The organisation the source names as running it (never a person).
    pub contact: Option<PublicContact>,
    /// When it was written out from the source.
    pub written: Spanned<Date>,
    /// The region's coordinator checked and completed it: it is the
    /// region's own now, its source kept.
    #[serde(default)]
    pub checked: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PublicContact {
    pub organisation: String,
    /// A role at the organisation, where the source names one.
    pub role: Option<String>,
}

impl PublicPractice {
    /// The year of its source: its date's, else the year given.
    pub fn source_year(&self) -> Option<i32> {
        use chrono::Datelike;
        self.source_date
            .as_ref()
            .map(|d| d.get_ref().0.year())
            .or_else(|| self.source_year.as_ref().map(|y| *y.get_ref() as i32))
    }
}
