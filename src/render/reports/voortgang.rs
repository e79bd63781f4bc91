//! The progress report as the stuurgroep reads it: the period's changes
//! grouped by kind, then the state now.

use super::Cells;
use crate::i18n::{date, plain, t};
use crate::model::Date;
use crate::render::{Block, Column, Render, Table};
use crate::report::voortgang::{Event, EventKind as E, NoHistory, PeriodStart, VoortgangReport};
use crate::words;

/// A date as written in an event (ISO in the data) in running text.
fn day(iso: &Option<String>) -> String {
    iso.as_deref()
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .map(date)
        .unwrap_or_else(|| "–".into())
}

/// "stagebank — Stagebank techniek (1 oktober 2026, Coördinator, abc1234)"
fn event_line(e: &Event) -> String {
    let what = match e.kind {
        E::DueMoved => t!(
            "voortgang-due-moved",
            id = e.id.as_str(),
            text = e.text.as_str(),
            old = day(&e.old),
            new = day(&e.new)
        ),
        E::KnelpuntResolved => t!(
            "voortgang-resolved",
            id = e.id.as_str(),
            text = e.text.as_str(),
            date = day(&e.new)
        ),
        E::GoalChanged => e
            .change
            .as_ref()
            .map(super::history::describe)
            .unwrap_or_default(),
        E::MeasurementRecorded => {
            let mut s = t!(
                "voortgang-measurement",
                id = e.id.as_str(),
                value = e.value.map(plain).unwrap_or_default(),
                unit = e.unit.as_deref().unwrap_or(""),
                date = day(&e.new)
            );
            if let Some(src) = &e.reason {
                s.push_str(&t!("goal-measurement-source", source = src.as_str()));
            }
            s
        }
        E::OutcomeRecorded | E::OutcomeChanged => t!(
            "voortgang-outcome",
            school = e.text.as_str(),
            year = e.new.as_deref().unwrap_or(""),
            leavers = e.value.map(plain).unwrap_or_default()
        ),
        E::RoundOpened => t!(
            "voortgang-round-opened",
            opened = day(&e.old),
            deadline = day(&e.new)
        ),
        E::VoteCast => {
            let decision = match e.new.as_deref() {
                Some("niet-akkoord") => t!("decision-niet-akkoord"),
                Some("onthouding") => t!("decision-onthouding"),
                _ => t!("decision-akkoord"),
            };
            let mut s = t!(
                "voortgang-vote",
                who = e.text.as_str(),
                school = e.id.as_str(),
                decision = decision,
                fingerprint = e.old.as_deref().unwrap_or("")
            );
            if let Some(c) = &e.reason {
                s.push_str(&format!(": {c}"));
            }
            s
        }
        E::Approved => t!(
            "voortgang-approved",
            date = day(&e.new),
            by = e.reason.as_deref().unwrap_or("–")
        ),
        E::InitiativeAdded | E::InitiativeRemoved | E::JudgedRelevant | E::JudgedNotRelevant => {
            let mut s = t!(
                "voortgang-entity",
                kind = words::entity(e.entity),
                name = e.text.as_str()
            );
            if let (E::JudgedNotRelevant, Some(r)) = (e.kind, &e.reason) {
                s.push_str(&format!(": {r}"));
            }
            s
        }
        _ => t!("voortgang-item", id = e.id.as_str(), text = e.text.as_str()),
    };
    format!(
        "{what}{}",
        t!(
            "voortgang-stamp",
            date = date(e.date.0),
            author = e.author.as_str(),
            commit = e.commit.as_str()
        )
    )
}

/// One heading per kind of event that occurred, with its events.
fn groups(r: &VoortgangReport, kinds: &[E], b: &mut Vec<Block>) -> usize {
    let mut shown = 0;
    for &k in kinds {
        let lines: Vec<String> = r.of(k).map(event_line).collect();
        if lines.is_empty() {
            continue;
        }
        shown += lines.len();
        b.push(Block::Heading(
            3,
            t!(
                "voortgang-group",
                kind = crate::render::words::event_kind(k),
                count = lines.len()
            ),
        ));
        b.push(Block::List(lines));
    }
    shown
}

const ACTIONS: &[E] = &[
    E::ActionCompleted,
    E::ActionStarted,
    E::ActionDropped,
    E::ActionAdded,
    E::DueMoved,
    E::ActionReopened,
    E::ActionRemoved,
];
const KNELPUNTEN: &[E] = &[E::KnelpuntAdded, E::KnelpuntResolved, E::KnelpuntRemoved];
const GOALS: &[E] = &[
    E::GoalChanged,
    E::RoundOpened,
    E::VoteCast,
    E::Approved,
    E::MeasurementRecorded,
];
const OUTCOMES: &[E] = &[E::OutcomeRecorded, E::OutcomeChanged];
const FOTO: &[E] = &[
    E::InitiativeAdded,
    E::JudgedRelevant,
    E::JudgedNotRelevant,
    E::InitiativeRemoved,
    E::SchoolAdded,
    E::SchoolRemoved,
];

impl VoortgangReport {
    fn period_line(&self) -> String {
        let from = date(self.from);
        let to = date(self.today);
        match (self.period_start, self.last_meeting) {
            (PeriodStart::LastMeeting, Some(m)) => t!(
                "voortgang-period-meeting",
                from = from,
                to = to,
                meeting = date(m.0)
            ),
            (PeriodStart::PlanStart, _) => t!("voortgang-period-plan", from = from, to = to),
            (PeriodStart::ThreeMonths, _) => {
                t!("voortgang-period-months", from = from, to = to)
            }
            _ => t!("voortgang-period", from = from, to = to),
        }
    }

    fn source_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        match self.no_history {
            None => lines.push(t!("voortgang-from-git", commits = self.commits)),
            Some(why) => lines.push(match why {
                NoHistory::NotARepository => t!("voortgang-no-git"),
                NoHistory::GitMissing => t!("voortgang-git-missing"),
                NoHistory::NoCommits => t!("voortgang-no-commits"),
            }),
        }
        if self.shallow {
            lines.push(t!("voortgang-shallow"));
        }
        if self.uncommitted {
            lines.push(t!("voortgang-uncommitted"));
        }
        lines
    }

    fn next_meeting_line(&self) -> Option<String> {
        let n = self.next_meeting.as_ref()?;
        Some(match (n.planned, n.quarter, n.due_by) {
            (Some(d), _, _) => t!("voortgang-next-planned", date = date(d.0)),
            (None, Some(q), Some(end)) => {
                t!("voortgang-next-unplanned", quarter = q, end = date(end.0))
            }
            _ => t!("voortgang-next-none"),
        })
    }
}

impl Render for VoortgangReport {
    fn extras(&self) -> crate::render::Extras {
        super::jaarplan::region_extras(self.region, self.code, self.approval.as_ref())
    }

    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![Block::Heading(
            1,
            t!("voortgang-title", region = self.region, code = self.code),
        )];
        let mut facts = vec![self.period_line()];
        facts.extend(self.source_lines());
        b.push(Block::List(facts));
        let git = self.no_history.is_none();

        b.push(Block::Heading(2, t!("voortgang-actions")));
        if git {
            let counts = ACTIONS
                .iter()
                .take(5)
                .map(|k| {
                    t!(
                        "voortgang-count",
                        kind = crate::render::words::event_kind(*k),
                        count = self.of(*k).count()
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            b.push(Block::Text(counts));
            groups(self, ACTIONS, &mut b);
        }
        b.push(Block::Heading(
            3,
            t!("voortgang-overdue", count = self.overdue.len()),
        ));
        b.push(Block::List(if self.overdue.is_empty() {
            vec![t!("voortgang-none")]
        } else {
            self.overdue
                .iter()
                .map(|a| {
                    let due = a.due.map(|d| date(d.0)).unwrap_or_default();
                    t!(
                        "voortgang-overdue-item",
                        id = a.id.as_str(),
                        text = a.title.as_str(),
                        due = due
                    )
                })
                .collect()
        }));

        b.push(Block::Heading(2, t!("voortgang-knelpunten")));
        if git && groups(self, KNELPUNTEN, &mut b) == 0 {
            b.push(Block::Text(t!("voortgang-no-knelpunt-changes")));
        }
        b.push(Block::Heading(
            3,
            t!(
                "voortgang-open-knelpunten",
                count = self.open_knelpunten.len()
            ),
        ));
        b.push(Block::List(if self.open_knelpunten.is_empty() {
            vec![t!("voortgang-none")]
        } else {
            self.open_knelpunten
                .iter()
                .map(|k| t!("voortgang-item", id = k.id.as_str(), text = k.text.as_str()))
                .collect()
        }));

        if !self.adopted.is_empty() {
            b.push(Block::Heading(
                3,
                t!("voortgang-adopted", count = self.adopted.len()),
            ));
            b.push(Block::List(
                self.adopted
                    .iter()
                    .map(|a| {
                        t!(
                            "voortgang-adopted-line",
                            region = a.region,
                            from = a.from.as_str(),
                            id = a.id.as_str(),
                            title = a.title.as_str(),
                            status = words::action_status(a.status)
                        )
                    })
                    .collect(),
            ));
        }

        if self.has_jaarplan {
            b.push(Block::Heading(2, t!("voortgang-goals")));
            if git && groups(self, GOALS, &mut b) == 0 {
                b.push(Block::Text(t!("voortgang-no-goal-changes")));
            }
            if self.reapproval_needed
                && let Some(lapsed) = self
                    .approval
                    .as_ref()
                    .and_then(super::jaarplan::approval_lapsed)
            {
                b.push(Block::Text(t!(
                    "voortgang-reapproval",
                    lapsed = lapsed,
                    region = self.slug
                )));
            }
            if let Some(r) = self.approval.as_ref().and_then(|a| a.round.as_ref()) {
                b.push(Block::Text(t!(
                    "round-line",
                    state = super::round::summary(r)
                )));
            }
            b.push(Block::Heading(3, t!("voortgang-goals-now")));
            b.push(Block::List(
                self.goals
                    .iter()
                    .map(|g| {
                        let mut s = format!("{}: {}", g.id, g.text);
                        if let Some(first) = super::jaarplan::goal_figures(g).first() {
                            s.push_str(&format!(" — {first}"));
                        }
                        s.push_str(&t!(
                            "voortgang-goal-actions",
                            done = g.progress.done,
                            active = g.progress.active,
                            planned = g.progress.planned,
                            overdue = g.progress.overdue
                        ));
                        s
                    })
                    .collect(),
            ));
        }

        if git {
            let mut outcomes = Vec::new();
            if groups(self, OUTCOMES, &mut outcomes) > 0 {
                b.push(Block::Heading(2, t!("voortgang-outcomes")));
                b.extend(outcomes);
            }
            let mut foto = Vec::new();
            if groups(self, FOTO, &mut foto) > 0 {
                b.push(Block::Heading(2, t!("voortgang-foto")));
                b.extend(foto);
            }
        }

        b.push(Block::Heading(2, t!("voortgang-meetings")));
        if self.meetings.is_empty() {
            b.push(Block::Text(t!("voortgang-no-meetings")));
        }
        for m in &self.meetings {
            b.extend(super::jaarplan::meeting_block(m));
        }
        if let Some(next) = self.next_meeting_line() {
            b.push(Block::Heading(2, t!("voortgang-next")));
            b.push(Block::Text(next));
        }
        b
    }

    /// One row per change, then the state now: overdue actions, knelpunten
    /// without action, goals, meetings held.
    fn csv_table(&self) -> Table {
        let c = Cells::CSV;
        let mut t = Table::new(vec![
            Column::left(&t!("col-kind")),
            Column::left(&t!("col-entity")),
            Column::left(&t!("col-id")),
            Column::left(&t!("col-text")),
            Column::left(&t!("col-old")),
            Column::left(&t!("col-new")),
            Column::date(&t!("col-date")),
            Column::left(&t!("col-author")),
            Column::left(&t!("col-commit")),
        ]);
        for e in &self.events {
            let (old, new) = match (e.kind, &e.change) {
                (E::GoalChanged, Some(ch)) => (String::new(), super::history::describe(ch)),
                (E::MeasurementRecorded, _) => (
                    String::new(),
                    e.value.map(|v| c.plain(v)).unwrap_or_default(),
                ),
                (E::JudgedNotRelevant, _) => (String::new(), e.reason.clone().unwrap_or_default()),
                _ => (
                    e.old.clone().unwrap_or_default(),
                    e.new.clone().unwrap_or_default(),
                ),
            };
            t.row(vec![
                crate::render::words::event_kind(e.kind),
                words::entity(e.entity),
                e.id.clone(),
                e.text.clone(),
                old,
                new,
                e.date.to_string(),
                e.author.clone(),
                e.commit.clone(),
            ]);
        }
        let state =
            |kind: String, entity: String, id: &str, text: &str, new: String, d: Option<Date>| {
                vec![
                    kind,
                    entity,
                    id.to_string(),
                    text.to_string(),
                    String::new(),
                    new,
                    c.date(&d),
                    String::new(),
                    String::new(),
                ]
            };
        for a in &self.overdue {
            t.row(state(
                t!("voortgang-csv-overdue"),
                t!("entity-action"),
                &a.id,
                &a.title,
                String::new(),
                a.due,
            ));
        }
        for k in &self.open_knelpunten {
            t.row(state(
                t!("voortgang-csv-open-knelpunt"),
                t!("entity-knelpunt"),
                &k.id,
                &k.text,
                String::new(),
                None,
            ));
        }
        for g in &self.goals {
            let figure = g
                .attainment
                .as_ref()
                .map(|a| format!("{}/{}", c.plain(a.value), c.plain(a.target)))
                .unwrap_or_default();
            t.row(state(
                t!("voortgang-csv-goal"),
                t!("entity-goal"),
                &g.id,
                &g.text,
                figure,
                g.attainment.as_ref().map(|a| a.date),
            ));
        }
        for m in &self.meetings {
            t.row(state(
                t!("voortgang-csv-meeting"),
                m.kind.to_string(),
                "",
                m.notes.as_deref().unwrap_or(""),
                m.decisions.join("; "),
                Some(m.date),
            ));
        }
        t
    }
}
