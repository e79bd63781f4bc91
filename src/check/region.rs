use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::registry;
use crate::suggest;

/// region.toml's `name` and `code` belong to the folder it is in.
pub fn identity(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(file) = &r.region.value else {
            continue;
        };
        let info = r.info;
        let name = s(&file.name);
        if !info.is_named(name) {
            let other = registry::find_region(name);
            let mut d = Diagnostic::new(
                Code::RegionNameMismatch,
                &r.region.path,
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
            && s(code) != info.code
        {
            let d = Diagnostic::new(
                Code::RegionCodeMismatch,
                &r.region.path,
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
pub fn municipalities(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(region) = &r.region.value else {
            continue;
        };
        if region.municipalities.is_empty() {
            continue;
        }
        let known: Vec<&str> = region.municipalities.iter().map(s).collect();
        for school in r.schools.value.iter().flat_map(|f| &f.schools) {
            let Some(m) = &school.municipality else {
                continue;
            };
            if known
                .iter()
                .any(|k| k.to_lowercase() == s(m).to_lowercase())
            {
                continue;
            }
            let first = &region.municipalities[0];
            let hint = suggest::did_you_mean(s(m), known.iter().copied())
                .map(|d| format!("{d} "))
                .unwrap_or_default();
            out.push(
                Diagnostic::new(
                    Code::MunicipalityNotInRegion,
                    &r.schools.path,
                    format!("school `{}` is in `{}`, which region.toml does not list", s(&school.id), s(m)),
                )
                .at(m.span(), "not a municipality of this region")
                .related(&r.region.path, first.span(), "the region's municipalities")
                .help(format!("{hint}if the school belongs here, add \"{}\" to `municipalities` in region.toml", s(m))),
            );
        }
    }
}

/// Judging a table or plan not relevant needs a reason, for the foto.
pub fn relevance_reasons(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let Some(f) = &r.overlegtafels.value else {
            continue;
        };
        let tables = f
            .overlegtafels
            .iter()
            .map(|o| ("overlegtafel", &o.id, &o.relevant, &o.reason));
        let others = [
            ("plan", &f.plans),
            ("project", &f.projects),
            ("development", &f.developments),
        ]
        .into_iter()
        .flat_map(|(kind, list)| {
            list.iter()
                .map(move |i| (kind, &i.id, &i.relevant, &i.reason))
        });
        for (kind, id, relevant, reason) in tables.chain(others) {
            let Some(rel) = relevant else { continue };
            let blank = reason.as_deref().is_none_or(|t| t.trim().is_empty());
            if !*rel.get_ref() && blank {
                out.push(
                    Diagnostic::new(
                        Code::MissingReason,
                        &r.overlegtafels.path,
                        format!("{kind} `{}` is marked not relevant without a reason", s(id)),
                    )
                    .at(rel.span(), "not relevant: why?")
                    .help("add `reason = \"...\"`: the foto tells the directors why the schools stay away"),
                );
            }
        }
    }
}
