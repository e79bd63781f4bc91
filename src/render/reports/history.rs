use crate::render::{Block, Column, Render, Table, yes_no};
use crate::report::history::{Change, HistoryEntry, HistoryReport, VersionState};

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("(none)")
}

/// One change as a line: `+` added, `-` removed, `~` changed.
pub(super) fn describe(c: &Change) -> String {
    match c {
        Change::Title { old: None, new } => format!("+ title: {new}"),
        Change::Title {
            old: Some(old),
            new,
        } => format!("~ title: {old} → {new}"),
        Change::Period {
            old_start: Some(os),
            old_end: Some(oe),
            new_start,
            new_end,
        } => {
            format!("~ period: {os} – {oe} → {new_start} – {new_end}")
        }
        Change::Period {
            new_start, new_end, ..
        } => format!("+ period: {new_start} – {new_end}"),
        Change::RegionalPlan { old, new } => {
            format!("~ regional plan: {} → {}", opt(old), opt(new))
        }
        Change::Approval { field, old, new } => {
            format!("~ approval {field}: {} → {}", opt(old), opt(new))
        }
        Change::GoalAdded { goal, text } => format!("+ goal {goal}: {text}"),
        Change::GoalRemoved { goal, text } => format!("- goal {goal}: {text}"),
        Change::GoalText { goal, old, new } => format!("~ goal {goal}: \"{old}\" → \"{new}\""),
        Change::GoalThemes { goal, old, new } => format!(
            "~ goal {goal} themes: [{}] → [{}]",
            old.join(", "),
            new.join(", ")
        ),
        Change::GoalActionAdded { goal, action } => format!("+ goal {goal}: action {action}"),
        Change::GoalActionRemoved { goal, action } => format!("- goal {goal}: action {action}"),
        Change::MeetingAdded { kind, date } => format!("+ meeting {kind} {date}"),
        Change::MeetingRemoved { kind, date } => format!("- meeting {kind} {date}"),
        Change::Renamed { from, to } => format!("~ file moved: {from} → {to}"),
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
    if e.merge {
        s.push_str("  [MERGE]");
    }
    if e.boundary {
        s.push_str("  [BOUNDARY: older history is not in this clone]");
    }
    if e.approval {
        s.push_str("  [APPROVED]");
    }
    if e.after_approval {
        s.push_str("  [CHANGED AFTER APPROVAL: needs re-approval]");
    }
    s
}

impl Render for HistoryReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![Block::Heading(
            1,
            format!("History of {} ({})", self.file, self.region),
        )];
        let order = if self.newest_first {
            "newest first"
        } else {
            "oldest first"
        };
        b.push(Block::Text(format!(
            "{} commits, {order}.",
            self.entries.len()
        )));
        if self.uncommitted {
            b.push(Block::Text(
                "The plan has changes that are not committed yet: they are not in this trail."
                    .into(),
            ));
        }
        if self.shallow {
            b.push(Block::Text(
                "This is a shallow clone: older commits are missing (git fetch --unshallow)."
                    .into(),
            ));
        }
        for e in &self.entries {
            b.push(Block::Text(headline(e)));
            let lines: Vec<String> = match e.state {
                VersionState::Deleted => vec!["- file deleted".into()],
                VersionState::Unparsable => vec![format!(
                    "! this version does not parse: {}",
                    e.error.as_deref().unwrap_or("")
                )],
                VersionState::Parsed if e.boundary => {
                    vec!["(the plan as it was here; what came before is unknown)".into()]
                }
                VersionState::Parsed if e.changes.is_empty() => {
                    vec!["(no change to the plan's content)".into()]
                }
                VersionState::Parsed => e.changes.iter().map(describe).collect(),
            };
            b.push(Block::List(lines));
        }
        b
    }

    /// One row per change (or per commit without one).
    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("commit"),
            Column::left("date"),
            Column::left("author"),
            Column::left("message"),
            Column::left("state"),
            Column::left("approval"),
            Column::left("after approval"),
            Column::left("change"),
        ]);
        for e in &self.entries {
            let state = match e.state {
                VersionState::Parsed => "parsed",
                VersionState::Unparsable => "unparsable",
                VersionState::Deleted => "deleted",
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
                    state.into(),
                    yes_no(e.approval),
                    yes_no(e.after_approval),
                    line,
                ]);
            }
        }
        t
    }
}
