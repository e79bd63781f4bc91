//! `vsopro site`: the generated pages, escaping, the map and safe writing.

mod common;

use common::*;
use std::path::Path;

fn build(root: &Path, out: &Path) -> std::process::Output {
    vsopro(root, &["site", out.to_str().unwrap()])
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn the_example_site_snapshots() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let o = build(&repo().join("examples"), &site);
    assert_eq!(exit_code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!("site-index", read(&site.join("index.html")));
    insta::assert_snapshot!("site-region", read(&site.join("regio/midden-holland.html")));
    insta::assert_snapshot!("site-theme", read(&site.join("thema/stageplaatsen.html")));
    assert!(site.join("style.css").is_file());
    let pages = walkdir::WalkDir::new(&site)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count();
    assert_eq!(
        pages,
        1 + 1 + 1 + 7,
        "style, index, one region, seven themes"
    );
}

#[test]
fn the_map_has_exactly_the_35_official_regions() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    assert_eq!(exit_code(&build(&repo(), &site)), 0);
    let index = read(&site.join("index.html"));
    let codes: Vec<&str> = index
        .split("data-code=\"")
        .skip(1)
        .map(|s| &s[..4])
        .collect();
    let official: Vec<&str> = vsopro::registry::REGIONS.iter().map(|r| r.code).collect();
    assert_eq!(codes, official);
    // Only the region with data links to a page, and that page exists.
    let links: Vec<&str> = index
        .split("<a href=\"regio/")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert!(
        links.iter().all(|l| *l == "gooi-en-vechtstreek.html"),
        "{links:?}"
    );
    assert!(site.join("regio/gooi-en-vechtstreek.html").is_file());
    assert!(index.contains("CBS / PDOK, CC-BY 4.0"));
    assert!(
        !index.contains("<script") && !index.contains("http://") && !index.contains("https://"),
        "self-contained"
    );
}

#[test]
fn hostile_text_is_escaped() {
    let root = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples"), root.path());
    let schools = root.path().join("regions/midden-holland/schools.toml");
    let text = read(&schools).replace(
        "name = \"VSO Het Anker\"",
        "name = \"<script>alert('x')</script> & \\\"Anker\\\"\"",
    );
    std::fs::write(&schools, text).unwrap();
    let out = root.path().join("site");
    let o = build(root.path(), &out);
    assert_eq!(exit_code(&o), 0, "{}", stderr(&o));
    let page = read(&out.join("regio/midden-holland.html"));
    assert!(!page.contains("<script>"), "raw script tag in the page");
    assert!(
        page.contains("&lt;script&gt;alert("),
        "{}",
        &page[page.find("Anker").unwrap_or(0).saturating_sub(200)..][..300]
    );
    assert!(page.contains("&amp;"));
}

#[test]
fn a_non_empty_folder_is_refused_unless_forced() {
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("mine.txt"), "keep").unwrap();
    let o = build(&repo().join("examples"), out.path());
    assert_eq!(exit_code(&o), 1);
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(read(&out.path().join("mine.txt")), "keep");
    let o = vsopro(
        &repo().join("examples"),
        &["site", out.path().to_str().unwrap(), "--force"],
    );
    assert_eq!(exit_code(&o), 0, "{}", stderr(&o));
    assert!(out.path().join("index.html").is_file());
    assert!(!out.path().join("mine.txt").exists(), "replaced as a whole");
    let leftovers: Vec<_> = std::fs::read_dir(out.path().parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name().to_string_lossy().contains(".building-")
                || e.file_name().to_string_lossy().contains(".old-")
        })
        .collect();
    assert!(leftovers.is_empty(), "no temporary folders left");
}

#[test]
fn the_site_refuses_invalid_data() {
    let root = case_root("unknown-reference");
    let out = root.path().join("public");
    let o = build(root.path(), &out);
    assert_eq!(exit_code(&o), 1);
    assert!(!out.exists(), "no half site");
}
