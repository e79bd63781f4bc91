use super::cell;
use crate::model::{Slot, SlotStatus};
use crate::render::{Block, Column, Render, Table};
use crate::report::jaarplan::{GoalAction, JaarplanReport, Progress};

pub(super) fn slot_status(s: SlotStatus) -> &'static str {
    match s {
        SlotStatus::Held => "held",
        SlotStatus::Missed => "MISSED",
        SlotStatus::Open => "open",
        SlotStatus::Upcoming => "upcoming",
    }
}

fn progress(p: &Progress) -> String {
    format!(
        "{} done, {} active, {} planned, {} overdue{}",
        p.done,
        p.active,
        p.planned,
        p.overdue,
        if p.dropped > 0 {
            format!(", {} dropped", p.dropped)
        } else {
            String::new()
        }
    )
}

fn action(a: &GoalAction) -> String {
    match (&a.title, a.status) {
        (Some(title), Some(status)) => {
            let mut s = format!("{} — {title} ({status}", a.id);
            if let Some(d) = &a.due {
                s.push_str(&format!(", due {d}"));
            }
            if a.overdue {
                s.push_str(", OVERDUE");
            }
            s.push(')');
            s
        }
        _ => format!("{} — not an action of this region", a.id),
    }
}

fn slots(title: &str, unit: &str, slots: &[Slot]) -> Table {
    let mut t = Table::new(vec![
        Column::left(title),
        Column::left("from"),
        Column::left("to"),
        Column::left("status"),
        Column::left("meetings"),
    ]);
    for s in slots {
        t.row(vec![
            format!("{unit} {}", s.number),
            s.start.to_string(),
            s.end.to_string(),
            slot_status(s.status).into(),
            s.meetings
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ]);
    }
    t
}

impl Render for JaarplanReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![Block::Heading(
            1,
            format!("{} — {} ({})", self.title, self.region, self.code),
        )];
        let mut facts = vec![format!("Period: {} to {}", self.start, self.end)];
        if let Some(p) = &self.regional_plan {
            facts.push(match &p.name {
                Some(name) => format!("Regional plan: {name} ({})", p.id),
                None => format!("Regional plan: {}", p.id),
            });
        }
        facts.push(match &self.approval {
            Some(a) => {
                let mut s = format!("Approval: {}", a.status);
                if let Some(d) = &a.date {
                    s.push_str(&format!(" on {d}"));
                }
                if let Some(by) = &a.by {
                    s.push_str(&format!(" by {by}"));
                }
                s
            }
            None => "Approval: none recorded (draft)".into(),
        });
        if self.needs_approval {
            facts.push(format!(
                "The period has started ({}) and the plan is not approved.",
                self.start
            ));
        }
        facts.push(format!(
            "Progress on {}: {}",
            self.today,
            progress(&self.progress)
        ));
        b.push(Block::List(facts));

        b.push(Block::Heading(2, "Goals".into()));
        if self.goals.is_empty() {
            b.push(Block::Text("No goals recorded.".into()));
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
            if g.actions.is_empty() {
                b.push(Block::List(vec!["no actions linked".into()]));
            } else {
                b.push(Block::List(g.actions.iter().map(action).collect()));
            }
        }

        b.push(Block::Heading(2, "Themes".into()));
        b.push(Block::List(vec![
            format!(
                "covered: {}",
                if self.themes_covered.is_empty() {
                    "none".into()
                } else {
                    self.themes_covered.join(", ")
                }
            ),
            format!(
                "not covered: {}",
                if self.themes_not_covered.is_empty() {
                    "none".into()
                } else {
                    self.themes_not_covered.join(", ")
                }
            ),
        ]));

        b.push(Block::Heading(2, "Meetings".into()));
        b.push(Block::Table(slots(
            "stuurgroep",
            "quarter",
            &self.stuurgroep,
        )));
        b.push(Block::Table(slots("directies", "year", &self.directies)));
        b
    }

    /// Goals × actions, one row per linked action (or per goal without one).
    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("goal"),
            Column::left("goal text"),
            Column::left("action"),
            Column::left("title"),
            Column::left("status"),
            Column::left("due"),
            Column::left("overdue"),
        ]);
        for g in &self.goals {
            if g.actions.is_empty() {
                t.row(vec![
                    g.id.clone(),
                    g.text.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
            for a in &g.actions {
                t.row(vec![
                    g.id.clone(),
                    g.text.clone(),
                    a.id.clone(),
                    cell::opt(&a.title),
                    cell::opt(&a.status),
                    cell::date(&a.due),
                    crate::render::yes_no(a.overdue),
                ]);
            }
        }
        t
    }
}
