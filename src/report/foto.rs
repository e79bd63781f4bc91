//! The regionale foto (role C): the region, its schools, the tables, plans,
//! projects and developments that matter for pro/vso and those that do not,
//! the knelpunten with their actions, and the theme coverage.

use super::caseload::{self, CaseloadRow, Norms};
use super::themes::{self, ThemeCell};
use crate::load::RegionData;
use crate::model::*;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct FotoReport {
    pub code: &'static str,
    pub name: &'static str,
    pub slug: &'static str,
    /// The date the foto describes (`--today`).
    pub date: NaiveDate,
    pub centrumgemeente: Option<String>,
    pub municipalities: Vec<String>,
    pub coordinator: Option<FotoCoordinator>,
    pub caseload: CaseloadRow,
    pub schools: Vec<FotoSchool>,
    /// Relevant overlegtafels, grouped by level (bestuurlijk, beleidsmatig, operationeel).
    pub overlegtafels: Vec<FotoLevel>,
    /// Relevant plans, projects and developments.
    pub initiatives: Vec<FotoInitiative>,
    /// Everything judged not relevant for pro/vso, with the reason.
    pub not_relevant: Vec<NotRelevant>,
    pub knelpunten: Vec<FotoKnelpunt>,
    /// Actions that address no knelpunt.
    pub other_actions: Vec<FotoAction>,
    pub themes: Vec<ThemeCell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoCoordinator {
    pub status: CoordinatorStatus,
    pub name: Option<String>,
    pub hours_per_week: Option<f64>,
    pub since: Option<Date>,
    pub scale: Option<Scale>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoSchool {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub brin: Option<String>,
    pub municipality: Option<String>,
    pub board: Option<String>,
    pub students: Option<i64>,
    pub profiles: Vec<Profile>,
    pub cluster: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoLevel {
    pub level: Level,
    pub tables: Vec<FotoTable>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoTable {
    pub id: String,
    pub name: String,
    pub organizer: Option<String>,
    pub partners: Vec<String>,
    pub frequency: Option<String>,
    /// `coordinator`, `none`, or the name of the school that represents the schools.
    pub represented_by: Option<String>,
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InitiativeKind {
    Plan,
    Project,
    Development,
}

impl InitiativeKind {
    pub const ALL: [InitiativeKind; 3] = [
        InitiativeKind::Plan,
        InitiativeKind::Project,
        InitiativeKind::Development,
    ];

    /// The JSON spelling, also the TOML table name.
    pub fn as_str(self) -> &'static str {
        match self {
            InitiativeKind::Plan => "plan",
            InitiativeKind::Project => "project",
            InitiativeKind::Development => "development",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoInitiative {
    pub kind: InitiativeKind,
    pub id: String,
    pub name: String,
    pub owner: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub funding: Option<String>,
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotRelevant {
    /// `overlegtafel`, `plan`, `project` or `development`.
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoKnelpunt {
    pub id: String,
    pub text: String,
    /// School names.
    pub schools: Vec<String>,
    pub themes: Vec<String>,
    /// The actions that address it; empty when none does.
    pub actions: Vec<FotoAction>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FotoAction {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub themes: Vec<String>,
    pub due: Option<Date>,
    pub example: bool,
}

fn texts(list: &Option<Spanned<Vec<Text>>>) -> Vec<String> {
    list.iter()
        .flat_map(|l| l.get_ref())
        .map(|t| t.get_ref().clone())
        .collect()
}

fn action(a: &Action) -> FotoAction {
    FotoAction {
        id: a.id.get_ref().clone(),
        title: a.title.clone(),
        status: a.status,
        themes: a
            .themes
            .get_ref()
            .iter()
            .map(|t| t.get_ref().clone())
            .collect(),
        due: a.due.as_ref().map(|d| *d.get_ref()),
        example: a.example,
    }
}

pub fn compute(r: &RegionData, norms: Norms, date: NaiveDate) -> FotoReport {
    let region = r.region.value.as_ref();
    let schools: &[School] = r.schools.value.as_ref().map_or(&[], |f| &f.schools);
    let school_name = |id: &str| {
        schools
            .iter()
            .find(|s| s.id.get_ref() == id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let coordinator = region.map(|f| FotoCoordinator {
        status: f.coordinator.status,
        name: f.coordinator.name.clone(),
        hours_per_week: f.coordinator.hours_per_week.as_ref().map(|h| *h.get_ref()),
        since: f.coordinator.since.as_ref().map(|d| *d.get_ref()),
        scale: f.coordinator.scale,
    });
    let caseload = caseload::region_row(r, norms);

    let mut foto_schools: Vec<FotoSchool> = schools
        .iter()
        .map(|s| FotoSchool {
            id: s.id.get_ref().clone(),
            name: s.name.clone(),
            kind: s.kind,
            brin: s.brin.as_ref().map(|b| b.get_ref().clone()),
            municipality: s.municipality.as_ref().map(|m| m.get_ref().clone()),
            board: s.board.clone(),
            students: s.students.as_ref().map(|n| *n.get_ref()),
            profiles: s
                .profiles
                .as_ref()
                .map(|p| p.get_ref().clone())
                .unwrap_or_default(),
            cluster: s.cluster.as_ref().map(|c| *c.get_ref()),
        })
        .collect();
    foto_schools.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));

    let o = r.overlegtafels.value.as_ref();
    let tables: Vec<&Overlegtafel> = o.iter().flat_map(|f| &f.overlegtafels).collect();
    let overlegtafels = Level::ALL
        .iter()
        .map(|&level| FotoLevel {
            level,
            tables: tables
                .iter()
                .filter(|t| t.level == level && t.is_relevant())
                .map(|t| FotoTable {
                    id: t.id.get_ref().clone(),
                    name: t.name.clone(),
                    organizer: t.organizer.clone(),
                    partners: t.partners.clone(),
                    frequency: t.frequency.clone(),
                    represented_by: t
                        .represented_by
                        .as_ref()
                        .map(|b| match b.get_ref().as_str() {
                            who @ ("coordinator" | "none") => who.to_string(),
                            id => school_name(id),
                        }),
                    themes: texts(&t.themes),
                })
                .collect(),
        })
        .filter(|l| !l.tables.is_empty())
        .collect();

    let lists = o.map(|f| [&f.plans, &f.projects, &f.developments]);
    let all_initiatives: Vec<(InitiativeKind, &Initiative)> = lists
        .iter()
        .flat_map(|ls| InitiativeKind::ALL.iter().zip(ls.iter()))
        .flat_map(|(k, list)| list.iter().map(move |i| (*k, i)))
        .collect();
    let initiatives = all_initiatives
        .iter()
        .filter(|(_, i)| i.is_relevant())
        .map(|(kind, i)| FotoInitiative {
            kind: *kind,
            id: i.id.get_ref().clone(),
            name: i.name.clone(),
            owner: i.owner.clone(),
            start: i.start.as_ref().map(|d| *d.get_ref()),
            end: i.end.as_ref().map(|d| *d.get_ref()),
            funding: i.funding.clone(),
            themes: texts(&i.themes),
        })
        .collect();
    let not_relevant = tables
        .iter()
        .filter(|t| !t.is_relevant())
        .map(|t| ("overlegtafel", &t.id, &t.name, &t.reason))
        .chain(
            all_initiatives
                .iter()
                .filter(|(_, i)| !i.is_relevant())
                .map(|(kind, i)| (kind.as_str(), &i.id, &i.name, &i.reason)),
        )
        .map(|(kind, id, name, reason)| NotRelevant {
            kind,
            id: id.get_ref().clone(),
            name: name.clone(),
            reason: reason.clone().unwrap_or_default(),
        })
        .collect();

    let actions: &[Action] = r.actions.value.as_ref().map_or(&[], |f| &f.actions);
    let knelpunten = r
        .actions
        .value
        .iter()
        .flat_map(|f| &f.knelpunten)
        .map(|k| FotoKnelpunt {
            id: k.id.get_ref().clone(),
            text: k.text.clone(),
            schools: k.schools.iter().map(|s| school_name(s.get_ref())).collect(),
            themes: texts(&k.themes),
            actions: actions
                .iter()
                .filter(|a| a.addresses.iter().any(|x| x.get_ref() == k.id.get_ref()))
                .map(action)
                .collect(),
        })
        .collect();
    let other_actions = actions
        .iter()
        .filter(|a| a.addresses.is_empty())
        .map(action)
        .collect();

    FotoReport {
        code: r.info.code,
        name: r.info.name,
        slug: r.info.slug,
        date,
        centrumgemeente: region.and_then(|f| f.centrumgemeente.clone()),
        municipalities: region
            .map(|f| {
                f.municipalities
                    .iter()
                    .map(|m| m.get_ref().clone())
                    .collect()
            })
            .unwrap_or_default(),
        coordinator,
        caseload,
        schools: foto_schools,
        overlegtafels,
        initiatives,
        not_relevant,
        knelpunten,
        other_actions,
        themes: themes::coverage(r),
    }
}
