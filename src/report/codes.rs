use crate::diag::{Code, Severity};
use serde::Serialize;

/// Every diagnostic code (`vsopro check --list`).
#[derive(Debug, Serialize)]
pub struct CodesReport {
    pub codes: Vec<CodeRow>,
}

#[derive(Debug, Serialize)]
pub struct CodeRow {
    pub code: &'static str,
    pub severity: Severity,
    pub description: String,
}

pub fn compute() -> CodesReport {
    CodesReport {
        codes: Code::ALL
            .iter()
            .map(|c| CodeRow {
                code: c.name(),
                severity: c.severity(),
                description: c.description(),
            })
            .collect(),
    }
}
