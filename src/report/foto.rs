//! The regionale foto (role C): the region, its schools, the tables, plans,
//! projects and developments that matter for pro/vso and those that do not,
//! the knelpunten with their actions, and the theme coverage.

use super::caseload::{self, CaseloadRow, Norms};
use super::themes::{self, ThemeCell};
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
    /// The jaarplan's meetings with their notes and decisions.
    pub meetings: Vec<super::jaarplan::MeetingReport>,
    /// Whether the jaarplan is approved, and still as approved; `null`
    /// without a jaarplan or without [approval].
    pub approval: Option<super::jaarplan::ApprovalReport>,
    /// The region has a jaarplan.
    pub has_jaarplan: bool,
    /// Where the leavers went: exact for the region's own documents,
    /// protected where the foto leaves the region (the site); `null`
    /// without uitstroom.toml figures.
    pub uitstroom: Option<super::uitstroom::UitstroomReport>,
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
    pub kind: EntityKind,
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
    /// Solved on this date (on or before the reference date).
    pub resolved: Option<Date>,
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

fn action(a: &Action) -> FotoAction {
    FotoAction {
        id: a.id.get_ref().clone(),
        title: a.title.clone(),
        status: a.status,
        themes: theme_ids(&Some(a.themes.clone())),
        due: a.due.as_ref().map(|d| *d.get_ref()),
        example: a.example,
    }
}

pub fn compute(r: &RegionData, norms: Norms, quorum: Quorum, date: NaiveDate) -> FotoReport {
    let region = r.region_file();
    // Indexes, not a search per reference: a large region has hundreds of
    // knelpunten, actions and schools.
    let schools = r.schools_by_id();
    let by_knelpunt = r.actions_by_knelpunt();
    let school_name = |id: &str| {
        schools
            .get(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    let coordinator = r.coordinator().map(|c| FotoCoordinator {
        status: c.status,
        name: c.name.clone(),
        hours_per_week: c.hours_per_week.as_ref().map(|h| *h.get_ref()),
        since: c.since.as_ref().map(|d| *d.get_ref()),
        scale: c.scale,
    });
    let caseload = caseload::region_row(r, norms);

    let mut schools: Vec<FotoSchool> = r
        .schools()
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
    schools.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));

    let tables = r.overlegtafels();
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
                    represented_by: t.representative().map(|who| match who {
                        Representative::Coordinator => "coordinator".to_string(),
                        Representative::Nobody => "none".to_string(),
                        Representative::School(id) => school_name(id.get_ref()),
                    }),
                    themes: theme_ids(&t.themes),
                })
                .collect(),
        })
        .filter(|l| !l.tables.is_empty())
        .collect();

    let initiatives = r
        .initiatives()
        .filter(|(_, i)| i.is_relevant())
        .map(|(kind, i)| FotoInitiative {
            kind,
            id: i.id.get_ref().clone(),
            name: i.name.clone(),
            owner: i.owner.clone(),
            start: i.start.as_ref().map(|d| *d.get_ref()),
            end: i.end.as_ref().map(|d| *d.get_ref()),
            funding: i.funding.clone(),
            themes: theme_ids(&i.themes),
        })
        .collect();
    let not_relevant = tables
        .iter()
        .filter(|t| !t.is_relevant())
        .map(|t| (EntityKind::Overlegtafel, &t.id, &t.name, &t.reason))
        .chain(
            r.initiatives()
                .filter(|(_, i)| !i.is_relevant())
                .map(|(kind, i)| (kind.into(), &i.id, &i.name, &i.reason)),
        )
        .map(|(kind, id, name, reason)| NotRelevant {
            kind,
            id: id.get_ref().clone(),
            name: name.clone(),
            reason: reason.clone().unwrap_or_default(),
        })
        .collect();

    let knelpunten = r
        .knelpunten()
        .iter()
        .map(|k| FotoKnelpunt {
            id: k.id.get_ref().clone(),
            text: k.text.clone(),
            schools: k.schools.iter().map(|s| school_name(s.get_ref())).collect(),
            themes: theme_ids(&k.themes),
            actions: by_knelpunt
                .get(k.id.get_ref().as_str())
                .into_iter()
                .flatten()
                .map(|a| action(a))
                .collect(),
            resolved: k
                .resolved
                .as_ref()
                .map(|d| *d.get_ref())
                .filter(|_| !k.is_open(date)),
        })
        .collect();
    let other_actions = r
        .actions()
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
        municipalities: r
            .municipalities()
            .iter()
            .map(|m| m.get_ref().clone())
            .collect(),
        coordinator,
        caseload,
        schools,
        overlegtafels,
        initiatives,
        not_relevant,
        knelpunten,
        other_actions,
        themes: themes::coverage(r),
        meetings: r
            .jaarplan()
            .map(|p| super::jaarplan::meetings(p, date))
            .unwrap_or_default(),
        approval: r
            .jaarplan()
            .and_then(|p| super::jaarplan::approval(p, r.schools(), quorum, date)),
        has_jaarplan: r.jaarplan().is_some(),
        uitstroom: (!r.outcomes().is_empty())
            .then(|| super::uitstroom::compute(&[r], None, super::uitstroom::Audience::Region)),
    }
}
