//! Dutch words for the closed sets of values, for the documents that go to
//! school directors (the foto and the site). One table per set, used by both.

use crate::model::{ApprovalStatus, EntityKind, InitiativeKind, Level, SlotStatus, Status};
use crate::report::staffing::StaffingStatus;

pub(crate) fn action_status(s: Status) -> &'static str {
    match s {
        Status::Planned => "gepland",
        Status::Active => "lopend",
        Status::Done => "afgerond",
        Status::Dropped => "vervallen",
    }
}

/// Also for a region's coordinator status (`CoordinatorStatus` converts).
pub(crate) fn staffing(s: StaffingStatus) -> &'static str {
    match s {
        StaffingStatus::Appointed => "benoemd",
        StaffingStatus::Recruiting => "werving loopt",
        StaffingStatus::Exploring => "verkenning",
        StaffingStatus::None => "geen coördinator",
        StaffingStatus::Unknown => "onbekend (geen gegevens)",
    }
}

pub(crate) fn approval(s: ApprovalStatus) -> &'static str {
    match s {
        ApprovalStatus::Draft => "concept",
        ApprovalStatus::Submitted => "voorgelegd",
        ApprovalStatus::Approved => "geaccordeerd",
    }
}

pub(crate) fn level(l: Level) -> &'static str {
    match l {
        Level::Bestuurlijk => "Bestuurlijk",
        Level::Beleidsmatig => "Beleidsmatig",
        Level::Operationeel => "Operationeel",
    }
}

/// `overlegtafel`, or the kind of a plan, project or development.
pub(crate) fn entity(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Development => "ontwikkeling",
        other => other.as_str(),
    }
}

pub(crate) fn initiative(k: InitiativeKind) -> &'static str {
    match k {
        InitiativeKind::Plan => "plan",
        InitiativeKind::Project => "project",
        InitiativeKind::Development => "ontwikkeling",
    }
}

pub(crate) fn slot(s: SlotStatus) -> &'static str {
    match s {
        SlotStatus::Held => "gehouden",
        SlotStatus::Missed => "gemist",
        SlotStatus::Open => "nog te houden",
        SlotStatus::Upcoming => "komt nog",
    }
}
