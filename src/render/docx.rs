//! A report as a Word document (Office Open XML): Word's own Title and
//! Heading styles, bulleted lists and tables in the "Table Grid" style whose
//! header row repeats on every page and whose rows never split — so that
//! directors can comment and track changes on a draft. The package holds
//! only what these blocks need; the XML is written here, escaped here.

use super::safe::markup;
use super::{Align, Block, Table};
use std::io::Write;

/// A run of text; line breaks inside become `<w:br/>`.
fn run(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    text.split('\n')
        .map(|line| {
            format!(
                r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
                markup(line)
            )
        })
        .collect::<Vec<_>>()
        .join("<w:r><w:br/></w:r>")
}

fn paragraph(style: Option<&str>, extra: &str, body: &str) -> String {
    let style = style
        .map(|s| format!(r#"<w:pStyle w:val="{s}"/>"#))
        .unwrap_or_default();
    format!("<w:p><w:pPr>{style}{extra}</w:pPr>{body}</w:p>")
}

fn table(t: &Table) -> String {
    let cell = |text: &str, align: Align, bold: bool| {
        let jc = match align {
            Align::Right => r#"<w:jc w:val="right"/>"#,
            Align::Left => "",
        };
        format!(
            "<w:tc><w:tcPr/>{}</w:tc>",
            paragraph(
                None,
                &format!(r#"<w:spacing w:after="0"/>{jc}"#),
                &run(text, bold)
            )
        )
    };
    let mut x = String::from(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#,
    );
    for _ in &t.columns {
        x.push_str("<w:gridCol/>");
    }
    x.push_str("</w:tblGrid>");
    // The header row repeats on each page; no row breaks across pages.
    x.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for c in &t.columns {
        x.push_str(&cell(&c.name, c.align, true));
    }
    x.push_str("</w:tr>");
    for row in &t.rows {
        x.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (text, c) in row.iter().zip(&t.columns) {
            x.push_str(&cell(text, c.align, false));
        }
        x.push_str("</w:tr>");
    }
    x.push_str("</w:tbl>");
    // Word needs a paragraph between two tables.
    x.push_str("<w:p/>");
    x
}

fn body(blocks: &[Block]) -> String {
    let mut x = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, text) => {
                let style = match level {
                    1 => "Title",
                    2 => "Heading1",
                    3 => "Heading2",
                    _ => "Heading3",
                };
                x.push_str(&paragraph(Some(style), "", &run(text, false)));
            }
            Block::Text(text) => x.push_str(&paragraph(None, "", &run(text, false))),
            Block::List(items) => {
                for item in items {
                    x.push_str(&paragraph(
                        Some("ListBullet"),
                        r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#,
                        &run(item, false),
                    ));
                }
            }
            Block::Table(t) => x.push_str(&table(t)),
            Block::Code(text) => {
                for line in text.lines() {
                    x.push_str(&paragraph(Some("Code"), "", &run(line, false)));
                }
            }
        }
    }
    x
}

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn document_xml(blocks: &[Block]) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
        body(blocks)
    )
}

/// Word's built-in styles by their own ids and names, so that Word treats
/// them as its Title, Heading 1-3, List Bullet and Table Grid.
fn styles_xml(lang: &str) -> String {
    let heading = |id: &str, name: &str, level: u8, size: u8| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="{size}"/></w:rPr></w:style>"#
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="40"/></w:rPr></w:style>{}{}{}<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Code"><w:name w:val="Code"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>"#,
        heading("Heading1", "heading 1", 0, 30),
        heading("Heading2", "heading 2", 1, 25),
        heading("Heading3", "heading 3", 2, 22),
    )
}

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#;

fn core_xml(title: &str, lang: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>vsopro</dc:creator><dc:language>{lang}</dc:language></cp:coreProperties>"#,
        markup(title)
    )
}

/// The .docx package. `lang` is a BCP 47 tag (`nl-NL`). Deterministic:
/// the zip entries carry a fixed time.
pub(crate) fn document(blocks: &[Block], title: &str, lang: &str) -> Result<Vec<u8>, String> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let parts: [(&str, String); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.into()),
        ("_rels/.rels", RELS.into()),
        ("docProps/core.xml", core_xml(title, lang)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.into()),
        ("word/document.xml", document_xml(blocks)),
        ("word/styles.xml", styles_xml(lang)),
        ("word/numbering.xml", NUMBERING.into()),
    ];
    for (name, xml) in parts {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
    }
    zip.finish()
        .map(|c| c.into_inner())
        .map_err(|e| e.to_string())
}
