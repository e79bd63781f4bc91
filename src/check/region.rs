use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{CONTRACTED_HOURS, CoordinatorStatus, EntityKind, FileKind, FileStatus};
use crate::registry;
use crate::suggest;

/// The files a region needs. region.toml and schools.toml always; the
/// foto, the actions and the jaarplan once a coordinator is appointed to
/// keep them (a region that DUO's data brought in has only the first two).
/// uitstroom.toml is never required: schools report their figures when
/// they have them; nor is practices.toml (examples from public sources).
pub(super) fn missing_files(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let present = FileKind::REGION
            .iter()
            .any(|&k| r.status(k) != FileStatus::Missing);
        if !present {
            // An empty folder is `empty-region`.
            continue;
        }
        let appointed = r
            .coordinator()
            .is_some_and(|c| c.status == CoordinatorStatus::Appointed);
        for kind in FileKind::REGION {
            if matches!(kind, FileKind::Uitstroom | FileKind::Practices) {
                continue;
            }
            let always = matches!(kind, FileKind::Region | FileKind::Schools);
            if r.status(kind) != FileStatus::Missing || !(always || appointed) {
                continue;
            }
            let path = r.path(kind);
            out.push(
                Diagnostic::new(
                    Code::MissingFile,
                    path,
                    t!(
                        "missing-file",
                        file = kind.file_name(),
                        region = r.info.name
                    ),
                )
                .help(t!("missing-file-help", path = path)),
            );
        }
    }
}

/// region.toml's `name` and `code` belong to the folder it is in.
pub(super) fn region_identity(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
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
                t!(
                    "region-name-mismatch",
                    name = name,
                    dir = r.dir.as_str(),
                    code = info.code
                ),
            )
            .at(file.name.span(), t!("expected", value = info.name));
            d = match other {
                Some(o) => d.help(t!(
                    "region-name-mismatch-other",
                    name = name,
                    other = o.name,
                    code = o.code,
                    slug = o.slug,
                    official = info.name
                )),
                None => d.help(t!("region-name-mismatch-help", official = info.name)),
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
                t!(
                    "region-code-mismatch",
                    found = s(code),
                    name = info.name,
                    code = info.code
                ),
            )
            .at(code.span(), t!("expected", value = info.code))
            .help(t!(
                "region-code-mismatch-help",
                code = info.code,
                name = info.name
            ));
            out.push(d);
        }
    }
}

/// Municipalities belong to the region: those listed in region.toml (a
/// list that is optional, since CBS's table is built in) and those of its
/// schools. A municipality of another region is named with that region.
pub(super) fn municipalities(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    use registry::municipalities::{by_name, of_region};
    for r in cx.regions() {
        let code = r.info.code;
        let listed = r.municipalities();
        let own: Vec<&str> = of_region(code).iter().map(|m| m.short_name()).collect();
        for m in listed.iter().filter(|m| !m.is_stand_in()) {
            let d = match by_name(s(m), Some(code)) {
                Some(found) if found.region == code => continue,
                Some(found) => {
                    let other = registry::region_by_code(found.region);
                    Diagnostic::new(
                        Code::MunicipalityNotInRegion,
                        r.path(FileKind::Region),
                        t!(
                            "listed-other-region",
                            municipality = s(m),
                            other = other.name,
                            code = other.code,
                            region = r.info.name
                        ),
                    )
                    .help(t!("listed-other-region-help", municipality = s(m)))
                }
                None => Diagnostic::new(
                    Code::MunicipalityNotInRegion,
                    r.path(FileKind::Region),
                    t!("listed-unknown", municipality = s(m)),
                )
                .help(
                    suggest::did_you_mean(s(m), own.iter().copied())
                        .map(|d| d + " ")
                        .unwrap_or_default()
                        + &t!("listed-unknown-help", example = own[0]),
                ),
            };
            out.push(d.at(m.span(), t!("municipality-not-in-region-label")));
        }
        for school in r.schools() {
            let Some(m) = school.municipality.as_ref().filter(|m| !m.is_stand_in()) else {
                continue;
            };
            let d = match by_name(s(m), Some(code)) {
                Some(found) if found.region == code => continue,
                Some(found) => {
                    let other = registry::region_by_code(found.region);
                    Diagnostic::new(
                        Code::MunicipalityNotInRegion,
                        r.path(FileKind::Schools),
                        t!(
                            "municipality-other-region",
                            id = s(&school.id),
                            municipality = s(m),
                            other = other.name,
                            code = other.code,
                            region = r.info.name
                        ),
                    )
                    .help(t!("municipality-other-region-help", slug = other.slug))
                }
                // A name CBS does not know, but the region lists (an older
                // name, say): the region's word goes.
                None if listed.iter().any(|l| suggest::same_name(s(l), s(m))) => continue,
                None => Diagnostic::new(
                    Code::MunicipalityNotInRegion,
                    r.path(FileKind::Schools),
                    t!(
                        "municipality-not-in-region",
                        id = s(&school.id),
                        municipality = s(m),
                        region = r.info.name
                    ),
                )
                .help(
                    suggest::did_you_mean(s(m), own.iter().copied())
                        .map(|d| d + " ")
                        .unwrap_or_default()
                        + &t!("municipality-not-in-region-help", municipality = s(m)),
                ),
            };
            out.push(d.at(m.span(), t!("municipality-not-in-region-label")));
        }
    }
}

/// The coordinator's contracted hours are a real number of hours in a week.
pub(super) fn coordinator_hours(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
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
                t!(
                    "invalid-hours",
                    hours = h.get_ref().to_string(),
                    from = *CONTRACTED_HOURS.start() as u64,
                    to = *CONTRACTED_HOURS.end() as u64
                ),
            )
            .at(h.span(), t!("invalid-hours-label"))
            .help(t!("invalid-hours-help")),
        );
    }
}

/// Judging a table or plan not relevant needs a reason, for the foto.
pub(super) fn relevance_reasons(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let tables = r
            .overlegtafels()
            .iter()
            .map(|o| (EntityKind::Overlegtafel, &o.id, &o.relevant, &o.reason));
        let others = r
            .initiatives()
            .map(|(kind, i)| (EntityKind::from(kind), &i.id, &i.relevant, &i.reason));
        // A school left out of the caseload needs its reason as much.
        let schools = r
            .schools()
            .iter()
            .map(|s| (EntityKind::School, &s.id, &s.caseload, &s.reason));
        // So does a theme the jaarplan leaves for this year.
        let choices = r.jaarplan().map_or(&[][..], |p| &p.themes).iter().map(|c| {
            (
                EntityKind::Theme,
                &c.id,
                Some(c.addressed.clone()),
                &c.reason,
            )
        });
        let owned: Vec<_> = tables
            .chain(others)
            .chain(schools)
            .map(|(k, id, rel, reason)| (k, id, rel.clone(), reason))
            .chain(choices)
            .collect();
        for (kind, id, relevant, reason) in owned {
            let Some(rel) = relevant.as_ref().filter(|r| !r.is_stand_in()) else {
                continue;
            };
            let blank = reason.as_deref().is_none_or(|t| t.trim().is_empty());
            if !*rel.get_ref() && blank {
                out.push(
                    Diagnostic::new(
                        Code::MissingReason,
                        r.path(kind.file()),
                        if kind == EntityKind::School {
                            t!("missing-reason-caseload", id = s(id))
                        } else if kind == EntityKind::Theme {
                            t!("missing-reason-theme", id = s(id))
                        } else {
                            t!(
                                "missing-reason",
                                kind = crate::words::entity(kind),
                                id = s(id)
                            )
                        },
                    )
                    .at(rel.span(), t!("missing-reason-label"))
                    .help(if kind == EntityKind::School {
                        t!("missing-reason-caseload-help")
                    } else if kind == EntityKind::Theme {
                        t!("missing-reason-theme-help")
                    } else {
                        t!("missing-reason-help")
                    }),
                );
            }
        }
    }
}
