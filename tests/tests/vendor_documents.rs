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
        [
            (
                1,
                "media type image/png is not supported; only application/json"
            ),
            (
                1,
                "media type text/csv is not supported; only application/json"
            ),
            (12, "more than one success status is not supported"),
            (
                3,
                "no media type of this request body can be sent (multipart/form-data); \
                 supported: application/json, application/x-www-form-urlencoded"
            ),
        ],
        "{errors:#?}"
    );
}
