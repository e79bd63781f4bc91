use super::Ctx;
use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{FileKind, HOURS_PER_WEEK, MINUTES_PER_SCHOOL, week_minutes, whole_minutes};
use crate::suggest;

/// vsopro.toml: caseload norms that can be computed with, and allowed
/// warnings that exist.
pub(super) fn settings(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let file = FileKind::Settings.file_name();
    let c = &cx.data.settings.caseload;
    type Usable = fn(f64) -> bool;
    let checks: [(&str, _, _, Usable, &str); 2] = [
        (
            "minutes_per_school",
            c.minutes_per_school.as_ref(),
            MINUTES_PER_SCHOOL,
            |v| whole_minutes(v).is_some(),
            "whole minutes, e.g. 80 for 1 h 20 min",
        ),
        (
            "hours_per_week",
            c.hours_per_week.as_ref(),
            HOURS_PER_WEEK,
            |v| week_minutes(v).is_some(),
            "hours in whole minutes, e.g. 36 or 40",
        ),
    ];
    for (key, value, range, usable, example) in checks {
        let Some(v) = value.filter(|v| !v.is_stand_in()) else {
            continue;
        };
        if usable(*v.get_ref()) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::InvalidSetting,
                file,
                format!("[caseload] {key} = {} cannot be used", v.get_ref()),
            )
            .at(
                v.span(),
                format!("must be between {} and {}", range.start(), range.end()),
            )
            .help(format!(
                "set {key} between {} and {} ({example}), or remove it for the default",
                range.start(),
                range.end()
            )),
        );
    }
    let warnings: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.severity() == Severity::Warning)
        .map(|c| c.name())
        .collect();
    for name in &cx.data.settings.check.allow {
        let (message, help) = match Code::from_name(name.get_ref()) {
            Some(code) if code.severity() == Severity::Warning => continue,
            Some(_) => (
                format!(
                    "`{}` is an error, and errors cannot be allowed",
                    name.get_ref()
                ),
                "fix the data instead; only warnings can be allowed".to_string(),
            ),
            None => (
                format!("`{}` is not a warning code", name.get_ref()),
                match suggest::did_you_mean(name.get_ref(), warnings.iter().copied()) {
                    Some(d) => d,
                    None => format!("the warnings are {}", suggest::one_of(&warnings)),
                },
            ),
        };
        out.push(
            Diagnostic::new(
                Code::InvalidSetting,
                file,
                format!("[check] allow: {message}"),
            )
            .at(name.span(), "cannot be allowed")
            .help(help),
        );
    }
}
