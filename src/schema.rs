//! JSON Schemas of the data files, generated from the model types, for
//! editors (taplo / Even Better TOML) and for validating data elsewhere.

use crate::error::Error;
use crate::model::*;
use crate::report::commands::{SchemaReport, WrittenSchema};
use crate::write;
use serde_json::Value;
use std::path::Path;

/// The JSON Schema of one kind of file.
pub fn schema(kind: SchemaKind) -> Value {
    let schema = match kind {
        SchemaKind::Region => schemars::schema_for!(RegionFile),
        SchemaKind::Schools => schemars::schema_for!(SchoolsFile),
        SchemaKind::Overlegtafels => schemars::schema_for!(OverlegtafelsFile),
        SchemaKind::Actions => schemars::schema_for!(ActionsFile),
        SchemaKind::Jaarplan => schemars::schema_for!(JaarplanFile),
        SchemaKind::Uitstroom => schemars::schema_for!(UitstroomFile),
        SchemaKind::Practices => schemars::schema_for!(PracticesFile),
        SchemaKind::Settings => schemars::schema_for!(SettingsFile),
    };
    let mut v = serde_json::to_value(schema).expect("schemas serialize");
    if let Some(obj) = v.as_object_mut() {
        obj.insert(
            "description".into(),
            Value::String(format!("vsopro {}: see docs/format.md", kind.file_name())),
        );
    }
    v
}

/// Where `vsopro schema --out` and `vsopro init` put it: `<kind>.schema.json`.
pub fn schema_file(kind: SchemaKind) -> String {
    format!("{}.schema.json", kind.as_str())
}

/// The first line of a region file that vsopro starts: where editors (taplo,
/// Even Better TOML) find its schema, from `regions/<slug>/`.
pub fn schema_line(kind: FileKind) -> String {
    format!("#:schema ../../schemas/{}\n", schema_file(kind.into()))
}

/// `vsopro schema [KIND]`: the schema of one kind, or all by kind, as JSON
/// (whatever `--format` says: a schema is a JSON document).
pub fn document(kind: Option<SchemaKind>) -> String {
    match kind {
        Some(k) => schema_text(k),
        None => {
            let all: serde_json::Map<String, Value> = SchemaKind::ALL
                .iter()
                .map(|k| (k.as_str().to_string(), schema(*k)))
                .collect();
            serde_json::to_string_pretty(&all).expect("schemas serialize") + "\n"
        }
    }
}

/// Writes one or all schemas into `dir`, rewriting only files that changed.
pub fn write(kind: Option<SchemaKind>, dir: &Path) -> Result<SchemaReport, Error> {
    let kinds: Vec<SchemaKind> = match kind {
        None => SchemaKind::ALL.to_vec(),
        Some(k) => vec![k],
    };
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for k in kinds {
        let path = dir.join(schema_file(k));
        let text = schema_text(k);
        let changed = match std::fs::read(&path) {
            Ok(old) if old == text.as_bytes() => false,
            Ok(old) => {
                write::replace(&path, &old, text.as_bytes())?;
                true
            }
            Err(_) => {
                if !write::create_new(&path, text.as_bytes())? {
                    return Err(Error::ChangedMeanwhile(path));
                }
                true
            }
        };
        written.push(WrittenSchema {
            path: path.display().to_string(),
            changed,
        });
    }
    Ok(SchemaReport { files: written })
}

/// The schema file as written to disk: pretty JSON with a final newline.
pub fn schema_text(kind: SchemaKind) -> String {
    let mut s = serde_json::to_string_pretty(&schema(kind)).expect("schemas serialize");
    s.push('\n');
    s
}

/// Where the schemas that the region files point to live, under the data root.
pub(crate) const SCHEMA_DIR: &str = "schemas";

/// Schemas for the editor, where the data root has none yet; the files
/// written, relative to the root. Existing ones are kept.
pub(crate) fn ensure_schemas(root: &Path) -> Result<Vec<String>, Error> {
    let schemas = root.join(SCHEMA_DIR);
    std::fs::create_dir_all(&schemas).map_err(|source| Error::Write {
        path: schemas.clone(),
        source,
    })?;
    let mut written = Vec::new();
    for kind in crate::model::SchemaKind::ALL.iter().copied() {
        let name = crate::schema::schema_file(kind);
        if write::create_new(&schemas.join(&name), schema_text(kind).as_bytes())? {
            written.push(format!("{SCHEMA_DIR}/{name}"));
        }
    }
    Ok(written)
}
