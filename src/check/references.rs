use super::{Ctx, Subject, s, subject};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{
    EntityKind, FileKind, FileStatus, REPRESENTATIVE_WORDS, RegionData, Representative, Text,
};
use crate::suggest;
use crate::words;
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
        let word = words::entity(kind);
        let name = self.file.rsplit('/').next().unwrap_or(self.file);
        let candidates = self.first.keys().copied().chain(extra.iter().copied());
        let help = if self.missing {
            t!(
                "unknown-reference-file-missing",
                file = name,
                kind = word.as_str()
            )
        } else if let Some(d) = suggest::did_you_mean(id, candidates) {
            d
        } else if self.first.is_empty() {
            t!(
                "unknown-reference-none-yet",
                file = name,
                table = kind.as_str()
            )
        } else {
            let mut known: Vec<&str> = self
                .first
                .keys()
                .copied()
                .chain(extra.iter().copied())
                .collect();
            known.truncate(8);
            t!("unknown-reference-known", ids = suggest::one_of(&known))
        };
        out.push(
            Diagnostic::new(
                Code::UnknownReference,
                file,
                t!(
                    "unknown-reference",
                    what = what.to_string(),
                    kind = word.as_str(),
                    id = id,
                    file = name
                ),
            )
            .at(
                reference.span(),
                t!("unknown-reference-label", kind = word.as_str()),
            )
            .help(help),
        );
    }
}

/// Every id has at least one visible character: an empty id cannot be
/// referred to or told apart.
pub(super) fn empty_ids(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for kind in EntityKind::ALL.iter().copied() {
            let file = r.path(kind.file());
            for id in r.ids(kind) {
                if id.is_stand_in() || !s(id).trim().is_empty() {
                    continue;
                }
                out.push(
                    Diagnostic::new(Code::EmptyId, file, t!("empty-id", table = kind.as_str()))
                        .at(id.span(), t!("empty-id-label"))
                        .help(t!("empty-id-help")),
                );
            }
        }
    }
}

/// The longest id: an address, a commit message and a page carry it.
pub(crate) const MAX_ID: usize = 80;

/// An id as the format writes it: kebab-case (lower-case letters, accents
/// allowed, and digits, with single hyphens between them), at most
/// [`MAX_ID`] characters.
pub(crate) fn is_kebab(id: &str) -> bool {
    id.chars().count() <= MAX_ID
        && !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_alphanumeric() && !c.is_uppercase())
        })
}

/// Every id is kebab-case and short: it is part of addresses, commit
/// messages and other files' references, where a slash, a line break or a
/// leading `--` would be something else.
pub(super) fn invalid_ids(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for kind in EntityKind::ALL.iter().copied() {
            let file = r.path(kind.file());
            for id in r.ids(kind) {
                let text = s(id);
                // Empty ones are `empty-id`'s.
                if id.is_stand_in() || text.trim().is_empty() || is_kebab(text) {
                    continue;
                }
                let suggestion: String = crate::registry::slugify(text)
                    .chars()
                    .take(MAX_ID)
                    .collect::<String>()
                    .trim_end_matches('-')
                    .to_string();
                let shown: String = text.chars().take(40).collect();
                out.push(
                    Diagnostic::new(
                        Code::InvalidId,
                        file,
                        t!("invalid-id", table = kind.as_str(), id = shown.as_str()),
                    )
                    .at(id.span(), t!("invalid-id-label"))
                    .help(t!(
                        "invalid-id-help",
                        id = suggestion.as_str(),
                        max = MAX_ID
                    )),
                );
            }
        }
    }
}

/// Every id is defined once per kind within a region.
pub(super) fn duplicate_ids(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
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
                            t!("duplicate-id", kind = words::entity(kind), id = s(id)),
                        )
                        .at(id.span(), t!("duplicate-id-again"))
                        .related(file, first.span(), t!("duplicate-id-first"))
                        .help(t!(
                            "duplicate-id-help",
                            table = kind.as_str(),
                            id = s(id)
                        )),
                    ),
                }
            }
        }
    }
}

/// Every reference between the region's files resolves.
pub(super) fn references(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let schools = Ids::new(r, EntityKind::School);
        let knelpunten = Ids::new(r, EntityKind::Knelpunt);
        let actions = Ids::new(r, EntityKind::Action);
        let overlegtafels = Ids::new(r, EntityKind::Overlegtafel);
        let plans = Ids::new(r, EntityKind::Plan);

        let path = r.path(FileKind::Region);
        for m in r.stuurgroep() {
            if let Some(school) = &m.school {
                let what = Subject::StuurgroepMember(&m.name);
                schools.check(path, school, what, &[], out);
            }
        }
        let path = r.path(FileKind::Overlegtafels);
        for t in r.overlegtafels() {
            if let Some(Representative::School(by)) = t.representative() {
                let what = Subject::RepresentedBy(s(&t.id));
                schools.check(path, by, what, &REPRESENTATIVE_WORDS, out);
            }
        }
        let path = r.path(FileKind::Actions);
        for k in r.knelpunten() {
            for school in &k.schools {
                schools.check(path, school, subject(EntityKind::Knelpunt, &k.id), &[], out);
            }
        }
        for a in r.actions() {
            let what = subject(EntityKind::Action, &a.id);
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
            let what = Subject::RegionalPlan;
            plans.check(path, plan, what, &[], out);
        }
        for g in r.goals() {
            for a in &g.actions {
                actions.check(path, a, subject(EntityKind::Goal, &g.id), &[], out);
            }
        }
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            schools.check(path, &o.school, Subject::Outcome(s(&o.year)), &[], out);
        }
    }
}
