//! The directies' round in words: the one-line state every view shows, the
//! table of institutions, and what `jaarplan --round`/`--vote` recorded.

use crate::i18n::{date, t};
use crate::model::{Decision, Quorum, Standing};
use crate::render::{Block, Column, Render, Table};
use crate::report::commands::RoundCommandReport;
use crate::report::round::{CastVote, RoundReport};

pub(crate) fn decision(d: Decision) -> String {
    match d {
        Decision::Akkoord => t!("decision-akkoord"),
        Decision::NietAkkoord => t!("decision-niet-akkoord"),
        Decision::Onthouding => t!("decision-onthouding"),
    }
}

fn quorum(q: Quorum, needed: usize) -> String {
    match q {
        Quorum::Majority => t!("round-quorum-majority", needed = needed),
        Quorum::All => t!("round-quorum-all", needed = needed),
        Quorum::Count(_) => t!("round-quorum-count", needed = needed),
    }
}

/// "5 van 9 instellingen akkoord, 1 niet akkoord (met reden), 3 nog niet;
/// meerderheid is 5: geaccordeerd op 3 oktober 2026".
pub(crate) fn summary(r: &RoundReport) -> String {
    let mut parts = vec![t!(
        "round-count-agreed",
        agreed = r.agreed,
        institutions = r.institutions
    )];
    if r.disagreed > 0 {
        parts.push(if r.disagreed_with_reason > 0 {
            t!("round-count-disagreed-reason", count = r.disagreed)
        } else {
            t!("round-count-disagreed", count = r.disagreed)
        });
    }
    if r.abstained > 0 {
        parts.push(t!("round-count-abstained", count = r.abstained));
    }
    if r.earlier > 0 {
        parts.push(t!("round-count-earlier", count = r.earlier));
    }
    if r.missing > 0 {
        parts.push(t!("round-count-missing", count = r.missing));
    }
    let state = match (&r.withdrawn, &r.approved_on, r.overdue) {
        (Some(w), ..) => t!(
            "round-state-withdrawn",
            date = date(w.date.0),
            by = w.by.as_str(),
            reason = w.reason.as_str()
        ),
        (None, Some(d), _) => t!("round-state-approved", date = date(d.0)),
        (None, None, true) => t!("round-state-overdue", date = date(r.deadline.0)),
        (None, None, false) => t!("round-state-open", date = date(r.deadline.0)),
    };
    format!(
        "{}; {}: {state}",
        parts.join(", "),
        quorum(r.quorum, r.needed)
    )
}

fn standing(s: Standing) -> String {
    match s {
        Standing::Current => t!("round-standing-current"),
        Standing::Earlier => t!("round-standing-earlier"),
        Standing::Missing => t!("round-standing-missing"),
    }
}

/// One row per institution: who decided what, when, on which version.
pub(crate) fn table(r: &RoundReport) -> Table {
    let mut t = Table::new(vec![
        Column::left(&t!("col-institution")),
        Column::left(&t!("col-director")),
        Column::left(&t!("col-decision")),
        Column::date(&t!("col-date")),
        Column::left(&t!("col-fingerprint")),
        Column::left(&t!("col-version")),
    ]);
    for row in &r.rows {
        let v = row.vote.as_ref();
        t.row(vec![
            row.name.clone(),
            v.map(who).unwrap_or_default(),
            v.map(said).unwrap_or_default(),
            v.map(|v| v.date.to_string()).unwrap_or_default(),
            v.map(|v| v.fingerprint.clone()).unwrap_or_default(),
            standing(row.standing),
        ]);
    }
    t
}

/// "Anna de Vries (directeur)".
pub(crate) fn who(v: &CastVote) -> String {
    if v.function.trim().is_empty() {
        v.name.clone()
    } else {
        format!("{} ({})", v.name, v.function)
    }
}

/// "niet akkoord: reden" — the decision with its comment.
pub(crate) fn said(v: &CastVote) -> String {
    match &v.comment {
        Some(c) => format!("{}: {c}", decision(v.decision)),
        None => decision(v.decision),
    }
}

/// The round's blocks in a report: its state, its message, the table.
pub(crate) fn blocks(r: &RoundReport) -> Vec<Block> {
    let mut b = vec![
        Block::Heading(2, t!("round-heading")),
        Block::Text(t!(
            "round-opened",
            opened = date(r.opened.0),
            deadline = date(r.deadline.0),
            fingerprint = r.fingerprint.as_str()
        )),
        Block::Text(summary(r)),
    ];
    if let Some(m) = &r.message {
        b.push(Block::Text(t!("round-message", message = m.as_str())));
    }
    b.push(Block::Table(table(r)));
    b
}

impl Render for RoundCommandReport {
    fn blocks(&self) -> Vec<Block> {
        let mut lines = Vec::new();
        if self.unchanged {
            lines.push(t!("round-unchanged", file = self.file.as_str()));
        } else if let Some(v) = &self.vote {
            lines.push(t!(
                "round-vote-recorded",
                who = who(v),
                institution = v.institution.as_str(),
                decision = decision(v.decision),
                fingerprint = v.fingerprint.as_str(),
                date = date(v.date.0)
            ));
        } else if let (Some(r), "extended") = (&self.round, self.action) {
            lines.push(t!("round-extended-recorded", deadline = date(r.deadline.0)));
        } else if self.action == "withdrawn" {
            lines.push(t!("round-withdrawn-recorded", region = self.region));
        } else if let Some(r) = &self.round {
            lines.push(t!(
                "round-opened-recorded",
                file = self.file.as_str(),
                deadline = date(r.deadline.0),
                fingerprint = r.fingerprint.as_str()
            ));
        }
        if let Some(r) = &self.round {
            lines.push(summary(r));
        }
        if self.approved {
            lines.push(t!("round-approved-now"));
        }
        match &self.commit {
            Some(c) => lines.push(t!("approve-commit", commit = &c[..c.len().min(7)])),
            None if !self.unchanged => lines.push(t!("approve-no-git")),
            None => {}
        }
        if let Some(tag) = &self.tag {
            lines.push(t!("approve-tag", tag = tag.as_str()));
        }
        let mut b = vec![Block::List(lines)];
        if let Some(r) = &self.round {
            b.push(Block::Table(table(r)));
        }
        b
    }

    fn csv_table(&self) -> Table {
        self.round
            .as_ref()
            .map(table)
            .unwrap_or_else(|| Table::new(vec![Column::left(&t!("col-file"))]))
    }
}
