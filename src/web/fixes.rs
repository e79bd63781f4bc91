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
    /// The form and field the problem is in, as a heading in people's
    /// words ("Actie 'Stagebank': het veld "Status"").
    pub place: Option<String>,
    /// What to do there, without naming the form again.
    pub instruction: String,
    /// From the site's root: a record's form, or a form on a region's page.
    pub link: Option<String>,
}

/// The region and file kind of a region file's path.
pub(super) fn region_file(path: &str) -> Option<(&'static Region, FileKind)> {
    let rest = path.strip_prefix(REGIONS_DIR)?.strip_prefix('/')?;
    let (slug, name) = rest.split_once('/')?;
    let region = registry::region_by_slug(slug)?;
    let kind = FileKind::REGION
        .into_iter()
        .find(|k| k.file_name() == name)?;
    Some((region, kind))
}

/// The record (its key and its name) and the field a span of a region
/// file lies in: the innermost record (a measurement before its goal, a
/// goal before the plan's own title and period).
fn locate(kind: FileKind, text: &str, at: usize) -> Option<Located> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let inside = |span: Option<std::ops::Range<usize>>| span.is_some_and(|s| s.contains(&at));
    // The kinds with a form: the generic ones and the uitstroom rows.
    let mut records: Vec<Record> = super::route::FORMS
        .into_iter()
        .chain([Record::Outcome])
        .filter(|r| r.file() == kind)
        .collect();
    records.sort_by_key(|r| match (r.within(), r.array()) {
        (Some(_), _) => 0,
        (None, Some(_)) => 1,
        (None, None) => 2,
    });
    for record in records {
        for (table, key) in record.tables(doc.as_table()) {
            // The record's own values: a table's sub-tables are other records.
            let keys: Vec<_> = table
                .iter()
                .filter(|(_, v)| v.is_value())
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
            let fields = record.fields(None);
            let field = keys.iter().find_map(|(k, v)| {
                let span = k.span()?.start..v.span().map_or(k.span()?.end, |s| s.end);
                let key = fields.iter().find(|f| f.key == k.get())?.key;
                inside(Some(span)).then_some(key)
            });
            let name = record.name_of(table, &key);
            let key = (!record.is_one()).then_some(key);
            return Some(Located {
                record,
                key,
                name,
                field,
            });
        }
    }
    None
}

/// Where in a file a problem is, in the forms' terms.
struct Located {
    record: Record,
    /// `None` for the one record of its kind (the coordinator, the plan).
    key: Option<String>,
    name: String,
    field: Option<&'static str>,
}

/// The record a diagnostic points into, found in `text` (its file as the
/// check read it): its kind, key (`None` for the one of its kind) and
/// name for people.
pub(super) fn record_of(d: &Diagnostic, text: &str) -> Option<(Record, Option<String>, String)> {
    let (_, kind) = region_file(&d.file)?;
    let found = locate(kind, text, d.span.as_ref()?.start)?;
    Some((found.record, found.key, found.name))
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
            FileKind::Jaarplan => Route::Record {
                region,
                record: Record::Jaarplan,
                id: None,
            }
            .href(),
            FileKind::Region | FileKind::Uitstroom | FileKind::Practices => {
                return None;
            }
        },
        _ => return None,
    })
}

/// What fixes `d`, beside the field it is about. A file is named in
/// words; its path is for "technische details".
pub(super) fn instruction(d: &Diagnostic) -> String {
    let file = match region_file(&d.file) {
        Some((_, kind)) => file_words(kind),
        None => t!("file-words-other"),
    };
    crate::i18n::message(&format!("fix-{}", d.code.name()), &[("file", file.into())])
}

/// A region file in a coordinator's words ("de scholen van de regio").
pub(super) fn file_words(kind: FileKind) -> String {
    match kind {
        FileKind::Region => t!("file-words-region"),
        FileKind::Schools => t!("file-words-schools"),
        FileKind::Overlegtafels => t!("file-words-overlegtafels"),
        FileKind::Actions => t!("file-words-actions"),
        FileKind::Jaarplan => t!("file-words-jaarplan"),
        FileKind::Uitstroom => t!("file-words-uitstroom"),
        FileKind::Practices => t!("file-words-practices"),
    }
}

/// `text` as a sentence: its first letter a capital.
pub(super) fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
            text: instruction.clone(),
            place: None,
            instruction,
            link: None,
        };
    };
    let located = d
        .span
        .as_ref()
        .zip(sources.get(&d.file))
        .and_then(|(span, file)| locate(kind, &file.text, span.start));
    match located {
        Some(Located {
            record,
            key,
            name,
            field,
        }) => {
            let form = match &key {
                Some(_) => format!("{} '{name}'", record.noun()),
                None => record.noun(),
            };
            let (text, place) = match field {
                Some(key) => {
                    let field = crate::i18n::message(&record.label_id(key), &[]);
                    (
                        t!(
                            "fix-in-form-field",
                            form = form.as_str(),
                            field = field.as_str(),
                            fix = instruction.as_str()
                        ),
                        t!("problem-place-field", form = form, field = field),
                    )
                }
                None => (
                    t!(
                        "fix-in-form",
                        form = form.as_str(),
                        fix = instruction.as_str()
                    ),
                    t!("problem-place", form = form),
                ),
            };
            Fix {
                text,
                place: Some(place),
                instruction,
                // The record's own form (uitstroom rows have theirs).
                link: Some(
                    Route::form_of(region, record, key.as_deref().unwrap_or_default()).href(),
                ),
            }
        }
        // The plan is begun with a button of its own.
        None if d.code == Code::MissingFile && kind == FileKind::Jaarplan => Fix {
            text: t!("fix-missing-jaarplan"),
            place: None,
            instruction: t!("fix-missing-jaarplan"),
            link: page_link(d.code, region, Some(kind)),
        },
        None => Fix {
            text: instruction.clone(),
            place: None,
            instruction,
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
    fn every_fix_speaks_in_words_not_files_flags_or_commands() {
        let banned = [
            "`",
            " --",
            ".toml",
            "[[",
            "regions/",
            "vsopro check",
            "vsopro init",
            "vsopro regions",
            "vsopro codeowners",
            "vsopro voorbeelden",
            "vsopro jaarplan",
        ];
        for code in Code::ALL {
            for lang in Lang::ALL {
                let id = format!("fix-{}", code.name());
                let text = crate::i18n::message_in(lang, &id, &[("file", "de scholen".into())]);
                for b in banned {
                    assert!(!text.contains(b), "{id} ({}): {text}", lang.code());
                }
            }
        }
    }

    #[test]
    fn a_problem_in_a_record_names_its_form_and_field() {
        let text = "[[action]]\nid = \"stagebank\"\ntitle = \"Stagebank\"\nthemes = [\"stages\"]\nstatus = \"planned\"\n";
        let at = text.find("\"stages\"").unwrap();
        let found = locate(FileKind::Actions, text, at).unwrap();
        assert_eq!(found.record, Record::Action);
        assert_eq!(found.key.as_deref(), Some("stagebank"));
        assert_eq!(found.name, "Stagebank");
        assert_eq!(found.field, Some("themes"));
    }

    #[test]
    fn a_problem_in_a_measurement_names_the_measurement_not_its_goal_or_plan() {
        let text = "title = \"Plan\"\n\n[[goal]]\nid = \"stages\"\ntext = \"Stages\"\n\n[[goal.measurement]]\ndate = 2026-10-01\nvalue = 3\n";
        let found = locate(FileKind::Jaarplan, text, text.find("3\n").unwrap()).unwrap();
        assert_eq!(found.record, Record::Measurement);
        assert_eq!(found.key.as_deref(), Some("stages/2026-10-01"));
        assert_eq!(found.field, Some("value"));
        let found = locate(FileKind::Jaarplan, text, text.find("Plan").unwrap()).unwrap();
        assert_eq!(
            (found.record, found.key, found.field),
            (Record::Jaarplan, None, Some("title"))
        );
    }
}
