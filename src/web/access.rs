//! Who may do what. Every route declares who may use it ([`Access`]); the
//! core decides it here for the person of the request, on the server,
//! before any handler runs: a form that a page does not show is refused
//! just the same when its address is typed. The hub's people have a role;
//! the local workbench has one local person.

use crate::registry::Region;
use crate::web::Route;

/// Who may use a route, as its declaration says.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Access {
    /// Anyone, signed in or not (the style sheet).
    Anyone,
    /// Who reads the network's pages (all but a directie).
    National,
    /// Who reads the region.
    Reads(&'static Region),
    /// Who edits the region.
    Edits(&'static Region),
    /// Who records the region's stuurgroep meetings.
    Meetings(&'static Region),
    /// The local workbench's person only (sharing with `vsopro sync`).
    Local,
    /// The hub's own pages (signing in, accounts): the hub decides.
    Hub,
}

/// A person's role in the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    /// The national office: everything, accounts too.
    Beheerder,
    /// Edits their regions, reads everything.
    Coordinator,
    /// Reads their region and the national pages; records the stuurgroep's
    /// meetings.
    Stuurgroep,
    /// Reads the region of their institutions.
    Directie,
    /// Reads the national pages and every region.
    Lezer,
}

impl Role {
    pub(crate) const ALL: [Role; 5] = [
        Role::Beheerder,
        Role::Coordinator,
        Role::Stuurgroep,
        Role::Directie,
        Role::Lezer,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Role::Beheerder => "beheerder",
            Role::Coordinator => "coordinator",
            Role::Stuurgroep => "stuurgroep",
            Role::Directie => "directie",
            Role::Lezer => "lezer",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Role> {
        let s = s.trim().to_lowercase();
        let s = if s == "coördinator" {
            "coordinator"
        } else {
            s.as_str()
        };
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The role as a page names it: "coördinator".
    pub(crate) fn word(self) -> String {
        crate::i18n::message(&format!("role-{}", self.as_str()), &[])
    }

    /// A role that belongs to regions (and must name at least one).
    pub(crate) fn has_regions(self) -> bool {
        matches!(self, Role::Coordinator | Role::Stuurgroep | Role::Directie)
    }
}

/// A signed-in person as the server decides on them.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// Region slugs.
    pub regions: Vec<String>,
    /// A directie's institutions (school ids or BRIN) they vote for.
    pub institutions: Vec<String>,
    /// The local workbench's one person (on their own data), not a hub's
    /// account.
    pub local: bool,
}

impl Person {
    /// The local workbench's person: a coordinator of every region, or a
    /// reader (`--read-only`); their commits are by git's own identity.
    pub(crate) fn local(read_only: bool) -> Person {
        Person {
            id: 0,
            email: String::new(),
            name: String::new(),
            role: if read_only {
                Role::Lezer
            } else {
                Role::Coordinator
            },
            regions: crate::registry::REGIONS
                .iter()
                .map(|r| r.slug.to_string())
                .collect(),
            institutions: Vec::new(),
            local: true,
        }
    }

    fn of(&self, region: &Region) -> bool {
        self.regions.iter().any(|r| r == region.slug)
    }

    /// Edits at least one region.
    pub(crate) fn edits_some(&self) -> bool {
        crate::registry::REGIONS.iter().any(|r| self.edits(r))
    }

    /// The person's role in the page's header: "A. Jansen (coördinator)".
    pub(crate) fn signed_in(&self) -> Option<String> {
        (!self.local).then(|| format!("{} ({})", self.name, self.role.word()))
    }

    /// The person's own regions (a hub account's), in the order given.
    pub(crate) fn own_regions(&self) -> Vec<&'static Region> {
        if self.local {
            return Vec::new();
        }
        self.regions
            .iter()
            .filter_map(|s| crate::registry::region_by_slug(s))
            .collect()
    }

    /// Where the person starts after signing in: a coordinator's or a
    /// stuurgroep member's one region; the root otherwise (the national
    /// overview, which lists several regions in its header, or for a
    /// directie their region or its round).
    pub(crate) fn landing(&self) -> Option<Route> {
        match (self.role, self.own_regions().as_slice()) {
            (Role::Coordinator | Role::Stuurgroep, [one]) => Some(Route::Region(one)),
            _ => None,
        }
    }

    /// The national pages: the map, the problems, the themes.
    pub(crate) fn reads_national(&self) -> bool {
        self.role != Role::Directie
    }

    /// Every page of the network links to the regions' pages: whoever
    /// reads the network reads them (the directie, who has only their
    /// region, reads only its page).
    pub(crate) fn reads(&self, region: &Region) -> bool {
        match self.role {
            Role::Beheerder | Role::Coordinator | Role::Stuurgroep | Role::Lezer => true,
            Role::Directie => self.of(region),
        }
    }

    /// Sees the region's exact uitstroom figures: someone of the region
    /// (or the beheerder); everyone else sees them as they leave the
    /// region, small numbers suppressed.
    pub(crate) fn inside(&self, region: &Region) -> bool {
        self.role == Role::Beheerder || self.of(region)
    }

    pub(crate) fn edits(&self, region: &Region) -> bool {
        match self.role {
            Role::Beheerder => true,
            Role::Coordinator => self.of(region),
            _ => false,
        }
    }

    /// Edits `region`, when there is one.
    pub(crate) fn edits_any(&self, region: Option<&Region>) -> bool {
        region.is_some_and(|r| self.edits(r))
    }

    /// The stuurgroep's meeting notes and decisions of `region`.
    pub(crate) fn records_meetings(&self, region: &Region) -> bool {
        self.edits(region) || (self.role == Role::Stuurgroep && self.of(region))
    }

    /// The institutions of `region` this person votes for in its round: a
    /// directie of the region, for the institutions their account names.
    pub(crate) fn votes_for(&self, region: &Region) -> Vec<String> {
        if self.role == Role::Directie && self.of(region) {
            self.institutions.clone()
        } else {
            Vec::new()
        }
    }

    /// Whether the person may use a route that declares `access`.
    pub(crate) fn may_use(&self, access: Access) -> bool {
        match access {
            Access::Anyone | Access::Hub => true,
            Access::National => self.reads_national(),
            Access::Reads(r) => self.reads(r),
            Access::Edits(r) => self.edits(r),
            Access::Meetings(r) => self.records_meetings(r),
            Access::Local => self.local,
        }
    }

    /// Whether the person may have this route (GET or POST), as its
    /// declaration says.
    #[cfg(test)]
    pub(crate) fn may(&self, route: &Route) -> bool {
        self.may_use(route.access())
    }
}

/// The routes of the hub, one of each kind, as docs/hub.md lists them
/// (only the documentation's test needs them):
/// (address, its route for a person of `own`, its route in another region).
#[cfg(test)]
fn route_kinds() -> Vec<(&'static str, Route, Route)> {
    use crate::records::Record;
    let own = crate::registry::region_by_slug("midden-holland").expect("a region");
    let other = crate::registry::region_by_slug("gorinchem").expect("a region");
    let both = |f: &dyn Fn(&'static Region) -> Route| (f(own), f(other));
    let mut rows = Vec::new();
    let mut row = |path: &'static str, f: &dyn Fn(&'static Region) -> Route| {
        let (a, b) = both(f);
        rows.push((path, a, b));
    };
    row("index.html, thema/…, problemen.html", &|_| Route::Index);
    row("regio/R.html", &|r| Route::Region(r));
    row(
        "regio/R/nieuw/…, regio/R/<record>/<id>, regio/R/netwerkcoordinator",
        &|r| Route::Record {
            region: r,
            record: Record::Action,
            id: None,
        },
    );
    row(
        "regio/R/nieuw/overleg, regio/R/overleg/<soort>/<datum>",
        &|r| Route::Record {
            region: r,
            record: Record::Meeting,
            id: None,
        },
    );
    row("regio/R/<record>/<id>/verwijderen", &|r| Route::Remove {
        region: r,
        record: Record::Action,
        id: "a".into(),
    });
    row(
        "regio/R/wijzigingen, regio/R/<record>/<id>/geschiedenis",
        &|r| Route::Changes(r),
    );
    row("regio/R/<record>/<id>/ongedaan", &|r| Route::Undo {
        region: r,
        record: Record::Action,
        id: "a".into(),
    });
    row("regio/R/actie/<id>/status", &|r| Route::ActionStatus {
        region: r,
        id: "a".into(),
    });
    row("regio/R/knelpunt/<id>/opgelost", &|r| {
        Route::KnelpuntResolved {
            region: r,
            id: "k".into(),
        }
    });
    row("regio/R/doel/<id>/meting", &|r| Route::Measurement {
        region: r,
        goal: "g".into(),
    });
    row("regio/R/uitstroom[/<school>/<year>]", &|r| Route::Outcome {
        region: r,
        entry: None,
    });
    row("regio/R/overleg", &|r| Route::Meeting(r));
    row("regio/R/accordering", &|r| Route::Approval(r));
    row("regio/R/ronde, regio/R/ronde/jaarplan.pdf", &|r| {
        Route::Round(r)
    });
    rows
}

/// The table route × role of docs/hub.md, from the rules above: for each
/// route, per role, whether a person may have it in their own region (R)
/// and in another.
#[cfg(test)]
fn table() -> String {
    let mut out = String::from("| route | ");
    let roles: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    out.push_str(&roles.join(" | "));
    out.push_str(" |\n|---|");
    out.push_str(&"---|".repeat(roles.len()));
    out.push('\n');
    let mark = |own: bool, other: bool| match (own, other) {
        (true, true) => "yes",
        (true, false) => "own region",
        (false, false) => "no",
        (false, true) => "other regions",
    };
    for (path, own, other) in route_kinds() {
        out.push_str(&format!("| `{path}` |"));
        for role in Role::ALL {
            let p = Person {
                id: 0,
                email: String::new(),
                name: String::new(),
                role,
                regions: vec!["midden-holland".into()],
                institutions: Vec::new(),
                local: false,
            };
            out.push_str(&format!(" {} |", mark(p.may(&own), p.may(&other))));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_in_docs_hub_md_is_the_rules() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/hub.md"))
            .expect("docs/hub.md");
        let table = table();
        assert!(doc.contains(&table), "docs/hub.md must hold:\n{table}");
    }

    fn person(role: Role, regions: &[&str]) -> Person {
        Person {
            id: 1,
            email: "a@b.nl".into(),
            name: "A".into(),
            role,
            regions: regions.iter().map(|r| r.to_string()).collect(),
            institutions: Vec::new(),
            local: false,
        }
    }

    #[test]
    fn roles_decide_every_route() {
        let mh = crate::registry::region_by_slug("midden-holland").unwrap();
        let gv = crate::registry::region_by_slug("gooi-en-vechtstreek").unwrap();
        let edit = Route::ActionStatus {
            region: mh,
            id: "a".into(),
        };
        let coordinator = person(Role::Coordinator, &["midden-holland"]);
        assert!(coordinator.may(&edit) && coordinator.may(&Route::Region(gv)));
        assert!(!coordinator.may(&Route::Meeting(gv)));
        let stuurgroep = person(Role::Stuurgroep, &["midden-holland"]);
        assert!(stuurgroep.may(&Route::Meeting(mh)) && !stuurgroep.may(&edit));
        assert!(stuurgroep.may(&Route::Region(gv)) && stuurgroep.may(&Route::Index));
        let directie = person(Role::Directie, &["midden-holland"]);
        assert!(directie.may(&Route::Region(mh)) && !directie.may(&Route::Index));
        let lezer = person(Role::Lezer, &[]);
        assert!(lezer.may(&Route::Region(gv)) && !lezer.may(&edit));
        assert!(person(Role::Beheerder, &[]).may(&edit));
        assert_eq!(Role::parse("Coördinator"), Some(Role::Coordinator));
    }
}
