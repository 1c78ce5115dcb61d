//! The macro's expansion alone: `conference_codegen::generate` (parse, model, emit) plus
//! the `to_string()` of its tokens, which is the text rustc then has to lex, per file.
//!
//! `cargo bench -p conference-codegen --bench expand`
//!
//! Built with the bench profile (optimised); a user's `cargo check` runs the macro
//! unoptimised, so there it is slower: `conference-tests`' `macro_cost` bench measures that.
//! A file the generator rejects fails the bench with its first errors.

#[path = "../../conference-api/benches/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use conference_codegen::{Options, generate};

/// The schema files (relative to the workspace root) and their `names { .. }`.
const SCHEMAS: &[(&str, &[(&str, &str)])] = &[
    // The big one: 96 operations, 424 schemas.
    ("tests/fixtures/signalwire/fabric_resources.json", &[]),
    (
        "tests/fixtures/video_conferences.openapi.json",
        &[(
            "Color",
            "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary",
        )],
    ),
];

fn main() {
    let quick = common::quick_mode();
    let rounds = if quick { 1 } else { 51 };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");

    println!("expand: generate + to_string, {rounds} rounds per file; medians");
    for &(file, names) in SCHEMAS {
        let path = root.join(file);
        let options = Options {
            names: names
                .iter()
                .map(|&(name, pointer)| (name.to_owned(), pointer.to_owned()))
                .collect(),
            ..Default::default()
        };
        // A first run, outside the medians: fails loudly on a rejected file, and warms up.
        let started = Instant::now();
        let text = match generate(&path, &options) {
            Ok(tokens) => tokens.to_string(),
            Err(errors) => panic!(
                "{file}: the generator rejects it ({} errors), first:\n{}",
                errors.len(),
                errors
                    .iter()
                    .take(10)
                    .map(|e| format!("  {e}\n"))
                    .collect::<String>()
            ),
        };
        let first = started.elapsed();

        let mut expand = || {
            let tokens = generate(black_box(&path), &options).expect("accepted above");
            black_box(tokens.to_string());
        };
        let [ns] = common::measure(rounds, 1, &mut [&mut expand], |_, _| {})[..] else {
            unreachable!()
        };
        println!(
            "  {file}: {:.2} ms per expansion ({} KB of tokens as text; first run {:.2} ms)",
            ns / 1e6,
            text.len() / 1024,
            first.as_secs_f64() * 1e3
        );
    }
}
