//! Forward-compatible enums in responses.

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor, value};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

thread_local! {
    /// Set while an example is checked: there a value the schema does not list is a
    /// broken rule, not a value to keep.
    static STRICT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `body` with every [`OrUnknown`] refusing values its type does not list.
pub(crate) fn strictly<R>(body: impl FnOnce() -> R) -> R {
    let before = STRICT.with(|strict| strict.replace(true));
    let result = body();
    STRICT.with(|strict| strict.set(before));
    result
}

/// An enum value from the server: one the schema lists, or one it does not list yet.
///
/// SignalWire may add a layout or a quality before this crate's schema is regenerated.
/// A response that carries such a value still decodes: the value is kept, as it was
/// sent, in [`OrUnknown::Unknown`], and a `tracing` warning is logged.
///
/// Match on it with a fallback arm, so new values do not break your code:
///
/// ```
/// use conference_api::{OrUnknown, VideoQuality};
///
/// fn label(quality: &OrUnknown<VideoQuality>) -> String {
///     match quality {
///         OrUnknown::Known(VideoQuality::Quality720p) => "HD".to_owned(),
///         OrUnknown::Known(VideoQuality::Quality1080p) => "Full HD".to_owned(),
///         other => format!("other ({other})"),
///     }
/// }
/// let quality: OrUnknown<VideoQuality> = serde_json::from_str("\"4k\"").unwrap();
/// assert_eq!(label(&quality), "other (4k)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum OrUnknown<T> {
    /// A value the schema lists.
    Known(T),
    /// A value the schema does not list (yet).
    Unknown(UnknownValue),
}

/// A value the schema does not list, kept exactly as the server sent it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// The value as JSON text: `"4k"` for a string, `60` for a number.
    pub fn as_json(&self) -> &str {
        &self.0
    }

    /// The value, when it is a JSON string, without quotes.
    pub fn as_str(&self) -> Option<&str> {
        // The text is serde_json's rendering of a string: quotes and no escapes to undo
        // unless the value itself has them.
        serde_json::from_str::<&str>(&self.0).ok()
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_str() {
            Some(text) => f.write_str(text),
            None => f.write_str(&self.0),
        }
    }
}

impl<T> OrUnknown<T> {
    /// The known value, if it is one.
    pub fn known(&self) -> Option<&T> {
        match self {
            OrUnknown::Known(value) => Some(value),
            OrUnknown::Unknown(_) => None,
        }
    }

    /// The known value, if it is one.
    pub fn into_known(self) -> Option<T> {
        match self {
            OrUnknown::Known(value) => Some(value),
            OrUnknown::Unknown(_) => None,
        }
    }
}

impl<T> From<T> for OrUnknown<T> {
    fn from(value: T) -> Self {
        OrUnknown::Known(value)
    }
}

impl<T: PartialEq> PartialEq<T> for OrUnknown<T> {
    fn eq(&self, other: &T) -> bool {
        self.known() == Some(other)
    }
}

impl<T: fmt::Display> fmt::Display for OrUnknown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrUnknown::Known(value) => value.fmt(f),
            OrUnknown::Unknown(value) => value.fmt(f),
        }
    }
}

impl<T: Serialize> Serialize for OrUnknown<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            OrUnknown::Known(value) => value.serialize(serializer),
            OrUnknown::Unknown(value) => {
                let raw: serde_json::Value =
                    serde_json::from_str(&value.0).map_err(serde::ser::Error::custom)?;
                raw.serialize(serializer)
            }
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for OrUnknown<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OrUnknownVisitor(PhantomData))
    }
}

/// Reads a scalar straight into `T`, or keeps it as JSON text: no `serde_json::Value` is
/// built for a string, number, boolean or null (a listing decodes thousands of them).
struct OrUnknownVisitor<T>(PhantomData<T>);

impl<T: DeserializeOwned> OrUnknownVisitor<T> {
    /// `T` read from `value`, or `value` kept as its JSON text (made only then).
    fn read<'de, D: IntoDeserializer<'de, value::Error>>(
        value: D,
        json: impl FnOnce() -> String,
    ) -> OrUnknown<T> {
        match T::deserialize(value.into_deserializer()) {
            Ok(known) => OrUnknown::Known(known),
            Err(error) => keep(json(), &error),
        }
    }

    /// `value`, unless it is unknown while [`strictly`] runs.
    fn listed<E: de::Error>(value: OrUnknown<T>) -> Result<OrUnknown<T>, E> {
        match value {
            OrUnknown::Unknown(unknown) if STRICT.with(Cell::get) => Err(E::custom(format_args!(
                "{} is not a value of {}",
                crate::types::validation::excerpt(&unknown.to_string()),
                std::any::type_name::<T>()
                    .rsplit("::")
                    .next()
                    .unwrap_or_default(),
            ))),
            known => Ok(known),
        }
    }

    /// An array or object: rare in an enum's place, so it goes through a `Value`.
    fn read_tree(raw: serde_json::Value) -> OrUnknown<T> {
        match T::deserialize(&raw) {
            Ok(known) => OrUnknown::Known(known),
            Err(error) => keep(raw.to_string(), &error),
        }
    }
}

/// Keeps a value `T` could not read, logging a bounded excerpt of it once.
fn keep<T>(text: String, error: &dyn fmt::Display) -> OrUnknown<T> {
    // A log event quotes a bounded excerpt: the value may be megabytes.
    tracing::warn!(
        value = %crate::types::validation::excerpt(&text),
        value_bytes = text.len(),
        r#type = std::any::type_name::<T>(),
        error = %crate::types::validation::excerpt(&error.to_string()),
        "the server sent a value this schema does not list; keeping it as OrUnknown::Unknown",
    );
    OrUnknown::Unknown(UnknownValue(text))
}

/// JSON text of a scalar, exactly as `serde_json::Value`'s `Display` writes it.
fn json_text(value: impl Serialize) -> String {
    // Writing a string, number or boolean to a `String` cannot fail.
    serde_json::to_string(&value).unwrap_or_default()
}

impl<'de, T: DeserializeOwned> Visitor<'de> for OrUnknownVisitor<T> {
    type Value = OrUnknown<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Self::listed(Self::read(v, || json_text(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Self::listed(Self::read(v, || json_text(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::listed(Self::read(v, || json_text(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::listed(Self::read(v, || json_text(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Self::listed(Self::read(v, || json_text(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Self::listed(Self::read((), || "null".to_owned()))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let raw = serde_json::Value::deserialize(value::SeqAccessDeserializer::new(seq))?;
        Self::listed(Self::read_tree(raw))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let raw = serde_json::Value::deserialize(value::MapAccessDeserializer::new(map))?;
        Self::listed(Self::read_tree(raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::VideoQuality;
    use crate::types::log_capture::capture;

    /// Issue 9: a huge unknown value is kept whole, but a log event quotes only an
    /// excerpt of it, once.
    #[test]
    fn an_unknown_value_is_kept_whole_and_logged_briefly() {
        let huge = format!("\"{}\"", "x".repeat(1 << 20));
        let (value, events) = capture(|| serde_json::from_str::<OrUnknown<VideoQuality>>(&huge));
        let value = value.unwrap();
        assert_eq!(value.clone().into_known(), None);
        let OrUnknown::Unknown(unknown) = value else {
            unreachable!()
        };
        assert_eq!(unknown.as_json().len(), huge.len());
        assert_eq!(events.len(), 1, "{events:?}");
        assert!(events[0].len() < 1_000, "{} bytes logged", events[0].len());
        assert!(events[0].contains(&format!("value_bytes={}", huge.len())));
    }

    /// Every kind of JSON value reaches `Unknown` as the JSON text the server sent, logged
    /// once, and a listed value of any kind is `Known`, not logged.
    #[test]
    fn values_of_every_json_kind_are_kept_as_sent() {
        for text in [
            r#""4k""#,
            "60",
            "-3",
            "2.5",
            "true",
            "null",
            "[1,\"a\"]",
            r#"{"q":1}"#,
        ] {
            let (value, events) = capture(|| serde_json::from_str::<OrUnknown<VideoQuality>>(text));
            let OrUnknown::Unknown(unknown) = value.unwrap() else {
                panic!("{text} read as a known quality")
            };
            assert_eq!(unknown.as_json(), text);
            assert_eq!(events.len(), 1, "{text}: {events:?}");
        }
        let (known, events) =
            capture(|| serde_json::from_str::<OrUnknown<VideoQuality>>(r#""720p""#));
        assert_eq!(known.unwrap(), VideoQuality::Quality720p);
        assert_eq!(events, Vec::<String>::new());
        let stamp: OrUnknown<crate::DateTime> =
            serde_json::from_str(r#""2022-01-01T10:00:00Z""#).unwrap();
        assert!(stamp.known().is_some());
        let (lenient, events) = capture(|| {
            serde_json::from_str::<OrUnknown<crate::DateTime>>(r#""2022-01-01 10:00:00Z""#)
        });
        assert_eq!(lenient.unwrap().to_string(), "2022-01-01 10:00:00Z");
        assert_eq!(events.len(), 1, "{events:?}");
    }
}
