use super::{Ctx, s, subject};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{Date, EntityKind, FileKind, Spanned};

/// A period ends on or after its start.
pub(crate) fn periods(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let mut periods: Vec<(&str, String, &Spanned<Date>, &Spanned<Date>)> = Vec::new();
        if let Some(j) = r.jaarplan() {
            periods.push((
                r.path(FileKind::Jaarplan),
                t!("subject-jaarplan"),
                &j.start,
                &j.end,
            ));
        }
        for (kind, i) in r.initiatives() {
            if let (Some(start), Some(end)) = (&i.start, &i.end) {
                let kind = EntityKind::from(kind);
                periods.push((
                    r.path(kind.file()),
                    subject(kind, &i.id).to_string(),
                    start,
                    end,
                ));
            }
        }
        for (file, what, start, end) in periods {
            if start.is_stand_in() || end.is_stand_in() || end.get_ref() >= start.get_ref() {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::EndBeforeStart,
                    file,
                    t!(
                        "end-before-start",
                        what = what,
                        end = crate::i18n::date(end.get_ref().0),
                        start = crate::i18n::date(start.get_ref().0)
                    ),
                )
                .at(end.span(), t!("end-before-start-end"))
                .related(file, start.span(), t!("end-before-start-start"))
                .help(t!("end-before-start-help")),
            );
        }
    }
}

/// An action past its due date that is neither done nor dropped.
pub(crate) fn overdue_actions(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for a in r.actions() {
            // A misspelt status was read as a stand-in: no conclusion from it.
            if r.is_guessed(EntityKind::Action, &a.id) {
                continue;
            }
            let Some(due) = a.due.as_ref().filter(|_| a.is_overdue(cx.today)) else {
                continue;
            };
            let days = (cx.today - due.get_ref().0).num_days();
            out.push(
                Diagnostic::new(
                    Code::OverdueAction,
                    r.path(FileKind::Actions),
                    t!(
                        "overdue-action",
                        id = s(&a.id),
                        due = crate::i18n::date(due.get_ref().0),
                        days = days,
                        today = crate::i18n::date(cx.today),
                        status = crate::words::action_status(a.status)
                    ),
                )
                .at(due.span(), t!("overdue-action-label"))
                .help(t!("overdue-action-help")),
            );
        }
    }
}
