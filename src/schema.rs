//! JSON Schemas of the data files, generated from the model types, for
//! editors (taplo / Even Better TOML) and for validating data elsewhere.

use crate::model::*;
use serde_json::Value;

/// The kinds of file vsopro reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Region,
    Schools,
    Overlegtafels,
    Actions,
    Jaarplan,
    Settings,
}

impl FileKind {
    pub const ALL: [FileKind; 6] = [
        FileKind::Region,
        FileKind::Schools,
        FileKind::Overlegtafels,
        FileKind::Actions,
        FileKind::Jaarplan,
        FileKind::Settings,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FileKind::Region => "region",
            FileKind::Schools => "schools",
            FileKind::Overlegtafels => "overlegtafels",
            FileKind::Actions => "actions",
            FileKind::Jaarplan => "jaarplan",
            FileKind::Settings => "settings",
        }
    }

    /// The file this schema describes.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Settings => "vsopro.toml",
            k => match k {
                FileKind::Region => "region.toml",
                FileKind::Schools => "schools.toml",
                FileKind::Overlegtafels => "overlegtafels.toml",
                FileKind::Actions => "actions.toml",
                _ => "jaarplan.toml",
            },
        }
    }

    /// Where `vsopro schema --out` and `vsopro init` put it, under the data root.
    pub fn schema_file(self) -> String {
        format!("{}.schema.json", self.name())
    }

    pub fn from_name(s: &str) -> Option<FileKind> {
        let s = s.trim_end_matches(".toml");
        FileKind::ALL
            .iter()
            .copied()
            .find(|k| k.name() == s || (s == "vsopro" && *k == FileKind::Settings))
    }

    pub fn schema(self) -> Value {
        let schema = match self {
            FileKind::Region => schemars::schema_for!(RegionFile),
            FileKind::Schools => schemars::schema_for!(SchoolsFile),
            FileKind::Overlegtafels => schemars::schema_for!(OverlegtafelsFile),
            FileKind::Actions => schemars::schema_for!(ActionsFile),
            FileKind::Jaarplan => schemars::schema_for!(JaarplanFile),
            FileKind::Settings => schemars::schema_for!(SettingsFile),
        };
        let mut v = serde_json::to_value(schema).expect("schemas serialize");
        if let Some(obj) = v.as_object_mut() {
            obj.insert(
                "description".into(),
                Value::String(format!("vsopro {}: see docs/format.md", self.file_name())),
            );
        }
        v
    }
}

/// The schema file as written to disk: pretty JSON with a final newline.
pub fn schema_text(kind: FileKind) -> String {
    let mut s = serde_json::to_string_pretty(&kind.schema()).expect("schemas serialize");
    s.push('\n');
    s
}
