//! Forward-compatible enums in responses.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

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

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for OrUnknown<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = serde_json::Value::deserialize(deserializer)?;
        match T::deserialize(&raw) {
            Ok(value) => Ok(OrUnknown::Known(value)),
            Err(error) => {
                let text = raw.to_string();
                // A log event quotes a bounded excerpt: the value may be megabytes.
                tracing::warn!(
                    value = %crate::validation::excerpt(&text),
                    value_bytes = text.len(),
                    r#type = std::any::type_name::<T>(),
                    error = %crate::validation::excerpt(&error.to_string()),
                    "the server sent a value this schema does not list; keeping it as OrUnknown::Unknown",
                );
                Ok(OrUnknown::Unknown(UnknownValue(text)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::VideoQuality;
    use crate::log_capture::capture;

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
}
