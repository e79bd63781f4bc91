//! The files of a data root and the kinds of entity they hold: the one place
//! that names them.

use super::str_enum;

/// The folder under the data root that holds one folder per region.
pub const REGIONS_DIR: &str = "regions";

str_enum! {
    /// The files of a region folder, in the order they are presented.
    pub enum FileKind {
        Region = "region",
        Schools = "schools",
        Overlegtafels = "overlegtafels",
        Actions = "actions",
        Jaarplan = "jaarplan",
        Uitstroom = "uitstroom",
        Practices = "practices",
    }
}

/// The national settings at the data root.
pub const SETTINGS_FILE: &str = "vsopro.toml";

impl FileKind {
    /// The files of a region folder, in the order they are presented.
    pub const REGION: [FileKind; 7] = [
        FileKind::Region,
        FileKind::Schools,
        FileKind::Overlegtafels,
        FileKind::Actions,
        FileKind::Jaarplan,
        FileKind::Uitstroom,
        FileKind::Practices,
    ];

    /// Its place in [`FileKind::REGION`]: the order of declaration.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The file name: `schools.toml`.
    pub const fn file_name(self) -> &'static str {
        match self {
            FileKind::Region => "region.toml",
            FileKind::Schools => "schools.toml",
            FileKind::Overlegtafels => "overlegtafels.toml",
            FileKind::Actions => "actions.toml",
            FileKind::Jaarplan => "jaarplan.toml",
            FileKind::Uitstroom => "uitstroom.toml",
            FileKind::Practices => "practices.toml",
        }
    }
}

str_enum! {
    /// The kinds of file with a JSON Schema: those of a region folder and
    /// the settings.
    pub enum SchemaKind {
        Region = "region",
        Schools = "schools",
        Overlegtafels = "overlegtafels",
        Actions = "actions",
        Jaarplan = "jaarplan",
        Uitstroom = "uitstroom",
        Practices = "practices",
        Settings = "settings",
    }
}

impl SchemaKind {
    /// The file name: `schools.toml`, or `vsopro.toml` for the settings.
    pub const fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Region => FileKind::Region.file_name(),
            SchemaKind::Schools => FileKind::Schools.file_name(),
            SchemaKind::Overlegtafels => FileKind::Overlegtafels.file_name(),
            SchemaKind::Actions => FileKind::Actions.file_name(),
            SchemaKind::Jaarplan => FileKind::Jaarplan.file_name(),
            SchemaKind::Uitstroom => FileKind::Uitstroom.file_name(),
            SchemaKind::Practices => FileKind::Practices.file_name(),
            SchemaKind::Settings => SETTINGS_FILE,
        }
    }

    /// The kind a file name (`schools`, `schools.toml`, `vsopro.toml`) names.
    pub fn from_name(s: &str) -> Option<SchemaKind> {
        SchemaKind::ALL.iter().copied().find(|k| {
            k.as_str() == s || k.file_name() == s || (s == "vsopro" && *k == SchemaKind::Settings)
        })
    }
}

impl From<FileKind> for SchemaKind {
    fn from(k: FileKind) -> SchemaKind {
        match k {
            FileKind::Region => SchemaKind::Region,
            FileKind::Schools => SchemaKind::Schools,
            FileKind::Overlegtafels => SchemaKind::Overlegtafels,
            FileKind::Actions => SchemaKind::Actions,
            FileKind::Jaarplan => SchemaKind::Jaarplan,
            FileKind::Uitstroom => SchemaKind::Uitstroom,
            FileKind::Practices => SchemaKind::Practices,
        }
    }
}

/// The file names of a region folder, for messages and directory listings.
pub const REGION_FILE_NAMES: [&str; 7] = [
    FileKind::Region.file_name(),
    FileKind::Schools.file_name(),
    FileKind::Overlegtafels.file_name(),
    FileKind::Actions.file_name(),
    FileKind::Jaarplan.file_name(),
    FileKind::Uitstroom.file_name(),
    FileKind::Practices.file_name(),
];

/// Where a region's file lives, relative to the data root: `regions/<slug>/<file>`.
pub fn region_path(slug: &str, kind: FileKind) -> String {
    format!("{REGIONS_DIR}/{slug}/{}", kind.file_name())
}

str_enum! {
    /// Every kind of entity with an id; the spelling is its TOML table name.
    pub enum EntityKind {
        School = "school",
        Overlegtafel = "overlegtafel",
        Plan = "plan",
        Project = "project",
        Development = "development",
        Knelpunt = "knelpunt",
        Action = "action",
        Goal = "goal",
        /// A `[[theme]]` choice in jaarplan.toml.
        Theme = "theme",
    }
}

impl EntityKind {
    /// The file that defines entities of this kind.
    pub fn file(self) -> FileKind {
        match self {
            EntityKind::School => FileKind::Schools,
            EntityKind::Overlegtafel
            | EntityKind::Plan
            | EntityKind::Project
            | EntityKind::Development => FileKind::Overlegtafels,
            EntityKind::Knelpunt | EntityKind::Action => FileKind::Actions,
            EntityKind::Goal | EntityKind::Theme => FileKind::Jaarplan,
        }
    }
}

str_enum! {
    /// The three kinds of `[[plan]]`, `[[project]]` and `[[development]]`.
    pub enum InitiativeKind {
        Plan = "plan",
        Project = "project",
        Development = "development",
    }
}

impl From<InitiativeKind> for EntityKind {
    fn from(k: InitiativeKind) -> Self {
        match k {
            InitiativeKind::Plan => EntityKind::Plan,
            InitiativeKind::Project => EntityKind::Project,
            InitiativeKind::Development => EntityKind::Development,
        }
    }
}

/// Dutch key and table names people write, with the English key the format
/// uses: `naam = "..."` is read as `name` (and reported once, with the
/// English key in its help), so a Dutch key does not also cause "missing key".
pub const DUTCH_KEYS: &[(&str, &str)] = &[
    ("naam", "name"),
    ("soort", "kind"),
    ("gemeente", "municipality"),
    ("gemeenten", "municipalities"),
    ("leerlingen", "students"),
    ("bestuur", "board"),
    ("profielen", "profiles"),
    ("uitstroomprofielen", "profiles"),
    ("themas", "themes"),
    ("thema's", "themes"),
    ("thema", "themes"),
    ("eigenaar", "owner"),
    ("financiering", "funding"),
    ("begin", "start"),
    ("startdatum", "start"),
    ("eind", "end"),
    ("einde", "end"),
    ("einddatum", "end"),
    ("gereed", "due"),
    ("deadline", "due"),
    ("tekst", "text"),
    ("titel", "title"),
    ("scholen", "schools"),
    ("voorbeeld", "example"),
    ("samenvatting", "summary"),
    ("resultaat", "result"),
    ("succesfactoren", "success_factors"),
    ("valkuilen", "pitfalls"),
    ("doelgroep", "target_group"),
    ("sinds", "since"),
    ("bron", "source"),
    ("geinspireerd_door", "inspired_by"),
    ("rol", "role"),
    ("niveau", "level"),
    ("organisator", "organizer"),
    ("frequentie", "frequency"),
    ("reden", "reason"),
    ("vertegenwoordigd_door", "represented_by"),
    ("coördinator", "coordinator"),
    ("netwerkcoördinator", "coordinator"),
    ("netwerkcoordinator", "coordinator"),
    ("uren", "hours_per_week"),
    ("uren_per_week", "hours_per_week"),
    ("sinds", "since"),
    ("schaal", "scale"),
    ("datum", "date"),
    ("door", "by"),
    ("notities", "notes"),
    ("notulen", "notes"),
    ("accordering", "approval"),
    ("goedkeuring", "approval"),
    ("regionaal_plan", "regional_plan"),
    ("acties", "actions"),
    ("knelpunten", "addresses"),
    ("pakt_aan", "addresses"),
    ("school", "school"),
    ("actie", "action"),
    ("doel", "goal"),
    ("doelen", "goal"),
    ("overleg", "meeting"),
    ("vergadering", "meeting"),
    ("ontwikkeling", "development"),
    ("stuurgroep", "stuurgroep"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_kind_s_index_is_its_place() {
        assert_eq!(FileKind::REGION.as_slice(), FileKind::ALL);
        for (i, k) in FileKind::REGION.iter().enumerate() {
            assert_eq!(k.index(), i);
        }
    }
}
