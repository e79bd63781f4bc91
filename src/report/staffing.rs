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

#[derive(Debug, Clone, Serialize)]
pub struct StaffingTotals {
    pub regions: u64,
    pub appointed: u64,
    pub recruiting: u64,
    pub exploring: u64,
    pub none: u64,
    pub unknown: u64,
    /// Over the regions with data.
    pub required_fte: f64,
    /// Over the regions that record contracted hours.
    pub contracted_fte: f64,
    pub gap_fte: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct StaffingReport {
    pub norms: Norms,
    pub regions: Vec<StaffingRow>,
    pub totals: StaffingTotals,
}

pub fn compute(data: &Dataset, norms: Norms) -> StaffingReport {
    let mut required_minutes: i128 = 0;
    let mut contracted_minutes: i128 = 0;
    let rows: Vec<StaffingRow> = REGIONS
        .iter()
        .map(|info| {
            let Some(region) = data.region(info.code) else {
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
            let cl = caseload::region_row(region, norms);
            let contracted = caseload::region_contracted(region);
            required_minutes += i128::from(cl.required.minutes);
            contracted_minutes += contracted.unwrap_or(0);
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
    let count = |s: StaffingStatus| rows.iter().filter(|r| r.status == s).count() as u64;
    let totals = StaffingTotals {
        regions: rows.len() as u64,
        appointed: count(StaffingStatus::Appointed),
        recruiting: count(StaffingStatus::Recruiting),
        exploring: count(StaffingStatus::Exploring),
        none: count(StaffingStatus::None),
        unknown: count(StaffingStatus::Unknown),
        required_fte: caseload::fte(required_minutes, norms),
        contracted_fte: caseload::fte(contracted_minutes, norms),
        gap_fte: caseload::fte(required_minutes - contracted_minutes, norms),
    };
    StaffingReport {
        norms,
        regions: rows,
        totals,
    }
}
