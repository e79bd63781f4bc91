//! Replays the region fuzzer's corpus (fuzz/corpus/region) in the normal
//! test run (the address and form targets are replayed by the library's
//! own tests, in `src/fuzzing.rs`).

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect()
}

#[test]
fn the_fuzz_corpus_replays_without_panic() {
    let n = corpus("region").len();
    for bytes in corpus("region") {
        crate::fuzz_input::region(&bytes);
    }
    assert!(n >= 20, "{n} corpus entries");
}
