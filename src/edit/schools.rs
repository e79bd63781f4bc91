//! Schools from DUO's open data added to a region: appended to
//! schools.toml after its existing bytes, which stay as they were; a region
//! that has no folder gets one with a valid region.toml.

use crate::i18n::t;
use crate::model::FileKind;
use crate::registry::Region;
use crate::report::commands::Proposal;

/// region.toml of a region that DUO's data brought in: its official name
/// and code; the coordinator is not known from DUO.
pub(super) fn new_region_toml(region: &Region) -> String {
    format!(
        "{}# {}\n# {}\n\nname = \"{}\"\ncode = \"{}\"\n\n[coordinator]\nstatus = \"{}\"\n",
        crate::schema::schema_line(FileKind::Region),
        t!(
            "import-region-comment",
            name = region.name,
            code = region.code
        ),
        t!("import-region-coordinator"),
        region.name,
        region.code,
        t!("import-unknown-value"),
    )
}

pub(super) fn new_schools_toml(region: &Region) -> String {
    format!(
        "{}# {}\n",
        crate::schema::schema_line(FileKind::Schools),
        t!("import-schools-comment", name = region.name)
    )
}

/// `schools.toml` (its bytes as on disk) with the proposals appended. The
/// new `[[school]]` blocks are rendered by toml_edit (correct quoting) and
/// added after the existing bytes, which stay as they were — a byte-order
/// mark, comments and all — in the file's own line ending.
pub(crate) fn add_to_schools(
    old: &[u8],
    proposals: &[&Proposal],
) -> Result<Vec<u8>, toml_edit::TomlError> {
    let text = String::from_utf8_lossy(old);
    // Refuse to append to a file that is not TOML.
    text.trim_start_matches('\u{feff}')
        .parse::<toml_edit::DocumentMut>()?;
    let mut doc = toml_edit::DocumentMut::new();
    let mut array = toml_edit::ArrayOfTables::new();
    for p in proposals {
        let mut t = toml_edit::Table::new();
        t.insert("id", toml_edit::value(p.id.as_str()));
        t.insert("name", toml_edit::value(p.name.as_str()));
        t.insert("kind", toml_edit::value(p.kind.as_str()));
        t.insert("brin", toml_edit::value(p.brin.as_str()));
        t.insert("municipality", toml_edit::value(p.municipality.as_str()));
        if let Some(c) = p.cluster {
            t.insert("cluster", toml_edit::value(c));
        }
        t.decor_mut().set_prefix(format!(
            "\n# {}\n",
            t!(
                "import-comment",
                source = p.source.as_str(),
                brin = p.brin.as_str()
            )
        ));
        array.push(t);
    }
    doc.insert("school", toml_edit::Item::ArrayOfTables(array));
    let crlf = text.contains("\r\n");
    let mut added = doc.to_string();
    if crlf {
        added = added.replace('\n', "\r\n");
    }
    let mut out = old.to_vec();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    }
    out.extend_from_slice(added.as_bytes());
    Ok(out)
}

/// The schools of a schools.toml that reads without a problem.
pub(super) fn read(text: &str) -> Option<Vec<crate::model::School>> {
    let mut diags = Vec::new();
    crate::parse::parse::<crate::model::SchoolsFile>(
        &crate::source::SourceFile::new("schools.toml".into(), text.to_string()),
        &mut diags,
    )
    .value
    .filter(|_| diags.is_empty())
    .map(|f| f.schools)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn proposal(kind: Kind, cluster: Option<i64>) -> Proposal {
        Proposal {
            id: "x".into(),
            name: "X".into(),
            kind,
            brin: "11AA00".into(),
            municipality: "Gouda".into(),
            cluster,
            source: crate::import::duo::Source::Vo.title().into(),
            line: 2,
            skipped: None,
            duplicate_of: None,
        }
    }

    #[test]
    fn adding_keeps_comments() {
        let p = proposal(Kind::Pro, None);
        let text =
            "# mijn scholen\n\n[[school]]\nid = \"a\" # eerste\nname = \"A\"\nkind = \"pro\"\n";
        let out = String::from_utf8(add_to_schools(text.as_bytes(), &[&p]).unwrap()).unwrap();
        assert!(out.starts_with(text), "{out}");
        assert!(out.contains("[[school]]\nid = \"x\"\nname = \"X\"\nkind = \"pro\"\nbrin = \"11AA00\"\nmunicipality = \"Gouda\"\n"), "{out}");
        let empty = String::from_utf8(add_to_schools(b"", &[&p]).unwrap()).unwrap();
        assert!(empty.contains("[[school]]"), "{empty}");
        let vso = proposal(Kind::Vso, Some(3));
        let out = String::from_utf8(add_to_schools(b"", &[&vso]).unwrap()).unwrap();
        assert!(
            out.contains("kind = \"vso\"") && out.contains("cluster = 3"),
            "{out}"
        );
        // A BOM and CRLF line endings stay; the new lines follow the file.
        let windows =
            "\u{feff}# scholen\r\n[[school]]\r\nid = \"a\"\r\nname = \"A\"\r\nkind = \"pro\"\r\n";
        let out = add_to_schools(windows.as_bytes(), &[&p]).unwrap();
        assert!(out.starts_with(windows.as_bytes()));
        let added = String::from_utf8(out[windows.len()..].to_vec()).unwrap();
        assert!(
            added.contains("\r\n") && !added.replace("\r\n", "").contains('\n'),
            "{added:?}"
        );
    }
}
