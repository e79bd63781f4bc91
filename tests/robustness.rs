//! The loader and the checks never panic, whatever the files contain, and
//! every diagnostic points inside the file it names.

mod common;

use common::*;
use proptest::prelude::*;
use std::path::Path;
use vsopro::{check, load};

const FILES: [&str; 5] = load::REGION_FILES;

/// Loads and checks a root in-process; panics propagate to proptest.
fn load_and_check(root: &Path) {
    let data = load::load(root, None).expect("the root is a folder");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    vsopro::fuzzing::assert_spans_inside(&data, &check::run(&data, today));
}

/// A region folder with the given contents for each of the five files.
fn write_region(root: &Path, contents: &[Vec<u8>]) {
    let dir = root.join("regions/midden-holland");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in FILES.iter().zip(contents) {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

fn example_files() -> Vec<Vec<u8>> {
    let dir = repo().join("examples/regions/midden-holland");
    FILES
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap())
        .collect()
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    Truncate(usize),
    Insert(usize, String),
    ReplaceByte(usize, u8),
    SwapValue(usize, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let values = prop::sample::select(vec![
        "1",
        "-1",
        "\"\"",
        "[]",
        "{}",
        "true",
        "2025-02-28",
        "1979-05-27T07:32:00Z",
        "\"é🙂\"",
        "[1, \"a\"]",
        "99999999999999999999",
        "nan",
        "\"111222333\"",
    ]);
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        any::<usize>().prop_map(Mutation::Truncate),
        (
            any::<usize>(),
            "[\\[\\]{}=\"'#., a-z0-9\n\u{e9}\u{1F642}]{0,12}"
        )
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::ReplaceByte(i, b)),
        (any::<usize>(), values).prop_map(|(i, v)| Mutation::SwapValue(i, v)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let n = lines.len().max(1);
    match m {
        Mutation::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(i % n);
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            let l = lines[i % n].clone();
            lines.insert(i % n, l);
        }
        Mutation::SwapValue(i, v) if !lines.is_empty() => {
            let l = &mut lines[i % n];
            if let Some(eq) = l.find('=') {
                l.replace_range(eq + 1.., &format!(" {v}"));
            }
        }
        Mutation::Truncate(i) => {
            bytes.truncate(i % (bytes.len() + 1));
            return;
        }
        Mutation::Insert(i, s) => {
            let at = i % (bytes.len() + 1);
            bytes.splice(at..at, s.bytes());
            return;
        }
        Mutation::ReplaceByte(i, b) if !bytes.is_empty() => {
            let at = i % bytes.len();
            bytes[at] = *b;
            return;
        }
        _ => return,
    }
    *bytes = (lines.join("\n") + "\n").into_bytes();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn mutated_region_files_never_panic(
        muts in prop::collection::vec((0usize..5, mutation()), 1..8)
    ) {
        let mut files = example_files();
        for (file, m) in &muts {
            apply(&mut files[*file], m);
        }
        let root = tempfile::tempdir().unwrap();
        write_region(root.path(), &files);
        load_and_check(root.path());
    }

    #[test]
    fn arbitrary_bytes_never_panic(contents in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..200), 5)) {
        let root = tempfile::tempdir().unwrap();
        write_region(root.path(), &contents);
        load_and_check(root.path());
    }

    #[test]
    fn arbitrary_toml_like_text_never_panics(
        contents in prop::collection::vec("(\\[\\[?[a-z_]{1,8}\\]\\]?\n|[a-z_]{1,10} = (\"[a-z ]{0,5}\"|[0-9-]{1,4}|\\[\\]|true|2026-0[1-9]-1[0-9]|\\{ [a-z]+ = 1 \\})\n){0,12}", 5)
    ) {
        let root = tempfile::tempdir().unwrap();
        write_region(root.path(), &contents.into_iter().map(String::into_bytes).collect::<Vec<_>>());
        load_and_check(root.path());
    }
}

#[test]
fn the_binary_survives_a_corrupt_region_too() {
    let root = tempfile::tempdir().unwrap();
    let mut files = example_files();
    files[0] = b"name = \"Midden-Holland\"\n[coordinator\n\xff\xfe".to_vec();
    let half = files[2].len() / 2;
    files[2].truncate(half);
    write_region(root.path(), &files);
    let out = vsopro(root.path(), &["check"]);
    assert_eq!(exit_code(&out), 1);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}
