use super::{Ctx, Owner, owner, s};
use crate::diag::{Code, Diagnostic};
use crate::load::{FileStatus, Part, RegionData};
use crate::model::Text;
use crate::suggest;
use std::collections::BTreeMap;
use std::ops::Range;

/// The ids of one kind of entity in a region.
struct Ids<'a> {
    kind: &'static str,
    file: &'a str,
    /// First definition of each id.
    first: BTreeMap<&'a str, Range<usize>>,
    /// The file could not be read: nothing can be said about its ids.
    unknown: bool,
    missing: bool,
}

impl<'a> Ids<'a> {
    fn new<T>(
        r: &'a RegionData,
        part: &'a Part<T>,
        kind: &'static str,
        ids: impl Iterator<Item = &'a Text>,
    ) -> Self {
        let mut first = BTreeMap::new();
        for id in ids {
            first.entry(s(id)).or_insert_with(|| id.span());
        }
        for (table, id) in &r.unparsed {
            if table == kind {
                first.entry(id.as_str()).or_insert(0..0);
            }
        }
        Ids {
            kind,
            file: &part.path,
            first,
            unknown: part.status == FileStatus::Broken,
            missing: part.status == FileStatus::Missing,
        }
    }

    /// An error for `reference` (in `file`) unless it names a known id.
    fn check(
        &self,
        file: &str,
        reference: &Text,
        what: Owner<'_>,
        extra: &[&str],
        out: &mut Vec<Diagnostic>,
    ) {
        let id = s(reference);
        if self.unknown || self.first.contains_key(id) || extra.contains(&id) {
            return;
        }
        let name = self.file.rsplit('/').next().unwrap_or(self.file);
        let candidates = self.first.keys().copied().chain(extra.iter().copied());
        let help = if self.missing {
            format!("{name} is missing, so no {} can be referred to", self.kind)
        } else if let Some(d) = suggest::did_you_mean(id, candidates) {
            d
        } else if self.first.is_empty() {
            format!("{name} defines no [[{}]] yet", self.kind)
        } else {
            let mut known: Vec<&str> = self
                .first
                .keys()
                .copied()
                .chain(extra.iter().copied())
                .collect();
            known.truncate(8);
            format!("known: {}", suggest::one_of(&known))
        };
        out.push(
            Diagnostic::new(
                Code::UnknownReference,
                file,
                format!(
                    "{what} refers to {} `{id}`, which {name} does not define",
                    self.kind
                ),
            )
            .at(reference.span(), format!("no {} with this id", self.kind))
            .help(help),
        );
    }
}

struct RegionIds<'a> {
    schools: Ids<'a>,
    knelpunten: Ids<'a>,
    actions: Ids<'a>,
    overlegtafels: Ids<'a>,
    plans: Ids<'a>,
}

fn region_ids(r: &RegionData) -> RegionIds<'_> {
    let o = r.overlegtafels.value.as_ref();
    let a = r.actions.value.as_ref();
    RegionIds {
        schools: Ids::new(
            r,
            &r.schools,
            "school",
            r.schools
                .value
                .iter()
                .flat_map(|f| &f.schools)
                .map(|x| &x.id),
        ),
        knelpunten: Ids::new(
            r,
            &r.actions,
            "knelpunt",
            a.into_iter().flat_map(|f| &f.knelpunten).map(|x| &x.id),
        ),
        actions: Ids::new(
            r,
            &r.actions,
            "action",
            a.into_iter().flat_map(|f| &f.actions).map(|x| &x.id),
        ),
        overlegtafels: Ids::new(
            r,
            &r.overlegtafels,
            "overlegtafel",
            o.into_iter().flat_map(|f| &f.overlegtafels).map(|x| &x.id),
        ),
        plans: Ids::new(
            r,
            &r.overlegtafels,
            "plan",
            o.into_iter().flat_map(|f| &f.plans).map(|x| &x.id),
        ),
    }
}

/// Every id is defined once per kind within a region.
pub fn duplicate_ids(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let o = r.overlegtafels.value.as_ref();
        let a = r.actions.value.as_ref();
        let j = r.jaarplan.value.as_ref();
        let lists: Vec<(&str, &str, Vec<&Text>)> = vec![
            (
                "school",
                &r.schools.path,
                r.schools
                    .value
                    .iter()
                    .flat_map(|f| &f.schools)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "overlegtafel",
                &r.overlegtafels.path,
                o.into_iter()
                    .flat_map(|f| &f.overlegtafels)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "plan",
                &r.overlegtafels.path,
                o.into_iter()
                    .flat_map(|f| &f.plans)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "project",
                &r.overlegtafels.path,
                o.into_iter()
                    .flat_map(|f| &f.projects)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "development",
                &r.overlegtafels.path,
                o.into_iter()
                    .flat_map(|f| &f.developments)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "knelpunt",
                &r.actions.path,
                a.into_iter()
                    .flat_map(|f| &f.knelpunten)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "action",
                &r.actions.path,
                a.into_iter()
                    .flat_map(|f| &f.actions)
                    .map(|x| &x.id)
                    .collect(),
            ),
            (
                "goal",
                &r.jaarplan.path,
                j.into_iter()
                    .flat_map(|f| &f.goals)
                    .map(|x| &x.id)
                    .collect(),
            ),
        ];
        for (kind, file, ids) in lists {
            let mut seen: BTreeMap<&str, &Text> = BTreeMap::new();
            for id in ids {
                match seen.get(s(id)) {
                    None => {
                        seen.insert(s(id), id);
                    }
                    Some(first) => out.push(
                        Diagnostic::new(
                            Code::DuplicateId,
                            file,
                            format!("{kind} id `{}` is defined twice", s(id)),
                        )
                        .at(id.span(), "defined again here")
                        .related(file, first.span(), "first defined here")
                        .help(format!(
                            "give each [[{kind}]] its own id, e.g. `{}-2`",
                            s(id)
                        )),
                    ),
                }
            }
        }
    }
}

/// Every reference between the region's files resolves.
pub fn resolve(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let ids = region_ids(r);
        if let Some(region) = &r.region.value {
            for m in &region.steering_group {
                if let Some(school) = &m.school {
                    ids.schools.check(
                        &r.region.path,
                        school,
                        Owner {
                            kind: "steering group member",
                            id: &m.name,
                        },
                        &[],
                        out,
                    );
                }
            }
        }
        if let Some(f) = &r.overlegtafels.value {
            for t in &f.overlegtafels {
                if let Some(by) = &t.represented_by {
                    let what = owner("represented_by of overlegtafel", &t.id);
                    ids.schools.check(
                        &r.overlegtafels.path,
                        by,
                        what,
                        &["coordinator", "none"],
                        out,
                    );
                }
            }
        }
        if let Some(f) = &r.actions.value {
            let path = &r.actions.path;
            for k in &f.knelpunten {
                for school in &k.schools {
                    ids.schools
                        .check(path, school, owner("knelpunt", &k.id), &[], out);
                }
            }
            for a in &f.actions {
                let what = owner("action", &a.id);
                for school in &a.schools {
                    ids.schools.check(path, school, what, &[], out);
                }
                for k in &a.addresses {
                    ids.knelpunten.check(path, k, what, &[], out);
                }
                if let Some(t) = &a.overlegtafel {
                    ids.overlegtafels.check(path, t, what, &[], out);
                }
            }
        }
        if let Some(f) = &r.jaarplan.value {
            let path = &r.jaarplan.path;
            if let Some(plan) = &f.regional_plan {
                ids.plans.check(
                    path,
                    plan,
                    Owner {
                        kind: "the jaarplan's regional_plan",
                        id: "",
                    },
                    &[],
                    out,
                );
            }
            for g in &f.goals {
                for a in &g.actions {
                    ids.actions.check(path, a, owner("goal", &g.id), &[], out);
                }
            }
        }
    }
}
