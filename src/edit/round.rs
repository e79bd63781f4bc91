//! The directies' round written into jaarplan.toml: `[approval.round]`
//! opened, `[[approval.vote]]` added, the plan's versions during the round
//! recorded, and — when the votes on the plan as it is reach the quorum —
//! `[approval]` set to approved with who approved it.

use super::toml::{set_or_remove, toml_date};
use crate::model::{Decision, JaarplanFile, Quorum, School};
use chrono::NaiveDate;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

/// A vote as the one who records it gives it.
#[derive(Debug, Clone)]
pub(crate) struct NewVote {
    /// A school id of the institution.
    pub institution: String,
    pub name: String,
    pub function: String,
    pub date: NaiveDate,
    pub decision: Decision,
    pub comment: Option<String>,
    /// The plan's fingerprint the director saw.
    pub fingerprint: String,
}

/// `[approval]` as a table (made before the goals where absent).
fn approval(doc: &mut DocumentMut) -> Option<&mut Table> {
    if !doc.contains_key("approval") || !doc["approval"].is_table_like() {
        let mut t = Table::new();
        t.set_position(Some(0));
        t.insert("status", value("submitted"));
        doc.insert("approval", Item::Table(t));
    }
    if let Some(inline) = doc["approval"].as_inline_table().cloned() {
        doc["approval"] = Item::Table(inline.into_table());
    }
    doc["approval"].as_table_mut()
}

/// A new round: the plan is before the directies from `opened` to
/// `deadline`. Earlier votes stay as the history of earlier rounds.
pub(super) fn open(
    doc: &mut DocumentMut,
    plan: &JaarplanFile,
    opened: NaiveDate,
    deadline: NaiveDate,
    message: Option<&str>,
) -> Option<()> {
    let a = approval(doc)?;
    a.insert("status", value("submitted"));
    // The previous approval's fingerprint stays: what changed since the
    // version approved before is what the directies read first.
    for key in ["date", "by", "approvers"] {
        a.remove(key);
    }
    let mut round = Table::new();
    round.insert("opened", value(toml_date(opened)));
    round.insert("deadline", value(toml_date(deadline)));
    let quorum = a
        .get("round")
        .and_then(|r| r.get("quorum"))
        .and_then(|q| q.as_value())
        .cloned();
    if let Some(q) = quorum {
        round.insert("quorum", value(q));
    }
    set_or_remove(&mut round, "message", message.map(str::trim));
    round.insert(
        "versions",
        value(toml_edit::Array::from_iter([plan.digest()])),
    );
    a.insert("round", Item::Table(round));
    // The votes come after the round, as they come after it in time.
    if let Some(votes) = a.remove("vote") {
        a.insert("vote", votes);
    }
    Some(())
}

/// The open round's new deadline.
pub(super) fn extend(doc: &mut DocumentMut, deadline: NaiveDate) -> Option<()> {
    let round = doc
        .get_mut("approval")?
        .get_mut("round")?
        .as_table_like_mut()?;
    round.insert("deadline", value(toml_date(deadline)));
    Some(())
}

/// The open round withdrawn: `[approval.round.withdrawn]` says when, by
/// whom and why; its votes stay as its history.
pub(super) fn withdraw(
    doc: &mut DocumentMut,
    date: NaiveDate,
    by: &str,
    reason: &str,
) -> Option<()> {
    let round = doc
        .get_mut("approval")?
        .get_mut("round")?
        .as_table_like_mut()?;
    let mut w = Table::new();
    w.insert("date", value(toml_date(date)));
    w.insert("by", value(by.trim()));
    w.insert("reason", value(reason.trim().replace("\r\n", "\n")));
    round.insert("withdrawn", Item::Table(w));
    // No longer before the directies: the plan is a draft again.
    doc.get_mut("approval")?
        .as_table_like_mut()?
        .insert("status", value("draft"));
    Some(())
}

/// One vote added after the others.
pub(super) fn vote(doc: &mut DocumentMut, v: &NewVote) -> Option<()> {
    let a = approval(doc)?;
    let votes = a
        .entry("vote")
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()?;
    let mut t = Table::new();
    t.insert("institution", value(v.institution.as_str()));
    t.insert("name", value(v.name.trim()));
    t.insert("function", value(v.function.trim()));
    t.insert("date", value(toml_date(v.date)));
    t.insert("decision", value(v.decision.as_str()));
    let comment = v.comment.as_deref().map(|c| c.replace("\r\n", "\n"));
    set_or_remove(&mut t, "comment", comment.as_deref().map(str::trim));
    t.insert("fingerprint", value(v.fingerprint.as_str()));
    votes.push(t);
    Some(())
}

/// While a round is open, the plan's fingerprint is recorded among its
/// versions, so that a vote on it can later be told from a forged one.
pub(super) fn record_version(doc: &mut DocumentMut, plan: &JaarplanFile) {
    let digest = plan.digest();
    if plan.round_closed() || plan.round().is_none_or(|r| r.versions.contains(&digest)) {
        return;
    }
    let Some(versions) = doc
        .get_mut("approval")
        .and_then(|a| a.get_mut("round"))
        .and_then(|r| r.as_table_like_mut())
    else {
        return;
    };
    let mut list = versions
        .get("versions")
        .and_then(|v| v.as_array())
        .cloned()
        .unwrap_or_default();
    list.push(digest);
    versions.insert("versions", value(list));
}

/// When the agreeing votes on the plan as it is reach the quorum and the
/// plan is not yet approved as it is: `[approval]` records it, dated
/// `date`, with the approving institutions and the fingerprint.
pub(super) fn close_if_reached(
    doc: &mut DocumentMut,
    plan: &JaarplanFile,
    schools: &[School],
    default: Quorum,
    by: &str,
    date: NaiveDate,
) -> bool {
    let Some(t) = plan.tally(schools, default) else {
        return false;
    };
    if !t.reached || t.closed {
        return false;
    }
    let approvers: toml_edit::Array = t
        .rows
        .iter()
        .filter(|r| {
            r.standing == crate::model::Standing::Current
                && r.vote
                    .is_some_and(|v| *v.decision.get_ref() == Decision::Akkoord)
        })
        .filter_map(|r| r.vote.map(|v| v.institution.get_ref().as_str()))
        .collect();
    super::approval::set(doc, plan, by, date);
    if let Some(a) = doc["approval"].as_table_mut() {
        a.insert("approvers", value(approvers));
        // The fingerprint `set` wrote goes last: the round and votes stay
        // between the approval's keys and it.
        if let Some(f) = a.remove("fingerprint") {
            a.insert("fingerprint", f);
        }
    }
    true
}
