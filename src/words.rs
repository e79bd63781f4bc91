//! The words for the closed sets of values, in the language of the run,
//! from the message catalogue: one place for each set.

use crate::i18n::t;
use crate::model::{ApprovalStatus, EntityKind, Level, OutcomeMeasure, SlotStatus, Status};
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

/// What a goal measured from uitstroom.toml counts: `naar werk`, `na een
/// jaar nog op de plek`, ...
pub(crate) fn outcome_measure(m: OutcomeMeasure) -> String {
    match m {
        OutcomeMeasure::Work => t!("outcome-measure-work"),
        OutcomeMeasure::Education => t!("outcome-measure-education"),
        OutcomeMeasure::WorkOrEducation => t!("outcome-measure-work-or-education"),
        OutcomeMeasure::Dagbesteding => t!("outcome-measure-dagbesteding"),
        OutcomeMeasure::Durable1 => t!("outcome-measure-durable-1"),
        OutcomeMeasure::Durable2 => t!("outcome-measure-durable-2"),
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
    approved_change_list(changes).join(", ")
}

/// Each change since the approval in words.
pub(crate) fn approved_change_list(changes: &[crate::model::ApprovedChange]) -> Vec<String> {
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
        .collect()
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

/// How often an overlegtafel meets, in the run's language where the data
/// names a frequency people use in either language (`yearly`, `jaarlijks`,
/// `4x per jaar`, `three times a year`); any other text as written.
pub(crate) fn frequency(text: &str) -> String {
    frequency_in(crate::i18n::lang(), text)
}

fn frequency_in(lang: crate::i18n::Lang, text: &str) -> String {
    use crate::i18n::message_in;
    const EVERY: [(&str, &[&str]); 7] = [
        (
            "week",
            &[
                "weekly",
                "every week",
                "wekelijks",
                "elke week",
                "iedere week",
            ],
        ),
        (
            "two-weeks",
            &[
                "biweekly",
                "fortnightly",
                "every two weeks",
                "tweewekelijks",
                "om de week",
                "om de twee weken",
            ],
        ),
        (
            "month",
            &[
                "monthly",
                "every month",
                "maandelijks",
                "elke maand",
                "iedere maand",
            ],
        ),
        (
            "six-weeks",
            &[
                "six-weekly",
                "every six weeks",
                "zeswekelijks",
                "elke zes weken",
                "om de zes weken",
            ],
        ),
        (
            "quarter",
            &[
                "quarterly",
                "every quarter",
                "per kwartaal",
                "elk kwartaal",
                "ieder kwartaal",
                "driemaandelijks",
            ],
        ),
        (
            "half-year",
            &[
                "half-yearly",
                "biannually",
                "every six months",
                "halfjaarlijks",
                "elk half jaar",
            ],
        ),
        (
            "year",
            &[
                "yearly",
                "annually",
                "annual",
                "every year",
                "jaarlijks",
                "elk jaar",
                "ieder jaar",
                "eens per jaar",
            ],
        ),
    ];
    let clean = text.trim().to_lowercase();
    if let Some((every, _)) = EVERY
        .iter()
        .find(|(_, words)| words.contains(&clean.as_str()))
    {
        return message_in(lang, "frequency-every", &[("every", (*every).into())]);
    }
    // `4x per jaar`, `4 keer per jaar`, `4 times a year`, `twice a month`.
    let words: Vec<&str> = clean.split_whitespace().collect();
    let (times, rest): (Option<u32>, &[&str]) = match words.as_slice() {
        [n, "keer" | "times" | "maal", rest @ ..] => (n.parse().ok(), rest),
        ["twice", rest @ ..] => (Some(2), rest),
        ["once", rest @ ..] => (Some(1), rest),
        [n, rest @ ..] => (n.strip_suffix('x').and_then(|n| n.parse().ok()), rest),
        [] => (None, &[]),
    };
    let per = match rest {
        ["per" | "a" | "an" | "each" | "in", "jaar" | "year"] => Some("year"),
        ["per" | "a" | "each", "maand" | "month"] => Some("month"),
        ["per" | "a" | "each", "week"] => Some("week"),
        ["per" | "a" | "each", "kwartaal" | "quarter"] => Some("quarter"),
        _ => None,
    };
    match (times, per) {
        (Some(times @ 1..=99), Some(per)) => message_in(
            lang,
            "frequency-times",
            &[("times", times.into()), ("per", per.into())],
        ),
        _ => text.to_string(),
    }
}

/// A typed answer that means yes, in either language.
pub(crate) fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "j" | "ja" | "y" | "yes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_in_either_language_read_in_the_run_s() {
        use crate::i18n::Lang::{En, Nl};
        assert_eq!(frequency_in(Nl, "yearly"), "jaarlijks");
        assert_eq!(frequency_in(Nl, "Quarterly"), "per kwartaal");
        assert_eq!(frequency_in(Nl, "4 times a year"), "4x per jaar");
        assert_eq!(frequency_in(Nl, "zeswekelijks"), "zeswekelijks");
        assert_eq!(frequency_in(Nl, "na elke vakantie"), "na elke vakantie");
        assert_eq!(frequency_in(En, "4x per jaar"), "4 times a year");
        assert_eq!(frequency_in(En, "maandelijks"), "monthly");
        assert_eq!(frequency_in(En, "1x per jaar"), "once a year");
        assert_eq!(frequency_in(En, "2 keer per maand"), "twice a month");
    }
}
