//! What the commands that write files found and did: `import duo`, `init`,
//! `schema --out` and `site`. The commands compute them; render shows them.

use crate::model::Kind;
use serde::Serialize;

/// One school `import duo` proposes (or found already there).
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    /// DUO's location code (VESTIGINGSCODE), e.g. `18BR00`.
    pub brin: String,
    /// The municipality as CBS writes it.
    pub municipality: String,
    /// vso: the cluster DUO gives.
    pub cluster: Option<i64>,
    /// The DUO file and its line.
    pub source: String,
    pub line: u64,
    /// Why it is not added (already there), or `null`.
    pub skipped: Option<String>,
    /// The BRIN of the school in schools.toml that it duplicates.
    pub duplicate_of: Option<String>,
}

/// A school in schools.toml whose DUO location is no longer in DUO's file.
/// It is reported, never removed.
#[derive(Debug, Clone, Serialize)]
pub struct LeftSchool {
    pub id: String,
    pub name: String,
    pub brin: String,
}

/// One region of an import.
#[derive(Debug, Clone, Serialize)]
pub struct RegionImport {
    pub code: &'static str,
    pub region: &'static str,
    /// `regions/<slug>/schools.toml`
    pub file: String,
    /// The region has no folder yet: `--write` makes it, with region.toml.
    pub new_folder: bool,
    /// The region's DUO locations: new ones and ones already there.
    pub schools: Vec<Proposal>,
    /// Schools with a DUO location code that the files given do not list
    /// (they left DUO, or were never there); reported, never removed.
    pub not_in_duo: Vec<LeftSchool>,
}

impl RegionImport {
    pub fn new_schools(&self) -> impl Iterator<Item = &Proposal> {
        self.schools.iter().filter(|p| p.skipped.is_none())
    }
}

/// A DUO file read by `import duo`.
#[derive(Debug, Clone, Serialize)]
pub struct ImportFile {
    pub path: String,
    /// `vo` (file 02, praktijkonderwijs) or `special` (file 09, vso).
    pub source: &'static str,
    /// Its pro or vso locations.
    pub rows: u64,
    /// Locations in a municipality CBS's 2025 table does not know.
    pub unassigned: Vec<String>,
}

/// What `vsopro import duo` found and did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub files: Vec<ImportFile>,
    /// The regions imported (one with `--region`, all 35 with `--all`).
    pub regions: Vec<RegionImport>,
    /// Whether the new schools were written (`--write`).
    pub written: bool,
}

impl ImportReport {
    pub fn new_schools(&self) -> impl Iterator<Item = &Proposal> {
        self.regions.iter().flat_map(RegionImport::new_schools)
    }
}

/// What `vsopro import uitstroom` read and did.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeImport {
    pub file: String,
    pub region: &'static str,
    /// The sheet with the figures.
    pub sheet: String,
    pub rows: Vec<OutcomeImportRow>,
    /// Whether the new and changed figures were written (`--write`).
    pub written: bool,
    /// The commit that holds them, in git.
    pub commit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeImportRow {
    /// The row in the sheet, as Excel numbers it.
    pub row: u32,
    pub school: String,
    /// The school's name in schools.toml (empty for an unknown id).
    pub name: String,
    pub year: String,
    pub leavers: Option<i64>,
    pub status: RowStatus,
}

/// A row of figures against what uitstroom.toml holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    New,
    Changed,
    Unchanged,
    /// No count filled in: the school's figures have not come yet.
    Empty,
}

impl OutcomeImport {
    /// The rows that are (or with `--write` would be) written.
    pub fn changes(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r.status, RowStatus::New | RowStatus::Changed))
            .count()
    }
}

/// What `vsopro uitstroom --template` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateReport {
    pub path: String,
    pub region: &'static str,
    pub year: String,
    pub schools: usize,
}

/// What `init` made, relative to the data root.
#[derive(Debug, Clone, Serialize)]
pub struct InitReport {
    pub code: &'static str,
    pub region: &'static str,
    pub slug: &'static str,
    /// `regions/<slug>`
    pub dir: String,
    pub region_files: Vec<String>,
    /// Editor schemas written to `schemas/` (those already there are kept).
    pub schema_files: Vec<String>,
}

/// What `vsopro schema --out DIR` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaReport {
    pub files: Vec<WrittenSchema>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WrittenSchema {
    pub path: String,
    /// Written because it was new or different; `false`: already current.
    pub changed: bool,
}

/// What `vsopro site` wrote.
#[derive(Debug, Serialize)]
pub struct SiteReport {
    pub out: String,
    pub files: usize,
    pub index: String,
}

impl SiteReport {
    pub fn new(out: &std::path::Path, files: usize) -> Self {
        SiteReport {
            out: out.display().to_string(),
            files,
            index: out.join("index.html").display().to_string(),
        }
    }
}

/// What `vsopro codeowners` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct CodeownersReport {
    /// Relative to the data root.
    pub path: String,
    /// Regions with their own owners.
    pub regions: usize,
    pub national: Vec<String>,
    /// `false`: the file was current already.
    pub changed: bool,
}

/// What `jaarplan --approve` recorded.
#[derive(Debug, Clone, Serialize)]
pub struct ApproveReport {
    pub code: &'static str,
    pub region: &'static str,
    /// `regions/<slug>/jaarplan.toml`
    pub file: String,
    pub date: crate::model::Date,
    pub by: String,
    /// Goals covered by the fingerprint.
    pub goals: usize,
    /// What had changed since the previous approval (a re-approval).
    pub renewed: Vec<crate::model::ApprovedChange>,
    /// The plan was approved already, as given: nothing was written.
    pub unchanged: bool,
    /// The data lies in a git work tree.
    pub git: bool,
    /// The commit that records the approval.
    pub commit: Option<String>,
    /// The annotated tag on it (`--tag`).
    pub tag: Option<String>,
}

/// What `jaarplan --round open` or `--vote` recorded, and the round after.
#[derive(Debug, Clone, Serialize)]
pub struct RoundCommandReport {
    pub code: &'static str,
    pub region: &'static str,
    /// `regions/<slug>/jaarplan.toml`
    pub file: String,
    /// `opened` or `voted`.
    pub action: &'static str,
    /// Nothing was written: the file already held it.
    pub unchanged: bool,
    /// The data lies in a git work tree.
    pub git: bool,
    pub commit: Option<String>,
    /// The vote brought the quorum: the plan is approved, tagged in git.
    pub approved: bool,
    pub tag: Option<String>,
    /// The vote as recorded.
    pub vote: Option<crate::report::round::CastVote>,
    /// The round after the change.
    pub round: Option<crate::report::round::RoundReport>,
}

/// What `voorbeelden --adopt` made: a new action taken up from a practice.
#[derive(Debug, Clone, Serialize)]
pub struct AdoptReport {
    /// The practice: `region/id`.
    pub from: String,
    pub region: &'static str,
    /// `regions/<slug>/actions.toml`
    pub file: String,
    /// The new action's id.
    pub id: String,
    pub commit: Option<String>,
}
