//! `multipart/form-data` request bodies (RFC 7578) with file parts.
//!
//! A body is made from the request's JSON, as form bodies are: a [`FilePart`] field
//! travels in it as base64 and becomes a part of its own bytes. Written here rather
//! than by reqwest's `multipart::Form`, which is a one-shot stream: a retried request
//! sends the same bytes again.

use crate::FilePart;
use crate::types::validation::{Rule, ValidationError};
use serde_json::{Map, Value};

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
