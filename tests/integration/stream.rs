//! `check` region by region (`check::stream`) finds exactly what checking
//! the whole data set at once finds, quotes the same lines, and keeps only
//! what it must: each region's region.toml and the files its findings quote.

use crate::common::*;
use std::path::Path;
use vsopro::check;
use vsopro::report::check::to_json;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn same_findings(root: &Path) {
    let data = vsopro::load::load(root, None).unwrap();
    let whole = check::run(&data, today());
    let (kept, streamed) =
        check::stream(root, None, today(), &check::Filter::default(), &[]).unwrap();
    assert_eq!(streamed, whole, "{}", root.display());
    assert_eq!(kept.regions.len(), data.regions.len());
    for d in &whole {
        assert_eq!(
            serde_json::to_value(to_json(d, &kept.sources)).unwrap(),
            serde_json::to_value(to_json(d, &data.sources)).unwrap(),
            "{}",
            root.display()
        );
    }
    // Nothing but region.toml stays of a region once it was checked.
    for r in &kept.regions {
        assert!(
            r.schools.value.is_none()
                && r.overlegtafels.value.is_none()
                && r.actions.value.is_none()
                && r.jaarplan.value.is_none(),
            "{}: {} kept more than its region.toml",
            root.display(),
            r.info.slug
        );
    }
    for path in kept.sources.keys() {
        let quoted = whole
            .iter()
            .any(|d| d.file == *path || d.related.iter().any(|r| r.file == *path));
        assert!(
            quoted || path.ends_with("region.toml") || !path.starts_with("regions/"),
            "{}: {path} kept without a finding",
            root.display()
        );
    }
}

#[test]
fn every_fixture_and_the_examples_give_the_same_findings_region_by_region() {
    let mut roots: Vec<_> = std::fs::read_dir(fixtures().join("check"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    roots.sort();
    roots.push(examples());
    roots.push(fixtures().join("base"));
    for root in roots.iter().filter(|r| r.is_dir()) {
        same_findings(root);
    }
}

#[test]
fn a_region_with_errors_in_every_file_gives_the_same_findings() {
    // Several regions, each broken in its own way, checked side by side.
    let root = Sandbox::examples();
    for (case, slug) in [
        ("duplicate-id", "gorinchem"),
        ("invalid-brin", "zeeland"),
        ("toml-syntax", "twente"),
    ] {
        let from = fixtures().join("check").join(case).join("regions");
        let dir = std::fs::read_dir(&from)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let text = std::fs::read(&file).unwrap();
            root.write(
                &format!(
                    "regions/{slug}/{}",
                    file.file_name().unwrap().to_string_lossy()
                ),
                text,
            );
        }
    }
    same_findings(root.path());
}

#[test]
fn a_report_keeps_the_files_it_reads_and_no_others() {
    use vsopro::model::FileKind;
    let root = examples();
    let whole = vsopro::load::load(&root, None).unwrap();
    let filter = check::Filter::default();
    // All five files: the same model as loading the nation at once.
    let (all, _) = check::stream(&root, None, today(), &filter, &FileKind::REGION).unwrap();
    assert_eq!(format!("{:?}", all.regions), format!("{:?}", whole.regions));
    // A lean model of region.toml and schools.toml.
    let (lean, _) = check::stream(&root, None, today(), &filter, &[FileKind::Schools]).unwrap();
    assert_eq!(lean.regions.len(), whole.regions.len());
    for (l, w) in lean.regions.iter().zip(&whole.regions) {
        assert!(!w.schools().is_empty() && !w.actions().is_empty());
        assert_eq!(format!("{:?}", l.schools), format!("{:?}", w.schools));
        assert_eq!(format!("{:?}", l.region), format!("{:?}", w.region));
        assert!(l.actions.value.is_none() && l.jaarplan.value.is_none());
        assert!(l.overlegtafels.value.is_none());
        // What was dropped is still known to have been there.
        assert_eq!(l.actions.status, w.actions.status);
    }
}
