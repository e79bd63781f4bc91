//! Coordinator staffing over all 35 regions, with or without data.

use super::caseload::{self, Norms};
use crate::model::{CoordinatorStatus, Dataset, Date, Scale, str_enum};
use crate::registry::REGIONS;
use serde::Serialize;

str_enum! {
    /// A region's coordinator status, or `unknown` without data.
    pub enum StaffingStatus {
        Appointed = "appointed",
        Recruiting = "recruiting",
        Exploring = "exploring",
        None = "none",
        /// Not known: the region has no folder, or region.toml says so.
        Unknown = "unknown",
    }
}

impl From<CoordinatorStatus> for StaffingStatus {
    fn from(s: CoordinatorStatus) -> Self {
        match s {
            CoordinatorStatus::Appointed => StaffingStatus::Appointed,
            CoordinatorStatus::Recruiting => StaffingStatus::Recruiting,
            CoordinatorStatus::Exploring => StaffingStatus::Exploring,
            CoordinatorStatus::None => StaffingStatus::None,
            CoordinatorStatus::Unknown => StaffingStatus::Unknown,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StaffingRow {
    pub code: &'static str,
    pub name: &'static str,
    pub slug: &'static str,
    pub status: StaffingStatus,
    pub coordinator: Option<String>,
    pub since: Option<Date>,
    pub scale: Option<Scale>,
    /// Schools recorded in schools.toml; `null` without data.
    pub schools: Option<u64>,
    pub required_hours: Option<f64>,
    pub required_fte: Option<f64>,
    pub contracted_hours: Option<f64>,
    pub contracted_fte: Option<f64>,
    /// Required minus contracted FTE: positive means capacity missing.
    pub gap_fte: Option<f64>,
}

/// The national figures. Each aggregate says over how many of the 35
/// regions it goes: a region whose figure is not known is left out, never
/// counted as zero.
#[derive(Debug, Clone, Serialize)]
pub struct StaffingTotals {
    pub regions: u64,
    pub appointed: u64,
    pub recruiting: u64,
    pub exploring: u64,
    pub none: u64,
    pub unknown: u64,
    /// Regions with data (a folder): what the school counts cover.
    pub with_data: u64,
    pub schools: u64,
    pub pro: u64,
    pub vso: u64,
    /// Distinct institutions (BRIN) of the schools that count.
    pub institutions: u64,
    /// Over the regions with data.
    pub required_hours: f64,
    pub required_fte: f64,
    /// Regions whose contracted hours are known (zero where nobody is
    /// appointed or recruited; unknown for an appointed coordinator without
    /// hours and for status `unknown`).
    pub contracted_known: u64,
    /// Over those regions; `null` when no region's hours are known.
    pub contracted_fte: Option<f64>,
    /// Required minus contracted over the regions where both are known;
    /// `null` when there are none.
    pub gap_fte: Option<f64>,
    /// The gap as people say it: a shortfall or a surplus, never a
    /// negative shortfall.
    pub balance: Option<Balance>,
    /// The regions that need more than one FTE, largest need first.
    pub over_one_fte: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StaffingReport {
    pub norms: Norms,
    pub regions: Vec<StaffingRow>,
    pub totals: StaffingTotals,
}

/// The staffing of all 35 regions: the coordinator from each region's
/// region.toml in `data`, its caseload from its part (`parts` in the order
/// of `data.regions`, made by `caseload::region_part` with `norms`).
pub fn compute(data: &Dataset, parts: &[caseload::RegionPart], norms: Norms) -> StaffingReport {
    let mut required_minutes: i128 = 0;
    let mut contracted_minutes: Option<i128> = None;
    let mut gap_minutes: Option<i128> = None;
    let (mut schools, mut pro, mut vso, mut with_data, mut known) = (0, 0, 0, 0, 0);
    let mut needs: Vec<(i128, &'static str)> = Vec::new();
    let rows: Vec<StaffingRow> = REGIONS
        .iter()
        .map(|info| {
            let found = data.regions.iter().position(|r| r.info.code == info.code);
            let Some((region, part)) = found.map(|i| (&data.regions[i], &parts[i])) else {
                return StaffingRow {
                    code: info.code,
                    name: info.name,
                    slug: info.slug,
                    status: StaffingStatus::Unknown,
                    coordinator: None,
                    since: None,
                    scale: None,
                    schools: None,
                    required_hours: None,
                    required_fte: None,
                    contracted_hours: None,
                    contracted_fte: None,
                    gap_fte: None,
                };
            };
            let c = region.coordinator();
            let (cl, contracted) = (&part.row, part.contracted);
            let required = i128::from(cl.required.minutes);
            with_data += 1;
            schools += cl.schools;
            pro += cl.schools_pro.unwrap_or(0);
            vso += cl.schools_vso.unwrap_or(0);
            required_minutes += required;
            if required > i128::from(norms.week_minutes) {
                needs.push((required, info.name));
            }
            if let Some(m) = contracted {
                known += 1;
                *contracted_minutes.get_or_insert(0) += m;
                *gap_minutes.get_or_insert(0) += required - m;
            }
            StaffingRow {
                code: info.code,
                name: info.name,
                slug: info.slug,
                status: c.map_or(StaffingStatus::Unknown, |c| c.status.into()),
                coordinator: c.and_then(|c| c.name.clone()),
                since: c.and_then(|c| c.since.as_ref().map(|d| *d.get_ref())),
                scale: c.and_then(|c| c.scale),
                schools: Some(cl.schools),
                required_hours: Some(cl.required_hours),
                required_fte: Some(cl.required_fte),
                contracted_hours: cl.contracted_hours,
                contracted_fte: contracted.map(|m| caseload::fte(m, norms)),
                gap_fte: cl.gap_fte,
            }
        })
        .collect();
    needs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let count = |s: StaffingStatus| rows.iter().filter(|r| r.status == s).count() as u64;
    let totals = StaffingTotals {
        regions: rows.len() as u64,
        appointed: count(StaffingStatus::Appointed),
        recruiting: count(StaffingStatus::Recruiting),
        exploring: count(StaffingStatus::Exploring),
        none: count(StaffingStatus::None),
        unknown: count(StaffingStatus::Unknown),
        with_data,
        schools,
        pro,
        vso,
        institutions: caseload::institutions(parts),
        required_hours: caseload::hours2(required_minutes),
        required_fte: caseload::fte(required_minutes, norms),
        contracted_known: known,
        contracted_fte: contracted_minutes.map(|m| caseload::fte(m, norms)),
        gap_fte: gap_minutes.map(|m| caseload::fte(m, norms)),
        balance: gap_minutes.map(|m| Balance::of(caseload::fte(m, norms))),
        over_one_fte: needs.into_iter().map(|(_, name)| name).collect(),
    };
    StaffingReport {
        norms,
        regions: rows,
        totals,
    }
}

/// Required against contracted time: what is missing, what is more than
/// needed, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "fte")]
pub enum Balance {
    Shortfall(f64),
    Surplus(f64),
    Even,
}

impl Balance {
    /// From a gap in FTE (required minus contracted), rounded as shown.
    pub fn of(gap_fte: f64) -> Balance {
        if gap_fte > 0.0 {
            Balance::Shortfall(gap_fte)
        } else if gap_fte < 0.0 {
            Balance::Surplus(-gap_fte)
        } else {
            Balance::Even
        }
    }
}
