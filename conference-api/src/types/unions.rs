//! What generated unions and constant values use to check a request value: which
//! variant it fits, and in words why it fits none.

use crate::types::collections::json_equal;
use crate::types::path::Path;
use crate::types::report::type_violation;
use crate::types::validation::{Rule, ValidationError, ValidationErrors, excerpt};
use serde_json::Value;

/// How many variants of a union a request value must fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnionKind {
    /// Exactly one (`oneOf`).
    OneOf,
    /// At least one; the first is taken (`anyOf`).
    AnyOf,
}

/// The check of one variant: `<T as FromJson>::check_json`.
pub type CheckFn = for<'v, 'p, 'e> fn(&'v Value, Path<'p>, &'e mut ValidationErrors);

/// The index of the variant `value` fits, or `None` after recording why it fits none
/// (or, for `oneOf`, more than one). Variants are tried in order; `anyOf` stops at the
/// first that fits, so a valid value whose first variant fits allocates nothing.
pub fn union_choice(
    checks: &[CheckFn],
    names: &'static [&'static str],
    kind: UnionKind,
    value: &Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<usize> {
    let mut fits = Vec::new();
    let mut misfits: Vec<(usize, ValidationErrors)> = Vec::new();
    for (i, check) in checks.iter().enumerate() {
        let mut trial = ValidationErrors::new();
        check(value, at, &mut trial);
        if trial.is_empty() {
            if kind == UnionKind::AnyOf {
                return Some(i);
            }
            fits.push(i);
        } else {
            misfits.push((i, trial));
        }
    }
    let rule = match kind {
        UnionKind::OneOf => Rule::OneOf(names),
        UnionKind::AnyOf => Rule::AnyOf(names),
    };
    match fits.as_slice() {
        [one] => Some(*one),
        [] => {
            let reasons: Vec<String> = misfits
                .iter()
                .map(|(i, trial)| {
                    let first = trial.iter().next().map_or_else(String::new, |e| {
                        let problem = e.problem();
                        if e.field() == at.render() || e.field().is_empty() {
                            problem.to_owned()
                        } else {
                            format!("{}: {problem}", e.field())
                        }
                    });
                    format!("{} ({first})", names.get(*i).copied().unwrap_or("?"))
                })
                .collect();
            errors.push(ValidationError::new(
                at.render(),
                rule,
                format!(
                    "fits none of the variants it may be: {}",
                    reasons.join("; ")
                ),
            ));
            None
        }
        many => {
            let matched: Vec<&str> = many.iter().filter_map(|i| names.get(*i).copied()).collect();
            errors.push(ValidationError::new(
                at.render(),
                rule,
                format!(
                    "fits more than one variant ({}), and oneOf allows exactly one",
                    matched.join(", ")
                ),
            ));
            None
        }
    }
}

/// The discriminator's value of a request value, if it is one of `tags`; else records
/// what is wrong (not an object, the property missing or unknown) and returns `None`.
pub fn union_tag<'v>(
    value: &'v Value,
    property: &'static str,
    tags: &'static [&'static str],
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<&'v str> {
    let Value::Object(object) = value else {
        errors.push(type_violation("object", value).at(at.render()));
        return None;
    };
    let field = at.field(property);
    match object.get(property) {
        Some(Value::String(tag)) if tags.contains(&tag.as_str()) => Some(tag),
        Some(Value::String(tag)) => {
            errors.push(ValidationError::new(
                field.render(),
                Rule::Enum(tags),
                format!(
                    "{} selects no variant; it is one of: {}",
                    excerpt(tag),
                    tags.join(", ")
                ),
            ));
            None
        }
        Some(other) => {
            errors.push(type_violation("string", other).at(field.render()));
            None
        }
        None => {
            errors.push(ValidationError::new(
                field.render(),
                Rule::Required,
                format!("is required: it selects the variant ({})", tags.join(", ")),
            ));
            None
        }
    }
}

/// One variant's attempt at a response value: the value, and whether it kept all of it.
pub type TryVariant<U> = fn(&Value) -> Option<(U, bool)>;

/// Decodes `value` as `T`, and says whether `T` kept all of it ([`keeps_all`]).
pub fn try_variant<T: serde::de::DeserializeOwned + serde::Serialize>(
    value: &Value,
) -> Option<(T, bool)> {
    let decoded = T::deserialize(value).ok()?;
    let whole = keeps_all(value, &decoded);
    Some((decoded, whole))
}

/// The first variant that keeps the whole value, else the first that decodes it.
pub fn first_fitting<U>(value: &Value, tries: &[TryVariant<U>]) -> Option<U> {
    let mut first = None;
    for attempt in tries {
        match attempt(value) {
            Some((decoded, true)) => return Some(decoded),
            Some((decoded, false)) => first = first.or(Some(decoded)),
            None => {}
        }
    }
    first
}

/// Whether `decoded`, written back as JSON, still holds everything `input` says: every
/// key with a value, every item, every scalar. A lenient type that ignored a field of
/// the input does not.
pub fn keeps_all<T: serde::Serialize>(input: &Value, decoded: &T) -> bool {
    serde_json::to_value(decoded).is_ok_and(|written| covers(&written, input))
}

fn covers(written: &Value, input: &Value) -> bool {
    match (written, input) {
        (_, Value::Null) => true,
        (Value::Object(written), Value::Object(input)) => input.iter().all(|(key, value)| {
            value.is_null() || written.get(key).is_some_and(|w| covers(w, value))
        }),
        (Value::Array(written), Value::Array(input)) => {
            written.len() == input.len() && written.iter().zip(input).all(|(w, i)| covers(w, i))
        }
        _ => json_equal(written, input),
    }
}

/// `Ok` if `value` is one of the JSON values written in `texts` (numbers compare by
/// value: `1` and `1.0` are equal, as JSON Schema says).
pub fn one_of_values(value: &Value, texts: &'static [&'static str]) -> Result<(), ValidationError> {
    let listed = texts.iter().any(|text| {
        serde_json::from_str::<Value>(text).is_ok_and(|listed| json_equal(&listed, value))
    });
    if listed {
        Ok(())
    } else {
        Err(ValidationError::new(
            "",
            Rule::Enum(texts),
            format!(
                "{} is not one of: {}",
                excerpt(&value.to_string()),
                texts.join(", ")
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::from_json::FromJson;
    use serde_json::json;

    fn string(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        String::check_json(value, at, errors);
    }

    fn integer(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        i64::check_json(value, at, errors);
    }

    const NAMES: &[&str] = &["Text", "Count"];

    #[test]
    fn any_of_takes_the_first_variant_that_fits() {
        let mut errors = ValidationErrors::new();
        let checks: [CheckFn; 2] = [string, integer];
        let choice = union_choice(
            &checks,
            NAMES,
            UnionKind::AnyOf,
            &json!(3),
            Path::Root,
            &mut errors,
        );
        assert_eq!((choice, errors.len()), (Some(1), 0));
    }

    #[test]
    fn a_value_that_fits_no_variant_says_what_was_tried() {
        let mut errors = ValidationErrors::new();
        let checks: [CheckFn; 2] = [string, integer];
        let root = Path::Root;
        let choice = union_choice(
            &checks,
            NAMES,
            UnionKind::OneOf,
            &json!(true),
            root.field("value"),
            &mut errors,
        );
        assert_eq!(choice, None);
        let error = errors.iter().next().unwrap();
        assert_eq!(error.field(), "value");
        assert!(
            error
                .problem()
                .contains("Text (expected a string, got a boolean)"),
            "{error}"
        );
        assert!(error.problem().contains("Count ("), "{error}");
    }

    #[test]
    fn one_of_refuses_a_value_that_fits_twice() {
        let mut errors = ValidationErrors::new();
        let checks: [CheckFn; 2] = [string, string];
        let choice = union_choice(
            &checks,
            NAMES,
            UnionKind::OneOf,
            &json!("x"),
            Path::Root,
            &mut errors,
        );
        assert_eq!(choice, None);
        assert!(
            errors
                .to_string()
                .contains("fits more than one variant (Text, Count)"),
            "{errors}"
        );
    }

    #[test]
    fn tags_select_variants_and_unknown_tags_are_named() {
        let mut errors = ValidationErrors::new();
        let tags: &'static [&'static str] = &["chat", "delete"];
        let value = json!({"method": "chat"});
        assert_eq!(
            union_tag(&value, "method", tags, Path::Root, &mut errors),
            Some("chat")
        );
        let value = json!({"method": "chta"});
        assert_eq!(
            union_tag(&value, "method", tags, Path::Root, &mut errors),
            None
        );
        assert!(
            errors
                .to_string()
                .contains("method: \"chta\" selects no variant"),
            "{errors}"
        );
    }

    #[test]
    fn a_value_is_kept_whole_only_when_no_field_was_dropped() {
        let input = json!({"a": 1, "b": {"c": [1, 2]}, "d": null});
        assert!(keeps_all(&input, &json!({"a": 1.0, "b": {"c": [1, 2]}})));
        assert!(!keeps_all(&input, &json!({"a": 1, "b": {}})));
        assert!(!keeps_all(&input, &json!({"a": 1, "b": {"c": [1]}})));
    }

    #[test]
    fn constant_values_compare_numbers_by_value() {
        assert!(one_of_values(&json!(1.0), &["1", "true"]).is_ok());
        assert!(one_of_values(&json!(true), &["1", "true"]).is_ok());
        assert!(one_of_values(&json!("1"), &["1", "true"]).is_err());
    }
}
