//! SignalWire's own `examples`, checked against the generated types: every example of
//! a request schema must validate, every example of a response schema must decode with
//! enum values and date-times checked (a client keeps an unlisted one, an example must
//! not have one), and what either reads must encode and read back the same. An example
//! of a schema that requests and responses share is checked against both types, and
//! counted once. A request body's own `example`/`examples` (its media type's) are request
//! examples of the body type.
//! Where SignalWire's example breaks SignalWire's schema, it is listed in
//! `fixtures/signalwire/example-findings.txt` with the reason: a finding to report, not
//! to hide. The list is asserted exactly, so a fixed example or a new failure shows.

use conference_tests::{published, video_conferences};

mod broken {
    conference_api::generate!("fixtures/broken-examples.openapi.json", check_examples);
}

type Checks = fn() -> Vec<(&'static str, Result<(), String>)>;

const FAMILIES: &[(&str, Checks)] = &[
    ("video_conferences", video_conferences::__check_examples),
    (
        "signalwire_rest",
        published::signalwire_rest::__check_examples,
    ),
    ("compatibility", published::compatibility::__check_examples),
];

#[test]
fn every_example_fits_its_type_except_the_listed_findings() {
    let mut checked = 0;
    let mut distinct = std::collections::HashSet::new();
    let mut findings = Vec::new();
    for (family, checks) in FAMILIES {
        for (pointer, outcome) in checks() {
            checked += 1;
            distinct.insert((family, pointer));
            if let Err(why) = outcome {
                let why = why.replace('\n', " ");
                findings.push(format!("{family} {pointer}\n    {why}"));
            }
        }
    }
    let actual = findings.join("\n") + "\n";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/signalwire/example-findings.txt"
    );
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    let bodies = distinct
        .iter()
        .filter(|(_, pointer)| pointer.contains("/requestBody/"))
        .count();
    let distinct = distinct.len();
    println!(
        "{distinct} distinct examples, {bodies} of them request bodies' ({checked} checks: one per side of a shared schema), {} findings",
        findings.len()
    );
    // Exact: an example no longer collected is a check lost, not a finding fixed.
    assert_eq!(
        (distinct, bodies, checked),
        (4401, 48, 5280),
        "(distinct examples, request bodies' examples, checks)"
    );
    assert_eq!(
        actual, expected,
        "the examples that break their schema changed ({checked} checked); after reading the \
         difference, update the list with UPDATE_SNAPSHOTS=1 cargo test -p conference-tests --test examples"
    );
}

#[test]
fn an_example_that_breaks_its_schema_is_caught() {
    let broken: Vec<(&str, String)> = broken::__check_examples()
        .into_iter()
        .filter_map(|(pointer, outcome)| Some((pointer, outcome.err()?)))
        .collect();
    let pointers: Vec<&str> = broken.iter().map(|(p, _)| *p).collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/Thing/properties/name/examples/1",
            "#/components/schemas/Thing/properties/tags/examples/1",
            "#/components/schemas/Thing/examples/1",
            "#/paths/~1things/post/requestBody/content/application~1json/examples/too_long/value",
            "#/paths/~1things/post/requestBody/content/application~1json/examples/shared",
            "#/components/schemas/Answer/properties/count/examples/1",
            "#/components/schemas/Answer/properties/quality/examples/1",
            "#/components/schemas/Answer/properties/created_at/examples/1",
        ],
        "{broken:#?}"
    );
    assert!(broken[0].1.contains("maxLength 3"), "{}", broken[0].1);
    assert!(broken[2].1.contains("extra"), "{}", broken[2].1);
    // A request body's own examples are checked as strictly as its schema's.
    assert!(broken[3].1.contains("maxLength 3"), "{}", broken[3].1);
    assert!(broken[4].1.contains("minItems 1"), "{}", broken[4].1);
    // Response types keep unlisted values; an example's check does not.
    assert!(broken[6].1.contains("4k"), "{}", broken[6].1);
    assert!(broken[7].1.contains("yesterday"), "{}", broken[7].1);
}
