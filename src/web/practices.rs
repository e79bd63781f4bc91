//! The "Goede voorbeelden" pages: the catalogue with its filters and search
//! box, and a page per practice with where it was taken up. The static site
//! searches in the browser (lunr with its Dutch stemmer, from the index
//! `js/voorbeelden-index.js` the site writes); the hub and the workbench
//! search on the server (the same use case as `vsopro voorbeelden`).

use super::{Page, Workbench, value};
use crate::i18n::t;
use crate::model::{PartnerKind, TargetGroup};
use crate::registry::{REGIONS, THEMES};
use crate::report::practices::{Practice, PracticesReport, Query};
use chrono::NaiveDate;
use minijinja::Environment;
use serde::Serialize;

/// The scripts of the static site's search: lunr (MIT) and its Dutch
/// support (MPL-1.1), see assets/README.md; and vsopro's own.
pub(crate) const SCRIPTS: [(&str, &str); 4] = [
    ("js/lunr.min.js", include_str!("assets/lunr.min.js")),
    (
        "js/lunr.stemmer.support.min.js",
        include_str!("assets/lunr.stemmer.support.min.js"),
    ),
    ("js/lunr.nl.min.js", include_str!("assets/lunr.nl.min.js")),
    ("js/voorbeelden.js", include_str!("assets/voorbeelden.js")),
];

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

/// The catalogue page's content.
#[derive(Serialize)]
struct CatalogueContent<'a> {
    report: &'a PracticesReport,
    /// Each practice's page, by key.
    hrefs: Vec<String>,
    themes: Vec<Choice>,
    regions: Vec<Choice>,
    partners: Vec<Choice>,
    targets: Vec<Choice>,
    /// The static site: the browser searches.
    in_browser: bool,
}

/// One practice's page content.
#[derive(Serialize)]
struct PracticeContent<'a> {
    practice: &'a Practice,
    /// Its own page (the adoption's form posts here).
    href: String,
    /// Its region's page.
    region_href: String,
    /// Where it was taken up: each adopting action's region page.
    adopted_hrefs: Vec<String>,
    /// The practice it took up, if that is a practice too.
    inspired_href: Option<String>,
    /// The regions the person may take it up into (the hub, a coordinator).
    adopt_into: Vec<Choice>,
}

fn choices<T: Copy>(all: &[T], key: fn(T) -> &'static str, word: fn(T) -> String) -> Vec<Choice> {
    all.iter()
        .map(|&v| Choice {
            value: key(v).to_string(),
            label: word(v),
        })
        .collect()
}

/// The catalogue page.
pub(crate) fn catalogue_page(
    env: &Environment<'static>,
    report: &PracticesReport,
    today: NaiveDate,
    workbench: Option<&Workbench>,
) -> Result<String, minijinja::Error> {
    let content = CatalogueContent {
        report,
        hrefs: report.practices.iter().map(href).collect(),
        themes: THEMES
            .iter()
            .map(|t| Choice {
                value: t.id.to_string(),
                label: t.title.to_string(),
            })
            .collect(),
        regions: REGIONS
            .iter()
            .filter(|r| report.regions.contains(&r.slug))
            .map(|r| Choice {
                value: r.slug.to_string(),
                label: r.name.to_string(),
            })
            .collect(),
        partners: choices(PartnerKind::ALL, PartnerKind::as_str, crate::words::partner),
        targets: choices(TargetGroup::ALL, TargetGroup::as_str, crate::words::target),
        in_browser: workbench.is_none(),
    };
    let page = Page {
        title: t!("title-practices"),
        root: "",
        today,
        content: &content,
        workbench,
    };
    env.get_template("practices.html")?.render(value(page))
}

/// A practice's address on the site.
pub(crate) fn href(p: &Practice) -> String {
    let region = match p.national {
        true => None,
        false => match crate::registry::region_by_slug(p.region_slug) {
            Some(r) => Some(r),
            None => return String::new(),
        },
    };
    super::Route::Practice {
        region,
        id: p.id.clone(),
    }
    .href()
}

/// One practice's page; `adopt_into` the regions the person may take it
/// up into.
pub(crate) fn practice_page(
    env: &Environment<'static>,
    report: &PracticesReport,
    practice: &Practice,
    adopt_into: &[&'static crate::registry::Region],
    today: NaiveDate,
    workbench: Option<&Workbench>,
) -> Result<String, minijinja::Error> {
    let region_href = |slug: &str| {
        crate::registry::region_by_slug(slug)
            .map(|r| super::Route::Region(r).href())
            .unwrap_or_default()
    };
    let content = PracticeContent {
        practice,
        href: href(practice),
        region_href: region_href(practice.region_slug),
        adopted_hrefs: practice
            .adopted_by
            .iter()
            .map(|a| region_href(a.region_slug))
            .collect(),
        inspired_href: practice
            .inspired_by
            .as_ref()
            .and_then(|from| report.practices.iter().find(|p| &p.key == from).map(href)),
        adopt_into: adopt_into
            .iter()
            .filter(|r| r.slug != practice.region_slug)
            .map(|r| Choice {
                value: r.slug.to_string(),
                label: r.name.to_string(),
            })
            .collect(),
    };
    let page = Page {
        title: format!("{} — {}", practice.title, practice.region),
        root: "../../",
        today,
        content: &content,
        workbench,
    };
    env.get_template("practice.html")?.render(value(page))
}

/// One practice as the browser's search indexes it.
#[derive(Serialize)]
struct Indexed<'a> {
    key: &'a str,
    title: &'a str,
    summary: &'a str,
    rest: String,
}

/// `js/voorbeelden-index.js`: the practices' texts for lunr, as a script
/// (a page opened from disk may not fetch a file).
pub(crate) fn index_script(report: &PracticesReport) -> String {
    let docs: Vec<Indexed> = report
        .practices
        .iter()
        .map(|p| Indexed {
            key: &p.key,
            title: &p.title,
            summary: p.summary.as_deref().unwrap_or_default(),
            // With what it is also found by (its themes, the words that
            // mean the same): the browser finds what the command line finds.
            rest: [
                p.result.clone().unwrap_or_default(),
                p.success_factors.join(" "),
                p.pitfalls.join(" "),
                p.keywords.join(" "),
            ]
            .join(" "),
        })
        .collect();
    // JSON inside a script: `</` could end it, so it is escaped.
    let json = serde_json::to_string(&docs)
        .expect("plain data serializes")
        .replace("</", "<\\/");
    format!("window.vsoproPractices = {json};\n")
}

/// The catalogue for a query (the hub's and the workbench's search).
pub(crate) fn query_from(pairs: &[(String, String)]) -> Query {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, v)| key == k && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
    };
    let word = |k: &str| get(k).map(|v| v.to_lowercase());
    Query {
        theme: get("theme").filter(|t| THEMES.iter().any(|x| x.id == t)),
        regions: get("region")
            .filter(|r| crate::registry::region_by_slug(r).is_some())
            .into_iter()
            .collect(),
        partner: word("partner")
            .and_then(|p| PartnerKind::ALL.iter().copied().find(|k| k.as_str() == p)),
        target: word("target")
            .and_then(|p| TargetGroup::ALL.iter().copied().find(|k| k.as_str() == p)),
        terms: get("q")
            .map(|q| q.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
    }
}
