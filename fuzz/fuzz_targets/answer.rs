//! Any bytes a backend (or a proxy in front of it) could answer: status, headers and body go
//! through everything the widget does before showing them, which must never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sportello_app::api::digest_answer(data));
