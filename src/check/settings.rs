use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::load::SETTINGS_FILE;

/// Caseload norms must be usable divisors.
pub fn values(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let c = &cx.data.settings.caseload;
    let checks = [
        (
            "minutes_per_school",
            c.minutes_per_school.as_ref(),
            1.0..=2400.0,
            "e.g. 80 for 1 h 20 min",
        ),
        (
            "hours_per_week",
            c.hours_per_week.as_ref(),
            1.0..=168.0,
            "e.g. 36 or 40",
        ),
    ];
    for (key, value, range, example) in checks {
        let Some(v) = value else { continue };
        if !range.contains(v.get_ref()) {
            out.push(
                Diagnostic::new(
                    Code::InvalidSetting,
                    SETTINGS_FILE,
                    format!("[caseload] {key} = {} cannot be used", v.get_ref()),
                )
                .at(
                    v.span(),
                    format!("must be between {} and {}", range.start(), range.end()),
                )
                .help(format!(
                    "set {key} to a positive number ({example}), or remove it for the default"
                )),
            );
        }
    }
}
