use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::model::{FileKind, MeetingKind, Slot, SlotStatus};

/// Once the period has started, the directies should have approved the plan.
pub(super) fn jaarplan_approval(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(plan) = r.jaarplan() else {
            continue;
        };
        // A misspelt approval status or a broken date: nothing to judge.
        if r.is_top_guessed(FileKind::Jaarplan) || !plan.needs_approval(cx.today) {
            continue;
        }
        let status = plan
            .approval
            .as_ref()
            .map_or("no [approval]".to_string(), |a| {
                format!("status `{}`", a.status)
            });
        out.push(
            Diagnostic::new(
                Code::UnapprovedJaarplan,
                r.path(FileKind::Jaarplan),
                format!("the jaarplan started on {} and is not approved ({status})", plan.start.get_ref()),
            )
            .at(plan.start.span(), "period started")
            .help("submit the plan to the directies; once approved, set [approval] status = \"approved\", date and by"),
        );
    }
}

/// More missed periods than this are reported as one summary.
const LIST_AT_MOST: usize = 4;

/// A stuurgroep meeting every quarter and a directies meeting every year.
pub(super) fn meeting_cadence(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
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
            let (unit, units, rule) = match kind {
                MeetingKind::Stuurgroep => (
                    "quarter",
                    "quarters",
                    "a progress meeting with the stuurgroep every quarter",
                ),
                MeetingKind::Directies => (
                    "year",
                    "years",
                    "a meeting with the directies at least once a year",
                ),
            };
            let missed: Vec<Slot> = plan
                .cadence(kind, cx.today)
                .into_iter()
                .filter(|s| s.status == SlotStatus::Missed)
                .collect();
            let help = format!(
                "the working method asks for {rule}; if it took place, add [[meeting]] kind = \"{kind}\" with its date"
            );
            let diagnostic = |message: String| {
                Diagnostic::new(Code::MissedMeeting, path, message)
                    .at(plan.start.span(), "plan period")
                    .help(help.clone())
            };
            if missed.len() > LIST_AT_MOST {
                let (first, last) = (&missed[0], &missed[missed.len() - 1]);
                out.push(diagnostic(format!(
                    "no {kind} meeting in {} {units} of the jaarplan, from {unit} {} ({} to {}) to {unit} {} ({} to {})",
                    missed.len(),
                    first.number,
                    first.start,
                    first.end,
                    last.number,
                    last.start,
                    last.end
                )));
                continue;
            }
            for slot in missed {
                out.push(diagnostic(format!(
                    "no {kind} meeting in {unit} {} of the jaarplan ({} to {})",
                    slot.number, slot.start, slot.end
                )));
            }
        }
    }
}
