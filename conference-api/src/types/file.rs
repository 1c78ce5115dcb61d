//! File fields of requests (`format: binary`): a [`FilePart`] travels in the request's
//! JSON as base64; the client sends it as a part of its own bytes in a
//! `multipart/form-data` body.

use crate::types::validation::{Rule, ValidationError};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::de::Error as _;
use serde_json::Value;
use std::fmt;

/// A file sent as a part of a `multipart/form-data` body: its bytes, and the file name
/// and media type the part declares.
///
/// ```
/// use conference_api::FilePart;
/// let logo = FilePart::new(b"\x89PNG...".to_vec())
///     .file_name("logo.png")
///     .content_type("image/png");
/// assert_eq!(logo.content().len(), 7);
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct FilePart {
    // The client's multipart encoder takes these apart.
    pub(crate) content: Vec<u8>,
    pub(crate) file_name: Option<String>,
    pub(crate) content_type: Option<String>,
}

impl FilePart {
    /// A file of these bytes, sent as `application/octet-stream` without a file name.
    pub fn new(content: impl Into<Vec<u8>>) -> Self {
        FilePart {
            content: content.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// The part's file name (`filename=` of its `Content-Disposition`).
    #[must_use]
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The part's media type (`image/png`); `application/octet-stream` by default.
    #[must_use]
    pub fn content_type(mut self, media: impl Into<String>) -> Self {
        self.content_type = Some(media.into());
        self
    }

    /// The file's bytes.
    pub fn content(&self) -> &[u8] {
        &self.content
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The bytes are a file's: their length says enough.
        f.debug_struct("FilePart")
            .field("bytes", &self.content.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

/// The keys of a file part's JSON form.
const CONTENT: &str = "content_base64";
const FILE_NAME: &str = "file_name";
const CONTENT_TYPE: &str = "content_type";

impl serde::Serialize for FilePart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry(CONTENT, &STANDARD.encode(&self.content))?;
        if let Some(name) = &self.file_name {
            map.serialize_entry(FILE_NAME, name)?;
        }
        if let Some(media) = &self.content_type {
            map.serialize_entry(CONTENT_TYPE, media)?;
        }
        map.end()
    }
}

impl FilePart {
    /// The file part a JSON value holds (its serialized form), or what is wrong with it.
    pub(crate) fn from_value(value: &Value) -> Result<Self, String> {
        let object = value
            .as_object()
            .ok_or("a file part must be an object with content_base64")?;
        let content = object
            .get(CONTENT)
            .and_then(Value::as_str)
            .ok_or("a file part needs content_base64, a string")?;
        let text = |key: &str| -> Result<Option<String>, String> {
            match object.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(text)) => Ok(Some(text.clone())),
                Some(_) => Err(format!("a file part's {key} must be a string")),
            }
        };
        Ok(FilePart {
            content: STANDARD
                .decode(content)
                .map_err(|error| format!("content_base64 is not base64: {error}"))?,
            file_name: text(FILE_NAME)?,
            content_type: text(CONTENT_TYPE)?,
        })
    }
}

impl<'de> serde::Deserialize<'de> for FilePart {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        FilePart::from_value(&value).map_err(D::Error::custom)
    }
}

impl crate::types::from_json::FromJson for FilePart {
    fn check_json(
        value: &Value,
        at: crate::types::path::Path<'_>,
        errors: &mut crate::ValidationErrors,
    ) {
        Self::from_json(value.clone(), at, errors);
    }
    fn from_json(
        value: Value,
        at: crate::types::path::Path<'_>,
        errors: &mut crate::ValidationErrors,
    ) -> Option<Self> {
        FilePart::from_value(&value)
            .map_err(|problem| {
                crate::types::report::record(
                    errors,
                    at,
                    ValidationError::new("", Rule::Type("file"), problem),
                );
            })
            .ok()
    }
}
