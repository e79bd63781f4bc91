//! Replays the fuzzer's corpora (fuzz/corpus/) in the normal test run, and
//! runs the address and form targets on random input too.

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

#[test]
fn addresses_and_forms_from_any_client_read_without_panic() {
    for bytes in corpus("route") {
        vsopro::fuzzing::route(&bytes);
    }
    for bytes in corpus("form") {
        vsopro::fuzzing::form(&bytes);
    }
}

proptest::proptest! {
    #[test]
    fn any_address_parses_or_is_none(path in "(/[a-z%0-9A-F.éë-]{0,12}){0,6}") {
        vsopro::fuzzing::route(path.as_bytes());
    }

    #[test]
    fn any_form_body_reads(body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
        vsopro::fuzzing::form(&body);
    }
}
