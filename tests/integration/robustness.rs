//! The loader and the checks never panic, whatever the files contain, and
//! every diagnostic points inside the file it names.

use crate::common::*;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use vsopro::{check, load};

const FILES: [&str; 7] = vsopro::model::REGION_FILE_NAMES;

/// Loads and checks the five files in memory, as the binary would read them
/// from a region folder; panics propagate to proptest.
fn load_and_check(contents: &[Vec<u8>]) {
    let info = vsopro::registry::region_by_slug("midden-holland").unwrap();
    let inputs: [load::Input; 7] = std::array::from_fn(|i| load::Input::Bytes(contents[i].clone()));
    let data = load::from_memory(info, inputs);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    crate::fuzz_input::assert_spans_inside(&data, &check::run(&data, today));
}

/// A region folder with the given contents for each of the five files.
fn write_region(root: &Sandbox, contents: &[Vec<u8>]) {
    for (name, bytes) in FILES.iter().zip(contents) {
        root.write(&format!("regions/midden-holland/{name}"), bytes);
    }
}

fn example_files() -> Vec<Vec<u8>> {
    let dir = examples().join("regions/midden-holland");
    FILES
        .iter()
        // practices.toml is optional: the example has none.
        .map(|f| std::fs::read(dir.join(f)).unwrap_or_default())
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
    // Failures are saved next to this file and replayed first in every later run.
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_region_files_never_panic(
        muts in prop::collection::vec((0usize..FILES.len(), mutation()), 1..8)
    ) {
        let mut files = example_files();
        for (file, m) in &muts {
            apply(&mut files[*file], m);
        }
        load_and_check(&files);
    }

    #[test]
    fn arbitrary_bytes_never_panic(contents in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..200), FILES.len())) {
        load_and_check(&contents);
    }

    #[test]
    fn arbitrary_toml_like_text_never_panics(
        contents in prop::collection::vec("(\\[\\[?[a-z_]{1,8}\\]\\]?\n|[a-z_]{1,10} = (\"[a-z ]{0,5}\"|[0-9-]{1,4}|\\[\\]|true|2026-0[1-9]-1[0-9]|\\{ [a-z]+ = 1 \\})\n){0,12}", FILES.len())
    ) {
        load_and_check(&contents.into_iter().map(String::into_bytes).collect::<Vec<_>>());
    }
}

#[test]
fn the_binary_survives_a_corrupt_region_too() {
    let root = Sandbox::new();
    let mut files = example_files();
    files[0] = b"name = \"Midden-Holland\"\n[coordinator\n\xff\xfe".to_vec();
    let half = files[2].len() / 2;
    files[2].truncate(half);
    write_region(&root, &files);
    let out = root.run(&["check"]);
    out.expect(1);
    assert!(!out.stderr().contains("panicked"), "{}", out.stderr());
}
