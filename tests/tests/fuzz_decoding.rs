//! Fuzzes response decoding and request validation of every generated type that has an
//! example: SignalWire's own `examples` of its two published documents and of the
//! conference extract, mutated at random (keys dropped and added, values retyped, huge
//! numbers, long and hostile strings, deep nesting, truncated text), fed to the check of their type (`check_json` for a request,
//! decoding for a response). A check never panics, gives the same answer twice, and a
//! failure says what failed. What a check accepts it also reads, encodes and reads back
//! to an equal value (`check_request_example`, `check_response_example`), so a decoded
//! value that differs from what was encoded fails a case. A value retyped at a top-level
//! key of an object is named by that key when it fails: a property of its own, where
//! each case tries hostile values until one fails, so that it runs on most cases. The
//! request and response types of a shared schema refuse the same wrong JSON types.
//!
//! Every run starts from the same seed, [`SEED`], so a failure happens on every run; it
//! prints the seed and the command that replays it. More cases or another seed:
//!
//! ```text
//! FUZZ_CASES=20000 PROPTEST_RNG_SEED=7 cargo test -p conference-tests --test fuzz_decoding
//! ```

use std::panic::{AssertUnwindSafe, catch_unwind};

use conference_tests::{published, video_conferences};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed, TestCaseError, TestRunner};
use serde_json::{Value, json};

/// The seed of the run, unless `PROPTEST_RNG_SEED` is set.
const SEED: u64 = 20_261_203;

/// Cases by default: a few seconds in a debug build.
const DEFAULT_CASES: u32 = 3_000;

type Check = fn(&str) -> Result<(), String>;
type Examples = &'static [(&'static str, &'static str, Check)];

const FAMILIES: &[(&str, Examples)] = &[
    ("video_conferences", video_conferences::__EXAMPLES),
    ("signalwire_rest", published::signalwire_rest::__EXAMPLES),
    ("compatibility", published::compatibility::__EXAMPLES),
];

/// One change to a JSON document.
#[derive(Clone, Debug)]
enum Mutation {
    /// Replace the value at the `site`-th node (pre-order) with one of [`hostile`].
    Retype { site: usize, with: usize },
    /// Replace the value of a key of the root object with one of [`hostile`].
    RetypeTopLevel { key: usize, with: usize },
    /// Remove a key of the `site`-th object.
    DropKey { site: usize, key: usize },
    /// Add a key no schema lists to the `site`-th object.
    AddKey { site: usize, with: usize },
    /// Append a copy of an item to the `site`-th array.
    Duplicate { site: usize },
    /// Cut the JSON text at `at` per mille of its length.
    Truncate { at: usize },
}

/// Values that break assumptions: wrong types, extremes, hostile text, deep nesting.
fn hostile(index: usize) -> Value {
    match index % 16 {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(0),
        3 => json!(-1),
        4 => json!(1e308),
        5 => json!(u64::MAX),
        6 => json!(-9.5e-300),
        7 => json!(""),
        8 => json!("\u{1b}[31m\n\u{202e}\u{0}é日本🙂"),
        9 => json!("x".repeat(100_000)),
        10 => json!([]),
        11 => json!({}),
        12 => json!([1, "two", null, {"three": 3}]),
        13 => json!("2022-01-01 10:00:00Z"),
        14 => json!("00000000-0000-0000-0000-00000000000G"),
        _ => {
            // Nested deeper than serde_json's recursion limit (128).
            let mut value = json!(0);
            for _ in 0..200 {
                value = json!([value]);
            }
            value
        }
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), any::<usize>()).prop_map(|(site, with)| Mutation::Retype { site, with }),
        3 => (any::<usize>(), any::<usize>()).prop_map(|(key, with)| Mutation::RetypeTopLevel { key, with }),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(site, key)| Mutation::DropKey { site, key }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(site, with)| Mutation::AddKey { site, with }),
        1 => any::<usize>().prop_map(|site| Mutation::Duplicate { site }),
        1 => (0usize..1000).prop_map(|at| Mutation::Truncate { at }),
    ]
}

/// Every node of `value`, pre-order, as paths of keys and indexes.
fn sites(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                path.push(Step::Key(key.clone()));
                sites(child, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                path.push(Step::Index(index));
                sites(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn node<'v>(value: &'v mut Value, path: &[Step]) -> &'v mut Value {
    path.iter().fold(value, |value, step| match (step, value) {
        (Step::Key(key), Value::Object(map)) => map.get_mut(key).expect("a listed key"),
        (Step::Index(index), Value::Array(items)) => &mut items[*index],
        _ => unreachable!("sites() lists existing nodes only"),
    })
}

/// Applies `mutation`; returns the text to check and, for a value retyped right under
/// the root object, its key.
fn apply(example: &str, mutation: &Mutation) -> (String, Option<String>) {
    let mut value: Value = serde_json::from_str(example).expect("examples are JSON");
    let mut all = Vec::new();
    sites(&value, &mut Vec::new(), &mut all);
    let pick = |site: usize| all[site % all.len()].clone();
    let mut top_level_key = None;
    match mutation {
        Mutation::Retype { site, with } => {
            let path = pick(*site);
            if let ([Step::Key(key)], true) = (path.as_slice(), value.is_object()) {
                top_level_key = Some(key.clone());
            }
            *node(&mut value, &path) = hostile(*with);
        }
        Mutation::RetypeTopLevel { key, with } => {
            if let Value::Object(map) = &mut value
                && !map.is_empty()
            {
                let name = map.keys().nth(key % map.len()).cloned().expect("in range");
                map.insert(name.clone(), hostile(*with));
                top_level_key = Some(name);
            }
        }
        Mutation::DropKey { site, key } => {
            if let Value::Object(map) = node(&mut value, &pick(*site))
                && !map.is_empty()
            {
                let name = map.keys().nth(key % map.len()).cloned().expect("in range");
                map.remove(&name);
            }
        }
        Mutation::AddKey { site, with } => {
            if let Value::Object(map) = node(&mut value, &pick(*site)) {
                map.insert("zz_not_in_any_schema".to_owned(), hostile(*with));
            }
        }
        Mutation::Duplicate { site } => {
            if let Value::Array(items) = node(&mut value, &pick(*site))
                && let Some(first) = items.first().cloned()
            {
                items.push(first);
            }
        }
        Mutation::Truncate { at } => {
            let text = value.to_string();
            let mut cut = text.len() * at / 1000;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return (text[..cut].to_owned(), None);
        }
    }
    (value.to_string(), top_level_key)
}

fn seed() -> u64 {
    match Config::default().rng_seed {
        RngSeed::Fixed(seed) => seed,
        RngSeed::Random => SEED,
    }
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        rng_algorithm: RngAlgorithm::XorShift,
        rng_seed: RngSeed::Fixed(seed()),
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..Config::default()
    })
}

fn replay_hint(test: &str) -> String {
    let seed = seed();
    format!(
        "seed {seed}: replay with \
         `PROPTEST_RNG_SEED={seed} cargo test -p conference-tests --test fuzz_decoding {test}`"
    )
}

/// Every example that is a JSON object with keys: (family, pointer, example, check).
fn object_examples() -> Vec<(&'static str, &'static str, Value, Check)> {
    FAMILIES
        .iter()
        .flat_map(|(family, examples)| {
            examples.iter().filter_map(move |(pointer, json, check)| {
                let value: Value = serde_json::from_str(json).ok()?;
                let keys = value.as_object().is_some_and(|map| !map.is_empty());
                keys.then_some((*family, *pointer, value, *check))
            })
        })
        .collect()
}

/// Whether a check fails with `value` at `key` of `example`: hostile values, not the
/// last (a document nested past serde_json's limit fails before any field is read).
fn retyped(example: &Value, key: &str, with: usize) -> String {
    let mut value = example.clone();
    value[key] = hostile(with % 15);
    value.to_string()
}

#[test]
fn a_value_retyped_at_a_top_level_key_is_named_by_it() {
    let examples = object_examples();
    // The keys some hostile value breaks: a key that takes any JSON has nothing to name.
    let keys: Vec<(usize, &str)> = examples
        .iter()
        .enumerate()
        .flat_map(|(index, (_, _, example, check))| {
            let map = example.as_object().expect("an object");
            map.keys()
                .filter(|key| (0..15).any(|with| check(&retyped(example, key, with)).is_err()))
                .map(move |key| (index, key.as_str()))
        })
        .collect();
    println!("{} keys of {} object examples", keys.len(), examples.len());
    assert!(keys.len() > 100, "{} keys to retype", keys.len());
    let mut runner = runner();
    let result = runner.run(&(any::<usize>(), any::<usize>()), |(pick, with)| {
        let (index, key) = keys[pick % keys.len()];
        let (family, pointer, example, check) = &examples[index];
        // From `with` on, the first hostile value that breaks the key.
        let (text, why) = (0..15)
            .find_map(|offset| {
                let text = retyped(example, key, with.wrapping_add(offset));
                check(&text).err().map(|why| (text, why))
            })
            .expect("a key some value breaks");
        prop_assert!(
            why.contains(key),
            "the error does not name `{}`: {}\n{} {} with {}",
            key,
            why,
            family,
            pointer,
            text.chars().take(300).collect::<String>()
        );
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}\n{}", replay_hint("a_value_retyped"));
    }
}

#[test]
fn mutated_examples_never_panic_and_failures_name_the_field() {
    let examples: Vec<(&str, &str, &str, Check)> = FAMILIES
        .iter()
        .flat_map(|(family, examples)| {
            examples
                .iter()
                .map(move |(pointer, json, check)| (*family, *pointer, *json, *check))
        })
        .collect();
    assert!(examples.len() > 3_000, "{} examples", examples.len());

    let mut runner = runner();
    // Most examples are single values; half the cases take an object example, where
    // a top-level key can be named.
    let objects: Vec<usize> = (0..examples.len())
        .filter(|&i| examples[i].2.trim_start().starts_with('{'))
        .collect();
    let strategy = (
        any::<bool>(),
        any::<usize>(),
        proptest::collection::vec(mutation(), 1..4),
    );
    // How many failures were checked for naming their key: the property is exercised.
    let named = std::sync::atomic::AtomicU32::new(0);
    let result = runner.run(&strategy, |(object, pick, mutations)| {
        let index = if object {
            objects[pick % objects.len()]
        } else {
            pick % examples.len()
        };
        let (family, pointer, example, check) = examples[index];
        // Several mutations apply in turn; the key is kept only for a single one.
        let mut text = example.to_owned();
        let mut key = None;
        for mutation in &mutations {
            let (next, top) = apply(&text, mutation);
            text = next;
            key = top;
            if serde_json::from_str::<Value>(&text).is_err() {
                break;
            }
        }
        // A document too deep for serde_json fails before any field is read.
        let single = mutations.len() == 1 && serde_json::from_str::<Value>(&text).is_ok();
        let context = || format!("{family} {pointer}, after {mutations:?}");
        let first = catch_unwind(AssertUnwindSafe(|| check(&text)))
            .map_err(|_| TestCaseError::fail(format!("panicked: {}", context())))?;
        let second = check(&text);
        prop_assert_eq!(&first, &second, "not deterministic: {}", context());
        if let Err(why) = &first {
            prop_assert!(!why.trim().is_empty(), "empty error: {}", context());
            if let (true, Some(key)) = (single, key) {
                named.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                prop_assert!(
                    why.contains(&key),
                    "the error does not name `{}`: {}\n{}",
                    key,
                    why,
                    context()
                );
            }
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}\n{}", replay_hint("mutated_examples"));
    }
    let named = named.into_inner();
    assert!(
        named > cases() / 200,
        "only {named} failures were checked for their key"
    );
}

/// Whether a check failed on a value of the wrong JSON type: a request names the `type`
/// rule (`(rule: type string)`), a response serde's "invalid type".
fn wrong_type(outcome: &Result<(), String>) -> bool {
    outcome
        .as_ref()
        .is_err_and(|why| why.contains("(rule: type ") || why.contains("invalid type:"))
}

/// The request and response types of a schema both sides share differ in the values
/// they take (rules, enum values, unknown keys), never in JSON types: a value of the
/// wrong type that one refuses, the other refuses too. Without this, a decoder that
/// took a number for a string passed every other property here.
#[test]
fn both_types_of_a_shared_schema_refuse_a_wrong_json_type() {
    // A pointer listed twice: its example is checked against both types.
    let mut first = std::collections::HashMap::new();
    let mut pairs = Vec::new();
    for (family, examples) in FAMILIES {
        for (pointer, json, check) in *examples {
            if let Some(other) = first.insert((*family, *pointer), *check) {
                pairs.push((*family, *pointer, *json, other, *check));
            }
        }
    }
    assert!(pairs.len() > 500, "{} shared examples", pairs.len());
    let mut runner = runner();
    // Hostile values but the last: nesting past serde_json's limit fails before types.
    let result = runner.run(
        &(any::<usize>(), any::<usize>(), 0usize..15),
        |(pick, site, with)| {
            let (family, pointer, json, one, other) = pairs[pick % pairs.len()];
            let (text, _) = apply(json, &Mutation::Retype { site, with });
            let (a, b) = (one(&text), other(&text));
            prop_assert!(
                !(wrong_type(&a) && b.is_ok() || wrong_type(&b) && a.is_ok()),
                "one type refuses a wrong JSON type, the other takes it: {:?} / {:?}\n{} {} as {}",
                a,
                b,
                family,
                pointer,
                text.chars().take(300).collect::<String>()
            );
            Ok(())
        },
    );
    if let Err(error) = result {
        panic!("{error}\n{}", replay_hint("both_types"));
    }
}

/// The mutations do what they say (a fuzzer that changes nothing finds nothing).
#[test]
fn mutations_change_the_document() {
    let example = r#"{"a":{"b":[1,2]},"c":"x"}"#;
    let (text, key) = apply(example, &Mutation::Retype { site: 3, with: 7 });
    assert_eq!(text, r#"{"a":{"b":["",2]},"c":"x"}"#);
    assert_eq!(key, None, "site 3 is inside b");
    let (text, key) = apply(example, &Mutation::Retype { site: 5, with: 0 });
    assert_eq!(text, r#"{"a":{"b":[1,2]},"c":null}"#);
    assert_eq!(key.as_deref(), Some("c"));
    let (text, _) = apply(example, &Mutation::DropKey { site: 0, key: 0 });
    assert_eq!(text, r#"{"c":"x"}"#);
    let (text, _) = apply(example, &Mutation::Duplicate { site: 2 });
    assert_eq!(text, r#"{"a":{"b":[1,2,1]},"c":"x"}"#);
    let (text, _) = apply(example, &Mutation::AddKey { site: 1, with: 1 });
    assert_eq!(
        text,
        r#"{"a":{"b":[1,2],"zz_not_in_any_schema":true},"c":"x"}"#
    );
    let (text, _) = apply(example, &Mutation::Truncate { at: 500 });
    assert_eq!(text, r#"{"a":{"b":[1"#);
}
