use crate::registry::{REGIONS, Region};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct RegionsReport {
    /// How many of the 35 have a folder under regions/.
    pub with_data: usize,
    pub regions: Vec<RegionRow>,
}

#[derive(Debug, Serialize)]
pub struct RegionRow {
    pub code: &'static str,
    pub name: &'static str,
    pub slug: &'static str,
    pub aliases: &'static [&'static str],
    pub has_data: bool,
}

/// The 35 official regions in CBS code order, marking those that have a folder.
pub fn compute(with_data: &[&Region]) -> RegionsReport {
    let regions: Vec<RegionRow> = REGIONS
        .iter()
        .map(|r| RegionRow {
            code: r.code,
            name: r.name,
            slug: r.slug,
            aliases: r.aliases,
            has_data: with_data.iter().any(|d| d.code == r.code),
        })
        .collect();
    RegionsReport {
        with_data: regions.iter().filter(|r| r.has_data).count(),
        regions,
    }
}
