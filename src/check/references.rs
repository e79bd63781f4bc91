use super::{Ctx, Subject, s, subject};
use crate::diag::{Code, Diagnostic};
use crate::model::{
    EntityKind, FileKind, FileStatus, REPRESENTATIVE_WORDS, RegionData, Representative, Text,
};
use crate::suggest;
use std::collections::BTreeMap;
use std::ops::Range;

/// The ids of one kind of entity in a region.
struct Ids<'a> {
    kind: EntityKind,
    file: &'a str,
    /// First definition of each id.
    first: BTreeMap<&'a str, Range<usize>>,
    /// The file could not be read: nothing can be said about its ids.
    unknown: bool,
    missing: bool,
}

impl<'a> Ids<'a> {
    fn new(r: &'a RegionData, kind: EntityKind) -> Self {
        let mut first = BTreeMap::new();
        for id in r.ids(kind) {
            first.entry(s(id)).or_insert_with(|| id.span());
        }
        for id in r.unparsed_ids(kind) {
            first.entry(id).or_insert(0..0);
        }
        let status = r.status(kind.file());
        Ids {
            kind,
            file: r.path(kind.file()),
            first,
            unknown: status == FileStatus::Broken,
            missing: status == FileStatus::Missing,
        }
    }

    /// An error for `reference` (in `file`) unless it names a known id.
    fn check(
        &self,
        file: &str,
        reference: &Text,
        what: Subject<'_>,
        extra: &[&str],
        out: &mut Vec<Diagnostic>,
    ) {
        let id = s(reference);
        // A stand-in for a value that was wrong is not a reference.
        if reference.is_stand_in()
            || self.unknown
            || self.first.contains_key(id)
            || extra.contains(&id)
        {
            return;
        }
        let kind = self.kind;
        let name = self.file.rsplit('/').next().unwrap_or(self.file);
        let candidates = self.first.keys().copied().chain(extra.iter().copied());
        let help = if self.missing {
            format!("{name} is missing, so no {kind} can be referred to")
        } else if let Some(d) = suggest::did_you_mean(id, candidates) {
            d
        } else if self.first.is_empty() {
            format!("{name} defines no [[{kind}]] yet")
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
                format!("{what} refers to {kind} `{id}`, which {name} does not define"),
            )
            .at(reference.span(), format!("no {kind} with this id"))
            .help(help),
        );
    }
}

/// Every id has at least one visible character: an empty id cannot be
/// referred to or told apart.
pub(super) fn empty_ids(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        for kind in EntityKind::ALL.iter().copied() {
            let file = r.path(kind.file());
            for id in r.ids(kind) {
                if id.is_stand_in() || !s(id).trim().is_empty() {
                    continue;
                }
                out.push(
                    Diagnostic::new(Code::EmptyId, file, format!("a [[{kind}]] has an empty id"))
                        .at(id.span(), "empty")
                        .help("give it a short id of letters, digits and -, e.g. `id = \"stagebank\"`"),
                );
            }
        }
    }
}

/// Every id is defined once per kind within a region.
pub(super) fn duplicate_ids(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        for kind in EntityKind::ALL.iter().copied() {
            let file = r.path(kind.file());
            let mut seen: BTreeMap<&str, &Text> = BTreeMap::new();
            for id in r.ids(kind) {
                if id.is_stand_in() {
                    continue;
                }
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
pub(super) fn references(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in &cx.data.regions {
        let schools = Ids::new(r, EntityKind::School);
        let knelpunten = Ids::new(r, EntityKind::Knelpunt);
        let actions = Ids::new(r, EntityKind::Action);
        let overlegtafels = Ids::new(r, EntityKind::Overlegtafel);
        let plans = Ids::new(r, EntityKind::Plan);

        let path = r.path(FileKind::Region);
        for m in r.stuurgroep() {
            if let Some(school) = &m.school {
                let what = Subject {
                    kind: "stuurgroep member",
                    id: &m.name,
                };
                schools.check(path, school, what, &[], out);
            }
        }
        let path = r.path(FileKind::Overlegtafels);
        for t in r.overlegtafels() {
            if let Some(Representative::School(by)) = t.representative() {
                let what = subject("represented_by of overlegtafel", &t.id);
                schools.check(path, by, what, &REPRESENTATIVE_WORDS, out);
            }
        }
        let path = r.path(FileKind::Actions);
        for k in r.knelpunten() {
            for school in &k.schools {
                schools.check(path, school, subject("knelpunt", &k.id), &[], out);
            }
        }
        for a in r.actions() {
            let what = subject("action", &a.id);
            for school in &a.schools {
                schools.check(path, school, what, &[], out);
            }
            for k in &a.addresses {
                knelpunten.check(path, k, what, &[], out);
            }
            if let Some(t) = &a.overlegtafel {
                overlegtafels.check(path, t, what, &[], out);
            }
        }
        let path = r.path(FileKind::Jaarplan);
        if let Some(plan) = r.jaarplan().and_then(|j| j.regional_plan.as_ref()) {
            let what = Subject {
                kind: "the jaarplan's regional_plan",
                id: "",
            };
            plans.check(path, plan, what, &[], out);
        }
        for g in r.goals() {
            for a in &g.actions {
                actions.check(path, a, subject("goal", &g.id), &[], out);
            }
        }
    }
}
