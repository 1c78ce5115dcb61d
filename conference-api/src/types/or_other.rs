//! Values of schemas without `type`: JSON Schema applies a keyword only to the JSON types
//! it is about (`maxLength` to strings, `minimum` to numbers, `required` to objects) and
//! accepts a value of any other type as it is.

use crate::types::from_json::FromJson;
use crate::types::path::Path;
use crate::types::validation::{Rule, ValidationError, ValidationErrors};
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// The JSON types, as the bits of [`OrOther`]'s `TYPES`.
pub mod json_type {
    /// `null`.
    pub const NULL: u8 = 1;
    /// `true` and `false`.
    pub const BOOLEAN: u8 = 2;
    /// Numbers, integers among them.
    pub const NUMBER: u8 = 4;
    /// Strings.
    pub const STRING: u8 = 8;
    /// Arrays.
    pub const ARRAY: u8 = 16;
    /// Objects.
    pub const OBJECT: u8 = 32;
}

/// The value of a schema without `type` (`{"maxLength": 2}`): a value of the JSON types
/// in `TYPES` (bits of [`json_type`], the types its keywords constrain) is a `T`, with
/// `T`'s rules; a value of any other JSON type is valid as it is, as JSON Schema says.
///
/// ```
/// use conference_api::{OrOther, json_type};
/// use serde_json::json;
///
/// // `{"minimum": 1}` without `type`: numbers must be at least 1, anything else goes.
/// type Positive = OrOther<u8, { json_type::NUMBER }>;
/// let text: Positive = serde_json::from_value(json!("one"))?;
/// assert_eq!(text.as_other(), Some(&json!("one")));
/// let number: Positive = serde_json::from_value(json!(2))?;
/// assert_eq!(number.as_typed(), Some(&2));
/// assert!(Positive::other(json!(3)).is_err(), "a number must be a `T`");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrOther<T, const TYPES: u8>(Held<T>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Held<T> {
    Typed(T),
    /// Never of a type in `TYPES`: [`OrOther::other`] refuses those.
    Other(Value),
}

impl<T, const TYPES: u8> OrOther<T, TYPES> {
    /// A value of the types the keywords constrain.
    pub fn typed(value: T) -> Self {
        OrOther(Held::Typed(value))
    }

    /// A value of another JSON type, kept as it is. A value of a type in `TYPES` is
    /// refused: it must be a `T`, which keeps the schema's rules.
    pub fn other(value: Value) -> Result<Self, ValidationError> {
        if takes(TYPES, &value) {
            return Err(other_violation(TYPES));
        }
        Ok(OrOther(Held::Other(value)))
    }

    /// The value, when it is of a type the keywords constrain.
    pub fn as_typed(&self) -> Option<&T> {
        match &self.0 {
            Held::Typed(value) => Some(value),
            Held::Other(_) => None,
        }
    }

    /// The value, when it is of another JSON type.
    pub fn as_other(&self) -> Option<&Value> {
        match &self.0 {
            Held::Typed(_) => None,
            Held::Other(value) => Some(value),
        }
    }
}

impl<T, const TYPES: u8> From<T> for OrOther<T, TYPES> {
    fn from(value: T) -> Self {
        Self::typed(value)
    }
}

/// Whether `value` is of one of the JSON types in `types`.
fn takes(types: u8, value: &Value) -> bool {
    let bit = match value {
        Value::Null => json_type::NULL,
        Value::Bool(_) => json_type::BOOLEAN,
        Value::Number(_) => json_type::NUMBER,
        Value::String(_) => json_type::STRING,
        Value::Array(_) => json_type::ARRAY,
        Value::Object(_) => json_type::OBJECT,
    };
    types & bit != 0
}

/// A value of a type in `types` offered as another: "expected a value that is not a string".
#[cold]
fn other_violation(types: u8) -> ValidationError {
    let names = [
        (json_type::NULL, "null"),
        (json_type::BOOLEAN, "a boolean"),
        (json_type::NUMBER, "a number"),
        (json_type::STRING, "a string"),
        (json_type::ARRAY, "an array"),
        (json_type::OBJECT, "an object"),
    ];
    let taken: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| types & bit != 0)
        .map(|(_, name)| *name)
        .collect();
    ValidationError::new(
        "",
        Rule::Type("value"),
        format!(
            "is {}: such a value has the schema's rules, so make it with OrOther::typed",
            taken.join(" or ")
        ),
    )
}

impl<T: Serialize, const TYPES: u8> Serialize for OrOther<T, TYPES> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Held::Typed(value) => value.serialize(serializer),
            Held::Other(value) => value.serialize(serializer),
        }
    }
}

/// Reads a `Value` first: which of the two it is depends on the value's JSON type.
impl<'de, T: DeserializeOwned, const TYPES: u8> Deserialize<'de> for OrOther<T, TYPES> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if takes(TYPES, &value) {
            T::deserialize(value)
                .map(Self::typed)
                .map_err(D::Error::custom)
        } else {
            Ok(OrOther(Held::Other(value)))
        }
    }
}

impl<T: FromJson, const TYPES: u8> FromJson for OrOther<T, TYPES> {
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors) {
        if takes(TYPES, value) {
            T::check_json(value, at, errors);
        }
    }

    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        if takes(TYPES, &value) {
            T::from_json(value, at, errors).map(Self::typed)
        } else {
            Some(OrOther(Held::Other(value)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Items;
    use serde_json::json;

    /// `{"maxItems": 2}` without `type`.
    type MaxTwo = OrOther<Items<Value, 0, 2, false>, { json_type::ARRAY }>;

    fn rules<T: FromJson>(value: Value) -> Vec<Rule> {
        let mut checked = ValidationErrors::new();
        T::check_json(&value, Path::Root, &mut checked);
        let mut converted = ValidationErrors::new();
        let result = T::from_json(value, Path::Root, &mut converted);
        assert_eq!(checked, converted, "check_json and from_json disagree");
        assert_eq!(result.is_some(), converted.is_empty());
        converted.iter().map(|e| e.rule()).collect::<Vec<_>>()
    }

    #[test]
    fn other_json_types_are_valid_and_the_keywords_apply_to_their_own() {
        for other in [
            json!("abc"),
            json!(12),
            json!({"a": 1}),
            json!(null),
            json!(true),
        ] {
            assert_eq!(rules::<MaxTwo>(other.clone()), [], "{other}");
            let read: MaxTwo = serde_json::from_value(other.clone()).unwrap();
            assert_eq!(read.as_other(), Some(&other));
            assert_eq!(serde_json::to_value(&read).unwrap(), other);
        }
        assert_eq!(rules::<MaxTwo>(json!([1, 2])), []);
        assert_eq!(rules::<MaxTwo>(json!([1, 2, 3])), [Rule::MaxItems(2)]);
        assert!(serde_json::from_value::<MaxTwo>(json!([1, 2, 3])).is_err());
        let two: MaxTwo = serde_json::from_value(json!([1, 2])).unwrap();
        assert_eq!(two.as_typed().map(|items| items.len()), Some(2));
        assert_eq!(two.as_other(), None);
    }

    #[test]
    fn several_types_may_be_constrained() {
        type Both = OrOther<Value, { json_type::STRING | json_type::NUMBER }>;
        let text: Both = serde_json::from_value(json!("a")).unwrap();
        assert!(text.as_typed().is_some());
        let number: Both = serde_json::from_value(json!(1.5)).unwrap();
        assert!(number.as_typed().is_some());
        let list: Both = serde_json::from_value(json!([])).unwrap();
        assert!(list.as_other().is_some());
    }

    #[test]
    fn a_value_of_a_constrained_type_cannot_skip_the_rules() {
        let error = MaxTwo::other(json!([1, 2, 3])).unwrap_err();
        assert_eq!(error.rule(), Rule::Type("value"));
        assert!(error.problem().contains("is an array"), "{error}");
        let kept = MaxTwo::other(json!("text")).unwrap();
        assert_eq!(kept.as_other(), Some(&json!("text")));
        let typed = MaxTwo::from(Items::new(vec![json!(1)]).unwrap());
        assert_eq!(serde_json::to_value(&typed).unwrap(), json!([1]));
    }
}
