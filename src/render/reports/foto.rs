//! The regionale foto reads as a Dutch document: it goes to the school
//! directors as it is.

use super::cell;
use crate::model::Kind;
use crate::registry;
use crate::render::{Block, Column, Render, Table, nl};
use crate::report::foto::{FotoAction, FotoReport};

fn theme_titles(ids: &[String]) -> String {
    ids.iter()
        .map(|id| registry::theme(id).map_or(id.as_str(), |t| t.title))
        .collect::<Vec<_>>()
        .join("; ")
}

fn action_line(a: &FotoAction) -> String {
    let mut s = format!("{} ({}", a.title, nl::action_status(a.status));
    if let Some(d) = &a.due {
        s.push_str(&format!(", gereed {d}"));
    }
    s.push(')');
    if a.example {
        s.push_str(" — goed voorbeeld");
    }
    s
}

fn dash(s: &str) -> String {
    if s.is_empty() { "–".into() } else { s.into() }
}

impl Render for FotoReport {
    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![Block::Heading(
            1,
            format!("Regionale foto {} ({})", self.name, self.code),
        )];

        let mut facts = vec![format!("Peildatum: {}", self.date.format("%Y-%m-%d"))];
        if let Some(c) = &self.centrumgemeente {
            facts.push(format!("Centrumgemeente: {c}"));
        }
        if !self.municipalities.is_empty() {
            facts.push(format!("Gemeenten: {}", self.municipalities.join(", ")));
        }
        if let Some(c) = &self.coordinator {
            let mut line = format!("Netwerkcoördinator: {}", nl::staffing(c.status.into()));
            if let Some(n) = &c.name {
                line.push_str(&format!(", {n}"));
            }
            if let Some(h) = c.hours_per_week {
                line.push_str(&format!(", {} uur per week", crate::render::plain(h)));
            }
            if let Some(d) = &c.since {
                line.push_str(&format!(", sinds {d}"));
            }
            if let Some(s) = &c.scale {
                line.push_str(&format!(", schaal {s}"));
            }
            facts.push(line);
        }
        let cl = &self.caseload;
        facts.push(format!(
            "Benodigde inzet: {} uur per week ({} fte) voor {} scholen",
            cell::hm(&cl.required),
            cell::num(cl.required_fte),
            cl.schools
        ));
        b.push(Block::List(facts));

        b.push(Block::Heading(2, "Scholen".into()));
        for kind in [Kind::Pro, Kind::Vso] {
            let schools: Vec<_> = self.schools.iter().filter(|s| s.kind == kind).collect();
            if schools.is_empty() {
                continue;
            }
            let (title, vso) = match kind {
                Kind::Pro => ("Praktijkonderwijs", false),
                Kind::Vso => ("Voortgezet speciaal onderwijs", true),
            };
            b.push(Block::Heading(3, format!("{title} ({})", schools.len())));
            let mut cols = vec![
                Column::left("school"),
                Column::left("gemeente"),
                Column::left("bestuur"),
                Column::right("leerlingen"),
                Column::left("brin"),
            ];
            if vso {
                cols.push(Column::left("uitstroomprofielen"));
                cols.push(Column::right("cluster"));
            }
            let mut t = Table::new(cols);
            for s in schools {
                let mut row = vec![
                    s.name.clone(),
                    dash(&cell::opt(&s.municipality)),
                    dash(&cell::opt(&s.board)),
                    dash(&cell::opt(&s.students)),
                    dash(&cell::opt(&s.brin)),
                ];
                if vso {
                    row.push(dash(
                        &s.profiles
                            .iter()
                            .map(|p| p.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ));
                    row.push(dash(&cell::opt(&s.cluster)));
                }
                t.row(row);
            }
            b.push(Block::Table(t));
        }

        b.push(Block::Heading(2, "Overlegtafels".into()));
        if self.overlegtafels.is_empty() {
            b.push(Block::Text(
                "Nog geen relevante overlegtafels vastgelegd.".into(),
            ));
        }
        for level in &self.overlegtafels {
            b.push(Block::Heading(3, nl::level(level.level).into()));
            let mut t = Table::new(vec![
                Column::left("overlegtafel"),
                Column::left("organisator"),
                Column::left("frequentie"),
                Column::left("scholen vertegenwoordigd door"),
                Column::left("thema's"),
            ]);
            for o in &level.tables {
                let by = match o.represented_by.as_deref() {
                    Some("coordinator") => "netwerkcoördinator".to_string(),
                    Some("none") => "niemand".to_string(),
                    Some(school) => school.to_string(),
                    None => "–".to_string(),
                };
                t.row(vec![
                    o.name.clone(),
                    dash(&cell::opt(&o.organizer)),
                    dash(&cell::opt(&o.frequency)),
                    by,
                    dash(&o.themes.join(", ")),
                ]);
            }
            b.push(Block::Table(t));
        }

        b.push(Block::Heading(
            2,
            "Plannen, projecten en ontwikkelingen".into(),
        ));
        if self.initiatives.is_empty() {
            b.push(Block::Text(
                "Nog geen relevante plannen, projecten of ontwikkelingen vastgelegd.".into(),
            ));
        } else {
            let mut t = Table::new(vec![
                Column::left("soort"),
                Column::left("naam"),
                Column::left("eigenaar"),
                Column::left("periode"),
                Column::left("financiering"),
                Column::left("thema's"),
            ]);
            for i in &self.initiatives {
                let period = match (&i.start, &i.end) {
                    (None, None) => "–".to_string(),
                    (s, e) => format!("{} – {}", cell::date(s), cell::date(e))
                        .trim()
                        .to_string(),
                };
                t.row(vec![
                    nl::initiative(i.kind).into(),
                    i.name.clone(),
                    dash(&cell::opt(&i.owner)),
                    period,
                    dash(&cell::opt(&i.funding)),
                    dash(&i.themes.join(", ")),
                ]);
            }
            b.push(Block::Table(t));
        }

        b.push(Block::Heading(2, "Niet relevant voor pro en vso".into()));
        if self.not_relevant.is_empty() {
            b.push(Block::Text(
                "Alles wat is vastgelegd is relevant voor pro en vso.".into(),
            ));
        } else {
            b.push(Block::List(
                self.not_relevant
                    .iter()
                    .map(|n| {
                        let kind = nl::entity(n.kind);
                        format!("{} ({kind}): {}", n.name, n.reason)
                    })
                    .collect(),
            ));
        }

        b.push(Block::Heading(2, "Knelpunten en acties".into()));
        if self.knelpunten.is_empty() {
            b.push(Block::Text("Nog geen knelpunten vastgelegd.".into()));
        }
        for k in &self.knelpunten {
            let mut head = k.text.clone();
            if !k.schools.is_empty() {
                head.push_str(&format!(" (scholen: {})", k.schools.join(", ")));
            }
            b.push(Block::Text(head));
            if k.actions.is_empty() {
                b.push(Block::List(vec!["nog geen actie".into()]));
            } else {
                b.push(Block::List(k.actions.iter().map(action_line).collect()));
            }
        }
        let open: Vec<String> = self
            .knelpunten
            .iter()
            .filter(|k| k.actions.is_empty())
            .map(|k| k.text.clone())
            .collect();
        if !open.is_empty() {
            b.push(Block::Heading(3, "Knelpunten zonder actie".into()));
            b.push(Block::List(open));
        }
        if !self.other_actions.is_empty() {
            b.push(Block::Heading(3, "Overige acties".into()));
            b.push(Block::List(
                self.other_actions.iter().map(action_line).collect(),
            ));
        }

        b.push(Block::Heading(2, "Ontwikkelthema's".into()));
        let mut t = Table::new(vec![
            Column::left("thema"),
            Column::right("gepland"),
            Column::right("lopend"),
            Column::right("afgerond"),
            Column::left("gedekt"),
        ]);
        for c in &self.themes {
            t.row(vec![
                theme_titles(&[c.theme.to_string()]),
                c.planned.to_string(),
                c.active.to_string(),
                c.done.to_string(),
                if c.addressed {
                    "ja".into()
                } else {
                    "nee: geen actie".into()
                },
            ]);
        }
        b.push(Block::Table(t));
        b
    }

    /// The inventory as one list: every school, table, initiative, knelpunt and action.
    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left("section"),
            Column::left("id"),
            Column::left("name"),
            Column::left("detail"),
            Column::left("relevant"),
            Column::left("themes"),
        ]);
        for s in &self.schools {
            t.row(vec![
                "school".into(),
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
                    "overlegtafel".into(),
                    o.id.clone(),
                    o.name.clone(),
                    l.level.to_string(),
                    "yes".into(),
                    o.themes.join(" "),
                ]);
            }
        }
        for i in &self.initiatives {
            t.row(vec![
                nl::initiative(i.kind).into(),
                i.id.clone(),
                i.name.clone(),
                cell::opt(&i.owner),
                "yes".into(),
                i.themes.join(" "),
            ]);
        }
        for n in &self.not_relevant {
            t.row(vec![
                n.kind.to_string(),
                n.id.clone(),
                n.name.clone(),
                n.reason.clone(),
                "no".into(),
                String::new(),
            ]);
        }
        for k in &self.knelpunten {
            let actions: Vec<&str> = k.actions.iter().map(|a| a.id.as_str()).collect();
            t.row(vec![
                "knelpunt".into(),
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
        "action".into(),
        a.id.clone(),
        a.title.clone(),
        a.status.to_string(),
        String::new(),
        a.themes.join(" "),
    ]
}
