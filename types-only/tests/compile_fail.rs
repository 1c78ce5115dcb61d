//! Mistakes that must not compile (bad literals, missing fields, broken schemas), and
//! what a build without conference-api's client must still do. Each compile-fail case is
//! `ui/<group>/<what-is-wrong>.rs` with the expected `.stderr` beside it; `ui-pass/`
//! cases must build and run. trybuild builds them in a scratch crate that depends on
//! this one, so conference-api is built there without its `client` feature.
//! To bless changed messages after reading the diff: `TRYBUILD=overwrite cargo test -p conference-types-only --test compile_fail`.

#[test]
fn compile_fail() {
    // SAFETY: this test binary runs this one test, so no other thread reads the environment.
    unsafe { std::env::set_var("CONFERENCE_API_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*/*.rs");
    cases.pass("ui-pass/*.rs");
}
