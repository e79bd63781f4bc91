//! What the directies approved: a fingerprint of the plan's content (its
//! period and each goal's text, themes, target and linked actions — not
//! meetings or measurements) recorded with the approval, and the
//! comparison every view makes with the plan as it is now.

use super::{Goal, JaarplanFile};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Recorded under `[approval.fingerprint]` by `vsopro accordeer`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fingerprint {
    /// The approved period, `start/end` (ISO dates).
    pub period: String,
    /// Per goal id, a hash of what was approved of it.
    #[serde(default)]
    pub goals: BTreeMap<String, String>,
}

/// What of a goal is approved, in a fixed shape for hashing. Linked
/// actions and themes are sets: their order is layout, not content.
#[derive(Serialize)]
struct ApprovedGoal<'a> {
    text: &'a str,
    themes: Vec<String>,
    target: Option<f64>,
    unit: Option<&'a str>,
    indicator: Option<&'a str>,
    actions: Vec<String>,
    /// Left out when absent, so that goals approved before it existed
    /// keep their hash.
    #[serde(skip_serializing_if = "Option::is_none")]
    measure: Option<&'static str>,
}

/// The first `n` bytes of SHA-256 of `bytes`, in hex: the short hashes of
/// fingerprints and of the files a workbench form was made from.
pub use crate::source::short_hash;

fn goal_hash(g: &Goal) -> String {
    let sorted = |ids: Vec<String>| {
        let mut ids = ids;
        ids.sort();
        ids.dedup();
        ids
    };
    let approved = ApprovedGoal {
        text: g.text.trim(),
        themes: sorted(
            g.themes
                .iter()
                .flat_map(|t| t.get_ref())
                .map(|t| t.get_ref().to_lowercase())
                .collect(),
        ),
        target: g.target.as_ref().map(|t| *t.get_ref()),
        unit: g.unit.as_deref().map(str::trim),
        indicator: g.indicator.as_deref().map(str::trim),
        actions: sorted(g.actions.iter().map(|a| a.get_ref().clone()).collect()),
        measure: g.measure.as_ref().map(|m| m.get_ref().as_str()),
    };
    let bytes = serde_json::to_vec(&approved).expect("plain data serializes");
    // 48 bits: enough to tell versions of one goal apart, short to read.
    short_hash(&bytes, 6)
}

impl JaarplanFile {
    /// The fingerprint of the plan as it is.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint {
            period: format!("{}/{}", self.start.get_ref(), self.end.get_ref()),
            goals: self
                .goals
                .iter()
                .map(|g| (g.id.get_ref().clone(), goal_hash(g)))
                .collect(),
        }
    }

    /// How the plan now differs from what was approved: `None` when it is
    /// not approved or the approval records no fingerprint.
    pub fn approval_changes(&self) -> Option<Vec<ApprovedChange>> {
        let a = self.approval.as_ref().filter(|_| self.is_approved())?;
        let approved = a.fingerprint.as_ref()?;
        Some(approved.changes_to(&self.fingerprint()))
    }

    /// Approved, and the approval still covers the content.
    pub fn approval_lapsed(&self) -> bool {
        self.approval_changes().is_some_and(|c| !c.is_empty())
    }
}

/// One difference between the approved plan and the plan now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum ApprovedChange {
    Period { approved: String, now: String },
    GoalAdded { goal: String },
    GoalRemoved { goal: String },
    GoalChanged { goal: String },
}

impl Fingerprint {
    /// The whole fingerprint as one short code (`3f2a-9b1c-77de`), for a
    /// signed document to name the version it approves.
    pub fn digest(&self) -> String {
        let bytes = serde_json::to_vec(self).expect("plain data serializes");
        let hex = short_hash(&bytes, 6);
        format!("{}-{}-{}", &hex[..4], &hex[4..8], &hex[8..])
    }

    /// What changed from this (approved) fingerprint to `now`, in a stable
    /// order: period, then goals by id.
    pub fn changes_to(&self, now: &Fingerprint) -> Vec<ApprovedChange> {
        let mut out = Vec::new();
        if self.period != now.period {
            out.push(ApprovedChange::Period {
                approved: self.period.clone(),
                now: now.period.clone(),
            });
        }
        let ids: std::collections::BTreeSet<&String> =
            self.goals.keys().chain(now.goals.keys()).collect();
        for id in ids {
            let goal = id.clone();
            match (self.goals.get(id), now.goals.get(id)) {
                (None, Some(_)) => out.push(ApprovedChange::GoalAdded { goal }),
                (Some(_), None) => out.push(ApprovedChange::GoalRemoved { goal }),
                (Some(a), Some(b)) if a != b => out.push(ApprovedChange::GoalChanged { goal }),
                _ => {}
            }
        }
        out
    }
}
