//! `uitstroom.toml`: where a region's leavers went, per school and school
//! year — aggregates only, by design: vsopro never holds a pupil. The
//! destinations follow the sector's uitstroommonitor (and the vso
//! uitstroomprofielen); their keys are its Dutch terms.

use super::{Spanned, Text};
use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UitstroomFile {
    #[serde(default, rename = "uitstroom")]
    pub outcomes: Vec<Outcome>,
}

/// The leavers of one school in one school year, by destination at leaving,
/// and where they were one and two years later.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The school's id in schools.toml.
    pub school: Text,
    /// The school year in which they left: `2025-2026`.
    pub year: Text,
    /// How many pupils left the school that year.
    pub leavers: Spanned<i64>,
    /// Regular work.
    pub werk: Option<Spanned<i64>>,
    /// Work with support: loonkostensubsidie or jobcoaching.
    pub werk_met_ondersteuning: Option<Spanned<i64>>,
    /// Beschut werk.
    pub beschut_werk: Option<Spanned<i64>>,
    /// mbo entree (level 1).
    pub mbo_entree: Option<Spanned<i64>>,
    /// mbo level 2 or higher.
    pub mbo: Option<Spanned<i64>>,
    /// Other education.
    pub ander_onderwijs: Option<Spanned<i64>>,
    /// Dagbesteding.
    pub dagbesteding: Option<Spanned<i64>>,
    /// No work, school or dagbesteding.
    pub geen: Option<Spanned<i64>>,
    /// Destination not known.
    pub onbekend: Option<Spanned<i64>>,
    /// The same leavers one year after leaving (nazorg).
    pub na_1_jaar: Option<FollowUp>,
    /// The same leavers two years after leaving.
    pub na_2_jaar: Option<FollowUp>,
}

/// Where the leavers of a year were one or two years later.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Still in their destination, or a better one.
    pub op_plek: Option<Spanned<i64>>,
    /// In another destination.
    pub gewisseld: Option<Spanned<i64>>,
    /// Dropped out: no work, school or dagbesteding.
    pub uitgevallen: Option<Spanned<i64>>,
    /// Not known.
    pub onbekend: Option<Spanned<i64>>,
}

/// A destination at leaving, as the uitstroommonitor counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    Werk,
    WerkMetOndersteuning,
    BeschutWerk,
    MboEntree,
    Mbo,
    AnderOnderwijs,
    Dagbesteding,
    Geen,
    Onbekend,
}

/// The broad groups the reports count: work of any kind, education,
/// dagbesteding, none, unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DestinationGroup {
    Work,
    Education,
    Dagbesteding,
    None,
    Unknown,
}

impl Destination {
    pub const ALL: [Destination; 9] = [
        Destination::Werk,
        Destination::WerkMetOndersteuning,
        Destination::BeschutWerk,
        Destination::MboEntree,
        Destination::Mbo,
        Destination::AnderOnderwijs,
        Destination::Dagbesteding,
        Destination::Geen,
        Destination::Onbekend,
    ];

    /// Its key in uitstroom.toml.
    pub fn key(self) -> &'static str {
        match self {
            Destination::Werk => "werk",
            Destination::WerkMetOndersteuning => "werk_met_ondersteuning",
            Destination::BeschutWerk => "beschut_werk",
            Destination::MboEntree => "mbo_entree",
            Destination::Mbo => "mbo",
            Destination::AnderOnderwijs => "ander_onderwijs",
            Destination::Dagbesteding => "dagbesteding",
            Destination::Geen => "geen",
            Destination::Onbekend => "onbekend",
        }
    }

    pub fn group(self) -> DestinationGroup {
        match self {
            Destination::Werk | Destination::WerkMetOndersteuning | Destination::BeschutWerk => {
                DestinationGroup::Work
            }
            Destination::MboEntree | Destination::Mbo | Destination::AnderOnderwijs => {
                DestinationGroup::Education
            }
            Destination::Dagbesteding => DestinationGroup::Dagbesteding,
            Destination::Geen => DestinationGroup::None,
            Destination::Onbekend => DestinationGroup::Unknown,
        }
    }
}

impl Outcome {
    /// Each destination with its count as written (`None`: left out, zero).
    pub fn destinations(&self) -> [(Destination, Option<&Spanned<i64>>); 9] {
        Destination::ALL.map(|d| {
            let v = match d {
                Destination::Werk => &self.werk,
                Destination::WerkMetOndersteuning => &self.werk_met_ondersteuning,
                Destination::BeschutWerk => &self.beschut_werk,
                Destination::MboEntree => &self.mbo_entree,
                Destination::Mbo => &self.mbo,
                Destination::AnderOnderwijs => &self.ander_onderwijs,
                Destination::Dagbesteding => &self.dagbesteding,
                Destination::Geen => &self.geen,
                Destination::Onbekend => &self.onbekend,
            };
            (d, v.as_ref())
        })
    }

    /// The follow-ups, one and two years after leaving.
    pub fn follow_ups(&self) -> [(u8, Option<&FollowUp>); 2] {
        [(1, self.na_1_jaar.as_ref()), (2, self.na_2_jaar.as_ref())]
    }
}

/// The keys of a follow-up, in the order of the format.
pub const FOLLOW_UP_KEYS: [&str; 4] = ["op_plek", "gewisseld", "uitgevallen", "onbekend"];

impl FollowUp {
    /// Each count with its key.
    pub fn counts(&self) -> [(&'static str, Option<&Spanned<i64>>); 4] {
        let [a, b, c, d] = FOLLOW_UP_KEYS;
        [
            (a, self.op_plek.as_ref()),
            (b, self.gewisseld.as_ref()),
            (c, self.uitgevallen.as_ref()),
            (d, self.onbekend.as_ref()),
        ]
    }
}

/// The first calendar year of the school year (1 August – 31 July) that
/// contains `day`.
pub fn school_year_of(day: NaiveDate) -> i32 {
    if day.month() >= 8 {
        day.year()
    } else {
        day.year() - 1
    }
}

/// The school year that begins in `start`, as the files write it:
/// `2025-2026`.
pub fn school_year_label(start: i32) -> String {
    format!("{start}-{}", start + 1)
}

/// A school year `JJJJ-JJJJ` of two consecutive years: its first year.
pub fn school_year_start(year: &str) -> Option<i32> {
    let (a, b) = year.trim().split_once('-')?;
    let valid = |s: &str| s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit());
    if !valid(a) || !valid(b) {
        return None;
    }
    let (a, b): (i32, i32) = (a.parse().ok()?, b.parse().ok()?);
    (b == a + 1).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_years() {
        assert_eq!(school_year_start("2025-2026"), Some(2025));
        assert_eq!(school_year_start(" 2025-2026 "), Some(2025));
        for bad in [
            "2025-2027",
            "2025/2026",
            "25-26",
            "2025",
            "2026-2025",
            "abcd-efgh",
        ] {
            assert_eq!(school_year_start(bad), None, "{bad}");
        }
    }
}

/// The figures of one school in one school year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutcomeRow {
    /// The school's id in schools.toml.
    pub school: String,
    /// `2025-2026`.
    pub year: String,
    pub leavers: i64,
    /// In the order of [`Destination::ALL`]; `None` leaves the key out.
    pub destinations: [Option<i64>; 9],
    /// One and two years later, in the order of [`FOLLOW_UP_KEYS`].
    pub follow_ups: [[Option<i64>; 4]; 2],
}

/// The sub-tables of the follow-ups.
pub(crate) const FOLLOW_UP_TABLES: [&str; 2] = ["na_1_jaar", "na_2_jaar"];

/// A follow-up's counts as one flat field each (a form's field, a
/// workbook's column): `na_1_jaar_op_plek` is `op_plek` of `[na_1_jaar]`.
pub(crate) const FOLLOW_UP_FIELDS: [[&str; 4]; 2] = [
    [
        "na_1_jaar_op_plek",
        "na_1_jaar_gewisseld",
        "na_1_jaar_uitgevallen",
        "na_1_jaar_onbekend",
    ],
    [
        "na_2_jaar_op_plek",
        "na_2_jaar_gewisseld",
        "na_2_jaar_uitgevallen",
        "na_2_jaar_onbekend",
    ],
];

/// Every count of a row as a flat field, in the order of the format:
/// `leavers`, the destinations, the follow-ups.
pub(crate) fn count_fields() -> Vec<&'static str> {
    let mut keys = vec!["leavers"];
    keys.extend(Destination::ALL.iter().map(|d| d.key()));
    keys.extend(FOLLOW_UP_FIELDS.iter().flatten());
    keys
}

impl OutcomeRow {
    /// A row from its counts by flat field ([`count_fields`]); `None`
    /// without `leavers`.
    pub(crate) fn from_counts(
        school: &str,
        year: &str,
        counts: &[(&'static str, Option<i64>)],
    ) -> Option<OutcomeRow> {
        let get = |key: &str| counts.iter().find(|(k, _)| *k == key).and_then(|(_, n)| *n);
        Some(OutcomeRow {
            school: school.trim().to_string(),
            year: year.trim().to_string(),
            leavers: get("leavers")?,
            destinations: Destination::ALL.map(|d| get(d.key())),
            follow_ups: FOLLOW_UP_FIELDS.map(|keys| keys.map(get)),
        })
    }

    /// The row of an entry of the file as read (a stand-in for a wrong
    /// value counts as left out).
    pub(crate) fn from_outcome(o: &Outcome) -> OutcomeRow {
        let n = |v: Option<&Spanned<i64>>| v.filter(|v| !v.is_stand_in()).map(|v| *v.get_ref());
        let follow_up = |i: usize| {
            o.follow_ups()[i]
                .1
                .map_or([None; 4], |f| f.counts().map(|(_, v)| n(v)))
        };
        OutcomeRow {
            school: o.school.get_ref().trim().to_string(),
            year: o.year.get_ref().trim().to_string(),
            leavers: n(Some(&o.leavers)).unwrap_or(0),
            destinations: o.destinations().map(|(_, v)| n(v)),
            follow_ups: [follow_up(0), follow_up(1)],
        }
    }

    /// Its counts by flat field, in the order of [`count_fields`].
    pub(crate) fn counts(&self) -> Vec<(&'static str, Option<i64>)> {
        let mut values = vec![Some(self.leavers)];
        values.extend(self.destinations);
        values.extend(self.follow_ups.iter().flatten());
        count_fields().into_iter().zip(values).collect()
    }
}
