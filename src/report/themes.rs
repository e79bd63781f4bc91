//! Theme coverage: how many actions each region has on each ontwikkelthema.

use crate::model::{Action, Dataset, Date, RegionData, Role, Status};
use crate::registry::{THEMES, Theme};
use serde::Serialize;

/// Actions of one region on one theme, by status.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ThemeCell {
    pub theme: &'static str,
    pub planned: u64,
    pub active: u64,
    pub done: u64,
    pub dropped: u64,
    /// Actions that count: planned, active or done (not dropped).
    pub actions: u64,
    /// At least one action that is not dropped.
    pub addressed: bool,
    /// Not addressed by choice: the jaarplan leaves it for this year, with
    /// this reason.
    pub declined: Option<String>,
}

/// One cell per theme, in the order of `THEMES`.
pub fn coverage(r: &RegionData) -> Vec<ThemeCell> {
    let actions: Vec<&Action> = r.actions().iter().collect();
    THEMES
        .iter()
        .map(|t| {
            let mut cell = ThemeCell {
                theme: t.id,
                ..ThemeCell::default()
            };
            for a in actions.iter().filter(|a| a.has_theme(t.id)) {
                match a.status {
                    Status::Planned => cell.planned += 1,
                    Status::Active => cell.active += 1,
                    Status::Done => cell.done += 1,
                    Status::Dropped => cell.dropped += 1,
                }
            }
            cell.actions = cell.planned + cell.active + cell.done;
            cell.addressed = cell.actions > 0;
            if !cell.addressed {
                cell.declined = r
                    .jaarplan()
                    .and_then(|p| p.declined(t.id))
                    .map(str::to_string);
            }
            cell
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeRegionRow {
    pub code: &'static str,
    pub name: &'static str,
    pub slug: &'static str,
    pub themes: Vec<ThemeCell>,
    /// Ids of the themes no (non-dropped) action addresses.
    pub uncovered: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NationalCell {
    pub theme: &'static str,
    /// Regions with at least one non-dropped action on the theme.
    pub regions_addressing: u64,
    /// Non-dropped actions on the theme over all listed regions.
    pub actions: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemesReport {
    pub themes: &'static [Theme],
    pub regions: Vec<ThemeRegionRow>,
    pub national: Vec<NationalCell>,
}

pub fn compute(data: &Dataset) -> ThemesReport {
    from_rows(data.regions.iter().map(region_row).collect())
}

/// One region's row of the themes report: all it needs of the region, so
/// that the national report is made from rows made region by region.
pub fn region_row(r: &RegionData) -> ThemeRegionRow {
    let themes = coverage(r);
    let uncovered = themes
        .iter()
        .filter(|c| !c.addressed)
        .map(|c| c.theme)
        .collect();
    ThemeRegionRow {
        code: r.info.code,
        name: r.info.name,
        slug: r.info.slug,
        themes,
        uncovered,
    }
}

/// The themes report of the regions' rows (in region order), with the
/// national figures.
pub fn from_rows(regions: Vec<ThemeRegionRow>) -> ThemesReport {
    let national = THEMES
        .iter()
        .enumerate()
        .map(|(i, t)| NationalCell {
            theme: t.id,
            regions_addressing: regions.iter().filter(|r| r.themes[i].addressed).count() as u64,
            actions: regions.iter().map(|r| r.themes[i].actions).sum(),
        })
        .collect();
    ThemesReport {
        themes: THEMES,
        regions,
        national,
    }
}

/// One action in the kennismakelaar's list for a theme.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeAction {
    pub region_code: &'static str,
    pub region: &'static str,
    pub region_slug: &'static str,
    pub id: String,
    pub title: String,
    pub status: Status,
    pub example: bool,
    pub role: Option<Role>,
    pub owner: Option<String>,
    pub due: Option<Date>,
    pub schools: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ThemeActionsReport {
    pub theme: Theme,
    /// Regions with at least one action on the theme.
    pub regions: u64,
    /// Actions marked `example = true`.
    pub examples: u64,
    /// Good practices (`example = true`) first, then by region and id.
    pub actions: Vec<ThemeAction>,
}

pub fn for_theme(data: &Dataset, theme: &Theme) -> ThemeActionsReport {
    let actions = data
        .regions
        .iter()
        .flat_map(|r| theme_actions(r, theme))
        .collect();
    from_actions(theme, actions)
}

/// One region's actions on the theme, as the kennismakelaar's list shows
/// them.
pub fn theme_actions(r: &RegionData, theme: &Theme) -> Vec<ThemeAction> {
    r.actions()
        .iter()
        .filter(|a| a.has_theme(theme.id))
        .map(|a| ThemeAction {
            region_code: r.info.code,
            region: r.info.name,
            region_slug: r.info.slug,
            id: a.id.get_ref().clone(),
            title: a.title.clone(),
            status: a.status,
            example: a.example,
            role: a.role,
            owner: a.owner.clone(),
            due: a.due.as_ref().map(|d| *d.get_ref()),
            schools: a.schools.len() as u64,
        })
        .collect()
}

/// The list for a theme of the actions of every region on it.
pub fn from_actions(theme: &Theme, mut actions: Vec<ThemeAction>) -> ThemeActionsReport {
    actions.sort_by(|a, b| {
        (!a.example, a.region_code, &a.id).cmp(&(!b.example, b.region_code, &b.id))
    });
    let mut regions: Vec<&str> = actions.iter().map(|a| a.region_code).collect();
    regions.sort();
    regions.dedup();
    ThemeActionsReport {
        theme: *theme,
        regions: regions.len() as u64,
        examples: actions.iter().filter(|a| a.example).count() as u64,
        actions,
    }
}
