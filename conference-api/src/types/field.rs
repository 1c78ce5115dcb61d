//! What generated builders and value types use to check raw values, and what they tell
//! tools (a command line, a form) about each field.

use crate::types::from_json::FromJson;
use crate::types::number::JsonNumber;
use crate::types::path::Path;
use crate::types::read::{
    ReadEntries, ReadItems, Scalar, expect_str, non_string, read_option, read_scalar, read_text,
    read_with,
};
use crate::types::report::{
    enum_violation, missing, record, record_type, record_violation, refusal, type_violation,
    type_violation_of, unknown_field,
};
use crate::types::validation::{Rule, ValidationError, ValidationErrors, excerpt};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

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

impl FieldInfo {
    /// A field's description, in the order generated tables list it.
    pub const fn new(
        name: &'static str,
        required: bool,
        kind: FieldKind,
        rules: &'static str,
        default: Option<&'static str>,
        doc: &'static str,
    ) -> FieldInfo {
        FieldInfo {
            name,
            doc,
            required,
            kind,
            rules,
            default,
        }
    }
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

/// Converts a whole request (or any value) from JSON: the value, or every violation.
pub fn from_json_root<T: FromJson>(value: Value) -> Result<T, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    match T::from_json(value, Path::Root, &mut errors) {
        Some(converted) if errors.is_empty() => Ok(converted),
        _ => Err(refusal(errors)),
    }
}

/// The position of `text` among an enum's `values`: a scan for small enums, a binary
/// search through `by_wire` (the positions ordered by value) for large ones, whose
/// generated code is then tables rather than a match arm per value.
#[inline]
pub fn enum_index(values: &[&str], by_wire: &[u32], text: &str) -> Option<usize> {
    if by_wire.is_empty() {
        return values.iter().position(|value| *value == text);
    }
    by_wire
        .binary_search_by(|&i| values[i as usize].cmp(text))
        .ok()
        .map(|k| by_wire[k] as usize)
}

/// A raw value for a builder field; `to_value` cannot fail for generated types, and a
/// failure would surface as a type violation when the builder is built.
pub fn to_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

// ---------------------------------------------------------------------------------------
// Objects: what generated `FromJson` impls of request structs call.

/// The object `value` is; records a type violation at `at` if it is not one.
#[inline]
pub fn object<'v>(
    value: &'v Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<&'v Map<String, Value>> {
    match value {
        Value::Object(object) => Some(object),
        other => {
            record_type(errors, at, "object", other);
            None
        }
    }
}

/// [`object`], taking the value.
#[inline]
pub fn into_object(
    value: Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<Map<String, Value>> {
    match value {
        Value::Object(object) => Some(object),
        other => {
            record_type(errors, at, "object", &other);
            None
        }
    }
}

/// Takes the value of `key` out of `object`, leaving `null` behind: the key stays, so
/// [`unknown_keys`] afterwards still sees the object's keys in their order.
#[inline]
pub fn take(object: &mut Map<String, Value>, key: &str) -> Option<Value> {
    object.get_mut(key).map(Value::take)
}

/// Records one [`Rule::UnknownField`] violation per key of `object` that is not in
/// `known` (the fields of a closed object), at `at.field(key)`.
#[inline]
pub fn unknown_keys(
    object: &Map<String, Value>,
    known: &'static [&'static str],
    at: Path<'_>,
    errors: &mut ValidationErrors,
) {
    for key in object.keys() {
        if !known.contains(&key.as_str()) {
            record(errors, at.field(key), unknown_field(key, known));
        }
    }
}

/// The fields of a JSON object checked one by one against a request struct's (its
/// `check_json`), each named by its index in the struct's wire names.
pub struct CheckFields<'v, 'p, 'e> {
    object: &'v Map<String, Value>,
    names: &'static [&'static str],
    at: Path<'p>,
    errors: &'e mut ValidationErrors,
}

impl<'v, 'p, 'e> CheckFields<'v, 'p, 'e> {
    /// Checks `object`, at `at`, against the fields `names` lists.
    #[inline]
    pub fn new(
        object: &'v Map<String, Value>,
        names: &'static [&'static str],
        at: Path<'p>,
        errors: &'e mut ValidationErrors,
    ) -> Self {
        CheckFields {
            object,
            names,
            at,
            errors,
        }
    }

    /// The field at `index`: its wire name and its value, if present.
    #[inline(always)]
    fn field(&self, index: usize) -> (&'static str, Option<&'v Value>) {
        let name = self.names[index];
        (name, self.object.get(name))
    }

    /// [`check_required`] of the field at `index`.
    #[inline(always)]
    pub fn required<T: FromJson>(&mut self, index: usize) {
        let (name, raw) = self.field(index);
        check_required::<T>(self.errors, self.at, name, raw);
    }

    /// [`check_optional`] of the field at `index`.
    #[inline(always)]
    pub fn optional<T: FromJson>(&mut self, index: usize) {
        let (name, raw) = self.field(index);
        check_optional::<T>(self.errors, self.at, name, raw);
    }

    /// [`check_required_nullable`] of the field at `index`.
    #[inline(always)]
    pub fn required_nullable<T: FromJson>(&mut self, index: usize) {
        let (name, raw) = self.field(index);
        check_required_nullable::<T>(self.errors, self.at, name, raw);
    }

    /// [`check_optional_nullable`] of the field at `index`.
    #[inline(always)]
    pub fn optional_nullable<T: FromJson>(&mut self, index: usize) {
        let (name, raw) = self.field(index);
        check_optional_nullable::<T>(self.errors, self.at, name, raw);
    }

    /// The keys the fields do not list, each checked as a `T` (`unevaluatedProperties`).
    pub fn extra<T: FromJson>(&mut self) {
        crate::types::rules::check_extra::<T>(self.object, self.names, self.at, self.errors);
    }

    /// Each key the fields do not list, as a violation (a closed object).
    pub fn unknown_keys(&mut self) {
        unknown_keys(self.object, self.names, self.at, self.errors);
    }
}

// ---------------------------------------------------------------------------------------
// Fields: what builders and generated `FromJson` impls call for each field.

/// A required field: recorded as missing, or converted.
#[inline]
pub fn required<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<Value>,
) -> Option<T> {
    match raw {
        None => {
            missing(errors, at, field);
            None
        }
        Some(value) => T::from_json(value, at.named(field), errors),
    }
}

/// An optional field: `None` when absent (or invalid, which is recorded).
#[inline]
pub fn optional<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<Value>,
) -> Option<T> {
    T::from_json(raw?, at.named(field), errors)
}

/// A required field that may be `null`.
#[inline]
pub fn required_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<Value>,
) -> Option<Option<T>> {
    match raw {
        Some(Value::Null) => Some(None),
        other => required(errors, at, field, other).map(Some),
    }
}

/// An optional field that may be `null`: absent, `null`, or a value.
#[inline]
pub fn optional_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<Value>,
) -> Option<Option<T>> {
    match raw {
        None => None,
        Some(Value::Null) => Some(None),
        Some(value) => T::from_json(value, at.named(field), errors).map(Some),
    }
}

/// [`required`] without converting.
// Always: without it, LLVM keeps calls for the larger checks (date-times, long enums),
// which the validation bench measured.
#[inline(always)]
pub fn check_required<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<&Value>,
) {
    match raw {
        None => missing(errors, at, field),
        Some(value) => T::check_json(value, at.named(field), errors),
    }
}

/// [`optional`] without converting.
// Always: without it, LLVM keeps calls for the larger checks (date-times, long enums),
// which the validation bench measured.
#[inline(always)]
pub fn check_optional<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<&Value>,
) {
    if let Some(value) = raw {
        T::check_json(value, at.named(field), errors);
    }
}

/// [`required_nullable`] without converting.
// Always: without it, LLVM keeps calls for the larger checks (date-times, long enums),
// which the validation bench measured.
#[inline(always)]
pub fn check_required_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<&Value>,
) {
    if !matches!(raw, Some(Value::Null)) {
        check_required::<T>(errors, at, field, raw);
    }
}

/// [`optional_nullable`] without converting.
// Always: without it, LLVM keeps calls for the larger checks (date-times, long enums),
// which the validation bench measured.
#[inline(always)]
pub fn check_optional_nullable<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    raw: Option<&Value>,
) {
    if !matches!(raw, None | Some(Value::Null)) {
        check_required::<T>(errors, at, field, raw);
    }
}

// ---------------------------------------------------------------------------------------
// Shared bodies of the generated values' `FromJson` impls (the macros in `values.rs`).

/// The string `value` holds if it keeps every rule `broken_rule` checks; else records
/// the violation (or the type violation) at `at`.
#[inline]
pub fn check_string<'v>(
    value: &'v Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    broken_rule: impl FnOnce(&str) -> Option<Rule>,
) -> Option<&'v str> {
    match value {
        Value::String(text) => match broken_rule(text) {
            None => Some(text),
            Some(rule) => {
                record_violation(errors, at, rule, text);
                None
            }
        },
        other => {
            record_type(errors, at, "string", other);
            None
        }
    }
}

/// [`check_string`], taking the value and returning its string without copying it.
#[inline]
pub fn string_from_json(
    value: Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    broken_rule: impl FnOnce(&str) -> Option<Rule>,
) -> Option<String> {
    match value {
        Value::String(text) => match broken_rule(&text) {
            None => Some(text),
            Some(rule) => {
                record_violation(errors, at, rule, &text);
                None
            }
        },
        other => {
            record_type(errors, at, "string", &other);
            None
        }
    }
}

/// The number `value` holds if it is an `N` that keeps every rule `broken_rule`
/// checks; else records why not at `at`.
#[inline]
pub fn check_number<N: JsonNumber>(
    value: &Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    broken_rule: impl FnOnce(N) -> Option<Rule>,
) -> Option<N> {
    match N::read_json(value) {
        Ok(number) => match broken_rule(number) {
            None => Some(number),
            Some(rule) => {
                record_number_violation(errors, at, rule, &number);
                None
            }
        },
        Err(error) => {
            record(errors, at, error);
            None
        }
    }
}

#[cold]
#[inline(never)]
fn record_number_violation(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    rule: Rule,
    number: &dyn std::fmt::Display,
) {
    record_violation(errors, at, rule, &number.to_string());
}

/// A string enum's value (any `FromStr` whose error is a [`ValidationError`]).
// Always: without it, LLVM keeps calls for the larger checks (date-times, long enums),
// which the validation bench measured.
#[inline(always)]
pub fn parse_string<T: std::str::FromStr<Err = ValidationError>>(
    value: &Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<T> {
    let parsed = match value {
        Value::String(text) => text.parse(),
        other => Err(type_violation("string", other)),
    };
    match parsed {
        Ok(parsed) => Some(parsed),
        Err(error) => {
            record(errors, at, error);
            None
        }
    }
}

/// A number enum's value: `from_number` finds the variant, `values` lists them all.
#[inline]
pub fn number_enum<T>(
    value: &Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    values: &'static [&'static str],
    from_number: impl FnOnce(f64) -> Option<T>,
) -> Option<T> {
    let error = match value {
        Value::Number(number) => match from_number(number.as_f64().unwrap_or(f64::NAN)) {
            Some(variant) => return Some(variant),
            None => enum_violation(values, &number.to_string()),
        },
        other => type_violation("number", other),
    };
    record(errors, at, error);
    None
}

// ---------------------------------------------------------------------------------------
// The types generated code uses.

impl FromJson for String {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        check_string(value, at, errors, |_| None);
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        string_from_json(value, at, errors, |_| None)
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_text(deserializer, at, errors, |_| None::<Rule>, str::to_owned)
    }
}

impl FromJson for bool {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        Self::from_json_ref(value, at, errors);
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        Self::from_json_ref(&value, at, errors)
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_scalar(deserializer, at, errors, "boolean", |value| match value {
            Scalar::Other(Value::Bool(b)) => Ok(b),
            other => Err(type_violation_of("boolean", other.kind())),
        })
    }
}

/// `FromJson` for values that are `Copy`: checking and converting are one thing.
trait FromJsonRef: Sized {
    fn from_json_ref(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self>;
}

impl FromJsonRef for bool {
    #[inline]
    fn from_json_ref(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                record_type(errors, at, "boolean", other);
                None
            }
        }
    }
}

macro_rules! number_from_json {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            #[inline]
            fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
                check_number::<$ty>(value, at, errors, |_| None);
            }
            #[inline]
            fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
                check_number::<$ty>(&value, at, errors, |_| None)
            }
            #[inline]
            fn read_json<'de, D: serde::Deserializer<'de>>(
                deserializer: D,
                at: Path<'_>,
                errors: &mut ValidationErrors,
            ) -> Result<Option<Self>, D::Error> {
                read_scalar(deserializer, at, errors, "number", |value| {
                    <$ty as JsonNumber>::read_json(&non_string(value))
                })
            }
        }
    )*};
}
number_from_json!(i32, i64, f32, f64);

impl FromJson for crate::DateTime {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        match value {
            // `check` skips building the value; `parse` words the problem when there is one.
            Value::String(text) => {
                if crate::DateTime::check(text).is_err() {
                    record_date_time(errors, at, text);
                }
            }
            other => record_type(errors, at, "string", other),
        }
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        let result = match &value {
            Value::String(text) => crate::DateTime::parse(text),
            other => Err(type_violation("string", other)),
        };
        match result {
            Ok(date_time) => Some(date_time),
            Err(error) => {
                record(errors, at, error);
                None
            }
        }
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_scalar(deserializer, at, errors, "string", |value| {
            crate::DateTime::parse(expect_str(&value)?)
        })
    }
}

#[cold]
#[inline(never)]
fn record_date_time(errors: &mut ValidationErrors, at: Path<'_>, text: &str) {
    if let Err(error) = crate::DateTime::parse(text) {
        record(errors, at, error);
    }
}

impl FromJson for uuid::Uuid {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        Self::from_json_ref(value, at, errors);
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        Self::from_json_ref(&value, at, errors)
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_scalar(deserializer, at, errors, "string", |value| {
            parse_uuid(expect_str(&value)?)
        })
    }
}

impl FromJsonRef for uuid::Uuid {
    #[inline]
    fn from_json_ref(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        let result = match value {
            Value::String(text) => parse_uuid(text),
            other => Err(type_violation("string", other)),
        };
        match result {
            Ok(uuid) => Some(uuid),
            Err(error) => {
                record(errors, at, error);
                None
            }
        }
    }
}

/// A UUID in the one form `format: uuid` allows (RFC 9562's hyphenated
/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, either case). The `uuid` crate also reads
/// braces, `urn:uuid:` and 32 bare digits, which the format does not allow.
pub fn parse_uuid(text: &str) -> Result<uuid::Uuid, ValidationError> {
    match uuid_problem(text) {
        None => uuid::Uuid::try_parse(text).map_err(|e| uuid_violation(text, &e.to_string())),
        Some(problem) => Err(uuid_violation(text, &problem)),
    }
}

#[cold]
fn uuid_violation(text: &str, problem: &str) -> ValidationError {
    ValidationError::new(
        "",
        Rule::Format("uuid"),
        format!(
            "{} is not a valid uuid: {problem}; the hyphenated form \
             xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hexadecimal digits, either case) is required",
            excerpt(text)
        ),
    )
}

/// What keeps `text` from being a hyphenated UUID, or `None`. Allocates only on error.
fn uuid_problem(text: &str) -> Option<String> {
    const HYPHENS: [usize; 4] = [8, 13, 18, 23];
    let bytes = text.as_bytes();
    if bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| {
            if HYPHENS.contains(&i) {
                *b == b'-'
            } else {
                b.is_ascii_hexdigit()
            }
        })
    {
        return None;
    }
    Some(if text.starts_with('{') {
        "braces are not allowed".to_owned()
    } else if text.len() >= 9
        && text.is_char_boundary(9)
        && text[..9].eq_ignore_ascii_case("urn:uuid:")
    {
        "the urn:uuid: prefix is not allowed".to_owned()
    } else if bytes.len() == 32 && bytes.iter().all(u8::is_ascii_hexdigit) {
        "the 32 digits must be grouped by hyphens".to_owned()
    } else if text.chars().count() != 36 {
        format!("it has {} characters, not 36", text.chars().count())
    } else {
        let (position, found) = text
            .chars()
            .enumerate()
            .find(|&(i, c)| {
                if HYPHENS.contains(&i) {
                    c != '-'
                } else {
                    !c.is_ascii_hexdigit()
                }
            })
            .unwrap_or((0, '?'));
        let expected = if HYPHENS.contains(&position) {
            "a hyphen"
        } else {
            "a hexadecimal digit"
        };
        format!("character {} is {found:?}, not {expected}", position + 1)
    })
}

impl FromJson for Map<String, Value> {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        object(value, at, errors);
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        into_object(value, at, errors)
    }
}

impl FromJson for Value {
    #[inline]
    fn check_json(_: &Value, _: Path<'_>, _: &mut ValidationErrors) {}
    #[inline]
    fn from_json(value: Value, _: Path<'_>, _: &mut ValidationErrors) -> Option<Self> {
        Some(value)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        T::check_json(value, at, errors);
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        T::from_json(value, at, errors).map(Box::new)
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        Ok(T::read_json(deserializer, at, errors)?.map(Box::new))
    }
}

/// `null` is `None`; anything else is checked as a `T`.
impl<T: FromJson> FromJson for Option<T> {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        if !value.is_null() {
            T::check_json(value, at, errors);
        }
    }
    #[inline]
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            value => T::from_json(value, at, errors).map(Some),
        }
    }
    #[inline]
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_option(deserializer, at, errors)
    }
}

/// An array: each item is checked at `at[i]`.
impl<T: FromJson> FromJson for Vec<T> {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        match value {
            Value::Array(items) => check_items::<T>(items, at, errors),
            other => record_type(errors, at, "array", other),
        }
    }
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        match value {
            Value::Array(items) => items_from_json(items, at, errors),
            other => {
                record_type(errors, at, "array", &other);
                None
            }
        }
    }
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_with(deserializer, at, errors, ReadItems::new())
    }
}

/// Checks every item of an array at its index.
#[inline]
pub(crate) fn check_items<T: FromJson>(
    items: &[Value],
    at: Path<'_>,
    errors: &mut ValidationErrors,
) {
    for (i, item) in items.iter().enumerate() {
        T::check_json(item, at.index(i), errors);
    }
}

/// Converts every item of an array, recording every item's violations.
pub(crate) fn items_from_json<T: FromJson>(
    items: Vec<Value>,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<Vec<T>> {
    let mut converted = Vec::with_capacity(items.len());
    let mut valid = true;
    for (i, item) in items.into_iter().enumerate() {
        match T::from_json(item, at.index(i), errors) {
            Some(item) if valid => converted.push(item),
            Some(_) => {}
            None => valid = false,
        }
    }
    valid.then_some(converted)
}

/// A JSON object whose values are all `T` (`additionalProperties: T`): each value is
/// checked at `at.key`.
impl<T: FromJson> FromJson for BTreeMap<String, T> {
    #[inline]
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        if let Some(entries) = object(value, at, errors) {
            check_entries::<T>(entries, at, errors);
        }
    }
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        entries_from_json(into_object(value, at, errors)?, at, errors)
    }
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        read_with(deserializer, at, errors, ReadEntries::new())
    }
}

/// Checks every value of an object at its key.
#[inline]
pub(crate) fn check_entries<T: FromJson>(
    entries: &Map<String, Value>,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) {
    for (key, value) in entries {
        T::check_json(value, at.field(key), errors);
    }
}

/// Converts every value of an object, recording every value's violations.
pub(crate) fn entries_from_json<T: FromJson>(
    entries: Map<String, Value>,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<BTreeMap<String, T>> {
    let mut converted = BTreeMap::new();
    let mut valid = true;
    for (key, value) in entries {
        match T::from_json(value, at.field(&key), errors) {
            Some(value) if valid => {
                converted.insert(key, value);
            }
            Some(_) => {}
            None => valid = false,
        }
    }
    valid.then_some(converted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::report::{count_violation, duplicate_violation, one_of_violation, violation};
    use serde_json::json;

    fn errors_of<T: FromJson>(value: Value) -> Vec<(String, Rule, String)> {
        let mut checked = ValidationErrors::new();
        T::check_json(&value, Path::Root, &mut checked);
        let mut converted = ValidationErrors::new();
        let result = T::from_json(value, Path::Root, &mut converted);
        assert_eq!(checked, converted, "check_json and from_json disagree");
        assert_eq!(result.is_some(), converted.is_empty());
        converted
            .iter()
            .map(|e| (e.field().to_owned(), e.rule(), e.problem().to_owned()))
            .collect()
    }

    #[test]
    fn nested_values_are_reported_at_their_paths() {
        let found = errors_of::<BTreeMap<String, Vec<Option<bool>>>>(json!({
            "a": [true, null, 3],
            "b": "no",
            "c.d": [1],
        }));
        let at: Vec<(&str, Rule)> = found.iter().map(|(f, r, _)| (f.as_str(), *r)).collect();
        assert_eq!(
            at,
            [
                ("a[2]", Rule::Type("boolean")),
                ("b", Rule::Type("array")),
                // A top-level key is written as it is, like a top-level field.
                ("c.d[0]", Rule::Type("boolean")),
            ]
        );
    }

    #[test]
    fn valid_values_convert() {
        let mut errors = ValidationErrors::new();
        let map: Option<BTreeMap<String, Box<i64>>> =
            FromJson::from_json(json!({"x": 1, "y": 2.0}), Path::Root, &mut errors);
        assert!(errors.is_empty());
        assert_eq!(*map.unwrap()["y"], 2);
        let none: Option<Option<String>> =
            FromJson::from_json(Value::Null, Path::Root, &mut errors);
        assert_eq!(none, Some(None));
    }

    #[test]
    fn helpers_record_at_the_field() {
        let root = Path::Root;
        let parent = root.field("parent");
        let mut errors = ValidationErrors::new();
        check_required::<String>(&mut errors, parent, "name", None);
        check_optional::<i32>(&mut errors, parent, "count", Some(&json!("3")));
        check_optional_nullable::<i32>(&mut errors, parent, "other", Some(&Value::Null));
        check_required_nullable::<i32>(&mut errors, parent, "missing", None);
        let fields: Vec<&str> = errors.iter().map(|e| e.field()).collect();
        assert_eq!(fields, ["parent.name", "parent.count", "parent.missing"]);
        assert_eq!(
            required_nullable::<i32>(&mut errors, root, "n", Some(Value::Null)),
            Some(None)
        );
        assert_eq!(optional::<i32>(&mut errors, root, "n", None), None);
        assert_eq!(
            optional_nullable::<i32>(&mut errors, root, "n", Some(json!(4))),
            Some(Some(4))
        );
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn unknown_keys_are_named_with_a_suggestion() {
        let root = Path::Root;
        let parent = root.field("parent");
        let mut errors = ValidationErrors::new();
        let object = json!({"name": 1, "dispaly_name": 2, "zzz": 3});
        unknown_keys(
            object.as_object().unwrap(),
            &["name", "display_name"],
            parent,
            &mut errors,
        );
        let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "parent.dispaly_name: is not a field of this object (did you mean display_name?); \
                 its fields are: name, display_name (rule: closed object)",
                "parent.zzz: is not a field of this object; its fields are: name, display_name \
                 (rule: closed object)",
            ]
        );
    }

    #[test]
    fn only_the_hyphenated_uuid_is_accepted() {
        // optional/format/uuid.json (string cases) and the forms the uuid crate also reads.
        for valid in [
            "2EB8AA08-AA98-11EA-B4AA-73B441D16380",
            "2eb8aa08-aa98-11ea-b4aa-73b441d16380",
            "2eb8aa08-AA98-11ea-B4Aa-73B441D16380",
            "00000000-0000-0000-0000-000000000000",
            "98d80576-482e-427f-8434-7f86890ab222",
            "99c17cbb-656f-564a-940f-1a4568f03487",
            "99c17cbb-656f-664a-940f-1a4568f03487",
            "99c17cbb-656f-f64a-940f-1a4568f03487",
            "2eb8aa08-aa98-11ea-f4aa-73b441d16380",
        ] {
            assert!(parse_uuid(valid).is_ok(), "{valid}");
        }
        for (invalid, problem) in [
            (
                "2eb8aa08-aa98-11ea-b4aa-73b441d1638",
                "it has 35 characters, not 36",
            ),
            ("2eb8aa08-aa98-11ea-73b441d16380", "it has 31 characters"),
            (
                "2eb8aa08-aa98-11ea-b4ga-73b441d16380",
                "character 22 is 'g', not a hexadecimal digit",
            ),
            (
                "2eb8aa08aa9811eab4aa73b441d16380",
                "the 32 digits must be grouped by hyphens",
            ),
            ("2eb8aa08aa98-11ea-b4aa73b441d16380", "it has 34 characters"),
            (
                "2eb8-aa08-aa98-11ea-b4aa73b44-1d16380",
                "it has 37 characters",
            ),
            (
                "2eb8aa08aa9811eab4aa73b441d16380----",
                "character 9 is 'a', not a hyphen",
            ),
            (
                "2eb8aa0-8aa98-11e-ab4aa7-3b441d16380",
                "character 8 is '-', not a hexadecimal digit",
            ),
            (
                "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380",
                "the urn:uuid: prefix is not allowed",
            ),
            (
                "2eb8aa08-aa98-11ea-b4aa-73b441d16380-",
                "it has 37 characters",
            ),
            (
                "২eb8aa08-aa98-11ea-b4aa-73b441d16380",
                "character 1 is '২', not a hexadecimal digit",
            ),
            (
                "2eb8aa08-aa98-11ea-b4aa-73b441d1_380",
                "character 33 is '_'",
            ),
            (
                "2eb8aa08-aa98-11ea-b4aa-73b441d16380\n",
                "it has 37 characters",
            ),
            (
                "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}",
                "braces are not allowed",
            ),
        ] {
            let error = parse_uuid(invalid).unwrap_err();
            assert_eq!(error.rule(), Rule::Format("uuid"));
            assert!(error.problem().contains(problem), "{invalid:?}: {error}");
            assert!(
                error.problem().contains("the hyphenated form"),
                "{invalid:?}: {error}"
            );
        }
    }

    #[test]
    fn every_rule_is_worded() {
        let cases = [
            (Rule::MinItems(5), "3", "has 3 items; it needs at least 5"),
            (Rule::MinItems(2), "1", "has 1 item; it needs at least 2"),
            (
                Rule::MaxItems(2),
                "5",
                "has 5 items, 3 over the limit of 2; remove some",
            ),
            (
                Rule::UniqueItems,
                "items 0 and 2",
                "items 0 and 2 are equal; every item must be unique",
            ),
            (
                Rule::MinProperties(1),
                "0",
                "has 0 entries; it needs at least 1",
            ),
            (
                Rule::MaxProperties(1),
                "2",
                "has 2 entries, 1 over the limit of 1; remove some",
            ),
            (Rule::Minimum(1.0), "0", "0 is below the minimum 1"),
            (Rule::Maximum(0.5), "0.75", "0.75 is above the maximum 0.5"),
            (
                Rule::ExclusiveMinimum(0.0),
                "0",
                "0 is not greater than 0, the exclusive minimum",
            ),
            (
                Rule::ExclusiveMaximum(10.0),
                "10",
                "10 is not less than 10, the exclusive maximum",
            ),
            (Rule::MultipleOf(1.5), "35", "35 is not a multiple of 1.5"),
            (
                Rule::OneOf(&["Cat", "Dog"]),
                "3",
                "3 matches none of the variants: Cat, Dog",
            ),
            (
                Rule::AnyOf(&["Cat", "Dog"]),
                "3",
                "3 matches none of the variants: Cat, Dog",
            ),
            (Rule::Not, "{}", "{} matches a schema it must not match"),
            (Rule::UnknownField, "typo", "is not a field of this object"),
        ];
        for (rule, value, problem) in cases {
            let error = violation(rule, value);
            assert_eq!(error.rule(), rule);
            assert_eq!(error.problem(), problem);
        }
        let both = one_of_violation(&["Cat", "Dog"], "{}", &["Cat", "Dog"]);
        assert_eq!(
            both.problem(),
            "{} matches 2 variants (Cat, Dog); it must match exactly one of: Cat, Dog"
        );
        assert_eq!(
            duplicate_violation(0, 2).problem(),
            "items 0 and 2 are equal; every item must be unique"
        );
        assert_eq!(
            count_violation(Rule::MinItems(5), 3).problem(),
            "has 3 items; it needs at least 5"
        );
    }

    #[test]
    fn rule_limits_print_as_the_schema_writes_them() {
        assert_eq!(Rule::Minimum(1.0).to_string(), "minimum 1");
        assert_eq!(Rule::MultipleOf(0.5).to_string(), "multipleOf 0.5");
        assert_eq!(Rule::MultipleOf(0.0001).to_string(), "multipleOf 0.0001");
        assert_eq!(Rule::Maximum(-3.0).to_string(), "maximum -3");
        assert_eq!(Rule::Maximum(1e300).to_string(), "maximum 1e300");
        assert_eq!(Rule::UnknownField.to_string(), "closed object");
        assert_eq!(Rule::OneOf(&["A", "B"]).to_string(), "oneOf [A, B]");
        assert_eq!(Rule::Minimum(2.0), Rule::Minimum(2.0));
    }

    #[test]
    fn a_root_refusal_always_says_why() {
        let errors = from_json_root::<bool>(json!(1)).unwrap_err();
        assert_eq!(errors.iter().next().unwrap().field(), "");
        assert!(from_json_root::<bool>(json!(true)).unwrap());
    }
}
