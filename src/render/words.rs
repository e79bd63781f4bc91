//! The words for the reports' own closed sets of values (a staffing
//! status, a protected figure, a progress event), in the language of the
//! run: the model's sets are `crate::words`.

use crate::i18n::t;
use crate::report::staffing::StaffingStatus;

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

/// A count as a report shows it: the number, or what protects it
/// (`< 5`, `x`).
pub(crate) fn figure(f: crate::report::disclosure::Figure) -> String {
    use crate::report::disclosure::Figure;
    match f {
        Figure::Count(n) => n.to_string(),
        Figure::Small => t!("figure-small"),
        Figure::Hidden => t!("figure-hidden"),
    }
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
        E::RoundOpened => t!("event-round-opened"),
        E::VoteCast => t!("event-vote-cast"),
        E::Approved => t!("event-approved"),
        E::InitiativeAdded => t!("event-initiative-added"),
        E::JudgedRelevant => t!("event-judged-relevant"),
        E::JudgedNotRelevant => t!("event-judged-not-relevant"),
        E::InitiativeRemoved => t!("event-initiative-removed"),
        E::SchoolAdded => t!("event-school-added"),
        E::SchoolRemoved => t!("event-school-removed"),
        E::OutcomeRecorded => t!("event-outcome-recorded"),
        E::OutcomeChanged => t!("event-outcome-changed"),
    }
}
