//! The catalogue of good practices in words: each practice with what a
//! colleague needs to start it, and where it was taken up; and what
//! `voorbeelden --adopt` made.

use crate::i18n::{date, t};
use crate::render::{Block, Column, Render, Table};
use crate::report::commands::AdoptReport;
use crate::report::practices::{Practice, PracticesReport};
use crate::words;

/// "stage- en uitstroomcoördinator, De Klimop (info@…)".
pub(crate) fn contact(p: &Practice) -> Option<String> {
    let role = p.contact_role.as_deref()?;
    let org = p.contact_organisation.as_deref().unwrap_or_default();
    Some(match &p.contact_email {
        Some(e) => t!(
            "practice-contact-mail",
            role = role,
            organisation = org,
            email = e.as_str()
        ),
        None => t!("practice-contact", role = role, organisation = org),
    })
}

/// One practice's blocks.
pub(crate) fn practice_blocks(p: &Practice) -> Vec<Block> {
    let mut b = vec![Block::Heading(2, format!("{} — {}", p.title, p.region))];
    let mut facts = vec![t!(
        "practice-facts",
        key = p.key.as_str(),
        status = p
            .status
            .map_or_else(|| t!("practice-public"), words::action_status),
        themes = p.themes.join(", ")
    )];
    if !p.target_group.is_empty() {
        let groups: Vec<String> = p.target_group.iter().map(|g| words::target(*g)).collect();
        facts.push(t!("practice-target", groups = groups.join(", ")));
    }
    if !p.partners.is_empty() {
        let kinds: Vec<String> = p.partners.iter().map(|k| words::partner(*k)).collect();
        facts.push(t!("practice-partners", partners = kinds.join(", ")));
    }
    if let Some(s) = &p.since {
        facts.push(t!("practice-since", date = date(s.0)));
    }
    if let Some(c) = contact(p) {
        facts.push(t!("practice-contact-line", contact = c));
    }
    if let Some(i) = &p.inspired_by {
        facts.push(t!("practice-inspired-by", from = i.as_str()));
    }
    b.push(Block::List(facts));
    if let Some(s) = &p.summary {
        b.push(Block::Text(s.clone()));
    }
    if let Some(r) = &p.result {
        b.push(Block::Text(t!("practice-result", result = r.as_str())));
    }
    let list = |b: &mut Vec<Block>, heading: String, items: &[String]| {
        if !items.is_empty() {
            b.push(Block::Heading(3, heading));
            b.push(Block::List(items.to_vec()));
        }
    };
    list(&mut b, t!("practice-factors"), &p.success_factors);
    list(&mut b, t!("practice-pitfalls"), &p.pitfalls);
    let mut sources = p.links.clone();
    sources.extend(p.source.iter().cloned());
    list(&mut b, t!("practice-sources"), &sources);
    let adopted: Vec<String> = p
        .adopted_by
        .iter()
        .map(|a| {
            t!(
                "practice-adopted-line",
                region = a.region,
                id = a.id.as_str(),
                title = a.title.as_str(),
                status = words::action_status(a.status)
            )
        })
        .collect();
    list(&mut b, t!("practice-adopted"), &adopted);
    b
}

impl Render for PracticesReport {
    fn title(&self) -> Option<String> {
        Some(t!("title-practices"))
    }

    fn blocks(&self) -> Vec<Block> {
        let mut b = vec![
            Block::Heading(1, t!("title-practices")),
            Block::Text(if self.query.terms.is_empty() {
                t!(
                    "practices-found",
                    found = self.practices.len(),
                    total = self.total
                )
            } else {
                t!(
                    "practices-found-terms",
                    found = self.practices.len(),
                    total = self.total,
                    terms = self.query.terms.join(" ")
                )
            }),
        ];
        if self.practices.is_empty() {
            b.push(Block::Text(t!("practices-none")));
        }
        for p in &self.practices {
            b.extend(practice_blocks(p));
        }
        b
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-region")),
            Column::left(&t!("col-action")),
            Column::left(&t!("col-title")),
            Column::left(&t!("col-themes")),
            Column::left(&t!("col-summary")),
            Column::left(&t!("col-result")),
            Column::left(&t!("col-contact")),
            Column::left(&t!("col-adopted-by")),
        ]);
        for p in &self.practices {
            t.row(vec![
                p.region.to_string(),
                p.id.clone(),
                p.title.clone(),
                p.themes.join(" "),
                p.summary.clone().unwrap_or_default(),
                p.result.clone().unwrap_or_default(),
                contact(p).unwrap_or_default(),
                p.adopted_by
                    .iter()
                    .map(|a| format!("{}/{}", a.region_slug, a.id))
                    .collect::<Vec<_>>()
                    .join(" "),
            ]);
        }
        t
    }
}

impl Render for AdoptReport {
    fn blocks(&self) -> Vec<Block> {
        let mut lines = vec![t!(
            "adopt-recorded",
            from = self.from.as_str(),
            id = self.id.as_str(),
            file = self.file.as_str()
        )];
        match &self.commit {
            Some(c) => lines.push(t!("approve-commit", commit = &c[..c.len().min(7)])),
            None => lines.push(t!("approve-no-git")),
        }
        vec![Block::List(lines)]
    }

    fn csv_table(&self) -> Table {
        let mut t = Table::new(vec![
            Column::left(&t!("col-file")),
            Column::left(&t!("col-action")),
            Column::left(&t!("col-commit")),
        ]);
        t.row(vec![
            self.file.clone(),
            self.id.clone(),
            self.commit.clone().unwrap_or_default(),
        ]);
        t
    }
}
