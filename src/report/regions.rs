use crate::load::REGIONS_DIR;
use crate::registry::REGIONS;
use serde::Serialize;
use std::path::Path;

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

/// The 35 official regions in CBS code order; `root` is None outside a data folder.
pub fn compute(root: Option<&Path>) -> RegionsReport {
    let regions: Vec<RegionRow> = REGIONS
        .iter()
        .map(|r| RegionRow {
            code: r.code,
            name: r.name,
            slug: r.slug,
            aliases: r.aliases,
            has_data: root.is_some_and(|root| root.join(REGIONS_DIR).join(r.slug).is_dir()),
        })
        .collect();
    RegionsReport {
        with_data: regions.iter().filter(|r| r.has_data).count(),
        regions,
    }
}
