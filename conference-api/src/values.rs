//! The parts of generated value types that do not depend on the schema, as macros that
//! generated code calls: the generated code stays short enough to review, and these
//! impls are written (and tested) once.

/// Methods and trait impls of a generated string newtype `$name(Cow<'static, str>)` that
/// has `const fn broken_rule(&str) -> Option<Rule>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __string_value {
    ($name:ident) => {
        impl $name {
            /// Checks `value` against the schema's rules.
            pub fn new(
                value: impl ::core::convert::Into<::std::string::String>,
            ) -> ::core::result::Result<Self, $crate::ValidationError> {
                let value = value.into();
                match Self::broken_rule(&value) {
                    ::core::option::Option::None => {
                        ::core::result::Result::Ok(Self(::std::borrow::Cow::Owned(value)))
                    }
                    ::core::option::Option::Some(rule) => {
                        ::core::result::Result::Err($crate::__private::violation(rule, &value))
                    }
                }
            }

            /// A value WITHOUT checking the schema's rules: the escape hatch for the day
            /// the server accepts what this schema does not yet. Nothing else skips
            /// validation.
            pub fn new_unchecked(value: impl ::core::convert::Into<::std::string::String>) -> Self {
                Self(::std::borrow::Cow::Owned(value.into()))
            }

            /// The value as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The value as an owned string.
            pub fn into_string(self) -> ::std::string::String {
                self.0.into_owned()
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(self.as_str(), f)
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
            ) -> ::core::result::Result<(), $crate::ValidationError> {
                match value.as_str() {
                    ::core::option::Option::Some(text) => match Self::broken_rule(text) {
                        ::core::option::Option::None => ::core::result::Result::Ok(()),
                        ::core::option::Option::Some(rule) => {
                            ::core::result::Result::Err($crate::__private::violation(rule, text))
                        }
                    },
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::__private::type_violation("string", value),
                    ),
                }
            }
            fn from_json(
                value: $crate::__private::serde_json::Value,
            ) -> ::core::result::Result<Self, $crate::ValidationError> {
                match value {
                    $crate::__private::serde_json::Value::String(text) => Self::new(text),
                    other => ::core::result::Result::Err($crate::__private::type_violation(
                        "string", &other,
                    )),
                }
            }
        }
    };
}

/// Methods and trait impls of a generated integer newtype `$name($base)` that has
/// `const fn broken_rule($base) -> Option<Rule>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __integer_value {
    ($name:ident, $base:ty) => {
        impl $name {
            /// Checks `value` against the schema's rules.
            pub fn new(value: $base) -> ::core::result::Result<Self, $crate::ValidationError> {
                match Self::broken_rule(value) {
                    ::core::option::Option::None => ::core::result::Result::Ok(Self(value)),
                    ::core::option::Option::Some(rule) => {
                        ::core::result::Result::Err($crate::__private::violation(
                            rule,
                            &::std::string::ToString::to_string(&value),
                        ))
                    }
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
            ) -> ::core::result::Result<(), $crate::ValidationError> {
                <Self as $crate::__private::FromJson>::from_json(value.clone()).map(|_| ())
            }
            fn from_json(
                value: $crate::__private::serde_json::Value,
            ) -> ::core::result::Result<Self, $crate::ValidationError> {
                Self::new(<$base as $crate::__private::FromJson>::from_json(value)?)
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
                let text = <::std::borrow::Cow<'de, str> as $crate::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )?;
                text.parse()
                    .map_err(<D::Error as $crate::__private::serde::de::Error>::custom)
            }
        }

        impl $crate::__private::FromJson for $name {
            #[inline]
            fn check_json(
                value: &$crate::__private::serde_json::Value,
            ) -> ::core::result::Result<(), $crate::ValidationError> {
                match value.as_str() {
                    ::core::option::Option::Some(text) => text.parse::<Self>().map(|_| ()),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::__private::type_violation("string", value),
                    ),
                }
            }
            fn from_json(
                value: $crate::__private::serde_json::Value,
            ) -> ::core::result::Result<Self, $crate::ValidationError> {
                match value.as_str() {
                    ::core::option::Option::Some(text) => text.parse(),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        $crate::__private::type_violation("string", &value),
                    ),
                }
            }
        }
    };
}
