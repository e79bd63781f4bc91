//! What the commands that write files found and did: `import duo`, `init`,
//! `schema --out` and `site`. The commands compute them; render shows them.

use serde::Serialize;

/// A school to add, with the reason when it is skipped.
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    pub id: String,
    pub name: String,
    pub brin: String,
    /// The municipality as the region spells it.
    pub municipality: String,
    pub line: u64,
    /// Why it is not added (already there), or `null`.
    pub skipped: Option<String>,
    /// The BRIN of the school in schools.toml that it duplicates.
    pub duplicate_of: Option<String>,
}

/// What `vsopro import duo` found and did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub code: &'static str,
    pub region: &'static str,
    /// `regions/<slug>/schools.toml`
    pub file: String,
    /// PrO rows in the whole CSV file.
    pub pro_rows: u64,
    /// The region's municipalities that were matched against.
    pub municipalities: Vec<String>,
    /// Rows in those municipalities: new ones and skipped ones.
    pub schools: Vec<Proposal>,
    /// Whether the new schools were written (`--write`).
    pub written: bool,
}

impl ImportReport {
    pub fn new_schools(&self) -> impl Iterator<Item = &Proposal> {
        self.schools.iter().filter(|p| p.skipped.is_none())
    }
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
