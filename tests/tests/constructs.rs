//! Every construct of the README's table ("Generating bindings in your own crate"), on a
//! small hand-made document (`fixtures/constructs.openapi.json`) whose one operation
//! sends and receives a `Thing`: each test shows what the generated request type (strict)
//! and response type (lenient) do with the construct, as a user of the bindings meets it.

mod constructs {
    conference_api::generate!("fixtures/constructs.openapi.json");
}

use conference_api::{Entries, Items, OrUnknown, Rule, Uri, Uuid};
use conference_standin::{Fault, StandIn};
use constructs::{
    AnyOf, Big, Choices, ChoicesColor, ChoicesKind, ChoicesLevel, ChoicesResponse, ChoicesVersion,
    ChoicesWeight, Circle, Collections, CollectionsExtras, Conditions, Contact, ContactResponse,
    Formats, Item, Label, Lives, Mixed, Name, Named, Node, NodeResponse, Nullables, Numbers,
    NumbersResponse, Pet, PetResponse, Radius, Ratio, Shape, ShapeResponse, Small, Step, Thing,
    ThingBuilder, ThingResponse, Window, Yes,
};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Every violation of a `Thing` given as JSON, as (path, rule), after checking that the
/// builder (from JSON) and deserializing the request agree on them.
fn violations(value: Value) -> Vec<(String, Rule)> {
    let direct = serde_json::from_value::<Thing>(value.clone());
    let builder: ThingBuilder =
        serde_json::from_value(value).expect("a builder takes raw JSON values");
    match builder.build() {
        Ok(thing) => {
            assert_eq!(
                direct.expect("deserializing agrees with the builder"),
                thing
            );
            Vec::new()
        }
        Err(errors) => {
            let text = direct
                .expect_err("deserializing agrees with the builder")
                .to_string();
            for error in &errors {
                assert!(text.contains(&error.to_string()), "{error} not in:\n{text}");
            }
            errors
                .iter()
                .map(|e| (e.field().to_owned(), e.rule()))
                .collect()
        }
    }
}

/// The expected (path, rule) pairs, spelled briefly.
fn at(expected: &[(&str, Rule)]) -> Vec<(String, Rule)> {
    expected
        .iter()
        .map(|(path, rule)| ((*path).to_owned(), *rule))
        .collect()
}

/// The one violation of a request value given as JSON, with its text.
fn only_violation(value: Value) -> conference_api::ValidationError {
    let builder: ThingBuilder = serde_json::from_value(value).unwrap();
    let errors = builder.build().unwrap_err();
    assert_eq!(errors.len(), 1, "{errors}");
    errors.into_iter().next().unwrap()
}

/// A `Thing` request, decoded from JSON that must be valid.
fn thing(value: Value) -> Thing {
    serde_json::from_value(value).unwrap_or_else(|e| panic!("a valid request: {e}"))
}

/// A response, decoded leniently; it must never fail for the values used here.
fn response(value: Value) -> ThingResponse {
    serde_json::from_value(value).unwrap_or_else(|e| panic!("a response decodes: {e}"))
}

// Numbers: `minimum`, `maximum`, `exclusive*`, `multipleOf`, `format`.

#[test]
fn integers_refuse_values_out_of_bounds_and_name_the_rule() {
    // `format: int32` makes the newtype hold an `i32`.
    let small: i32 = Small::new(1).unwrap().get();
    assert_eq!(small, 1);
    assert_eq!(Small::new(10).unwrap().get(), 10);
    assert_eq!(Small::new(0).unwrap_err().rule(), Rule::Minimum(1.0));
    let above = Small::new(11).unwrap_err();
    assert_eq!(above.rule(), Rule::Maximum(10.0));
    assert_eq!(
        above.to_string(),
        "11 is above the maximum 10 (rule: maximum 10)"
    );
    // Without a format an integer is an `i64`. Exclusive bounds of an integer are
    // reported as the inclusive bound next to them (`exclusiveMinimum: 0` is `minimum 1`).
    let big: i64 = Big::new(995).unwrap().get();
    assert_eq!(big, 995);
    assert_eq!(Big::new(5).unwrap().get(), 5);
    assert_eq!(Big::new(0).unwrap_err().rule(), Rule::Minimum(1.0));
    assert_eq!(Big::new(1000).unwrap_err().rule(), Rule::Maximum(999.0));
    let step = Big::new(7).unwrap_err();
    assert_eq!(step.rule(), Rule::MultipleOf(5.0));
    assert_eq!(step.problem(), "7 is not a multiple of 5");
}

#[test]
fn numbers_refuse_values_out_of_exclusive_bounds_and_off_their_step() {
    let valid: f64 = Step::new(0.5).unwrap().get();
    assert_eq!(valid, 0.5);
    assert_eq!(Step::new(9.5).unwrap().get(), 9.5);
    let zero = Step::new(0.0).unwrap_err();
    assert_eq!(zero.rule(), Rule::ExclusiveMinimum(0.0));
    assert!(
        zero.to_string().ends_with("(rule: exclusiveMinimum 0)"),
        "{zero}"
    );
    assert_eq!(
        Step::new(10.0).unwrap_err().rule(),
        Rule::ExclusiveMaximum(10.0)
    );
    assert_eq!(Step::new(0.3).unwrap_err().rule(), Rule::MultipleOf(0.5));
    assert!(Step::new(f64::NAN).is_err());
    assert!(Step::new(f64::INFINITY).is_err());
    assert_eq!(Radius::new(-0.1).unwrap_err().rule(), Rule::Minimum(0.0));
    // `format: float` picks `f32`.
    assert_eq!(Ratio::new(1.5_f32).unwrap_err().rule(), Rule::Maximum(1.0));
    const QUARTER: Ratio = Ratio::from_static(0.25);
    assert_eq!(Ratio::MAXIMUM, 1.0_f32);
    let numbers = Numbers {
        ratio: Some(QUARTER),
        ..Numbers::new()
    };
    assert_eq!(
        serde_json::to_value(&numbers).unwrap(),
        json!({"ratio": 0.25})
    );
}

#[test]
fn number_literals_are_checked_in_const() {
    const SMALL: Small = Small::from_static(10);
    const BIG: Big = Big::from_static(5);
    const STEP: Step = Step::from_static(9.5);
    const RADIUS: Radius = Radius::from_static(0.0);
    const LIVES: Lives = Lives::from_static(9);
    const { assert!(Small::broken_rule(11).is_some()) };
    const { assert!(Big::broken_rule(12).is_some()) };
    const { assert!(Step::broken_rule(0.25).is_some()) };
    assert_eq!(
        (
            SMALL.get(),
            BIG.get(),
            STEP.get(),
            RADIUS.get(),
            LIVES.get()
        ),
        (10, 5, 9.5, 0.0, 9)
    );
    let numbers = Numbers {
        small: Some(SMALL),
        big: Some(BIG),
        step: Some(STEP),
        ..Numbers::new()
    };
    assert_eq!(
        serde_json::to_value(&numbers).unwrap(),
        json!({"small": 10, "big": 5, "step": 9.5})
    );
}

#[test]
fn number_rules_apply_to_json_requests_at_their_paths() {
    let found = violations(json!({
        "name": "t",
        "numbers": {"small": 0, "big": 7, "ratio": 2.5, "step": 10},
    }));
    assert_eq!(
        found,
        at(&[
            ("numbers.small", Rule::Minimum(1.0)),
            ("numbers.big", Rule::MultipleOf(5.0)),
            ("numbers.ratio", Rule::Maximum(1.0)),
            ("numbers.step", Rule::ExclusiveMaximum(10.0)),
        ])
    );
    // A JSON number written with a fraction of zero is an integer, as JSON Schema says.
    let request = thing(json!({"name": "t", "numbers": {"small": 3.0, "step": 1.5}}));
    let numbers = request.numbers.unwrap();
    assert_eq!(numbers.small, Some(Small::new(3).unwrap()));
    assert_eq!(numbers.step, Some(Step::new(1.5).unwrap()));
    // Out of i32's range is a type problem, not a silent wrap.
    assert_eq!(
        violations(json!({"name": "t", "numbers": {"small": 4_294_967_297_i64}}))
            .first()
            .map(|(path, _)| path.as_str()),
        Some("numbers.small")
    );
}

#[test]
fn float_numbers_with_bounds_compile_as_f32_newtypes() {
    let document = json!({
        "openapi": "3.1.0",
        "info": {"title": "f32", "version": "1"},
        "paths": {"/r": {"post": {
            "operationId": "r",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/R"}}}},
            "responses": {"204": {"description": "Done."}},
        }}},
        "components": {"schemas": {"R": {"type": "object", "properties": {
            "ratio": {"type": "number", "format": "float", "minimum": 0, "maximum": 1},
        }}}},
    });
    let path = std::env::temp_dir().join(format!("constructs-f32-{}.json", std::process::id()));
    std::fs::write(&path, document.to_string()).unwrap();
    let source = conference_codegen::generate_source(&path, &Default::default());
    std::fs::remove_file(&path).unwrap();
    let source = source.unwrap();
    let constants = regex::Regex::new(r"pub const \w+: f32 = ([^;]+);").unwrap();
    let literals: Vec<&str> = constants
        .captures_iter(&source)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert_eq!(literals.len(), 2, "MINIMUM and MAXIMUM:\n{source}");
    for literal in literals {
        assert!(
            !literal.ends_with("f64"),
            "an f64 literal for an f32 constant does not compile: {literal}"
        );
    }
}

#[test]
fn responses_hold_plain_numbers_and_ignore_request_rules() {
    let decoded = response(json!({
        "name": "t",
        "numbers": {"small": 0, "big": 7, "ratio": 2.5, "step": 10},
    }));
    let numbers: NumbersResponse = decoded.numbers.unwrap();
    let small: Option<i32> = numbers.small;
    let big: Option<i64> = numbers.big;
    let ratio: Option<f32> = numbers.ratio;
    let step: Option<f64> = numbers.step;
    assert_eq!(
        (small, big, ratio, step),
        (Some(0), Some(7), Some(2.5), Some(10.0))
    );
}

// Arrays and maps: `minItems`, `maxItems`, `uniqueItems`, `additionalProperties`,
// `unevaluatedProperties`, `minProperties`, `maxProperties`.

#[test]
fn arrays_with_count_rules_are_items() {
    type Tags = Items<String, 1, 3, true>;
    let tags = Tags::new(vec!["a".into(), "b".into()]).unwrap();
    let collections = Collections {
        tags: Some(tags),
        ..Collections::new()
    };
    assert_eq!(collections.tags.as_deref().map(<[String]>::len), Some(2));
    assert_eq!(Tags::new(vec![]).unwrap_err().rule(), Rule::MinItems(1));
    let four = vec!["a".into(), "b".into(), "c".into(), "d".into()];
    assert_eq!(Tags::new(four).unwrap_err().rule(), Rule::MaxItems(3));
    assert_eq!(
        Tags::new(vec!["a".into(), "a".into()]).unwrap_err().rule(),
        Rule::UniqueItems
    );
    assert_eq!(
        violations(json!({"name": "t", "collections": {"tags": []}})),
        at(&[("collections.tags", Rule::MinItems(1))])
    );
    assert_eq!(
        violations(json!({"name": "t", "collections": {"tags": ["x", "y", "x"]}})),
        at(&[("collections.tags", Rule::UniqueItems)])
    );
    assert_eq!(
        violations(json!({"name": "t", "collections": {"tags": ["a", 2]}})),
        at(&[("collections.tags[1]", Rule::Type("string"))])
    );
    // Responses hold a plain Vec: none of the array's rules apply.
    let decoded = response(json!({"name": "t", "collections": {"tags": ["x", "x", "y", "z"]}}));
    let tags: Vec<String> = decoded.collections.unwrap().tags.unwrap();
    assert_eq!(tags, ["x", "x", "y", "z"]);
}

#[test]
fn maps_with_a_value_schema_check_every_value() {
    let request = thing(json!({"name": "t", "collections": {"labels": {"a": "short", "b": ""}}}));
    let labels = request.collections.unwrap().labels.unwrap();
    let keys: Vec<&str> = labels.keys().map(String::as_str).collect();
    assert_eq!(keys, ["a", "b"]);
    assert_eq!(labels["a"].as_str(), "short");
    assert_eq!(
        violations(
            json!({"name": "t", "collections": {"labels": {"a": "short", "b": "too long"}}})
        ),
        at(&[("collections.labels.b", Rule::MaxLength(5))])
    );
    // Responses hold a map of plain values.
    let decoded = response(json!({"name": "t", "collections": {"labels": {"b": "too long"}}}));
    let labels: BTreeMap<String, String> = decoded.collections.unwrap().labels.unwrap();
    assert_eq!(labels["b"], "too long");
}

#[test]
fn maps_with_property_counts_are_entries() {
    let request = thing(json!({"name": "t", "collections": {"limits": {"a": 0, "b": 9}}}));
    let limits = request.collections.unwrap().limits.unwrap();
    assert_eq!(limits.len(), 2);
    assert_eq!(limits["b"].get(), 9);
    assert_eq!(
        violations(json!({"name": "t", "collections": {"limits": {}}})),
        at(&[("collections.limits", Rule::MinProperties(1))])
    );
    assert_eq!(
        violations(json!({"name": "t", "collections": {"limits": {"a": 1, "b": 2, "c": 3}}})),
        at(&[("collections.limits", Rule::MaxProperties(2))])
    );
    assert_eq!(
        violations(json!({"name": "t", "collections": {"limits": {"a": -1}}})),
        at(&[("collections.limits.a", Rule::Minimum(0.0))])
    );
    let none: Result<Entries<i64, 1, 2>, _> = Entries::new(BTreeMap::new());
    assert_eq!(none.unwrap_err().rule(), Rule::MinProperties(1));
    // Responses do not count.
    let decoded = response(json!({"name": "t", "collections": {"limits": {}}}));
    assert_eq!(decoded.collections.unwrap().limits, Some(BTreeMap::new()));
}

#[test]
fn listed_properties_beside_a_value_schema_flatten_the_rest() {
    let request =
        thing(json!({"name": "t", "collections": {"extras": {"kind": "k", "a": 1, "b": 9}}}));
    let extras = request.collections.unwrap().extras.unwrap();
    assert_eq!(extras.kind.as_deref(), Some("k"));
    let rest: Vec<(&str, i64)> = extras
        .additional_properties
        .iter()
        .map(|(k, v)| (k.as_str(), v.get()))
        .collect();
    assert_eq!(rest, [("a", 1), ("b", 9)]);
    // They travel flattened, beside the listed properties.
    assert_eq!(
        serde_json::to_value(&extras).unwrap(),
        json!({"kind": "k", "a": 1, "b": 9})
    );
    let built = CollectionsExtras {
        additional_properties: BTreeMap::from([("z".to_owned(), Lives::new(2).unwrap())]),
        ..CollectionsExtras::new()
    };
    assert_eq!(serde_json::to_value(&built).unwrap(), json!({"z": 2}));
    // Every key the properties do not list is checked against the value schema.
    assert_eq!(
        violations(
            json!({"name": "t", "collections": {"extras": {"kind": "k", "a": 10, "b": "x"}}})
        ),
        at(&[
            ("collections.extras.a", Rule::Maximum(9.0)),
            ("collections.extras.b", Rule::Type("integer")),
        ])
    );
    // A response keeps the keys whose values fit, and leaves out the others.
    let decoded =
        response(json!({"name": "t", "collections": {"extras": {"kind": "k", "a": 10, "b": "x"}}}));
    let extras = decoded.collections.unwrap().extras.unwrap();
    assert_eq!(extras.kind.as_deref(), Some("k"));
    assert_eq!(
        extras.additional_properties,
        BTreeMap::from([("a".to_owned(), 10)])
    );
}

// `enum` and `const`.

#[test]
fn string_and_number_enums_are_closed_in_requests() {
    assert_eq!(
        "green".parse::<ChoicesColor>().unwrap(),
        ChoicesColor::Green
    );
    let pink = "pink".parse::<ChoicesColor>().unwrap_err();
    assert_eq!(pink.rule(), Rule::Enum(&["red", "green", "blue"]));
    assert_eq!(ChoicesLevel::ALL.len(), 3);
    let request =
        thing(json!({"name": "t", "choices": {"color": "red", "level": 2.0, "weight": 1.5}}));
    let choices = request.choices.unwrap();
    assert_eq!(choices.color, Some(ChoicesColor::Red));
    assert_eq!(choices.level, Some(ChoicesLevel::Level2));
    assert_eq!(choices.weight, Some(ChoicesWeight::Weight15));
    // Numbers travel as numbers.
    assert_eq!(
        serde_json::to_value(&choices).unwrap(),
        json!({"color": "red", "level": 2, "weight": 1.5})
    );
    assert_eq!(
        violations(json!({"name": "t", "choices": {"color": "pink", "level": 4, "weight": 1.0}})),
        at(&[
            ("choices.color", Rule::Enum(ChoicesColor::VALUES)),
            ("choices.level", Rule::Enum(ChoicesLevel::VALUES)),
            ("choices.weight", Rule::Enum(ChoicesWeight::VALUES)),
        ])
    );
    assert_eq!(
        violations(json!({"name": "t", "choices": {"level": "2"}})),
        at(&[("choices.level", Rule::Type("number"))])
    );
}

#[test]
fn a_const_string_or_number_is_a_one_value_enum() {
    let request = thing(json!({"name": "t", "choices": {"kind": "thing", "version": 2}}));
    let choices = request.choices.unwrap();
    assert_eq!(choices.kind, Some(ChoicesKind::Thing));
    assert_eq!(choices.version, Some(ChoicesVersion::Version2));
    let found = violations(json!({"name": "t", "choices": {"kind": "other", "version": 3}}));
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["choices.kind", "choices.version"]);
    let text = only_violation(json!({"name": "t", "choices": {"kind": "other"}})).to_string();
    assert!(text.contains("\"other\" is not one of: thing"), "{text}");
}

#[test]
fn enums_and_consts_of_other_values_are_checked_json() {
    for valid in [json!("auto"), json!(0), json!(0.0), json!(false)] {
        assert_eq!(Mixed::new(valid.clone()).unwrap().get(), &valid);
    }
    for invalid in [json!("0"), json!(true), json!(null), json!("manual")] {
        let error = Mixed::new(invalid.clone()).unwrap_err();
        assert_eq!(error.rule(), Rule::Enum(Mixed::VALUES), "{invalid}");
    }
    assert!(Yes::new(json!(true)).is_ok());
    assert!(Yes::new(json!(false)).is_err());
    assert!(Yes::new(json!("true")).is_err());
    let request = thing(json!({"name": "t", "choices": {"yes": true, "mixed": false}}));
    let choices = request.choices.unwrap();
    assert_eq!(choices.yes.as_ref().map(Yes::get), Some(&json!(true)));
    assert_eq!(choices.mixed.as_ref().map(Mixed::get), Some(&json!(false)));
    assert_eq!(
        violations(json!({"name": "t", "choices": {"yes": false, "mixed": "manual"}})),
        at(&[
            ("choices.yes", Rule::Enum(Yes::VALUES)),
            ("choices.mixed", Rule::Enum(Mixed::VALUES)),
        ])
    );
    let built = Choices {
        mixed: Some(Mixed::new(json!("auto")).unwrap()),
        ..Choices::new()
    };
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"mixed": "auto"})
    );
}

#[test]
fn response_enums_keep_values_the_schema_does_not_list() {
    let decoded = response(json!({"name": "t", "choices": {
        "color": "pink", "level": 4, "weight": 0.5, "yes": false, "mixed": "manual",
        "kind": "other", "version": 3,
    }}));
    let choices: ChoicesResponse = decoded.choices.unwrap();
    assert!(matches!(&choices.color, Some(OrUnknown::Unknown(v)) if v.as_str() == Some("pink")));
    assert!(matches!(&choices.level, Some(OrUnknown::Unknown(_))));
    assert_eq!(
        choices.weight,
        Some(OrUnknown::Known(ChoicesWeight::Weight05))
    );
    assert!(matches!(&choices.kind, Some(OrUnknown::Unknown(_))));
    assert!(matches!(&choices.version, Some(OrUnknown::Unknown(_))));
    // Other values are plain JSON.
    let yes: Option<Value> = choices.yes.clone();
    assert_eq!(yes, Some(json!(false)));
    assert_eq!(choices.mixed, Some(json!("manual")));
    // Unknown values travel back unchanged.
    let again = serde_json::to_value(&choices).unwrap();
    assert_eq!(again["level"], 4);
    assert_eq!(again["kind"], "other");
}

// `oneOf`, `anyOf`, `discriminator`.

#[test]
fn one_of_takes_the_one_variant_a_value_fits() {
    let request = thing(json!({"name": "t", "shape": {"radius": 2}}));
    assert_eq!(
        request.shape,
        Some(Shape::Circle(Circle::new(Radius::new(2.0).unwrap())))
    );
    let request = thing(json!({"name": "t", "shape": {"side": 3}}));
    assert!(matches!(request.shape, Some(Shape::Square(_))));
    // A variant travels as itself, with no wrapper.
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"name": "t", "shape": {"side": 3.0}})
    );
}

#[test]
fn one_of_refuses_a_value_that_fits_two_variants_and_names_both() {
    let error = only_violation(json!({"name": "t", "shape": {"radius": 1, "side": 2}}));
    assert_eq!(error.field(), "shape");
    assert_eq!(error.rule(), Rule::OneOf(&["Circle", "Square"]));
    assert!(
        error
            .problem()
            .contains("fits more than one variant (Circle, Square)"),
        "{error}"
    );
}

#[test]
fn one_of_says_what_each_variant_found_wrong_when_none_fits() {
    let error = only_violation(json!({"name": "t", "shape": {"radius": -1}}));
    assert_eq!(error.field(), "shape");
    assert_eq!(error.rule(), Rule::OneOf(&["Circle", "Square"]));
    let problem = error.problem();
    assert!(problem.contains("fits none of the variants"), "{problem}");
    assert!(
        problem.contains("Circle (shape.radius: -1 is below the minimum 0)"),
        "{problem}"
    );
    assert!(problem.contains("Square (shape.side: "), "{problem}");
    let error = only_violation(json!({"name": "t", "shape": "round"}));
    assert!(
        error
            .problem()
            .contains("Circle (expected an object, got a string)"),
        "{error}"
    );
}

#[test]
fn any_of_takes_the_first_variant_that_fits() {
    // "ab" fits both; the first is taken.
    let request = thing(json!({"name": "t", "contact": "ab"}));
    assert!(matches!(&request.contact, Some(Contact::ShortCode(code)) if code.as_str() == "ab"));
    let request = thing(json!({"name": "t", "contact": "a longer phrase"}));
    assert!(matches!(&request.contact, Some(Contact::Phrase(_))));
    let error = only_violation(json!({"name": "t", "contact": "x".repeat(41)}));
    assert_eq!(
        (error.field(), error.rule()),
        ("contact", Rule::AnyOf(&["ShortCode", "Phrase"]))
    );
    assert!(error.problem().contains("ShortCode ("), "{error}");
    assert!(error.problem().contains("Phrase ("), "{error}");
}

#[test]
fn a_discriminator_selects_the_variant_by_its_tag() {
    // `{"pet_type": "cat", "lives": 3}` also fits Dog (an open object): the tag decides.
    let request = thing(json!({"name": "t", "pet": {"pet_type": "cat", "lives": 3}}));
    let Some(Pet::Cat(cat)) = &request.pet else {
        panic!("{:?}", request.pet)
    };
    assert_eq!(cat.lives, Some(Lives::new(3).unwrap()));
    // Only the selected variant's rules apply: Cat's `lives` limit is not Dog's.
    let request = thing(json!({"name": "t", "pet": {"pet_type": "dog", "lives": 30}}));
    assert!(matches!(request.pet, Some(Pet::Dog(_))));
    assert_eq!(
        violations(json!({"name": "t", "pet": {"pet_type": "cat", "lives": 30}})),
        at(&[("pet.lives", Rule::Maximum(9.0))])
    );
}

#[test]
fn a_discriminator_refuses_a_tag_no_variant_has() {
    let error = only_violation(json!({"name": "t", "pet": {"pet_type": "bird"}}));
    assert_eq!(
        (error.field(), error.rule()),
        ("pet.pet_type", Rule::Enum(&["cat", "dog"]))
    );
    assert!(
        error
            .problem()
            .contains("\"bird\" selects no variant; it is one of: cat, dog"),
        "{error}"
    );
    assert_eq!(
        violations(json!({"name": "t", "pet": {"lives": 1}})),
        at(&[("pet.pet_type", Rule::Required)])
    );
}

#[test]
fn response_unions_take_the_first_variant_that_keeps_the_whole_value() {
    let shape = |value: Value| {
        response(json!({"name": "t", "shape": value}))
            .shape
            .unwrap()
    };
    assert!(matches!(
        shape(json!({"radius": 1})),
        ShapeResponse::Circle(_)
    ));
    // Circle cannot decode it (no radius), Square keeps it whole.
    assert!(matches!(
        shape(json!({"side": 2})),
        ShapeResponse::Square(_)
    ));
    // Request rules do not apply: a negative radius is still a Circle.
    assert!(matches!(shape(json!({"radius": -1})), ShapeResponse::Circle(c) if c.radius == -1.0));
    // A value no variant decodes is kept as it came, never a decode error.
    for unknown in [json!({"sides": 5}), json!("round"), json!([1, 2])] {
        let decoded = shape(unknown.clone());
        assert_eq!(decoded, ShapeResponse::Unknown(unknown.clone()));
        assert_eq!(serde_json::to_value(&decoded).unwrap(), unknown);
    }
    // anyOf: both variants keep a string whole, so the first is taken; no length rule.
    let contact = |text: &str| {
        response(json!({"name": "t", "contact": text}))
            .contact
            .unwrap()
    };
    assert_eq!(contact("ab"), ContactResponse::ShortCode("ab".into()));
    assert_eq!(
        contact(&"x".repeat(50)),
        ContactResponse::ShortCode("x".repeat(50))
    );
    assert!(matches!(
        response(json!({"name": "t", "contact": 5})).contact,
        Some(ContactResponse::Unknown(_))
    ));
}

#[test]
fn a_response_value_no_variant_keeps_whole_is_the_first_that_decodes() {
    // README: "the first variant that keeps the whole value, else the first that decodes
    // it, else `Unknown(Value)`". Circle decodes `{"radius": 1, "color": "red"}` but
    // drops `color`; Square cannot decode it.
    let value = json!({"radius": 1, "color": "red"});
    let decoded = response(json!({"name": "t", "shape": value}))
        .shape
        .unwrap();
    assert!(matches!(decoded, ShapeResponse::Circle(_)), "{decoded:?}");
    let neither = json!({"side_length": "two"});
    let decoded = response(json!({"name": "t", "shape": neither}))
        .shape
        .unwrap();
    assert_eq!(decoded, ShapeResponse::Unknown(neither));
}

#[test]
fn response_unions_with_a_discriminator_follow_the_tag() {
    let pet = |value: Value| response(json!({"name": "t", "pet": value})).pet.unwrap();
    // The tag wins even where the other variant would keep more of the value.
    assert!(matches!(
        pet(json!({"pet_type": "dog", "lives": 30})),
        PetResponse::Dog(_)
    ));
    assert!(
        matches!(pet(json!({"pet_type": "cat", "lives": 30})), PetResponse::Cat(c) if c.lives == Some(30))
    );
    let unknown = json!({"pet_type": "bird", "wings": 2});
    assert_eq!(pet(unknown.clone()), PetResponse::Unknown(unknown));
    // A tagged value its variant cannot decode is kept too.
    let broken = json!({"pet_type": "cat", "lives": "nine"});
    assert_eq!(pet(broken.clone()), PetResponse::Unknown(broken));
}

// `allOf`.

#[test]
fn all_of_merges_the_properties_and_required_of_both_parts() {
    let request = thing(json!({"name": "t", "named": {"id": 7, "label": "seven"}}));
    assert_eq!(
        request.named,
        Some(Named::new(7, Label::new("seven").unwrap()))
    );
    assert_eq!(
        violations(json!({"name": "t", "named": {}})),
        at(&[
            ("named.id", Rule::Required),
            ("named.label", Rule::Required),
        ])
    );
    assert_eq!(
        violations(json!({"name": "t", "named": {"id": 7, "label": ""}})),
        at(&[("named.label", Rule::MinLength(1))])
    );
    let names: Vec<&str> = Named::FIELDS.iter().map(|f| f.name).collect();
    assert_eq!(names, ["id", "label"]);
    assert!(Named::FIELDS.iter().all(|f| f.required));
    // The response type is the same merge, lenient.
    let decoded = response(json!({"name": "t", "named": {"id": 7, "label": "", "more": 1}}));
    let named = decoded.named.unwrap();
    assert_eq!((named.id, named.label.as_str()), (7, ""));
}

// `not`, `if`/`then`/`else`.

#[test]
fn not_and_if_then_else_on_a_property_are_checked_on_requests() {
    let request = thing(json!({"name": "t", "conditions": {"code": "user", "amount": 140}}));
    assert_eq!(request.conditions.unwrap().code.as_deref(), Some("user"));
    assert_eq!(
        violations(json!({"name": "t", "conditions": {"code": "root"}})),
        at(&[("conditions.code", Rule::Not)])
    );
    // if ≥ 100 then a multiple of 10, else at most 50.
    assert!(violations(json!({"name": "t", "conditions": {"amount": 160}})).is_empty());
    assert!(violations(json!({"name": "t", "conditions": {"amount": 40}})).is_empty());
    assert_eq!(
        violations(json!({"name": "t", "conditions": {"amount": 155}})),
        at(&[("conditions.amount", Rule::MultipleOf(10.0))])
    );
    assert_eq!(
        violations(json!({"name": "t", "conditions": {"amount": 60}})),
        at(&[("conditions.amount", Rule::Maximum(50.0))])
    );
    // The builder checks them too, on the values it is given.
    let built = Conditions::builder().code("admin").amount(60).build();
    let rules: Vec<Rule> = built.unwrap_err().iter().map(|e| e.rule()).collect();
    assert_eq!(rules, [Rule::Not, Rule::Maximum(50.0)]);
}

#[test]
fn not_and_if_then_else_on_an_object_are_checked_on_requests() {
    // if `start` is given then `end` is required; `open` and `end` not together.
    assert!(violations(json!({"name": "t", "window": {"start": 1, "end": 2}})).is_empty());
    assert!(violations(json!({"name": "t", "window": {"open": true}})).is_empty());
    assert_eq!(
        violations(json!({"name": "t", "window": {"start": 1}})),
        at(&[("window.end", Rule::Required)])
    );
    assert_eq!(
        violations(json!({"name": "t", "window": {"end": 2, "open": true}})),
        at(&[("window", Rule::Not)])
    );
    // A typed value given to a builder is checked as a whole too.
    let window = Window {
        start: Some(1),
        ..Window::new()
    };
    let errors = Thing::builder("t").window(window).build().unwrap_err();
    let found: Vec<(&str, Rule)> = errors.iter().map(|e| (e.field(), e.rule())).collect();
    assert_eq!(found, [("window.end", Rule::Required)]);
}

#[test]
fn responses_do_not_apply_not_or_if_then_else() {
    let decoded = response(json!({
        "name": "t",
        "conditions": {"code": "root", "amount": 155},
        "window": {"start": 1, "open": true},
    }));
    let conditions = decoded.conditions.unwrap();
    assert_eq!(
        (conditions.code.as_deref(), conditions.amount),
        (Some("root"), Some(155))
    );
    let window = decoded.window.unwrap();
    assert_eq!((window.start, window.end), (Some(1), None));
    let decoded = response(json!({"name": "t", "window": {"end": 2, "open": true}}));
    assert_eq!(decoded.window.unwrap().open, Some(true));
}

// Nullable, in its three spellings.

#[test]
fn nullable_fields_tell_absent_from_null_in_requests() {
    let request = thing(json!({"name": "t", "nullables": {"any_of": null, "type_list": "ab"}}));
    let nullables = request.nullables.unwrap();
    // The three spellings give the same type.
    let any_of: Option<Option<AnyOf>> = nullables.any_of.clone();
    let type_list: Option<Option<AnyOf>> = nullables.type_list.clone();
    let nullable: Option<Option<AnyOf>> = nullables.nullable.clone();
    assert_eq!(any_of, Some(None));
    assert_eq!(type_list, Some(Some(AnyOf::new("ab").unwrap())));
    assert_eq!(nullable, None);
    // Absent stays absent, null is sent as null.
    assert_eq!(
        serde_json::to_value(&nullables).unwrap(),
        json!({"any_of": null, "type_list": "ab"})
    );
    let spelled = thing(json!({"name": "t", "nullables": {"type_list": null, "nullable": null}}));
    let spelled = spelled.nullables.unwrap();
    assert_eq!(
        (spelled.type_list, spelled.nullable),
        (Some(None), Some(None))
    );
    // The value inside keeps its rules, whichever spelling.
    assert_eq!(
        violations(
            json!({"name": "t", "nullables": {"any_of": "abcd", "type_list": "abcd", "nullable": "abcd"}})
        ),
        at(&[
            ("nullables.any_of", Rule::MaxLength(3)),
            ("nullables.type_list", Rule::MaxLength(3)),
            ("nullables.nullable", Rule::MaxLength(3)),
        ])
    );
    // The builder sends null on request.
    let built = Nullables::builder()
        .any_of_null()
        .nullable("abc")
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"any_of": null, "nullable": "abc"})
    );
    // A field that is not nullable refuses null.
    assert_eq!(
        violations(json!({"name": "t", "formats": {"token": null}})),
        at(&[("formats.token", Rule::Type("string"))])
    );
}

#[test]
fn nullable_fields_are_options_in_responses() {
    let decoded = response(
        json!({"name": "t", "nullables": {"any_of": null, "type_list": "longer than three"}}),
    );
    let nullables = decoded.nullables.unwrap();
    let any_of: Option<String> = nullables.any_of;
    assert_eq!(any_of, None);
    assert_eq!(nullables.type_list.as_deref(), Some("longer than three"));
    assert_eq!(nullables.nullable, None);
}

// `readOnly`, `writeOnly`, `deprecated`.

#[test]
fn read_only_fields_are_left_out_of_requests_and_write_only_out_of_responses() {
    let request_fields: Vec<&str> = Thing::FIELDS.iter().map(|f| f.name).collect();
    assert!(!request_fields.contains(&"id"), "{request_fields:?}");
    assert!(request_fields.contains(&"secret"), "{request_fields:?}");
    // A closed request refuses the read-only key.
    let error = serde_json::from_value::<Thing>(
        json!({"name": "t", "id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380"}),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.starts_with("1 invalid value:")
            && error.contains("id: is not a field of this object"),
        "{error}"
    );
    let request = Thing::builder("t").secret("hunter2").build().unwrap();
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"name": "t", "secret": "hunter2"})
    );
    // The response has the read-only field and not the write-only one.
    let decoded = response(json!({
        "name": "t", "id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "secret": "hunter2",
    }));
    let id: Option<Uuid> = decoded.id;
    assert_eq!(
        id.unwrap().to_string(),
        "2eb8aa08-aa98-11ea-b4aa-73b441d16380"
    );
    let again = serde_json::to_value(&decoded).unwrap();
    assert_eq!(again.get("secret"), None, "{again}");
}

#[test]
fn a_deprecated_field_can_still_be_set_and_read() {
    #[allow(deprecated)]
    let request = Thing::builder("t").old_name("legacy").build().unwrap();
    assert_eq!(request.old_name.as_deref(), Some("legacy"));
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"name": "t", "old_name": "legacy"})
    );
    let decoded = response(json!({"name": "t", "old_name": "legacy"}));
    assert_eq!(decoded.old_name.as_deref(), Some("legacy"));
}

#[test]
fn a_deprecated_field_says_so_in_its_docs() {
    // A warning cannot be observed at run time: this reads the generated code instead.
    let source = conference_codegen::generate_source(
        std::path::Path::new("fixtures/constructs.openapi.json"),
        &Default::default(),
    )
    .unwrap();
    let start = source.find("pub struct ThingResponse {").unwrap();
    let body = &source[start..start + source[start..].find("\n}").unwrap()];
    let lines: Vec<&str> = body.lines().collect();
    let field = lines
        .iter()
        .position(|line| line.trim_start().starts_with("pub old_name:"))
        .unwrap();
    // Its docs and attributes: the lines since the previous field.
    let previous = lines[..field]
        .iter()
        .rposition(|line| line.trim_start().starts_with("pub "))
        .unwrap();
    let attributes = lines[previous + 1..field].join("\n");
    // Not `#[deprecated]` on the field: serde's derived impls would warn in users' crates.
    assert!(
        attributes.contains("**Deprecated** in the schema"),
        "{attributes}"
    );
}

// Formats.

#[test]
fn uri_and_uuid_formats_are_checked_on_requests() {
    let request = thing(json!({"name": "t", "formats": {
        "homepage": "https://example.com/a?b=c#d",
        "ref_id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
    }}));
    let formats = request.formats.unwrap();
    let homepage: Option<Uri> = formats.homepage.clone();
    assert_eq!(homepage.unwrap().as_str(), "https://example.com/a?b=c#d");
    let ref_id: Option<Uuid> = formats.ref_id;
    assert!(ref_id.is_some());
    for uri in [
        "not a uri",
        "/relative/path",
        "//host/only",
        "https://exa mple.com",
    ] {
        assert_eq!(
            violations(json!({"name": "t", "formats": {"homepage": uri}})),
            at(&[("formats.homepage", Rule::Format("uri"))]),
            "{uri}"
        );
    }
    // Only the hyphenated form of a UUID.
    for uuid in [
        "2eb8aa08aa9811eab4aa73b441d16380",
        "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}",
        "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380",
        "2eb8aa08-aa98-11ea-b4aa-73b441d1638",
    ] {
        assert_eq!(
            violations(json!({"name": "t", "formats": {"ref_id": uuid}})),
            at(&[("formats.ref_id", Rule::Format("uuid"))]),
            "{uuid}"
        );
    }
    const HOME: Uri = Uri::from_static("https://signalwire.com");
    let built = Formats {
        homepage: Some(HOME),
        ..Formats::new()
    };
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"homepage": "https://signalwire.com"})
    );
}

#[test]
fn other_formats_are_plain_strings_named_in_the_docs() {
    let request =
        thing(json!({"name": "t", "formats": {"token": "not.a.jwt", "email": "not an email"}}));
    let formats = request.formats.unwrap();
    let token: Option<String> = formats.token;
    let email: Option<String> = formats.email;
    assert_eq!(token.as_deref(), Some("not.a.jwt"));
    assert_eq!(email.as_deref(), Some("not an email"));
    let doc = |name: &str| Formats::FIELDS.iter().find(|f| f.name == name).unwrap().doc;
    assert!(doc("token").contains("jwt"), "{}", doc("token"));
    assert!(doc("email").contains("email"), "{}", doc("email"));
}

#[test]
fn responses_keep_uris_as_strings() {
    let decoded = response(json!({"name": "t", "formats": {
        "homepage": "not a uri", "ref_id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "token": "x",
    }}));
    let formats = decoded.formats.unwrap();
    let homepage: Option<String> = formats.homepage;
    assert_eq!(homepage.as_deref(), Some("not a uri"));
    let ref_id: Option<Uuid> = formats.ref_id;
    assert!(ref_id.is_some());
}

// A component that contains itself.

#[test]
fn a_recursive_component_round_trips_in_requests() {
    let tree = json!({
        "name": "root",
        "children": [
            {"name": "a", "children": [{"name": "a1"}, {"name": "a2"}]},
            {"name": "b", "next": {"name": "c"}},
        ],
        "next": {"name": "sibling", "children": []},
    });
    let request = thing(json!({"name": "t", "tree": tree}));
    let root: &Node = request.tree.as_ref().unwrap();
    let children = root.children.as_ref().unwrap();
    let grandchild: &Node = &children[0].children.as_ref().unwrap()[1];
    assert_eq!(grandchild.name.as_str(), "a2");
    assert_eq!(
        children[1].next.as_ref().map(|n| n.name.as_str()),
        Some("c")
    );
    assert_eq!(serde_json::to_value(&request).unwrap()["tree"], tree);
    // Built by hand, a node holds nodes in boxes.
    let mut built = Node::new(Name::from_static("root"));
    built.next = Some(Box::new(Node::new(Name::from_static("next"))));
    built.children = Some(vec![Box::new(Node::new(Name::from_static("child")))]);
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"name": "root", "children": [{"name": "child"}], "next": {"name": "next"}})
    );
    // Violations deep in the tree are found at their paths.
    assert_eq!(
        violations(json!({"name": "t", "tree": {"name": "root", "children": [
            {"name": "a"},
            {"name": "b", "children": [{"name": "far too long"}], "next": {}},
        ]}})),
        at(&[
            ("tree.children[1].children[0].name", Rule::MaxLength(10)),
            ("tree.children[1].next.name", Rule::Required),
        ])
    );
}

#[test]
fn a_recursive_component_round_trips_in_responses() {
    let tree = json!({
        "name": "a name longer than ten",
        "children": [{"name": "a", "children": [{"name": "a1"}]}],
        "next": {"name": "b", "next": {"name": "c"}},
    });
    let decoded = response(json!({"name": "t", "tree": tree}));
    let root: NodeResponse = decoded.tree.unwrap();
    assert_eq!(
        root.next
            .as_ref()
            .and_then(|n| n.next.as_ref())
            .map(|n| n.name.as_str()),
        Some("c")
    );
    assert_eq!(serde_json::to_value(&root).unwrap(), tree);
}

// Strict and lenient twins, and paths.

#[test]
fn a_component_on_both_sides_is_strict_in_requests_and_lenient_in_responses() {
    // The request type refuses keys its closed schema does not list.
    let error = serde_json::from_value::<Thing>(json!({"name": "t", "nmae": "x"}))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("nmae: is not a field of this object (did you mean name?)"),
        "{error}"
    );
    // The response type ignores them, and applies no request rule.
    let decoded = response(json!({
        "name": "a name far longer than twenty characters",
        "nmae": "x",
        "items": [{"name": "longer than three", "extra": true}],
        "collections": {"tags": [], "limits": {"a": -5}},
    }));
    assert_eq!(decoded.name, "a name far longer than twenty characters");
    assert_eq!(decoded.items.unwrap()[0].name, "longer than three");
    assert_eq!(
        decoded.collections.unwrap().limits,
        Some(BTreeMap::from([("a".to_owned(), -5)]))
    );
    // A required field is still required in a response.
    assert!(serde_json::from_value::<ThingResponse>(json!({"items": []})).is_err());
}

#[test]
fn nested_request_violations_are_reported_at_their_full_paths() {
    let found = violations(json!({
        "name": "a name far longer than twenty characters",
        "items": [{"name": "ok"}, {"name": "long"}, {}, 5],
        "numbers": {"small": 11},
        "collections": {"tags": ["a", "a"], "labels": {"x y": "too long"}},
        "named": {"id": "seven", "label": "x"},
    }));
    assert_eq!(
        found,
        at(&[
            ("name", Rule::MaxLength(20)),
            ("numbers.small", Rule::Maximum(10.0)),
            ("collections.tags", Rule::UniqueItems),
            ("collections.labels[\"x y\"]", Rule::MaxLength(5)),
            ("named.id", Rule::Type("integer")),
            ("items[1].name", Rule::MaxLength(3)),
            ("items[2].name", Rule::Required),
            ("items[3]", Rule::Type("object")),
        ])
    );
    let text = serde_json::from_value::<Thing>(
        json!({"name": "t", "items": [{"name": "a"}, {"name": "long"}]}),
    )
    .unwrap_err()
    .to_string();
    assert!(
        text.contains("items[1].name: is 4 characters long"),
        "{text}"
    );
    let item = Item::new(AnyOf::from_static("abc"));
    assert_eq!(serde_json::to_value(&item).unwrap(), json!({"name": "abc"}));
}

// The operation, end to end.

#[tokio::test]
async fn a_thing_is_sent_checked_and_its_answer_read_leniently() {
    use constructs::Api;
    let stand_in = StandIn::start().await.unwrap();
    let answer = json!({
        "id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
        "name": "lamp",
        "shape": {"radius": 1.5},
        "pet": {"pet_type": "parrot"},
        "choices": {"color": "ultraviolet"},
        "added_later": {"by": "the server"},
    });
    stand_in.fail_next(Fault::status(201, answer.to_string()));
    let client = stand_in.client().unwrap();
    let request = Thing::builder("lamp")
        .secret("s3")
        .shape(Shape::Circle(Circle::new(Radius::from_static(1.5))))
        .items(vec![Item::new(AnyOf::from_static("one"))])
        .build()
        .unwrap();
    let created = client.create_thing(&request).await.unwrap();
    assert_eq!(created.name, "lamp");
    assert!(matches!(created.shape, Some(ShapeResponse::Circle(_))));
    assert!(matches!(created.pet, Some(PetResponse::Unknown(_))));
    assert!(matches!(
        created.choices.and_then(|c| c.color),
        Some(OrUnknown::Unknown(_))
    ));
    let requests = stand_in.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        (requests[0].method.as_str(), requests[0].path.as_str()),
        ("POST", "/things")
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&requests[0].body).unwrap(),
        json!({"name": "lamp", "secret": "s3", "shape": {"radius": 1.5}, "items": [{"name": "one"}]})
    );
    // A builder with broken rules is refused before anything is sent.
    let error = client
        .create_thing(
            Thing::builder("a name far longer than twenty characters").window(Window {
                start: Some(1),
                ..Window::new()
            }),
        )
        .await
        .unwrap_err();
    let conference_api::Error::Validation(errors) = &error else {
        panic!("{error}")
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["name", "window.end"]);
    assert_eq!(stand_in.requests().len(), 1);
}
