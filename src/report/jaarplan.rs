//! The jaarplan: approval, goals with their progress, and the meeting
//! cadence (a stuurgroep meeting every quarter, the directies once a year).

use crate::load::RegionData;
use crate::model::*;
use crate::registry::THEMES;
use chrono::{Months, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SlotStatus {
    /// A meeting took place in the period.
    Held,
    /// The period is over without a meeting.
    Missed,
    /// The period is running and has no meeting yet.
    Open,
    /// The period lies in the future.
    Upcoming,
}

impl SlotStatus {
    pub const ALL: [SlotStatus; 4] = [
        SlotStatus::Held,
        SlotStatus::Missed,
        SlotStatus::Open,
        SlotStatus::Upcoming,
    ];

    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SlotStatus::Held => "held",
            SlotStatus::Missed => "missed",
            SlotStatus::Open => "open",
            SlotStatus::Upcoming => "upcoming",
        }
    }
}

/// A stretch of the plan period that needs a meeting.
#[derive(Debug, Clone, Serialize)]
pub struct Slot {
    /// 1-based number within the plan period.
    pub number: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub status: SlotStatus,
    /// Dates of the meetings held in it.
    pub meetings: Vec<NaiveDate>,
}

/// Consecutive periods of `months` from `start`, the last one cut at `end`.
pub fn slots(start: NaiveDate, end: NaiveDate, months: u32) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(s) = start.checked_add_months(Months::new(months * i)) {
        if s > end {
            break;
        }
        let next = start.checked_add_months(Months::new(months * (i + 1)));
        let e = next.and_then(|n| n.pred_opt()).map_or(end, |e| e.min(end));
        out.push((s, e));
        i += 1;
    }
    out
}

/// Which slots had a meeting of this kind, relative to `today`.
pub fn cadence(plan: &JaarplanFile, kind: MeetingKind, months: u32, today: NaiveDate) -> Vec<Slot> {
    let dates: Vec<NaiveDate> = plan
        .meetings
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| m.date.get_ref().0)
        .collect();
    slots(plan.start.get_ref().0, plan.end.get_ref().0, months)
        .into_iter()
        .enumerate()
        .map(|(i, (start, end))| {
            let mut meetings: Vec<NaiveDate> = dates
                .iter()
                .copied()
                .filter(|d| *d >= start && *d <= end)
                .collect();
            meetings.sort();
            let status = if !meetings.is_empty() {
                SlotStatus::Held
            } else if end < today {
                SlotStatus::Missed
            } else if start <= today {
                SlotStatus::Open
            } else {
                SlotStatus::Upcoming
            };
            Slot {
                number: i as u32 + 1,
                start,
                end,
                status,
                meetings,
            }
        })
        .collect()
}

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
}

#[derive(Debug, Clone, Serialize)]
pub struct JaarplanReport {
    pub code: &'static str,
    pub region: &'static str,
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
    /// One slot per quarter of the plan period.
    pub stuurgroep: Vec<Slot>,
    /// One slot per year of the plan period.
    pub directies: Vec<Slot>,
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

pub fn needs_approval(plan: &JaarplanFile, today: NaiveDate) -> bool {
    let approved = plan
        .approval
        .as_ref()
        .is_some_and(|a| a.status == ApprovalStatus::Approved);
    !approved && plan.start.get_ref().0 <= today
}

/// `None` when the region has no readable jaarplan.
pub fn compute(r: &RegionData, today: NaiveDate) -> Option<JaarplanReport> {
    let plan = r.jaarplan.value.as_ref()?;
    let actions: &[Action] = r.actions.value.as_ref().map_or(&[], |f| &f.actions);
    let find = |id: &str| actions.iter().find(|a| a.id.get_ref() == id);
    let goals: Vec<GoalReport> = plan
        .goals
        .iter()
        .map(|g| GoalReport {
            id: g.id.get_ref().clone(),
            text: g.text.clone(),
            themes: g
                .themes
                .iter()
                .flat_map(|t| t.get_ref())
                .map(|t| t.get_ref().clone())
                .collect(),
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
                .any(|t| t.get_ref() == theme)
        }) || plan_actions
            .iter()
            .any(|a| a.themes.get_ref().iter().any(|t| t.get_ref() == theme))
    };
    let plans: &[Initiative] = r.overlegtafels.value.as_ref().map_or(&[], |f| &f.plans);
    Some(JaarplanReport {
        code: r.info.code,
        region: r.info.name,
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
        approval: plan.approval.as_ref().map(|a| ApprovalReport {
            status: a.status,
            date: a.date.as_ref().map(|d| *d.get_ref()),
            by: a.by.clone(),
        }),
        needs_approval: needs_approval(plan, today),
        goals,
        progress: tally(plan_actions.iter().copied(), today),
        themes_covered: THEMES.iter().map(|t| t.id).filter(|t| covered(t)).collect(),
        themes_not_covered: THEMES
            .iter()
            .map(|t| t.id)
            .filter(|t| !covered(t))
            .collect(),
        stuurgroep: cadence(plan, MeetingKind::Stuurgroep, 3, today),
        directies: cadence(plan, MeetingKind::Directies, 12, today),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn quarters_of_a_calendar_year() {
        let q = slots(d("2026-01-01"), d("2026-12-31"), 3);
        assert_eq!(
            q,
            vec![
                (d("2026-01-01"), d("2026-03-31")),
                (d("2026-04-01"), d("2026-06-30")),
                (d("2026-07-01"), d("2026-09-30")),
                (d("2026-10-01"), d("2026-12-31")),
            ]
        );
    }

    #[test]
    fn quarters_of_a_school_year() {
        let q = slots(d("2025-08-01"), d("2026-07-31"), 3);
        assert_eq!(q.len(), 4);
        assert_eq!(q[0], (d("2025-08-01"), d("2025-10-31")));
        assert_eq!(q[1], (d("2025-11-01"), d("2026-01-31")));
        assert_eq!(q[3], (d("2026-05-01"), d("2026-07-31")));
    }

    #[test]
    fn a_short_last_quarter_is_cut_at_the_end() {
        let q = slots(d("2026-01-15"), d("2026-05-10"), 3);
        assert_eq!(
            q,
            vec![
                (d("2026-01-15"), d("2026-04-14")),
                (d("2026-04-15"), d("2026-05-10"))
            ]
        );
        // Month ends clamp: 31 January + 3 months is 30 April.
        let q = slots(d("2026-01-31"), d("2026-12-31"), 3);
        assert_eq!(q[1].0, d("2026-04-30"));
    }

    fn plan(meetings: &[&str]) -> JaarplanFile {
        let mut text = String::from("title = \"t\"\nstart = 2025-08-01\nend = 2026-07-31\n");
        for m in meetings {
            text.push_str(&format!("[[meeting]]\nkind = \"stuurgroep\"\ndate = {m}\n"));
        }
        toml::from_str(&text).unwrap()
    }

    #[test]
    fn cadence_at_quarter_boundaries() {
        // A meeting on the last day of Q1 and one on the first day of Q3.
        let p = plan(&["2025-10-31", "2026-02-01"]);
        let today = d("2026-05-01"); // first day of Q4
        let s: Vec<SlotStatus> = cadence(&p, MeetingKind::Stuurgroep, 3, today)
            .iter()
            .map(|s| s.status)
            .collect();
        assert_eq!(
            s,
            [
                SlotStatus::Held,
                SlotStatus::Missed,
                SlotStatus::Held,
                SlotStatus::Open
            ]
        );
        // The day before, Q2 (ending 2026-01-31) is long over and Q4 still upcoming.
        let s: Vec<SlotStatus> = cadence(&p, MeetingKind::Stuurgroep, 3, d("2026-04-30"))
            .iter()
            .map(|s| s.status)
            .collect();
        assert_eq!(
            s,
            [
                SlotStatus::Held,
                SlotStatus::Missed,
                SlotStatus::Held,
                SlotStatus::Upcoming
            ]
        );
        // On the last day of a quarter it is still open, the day after missed.
        let p = plan(&[]);
        let st = |day| cadence(&p, MeetingKind::Stuurgroep, 3, d(day))[0].status;
        assert_eq!(st("2025-10-31"), SlotStatus::Open);
        assert_eq!(st("2025-11-01"), SlotStatus::Missed);
        assert_eq!(st("2025-07-31"), SlotStatus::Upcoming);
    }

    #[test]
    fn meetings_outside_the_period_do_not_count() {
        let p = plan(&["2025-07-31", "2026-08-01"]);
        let c = cadence(&p, MeetingKind::Stuurgroep, 3, d("2026-12-31"));
        assert!(c.iter().all(|s| s.status == SlotStatus::Missed));
    }
}
