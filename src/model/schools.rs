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
    /// `false` leaves the school out of the caseload (with a `reason`), e.g.
    /// a location DUO registers as vso that is so in practice.
    pub caseload: Option<Spanned<bool>>,
    pub reason: Option<String>,
}

impl School {
    /// Whether the school counts in the caseload.
    pub fn counts(&self) -> bool {
        self.caseload.as_ref().is_none_or(|c| *c.get_ref())
    }

    /// The institution (BRIN, `18BR`) of its location code, if it has one.
    pub fn institution(&self) -> Option<String> {
        let brin = self.brin.as_ref()?.get_ref().trim();
        (brin.len() >= 4 && brin.is_char_boundary(4)).then(|| brin[..4].to_uppercase())
    }
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
