//! Diagnostics: what went wrong (the code and message) kept apart from where
//! (file and span), so that every renderer shows the same facts.

use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Worth a look, never a failure (not even with `--deny-warnings`).
    Hint,
}

impl Severity {
    /// The stable spelling (JSON, CSV codes): `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }

    /// The word people read: `fout` or `warning`, in the run's language.
    pub fn word(self) -> String {
        match self {
            Severity::Error => crate::i18n::message("severity-error", &[]),
            Severity::Warning => crate::i18n::message("severity-warning", &[]),
            Severity::Hint => crate::i18n::message("severity-hint", &[]),
        }
    }
}

macro_rules! codes {
    ($($variant:ident $name:literal $sev:ident $desc:literal,)*) => {
        /// Every diagnostic vsopro can produce. The kebab-case name is stable:
        /// scripts and CI configurations may match on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant),* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name),* }
            }

            pub fn from_name(name: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.name() == name)
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev),* }
            }

            /// The example of `vsopro uitleg`: the fixture's `fix.toml`, which
            /// the tests apply to the fixture that shows this code.
            pub fn example_source(self) -> &'static str {
                match self {
                    $(Code::$variant => include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check/", $name, "/fix.toml"
                    ))),*
                }
            }

            /// What the code means, in the language of the run (the English
            /// text here is the catalogue's key comment, for readers of the code).
            pub fn description(self) -> String {
                let _english = match self { $(Code::$variant => $desc),* };
                crate::i18n::message(&format!("code-{}", self.name()), &[])
            }
        }
    };
}

codes! {
    TomlSyntax "toml-syntax" Error "the file is not valid TOML",
    CurlyQuotes "curly-quotes" Error "typographic quotes (as from Word) where TOML needs straight quotes",
    UnreadableFile "unreadable-file" Error "a file cannot be read, is not UTF-8 or is too large",
    UnknownKey "unknown-key" Error "a key that this kind of table does not have (typo?)",
    WrongType "wrong-type" Error "a value of the wrong type, e.g. a number where text is expected",
    MissingKey "missing-key" Error "a required key is missing",
    InvalidValue "invalid-value" Error "a value outside the allowed set (status, level, kind, ...)",
    InvalidDate "invalid-date" Error "a date that is not a plain TOML date such as 2026-03-01",
    EndBeforeStart "end-before-start" Error "a period whose end lies before its start",
    EmptyId "empty-id" Error "an id without any visible character",
    InvalidId "invalid-id" Error "an id that is not kebab-case (lower-case letters, digits and single hyphens) or is longer than 80 characters",
    DuplicateId "duplicate-id" Error "two entries of the same kind in a region share an id",
    UnknownReference "unknown-reference" Error "a reference to an id that the region does not define",
    UnknownRegion "unknown-region" Error "a folder under regions/ that is not an official arbeidsmarktregio",
    RegionNameMismatch "region-name-mismatch" Error "region.toml `name` is not the official name (or an alias) of its folder",
    RegionCodeMismatch "region-code-mismatch" Error "region.toml `code` is not the CBS code of its folder",
    VsoOnlyField "vso-only-field" Error "`profiles` or `cluster` on a pro school",
    InvalidCluster "invalid-cluster" Error "a vso cluster outside 1-4",
    InvalidBrin "invalid-brin" Error "a BRIN that is not 2 digits + 2 letters (e.g. 12AB)",
    NegativeCount "negative-count" Error "a number of pupils below zero",
    InvalidHours "invalid-hours" Error "a coordinator's hours per week that are not a number from 0 to 60",
    EmptyThemes "empty-themes" Error "a `themes` list that is empty",
    UnknownTheme "unknown-theme" Error "a theme that is not one of the seven ontwikkelthema's",
    MissingReason "missing-reason" Error "`relevant = false` without a `reason`",
    InvalidGoalFigure "invalid-goal-figure" Error "a goal's `target` that is not above zero, or a measured `value` below zero",
    InvalidSetting "invalid-setting" Error "a value in vsopro.toml that cannot be used (e.g. zero hours)",
    InvalidOwner "invalid-owner" Error "an owner that is no forge user (@name), team (@org/team) or e-mail address",
    MissingFile "missing-file" Warning "a region file is missing (the foto, actions and jaarplan once a coordinator is appointed)",
    EmptyRegion "empty-region" Warning "a region folder without any region file",
    StrayFile "stray-file" Warning "a file or folder that vsopro does not know, or a symlink it will not follow",
    OverdueAction "overdue-action" Warning "an action past its due date that is neither done nor dropped",
    MunicipalityNotInRegion "municipality-not-in-region" Warning "a municipality (of a school, or in region.toml) that does not belong to the region",
    UncoveredTheme "uncovered-theme" Warning "ontwikkelthema's that no action of the region addresses",
    UnapprovedJaarplan "unapproved-jaarplan" Warning "a jaarplan whose period has started but that the directies have not approved",
    ApprovalOutdated "approval-outdated" Warning "a jaarplan whose period or goals changed after the directies approved it",
    MissedMeeting "missed-meeting" Warning "a past quarter without a stuurgroep meeting, or a past year without a directies meeting",
    StaleCodeowners "stale-codeowners" Warning "a CODEOWNERS file that does not match the owners in the data",
    MeetingWithoutNotes "meeting-without-notes" Hint "a past stuurgroep meeting without notes",
    PossibleBsn "possible-bsn" Warning "a 9-digit number that passes the BSN 11-test: pupils' personal data must not enter git",
    PersonalData "personal-data" Error "a key in uitstroom.toml that would identify a pupil (a name, a date of birth, a BSN): the file holds counts only",
    InvalidOutcomeCount "invalid-outcome-count" Error "a count in uitstroom.toml below zero",
    OutcomeOverTotal "outcome-over-total" Error "destinations, or a follow-up, that add up to more than the leavers",
    OutcomeUnderTotal "outcome-under-total" Hint "destinations that add up to fewer than the leavers: the difference counts as unknown",
    InvalidSchoolYear "invalid-school-year" Error "a school year that is not JJJJ-JJJJ of two consecutive years, or that has not begun",
    DuplicateOutcome "duplicate-outcome" Error "the same school and school year twice in uitstroom.toml",
    MoreLeaversThanPupils "more-leavers-than-pupils" Warning "a year with more leavers than the school has pupils",
    IncompletePractice "incomplete-practice" Warning "a good practice (example = true) without the summary or contact a colleague elsewhere needs",
    PrivateContact "private-contact" Warning "a practice's contact address that looks like a person's own, not the organisation's",
    InvalidInspiration "invalid-inspiration" Error "an inspired_by that is not region/id of another official region",
    InvalidPublicPractice "invalid-public-practice" Error "a practice from public sources with no or an unknown theme, an id that is not kebab-case, or an id twice",
    UnknownVoteInstitution "unknown-vote-institution" Error "a vote of the directies' round for an institution the region does not have",
    UnknownFingerprint "unknown-fingerprint" Error "a vote on a fingerprint the jaarplan never had",
    DuplicateVote "duplicate-vote" Warning "a second vote of one institution on the same version: the later one counts",
    LateVote "late-vote" Warning "a vote cast after the round's deadline",
    RoundOverdue "round-overdue" Warning "an open approval round past its deadline without the quorum",
    VoteOnEarlierVersion "vote-on-earlier-version" Warning "an institution whose vote is on an earlier version of the plan while the round is open: it no longer counts",
    OutcomeGoal "outcome-goal" Error "a jaarplan goal measured from uitstroom.toml with a target over 100% or measurements of its own",
}

/// A secondary place that explains the primary one (e.g. the first definition of a duplicate id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub file: String,
    pub span: Range<usize>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    /// Path relative to the data root.
    pub file: String,
    /// Byte span in `file`; `None` when the problem concerns the file or folder as a whole.
    pub span: Option<Range<usize>>,
    /// Text under the primary span.
    pub label: String,
    pub related: Vec<Related>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            file: file.into(),
            span: None,
            label: String::new(),
            related: Vec::new(),
            help: None,
        }
    }

    pub fn at(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.span = Some(span);
        self.label = label.into();
        self
    }

    pub fn related(
        mut self,
        file: impl Into<String>,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        self.related.push(Related {
            file: file.into(),
            span,
            message: message.into(),
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// Sorts by file and position, then removes exact duplicates.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (
            &a.file,
            a.span.as_ref().map(|s| (s.start, s.end)),
            a.code,
            &a.message,
        )
            .cmp(&(
                &b.file,
                b.span.as_ref().map(|s| (s.start, s.end)),
                b.code,
                &b.message,
            ))
    });
    diags.dedup();
}

#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
}

pub fn count(diags: &[Diagnostic]) -> Counts {
    let of = |s: Severity| diags.iter().filter(|d| d.severity() == s).count();
    Counts {
        errors: of(Severity::Error),
        warnings: of(Severity::Warning),
        hints: of(Severity::Hint),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_kebab_case_and_described() {
        let names: HashSet<_> = Code::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), Code::ALL.len());
        for c in Code::ALL {
            let n = c.name();
            assert!(
                n.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{n}"
            );
            assert!(!c.description().is_empty());
        }
    }
}
