//! `multipart/form-data` request bodies (RFC 7578) with file parts.
//!
//! A body is made from the request's JSON, as form bodies are: a [`FilePart`] field
//! travels in it as base64 and becomes a part of its own bytes. Written here rather
//! than by reqwest's `multipart::Form`, which is a one-shot stream: a retried request
//! sends the same bytes again.

use crate::validation::{Rule, ValidationError};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::de::Error as _;
use serde_json::{Map, Value};
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
    content: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
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
    fn from_value(value: &Value) -> Result<Self, String> {
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

impl crate::field::FromJson for FilePart {
    fn check_json(value: &Value, at: crate::path::Path<'_>, errors: &mut crate::ValidationErrors) {
        Self::from_json(value.clone(), at, errors);
    }
    fn from_json(
        value: Value,
        at: crate::path::Path<'_>,
        errors: &mut crate::ValidationErrors,
    ) -> Option<Self> {
        FilePart::from_value(&value)
            .map_err(|problem| {
                crate::field::record(
                    errors,
                    at,
                    ValidationError::new("", Rule::Type("file"), problem),
                );
            })
            .ok()
    }
}

/// A multipart body and its `Content-Type` (with the boundary).
pub(crate) struct Multipart {
    pub body: Vec<u8>,
    pub content_type: String,
}

/// The JSON object `json` as `multipart/form-data`: a part per field, in order. The
/// fields named in `files` are [`FilePart`]s; a string is a text part, a number or
/// boolean its JSON text, an array a part per item, an object (or an array's object)
/// a part of `application/json`; `null` is left out.
pub(crate) fn encode(json: &[u8], files: &[&str]) -> Result<Multipart, ValidationError> {
    let not_object = || {
        ValidationError::new(
            "(request body)",
            Rule::Type("multipart"),
            "is not an object, so it has no multipart encoding (send it as JSON)",
        )
    };
    let fields: Map<String, Value> = serde_json::from_slice(json).map_err(|_| not_object())?;
    let mut parts: Vec<Part> = Vec::new();
    for (name, value) in &fields {
        if files.contains(&name.as_str()) && !value.is_null() {
            let file = FilePart::from_value(value).map_err(|problem| {
                ValidationError::new(name.clone(), Rule::Type("file"), problem)
            })?;
            parts.push(Part {
                name: name.clone(),
                file_name: file.file_name,
                content_type: Some(
                    file.content_type
                        .unwrap_or_else(|| "application/octet-stream".to_owned()),
                ),
                content: file.content,
            });
            continue;
        }
        let items: &[Value] = match value {
            Value::Array(items) => items,
            single => std::slice::from_ref(single),
        };
        for item in items {
            let (content, content_type) = match item {
                Value::Null => continue,
                Value::String(text) => (text.clone().into_bytes(), None),
                Value::Object(_) | Value::Array(_) => (
                    item.to_string().into_bytes(),
                    Some("application/json".to_owned()),
                ),
                other => (other.to_string().into_bytes(), None),
            };
            parts.push(Part {
                name: name.clone(),
                file_name: None,
                content_type,
                content,
            });
        }
    }
    let boundary = boundary(&parts);
    let mut body = Vec::new();
    for part in &parts {
        part.write(&boundary, &mut body);
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Ok(Multipart {
        body,
        content_type: format!("multipart/form-data; boundary={boundary}"),
    })
}

struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    content: Vec<u8>,
}

impl Part {
    fn write(&self, boundary: &str, body: &mut Vec<u8>) {
        let mut head = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"",
            quoted(&self.name)
        );
        if let Some(file_name) = &self.file_name {
            head.push_str(&format!("; filename=\"{}\"", quoted(file_name)));
        }
        head.push_str("\r\n");
        if let Some(media) = &self.content_type {
            head.push_str(&format!(
                "Content-Type: {}\r\n",
                media.replace(['\r', '\n'], "")
            ));
        }
        head.push_str("\r\n");
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(&self.content);
        body.extend_from_slice(b"\r\n");
    }
}

/// A name in a quoted `Content-Disposition` parameter: `"`, CR and LF percent-encoded,
/// as browsers write them (WHATWG HTML, "multipart/form-data encoding algorithm").
fn quoted(name: &str) -> String {
    name.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A boundary that occurs in no part (RFC 2046 asks it of the sender). Not random: a
/// clash check makes it safe, and the same request is the same bytes.
fn boundary(parts: &[Part]) -> String {
    let occurs = |candidate: &str| {
        parts.iter().any(|part| {
            part.content
                .windows(candidate.len())
                .any(|window| window == candidate.as_bytes())
        })
    };
    let base = "conference-api-part-boundary";
    (0..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !occurs(candidate))
        .unwrap_or_else(|| base.to_owned())
}
