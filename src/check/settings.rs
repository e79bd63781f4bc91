use super::Ctx;
use crate::diag::{Code, Diagnostic, Severity};
use crate::i18n::t;
use crate::model::{HOURS_PER_WEEK, MINUTES_PER_SCHOOL, week_minutes, whole_minutes};
use crate::suggest;

/// vsopro.toml: caseload norms that can be computed with, and allowed
/// warnings that exist.
pub(super) fn settings(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let file = crate::model::SETTINGS_FILE;
    let c = &cx.data.settings.caseload;
    type Usable = fn(f64) -> bool;
    let checks: [(&str, _, _, Usable, String); 2] = [
        (
            "minutes_per_school",
            c.minutes_per_school.as_ref(),
            MINUTES_PER_SCHOOL,
            |v| whole_minutes(v).is_some(),
            t!("invalid-setting-minutes-example"),
        ),
        (
            "hours_per_week",
            c.hours_per_week.as_ref(),
            HOURS_PER_WEEK,
            |v| week_minutes(v).is_some(),
            t!("invalid-setting-hours-example"),
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
                t!(
                    "invalid-setting",
                    key = key,
                    value = v.get_ref().to_string()
                ),
            )
            .at(
                v.span(),
                t!(
                    "invalid-setting-label",
                    from = *range.start() as u64,
                    to = *range.end() as u64
                ),
            )
            .help(t!(
                "invalid-setting-help",
                key = key,
                from = *range.start() as u64,
                to = *range.end() as u64,
                example = example
            )),
        );
    }
    let warnings: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.severity() != Severity::Error)
        .map(|c| c.name())
        .collect();
    for name in &cx.data.settings.check.allow {
        let (message, help) = match Code::from_name(name.get_ref()) {
            Some(code) if code.severity() != Severity::Error => continue,
            Some(_) => (
                t!("allow-error", code = name.get_ref()),
                t!("allow-error-help"),
            ),
            None => (
                t!("allow-unknown", code = name.get_ref()),
                match suggest::did_you_mean(name.get_ref(), warnings.iter().copied()) {
                    Some(d) => d,
                    None => t!("allow-warnings", codes = suggest::one_of(&warnings)),
                },
            ),
        };
        out.push(
            Diagnostic::new(Code::InvalidSetting, file, t!("allow", message = message))
                .at(name.span(), t!("allow-label"))
                .help(help),
        );
    }
}
