use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::model::{CONTRACTED_HOURS, EntityKind, FileKind};
use crate::registry;
use crate::suggest;

/// region.toml's `name` and `code` belong to the folder it is in.
pub(super) fn region_identity(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(file) = r.region_file() else {
            continue;
        };
        let path = r.path(FileKind::Region);
        let info = r.info;
        let name = s(&file.name);
        if !file.name.is_stand_in() && !info.is_named(name) {
            let other = registry::find_region(name);
            let mut d = Diagnostic::new(
                Code::RegionNameMismatch,
                path,
                format!("`{name}` is not the name of {} ({})", r.dir, info.code),
            )
            .at(file.name.span(), format!("expected `{}`", info.name));
            d = match other {
                Some(o) => d.help(format!(
                    "`{name}` is {} ({}), whose folder is regions/{}; either move this file or write name = \"{}\"",
                    o.name, o.code, o.slug, info.name
                )),
                None => d.help(format!("write name = \"{}\"", info.name)),
            };
            out.push(d);
        }
        if let Some(code) = &file.code
            && !code.is_stand_in()
            && s(code) != info.code
        {
            let d = Diagnostic::new(
                Code::RegionCodeMismatch,
                path,
                format!(
                    "code `{}` does not match {} ({})",
                    s(code),
                    info.name,
                    info.code
                ),
            )
            .at(code.span(), format!("expected `{}`", info.code))
            .help(format!(
                "write code = \"{}\" (the CBS 2025 code of {})",
                info.code, info.name
            ));
            out.push(d);
        }
    }
}

/// A school's municipality should be one of the region's municipalities.
pub(super) fn municipalities(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let listed = r.municipalities();
        let Some(first) = listed.first() else {
            continue;
        };
        let known: Vec<&str> = listed.iter().map(s).collect();
        for school in r.schools() {
            let Some(m) = school.municipality.as_ref().filter(|m| !m.is_stand_in()) else {
                continue;
            };
            if known.iter().any(|k| suggest::same_name(k, s(m))) {
                continue;
            }
            let hint = suggest::did_you_mean(s(m), known.iter().copied())
                .map(|d| format!("{d} "))
                .unwrap_or_default();
            out.push(
                Diagnostic::new(
                    Code::MunicipalityNotInRegion,
                    r.path(FileKind::Schools),
                    format!("school `{}` is in `{}`, which region.toml does not list", s(&school.id), s(m)),
                )
                .at(m.span(), "not a municipality of this region")
                .related(r.path(FileKind::Region), first.span(), "the region's municipalities")
                .help(format!("{hint}if the school belongs here, add \"{}\" to `municipalities` in region.toml", s(m))),
            );
        }
    }
}

/// The coordinator's contracted hours are a real number of hours in a week.
pub(super) fn coordinator_hours(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(h) = r.coordinator().and_then(|c| c.hours_per_week.as_ref()) else {
            continue;
        };
        if h.is_stand_in() || CONTRACTED_HOURS.contains(h.get_ref()) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::InvalidHours,
                r.path(FileKind::Region),
                format!(
                    "the coordinator's hours_per_week = {} is not a number of hours from {} to {}",
                    h.get_ref(),
                    CONTRACTED_HOURS.start(),
                    CONTRACTED_HOURS.end()
                ),
            )
            .at(h.span(), "not a week's hours")
            .help("write the contracted hours per week, e.g. `hours_per_week = 8`, or leave the key out if they are unknown"),
        );
    }
}

/// Judging a table or plan not relevant needs a reason, for the foto.
pub(super) fn relevance_reasons(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let tables = r
            .overlegtafels()
            .iter()
            .map(|o| (EntityKind::Overlegtafel, &o.id, &o.relevant, &o.reason));
        let others = r
            .initiatives()
            .map(|(kind, i)| (EntityKind::from(kind), &i.id, &i.relevant, &i.reason));
        for (kind, id, relevant, reason) in tables.chain(others) {
            let Some(rel) = relevant.as_ref().filter(|r| !r.is_stand_in()) else {
                continue;
            };
            let blank = reason.as_deref().is_none_or(|t| t.trim().is_empty());
            if !*rel.get_ref() && blank {
                out.push(
                    Diagnostic::new(
                        Code::MissingReason,
                        r.path(kind.file()),
                        format!("{kind} `{}` is marked not relevant without a reason", s(id)),
                    )
                    .at(rel.span(), "not relevant: why?")
                    .help("add `reason = \"...\"`: the foto tells the directors why the schools stay away"),
                );
            }
        }
    }
}
