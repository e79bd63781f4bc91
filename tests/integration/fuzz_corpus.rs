//! Replays the fuzzer's corpus (fuzz/corpus/region/) in the normal test run.

#[test]
fn the_fuzz_corpus_replays_without_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/region");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        crate::fuzz_input::region(&bytes);
        n += 1;
    }
    assert!(n >= 20, "{n} corpus entries");
}
