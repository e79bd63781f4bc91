//! What fixes a problem, in the words of someone filling in forms: the
//! command line's help speaks TOML ("voeg [[meeting]] toe met kind = …");
//! the workbench names the form and the field that fix it, and links to
//! them. Every diagnostic code has its fix in both catalogues (`fix-<code>`).

use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{FileKind, REGIONS_DIR};
use crate::records::Record;
use crate::registry::{self, Region};
use crate::source::SourceFile;
use crate::web::Route;
use std::collections::BTreeMap;

/// A problem's fix as the workbench shows it, and where to go to make it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fix {
    pub text: String,
    /// From the site's root: a record's form, or a form on a region's page.
    pub link: Option<String>,
}

/// The region and file kind of a region file's path.
fn region_file(path: &str) -> Option<(&'static Region, FileKind)> {
    let rest = path.strip_prefix(REGIONS_DIR)?.strip_prefix('/')?;
    let (slug, name) = rest.split_once('/')?;
    let region = registry::region_by_slug(slug)?;
    let kind = FileKind::REGION
        .into_iter()
        .find(|k| k.file_name() == name)?;
    Some((region, kind))
}

/// The record (and its id) and the field a span of a region file lies in.
fn locate(
    kind: FileKind,
    text: &str,
    at: usize,
) -> Option<(Record, Option<String>, Option<&'static str>)> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let inside = |span: Option<std::ops::Range<usize>>| span.is_some_and(|s| s.contains(&at));
    for record in super::route::FORMS.into_iter().filter(|r| r.file() == kind) {
        let tables: Vec<&toml_edit::Table> = match record.array() {
            None => doc
                .get("coordinator")
                .and_then(|i| i.as_table())
                .into_iter()
                .collect(),
            Some(array) => doc
                .get(array)
                .and_then(|i| i.as_array_of_tables())
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
        };
        for table in tables {
            let keys: Vec<_> = table
                .iter()
                .filter_map(|(k, _)| table.get_key_value(k))
                .collect();
            let first = keys
                .iter()
                .filter_map(|(k, _)| k.span())
                .map(|s| s.start)
                .min();
            let last = keys
                .iter()
                .filter_map(|(_, v)| v.span())
                .map(|s| s.end)
                .max();
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            if !(first..last.max(first + 1)).contains(&at) {
                continue;
            }
            let id = table.get("id").and_then(|v| v.as_str()).map(str::to_string);
            let fields = record.fields(None);
            let field = keys.iter().find_map(|(k, v)| {
                let span = k.span()?.start..v.span().map_or(k.span()?.end, |s| s.end);
                let key = fields.iter().find(|f| f.key == k.get())?.key;
                inside(Some(span)).then_some(key)
            });
            return Some((record, id, field));
        }
    }
    None
}

/// Where on a region's page a problem without a record is fixed.
fn page_link(code: Code, region: &'static Region, kind: Option<FileKind>) -> Option<String> {
    let page = Route::Region(region).href();
    let new = |record: Record| {
        Route::Record {
            region,
            record,
            id: None,
        }
        .href()
    };
    Some(match code {
        Code::MissedMeeting | Code::MeetingWithoutNotes => format!("{page}#overleg"),
        Code::UnapprovedJaarplan | Code::ApprovalOutdated => format!("{page}#accordering"),
        Code::RoundOverdue | Code::VoteOnEarlierVersion | Code::LateVote => {
            Route::Round(region).href()
        }
        Code::UncoveredTheme => new(Record::Action),
        Code::MissingFile => match kind? {
            FileKind::Schools => new(Record::School),
            FileKind::Overlegtafels => new(Record::Overlegtafel),
            FileKind::Actions => new(Record::Knelpunt),
            FileKind::Region | FileKind::Jaarplan | FileKind::Uitstroom | FileKind::Practices => {
                return None;
            }
        },
        _ => return None,
    })
}

/// What fixes `d`, beside the field it is about.
pub(super) fn instruction(d: &Diagnostic) -> String {
    crate::i18n::message(
        &format!("fix-{}", d.code.name()),
        &[("file", d.file.as_str().into())],
    )
}

/// The sources of one file, as an edit would have written it: where a
/// refused edit's problems are.
pub(super) fn new_text(rel: &str, text: &str) -> BTreeMap<String, SourceFile> {
    BTreeMap::from([(rel.to_string(), SourceFile::new(rel.into(), text.into()))])
}

/// The fix of `d` for someone in the workbench: the form and field that
/// fix it, and a link to them.
pub(super) fn fix(d: &Diagnostic, sources: &BTreeMap<String, SourceFile>) -> Fix {
    let instruction = instruction(d);
    let Some((region, kind)) = region_file(&d.file) else {
        return Fix {
            text: instruction,
            link: None,
        };
    };
    let located = d
        .span
        .as_ref()
        .zip(sources.get(&d.file))
        .and_then(|(span, file)| locate(kind, &file.text, span.start));
    match located {
        Some((record, id, field)) => {
            let form = match &id {
                Some(id) if !record.is_one() => {
                    format!("{} '{id}'", record.noun())
                }
                _ => record.noun(),
            };
            let text = match field {
                Some(key) => t!(
                    "fix-in-form-field",
                    form = form,
                    field = crate::i18n::message(&record.label_id(key), &[]),
                    fix = instruction
                ),
                None => t!("fix-in-form", form = form, fix = instruction),
            };
            Fix {
                text,
                link: Some(Route::Record { region, record, id }.href()),
            }
        }
        None => Fix {
            text: instruction,
            link: page_link(d.code, region, Some(kind)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, has};

    #[test]
    fn every_code_has_its_fix_in_form_words_in_both_catalogues() {
        for code in Code::ALL {
            for lang in Lang::ALL {
                let id = format!("fix-{}", code.name());
                assert!(has(lang, &id), "{id} ({})", lang.code());
            }
        }
    }

    #[test]
    fn a_problem_in_a_record_names_its_form_and_field() {
        let text = "[[action]]\nid = \"stagebank\"\ntitle = \"Stagebank\"\nthemes = [\"stages\"]\nstatus = \"planned\"\n";
        let at = text.find("\"stages\"").unwrap();
        let (record, id, field) = locate(FileKind::Actions, text, at).unwrap();
        assert_eq!(record, Record::Action);
        assert_eq!(id.as_deref(), Some("stagebank"));
        assert_eq!(field, Some("themes"));
    }
}
