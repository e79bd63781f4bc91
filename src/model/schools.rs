//! `schools.toml`: the pro and vso schools of the region.

use super::{Spanned, Text, str_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchoolsFile {
    #[serde(default, rename = "school")]
    pub schools: Vec<School>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct School {
    pub id: Text,
    pub name: String,
    pub kind: Kind,
    /// 2 digits + 2 letters, e.g. `12AB`.
    pub brin: Option<Text>,
    pub municipality: Option<Text>,
    pub board: Option<String>,
    pub students: Option<Spanned<i64>>,
    /// vso only.
    pub profiles: Option<Spanned<Vec<Profile>>>,
    /// vso only: 1-4.
    pub cluster: Option<Spanned<i64>>,
}

str_enum! {
    pub enum Kind {
        Pro = "pro" | "praktijkonderwijs",
        Vso = "vso" | "voortgezet speciaal onderwijs",
    }
}

str_enum! {
    /// The official vso uitstroomprofielen.
    pub enum Profile {
        Vervolgonderwijs = "vervolgonderwijs",
        Arbeidsmarktgericht = "arbeidsmarktgericht",
        Dagbesteding = "dagbesteding",
    }
}
