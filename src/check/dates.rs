use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::model::{Date, Spanned};

/// A period ends on or after its start.
pub fn periods(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let mut periods: Vec<(&str, String, &Spanned<Date>, &Spanned<Date>)> = Vec::new();
        if let Some(j) = &r.jaarplan.value {
            periods.push((&r.jaarplan.path, "the jaarplan".into(), &j.start, &j.end));
        }
        if let Some(f) = &r.overlegtafels.value {
            for (kind, items) in [
                ("plan", &f.plans),
                ("project", &f.projects),
                ("development", &f.developments),
            ] {
                for i in items {
                    if let (Some(start), Some(end)) = (&i.start, &i.end) {
                        periods.push((
                            &r.overlegtafels.path,
                            format!("{kind} `{}`", s(&i.id)),
                            start,
                            end,
                        ));
                    }
                }
            }
        }
        for (file, what, start, end) in periods {
            if end.get_ref() < start.get_ref() {
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
}

/// An action past its due date that is neither done nor dropped.
pub fn overdue(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(f) = &r.actions.value else { continue };
        for a in &f.actions {
            let Some(due) = a.due.as_ref().filter(|_| a.is_overdue(cx.today)) else {
                continue;
            };
            let days = (cx.today - due.get_ref().0).num_days();
            out.push(
                Diagnostic::new(
                    Code::OverdueAction,
                    &r.actions.path,
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
