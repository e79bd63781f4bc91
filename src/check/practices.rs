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
        for a in r.actions().iter().filter(|a| a.example) {
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
            let valid = text.split_once('/').is_some_and(|(region, id)| {
                !id.trim().is_empty()
                    && !id.contains('/')
                    && crate::registry::region_by_slug(region)
                        .is_some_and(|g| g.slug != r.info.slug)
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
