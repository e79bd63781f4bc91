//! The directies' round as every view shows it: the count against the
//! plan as it is, each institution's latest vote, and every vote cast.

use crate::model::{Date, Decision, JaarplanFile, Quorum, School, Standing, Vote};
use chrono::NaiveDate;
use serde::Serialize;

/// A withdrawn round's end.
#[derive(Debug, Clone, Serialize)]
pub struct WithdrawnReport {
    pub date: Date,
    pub by: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoundReport {
    /// Withdrawn by the coordinator: when, by whom, why.
    pub withdrawn: Option<WithdrawnReport>,
    pub opened: Date,
    pub deadline: Date,
    /// Not closed by an approval of the plan as it is.
    pub open: bool,
    /// Open, past its deadline, without the quorum.
    pub overdue: bool,
    pub message: Option<String>,
    pub quorum: Quorum,
    /// `akkoord` votes needed.
    pub needed: usize,
    pub institutions: usize,
    pub agreed: usize,
    pub disagreed: usize,
    /// Of the `niet-akkoord` votes, those with a comment.
    pub disagreed_with_reason: usize,
    pub abstained: usize,
    /// Latest vote on an earlier version: no longer counts.
    pub earlier: usize,
    pub missing: usize,
    pub reached: bool,
    /// The approval's date when the round closed.
    pub approved_on: Option<Date>,
    /// The plan's fingerprint now: the version to vote on.
    pub fingerprint: String,
    /// One row per institution, by name.
    pub rows: Vec<InstitutionRow>,
    /// Every vote of the round, oldest first (the history).
    pub votes: Vec<CastVote>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InstitutionRow {
    /// BRIN (four characters) or the school id.
    pub key: String,
    pub name: String,
    pub schools: Vec<String>,
    pub standing: Standing,
    pub vote: Option<CastVote>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CastVote {
    /// The school id the vote names.
    pub institution: String,
    pub name: String,
    pub function: String,
    pub date: Date,
    pub decision: Decision,
    pub comment: Option<String>,
    pub fingerprint: String,
    /// On the plan as it is.
    pub current: bool,
}

fn cast(v: &Vote, current: &str) -> CastVote {
    CastVote {
        institution: v.institution.get_ref().clone(),
        name: v.name.clone(),
        function: v.function.clone(),
        date: *v.date.get_ref(),
        decision: *v.decision.get_ref(),
        comment: v.comment.clone().filter(|c| !c.trim().is_empty()),
        fingerprint: v.fingerprint.get_ref().clone(),
        current: v.fingerprint.get_ref() == current,
    }
}

/// The round of `plan`, if one was opened.
pub fn compute(
    plan: &JaarplanFile,
    schools: &[School],
    quorum: Quorum,
    today: NaiveDate,
) -> Option<RoundReport> {
    let t = plan.tally(schools, quorum)?;
    let rows: Vec<InstitutionRow> = t
        .rows
        .iter()
        .map(|r| InstitutionRow {
            key: r.institution.key.clone(),
            name: r.institution.name.clone(),
            schools: r.institution.schools.clone(),
            standing: r.standing,
            vote: r.vote.map(|v| cast(v, &t.current)),
        })
        .collect();
    let mut votes: Vec<CastVote> = plan.round_votes().map(|v| cast(v, &t.current)).collect();
    votes.sort_by_key(|v| v.date);
    let disagreed_with_reason = rows
        .iter()
        .filter(|r| r.standing == Standing::Current)
        .filter_map(|r| r.vote.as_ref())
        .filter(|v| v.decision == Decision::NietAkkoord && v.comment.is_some())
        .count();
    Some(RoundReport {
        withdrawn: t.round.withdrawn.as_ref().map(|w| WithdrawnReport {
            date: *w.date.get_ref(),
            by: w.by.clone(),
            reason: w.reason.clone(),
        }),
        opened: *t.round.opened.get_ref(),
        deadline: *t.round.deadline.get_ref(),
        open: t.open(),
        overdue: t.open() && !t.reached && today > t.round.deadline.get_ref().0,
        message: t.round.message.clone(),
        quorum: t.quorum,
        needed: t.needed,
        institutions: rows.len(),
        agreed: t.agreed,
        disagreed: t.disagreed,
        disagreed_with_reason,
        abstained: t.abstained,
        earlier: t.earlier,
        missing: t.missing,
        reached: t.reached,
        approved_on: if t.closed {
            plan.approval
                .as_ref()
                .and_then(|a| a.date.as_ref())
                .map(|d| *d.get_ref())
        } else {
            None
        },
        fingerprint: t.current.clone(),
        rows,
        votes,
    })
}
