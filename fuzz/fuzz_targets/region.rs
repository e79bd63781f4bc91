#![no_main]
// Arbitrary bytes as the five files of a region (split on NUL), loaded and
// checked: no panic, every diagnostic inside its file.
libfuzzer_sys::fuzz_target!(|data: &[u8]| vsopro::fuzzing::region(data));
