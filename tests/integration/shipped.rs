//! The shipped data (regions/: all 35 regions from DUO's open data). The
//! other tests never read it; these check that it stays valid and that the
//! national figures add up. They run on a copy.

use crate::common::*;

fn shipped() -> Sandbox {
    let root = Sandbox::new();
    copy_tree(&repo().join("regions"), &root.join("regions"));
    root
}

#[test]
fn the_shipped_data_checks_without_errors() {
    let root = shipped();
    let out = root.cmd(&["check"]).lang(Some("nl")).run();
    out.expect(0);
    assert!(!out.stderr().contains("fout["), "{}", out.stderr());
}

#[test]
fn staffing_on_the_shipped_data_adds_up_and_never_counts_unknown_as_zero() {
    let v = shipped()
        .run(&["staffing", "--format", "json"])
        .expect(0)
        .json();
    let regions = v["regions"].as_array().unwrap();
    assert_eq!(regions.len(), 35);
    let mut sum = 0;
    for r in regions {
        let schools = r["schools"].as_u64().unwrap_or_else(|| panic!("{r}"));
        assert!(schools > 0, "{r}");
        sum += schools;
        if r["status"] == "unknown" {
            assert!(r["contracted_hours"].is_null(), "unknown is not 0: {r}");
            assert!(r["gap_fte"].is_null(), "{r}");
        }
    }
    let t = &v["totals"];
    assert_eq!(t["schools"].as_u64(), Some(sum));
    assert_eq!(t["with_data"], 35);
    assert_eq!(t["pro"].as_u64().unwrap() + t["vso"].as_u64().unwrap(), sum);
    let known = regions
        .iter()
        .filter(|r| !r["contracted_hours"].is_null())
        .count();
    assert_eq!(t["contracted_known"].as_u64(), Some(known as u64));
    if known == 0 {
        assert!(
            t["contracted_fte"].is_null() && t["gap_fte"].is_null(),
            "{t}"
        );
    }
}
