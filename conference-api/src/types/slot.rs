//! What a generated builder holds per field: the typed value a setter could check at
//! once, or a raw JSON value (a bad one, one read from JSON, or a kind the setter keeps
//! raw), checked and converted by `validate` and `build`.

use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::report::missing;
use crate::types::validation::ValidationErrors;
use serde::Serialize;
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
        crate::types::field::parse_uuid(&text).map_err(|_| text)
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

/// A builder's fields checked (`validate`) or converted (`build`) one by one, each named
/// by its index in the request's wire names ([`Names::NAMES`](crate::types::read::Names)),
/// at the top of the request.
pub struct SlotChecks<'e> {
    names: &'static [&'static str],
    errors: &'e mut ValidationErrors,
}

impl<'e> SlotChecks<'e> {
    /// Checks against the fields `names` lists, recording into `errors`.
    #[inline]
    pub fn new(names: &'static [&'static str], errors: &'e mut ValidationErrors) -> Self {
        SlotChecks { names, errors }
    }

    /// Checks a required field: missing, or a raw value's rules.
    #[inline(always)]
    pub fn required<T: FromJson>(&mut self, index: usize, slot: &Option<Slot<T>>) {
        match slot {
            Some(_) => self.optional(index, slot),
            None => missing(self.errors, Path::Root, self.names[index]),
        }
    }

    /// Checks an optional field: a raw value's rules (its name is only looked up then).
    #[inline(always)]
    pub fn optional<T: FromJson>(&mut self, index: usize, slot: &Option<Slot<T>>) {
        if let Some(Slot::Raw(value)) = slot {
            T::check_json(value, Path::Root.named(self.names[index]), self.errors);
        }
    }

    /// A required field's value: recorded as missing, taken, or converted.
    #[inline(always)]
    pub fn take_required<T: FromJson>(&mut self, index: usize, slot: Option<Slot<T>>) -> Option<T> {
        match slot {
            Some(slot) => self.take(index, slot),
            None => {
                missing(self.errors, Path::Root, self.names[index]);
                None
            }
        }
    }

    /// An optional field's value: `None` when absent (or invalid, which is recorded).
    #[inline(always)]
    pub fn take_optional<T: FromJson>(&mut self, index: usize, slot: Option<Slot<T>>) -> Option<T> {
        self.take(index, slot?)
    }

    /// A set field's value: typed already, or converted (its name is only looked up then).
    #[inline(always)]
    fn take<T: FromJson>(&mut self, index: usize, slot: Slot<T>) -> Option<T> {
        match slot {
            Slot::Typed(value) => Some(value),
            Slot::Raw(value) => {
                T::from_json(value, Path::Root.named(self.names[index]), self.errors)
            }
        }
    }
}

/// Reads a builder's values from a JSON object, each kept as it was written
/// ([`Slot::Raw`]) for `build` to check. `set` stores the value of the field at an index
/// of `names` and says whether that field was still unset. An unknown key is refused when
/// the object is `closed` and skipped otherwise; a key given twice is refused. Generic
/// over the deserializer only, so one copy serves every builder.
pub fn read_builder<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
    closed: bool,
    set: &mut dyn FnMut(usize, Value) -> bool,
) -> Result<(), D::Error> {
    struct Visitor<'s> {
        names: &'static [&'static str],
        closed: bool,
        set: &'s mut dyn FnMut(usize, Value) -> bool,
    }
    impl<'de> serde::de::Visitor<'de> for Visitor<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object of the request's fields")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            use serde::de::Error;
            while let Some(key) = map.next_key::<String>()? {
                match self.names.iter().position(|name| *name == key) {
                    Some(index) => {
                        let value = map.next_value::<Value>()?;
                        if !(self.set)(index, value) {
                            return Err(A::Error::duplicate_field(self.names[index]));
                        }
                    }
                    None if self.closed => {
                        return Err(A::Error::unknown_field(&key, self.names));
                    }
                    None => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
            }
            Ok(())
        }
    }
    deserializer.deserialize_map(Visitor { names, closed, set })
}

/// Keeps `value` in an unset slot (`false`: it was set already).
#[inline]
pub fn put_raw<T>(slot: &mut Option<Slot<T>>, value: Value) -> bool {
    let was_unset = slot.is_none();
    *slot = Some(Slot::Raw(value));
    was_unset
}

/// Writes a builder's set values (one per wire name in `names`, `None` when unset) as a
/// JSON object, in field order.
pub fn write_builder<S: serde::Serializer>(
    serializer: S,
    names: &'static [&'static str],
    values: &[Option<Value>],
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let set = names
        .iter()
        .zip(values)
        .filter_map(|(name, value)| Some((name, value.as_ref()?)));
    let mut map = serializer.serialize_map(Some(set.clone().count()))?;
    for (name, value) in set {
        map.serialize_entry(name, value)?;
    }
    map.end()
}
