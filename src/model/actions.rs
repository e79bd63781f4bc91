//! `actions.toml`: knelpunten and the actions that address them.

use super::{Date, Spanned, Text, names_theme, str_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionsFile {
    #[serde(default, rename = "knelpunt")]
    pub knelpunten: Vec<Knelpunt>,
    #[serde(default, rename = "action")]
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Knelpunt {
    pub id: Text,
    pub text: String,
    #[serde(default)]
    pub schools: Vec<Text>,
    pub themes: Option<Spanned<Vec<Text>>>,
    /// The date the knelpunt was solved; it stays in the file as history.
    pub resolved: Option<Spanned<Date>>,
}

impl Knelpunt {
    /// Not (yet) resolved on `today`.
    pub fn is_open(&self, today: chrono::NaiveDate) -> bool {
        self.resolved.as_ref().is_none_or(|d| d.get_ref().0 > today)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Text,
    pub title: String,
    pub themes: Spanned<Vec<Text>>,
    pub role: Option<Role>,
    #[serde(default)]
    pub addresses: Vec<Text>,
    #[serde(default)]
    pub schools: Vec<Text>,
    pub overlegtafel: Option<Text>,
    pub owner: Option<String>,
    pub status: Status,
    pub due: Option<Spanned<Date>>,
    pub funding: Option<String>,
    /// A good practice worth sharing with the other regions.
    #[serde(default)]
    pub example: bool,
    /// What the practice is, in a few sentences: what a colleague reads
    /// first.
    pub summary: Option<String>,
    /// What it achieved, with figures where there are any.
    pub result: Option<String>,
    /// What made it work.
    #[serde(default)]
    pub success_factors: Vec<String>,
    /// What to look out for.
    #[serde(default)]
    pub pitfalls: Vec<String>,
    /// Whom it is for: `pro`, `vso` and the vso profiles.
    #[serde(default)]
    pub target_group: Vec<Spanned<TargetGroup>>,
    /// The kinds of partner it works with.
    #[serde(default)]
    pub partners: Vec<Spanned<PartnerKind>>,
    /// Whom a colleague elsewhere can ask: a role and an organisation.
    pub contact: Option<Contact>,
    /// Since when it runs.
    pub since: Option<Spanned<Date>>,
    /// Public sources: web pages, reports.
    #[serde(default)]
    pub links: Vec<String>,
    /// Where the practice is described, when not on a web page.
    pub source: Option<String>,
    /// The practice of another region this action took up: `region/id`.
    pub inspired_by: Option<Text>,
}

/// Whom to ask about a practice: a role at an organisation, never a
/// person's private address.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// `stage- en uitstroomcoördinator`
    pub role: String,
    pub organisation: String,
    /// A public address of the organisation (`info@…`, `stage@…`).
    pub email: Option<Text>,
}

str_enum! {
    /// Whom a practice is for.
    pub enum TargetGroup {
        Pro = "pro" | "praktijkonderwijs",
        Vso = "vso",
        Vervolgonderwijs = "vervolgonderwijs",
        Arbeidsmarktgericht = "arbeidsmarktgericht",
        Dagbesteding = "dagbesteding",
    }
}

str_enum! {
    /// The kinds of partner a practice works with.
    pub enum PartnerKind {
        Werkgever = "werkgever" | "employer",
        Gemeente = "gemeente" | "municipality",
        Mbo = "mbo",
        Zorginstelling = "zorginstelling" | "care",
        Wsp = "wsp" | "werkgeversservicepunt",
        Uwv = "uwv",
        SwBedrijf = "sw-bedrijf" | "sociaal-werkbedrijf",
        School = "school",
        Ouders = "ouders" | "parents",
        Overig = "overig" | "other",
    }
}

impl Action {
    /// Whether the action is on this theme (ids compare without regard to case).
    pub fn has_theme(&self, id: &str) -> bool {
        self.themes.get_ref().iter().any(|t| names_theme(t, id))
    }

    /// Past its due date and still planned or active.
    pub fn is_overdue(&self, today: chrono::NaiveDate) -> bool {
        matches!(self.status, Status::Planned | Status::Active)
            && self.due.as_ref().is_some_and(|d| d.get_ref().0 < today)
    }
}

str_enum! {
    /// The English value is canonical; the Dutch word is read too.
    pub enum Status {
        Planned = "planned" | "gepland",
        Active = "active" | "lopend",
        Done = "done" | "afgerond",
        Dropped = "dropped" | "vervallen",
    }
}

str_enum! {
    /// The coordinator's roles A-E; the letter is accepted too.
    pub enum Role {
        Netwerkregisseur = "netwerkregisseur" | "A",
        Vertegenwoordiger = "vertegenwoordiger" | "B",
        Foto = "foto" | "C",
        Kennismakelaar = "kennismakelaar" | "D",
        Ontwikkelthema = "ontwikkelthema" | "E",
    }
}
