//! Violations of the schema's rules, reported all at once.
//!
//! Generated request types are valid by construction: every constrained value is a
//! newtype whose constructors check the schema's rules, and a request built from raw
//! values (a builder, or JSON) reports every violation in one [`ValidationErrors`].

use std::borrow::Cow;
use std::fmt;

/// The schema rule a value broke, with its limit.
///
/// Number limits are `f64`, as JSON Schema writes them; schema limits are never NaN, so
/// `Rule` is `Eq`.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Rule {
    /// A required field was not given (`required`).
    Required,
    /// A string is longer than `maxLength`, counted in Unicode code points.
    MaxLength(u64),
    /// A string is shorter than `minLength`, counted in Unicode code points.
    MinLength(u64),
    /// A string does not match the ECMA-262 regular expression `pattern`.
    Pattern(&'static str),
    /// A value is not one of the `enum` values.
    Enum(&'static [&'static str]),
    /// A string is not in the `format` (`date-time`, `uuid`, `uri`).
    Format(&'static str),
    /// A number is below `minimum`.
    Minimum(f64),
    /// A number is above `maximum`.
    Maximum(f64),
    /// A number is not above `exclusiveMinimum`.
    ExclusiveMinimum(f64),
    /// A number is not below `exclusiveMaximum`.
    ExclusiveMaximum(f64),
    /// A number is not a multiple of `multipleOf`.
    MultipleOf(f64),
    /// An array has fewer items than `minItems`.
    MinItems(u64),
    /// An array has more items than `maxItems`.
    MaxItems(u64),
    /// An array has two equal items (`uniqueItems`), compared as JSON values.
    UniqueItems,
    /// An object has fewer properties than `minProperties`.
    MinProperties(u64),
    /// An object has more properties than `maxProperties`.
    MaxProperties(u64),
    /// A value matches none, or more than one, of the `oneOf` variants (named).
    OneOf(&'static [&'static str]),
    /// A value matches none of the `anyOf` variants (named).
    AnyOf(&'static [&'static str]),
    /// A value matches the schema under `not`.
    Not,
    /// An object has a key its closed schema does not list.
    UnknownField,
    /// A value has the wrong JSON type (a number where a string belongs).
    Type(&'static str),
}

// Limits come from the schema, which cannot hold NaN (JSON has no NaN), so equality is
// reflexive for every `Rule` that exists.
impl Eq for Rule {}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Required => f.write_str("required"),
            Rule::MaxLength(n) => write!(f, "maxLength {n}"),
            Rule::MinLength(n) => write!(f, "minLength {n}"),
            Rule::Pattern(p) => write!(f, "pattern {p}"),
            Rule::Enum(values) => write!(f, "enum [{}]", values.join(", ")),
            Rule::Format(name) => write!(f, "format {name}"),
            Rule::Minimum(n) => write!(f, "minimum {}", Limit(*n)),
            Rule::Maximum(n) => write!(f, "maximum {}", Limit(*n)),
            Rule::ExclusiveMinimum(n) => write!(f, "exclusiveMinimum {}", Limit(*n)),
            Rule::ExclusiveMaximum(n) => write!(f, "exclusiveMaximum {}", Limit(*n)),
            Rule::MultipleOf(n) => write!(f, "multipleOf {}", Limit(*n)),
            Rule::MinItems(n) => write!(f, "minItems {n}"),
            Rule::MaxItems(n) => write!(f, "maxItems {n}"),
            Rule::UniqueItems => f.write_str("uniqueItems"),
            Rule::MinProperties(n) => write!(f, "minProperties {n}"),
            Rule::MaxProperties(n) => write!(f, "maxProperties {n}"),
            Rule::OneOf(variants) => write!(f, "oneOf [{}]", variants.join(", ")),
            Rule::AnyOf(variants) => write!(f, "anyOf [{}]", variants.join(", ")),
            Rule::Not => f.write_str("not"),
            Rule::UnknownField => f.write_str("closed object"),
            Rule::Type(name) => write!(f, "type {name}"),
        }
    }
}

/// A number limit as the schema would write it: `1` for 1.0, `0.5`, `1e300`.
#[derive(Clone, Copy)]
pub(crate) struct Limit(pub(crate) f64);

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        // `{}` never uses an exponent: 1e300 would print 301 digits.
        if n != 0.0 && !(1e-6..1e21).contains(&n.abs()) {
            write!(f, "{n:e}")
        } else {
            write!(f, "{n}")
        }
    }
}

/// One broken rule: which field, which rule, and what is wrong with the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    field: Cow<'static, str>,
    rule: Rule,
    problem: Cow<'static, str>,
}

impl ValidationError {
    /// A violation of `rule` by the value of `field`; `problem` says what is wrong with
    /// the value and how to fix it, in words a person can act on.
    pub fn new(
        field: impl Into<Cow<'static, str>>,
        rule: Rule,
        problem: impl Into<Cow<'static, str>>,
    ) -> Self {
        ValidationError {
            field: field.into(),
            rule,
            problem: problem.into(),
        }
    }

    /// The field's path in the request, as it is spelled on the wire (`dark_primary`).
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule that was broken.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// What is wrong with the value.
    pub fn problem(&self) -> &str {
        &self.problem
    }

    /// The same violation, reported for `field` (a value type's check does not know
    /// which field it was given for).
    pub fn at(mut self, field: impl Into<Cow<'static, str>>) -> Self {
        self.field = field.into();
        self
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        write!(f, "{} (rule: {})", self.problem, self.rule)
    }
}

impl std::error::Error for ValidationError {}

/// Every rule a request broke. Its `Display` lists them one per line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValidationErrors {
    errors: Vec<ValidationError>,
}

impl ValidationErrors {
    /// No violations yet. Does not allocate.
    pub const fn new() -> Self {
        ValidationErrors { errors: Vec::new() }
    }

    /// Records one violation.
    pub fn push(&mut self, error: ValidationError) {
        self.errors.push(error);
    }

    /// Records the violation of a fallible check, if it failed.
    pub fn check<T>(&mut self, result: Result<T, ValidationError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.push(error);
                None
            }
        }
    }

    /// `Ok(value)` when nothing was recorded, else every violation.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, ValidationErrors> {
        if self.errors.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }

    /// Whether no violation was recorded.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// How many violations were recorded.
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// The violations, in the order of the schema's fields.
    pub fn iter(&self) -> std::slice::Iter<'_, ValidationError> {
        self.errors.iter()
    }
}

impl From<ValidationError> for ValidationErrors {
    fn from(error: ValidationError) -> Self {
        ValidationErrors {
            errors: vec![error],
        }
    }
}

impl Extend<ValidationError> for ValidationErrors {
    fn extend<I: IntoIterator<Item = ValidationError>>(&mut self, errors: I) {
        self.errors.extend(errors);
    }
}

impl<'a> IntoIterator for &'a ValidationErrors {
    type Item = &'a ValidationError;
    type IntoIter = std::slice::Iter<'a, ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

impl IntoIterator for ValidationErrors {
    type Item = ValidationError;
    type IntoIter = std::vec::IntoIter<ValidationError>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors.len();
        write!(
            f,
            "{count} invalid value{}:",
            if count == 1 { "" } else { "s" }
        )?;
        for error in &self.errors {
            write!(f, "\n  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Counts Unicode code points, as JSON Schema's `maxLength`/`minLength` do.
/// Usable in `const` contexts (compile-time checked literals).
pub const fn code_points(value: &str) -> u64 {
    let bytes = value.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Every code point has exactly one byte that is not a continuation byte.
        if bytes[i] & 0xC0 != 0x80 {
            count += 1;
        }
        i += 1;
    }
    count
}

/// A short, printable excerpt of a rejected value for error messages.
pub fn excerpt(value: &str) -> String {
    const MAX: usize = 40;
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(MAX).collect();
    if chars.next().is_some() {
        format!("{head:?}…")
    } else {
        format!("{head:?}")
    }
}
