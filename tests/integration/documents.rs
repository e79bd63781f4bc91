//! `--out FILE`: reports as the documents directors and the national office
//! use — Excel workbooks read back by a real reader, Word documents
//! unzipped, self-contained HTML — written in one step, never over a file
//! without `--force`.

use crate::common::*;
use calamine::{Data, Reader, Xlsx};
use std::io::Read;

fn sheet(path: &std::path::Path) -> (String, Vec<Vec<Data>>) {
    let mut wb: Xlsx<_> = calamine::open_workbook(path).expect("a workbook calamine reads");
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).expect("its first sheet");
    (name, range.rows().map(|r| r.to_vec()).collect())
}

fn unzip(path: &std::path::Path, part: &str) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).expect("a zip package");
    let mut xml = String::new();
    zip.by_name(part)
        .unwrap_or_else(|_| panic!("{part} in the package"))
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn caseload_as_an_excel_workbook_has_typed_cells() {
    let root = Sandbox::examples();
    root.cmd(&["caseload", "--out", "caseload.xlsx"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("Geschreven: caseload.xlsx");
    let (name, rows) = sheet(&root.join("caseload.xlsx"));
    assert_eq!(name, "Caseload");
    // Dutch headers, then Midden-Holland with numbers as numbers.
    assert_eq!(rows[0][0], Data::String("code".into()));
    assert_eq!(rows[0][4], Data::String("scholen".into()));
    assert_eq!(rows[1][0], Data::String("AM20".into()));
    assert_eq!(rows[1][4], Data::Float(4.0));
    // 5:20 a week is a duration: 320 minutes as a fraction of a day.
    match &rows[1][7] {
        Data::DateTime(d) => assert!((d.as_f64() - 320.0 / 1440.0).abs() < 1e-9, "{d:?}"),
        other => panic!("hours are a duration, not {other:?}"),
    }
    assert_eq!(rows[1][9], Data::Float(0.15));
    // The header is frozen and filtered (the sheet's XML says so).
    let xml = unzip(&root.join("caseload.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{xml}"
    );
    assert!(xml.contains("<autoFilter ref=\"A1:M3\"/>"), "{xml}");
}

#[test]
fn staffing_dates_are_dates_and_the_same_data_gives_the_same_bytes() {
    let root = Sandbox::examples();
    root.run(&["staffing", "--out", "a.xlsx"]).expect(0);
    let (_, rows) = sheet(&root.join("a.xlsx"));
    let mh = rows
        .iter()
        .find(|r| r[0] == Data::String("AM20".into()))
        .expect("Midden-Holland");
    match &mh[4] {
        Data::DateTime(d) => {
            // Excel day 45901 is 1 September 2025.
            assert_eq!(d.as_f64(), 45901.0)
        }
        other => panic!("since is a date, not {other:?}"),
    }
    assert_eq!(mh[6], Data::Float(4.0));
    root.run(&["staffing", "--out", "b.xlsx"]).expect(0);
    assert_eq!(
        std::fs::read(root.join("a.xlsx")).unwrap(),
        std::fs::read(root.join("b.xlsx")).unwrap()
    );
}

#[test]
fn the_foto_as_a_word_document_uses_words_own_styles() {
    let root = Sandbox::examples();
    root.cmd(&["foto", "midden-holland", "--out", "foto.docx"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    let path = root.join("foto.docx");
    let doc = unzip(&path, "word/document.xml");
    assert!(doc.contains(r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Regionale foto Midden-Holland (AM20)</w:t>"#), "{doc}");
    assert!(doc.contains(
        r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Scholen</w:t>"#
    ));
    assert!(doc.contains("Praktijkschool De Goudse Hoeve"));
    // Tables repeat their header row and keep rows whole.
    assert!(doc.contains("<w:tblHeader/>") && doc.contains("<w:cantSplit/>"));
    let styles = unzip(&path, "word/styles.xml");
    assert!(styles.contains(r#"w:styleId="Heading1"><w:name w:val="heading 1"/>"#));
    assert!(styles.contains(r#"<w:lang w:val="nl-NL"/>"#));
    // Text that looks like markup stays text.
    let plan = root.read("regions/midden-holland/actions.toml").replace(
        "Te weinig stageplekken",
        "Te weinig <stage> & \\\"plekken\\\"",
    );
    root.write("regions/midden-holland/actions.toml", plan);
    root.run(&["foto", "midden-holland", "--out", "foto2.docx"])
        .expect(0);
    let doc = unzip(&root.join("foto2.docx"), "word/document.xml");
    assert!(
        doc.contains("Te weinig &lt;stage&gt; &amp; &quot;plekken&quot;"),
        "{doc}"
    );
}

#[test]
fn the_jaarplan_as_one_html_file_prints_on_a4() {
    let root = Sandbox::examples();
    root.cmd(&["jaarplan", "midden-holland", "--out", "jaarplan.html"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    let html = root.read("jaarplan.html");
    assert!(
        html.starts_with("<!doctype html>\n<html lang=\"nl\">"),
        "{html}"
    );
    assert!(html.contains("<h1>Jaarplan netwerkcoördinator vso&#x2f;pro Midden-Holland 2026-2027 — Midden-Holland (AM20)</h1>"));
    assert!(html.contains("12 van 30 stageplekken (40%, gemeten 1 november 2026)"));
    assert!(
        html.contains("@page { size: A4;")
            && html.contains("thead { display: table-header-group; }")
    );
    // Self-contained: nothing is fetched.
    assert!(!html.contains("src=") && !html.contains("href="), "{html}");
    assert!(html.contains("<footer>Gemaakt met vsopro op 22 november 2026.</footer>"));
}

#[test]
fn an_existing_file_is_kept_unless_forced_and_nothing_is_written_into_regions() {
    let root = Sandbox::examples();
    root.write("foto.md", "mijn eigen aantekeningen\n");
    root.run(&["foto", "midden-holland", "--out", "foto.md"])
        .expect(2)
        .err_has("foto.md exists already")
        .err_has("--force");
    assert_eq!(root.read("foto.md"), "mijn eigen aantekeningen\n");
    root.run(&["foto", "midden-holland", "--out", "foto.md", "--force"])
        .expect(0);
    assert!(
        root.read("foto.md")
            .starts_with("# Regional picture Midden-Holland")
    );
    // An unknown extension and a place among the data: refused before any work.
    root.run(&["foto", "midden-holland", "--out", "foto.pages"])
        .expect(2)
        .err_has(".docx, .xlsx, .html, .md, .csv, .json, .txt");
    let before = root.files("regions");
    root.run(&[
        "foto",
        "midden-holland",
        "--out",
        "regions/midden-holland/foto.md",
    ])
    .expect(2)
    .err_has("inside regions/");
    root.run(&["foto", "midden-holland", "--out", "regions"])
        .expect(2);
    assert!(root.files("regions") == before);
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn check_writes_its_findings_to_a_workbook_and_keeps_its_exit_code() {
    let root = Sandbox::case("unknown-reference");
    root.run(&["check", "--out", "check.xlsx"]).expect(1);
    let (name, rows) = sheet(&root.join("check.xlsx"));
    assert_eq!(name, "Check");
    assert!(
        rows.iter()
            .any(|r| r.contains(&Data::String("unknown-reference".into()))),
        "{rows:?}"
    );
}

#[test]
fn in_git_the_footer_names_the_datas_commit() {
    let root = Sandbox::examples();
    root.git(".", &["init", "-q"], "2026-09-01T10:00:00+02:00");
    root.git(".", &["add", "-A"], "2026-09-01T10:00:00+02:00");
    root.git(
        ".",
        &["commit", "-qm", "Gegevens"],
        "2026-09-01T10:00:00+02:00",
    );
    let head = root.git(
        ".",
        &["rev-parse", "--short", "HEAD"],
        "2026-09-01T10:00:00+02:00",
    );
    root.cmd(&["voortgang", "midden-holland", "--out", "voortgang.html"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    let html = root.read("voortgang.html");
    assert!(
        html.contains(&format!("uit de gegevens van commit {}.", head.trim())),
        "{html}"
    );
    // Changed data says so; the documents written beside it do not count.
    let actions = root.read("regions/midden-holland/actions.toml");
    root.write(
        "regions/midden-holland/actions.toml",
        format!("{actions}\n# nieuw\n"),
    );
    root.cmd(&["voortgang", "midden-holland", "--out", "voortgang2.html"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    assert!(
        root.read("voortgang2.html")
            .contains("met wijzigingen die nog niet zijn vastgelegd")
    );
}

/// The PDF itself is read back by poppler in tests/e2e/documents.sh; here:
/// it is a PDF, with its fonts, the same bytes for the same data.
#[cfg(feature = "pdf")]
#[test]
fn the_jaarplan_as_pdf_is_a_stable_pdf_with_its_fonts() {
    let root = Sandbox::examples();
    root.cmd(&["jaarplan", "midden-holland", "--out", "a.pdf"])
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("Geschreven: a.pdf");
    root.cmd(&["jaarplan", "midden-holland", "--out", "b.pdf"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    let a = std::fs::read(root.join("a.pdf")).unwrap();
    assert!(a.starts_with(b"%PDF-1.7"));
    assert!(a.ends_with(b"%%EOF\n") || a.ends_with(b"%%EOF"));
    let text = String::from_utf8_lossy(&a);
    assert!(text.contains("LiberationSans"), "the font is embedded");
    assert_eq!(a, std::fs::read(root.join("b.pdf")).unwrap());
}

#[cfg(not(feature = "pdf"))]
#[test]
fn without_the_pdf_feature_a_pdf_is_refused_clearly() {
    let root = Sandbox::examples();
    root.run(&["jaarplan", "midden-holland", "--out", "a.pdf"])
        .expect(2)
        .err_has("built without PDF");
    assert!(!root.join("a.pdf").exists());
}
