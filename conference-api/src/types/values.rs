//! The parts of generated value types that do not depend on the schema, as macros that
//! generated code calls: the generated code stays short enough to review, and these
//! impls are written (and tested) once.

/// Methods and trait impls of a generated string newtype `$name(CompactString)` (short
/// text inline, a literal from `from_static` borrowed) that has
/// `const fn broken_rule(&str) -> Option<Rule>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __string_value {
    ($name:ident) => {
        impl $name {
            /// Checks `value` against the schema's rules.
            pub fn new<'a>(
                value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
            ) -> ::core::result::Result<Self, $crate::ValidationError> {
                let value = value.into();
                match Self::broken_rule(&value) {
                    ::core::option::Option::None => ::core::result::Result::Ok(Self(
                        $crate::__private::CompactString::from(value),
                    )),
                    ::core::option::Option::Some(rule) => {
                        ::core::result::Result::Err($crate::__private::violation(rule, &value))
                    }
                }
            }

            /// A value WITHOUT checking the schema's rules: the escape hatch for the day
            /// the server accepts what this schema does not yet. Nothing else skips
            /// validation.
            pub fn new_unchecked<'a>(
                value: impl ::core::convert::Into<::std::borrow::Cow<'a, str>>,
            ) -> Self {
                Self($crate::__private::CompactString::from(value.into()))
            }

            /// The value as a string slice.
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            /// The value as an owned string.
            pub fn into_string(self) -> ::std::string::String {
                self.0.into_string()
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl $crate::__private::FromText for $name {
            #[inline]
            fn from_text(
                text: ::std::borrow::Cow<'_, str>,
            ) -> ::core::result::Result<Self, ::std::borrow::Cow<'_, str>> {
                match Self::broken_rule(&text) {
                    ::core::option::Option::None => ::core::result::Result::Ok(Self(
                        $crate::__private::CompactString::from(text),
                    )),
                    ::core::option::Option::Some(_) => ::core::result::Result::Err(text),
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::convert::From<$name> for ::std::string::String {
            fn from(value: $name) -> Self {
                value.into_string()
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ValidationError;
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::new(text)
            }
        }

        impl ::core::convert::TryFrom<::std::string::String> for $name {
            type Error = $crate::ValidationError;
            fn try_from(text: ::std::string::String) -> ::core::result::Result<Self, Self::Error> {
                Self::new(text)
            }
        }

        impl ::core::convert::TryFrom<&str> for $name {
            type Error = $crate::ValidationError;
            fn try_from(text: &str) -> ::core::result::Result<Self, Self::Error> {
                Self::new(text)
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let text =
                    <::std::string::String as $crate::__private::serde::Deserialize>::deserialize(
                        deserializer,
                    )?;
                Self::new(text).map_err(<D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }

        impl $crate::__private::FromJson for $name {
            #[inline]
            fn check_json(
                value: &$crate::__private::serde_json::Value,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) {
                $crate::__private::check_string(value, at, errors, Self::broken_rule);
            }
            #[inline]
            fn from_json(
                value: $crate::__private::serde_json::Value,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) -> ::core::option::Option<Self> {
                $crate::__private::string_from_json(value, at, errors, Self::broken_rule)
                    .map(|text| Self($crate::__private::CompactString::from(text)))
            }
            #[inline]
            fn read_json<'de, D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) -> ::core::result::Result<::core::option::Option<Self>, D::Error> {
                $crate::__private::read_text(deserializer, at, errors, Self::broken_rule, |text| {
                    Self($crate::__private::CompactString::new(text))
                })
            }
            #[inline]
            fn read_json_into<'de, D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
                slot: &mut ::core::option::Option<::core::option::Option<Self>>,
            ) -> ::core::result::Result<(), D::Error> {
                $crate::__private::read_text_into(
                    deserializer,
                    at,
                    errors,
                    slot,
                    Self::broken_rule,
                    |text| Self($crate::__private::CompactString::new(text)),
                )
            }
        }
    };
}

/// Methods and trait impls of a generated integer newtype `$name($base)` (`$base` is
/// `i32` or `i64`) that has `const fn broken_rule($base) -> Option<Rule>`. The struct
/// derives `Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord` itself.
#[doc(hidden)]
#[macro_export]
macro_rules! __integer_value {
    ($name:ident, $base:ty) => {
        $crate::__numeric_value!($name, $base);
    };
}

/// Methods and trait impls of a generated number newtype `$name($base)` (`$base` is
/// `f32` or `f64`) that has `const fn broken_rule($base) -> Option<Rule>`. The struct
/// derives `Clone, Copy, Debug, PartialEq, PartialOrd` itself (no `Eq`, `Hash` or `Ord`:
/// floats have no total order). `new` also refuses NaN and infinities, which JSON cannot
/// write.
#[doc(hidden)]
#[macro_export]
macro_rules! __number_value {
    ($name:ident, $base:ty) => {
        $crate::__numeric_value!($name, $base);
    };
}

/// The body of [`__integer_value!`] and [`__number_value!`].
#[doc(hidden)]
#[macro_export]
macro_rules! __numeric_value {
    ($name:ident, $base:ty) => {
        impl $name {
            /// Checks `value` against the schema's rules.
            pub fn new(value: $base) -> ::core::result::Result<Self, $crate::ValidationError> {
                match $crate::__private::number_violation(value, Self::broken_rule) {
                    ::core::option::Option::None => ::core::result::Result::Ok(Self(value)),
                    ::core::option::Option::Some(error) => ::core::result::Result::Err(error),
                }
            }

            /// A value WITHOUT checking the schema's rules: the escape hatch for the day
            /// the server accepts what this schema does not yet. Nothing else skips
            /// validation.
            pub const fn new_unchecked(value: $base) -> Self {
                Self(value)
            }

            /// The number.
            pub const fn get(self) -> $base {
                self.0
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::core::convert::TryFrom<$base> for $name {
            type Error = $crate::ValidationError;
            fn try_from(value: $base) -> ::core::result::Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl ::core::convert::From<$name> for $base {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serde::Serialize::serialize(&self.0, serializer)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let value =
                    <$base as $crate::__private::serde::Deserialize>::deserialize(deserializer)?;
                Self::new(value).map_err(<D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }

        impl $crate::__private::FromJson for $name {
            #[inline]
            fn check_json(
                value: &$crate::__private::serde_json::Value,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) {
                $crate::__private::check_number::<$base>(value, at, errors, Self::broken_rule);
            }
            #[inline]
            fn from_json(
                value: $crate::__private::serde_json::Value,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) -> ::core::option::Option<Self> {
                $crate::__private::check_number::<$base>(&value, at, errors, Self::broken_rule)
                    .map(Self)
            }
            #[inline]
            fn read_json<'de, D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) -> ::core::result::Result<::core::option::Option<Self>, D::Error> {
                $crate::__private::read_scalar(deserializer, at, errors, "number", |value| {
                    let number = <$base as $crate::__private::JsonNumber>::read_json(
                        &$crate::__private::non_string(value),
                    )?;
                    match Self::broken_rule(number) {
                        ::core::option::Option::None => ::core::result::Result::Ok(Self(number)),
                        ::core::option::Option::Some(rule) => {
                            ::core::result::Result::Err($crate::__private::violation(
                                rule,
                                &::std::string::ToString::to_string(&number),
                            ))
                        }
                    }
                })
            }
        }
    };
}

/// Trait impls of a generated string enum that has `const fn as_str(&self)` and
/// `FromStr<Err = ValidationError>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __string_enum {
    ($name:ident) => {
        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<__S: $crate::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<__D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                let text = <::std::borrow::Cow<'de, str> as $crate::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )?;
                text.parse()
                    .map_err(<__D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }

        impl $crate::__private::FromJson for $name {
            #[inline]
            fn check_json(
                value: &$crate::__private::serde_json::Value,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) {
                $crate::__private::parse_string::<Self>(value, at, errors);
            }
            #[inline]
            fn from_json(
                value: $crate::__private::serde_json::Value,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) -> ::core::option::Option<Self> {
                $crate::__private::parse_string(&value, at, errors)
            }
            #[inline]
            fn read_json<'de, __D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: __D,
                at: $crate::__private::Path<'_>,
                errors: &mut $crate::ValidationErrors,
            ) -> ::core::result::Result<::core::option::Option<Self>, __D::Error> {
                $crate::__private::read_scalar(deserializer, at, errors, "string", |value| {
                    $crate::__private::expect_str(&value)?.parse()
                })
            }
        }
    };
}

#[cfg(test)]
mod tests {
    //! The macros on hand-written newtypes of the shape the generator emits.

    use crate::__private::{FromJson, Path, is_multiple_of, is_multiple_of_int};
    use crate::{Rule, ValidationErrors};
    use serde_json::json;

    /// `exclusiveMinimum: 0, maximum: 1, multipleOf: 0.25`.
    #[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
    struct Ratio(f64);

    impl Ratio {
        const fn broken_rule(value: f64) -> Option<Rule> {
            // NaN breaks every rule (a `const` literal can be NaN; `new` refuses it first).
            if value.is_nan() || value <= 0.0 {
                return Some(Rule::ExclusiveMinimum(0.0));
            }
            if value > 1.0 {
                return Some(Rule::Maximum(1.0));
            }
            if !is_multiple_of(value, 0.25) {
                return Some(Rule::MultipleOf(0.25));
            }
            None
        }
    }

    crate::__number_value!(Ratio, f64);

    /// `minimum: -10, multipleOf: 5`, as `f32`.
    #[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
    struct Step(f32);

    impl Step {
        const fn broken_rule(value: f32) -> Option<Rule> {
            if value.is_nan() || value < -10.0 {
                return Some(Rule::Minimum(-10.0));
            }
            if !is_multiple_of(value as f64, 5.0) {
                return Some(Rule::MultipleOf(5.0));
            }
            None
        }
    }

    crate::__number_value!(Step, f32);

    /// `multipleOf: 3`, as `i64`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    struct Triple(i64);

    impl Triple {
        const fn broken_rule(value: i64) -> Option<Rule> {
            if !is_multiple_of_int(value, 3) {
                return Some(Rule::MultipleOf(3.0));
            }
            None
        }
    }

    crate::__integer_value!(Triple, i64);

    #[test]
    fn number_newtypes_check_new_serde_and_json() {
        assert_eq!(Ratio::new(0.75).unwrap().get(), 0.75);
        let error = Ratio::new(0.0).unwrap_err();
        assert_eq!(error.rule(), Rule::ExclusiveMinimum(0.0));
        assert_eq!(
            error.problem(),
            "0 is not greater than 0, the exclusive minimum"
        );
        assert_eq!(
            Ratio::new(0.3).unwrap_err().to_string(),
            "0.3 is not a multiple of 0.25 (rule: multipleOf 0.25)"
        );
        let nan = Ratio::new(f64::NAN).unwrap_err();
        assert_eq!(nan.rule(), Rule::Type("number"));
        assert!(Ratio::new(f64::INFINITY).is_err());
        assert_eq!(Ratio::new_unchecked(7.0).to_string(), "7");
        assert_eq!(
            serde_json::to_string(&Ratio::new(0.5).unwrap()).unwrap(),
            "0.5"
        );
        assert_eq!(serde_json::from_str::<Ratio>("1").unwrap(), Ratio(1.0));
        assert!(serde_json::from_str::<Ratio>("2").is_err());
        assert_eq!(Ratio::try_from(0.25).unwrap(), Ratio(0.25));
        assert_eq!(f64::from(Ratio(0.25)), 0.25);
        assert!(Ratio(0.25) < Ratio(0.5));

        assert_eq!(Step::new(-10.0).unwrap(), Step(-10.0));
        assert_eq!(Step::new(-15.0).unwrap_err().rule(), Rule::Minimum(-10.0));
        assert_eq!(serde_json::to_string(&Step(5.0)).unwrap(), "5.0");
        assert_eq!(Step::new_unchecked(1.0).get(), 1.0);
        assert_eq!(Triple::new_unchecked(1).to_string(), "1");

        assert_eq!(Triple::new(9).unwrap().get(), 9);
        assert_eq!(
            Triple::new(10).unwrap_err().problem(),
            "10 is not a multiple of 3"
        );
    }

    #[test]
    fn number_newtypes_from_json_report_at_the_path() {
        let root = Path::Root;
        let at = root.field("ratio");
        let mut errors = ValidationErrors::new();
        for value in [json!(0.5), json!(1)] {
            assert!(Ratio::from_json(value, at, &mut errors).is_some());
        }
        assert!(Ratio::from_json(json!(1.5), at, &mut errors).is_none());
        Ratio::check_json(&json!("1"), at, &mut errors);
        Step::check_json(&json!(1e300), at, &mut errors);
        assert_eq!(
            Triple::from_json(json!(6.0), at, &mut errors),
            Some(Triple(6))
        );
        Triple::check_json(&json!(7), at, &mut errors);
        let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "ratio: 1.5 is above the maximum 1 (rule: maximum 1)",
                "ratio: expected a number, got a string (rule: type number)",
                "ratio: 1e+300 does not fit in a 32-bit number (rule: type 32-bit number)",
                "ratio: 7 is not a multiple of 3 (rule: multipleOf 3)",
            ]
        );
    }
}
