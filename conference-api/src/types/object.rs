//! Reading response objects and writing any generated object, without serde's derives:
//! what the derives would emit for every struct (a field enum, a visitor, a length count)
//! is written once here, and each struct only lists its wire names and one line per
//! field. Behaviour matches the derives the generated code used before: unknown keys
//! are skipped, a repeated key and a missing required field are errors, `None` fields
//! are left out when writing.

use crate::types::validation::excerpt;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor,
};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// How a response struct is read: one slot per property the schema lists, in
/// [`ResponseFields::NAMES`]' order, then the struct made of them.
pub trait ResponseFields: Sized {
    /// The slots: a tuple (the generated code names no struct for them), or a tuple
    /// struct past twelve, where std's tuples stop being `Default`.
    type Slots: Default;
    /// What a value of the struct is, for a type error (`struct Conference`).
    const EXPECTING: &'static str;
    /// The wire names of the properties, in the slots' order.
    const NAMES: &'static [&'static str];
    /// Reads the value of the property at `index` of [`ResponseFields::NAMES`]: `false`,
    /// reading nothing, when its slot holds a value already (the key came twice).
    fn read<'de, A: MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
    ) -> Result<bool, A::Error>;
    /// Reads the value of a key the schema does not list: skipped, unless the struct
    /// keeps such keys (`unevaluatedProperties`).
    fn read_extra<'de, A: MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: Cow<'de, str>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let _ = (slots, key);
        map.next_value::<IgnoredAny>().map(drop)
    }
    /// The struct, or the error that names a missing required field. Made inside the
    /// visitor, so that the slots are not moved through the deserializer's layers.
    fn finish<E: de::Error>(slots: Self::Slots) -> Result<Self, E>;
    /// The value of the required property at `index`, or the error that names it.
    #[inline]
    fn required<T, E: de::Error>(slot: Option<T>, index: usize) -> Result<T, E> {
        slot.ok_or_else(|| E::missing_field(Self::NAMES[index]))
    }
}

/// Reads a response object through its [`ResponseFields`].
pub fn read_response<'de, F: ResponseFields, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<F, D::Error> {
    deserializer.deserialize_map(ResponseVisitor::<F>(PhantomData))
}

struct ResponseVisitor<F>(PhantomData<fn() -> F>);

impl<'de, F: ResponseFields> Visitor<'de> for ResponseVisitor<F> {
    type Value = F;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(F::EXPECTING)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<F, A::Error> {
        let mut slots = F::Slots::default();
        // Servers mostly send the fields in the schema's order: each key is looked for
        // from the field after the last one first, which finds it at once then.
        let mut next = 0;
        while let Some(key) = map.next_key_seed(KeySeed::new(F::NAMES, next))? {
            match key {
                Key::Field(index) => {
                    next = index + 1;
                    if !F::read(&mut slots, index, &mut map)? {
                        return Err(de::Error::duplicate_field(F::NAMES[index]));
                    }
                }
                Key::Other(key) => F::read_extra(&mut slots, key, &mut map)?,
            }
        }
        F::finish(slots)
    }
}

/// A key of an object: its position among the names a struct lists, or another key.
pub(crate) enum Key<'de> {
    Field(usize),
    Other(Cow<'de, str>),
}

/// Reads a key as its position in a list of names, borrowing it when it is no field.
pub(crate) struct KeySeed {
    names: &'static [&'static str],
    /// Where the search starts (it wraps around).
    start: usize,
}

impl KeySeed {
    pub(crate) fn new(names: &'static [&'static str], start: usize) -> KeySeed {
        KeySeed {
            names,
            start: start.min(names.len()),
        }
    }

    fn position(&self, key: &str) -> Option<usize> {
        let (before, after) = self.names.split_at(self.start);
        match after.iter().position(|name| *name == key) {
            Some(index) => Some(self.start + index),
            None => before.iter().position(|name| *name == key),
        }
    }

    fn key<'de>(&self, key: Cow<'de, str>) -> Key<'de> {
        match self.position(&key) {
            Some(index) => Key::Field(index),
            None => Key::Other(key),
        }
    }
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(self.key(Cow::Borrowed(key)))
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        match self.position(key) {
            Some(index) => Ok(Key::Field(index)),
            None => Ok(Key::Other(Cow::Owned(key.to_owned()))),
        }
    }
    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(self.key(Cow::Owned(key)))
    }
}

/// Reads a property's value into its slot: `false`, reading nothing, when the slot holds
/// a value already.
#[inline]
pub fn response_slot<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
) -> Result<bool, A::Error> {
    if slot.is_some() {
        return Ok(false);
    }
    *slot = Some(map.next_value()?);
    Ok(true)
}

/// Keeps a key the schema does not list, typed by `unevaluatedProperties`: a value that
/// does not fit is left out (and logged), so that a new server field never fails a
/// response.
pub fn response_extra<'de, T: DeserializeOwned, A: MapAccess<'de>>(
    extra: &mut BTreeMap<String, T>,
    key: Cow<'de, str>,
    map: &mut A,
) -> Result<(), A::Error> {
    let value: Value = map.next_value()?;
    match serde_json::from_value(value) {
        Ok(typed) => {
            extra.insert(key.into_owned(), typed);
        }
        Err(error) => {
            tracing::warn!(key = %excerpt(&key), %error, "response key left out: its value does not fit the schema");
        }
    }
    Ok(())
}

/// Writes a generated object as a JSON object, field by field in the schema's order.
pub struct ObjectWriter<M>(M);

impl<M: SerializeMap> ObjectWriter<M> {
    /// Starts the object.
    #[inline]
    pub fn new<S: Serializer<SerializeMap = M>>(serializer: S) -> Result<Self, S::Error> {
        serializer.serialize_map(None).map(ObjectWriter)
    }

    /// A field that is always written.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), M::Error> {
        self.0.serialize_entry(name, value)
    }

    /// An optional field: left out when `None`.
    #[inline]
    pub fn optional<T: Serialize>(
        &mut self,
        name: &str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(value) => self.0.serialize_entry(name, value),
            None => Ok(()),
        }
    }

    /// The keys the schema does not list, after the fields.
    pub fn extra<T: Serialize>(&mut self, extra: &BTreeMap<String, T>) -> Result<(), M::Error> {
        extra
            .iter()
            .try_for_each(|(key, value)| self.0.serialize_entry(key, value))
    }

    /// Ends the object.
    #[inline]
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a generated response struct with a required and an optional, nullable
    /// field, keeping the keys the schema does not list, reads into.
    #[derive(Debug, PartialEq)]
    struct Thing {
        name: String,
        size: Option<u32>,
        extra: BTreeMap<String, u32>,
    }

    impl ResponseFields for Thing {
        type Slots = (Option<String>, Option<Option<u32>>, BTreeMap<String, u32>);
        const EXPECTING: &'static str = "struct Thing";
        const NAMES: &'static [&'static str] = &["name", "size"];
        fn read<'de, A: MapAccess<'de>>(
            slots: &mut Self::Slots,
            index: usize,
            map: &mut A,
        ) -> Result<bool, A::Error> {
            match index {
                0 => response_slot(&mut slots.0, map),
                _ => response_slot(&mut slots.1, map),
            }
        }
        fn read_extra<'de, A: MapAccess<'de>>(
            slots: &mut Self::Slots,
            key: Cow<'de, str>,
            map: &mut A,
        ) -> Result<(), A::Error> {
            response_extra(&mut slots.2, key, map)
        }
        fn finish<E: de::Error>(slots: Self::Slots) -> Result<Thing, E> {
            Ok(Thing {
                name: Self::required(slots.0, 0)?,
                size: slots.1.flatten(),
                extra: slots.2,
            })
        }
    }

    fn read(json: &str) -> Result<Thing, serde_json::Error> {
        read_response::<Thing, _>(&mut serde_json::Deserializer::from_str(json))
    }

    #[test]
    fn fields_go_to_their_slots_and_other_keys_to_the_extra_map_when_they_fit() {
        let thing = read(r#"{"x": 1, "size": null, "name": "a", "y": "no"}"#).unwrap();
        assert_eq!(thing.name, "a");
        assert_eq!(thing.size, None);
        assert_eq!(thing.extra, BTreeMap::from([("x".to_owned(), 1)]));
    }

    #[test]
    fn keys_are_found_in_any_order() {
        let names = &["a", "b", "c"];
        for start in 0..=4 {
            let seed = KeySeed::new(names, start);
            let found = ["c", "a", "b", "d"].map(|key| seed.position(key));
            assert_eq!(found, [Some(2), Some(0), Some(1), None], "from {start}");
        }
    }

    #[test]
    fn a_repeated_key_and_a_missing_field_are_named() {
        let error = read(r#"{"name": "a", "name": "b"}"#).unwrap_err();
        assert!(
            error.to_string().contains("duplicate field `name`"),
            "{error}"
        );
        let missing: Result<String, serde_json::Error> = Thing::required(None, 0);
        assert!(
            missing
                .unwrap_err()
                .to_string()
                .contains("missing field `name`")
        );
    }

    #[test]
    fn a_value_that_is_no_object_names_the_struct() {
        let error = read("[1]").unwrap_err();
        assert!(
            error.to_string().contains("expected struct Thing"),
            "{error}"
        );
    }

    #[test]
    fn a_field_that_cannot_be_written_ends_the_object() {
        struct Failing;
        impl Serialize for Failing {
            fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("cannot be written"))
            }
        }
        struct Thing;
        impl Serialize for Thing {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut object = ObjectWriter::new(serializer)?;
                object.field("a", &1)?;
                object.field("b", &Failing)?;
                object.field("c", &2)?;
                object.end()
            }
        }
        let mut out = Vec::new();
        let error = serde_json::to_writer(&mut out, &Thing).unwrap_err();
        assert!(error.to_string().contains("cannot be written"), "{error}");
        let written = String::from_utf8(out).unwrap();
        assert!(!written.contains("\"c\""), "{written}");
    }

    #[test]
    fn the_writer_leaves_out_none_and_writes_null_for_some_none() {
        struct Thing;
        impl Serialize for Thing {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut object = ObjectWriter::new(serializer)?;
                object.field("name", "a")?;
                object.optional::<u32>("size", &None)?;
                object.optional::<Option<u32>>("limit", &Some(None))?;
                object.extra(&BTreeMap::from([("x".to_owned(), 1)]))?;
                object.end()
            }
        }
        assert_eq!(
            serde_json::to_string(&Thing).unwrap(),
            r#"{"name":"a","limit":null,"x":1}"#
        );
    }
}
