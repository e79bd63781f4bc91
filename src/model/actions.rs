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
