//! Coordinator caseload: 1 h 20 min per school per week (configurable).

use crate::load::{Dataset, RegionData};
use crate::model::{CaseloadSettings, CoordinatorStatus, Kind};
use serde::Serialize;

/// The norms a caseload is computed with.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Norms {
    pub minutes_per_school: f64,
    pub hours_per_week: f64,
}

impl Norms {
    pub fn from_settings(s: &CaseloadSettings) -> Self {
        Norms {
            minutes_per_school: s.minutes_per_school(),
            hours_per_week: s.hours_per_week(),
        }
    }
}

/// A weekly amount of time, as whole minutes and split for h:mm display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekTime {
    /// Total minutes per week (rounded to whole minutes).
    pub minutes: u64,
    /// `minutes` as whole hours plus `rest_minutes` (for h:mm).
    pub hours: u64,
    pub rest_minutes: u64,
}

impl WeekTime {
    pub fn from_minutes(minutes: f64) -> Self {
        let minutes = minutes.max(0.0).round() as u64;
        WeekTime {
            minutes,
            hours: minutes / 60,
            rest_minutes: minutes % 60,
        }
    }
}

/// Rounds half away from zero to two decimals: the precision of every figure in the report.
pub fn round2(x: f64) -> f64 {
    // `+ 0.0` turns -0.0 (an empty f64 sum) into 0.0.
    (x * 100.0).round() / 100.0 + 0.0
}

/// The time a number of schools needs per week.
pub fn required_time(schools: u64, norms: Norms) -> WeekTime {
    WeekTime::from_minutes(schools as f64 * norms.minutes_per_school)
}

/// Hours as a fraction of the working week, two decimals.
pub fn fte(hours: f64, norms: Norms) -> f64 {
    round2(hours / norms.hours_per_week)
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
    let per = |minutes: f64| (minutes / norms.minutes_per_school + 1e-9).floor() as u64;
    FullTime {
        schools_per_week: per(norms.hours_per_week * 60.0),
        schools_per_8_hour_day: per(8.0 * 60.0),
        schools_per_36_hour_week: per(36.0 * 60.0),
        schools_per_40_hour_week: per(40.0 * 60.0),
        hours_for_30_schools: round2(30.0 * norms.minutes_per_school / 60.0),
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
    pub schools: u64,
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

/// One row for `schools` schools with `contracted` hours.
pub fn row(
    code: Option<&'static str>,
    name: String,
    kinds: Option<(u64, u64)>,
    schools: u64,
    contracted: Option<f64>,
    norms: Norms,
) -> CaseloadRow {
    let required = required_time(schools, norms);
    let required_hours = required.minutes as f64 / 60.0;
    let gap = contracted.map(|c| required_hours - c);
    CaseloadRow {
        code,
        name,
        schools_pro: kinds.map(|k| k.0),
        schools_vso: kinds.map(|k| k.1),
        schools,
        required,
        required_hours: round2(required_hours),
        required_fte: fte(required_hours, norms),
        contracted_hours: contracted.map(round2),
        gap_hours: gap.map(round2),
        gap_fte: gap.map(|g| fte(g, norms)),
    }
}

/// The contracted hours of a region's coordinator, as far as known.
pub fn contracted_hours(status: CoordinatorStatus, hours: Option<f64>) -> Option<f64> {
    match (status, hours) {
        (_, Some(h)) => Some(h),
        (CoordinatorStatus::Appointed, None) => None,
        (_, None) => Some(0.0),
    }
}

/// One region's caseload: its schools by kind and its coordinator's hours.
pub fn region_row(r: &RegionData, norms: Norms) -> CaseloadRow {
    let schools = r.schools.value.iter().flat_map(|f| &f.schools);
    let pro = schools.clone().filter(|s| s.kind == Kind::Pro).count() as u64;
    let vso = schools.filter(|s| s.kind == Kind::Vso).count() as u64;
    let contracted = r.region.value.as_ref().and_then(|f| {
        contracted_hours(
            f.coordinator.status,
            f.coordinator.hours_per_week.as_ref().map(|h| *h.get_ref()),
        )
    });
    row(
        Some(r.info.code),
        r.info.name.to_string(),
        Some((pro, vso)),
        pro + vso,
        contracted,
        norms,
    )
}

/// Caseload of every loaded region, with a national total.
pub fn compute(data: &Dataset, norms: Norms) -> CaseloadReport {
    let regions: Vec<CaseloadRow> = data.regions.iter().map(|r| region_row(r, norms)).collect();
    let total = (!regions.is_empty()).then(|| {
        let pro = regions.iter().filter_map(|r| r.schools_pro).sum();
        let vso = regions.iter().filter_map(|r| r.schools_vso).sum();
        // Unknown in one region makes the national figure unknown.
        let contracted = regions
            .iter()
            .map(|r| r.contracted_hours)
            .sum::<Option<f64>>();
        row(
            None,
            "total".into(),
            Some((pro, vso)),
            pro + vso,
            contracted,
            norms,
        )
    });
    CaseloadReport {
        norms,
        full_time: full_time(norms),
        regions,
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

#[cfg(test)]
mod tests {
    use super::*;

    const N36: Norms = Norms {
        minutes_per_school: 80.0,
        hours_per_week: 36.0,
    };
    const N40: Norms = Norms {
        minutes_per_school: 80.0,
        hours_per_week: 40.0,
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
        let r = row(None, "x".into(), None, 5, Some(4.0), N36);
        assert_eq!(r.gap_hours, Some(2.67));
        assert_eq!(r.gap_fte, Some(0.07));
        let over = row(None, "x".into(), None, 3, Some(8.0), N36);
        assert_eq!(over.gap_hours, Some(-4.0));
        let none = row(None, "x".into(), None, 30, Some(40.0), N36);
        assert_eq!(none.gap_hours, Some(0.0));
    }

    #[test]
    fn contracted_hours_by_status() {
        assert_eq!(contracted_hours(CoordinatorStatus::Appointed, None), None);
        assert_eq!(
            contracted_hours(CoordinatorStatus::Recruiting, None),
            Some(0.0)
        );
        assert_eq!(
            contracted_hours(CoordinatorStatus::Appointed, Some(8.0)),
            Some(8.0)
        );
    }
}
