//! The validation rules. Each rule is one small function that adds
//! diagnostics and declares the codes it can emit; `RULES` is the whole
//! list, so adding a rule touches one place. Rules read the data through the
//! model's accessors.

mod codeowners;
mod dates;
mod jaarplan;
mod practices;
mod privacy;
mod references;
pub(crate) use references::{MAX_ID, is_kebab};
mod region;
mod round;
mod schools;
mod settings;
mod themes;
mod uitstroom;

use crate::diag::{self, Code, Diagnostic, Severity};
use crate::i18n::t;
use crate::model::{Dataset, EntityKind, FileKind, Text};
use crate::words;
use chrono::NaiveDate;

/// What every rule sees.
pub struct Ctx<'a> {
    pub data: &'a Dataset,
    /// Reference date for overdue actions and missed meetings.
    pub today: NaiveDate,
    /// The one region (its index) a regional rule looks at, or all.
    only: Option<usize>,
}

impl<'a> Ctx<'a> {
    /// Every region of `data`.
    pub fn new(data: &'a Dataset, today: NaiveDate) -> Self {
        Ctx {
            data,
            today,
            only: None,
        }
    }

    /// The regions a regional rule checks: one, when the regions are
    /// checked in parallel, else all.
    pub fn regions(&self) -> &[crate::model::RegionData] {
        match self.only {
            Some(i) => std::slice::from_ref(&self.data.regions[i]),
            None => &self.data.regions,
        }
    }
}

#[derive(Debug)]
pub struct Rule {
    /// The rule's function name, which is also its name on the command line
    /// (with `-` for `_`).
    ident: &'static str,
    pub run: fn(&Ctx<'_>, &mut Vec<Diagnostic>),
    /// Every code the rule can emit.
    pub codes: &'static [Code],
    /// What the rule needs to see at once.
    pub scope: Scope,
}

/// What a rule needs to see: one region at a time, or the nation (the
/// settings, CODEOWNERS and every region's region.toml), or each part as
/// it comes (what loading found, the text of every file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Region,
    National,
    Both,
}

impl Rule {
    /// `overdue-actions`: the name `check --skip` takes.
    pub fn name(&self) -> String {
        self.ident.replace('_', "-")
    }

    /// Only rules that report warnings alone may be skipped: an error
    /// always stops a report, whatever the command line says.
    pub fn skippable(&self) -> bool {
        self.codes.iter().all(|c| c.severity() != Severity::Error)
    }
}

/// `rules! { module::function => [Code, ...], }`: the rule list, each rule
/// named after its function.
macro_rules! rules {
    ($($module:ident::$func:ident => [$($code:ident),* $(,)?] $(@ $scope:ident)?,)*) => {
        pub const RULES: &[Rule] = &[$(Rule {
            ident: stringify!($func),
            run: $module::$func,
            codes: &[$(Code::$code),*],
            scope: scope!($($scope)?),
        }),*];
    };
}

/// A rule's scope: one region at a time unless the list says otherwise.
macro_rules! scope {
    () => {
        Scope::Region
    };
    ($scope:ident) => {
        Scope::$scope
    };
}

rules! {
    self::format => [
        TomlSyntax, CurlyQuotes, UnreadableFile, UnknownKey, WrongType, MissingKey, InvalidValue,
        InvalidDate, EmptyRegion, StrayFile, UnknownRegion, PersonalData,
    ] @Both,
    region::missing_files => [MissingFile],
    settings::settings => [InvalidSetting] @National,
    region::region_identity => [RegionNameMismatch, RegionCodeMismatch],
    region::municipalities => [MunicipalityNotInRegion],
    references::empty_ids => [EmptyId],
    references::invalid_ids => [InvalidId],
    references::duplicate_ids => [DuplicateId],
    references::references => [UnknownReference],
    schools::vso_only_fields => [VsoOnlyField],
    schools::clusters => [InvalidCluster],
    schools::brin => [InvalidBrin],
    schools::student_counts => [NegativeCount],
    region::coordinator_hours => [InvalidHours],
    region::relevance_reasons => [MissingReason],
    themes::theme_lists => [EmptyThemes, UnknownTheme],
    themes::theme_coverage => [UncoveredTheme],
    dates::periods => [EndBeforeStart],
    dates::overdue_actions => [OverdueAction],
    privacy::possible_bsn => [PossibleBsn] @Both,
    codeowners::owners => [InvalidOwner] @National,
    codeowners::codeowners_current => [StaleCodeowners] @National,
    jaarplan::jaarplan_approval => [UnapprovedJaarplan],
    jaarplan::approval_current => [ApprovalOutdated],
    jaarplan::meeting_cadence => [MissedMeeting],
    jaarplan::meeting_notes => [MeetingWithoutNotes],
    jaarplan::goal_figures => [InvalidGoalFigure],
    jaarplan::outcome_goals => [OutcomeGoal],
    practices::incomplete_practices => [IncompletePractice],
    practices::private_contacts => [PrivateContact],
    practices::inspirations => [InvalidInspiration],
    practices::public_practices => [InvalidPublicPractice] @Both,
    round::vote_institutions => [UnknownVoteInstitution],
    round::vote_fingerprints => [UnknownFingerprint],
    round::duplicate_votes => [DuplicateVote],
    round::late_votes => [LateVote],
    round::overdue_rounds => [RoundOverdue],
    round::earlier_versions => [VoteOnEarlierVersion],
    uitstroom::counts => [InvalidOutcomeCount],
    uitstroom::over_total => [OutcomeOverTotal],
    uitstroom::under_total => [OutcomeUnderTotal],
    uitstroom::school_years => [InvalidSchoolYear],
    uitstroom::duplicates => [DuplicateOutcome],
    uitstroom::leavers_and_pupils => [MoreLeaversThanPupils],
}

/// The loader's findings: the files can be read and have the format's shape.
fn format(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    out.extend(cx.data.diagnostics.iter().cloned());
}

pub fn rule(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.name() == name)
}

/// What a run leaves out: rules skipped on the command line and warning
/// codes allowed in vsopro.toml.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub skip: Vec<&'static Rule>,
}

/// Every rule's findings, minus skipped rules and allowed warnings, sorted
/// by file and position.
pub fn run(data: &Dataset, today: NaiveDate) -> Vec<Diagnostic> {
    run_filtered(data, today, &Filter::default())
}

pub fn run_filtered(data: &Dataset, today: NaiveDate, filter: &Filter) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    // The regional rules region by region, in parallel; the others once.
    let mut diags = run_rules(data, None, today, filter, |s| s != Scope::Region);
    let regional: Vec<Vec<Diagnostic>> = (0..data.regions.len())
        .into_par_iter()
        .map(|i| run_rules(data, Some(i), today, filter, |s| s == Scope::Region))
        .collect();
    diags.extend(regional.into_iter().flatten());
    finish(&mut diags, data);
    diags
}

/// The findings of the rules `which` takes (on one region, or all),
/// unsorted.
fn run_rules(
    data: &Dataset,
    only: Option<usize>,
    today: NaiveDate,
    filter: &Filter,
    which: impl Fn(Scope) -> bool,
) -> Vec<Diagnostic> {
    let cx = Ctx { data, today, only };
    let mut diags = Vec::new();
    for rule in RULES {
        if !which(rule.scope) || filter.skip.iter().any(|s| s.ident == rule.ident) {
            continue;
        }
        (rule.run)(&cx, &mut diags);
    }
    diags
}

/// Allowed warnings out, the rest sorted by file and position, once each.
fn finish(diags: &mut Vec<Diagnostic>, data: &Dataset) {
    let allowed = data.settings.check.allowed();
    diags.retain(|d| d.severity() == Severity::Error || !allowed.contains(&d.code));
    diag::sort_and_dedup(diags);
}

/// `check` without the whole nation in memory: each region is loaded,
/// checked with the regional rules and dropped on its own (regions in
/// parallel), keeping only its findings, the files they quote and its
/// region.toml; then the national rules run over what was kept. Returns
/// the findings and a data set that holds the regions' region.toml and the
/// files `keep` names (what a national report reads: its lean model) and
/// the sources the findings quote (for showing them).
pub fn stream(
    root: &std::path::Path,
    only: Option<&[&'static crate::registry::Region]>,
    today: NaiveDate,
    filter: &Filter,
    keep: &[FileKind],
) -> Result<(Dataset, Vec<Diagnostic>), crate::error::Error> {
    let s = stream_each(root, only, today, filter, keep, |_, _| ())?;
    Ok((s.data, s.diagnostics))
}

/// What [`stream_each`] gives back.
pub struct Streamed<T> {
    /// The national settings, each region lean and the quoted sources.
    pub data: Dataset,
    pub diagnostics: Vec<Diagnostic>,
    /// What `each` made of each region, in the order of `data.regions`.
    pub each: Vec<T>,
}

/// [`stream`], and `each` called on every region while it is whole: the
/// region alone in a data set (with the settings) and its regional
/// findings. A site renders a region's page there, so that no region has
/// to stay whole until the end.
pub fn stream_each<T: Send>(
    root: &std::path::Path,
    only: Option<&[&'static crate::registry::Region]>,
    today: NaiveDate,
    filter: &Filter,
    keep: &[FileKind],
    each: impl Fn(&Dataset, &[Diagnostic]) -> T + Sync,
) -> Result<Streamed<T>, crate::error::Error> {
    let s = stream_inner(root, only, today, filter, keep, each, None)?;
    Ok(Streamed {
        data: s.data,
        diagnostics: s.diagnostics,
        // Without a memo every region was whole, and made something.
        each: s.each.into_iter().flatten().collect(),
    })
}

/// A region's part of a streamed check: its regional findings, the
/// sources they quote (with its region.toml and the files kept) and its
/// lean model. A server keeps it while the region's files stay the same.
#[derive(Debug, Clone)]
pub struct RegionPass {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: std::collections::BTreeMap<String, crate::source::SourceFile>,
    pub region: crate::model::RegionData,
}

/// Where a server keeps region passes between requests: `get` gives the
/// pass of a region whose files did not change, `put` keeps a new one.
pub trait PassMemo: Sync {
    fn get(&self, region: &'static crate::registry::Region) -> Option<RegionPass>;
    fn put(&self, region: &'static crate::registry::Region, pass: &RegionPass);
}

/// [`stream`] for every region with a memo: a region whose pass the memo
/// has is not loaded again; only the national rules run over all.
pub fn stream_memo(
    root: &std::path::Path,
    today: NaiveDate,
    keep: &[FileKind],
    memo: &dyn PassMemo,
) -> Result<(Dataset, Vec<Diagnostic>), crate::error::Error> {
    let s = stream_inner(
        root,
        None,
        today,
        &Filter::default(),
        keep,
        |_, _| (),
        Some(memo),
    )?;
    Ok((s.data, s.diagnostics))
}

fn stream_inner<T: Send>(
    root: &std::path::Path,
    only: Option<&[&'static crate::registry::Region]>,
    today: NaiveDate,
    filter: &Filter,
    keep: &[FileKind],
    each: impl Fn(&Dataset, &[Diagnostic]) -> T + Sync,
    memo: Option<&dyn PassMemo>,
) -> Result<Streamed<Option<T>>, crate::error::Error> {
    use rayon::prelude::*;
    let (mut nation, found) = crate::load::national(root, only)?;
    let regional: Vec<_> = found
        .par_iter()
        .map(|info| {
            if let Some(kept) = memo.and_then(|m| m.get(info)) {
                return (kept, None);
            }
            let mut one = crate::load::region(root, info);
            one.settings = nation.settings.clone();
            let diags = run_rules(&one, None, today, filter, |s| s != Scope::National);
            let made = each(&one, &diags);
            let region = one.regions.pop().expect("one region");
            // The files the findings quote, region.toml for the national
            // rules and the files the caller keeps; the rest of the region
            // is dropped here.
            let region_toml = region.region.path.clone();
            let kept_files: Vec<String> =
                keep.iter().map(|k| region.path(*k).to_string()).collect();
            let mut sources = std::mem::take(&mut one.sources);
            sources.retain(|path, _| {
                *path == region_toml
                    || kept_files.contains(path)
                    || diags
                        .iter()
                        .any(|d| d.file == *path || d.related.iter().any(|r| r.file == *path))
            });
            let pass = RegionPass {
                diagnostics: diags,
                sources,
                region: region.lean(keep),
            };
            if let Some(m) = memo {
                m.put(info, &pass);
            }
            (pass, Some(made))
        })
        .collect();
    let mut kept = std::collections::BTreeMap::new();
    let mut diags = Vec::new();
    let mut made = Vec::with_capacity(regional.len());
    for (pass, m) in regional {
        diags.extend(pass.diagnostics);
        kept.extend(pass.sources);
        nation.regions.push(pass.region);
        made.push(m);
    }
    diags.extend(run_rules(&nation, None, today, filter, |s| {
        s != Scope::Region
    }));
    nation.sources.extend(kept);
    finish(&mut diags, &nation);
    Ok(Streamed {
        data: nation,
        diagnostics: diags,
        each: made,
    })
}

/// What a diagnostic is about, e.g. action `stagebank`; formatted only when
/// a diagnostic is made, so that valid data costs no allocations.
#[derive(Clone, Copy)]
enum Subject<'a> {
    Entity(EntityKind, &'a str),
    /// An `[[uitstroom]]` of uitstroom.toml, by its school year.
    Outcome(&'a str),
    StuurgroepMember(&'a str),
    RepresentedBy(&'a str),
    RegionalPlan,
}

impl std::fmt::Display for Subject<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match *self {
            Subject::Entity(kind, id) => {
                t!("subject-entity", kind = words::entity(kind), id = id)
            }
            Subject::StuurgroepMember(name) => t!("subject-stuurgroep-member", name = name),
            Subject::RepresentedBy(id) => t!("subject-represented-by", id = id),
            Subject::RegionalPlan => t!("subject-regional-plan"),
            Subject::Outcome(year) => t!("subject-outcome", year = year),
        };
        f.write_str(&text)
    }
}

fn subject(kind: EntityKind, id: &Text) -> Subject<'_> {
    Subject::Entity(kind, s(id))
}

/// The id text of a spanned id.
fn s(t: &Text) -> &str {
    t.get_ref().as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn rule_names_are_unique_and_codes_belong_to_one_rule() {
        let names: HashSet<_> = RULES.iter().map(|r| r.name()).collect();
        assert_eq!(names.len(), RULES.len());
        for code in Code::ALL {
            let owners = RULES.iter().filter(|r| r.codes.contains(code)).count();
            assert_eq!(owners, 1, "{} is declared by {owners} rules", code.name());
        }
    }
}
