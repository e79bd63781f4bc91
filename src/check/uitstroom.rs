//! uitstroom.toml: counts that can be true. Each rule one check; a count
//! the loader put in place of a wrong one draws no conclusion.

use super::{Ctx, s};
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{FileKind, Outcome, Spanned, school_year_start};
use chrono::Datelike;
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

/// Destinations add up to the leavers: more is an error; fewer is said,
/// the difference counting as unknown. A follow-up never counts more
/// people than left.
pub(super) fn totals(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        let path = r.path(FileKind::Uitstroom);
        for o in r.outcomes() {
            let Some(leavers) = count(Some(&o.leavers)).map(|l| *l.get_ref()) else {
                continue;
            };
            let destined = sum(o.destinations().map(|(_, v)| v));
            let at = o.leavers.span();
            let ids = (s(&o.school), s(&o.year));
            if destined > leavers {
                out.push(
                    Diagnostic::new(
                        Code::OutcomeOverTotal,
                        path,
                        t!(
                            "outcome-over-total",
                            school = ids.0,
                            year = ids.1,
                            sum = destined,
                            leavers = leavers
                        ),
                    )
                    .at(at.clone(), t!("outcome-over-total-label"))
                    .help(t!("outcome-over-total-help")),
                );
            } else if destined < leavers {
                out.push(
                    Diagnostic::new(
                        Code::OutcomeUnderTotal,
                        path,
                        t!(
                            "outcome-under-total",
                            school = ids.0,
                            year = ids.1,
                            sum = destined,
                            leavers = leavers,
                            rest = leavers - destined
                        ),
                    )
                    .at(
                        at.clone(),
                        t!("outcome-under-total-label", leavers = leavers),
                    )
                    .help(t!("outcome-under-total-help", rest = leavers - destined)),
                );
            }
            for (years, follow_up) in o.follow_ups() {
                let Some(f) = follow_up else { continue };
                let followed = sum(f.counts().map(|(_, v)| v));
                if followed > leavers {
                    let span = f
                        .counts()
                        .into_iter()
                        .filter_map(|(_, v)| count(v))
                        .map(|v| v.span())
                        .next()
                        .unwrap_or(at.clone());
                    out.push(
                        Diagnostic::new(
                            Code::OutcomeOverTotal,
                            path,
                            t!(
                                "outcome-follow-up-over-total",
                                school = ids.0,
                                year = ids.1,
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
}

/// A school year is `JJJJ-JJJJ` of two consecutive years, and has begun.
pub(super) fn school_years(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // The school year that holds `today` begins on 1 August.
    let current = if cx.today.month() >= 8 {
        cx.today.year()
    } else {
        cx.today.year() - 1
    };
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
                        current = format!("{current}-{}", current + 1)
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
            let Some(leavers) = count(Some(&o.leavers)).map(|l| *l.get_ref()) else {
                continue;
            };
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
