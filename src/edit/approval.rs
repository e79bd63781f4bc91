//! The directies' approval written into jaarplan.toml: `[approval]` with
//! status, date, by and a fingerprint of what they approved; other keys
//! and comments in the table stay.

use crate::model::{ApprovedChange, JaarplanFile};
use crate::source::SourceFile;
use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, Table, value};

/// The plan as `text` holds it, if it reads without a problem.
pub(super) fn read(rel: &str, text: &str) -> Option<JaarplanFile> {
    let mut diags = Vec::new();
    crate::parse::parse::<JaarplanFile>(
        &SourceFile::new(rel.to_string(), text.to_string()),
        &mut diags,
    )
    .value
    .filter(|_| diags.is_empty())
}

/// The plan is approved as it is, by `by` on `date`, already.
pub(super) fn recorded(plan: &JaarplanFile, by: &str, date: NaiveDate) -> bool {
    plan.approval.as_ref().is_some_and(|a| {
        plan.is_approved()
            && a.fingerprint.as_ref() == Some(&plan.fingerprint())
            && a.by.as_deref() == Some(by)
            && a.date.as_ref().map(|d| d.get_ref().0) == Some(date)
    })
}

/// Whether the plan in `text` reads back as approved exactly as it is.
pub(super) fn reads_back(rel: &str, text: &str) -> bool {
    read(rel, text).is_some_and(|p| p.approval_changes() == Some(Vec::<ApprovedChange>::new()))
}

pub(super) fn set(doc: &mut DocumentMut, plan: &JaarplanFile, by: &str, date: NaiveDate) {
    let fingerprint = plan.fingerprint();
    if !doc.contains_key("approval") || !doc["approval"].is_table_like() {
        let mut t = Table::new();
        // Before the goals and meetings, after the plan's own keys.
        t.set_position(Some(0));
        doc.insert("approval", Item::Table(t));
    }
    if let Some(inline) = doc["approval"].as_inline_table().cloned() {
        doc["approval"] = Item::Table(inline.into_table());
    }
    let Some(a) = doc["approval"].as_table_mut() else {
        return;
    };
    a.insert("status", value("approved"));
    a.insert("date", value(super::toml::toml_date(date)));
    a.insert("by", value(by));
    let mut fp = Table::new();
    let comment: String = crate::i18n::t!("approve-fingerprint-comment")
        .lines()
        .map(|l| format!("# {l}\n"))
        .collect();
    fp.decor_mut().set_prefix(format!("\n{comment}"));
    fp.insert("period", value(fingerprint.period.as_str()));
    let mut goals = Table::new();
    for (id, hash) in &fingerprint.goals {
        goals.insert(id, value(hash.as_str()));
    }
    fp.insert("goals", Item::Table(goals));
    a.insert("fingerprint", Item::Table(fp));
}
