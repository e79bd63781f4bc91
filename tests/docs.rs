//! The documentation names every diagnostic code.

mod common;

use vsopro::diag::Code;

#[test]
fn readme_lists_every_code() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).unwrap();
    for c in Code::ALL {
        let row = format!("| `{}` | ", c.name());
        assert!(readme.contains(&row), "README.md lacks {}", c.name());
    }
}
