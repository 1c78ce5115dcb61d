//! Arrays and maps with the schema's count and uniqueness rules, as generic types whose
//! limits are const parameters: generated code names `Items<Tag, 1, 10, true>` instead
//! of declaring a type per array.

use crate::types::field::{
    check_entries, check_items, entries_from_json, into_object, items_from_json, object,
};
use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::report::{count_violation, duplicate_violation, record, type_violation};
use crate::types::validation::{Rule, ValidationError, ValidationErrors};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Number, Value};
use std::collections::BTreeMap;
use std::ops::Deref;

/// An array with `minItems` `MIN`, `maxItems` `MAX` (`u64::MAX` when the schema sets
/// none) and, when `UNIQUE`, `uniqueItems`: valid by construction, like every
/// request value.
///
/// ```
/// use conference_api::Items;
///
/// type Tags = Items<String, 1, 3, true>;
/// let tags = Tags::new(vec!["a".into(), "b".into()])?;
/// assert_eq!(tags.len(), 2); // derefs to a slice
/// assert!(Tags::new(vec![]).is_err()); // minItems 1
/// assert!(Tags::new(vec!["a".into(), "a".into()]).is_err()); // uniqueItems
/// # Ok::<(), conference_api::ValidationError>(())
/// ```
///
/// [`new`](Self::new) compares items with `PartialEq`; deserializing from JSON compares
/// the JSON values as JSON Schema does (`1` and `1.0` are equal, key order does not
/// matter).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Items<T, const MIN: u64, const MAX: u64, const UNIQUE: bool>(Vec<T>);

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> Items<T, MIN, MAX, UNIQUE> {
    /// A compile error (when used) if the limits contradict each other.
    const LIMITS: () = assert!(MIN <= MAX, "Items: MIN is above MAX");

    /// Items WITHOUT checking the schema's rules: the escape hatch for the day the server
    /// accepts what this schema does not yet.
    pub fn new_unchecked(items: Vec<T>) -> Self {
        let () = Self::LIMITS;
        Items(items)
    }

    /// The items.
    pub fn into_inner(self) -> Vec<T> {
        self.0
    }

    /// The first count rule `len` items break.
    fn count_rule(len: usize) -> Option<Rule> {
        let len = len as u64;
        if len < MIN {
            Some(Rule::MinItems(MIN))
        } else if len > MAX {
            Some(Rule::MaxItems(MAX))
        } else {
            None
        }
    }
}

impl<T: PartialEq, const MIN: u64, const MAX: u64, const UNIQUE: bool> Items<T, MIN, MAX, UNIQUE> {
    /// Checks the count and, when `UNIQUE`, that no two items are equal.
    pub fn new(items: Vec<T>) -> Result<Self, ValidationError> {
        let () = Self::LIMITS;
        if let Some(rule) = Self::count_rule(items.len()) {
            return Err(count_violation(rule, items.len()));
        }
        if UNIQUE && let Some((first, second)) = first_duplicate(&items, |a, b| a == b) {
            return Err(duplicate_violation(first, second));
        }
        Ok(Items(items))
    }
}

/// The first pair of equal items, by the index of the second. Quadratic: schemas put
/// `uniqueItems` on short lists, and JSON equality (`1` equals `1.0`) has no cheap hash.
fn first_duplicate<T>(items: &[T], equal: impl Fn(&T, &T) -> bool) -> Option<(usize, usize)> {
    (1..items.len()).find_map(|second| {
        (0..second)
            .find(|&first| equal(&items[first], &items[second]))
            .map(|first| (first, second))
    })
}

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> Deref for Items<T, MIN, MAX, UNIQUE> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> AsRef<[T]>
    for Items<T, MIN, MAX, UNIQUE>
{
    fn as_ref(&self) -> &[T] {
        &self.0
    }
}

impl<'a, T, const MIN: u64, const MAX: u64, const UNIQUE: bool> IntoIterator
    for &'a Items<T, MIN, MAX, UNIQUE>
{
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> IntoIterator
    for Items<T, MIN, MAX, UNIQUE>
{
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> From<Items<T, MIN, MAX, UNIQUE>>
    for Vec<T>
{
    fn from(items: Items<T, MIN, MAX, UNIQUE>) -> Self {
        items.0
    }
}

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> TryFrom<Vec<T>>
    for Items<T, MIN, MAX, UNIQUE>
where
    T: PartialEq,
{
    type Error = ValidationError;
    fn try_from(items: Vec<T>) -> Result<Self, ValidationError> {
        Self::new(items)
    }
}

/// A plain JSON array.
impl<T: Serialize, const MIN: u64, const MAX: u64, const UNIQUE: bool> Serialize
    for Items<T, MIN, MAX, UNIQUE>
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Checked with [`Items::new`].
impl<'de, T, const MIN: u64, const MAX: u64, const UNIQUE: bool> Deserialize<'de>
    for Items<T, MIN, MAX, UNIQUE>
where
    T: Deserialize<'de> + PartialEq,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(deserializer)?;
        Self::new(items).map_err(serde::de::Error::custom)
    }
}

impl<T: FromJson, const MIN: u64, const MAX: u64, const UNIQUE: bool> FromJson
    for Items<T, MIN, MAX, UNIQUE>
{
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        if let Some(items) = array(value, at, errors) {
            check_items::<T>(items, at, errors);
            Self::check_array(items, at, errors);
        }
    }

    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        let Value::Array(items) = value else {
            record(errors, at, type_violation("array", &value));
            return None;
        };
        // Counted and compared as JSON, before the items are converted (and consumed);
        // recorded after the items' own violations, as `check_json` does.
        let mut array_errors = ValidationErrors::new();
        Self::check_array(&items, at, &mut array_errors);
        let converted = items_from_json::<T>(items, at, errors);
        let valid = array_errors.is_empty();
        errors.extend(array_errors);
        let () = Self::LIMITS;
        converted.filter(|_| valid).map(Items)
    }
}

impl<T, const MIN: u64, const MAX: u64, const UNIQUE: bool> Items<T, MIN, MAX, UNIQUE> {
    /// The array's own rules: its count and uniqueness.
    fn check_array(items: &[Value], at: Path<'_>, errors: &mut ValidationErrors) {
        if let Some(rule) = Self::count_rule(items.len()) {
            record(errors, at, count_violation(rule, items.len()));
        }
        if UNIQUE && let Some((first, second)) = first_duplicate(items, json_equal) {
            record(errors, at, duplicate_violation(first, second));
        }
    }
}

fn array<'v>(
    value: &'v Value,
    at: Path<'_>,
    errors: &mut ValidationErrors,
) -> Option<&'v Vec<Value>> {
    match value {
        Value::Array(items) => Some(items),
        other => {
            record(errors, at, type_violation("array", other));
            None
        }
    }
}

/// A JSON object whose values are all `T`, with `minProperties` `MIN` and
/// `maxProperties` `MAX` (`u64::MAX` when the schema sets none): valid by construction.
///
/// ```
/// use conference_api::Entries;
/// use std::collections::BTreeMap;
///
/// type Labels = Entries<String, 1, 2>;
/// let labels = Labels::new(BTreeMap::from([("team".to_owned(), "sales".to_owned())]))?;
/// assert_eq!(labels["team"], "sales"); // derefs to the map
/// assert!(Labels::new(BTreeMap::new()).is_err()); // minProperties 1
/// # Ok::<(), conference_api::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entries<T, const MIN: u64, const MAX: u64>(BTreeMap<String, T>);

impl<T, const MIN: u64, const MAX: u64> Entries<T, MIN, MAX> {
    /// A compile error (when used) if the limits contradict each other.
    const LIMITS: () = assert!(MIN <= MAX, "Entries: MIN is above MAX");

    /// Checks the number of entries.
    pub fn new(entries: BTreeMap<String, T>) -> Result<Self, ValidationError> {
        let () = Self::LIMITS;
        match Self::count_rule(entries.len()) {
            None => Ok(Entries(entries)),
            Some(rule) => Err(count_violation(rule, entries.len())),
        }
    }

    /// Entries WITHOUT checking the schema's rules: the escape hatch for the day the
    /// server accepts what this schema does not yet.
    pub fn new_unchecked(entries: BTreeMap<String, T>) -> Self {
        let () = Self::LIMITS;
        Entries(entries)
    }

    /// The entries.
    pub fn into_inner(self) -> BTreeMap<String, T> {
        self.0
    }

    fn count_rule(len: usize) -> Option<Rule> {
        let len = len as u64;
        if len < MIN {
            Some(Rule::MinProperties(MIN))
        } else if len > MAX {
            Some(Rule::MaxProperties(MAX))
        } else {
            None
        }
    }

    fn check_count(entries: &Map<String, Value>, at: Path<'_>, errors: &mut ValidationErrors) {
        if let Some(rule) = Self::count_rule(entries.len()) {
            record(errors, at, count_violation(rule, entries.len()));
        }
    }
}

impl<T, const MIN: u64, const MAX: u64> Deref for Entries<T, MIN, MAX> {
    type Target = BTreeMap<String, T>;
    fn deref(&self) -> &BTreeMap<String, T> {
        &self.0
    }
}

impl<T, const MIN: u64, const MAX: u64> AsRef<BTreeMap<String, T>> for Entries<T, MIN, MAX> {
    fn as_ref(&self) -> &BTreeMap<String, T> {
        &self.0
    }
}

impl<'a, T, const MIN: u64, const MAX: u64> IntoIterator for &'a Entries<T, MIN, MAX> {
    type Item = (&'a String, &'a T);
    type IntoIter = std::collections::btree_map::Iter<'a, String, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T, const MIN: u64, const MAX: u64> IntoIterator for Entries<T, MIN, MAX> {
    type Item = (String, T);
    type IntoIter = std::collections::btree_map::IntoIter<String, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T, const MIN: u64, const MAX: u64> From<Entries<T, MIN, MAX>> for BTreeMap<String, T> {
    fn from(entries: Entries<T, MIN, MAX>) -> Self {
        entries.0
    }
}

impl<T, const MIN: u64, const MAX: u64> TryFrom<BTreeMap<String, T>> for Entries<T, MIN, MAX> {
    type Error = ValidationError;
    fn try_from(entries: BTreeMap<String, T>) -> Result<Self, ValidationError> {
        Self::new(entries)
    }
}

/// A plain JSON object.
impl<T: Serialize, const MIN: u64, const MAX: u64> Serialize for Entries<T, MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Checked with [`Entries::new`].
impl<'de, T: Deserialize<'de>, const MIN: u64, const MAX: u64> Deserialize<'de>
    for Entries<T, MIN, MAX>
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = BTreeMap::<String, T>::deserialize(deserializer)?;
        Self::new(entries).map_err(serde::de::Error::custom)
    }
}

impl<T: FromJson, const MIN: u64, const MAX: u64> FromJson for Entries<T, MIN, MAX> {
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        if let Some(entries) = object(value, at, errors) {
            check_entries::<T>(entries, at, errors);
            Self::check_count(entries, at, errors);
        }
    }

    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        let entries = into_object(value, at, errors)?;
        let mut count_errors = ValidationErrors::new();
        Self::check_count(&entries, at, &mut count_errors);
        let converted = entries_from_json::<T>(entries, at, errors);
        let valid = count_errors.is_empty();
        errors.extend(count_errors);
        let () = Self::LIMITS;
        converted.filter(|_| valid).map(Entries)
    }
}

/// Equality of JSON values as JSON Schema defines it (`const`, `enum`, `uniqueItems`):
/// numbers are equal when mathematically equal (`1` and `1.0`), objects when they have
/// the same keys with equal values in any order, arrays item by item; `true` is not `1`.
pub fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::String(a), Value::String(b)) => a == b,
        (Value::Number(a), Value::Number(b)) => numbers_equal(a, b),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| json_equal(a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, a)| b.get(key).is_some_and(|b| json_equal(a, b)))
        }
        _ => false,
    }
}

/// A JSON number as an exact integer where it is one, so `u64::MAX` and `1.8446744e19`
/// differ (as f64 they would not).
#[derive(PartialEq)]
enum Exact {
    Integer(i128),
    Float(f64),
}

fn exact(number: &Number) -> Exact {
    if let Some(i) = number.as_i64() {
        return Exact::Integer(i.into());
    }
    if let Some(u) = number.as_u64() {
        return Exact::Integer(u.into());
    }
    let float = number.as_f64().unwrap_or(f64::NAN);
    // Every float with no fraction below 2^127 is an exact i128.
    if float.fract() == 0.0 && float.abs() < 1.7014118346046923e38 {
        Exact::Integer(float as i128)
    } else {
        Exact::Float(float)
    }
}

fn numbers_equal(a: &Number, b: &Number) -> bool {
    exact(a) == exact(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn verdict<T: FromJson>(value: Value) -> Result<(), Vec<(String, Rule)>> {
        let mut checked = ValidationErrors::new();
        T::check_json(&value, Path::Root, &mut checked);
        let mut converted = ValidationErrors::new();
        let result = T::from_json(value, Path::Root, &mut converted);
        assert_eq!(checked, converted, "check_json and from_json disagree");
        assert_eq!(result.is_some(), converted.is_empty());
        if converted.is_empty() {
            Ok(())
        } else {
            Err(converted
                .iter()
                .map(|e| (e.field().to_owned(), e.rule()))
                .collect())
        }
    }

    /// uniqueItems.json, "uniqueItems validation": (data, valid).
    const UNIQUE_ITEMS: &[(&str, bool)] = &[
        ("[1, 2]", true),
        ("[1, 1]", false),
        ("[1, 2, 1]", false),
        ("[1.0, 1.0, 1]", false),
        ("[0, false]", true),
        ("[1, true]", true),
        (r#"["foo", "bar", "baz"]"#, true),
        (r#"["foo", "bar", "foo"]"#, false),
        (r#"[{"foo": "bar"}, {"foo": "baz"}]"#, true),
        (r#"[{"foo": "bar"}, {"foo": "bar"}]"#, false),
        (
            r#"[{"foo": "bar", "bar": "foo"}, {"bar": "foo", "foo": "bar"}]"#,
            false,
        ),
        (
            r#"[{"foo": {"bar": {"baz": true}}}, {"foo": {"bar": {"baz": false}}}]"#,
            true,
        ),
        (
            r#"[{"foo": {"bar": {"baz": true}}}, {"foo": {"bar": {"baz": true}}}]"#,
            false,
        ),
        (r#"[["foo"], ["bar"]]"#, true),
        (r#"[["foo"], ["foo"]]"#, false),
        (r#"[["foo"], ["bar"], ["foo"]]"#, false),
        ("[[1], [true]]", true),
        ("[[0], [false]]", true),
        (r#"[[[1], "foo"], [[true], "foo"]]"#, true),
        (r#"[[[0], "foo"], [[false], "foo"]]"#, true),
        (r#"[{}, [1], true, null, 1, "{}"]"#, true),
        ("[{}, [1], true, null, {}, 1]", false),
        (r#"[{"a": 1, "b": 2}, {"a": 2, "b": 1}]"#, true),
        (r#"[{"a": 1, "b": 2}, {"b": 2, "a": 1}]"#, false),
        (r#"[{"a": false}, {"a": 0}]"#, true),
        (r#"[{"a": true}, {"a": 1}]"#, true),
    ];

    #[test]
    fn the_suites_unique_items_cases() {
        type Unique = Items<Value, 0, { u64::MAX }, true>;
        type Any = Items<Value, 0, { u64::MAX }, false>;
        for (data, valid) in UNIQUE_ITEMS {
            let value: Value = serde_json::from_str(data).unwrap();
            let result = verdict::<Unique>(value.clone());
            assert_eq!(result.is_ok(), *valid, "{data}: {result:?}");
            if let Err(found) = result {
                assert_eq!(found, [(String::new(), Rule::UniqueItems)]);
            }
            assert!(verdict::<Any>(value).is_ok(), "uniqueItems false: {data}");
        }
    }

    #[test]
    fn counts_and_items_are_all_reported() {
        type Two = Items<i32, 2, 3, true>;
        let errors = verdict::<Two>(json!(["x", 1, 1, 2.5])).unwrap_err();
        assert_eq!(
            errors,
            [
                ("[0]".to_owned(), Rule::Type("integer")),
                ("[3]".to_owned(), Rule::Type("integer")),
                (String::new(), Rule::MaxItems(3)),
                (String::new(), Rule::UniqueItems),
            ]
        );
        assert_eq!(
            verdict::<Two>(json!([1])).unwrap_err(),
            [(String::new(), Rule::MinItems(2))]
        );
        assert_eq!(
            verdict::<Two>(json!({})).unwrap_err(),
            [(String::new(), Rule::Type("array"))]
        );
        assert!(verdict::<Two>(json!([1, 2.0])).is_ok());
        let error = Two::new(vec![1, 2, 1]).unwrap_err();
        assert_eq!(
            error.problem(),
            "items 0 and 2 are equal; every item must be unique"
        );
        let error = Two::new(vec![1, 2, 3, 4]).unwrap_err();
        assert_eq!(
            error.problem(),
            "has 4 items, 1 over the limit of 3; remove some"
        );
    }

    #[test]
    fn items_behave_as_a_slice_and_travel_as_an_array() {
        type Tags = Items<String, 0, { u64::MAX }, false>;
        let tags = Tags::new(vec!["a".into(), "b".into()]).unwrap();
        assert_eq!(tags.first().map(String::as_str), Some("a"));
        assert_eq!((&tags).into_iter().count(), 2);
        assert_eq!(serde_json::to_string(&tags).unwrap(), r#"["a","b"]"#);
        let back: Tags = serde_json::from_str(r#"["a","b"]"#).unwrap();
        assert_eq!(back, tags);
        assert!(serde_json::from_str::<Items<String, 3, 3, false>>(r#"["a"]"#).is_err());
        assert_eq!(tags.clone().into_inner(), ["a", "b"]);
        assert_eq!(tags.as_ref().len(), 2);
        let unchecked = Items::<u8, 1, 1, true>::new_unchecked(vec![]);
        assert!(unchecked.is_empty());
    }

    #[test]
    fn entries_check_their_values_and_count() {
        type Meta = Entries<i64, 1, 2>;
        let errors = verdict::<Meta>(json!({"a": "x", "b": 1, "c": 2})).unwrap_err();
        assert_eq!(
            errors,
            [
                ("a".to_owned(), Rule::Type("integer")),
                (String::new(), Rule::MaxProperties(2)),
            ]
        );
        let root = Path::Root;
        let mut errors = ValidationErrors::new();
        Meta::check_json(&json!({}), root.field("meta"), &mut errors);
        assert_eq!(errors.iter().next().unwrap().field(), "meta");
        assert_eq!(errors.iter().next().unwrap().rule(), Rule::MinProperties(1));
        let mut errors = ValidationErrors::new();
        Meta::check_json(&json!({"key": true}), root.field("meta"), &mut errors);
        assert_eq!(errors.iter().next().unwrap().field(), "meta.key");
        let meta = Meta::new(BTreeMap::from([("k".to_owned(), 1)])).unwrap();
        assert_eq!(meta["k"], 1);
        assert_eq!(serde_json::to_string(&meta).unwrap(), r#"{"k":1}"#);
        assert_eq!(serde_json::from_str::<Meta>(r#"{"k":1}"#).unwrap(), meta);
        assert!(serde_json::from_str::<Meta>("{}").is_err());
        assert_eq!((&meta).into_iter().count(), 1);
    }

    #[test]
    fn json_numbers_compare_mathematically() {
        assert!(json_equal(&json!(1), &json!(1.0)));
        assert!(json_equal(&json!(-0.0), &json!(0)));
        assert!(!json_equal(
            &json!(u64::MAX),
            &json!(18446744073709551615.0)
        ));
        assert!(!json_equal(&json!(1), &json!(true)));
        assert!(json_equal(&json!(0.5), &json!(0.5)));
    }
}
