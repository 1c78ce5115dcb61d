//! The trait of every type a raw JSON value is checked against and converted into.

use crate::types::path::Path;
use crate::types::validation::ValidationErrors;
use serde::Deserialize;
use serde_json::Value;

/// A type a raw JSON value can be checked against and converted into. Implemented by
/// every generated request-side type and by the types generated code uses.
///
/// Both methods record every rule the value breaks, each at its own path below `at`, so
/// one pass over a request reports everything that is wrong with it.
#[doc(hidden)]
pub trait FromJson: Sized {
    /// Records every rule `value` breaks, at `at`. Allocates nothing when valid.
    fn check_json(value: &Value, at: Path<'_>, errors: &mut ValidationErrors);
    /// Converts `value`, recording every broken rule; `None` if any rule was broken.
    ///
    /// By default it reads the `Value` with [`FromJson::read_json`], so that a type that
    /// reads itself keeps its rules in one place. A type implements at least one of the
    /// two: each one's default calls the other.
    fn from_json(value: Value, at: Path<'_>, errors: &mut ValidationErrors) -> Option<Self> {
        crate::types::read::from_json_read(value, at, errors)
    }
    /// Reads the value straight from `deserializer`, recording every broken rule as
    /// [`FromJson::from_json`] does; an error only when the input is not well-formed.
    ///
    /// By default it reads a `Value` first: what rules on a whole JSON value need.
    fn read_json<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
    ) -> Result<Option<Self>, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(Self::from_json(value, at, errors))
    }
    /// [`FromJson::read_json`] into the slot of a field being read: `Some(value)`, or
    /// `Some(None)` when it broke a rule. A type may write its value in place, which
    /// saves moving it through every layer of the deserializer.
    #[inline]
    fn read_json_into<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
        at: Path<'_>,
        errors: &mut ValidationErrors,
        slot: &mut Option<Option<Self>>,
    ) -> Result<(), D::Error> {
        *slot = Some(Self::read_json(deserializer, at, errors)?);
        Ok(())
    }
}
