//! `vsopro uitstroom`: where the leavers went. One region named gives its
//! exact figures; more (or all) leave the region and protect small numbers
//! (tests/fixtures/uitstroom: Gorinchem with three years, Rivierenland with
//! one small school).

use crate::common::*;
use serde_json::{Value, json};

fn sandbox() -> Sandbox {
    let root = Sandbox::base();
    copy_tree(&fixtures().join("uitstroom"), root.path());
    root
}

fn report(root: &Sandbox, args: &[&str]) -> Value {
    let mut full = vec!["uitstroom"];
    full.extend(args);
    full.extend(["--format", "json"]);
    root.cmd(&full).today("2026-12-05").run().expect(0).json()
}

fn rows<'a>(r: &'a Value, level: &str) -> &'a Vec<Value> {
    r[level].as_array().unwrap()
}

fn find<'a>(rows: &'a [Value], code: Option<&str>, kind: &str, year: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["code"].as_str() == code && r["kind"] == kind && r["year"] == year)
        .unwrap_or_else(|| panic!("a row {code:?} {kind} {year} in {rows:#?}"))
}

#[test]
fn one_region_gives_its_exact_figures_per_school_and_year() {
    let r = report(&sandbox(), &["gorinchem"]);
    assert_eq!(r["exact"], true);
    let schools = rows(&r, "schools");
    assert_eq!(schools.len(), 4, "pro-a three years, vso-b one");
    let row = find(schools, Some("AM35"), "pro", "2023-2024");
    assert_eq!(row["school"], "pro-a");
    // 12 + 6 to work, 14 + 2 to education: exact, small ones too.
    assert_eq!(row["leavers"], 40);
    assert_eq!(row["work"], 18);
    assert_eq!(row["education"], 16);
    assert_eq!(row["dagbesteding"], 3);
    assert_eq!(row["none"], 2);
    assert_eq!(row["unknown"], 1);
    assert_eq!(row["shares"]["work"], 45.0);
    assert_eq!(
        row["durable_1_year"],
        json!({"followed": 40, "in_place": 30, "share": 75.0})
    );
    assert_eq!(row["durable_2_years"], Value::Null);
    // 22 of 44 (50.0%) against 18 of 40 (45.0%): +5.0 points; 27 of 50.
    let next = find(schools, Some("AM35"), "pro", "2024-2025");
    assert_eq!(next["work_change"], 5.0);
    assert_eq!(
        find(schools, Some("AM35"), "pro", "2025-2026")["work_change"],
        4.0
    );
    // A region named alone has no national rows.
    assert!(rows(&r, "national").is_empty());
    // vso-b has no profile arbeidsmarktgericht: only pro beside CBS.
    let comparison = rows(&r, "comparison");
    assert!(comparison.iter().all(|c| c["kind"] == "pro"));
    let first = find(comparison, Some("AM35"), "pro", "2023-2024");
    // 18 of the 40 - 16 who did not go on to education.
    assert_eq!(first["work_not_in_education"], 75.0);
    assert_eq!(first["national_year"], 2023);
    assert_eq!(first["national_work"], 66.2);
    assert_eq!(r["source"], "CBS / OCW in cijfers");
}

/// Every row (a region's or the nation's) with a shown total has no
/// single suppressed count, and every column under a shown national count
/// has no single suppressed region count.
fn assert_protected(r: &Value) {
    let cells = [
        "leavers",
        "work",
        "education",
        "dagbesteding",
        "none",
        "unknown",
    ];
    let suppressed = |v: &Value| v.is_string();
    let all: Vec<&Value> = rows(r, "regions")
        .iter()
        .chain(rows(r, "national"))
        .collect();
    for row in &all {
        for c in cells {
            let v = &row[c];
            if let Some(n) = v.as_u64() {
                assert!(n == 0 || n >= 5, "a small count shown: {row:#}");
            } else {
                assert!(v == "< 5" || v == "x", "{row:#}");
            }
        }
        let hidden = cells[1..].iter().filter(|c| suppressed(&row[**c])).count();
        assert!(
            suppressed(&row["leavers"]) || hidden != 1,
            "recoverable from its total: {row:#}"
        );
        // A share only over ten leavers or more.
        if let Some(leavers) = row["leavers"].as_u64() {
            if leavers < 10 {
                assert!(
                    row["shares"]
                        .as_object()
                        .unwrap()
                        .values()
                        .all(Value::is_null)
                );
            }
        } else {
            assert!(row["shares"]["work"].is_null());
        }
    }
    for national in rows(r, "national") {
        let block: Vec<&Value> = rows(r, "regions")
            .iter()
            .filter(|x| x["kind"] == national["kind"] && x["year"] == national["year"])
            .collect();
        for c in cells {
            let hidden = block.iter().filter(|x| suppressed(&x[c])).count();
            assert!(
                suppressed(&national[c]) || hidden != 1,
                "{c} recoverable from the national row: {national:#} {block:#?}"
            );
        }
    }
}

#[test]
fn more_regions_protect_small_numbers_as_cbs_does() {
    let root = sandbox();
    for args in [&[][..], &["gorinchem", "rivierenland"][..]] {
        let r = report(&root, args);
        assert_eq!(r["exact"], false, "{args:?}");
        assert!(
            rows(&r, "schools").is_empty(),
            "no school's own figures leave the region"
        );
        assert_protected(&r);
        // 4 of Rivierenland's 8 went to work: "< 5", no share over 8.
        let small = find(rows(&r, "regions"), Some("AM10"), "pro", "2025-2026");
        assert_eq!(small["leavers"], 8);
        assert_eq!(small["work"], "< 5");
        // Gorinchem's 27 would give Rivierenland's 4 away (31 - 27).
        let national = find(rows(&r, "national"), None, "pro", "2025-2026");
        assert_eq!(national["work"], 31);
        let gorinchem = find(rows(&r, "regions"), Some("AM35"), "pro", "2025-2026");
        assert_eq!(gorinchem["work"], "x");
        assert!(gorinchem["shares"]["work"].is_null());
        // Nor does the comparison with CBS give it away.
        let compared = find(rows(&r, "comparison"), Some("AM35"), "pro", "2025-2026");
        assert!(compared["work_not_in_education"].is_null());
    }
    // The people who read it are told.
    root.cmd(&["uitstroom"])
        .today("2026-12-05")
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("Kleine aantallen zijn afgeschermd")
        .out_has("< 5");
}

#[test]
fn the_year_and_the_national_series_with_its_source() {
    let root = sandbox();
    let r = report(&root, &["gorinchem", "--year", "2024-2025"]);
    assert_eq!(r["year"], "2024-2025");
    assert!(
        rows(&r, "schools").iter().all(|s| s["year"] == "2024-2025")
            && !rows(&r, "schools").is_empty()
    );
    // One year alone has no year before it to compare with.
    assert!(
        rows(&r, "schools")
            .iter()
            .all(|s| s["work_change"].is_null())
    );
    let text = root
        .cmd(&["uitstroom", "gorinchem"])
        .today("2026-12-05")
        .lang(Some("nl"))
        .run()
        .expect(0)
        .stdout();
    assert!(text.contains("CBS / OCW in cijfers"), "{text}");
    assert!(
        text.contains("andere groep"),
        "the population differs, said plainly: {text}"
    );
    assert!(text.contains("Exacte aantallen"), "{text}");
}

#[test]
fn a_bad_year_is_a_usage_error() {
    let root = sandbox();
    for year in ["2025", "2025-2027", "25-26"] {
        root.cmd(&["uitstroom", "--year", year])
            .run()
            .expect(2)
            .err_has("2025-2026");
    }
}

#[test]
fn regions_without_figures_say_how_to_add_them() {
    Sandbox::base()
        .run(&["uitstroom", "gorinchem"])
        .expect(0)
        .out_has("uitstroom.toml");
}

#[test]
fn the_report_as_an_excel_workbook_and_csv() {
    let root = sandbox();
    root.cmd(&["uitstroom", "gorinchem", "--out", "uitstroom.xlsx"])
        .today("2026-12-05")
        .run()
        .expect(0);
    assert!(root.join("uitstroom.xlsx").is_file());
    let csv = root
        .cmd(&["uitstroom", "--format", "csv"])
        .today("2026-12-05")
        .run()
        .expect(0)
        .stdout();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let width = reader.headers().unwrap().len();
    let records: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert!(records.iter().all(|r| r.len() == width));
    // Regions and the nation, protected: no school line.
    assert!(records.iter().all(|r| &r[0] != "school"));
    assert!(records.iter().any(|r| r.iter().any(|c| c == "< 5")));
}

const PLAN_WITH_OUTCOMES: &str = r#"title = "Jaarplan"
start = 2026-08-01
end = 2027-07-31

[[goal]]
id = "werk"
text = "De helft van de uitstromers aan het werk"
measure = "uitstroom.werk"
target = 50

[[goal]]
id = "duurzaam"
text = "Drie op de vier na een jaar nog op hun plek"
measure = "uitstroom.duurzaam-1-jaar"
target = 80
"#;

#[test]
fn a_goal_measured_from_outcomes() {
    let root = sandbox();
    root.write("regions/gorinchem/jaarplan.toml", PLAN_WITH_OUTCOMES);
    let plan = root
        .cmd(&["jaarplan", "gorinchem", "--format", "json"])
        .today("2026-12-05")
        .run()
        .expect(0)
        .json();
    let goal = &plan["goals"][0];
    assert_eq!(goal["measure"], "uitstroom.werk");
    // Every year of the region, both schools together: (18) / 40,
    // (22) / 44, (27 + 3) / 62.
    let values: Vec<(String, f64, u64)> = goal["measurements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["school_year"].as_str().unwrap().to_string(),
                m["value"].as_f64().unwrap(),
                m["over"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        values,
        [
            ("2023-2024".into(), 45.0, 40),
            ("2024-2025".into(), 50.0, 44),
            ("2025-2026".into(), 48.4, 62)
        ]
    );
    assert_eq!(goal["attainment"]["value"], 48.4);
    assert_eq!(goal["attainment"]["percent"], 97);
    assert_eq!(goal["attainment"]["over"], 62);
    assert_eq!(goal["trend"].as_array().unwrap().len(), 3);
    // The follow-up after a year is known for 2023-2024 only: 30 of 40.
    let durable = &plan["goals"][1];
    assert_eq!(durable["attainment"]["value"], 75.0);
    assert_eq!(durable["attainment"]["school_year"], "2023-2024");
    assert_eq!(durable["attainment"]["date"], "2025-07-31");
    // In words: the share, the year and over how many leavers.
    root.cmd(&["jaarplan", "gorinchem"])
        .today("2026-12-05")
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has(
            "48,4% naar werk in 2025-2026, van 62 uitstromers; streefwaarde 50% (97% daarvan)",
        );
}

#[test]
fn an_unknown_measure_is_a_diagnostic_with_the_choices() {
    let root = sandbox();
    root.write(
        "regions/gorinchem/jaarplan.toml",
        PLAN_WITH_OUTCOMES.replace("uitstroom.werk\"", "uitstroom.banen\""),
    );
    root.cmd(&["check"])
        .lang(Some("nl"))
        .run()
        .expect(1)
        .err_has("jaarplan.toml:8:11")
        .err_has("uitstroom.werk");
}

/// The cells of the uitstroom section of a site page, row by row.
fn section_rows(page: &str) -> Vec<Vec<String>> {
    let start = page.find("id=\"uitstroom\"").expect("an Uitstroom section");
    let section = &page[start..];
    let section = &section[..section.find("</table>").expect("its table")];
    section
        .split("<tr")
        .skip(2)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let text = &cell[cell.find('>').unwrap() + 1..];
                    let text = &text[..text.find('<').unwrap_or(text.len())];
                    text.replace("&lt;", "<").trim().to_string()
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_site_shows_outcomes_protected_on_every_page() {
    let root = sandbox();
    root.write("regions/gorinchem/jaarplan.toml", PLAN_WITH_OUTCOMES);
    root.cmd(&["site", "out"])
        .today("2026-12-05")
        .lang(Some("nl"))
        .run()
        .expect(0);
    let pages = [
        root.read("out/index.html"),
        root.read("out/regio/gorinchem.html"),
        root.read("out/regio/rivierenland.html"),
    ];
    for page in &pages {
        for row in section_rows(page) {
            for cell in &row {
                if let Ok(n) = cell.parse::<u64>() {
                    assert!(n == 0 || n >= 5, "a small count on the site: {row:?}");
                }
            }
        }
    }
    // A region's page hides what the national table would give away:
    // Gorinchem's 27 to work (31 nationally, Rivierenland "< 5").
    let gorinchem = section_rows(&pages[1]);
    let year = gorinchem
        .iter()
        .find(|r| r[0] == "2025-2026" && r[1] == "pro")
        .expect("the pro row of 2025-2026");
    assert_eq!(year[2..5], ["50", "x", "x"], "{gorinchem:?}");
    let index = section_rows(&pages[0]);
    assert!(
        index
            .iter()
            .any(|r| r[0] == "landelijk" && r[3] == "58" && r[4] == "31")
    );
    // The map is shaded from what the table shows, with a legend.
    assert!(pages[0].contains("id=\"outcome-map\""));
    assert!(pages[0].contains("Aandeel naar werk of onderwijs per regio, schooljaar 2025-2026"));
    // The bar per row is an SVG without script.
    assert!(pages[1].contains("class=\"out-work\""));
    assert!(!pages.iter().any(|p| p.contains("<script")));
    // The goal measured from outcomes: on the site from the protected
    // rows (2025-2026 hides work: the latest shown year is 2024-2025)...
    assert!(
        pages[1].contains("50,0% naar werk in 2024-2025, van 44 uitstromers"),
        "{}",
        &pages[1]
    );
    // ...in the region's own jaarplan from the exact counts.
    root.cmd(&["jaarplan", "gorinchem"])
        .today("2026-12-05")
        .lang(Some("nl"))
        .run()
        .expect(0)
        .out_has("48,4% naar werk in 2025-2026");
}

#[test]
fn the_foto_has_the_region_s_exact_outcomes() {
    let root = sandbox();
    let out = root
        .cmd(&["foto", "gorinchem"])
        .today("2026-12-05")
        .lang(Some("nl"))
        .run()
        .expect(0)
        .stdout();
    assert!(out.contains("Uitstroom"), "{out}");
    assert!(out.contains("Exacte aantallen"), "{out}");
    assert!(out.contains("Praktijkschool A"), "per school: {out}");
    let json = root
        .cmd(&["foto", "gorinchem", "--format", "json"])
        .today("2026-12-05")
        .run()
        .expect(0)
        .json();
    assert_eq!(json["uitstroom"]["exact"], true);
    assert_eq!(json["uitstroom"]["schools"][0]["dagbesteding"], 3);
    // Without figures the foto has no section.
    let plain = Sandbox::base()
        .cmd(&["foto", "gorinchem", "--format", "json"])
        .run()
        .expect(0)
        .json();
    assert!(plain["uitstroom"].is_null());
}

/// The texts of a Word document's runs, in order.
fn docx_texts(path: &std::path::Path) -> Vec<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("<w:t")
        .skip(1)
        .filter_map(|s| Some(s[s.find('>')? + 1..s.find("</w:t>")?].to_string()))
        .map(|t| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn as_word_and_pdf_documents_exact_for_the_region_protected_beyond_it() {
    let root = sandbox();
    let out = |args: &[&str]| {
        root.cmd(args)
            .today("2026-12-05")
            .lang(Some("nl"))
            .run()
            .expect(0)
            .out_has("Geschreven:");
    };
    // The region's own document: exact, and says so.
    out(&["uitstroom", "gorinchem", "--out", "regio.docx"]);
    let texts = docx_texts(&root.join("regio.docx"));
    assert!(
        texts.contains(&"Uitstroom Gorinchem (AM35)".to_string()),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.starts_with("Exacte aantallen")),
        "{texts:?}"
    );
    let row = [
        "AM35",
        "Gorinchem",
        "pro",
        "2023-2024",
        "40",
        "18",
        "16",
        "3",
        "2",
        "1",
    ];
    let has = |texts: &[String], row: &[&str]| {
        texts
            .windows(row.len())
            .any(|w| w.iter().zip(row).all(|(a, b)| a == b))
    };
    assert!(has(&texts, &row), "{texts:?}");
    // More than one region leaves the region: the small counts protected.
    out(&["uitstroom", "--out", "landelijk.docx"]);
    let texts = docx_texts(&root.join("landelijk.docx"));
    assert!(!has(&texts, &row), "{texts:?}");
    assert!(
        has(
            &texts,
            &[
                "AM35",
                "Gorinchem",
                "pro",
                "2023-2024",
                "40",
                "18",
                "16",
                "< 5",
                "< 5",
                "< 5"
            ]
        ),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Kleine aantallen zijn afgeschermd"))
    );
    #[cfg(feature = "pdf")]
    {
        out(&["uitstroom", "gorinchem", "--out", "a.pdf"]);
        out(&["uitstroom", "gorinchem", "--out", "b.pdf"]);
        let a = std::fs::read(root.join("a.pdf")).unwrap();
        assert!(a.starts_with(b"%PDF-1.7"));
        let text = String::from_utf8_lossy(&a);
        // The outline names the report and its parts.
        for title in [
            "Uitstroom Gorinchem (AM35)",
            "Per school",
            "Naast de landelijke cijfers",
        ] {
            assert!(text.contains(&format!("/Title({title})")), "{title}");
        }
        assert_eq!(a, std::fs::read(root.join("b.pdf")).unwrap());
    }
}
