//! Mistakes that must not compile: bad literals, missing fields, broken schemas.
//! Each case is `ui/<group>/<what-is-wrong>.rs` with the expected `.stderr` beside it.
//! To bless changed messages after reading the diff: `TRYBUILD=overwrite cargo test --test compile_fail`.

#[test]
fn compile_fail() {
    // SAFETY: this test binary runs this one test, so no other thread reads the environment.
    unsafe { std::env::set_var("CONFERENCE_API_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*/*.rs");
}
