//! `jaarplan.toml`: the year plan, its approval, goals and meetings.

use super::{Date, Spanned, Text, str_enum};
use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JaarplanFile {
    pub title: String,
    pub start: Spanned<Date>,
    pub end: Spanned<Date>,
    /// The id of a `[[plan]]` in overlegtafels.toml.
    pub regional_plan: Option<Text>,
    pub approval: Option<Approval>,
    #[serde(default, rename = "goal")]
    pub goals: Vec<Goal>,
    #[serde(default, rename = "meeting")]
    pub meetings: Vec<Meeting>,
    /// Themes the plan deliberately leaves for this year (`[[theme]]`).
    #[serde(default, rename = "theme")]
    pub themes: Vec<ThemeChoice>,
}

/// A theme the jaarplan decides on: `addressed = false` with the reason
/// means "not this year", a choice rather than a gap.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThemeChoice {
    /// One of the seven theme ids.
    pub id: Text,
    pub addressed: Spanned<bool>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub status: ApprovalStatus,
    pub date: Option<Spanned<Date>>,
    pub by: Option<String>,
    /// What was approved, written by `vsopro accordeer`.
    pub fingerprint: Option<super::Fingerprint>,
    /// The institutions whose votes approved it (school ids), written
    /// when a round reaches its quorum.
    #[serde(default)]
    pub approvers: Vec<Text>,
    /// The directies' round (`[approval.round]`).
    pub round: Option<super::Round>,
    /// The directies' votes (`[[approval.vote]]`), oldest first.
    #[serde(default, rename = "vote")]
    pub votes: Vec<super::Vote>,
}

str_enum! {
    pub enum ApprovalStatus {
        Draft = "draft" | "concept",
        Submitted = "submitted" | "ingediend" | "voorgelegd",
        Approved = "approved" | "geaccordeerd" | "goedgekeurd",
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: Text,
    pub text: String,
    pub themes: Option<Spanned<Vec<Text>>>,
    #[serde(default)]
    pub actions: Vec<Text>,
    /// What the goal aims at, in `unit`: `target = 30`, `unit = "stageplekken"`.
    pub target: Option<Spanned<f64>>,
    pub unit: Option<String>,
    /// How progress is measured.
    pub indicator: Option<String>,
    /// An outcome from uitstroom.toml as the measure (its target a share
    /// in percent): the attainment then comes from the schools' figures.
    pub measure: Option<Spanned<OutcomeMeasure>>,
    /// Progress as measured (`[[goal.measurement]]`).
    #[serde(default, rename = "measurement")]
    pub measurements: Vec<Measurement>,
}

/// One measured value of a goal's indicator.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    pub date: Spanned<Date>,
    pub value: Spanned<f64>,
    /// Where the figure comes from.
    pub source: Option<String>,
}

impl Goal {
    /// The measurements in date order.
    pub fn measured(&self) -> Vec<&Measurement> {
        let mut m: Vec<&Measurement> = self.measurements.iter().collect();
        m.sort_by_key(|x| x.date.get_ref().0);
        m
    }

    /// The target when it is a usable figure (positive, finite).
    pub fn target_value(&self) -> Option<f64> {
        self.target
            .as_ref()
            .map(|t| *t.get_ref())
            .filter(|t| valid_target(*t))
    }
}

/// A goal's figures are counts or amounts: finite, targets above zero,
/// measurements not below it.
pub fn valid_target(t: f64) -> bool {
    t.is_finite() && t > 0.0
}

pub fn valid_measurement(v: f64) -> bool {
    v.is_finite() && v >= 0.0
}

str_enum! {
    /// A share of the region's leavers, from uitstroom.toml.
    pub enum OutcomeMeasure {
        Work = "uitstroom.werk",
        Education = "uitstroom.onderwijs",
        WorkOrEducation = "uitstroom.werk-of-onderwijs",
        Dagbesteding = "uitstroom.dagbesteding",
        Durable1 = "uitstroom.duurzaam-1-jaar",
        Durable2 = "uitstroom.duurzaam-2-jaar",
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub kind: MeetingKind,
    /// A date after the reference date is a planned meeting.
    pub date: Spanned<Date>,
    pub notes: Option<String>,
    /// What the meeting decided, one line each.
    #[serde(default)]
    pub decisions: Vec<String>,
}

impl Meeting {
    /// Held (on or before `today`), not only planned.
    pub fn is_held(&self, today: NaiveDate) -> bool {
        self.date.get_ref().0 <= today
    }
}

str_enum! {
    pub enum MeetingKind {
        Stuurgroep = "stuurgroep",
        Directies = "directies",
    }
}

impl MeetingKind {
    /// The working method: a progress meeting with the stuurgroep every
    /// quarter, a meeting with the directies at least once a year.
    pub fn every_months(self) -> u32 {
        match self {
            MeetingKind::Stuurgroep => 3,
            MeetingKind::Directies => 12,
        }
    }
}

str_enum! {
    /// Where a stretch of the plan period stands for its meeting.
    pub enum SlotStatus {
        /// A meeting took place in the period.
        Held = "held",
        /// A meeting is planned in the period, none held yet.
        Planned = "planned",
        /// The period is over without a meeting.
        Missed = "missed",
        /// The period is running and has no meeting yet.
        Open = "open",
        /// The period lies in the future.
        Upcoming = "upcoming",
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
    /// Dates of the meetings planned in it (after the reference date).
    pub planned: Vec<NaiveDate>,
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

impl JaarplanFile {
    /// Why the plan leaves this theme for this year, if it does.
    pub fn declined(&self, theme: &str) -> Option<&str> {
        self.themes
            .iter()
            .find(|c| !*c.addressed.get_ref() && super::names_theme(&c.id, theme))
            .map(|c| c.reason.as_deref().unwrap_or_default())
    }

    pub fn is_approved(&self) -> bool {
        self.approval
            .as_ref()
            .is_some_and(|a| a.status == ApprovalStatus::Approved)
    }

    /// The period has started and the plan is not approved.
    pub fn unapproved_while_running(&self, today: NaiveDate) -> bool {
        !self.is_approved() && self.start.get_ref().0 <= today
    }

    /// The plan needs the directies (again): it runs without approval, or
    /// it changed since it was approved.
    pub fn needs_approval(&self, today: NaiveDate) -> bool {
        self.unapproved_while_running(today) || self.approval_lapsed()
    }

    /// Which stretches of the period had a meeting of this kind, relative to `today`.
    pub fn cadence(&self, kind: MeetingKind, today: NaiveDate) -> Vec<Slot> {
        let dates: Vec<NaiveDate> = self
            .meetings
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.date.get_ref().0)
            .collect();
        slots(
            self.start.get_ref().0,
            self.end.get_ref().0,
            kind.every_months(),
        )
        .into_iter()
        .enumerate()
        .map(|(i, (start, end))| {
            let mut inside: Vec<NaiveDate> = dates
                .iter()
                .copied()
                .filter(|d| *d >= start && *d <= end)
                .collect();
            inside.sort();
            let (meetings, planned): (Vec<NaiveDate>, Vec<NaiveDate>) =
                inside.into_iter().partition(|d| *d <= today);
            let status = if !meetings.is_empty() {
                SlotStatus::Held
            } else if !planned.is_empty() {
                SlotStatus::Planned
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
                planned,
            }
        })
        .collect()
    }
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

    fn statuses(p: &JaarplanFile, today: &str) -> Vec<SlotStatus> {
        p.cadence(MeetingKind::Stuurgroep, d(today))
            .iter()
            .map(|s| s.status)
            .collect()
    }

    #[test]
    fn cadence_at_quarter_boundaries() {
        use SlotStatus::*;
        // A meeting on the last day of Q1 and one on the first day of Q3.
        let p = plan(&["2025-10-31", "2026-02-01"]);
        // The first day of Q4.
        assert_eq!(statuses(&p, "2026-05-01"), [Held, Missed, Held, Open]);
        // The day before, Q2 (ending 2026-01-31) is long over and Q4 still upcoming.
        assert_eq!(statuses(&p, "2026-04-30"), [Held, Missed, Held, Upcoming]);
        // On the last day of a quarter it is still open, the day after missed.
        let p = plan(&[]);
        assert_eq!(statuses(&p, "2025-10-31")[0], Open);
        assert_eq!(statuses(&p, "2025-11-01")[0], Missed);
        assert_eq!(statuses(&p, "2025-07-31")[0], Upcoming);
    }

    #[test]
    fn a_meeting_after_today_is_planned_not_held() {
        use SlotStatus::*;
        let p = plan(&["2025-09-15", "2025-12-10"]);
        // On 1 December the Q2 meeting of 10 December is planned.
        assert_eq!(statuses(&p, "2025-12-01")[..2], [Held, Planned]);
        assert_eq!(statuses(&p, "2025-12-10")[..2], [Held, Held]);
        // A planned meeting in a quarter that is over cannot be: it is held by then.
        let q = p.cadence(MeetingKind::Stuurgroep, d("2025-12-01"));
        assert_eq!(q[1].planned, [d("2025-12-10")]);
        assert!(q[1].meetings.is_empty());
    }

    #[test]
    fn meetings_outside_the_period_do_not_count() {
        let p = plan(&["2025-07-31", "2026-08-01"]);
        assert!(
            statuses(&p, "2026-12-31")
                .iter()
                .all(|s| *s == SlotStatus::Missed)
        );
    }
}
