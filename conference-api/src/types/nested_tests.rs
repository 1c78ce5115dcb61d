//! Generated request types with nested objects (`testdata/nested.openapi.json`): every
//! violation is reported at its full path, unknown keys of closed objects included, and
//! the builder, `FromJson` and `Deserialize` agree.

mod rooms {
    #![allow(dead_code)] // Only what the tests need is used.
    crate::generate!("src/testdata/nested.openapi.json");
}

use crate::__private::{FromJson, Path, from_json_root};
use crate::ValidationErrors;
use rooms::{Member, RoomRequest, RoomRequestBuilder, Settings, Volume};
use serde_json::{Value, json};

/// (field, rule text) of every violation `value` has, after checking that the three ways
/// in agree on them.
fn violations(value: Value) -> Vec<(String, String)> {
    let mut checked = ValidationErrors::new();
    RoomRequest::check_json(&value, Path::Root, &mut checked);
    let converted = from_json_root::<RoomRequest>(value.clone());
    assert_eq!(converted.clone().err().unwrap_or_default(), checked);
    let deserialized = serde_json::from_value::<RoomRequest>(value);
    assert_eq!(deserialized.is_ok(), checked.is_empty());
    checked
        .iter()
        .map(|e| (e.field().to_owned(), e.rule().to_string()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(f, r)| ((*f).to_owned(), (*r).to_owned()))
        .collect()
}

#[test]
fn a_valid_nested_request_converts() {
    let value = json!({
        "name": "den",
        "settings": {"volume": 3.0, "label": "ab"},
        "members": [{"id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "extra": true}],
        "topic": null,
        "meta": {"any": ["thing"]},
    });
    assert!(violations(value.clone()).is_empty());
    let request: RoomRequest = serde_json::from_value(value).unwrap();
    assert_eq!(request.settings.volume, Volume::new(3).unwrap());
    assert_eq!(request.topic, Some(None));
    assert_eq!(request.members.as_ref().map(Vec::len), Some(1));
    // It travels back as it came, minus what open objects do not keep.
    let again = serde_json::to_value(&request).unwrap();
    assert_eq!(again["settings"], json!({"volume": 3, "label": "ab"}));
}

#[test]
fn every_nested_violation_is_reported_at_its_path() {
    let found = violations(json!({
        "name": "too long",
        "settings": {"volume": 11, "label": "abc", "volum": 1},
        "members": [
            {"id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380"},
            {"id": "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}", "nickname": "longer"},
            {"nickname": 4},
            "not an object",
        ],
        "topic": "four",
        "typo": 1,
    }));
    assert_eq!(
        found,
        pairs(&[
            ("name", "maxLength 5"),
            ("settings.volume", "maximum 10"),
            ("settings.label", "maxLength 2"),
            ("settings.volum", "closed object"),
            ("members[1].id", "format uuid"),
            ("members[1].nickname", "maxLength 4"),
            ("members[2].id", "required"),
            ("members[2].nickname", "type string"),
            ("members[3]", "type object"),
            ("topic", "maxLength 3"),
            ("typo", "closed object"),
        ])
    );
}

#[test]
fn missing_and_mistyped_objects_are_reported() {
    assert_eq!(
        violations(json!({"name": "a"})),
        pairs(&[("settings", "required")])
    );
    assert_eq!(
        violations(json!({"name": "a", "settings": []})),
        pairs(&[("settings", "type object")])
    );
    assert_eq!(
        violations(json!({"name": "a", "settings": {}, "members": {}})),
        pairs(&[("settings.volume", "required"), ("members", "type array")])
    );
    assert_eq!(violations(json!([])), pairs(&[("", "type object")]));
    let text = serde_json::from_value::<RoomRequest>(
        json!({"name": "a", "settings": {"volume": -1, "lable": "x"}}),
    )
    .unwrap_err()
    .to_string();
    assert!(
        text.contains("settings.volume: -1 is below the minimum 0 (rule: minimum 0)"),
        "{text}"
    );
    assert!(
        text.contains(
            "settings.lable: is not a field of this object (did you mean label?); its fields are: volume, label"
        ),
        "{text}"
    );
}

#[test]
fn the_builder_takes_nested_values_typed_and_checks_the_rest() {
    let settings: Settings = serde_json::from_value(json!({"volume": 1})).unwrap();
    let member: Member =
        serde_json::from_value(json!({"id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380"})).unwrap();
    let request = RoomRequest::builder("den", settings.clone())
        .members(vec![member])
        .topic_null()
        .build()
        .unwrap();
    assert_eq!(request.topic, Some(None));
    let errors = RoomRequest::builder("far too long", settings)
        .topic("four")
        .build()
        .unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["name", "topic"]);
    // A builder read from JSON refuses unknown keys at the top, naming the known ones,
    // and a key given twice; it keeps `null` as written and writes back what it read.
    let unknown = serde_json::from_value::<RoomRequestBuilder>(json!({"typo": 1})).unwrap_err();
    assert!(
        unknown
            .to_string()
            .starts_with("unknown field `typo`, expected one of `name`, "),
        "{unknown}"
    );
    let twice =
        serde_json::from_str::<RoomRequestBuilder>(r#"{"name": "a", "name": "b"}"#).unwrap_err();
    assert!(
        twice.to_string().starts_with("duplicate field `name`"),
        "{twice}"
    );
    let not_object = serde_json::from_value::<RoomRequestBuilder>(json!([1])).unwrap_err();
    assert!(
        not_object
            .to_string()
            .contains("expected a JSON object of the request's fields"),
        "{not_object}"
    );
    let read: RoomRequestBuilder =
        serde_json::from_value(json!({"topic": null, "name": 5})).unwrap();
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        json!({"name": 5, "topic": null})
    );
    let errors = read.build().unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["name", "settings"]);
}

#[test]
fn a_nested_request_reports_below_the_path_it_is_given() {
    let root = Path::Root;
    let list = root.field("rooms");
    let mut errors = ValidationErrors::new();
    let converted = RoomRequest::from_json(json!({"name": 5}), list.index(4), &mut errors);
    assert!(converted.is_none());
    let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["rooms[4].name", "rooms[4].settings"]);
}
