//! Coordinator staffing over all 35 regions, with or without data.

use super::caseload::{self, Norms, round2};
use crate::load::Dataset;
use crate::model::{CoordinatorStatus, Date, Scale};
use crate::registry::REGIONS;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StaffingStatus {
    Appointed,
    Recruiting,
    Exploring,
    None,
    /// The region has no folder under regions/.
    Unknown,
}

impl StaffingStatus {
    pub const ALL: [StaffingStatus; 5] = [
        StaffingStatus::Appointed,
        StaffingStatus::Recruiting,
        StaffingStatus::Exploring,
        StaffingStatus::None,
        StaffingStatus::Unknown,
    ];

    /// The JSON spelling, also used as a CSS class and in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            StaffingStatus::Appointed => "appointed",
            StaffingStatus::Recruiting => "recruiting",
            StaffingStatus::Exploring => "exploring",
            StaffingStatus::None => "none",
            StaffingStatus::Unknown => "unknown",
        }
    }
}

impl From<CoordinatorStatus> for StaffingStatus {
    fn from(s: CoordinatorStatus) -> Self {
        match s {
            CoordinatorStatus::Appointed => StaffingStatus::Appointed,
            CoordinatorStatus::Recruiting => StaffingStatus::Recruiting,
            CoordinatorStatus::Exploring => StaffingStatus::Exploring,
            CoordinatorStatus::None => StaffingStatus::None,
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
    let rows: Vec<StaffingRow> = REGIONS
        .iter()
        .map(|info| {
            let Some(region) = data.regions.iter().find(|r| r.info.code == info.code) else {
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
            let c = region.region.value.as_ref().map(|f| &f.coordinator);
            let cl = &caseload::region_row(region, norms);
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
                contracted_fte: cl.contracted_hours.map(|h| caseload::fte(h, norms)),
                gap_fte: cl.gap_fte,
            }
        })
        .collect();
    let count = |s: StaffingStatus| rows.iter().filter(|r| r.status == s).count() as u64;
    let required: f64 = rows.iter().filter_map(|r| r.required_hours).sum();
    let contracted: f64 = rows.iter().filter_map(|r| r.contracted_hours).sum();
    let totals = StaffingTotals {
        regions: rows.len() as u64,
        appointed: count(StaffingStatus::Appointed),
        recruiting: count(StaffingStatus::Recruiting),
        exploring: count(StaffingStatus::Exploring),
        none: count(StaffingStatus::None),
        unknown: count(StaffingStatus::Unknown),
        required_fte: caseload::fte(required, norms),
        contracted_fte: caseload::fte(contracted, norms),
        gap_fte: round2(caseload::fte(required, norms) - caseload::fte(contracted, norms)),
    };
    StaffingReport {
        norms,
        regions: rows,
        totals,
    }
}
