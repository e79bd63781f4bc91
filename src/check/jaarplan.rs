use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::model::MeetingKind;
use crate::report::jaarplan::{self, SlotStatus};

/// Once the period has started, the directies should have approved the plan.
pub fn approval(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(plan) = &r.jaarplan.value else {
            continue;
        };
        if !jaarplan::needs_approval(plan, cx.today) {
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
                &r.jaarplan.path,
                format!("the jaarplan started on {} and is not approved ({status})", plan.start.get_ref()),
            )
            .at(plan.start.span(), "period started")
            .help("submit the plan to the directies; once approved, set [approval] status = \"approved\", date and by"),
        );
    }
}

/// A stuurgroep meeting every quarter and a directies meeting every year.
pub fn cadence(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(plan) = &r.jaarplan.value else {
            continue;
        };
        let kinds = [
            (
                MeetingKind::Stuurgroep,
                3,
                "quarter",
                "a progress meeting with the stuurgroep every quarter",
            ),
            (
                MeetingKind::Directies,
                12,
                "year",
                "a meeting with the directies at least once a year",
            ),
        ];
        for (kind, months, unit, rule) in kinds {
            for slot in jaarplan::cadence(plan, kind, months, cx.today) {
                if slot.status != SlotStatus::Missed {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        Code::MissedMeeting,
                        &r.jaarplan.path,
                        format!(
                            "no {kind} meeting in {unit} {} of the jaarplan ({} to {})",
                            slot.number, slot.start, slot.end
                        ),
                    )
                    .at(plan.start.span(), "plan period")
                    .help(format!(
                        "the working method asks for {rule}; if it took place, add [[meeting]] kind = \"{kind}\" with its date"
                    )),
                );
            }
        }
    }
}
