//! The kennismakelaar: every good practice of the network — the regions'
//! own (`example = true` actions) and those written out from public
//! sources (`practices.toml`) — filtered by theme, region, partner and
//! target group, and ranked by search terms with Dutch stemming (Snowball,
//! `rust-stemmers`), so that "stageplekken" finds "stageplek". A practice
//! is found by its themes' ids and names too, and by the words that mean
//! the same to a coordinator (`registry::synonyms`). Each practice names
//! the actions of other regions that took it up (`inspired_by`).

use crate::model::{
    Action, Dataset, Date, PartnerKind, PublicPractice, RegionData, Status, TargetGroup,
};
use crate::registry::THEMES;
use chrono::NaiveDate;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// One practice as the catalogue shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Practice {
    /// `region/id`: how `--adopt` and `inspired_by` name it.
    pub key: String,
    pub region: &'static str,
    pub region_slug: &'static str,
    pub region_code: &'static str,
    pub id: String,
    pub title: String,
    pub themes: Vec<String>,
    /// The action's status (a practice from public sources has none).
    pub status: Option<Status>,
    /// Where it comes from: the region's own actions, or public sources.
    pub origin: Origin,
    /// A national programme: no region's.
    pub national: bool,
    pub summary: Option<String>,
    pub result: Option<String>,
    pub success_factors: Vec<String>,
    pub pitfalls: Vec<String>,
    pub target_group: Vec<TargetGroup>,
    pub partners: Vec<PartnerKind>,
    pub contact_role: Option<String>,
    pub contact_organisation: Option<String>,
    pub contact_email: Option<String>,
    pub since: Option<Date>,
    pub links: Vec<String>,
    pub source: Option<String>,
    /// The public source's title, date and year, and whether it is older
    /// than ten years (then its year is shown beside it).
    pub source_title: Option<String>,
    pub source_date: Option<Date>,
    pub source_year: Option<i32>,
    pub source_old: bool,
    /// When it was written out from its public source.
    pub written: Option<Date>,
    /// What it is also found by: its themes' ids and names and the words
    /// that mean the same as the words it uses.
    pub keywords: Vec<String>,
    /// Taken up from another region's practice.
    pub inspired_by: Option<String>,
    /// The actions of other regions that took it up.
    pub adopted_by: Vec<Adoption>,
    /// How well it matches the search terms (0 without terms).
    pub score: u32,
}

/// Where a practice comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// One of the region's own actions, shared as an example.
    Region,
    /// Written out from a public source (project pages, news); `Checked`
    /// once the region's coordinator checked and completed it.
    Public,
    Checked,
}

/// The key of a national programme's practice: `landelijk/<id>`.
pub const NATIONAL: &str = crate::model::NATIONAL_KEY;

/// What the catalogue calls the national programmes' "region", in the
/// run's language (made once per language).
pub fn national_name() -> &'static str {
    use crate::i18n::Lang;
    static NAMES: [std::sync::OnceLock<&'static str>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let lang = crate::i18n::lang();
    let slot = if lang == Lang::Nl { 0 } else { 1 };
    NAMES[slot].get_or_init(|| {
        Box::leak(crate::i18n::message_in(lang, "practices-national", &[]).into_boxed_str())
    })
}

/// An action that took up a practice.
#[derive(Debug, Clone, Serialize)]
pub struct Adoption {
    /// The practice it took up: `region/id`.
    pub from: String,
    pub region: &'static str,
    pub region_slug: &'static str,
    pub id: String,
    pub title: String,
    pub status: Status,
}

/// What one region gives the catalogue: its practices and its adoptions.
#[derive(Debug, Clone, Default)]
pub struct RegionPart {
    pub practices: Vec<Practice>,
    pub adoptions: Vec<Adoption>,
}

/// The filters and terms of a search.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Query {
    pub theme: Option<String>,
    pub regions: Vec<String>,
    pub partner: Option<PartnerKind>,
    pub target: Option<TargetGroup>,
    pub terms: Vec<String>,
}

/// How many practices one theme or one region has.
#[derive(Debug, Clone, Serialize)]
pub struct Count {
    pub key: &'static str,
    pub name: &'static str,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PracticesReport {
    pub query: Query,
    /// Practices in the whole network, before filters.
    pub total: usize,
    /// Practices per theme (all seven, in order) and per region (those
    /// with any, national programmes last), before filters.
    pub per_theme: Vec<Count>,
    pub per_region: Vec<Count>,
    /// The regions with practices (slugs, in region order), before filters.
    pub regions: Vec<&'static str>,
    pub practices: Vec<Practice>,
    /// Regions left out because their data has errors (their names).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<&'static str>,
}

/// A region's practices and the actions that name a practice they took up.
pub fn region_part(r: &RegionData, today: NaiveDate) -> RegionPart {
    let mut part = RegionPart::default();
    for p in r.public_practices() {
        part.practices.push(public(Some(r), p, today));
    }
    for a in r.actions() {
        if a.example {
            part.practices.push(practice(r, a));
        }
        if let Some(from) = &a.inspired_by {
            part.adoptions.push(Adoption {
                from: from.get_ref().trim().to_string(),
                region: r.info.name,
                region_slug: r.info.slug,
                id: a.id.get_ref().clone(),
                title: a.title.clone(),
                status: a.status,
            });
        }
    }
    part
}

/// The national programmes' practices (`practices.toml` at the root).
pub fn national_part(data: &Dataset, today: NaiveDate) -> RegionPart {
    RegionPart {
        practices: data
            .practices
            .iter()
            .flat_map(|f| &f.practices)
            .map(|p| public(None, p, today))
            .collect(),
        adoptions: Vec::new(),
    }
}

/// A practice from public sources of `r` (none: a national programme).
fn public(r: Option<&RegionData>, p: &PublicPractice, today: NaiveDate) -> Practice {
    use chrono::Datelike;
    let (region, slug, code) = match r {
        Some(r) => (r.info.name, r.info.slug, r.info.code),
        None => (national_name(), NATIONAL, ""),
    };
    let source_year = p.source_year();
    let mut practice = Practice {
        key: format!("{slug}/{}", p.id.get_ref()),
        region,
        region_slug: slug,
        region_code: code,
        id: p.id.get_ref().clone(),
        title: p.title.clone(),
        themes: p
            .themes
            .get_ref()
            .iter()
            .map(|t| t.get_ref().clone())
            .collect(),
        status: None,
        origin: if p.checked {
            Origin::Checked
        } else {
            Origin::Public
        },
        national: r.is_none(),
        summary: Some(p.summary.clone()),
        result: p.result.clone(),
        success_factors: Vec::new(),
        pitfalls: Vec::new(),
        target_group: p.target_group.iter().map(|t| *t.get_ref()).collect(),
        partners: p.partners.iter().map(|k| *k.get_ref()).collect(),
        contact_role: p.contact.as_ref().and_then(|c| c.role.clone()),
        contact_organisation: p.contact.as_ref().map(|c| c.organisation.clone()),
        contact_email: None,
        since: p.since.as_ref().map(|d| *d.get_ref()),
        links: p.links.clone(),
        source: Some(p.source.clone()),
        source_title: p.source_title.clone(),
        source_date: p.source_date.as_ref().map(|d| *d.get_ref()),
        source_year,
        source_old: source_year.is_some_and(|y| today.year() - y > 10),
        written: Some(*p.written.get_ref()),
        keywords: Vec::new(),
        inspired_by: None,
        adopted_by: Vec::new(),
        score: 0,
    };
    practice.keywords = keywords(&practice);
    practice
}

fn practice(r: &RegionData, a: &Action) -> Practice {
    let contact = a.contact.as_ref();
    let mut practice = Practice {
        key: format!("{}/{}", r.info.slug, a.id.get_ref()),
        region: r.info.name,
        region_slug: r.info.slug,
        region_code: r.info.code,
        id: a.id.get_ref().clone(),
        title: a.title.clone(),
        themes: a
            .themes
            .get_ref()
            .iter()
            .map(|t| t.get_ref().clone())
            .collect(),
        status: Some(a.status),
        origin: Origin::Region,
        national: false,
        summary: a.summary.clone(),
        result: a.result.clone(),
        success_factors: a.success_factors.clone(),
        pitfalls: a.pitfalls.clone(),
        target_group: a.target_group.iter().map(|t| *t.get_ref()).collect(),
        partners: a.partners.iter().map(|p| *p.get_ref()).collect(),
        contact_role: contact.map(|c| c.role.clone()),
        contact_organisation: contact.map(|c| c.organisation.clone()),
        contact_email: contact.and_then(|c| c.email.as_ref().map(|e| e.get_ref().clone())),
        since: a.since.as_ref().map(|d| *d.get_ref()),
        links: a.links.clone(),
        source: a.source.clone(),
        source_title: None,
        source_date: None,
        source_year: None,
        source_old: false,
        written: None,
        keywords: Vec::new(),
        inspired_by: a.inspired_by.as_ref().map(|i| i.get_ref().clone()),
        adopted_by: Vec::new(),
        score: 0,
    };
    practice.keywords = keywords(&practice);
    practice
}

/// What a practice is also found by: the ids and names of its themes, and
/// every word of a group of words that mean the same (`synonyms.toml`)
/// where the group's theme is one of its themes or one of the group's
/// words or phrases is in its text.
fn keywords(p: &Practice) -> Vec<String> {
    let own: Vec<String> = fields(p).into_iter().flat_map(|(_, t)| stems(&t)).collect();
    let contains =
        |phrase: &[String]| !phrase.is_empty() && own.windows(phrase.len()).any(|w| w == phrase);
    let mut words = Vec::new();
    for id in &p.themes {
        if let Some(theme) = crate::registry::theme(id.trim()) {
            words.push(theme.id.to_string());
            words.push(theme.title.to_string());
        }
    }
    for group in crate::registry::synonyms::groups() {
        let by_theme = group
            .theme
            .as_ref()
            .is_some_and(|t| p.themes.iter().any(|x| x.trim() == t));
        if by_theme || group.words.iter().any(|w| contains(&stems(w))) {
            words.extend(group.words.iter().cloned());
        }
    }
    words.sort();
    words.dedup();
    words
}

/// Words a search leaves out: the site's search (lunr's Dutch stop word
/// list, MIT licence) indexes none of them, so the command line and the
/// site find the same practices for the same words.
const STOP_WORDS: &[&str] = &[
    "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de",
    "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge",
    "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe",
    "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me",
    "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of",
    "om", "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen",
    "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "werd", "wezen",
    "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder",
    "zou",
];

/// The words of a text as the search compares them: lowercase, without
/// diacritics, Dutch stems.
pub fn stems(text: &str) -> Vec<String> {
    words(text, |_| true)
}

/// The words people searched for, as [`stems`] but without stop words.
pub fn search_terms(text: &str) -> Vec<String> {
    words(text, |w| !STOP_WORDS.contains(&w))
}

fn words(text: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let stemmer = Stemmer::create(Algorithm::Dutch);
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && keep(w))
        .map(|w| {
            let folded: String = w
                .nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .collect();
            stemmer.stem(&folded).into_owned()
        })
        .collect()
}

/// The practice's searchable texts with their weights: the title counts
/// most, then the summary, then the rest.
fn fields(p: &Practice) -> Vec<(u32, String)> {
    vec![
        (3, p.title.clone()),
        (2, p.summary.clone().unwrap_or_default()),
        (1, p.result.clone().unwrap_or_default()),
        (1, p.success_factors.join(" ")),
        (1, p.pitfalls.join(" ")),
    ]
}

/// [`fields`] and what the practice is also found by.
fn searched(p: &Practice) -> Vec<(u32, String)> {
    let mut f = fields(p);
    f.push((1, p.keywords.join(" ")));
    f
}

/// How well `p` matches every one of `terms` (stemmed), `None` when one
/// term is nowhere.
fn score(p: &Practice, terms: &[String]) -> Option<u32> {
    let fields: Vec<(u32, Vec<String>)> = searched(p)
        .into_iter()
        .map(|(w, t)| (w, stems(&t)))
        .collect();
    let mut total = 0;
    for term in terms {
        let found: u32 = fields
            .iter()
            .map(|(w, words)| w * words.iter().filter(|x| *x == term).count() as u32)
            .sum();
        if found == 0 {
            return None;
        }
        total += found;
    }
    Some(total)
}

/// The catalogue: every region's part joined (adoptions to their
/// practice), filtered and ranked.
pub fn compute(parts: Vec<RegionPart>, query: Query) -> PracticesReport {
    let (mut all, adoptions): (Vec<Practice>, Vec<Adoption>) =
        parts
            .into_iter()
            .fold((Vec::new(), Vec::new()), |(mut p, mut a), part| {
                p.extend(part.practices);
                a.extend(part.adoptions);
                (p, a)
            });
    for p in &mut all {
        p.adopted_by = adoptions
            .iter()
            .filter(|a| a.from == p.key)
            .cloned()
            .collect();
        p.adopted_by
            .sort_by(|a, b| (a.region_slug, &a.id).cmp(&(b.region_slug, &b.id)));
    }
    let total = all.len();
    let mut regions: Vec<&'static str> = all.iter().map(|p| p.region_slug).collect();
    regions.sort_unstable();
    regions.dedup();
    let per_theme = THEMES
        .iter()
        .map(|t| Count {
            key: t.id,
            name: t.title,
            count: all
                .iter()
                .filter(|p| p.themes.iter().any(|x| x.trim() == t.id))
                .count(),
        })
        .collect();
    let mut per_region: Vec<Count> = crate::registry::REGIONS
        .iter()
        .map(|r| Count {
            key: r.slug,
            name: r.name,
            count: all.iter().filter(|p| p.region_slug == r.slug).count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    let national = all.iter().filter(|p| p.national).count();
    if national > 0 {
        per_region.push(Count {
            key: NATIONAL,
            name: national_name(),
            count: national,
        });
    }
    let terms: Vec<String> = query.terms.iter().flat_map(|t| search_terms(t)).collect();
    let mut practices: Vec<Practice> = all
        .into_iter()
        .filter(|p| {
            query
                .theme
                .as_ref()
                .is_none_or(|t| p.themes.iter().any(|x| x.trim().eq_ignore_ascii_case(t)))
                && (query.regions.is_empty() || query.regions.iter().any(|r| r == p.region_slug))
                && query.partner.is_none_or(|k| p.partners.contains(&k))
                && query.target.is_none_or(|k| p.target_group.contains(&k))
        })
        .filter_map(|mut p| {
            p.score = score(&p, &terms)?;
            Some(p)
        })
        .collect();
    practices.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.region_slug.cmp(b.region_slug))
            .then(a.id.cmp(&b.id))
    });
    PracticesReport {
        query,
        total,
        per_theme,
        per_region,
        regions,
        practices,
        left_out: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_in_another_form_has_the_same_stem() {
        assert_eq!(stems("stageplekken"), stems("stageplek"));
        assert_eq!(stems("Praktijkbegeleiders"), stems("praktijkbegeleider"));
        assert_eq!(stems("coördinatoren"), stems("coordinator"));
        // As the site's search: "zelf in dienst" looks for "dienst".
        assert_eq!(search_terms("zelf in dienst"), stems("dienst"));
    }
}
