//! Reading a request straight from a deserializer into its typed fields: every value is
//! checked as it is read and every violation recorded at its path, without building a
//! `serde_json::Value` for a value whose type can be checked on its own. Only types whose
//! rules look at a whole JSON value (unions, `not`, `if`, `uniqueItems`) still read one,
//! for that value alone (the default [`FromJson::read_json`]).

use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::report::{json_kind, record, type_violation_of, unknown_field};
use crate::types::validation::{Rule, ValidationError, ValidationErrors};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A scalar as a deserializer gave it: a borrowed string, or a value that costs no
/// allocation (`null`, a boolean, a number; an empty array or object stands for one that
/// is not a scalar, since only its JSON type matters then).
pub enum Scalar<'a> {
    /// A string.
    Str(&'a str),
    /// Anything else.
    Other(Value),
}

impl Scalar<'_> {
    /// Its JSON type, as messages name it (`a string`).
    pub fn kind(&self) -> &'static str {
        match self {
            Scalar::Str(_) => "a string",
            Scalar::Other(value) => json_kind(value),
        }
    }
}

/// What a value of one type does with each JSON shape; anything it does not take is a
/// type violation (an array or object is skipped to its end first).
pub trait Read<'de>: Sized {
    /// What a valid value becomes.
    type Out;
    /// The JSON type the value must have (`string`), for type violations.
    fn expected(&self) -> &'static str;
    /// A scalar value.
    fn scalar(self, value: Scalar<'_>) -> Result<Self::Out, ValidationError> {
        Err(type_violation_of(self.expected(), value.kind()))
    }
    /// An array.
    fn seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self::Out>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        record(errors, at, type_violation_of(self.expected(), "an array"));
        Ok(None)
    }
    /// An object.
    fn map<A: MapAccess<'de>>(
        self,
        mut map: A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self::Out>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        record(errors, at, type_violation_of(self.expected(), "an object"));
        Ok(None)
    }
}

/// Reads one value with `read`: `Ok(None)` when it broke a rule (recorded at `at`); an
/// error only when the input is not well-formed.
pub fn read_with<'de, D: Deserializer<'de>, R: Read<'de>>(
    deserializer: D,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    read: R,
) -> Result<Option<R::Out>, D::Error> {
    deserializer.deserialize_any(Visit { at, errors, read })
}

/// A scalar type read by a function of the scalar.
pub struct ScalarFn<F> {
    expected: &'static str,
    read: F,
}

/// Reads a scalar with `read`, which refuses (with the violation) what it does not take.
#[inline]
pub fn read_scalar<'de, D, T, F>(
    deserializer: D,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    expected: &'static str,
    read: F,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    F: FnOnce(Scalar<'_>) -> Result<T, ValidationError>,
{
    read_with(deserializer, at, errors, ScalarFn { expected, read })
}

/// Reads a string: `broken` says which rule it breaks, if any, and `build` makes the
/// value. Once `errors` holds a violation the whole read fails, so a string read after
/// that is checked but not built (rejecting a request copies none of its strings).
#[inline]
pub fn read_text<'de, D, T, B>(
    deserializer: D,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    broken: impl FnOnce(&str) -> Option<B>,
    build: impl FnOnce(&str) -> T,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    B: Broken,
{
    let mut slot = None;
    read_text_into(deserializer, at, errors, &mut slot, broken, build)?;
    Ok(slot.flatten())
}

/// What a string's check found wrong: a rule (the message is worded from the rule and
/// the value), or a violation the type words itself.
pub trait Broken {
    /// Records the violation by `value`, at `at`.
    fn record(self, errors: &mut ValidationErrors, at: Path<'_>, value: &str);
}

impl Broken for Rule {
    fn record(self, errors: &mut ValidationErrors, at: Path<'_>, value: &str) {
        crate::types::report::record_violation(errors, at, self, value);
    }
}

impl Broken for ValidationError {
    fn record(self, errors: &mut ValidationErrors, at: Path<'_>, _: &str) {
        record(errors, at, self);
    }
}

impl<'de, T, F: FnOnce(Scalar<'_>) -> Result<T, ValidationError>> Read<'de> for ScalarFn<F> {
    type Out = T;
    fn expected(&self) -> &'static str {
        self.expected
    }
    #[inline]
    fn scalar(self, value: Scalar<'_>) -> Result<T, ValidationError> {
        (self.read)(value)
    }
}

struct Visit<'e, 'p, R> {
    at: Path<'p>,
    errors: &'e mut ValidationErrors,
    read: R,
}

impl<R> Visit<'_, '_, R> {
    fn scalar<'de, E>(self, value: Scalar<'_>) -> Result<Option<R::Out>, E>
    where
        R: Read<'de>,
    {
        match self.read.scalar(value) {
            Ok(out) => Ok(Some(out)),
            Err(error) => {
                record(self.errors, self.at, error);
                Ok(None)
            }
        }
    }
}

impl<'de, R: Read<'de>> Visitor<'de> for Visit<'_, '_, R> {
    type Value = Option<R::Out>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON value ({} expected)", self.read.expected())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        self.scalar(Scalar::Other(Value::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        self.scalar(Scalar::Other(Value::Number(Number::from(v))))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        self.scalar(Scalar::Other(Value::Number(Number::from(v))))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // JSON has no NaN or infinity; a format that does gives a value no rule takes.
        let value = Number::from_f64(v).map_or(Value::Null, Value::Number);
        self.scalar(Scalar::Other(value))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.scalar(Scalar::Str(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.scalar(Scalar::Other(Value::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.scalar(Scalar::Other(Value::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.read.seq(seq, self.at, self.errors)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.read.map(map, self.at, self.errors)
    }
}

/// Reads a `T` at `at` as one value of a sequence or map.
pub struct Seed<'e, 'p, T> {
    at: Path<'p>,
    errors: &'e mut ValidationErrors,
    ty: PhantomData<fn() -> T>,
}

impl<'e, 'p, T> Seed<'e, 'p, T> {
    /// A seed for the value at `at`.
    #[inline]
    pub fn new(at: Path<'p>, errors: &'e mut ValidationErrors) -> Self {
        Seed {
            at,
            errors,
            ty: PhantomData,
        }
    }
}

impl<'de, T: FromJson> DeserializeSeed<'de> for Seed<'_, '_, T> {
    type Value = Option<T>;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        T::read_json(deserializer, self.at, self.errors)
    }
}

/// Reads the value of a field into its slot (`Some(None)` when it broke a rule); `at` is
/// the field's path.
#[inline]
pub fn read_slot<'de, T: FromJson, A: MapAccess<'de>>(
    slot: &mut Option<Option<T>>,
    map: &mut A,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Result<(), A::Error> {
    map.next_value_seed(SlotSeed { at, errors, slot })
}

/// Reads a `T` into a field's slot, as one value of a map.
struct SlotSeed<'s, 'e, 'p, T> {
    at: Path<'p>,
    errors: &'e mut ValidationErrors,
    slot: &'s mut Option<Option<T>>,
}

impl<'de, T: FromJson> DeserializeSeed<'de> for SlotSeed<'_, '_, '_, T> {
    type Value = ();
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        T::read_json_into(deserializer, self.at, self.errors, self.slot)
    }
}

/// [`read_text`] into a field's slot: the value is made where it is kept (a value moved
/// out through the deserializer's layers is copied at each, a short string piecewise).
#[inline]
pub fn read_text_into<'de, D, T, B>(
    deserializer: D,
    at: Path<'_>,
    errors: &mut ValidationErrors,
    slot: &mut Option<Option<T>>,
    broken: impl FnOnce(&str) -> Option<B>,
    build: impl FnOnce(&str) -> T,
) -> Result<(), D::Error>
where
    D: Deserializer<'de>,
    B: Broken,
{
    let keep = errors.is_empty();
    *slot = Some(None);
    deserializer.deserialize_any(TextInto {
        at,
        errors,
        slot,
        broken,
        build,
        keep,
    })
}

struct TextInto<'s, 'e, 'p, T, C, B> {
    at: Path<'p>,
    errors: &'e mut ValidationErrors,
    slot: &'s mut Option<Option<T>>,
    broken: C,
    build: B,
    keep: bool,
}

impl<T, C, B> TextInto<'_, '_, '_, T, C, B> {
    /// A value that is not a string: a type violation (the slot already says so).
    fn not_a_string<E>(self, got: &'static str) -> Result<(), E> {
        record(self.errors, self.at, type_violation_of("string", got));
        Ok(())
    }
}

impl<'de, T, C, V, B> Visitor<'de> for TextInto<'_, '_, '_, T, C, B>
where
    C: FnOnce(&str) -> Option<V>,
    V: Broken,
    B: FnOnce(&str) -> T,
{
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value (string expected)")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        match (self.broken)(v) {
            None => {
                if self.keep
                    && let Some(slot) = self.slot
                {
                    *slot = Some((self.build)(v));
                }
            }
            Some(broken) => broken.record(self.errors, self.at, v),
        }
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.not_a_string("a boolean")
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.not_a_string("a number")
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.not_a_string("a number")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        // As `Visit`: a float JSON cannot hold (NaN, infinity) reads as `null`.
        self.not_a_string(if v.is_finite() { "a number" } else { "null" })
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.not_a_string("null")
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.not_a_string("null")
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.not_a_string("an array")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.not_a_string("an object")
    }
}

/// Deserializes a request value (the whole request, or a union of them) through its
/// checks, reporting every broken rule at once.
pub fn deserialize_checked<'de, T: FromJson, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let mut errors = ValidationErrors::new();
    // The error is made after the value is read: its message is the violations alone.
    match T::read_json(deserializer, Path::Root, &mut errors)? {
        Some(value) if errors.is_empty() => Ok(value),
        _ => Err(de::Error::custom(crate::types::report::refusal(errors))),
    }
}

/// Reads a request (or any request-side value) from JSON text: the value, or every rule
/// it breaks, kept as data and worded only when printed (`serde_json::from_str` words
/// them all at once, since its error holds text). JSON that is not well-formed is one
/// more violation, of `Rule::Type("JSON")`, after those found before it.
///
/// ```
/// use conference_api::{CreateConferenceRequest, Rule, from_json_str};
///
/// let errors = from_json_str::<CreateConferenceRequest>(r#"{"display_name": 3, "nmae": "x"}"#)
///     .unwrap_err();
/// let rules: Vec<Rule> = errors.iter().map(|e| e.rule()).collect();
/// assert_eq!(rules, [Rule::Type("string"), Rule::UnknownField]);
/// ```
pub fn from_json_str<T: FromJson>(json: &str) -> Result<T, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let read = T::read_json(&mut deserializer, Path::Root, &mut errors)
        .and_then(|value| deserializer.end().map(|()| value));
    match read {
        Ok(Some(value)) if errors.is_empty() => Ok(value),
        Ok(_) => Err(crate::types::report::refusal(errors)),
        Err(error) => {
            errors.push(ValidationError::new(
                "",
                Rule::Type("JSON"),
                format!("is not well-formed JSON: {error}"),
            ));
            Err(errors)
        }
    }
}

/// [`FromJson::from_json`] of a struct that reads itself ([`FromJson::read_json`]): the
/// same reading, from the `Value`, so that the rules live in one place.
pub fn from_json_read<T: FromJson>(
    value: Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<T> {
    // A `Value` is well-formed: reading one reports violations, never an error, but a
    // custom error of a field's type is kept as a violation rather than lost.
    T::read_json(value, at, errors).unwrap_or_else(|error| {
        let problem = format!("could not be read: {error}");
        record(
            errors,
            at,
            ValidationError::new("", Rule::Type("JSON"), problem),
        );
        None
    })
}

// ---------------------------------------------------------------------------------------
// Collections.

/// `null` is `None`; anything else is read as a `T`.
pub(crate) fn read_option<'de, T: FromJson, D: Deserializer<'de>>(
    deserializer: D,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Result<Option<Option<T>>, D::Error> {
    deserializer.deserialize_option(OptionVisit::<T> {
        at,
        errors,
        ty: PhantomData,
    })
}

struct OptionVisit<'e, 'p, T> {
    at: Path<'p>,
    errors: &'e mut ValidationErrors,
    ty: PhantomData<fn() -> T>,
}

impl<'de, T: FromJson> Visitor<'de> for OptionVisit<'_, '_, T> {
    type Value = Option<Option<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        Ok(T::read_json(deserializer, self.at, self.errors)?.map(Some))
    }
}

/// An array whose items are read as `T`s, each at its index.
pub(crate) struct ReadItems<T>(PhantomData<fn() -> T>);

impl<T> ReadItems<T> {
    pub(crate) fn new() -> Self {
        ReadItems(PhantomData)
    }
}

impl<'de, T: FromJson> Read<'de> for ReadItems<T> {
    type Out = Vec<T>;
    fn expected(&self) -> &'static str {
        "array"
    }
    fn seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Vec<T>>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        let mut valid = true;
        let mut i = 0;
        while let Some(item) = seq.next_element_seed(Seed::<T>::new(at.index(i), errors))? {
            match item {
                Some(item) if valid => items.push(item),
                Some(_) => {}
                None => valid = false,
            }
            i += 1;
        }
        Ok(valid.then_some(items))
    }
}

/// An object whose values are read as `T`s, each at its key.
pub(crate) struct ReadEntries<T>(PhantomData<fn() -> T>);

impl<T> ReadEntries<T> {
    pub(crate) fn new() -> Self {
        ReadEntries(PhantomData)
    }
}

impl<'de, T: FromJson> Read<'de> for ReadEntries<T> {
    type Out = BTreeMap<String, T>;
    fn expected(&self) -> &'static str {
        "object"
    }
    fn map<A: MapAccess<'de>>(
        self,
        mut map: A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<BTreeMap<String, T>>, A::Error> {
        let mut entries = BTreeMap::new();
        let mut valid = true;
        while let Some(key) = map.next_key::<String>()? {
            match map.next_value_seed(Seed::<T>::new(at.field(&key), errors))? {
                Some(value) if valid => {
                    entries.insert(key, value);
                }
                Some(_) => {}
                None => valid = false,
            }
        }
        Ok(valid.then_some(entries))
    }
}

// ---------------------------------------------------------------------------------------
// Request structs: the generated code says what each field is; this reads the object.

/// The wire names of a request struct's fields, in the schema's order: how its reader,
/// its check and its builder name a field by index.
pub trait Names {
    /// The wire names.
    const NAMES: &'static [&'static str];
}

/// How a request struct is read: one slot per field, each value checked as it is read,
/// then the struct made of them.
pub trait Fields: Names + Sized {
    /// The slots: a tuple (the generated code names no struct for them), or a tuple
    /// struct past twelve, where std's tuples stop being `Default`.
    type Slots: Default;
    /// Whether a key the schema does not list is a violation.
    const CLOSED: bool;
    /// The field a key names, by its position in [`Names::NAMES`]. A scan, as a `match`
    /// on the names would be (`str` patterns are compared one after the other).
    #[inline]
    fn index(key: &str) -> Option<usize> {
        Self::NAMES.iter().position(|name| *name == key)
    }
    /// Reads the value of field `index` from `map`; `at` is the field's own path.
    fn read<'de, A: MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<(), A::Error>;
    /// Reads the value of a key the schema does not list into the struct's map of such
    /// keys; when it has none, reads nothing and hands the key back.
    fn read_extra<'de, A: MapAccess<'de>>(
        slots: &mut Self::Slots,
        key: Cow<'de, str>,
        map: &mut A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Cow<'de, str>>, A::Error> {
        let _ = (slots, map, at, errors);
        Ok(Some(key))
    }
    /// The struct, when every required field was given and nothing was wrong.
    fn finish(
        slots: Self::Slots,
        at: Path<'_>,
        errors: &mut ValidationErrors,
        order: &mut Order,
    ) -> Option<Self>;
}

/// Reads a request struct through its [`Fields`].
pub fn read_object<'de, F: Fields, D: Deserializer<'de>>(
    deserializer: D,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Result<Option<F>, D::Error> {
    read_with(deserializer, at, errors, ReadObject::<F>(PhantomData))
}

struct ReadObject<F>(PhantomData<fn() -> F>);

impl<'de, F: Fields> Read<'de> for ReadObject<F> {
    type Out = F;
    fn expected(&self) -> &'static str {
        "object"
    }
    fn map<A: MapAccess<'de>>(
        self,
        mut map: A,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<F>, A::Error> {
        let mut slots = F::Slots::default();
        let mut order = Order::new(errors, F::NAMES);
        // Keys after the fields: a map of extra keys, then unknown keys, as `from_json`.
        let after = F::NAMES.len();
        while let Some(key) = map.next_key_seed(KeySeed::<F>(PhantomData))? {
            let start = errors.len();
            match key {
                Key::Field(index) => {
                    F::read(
                        &mut slots,
                        index,
                        &mut map,
                        at.named(F::NAMES[index]),
                        errors,
                    )?;
                    order.note(index, start, errors);
                }
                Key::Other(key) => {
                    if let Some(key) = F::read_extra(&mut slots, key, &mut map, at, errors)? {
                        map.next_value::<IgnoredAny>()?;
                        if F::CLOSED {
                            record(errors, at.field(&key), unknown_field(&key, F::NAMES));
                        }
                    }
                    order.note(after, start, errors);
                }
            }
        }
        let object = F::finish(slots, at, errors, &mut order);
        order.sort(errors);
        Ok(object)
    }
}

/// A key of a request object: a field's position, or another key.
enum Key<'de> {
    Field(usize),
    Other(Cow<'de, str>),
}

struct KeySeed<F>(PhantomData<fn() -> F>);

impl<'de, F: Fields> DeserializeSeed<'de> for KeySeed<F> {
    type Value = Key<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, F: Fields> Visitor<'de> for KeySeed<F> {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(F::index(key).map_or(Key::Other(Cow::Borrowed(key)), Key::Field))
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(F::index(key).map_or_else(|| Key::Other(Cow::Owned(key.to_owned())), Key::Field))
    }
    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(F::index(&key).map_or(Key::Other(Cow::Owned(key)), Key::Field))
    }
}

/// Keeps the violations of an object in the schema's field order, whatever the order of
/// its keys (as checking its JSON does). Allocates nothing for an object with few
/// violations: their spans are held inline and sorted in place.
pub struct Order {
    /// The object's wire names, which name a missing field.
    names: &'static [&'static str],
    before: usize,
    /// (field position, first violation, end) per key that had violations: the first
    /// [`INLINE_SPANS`] inline, the rest in `more`.
    spans: [(u32, u32, u32); INLINE_SPANS],
    len: usize,
    more: Vec<(u32, u32, u32)>,
    /// Whether the spans came in field order (nothing to sort).
    sorted: bool,
}

/// How many spans an [`Order`] holds without allocating.
const INLINE_SPANS: usize = 8;
/// Up to how many violations of one object are sorted in place.
const INLINE_SORT: usize = 32;

impl Order {
    fn new(errors: &ValidationErrors, names: &'static [&'static str]) -> Order {
        Order {
            names,
            before: errors.len(),
            spans: [(0, 0, 0); INLINE_SPANS],
            len: 0,
            more: Vec::new(),
            sorted: true,
        }
    }

    /// Whether nothing was recorded since the object began.
    #[inline]
    pub fn valid(&self, errors: &ValidationErrors) -> bool {
        errors.len() == self.before
    }

    #[inline]
    fn note(&mut self, position: usize, start: usize, errors: &ValidationErrors) {
        if errors.len() > start {
            self.push(position, start, errors.len());
        }
    }

    #[cold]
    fn push(&mut self, position: usize, start: usize, end: usize) {
        // Positions and violation counts of one object fit in `u32` (a larger object
        // would not fit in memory as `ValidationError`s).
        let span = (position as u32, start as u32, end as u32);
        let last = self.spans().next_back().map(|&(last, _, _)| last);
        if last.is_some_and(|last| last > span.0) {
            self.sorted = false;
        }
        if self.len < INLINE_SPANS {
            self.spans[self.len] = span;
        } else {
            self.more.push(span);
        }
        self.len += 1;
    }

    fn spans(&self) -> impl DoubleEndedIterator<Item = &(u32, u32, u32)> {
        self.spans[..self.len.min(INLINE_SPANS)]
            .iter()
            .chain(&self.more)
    }

    /// A required field's value, or `None` with the field recorded as missing.
    #[inline]
    pub fn required<T>(
        &mut self,
        slot: Option<Option<T>>,
        errors: &mut ValidationErrors,
        at: Path<'_>,
        position: usize,
    ) -> Option<T> {
        match slot {
            Some(value) => value,
            None => {
                let start = errors.len();
                crate::types::report::missing(errors, at, self.names[position]);
                self.note(position, start, errors);
                None
            }
        }
    }

    /// Puts the violations recorded since the object began in the order of their spans'
    /// positions (a stable sort); any not in a span stay after them, in their order.
    fn sort(self, errors: &mut ValidationErrors) {
        if self.sorted {
            return;
        }
        let count = errors.len() - self.before;
        if count <= INLINE_SORT {
            // A key per violation (its field's position; after every field when it is in
            // no span), then a stable insertion sort of keys and violations together.
            let mut keys = [u32::MAX; INLINE_SORT];
            for &(position, start, end) in self.spans() {
                for key in &mut keys[start as usize - self.before..end as usize - self.before] {
                    *key = position;
                }
            }
            errors.sort_tail_by(self.before, &mut keys[..count]);
        } else {
            let mut spans: Vec<(u32, u32, u32)> = self.spans().copied().collect();
            spans.sort_by_key(|&(position, _, _)| position);
            errors.reorder(
                self.before,
                spans
                    .iter()
                    .map(|&(_, start, end)| start as usize..end as usize),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Scalars.

/// The string a scalar is, or a type violation.
#[inline]
pub fn expect_str<'a>(value: &Scalar<'a>) -> Result<&'a str, ValidationError> {
    match *value {
        Scalar::Str(text) => Ok(text),
        Scalar::Other(ref other) => Err(type_violation_of("string", json_kind(other))),
    }
}

/// The value a scalar is, for the checks of numbers and booleans, written against
/// `Value`. A string becomes the empty string: those checks only look at its type.
#[inline]
pub fn non_string(value: Scalar<'_>) -> Value {
    match value {
        Scalar::Str(_) => Value::String(String::new()),
        Scalar::Other(other) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::from_json_str;
    use crate::types::field::from_json_root;
    use crate::{CreateConferenceRequest, Rule, ValidationErrors};
    use serde_json::json;

    /// Reading straight from the text finds what checking its `Value` finds, in the same
    /// order (the schema's, not the keys').
    #[test]
    fn reading_directly_agrees_with_the_value() {
        let cases = [
            json!({"display_name": "Sync", "name": "weekly", "quality": "720p"}),
            json!({"light_negative": "red", "nmae": 1, "size": "huge", "name": "a b",
                   "join_from": "2022-02-30", "display_name": null, "enable_chat": "yes"}),
            json!({"dark_primary": ["#000000"], "description": {"a": 1}}),
            json!([1, 2]),
            json!("text"),
        ];
        for case in cases {
            let direct = from_json_str::<CreateConferenceRequest>(&case.to_string());
            let checked = from_json_root::<CreateConferenceRequest>(case.clone());
            assert_eq!(direct, checked, "{case}");
            let through_serde = serde_json::from_value::<CreateConferenceRequest>(case.clone())
                .map_err(|error| error.to_string());
            assert_eq!(
                through_serde,
                checked.map_err(|errors| errors.to_string()),
                "{case}"
            );
        }
    }

    /// Many violations (more than are sorted in place) and repeated keys come out in the
    /// same order as when the `Value` is checked.
    #[test]
    fn many_violations_keep_the_schema_order() {
        let mut object = serde_json::Map::new();
        for i in 0..40 {
            object.insert(format!("unknown_{i:02}"), json!(i));
        }
        object.insert("light_negative".into(), json!("red"));
        object.insert("name".into(), json!("a b"));
        object.insert("dark_primary".into(), json!(1));
        let many = serde_json::Value::Object(object);
        let text = many.to_string();
        assert_eq!(
            from_json_str::<CreateConferenceRequest>(&text),
            from_json_root::<CreateConferenceRequest>(many)
        );
        // A key given twice: both values are read, each violation at its field.
        let twice = r#"{"size": "huge", "name": "a b", "display_name": 1, "name": "c d"}"#;
        let rules: Vec<(String, Rule)> = from_json_str::<CreateConferenceRequest>(twice)
            .unwrap_err()
            .iter()
            .map(|e| (e.field().to_owned(), e.rule()))
            .collect();
        let fields: Vec<&str> = rules.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["name", "name", "display_name", "size"]);
        assert_eq!(
            rules[0].1,
            Rule::Pattern("^[A-Za-z0-9_-]+$"),
            "the first value's violation comes first"
        );
    }

    #[test]
    fn date_time_problems_read_as_date_time_parse_words_them() {
        let long = "9".repeat(60);
        for text in ["2022-02-30", "x", "2022-01-01T25:00:00Z", long.as_str()] {
            let request = json!({"display_name": "x", "join_from": text}).to_string();
            let errors = from_json_str::<CreateConferenceRequest>(&request).unwrap_err();
            let error = errors.iter().next().unwrap();
            let expected = crate::DateTime::parse(text).unwrap_err();
            assert_eq!(error.problem(), expected.problem());
            assert_eq!(error.to_string(), format!("join_from: {expected}"));
        }
    }

    #[test]
    fn text_that_is_not_json_is_one_more_violation() {
        let errors: ValidationErrors =
            from_json_str::<CreateConferenceRequest>(r#"{"name": "a b", "display_name": "x""#)
                .unwrap_err();
        let rules: Vec<Rule> = errors.iter().map(|e| e.rule()).collect();
        assert_eq!(
            rules,
            [Rule::Pattern("^[A-Za-z0-9_-]+$"), Rule::Type("JSON")]
        );
        assert!(from_json_str::<CreateConferenceRequest>(r#"{"display_name": "x"} 1"#).is_err());
    }
}
