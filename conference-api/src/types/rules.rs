//! Rules on a request value's JSON as a whole, which its Rust type cannot hold: how many
//! keys an object has, `not`, `if`/`then`/`else`, the keys its properties do not list;
//! and the lenient reading of those keys in responses.

use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::report::record;
use crate::types::unions::CheckFn;
use crate::types::validation::{Rule, ValidationError, ValidationErrors};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// `minProperties`/`maxProperties` of an object (`max` is `u64::MAX` when there is none).
pub fn count_properties(
    value: &Value,
    min: u64,
    max: u64,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) {
    let Value::Object(object) = value else {
        return;
    };
    let count = object.values().filter(|v| !v.is_null()).count() as u64;
    let rule = if count < min {
        Rule::MinProperties(min)
    } else if count > max {
        Rule::MaxProperties(max)
    } else {
        return;
    };
    record(
        errors,
        at,
        crate::types::report::count_violation(rule, count as usize),
    );
}

/// `not`: the value must not be valid against the schema `not` checks.
pub fn check_not(value: &Value, not: CheckFn, at: Path<'_>, errors: &mut ValidationErrors) {
    let mut trial = ValidationErrors::new();
    not(value, at, &mut trial);
    if trial.is_empty() {
        record(
            errors,
            at,
            ValidationError::new("", Rule::Not, "matches a schema it must not match (`not`)"),
        );
    }
}

/// `if`/`then`/`else`: a value valid against `condition` must be valid against `then`,
/// any other against `otherwise`; their violations are reported as they are.
pub fn check_if(
    value: &Value,
    condition: CheckFn,
    then: Option<CheckFn>,
    otherwise: Option<CheckFn>,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) {
    let mut trial = ValidationErrors::new();
    condition(value, at, &mut trial);
    let branch = if trial.is_empty() { then } else { otherwise };
    if let Some(check) = branch {
        check(value, at, errors);
    }
}

/// Checks the keys of `object` that are not in `known` against `T`.
pub fn check_extra<T: FromJson>(
    object: &Map<String, Value>,
    known: &[&str],
    at: Path<'_>,
    errors: &mut ValidationErrors,
) {
    for (key, value) in object {
        if !known.contains(&key.as_str()) {
            T::check_json(value, at.field(key), errors);
        }
    }
}

/// Converts the keys of `object` that are not in `known` into `T`s.
pub fn extra_from_json<T: FromJson>(
    object: &mut Map<String, Value>,
    known: &[&str],
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> BTreeMap<String, T> {
    let mut extra = BTreeMap::new();
    let keys: Vec<String> = object
        .keys()
        .filter(|key| !known.contains(&key.as_str()))
        .cloned()
        .collect();
    for key in keys {
        let Some(value) = object.remove(&key) else {
            continue;
        };
        if let Some(converted) = T::from_json(value, at.field(&key), errors) {
            extra.insert(key, converted);
        }
    }
    extra
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn string(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        String::check_json(value, at, errors);
    }

    #[test]
    fn property_counts_ignore_nulls() {
        let mut errors = ValidationErrors::new();
        count_properties(
            &json!({"a": 1, "b": null}),
            2,
            u64::MAX,
            Path::Root,
            &mut errors,
        );
        assert!(errors.to_string().contains("minProperties 2"), "{errors}");
    }

    #[test]
    fn not_refuses_what_matches() {
        let mut errors = ValidationErrors::new();
        let root = Path::Root;
        check_not(&json!(1), string, root.field("a"), &mut errors);
        assert!(errors.is_empty());
        check_not(&json!("x"), string, root.field("a"), &mut errors);
        assert_eq!(
            errors.iter().next().map(|e| (e.field(), e.rule())),
            Some(("a", Rule::Not))
        );
    }

    #[test]
    fn if_picks_then_or_else() {
        let mut errors = ValidationErrors::new();
        fn never(_: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
            record(errors, at, ValidationError::new("", Rule::Not, "never"));
        }
        check_if(
            &json!("x"),
            string,
            None,
            Some(never),
            Path::Root,
            &mut errors,
        );
        assert!(errors.is_empty());
        check_if(
            &json!(1),
            string,
            None,
            Some(never),
            Path::Root,
            &mut errors,
        );
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn extra_keys_are_checked_and_kept() {
        let mut errors = ValidationErrors::new();
        let mut object = json!({"known": 1, "a": "x", "b": 2})
            .as_object()
            .cloned()
            .unwrap();
        let extra: BTreeMap<String, String> =
            extra_from_json(&mut object, &["known"], Path::Root, &mut errors);
        assert_eq!(extra.keys().collect::<Vec<_>>(), ["a"]);
        assert_eq!(
            errors
                .iter()
                .next()
                .map(|e| e.field().to_owned())
                .as_deref(),
            Some("b")
        );
    }
}
