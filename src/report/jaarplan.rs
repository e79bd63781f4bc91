//! The jaarplan: approval, goals with their progress, and the meeting
//! cadence (a stuurgroep meeting every quarter, the directies once a year).

use crate::model::*;
use crate::registry::THEMES;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Progress {
    pub done: u64,
    pub active: u64,
    pub planned: u64,
    pub dropped: u64,
    /// Active or planned actions past their due date (also counted in their status).
    pub overdue: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalAction {
    pub id: String,
    /// `null` when the id is not an action of the region.
    pub title: Option<String>,
    pub status: Option<Status>,
    pub due: Option<Date>,
    pub overdue: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalReport {
    pub id: String,
    pub text: String,
    pub themes: Vec<String>,
    pub actions: Vec<GoalAction>,
    pub progress: Progress,
    pub target: Option<f64>,
    pub unit: Option<String>,
    pub indicator: Option<String>,
    /// Measured from uitstroom.toml: the measurements are the region's
    /// shares per school year, the target a share in percent.
    pub measure: Option<OutcomeMeasure>,
    /// Every measurement, oldest first.
    pub measurements: Vec<MeasurementReport>,
    /// The latest measurement against the target, when both exist.
    pub attainment: Option<Attainment>,
    /// The measurements placed in a 100 × 20 box (x by date, y = 0 at the
    /// top for the target), for two or more measurements: the site's trend
    /// line.
    pub trend: Vec<TrendPoint>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct TrendPoint {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasurementReport {
    pub date: Date,
    pub value: f64,
    pub source: Option<String>,
    /// From uitstroom.toml: the school year and how many leavers (or
    /// followed leavers) the share is of.
    pub school_year: Option<String>,
    pub over: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Attainment {
    pub value: f64,
    pub target: f64,
    /// Whole percent of the target.
    pub percent: u64,
    pub date: Date,
    /// Measured from uitstroom.toml: the school year, over how many.
    pub school_year: Option<String>,
    pub over: Option<u64>,
}

/// The plan's approval and whether the plan is still what was approved,
/// with the directies' round if one was opened.
pub fn approval(
    plan: &JaarplanFile,
    schools: &[School],
    quorum: Quorum,
    today: NaiveDate,
) -> Option<ApprovalReport> {
    plan.approval.as_ref().map(|a| {
        let changes = plan.approval_changes().unwrap_or_default();
        ApprovalReport {
            status: a.status,
            date: a.date.as_ref().map(|d| *d.get_ref()),
            by: a.by.clone(),
            bound: a.fingerprint.is_some(),
            valid: plan.is_approved() && changes.is_empty(),
            changes,
            commit: None,
            commit_short: None,
            tag: None,
            round: super::round::compute(plan, schools, quorum, today),
            approvers: a.approvers.iter().map(|i| i.get_ref().clone()).collect(),
        }
    })
}

/// A goal's measurements, oldest first: typed in the plan, or for a goal
/// measured from uitstroom.toml the region's share per school year.
fn measurements(r: &RegionData, g: &Goal) -> Vec<MeasurementReport> {
    if let Some(m) = &g.measure {
        use crate::report::uitstroom::{Audience, compute};
        let own = compute(&[r], None, Audience::Region);
        return outcome_measurements(own.measured(*m.get_ref()));
    }
    g.measured()
        .into_iter()
        .map(|m| MeasurementReport {
            date: *m.date.get_ref(),
            value: *m.value.get_ref(),
            source: m.source.clone(),
            school_year: None,
            over: None,
        })
        .collect()
}

fn outcome_measurements(
    years: Vec<crate::report::uitstroom::MeasuredYear>,
) -> Vec<MeasurementReport> {
    years
        .into_iter()
        .map(|y| MeasurementReport {
            date: Date(y.known),
            value: y.share,
            source: None,
            school_year: Some(y.year),
            over: Some(y.over),
        })
        .collect()
}

/// The plan as it may leave the region: a goal measured from uitstroom.toml
/// takes its figures from the region's protected rows (`public`), never
/// from the exact counts.
pub fn protect_outcomes(
    plan: &mut JaarplanReport,
    public: &crate::report::uitstroom::UitstroomReport,
) {
    for g in &mut plan.goals {
        if let Some(m) = g.measure {
            g.measurements = outcome_measurements(public.measured(m));
            g.attainment = attainment(g.target, &g.measurements);
            g.trend = trend(g.target, &g.measurements);
        }
    }
}

/// The latest value against the target.
fn attainment(target: Option<f64>, m: &[MeasurementReport]) -> Option<Attainment> {
    let target = target.filter(|t| crate::model::jaarplan::valid_target(*t))?;
    let last = m.last()?;
    if !crate::model::jaarplan::valid_measurement(last.value) {
        return None;
    }
    Some(Attainment {
        value: last.value,
        target,
        percent: (last.value / target * 100.0).round() as u64,
        date: last.date,
        school_year: last.school_year.clone(),
        over: last.over,
    })
}

/// Points of the trend line: x by date over the measured span, y by value
/// against the target (or the largest value without one).
fn trend(target: Option<f64>, m: &[MeasurementReport]) -> Vec<TrendPoint> {
    let m: Vec<_> = m
        .iter()
        .filter(|x| crate::model::jaarplan::valid_measurement(x.value))
        .collect();
    if m.len() < 2 {
        return Vec::new();
    }
    let first = m[0].date.0;
    let span = (m[m.len() - 1].date.0 - first).num_days().max(1) as f64;
    let top = target
        .filter(|t| crate::model::jaarplan::valid_target(*t))
        .unwrap_or(0.0)
        .max(m.iter().map(|x| x.value).fold(0.0, f64::max))
        .max(f64::MIN_POSITIVE);
    let tenth = |v: f64| (v * 10.0).round() / 10.0;
    m.iter()
        .map(|x| TrendPoint {
            x: tenth((x.date.0 - first).num_days() as f64 / span * 100.0),
            y: tenth(20.0 - (x.value / top * 20.0).min(20.0)),
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanRef {
    pub id: String,
    /// The plan's name from overlegtafels.toml, if it is there.
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApprovalReport {
    pub status: ApprovalStatus,
    pub date: Option<Date>,
    pub by: Option<String>,
    /// The approval records what was approved (a fingerprint).
    pub bound: bool,
    /// Approved, and the plan is what was approved (or, for an approval
    /// without fingerprint, not known otherwise).
    pub valid: bool,
    /// What changed since the approval.
    pub changes: Vec<crate::model::ApprovedChange>,
    /// In git: the commit that recorded this approval.
    pub commit: Option<String>,
    /// Its first seven characters, as people quote a commit.
    pub commit_short: Option<String>,
    /// In git: the annotated tag on that commit, if one was made.
    pub tag: Option<String>,
    /// The directies' round, if one was opened.
    pub round: Option<super::round::RoundReport>,
    /// The institutions (school ids) whose votes approved the plan.
    pub approvers: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeclinedTheme {
    pub theme: &'static str,
    pub reason: String,
}

/// A meeting of the plan, with what it recorded.
#[derive(Debug, Clone, Serialize)]
pub struct MeetingReport {
    pub kind: MeetingKind,
    pub date: Date,
    /// After the reference date: planned, not held.
    pub planned: bool,
    pub notes: Option<String>,
    pub decisions: Vec<String>,
}

/// The plan's meetings by date.
pub fn meetings(plan: &JaarplanFile, today: NaiveDate) -> Vec<MeetingReport> {
    let mut out: Vec<MeetingReport> = plan
        .meetings
        .iter()
        .map(|m| MeetingReport {
            kind: m.kind,
            date: *m.date.get_ref(),
            planned: !m.is_held(today),
            notes: m.notes.clone().filter(|n| !n.trim().is_empty()),
            decisions: m.decisions.clone(),
        })
        .collect();
    out.sort_by_key(|m| (m.date, m.kind));
    out
}

#[derive(Debug, Clone, Serialize)]
pub struct JaarplanReport {
    pub code: &'static str,
    pub region: &'static str,
    /// The region's folder name, for commands the report suggests.
    pub slug: &'static str,
    /// The fingerprint of the plan as it is (what an approval now would
    /// record), as one short code.
    pub fingerprint: String,
    pub today: NaiveDate,
    pub title: String,
    pub start: Date,
    pub end: Date,
    pub regional_plan: Option<PlanRef>,
    /// `null` when the plan has no [approval] (a draft).
    pub approval: Option<ApprovalReport>,
    /// The period has started and the plan is not approved.
    pub needs_approval: bool,
    pub goals: Vec<GoalReport>,
    pub progress: Progress,
    /// Themes of the goals and of their actions.
    pub themes_covered: Vec<&'static str>,
    pub themes_not_covered: Vec<&'static str>,
    /// Themes the plan leaves for this year, with the reason.
    pub themes_declined: Vec<DeclinedTheme>,
    /// One slot per quarter of the plan period.
    pub stuurgroep: Vec<Slot>,
    /// One slot per year of the plan period.
    pub directies: Vec<Slot>,
    /// Every meeting, held and planned, with its notes and decisions.
    pub meetings: Vec<MeetingReport>,
}

fn tally<'a>(actions: impl Iterator<Item = &'a Action>, today: NaiveDate) -> Progress {
    let mut p = Progress::default();
    for a in actions {
        p.total += 1;
        match a.status {
            Status::Done => p.done += 1,
            Status::Active => p.active += 1,
            Status::Planned => p.planned += 1,
            Status::Dropped => p.dropped += 1,
        }
        if a.is_overdue(today) {
            p.overdue += 1;
        }
    }
    p
}

/// `None` when the region has no readable jaarplan.
pub fn compute(r: &RegionData, quorum: Quorum, today: NaiveDate) -> Option<JaarplanReport> {
    let plan = r.jaarplan()?;
    let find = |id: &str| r.action(id);
    let goals: Vec<GoalReport> = plan
        .goals
        .iter()
        .map(|g| {
            let measured = measurements(r, g);
            GoalReport {
                id: g.id.get_ref().clone(),
                text: g.text.clone(),
                themes: theme_ids(&g.themes),
                actions: g
                    .actions
                    .iter()
                    .map(|id| {
                        let a = find(id.get_ref());
                        GoalAction {
                            id: id.get_ref().clone(),
                            title: a.map(|a| a.title.clone()),
                            status: a.map(|a| a.status),
                            due: a.and_then(|a| a.due.as_ref().map(|d| *d.get_ref())),
                            overdue: a.is_some_and(|a| a.is_overdue(today)),
                        }
                    })
                    .collect(),
                progress: tally(g.actions.iter().filter_map(|id| find(id.get_ref())), today),
                target: g.target.as_ref().map(|t| *t.get_ref()),
                unit: g.unit.clone(),
                indicator: g.indicator.clone(),
                measure: g.measure.as_ref().map(|m| *m.get_ref()),
                attainment: attainment(g.target_value(), &measured),
                trend: trend(g.target_value(), &measured),
                measurements: measured,
            }
        })
        .collect();
    // Each action once, however many goals it serves.
    let mut plan_actions: Vec<&Action> = plan
        .goals
        .iter()
        .flat_map(|g| &g.actions)
        .filter_map(|id| find(id.get_ref()))
        .collect();
    plan_actions.sort_by(|a, b| a.id.get_ref().cmp(b.id.get_ref()));
    plan_actions.dedup_by(|a, b| a.id.get_ref() == b.id.get_ref());
    let covered = |theme: &str| {
        plan.goals.iter().any(|g| {
            g.themes
                .iter()
                .flat_map(|t| t.get_ref())
                .any(|t| names_theme(t, theme))
        }) || plan_actions.iter().any(|a| a.has_theme(theme))
    };
    let plans = r.initiatives_of(InitiativeKind::Plan);
    Some(JaarplanReport {
        code: r.info.code,
        region: r.info.name,
        slug: r.info.slug,
        fingerprint: plan.fingerprint().digest(),
        today,
        title: plan.title.clone(),
        start: *plan.start.get_ref(),
        end: *plan.end.get_ref(),
        regional_plan: plan.regional_plan.as_ref().map(|id| PlanRef {
            id: id.get_ref().clone(),
            name: plans
                .iter()
                .find(|p| p.id.get_ref() == id.get_ref())
                .map(|p| p.name.clone()),
        }),
        approval: approval(plan, r.schools(), quorum, today),
        needs_approval: plan.needs_approval(today),
        goals,
        progress: tally(plan_actions.iter().copied(), today),
        themes_covered: THEMES.iter().map(|t| t.id).filter(|t| covered(t)).collect(),
        themes_not_covered: THEMES
            .iter()
            .map(|t| t.id)
            .filter(|t| !covered(t) && plan.declined(t).is_none())
            .collect(),
        themes_declined: THEMES
            .iter()
            .filter(|t| !covered(t.id))
            .filter_map(|t| {
                plan.declined(t.id).map(|reason| DeclinedTheme {
                    theme: t.id,
                    reason: reason.to_string(),
                })
            })
            .collect(),
        stuurgroep: plan.cadence(MeetingKind::Stuurgroep, today),
        directies: plan.cadence(MeetingKind::Directies, today),
        meetings: meetings(plan, today),
    })
}
