//! The quarterly progress report for the stuurgroep: what changed in the
//! region's files since the last stuurgroep meeting (from git, commit by
//! commit), then where the plan stands now. The git reading lives in
//! the progress use case; this module turns versions into events.

use super::history::{self, Change};
use super::jaarplan::{self, ApprovalReport, GoalReport, MeetingReport};
use crate::model::{
    ActionsFile, Date, EntityKind, JaarplanFile, MeetingKind, OverlegtafelsFile, RegionData,
    SchoolsFile, SlotStatus, Status, UitstroomFile,
};
use chrono::{Months, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// Where the period starts, and why there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodStart {
    /// `--since DATE`.
    Since,
    /// The day after the last stuurgroep meeting held (`meeting`).
    LastMeeting,
    /// No stuurgroep meeting held yet: the plan's start.
    PlanStart,
    /// No jaarplan: the last three months.
    ThreeMonths,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    ActionAdded,
    ActionStarted,
    ActionCompleted,
    ActionDropped,
    /// Back to planned (or active again after done or dropped).
    ActionReopened,
    ActionRemoved,
    DueMoved,
    KnelpuntAdded,
    KnelpuntResolved,
    KnelpuntRemoved,
    GoalChanged,
    MeasurementRecorded,
    /// The directies' round opened (its deadline in `new`).
    RoundOpened,
    /// A director's vote (`id` the school, `text` their name, `new` the decision,
    /// `reason` the comment).
    VoteCast,
    Approved,
    InitiativeAdded,
    JudgedRelevant,
    JudgedNotRelevant,
    InitiativeRemoved,
    SchoolAdded,
    SchoolRemoved,
    /// Uitstroom figures of a school and school year recorded.
    OutcomeRecorded,
    /// Uitstroom figures recorded before, changed.
    OutcomeChanged,
}

/// One change found in a commit of the period.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub kind: EventKind,
    /// What it is about: `action`, `knelpunt`, `goal`, `overlegtafel`, ...
    pub entity: EntityKind,
    pub id: String,
    /// The action's title, knelpunt's text, goal's text or entity's name.
    pub text: String,
    /// Before and after, where the change has them (status, due date).
    pub old: Option<String>,
    pub new: Option<String>,
    /// A measurement's value and unit, or an approval's date.
    pub value: Option<f64>,
    pub unit: Option<String>,
    /// Why a table or plan is judged not relevant; who approved.
    pub reason: Option<String>,
    /// The change to a goal, as `jaarplan --history` names it.
    pub change: Option<Change>,
    /// The commit (short hash), its author date and author.
    pub commit: String,
    pub date: Date,
    pub author: String,
}

/// The next stuurgroep meeting: planned, or due by the end of the running
/// quarter.
#[derive(Debug, Clone, Serialize)]
pub struct NextMeeting {
    pub planned: Option<Date>,
    /// The quarter that needs it (1-based) and its last day.
    pub quarter: Option<u32>,
    pub due_by: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionRef {
    pub id: String,
    pub title: String,
    pub due: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KnelpuntRef {
    pub id: String,
    pub text: String,
}

/// Why there are no changes from git.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoHistory {
    NotARepository,
    GitMissing,
    NoCommits,
}

#[derive(Debug, Clone, Serialize)]
pub struct VoortgangReport {
    pub code: &'static str,
    pub region: &'static str,
    pub slug: &'static str,
    pub today: NaiveDate,
    /// The period: `from` up to and including `today`.
    pub from: NaiveDate,
    pub period_start: PeriodStart,
    /// The stuurgroep meeting the period starts after.
    pub last_meeting: Option<Date>,
    /// `null` when the changes come from git; else why they could not.
    pub no_history: Option<NoHistory>,
    /// Commits in the period that changed the region's files.
    pub commits: usize,
    pub shallow: bool,
    /// The region's files have changes no commit holds yet.
    pub uncommitted: bool,
    /// Every change, grouped by kind, then by date and id.
    pub events: Vec<Event>,
    // The current state.
    pub has_jaarplan: bool,
    pub goals: Vec<GoalReport>,
    pub approval: Option<ApprovalReport>,
    /// Goals or period changed and the approval no longer covers them.
    pub reapproval_needed: bool,
    /// Meetings held in the period, with notes and decisions.
    pub meetings: Vec<MeetingReport>,
    pub next_meeting: Option<NextMeeting>,
    pub overdue: Vec<ActionRef>,
    /// Open knelpunten that no (undropped) action addresses.
    pub open_knelpunten: Vec<KnelpuntRef>,
    /// The region's good practices that other regions took up (now).
    pub adopted: Vec<crate::report::practices::Adoption>,
}

impl VoortgangReport {
    pub fn of(&self, kind: EventKind) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.kind == kind)
    }
}

/// The commit a change was found in.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub commit: String,
    pub date: Date,
    pub author: String,
}

/// One version of each of the region's files before and after a commit
/// (`None`: absent, or not readable).
#[derive(Default)]
pub struct Step {
    pub actions: Option<(Option<ActionsFile>, Option<ActionsFile>)>,
    pub jaarplan: Option<(Option<JaarplanFile>, Option<JaarplanFile>)>,
    pub overlegtafels: Option<(Option<OverlegtafelsFile>, Option<OverlegtafelsFile>)>,
    pub schools: Option<(Option<SchoolsFile>, Option<SchoolsFile>)>,
    pub uitstroom: Option<(Option<UitstroomFile>, Option<UitstroomFile>)>,
}

/// The period's first day, and why.
pub fn period(
    r: &RegionData,
    today: NaiveDate,
    since: Option<NaiveDate>,
) -> (NaiveDate, PeriodStart, Option<Date>) {
    if let Some(d) = since {
        return (d, PeriodStart::Since, None);
    }
    let Some(plan) = r.jaarplan() else {
        let back = today.checked_sub_months(Months::new(3)).unwrap_or(today);
        return (back, PeriodStart::ThreeMonths, None);
    };
    let last = plan
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Stuurgroep && m.is_held(today))
        .map(|m| *m.date.get_ref())
        .max();
    match last {
        Some(d) => (
            d.0.succ_opt().unwrap_or(d.0),
            PeriodStart::LastMeeting,
            Some(d),
        ),
        None => (plan.start.get_ref().0, PeriodStart::PlanStart, None),
    }
}

/// Collects the events of one commit.
struct Sink<'a> {
    out: &'a mut Vec<Event>,
    at: &'a Stamp,
}

impl Sink<'_> {
    fn push(&mut self, kind: EventKind, entity: EntityKind, id: &str, text: &str) -> &mut Event {
        self.out.push(Event {
            kind,
            entity,
            id: id.to_string(),
            text: text.to_string(),
            old: None,
            new: None,
            value: None,
            unit: None,
            reason: None,
            change: None,
            commit: self.at.commit.clone(),
            date: self.at.date,
            author: self.at.author.clone(),
        });
        self.out.last_mut().expect("just pushed")
    }
}

/// The events of one commit.
pub fn events(step: &Step, at: &Stamp, out: &mut Vec<Event>) {
    let mut sink = Sink { out, at };
    let push = &mut sink;
    if let Some((old, new)) = &step.actions {
        action_events(old.as_ref(), new.as_ref(), push);
    }
    if let Some((old, new)) = &step.jaarplan {
        jaarplan_events(old.as_ref(), new.as_ref(), push);
    }
    if let Some((old, new)) = &step.overlegtafels {
        overlegtafel_events(old.as_ref(), new.as_ref(), push);
    }
    if let Some((old, new)) = &step.uitstroom {
        outcome_events(old.as_ref(), new.as_ref(), push);
    }
    if let Some((old, new)) = &step.schools {
        let ids = |f: Option<&SchoolsFile>| -> BTreeMap<String, String> {
            f.map(|f| {
                f.schools
                    .iter()
                    .map(|s| (s.id.get_ref().clone(), s.name.clone()))
                    .collect()
            })
            .unwrap_or_default()
        };
        let (before, after) = (ids(old.as_ref()), ids(new.as_ref()));
        for (id, name) in after.iter().filter(|(id, _)| !before.contains_key(*id)) {
            push.push(EventKind::SchoolAdded, EntityKind::School, id, name);
        }
        for (id, name) in before.iter().filter(|(id, _)| !after.contains_key(*id)) {
            push.push(EventKind::SchoolRemoved, EntityKind::School, id, name);
        }
    }
}

/// Figures of a school and year that are new, or differ from before: the
/// school's id (its name is put in by [`compute`]), the year in `new`,
/// the leavers in `value`.
fn outcome_events(old: Option<&UitstroomFile>, new: Option<&UitstroomFile>, push: &mut Sink<'_>) {
    use crate::model::OutcomeRow;
    let rows = |f: Option<&UitstroomFile>| -> BTreeMap<(String, String), OutcomeRow> {
        f.map(|f| {
            f.outcomes
                .iter()
                .map(OutcomeRow::from_outcome)
                .map(|r| ((r.school.clone(), r.year.clone()), r))
                .collect()
        })
        .unwrap_or_default()
    };
    let before = rows(old);
    for ((school, year), row) in rows(new) {
        let kind = match before.get(&(school.clone(), year.clone())) {
            None => EventKind::OutcomeRecorded,
            Some(was) if *was != row => EventKind::OutcomeChanged,
            Some(_) => continue,
        };
        let e = push.push(kind, EntityKind::School, &school, &school);
        e.new = Some(year);
        e.value = Some(row.leavers as f64);
    }
}

fn action_events(old: Option<&ActionsFile>, new: Option<&ActionsFile>, push: &mut Sink<'_>) {
    let empty = ActionsFile::default();
    let (old, new) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    for a in &new.actions {
        let id = a.id.get_ref();
        let before = old.actions.iter().find(|o| o.id.get_ref() == id);
        let Some(o) = before else {
            push.push(EventKind::ActionAdded, EntityKind::Action, id, &a.title)
                .new = Some(a.status.to_string());
            // Added as already started or done: that happened too.
            if let Some(kind) = status_event(Status::Planned, a.status) {
                push.push(kind, EntityKind::Action, id, &a.title);
            }
            continue;
        };
        if let Some(kind) = status_event(o.status, a.status) {
            let e = push.push(kind, EntityKind::Action, id, &a.title);
            e.old = Some(o.status.to_string());
            e.new = Some(a.status.to_string());
        }
        let due = |x: &crate::model::Action| x.due.as_ref().map(|d| d.get_ref().to_string());
        if due(o) != due(a) && o.due.is_some() {
            let e = push.push(EventKind::DueMoved, EntityKind::Action, id, &a.title);
            e.old = due(o);
            e.new = due(a);
        }
    }
    for o in &old.actions {
        if !new.actions.iter().any(|a| a.id.get_ref() == o.id.get_ref()) {
            push.push(
                EventKind::ActionRemoved,
                EntityKind::Action,
                o.id.get_ref(),
                &o.title,
            );
        }
    }
    for k in &new.knelpunten {
        let id = k.id.get_ref();
        let before = old.knelpunten.iter().find(|o| o.id.get_ref() == id);
        if before.is_none() {
            push.push(EventKind::KnelpuntAdded, EntityKind::Knelpunt, id, &k.text);
        }
        let resolved =
            |x: &crate::model::Knelpunt| x.resolved.as_ref().map(|d| d.get_ref().to_string());
        if k.resolved.is_some() && before.is_none_or(|o| resolved(o) != resolved(k)) {
            push.push(
                EventKind::KnelpuntResolved,
                EntityKind::Knelpunt,
                id,
                &k.text,
            )
            .new = resolved(k);
        }
    }
    for o in &old.knelpunten {
        if !new
            .knelpunten
            .iter()
            .any(|k| k.id.get_ref() == o.id.get_ref())
        {
            push.push(
                EventKind::KnelpuntRemoved,
                EntityKind::Knelpunt,
                o.id.get_ref(),
                &o.text,
            );
        }
    }
}

/// The event a status change is.
fn status_event(old: Status, new: Status) -> Option<EventKind> {
    match (old, new) {
        (a, b) if a == b => None,
        (Status::Planned, Status::Active) => Some(EventKind::ActionStarted),
        (_, Status::Done) => Some(EventKind::ActionCompleted),
        (_, Status::Dropped) => Some(EventKind::ActionDropped),
        _ => Some(EventKind::ActionReopened),
    }
}

fn jaarplan_events(old: Option<&JaarplanFile>, new: Option<&JaarplanFile>, push: &mut Sink<'_>) {
    let Some(new) = new else {
        return;
    };
    let text = |id: &str| {
        new.goals
            .iter()
            .find(|g| g.id.get_ref() == id)
            .map(|g| g.text.clone())
            .unwrap_or_default()
    };
    // Goals: what the audit trail calls a change of content. A new plan
    // file is a start, not a change of goals.
    if old.is_some() {
        for c in history::diff(old, new) {
            if !c.touches_content() {
                continue;
            }
            let goal = match &c {
                Change::GoalAdded { goal, .. }
                | Change::GoalRemoved { goal, .. }
                | Change::GoalText { goal, .. }
                | Change::GoalThemes { goal, .. }
                | Change::GoalTarget { goal, .. }
                | Change::GoalActionAdded { goal, .. }
                | Change::GoalActionRemoved { goal, .. } => goal.clone(),
                _ => String::new(),
            };
            let t = text(&goal);
            push.push(EventKind::GoalChanged, EntityKind::Goal, &goal, &t)
                .change = Some(c);
        }
    }
    for g in &new.goals {
        let id = g.id.get_ref();
        let before = old.and_then(|o| o.goals.iter().find(|x| x.id.get_ref() == id));
        for m in &g.measurements {
            let known = before.is_some_and(|b| {
                b.measurements.iter().any(|x| {
                    x.date.get_ref() == m.date.get_ref() && x.value.get_ref() == m.value.get_ref()
                })
            });
            if !known {
                let e = push.push(
                    EventKind::MeasurementRecorded,
                    EntityKind::Goal,
                    id,
                    &g.text,
                );
                e.value = Some(*m.value.get_ref());
                e.unit = g.unit.clone();
                e.new = Some(m.date.get_ref().to_string());
                e.reason = m.source.clone();
            }
        }
    }
    let opened = |p: &JaarplanFile| p.round().map(|r| r.opened.get_ref().0);
    if let Some(r) = new.round()
        && old.map(opened) != Some(opened(new))
    {
        let e = push.push(EventKind::RoundOpened, EntityKind::Goal, "", &new.title);
        e.old = Some(r.opened.get_ref().to_string());
        e.new = Some(r.deadline.get_ref().to_string());
    }
    let before: Vec<&crate::model::Vote> =
        old.map(|p| p.votes().iter().collect()).unwrap_or_default();
    for v in new.votes().iter().filter(|v| !before.contains(v)) {
        let e = push.push(
            EventKind::VoteCast,
            EntityKind::Goal,
            v.institution.get_ref(),
            &v.name,
        );
        e.new = Some(v.decision.get_ref().as_str().to_string());
        e.old = Some(v.fingerprint.get_ref().clone());
        e.reason = v.comment.clone();
    }
    let approval = |p: &JaarplanFile| {
        p.approval.as_ref().filter(|_| p.is_approved()).map(|a| {
            (
                a.date.as_ref().map(|d| *d.get_ref()),
                a.by.clone(),
                a.fingerprint.clone(),
            )
        })
    };
    if let Some((date, by, _)) = approval(new)
        && old.map(approval) != Some(approval(new))
    {
        let e = push.push(EventKind::Approved, EntityKind::Goal, "", &new.title);
        e.new = date.map(|d| d.to_string());
        e.reason = by;
    }
}

fn overlegtafel_events(
    old: Option<&OverlegtafelsFile>,
    new: Option<&OverlegtafelsFile>,
    push: &mut Sink<'_>,
) {
    // (kind, id) → (name, relevant, reason)
    type Entry = (String, bool, Option<String>);
    let entries = |f: Option<&OverlegtafelsFile>| -> BTreeMap<(EntityKind, String), Entry> {
        let mut m = BTreeMap::new();
        let Some(f) = f else {
            return m;
        };
        for t in &f.overlegtafels {
            m.insert(
                (EntityKind::Overlegtafel, t.id.get_ref().clone()),
                (t.name.clone(), t.is_relevant(), t.reason.clone()),
            );
        }
        for (kind, list) in [
            (EntityKind::Plan, &f.plans),
            (EntityKind::Project, &f.projects),
            (EntityKind::Development, &f.developments),
        ] {
            for i in list {
                m.insert(
                    (kind, i.id.get_ref().clone()),
                    (i.name.clone(), i.is_relevant(), i.reason.clone()),
                );
            }
        }
        m
    };
    let (before, after) = (entries(old), entries(new));
    for ((kind, id), (name, relevant, reason)) in &after {
        match before.get(&(*kind, id.clone())) {
            None => {
                push.push(EventKind::InitiativeAdded, *kind, id, name);
                if !relevant {
                    push.push(EventKind::JudgedNotRelevant, *kind, id, name)
                        .reason = reason.clone();
                }
            }
            Some((_, was, _)) if was != relevant => {
                let k = if *relevant {
                    EventKind::JudgedRelevant
                } else {
                    EventKind::JudgedNotRelevant
                };
                push.push(k, *kind, id, name).reason = reason.clone();
            }
            _ => {}
        }
    }
    for ((kind, id), (name, _, _)) in &before {
        if !after.contains_key(&(*kind, id.clone())) {
            push.push(EventKind::InitiativeRemoved, *kind, id, name);
        }
    }
}

/// Each event once: of repeated events on the same thing (an action done,
/// reopened, done again) the latest; then grouped by kind, by date, by id.
pub fn settle(mut events: Vec<Event>) -> Vec<Event> {
    use std::collections::HashMap;
    use std::mem::discriminant;
    events.sort_by(|a, b| (a.date, &a.commit).cmp(&(b.date, &b.commit)));
    // What makes two events the same: kind, entity, id, and for a goal the
    // kind of change, for a measurement its date.
    let mut latest = HashMap::new();
    // The position in the history keeps ties in a stable order.
    for (seq, e) in events.into_iter().enumerate() {
        let key = (
            e.kind,
            e.entity,
            e.id.clone(),
            e.change.as_ref().map(discriminant),
            // A measurement by its date, figures by their school year.
            matches!(
                e.kind,
                EventKind::MeasurementRecorded
                    | EventKind::OutcomeRecorded
                    | EventKind::OutcomeChanged
            )
            .then(|| e.new.clone()),
        );
        latest.insert(key, (seq, e));
    }
    let mut out: Vec<(usize, Event)> = latest.into_values().collect();
    out.sort_by(|(i, a), (j, b)| (a.kind, a.date, &a.id, i).cmp(&(b.kind, b.date, &b.id, j)));
    out.into_iter().map(|(_, e)| e).collect()
}

/// The report: the period's events (already settled) and the state now.
pub fn compute(
    r: &RegionData,
    quorum: crate::model::Quorum,
    today: NaiveDate,
    (from, period_start, last_meeting): (NaiveDate, PeriodStart, Option<Date>),
    history: Result<(Vec<Event>, usize, bool, bool), NoHistory>,
) -> VoortgangReport {
    let plan = jaarplan::compute(r, quorum, today);
    let (mut events, commits, shallow, uncommitted, no_history) = match history {
        Ok((e, n, s, u)) => (e, n, s, u, None),
        Err(why) => (Vec::new(), 0, false, false, Some(why)),
    };
    // Outcome figures name their school as schools.toml does now.
    for e in &mut events {
        if matches!(
            e.kind,
            EventKind::OutcomeRecorded | EventKind::OutcomeChanged
        ) && let Some(school) = r.schools().iter().find(|s| s.id.get_ref() == &e.id)
        {
            e.text = school.name.clone();
        }
    }
    let next_meeting = r.jaarplan().map(|p| {
        let planned = p
            .meetings
            .iter()
            .filter(|m| m.kind == MeetingKind::Stuurgroep && !m.is_held(today))
            .map(|m| *m.date.get_ref())
            .min();
        let slot = p
            .cadence(MeetingKind::Stuurgroep, today)
            .into_iter()
            .find(|s| matches!(s.status, SlotStatus::Open | SlotStatus::Upcoming));
        NextMeeting {
            planned,
            quarter: slot
                .as_ref()
                .filter(|_| planned.is_none())
                .map(|s| s.number),
            due_by: slot.filter(|_| planned.is_none()).map(|s| Date(s.end)),
        }
    });
    let mut overdue: Vec<ActionRef> = r
        .actions()
        .iter()
        .filter(|a| a.is_overdue(today))
        .map(|a| ActionRef {
            id: a.id.get_ref().clone(),
            title: a.title.clone(),
            due: a.due.as_ref().map(|d| *d.get_ref()),
        })
        .collect();
    overdue.sort_by(|a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    let open_knelpunten = r
        .knelpunten()
        .iter()
        .filter(|k| k.is_open(today))
        .filter(|k| {
            !r.actions_addressing(k.id.get_ref())
                .any(|a| a.status != Status::Dropped)
        })
        .map(|k| KnelpuntRef {
            id: k.id.get_ref().clone(),
            text: k.text.clone(),
        })
        .collect();
    let meetings = r
        .jaarplan()
        .map(|p| jaarplan::meetings(p, today))
        .unwrap_or_default()
        .into_iter()
        .filter(|m| !m.planned && m.date.0 >= from && Some(m.date) != last_meeting)
        .collect();
    let approval = plan.as_ref().and_then(|p| p.approval.clone());
    VoortgangReport {
        code: r.info.code,
        region: r.info.name,
        slug: r.info.slug,
        today,
        from,
        period_start,
        last_meeting,
        no_history,
        commits,
        shallow,
        uncommitted,
        events,
        has_jaarplan: plan.is_some(),
        goals: plan.as_ref().map(|p| p.goals.clone()).unwrap_or_default(),
        reapproval_needed: approval.as_ref().is_some_and(|a| !a.changes.is_empty()),
        approval,
        meetings,
        next_meeting,
        overdue,
        open_knelpunten,
        adopted: Vec::new(),
    }
}
