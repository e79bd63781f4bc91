//! The words for the closed sets of values, in the language of the run,
//! from the message catalogue: one place for each set.

use crate::i18n::t;
use crate::model::{
    ApprovalStatus, CoordinatorStatus, EntityKind, Level, OutcomeMeasure, PartnerKind, SlotStatus,
    Status, TargetGroup,
};

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

/// A coordinator's status as the files have it: `benoemd`, `werving
/// loopt`, `verkenning`, `geen`, `onbekend` (the staffing's words).
pub(crate) fn coordinator_status(s: CoordinatorStatus) -> String {
    match s {
        CoordinatorStatus::Appointed => t!("staffing-appointed"),
        CoordinatorStatus::Recruiting => t!("staffing-recruiting"),
        CoordinatorStatus::Exploring => t!("staffing-exploring"),
        CoordinatorStatus::None => t!("staffing-none"),
        CoordinatorStatus::Unknown => t!("staffing-unknown"),
    }
}

/// The kind of partner a practice works with: `werkgevers`, `gemeente`, …
pub(crate) fn partner(k: PartnerKind) -> String {
    crate::i18n::message(&format!("partner-{}", k.as_str()), &[])
}

/// Whom a practice is for: `pro`, `vso`, …
pub(crate) fn target(k: TargetGroup) -> String {
    crate::i18n::message(&format!("target-{}", k.as_str()), &[])
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
