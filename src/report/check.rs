use crate::diag::Severity;
use crate::diag::{Diagnostic, count};
use crate::model::Dataset;
use crate::source::{LineCol, SourceFile};
use serde::Serialize;
use std::collections::BTreeMap;

/// The result of `vsopro check`, as documented in docs/json.md.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub regions_checked: usize,
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
    pub diagnostics: Vec<JsonDiagnostic>,
}

pub fn compute(data: &Dataset, diags: &[Diagnostic]) -> CheckReport {
    let counts = count(diags);
    CheckReport {
        regions_checked: data.regions.len(),
        errors: counts.errors,
        warnings: counts.warnings,
        hints: counts.hints,
        diagnostics: diags.iter().map(|d| to_json(d, &data.sources)).collect(),
    }
}

#[derive(Debug, Serialize)]
pub struct JsonPosition {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Serialize)]
pub struct JsonRelated {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One diagnostic as documented in docs/json.md.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub end: Option<JsonPosition>,
    pub label: Option<String>,
    pub help: Option<String>,
    pub related: Vec<JsonRelated>,
}

pub fn to_json(d: &Diagnostic, sources: &BTreeMap<String, SourceFile>) -> JsonDiagnostic {
    let pos = |file: &str, offset: usize| sources.get(file).map(|s| s.line_col(offset));
    let start = d.span.as_ref().and_then(|s| pos(&d.file, s.start));
    let end = d.span.as_ref().and_then(|s| pos(&d.file, s.end));
    JsonDiagnostic {
        code: d.code.name(),
        severity: d.severity(),
        message: d.message.clone(),
        file: d.file.clone(),
        line: start.map(|p| p.line),
        column: start.map(|p| p.column),
        end: end.map(|LineCol { line, column }| JsonPosition { line, column }),
        label: (!d.label.is_empty()).then(|| d.label.clone()),
        help: d.help.clone(),
        related: d
            .related
            .iter()
            .filter_map(|r| {
                pos(&r.file, r.span.start).map(|p| JsonRelated {
                    file: r.file.clone(),
                    line: p.line,
                    column: p.column,
                    message: r.message.clone(),
                })
            })
            .collect(),
    }
}
