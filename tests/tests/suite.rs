//! The JSON Schema Test Suite (draft 2020-12) run through the validators `generate!` emits.
//!
//! `fixtures/suite.openapi.json` has one request property per suite schema the generator
//! can express. Each suite case becomes the request `{"<property>": data}`, deserialized
//! into the generated builder (which keeps raw values) and checked with `validate()`;
//! `build()` must agree, and for string data so must the newtype's `broken_rule`.
//!
//! Where our typed API cannot say what the suite says, the case is listed in
//! [`KNOWN_DEVIATIONS`] with the reason. The test fails when a case deviates without being
//! listed *and* when a listed case no longer deviates, so any change is noticed.

use serde_json::{Value, json};
use std::collections::BTreeSet;

mod suite {
    conference_api::generate!("fixtures/suite.openapi.json");
}

use suite::{
    MaxLength2, MinLength2, PatternAPlus, PatternAStar, SuiteRequest, SuiteRequestBuilder,
};

const SUITE_DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/json-schema-test-suite/"
);

/// The suite files run here, relative to [`SUITE_DIR`].
const FILES: &[&str] = &[
    "maxLength.json",
    "minLength.json",
    "pattern.json",
    "enum.json",
    "required.json",
    "optional/format/date-time.json",
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
        "optional/format/date-time.json",
        "validation of date-time strings",
        "date_time",
    ),
    (EXTRA, "date-time extension", "date_time"),
];

/// Cases that are not in the suite, in its format: what JSON Schema says of text our
/// types treat specially.
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
    }
]"#;

/// How our API's answer to a case differs from the suite's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// The suite's schema is not in the fixture: the generator cannot express it (the
    /// macro would fail to compile), so the case is not run.
    NotInFixture,
    /// The suite says valid: the keyword ignores values of other JSON types. Our request
    /// properties are typed, so such a value is reported as a type violation (invalid).
    WrongTypeRejected,
    /// The suite says invalid; our type accepts it on purpose (a documented extension).
    ExtensionAccepted,
}

/// A suite case (or, with `case: None`, every case of a group) that our API answers
/// differently from the suite, and why.
struct Deviation {
    file: &'static str,
    group: &'static str,
    case: Option<&'static str>,
    kind: Kind,
    reason: &'static str,
}

const fn deviation(
    file: &'static str,
    group: &'static str,
    case: Option<&'static str>,
    kind: Kind,
    reason: &'static str,
) -> Deviation {
    Deviation {
        file,
        group,
        case,
        kind,
        reason,
    }
}

/// The reason shared by every "ignores non-strings / non-objects" case.
const TYPED: &str = "request properties are typed (the fixture gives each the `type` its keyword applies to), \
     so a value of another JSON type is a type violation, not ignored";

/// Every case our API answers differently from the suite. Keep it exact: the test fails
/// on a deviation that is not listed and on a listed one that no longer happens.
const KNOWN_DEVIATIONS: &[Deviation] = &[
    // --- maxLength / minLength: non-strings ---
    deviation(
        "maxLength.json",
        "maxLength validation",
        Some("ignores non-strings"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "minLength.json",
        "minLength validation",
        Some("ignores non-strings"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    // --- pattern: non-strings ---
    deviation(
        "pattern.json",
        "pattern validation",
        Some("ignores booleans"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "pattern.json",
        "pattern validation",
        Some("ignores integers"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "pattern.json",
        "pattern validation",
        Some("ignores floats"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "pattern.json",
        "pattern validation",
        Some("ignores objects"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "pattern.json",
        "pattern validation",
        Some("ignores arrays"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "pattern.json",
        "pattern validation",
        Some("ignores null"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    // --- pattern: \p{Letter} ---
    deviation(
        "pattern.json",
        "pattern with Unicode property escape requires unicode mode",
        None,
        Kind::NotInFixture,
        "the generator compiles patterns into DFAs at macro time and refuses what it cannot compile exactly: \
         `^\\p{Letter}+$` is a compile error (\"unicode property escape `\\p{Letter}` is not supported\")",
    ),
    // --- enum: values the typed enums cannot hold ---
    deviation(
        "enum.json",
        "heterogeneous enum validation",
        None,
        Kind::NotInFixture,
        "an enum of mixed JSON types (number, string, array, boolean, object) has no generated type: \
         enums are all-string or all-number",
    ),
    deviation(
        "enum.json",
        "enum with escaped characters",
        None,
        Kind::NotInFixture,
        "the generator rejects it at macro time: \"foo\\nbar\" and \"foo\\rbar\" both become the variant \
         `FooBar` (variant names keep only ASCII letters and digits)",
    ),
    deviation(
        "enum.json",
        "enum with false does not match 0",
        None,
        Kind::NotInFixture,
        "boolean enums are not supported (a boolean schema takes only `type`)",
    ),
    deviation(
        "enum.json",
        "enum with true does not match 1",
        None,
        Kind::NotInFixture,
        "boolean enums are not supported (a boolean schema takes only `type`)",
    ),
    deviation(
        "enum.json",
        "enum with [false] does not match [0]",
        None,
        Kind::NotInFixture,
        "enums of arrays are not supported",
    ),
    deviation(
        "enum.json",
        "enum with [true] does not match [1]",
        None,
        Kind::NotInFixture,
        "enums of arrays are not supported",
    ),
    deviation(
        "enum.json",
        "enum with [0] does not match [false]",
        None,
        Kind::NotInFixture,
        "enums of arrays are not supported",
    ),
    deviation(
        "enum.json",
        "enum with [1] does not match [true]",
        None,
        Kind::NotInFixture,
        "enums of arrays are not supported",
    ),
    deviation(
        "enum.json",
        "empty enum",
        None,
        Kind::NotInFixture,
        "the generator rejects an empty enum at macro time (no value could ever be sent)",
    ),
    // --- required: non-objects, and names the generator cannot turn into fields ---
    deviation(
        "required.json",
        "required validation",
        Some("ignores arrays"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "required.json",
        "required validation",
        Some("ignores strings"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "required.json",
        "required validation",
        Some("ignores other non-objects"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "required.json",
        "required validation",
        Some("ignores null"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "required.json",
        "required validation",
        Some("ignores boolean"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "required.json",
        "required with escaped characters",
        None,
        Kind::NotInFixture,
        "the six names (`foo\\nbar`, `foo\"bar`, …) all become the Rust field `foo_bar`; the generator does not \
         report the clash, so rustc fails on duplicate fields (a generator bug, reported)",
    ),
    deviation(
        "required.json",
        "required properties whose names are Javascript object property names",
        Some("ignores arrays"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "required.json",
        "required properties whose names are Javascript object property names",
        Some("ignores other non-objects"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    // --- format: date-time ---
    deviation(
        "optional/format/date-time.json",
        "validation of date-time strings",
        Some("all string formats ignore integers"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "optional/format/date-time.json",
        "validation of date-time strings",
        Some("all string formats ignore floats"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "optional/format/date-time.json",
        "validation of date-time strings",
        Some("all string formats ignore objects"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "optional/format/date-time.json",
        "validation of date-time strings",
        Some("all string formats ignore arrays"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "optional/format/date-time.json",
        "validation of date-time strings",
        Some("all string formats ignore booleans"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        "optional/format/date-time.json",
        "validation of date-time strings",
        Some("all string formats ignore nulls"),
        Kind::WrongTypeRejected,
        TYPED,
    ),
    deviation(
        EXTRA,
        "date-time extension",
        Some("a bare date is not a date-time"),
        Kind::ExtensionAccepted,
        "the endpoint documents date-only values (`2022-01-01` means `2022-01-01T00:00:00Z`), and \
         conference_api::DateTime accepts them on every date-time field",
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
        _ => return None,
    })
}

fn find_deviation(case: &Case) -> Option<(usize, &'static Deviation)> {
    KNOWN_DEVIATIONS.iter().enumerate().find(|(_, d)| {
        d.file == case.file && d.group == case.group && d.case.is_none_or(|c| c == case.description)
    })
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
                Some((_, d)) if d.kind == Kind::NotInFixture => skipped += 1,
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
                    Kind::WrongTypeRejected => {
                        case.valid
                            && !verdict.rules.is_empty()
                            && verdict.rules.iter().all(|r| matches!(r, conference_api::Rule::Type(_)))
                    }
                    Kind::ExtensionAccepted => !case.valid && verdict.valid,
                };
                if as_listed {
                    deviated += 1;
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
        if !seen.iter().any(|(i, _)| *i == index) {
            problems.push(format!(
                "KNOWN_DEVIATIONS lists {} / {} / {:?}, which is no suite case",
                d.file, d.group, d.case
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
        "{} cases: {agreed} agree with the suite, {deviated} deviate as listed, {skipped} not run (schema not in the fixture)",
        cases.len()
    );
    for d in KNOWN_DEVIATIONS {
        println!(
            "  deviation {:?}: {} / {} / {}: {}",
            d.kind,
            d.file,
            d.group,
            d.case.unwrap_or("(every case)"),
            d.reason
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
