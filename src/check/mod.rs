//! The validation rules. Each rule is one small function that adds
//! diagnostics; `RULES` is the whole list, so adding a rule touches one place.

mod dates;
mod jaarplan;
mod privacy;
mod references;
mod region;
mod schools;
mod settings;
mod themes;

use crate::diag::{self, Diagnostic};
use crate::load::Dataset;
use crate::model::Text;
use chrono::NaiveDate;

/// What every rule sees.
pub struct Ctx<'a> {
    pub data: &'a Dataset,
    /// Reference date for overdue actions.
    pub today: NaiveDate,
}

pub struct Rule {
    pub name: &'static str,
    pub run: fn(&Ctx<'_>, &mut Vec<Diagnostic>),
}

#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    Rule { name: "settings", run: settings::values },
    Rule { name: "region-identity", run: region::identity },
    Rule { name: "municipalities", run: region::municipalities },
    Rule { name: "duplicate-ids", run: references::duplicate_ids },
    Rule { name: "references", run: references::resolve },
    Rule { name: "vso-only-fields", run: schools::vso_only_fields },
    Rule { name: "clusters", run: schools::clusters },
    Rule { name: "brin", run: schools::brin },
    Rule { name: "counts", run: schools::counts },
    Rule { name: "relevance-reasons", run: region::relevance_reasons },
    Rule { name: "theme-lists", run: themes::lists },
    Rule { name: "theme-coverage", run: themes::coverage },
    Rule { name: "periods", run: dates::periods },
    Rule { name: "overdue-actions", run: dates::overdue },
    Rule { name: "possible-bsn", run: privacy::possible_bsn },
    Rule { name: "jaarplan-approval", run: jaarplan::approval },
    Rule { name: "meeting-cadence", run: jaarplan::cadence },
];

/// Load problems plus every rule's findings, sorted by file and position.
pub fn run(data: &Dataset, today: NaiveDate) -> Vec<Diagnostic> {
    let cx = Ctx { data, today };
    let mut diags = data.diagnostics.clone();
    for rule in RULES {
        (rule.run)(&cx, &mut diags);
    }
    diag::sort_and_dedup(&mut diags);
    diags
}

/// What a diagnostic is about, e.g. action `stagebank`; formatted only when
/// a diagnostic is made, so that valid data costs no allocations.
#[derive(Clone, Copy)]
struct Owner<'a> {
    kind: &'static str,
    id: &'a str,
}

impl std::fmt::Display for Owner<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.id.is_empty() {
            f.write_str(self.kind)
        } else {
            write!(f, "{} `{}`", self.kind, self.id)
        }
    }
}

fn owner<'a>(kind: &'static str, id: &'a Text) -> Owner<'a> {
    Owner { kind, id: s(id) }
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
    fn rule_names_are_unique() {
        let names: HashSet<_> = RULES.iter().map(|r| r.name).collect();
        assert_eq!(names.len(), RULES.len());
    }
}
