//! Good practices (`example = true`): what a colleague in another region
//! needs to start one, a contact that is an organisation's and not a
//! person's private address, and `inspired_by` naming another region's
//! action.

use super::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::i18n::t;
use crate::model::{Action, FileKind};

/// Mail providers whose addresses belong to a person, not an organisation.
const PRIVATE_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "outlook.nl",
    "live.nl",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "yahoo.com",
    "yahoo.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "home.nl",
    "xs4all.nl",
    "casema.nl",
    "hetnet.nl",
    "upcmail.nl",
    "telfort.nl",
    "proton.me",
    "protonmail.com",
];

/// An address that looks like one person's: at a mail provider, or
/// `voornaam.achternaam@` / `a.jansen@` rather than `info@` or `stage@`.
pub(crate) fn looks_private(email: &str) -> bool {
    let email = email.trim().to_lowercase();
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    PRIVATE_DOMAINS.contains(&domain) || local.contains('.')
}

/// The practice's parts a colleague needs and it lacks.
pub(crate) fn missing_parts(a: &Action) -> Vec<&'static str> {
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    let mut out = Vec::new();
    if blank(&a.summary) {
        out.push("summary");
    }
    if a.contact.is_none() {
        out.push("contact");
    }
    out
}

/// A good practice without summary or contact: a title alone tells a
/// colleague elsewhere nothing they can act on.
pub(super) fn incomplete_practices(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        // An action whose id could not be read is reported as such; its
        // stand-in has no place in the file to point at.
        for a in r
            .actions()
            .iter()
            .filter(|a| a.example && !a.id.is_stand_in())
        {
            let missing = missing_parts(a);
            if missing.is_empty() {
                continue;
            }
            let words: Vec<String> = missing
                .iter()
                .map(|m| crate::i18n::message(&format!("practice-missing-{m}"), &[]))
                .collect();
            out.push(
                Diagnostic::new(
                    Code::IncompletePractice,
                    r.path(FileKind::Actions),
                    t!(
                        "incomplete-practice",
                        id = a.id.get_ref().as_str(),
                        missing = words.join(", ")
                    ),
                )
                .at(a.id.span(), t!("incomplete-practice-label"))
                .help(t!("incomplete-practice-help")),
            );
        }
    }
}

/// A practice's contact address looks like a person's own.
pub(super) fn private_contacts(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for a in r.actions() {
            let Some(email) = a.contact.as_ref().and_then(|c| c.email.as_ref()) else {
                continue;
            };
            if !looks_private(email.get_ref()) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::PrivateContact,
                    r.path(FileKind::Actions),
                    t!(
                        "private-contact",
                        id = a.id.get_ref().as_str(),
                        email = email.get_ref().as_str()
                    ),
                )
                .at(email.span(), t!("private-contact-label"))
                .help(t!("private-contact-help")),
            );
        }
    }
}

/// `inspired_by` is `region/id`: an official region other than this one
/// and an id.
pub(super) fn inspirations(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for r in cx.regions() {
        for a in r.actions() {
            let Some(from) = &a.inspired_by else {
                continue;
            };
            let text = from.get_ref().trim();
            // Another region's practice, or a national programme's.
            let valid = text.split_once('/').is_some_and(|(region, id)| {
                !id.trim().is_empty()
                    && !id.contains('/')
                    && (region == crate::model::NATIONAL_KEY
                        || crate::registry::region_by_slug(region)
                            .is_some_and(|g| g.slug != r.info.slug))
            });
            if valid {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::InvalidInspiration,
                    r.path(FileKind::Actions),
                    t!(
                        "invalid-inspiration",
                        id = a.id.get_ref().as_str(),
                        value = text
                    ),
                )
                .at(from.span(), t!("invalid-inspiration-label"))
                .help(t!("invalid-inspiration-help")),
            );
        }
    }
}

/// The practices from public sources (a region's `practices.toml`, the
/// national one at the root): each names one or more of the seven themes
/// and has a kebab-case id of its own. Region by region while a region is
/// whole, and the national file.
pub(super) fn public_practices(cx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    use crate::model::{NATIONAL_PRACTICES_FILE, PublicPractice};
    let mut check = |file: &str, list: &[PublicPractice]| {
        let mut seen = std::collections::BTreeSet::new();
        for p in list {
            let id = p.id.get_ref().as_str();
            let mut problem = |what: String, span: Option<std::ops::Range<usize>>| {
                let mut d = Diagnostic::new(
                    Code::InvalidPublicPractice,
                    file,
                    t!("invalid-public-practice", id = id, problem = what.as_str()),
                )
                .help(t!("invalid-public-practice-help"));
                if let Some(span) = span {
                    d = d.at(span, t!("invalid-public-practice-label"));
                }
                out.push(d);
            };
            if !p.id.is_stand_in() && !super::is_kebab(id) {
                problem(t!("invalid-public-practice-id"), Some(p.id.span()));
            }
            if !p.id.is_stand_in() && !seen.insert(id.to_string()) {
                problem(t!("invalid-public-practice-twice"), Some(p.id.span()));
            }
            if p.themes.get_ref().is_empty() && !p.themes.is_stand_in() {
                problem(
                    t!("invalid-public-practice-no-theme"),
                    Some(p.themes.span()),
                );
            }
            for theme in p.themes.get_ref() {
                if !theme.is_stand_in() && crate::registry::theme(theme.get_ref().trim()).is_none()
                {
                    problem(
                        t!(
                            "invalid-public-practice-theme",
                            theme = theme.get_ref().as_str()
                        ),
                        Some(theme.span()),
                    );
                }
            }
        }
    };
    for r in cx.regions() {
        if let Some(f) = r.practices.value.as_ref() {
            check(r.path(FileKind::Practices), &f.practices);
        }
    }
    // The national file is the nation's (a finding made twice, by a
    // region's pass and the nation's, is one: the findings are deduped).
    if let Some(f) = cx.data.practices.as_ref() {
        check(NATIONAL_PRACTICES_FILE, &f.practices);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_looking_addresses() {
        assert!(looks_private("a.jansen@klimop.nl"));
        assert!(looks_private("stagebureau@gmail.com"));
        assert!(!looks_private("info@klimop.nl"));
        assert!(!looks_private("stage@mozarthof.nl"));
    }
}
