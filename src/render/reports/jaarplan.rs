use super::Cells;
use crate::i18n::plain;
use crate::i18n::{date, decimal, t};
use crate::model::Slot;
use crate::render::{Block, Column, Render, Table};
use crate::report::jaarplan::{GoalAction, GoalReport, JaarplanReport, Progress};
use crate::words;

fn progress(p: &Progress) -> String {
    let mut s = t!(
        "progress",
        done = p.done,
        active = p.active,
        planned = p.planned,
        overdue = p.overdue
    );
    if p.dropped > 0 {
        s.push_str(&t!("progress-dropped", dropped = p.dropped));
    }
    s
}

fn action(a: &GoalAction) -> String {
    match (&a.title, a.status) {
        (Some(title), Some(status)) => {
            let mut s = format!("{} — {title} ({}", a.id, words::action_status(status));
            if let Some(d) = &a.due {
                s.push_str(&t!("goal-action-due", due = date(d.0)));
            }
            if a.overdue {
                s.push_str(&t!("goal-action-overdue"));
            }
            s.push(')');
            s
        }
        _ => t!("goal-action-unknown", id = a.id.as_str()),
    }
}

/// A region's document frame: its name and code, and a lapsed approval.
pub(crate) fn region_extras(
    name: &str,
    code: &str,
    approval: Option<&crate::report::jaarplan::ApprovalReport>,
) -> crate::render::Extras {
    crate::render::Extras {
        region: Some((name.to_string(), code.to_string())),
        lapsed: approval
            .and_then(approval_lapsed)
            .map(|l| t!("pdf-lapsed", lapsed = l)),
        approval: None,
        draft: approval
            .and_then(|a| a.round.as_ref())
            .filter(|r| r.open)
            .map(|_| t!("pdf-draft")),
    }
}

/// "accordering vervallen: gewijzigd na accordering van D (doel x gewijzigd)"
/// for an approval the plan no longer matches.
pub(crate) fn approval_lapsed(a: &crate::report::jaarplan::ApprovalReport) -> Option<String> {
    if a.changes.is_empty() {
        return None;
    }
    let changes = words::approved_changes(&a.changes);
    Some(match &a.date {
        Some(d) => t!("approval-lapsed", date = date(d.0), changes = changes),
        None => t!("approval-lapsed-undated", changes = changes),
    })
}

/// What a goal aims at and how far it got: "12 van 30 stageplekken (40%,
/// gemeten 1 oktober 2026)", then the indicator and every measurement.
pub(crate) fn goal_figures(g: &GoalReport) -> Vec<String> {
    let unit = g.unit.as_deref().unwrap_or("");
    let mut lines = Vec::new();
    if let Some(measure) = g.measure {
        return outcome_figures(g, words::outcome_measure(measure));
    }
    match (&g.attainment, g.target, g.measurements.last()) {
        (Some(a), _, _) => lines.push(t!(
            "goal-attainment",
            value = plain(a.value),
            target = plain(a.target),
            unit = unit,
            percent = a.percent,
            date = date(a.date.0)
        )),
        (None, Some(target), _) => {
            lines.push(t!("goal-target", target = plain(target), unit = unit))
        }
        (None, None, Some(m)) => lines.push(t!(
            "goal-measured",
            value = plain(m.value),
            unit = unit,
            date = date(m.date.0)
        )),
        (None, None, None) => {}
    }
    if let Some(i) = &g.indicator {
        lines.push(t!("goal-indicator", indicator = i.as_str()));
    }
    if g.measurements.len() > 1 || g.attainment.is_none() {
        for m in &g.measurements {
            let mut s = t!(
                "goal-measurement",
                date = date(m.date.0),
                value = plain(m.value),
                unit = unit
            );
            if let Some(src) = &m.source {
                s.push_str(&t!("goal-measurement-source", source = src.as_str()));
            }
            lines.push(s);
        }
    }
    lines
}

/// A goal measured from uitstroom.toml: the latest school year's share
/// against the target, over how many leavers, then every year.
fn outcome_figures(g: &GoalReport, measure: String) -> Vec<String> {
    let mut lines = Vec::new();
    match (&g.attainment, g.measurements.last(), g.target) {
        (Some(a), _, _) => lines.push(t!(
            "goal-outcome-attainment",
            value = decimal(a.value, 1),
            measure = measure.as_str(),
            year = a.school_year.clone().unwrap_or_default(),
            over = a.over.unwrap_or_default(),
            target = plain(a.target),
            percent = a.percent
        )),
        (None, Some(m), _) => lines.push(t!(
            "goal-outcome-measured",
            value = decimal(m.value, 1),
            measure = measure.as_str(),
            year = m.school_year.clone().unwrap_or_default(),
            over = m.over.unwrap_or_default()
        )),
        (None, None, target) => lines.push(t!(
            "goal-outcome-none",
            measure = measure.as_str(),
            target = target.map(plain).unwrap_or_else(|| "–".into())
        )),
    }
    if let Some(i) = &g.indicator {
        lines.push(t!("goal-indicator", indicator = i.as_str()));
    }
    if g.measurements.len() > 1 {
        for m in &g.measurements {
            lines.push(t!(
                "goal-outcome-measurement",
                year = m.school_year.clone().unwrap_or_default(),
                value = decimal(m.value, 1),
                over = m.over.unwrap_or_default()
            ));
        }
    }
    lines
}

fn slots(title: String, kind: &str, slots: &[Slot], c: Cells) -> Table {
    let mut t = Table::new(vec![
        Column::left(&title),
        Column::left(&t!("col-from")),
        Column::left(&t!("col-to")),
        Column::left(&t!("col-status")),
        Column::left(&t!("col-meetings")),
    ]);
    for s in slots {
        let day = |d: chrono::NaiveDate| c.date(&Some(crate::model::Date(d)));
        t.row(vec![
            t!("slot-name", unit = kind, number = s.number),
            day(s.start),
            day(s.end),
            words::slot(s.status),
            s.meetings
                .iter()
                .map(|d| day(*d))
                .chain(
                    s.planned
                        .iter()
                        .map(|d| t!("meeting-planned-on", date = day(*d))),
                )
                .collect::<Vec<_>>()
                .join(", "),
        ]);
    }
    t
}

impl Render for JaarplanReport {
    /// The jaarplan is the approval document: it closes with the block the
    /// directies' approval fills in, naming the version by its fingerprint.
    fn extras(&self) -> crate::render::Extras {
        let valid = self.approval.as_ref().filter(|a| a.valid && a.bound);
        let round = self.approval.as_ref().and_then(|a| a.round.as_ref());
        let approved = |f: fn(&crate::report::jaarplan::ApprovalReport) -> Option<String>| {
            valid.and_then(f).unwrap_or_default()
        };
        let block = crate::render::ApprovalBlock {
            heading: t!("pdf-approval-heading"),
            rows: vec![
                (
                    t!("pdf-approval-period"),
                    t!(
                        "pdf-approval-period-value",
                        start = date(self.start.0),
                        end = date(self.end.0)
                    ),
                ),
                (t!("pdf-approval-fingerprint"), self.fingerprint.clone()),
                (
                    t!("pdf-approval-date"),
                    approved(|a| a.date.map(|d| date(d.0))),
                ),
                (t!("pdf-approval-by"), approved(|a| a.by.clone())),
            ],
            note: match (valid, round) {
                (_, Some(r)) => super::round::summary(r),
                (Some(_), None) => t!("pdf-approval-recorded"),
                (None, None) => t!("pdf-approval-open", region = self.slug),
            },
            votes: round.map(|r| super::round::table(r).into()),
        };
        crate::render::Extras {
            approval: Some(block),
            ..region_extras(self.region, self.code, self.approval.as_ref())
        }
    }

    fn blocks(&self) -> Vec<Block> {
        let c = Cells::TEXT;
        let mut b = vec![Block::Heading(
            1,
            format!("{} — {} ({})", self.title, self.region, self.code),
        )];
        let mut facts = vec![t!(
            "jaarplan-period",
            start = date(self.start.0),
            end = date(self.end.0)
        )];
        if let Some(p) = &self.regional_plan {
            facts.push(match &p.name {
                Some(name) => t!(
                    "jaarplan-regional-plan-named",
                    name = name.as_str(),
                    id = p.id.as_str()
                ),
                None => t!("jaarplan-regional-plan", id = p.id.as_str()),
            });
        }
        facts.push(match &self.approval {
            Some(a) => {
                let mut s = t!("jaarplan-approval", status = words::approval(a.status));
                if let Some(d) = &a.date {
                    s.push_str(&t!("jaarplan-approval-on", date = date(d.0)));
                }
                if let Some(by) = &a.by {
                    s.push_str(&t!("jaarplan-approval-by", by = by.as_str()));
                }
                if let Some(lapsed) = approval_lapsed(a) {
                    s.push_str(" — ");
                    s.push_str(&lapsed);
                }
                s
            }
            None => t!("jaarplan-approval-none"),
        });
        let lapsed = self
            .approval
            .as_ref()
            .is_some_and(|a| !a.changes.is_empty());
        if !lapsed && self.needs_approval {
            facts.push(t!("jaarplan-needs-approval", start = date(self.start.0)));
        }
        if let Some(a) = &self.approval {
            if a.valid && !a.bound {
                facts.push(t!("approval-unbound", region = self.slug));
            }
            if let Some(c) = &a.commit_short {
                let mut s = t!("approval-commit", commit = c.as_str());
                if let Some(tag) = &a.tag {
                    s.push_str(&format!(", {}", t!("approval-tag", tag = tag.as_str())));
                }
                facts.push(s);
            }
        }
        facts.push(t!(
            "jaarplan-progress",
            today = date(self.today),
            progress = progress(&self.progress)
        ));
        b.push(Block::List(facts));
        if let Some(r) = self.approval.as_ref().and_then(|a| a.round.as_ref()) {
            b.extend(super::round::blocks(r));
        }

        b.push(Block::Heading(2, t!("jaarplan-goals")));
        if self.goals.is_empty() {
            b.push(Block::Text(t!("jaarplan-no-goals")));
        }
        for g in &self.goals {
            let themes = if g.themes.is_empty() {
                String::new()
            } else {
                format!(" [{}]", g.themes.join(", "))
            };
            b.push(Block::Text(format!(
                "{}: {}{themes} — {}",
                g.id,
                g.text,
                progress(&g.progress)
            )));
            let figures = goal_figures(g);
            if !figures.is_empty() {
                b.push(Block::List(figures));
            }
            if g.actions.is_empty() {
                b.push(Block::List(vec![t!("jaarplan-no-actions")]));
            } else {
                b.push(Block::List(g.actions.iter().map(action).collect()));
            }
        }

        let none = || t!("jaarplan-themes-none");
        b.push(Block::Heading(2, t!("jaarplan-themes")));
        b.push(Block::List(vec![
            t!(
                "jaarplan-themes-covered",
                themes = if self.themes_covered.is_empty() {
                    none()
                } else {
                    self.themes_covered.join(", ")
                }
            ),
            t!(
                "jaarplan-themes-not-covered",
                themes = if self.themes_not_covered.is_empty() {
                    none()
                } else {
                    self.themes_not_covered.join(", ")
                }
            ),
            t!(
                "jaarplan-themes-declined",
                themes = if self.themes_declined.is_empty() {
                    none()
                } else {
                    self.themes_declined
                        .iter()
                        .map(|d| format!("{} ({})", d.theme, d.reason))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            ),
        ]));

        b.push(Block::Heading(2, t!("jaarplan-meetings")));
        b.push(Block::Table(slots(
            t!("meeting-stuurgroep"),
            "quarter",
            &self.stuurgroep,
            c,
        )));
        b.push(Block::Table(slots(
            t!("meeting-directies"),
            "year",
            &self.directies,
            c,
        )));
        b.extend(meeting_blocks(&self.meetings));
        b
    }

    /// Goals × actions, one row per linked action (or per goal without one).
    fn csv_table(&self) -> Table {
        let c = Cells::CSV;
        let mut t = Table::new(vec![
            Column::left(&t!("col-goal")),
            Column::left(&t!("col-goal-text")),
            Column::left(&t!("col-action")),
            Column::left(&t!("col-title")),
            Column::left(&t!("col-status")),
            Column::date(&t!("col-due")),
            Column::left(&t!("col-overdue")),
            Column::right(&t!("col-target")),
            Column::right(&t!("col-measured")),
            Column::right(&t!("col-percent")),
        ]);
        for g in &self.goals {
            let figures = [
                g.target.map(|x| c.plain(x)).unwrap_or_default(),
                g.measurements
                    .last()
                    .map(|m| c.plain(m.value))
                    .unwrap_or_default(),
                g.attainment
                    .as_ref()
                    .map(|a| a.percent.to_string())
                    .unwrap_or_default(),
            ];
            if g.actions.is_empty() {
                t.row(vec![
                    g.id.clone(),
                    g.text.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    figures[0].clone(),
                    figures[1].clone(),
                    figures[2].clone(),
                ]);
            }
            for a in &g.actions {
                t.row(vec![
                    g.id.clone(),
                    g.text.clone(),
                    a.id.clone(),
                    c.opt(&a.title),
                    a.status.map(words::action_status).unwrap_or_default(),
                    c.date(&a.due),
                    c.yes_no(a.overdue),
                    figures[0].clone(),
                    figures[1].clone(),
                    figures[2].clone(),
                ]);
            }
        }
        t
    }
}

/// The meetings' notes and decisions, newest last: what a stuurgroep reads
/// back.
pub(crate) fn meeting_blocks(meetings: &[crate::report::jaarplan::MeetingReport]) -> Vec<Block> {
    let recorded: Vec<_> = meetings
        .iter()
        .filter(|m| m.notes.is_some() || !m.decisions.is_empty() || m.planned)
        .collect();
    if recorded.is_empty() {
        return Vec::new();
    }
    let mut b = vec![Block::Heading(2, t!("meetings-minutes"))];
    for m in recorded {
        b.extend(meeting_block(m));
    }
    b
}

/// One meeting: its heading (planned or not), notes and decisions.
pub(crate) fn meeting_block(m: &crate::report::jaarplan::MeetingReport) -> Vec<Block> {
    let kind = m.kind.as_str();
    let when = date(m.date.0);
    let mut b = vec![Block::Heading(
        3,
        if m.planned {
            t!("meeting-heading-planned", kind = kind, date = when)
        } else {
            t!("meeting-heading", kind = kind, date = when)
        },
    )];
    if let Some(n) = &m.notes {
        b.push(Block::Text(n.clone()));
    }
    if !m.decisions.is_empty() {
        b.push(Block::List(
            m.decisions
                .iter()
                .map(|d| t!("meeting-decision", decision = d.as_str()))
                .collect(),
        ));
    }
    b
}
