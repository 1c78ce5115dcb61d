//! The path from a schema change to a reviewed, rebuilt API.

use conference_codegen::{Options, generate_source};
use std::path::{Path, PathBuf};

const SNAPSHOT: &str = "snapshots/video_conferences.rs";

/// The same naming option that `conference-api` gives the macro.
fn options() -> Options {
    Options {
        names: vec![(
            "Color".to_owned(),
            "#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary".to_owned(),
        )],
        ..Options::default()
    }
}

/// A schema change shows up as a diff of this snapshot. After reading the diff, update it
/// with `UPDATE_SNAPSHOTS=1 cargo test -p conference-tests --test regeneration`.
#[test]
fn generated_code_matches_the_reviewed_snapshot() {
    // Relative to this crate's directory, where cargo runs the test.
    let review = "`cargo run -p conference-codegen --features print -- schema/video_conferences.json \
                  --name Color=#/components/schemas/Video.CreateConferenceRequest/properties/dark_primary`";
    assert_snapshot(
        Path::new("../schema/video_conferences.json"),
        &options(),
        SNAPSHOT,
        review,
    );
}

/// Ten other families of SignalWire's document, each from its extract, snapshotted
/// beside the create schema's so a reviewer reads a family's change as a diff (the whole
/// document, which `tests/src/lib.rs` compiles, is too large to snapshot).
#[test]
fn every_signalwire_family_matches_its_reviewed_snapshot() {
    let families: Vec<PathBuf> = std::fs::read_dir("fixtures/signalwire")
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(families.len(), 10, "{families:?}");
    for schema in families {
        let name = schema.file_stem().unwrap().to_str().unwrap();
        let snapshot = format!("snapshots/signalwire/{name}.rs");
        let review = format!(
            "`cargo run -p conference-codegen --features print -- tests/{}`",
            schema.display()
        );
        assert_snapshot(&schema, &Options::default(), &snapshot, &review);
    }
}

fn assert_snapshot(schema: &Path, options: &Options, snapshot: &str, review: &str) {
    let generated = generate_source(schema, options)
        .unwrap_or_else(|errors| panic!("{} must generate: {errors:?}", schema.display()));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(Path::new(snapshot).parent().unwrap()).unwrap();
        std::fs::write(snapshot, &generated).unwrap();
        return;
    }
    let reviewed = std::fs::read_to_string(snapshot).unwrap_or_default();
    if generated != reviewed {
        let first = generated
            .lines()
            .zip(reviewed.lines())
            .position(|(a, b)| a != b);
        panic!(
            "the generated code differs from {snapshot} (first at line {}). Review the change with \
             {review}, then update the snapshot: \
             `UPDATE_SNAPSHOTS=1 cargo test -p conference-tests --test regeneration`",
            first.map_or_else(
                || generated.lines().count().min(reviewed.lines().count()) + 1,
                |l| l + 1
            ),
        );
    }
}

/// Cargo rebuilds a crate when a file in its dep-info changes. The macro includes the
/// schema's bytes, so rustc lists the schema there: editing it regenerates the bindings.
#[test]
fn cargo_rebuilds_conference_api_when_the_schema_changes() {
    let schema = std::fs::canonicalize("../schema/video_conferences.json").unwrap();
    // This test runs from target/<profile>/deps, beside conference-api's dep-info files.
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let newest: PathBuf = std::fs::read_dir(&deps)
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("conference_api-") && n.ends_with(".d"))
        })
        .max_by_key(|path| path.metadata().and_then(|m| m.modified()).ok())
        .expect("conference-api was built beside this test");
    let dep_info = std::fs::read_to_string(&newest).unwrap();
    assert!(
        dep_info.contains(schema.to_str().unwrap()),
        "{} does not list {}: cargo would not rebuild when the schema changes",
        newest.display(),
        schema.display()
    );
}

/// SignalWire's documents list operations and components in their own order; the output
/// must not depend on anything but the document.
#[test]
fn generation_is_deterministic() {
    let path = Path::new("../schema/video_conferences.json");
    let first = generate_source(path, &options()).unwrap();
    for _ in 0..3 {
        assert_eq!(generate_source(path, &options()).unwrap(), first);
    }
}
