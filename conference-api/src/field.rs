//! What generated builders and value types use to check raw values, and what they tell
//! tools (a command line, a form) about each field.

use crate::validation::{Rule, ValidationError, ValidationErrors, code_points, excerpt};
use serde::Deserialize;
use serde_json::{Map, Value};

/// One field of a request type: its wire name, documentation and rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    /// The name on the wire (`display_name`).
    pub name: &'static str,
    /// The schema's description.
    pub doc: &'static str,
    /// Whether a request must have it.
    pub required: bool,
    /// The kind of JSON value it takes.
    pub kind: FieldKind,
    /// Its rules in words (`text, at most 200 characters`).
    pub rules: &'static str,
    /// The schema's default, which the server applies when the field is unset.
    pub default: Option<&'static str>,
}

/// The kind of JSON value a field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldKind {
    /// A JSON string (text, date-times, UUIDs, string enums).
    String,
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    Integer,
    /// Any number (number enums).
    Number,
    /// An object, an array or any JSON value.
    Json,
}

/// A type a raw JSON value can be checked against and converted into. Implemented by
/// every generated type and by the scalars generated code uses.
#[doc(hidden)]
pub trait FromJson: Sized {
    /// Checks without converting. Allocates nothing when the value is valid.
    fn check_json(value: &Value) -> Result<(), ValidationError>;
    /// Converts, reusing the value's allocation where it can.
    fn from_json(value: Value) -> Result<Self, ValidationError>;
}

/// "expected a string, got a number".
pub fn type_violation(expected: &'static str, got: &Value) -> ValidationError {
    let got = match got {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    let article = if expected.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    ValidationError::new(
        "",
        Rule::Type(expected),
        format!("expected {article} {expected}, got {got}"),
    )
}

/// The violation of a length, pattern or bound rule by `value`, in words.
pub fn violation(rule: Rule, value: &str) -> ValidationError {
    let problem = match rule {
        Rule::MaxLength(max) => {
            let length = code_points(value);
            format!(
                "is {length} characters long, {} over the limit of {max}; shorten it",
                length.saturating_sub(max)
            )
        }
        Rule::MinLength(min) => {
            let length = code_points(value);
            format!("is {length} characters long; it needs at least {min}")
        }
        Rule::Pattern(pattern) => {
            format!("{} does not match the pattern {pattern}", excerpt(value))
        }
        Rule::Minimum(min) => format!("{value} is below the minimum {min}"),
        Rule::Maximum(max) => format!("{value} is above the maximum {max}"),
        Rule::Enum(values) => return enum_violation(values, value),
        Rule::Required => "is required but was not given".to_owned(),
        Rule::Format(format) => format!("{} is not a valid {format}", excerpt(value)),
        Rule::Type(expected) => format!("expected {expected}"),
    };
    ValidationError::new("", rule, problem)
}

/// "`4k` is not one of: 720p, 1080p".
pub fn enum_violation(values: &'static [&'static str], got: &str) -> ValidationError {
    ValidationError::new(
        "",
        Rule::Enum(values),
        format!("{} is not one of: {}", excerpt(got), values.join(", ")),
    )
}

/// A raw value for a builder field; `to_value` cannot fail for generated types, and a
/// failure would surface as a type violation when the builder is built.
pub fn to_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// `deserialize_with` for builder fields: a key that is present is kept, `null` included,
/// so that `"name": null` is reported instead of read as "not given".
pub fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

/// A nested request object given as raw JSON.
pub fn nested_from_json<T: serde::de::DeserializeOwned>(
    value: Value,
) -> Result<T, ValidationError> {
    if !value.is_object() {
        return Err(type_violation("object", &value));
    }
    serde_json::from_value(value)
        .map_err(|e| ValidationError::new("", Rule::Type("object"), e.to_string()))
}

fn missing(field: &'static str) -> ValidationError {
    ValidationError::new(field, Rule::Required, "is required but was not given")
}

/// A required field: recorded as missing, or converted.
pub fn required<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: Option<Value>,
) -> Option<T> {
    match raw {
        None => {
            errors.push(missing(field));
            None
        }
        Some(value) => errors.check(T::from_json(value).map_err(|e| e.at(field))),
    }
}

/// An optional field: `None` when absent (or invalid, which is recorded).
pub fn optional<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: Option<Value>,
) -> Option<T> {
    required(errors, field, Some(raw?))
}

/// A required field that may be `null`.
pub fn required_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: Option<Value>,
) -> Option<Option<T>> {
    match raw {
        Some(Value::Null) => Some(None),
        other => required(errors, field, other).map(Some),
    }
}

/// An optional field that may be `null`: absent, `null`, or a value.
pub fn optional_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: Option<Value>,
) -> Option<Option<T>> {
    match raw {
        None => None,
        Some(Value::Null) => Some(None),
        Some(value) => required(errors, field, Some(value)).map(Some),
    }
}

/// [`required`] without converting.
#[inline]
pub fn check_required<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: &Option<Value>,
) {
    match raw {
        None => errors.push(missing(field)),
        Some(value) => {
            errors.check(T::check_json(value).map_err(|e| e.at(field)));
        }
    }
}

/// [`optional`] without converting.
#[inline]
pub fn check_optional<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: &Option<Value>,
) {
    if raw.is_some() {
        check_required::<T>(errors, field, raw);
    }
}

/// [`required_nullable`] without converting.
#[inline]
pub fn check_required_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: &Option<Value>,
) {
    if !matches!(raw, Some(Value::Null)) {
        check_required::<T>(errors, field, raw);
    }
}

/// [`optional_nullable`] without converting.
#[inline]
pub fn check_optional_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    field: &'static str,
    raw: &Option<Value>,
) {
    if !matches!(raw, None | Some(Value::Null)) {
        check_required::<T>(errors, field, raw);
    }
}

impl FromJson for String {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        match value {
            Value::String(_) => Ok(()),
            other => Err(type_violation("string", other)),
        }
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(type_violation("string", &other)),
        }
    }
}

impl FromJson for bool {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        value
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| type_violation("boolean", value))
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        value
            .as_bool()
            .ok_or_else(|| type_violation("boolean", &value))
    }
}

impl FromJson for i64 {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        Self::from_json(value.clone()).map(|_| ())
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        value
            .as_i64()
            .ok_or_else(|| type_violation("integer", &value))
    }
}

impl FromJson for i32 {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        Self::from_json(value.clone()).map(|_| ())
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        let wide = i64::from_json(value)?;
        i32::try_from(wide).map_err(|_| {
            ValidationError::new(
                "",
                Rule::Type("32-bit integer"),
                format!("{wide} does not fit in a 32-bit integer"),
            )
        })
    }
}

impl FromJson for f64 {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        Self::from_json(value.clone()).map(|_| ())
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        value
            .as_f64()
            .ok_or_else(|| type_violation("number", &value))
    }
}

impl FromJson for crate::DateTime {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        match value {
            // `check` skips building the value; `parse` words the problem when there is one.
            Value::String(text) => match crate::DateTime::check(text) {
                Ok(()) => Ok(()),
                Err(_) => crate::DateTime::parse(text).map(|_| ()),
            },
            other => Err(type_violation("string", other)),
        }
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        match value {
            Value::String(text) => crate::DateTime::parse(&text),
            other => Err(type_violation("string", &other)),
        }
    }
}

impl FromJson for uuid::Uuid {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        match value {
            Value::String(text) => parse_uuid(text).map(|_| ()),
            other => Err(type_violation("string", other)),
        }
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        match &value {
            Value::String(text) => parse_uuid(text),
            other => Err(type_violation("string", other)),
        }
    }
}

fn parse_uuid(text: &str) -> Result<uuid::Uuid, ValidationError> {
    uuid::Uuid::parse_str(text).map_err(|e| {
        ValidationError::new(
            "",
            Rule::Format("uuid"),
            format!("{} is not a UUID: {e}", excerpt(text)),
        )
    })
}

impl FromJson for Map<String, Value> {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        match value {
            Value::Object(_) => Ok(()),
            other => Err(type_violation("object", other)),
        }
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        match value {
            Value::Object(map) => Ok(map),
            other => Err(type_violation("object", &other)),
        }
    }
}

impl FromJson for Value {
    fn check_json(_: &Value) -> Result<(), ValidationError> {
        Ok(())
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        Ok(value)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    #[inline]
    fn check_json(value: &Value) -> Result<(), ValidationError> {
        match value {
            Value::Array(items) => items.iter().try_for_each(T::check_json),
            other => Err(type_violation("array", other)),
        }
    }
    fn from_json(value: Value) -> Result<Self, ValidationError> {
        match value {
            Value::Array(items) => items.into_iter().map(T::from_json).collect(),
            other => Err(type_violation("array", &other)),
        }
    }
}
