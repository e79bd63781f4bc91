//! Every address of the site, the workbench and the hub, in one type: a
//! request's path is parsed once at the edge (the region becomes a
//! `&'static Region` as on the command line, an id is percent-decoded),
//! and every link is made by [`Route::href`], so that no address is
//! written twice. [`Route::declare`] is each route's one declaration: its
//! name, who may use it and its handlers — a new route is one arm there,
//! and a forgotten one does not compile.
//!
//! The static site has the pages; the workbench adds a record's form
//! (`regio/<slug>/nieuw/<record>`, `regio/<slug>/<record>/<id>`,
//! `regio/<slug>/netwerkcoordinator`) and the region page's small forms;
//! the hub its own pages ([`HubRoute`]), which it answers itself.

use super::access::Access;
use super::server::Form;
use super::{Ctx, Reply, WebError};
use crate::records::{Record, Who};
use crate::registry::{self, Region, THEMES, Theme};

#[derive(Debug, Clone)]
pub(crate) enum Route {
    Index,
    Style,
    /// The workbench's list of every problem.
    Problems,
    Region(&'static Region),
    Theme(&'static Theme),
    /// A record's form: a new one (`id` is `None`), one to edit, or the
    /// coordinator's details (`id` is `None`).
    Record {
        region: &'static Region,
        record: Record,
        id: Option<String>,
    },
    /// A record's removal: the question, and the answer.
    Remove {
        region: &'static Region,
        record: Record,
        id: String,
    },
    /// A record's history, change by change (`id` empty for the one
    /// record of its kind).
    History {
        region: &'static Region,
        record: Record,
        id: String,
    },
    /// A change to a record undone (the commit is the form's).
    Undo {
        region: &'static Region,
        record: Record,
        id: String,
    },
    /// The region's recent changes.
    Changes(&'static Region),
    ActionStatus {
        region: &'static Region,
        id: String,
    },
    KnelpuntResolved {
        region: &'static Region,
        id: String,
    },
    Measurement {
        region: &'static Region,
        goal: String,
    },
    Meeting(&'static Region),
    Approval(&'static Region),
    /// The network's good practices (`voorbeelden.html`).
    Practices,
    /// One good practice, with where it was taken up; a POST takes it up.
    /// `region` is `None` for a national programme's (`landelijk`).
    Practice {
        region: Option<&'static Region>,
        id: String,
    },
    /// The directies' round: its page (the plan to vote on), the vote and
    /// the opening of a round.
    Round(&'static Region),
    /// The plan as the PDF the directies approve.
    RoundPdf(&'static Region),
    /// The uitstroom figures of a school in a school year: new ones
    /// (`school` and `year` chosen in the form) or those recorded.
    Outcome {
        region: &'static Region,
        entry: Option<(String, String)>,
    },
    /// The local workbench's share button: what `vsopro sync` does.
    Share,
    /// A page of the hub's own (signing in, accounts, the forge's call).
    Hub(HubRoute),
}

/// The hub's own addresses: the hub answers them itself (the web core
/// does not know accounts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HubRoute {
    SignIn,
    /// Signing in with the organisation's provider, and its way back.
    Sso,
    SsoCallback,
    SignOut,
    /// Setting a password from an invitation's link (its token).
    Invitation(String),
    /// The beheerder's page: accounts, mail, the forge, the audit log.
    Beheer,
    /// A change kept after a conflict with the forge, applied again.
    Kept,
    /// The forge's webhook.
    Webhook,
}

impl HubRoute {
    /// The addresses without a parameter, for the templates' `path()`.
    pub(crate) const FIXED: [HubRoute; 7] = [
        HubRoute::SignIn,
        HubRoute::Sso,
        HubRoute::SsoCallback,
        HubRoute::SignOut,
        HubRoute::Beheer,
        HubRoute::Kept,
        HubRoute::Webhook,
    ];

    /// Its name in the log and the templates.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            HubRoute::SignIn => "sign-in",
            HubRoute::Sso => "sso",
            HubRoute::SsoCallback => "sso-callback",
            HubRoute::SignOut => "sign-out",
            HubRoute::Invitation(_) => "invitation",
            HubRoute::Beheer => "beheer",
            HubRoute::Kept => "kept",
            HubRoute::Webhook => "webhook",
        }
    }

    fn href(&self) -> String {
        match self {
            HubRoute::SignIn => "aanmelden".into(),
            HubRoute::Sso => "aanmelden/sso".into(),
            HubRoute::SsoCallback => "aanmelden/sso/terug".into(),
            HubRoute::SignOut => "afmelden".into(),
            HubRoute::Invitation(token) => format!("uitnodiging/{}", url_segment(token)),
            HubRoute::Beheer => "beheer".into(),
            HubRoute::Kept => "bewaard/opnieuw".into(),
            HubRoute::Webhook => "hooks/git".into(),
        }
    }

    fn parse(parts: &[&str]) -> Option<HubRoute> {
        Some(match parts {
            ["aanmelden"] => HubRoute::SignIn,
            ["aanmelden", "sso"] => HubRoute::Sso,
            ["aanmelden", "sso", "terug"] => HubRoute::SsoCallback,
            ["afmelden"] => HubRoute::SignOut,
            ["uitnodiging", token] if !token.is_empty() => HubRoute::Invitation(token.to_string()),
            ["beheer"] => HubRoute::Beheer,
            ["bewaard", "opnieuw"] => HubRoute::Kept,
            ["hooks", "git"] => HubRoute::Webhook,
            _ => return None,
        })
    }
}

/// The kinds of record whose form is the generic one of `records.rs`
/// (`regio/<slug>/nieuw/<kind>`, `regio/<slug>/<kind>/<key>`, one record's
/// `regio/<slug>/<kind>`).
pub(crate) const FORMS: [Record; 14] = [
    Record::Action,
    Record::Knelpunt,
    Record::Overlegtafel,
    Record::Plan,
    Record::Project,
    Record::Development,
    Record::School,
    Record::Coordinator,
    Record::PublicPractice,
    Record::Jaarplan,
    Record::Goal,
    Record::Theme,
    Record::Meeting,
    Record::Measurement,
];

/// A page's handler.
pub(crate) type Get<'r> = Box<dyn FnOnce(&Ctx) -> Result<Reply, WebError> + 'r>;
/// A form's handler.
pub(crate) type Post<'r> = Box<dyn FnOnce(&Ctx, &Form) -> Result<Reply, WebError> + 'r>;

/// A route's declaration: its name (for the log and the audit, never its
/// ids), who may use it, and what answers a GET and a POST (none: 405).
pub(crate) struct Decl<'r> {
    pub name: &'static str,
    pub access: Access,
    pub get: Option<Get<'r>>,
    pub post: Option<Post<'r>>,
}

impl<'r> Decl<'r> {
    fn page(
        name: &'static str,
        access: Access,
        get: impl FnOnce(&Ctx) -> Result<Reply, WebError> + 'r,
    ) -> Decl<'r> {
        Decl {
            name,
            access,
            get: Some(Box::new(get)),
            post: None,
        }
    }

    fn form(
        name: &'static str,
        access: Access,
        post: impl FnOnce(&Ctx, &Form) -> Result<Reply, WebError> + 'r,
    ) -> Decl<'r> {
        Decl {
            name,
            access,
            get: None,
            post: Some(Box::new(post)),
        }
    }

    /// A page with a form of its own at the same address.
    fn both(
        name: &'static str,
        access: Access,
        get: impl FnOnce(&Ctx) -> Result<Reply, WebError> + 'r,
        post: impl FnOnce(&Ctx, &Form) -> Result<Reply, WebError> + 'r,
    ) -> Decl<'r> {
        Decl {
            name,
            access,
            get: Some(Box::new(get)),
            post: Some(Box::new(post)),
        }
    }
}

impl Route {
    /// The route's one declaration.
    pub(crate) fn declare(&self) -> Decl<'_> {
        use Access::*;
        match self {
            Route::Index => Decl::page("index", National, |c| c.national_page(self)),
            Route::Style => Decl::page("style", Anyone, |c| Ok(super::style(&c.query))),
            Route::Problems => Decl::page("problems", National, |c| c.national_page(self)),
            Route::Region(r) => Decl::page("region", Reads(r), |c| c.region_page(r, None)),
            Route::Theme(_) => Decl::page("theme", National, |c| c.national_page(self)),
            Route::Record { region, record, .. } => Decl::both(
                "record",
                match record.kind().who {
                    Who::Editors => Edits(region),
                    Who::Meetings => Meetings(region),
                },
                |c| c.record_form(self, None),
                |c, f| c.record_form(self, Some(f)),
            ),
            Route::Remove { region, record, id } => Decl::both(
                "remove",
                match record.kind().who {
                    Who::Editors => Edits(region),
                    Who::Meetings => Meetings(region),
                },
                |c| c.remove_record(region, *record, id, None),
                |c, f| c.remove_record(region, *record, id, Some(f)),
            ),
            Route::History { region, record, id } => Decl::page("history", Reads(region), |c| {
                c.record_history(region, *record, id)
            }),
            Route::Undo { region, record, id } => Decl::form(
                "undo",
                match record.kind().who {
                    Who::Editors => Edits(region),
                    Who::Meetings => Meetings(region),
                },
                |c, f| c.undo(region, *record, id, f),
            ),
            Route::Changes(r) => Decl::page("changes", Reads(r), |c| c.region_changes(r)),
            Route::ActionStatus { region, id } => {
                Decl::form("action-status", Edits(region), |c, f| {
                    c.action_status(region, id, f)
                })
            }
            Route::KnelpuntResolved { region, id } => {
                Decl::form("knelpunt-resolved", Edits(region), |c, f| {
                    c.knelpunt_resolved(region, id, f)
                })
            }
            Route::Measurement { region, goal } => {
                Decl::form("measurement", Edits(region), |c, f| {
                    c.measurement(region, goal, f)
                })
            }
            Route::Meeting(r) => Decl::form("meeting", Meetings(r), |c, f| c.meeting(r, f)),
            Route::Approval(r) => Decl::form("approval", Edits(r), |c, f| c.approval(r, f)),
            // Reading is national; taking one up is decided per region on
            // the server (`edits` of the region it goes into).
            Route::Practices => Decl::page("practices", National, |c| c.practices_page()),
            Route::Practice { region, id } => Decl::both(
                "practice",
                National,
                |c| c.practice_page(*region, id),
                |c, f| c.adopt(*region, id, f),
            ),
            // Who may open a round or vote is decided per form.
            Route::Round(r) => Decl::both(
                "round",
                Reads(r),
                |c| c.round_page(r, 200, None),
                |c, f| c.round_post(r, f),
            ),
            Route::RoundPdf(r) => Decl::page("round-pdf", Reads(r), |c| c.round_pdf(r)),
            Route::Outcome { region, .. } => Decl::both(
                "outcome",
                Edits(region),
                |c| c.outcome_form(self, None),
                |c, f| c.outcome_form(self, Some(f)),
            ),
            Route::Share => Decl::form("share", Local, |c, f| c.share(f)),
            Route::Hub(h) => Decl {
                name: h.name(),
                access: Hub,
                get: None,
                post: None,
            },
        }
    }

    /// Who may use the route.
    #[cfg(test)]
    pub(crate) fn access(&self) -> Access {
        self.declare().access
    }

    /// The route's name in the log and the audit (never its ids).
    pub(crate) fn name(&self) -> &'static str {
        self.declare().name
    }
}

/// Two routes are the same address (regions and themes are the
/// registry's, one of each).
impl PartialEq for Route {
    fn eq(&self, other: &Route) -> bool {
        self.href() == other.href()
    }
}

/// A path's segments, each percent-decoded (ids may hold any character).
fn segments(path: &str) -> Vec<String> {
    path.split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect()
}

/// A page of one record: `regio/R/<kind>/<key>/<page>`, or
/// `regio/R/<kind>/<page>` for the one record of its kind.
fn record_page(region: &Region, record: Record, id: &str, page: &str) -> String {
    match record.is_one() {
        true => format!("regio/{}/{}/{page}", region.slug, record.segment()),
        false => format!(
            "regio/{}/{}/{}/{page}",
            region.slug,
            record.segment(),
            url_segment(id)
        ),
    }
}

/// One segment of an address, percent-encoded: ids may hold any character.
pub(crate) fn url_segment(segment: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.');
    percent_encoding::utf8_percent_encode(segment, KEEP).to_string()
}

impl Route {
    /// The route of a request's path (with or without its leading `/`);
    /// `None` for an address the site does not have, or a region or
    /// theme that does not exist.
    pub(crate) fn parse(path: &str) -> Option<Route> {
        let path = path.trim_start_matches('/');
        match path {
            "" | "index.html" => return Some(Route::Index),
            "style.css" => return Some(Route::Style),
            "problemen.html" => return Some(Route::Problems),
            "voorbeelden.html" => return Some(Route::Practices),
            "delen" => return Some(Route::Share),
            _ => {}
        }
        if let Some(page) = path
            .strip_prefix("regio/")
            .and_then(|p| p.strip_suffix(".html"))
        {
            return registry::region_by_slug(page).map(Route::Region);
        }
        if let Some(id) = path
            .strip_prefix("thema/")
            .and_then(|p| p.strip_suffix(".html"))
        {
            return THEMES.iter().find(|t| t.id == id).map(Route::Theme);
        }
        let parts = segments(path);
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        if let Some(hub) = HubRoute::parse(&parts) {
            return Some(Route::Hub(hub));
        }
        if let ["voorbeelden", slug, page] = parts.as_slice() {
            let id = page.strip_suffix(".html").filter(|i| !i.is_empty())?;
            let region = match *slug {
                crate::model::NATIONAL_KEY => None,
                slug => Some(registry::region_by_slug(slug)?),
            };
            return Some(Route::Practice {
                region,
                id: id.to_string(),
            });
        }
        let ["regio", slug, rest @ ..] = parts.as_slice() else {
            return None;
        };
        let region = registry::region_by_slug(slug)?;
        let id = |id: &str| (!id.is_empty()).then(|| id.to_string());
        let form = |segment: &str| Record::from_segment(segment).filter(|r| FORMS.contains(r));
        // The kinds with a history: those with forms, and uitstroom rows.
        let listed = |segment: &str| {
            Record::from_segment(segment).filter(|r| FORMS.contains(r) || *r == Record::Outcome)
        };
        let paged = |record, id, page: &str| match page {
            "geschiedenis" => Route::History { region, record, id },
            _ => Route::Undo { region, record, id },
        };
        Some(match rest {
            [one] if form(one).is_some_and(Record::is_one) => Route::Record {
                region,
                record: form(one)?,
                id: None,
            },
            ["nieuw", record] => match form(record)? {
                // One record has no "new"; a record within another is added
                // from its parent (a goal's measurement: `doel/<id>/meting`).
                record if record.is_one() || record.within().is_some() => return None,
                record => Route::Record {
                    region,
                    record,
                    id: None,
                },
            },
            // Uitstroom rows have a form of their own, and are removed as
            // every record is.
            [record, r, "verwijderen"] => match Record::from_segment(record)? {
                record if record.is_one() => return None,
                record if FORMS.contains(&record) || record == Record::Outcome => Route::Remove {
                    region,
                    record,
                    id: id(r)?,
                },
                _ => return None,
            },
            ["wijzigingen"] => Route::Changes(region),
            [kind, page @ ("geschiedenis" | "ongedaan")]
                if listed(kind).is_some_and(Record::is_one) =>
            {
                paged(listed(kind)?, String::new(), page)
            }
            [kind, key, page @ ("geschiedenis" | "ongedaan")]
                if listed(kind).is_some_and(|r| !r.is_one()) =>
            {
                paged(listed(kind)?, id(key)?, page)
            }
            ["accordering"] => Route::Approval(region),
            ["ronde"] => Route::Round(region),
            ["ronde", "jaarplan.pdf"] => Route::RoundPdf(region),
            ["uitstroom"] => Route::Outcome {
                region,
                entry: None,
            },
            ["uitstroom", school, year] => Route::Outcome {
                region,
                entry: Some((id(school)?, id(year)?)),
            },
            ["overleg"] => Route::Meeting(region),
            ["actie", a, "status"] => Route::ActionStatus { region, id: id(a)? },
            ["knelpunt", k, "opgelost"] => Route::KnelpuntResolved { region, id: id(k)? },
            ["doel", g, "meting"] => Route::Measurement {
                region,
                goal: id(g)?,
            },
            [record, r] => match form(record)? {
                record if record.is_one() => return None,
                record => Route::Record {
                    region,
                    record,
                    id: Some(id(r)?),
                },
            },
            _ => return None,
        })
    }

    /// The address, from the site's root (no leading `/`), each id
    /// percent-encoded.
    pub(crate) fn href(&self) -> String {
        let region = |r: &Region| format!("regio/{}", r.slug);
        match self {
            Route::Index => "index.html".into(),
            Route::Style => "style.css".into(),
            Route::Problems => "problemen.html".into(),
            Route::Practices => "voorbeelden.html".into(),
            Route::Share => "delen".into(),
            Route::Hub(h) => h.href(),
            Route::Practice { region: r, id } => format!(
                "voorbeelden/{}/{}.html",
                r.map_or(crate::model::NATIONAL_KEY, |r| r.slug),
                url_segment(id)
            ),
            Route::Region(r) => format!("regio/{}.html", r.slug),
            Route::Theme(t) => format!("thema/{}.html", t.id),
            Route::Record {
                region: r, record, ..
            } if record.is_one() => format!("{}/{}", region(r), record.segment()),
            Route::Record {
                region: r,
                record,
                id: None,
            } => format!("{}/nieuw/{}", region(r), record.segment()),
            Route::Record {
                region: r,
                record,
                id: Some(id),
            } => format!("{}/{}/{}", region(r), record.segment(), url_segment(id)),
            Route::Remove {
                region: r,
                record,
                id,
            } => format!(
                "{}/{}/{}/verwijderen",
                region(r),
                record.segment(),
                url_segment(id)
            ),
            Route::History {
                region: r,
                record,
                id,
            } => record_page(r, *record, id, "geschiedenis"),
            Route::Undo {
                region: r,
                record,
                id,
            } => record_page(r, *record, id, "ongedaan"),
            Route::Changes(r) => format!("{}/wijzigingen", region(r)),
            Route::ActionStatus { region: r, id } => {
                format!("{}/actie/{}/status", region(r), url_segment(id))
            }
            Route::KnelpuntResolved { region: r, id } => {
                format!("{}/knelpunt/{}/opgelost", region(r), url_segment(id))
            }
            Route::Measurement { region: r, goal } => {
                format!("{}/doel/{}/meting", region(r), url_segment(goal))
            }
            Route::Meeting(r) => format!("{}/overleg", region(r)),
            Route::Approval(r) => format!("{}/accordering", region(r)),
            Route::Round(r) => format!("{}/ronde", region(r)),
            Route::RoundPdf(r) => format!("{}/ronde/jaarplan.pdf", region(r)),
            Route::Outcome {
                region: r,
                entry: None,
            } => format!("{}/uitstroom", region(r)),
            Route::Outcome {
                region: r,
                entry: Some((school, year)),
            } => format!(
                "{}/uitstroom/{}/{}",
                region(r),
                url_segment(school),
                url_segment(year)
            ),
        }
    }

    /// The way back to the site's root from the page at this address.
    pub(crate) fn root(&self) -> &'static str {
        match self.href().matches('/').count() {
            0 => "",
            1 => "../",
            2 => "../../",
            3 => "../../../",
            _ => "../../../../",
        }
    }

    /// The region the address is about.
    pub(crate) fn region(&self) -> Option<&'static Region> {
        match self {
            // A practice belongs to the network: its page is a national one.
            Route::Index
            | Route::Style
            | Route::Problems
            | Route::Theme(_)
            | Route::Practices
            | Route::Practice { .. }
            | Route::Share
            | Route::Hub(_) => None,
            Route::Region(r)
            | Route::Record { region: r, .. }
            | Route::Remove { region: r, .. }
            | Route::History { region: r, .. }
            | Route::Undo { region: r, .. }
            | Route::Changes(r)
            | Route::ActionStatus { region: r, .. }
            | Route::KnelpuntResolved { region: r, .. }
            | Route::Measurement { region: r, .. }
            | Route::Meeting(r)
            | Route::Approval(r)
            | Route::Round(r)
            | Route::RoundPdf(r)
            | Route::Outcome { region: r, .. } => Some(r),
        }
    }

    /// The form of an existing record: its kind's generic form, or an
    /// uitstroom row's own (`key` is `school/year`).
    pub(crate) fn form_of(region: &'static Region, record: Record, key: &str) -> Route {
        match (record, key.split_once(crate::records::KEY_SEPARATOR)) {
            (Record::Outcome, Some((school, year))) => Route::Outcome {
                region,
                entry: Some((school.to_string(), year.to_string())),
            },
            _ => Route::Record {
                region,
                record,
                id: (!record.is_one()).then(|| key.to_string()),
            },
        }
    }

    /// A record's form that adds one.
    pub(crate) fn adds(&self) -> bool {
        matches!(self, Route::Record { record, id: None, .. } if !record.is_one())
    }

    /// Where on the region's page a small form is, and what its edit
    /// returns to (`actie-<id>`, `doel-<id>`, `overleg`, …).
    pub(crate) fn anchor(&self) -> String {
        match self {
            Route::ActionStatus { id, .. } => Record::Action.anchor(id),
            Route::KnelpuntResolved { id, .. } => Record::Knelpunt.anchor(id),
            Route::Measurement { goal, .. } => format!("doel-{goal}"),
            Route::Meeting(_) => "overleg".into(),
            Route::Approval(_) => "accordering".into(),
            Route::Round(_) | Route::RoundPdf(_) => "ronde".into(),
            Route::Outcome { entry: None, .. } => "nieuw-uitstroom".into(),
            Route::Outcome {
                entry: Some((school, year)),
                ..
            } => format!("uitstroom-{school}-{year}"),
            Route::Record {
                record, id: None, ..
            } if !record.is_one() => format!("nieuw-{}", record.segment()),
            Route::Record { record, id, .. } => record.anchor(id.as_deref().unwrap_or("")),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(slug: &str) -> &'static Region {
        registry::region_by_slug(slug).unwrap()
    }

    #[test]
    fn every_address_reads_back_as_its_route() {
        let mh = region("midden-holland");
        let routes = vec![
            Route::Index,
            Route::Style,
            Route::Problems,
            Route::Region(mh),
            Route::Theme(&THEMES[1]),
            Route::Record {
                region: mh,
                record: Record::Coordinator,
                id: None,
            },
            Route::Record {
                region: mh,
                record: Record::School,
                id: None,
            },
            Route::Record {
                region: mh,
                record: Record::Development,
                id: Some("één/twee ?#".into()),
            },
            Route::Remove {
                region: mh,
                record: Record::Measurement,
                id: "doel/2026-10-01".into(),
            },
            Route::History {
                region: mh,
                record: Record::Jaarplan,
                id: String::new(),
            },
            Route::History {
                region: mh,
                record: Record::Action,
                id: "a b".into(),
            },
            Route::Undo {
                region: mh,
                record: Record::Meeting,
                id: "stuurgroep/2026-10-01".into(),
            },
            Route::Changes(mh),
            Route::ActionStatus {
                region: mh,
                id: "a b".into(),
            },
            Route::KnelpuntResolved {
                region: mh,
                id: "k".into(),
            },
            Route::Measurement {
                region: mh,
                goal: "g".into(),
            },
            Route::Meeting(mh),
            Route::Approval(mh),
            Route::Round(mh),
            Route::RoundPdf(mh),
            Route::Practices,
            Route::Practice {
                region: Some(mh),
                id: "stage bank/2".into(),
            },
            Route::Practice {
                region: None,
                id: "boris".into(),
            },
            Route::Outcome {
                region: mh,
                entry: None,
            },
            Route::Outcome {
                region: mh,
                entry: Some(("pro a/b".into(), "2025-2026".into())),
            },
            Route::Share,
            Route::Hub(HubRoute::Invitation("abc123".into())),
        ];
        let routes: Vec<Route> = routes
            .into_iter()
            .chain(HubRoute::FIXED.map(Route::Hub))
            .collect();
        for route in routes {
            let href = route.href();
            assert!(href.is_ascii(), "{href}");
            assert_eq!(Route::parse(&href), Some(route.clone()), "{href}");
            assert_eq!(Route::parse(&format!("/{href}")), Some(route), "{href}");
        }
        assert_eq!(
            Route::Record {
                region: mh,
                record: Record::Development,
                id: Some("één/twee".into()),
            }
            .href(),
            "regio/midden-holland/ontwikkeling/%C3%A9%C3%A9n%2Ftwee"
        );
    }

    #[test]
    fn addresses_that_do_not_exist_are_none() {
        for path in [
            "regio/nergens.html",
            "regio/..%2f..%2fetc/actie/x/status",
            "regio/midden-holland/nieuw/netwerkcoordinator",
            "regio/midden-holland/netwerkcoordinator/x",
            "regio/midden-holland/jaarplan/x/verwijderen",
            "regio/midden-holland/actie/",
            "regio/midden-holland/actie//status",
            "regio/midden-holland/onbekend/x",
            "thema/geen.html",
            "geheim.txt",
        ] {
            assert_eq!(Route::parse(path), None, "{path}");
        }
    }

    #[test]
    fn the_way_back_to_the_root() {
        let mh = region("midden-holland");
        assert_eq!(Route::Index.root(), "");
        assert_eq!(Route::Region(mh).root(), "../");
        assert_eq!(
            Route::Record {
                region: mh,
                record: Record::Coordinator,
                id: None
            }
            .root(),
            "../../"
        );
        assert_eq!(
            Route::Record {
                region: mh,
                record: Record::Action,
                id: Some("x".into())
            }
            .root(),
            "../../../"
        );
    }
}
