use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::model::{Date, EntityKind, FileKind, Spanned};

/// A period ends on or after its start.
pub(super) fn periods(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let mut periods: Vec<(&str, String, &Spanned<Date>, &Spanned<Date>)> = Vec::new();
        if let Some(j) = r.jaarplan() {
            periods.push((
                r.path(FileKind::Jaarplan),
                "the jaarplan".into(),
                &j.start,
                &j.end,
            ));
        }
        for (kind, i) in r.initiatives() {
            if let (Some(start), Some(end)) = (&i.start, &i.end) {
                let kind = EntityKind::from(kind);
                periods.push((
                    r.path(kind.file()),
                    format!("{kind} `{}`", s(&i.id)),
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
                    format!(
                        "{what} ends on {} before it starts on {}",
                        end.get_ref(),
                        start.get_ref()
                    ),
                )
                .at(end.span(), "end")
                .related(file, start.span(), "start")
                .help("swap the dates, or correct the year"),
            );
        }
    }
}

/// An action past its due date that is neither done nor dropped.
pub(super) fn overdue_actions(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
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
                    format!(
                        "action `{}` was due on {} ({days} days before {}) and is still {}",
                        s(&a.id),
                        due.get_ref(),
                        cx.today.format("%Y-%m-%d"),
                        a.status
                    ),
                )
                .at(due.span(), "overdue")
                .help("set status = \"done\" or \"dropped\", or agree a new `due` date"),
            );
        }
    }
}
