//! Schemas are input too: documents that claim the names generated code uses for itself
//! still generate code that compiles and works.

mod hostile_names {
    conference_api::generate!("fixtures/hostile_names.openapi.yaml");
}

use conference_api::Rule;
use hostile_names::{A, D, Either, Many, S, Slots};

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

/// A large enum is tables, not match arms: every value reads back as itself, in any
/// order, and values whose names clash get numbered names.
#[test]
fn a_large_enum_finds_every_value_and_names_clashes_apart() {
    assert_eq!(Many::ALL.len(), 40);
    for (value, wire) in Many::ALL.iter().zip(Many::VALUES) {
        assert_eq!(wire.parse::<Many>().unwrap(), *value);
        assert_eq!(value.as_str(), *wire);
    }
    assert_eq!(
        ["a-b", "a_b", "a b"].map(|w| w.parse::<Many>().unwrap()),
        [Many::AB, Many::AB2, Many::AB3]
    );
    // Debug prints the variant's name, as a derive would.
    assert_eq!(
        format!("{:?} {:?}", Many::AB2, Some(Many::X07)),
        "AB2 Some(X07)"
    );
    for missing in ["", "x00", "x38", "a-c", "zzz"] {
        let error = missing.parse::<Many>().unwrap_err();
        assert_eq!(error.rule(), Rule::Enum(Many::VALUES), "{missing}");
    }
}

mod deep_chain {
    conference_api::generate!("fixtures/deep_chain.openapi.yaml");
}

/// The longest chain of nested types the generator accepts compiles, and a value that
/// deep is read and written back.
#[test]
fn a_chain_of_types_as_deep_as_allowed_compiles_and_reads() {
    let mut json = r#"{"end":"here"}"#.to_owned();
    for _ in 0..62 {
        json = format!(r#"{{"next":{json}}}"#);
    }
    let first = conference_api::from_json_str::<deep_chain::C0>(&json).unwrap();
    assert_eq!(serde_json::to_string(&first).unwrap(), json);
}
