//! The JSON Schema Test Suite (draft 2020-12) run through the validators `generate!` emits.
//!
//! `fixtures/suite.openapi.json` has one request property per suite schema the generator
//! can express. Each suite case becomes the request `{"<property>": data}`, deserialized
//! into the generated builder (which keeps raw values) and checked with `validate()`;
//! `build()` must agree, and for string data so must the newtype's `broken_rule`.
//!
//! Where our typed API cannot say what the suite says, the case is listed in
//! [`KNOWN_DEVIATIONS`] with the reason. The test fails when a case deviates without being
//! listed *and* when a listed case no longer deviates, so any change is noticed. Entries
//! whose reason starts with `BUG:` are generator bugs, listed only until they are fixed.

use conference_api::{OrOther, Rule, json_type};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

mod suite {
    conference_api::generate!("fixtures/suite.openapi.json");
}

use suite::{
    MaxLength2, MinLength2, PatternAPlus, PatternAStar, PatternLetters, SuiteRequest,
    SuiteRequestBuilder,
};

const SUITE_DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/json-schema-test-suite/"
);

/// The suite files run here, relative to [`SUITE_DIR`]: every `.json` file there.
const FILES: &[&str] = &[
    "maxLength.json",
    "minLength.json",
    "pattern.json",
    "enum.json",
    "required.json",
    "optional/format/date-time.json",
    "type.json",
    "optional/format/date.json",
    "optional/format/uuid.json",
    "optional/format/uri.json",
    "optional/format/email.json",
    "optional/format/unknown.json",
    "additionalProperties.json",
    "allOf.json",
    "anyOf.json",
    "exclusiveMaximum.json",
    "items.json",
    "maxItems.json",
    "maxProperties.json",
    "minProperties.json",
    "multipleOf.json",
    "not.json",
    "oneOf.json",
    "uniqueItems.json",
];

/// Suite group (file, schema description) -> the fixture property that holds its schema.
const GROUPS: &[(&str, &str, &str)] = &[
    ("maxLength.json", "maxLength validation", "max_length_2"),
    (
        "maxLength.json",
        "maxLength validation with a decimal",
        "max_length_2_decimal",
    ),
    ("minLength.json", "minLength validation", "min_length_2"),
    (
        "minLength.json",
        "minLength validation with a decimal",
        "min_length_2_decimal",
    ),
    ("pattern.json", "pattern validation", "pattern_a_star"),
    ("pattern.json", "pattern is not anchored", "pattern_a_plus"),
    (
        "pattern.json",
        "pattern with Unicode property escape requires unicode mode",
        "pattern_letters",
    ),
    ("enum.json", "simple enum validation", "simple_enum"),
    (
        "enum.json",
        "heterogeneous enum-with-null validation",
        "enum_with_null",
    ),
    ("enum.json", "enums in properties", "enums_in_properties"),
    ("enum.json", "enum with 0 does not match false", "enum_zero"),
    ("enum.json", "enum with 1 does not match true", "enum_one"),
    ("enum.json", "nul characters in strings", "enum_nul"),
    (
        "enum.json",
        "heterogeneous enum validation",
        "enum_heterogeneous",
    ),
    ("enum.json", "enum with escaped characters", "enum_escaped"),
    (
        "enum.json",
        "enum with false does not match 0",
        "enum_false",
    ),
    ("enum.json", "enum with true does not match 1", "enum_true"),
    (
        "enum.json",
        "enum with [false] does not match [0]",
        "enum_array_false",
    ),
    (
        "enum.json",
        "enum with [true] does not match [1]",
        "enum_array_true",
    ),
    (
        "enum.json",
        "enum with [0] does not match [false]",
        "enum_array_zero",
    ),
    (
        "enum.json",
        "enum with [1] does not match [true]",
        "enum_array_one",
    ),
    (
        "required.json",
        "required validation",
        "required_validation",
    ),
    (
        "required.json",
        "required default validation",
        "required_default",
    ),
    (
        "required.json",
        "required with empty array",
        "required_empty",
    ),
    (
        "required.json",
        "required properties whose names are Javascript object property names",
        "required_js_names",
    ),
    (
        "required.json",
        "required with escaped characters",
        "required_escaped",
    ),
    (
        "optional/format/date-time.json",
        "validation of date-time strings",
        "date_time",
    ),
    (EXTRA, "date-time extension", "date_time"),
    (EXTRA, "const with null", "const_null"),
    (
        EXTRA,
        "keywords of two types without a type",
        "untyped_two_types",
    ),
    ("type.json", "integer type matches integers", "type_integer"),
    ("type.json", "number type matches numbers", "type_number"),
    ("type.json", "string type matches strings", "type_string"),
    ("type.json", "object type matches objects", "type_object"),
    ("type.json", "array type matches arrays", "type_array"),
    ("type.json", "boolean type matches booleans", "type_boolean"),
    (
        "type.json",
        "null type matches only the null object",
        "type_null",
    ),
    (
        "type.json",
        "multiple types can be specified in an array",
        "type_integer_or_string",
    ),
    (
        "type.json",
        "type as array with one item",
        "type_list_of_one",
    ),
    ("type.json", "type: array or object", "type_array_or_object"),
    (
        "type.json",
        "type: array, object or null",
        "type_array_object_or_null",
    ),
    (
        "optional/format/date.json",
        "validation of date strings",
        "date",
    ),
    ("optional/format/uuid.json", "uuid format", "uuid"),
    ("optional/format/uri.json", "validation of URIs", "uri"),
    (
        "optional/format/email.json",
        "validation of e-mail addresses",
        "email",
    ),
    (
        "optional/format/unknown.json",
        "unknown format",
        "unknown_format",
    ),
    (
        "additionalProperties.json",
        "additionalProperties with schema",
        "additional_schema",
    ),
    (
        "additionalProperties.json",
        "additionalProperties can exist by itself",
        "additional_alone",
    ),
    (
        "additionalProperties.json",
        "additionalProperties are allowed by default",
        "additional_default",
    ),
    (
        "additionalProperties.json",
        "additionalProperties does not look in applicators",
        "additional_applicators",
    ),
    (
        "additionalProperties.json",
        "additionalProperties with null valued instance properties",
        "additional_null_values",
    ),
    ("allOf.json", "allOf", "all_of"),
    ("allOf.json", "allOf with base schema", "all_of_base"),
    ("allOf.json", "allOf simple types", "all_of_simple_types"),
    (
        "allOf.json",
        "allOf with boolean schemas, all true",
        "all_of_all_true",
    ),
    (
        "allOf.json",
        "allOf with one empty schema",
        "all_of_one_empty",
    ),
    (
        "allOf.json",
        "allOf with two empty schemas",
        "all_of_two_empty",
    ),
    (
        "allOf.json",
        "allOf with the first empty schema",
        "all_of_first_empty",
    ),
    (
        "allOf.json",
        "allOf with the last empty schema",
        "all_of_last_empty",
    ),
    (
        "allOf.json",
        "nested allOf, to check validation semantics",
        "all_of_nested",
    ),
    ("anyOf.json", "anyOf", "any_of"),
    ("anyOf.json", "anyOf with base schema", "any_of_base"),
    (
        "anyOf.json",
        "anyOf with boolean schemas, all true",
        "any_of_all_true",
    ),
    ("anyOf.json", "anyOf complex types", "any_of_complex"),
    (
        "anyOf.json",
        "nested anyOf, to check validation semantics",
        "any_of_nested",
    ),
    (
        "anyOf.json",
        "anyOf with one empty schema",
        "any_of_one_empty",
    ),
    (
        "exclusiveMaximum.json",
        "exclusiveMaximum validation",
        "exclusive_maximum_3",
    ),
    ("items.json", "a schema given for items", "items_integer"),
    (
        "items.json",
        "items with boolean schema (true)",
        "items_true",
    ),
    ("items.json", "nested items", "items_nested"),
    (
        "items.json",
        "items with null instance elements",
        "items_null",
    ),
    ("maxItems.json", "maxItems validation", "max_items_2"),
    (
        "maxItems.json",
        "maxItems validation with a decimal",
        "max_items_2_decimal",
    ),
    (
        "maxProperties.json",
        "maxProperties validation",
        "max_properties_2",
    ),
    (
        "maxProperties.json",
        "maxProperties validation with a decimal",
        "max_properties_2_decimal",
    ),
    (
        "maxProperties.json",
        "maxProperties = 0 means the object is empty",
        "max_properties_0",
    ),
    (
        "minProperties.json",
        "minProperties validation",
        "min_properties_1",
    ),
    (
        "minProperties.json",
        "minProperties validation with a decimal",
        "min_properties_1_decimal",
    ),
    ("multipleOf.json", "by int", "multiple_of_2"),
    ("multipleOf.json", "by number", "multiple_of_1_5"),
    ("multipleOf.json", "by small number", "multiple_of_small"),
    (
        "multipleOf.json",
        "float division = inf",
        "multiple_of_overflow",
    ),
    (
        "multipleOf.json",
        "small multiple of large integer",
        "multiple_of_tiny",
    ),
    ("not.json", "not", "not_integer"),
    ("not.json", "not multiple types", "not_multiple_types"),
    ("not.json", "not more complex schema", "not_complex"),
    ("not.json", "forbidden property", "not_forbidden_property"),
    (
        "not.json",
        "forbid everything with empty schema",
        "not_empty",
    ),
    (
        "not.json",
        "forbid everything with boolean schema true",
        "not_true",
    ),
    (
        "not.json",
        "collect annotations inside a 'not', even if collection is disabled",
        "not_annotations",
    ),
    (
        "oneOf.json",
        "nested oneOf, to check validation semantics",
        "one_of_nested",
    ),
    ("oneOf.json", "oneOf", "one_of"),
    ("oneOf.json", "oneOf with base schema", "one_of_base"),
    (
        "oneOf.json",
        "oneOf with boolean schemas, all true",
        "one_of_all_true",
    ),
    ("oneOf.json", "oneOf complex types", "one_of_complex"),
    ("oneOf.json", "oneOf with empty schema", "one_of_empty"),
    ("oneOf.json", "oneOf with required", "one_of_required"),
    (
        "oneOf.json",
        "oneOf with missing optional property",
        "one_of_missing_optional",
    ),
    ("uniqueItems.json", "uniqueItems validation", "unique_items"),
    (
        "uniqueItems.json",
        "uniqueItems=false validation",
        "unique_items_false",
    ),
];

/// Cases that are not in the suite's files here, in its format: what JSON Schema says of
/// text our types treat specially, of `const: null` (as the suite's `const.json` has it),
/// and of a schema without `type` whose keywords constrain two JSON types.
const EXTRA: &str = "(extra cases, not from the suite)";
const EXTRA_CASES: &str = r#"[
    {
        "description": "date-time extension",
        "schema": {"format": "date-time"},
        "tests": [
            {
                "description": "a bare date is not a date-time",
                "data": "1963-06-19",
                "valid": false
            },
            {
                "description": "a bare date with an invalid day is not a date-time either",
                "data": "1963-02-30",
                "valid": false
            }
        ]
    },
    {
        "description": "const with null",
        "schema": {"const": null},
        "tests": [
            {"description": "null is valid", "data": null, "valid": true},
            {"description": "not null is invalid", "data": 0, "valid": false},
            {"description": "false is not null", "data": false, "valid": false},
            {"description": "an empty string is not null", "data": "", "valid": false},
            {"description": "an empty object is not null", "data": {}, "valid": false}
        ]
    },
    {
        "description": "keywords of two types without a type",
        "schema": {"maxLength": 2, "minimum": 1},
        "tests": [
            {"description": "a short string is valid", "data": "ab", "valid": true},
            {"description": "a long string is invalid", "data": "abc", "valid": false},
            {"description": "a number at the minimum is valid", "data": 1, "valid": true},
            {"description": "a number below the minimum is invalid", "data": 0.5, "valid": false},
            {"description": "an array is valid", "data": [1, 2, 3], "valid": true},
            {"description": "null is valid", "data": null, "valid": true}
        ]
    }
]"#;

/// How our API's answer to a case differs from the suite's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// The suite's schema is not in the fixture: the generator cannot express it (the
    /// macro would fail to compile), so the case is not run.
    NotInFixture,
    /// The suite says invalid; our type accepts it on purpose (a documented extension).
    ExtensionAccepted,
    /// The suite says invalid; the string's `format` is one the generator documents as
    /// not checked, so any string is accepted.
    FormatNotChecked,
    /// The suite says invalid; `allOf` is merged into the schema beside it (documented),
    /// so keywords beside it see what its parts list.
    AllOfMerged,
    /// A generator bug (the reason starts with `BUG:`): listed so the test passes until
    /// it is fixed, then the test says to remove the entry.
    Bug,
}

/// Which cases of a group a deviation covers.
#[derive(Clone, Copy, Debug)]
enum Cases {
    /// These cases, by description.
    Named(&'static [&'static str]),
    /// Every case of the group.
    All,
    /// Every case the suite says is invalid.
    SuiteInvalid,
}

/// Cases of a group that our API answers differently from the suite, and why.
struct Deviation {
    file: &'static str,
    group: &'static str,
    cases: Cases,
    kind: Kind,
    reason: &'static str,
}

const fn deviation(
    file: &'static str,
    group: &'static str,
    cases: Cases,
    kind: Kind,
    reason: &'static str,
) -> Deviation {
    Deviation {
        file,
        group,
        cases,
        kind,
        reason,
    }
}

/// A group whose schema is not in the fixture.
const fn not_in_fixture(
    file: &'static str,
    group: &'static str,
    reason: &'static str,
) -> Deviation {
    deviation(file, group, Cases::All, Kind::NotInFixture, reason)
}

const FORMAT_NOT_CHECKED: &str = "`format` is an annotation by default in JSON Schema 2020-12 (these are the suite's \
     optional tests); the generator checks `date-time`, `uuid` and `uri`, and makes any other format a plain \
     string whose docs name the format (README)";

const FALSE_SCHEMA: &str = "the boolean schema `false` is refused at macro time (\"a schema must be a JSON object\"); \
     only `additionalProperties`/`unevaluatedProperties` take `false`";

const PREFIX_ITEMS: &str = "`prefixItems` (tuples) is refused at macro time (\"unsupported keyword `prefixItems`\"), \
     and so is `items: false`: arrays have one item type";

/// Every case our API answers differently from the suite. Keep it exact: the test fails
/// on a deviation that is not listed and on a listed one that no longer happens.
const KNOWN_DEVIATIONS: &[Deviation] = &[
    // --- enum ---
    not_in_fixture(
        "enum.json",
        "empty enum",
        "the generator rejects an empty enum at macro time (no value could ever be sent)",
    ),
    // --- format: date-time ---
    deviation(
        EXTRA,
        "date-time extension",
        Cases::Named(&["a bare date is not a date-time"]),
        Kind::ExtensionAccepted,
        "the endpoint documents date-only values (`2022-01-01` means `2022-01-01T00:00:00Z`), and \
         conference_api::DateTime accepts them on every date-time field",
    ),
    // --- format: date, email ---
    deviation(
        "optional/format/date.json",
        "validation of date strings",
        Cases::SuiteInvalid,
        Kind::FormatNotChecked,
        FORMAT_NOT_CHECKED,
    ),
    deviation(
        "optional/format/email.json",
        "validation of e-mail addresses",
        Cases::SuiteInvalid,
        Kind::FormatNotChecked,
        FORMAT_NOT_CHECKED,
    ),
    // --- additionalProperties ---
    not_in_fixture(
        "additionalProperties.json",
        "additionalProperties being false does not allow other properties",
        "`patternProperties` is refused at macro time (\"unsupported keyword `patternProperties`\")",
    ),
    not_in_fixture(
        "additionalProperties.json",
        "non-ASCII pattern with additionalProperties",
        "`patternProperties` is refused at macro time (\"unsupported keyword `patternProperties`\")",
    ),
    deviation(
        "additionalProperties.json",
        "additionalProperties does not look in applicators",
        Cases::Named(&["properties defined in allOf are not examined"]),
        Kind::AllOfMerged,
        "allOf is merged into one schema (README: \"one merged type\"), so `foo` from the allOf part is a listed \
         property that `additionalProperties` beside it does not apply to; JSON Schema's additionalProperties \
         sees only the `properties` beside it",
    ),
    not_in_fixture(
        "additionalProperties.json",
        "additionalProperties with propertyNames",
        "`propertyNames` is refused at macro time (\"unsupported keyword `propertyNames`\")",
    ),
    not_in_fixture(
        "additionalProperties.json",
        "dependentSchemas with additionalProperties",
        "`dependentSchemas` is refused at macro time (\"unsupported keyword `dependentSchemas`\")",
    ),
    // --- allOf ---
    not_in_fixture(
        "allOf.json",
        "allOf with boolean schemas, some false",
        "the boolean schema `false` is refused at macro time (\"an allOf part must be a schema object\")",
    ),
    not_in_fixture(
        "allOf.json",
        "allOf with boolean schemas, all false",
        "the boolean schema `false` is refused at macro time (\"an allOf part must be a schema object\")",
    ),
    not_in_fixture(
        "allOf.json",
        "allOf combined with anyOf, oneOf",
        "anyOf and oneOf in one schema are refused at macro time (\"anyOf and oneOf together are not supported; \
         nest one in an allOf\"), and so are allOf parts with their own anyOf/oneOf, so it cannot be rewritten either",
    ),
    // --- anyOf ---
    not_in_fixture(
        "anyOf.json",
        "anyOf with boolean schemas, some true",
        FALSE_SCHEMA,
    ),
    not_in_fixture(
        "anyOf.json",
        "anyOf with boolean schemas, all false",
        FALSE_SCHEMA,
    ),
    // --- items ---
    not_in_fixture(
        "items.json",
        "items with boolean schema (false)",
        FALSE_SCHEMA,
    ),
    not_in_fixture(
        "items.json",
        "items and subitems",
        "`$defs`, `$ref` to them, `prefixItems` and `items: false` are refused at macro time",
    ),
    not_in_fixture(
        "items.json",
        "prefixItems with no additional items allowed",
        PREFIX_ITEMS,
    ),
    not_in_fixture(
        "items.json",
        "items does not look in applicators, valid case",
        PREFIX_ITEMS,
    ),
    not_in_fixture(
        "items.json",
        "prefixItems validation adjusts the starting index for items",
        PREFIX_ITEMS,
    ),
    not_in_fixture("items.json", "items with heterogeneous array", PREFIX_ITEMS),
    // --- not ---
    not_in_fixture(
        "not.json",
        "allow everything with boolean schema false",
        FALSE_SCHEMA,
    ),
    not_in_fixture(
        "not.json",
        "double negation",
        "a `not` inside a `not` is refused at macro time (\"`not` and `if` are supported on objects and on \
         properties\")",
    ),
    // --- oneOf ---
    not_in_fixture(
        "oneOf.json",
        "oneOf with boolean schemas, one true",
        FALSE_SCHEMA,
    ),
    not_in_fixture(
        "oneOf.json",
        "oneOf with boolean schemas, more than one true",
        FALSE_SCHEMA,
    ),
    not_in_fixture(
        "oneOf.json",
        "oneOf with boolean schemas, all false",
        FALSE_SCHEMA,
    ),
    // --- uniqueItems ---
    not_in_fixture(
        "uniqueItems.json",
        "uniqueItems with an array of items",
        PREFIX_ITEMS,
    ),
    not_in_fixture(
        "uniqueItems.json",
        "uniqueItems with an array of items and additionalItems=false",
        PREFIX_ITEMS,
    ),
    not_in_fixture(
        "uniqueItems.json",
        "uniqueItems=false with an array of items",
        PREFIX_ITEMS,
    ),
    not_in_fixture(
        "uniqueItems.json",
        "uniqueItems=false with an array of items and additionalItems=false",
        PREFIX_ITEMS,
    ),
];

/// One case of the suite, flattened.
struct Case {
    file: &'static str,
    group: String,
    description: String,
    data: Value,
    valid: bool,
}

fn load_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |file: &'static str, text: &str| {
        let groups: Vec<Value> =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for group in groups {
            let group_description = group["description"]
                .as_str()
                .expect("a group description")
                .to_owned();
            for test in group["tests"].as_array().expect("tests") {
                cases.push(Case {
                    file,
                    group: group_description.clone(),
                    description: test["description"]
                        .as_str()
                        .expect("a case description")
                        .to_owned(),
                    data: test["data"].clone(),
                    valid: test["valid"].as_bool().expect("valid"),
                });
            }
        }
    };
    for file in FILES {
        let path = format!("{SUITE_DIR}{file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        add(file, &text);
    }
    add(EXTRA, EXTRA_CASES);
    cases
}

/// Our verdict on `data` as the value of `property`.
struct Verdict {
    valid: bool,
    /// The rules `validate()` reported.
    rules: Vec<conference_api::Rule>,
}

fn run(property: &str, data: &Value) -> Verdict {
    let request = json!({ property: data });
    let builder: SuiteRequestBuilder = serde_json::from_value(request.clone())
        .unwrap_or_else(|e| panic!("a builder keeps any raw value, but {request} failed: {e}"));
    let validated = builder.validate();
    let built = builder.clone().build();
    assert_eq!(
        validated.is_ok(),
        built.is_ok(),
        "validate() and build() disagree on {request}: {validated:?} vs {built:?}"
    );
    // Deserializing the request type itself runs the same checks.
    assert_eq!(
        serde_json::from_value::<SuiteRequest>(request.clone()).is_ok(),
        validated.is_ok(),
        "deserializing SuiteRequest disagrees with validate() on {request}"
    );
    // For string data, the newtype's own check (usable in const) must agree too.
    if let Some(text) = data.as_str()
        && let Some(broken_rule) = newtype_check(property)
    {
        assert_eq!(
            broken_rule(text).is_none(),
            validated.is_ok(),
            "{property}: broken_rule({text:?}) disagrees with validate()"
        );
    }
    match validated {
        Ok(()) => Verdict {
            valid: true,
            rules: Vec::new(),
        },
        Err(errors) => {
            for error in &errors {
                // The property itself, or a value inside it (`property.foo`).
                let field = error.field();
                let inside = field
                    .strip_prefix(property)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']));
                assert!(inside, "{request}: an error for the wrong field: {error}");
            }
            Verdict {
                valid: false,
                rules: errors.iter().map(|e| e.rule()).collect(),
            }
        }
    }
}

type BrokenRule = fn(&str) -> Option<conference_api::Rule>;

/// The `broken_rule` of the newtype of a constrained string property.
fn newtype_check(property: &str) -> Option<BrokenRule> {
    Some(match property {
        "max_length_2" | "max_length_2_decimal" => MaxLength2::broken_rule,
        "min_length_2" | "min_length_2_decimal" => MinLength2::broken_rule,
        "pattern_a_star" => PatternAStar::broken_rule,
        "pattern_a_plus" => PatternAPlus::broken_rule,
        "pattern_letters" => PatternLetters::broken_rule,
        _ => return None,
    })
}

impl Cases {
    fn cover(self, case: &Case) -> bool {
        match self {
            Cases::Named(names) => names.contains(&case.description.as_str()),
            Cases::All => true,
            Cases::SuiteInvalid => !case.valid,
        }
    }
}

fn find_deviation(case: &Case) -> Option<(usize, &'static Deviation)> {
    KNOWN_DEVIATIONS
        .iter()
        .enumerate()
        .find(|(_, d)| d.file == case.file && d.group == case.group && d.cases.cover(case))
}

#[test]
fn the_json_schema_test_suite_agrees_with_the_generated_validators() {
    let cases = load_cases();
    let mut agreed = 0;
    let mut problems = Vec::new();
    // (deviation index, case description) of every deviation seen.
    let mut seen: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut groups_used = BTreeSet::new();
    let mut skipped = 0;
    let mut deviated = 0;
    // Cases that deviate (or are not run), by kind; and how many of them are bugs.
    let mut by_kind: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut bugs = 0;
    for case in &cases {
        let label = format!("{} / {} / {}", case.file, case.group, case.description);
        let known = find_deviation(case);
        if let Some((index, _)) = known {
            seen.insert((index, case.description.clone()));
        }
        let property = GROUPS
            .iter()
            .find(|(file, group, _)| *file == case.file && *group == case.group)
            .map(|(_, _, property)| *property);
        let Some(property) = property else {
            match known {
                Some((_, d)) if d.kind == Kind::NotInFixture => {
                    skipped += 1;
                    *by_kind.entry(d.kind).or_default() += 1;
                    bugs += usize::from(d.reason.starts_with("BUG:"));
                }
                _ => problems.push(format!(
                    "{label}: its schema is not in the fixture and no deviation says why"
                )),
            }
            continue;
        };
        groups_used.insert((case.file, case.group.clone()));
        let verdict = run(property, &case.data);
        match (verdict.valid == case.valid, known) {
            (true, None) => agreed += 1,
            (true, Some((_, d))) => problems.push(format!(
                "{label}: listed as a deviation ({:?}) but now agrees with the suite: remove it from KNOWN_DEVIATIONS",
                d.kind
            )),
            (false, None) => problems.push(format!(
                "{label}: the suite says {}, the generated validator says {} (rules {:?}) for {}",
                if case.valid { "valid" } else { "invalid" },
                if verdict.valid { "valid" } else { "invalid" },
                verdict.rules,
                case.data
            )),
            (false, Some((_, d))) => {
                let as_listed = match d.kind {
                    Kind::NotInFixture => false,
                    Kind::ExtensionAccepted | Kind::AllOfMerged => !case.valid && verdict.valid,
                    Kind::FormatNotChecked => !case.valid && verdict.valid && case.data.is_string(),
                    Kind::Bug => true,
                };
                if as_listed {
                    deviated += 1;
                    *by_kind.entry(d.kind).or_default() += 1;
                    bugs += usize::from(d.reason.starts_with("BUG:"));
                } else {
                    problems.push(format!(
                        "{label}: deviates, but not as listed ({:?}): suite {}, ours {} with rules {:?}",
                        d.kind, case.valid, verdict.valid, verdict.rules
                    ));
                }
            }
        }
    }
    // Every listed deviation must still happen, for every case it covers.
    for (index, d) in KNOWN_DEVIATIONS.iter().enumerate() {
        let covered: Vec<&str> = seen
            .iter()
            .filter(|(i, _)| *i == index)
            .map(|(_, description)| description.as_str())
            .collect();
        let unknown: Vec<&str> = match d.cases {
            Cases::Named(names) => names
                .iter()
                .copied()
                .filter(|name| !covered.contains(name))
                .collect(),
            Cases::All | Cases::SuiteInvalid if covered.is_empty() => vec!["(any case)"],
            Cases::All | Cases::SuiteInvalid => Vec::new(),
        };
        for name in unknown {
            problems.push(format!(
                "KNOWN_DEVIATIONS lists {} / {} / {name}, which is no suite case it covers",
                d.file, d.group
            ));
        }
        if d.reason.starts_with("BUG:") != (d.kind == Kind::Bug) && d.kind != Kind::NotInFixture {
            problems.push(format!(
                "{} / {}: a bug is listed as Kind::Bug with a reason that starts with \"BUG:\"",
                d.file, d.group
            ));
        }
        if d.kind == Kind::NotInFixture
            && GROUPS.iter().any(|(f, g, _)| *f == d.file && *g == d.group)
        {
            problems.push(format!(
                "{} / {}: listed as not in the fixture, but it is",
                d.file, d.group
            ));
        }
    }
    // Every fixture property is exercised by some group.
    for field in SuiteRequest::FIELDS {
        if !GROUPS
            .iter()
            .any(|(_, _, property)| *property == field.name)
        {
            problems.push(format!(
                "the fixture property {} is not run by any suite group",
                field.name
            ));
        }
    }
    assert_eq!(
        groups_used.len(),
        GROUPS.len(),
        "some entries of GROUPS match no suite group"
    );
    println!(
        "{} cases: {agreed} agree with the suite, {deviated} deviate as listed, {skipped} not run (schema not in the fixture); \
         {bugs} of them because of generator bugs",
        cases.len()
    );
    for (kind, count) in &by_kind {
        println!("  {kind:?}: {count} cases");
    }
    for d in KNOWN_DEVIATIONS {
        let cases = match d.cases {
            Cases::Named(names) => names.join(", "),
            Cases::All => "(every case)".to_owned(),
            Cases::SuiteInvalid => "(every case the suite says is invalid)".to_owned(),
        };
        println!(
            "  deviation {:?}: {} / {} / {cases}: {}",
            d.kind, d.file, d.group, d.reason
        );
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(agreed + deviated + skipped, cases.len());
}

/// A suite file copied into the fixtures is run, not forgotten.
#[test]
fn every_suite_file_is_run() {
    fn json_files(dir: &std::path::Path, prefix: &str, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let entry = entry.expect("a directory entry");
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().expect("a file type").is_dir() {
                json_files(&entry.path(), &format!("{name}/"), out);
            } else if name.ends_with(".json") {
                out.insert(name);
            }
        }
    }
    let mut present = BTreeSet::new();
    json_files(std::path::Path::new(SUITE_DIR), "", &mut present);
    let run: BTreeSet<String> = FILES.iter().map(|f| (*f).to_owned()).collect();
    assert_eq!(
        present, run,
        "FILES must list every suite file of {SUITE_DIR}"
    );
}

/// A schema without `type` takes a value of another JSON type as it is, and keeps its
/// keyword for the type the keyword is about; the typed API says which one a value is.
#[test]
fn untyped_schemas_take_other_types_and_keep_their_keyword() {
    let request: SuiteRequest = serde_json::from_value(json!({
        "max_length_2": 12,
        "required_validation": "not an object",
        "exclusive_maximum_3": [4],
    }))
    .expect("values of the types the keywords ignore are valid");
    let other = |value: Option<&Value>| value.cloned();
    assert_eq!(
        other(request.max_length_2.as_ref().and_then(OrOther::as_other)),
        Some(json!(12))
    );
    assert_eq!(
        other(
            request
                .required_validation
                .as_ref()
                .and_then(OrOther::as_other)
        ),
        Some(json!("not an object"))
    );
    assert_eq!(
        other(
            request
                .exclusive_maximum_3
                .as_ref()
                .and_then(OrOther::as_other)
        ),
        Some(json!([4]))
    );
    let builder: SuiteRequestBuilder = serde_json::from_value(json!({
        "max_length_2": "abc",
        "required_validation": {"bar": 1},
        "exclusive_maximum_3": 3,
    }))
    .unwrap();
    let errors = builder
        .build()
        .expect_err("each keyword applies to its type");
    let found: Vec<(&str, Rule)> = errors.iter().map(|e| (e.field(), e.rule())).collect();
    assert_eq!(
        found,
        [
            ("max_length_2", Rule::MaxLength(2)),
            ("required_validation.foo", Rule::Required),
            ("exclusive_maximum_3", Rule::ExclusiveMaximum(3.0)),
        ]
    );
    // The setter takes the typed part, or a value of another type.
    let typed = SuiteRequest::builder()
        .max_length_2(MaxLength2::new("ab").unwrap())
        .build()
        .unwrap();
    let text = typed.max_length_2.as_ref().and_then(OrOther::as_typed);
    assert_eq!(text.map(MaxLength2::as_str), Some("ab"));
    assert_eq!(
        serde_json::to_value(&typed).unwrap(),
        json!({"max_length_2": "ab"})
    );
    let other = SuiteRequest::builder()
        .max_length_2(OrOther::other(json!(false)).unwrap())
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&other).unwrap(),
        json!({"max_length_2": false})
    );
    // A string cannot pass as "another type" and skip maxLength.
    let sneaked = OrOther::<MaxLength2, { json_type::STRING }>::other(json!("abc"));
    assert!(sneaked.is_err());
}

/// `const: null` takes `null` and nothing else, and a request sends it.
#[test]
fn const_null_is_sent_and_checked() {
    let request: SuiteRequest = serde_json::from_value(json!({"const_null": null})).unwrap();
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({"const_null": null})
    );
    let errors = serde_json::from_value::<SuiteRequestBuilder>(json!({"const_null": 0}))
        .unwrap()
        .build()
        .unwrap_err();
    let found: Vec<(&str, Rule)> = errors.iter().map(|e| (e.field(), e.rule())).collect();
    assert_eq!(found, [("const_null", Rule::Enum(&["null"]))]);
}

/// `maxLength: 2.0` is read as 2, and both properties share the one newtype.
#[test]
fn decimal_lengths_are_whole_numbers() {
    assert_eq!(MaxLength2::MAX_LENGTH, 2);
    assert_eq!(MinLength2::MIN_LENGTH, 2);
    assert!(
        MaxLength2::new("💩💩").is_ok(),
        "two code points (four UTF-16 units) fit in maxLength 2"
    );
    assert!(
        MinLength2::new("💩").is_err(),
        "one code point (two UTF-16 units) is short of minLength 2"
    );
}

/// The unanchored pattern is found anywhere, the anchored one must cover the string.
#[test]
fn patterns_anchor_as_written() {
    assert_eq!(PatternAPlus::PATTERN, "a+");
    assert!(PatternAPlus::new("xxaayy").is_ok());
    assert!(PatternAPlus::new("xxyy").is_err());
    assert_eq!(PatternAStar::PATTERN, "^a*$");
    assert!(PatternAStar::new("").is_ok());
    assert!(PatternAStar::new("aab").is_err());
}

/// `\p{Letter}` is Unicode's Letter category, checked at compile time in a `const` too.
#[test]
fn unicode_property_escapes_take_their_category() {
    const PI_R: PatternLetters = PatternLetters::from_static("πr");
    assert_eq!(PI_R.as_str(), "πr");
    assert!(PatternLetters::new("Ω1").is_err());
    assert!(PatternLetters::new("Ωmega").is_ok());
}
