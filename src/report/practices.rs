//! The kennismakelaar: every good practice of the network (`example =
//! true`), filtered by theme, region, partner and target group, and ranked
//! by search terms with Dutch stemming (Snowball, `rust-stemmers`), so
//! that "stageplekken" finds "stageplek". Each practice names the actions
//! of other regions that took it up (`inspired_by`).

use crate::model::{Action, Date, PartnerKind, RegionData, Status, TargetGroup};
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
    pub status: Status,
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
    /// Taken up from another region's practice.
    pub inspired_by: Option<String>,
    /// The actions of other regions that took it up.
    pub adopted_by: Vec<Adoption>,
    /// How well it matches the search terms (0 without terms).
    pub score: u32,
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

#[derive(Debug, Clone, Serialize)]
pub struct PracticesReport {
    pub query: Query,
    /// Practices in the whole network, before filters.
    pub total: usize,
    /// The regions with practices (slugs, in region order), before filters.
    pub regions: Vec<&'static str>,
    pub practices: Vec<Practice>,
    /// Regions left out because their data has errors (their names).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<&'static str>,
}

/// A region's practices and the actions that name a practice they took up.
pub fn region_part(r: &RegionData) -> RegionPart {
    let mut part = RegionPart::default();
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

fn practice(r: &RegionData, a: &Action) -> Practice {
    let contact = a.contact.as_ref();
    Practice {
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
        status: a.status,
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
        inspired_by: a.inspired_by.as_ref().map(|i| i.get_ref().clone()),
        adopted_by: Vec::new(),
        score: 0,
    }
}

/// The words of a text as the search compares them: lowercase, without
/// diacritics, Dutch stems.
pub fn stems(text: &str) -> Vec<String> {
    let stemmer = Stemmer::create(Algorithm::Dutch);
    let folded: String = text
        .to_lowercase()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| stemmer.stem(w).into_owned())
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

/// How well `p` matches every one of `terms` (stemmed), `None` when one
/// term is nowhere.
fn score(p: &Practice, terms: &[String]) -> Option<u32> {
    let fields: Vec<(u32, Vec<String>)> =
        fields(p).into_iter().map(|(w, t)| (w, stems(&t))).collect();
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
    let terms: Vec<String> = query.terms.iter().flat_map(|t| stems(t)).collect();
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
    }
}
