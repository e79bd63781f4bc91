//! Coordinator caseload: 1 h 20 min per school per week (configurable).
//! All arithmetic is in whole minutes; figures are rounded to two decimals
//! only at the end, by integer arithmetic.

use crate::model::{CaseloadSettings, CoordinatorStatus, Kind, RegionData, Unit};
use serde::Serialize;
use std::collections::BTreeSet;

/// The norms a caseload is computed with, in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Norms {
    pub minutes_per_school: u64,
    /// The working week in minutes; in JSON `hours_per_week`, in hours.
    #[serde(rename = "hours_per_week", serialize_with = "week_hours")]
    pub week_minutes: u64,
    /// What counts as a school: every location or every institution.
    pub unit: Unit,
}

fn week_hours<S: serde::Serializer>(minutes: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(*minutes as f64 / 60.0)
}

impl Norms {
    pub fn from_settings(s: &CaseloadSettings) -> Self {
        Norms {
            minutes_per_school: s.minutes_per_school(),
            week_minutes: s.week_minutes(),
            unit: s.unit(),
        }
    }

    pub fn hours_per_week(self) -> f64 {
        self.week_minutes as f64 / 60.0
    }
}

/// A weekly amount of time, as whole minutes and split for h:mm display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekTime {
    /// Total minutes per week.
    pub minutes: u64,
    /// `minutes` as whole hours plus `rest_minutes` (for h:mm).
    pub hours: u64,
    pub rest_minutes: u64,
}

impl WeekTime {
    pub fn from_minutes(minutes: u64) -> Self {
        WeekTime {
            minutes,
            hours: minutes / 60,
            rest_minutes: minutes % 60,
        }
    }
}

/// `numerator / denominator` rounded half away from zero to two decimals,
/// computed on integers so that 0.125 is 0.13 and no float error creeps in.
pub fn ratio2(numerator: i128, denominator: i128) -> f64 {
    debug_assert!(denominator > 0);
    let scaled = numerator * 100;
    let half = denominator / 2;
    let hundredths = if scaled >= 0 {
        (scaled + half) / denominator
    } else {
        -((-scaled + half) / denominator)
    };
    // `+ 0.0` turns -0.0 into 0.0.
    hundredths as f64 / 100.0 + 0.0
}

/// Minutes as hours, two decimals.
pub fn hours2(minutes: i128) -> f64 {
    ratio2(minutes, 60)
}

/// Minutes as a fraction of the working week, two decimals.
pub fn fte(minutes: i128, norms: Norms) -> f64 {
    ratio2(minutes, norms.week_minutes as i128)
}

/// Contracted hours as whole minutes (hours are validated to 0-60 with
/// finite values; a fraction of a minute rounds).
pub fn minutes_of(hours: f64) -> i128 {
    (hours * 60.0).round() as i128
}

/// The time a number of schools needs per week; `None` if it overflows.
pub fn required_time(schools: u64, norms: Norms) -> Option<WeekTime> {
    schools
        .checked_mul(norms.minutes_per_school)
        .map(WeekTime::from_minutes)
}

/// How many schools one full-time coordinator can carry.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FullTime {
    /// Whole schools in the configured working week.
    pub schools_per_week: u64,
    /// Whole schools in one 8-hour day.
    pub schools_per_8_hour_day: u64,
    /// Whole schools in a 36-hour and a 40-hour week: the source document
    /// says 30 at 36 hours, which is 40 hours of work.
    pub schools_per_36_hour_week: u64,
    pub schools_per_40_hour_week: u64,
    /// The working week (hours) that 30 schools take.
    pub hours_for_30_schools: f64,
}

pub fn full_time(norms: Norms) -> FullTime {
    let per = |minutes: u64| minutes / norms.minutes_per_school;
    FullTime {
        schools_per_week: per(norms.week_minutes),
        schools_per_8_hour_day: per(8 * 60),
        schools_per_36_hour_week: per(36 * 60),
        schools_per_40_hour_week: per(40 * 60),
        hours_for_30_schools: hours2(30 * norms.minutes_per_school as i128),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseloadRow {
    /// CBS code, or `null` for the national total or a vacancy.
    pub code: Option<&'static str>,
    pub name: String,
    /// Pro and vso schools; `null` when sizing a vacancy by number only.
    pub schools_pro: Option<u64>,
    pub schools_vso: Option<u64>,
    /// The schools the norm counts, in the unit of the norms.
    pub schools: u64,
    /// Locations and institutions (BRIN) that count; `null` for a vacancy.
    pub locations: Option<u64>,
    pub institutions: Option<u64>,
    /// Schools left out of the caseload (`caseload = false`).
    pub left_out: u64,
    pub required: WeekTime,
    /// Required hours per week, two decimals.
    pub required_hours: f64,
    /// Required FTE at the working week in use, two decimals.
    pub required_fte: f64,
    /// The coordinator's contracted hours; 0 with no coordinator, `null` when appointed but not recorded.
    pub contracted_hours: Option<f64>,
    /// Required minus contracted hours: positive means hours missing.
    pub gap_hours: Option<f64>,
    pub gap_fte: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseloadReport {
    pub norms: Norms,
    pub full_time: FullTime,
    pub regions: Vec<CaseloadRow>,
    /// Sum over the listed regions; contracted hours `null` when a region does not record them.
    pub total: Option<CaseloadRow>,
}

/// One row for `schools` schools with `contracted` minutes a week. Schools
/// are bounded by the caller (a region's list, or `--schools` up to its
/// maximum), so the product cannot overflow; it saturates if it would.
pub fn row(
    code: Option<&'static str>,
    name: String,
    kinds: Option<(u64, u64)>,
    schools: u64,
    contracted: Option<i128>,
    norms: Norms,
) -> CaseloadRow {
    let required = required_time(schools, norms).unwrap_or(WeekTime::from_minutes(u64::MAX));
    let minutes = required.minutes as i128;
    let gap = contracted.map(|c| minutes - c);
    CaseloadRow {
        code,
        name,
        schools_pro: kinds.map(|k| k.0),
        schools_vso: kinds.map(|k| k.1),
        schools,
        locations: None,
        institutions: None,
        left_out: 0,
        required,
        required_hours: hours2(minutes),
        required_fte: fte(minutes, norms),
        contracted_hours: contracted.map(hours2),
        gap_hours: gap.map(hours2),
        gap_fte: gap.map(|g| fte(g, norms)),
    }
}

/// The contracted minutes of a region's coordinator, as far as known.
pub fn contracted_minutes(status: CoordinatorStatus, hours: Option<f64>) -> Option<i128> {
    match (status, hours) {
        (_, Some(h)) => Some(minutes_of(h)),
        (CoordinatorStatus::Appointed | CoordinatorStatus::Unknown, None) => None,
        (_, None) => Some(0),
    }
}

/// One region's contracted minutes.
pub fn region_contracted(r: &RegionData) -> Option<i128> {
    r.coordinator()
        .and_then(|c| contracted_minutes(c.status, c.hours_per_week.as_ref().map(|h| *h.get_ref())))
}

/// A region's schools as the norm counts them: (pro, vso) in the unit of
/// the norms, and the locations and institutions that count.
pub struct Counted {
    pub pro: u64,
    pub vso: u64,
    pub locations: u64,
    pub institutions: u64,
    pub left_out: u64,
}

/// Counts a region's schools. A school without a BRIN is an institution of
/// its own; an institution with pro and vso locations counts once for each.
pub fn count(r: &RegionData, unit: Unit) -> Counted {
    let counted: Vec<_> = r.schools().iter().filter(|s| s.counts()).collect();
    let of_kind = |kind: Kind| -> (u64, u64) {
        let schools: Vec<_> = counted.iter().filter(|s| s.kind == kind).collect();
        let mut institutions = BTreeSet::new();
        for s in &schools {
            institutions.insert(s.institution().unwrap_or_else(|| s.id.get_ref().clone()));
        }
        (schools.len() as u64, institutions.len() as u64)
    };
    let (pro_loc, pro_inst) = of_kind(Kind::Pro);
    let (vso_loc, vso_inst) = of_kind(Kind::Vso);
    let (pro, vso) = match unit {
        Unit::Location => (pro_loc, vso_loc),
        Unit::Institution => (pro_inst, vso_inst),
    };
    Counted {
        pro,
        vso,
        locations: pro_loc + vso_loc,
        institutions: pro_inst + vso_inst,
        left_out: (r.schools().len() - counted.len()) as u64,
    }
}

/// Distinct institutions over several regions' parts: an institution in
/// two regions is one institution nationally (one with pro and vso
/// locations counts once per kind, as in a region).
pub fn institutions(parts: &[RegionPart]) -> u64 {
    let mut seen = BTreeSet::new();
    for p in parts {
        seen.extend(p.institutions.iter());
    }
    seen.len() as u64
}

/// A region's institutions that count, as keys that are the same for the
/// same institution in another region.
fn institution_keys(r: &RegionData) -> BTreeSet<(Kind, String)> {
    r.schools()
        .iter()
        .filter(|s| s.counts())
        .map(|s| {
            let key = s
                .institution()
                .unwrap_or_else(|| format!("{}/{}", r.info.code, s.id.get_ref()));
            (s.kind, key)
        })
        .collect()
}

/// What the national caseload (and the staffing) needs of one region: its
/// row, its contracted time and its institutions (for the national count),
/// made while the region is loaded.
pub struct RegionPart {
    pub row: CaseloadRow,
    pub contracted: Option<i128>,
    pub institutions: BTreeSet<(Kind, String)>,
}

pub fn region_part(r: &RegionData, norms: Norms) -> RegionPart {
    RegionPart {
        row: region_row(r, norms),
        contracted: region_contracted(r),
        institutions: institution_keys(r),
    }
}

/// One region's caseload: its schools by kind and its coordinator's hours.
pub fn region_row(r: &RegionData, norms: Norms) -> CaseloadRow {
    let c = count(r, norms.unit);
    CaseloadRow {
        locations: Some(c.locations),
        institutions: Some(c.institutions),
        left_out: c.left_out,
        ..row(
            Some(r.info.code),
            r.info.name.to_string(),
            Some((c.pro, c.vso)),
            c.pro + c.vso,
            region_contracted(r),
            norms,
        )
    }
}

/// The caseload of every region from its part (in region order), with a
/// national total.
pub fn from_parts(parts: Vec<RegionPart>, norms: Norms) -> CaseloadReport {
    let total = (!parts.is_empty()).then(|| {
        let rows = || parts.iter().map(|p| &p.row);
        let pro = rows().filter_map(|r| r.schools_pro).sum();
        let vso = rows().filter_map(|r| r.schools_vso).sum();
        // Unknown in one region makes the national figure unknown.
        let contracted = parts.iter().map(|p| p.contracted).sum::<Option<i128>>();
        CaseloadRow {
            locations: Some(rows().filter_map(|r| r.locations).sum()),
            institutions: Some(institutions(&parts)),
            left_out: rows().map(|r| r.left_out).sum(),
            ..row(
                None,
                "total".into(),
                Some((pro, vso)),
                pro + vso,
                contracted,
                norms,
            )
        }
    });
    CaseloadReport {
        norms,
        full_time: full_time(norms),
        regions: parts.into_iter().map(|p| p.row).collect(),
        total,
    }
}

/// `--schools N`: size a vacancy without any data.
pub fn vacancy(schools: u64, norms: Norms) -> CaseloadReport {
    CaseloadReport {
        norms,
        full_time: full_time(norms),
        regions: vec![row(
            None,
            format!("{schools} schools"),
            None,
            schools,
            None,
            norms,
        )],
        total: None,
    }
}

/// Command-line values that take precedence over vsopro.toml, in whole minutes.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NormOverrides {
    pub minutes_per_school: Option<u64>,
    pub week_minutes: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const N36: Norms = Norms {
        minutes_per_school: 80,
        week_minutes: 36 * 60,
        unit: Unit::Location,
    };
    const N40: Norms = Norms {
        minutes_per_school: 80,
        week_minutes: 40 * 60,
        unit: Unit::Location,
    };

    fn hm(t: WeekTime) -> (u64, u64) {
        (t.hours, t.rest_minutes)
    }

    #[test]
    fn five_schools() {
        let r = row(None, "x".into(), None, 5, None, N36);
        assert_eq!(hm(r.required), (6, 40));
        assert_eq!(r.required_hours, 6.67);
        assert_eq!(r.required_fte, 0.19);
    }

    #[test]
    fn twenty_seven_schools_fill_a_36_hour_week() {
        let r = row(None, "x".into(), None, 27, None, N36);
        assert_eq!(hm(r.required), (36, 0));
        assert_eq!(r.required_fte, 1.00);
    }

    #[test]
    fn thirty_schools_need_40_hours() {
        let r = row(None, "x".into(), None, 30, None, N36);
        assert_eq!(hm(r.required), (40, 0));
        assert_eq!(r.required_fte, 1.11);
        assert_eq!(
            row(None, "x".into(), None, 30, None, N40).required_fte,
            1.00
        );
    }

    #[test]
    fn full_time_caseloads() {
        assert_eq!(full_time(N36).schools_per_week, 27);
        assert_eq!(full_time(N40).schools_per_week, 30);
        assert_eq!(full_time(N36).schools_per_8_hour_day, 6);
        assert_eq!(full_time(N36).hours_for_30_schools, 40.0);
        assert_eq!(full_time(N36).schools_per_36_hour_week, 27);
        assert_eq!(full_time(N36).schools_per_40_hour_week, 30);
    }

    #[test]
    fn gap_is_required_minus_contracted() {
        let r = row(None, "x".into(), None, 5, Some(240), N36);
        assert_eq!(r.gap_hours, Some(2.67));
        assert_eq!(r.gap_fte, Some(0.07));
        let over = row(None, "x".into(), None, 3, Some(480), N36);
        assert_eq!(over.gap_hours, Some(-4.0));
        let none = row(None, "x".into(), None, 30, Some(2400), N36);
        assert_eq!(none.gap_hours, Some(0.0));
    }

    #[test]
    fn contracted_hours_by_status() {
        assert_eq!(contracted_minutes(CoordinatorStatus::Appointed, None), None);
        assert_eq!(
            contracted_minutes(CoordinatorStatus::Recruiting, None),
            Some(0)
        );
        assert_eq!(
            contracted_minutes(CoordinatorStatus::Appointed, Some(8.0)),
            Some(480)
        );
    }

    #[test]
    fn rounding_is_exact_half_away_from_zero() {
        assert_eq!(ratio2(1, 8), 0.13);
        assert_eq!(ratio2(-1, 8), -0.13);
        assert_eq!(ratio2(0, 7), 0.0);
        // 7 schools at 80 min: 560 min = 9.333 h.
        assert_eq!(hours2(560), 9.33);
    }

    #[test]
    fn the_largest_vacancy_does_not_overflow() {
        let r = row(None, "x".into(), None, u64::MAX / 80, None, N36);
        assert_eq!(r.required.minutes, u64::MAX / 80 * 80);
        assert!(required_time(u64::MAX, N36).is_none());
    }
}
