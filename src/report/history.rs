//! The audit trail of a jaarplan: every commit that changed it, with a
//! semantic diff (goals, actions, approval, meetings, period) and whether a
//! change came after approval and so needs approval again.

use crate::diag::Diagnostic;
use crate::git::Commit;
use crate::i18n::t;
use crate::model::{Date, Goal, JaarplanFile, MeetingKind};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    Title {
        old: Option<String>,
        new: String,
    },
    Period {
        old_start: Option<Date>,
        old_end: Option<Date>,
        new_start: Date,
        new_end: Date,
    },
    RegionalPlan {
        old: Option<String>,
        new: Option<String>,
    },
    /// `field` is `status`, `date` or `by`.
    Approval {
        field: &'static str,
        old: Option<String>,
        new: Option<String>,
    },
    GoalAdded {
        goal: String,
        text: String,
    },
    GoalRemoved {
        goal: String,
        text: String,
    },
    GoalText {
        goal: String,
        old: String,
        new: String,
    },
    GoalThemes {
        goal: String,
        old: Vec<String>,
        new: Vec<String>,
    },
    /// The target, unit or indicator changed.
    GoalTarget {
        goal: String,
        old: Option<Target>,
        new: Option<Target>,
    },
    GoalActionAdded {
        goal: String,
        action: String,
    },
    GoalActionRemoved {
        goal: String,
        action: String,
    },
    MeetingAdded {
        kind: MeetingKind,
        date: Date,
    },
    MeetingRemoved {
        kind: MeetingKind,
        date: Date,
    },
    Renamed {
        from: String,
        to: String,
    },
}

impl Change {
    /// Changes to what the directies approved: the goals and the period.
    pub fn touches_content(&self) -> bool {
        matches!(
            self,
            Change::Period { .. }
                | Change::GoalAdded { .. }
                | Change::GoalRemoved { .. }
                | Change::GoalText { .. }
                | Change::GoalThemes { .. }
                | Change::GoalTarget { .. }
                | Change::GoalActionAdded { .. }
                | Change::GoalActionRemoved { .. }
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionState {
    Parsed,
    /// The file at this commit does not parse; `error` says why.
    Unparsable,
    Deleted,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub hash: String,
    pub short: String,
    /// Author date (ISO 8601).
    pub date: String,
    pub author: String,
    pub message: String,
    /// The file's path in this commit, relative to the repository top.
    pub path: String,
    pub state: VersionState,
    pub error: Option<String>,
    /// Changes against the previous version that parsed.
    pub changes: Vec<Change>,
    /// This commit set the plan to approved (or renewed the approval).
    pub approval: bool,
    /// This commit changed goals or period while the plan was approved: it needs re-approval.
    pub after_approval: bool,
    /// A merge: its changes are counted against its first parent.
    pub merge: bool,
    /// The oldest commit of a shallow clone (or another cut-off history):
    /// what came before is unknown, so it shows the state, not a change.
    pub boundary: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryReport {
    pub code: &'static str,
    pub region: &'static str,
    /// The jaarplan's path relative to the data root.
    pub file: String,
    pub newest_first: bool,
    /// A shallow clone: older commits are not available.
    pub shallow: bool,
    /// The working tree has changes to the plan that no commit holds yet.
    pub uncommitted: bool,
    pub entries: Vec<HistoryEntry>,
}

/// One version of the file as read from git.
pub enum Version {
    Plan(Box<JaarplanFile>),
    Broken(String),
    Deleted,
}

/// Describes a version that failed to parse by its first diagnostic.
pub fn broken(diags: &[Diagnostic], line_of: impl Fn(&Diagnostic) -> Option<usize>) -> String {
    diags.first().map_or_else(
        || t!("history-broken-unreadable"),
        |d| match line_of(d) {
            Some(line) => t!(
                "history-broken-line",
                line = line,
                message = format!("{} [{}]", d.message, d.code.name())
            ),
            None => format!("{} [{}]", d.message, d.code.name()),
        },
    )
}

/// What a goal aims at: target, unit and indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub target: Option<f64>,
    pub unit: Option<String>,
    pub indicator: Option<String>,
}

fn goal_target(g: &Goal) -> Option<Target> {
    let t = Target {
        target: g.target.as_ref().map(|t| *t.get_ref()),
        unit: g.unit.clone(),
        indicator: g.indicator.clone(),
    };
    (t.target.is_some() || t.unit.is_some() || t.indicator.is_some()).then_some(t)
}

fn goal_themes(g: &Goal) -> Vec<String> {
    g.themes
        .iter()
        .flat_map(|t| t.get_ref())
        .map(|t| t.get_ref().clone())
        .collect()
}

/// What changed from `old` (none for the first version) to `new`.
pub fn diff(old: Option<&JaarplanFile>, new: &JaarplanFile) -> Vec<Change> {
    let mut out = Vec::new();
    if old.map(|o| &o.title) != Some(&new.title) {
        out.push(Change::Title {
            old: old.map(|o| o.title.clone()),
            new: new.title.clone(),
        });
    }
    let period = |p: &JaarplanFile| (*p.start.get_ref(), *p.end.get_ref());
    if old.map(period) != Some(period(new)) {
        out.push(Change::Period {
            old_start: old.map(|o| period(o).0),
            old_end: old.map(|o| period(o).1),
            new_start: period(new).0,
            new_end: period(new).1,
        });
    }
    let plan = |p: &JaarplanFile| p.regional_plan.as_ref().map(|r| r.get_ref().clone());
    if old.map_or(new.regional_plan.is_some(), |o| plan(o) != plan(new)) {
        out.push(Change::RegionalPlan {
            old: old.and_then(plan),
            new: plan(new),
        });
    }
    type Field = fn(&JaarplanFile) -> Option<String>;
    let fields: [(&'static str, Field); 3] = [
        ("status", |p| {
            p.approval.as_ref().map(|a| a.status.to_string())
        }),
        ("date", |p| {
            p.approval
                .as_ref()
                .and_then(|a| a.date.as_ref().map(|d| d.get_ref().to_string()))
        }),
        ("by", |p| p.approval.as_ref().and_then(|a| a.by.clone())),
    ];
    for (field, get) in fields {
        let before = old.and_then(get);
        let after = get(new);
        if before != after {
            out.push(Change::Approval {
                field,
                old: before,
                new: after,
            });
        }
    }

    let old_goals: &[Goal] = old.map_or(&[], |o| &o.goals);
    let find = |goals: &'_ [Goal], id: &str| goals.iter().find(|g| g.id.get_ref() == id).cloned();
    for g in &new.goals {
        let id = g.id.get_ref().clone();
        let new_actions: Vec<String> = g.actions.iter().map(|a| a.get_ref().clone()).collect();
        match find(old_goals, &id) {
            None => {
                out.push(Change::GoalAdded {
                    goal: id.clone(),
                    text: g.text.clone(),
                });
                for a in new_actions {
                    out.push(Change::GoalActionAdded {
                        goal: id.clone(),
                        action: a,
                    });
                }
            }
            Some(o) => {
                if o.text != g.text {
                    out.push(Change::GoalText {
                        goal: id.clone(),
                        old: o.text.clone(),
                        new: g.text.clone(),
                    });
                }
                if goal_themes(&o) != goal_themes(g) {
                    out.push(Change::GoalThemes {
                        goal: id.clone(),
                        old: goal_themes(&o),
                        new: goal_themes(g),
                    });
                }
                if goal_target(&o) != goal_target(g) {
                    out.push(Change::GoalTarget {
                        goal: id.clone(),
                        old: goal_target(&o),
                        new: goal_target(g),
                    });
                }
                let old_actions: Vec<String> =
                    o.actions.iter().map(|a| a.get_ref().clone()).collect();
                for a in new_actions.iter().filter(|a| !old_actions.contains(a)) {
                    out.push(Change::GoalActionAdded {
                        goal: id.clone(),
                        action: a.clone(),
                    });
                }
                for a in old_actions.iter().filter(|a| !new_actions.contains(a)) {
                    out.push(Change::GoalActionRemoved {
                        goal: id.clone(),
                        action: a.clone(),
                    });
                }
            }
        }
    }
    for o in old_goals
        .iter()
        .filter(|o| find(&new.goals, o.id.get_ref()).is_none())
    {
        out.push(Change::GoalRemoved {
            goal: o.id.get_ref().clone(),
            text: o.text.clone(),
        });
    }

    let meetings = |p: &JaarplanFile| -> BTreeSet<(Date, MeetingKind)> {
        p.meetings
            .iter()
            .map(|m| (*m.date.get_ref(), m.kind))
            .collect()
    };
    let before = old.map(meetings).unwrap_or_default();
    let after = meetings(new);
    for (date, kind) in after.difference(&before) {
        out.push(Change::MeetingAdded {
            kind: *kind,
            date: *date,
        });
    }
    for (date, kind) in before.difference(&after) {
        out.push(Change::MeetingRemoved {
            kind: *kind,
            date: *date,
        });
    }
    out
}

/// Builds the entries from the commits and their versions, oldest first.
pub fn entries(versions: Vec<(Commit, Version)>) -> Vec<HistoryEntry> {
    let mut out = Vec::with_capacity(versions.len());
    let mut last: Option<Box<JaarplanFile>> = None;
    let mut last_path: Option<String> = None;
    let mut approved: Option<crate::model::Fingerprint> = None;
    for (i, (commit, version)) in versions.into_iter().enumerate() {
        // Where a shallow clone is cut off, the state before is unknown:
        // the commit shows the plan as it was, not a change.
        let boundary = i == 0 && (commit.boundary || !commit.added);
        let mut entry = HistoryEntry {
            hash: commit.hash,
            short: commit.short,
            date: commit.date,
            author: commit.author,
            message: commit.subject,
            path: commit.path.clone(),
            state: VersionState::Parsed,
            error: None,
            changes: Vec::new(),
            approval: false,
            after_approval: false,
            merge: commit.merge,
            boundary,
        };
        if let Some(prev) = &last_path
            && *prev != commit.path
        {
            entry.changes.push(Change::Renamed {
                from: prev.clone(),
                to: commit.path.clone(),
            });
        }
        last_path = Some(commit.path);
        match version {
            Version::Deleted => entry.state = VersionState::Deleted,
            Version::Broken(e) => {
                entry.state = VersionState::Unparsable;
                entry.error = Some(e);
            }
            Version::Plan(plan) if boundary => {
                approved = plan
                    .approval
                    .as_ref()
                    .filter(|_| plan.is_approved())
                    .and_then(|a| a.fingerprint.clone());
                last = Some(plan)
            }
            Version::Plan(plan) => {
                let changes = diff(last.as_deref(), &plan);
                let was = last.as_deref().is_some_and(JaarplanFile::is_approved);
                let now = plan.is_approved();
                let recorded =
                    |p: &JaarplanFile| p.approval.as_ref().and_then(|a| a.fingerprint.clone());
                let renewed = changes.iter().any(|c| {
                    matches!(
                        c,
                        Change::Approval {
                            field: "status" | "date",
                            ..
                        }
                    )
                }) || last.as_deref().map(recorded) != Some(recorded(&plan));
                entry.approval = now && (!was || renewed);
                let content = plan.fingerprint();
                if entry.approval {
                    // What was approved: the recorded fingerprint, or (for
                    // an approval written by hand) the plan as it was then.
                    approved = Some(recorded(&plan).unwrap_or_else(|| content.clone()));
                }
                let changed =
                    last.as_deref().map(JaarplanFile::fingerprint) != Some(content.clone());
                entry.after_approval =
                    was && now && !entry.approval && changed && approved.as_ref() != Some(&content);
                entry.changes.extend(changes);
                last = Some(plan);
            }
        }
        out.push(entry);
    }
    out
}
