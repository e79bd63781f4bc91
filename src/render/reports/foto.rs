//! The regionale foto reads as a document: it goes to the school directors
//! as it is (in Dutch, the default language).

use super::Cells;
use crate::i18n::{date, plain, t};
use crate::model::{InitiativeKind, Kind};
use crate::registry;
use crate::render::{Block, Column, Render, Table};
use crate::report::foto::{FotoAction, FotoReport};
use crate::words;

fn theme_titles(ids: &[String]) -> String {
    ids.iter()
        .map(|id| registry::theme(id).map_or(id.as_str(), |t| t.title))
        .collect::<Vec<_>>()
        .join("; ")
}

fn action_line(a: &FotoAction) -> String {
    let mut s = format!("{} ({}", a.title, words::action_status(a.status));
    if let Some(d) = &a.due {
        s.push_str(&t!("foto-due", due = date(d.0)));
    }
    s.push(')');
    if a.example {
        s.push_str(&t!("foto-good-practice"));
    }
    s
}

fn dash(s: &str) -> String {
    if s.is_empty() { "–".into() } else { s.into() }
}

fn initiative(k: InitiativeKind) -> String {
    words::entity(k.into())
}

impl Render for FotoReport {
    fn extras(&self) -> crate::render::Extras {
        super::jaarplan::region_extras(self.name, self.code, self.approval.as_ref())
    }

    fn blocks(&self) -> Vec<Block> {
        let c = Cells::TEXT;
        let mut b = vec![Block::Heading(
            1,
            t!("foto-title", name = self.name, code = self.code),
        )];

        let mut facts = vec![t!("foto-date", date = date(self.date))];
        if let Some(m) = &self.centrumgemeente {
            facts.push(t!("foto-centrumgemeente", name = m.as_str()));
        }
        if !self.municipalities.is_empty() {
            facts.push(t!(
                "foto-municipalities",
                names = self.municipalities.join(", ")
            ));
        }
        if let Some(co) = &self.coordinator {
            let mut line = t!(
                "foto-coordinator",
                status = crate::render::words::staffing(co.status.into())
            );
            if let Some(n) = &co.name {
                line.push_str(&format!(", {n}"));
            }
            if let Some(h) = co.hours_per_week {
                line.push_str(&t!("foto-coordinator-hours", hours = plain(h)));
            }
            if let Some(d) = &co.since {
                line.push_str(&t!("foto-coordinator-since", date = date(d.0)));
            }
            if let Some(s) = &co.scale {
                line.push_str(&t!("foto-coordinator-scale", scale = s.as_str()));
            }
            facts.push(line);
        }
        let cl = &self.caseload;
        facts.push(t!(
            "foto-required",
            hm = c.hm(&cl.required),
            fte = c.num(cl.required_fte),
            schools = cl.schools
        ));
        if self.has_jaarplan {
            facts.push(match &self.approval {
                Some(a) => {
                    let status = super::jaarplan::approval_lapsed(a).unwrap_or_else(|| {
                        let mut s = crate::words::approval(a.status);
                        if let Some(d) = &a.date {
                            s.push_str(&t!("jaarplan-approval-on", date = date(d.0)));
                        }
                        s
                    });
                    t!("foto-jaarplan", status = status)
                }
                None => t!("foto-jaarplan", status = t!("approval-draft")),
            });
            if let Some(r) = self.approval.as_ref().and_then(|a| a.round.as_ref()) {
                facts.push(t!("round-line", state = super::round::summary(r)));
            }
        }
        b.push(Block::List(facts));

        b.push(Block::Heading(2, t!("foto-schools")));
        for kind in [Kind::Pro, Kind::Vso] {
            let schools: Vec<_> = self.schools.iter().filter(|s| s.kind == kind).collect();
            if schools.is_empty() {
                continue;
            }
            let (title, vso) = match kind {
                Kind::Pro => (t!("foto-pro"), false),
                Kind::Vso => (t!("foto-vso"), true),
            };
            b.push(Block::Heading(3, format!("{title} ({})", schools.len())));
            let mut cols = vec![
                Column::left(&t!("col-school")),
                Column::left(&t!("col-municipality")),
                Column::left(&t!("col-board")),
                Column::right(&t!("col-students")),
                Column::left(&t!("col-brin")),
            ];
            if vso {
                cols.push(Column::left(&t!("col-profiles")));
                cols.push(Column::right(&t!("col-cluster")));
            }
            let mut tbl = Table::new(cols);
            for s in schools {
                let mut row = vec![
                    s.name.clone(),
                    dash(&c.opt(&s.municipality)),
                    dash(&c.opt(&s.board)),
                    dash(&c.opt(&s.students)),
                    dash(&c.opt(&s.brin)),
                ];
                if vso {
                    row.push(dash(
                        &s.profiles
                            .iter()
                            .map(|p| p.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ));
                    row.push(dash(&c.opt(&s.cluster)));
                }
                tbl.row(row);
            }
            b.push(Block::Table(tbl));
        }

        b.push(Block::Heading(2, t!("foto-overlegtafels")));
        if self.overlegtafels.is_empty() {
            b.push(Block::Text(t!("foto-no-overlegtafels")));
        }
        for l in &self.overlegtafels {
            b.push(Block::Heading(3, words::level(l.level)));
            let mut tbl = Table::new(vec![
                Column::left(&t!("col-overlegtafel")),
                Column::left(&t!("col-organizer")),
                Column::left(&t!("col-frequency")),
                Column::left(&t!("col-represented-by")),
                Column::left(&t!("col-themes")),
            ]);
            for o in &l.tables {
                let by = match o.represented_by.as_deref() {
                    Some("coordinator") => t!("foto-by-coordinator"),
                    Some("none") => t!("foto-by-nobody"),
                    Some(school) => school.to_string(),
                    None => "–".to_string(),
                };
                tbl.row(vec![
                    o.name.clone(),
                    dash(&c.opt(&o.organizer)),
                    dash(&c.opt(&o.frequency.as_deref().map(crate::words::frequency))),
                    by,
                    dash(&o.themes.join(", ")),
                ]);
            }
            b.push(Block::Table(tbl));
        }

        b.push(Block::Heading(2, t!("foto-initiatives")));
        if self.initiatives.is_empty() {
            b.push(Block::Text(t!("foto-no-initiatives")));
        } else {
            let mut tbl = Table::new(vec![
                Column::left(&t!("col-kind")),
                Column::left(&t!("col-name")),
                Column::left(&t!("col-owner")),
                Column::left(&t!("col-period")),
                Column::left(&t!("col-funding")),
                Column::left(&t!("col-themes")),
            ]);
            for i in &self.initiatives {
                let period = match (&i.start, &i.end) {
                    (None, None) => "–".to_string(),
                    (s, e) => format!("{} – {}", c.date(s), c.date(e)).trim().to_string(),
                };
                tbl.row(vec![
                    initiative(i.kind),
                    i.name.clone(),
                    dash(&c.opt(&i.owner)),
                    period,
                    dash(&c.opt(&i.funding)),
                    dash(&i.themes.join(", ")),
                ]);
            }
            b.push(Block::Table(tbl));
        }

        b.push(Block::Heading(2, t!("foto-not-relevant")));
        if self.not_relevant.is_empty() {
            b.push(Block::Text(t!("foto-all-relevant")));
        } else {
            b.push(Block::List(
                self.not_relevant
                    .iter()
                    .map(|n| format!("{} ({}): {}", n.name, words::entity(n.kind), n.reason))
                    .collect(),
            ));
        }

        b.push(Block::Heading(2, t!("foto-knelpunten")));
        if self.knelpunten.is_empty() {
            b.push(Block::Text(t!("foto-no-knelpunten")));
        }
        for k in &self.knelpunten {
            let mut head = k.text.clone();
            if !k.schools.is_empty() {
                head.push_str(&t!("foto-knelpunt-schools", schools = k.schools.join(", ")));
            }
            if let Some(d) = &k.resolved {
                head.push_str(&t!("foto-knelpunt-resolved", date = date(d.0)));
            }
            b.push(Block::Text(head));
            if !k.actions.is_empty() {
                b.push(Block::List(k.actions.iter().map(action_line).collect()));
            } else if k.resolved.is_none() {
                b.push(Block::List(vec![t!("foto-no-action")]));
            }
        }
        let open: Vec<String> = self
            .knelpunten
            .iter()
            .filter(|k| k.actions.is_empty() && k.resolved.is_none())
            .map(|k| k.text.clone())
            .collect();
        if !open.is_empty() {
            b.push(Block::Heading(3, t!("foto-knelpunten-open")));
            b.push(Block::List(open));
        }
        if !self.other_actions.is_empty() {
            b.push(Block::Heading(3, t!("foto-other-actions")));
            b.push(Block::List(
                self.other_actions.iter().map(action_line).collect(),
            ));
        }

        if let Some(u) = &self.uitstroom {
            b.push(Block::Heading(2, t!("title-uitstroom")));
            b.extend(super::uitstroom::blocks(u, 3));
        }
        b.push(Block::Heading(2, t!("foto-themes")));
        let mut tbl = Table::new(vec![
            Column::left(&t!("col-theme")),
            Column::right(&t!("col-planned")),
            Column::right(&t!("col-active")),
            Column::right(&t!("col-done")),
            Column::left(&t!("col-addressed")),
        ]);
        for cell in &self.themes {
            tbl.row(vec![
                theme_titles(&[cell.theme.to_string()]),
                cell.planned.to_string(),
                cell.active.to_string(),
                cell.done.to_string(),
                match (&cell.declined, cell.addressed) {
                    (_, true) => t!("yes"),
                    (Some(reason), false) => t!("theme-declined", reason = reason.as_str()),
                    (None, false) => t!("foto-not-addressed"),
                },
            ]);
        }
        b.push(Block::Table(tbl));
        b.extend(super::jaarplan::meeting_blocks(&self.meetings));
        b
    }

    /// The inventory as one list: every school, table, initiative, knelpunt and action.
    fn csv_table(&self) -> Table {
        let c = Cells::CSV;
        let mut t = Table::new(vec![
            Column::left(&t!("col-section")),
            Column::left(&t!("col-id")),
            Column::left(&t!("col-name")),
            Column::left(&t!("col-detail")),
            Column::left(&t!("col-relevant")),
            Column::left(&t!("col-themes")),
        ]);
        for s in &self.schools {
            t.row(vec![
                words::entity(crate::model::EntityKind::School),
                s.id.clone(),
                s.name.clone(),
                s.kind.to_string(),
                String::new(),
                String::new(),
            ]);
        }
        for l in &self.overlegtafels {
            for o in &l.tables {
                t.row(vec![
                    words::entity(crate::model::EntityKind::Overlegtafel),
                    o.id.clone(),
                    o.name.clone(),
                    words::level(l.level),
                    c.yes_no(true),
                    o.themes.join(" "),
                ]);
            }
        }
        for i in &self.initiatives {
            t.row(vec![
                initiative(i.kind),
                i.id.clone(),
                i.name.clone(),
                c.opt(&i.owner),
                c.yes_no(true),
                i.themes.join(" "),
            ]);
        }
        for n in &self.not_relevant {
            t.row(vec![
                words::entity(n.kind),
                n.id.clone(),
                n.name.clone(),
                n.reason.clone(),
                c.yes_no(false),
                String::new(),
            ]);
        }
        for k in &self.knelpunten {
            let actions: Vec<&str> = k.actions.iter().map(|a| a.id.as_str()).collect();
            t.row(vec![
                words::entity(crate::model::EntityKind::Knelpunt),
                k.id.clone(),
                k.text.clone(),
                actions.join(" "),
                String::new(),
                k.themes.join(" "),
            ]);
            for a in &k.actions {
                t.row(action_row(a));
            }
        }
        for a in &self.other_actions {
            t.row(action_row(a));
        }
        t
    }
}

fn action_row(a: &FotoAction) -> Vec<String> {
    vec![
        words::entity(crate::model::EntityKind::Action),
        a.id.clone(),
        a.title.clone(),
        words::action_status(a.status),
        String::new(),
        a.themes.join(" "),
    ]
}
