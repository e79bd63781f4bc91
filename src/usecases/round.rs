//! The directies' approval round as use cases, called alike by the command
//! line and the hub: a round opened, a director's vote recorded — each
//! through the one write path (`edit`), one commit each, by whoever is the
//! writer's author. The vote that brings the quorum records the approval
//! too, and in git it is tagged as `accordeer --tag` tags.

use crate::edit::{Edit, Expect, NewVote, Saved, Writer};
use crate::error::{Error, RoundRefusal};
use crate::i18n::{date_in, message_in};
use crate::model::{Decision, FileKind, JaarplanFile, Quorum, RegionData};
use crate::report::commands::RoundCommandReport;
use chrono::NaiveDate;

/// A vote as it is given, before it is checked.
#[derive(Debug, Clone)]
pub(crate) struct VoteInput {
    /// A school id, or the BRIN of the institution.
    pub institution: String,
    pub name: String,
    pub function: String,
    pub decision: Decision,
    pub comment: Option<String>,
    pub date: NaiveDate,
    /// The version the director saw; `None`: the plan as it is.
    pub fingerprint: Option<String>,
}

fn plan(r: &RegionData) -> Result<&JaarplanFile, Error> {
    r.jaarplan().ok_or_else(|| Error::NoJaarplan {
        region: r.info,
        path: r.path(FileKind::Jaarplan).to_string(),
    })
}

fn report(writer: &Writer, r: &RegionData, action: &'static str) -> RoundCommandReport {
    RoundCommandReport {
        code: r.info.code,
        region: r.info.name,
        file: r.path(FileKind::Jaarplan).to_string(),
        action,
        unchanged: false,
        git: writer.commits(),
        commit: None,
        tag: None,
        approved: false,
        vote: None,
        round: None,
    }
}

/// The round after the edit, read back from the file.
fn round_now(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    today: NaiveDate,
) -> (
    Option<JaarplanFile>,
    Option<crate::report::round::RoundReport>,
) {
    let rel = r.path(FileKind::Jaarplan);
    let Ok(bytes) = crate::write::read_plain(&writer.root().join(rel)) else {
        return (None, None);
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let file = crate::source::SourceFile::new(rel.to_string(), text);
    let plan = crate::parse::parse::<JaarplanFile>(&file, &mut Vec::new()).value;
    let round = plan
        .as_ref()
        .and_then(|p| crate::report::round::compute(p, r.schools(), quorum, today));
    (plan, round)
}

/// Opens a round: the plan is before the directies from `today` until
/// `deadline`.
pub(crate) fn open(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    deadline: NaiveDate,
    message: Option<String>,
    today: NaiveDate,
) -> Result<RoundCommandReport, Error> {
    plan(r)?;
    if deadline < today {
        return Err(Error::Round(RoundRefusal::DeadlineBeforeOpening {
            deadline: crate::i18n::date(deadline),
            opened: crate::i18n::date(today),
        }));
    }
    let edit = Edit::OpenRound {
        opened: today,
        deadline,
        message: message.filter(|m| !m.trim().is_empty()),
    };
    change(writer, r, quorum, "opened", edit, today)
}

/// The open round's deadline moved to `deadline`.
pub(crate) fn extend(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    deadline: NaiveDate,
    today: NaiveDate,
) -> Result<RoundCommandReport, Error> {
    plan(r)?;
    if deadline < today {
        return Err(Error::Round(RoundRefusal::DeadlineBeforeOpening {
            deadline: crate::i18n::date(deadline),
            opened: crate::i18n::date(today),
        }));
    }
    change(
        writer,
        r,
        quorum,
        "extended",
        Edit::ExtendRound { deadline },
        today,
    )
}

/// The open round withdrawn by `by`, with its reason.
pub(crate) fn withdraw(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    by: &str,
    reason: &str,
    today: NaiveDate,
) -> Result<RoundCommandReport, Error> {
    plan(r)?;
    if reason.trim().is_empty() {
        return Err(Error::Round(RoundRefusal::NeedsReason));
    }
    let edit = Edit::WithdrawRound {
        date: today,
        by: by.to_string(),
        reason: reason.to_string(),
    };
    change(writer, r, quorum, "withdrawn", edit, today)
}

/// What a coordinator does to a region's round: open it, move its
/// deadline, or withdraw it. The command line and the round page both
/// come here.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RoundChange {
    Open {
        deadline: NaiveDate,
        message: Option<String>,
    },
    Extend {
        deadline: NaiveDate,
    },
    Withdraw {
        by: String,
        reason: String,
    },
}

/// `change` applied to `r`'s round.
pub(crate) fn apply(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    change: &RoundChange,
    today: NaiveDate,
) -> Result<RoundCommandReport, Error> {
    match change {
        RoundChange::Open { deadline, message } => {
            open(writer, r, quorum, *deadline, message.clone(), today)
        }
        RoundChange::Extend { deadline } => extend(writer, r, quorum, *deadline, today),
        RoundChange::Withdraw { by, reason } => withdraw(writer, r, quorum, by, reason, today),
    }
}

/// A change to the open round through the one write path; no open round
/// is refused as such.
fn change(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    action: &'static str,
    edit: Edit,
    today: NaiveDate,
) -> Result<RoundCommandReport, Error> {
    let mut report = report(writer, r, action);
    let rel = report.file.clone();
    let outcome = writer
        .apply(r.info, &edit, &Expect::Current, today)
        .map_err(|e| match e {
            crate::edit::Refusal::NotFound => Error::Round(RoundRefusal::NoRound {
                region: r.info.name.to_string(),
                slug: r.info.slug.to_string(),
            }),
            e => e.into_error(writer.root(), &rel),
        })?;
    match outcome.saved {
        Saved::Unchanged => report.unchanged = true,
        Saved::Committed(c) => report.commit = Some(c),
        Saved::Written | Saved::NotCommitted => {}
    }
    report.round = round_now(writer, r, quorum, today).1;
    Ok(report)
}

/// The school id a vote names: a school of the region's institutions, by
/// id or by its institution's BRIN.
pub(crate) fn institution_of(r: &RegionData, given: &str) -> Result<String, Error> {
    let given = given.trim();
    let institutions = crate::model::institutions(r.schools());
    if let Some(i) = institutions.iter().find(|i| i.named_by(given)) {
        // The school named, else the institution's first.
        return Ok(if i.schools.iter().any(|s| s == given) {
            given.to_string()
        } else {
            i.schools[0].clone()
        });
    }
    let known: Vec<String> = institutions
        .iter()
        .flat_map(|i| i.schools.iter().cloned())
        .collect();
    Err(Error::Round(RoundRefusal::UnknownInstitution {
        given: given.to_string(),
        suggestion: crate::suggest::closest(given, known.iter().map(String::as_str))
            .map(str::to_string),
        known,
    }))
}

/// Whether `fingerprint` is one the plan had: as it is, recorded in the
/// file, or (in git) in a committed version.
pub(crate) fn known_fingerprint(writer: &Writer, r: &RegionData, fingerprint: &str) -> bool {
    let Some(plan) = r.jaarplan() else {
        return false;
    };
    plan.known_fingerprints().iter().any(|f| f == fingerprint)
        || crate::usecases::history::plan_fingerprints(writer.root(), r.info)
            .iter()
            .any(|f| f == fingerprint)
}

/// A vote as it will be recorded (its school and the version it is on),
/// or what stops it before anything is written.
pub(crate) fn validate(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    v: VoteInput,
) -> Result<NewVote, Error> {
    let p = plan(r)?;
    if p.tally(r.schools(), quorum).is_none_or(|t| !t.open()) {
        return Err(Error::Round(RoundRefusal::NoRound {
            region: r.info.name.to_string(),
            slug: r.info.slug.to_string(),
        }));
    }
    let school = institution_of(r, &v.institution)?;
    if v.decision == Decision::NietAkkoord
        && v.comment.as_deref().is_none_or(|c| c.trim().is_empty())
    {
        return Err(Error::Round(RoundRefusal::NeedsComment));
    }
    let current = p.digest();
    let fingerprint = v.fingerprint.clone().unwrap_or_else(|| current.clone());
    if fingerprint != current && !known_fingerprint(writer, r, &fingerprint) {
        return Err(Error::Round(RoundRefusal::UnknownFingerprint {
            given: fingerprint,
            current,
        }));
    }
    Ok(NewVote {
        institution: school,
        name: v.name.trim().to_string(),
        function: v.function,
        date: v.date,
        decision: v.decision,
        comment: v.comment,
        fingerprint,
    })
}

/// Records a vote [`validate`] accepted; when it brings the quorum, the
/// approval with it.
pub(crate) fn vote(
    writer: &Writer,
    r: &RegionData,
    quorum: Quorum,
    v: NewVote,
    today: NaiveDate,
) -> Result<RoundCommandReport, Error> {
    let mut report = report(writer, r, "voted");
    let rel = report.file.clone();
    let lang = writer.language();
    let by = message_in(lang, "round-approved-by", &[("region", r.info.name.into())]);
    let (school, name, date) = (v.institution.clone(), v.name.clone(), v.date);
    let edit = Edit::Vote {
        vote: v,
        quorum,
        by: by.clone(),
    };
    let outcome = writer
        .apply(r.info, &edit, &Expect::Current, today)
        .map_err(|e| e.into_error(writer.root(), &rel))?;
    let (_, round) = round_now(writer, r, quorum, today);
    // This vote closed the round: open before (validated), closed now.
    report.approved = round.as_ref().is_some_and(|x| !x.open);
    report.vote = round.as_ref().and_then(|x| {
        x.votes
            .iter()
            .rev()
            .find(|c| c.institution == school && c.date.0 == date && c.name == name)
            .cloned()
    });
    report.round = round;
    match outcome.saved {
        Saved::Unchanged => report.unchanged = true,
        Saved::Committed(commit) => {
            if report.approved {
                let name = format!("jaarplan-{}-{date}", r.info.slug);
                let message = message_in(
                    lang,
                    "commit-approve-tag",
                    &[
                        ("region", r.info.name.into()),
                        ("by", by.as_str().into()),
                        ("date", date_in(lang, date).into()),
                    ],
                );
                report.tag = crate::git::tag(writer.root(), &name, &message, &commit).ok();
            }
            report.commit = Some(commit);
        }
        Saved::Written | Saved::NotCommitted => {}
    }
    Ok(report)
}
