//! Recording what is wrong with a value: the violations generated checks and the
//! readers build, each worded when printed, and where they are recorded.

use crate::types::path::Path;
use crate::types::validation::{
    Clip, Detail, EXCERPT_CHARS, JSON_CHARS, Rule, ValidationError, ValidationErrors, code_points,
};
use serde_json::Value;
use std::borrow::Cow;

/// Records `error` for the value at `at` (a value's own check does not know where the
/// value sits; this is the one place the path is rendered).
#[cold]
#[inline(never)]
pub fn record(errors: &mut ValidationErrors, at: Path<'_>, error: ValidationError) {
    errors.push(error.at(at.render_cow()));
}

/// Records a type violation: `value` is not the JSON type `expected`. Out of line, so
/// that the checks that call it stay small enough to inline.
#[cold]
#[inline(never)]
pub fn record_type(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    expected: &'static str,
    value: &Value,
) {
    record(errors, at, type_violation(expected, value));
}

/// Records the violation of `rule` by `value` (see [`violation`]). Out of line, like
/// [`record_type`].
#[cold]
#[inline(never)]
pub fn record_violation(errors: &mut ValidationErrors, at: Path<'_>, rule: Rule, value: &str) {
    // Made at its path at once: no violation to move and re-address.
    errors.push(ValidationError::with_detail(
        at.render_cow(),
        rule,
        violation_detail(rule, value),
    ));
}

/// The violations of a refused value: never none.
#[cold]
pub(crate) fn refusal(mut errors: ValidationErrors) -> ValidationErrors {
    if errors.is_empty() {
        // A `FromJson` impl must record why it refused; never report nothing.
        errors.push(ValidationError::new(
            "",
            Rule::Type("value"),
            "was refused without a reason (a bug in conference-api: please report it)",
        ));
    }
    errors
}

/// "expected a string, got a number".
pub fn type_violation(expected: &'static str, got: &Value) -> ValidationError {
    type_violation_of(expected, json_kind(got))
}

/// The JSON type of `value`, as messages name it (`a number`).
pub(crate) fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// "expected a string, got a number", where `got` names the JSON type (`a number`).
pub fn type_violation_of(expected: &'static str, got: &'static str) -> ValidationError {
    ValidationError::with_detail(Cow::Borrowed(""), Rule::Type(expected), Detail::Got(got))
}

/// The violation of `rule` by a value, in words that name the value's problem (worded
/// when it is read: this only keeps what the words need).
///
/// What `value` holds depends on the rule: the string itself for string rules
/// (`maxLength`, `pattern`, `format`, `enum`); the number's text for number rules; the
/// count for `minItems`, `maxItems`, `minProperties` and `maxProperties`; which items are
/// equal for `uniqueItems` (`items 0 and 2`); the value's JSON text for `const`, `oneOf`,
/// `anyOf` and `not`; the key for an unknown field.
pub fn violation(rule: Rule, value: &str) -> ValidationError {
    ValidationError::with_detail(Cow::Borrowed(""), rule, violation_detail(rule, value))
}

/// What [`violation`] keeps of `value` for `rule`.
fn violation_detail(rule: Rule, value: &str) -> Detail {
    match rule {
        Rule::MaxLength(_) | Rule::MinLength(_) => Detail::Length(code_points(value)),
        Rule::Pattern(_) | Rule::Enum(_) | Rule::Format(_) => {
            Detail::Quoted(Clip::new(value, EXCERPT_CHARS))
        }
        Rule::Minimum(_)
        | Rule::Maximum(_)
        | Rule::ExclusiveMinimum(_)
        | Rule::ExclusiveMaximum(_)
        | Rule::MultipleOf(_)
        | Rule::MinItems(_)
        | Rule::MaxItems(_)
        | Rule::UniqueItems
        | Rule::MinProperties(_)
        | Rule::MaxProperties(_) => Detail::Plain(value.to_owned()),
        Rule::OneOf(_) | Rule::AnyOf(_) | Rule::Not => Detail::Json(Clip::new(value, JSON_CHARS)),
        Rule::UnknownField => Detail::Worded(Cow::Borrowed("is not a field of this object")),
        Rule::Required => Detail::Worded(Cow::Borrowed("is required but was not given")),
        Rule::Type(expected) => Detail::Worded(Cow::Owned(format!("expected {expected}"))),
    }
}

/// JSON text cut to a readable length for a message.
fn shorten(text: &str) -> String {
    Clip::new(text, JSON_CHARS).text(false)
}

/// The violation of a count rule (`minItems`, `maxItems`, `minProperties`,
/// `maxProperties`) by a value with `count` items or entries.
pub fn count_violation(rule: Rule, count: usize) -> ValidationError {
    ValidationError::with_detail(Cow::Borrowed(""), rule, Detail::Plain(count.to_string()))
}

/// Items `first` and `second` of an array are equal (`uniqueItems`).
pub fn duplicate_violation(first: usize, second: usize) -> ValidationError {
    ValidationError::with_detail(
        Cow::Borrowed(""),
        Rule::UniqueItems,
        Detail::Plain(format!("items {first} and {second}")),
    )
}

/// A value (its JSON text) that matched none of the `oneOf` variants, or more than one:
/// `matched` names the variants it matched.
pub fn one_of_violation(
    variants: &'static [&'static str],
    value: &str,
    matched: &[&str],
) -> ValidationError {
    if matched.len() < 2 {
        return violation(Rule::OneOf(variants), value);
    }
    ValidationError::new(
        "",
        Rule::OneOf(variants),
        format!(
            "{} matches {} variants ({}); it must match exactly one of: {}",
            shorten(value),
            matched.len(),
            matched.join(", "),
            variants.join(", ")
        ),
    )
}

/// "`4k` is not one of: 720p, 1080p".
pub fn enum_violation(values: &'static [&'static str], got: &str) -> ValidationError {
    violation(Rule::Enum(values), got)
}

/// "is not a field of this object (did you mean display_name?); its fields are: …",
/// worded when it is read.
#[cold]
pub(crate) fn unknown_field(key: &str, known: &'static [&'static str]) -> ValidationError {
    ValidationError::with_detail(
        Cow::Borrowed(""),
        Rule::UnknownField,
        Detail::Unknown {
            key: key.into(),
            known,
        },
    )
}

#[cold]
#[inline(never)]
pub(crate) fn missing(errors: &mut ValidationErrors, at: Path<'_>, field: &'static str) {
    record(
        errors,
        at.named(field),
        ValidationError::new("", Rule::Required, "is required but was not given"),
    );
}
