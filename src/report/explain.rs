//! `vsopro uitleg CODE`: what a diagnostic means and how to fix it, with
//! an example taken from the catalogue of fixtures that the tests run (the
//! wrong lines of the code's fixture, and the lines that fix them).

use crate::diag::{Code, Severity};
use crate::i18n::message;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
pub struct Explanation {
    pub code: &'static str,
    pub severity: Severity,
    pub description: String,
    /// Paragraphs in the language of the run.
    pub explanation: Vec<String>,
    /// None for a problem with a whole file or folder.
    pub example: Option<Example>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The file the lines belong in, e.g. `schools.toml`.
    pub file: String,
    pub wrong: String,
    pub right: String,
}

pub fn compute(code: Code) -> Explanation {
    let text = message(&format!("explain-{}", code.name()), &[]);
    Explanation {
        code: code.name(),
        severity: code.severity(),
        description: code.description(),
        explanation: text
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect(),
        example: example(code),
    }
}

/// The fixture's example, with the file named as a coordinator sees it.
pub fn example(code: Code) -> Option<Example> {
    let mut ex: Example = toml::from_str(code.example_source()).ok()?;
    ex.file = ex.file.rsplit('/').next().unwrap_or_default().to_string();
    Some(ex)
}

/// The example as written in the fixture, with the path inside it.
pub fn fixture_example(code: Code) -> Option<Example> {
    toml::from_str(code.example_source()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example files are part of the program: each one parses, and
    /// only codes about a whole file or folder go without one.
    #[test]
    fn every_code_has_its_example_or_is_about_a_whole_file() {
        const WHOLE: [Code; 5] = [
            Code::EmptyRegion,
            Code::MissingFile,
            Code::StrayFile,
            Code::UnknownRegion,
            Code::UnreadableFile,
        ];
        for &code in Code::ALL {
            let parsed = toml::from_str::<toml::Table>(code.example_source());
            assert!(parsed.is_ok(), "{}: {parsed:?}", code.name());
            assert_eq!(
                example(code).is_none(),
                WHOLE.contains(&code),
                "{}",
                code.name()
            );
        }
    }
}
