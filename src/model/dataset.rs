//! The loaded data: every region with its five files, the national settings
//! and the sources they came from. Rules and reports read it through the
//! accessors here, never by walking the files' structure themselves.

use super::*;
use crate::diag::Diagnostic;
use crate::registry::Region;
use crate::source::SourceFile;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Whether a region file was there and could be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStatus {
    Missing,
    /// Present, but too broken to yield a value (syntax error, missing required key, ...).
    Broken,
    Loaded,
}

/// One file of a region as loaded.
#[derive(Debug, Clone)]
pub struct Part<T> {
    /// Path relative to the data root.
    pub path: String,
    pub status: FileStatus,
    pub value: Option<T>,
}

/// Entities dropped because they could not be read, as (table name, id):
/// references to them are not errors.
pub type Unparsed = BTreeSet<(String, String)>;

#[derive(Debug, Clone)]
pub struct RegionData {
    pub info: &'static Region,
    /// `regions/<slug>`
    pub dir: String,
    pub region: Part<RegionFile>,
    pub schools: Part<SchoolsFile>,
    pub overlegtafels: Part<OverlegtafelsFile>,
    pub actions: Part<ActionsFile>,
    pub jaarplan: Part<JaarplanFile>,
    /// Where the leavers went (optional: aggregates a school reports).
    pub uitstroom: Part<UitstroomFile>,
    /// Good practices from public sources (optional; examples, never
    /// counted as the region's actions).
    pub practices: Part<PracticesFile>,
    pub unparsed: Unparsed,
    /// Entities (table name, id) that hold a stand-in for a missing or
    /// invalid value; `(file kind, "")` for a file's top level.
    pub guessed: Unparsed,
}

#[derive(Debug, Default)]
pub struct Dataset {
    pub root: PathBuf,
    pub settings: SettingsFile,
    /// Every file that was read, by path relative to the root.
    pub sources: BTreeMap<String, SourceFile>,
    /// Official regions that have a folder, sorted by slug.
    pub regions: Vec<RegionData>,
    /// Problems found while reading (before any rule ran).
    pub diagnostics: Vec<Diagnostic>,
    /// The CODEOWNERS file at the data root, if there is one (its text is
    /// in `sources`).
    pub codeowners: Option<String>,
    /// The national programmes' practices from public sources
    /// (`practices.toml` at the root), where there is that file.
    pub practices: Option<PracticesFile>,
}

impl Dataset {
    pub fn region(&self, code: &str) -> Option<&RegionData> {
        self.regions.iter().find(|r| r.info.code == code)
    }
}

impl<T> Part<T> {
    /// The file's path and status without its contents.
    fn without_value<U>(self) -> Part<U> {
        Part {
            path: self.path,
            status: self.status,
            value: None,
        }
    }
}

impl RegionData {
    /// The region with its region.toml and the files `keep` names, the
    /// others' contents dropped: what the national rules and a national
    /// report need once the region has been checked.
    pub fn lean(self, keep: &[FileKind]) -> RegionData {
        fn part<T>(p: Part<T>, kind: FileKind, keep: &[FileKind]) -> Part<T> {
            if keep.contains(&kind) {
                p
            } else {
                p.without_value()
            }
        }
        RegionData {
            schools: part(self.schools, FileKind::Schools, keep),
            overlegtafels: part(self.overlegtafels, FileKind::Overlegtafels, keep),
            actions: part(self.actions, FileKind::Actions, keep),
            jaarplan: part(self.jaarplan, FileKind::Jaarplan, keep),
            uitstroom: part(self.uitstroom, FileKind::Uitstroom, keep),
            practices: part(self.practices, FileKind::Practices, keep),
            ..self
        }
    }

    /// The path of one of the region's files, relative to the data root.
    pub fn path(&self, kind: FileKind) -> &str {
        match kind {
            FileKind::Region => &self.region.path,
            FileKind::Schools => &self.schools.path,
            FileKind::Overlegtafels => &self.overlegtafels.path,
            FileKind::Actions => &self.actions.path,
            FileKind::Jaarplan => &self.jaarplan.path,
            FileKind::Uitstroom => &self.uitstroom.path,
            FileKind::Practices => &self.practices.path,
        }
    }

    /// How one of the region's files was found.
    pub fn status(&self, kind: FileKind) -> FileStatus {
        match kind {
            FileKind::Region => self.region.status,
            FileKind::Schools => self.schools.status,
            FileKind::Overlegtafels => self.overlegtafels.status,
            FileKind::Actions => self.actions.status,
            FileKind::Jaarplan => self.jaarplan.status,
            FileKind::Uitstroom => self.uitstroom.status,
            FileKind::Practices => self.practices.status,
        }
    }

    pub fn region_file(&self) -> Option<&RegionFile> {
        self.region.value.as_ref()
    }

    pub fn coordinator(&self) -> Option<&Coordinator> {
        self.region_file().map(|f| &f.coordinator)
    }

    pub fn municipalities(&self) -> &[Text] {
        self.region_file().map_or(&[], |f| &f.municipalities)
    }

    pub fn stuurgroep(&self) -> &[StuurgroepMember] {
        self.region_file().map_or(&[], |f| &f.stuurgroep)
    }

    pub fn schools(&self) -> &[School] {
        self.schools.value.as_ref().map_or(&[], |f| &f.schools)
    }

    pub fn school(&self, id: &str) -> Option<&School> {
        self.schools().iter().find(|s| s.id.get_ref() == id)
    }

    pub fn overlegtafels(&self) -> &[Overlegtafel] {
        self.overlegtafels
            .value
            .as_ref()
            .map_or(&[], |f| &f.overlegtafels)
    }

    /// The `[[plan]]`s, `[[project]]`s and `[[development]]`s, in that order.
    pub fn initiatives(&self) -> impl Iterator<Item = (InitiativeKind, &Initiative)> {
        InitiativeKind::ALL
            .iter()
            .flat_map(move |&kind| self.initiatives_of(kind).iter().map(move |i| (kind, i)))
    }

    pub fn initiatives_of(&self, kind: InitiativeKind) -> &[Initiative] {
        self.overlegtafels
            .value
            .as_ref()
            .map_or(&[], |f| match kind {
                InitiativeKind::Plan => &f.plans,
                InitiativeKind::Project => &f.projects,
                InitiativeKind::Development => &f.developments,
            })
    }

    pub fn knelpunten(&self) -> &[Knelpunt] {
        self.actions.value.as_ref().map_or(&[], |f| &f.knelpunten)
    }

    pub fn actions(&self) -> &[Action] {
        self.actions.value.as_ref().map_or(&[], |f| &f.actions)
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions().iter().find(|a| a.id.get_ref() == id)
    }

    /// The good practices from public sources of the region.
    pub fn public_practices(&self) -> &[PublicPractice] {
        self.practices.value.as_ref().map_or(&[], |f| &f.practices)
    }

    /// Where the leavers went, per school and school year.
    pub fn outcomes(&self) -> &[Outcome] {
        self.uitstroom.value.as_ref().map_or(&[], |f| &f.outcomes)
    }

    pub fn jaarplan(&self) -> Option<&JaarplanFile> {
        self.jaarplan.value.as_ref()
    }

    pub fn goals(&self) -> &[Goal] {
        self.jaarplan().map_or(&[], |j| &j.goals)
    }

    /// The ids of every entity of one kind, in file order.
    pub fn ids(&self, kind: EntityKind) -> Vec<&Text> {
        match kind {
            EntityKind::School => self.schools().iter().map(|x| &x.id).collect(),
            EntityKind::Overlegtafel => self.overlegtafels().iter().map(|x| &x.id).collect(),
            EntityKind::Plan => ids_of(self.initiatives_of(InitiativeKind::Plan)),
            EntityKind::Project => ids_of(self.initiatives_of(InitiativeKind::Project)),
            EntityKind::Development => ids_of(self.initiatives_of(InitiativeKind::Development)),
            EntityKind::Knelpunt => self.knelpunten().iter().map(|x| &x.id).collect(),
            EntityKind::Action => self.actions().iter().map(|x| &x.id).collect(),
            EntityKind::Goal => self.goals().iter().map(|x| &x.id).collect(),
            EntityKind::Theme => self
                .jaarplan()
                .map_or(&[][..], |j| &j.themes)
                .iter()
                .map(|x| &x.id)
                .collect(),
        }
    }

    /// Ids of entities of this kind that were dropped for errors.
    pub fn unparsed_ids(&self, kind: EntityKind) -> impl Iterator<Item = &str> {
        self.unparsed
            .iter()
            .filter(move |(table, _)| table == kind.as_str())
            .map(|(_, id)| id.as_str())
    }

    /// Whether an entity holds a stand-in value (see `parse`): rules do not
    /// judge what it contains.
    pub fn is_guessed(&self, kind: EntityKind, id: &Text) -> bool {
        self.guessed
            .contains(&(kind.as_str().to_string(), id.get_ref().clone()))
    }

    /// Whether the top level of a file (its keys and plain tables) holds a stand-in.
    pub fn is_top_guessed(&self, kind: FileKind) -> bool {
        self.guessed
            .contains(&(kind.as_str().to_string(), String::new()))
    }

    /// Every `themes` list of the region, with the entity that carries it.
    pub fn theme_lists(&self) -> Vec<(EntityKind, &Text, &Spanned<Vec<Text>>)> {
        let mut lists = Vec::new();
        for t in self.overlegtafels() {
            lists.extend(
                t.themes
                    .as_ref()
                    .map(|l| (EntityKind::Overlegtafel, &t.id, l)),
            );
        }
        for (kind, i) in self.initiatives() {
            lists.extend(i.themes.as_ref().map(|l| (kind.into(), &i.id, l)));
        }
        for k in self.knelpunten() {
            lists.extend(k.themes.as_ref().map(|l| (EntityKind::Knelpunt, &k.id, l)));
        }
        for a in self.actions() {
            lists.push((EntityKind::Action, &a.id, &a.themes));
        }
        for g in self.goals() {
            lists.extend(g.themes.as_ref().map(|l| (EntityKind::Goal, &g.id, l)));
        }
        lists
    }

    /// The actions that address a knelpunt.
    pub fn actions_addressing<'a>(&'a self, knelpunt: &'a str) -> impl Iterator<Item = &'a Action> {
        self.actions()
            .iter()
            .filter(move |a| a.addresses.iter().any(|k| k.get_ref() == knelpunt))
    }

    /// `actions_addressing` for every knelpunt at once (each action once per
    /// knelpunt, in file order): for reports that list them all, where
    /// asking per knelpunt would read every action for each.
    pub fn actions_by_knelpunt(&self) -> std::collections::HashMap<&str, Vec<&Action>> {
        let mut map: std::collections::HashMap<&str, Vec<&Action>> = Default::default();
        for a in self.actions() {
            for (i, k) in a.addresses.iter().enumerate() {
                let k = k.get_ref().as_str();
                if !a.addresses[..i].iter().any(|x| x.get_ref() == k) {
                    map.entry(k).or_default().push(a);
                }
            }
        }
        map
    }

    /// The schools by id (the first of an id that is used twice).
    pub fn schools_by_id(&self) -> std::collections::HashMap<&str, &School> {
        let mut map = std::collections::HashMap::new();
        for s in self.schools() {
            map.entry(s.id.get_ref().as_str()).or_insert(s);
        }
        map
    }
}

fn ids_of(items: &[Initiative]) -> Vec<&Text> {
    items.iter().map(|x| &x.id).collect()
}
