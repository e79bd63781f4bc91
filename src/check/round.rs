//! The directies' approval round: votes for institutions the region has,
//! on versions the plan had, once per institution and version, in time;
//! an open round that ran past its deadline or holds outdated votes.

use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::i18n::{date, t};
use crate::model::{FileKind, JaarplanFile, RegionData, Standing, institution_key};

/// The plans whose round rules can judge: read cleanly, with votes or a round.
fn plans<'a>(cx: &'a Ctx<'_>) -> impl Iterator<Item = (&'a RegionData, &'a JaarplanFile)> {
    cx.regions().iter().filter_map(|r| {
        let plan = r.jaarplan()?;
        let path = r.path(FileKind::Jaarplan);
        let clean = !cx.data.diagnostics.iter().any(|d| d.file == path);
        (clean && (plan.round().is_some() || !plan.votes().is_empty())).then_some((r, plan))
    })
}

/// A vote names a school of the region that counts (and so an institution).
pub(super) fn vote_institutions(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (r, plan) in plans(cx) {
        let known = crate::model::institutions(r.schools());
        for v in plan.votes() {
            let id = v.institution.get_ref();
            if known.iter().any(|i| i.schools.contains(id)) {
                continue;
            }
            let ids: Vec<&str> = known
                .iter()
                .flat_map(|i| i.schools.iter().map(String::as_str))
                .collect();
            out.push(
                Diagnostic::new(
                    Code::UnknownVoteInstitution,
                    r.path(FileKind::Jaarplan),
                    t!(
                        "unknown-vote-institution",
                        id = id.as_str(),
                        name = v.name.as_str()
                    ),
                )
                .at(v.institution.span(), t!("unknown-vote-institution-label"))
                .help(t!(
                    "unknown-vote-institution-help",
                    schools = crate::suggest::one_of(&ids)
                )),
            );
        }
    }
}

/// A vote's fingerprint is one the plan had: as it is, approved, or
/// recorded among the round's versions.
pub(super) fn vote_fingerprints(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (r, plan) in plans(cx) {
        let known = plan.known_fingerprints();
        for v in plan.votes() {
            if known.contains(v.fingerprint.get_ref()) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::UnknownFingerprint,
                    r.path(FileKind::Jaarplan),
                    t!(
                        "unknown-fingerprint",
                        fingerprint = v.fingerprint.get_ref().as_str(),
                        name = v.name.as_str()
                    ),
                )
                .at(v.fingerprint.span(), t!("unknown-fingerprint-label"))
                .help(t!(
                    "unknown-fingerprint-help",
                    region = r.info.slug,
                    current = plan.digest()
                )),
            );
        }
    }
}

/// One institution, one version, one vote in a round: a second counts
/// instead of the first, which stays as history.
pub(super) fn duplicate_votes(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (r, plan) in plans(cx) {
        let key_of = |id: &str| {
            r.school(id)
                .map(institution_key)
                .unwrap_or_else(|| id.to_string())
        };
        let votes: Vec<_> = plan.round_votes().collect();
        for (i, v) in votes.iter().enumerate() {
            let Some(first) = votes[..i].iter().find(|w| {
                key_of(w.institution.get_ref()) == key_of(v.institution.get_ref())
                    && w.fingerprint.get_ref() == v.fingerprint.get_ref()
            }) else {
                continue;
            };
            out.push(
                Diagnostic::new(
                    Code::DuplicateVote,
                    r.path(FileKind::Jaarplan),
                    t!(
                        "duplicate-vote",
                        institution = v.institution.get_ref().as_str(),
                        fingerprint = v.fingerprint.get_ref().as_str()
                    ),
                )
                .at(v.institution.span(), t!("duplicate-vote-label"))
                .related(
                    r.path(FileKind::Jaarplan),
                    first.institution.span(),
                    t!("duplicate-vote-first", name = first.name.as_str()),
                )
                .help(t!("duplicate-vote-help")),
            );
        }
    }
}

/// A vote after the round's deadline.
pub(super) fn late_votes(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (r, plan) in plans(cx) {
        let Some(round) = plan.round() else {
            continue;
        };
        let deadline = round.deadline.get_ref().0;
        for v in plan.round_votes().filter(|v| v.date.get_ref().0 > deadline) {
            out.push(
                Diagnostic::new(
                    Code::LateVote,
                    r.path(FileKind::Jaarplan),
                    t!(
                        "late-vote",
                        name = v.name.as_str(),
                        date = date(v.date.get_ref().0),
                        deadline = date(deadline)
                    ),
                )
                .at(v.date.span(), t!("late-vote-label"))
                .help(t!("late-vote-help")),
            );
        }
    }
}

/// An open round past its deadline without the quorum.
pub(super) fn overdue_rounds(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let quorum = cx.data.settings.quorum();
    for (r, plan) in plans(cx) {
        let Some(t) = plan.tally(r.schools(), quorum) else {
            continue;
        };
        let deadline = t.round.deadline.get_ref().0;
        if !t.open() || t.reached || cx.today <= deadline {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::RoundOverdue,
                r.path(FileKind::Jaarplan),
                t!(
                    "round-overdue",
                    deadline = date(deadline),
                    agreed = t.agreed,
                    needed = t.needed
                ),
            )
            .at(t.round.deadline.span(), t!("round-overdue-label"))
            .help(t!("round-overdue-help", region = r.info.slug)),
        );
    }
}

/// While the round is open, institutions whose latest vote is on an
/// earlier version are asked again: their vote no longer counts.
pub(super) fn earlier_versions(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let quorum = cx.data.settings.quorum();
    for (r, plan) in plans(cx) {
        let Some(t) = plan.tally(r.schools(), quorum) else {
            continue;
        };
        if !t.open() {
            continue;
        }
        for row in t
            .rows
            .iter()
            .filter(|row| row.standing == Standing::Earlier)
        {
            let Some(v) = row.vote else { continue };
            out.push(
                Diagnostic::new(
                    Code::VoteOnEarlierVersion,
                    r.path(FileKind::Jaarplan),
                    t!(
                        "vote-on-earlier-version",
                        institution = row.institution.name.as_str(),
                        name = v.name.as_str(),
                        fingerprint = v.fingerprint.get_ref().as_str(),
                        current = t.current.as_str()
                    ),
                )
                .at(v.fingerprint.span(), t!("vote-on-earlier-version-label"))
                .help(t!("vote-on-earlier-version-help")),
            );
        }
    }
}
