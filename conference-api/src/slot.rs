//! What a generated builder holds per field: the typed value a setter could check at
//! once, or a raw JSON value (a bad one, one read from JSON, or a kind the setter keeps
//! raw), checked and converted by `validate` and `build`.

use crate::field::{FromJson, missing};
use crate::path::Path;
use crate::validation::ValidationErrors;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;

/// One builder field's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Slot<T> {
    /// Checked when it was set: `build` takes it as it is.
    Typed(T),
    /// Checked by `validate` and `build`.
    Raw(Value),
}

impl<T> Slot<T> {
    /// A text for a type made from text: typed when it keeps the type's rules, else kept
    /// raw so that `build` reports why.
    #[inline]
    pub fn text(text: Cow<'_, str>) -> Self
    where
        T: FromText,
    {
        match T::from_text(text) {
            Ok(value) => Slot::Typed(value),
            Err(text) => Slot::Raw(Value::String(text.into_owned())),
        }
    }
}

impl<T: Serialize> Serialize for Slot<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Slot::Typed(value) => value.serialize(serializer),
            Slot::Raw(value) => value.serialize(serializer),
        }
    }
}

/// `deserialize_with` for builder fields: a key that is present is kept as it was
/// written, `null` included, so that `"name": null` is reported instead of read as "not
/// given", and the builder writes back what it read.
pub fn present<'de, D: serde::Deserializer<'de>, T>(
    deserializer: D,
) -> Result<Option<Slot<T>>, D::Error> {
    Value::deserialize(deserializer).map(|value| Some(Slot::Raw(value)))
}

/// A type a builder setter makes from text, borrowed or owned: `Err` gives the text back
/// when it breaks a rule.
pub trait FromText: Sized {
    /// The value, or the text when it breaks a rule.
    fn from_text(text: Cow<'_, str>) -> Result<Self, Cow<'_, str>>;
}

impl FromText for String {
    #[inline]
    fn from_text(text: Cow<'_, str>) -> Result<Self, Cow<'_, str>> {
        Ok(text.into_owned())
    }
}

impl FromText for crate::DateTime {
    #[inline]
    fn from_text(text: Cow<'_, str>) -> Result<Self, Cow<'_, str>> {
        crate::DateTime::parse_const(&text).map_err(|_| text)
    }
}

impl FromText for uuid::Uuid {
    #[inline]
    fn from_text(text: Cow<'_, str>) -> Result<Self, Cow<'_, str>> {
        crate::field::parse_uuid(&text).map_err(|_| text)
    }
}

impl FromText for crate::Uri {
    #[inline]
    fn from_text(text: Cow<'_, str>) -> Result<Self, Cow<'_, str>> {
        match crate::Uri::check(&text) {
            Ok(()) => Ok(crate::Uri::new_unchecked(text.into_owned())),
            Err(_) => Err(text),
        }
    }
}

/// A nullable field's text is a value, never `null`.
impl<T: FromText> FromText for Option<T> {
    #[inline]
    fn from_text(text: Cow<'_, str>) -> Result<Self, Cow<'_, str>> {
        T::from_text(text).map(Some)
    }
}

/// Checks a required builder field: missing, or a raw value's rules.
#[inline(always)]
pub fn check_required_slot<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    slot: Option<&Slot<T>>,
) {
    match slot {
        None => missing(errors, at, field),
        Some(slot) => check_optional_slot(errors, at, field, Some(slot)),
    }
}

/// Checks an optional builder field: a raw value's rules.
#[inline(always)]
pub fn check_optional_slot<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    slot: Option<&Slot<T>>,
) {
    if let Some(Slot::Raw(value)) = slot {
        T::check_json(value, at.named(field), errors);
    }
}

/// A required builder field's value: recorded as missing, taken, or converted.
#[inline]
pub fn required_slot<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    slot: Option<Slot<T>>,
) -> Option<T> {
    match slot {
        None => {
            missing(errors, at, field);
            None
        }
        some => optional_slot(errors, at, field, some),
    }
}

/// An optional builder field's value: `None` when absent (or invalid, which is recorded).
#[inline]
pub fn optional_slot<T: FromJson>(
    errors: &mut ValidationErrors,
    at: Path<'_>,
    field: &'static str,
    slot: Option<Slot<T>>,
) -> Option<T> {
    match slot? {
        Slot::Typed(value) => Some(value),
        Slot::Raw(value) => T::from_json(value, at.named(field), errors),
    }
}
