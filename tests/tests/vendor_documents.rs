//! Another vendor's OpenAPI 3.1 document, unmodified (`fixtures/vendors/`): what the
//! generator still refuses of it, pinned exactly, so each construct that becomes
//! supported (or a regression) shows here. Discord's document: 242 operations, 539
//! schemas.

use conference_codegen::{Options, generate};
use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn discords_document_is_refused_only_for_the_constructs_not_yet_generated() {
    let errors = generate(
        Path::new("fixtures/vendors/discord.openapi.json"),
        &Options::default(),
    )
    .expect_err("Discord's document does not generate whole yet");
    let mut by_message: BTreeMap<&str, usize> = BTreeMap::new();
    for error in &errors {
        *by_message.entry(error.message.as_str()).or_default() += 1;
    }
    let found: Vec<(usize, &str)> = by_message.into_iter().map(|(m, n)| (n, m)).collect();
    assert_eq!(
        found,
        [(
            3,
            "no media type of this request body can be sent (multipart/form-data); \
                 supported: application/json, application/x-www-form-urlencoded"
        ),],
        "{errors:#?}"
    );
}

/// Selecting by tag on SignalWire's published documents generates exactly the tagged
/// operations, under the names they have in the whole document.
#[test]
fn selecting_by_tag_works_on_the_published_documents() {
    let methods = |file: &str, tag: &str| -> Vec<String> {
        let options = Options {
            tags: vec![tag.to_owned()],
            ..Options::default()
        };
        let tokens = generate(Path::new(file), &options)
            .unwrap_or_else(|errors| panic!("{file}: {errors:?}"))
            .to_string();
        // The methods declared by `trait Api`, before its implementation.
        let (_, declared) = tokens
            .split_once("pub trait Api {")
            .expect("a client trait");
        let (declared, _) = declared
            .split_once("impl Api for")
            .expect("its implementation");
        let mut found: Vec<String> = declared
            .split("fn ")
            .skip(1)
            .filter_map(|rest| rest.split_once(" < 'a >").map(|(name, _)| name.to_owned()))
            .filter(|name| !name.contains(' '))
            .collect();
        found.sort();
        found
    };
    assert_eq!(
        methods("fixtures/published/compatibility.openapi.yaml", "Queues"),
        [
            "create_queue",
            "delete_queue",
            "list_queues",
            "retrieve_queue",
            "update_queue"
        ]
    );
    let numbers = methods(
        "fixtures/published/signalwire-rest.openapi.yaml",
        "Phone Numbers",
    );
    assert_eq!(numbers.len(), 8, "{numbers:?}");
}
