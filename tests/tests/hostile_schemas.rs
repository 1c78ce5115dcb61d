//! Schemas are input too: documents that claim the names generated code uses for itself
//! still generate code that compiles and works.

mod hostile_names {
    conference_api::generate!("fixtures/hostile_names.openapi.yaml");
}

use conference_api::Rule;
use hostile_names::{A, D, Either, S, Slots};

/// Types named `A`, `D`, `S` and `Slots` (the names of the serde impls' generic
/// parameters and of the reader's local type, once) are the document's own.
#[test]
fn types_named_like_generic_parameters_are_the_documents_own() {
    let s =
        conference_api::from_json_str::<S>(r#"{"a": "abc", "d": 2, "slots": "two", "either": 7}"#)
            .unwrap();
    assert_eq!(s.a, "abc".parse::<A>().unwrap());
    assert_eq!(s.d, Some(D::try_from(2).unwrap()));
    assert_eq!(s.slots, Some(Slots::Two));
    assert!(matches!(s.either, Some(Either::Integer(_))));
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(json, r#"{"a":"abc","d":2,"slots":"two","either":7}"#);

    let errors = conference_api::from_json_str::<S>(r#"{"a": "abcdef", "d": 0, "slots": "three"}"#)
        .unwrap_err();
    let fields: Vec<(String, Rule)> = errors
        .iter()
        .map(|e| (e.field().to_owned(), e.rule()))
        .collect();
    assert_eq!(fields.len(), 3, "{errors}");
    assert_eq!(fields[0].0, "a", "{errors}");
}
