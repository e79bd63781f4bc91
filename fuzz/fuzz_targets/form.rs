#![no_main]
// Arbitrary bytes as a form's body, read by every record's form and the
// uitstroom form without panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| vsopro::fuzzing::form(data));
