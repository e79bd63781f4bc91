//! `vsopro site`: the generated pages, escaping, the map and safe writing.

use crate::common::*;

#[test]
fn the_example_site_snapshots() {
    let root = Sandbox::examples();
    // The site is for the directors: in Dutch.
    root.cmd(&["site", "public"])
        .lang(Some("nl"))
        .run()
        .expect(0);
    insta::assert_snapshot!("site-index", root.read("public/index.html"));
    insta::assert_snapshot!("site-region", root.read("public/regio/midden-holland.html"));
    insta::assert_snapshot!("site-theme", root.read("public/thema/stageplaatsen.html"));
    insta::assert_snapshot!("site-practices", root.read("public/voorbeelden.html"));
    insta::assert_snapshot!(
        "site-practice",
        root.read("public/voorbeelden/midden-holland/stagebank-techniek.html")
    );
    assert!(root.join("public/style.css").is_file());
    assert_eq!(
        root.files("public").len(),
        1 + 1 + 1 + 1 + 7 + 2 + 5,
        "mark, style, index, one region, seven themes, the practices and one practice, \
         the search's index and four scripts"
    );
}

#[test]
fn the_map_has_exactly_the_35_official_regions() {
    let root = Sandbox::examples();
    root.run(&["site", "public"]).expect(0);
    let index = root.read("public/index.html");
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
        links.iter().all(|l| *l == "midden-holland.html"),
        "{links:?}"
    );
    assert!(root.join("public/regio/midden-holland.html").is_file());
    assert!(index.contains("CBS &#x2f; PDOK, CC-BY 4.0"));
    assert!(
        !index.contains("<script") && !index.contains("http://") && !index.contains("https://"),
        "self-contained"
    );
}

#[test]
fn hostile_text_is_escaped() {
    let root = Sandbox::examples();
    let schools = "regions/midden-holland/schools.toml";
    let text = root.read(schools).replace(
        "name = \"VSO Het Anker\"",
        "name = \"<script>alert('x')</script> & \\\"Anker\\\"\"",
    );
    root.write(schools, text);
    root.run(&["site", "public"]).expect(0);
    let page = root.read("public/regio/midden-holland.html");
    assert!(!page.contains("<script>"), "raw script tag in the page");
    assert!(
        page.contains("&lt;script&gt;alert("),
        "{}",
        &page[page.find("Anker").unwrap_or(0).saturating_sub(200)..][..300]
    );
    assert!(page.contains("&amp;"));
}

#[test]
fn a_site_is_replaced_only_with_force() {
    let root = Sandbox::examples();
    root.run(&["site", "public"]).expect(0);
    root.write("public/stale.html", "from an older run");
    root.run(&["site", "public"]).expect(2).err_has("--force");
    root.run(&["site", "public", "--force"]).expect(0);
    assert!(root.join("public/index.html").is_file());
    assert!(
        !root.join("public/stale.html").exists(),
        "replaced as a whole"
    );
    let leftovers: Vec<_> = std::fs::read_dir(root.path())
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
fn force_never_replaces_what_vsopro_did_not_make() {
    let root = Sandbox::examples();
    root.write("mine/notes.txt", "keep");
    root.run(&["site", "mine", "--force"])
        .expect(2)
        .err_has("was not made by `vsopro site`");
    assert_eq!(root.read("mine/notes.txt"), "keep");
    root.write("report.html", "keep");
    root.run(&["site", "report.html", "--force"])
        .expect(2)
        .err_has("is a file");
    assert_eq!(root.read("report.html"), "keep");
}

#[test]
fn force_never_touches_the_data() {
    let outer = Sandbox::new();
    outer.write("data/vsopro.toml", "");
    copy_tree(&examples().join("regions"), &outer.join("data/regions"));
    let before = outer.files(".");
    let run = |out: &str| outer.cmd(&["site", out, "--force"]).root_at("data").run();
    // The data root itself, a folder above it, a region folder, regions/ itself.
    run(".").expect(2).err_has("is the data root");
    run("..").expect(2).err_has("holds the data root");
    run("regions/midden-holland")
        .expect(2)
        .err_has("inside regions/");
    run("regions").expect(2).err_has("inside regions/");
    run("regions/zeeland").expect(2).err_has("inside regions/");
    assert_eq!(outer.files("."), before, "nothing changed");
    assert!(!outer.join("data/regions/zeeland").exists());
    // The top of a git work tree (one that holds the data, too).
    outer.git("data", &["init", "-q"], "2026-11-01T10:00:00+01:00");
    run(".").expect(2);
    let repo = Sandbox::examples();
    repo.git(".", &["init", "-q"], "2026-11-01T10:00:00+01:00");
    repo.write("site/.git/HEAD", "ref: refs/heads/main\n");
    repo.run(&["site", "site", "--force"])
        .expect(2)
        .err_has("top of a git work tree");
}

#[test]
fn the_site_refuses_invalid_data() {
    let root = Sandbox::case("unknown-reference");
    root.run(&["site", "public"]).expect(1);
    assert!(!root.join("public").exists(), "no half site");
}
