use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{FileKind, MeetingKind, Slot, SlotStatus};
use crate::words;

/// Once the period has started, the directies should have approved the plan.
pub(super) fn jaarplan_approval(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        // A misspelt approval status or a broken date: nothing to judge.
        if r.is_top_guessed(FileKind::Jaarplan) || !plan.unapproved_while_running(cx.today) {
            continue;
        }
        let status = plan
            .approval
            .as_ref()
            .map_or(t!("unapproved-no-approval"), |a| {
                t!("unapproved-status", status = words::approval(a.status))
            });
        out.push(
            Diagnostic::new(
                Code::UnapprovedJaarplan,
                r.path(FileKind::Jaarplan),
                t!(
                    "unapproved-jaarplan",
                    start = crate::i18n::date(plan.start.get_ref().0),
                    status = status
                ),
            )
            .at(plan.start.span(), t!("unapproved-jaarplan-label"))
            .help(t!("unapproved-jaarplan-help", region = r.info.slug)),
        );
    }
}

/// More missed periods than this are reported as one summary.
const LIST_AT_MOST: usize = 4;

/// A stuurgroep meeting every quarter and a directies meeting every year.
pub(super) fn meeting_cadence(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        // A broken period or a meeting of uncertain kind or date: no verdict.
        let uncertain = r.is_top_guessed(FileKind::Jaarplan)
            || r.guessed.iter().any(|(table, _)| table == "meeting");
        if uncertain {
            continue;
        }
        let path = r.path(FileKind::Jaarplan);
        for kind in MeetingKind::ALL.iter().copied() {
            let (unit, rule) = match kind {
                MeetingKind::Stuurgroep => ("quarter", t!("cadence-rule-stuurgroep")),
                MeetingKind::Directies => ("year", t!("cadence-rule-directies")),
            };
            let missed: Vec<Slot> = plan
                .cadence(kind, cx.today)
                .into_iter()
                .filter(|s| s.status == SlotStatus::Missed)
                .collect();
            let help = t!("missed-meeting-help", rule = rule, kind = kind.as_str());
            let diagnostic = |message: String| {
                Diagnostic::new(Code::MissedMeeting, path, message)
                    .at(plan.start.span(), t!("missed-meeting-label"))
                    .help(help.clone())
            };
            if missed.len() > LIST_AT_MOST {
                let (first, last) = (&missed[0], &missed[missed.len() - 1]);
                out.push(diagnostic(t!(
                    "missed-meetings",
                    kind = kind.as_str(),
                    unit = unit,
                    count = missed.len(),
                    first = first.number,
                    first_start = crate::i18n::date(first.start),
                    first_end = crate::i18n::date(first.end),
                    last = last.number,
                    last_start = crate::i18n::date(last.start),
                    last_end = crate::i18n::date(last.end)
                )));
                continue;
            }
            for slot in missed {
                out.push(diagnostic(t!(
                    "missed-meeting",
                    kind = kind.as_str(),
                    unit = unit,
                    number = slot.number,
                    start = crate::i18n::date(slot.start),
                    end = crate::i18n::date(slot.end)
                )));
            }
        }
    }
}

/// A stuurgroep meeting that was held has its notes: the progress report
/// and the next meeting build on them.
pub(super) fn meeting_notes(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        for m in &plan.meetings {
            let blank = m.notes.as_deref().is_none_or(|n| n.trim().is_empty());
            if m.kind == MeetingKind::Stuurgroep
                && m.is_held(cx.today)
                && blank
                && !m.date.is_stand_in()
            {
                out.push(
                    Diagnostic::new(
                        Code::MeetingWithoutNotes,
                        r.path(FileKind::Jaarplan),
                        t!(
                            "meeting-without-notes",
                            date = crate::i18n::date(m.date.get_ref().0)
                        ),
                    )
                    .at(m.date.span(), t!("meeting-without-notes-label"))
                    .help(t!("meeting-without-notes-help")),
                );
            }
        }
    }
}

/// A goal's target and measurements are amounts: a target above zero, no
/// measured value below it (and neither NaN nor infinite).
pub(super) fn goal_figures(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    use crate::model::jaarplan::{valid_measurement, valid_target};
    for r in cx.regions() {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        for g in &plan.goals {
            let figures = g
                .target
                .iter()
                .filter(|t| !valid_target(*t.get_ref()))
                .map(|t| (t, "invalid-goal-target"))
                .chain(
                    g.measurements
                        .iter()
                        .map(|m| &m.value)
                        .filter(|v| !valid_measurement(*v.get_ref()))
                        .map(|v| (v, "invalid-goal-measurement")),
                );
            for (figure, message) in figures {
                if figure.is_stand_in() {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        Code::InvalidGoalFigure,
                        r.path(FileKind::Jaarplan),
                        crate::i18n::message(
                            message,
                            &[
                                ("goal", g.id.get_ref().as_str().into()),
                                ("value", figure.get_ref().to_string().into()),
                            ],
                        ),
                    )
                    .at(figure.span(), t!("invalid-goal-figure-label"))
                    .help(t!("invalid-goal-figure-help")),
                );
            }
        }
    }
}

/// A goal measured from uitstroom.toml aims at a share (at most 100%),
/// and its measurements come from that file: typed ones would be ignored.
pub(super) fn outcome_goals(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        for g in plan.goals.iter().filter(|g| g.measure.is_some()) {
            let goal = g.id.get_ref().as_str();
            let path = r.path(FileKind::Jaarplan);
            if let Some(t) = g
                .target
                .as_ref()
                .filter(|t| *t.get_ref() > 100.0 && !t.is_stand_in())
            {
                out.push(
                    Diagnostic::new(
                        Code::OutcomeGoal,
                        path,
                        t!(
                            "outcome-goal-target",
                            goal = goal,
                            value = t.get_ref().to_string()
                        ),
                    )
                    .at(t.span(), t!("outcome-goal-target-label"))
                    .help(t!("outcome-goal-target-help")),
                );
            }
            if let Some(m) = g.measurements.first() {
                out.push(
                    Diagnostic::new(
                        Code::OutcomeGoal,
                        path,
                        t!("outcome-goal-measurements", goal = goal),
                    )
                    .at(m.date.span(), t!("outcome-goal-measurements-label"))
                    .help(t!("outcome-goal-measurements-help")),
                );
            }
        }
    }
}

/// An approval covers what was approved: a plan whose period or goals
/// changed since has lost it.
pub(super) fn approval_current(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        // A file that did not read cleanly lacks or guesses parts: its
        // fingerprint says nothing.
        let path = r.path(FileKind::Jaarplan);
        if cx.data.diagnostics.iter().any(|d| d.file == path) {
            continue;
        }
        let Some(changes) = plan.approval_changes().filter(|c| !c.is_empty()) else {
            continue;
        };
        let approval = plan.approval.as_ref().expect("changes imply an approval");
        let when = approval
            .date
            .as_ref()
            .map(|d| crate::i18n::date(d.get_ref().0))
            .unwrap_or_default();
        // Point at what changed: the goal, else the period.
        let span = changes
            .iter()
            .find_map(|c| match c {
                crate::model::ApprovedChange::GoalChanged { goal }
                | crate::model::ApprovedChange::GoalAdded { goal } => plan
                    .goals
                    .iter()
                    .find(|g| g.id.get_ref() == goal && !g.id.is_stand_in())
                    .map(|g| g.id.span()),
                _ => None,
            })
            .unwrap_or_else(|| plan.start.span());
        out.push(
            Diagnostic::new(
                Code::ApprovalOutdated,
                r.path(FileKind::Jaarplan),
                t!(
                    "approval-outdated",
                    date = when,
                    changes = words::approved_changes(&changes)
                ),
            )
            .at(span, t!("approval-outdated-label"))
            .help(t!("approval-outdated-help", region = r.info.slug)),
        );
    }
}
