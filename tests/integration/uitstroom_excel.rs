//! Uitstroom through Excel: `vsopro uitstroom --template` writes the
//! workbook a school fills in, `vsopro import uitstroom` reads it back —
//! every problem by sheet, row and column, nothing written while there is
//! one — and the figures that come back give the very report they came
//! from (tests/fixtures/uitstroom over the base region).

use crate::common::*;
use calamine::{Data, Reader};
use std::io::Read;
use std::path::Path;

const TODAY: &str = "2026-12-05";
const WHEN: &str = "2026-12-01T10:00:00+01:00";

fn sandbox() -> Sandbox {
    let root = Sandbox::base();
    copy_tree(&fixtures().join("uitstroom"), root.path());
    root
}

/// The fixture in git, as a coordinator keeps it.
fn in_git(root: &Sandbox) {
    root.git(".", &["init", "-q"], WHEN);
    root.git(".", &["add", "-A"], WHEN);
    root.git(".", &["commit", "-qm", "start"], WHEN);
}

/// The gorinchem fixture without its figures of 2025-2026: what a region
/// has before the schools send them.
fn without_last_year(root: &Sandbox) {
    let text = root.read("regions/gorinchem/uitstroom.toml");
    let mut kept = String::new();
    for entry in text.split("\n[[uitstroom]]") {
        if !entry.contains("year = \"2025-2026\"") {
            if !kept.is_empty() {
                kept.push_str("\n[[uitstroom]]");
            }
            kept.push_str(entry);
        }
    }
    root.write("regions/gorinchem/uitstroom.toml", kept);
}

/// Every sheet of a workbook as (name, cells by row and column).
type Book = Vec<(String, Vec<Vec<Data>>)>;

fn read_book(path: &Path) -> Book {
    let mut book = calamine::open_workbook_auto(path).expect("a workbook");
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let (r1, c1) = range.end().unwrap_or((0, 0));
            let rows = (0..=r1)
                .map(|r| {
                    (0..=c1)
                        .map(|c| {
                            if r < r0 || c < c0 {
                                Data::Empty
                            } else {
                                range.get_value((r, c)).cloned().unwrap_or(Data::Empty)
                            }
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

/// The workbook saved again with `cells` changed (sheet 0; row as Excel
/// numbers it; column by its heading in row 1), as a school's spreadsheet
/// program would save it.
fn fill(book: &Book, cells: &[(u32, &str, Data)], to: &Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (i, (name, rows)) in book.iter().enumerate() {
        let mut rows = rows.clone();
        if i == 0 {
            for (row, heading, value) in cells {
                let col = rows[0]
                    .iter()
                    .position(|h| matches!(h, Data::String(s) if s == heading))
                    .unwrap_or_else(|| {
                        rows[0].push(Data::String(heading.to_string()));
                        rows[0].len() - 1
                    });
                let r = *row as usize - 1;
                while rows.len() <= r {
                    rows.push(Vec::new());
                }
                while rows[r].len() <= col {
                    rows[r].push(Data::Empty);
                }
                rows[r][col] = value.clone();
            }
        }
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::Empty => {}
                    Data::Int(n) => {
                        ws.write_number(r, c, *n as f64).unwrap();
                    }
                    Data::Float(x) => {
                        ws.write_number(r, c, *x).unwrap();
                    }
                    other => {
                        ws.write_string(r, c, other.to_string()).unwrap();
                    }
                }
            }
        }
    }
    wb.save(to).unwrap();
}

fn template(root: &Sandbox, region: &str, year: &str, file: &str) -> Book {
    root.cmd(&[
        "uitstroom",
        "--template",
        region,
        "--year",
        year,
        "--out",
        &root.join(file).display().to_string(),
    ])
    .today(TODAY)
    .run()
    .expect(0)
    .out_has(file);
    read_book(&root.join(file))
}

fn import(root: &Sandbox, file: &str, write: bool) -> Run {
    let path = root.join(file).display().to_string();
    let mut args = vec!["import", "uitstroom", path.as_str()];
    if write {
        args.push("--write");
    }
    root.cmd(&args)
        .today(TODAY)
        .lang(Some("nl"))
        .git_identity(WHEN)
        .run()
}

fn report(root: &Sandbox) -> serde_json::Value {
    root.cmd(&["uitstroom", "gorinchem", "--format", "json"])
        .today(TODAY)
        .run()
        .expect(0)
        .json()
}

fn n(x: i64) -> Data {
    Data::Float(x as f64)
}

#[test]
fn template_filled_and_imported_gives_the_same_report() {
    let before = report(&sandbox());
    let root = sandbox();
    without_last_year(&root);
    in_git(&root);
    assert_ne!(report(&root), before, "2025-2026 is missing");
    let book = template(&root, "gorinchem", "2025-2026", "sjabloon.xlsx");
    // One row per school, nothing filled in yet.
    let rows = &book[0].1;
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[1][0], Data::String("pro-a".into()));
    assert_eq!(rows[2][1], Data::String("VSO B".into()));
    assert!(rows[1][3..].iter().all(|c| *c == Data::Empty), "{rows:?}");
    // The school fills in the figures the fixture has (English headings:
    // the tests run in English).
    let pro = [
        ("Leavers", 50),
        ("Work", 18),
        ("Work with support", 9),
        ("mbo entree", 15),
        ("mbo 2 or higher", 3),
        ("Dagbesteding", 3),
        ("None", 2),
    ];
    let vso = [
        ("Leavers", 12),
        ("Work with support", 2),
        ("Sheltered work", 1),
        ("Other education", 1),
        ("Dagbesteding", 7),
        ("Unknown", 1),
    ];
    let mut cells: Vec<(u32, &str, Data)> = pro.iter().map(|(h, v)| (2, *h, n(*v))).collect();
    cells.extend(vso.iter().map(|(h, v)| (3, *h, n(*v))));
    fill(&book, &cells, &root.join("ingevuld.xlsx"));
    let head = root.git(".", &["rev-parse", "HEAD"], WHEN);

    // Without --write: what would change, nothing written.
    import(&root, "ingevuld.xlsx", false)
        .expect(0)
        .out_has("nieuw")
        .out_has("--write");
    assert_eq!(root.git(".", &["rev-parse", "HEAD"], WHEN), head);

    // With --write: one commit, and the report it came from.
    import(&root, "ingevuld.xlsx", true)
        .expect(0)
        .out_has("toegevoegd")
        .out_has("commit");
    assert_eq!(report(&root), before);
    let log = root.git(".", &["log", "-1", "--format=%s"], WHEN);
    assert_eq!(
        log.trim(),
        "Uitstroom 2025-2026 van 2 scholen in Gorinchem vastgelegd"
    );
    root.run(&["check"]).expect(0);

    // The same workbook again: nothing new, no commit.
    import(&root, "ingevuld.xlsx", true)
        .expect(0)
        .out_has("niets nieuws");
    assert_eq!(
        root.git(".", &["log", "--format=%s"], WHEN).lines().count(),
        2
    );

    // A new template of that year carries the figures recorded.
    let again = template(&root, "gorinchem", "2025-2026", "opnieuw.xlsx");
    assert_eq!(again[0].1[1][3], Data::Float(50.0));
}

/// The workbook's parts as Excel reads them.
fn xml(path: &Path, part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(part)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_template_checks_whole_numbers_and_explains_each_column() {
    let root = sandbox();
    let book = template(&root, "gorinchem", "2024-2025", "t.xlsx");
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Outcomes", "About"]);
    let headings: Vec<String> = book[0].1[0].iter().map(|h| h.to_string()).collect();
    assert_eq!(headings.len(), 3 + 1 + 9 + 8, "{headings:?}");
    assert_eq!(
        headings[..4],
        [
            "School (id)",
            "Name of the school",
            "School year",
            "Leavers"
        ]
    );
    // Figures already recorded for that year are filled in.
    assert_eq!(book[0].1[1][3], Data::Float(44.0));
    // Whole numbers of 0 or more, in every count cell.
    let sheet = xml(&root.join("t.xlsx"), "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(r#"<dataValidation type="whole" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1""#)
            || sheet.contains(r#"type="whole""#),
        "{sheet}"
    );
    assert!(sheet.contains("<formula1>0</formula1>"), "{sheet}");
    assert!(sheet.contains("sqref=\"D2:U"), "{sheet}");
    // The sheet about it: region, year, and every column's meaning.
    let about = &book[1].1;
    assert_eq!(about[0][1], Data::String("gorinchem".into()));
    assert_eq!(about[2][1], Data::String("2024-2025".into()));
    let explained: Vec<String> = about.iter().map(|r| r[0].to_string()).collect();
    for h in &headings {
        assert!(explained.contains(h), "{h} is explained");
    }
    assert!(
        about
            .iter()
            .any(|r| r[1] == Data::String("na_2_jaar.op_plek".into()))
    );
    // The same data gives the same bytes.
    template(&root, "gorinchem", "2024-2025", "t2.xlsx");
    assert_eq!(
        std::fs::read(root.join("t.xlsx")).unwrap(),
        std::fs::read(root.join("t2.xlsx")).unwrap()
    );
}

#[test]
fn every_problem_by_sheet_row_and_column_and_nothing_written() {
    let root = sandbox();
    without_last_year(&root);
    in_git(&root);
    let book = template(&root, "gorinchem", "2025-2026", "t.xlsx");
    let before = root.files("regions");
    fill(
        &book,
        &[
            // Row 2: a word and a fraction where counts go.
            (2, "Leavers", n(20)),
            (2, "Work", Data::String("drie".into())),
            (2, "Work with support", Data::Float(2.5)),
            // Row 3: destinations over the leavers (the check's rule).
            (3, "Leavers", n(5)),
            (3, "Dagbesteding", n(9)),
            // Row 4: a school that schools.toml does not have.
            (4, "School (id)", Data::String("pro-z".into())),
            (4, "School year", Data::String("2025-2026".into())),
            (4, "Leavers", n(3)),
            // A column vsopro does not know, with a figure in it.
            (2, "Wrok", n(4)),
        ],
        &root.join("fout.xlsx"),
    );
    let run = import(&root, "fout.xlsx", true);
    run.expect(1)
        .err_has("5 problemen; er is niets ingelezen")
        .err_has(r#"blad Outcomes, rij 2, kolom E (Work): "drie" is geen heel getal van 0 of meer"#)
        .err_has(r#"blad Outcomes, rij 2, kolom F (Work with support): "2.5" is geen heel getal"#)
        .err_has("blad Outcomes, rij 3, kolom D (Leavers): de bestemmingen van vso-b (2025-2026) tellen op tot 9, meer dan de 5 uitstromers [outcome-over-total]")
        .err_has("blad Outcomes, rij 4, kolom A (School (id)):")
        .err_has("pro-z")
        .err_has(r#"blad Outcomes, kolom V (Wrok): deze kolom kent vsopro niet"#)
        .err_has(r#"bedoelt u "Work"?"#);
    assert_eq!(root.files("regions"), before, "nothing written");
    assert_eq!(
        root.git(".", &["log", "--format=%s"], WHEN).lines().count(),
        1
    );
}

#[test]
fn a_file_that_is_not_a_workbook_or_not_there() {
    let root = sandbox();
    root.write("kapot.xlsx", "school,leavers\npro-a,3\n");
    import(&root, "kapot.xlsx", true)
        .expect(1)
        .err_has("geen werkmap die vsopro kan lezen");
    import(&root, "weg.xlsx", true)
        .expect(2)
        .err_has("weg.xlsx");
    // A workbook without the figures' sheet says how to make one.
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().write_string(0, 0, "Naam").unwrap();
    wb.save(root.join("leeg.xlsx")).unwrap();
    import(&root, "leeg.xlsx", false)
        .expect(1)
        .err_has("vsopro uitstroom --template");
}

#[test]
fn the_template_needs_an_excel_file_to_write() {
    let root = sandbox();
    root.run(&["uitstroom", "--template", "gorinchem"])
        .expect(2)
        .err_has("--out");
    let csv = root.join("t.csv").display().to_string();
    root.run(&["uitstroom", "--template", "gorinchem", "--out", &csv])
        .expect(2);
    assert!(!root.join("t.csv").exists());
    // Never over a file without --force.
    let xlsx = root.join("t.xlsx").display().to_string();
    root.write("t.xlsx", "mine");
    root.run(&["uitstroom", "--template", "gorinchem", "--out", &xlsx])
        .expect(2);
    assert_eq!(root.read("t.xlsx"), "mine");
}
