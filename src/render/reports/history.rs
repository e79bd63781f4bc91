use super::Cells;
use crate::i18n::t;
use crate::render::{Block, Column, Render, Table};
use crate::report::history::{Change, HistoryEntry, HistoryReport, VersionState};

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| t!("history-none"))
}

/// `30 stageplekken (indicator)`, or `–` for none.
fn target(t: &Option<crate::report::history::Target>) -> String {
    let Some(t) = t else {
        return "–".into();
    };
    let mut s = [t.target.map(crate::i18n::plain), t.unit.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(i) = &t.indicator {
        s = format!("{s} ({i})").trim().to_string();
    }
    s
}

/// One change as a line: `+` added, `-` removed, `~` changed.
pub(super) fn describe(c: &Change) -> String {
    let d = |d: &crate::model::Date| d.to_string();
    match c {
        Change::Title { old: None, new } => t!("change-title-added", new = new.as_str()),
        Change::Title {
            old: Some(old),
            new,
        } => t!("change-title", old = old.as_str(), new = new.as_str()),
        Change::Period {
            old_start: Some(os),
            old_end: Some(oe),
            new_start,
            new_end,
        } => t!(
            "change-period",
            old_start = d(os),
            old_end = d(oe),
            new_start = d(new_start),
            new_end = d(new_end)
        ),
        Change::Period {
            new_start, new_end, ..
        } => t!(
            "change-period-added",
            new_start = d(new_start),
            new_end = d(new_end)
        ),
        Change::RegionalPlan { old, new } => {
            t!("change-regional-plan", old = opt(old), new = opt(new))
        }
        Change::Approval { field, old, new } => t!(
            "change-approval",
            field = *field,
            old = opt(old),
            new = opt(new)
        ),
        Change::GoalAdded { goal, text } => {
            t!(
                "change-goal-added",
                goal = goal.as_str(),
                text = text.as_str()
            )
        }
        Change::GoalRemoved { goal, text } => {
            t!(
                "change-goal-removed",
                goal = goal.as_str(),
                text = text.as_str()
            )
        }
        Change::GoalText { goal, old, new } => t!(
            "change-goal-text",
            goal = goal.as_str(),
            old = old.as_str(),
            new = new.as_str()
        ),
        Change::GoalThemes { goal, old, new } => t!(
            "change-goal-themes",
            goal = goal.as_str(),
            old = old.join(", "),
            new = new.join(", ")
        ),
        Change::GoalTarget { goal, old, new } => t!(
            "change-goal-target",
            goal = goal.as_str(),
            old = target(old),
            new = target(new)
        ),
        Change::GoalActionAdded { goal, action } => t!(
            "change-goal-action-added",
            goal = goal.as_str(),
            action = action.as_str()
        ),
        Change::GoalActionRemoved { goal, action } => t!(
            "change-goal-action-removed",
            goal = goal.as_str(),
            action = action.as_str()
        ),
        Change::MeetingAdded { kind, date } => {
            t!("change-meeting-added", kind = kind.as_str(), date = d(date))
        }
        Change::MeetingRemoved { kind, date } => {
            t!(
                "change-meeting-removed",
                kind = kind.as_str(),
                date = d(date)
            )
        }
        Change::Renamed { from, to } => {
            t!("change-renamed", from = from.as_str(), to = to.as_str())
        }
    }
}

fn headline(e: &HistoryEntry) -> String {
    let mut s = format!(
        "{} {} {} — {}",
        e.short,
        e.date.get(..10).unwrap_or(&e.date),
        e.author,
        e.message
    );
    let marks = [
        (e.merge, t!("history-mark-merge")),
        (e.boundary, t!("history-mark-boundary")),
        (e.approval, t!("history-mark-approved")),
        (e.after_approval, t!("history-mark-after-approval")),
    ];
    for (on, mark) in marks {
        if on {
            s.push_str(&format!("  [{mark}]"));
        }
    }
    s
}

impl Render for HistoryReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![Block::Heading(
            1,
            t!(
                "history-title",
                file = self.file.as_str(),
                region = self.region
            ),
        )];
        b.push(Block::Text(if self.newest_first {
            t!("history-count-newest", count = self.entries.len())
        } else {
            t!("history-count-oldest", count = self.entries.len())
        }));
        if self.uncommitted {
            b.push(Block::Text(t!("history-uncommitted")));
        }
        if self.shallow {
            b.push(Block::Text(t!("history-shallow")));
        }
        for e in &self.entries {
            b.push(Block::Text(headline(e)));
            let lines: Vec<String> = match e.state {
                VersionState::Deleted => vec![t!("history-deleted")],
                VersionState::Unparsable => vec![t!(
                    "history-unparsable",
                    error = e.error.as_deref().unwrap_or("")
                )],
                VersionState::Parsed if e.boundary => vec![t!("history-boundary")],
                VersionState::Parsed if e.changes.is_empty() => vec![t!("history-no-change")],
                VersionState::Parsed => e.changes.iter().map(describe).collect(),
            };
            b.push(Block::List(lines));
        }
        b
    }

    /// One row per change (or per commit without one).
    fn csv_table(&self) -> Table {
        let c = Cells::CSV;
        let mut t = Table::new(vec![
            Column::left(&t!("col-commit")),
            Column::left(&t!("col-date")),
            Column::left(&t!("col-author")),
            Column::left(&t!("col-message")),
            Column::left(&t!("col-state")),
            Column::left(&t!("col-approval")),
            Column::left(&t!("col-after-approval")),
            Column::left(&t!("col-change")),
        ]);
        for e in &self.entries {
            let state = match e.state {
                VersionState::Parsed => t!("history-state-parsed"),
                VersionState::Unparsable => t!("history-state-unparsable"),
                VersionState::Deleted => t!("history-state-deleted"),
            };
            let mut lines: Vec<String> = e.changes.iter().map(describe).collect();
            if lines.is_empty() {
                lines.push(e.error.clone().unwrap_or_default());
            }
            for line in lines {
                t.row(vec![
                    e.short.clone(),
                    e.date.clone(),
                    e.author.clone(),
                    e.message.clone(),
                    state.clone(),
                    c.yes_no(e.approval),
                    c.yes_no(e.after_approval),
                    line,
                ]);
            }
        }
        t
    }
}
