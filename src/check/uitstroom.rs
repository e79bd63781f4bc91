//! uitstroom.toml: counts that can be true. Each rule one check; a count
//! the loader put in place of a wrong one draws no conclusion.

use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{
    FileKind, Outcome, Spanned, school_year_label, school_year_of, school_year_start,
};
use std::collections::BTreeMap;

/// A count as written, unless it is a stand-in.
fn count(v: Option<&Spanned<i64>>) -> Option<&Spanned<i64>> {
    v.filter(|c| !c.is_stand_in())
}

/// Every count is a whole number of 0 or more (a fraction is refused when
/// the file is read).
pub(super) fn counts(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            let mut all: Vec<(&str, &Spanned<i64>)> = vec![("leavers", &o.leavers)];
            all.extend(
                o.destinations()
                    .into_iter()
                    .filter_map(|(d, v)| v.map(|v| (d.key(), v))),
            );
            for (_, f) in o.follow_ups() {
                all.extend(
                    f.into_iter()
                        .flat_map(|f| f.counts())
                        .filter_map(|(k, v)| v.map(|v| (k, v))),
                );
            }
            for (key, v) in all {
                if v.is_stand_in() || *v.get_ref() >= 0 {
                    continue;
                }
                out.push(
                    Diagnostic::new(
                        Code::InvalidOutcomeCount,
                        path,
                        t!(
                            "invalid-outcome-count",
                            key = key,
                            value = *v.get_ref(),
                            school = s(&o.school),
                            year = s(&o.year)
                        ),
                    )
                    .at(v.span(), t!("invalid-outcome-count-label"))
                    .help(t!("invalid-outcome-count-help", key = key)),
                );
            }
        }
    }
}

/// The sum of the counts given (negative ones aside: reported apart).
fn sum<'a>(counts: impl IntoIterator<Item = Option<&'a Spanned<i64>>>) -> i64 {
    counts
        .into_iter()
        .filter_map(count)
        .map(|c| (*c.get_ref()).max(0))
        .sum()
}

/// The leavers of an entry, when written as a count.
fn leavers(o: &Outcome) -> Option<i64> {
    count(Some(&o.leavers)).map(|l| *l.get_ref())
}

/// Destinations never add up to more than the leavers, nor does a
/// follow-up count more people than left.
pub(super) fn over_total(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            let Some(leavers) = leavers(o) else { continue };
            let (school, year) = (s(&o.school), s(&o.year));
            let destined = sum(o.destinations().map(|(_, v)| v));
            if destined > leavers {
                out.push(
                    Diagnostic::new(
                        Code::OutcomeOverTotal,
                        path,
                        t!(
                            "outcome-over-total",
                            school = school,
                            year = year,
                            sum = destined,
                            leavers = leavers
                        ),
                    )
                    .at(o.leavers.span(), t!("outcome-over-total-label"))
                    .help(t!("outcome-over-total-help")),
                );
            }
            for (years, f) in o.follow_ups() {
                let Some(f) = f else { continue };
                let followed = sum(f.counts().map(|(_, v)| v));
                if followed <= leavers {
                    continue;
                }
                // At the follow-up's first count, else at the leavers.
                let span = f
                    .counts()
                    .into_iter()
                    .find_map(|(_, v)| count(v))
                    .map_or_else(|| o.leavers.span(), |v| v.span());
                out.push(
                    Diagnostic::new(
                        Code::OutcomeOverTotal,
                        path,
                        t!(
                            "outcome-follow-up-over-total",
                            school = school,
                            year = year,
                            years = years,
                            sum = followed,
                            leavers = leavers
                        ),
                    )
                    .at(span, t!("outcome-over-total-label"))
                    .help(t!("outcome-follow-up-over-total-help")),
                );
            }
        }
    }
}

/// Destinations that add up to fewer than the leavers are said: the
/// difference counts as unknown.
pub(super) fn under_total(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            let Some(leavers) = leavers(o) else { continue };
            let destined = sum(o.destinations().map(|(_, v)| v));
            if destined >= leavers {
                continue;
            }
            let rest = leavers - destined;
            out.push(
                Diagnostic::new(
                    Code::OutcomeUnderTotal,
                    path,
                    t!(
                        "outcome-under-total",
                        school = s(&o.school),
                        year = s(&o.year),
                        sum = destined,
                        leavers = leavers,
                        rest = rest
                    ),
                )
                .at(
                    o.leavers.span(),
                    t!("outcome-under-total-label", leavers = leavers),
                )
                .help(t!("outcome-under-total-help", rest = rest)),
            );
        }
    }
}

/// A school year is `JJJJ-JJJJ` of two consecutive years, and has begun.
pub(super) fn school_years(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let current = school_year_of(cx.today);
    for r in cx.regions() {
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            if o.year.is_stand_in() {
                continue;
            }
            let year = s(&o.year);
            let (message, help) = match school_year_start(year) {
                None => (
                    t!("invalid-school-year", year = year, school = s(&o.school)),
                    t!("invalid-school-year-help"),
                ),
                Some(start) if start > current => (
                    t!("future-school-year", year = year, school = s(&o.school)),
                    t!(
                        "future-school-year-help",
                        current = school_year_label(current)
                    ),
                ),
                Some(_) => continue,
            };
            out.push(
                Diagnostic::new(Code::InvalidSchoolYear, path, message)
                    .at(o.year.span(), t!("invalid-school-year-label"))
                    .help(help),
            );
        }
    }
}

/// One `[[uitstroom]]` per school and school year.
pub(super) fn duplicates(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let path = r.path(FileKind::Uitstroom);
        let mut seen: BTreeMap<(String, Option<i32>, String), &Outcome> = BTreeMap::new();
        for o in r.outcomes() {
            if o.school.is_stand_in() || o.year.is_stand_in() {
                continue;
            }
            let year = s(&o.year).trim().to_string();
            let key = (s(&o.school).to_string(), school_year_start(&year), year);
            match seen.get(&key) {
                None => {
                    seen.insert(key, o);
                }
                Some(first) => out.push(
                    Diagnostic::new(
                        Code::DuplicateOutcome,
                        path,
                        t!(
                            "duplicate-outcome",
                            school = s(&o.school),
                            year = s(&o.year)
                        ),
                    )
                    .at(o.year.span(), t!("duplicate-outcome-again"))
                    .related(path, first.year.span(), t!("duplicate-outcome-first"))
                    .help(t!("duplicate-outcome-help")),
                ),
            }
        }
    }
}

/// A school cannot lose more pupils in a year than it has.
pub(super) fn leavers_and_pupils(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let schools = r.schools_by_id();
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            let Some(leavers) = leavers(o) else { continue };
            let students = schools
                .get(s(&o.school))
                .and_then(|sc| sc.students.as_ref())
                .filter(|n| !n.is_stand_in())
                .map(|n| *n.get_ref());
            if let Some(students) = students
                && leavers > students
            {
                out.push(
                    Diagnostic::new(
                        Code::MoreLeaversThanPupils,
                        path,
                        t!(
                            "more-leavers-than-pupils",
                            school = s(&o.school),
                            year = s(&o.year),
                            leavers = leavers,
                            students = students
                        ),
                    )
                    .at(o.leavers.span(), t!("more-leavers-than-pupils-label"))
                    .help(t!("more-leavers-than-pupils-help")),
                );
            }
        }
    }
}
