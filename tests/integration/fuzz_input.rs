//! The input of the fuzzer (fuzz/, which includes this file) and of the tests
//! that replay its corpus: arbitrary bytes as the five files of one region,
//! loaded and checked in memory through the library's public API.
#![allow(dead_code)]

use vsopro::diag::Diagnostic;
use vsopro::load::{self, Input};
use vsopro::model::{Dataset, FileKind};
use vsopro::{check, registry};

/// Splits `data` on NUL bytes into the five region files (in
/// `FileKind::REGION` order; fewer parts leave files missing), loads and checks
/// them. Panics if a diagnostic points outside the file it names.
pub fn region(data: &[u8]) {
    let mut parts = data.split(|&b| b == 0);
    let inputs = FileKind::REGION.map(|_| {
        parts
            .next()
            .map_or(Input::Missing, |p| Input::Bytes(p.to_vec()))
    });
    let info = registry::region_by_slug("midden-holland").expect("an official region");
    let dataset = load::from_memory(info, inputs);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a valid date");
    assert_spans_inside(&dataset, &check::run(&dataset, today));
}

/// Every diagnostic names a file that was read and a span inside it, on
/// character boundaries.
pub fn assert_spans_inside(data: &Dataset, diags: &[Diagnostic]) {
    for d in diags {
        if let Some(span) = &d.span {
            let src = data
                .sources
                .get(&d.file)
                .expect("a diagnostic names a file that was read");
            assert!(
                span.start <= span.end && span.end <= src.text.len(),
                "{d:?}"
            );
            assert!(
                src.text.is_char_boundary(span.start) && src.text.is_char_boundary(span.end),
                "{d:?}"
            );
        }
    }
}
