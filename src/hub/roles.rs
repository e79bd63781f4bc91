//! Who may do what in the hub. Every route is decided here, on the server,
//! before any handler runs: a form that a page does not show is refused
//! just the same when its address is typed.

use crate::registry::Region;
use crate::site::Route;

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
}

impl Person {
    fn of(&self, region: &Region) -> bool {
        self.regions.iter().any(|r| r == region.slug)
    }

    /// The national pages: the map, the problems, the themes.
    pub(crate) fn reads_national(&self) -> bool {
        self.role != Role::Directie
    }

    pub(crate) fn reads(&self, region: &Region) -> bool {
        match self.role {
            Role::Beheerder | Role::Coordinator | Role::Lezer => true,
            Role::Stuurgroep | Role::Directie => self.of(region),
        }
    }

    pub(crate) fn edits(&self, region: &Region) -> bool {
        match self.role {
            Role::Beheerder => true,
            Role::Coordinator => self.of(region),
            _ => false,
        }
    }

    /// The stuurgroep's meeting notes and decisions of `region`.
    pub(crate) fn records_meetings(&self, region: &Region) -> bool {
        self.edits(region) || (self.role == Role::Stuurgroep && self.of(region))
    }

    /// Whether the person may have this route (GET or POST).
    pub(crate) fn may(&self, route: &Route) -> bool {
        match route {
            Route::Style => true,
            Route::Index | Route::Problems | Route::Theme(_) => self.reads_national(),
            Route::Region(r) => self.reads(r),
            Route::Meeting(r) => self.records_meetings(r),
            Route::Record { region, .. }
            | Route::ActionStatus { region, .. }
            | Route::KnelpuntResolved { region, .. }
            | Route::Measurement { region, .. }
            | Route::Outcome { region, .. } => self.edits(region),
            Route::Approval(r) => self.edits(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(role: Role, regions: &[&str]) -> Person {
        Person {
            id: 1,
            email: "a@b.nl".into(),
            name: "A".into(),
            role,
            regions: regions.iter().map(|r| r.to_string()).collect(),
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
        assert!(!stuurgroep.may(&Route::Region(gv)) && stuurgroep.may(&Route::Index));
        let directie = person(Role::Directie, &["midden-holland"]);
        assert!(directie.may(&Route::Region(mh)) && !directie.may(&Route::Index));
        let lezer = person(Role::Lezer, &[]);
        assert!(lezer.may(&Route::Region(gv)) && !lezer.may(&edit));
        assert!(person(Role::Beheerder, &[]).may(&edit));
        assert_eq!(Role::parse("Coördinator"), Some(Role::Coordinator));
    }
}
