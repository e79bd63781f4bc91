//! The directies' approval round: `[approval.round]` (when it opened, its
//! deadline, the quorum) and one `[[approval.vote]]` per institution's
//! decision, each bound to the fingerprint of the plan the director saw.
//! [`JaarplanFile::tally`] counts the round; nothing here writes.

use super::{Date, JaarplanFile, School, Spanned, Text, str_enum};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `[approval.round]`: the plan is before the directies.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub opened: Spanned<Date>,
    pub deadline: Spanned<Date>,
    /// This round's quorum, if not vsopro.toml's (`meerderheid`, `allen`
    /// or a number of institutions).
    pub quorum: Option<Spanned<Quorum>>,
    /// The message the directies received with the plan.
    pub message: Option<String>,
    /// The plan's fingerprints while the round was open, written by
    /// vsopro: a vote names one of these (or the plan as it is).
    #[serde(default)]
    pub versions: Vec<String>,
    /// The round withdrawn by the coordinator before it closed.
    pub withdrawn: Option<Withdrawal>,
}

/// `[approval.round.withdrawn]`: when, by whom and why the round stopped.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    pub date: Spanned<Date>,
    pub by: String,
    pub reason: String,
}

/// `[[approval.vote]]`: one institution's decision on one version.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    /// A school id from schools.toml; the schools of one institution (the
    /// first four characters of `brin`) count as one.
    pub institution: Text,
    pub name: String,
    pub function: String,
    pub date: Spanned<Date>,
    pub decision: Spanned<Decision>,
    pub comment: Option<String>,
    /// The plan's fingerprint (`3f2a-9b1c-77de`) when the vote was cast.
    pub fingerprint: Text,
}

str_enum! {
    pub enum Decision {
        Akkoord = "akkoord" | "agree" | "approve",
        NietAkkoord = "niet-akkoord" | "disagree" | "reject",
        Onthouding = "onthouding" | "abstain",
    }
}

/// How many institutions must agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quorum {
    /// More than half (the default).
    Majority,
    All,
    Count(u32),
}

impl Quorum {
    /// The number of `akkoord` votes needed among `institutions`.
    pub fn needed(self, institutions: usize) -> usize {
        match self {
            Quorum::Majority => institutions / 2 + 1,
            Quorum::All => institutions.max(1),
            Quorum::Count(n) => n as usize,
        }
    }
}

impl<'de> Deserialize<'de> for Quorum {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Quorum;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("\"meerderheid\", \"allen\" or a number of institutions")
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Quorum, E> {
                u32::try_from(n)
                    .ok()
                    .filter(|n| *n > 0)
                    .map(Quorum::Count)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Signed(n), &self))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Quorum, E> {
                match s {
                    "meerderheid" | "majority" => Ok(Quorum::Majority),
                    "allen" | "all" => Ok(Quorum::All),
                    _ => Err(E::unknown_variant(
                        s,
                        &["meerderheid", "allen", "majority", "all"],
                    )),
                }
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Quorum {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Quorum".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "oneOf": [
                {"type": "string", "enum": ["meerderheid", "allen", "majority", "all"]},
                {"type": "integer", "minimum": 1}
            ]
        })
    }
}

/// The institution a school belongs to: its BRIN's four characters, or
/// the school itself when it has none.
pub fn institution_key(s: &School) -> String {
    s.institution().unwrap_or_else(|| s.id.get_ref().clone())
}

/// One institution of the region in the round.
#[derive(Debug, Clone, Serialize)]
pub struct Institution {
    /// Its BRIN (four characters), or its only school's id.
    pub key: String,
    /// The school ids that belong to it.
    pub schools: Vec<String>,
    /// Its schools' names.
    pub name: String,
}

impl Institution {
    /// `given` names it: one of its schools' ids, or its BRIN.
    pub fn named_by(&self, given: &str) -> bool {
        let given = given.trim();
        self.key.eq_ignore_ascii_case(given) || self.schools.iter().any(|s| s == given)
    }
}

/// The regions' institutions whose schools count in the caseload, by name.
pub fn institutions(schools: &[School]) -> Vec<Institution> {
    let mut by: BTreeMap<String, Institution> = BTreeMap::new();
    for s in schools.iter().filter(|s| s.counts()) {
        let key = institution_key(s);
        let i = by.entry(key.clone()).or_insert_with(|| Institution {
            key,
            schools: Vec::new(),
            name: String::new(),
        });
        i.schools.push(s.id.get_ref().clone());
        if !i.name.split(" / ").any(|n| n == s.name) {
            if !i.name.is_empty() {
                i.name.push_str(" / ");
            }
            i.name.push_str(&s.name);
        }
    }
    let mut out: Vec<Institution> = by.into_values().collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.key.cmp(&b.key)));
    out
}

/// Where an institution's latest vote in the round stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// On the plan as it is: it counts.
    Current,
    /// On an earlier version: it no longer counts; they are asked again.
    Earlier,
    /// Not voted in this round.
    Missing,
}

/// One institution's row in the count.
#[derive(Debug, Clone)]
pub struct TallyRow<'a> {
    pub institution: Institution,
    /// Its latest vote in the round.
    pub vote: Option<&'a Vote>,
    pub standing: Standing,
}

/// The round counted against the plan as it is.
#[derive(Debug, Clone)]
pub struct Tally<'a> {
    pub round: &'a Round,
    pub quorum: Quorum,
    pub needed: usize,
    /// The plan's fingerprint now.
    pub current: String,
    pub rows: Vec<TallyRow<'a>>,
    pub agreed: usize,
    pub disagreed: usize,
    pub abstained: usize,
    pub earlier: usize,
    pub missing: usize,
    /// The agreeing votes on this version reach the quorum.
    pub reached: bool,
    /// The plan is approved as it is (the round is closed).
    pub closed: bool,
}

impl Tally<'_> {
    /// The round is open: not withdrawn, not closed by an approval of
    /// this version.
    pub fn open(&self) -> bool {
        !self.closed
    }
}

impl JaarplanFile {
    /// The whole fingerprint as one short code: what a vote names.
    pub fn digest(&self) -> String {
        self.fingerprint().digest()
    }

    /// The votes (all, in file order).
    pub fn votes(&self) -> &[Vote] {
        self.approval.as_ref().map_or(&[], |a| &a.votes)
    }

    /// The round, if one was opened.
    pub fn round(&self) -> Option<&Round> {
        self.approval.as_ref()?.round.as_ref()
    }

    /// The votes cast in the round (on or after its opening).
    pub fn round_votes(&self) -> impl Iterator<Item = &Vote> {
        let opened = self.round().map(|r| r.opened.get_ref().0);
        self.votes()
            .iter()
            .filter(move |v| opened.is_some_and(|o| v.date.get_ref().0 >= o))
    }

    /// The fingerprints this plan is known to have had: as it is, what
    /// was approved, and the versions its round recorded.
    pub fn known_fingerprints(&self) -> Vec<String> {
        let mut out = vec![self.digest()];
        if let Some(f) = self.approval.as_ref().and_then(|a| a.fingerprint.as_ref()) {
            out.push(f.digest());
        }
        if let Some(r) = self.round() {
            out.extend(r.versions.iter().cloned());
        }
        out
    }

    /// The round counted: each institution's latest vote, against the
    /// plan as it is. `default` is vsopro.toml's quorum.
    pub fn tally<'a>(&'a self, schools: &[School], default: Quorum) -> Option<Tally<'a>> {
        let round = self.round()?;
        let quorum = round.quorum.as_ref().map_or(default, |q| *q.get_ref());
        let current = self.digest();
        let key_of: BTreeMap<&str, String> = schools
            .iter()
            .map(|s| (s.id.get_ref().as_str(), institution_key(s)))
            .collect();
        // The latest vote per institution: by date, then place in the file.
        let mut latest: BTreeMap<String, &Vote> = BTreeMap::new();
        for v in self.round_votes() {
            let Some(key) = key_of.get(v.institution.get_ref().as_str()) else {
                continue;
            };
            match latest.get(key) {
                Some(old) if old.date.get_ref() > v.date.get_ref() => {}
                _ => {
                    latest.insert(key.clone(), v);
                }
            }
        }
        let institutions = institutions(schools);
        let needed = quorum.needed(institutions.len());
        let mut t = Tally {
            round,
            quorum,
            needed,
            current: current.clone(),
            rows: Vec::new(),
            agreed: 0,
            disagreed: 0,
            abstained: 0,
            earlier: 0,
            missing: 0,
            reached: false,
            closed: false,
        };
        for i in institutions {
            let vote = latest.get(&i.key).copied();
            let standing = match vote {
                None => Standing::Missing,
                Some(v) if *v.fingerprint.get_ref() == current => Standing::Current,
                Some(_) => Standing::Earlier,
            };
            match (standing, vote.map(|v| *v.decision.get_ref())) {
                (Standing::Current, Some(Decision::Akkoord)) => t.agreed += 1,
                (Standing::Current, Some(Decision::NietAkkoord)) => t.disagreed += 1,
                (Standing::Current, Some(Decision::Onthouding)) => t.abstained += 1,
                (Standing::Earlier, _) => t.earlier += 1,
                _ => t.missing += 1,
            }
            t.rows.push(TallyRow {
                institution: i,
                vote,
                standing,
            });
        }
        t.reached = needed > 0 && t.agreed >= needed;
        t.closed = self.round_closed();
        Some(t)
    }

    /// The round is closed: withdrawn, or the plan is approved as it is,
    /// on or after the round's opening (by its votes, or by `vsopro
    /// accordeer`).
    pub fn round_closed(&self) -> bool {
        let Some(round) = self.round() else {
            return false;
        };
        if round.withdrawn.is_some() {
            return true;
        }
        self.approval
            .as_ref()
            .filter(|_| self.is_approved() && !self.approval_lapsed())
            .and_then(|a| a.date.as_ref())
            .is_some_and(|d| d.get_ref().0 >= round.opened.get_ref().0)
    }
}
