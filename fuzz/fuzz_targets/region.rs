#![no_main]
// Arbitrary bytes as the five files of a region (split on NUL), loaded and
// checked: no panic, every diagnostic inside its file.
#[path = "../../tests/integration/fuzz_input.rs"]
mod fuzz_input;

libfuzzer_sys::fuzz_target!(|data: &[u8]| fuzz_input::region(data));
