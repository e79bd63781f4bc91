use crate::diag::{Diagnostic, count};
use crate::load::Dataset;
use crate::render::diagnostics::{JsonDiagnostic, to_json};
use serde::Serialize;

/// The result of `vsopro check`, as documented in docs/json.md.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub regions_checked: usize,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<JsonDiagnostic>,
}

pub fn compute(data: &Dataset, diags: &[Diagnostic]) -> CheckReport {
    let counts = count(diags);
    CheckReport {
        regions_checked: data.regions.len(),
        errors: counts.errors,
        warnings: counts.warnings,
        diagnostics: diags.iter().map(|d| to_json(d, &data.sources)).collect(),
    }
}
