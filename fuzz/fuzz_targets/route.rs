#![no_main]
// Arbitrary bytes as a request's path: parsed without panic; a route found
// reads back from its own address.
libfuzzer_sys::fuzz_target!(|data: &[u8]| vsopro::fuzzing::route(data));
