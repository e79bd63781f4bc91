//! The words for the closed sets of values, in the language of the run,
//! from the message catalogue: one place for each set.

use crate::i18n::t;
use crate::model::{ApprovalStatus, EntityKind, Level, SlotStatus, Status};
use crate::report::staffing::StaffingStatus;

/// `school`, `overlegtafel`, `plan`, `project`, `ontwikkeling`, `knelpunt`,
/// `actie`, `doel` — the name of a kind of entity in running text.
pub(crate) fn entity(kind: EntityKind) -> String {
    match kind {
        EntityKind::School => t!("entity-school"),
        EntityKind::Overlegtafel => t!("entity-overlegtafel"),
        EntityKind::Plan => t!("entity-plan"),
        EntityKind::Project => t!("entity-project"),
        EntityKind::Development => t!("entity-development"),
        EntityKind::Knelpunt => t!("entity-knelpunt"),
        EntityKind::Action => t!("entity-action"),
        EntityKind::Goal => t!("entity-goal"),
        EntityKind::Theme => t!("entity-theme"),
    }
}

/// An action's status: `gepland`, `lopend`, `afgerond`, `vervallen`.
pub(crate) fn action_status(s: Status) -> String {
    match s {
        Status::Planned => t!("status-planned"),
        Status::Active => t!("status-active"),
        Status::Done => t!("status-done"),
        Status::Dropped => t!("status-dropped"),
    }
}

/// A region's coordinator status: `benoemd`, `werving loopt`, ...; `onbekend`
/// without data. In English the stable value (`appointed`).
pub(crate) fn staffing(s: StaffingStatus) -> String {
    match s {
        StaffingStatus::Appointed => t!("staffing-appointed"),
        StaffingStatus::Recruiting => t!("staffing-recruiting"),
        StaffingStatus::Exploring => t!("staffing-exploring"),
        StaffingStatus::None => t!("staffing-none"),
        StaffingStatus::Unknown => t!("staffing-unknown"),
    }
}

/// A jaarplan's approval status: `concept`, `ingediend`, `geaccordeerd`.
pub(crate) fn approval(s: ApprovalStatus) -> String {
    match s {
        ApprovalStatus::Draft => t!("approval-draft"),
        ApprovalStatus::Submitted => t!("approval-submitted"),
        ApprovalStatus::Approved => t!("approval-approved"),
    }
}

/// Where a quarter or year stands for its meeting: `gehouden`, `GEMIST`, ...
pub(crate) fn slot(s: SlotStatus) -> String {
    match s {
        SlotStatus::Held => t!("slot-held"),
        SlotStatus::Planned => t!("slot-planned"),
        SlotStatus::Missed => t!("slot-missed"),
        SlotStatus::Open => t!("slot-open"),
        SlotStatus::Upcoming => t!("slot-upcoming"),
    }
}

/// The level of an overlegtafel.
pub(crate) fn level(l: Level) -> String {
    match l {
        Level::Bestuurlijk => t!("level-bestuurlijk"),
        Level::Beleidsmatig => t!("level-beleidsmatig"),
        Level::Operationeel => t!("level-operationeel"),
    }
}

/// What changed since the approval, in one line: `doel x gewijzigd, periode
/// gewijzigd`.
pub(crate) fn approved_changes(changes: &[crate::model::ApprovedChange]) -> String {
    use crate::model::ApprovedChange as C;
    changes
        .iter()
        .map(|c| match c {
            C::Period { approved, now } => t!(
                "approved-change-period",
                approved = approved.replace('/', " – "),
                now = now.replace('/', " – ")
            ),
            C::GoalAdded { goal } => t!("approved-change-goal-added", goal = goal.as_str()),
            C::GoalRemoved { goal } => t!("approved-change-goal-removed", goal = goal.as_str()),
            C::GoalChanged { goal } => t!("approved-change-goal-changed", goal = goal.as_str()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What kind of change a progress event is: `Actie afgerond`, `Nieuw
/// knelpunt`, ...
pub(crate) fn event_kind(k: crate::report::voortgang::EventKind) -> String {
    use crate::report::voortgang::EventKind as E;
    match k {
        E::ActionAdded => t!("event-action-added"),
        E::ActionStarted => t!("event-action-started"),
        E::ActionCompleted => t!("event-action-completed"),
        E::ActionDropped => t!("event-action-dropped"),
        E::ActionReopened => t!("event-action-reopened"),
        E::ActionRemoved => t!("event-action-removed"),
        E::DueMoved => t!("event-due-moved"),
        E::KnelpuntAdded => t!("event-knelpunt-added"),
        E::KnelpuntResolved => t!("event-knelpunt-resolved"),
        E::KnelpuntRemoved => t!("event-knelpunt-removed"),
        E::GoalChanged => t!("event-goal-changed"),
        E::MeasurementRecorded => t!("event-measurement-recorded"),
        E::Approved => t!("event-approved"),
        E::InitiativeAdded => t!("event-initiative-added"),
        E::JudgedRelevant => t!("event-judged-relevant"),
        E::JudgedNotRelevant => t!("event-judged-not-relevant"),
        E::InitiativeRemoved => t!("event-initiative-removed"),
        E::SchoolAdded => t!("event-school-added"),
        E::SchoolRemoved => t!("event-school-removed"),
    }
}
