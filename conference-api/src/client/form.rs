//! Request bodies in the media types an operation offers: JSON as serialized, and
//! `application/x-www-form-urlencoded` and `multipart/form-data` made from that JSON.

use crate::types::validation::{Rule, ValidationError};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// A request body's media type. An operation lists the ones it accepts; the first is
/// sent unless the call asks for another ([`Call::media_type`](crate::Call::media_type)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaType {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`, as SignalWire's Compatibility API takes it:
    /// one `key=value` pair per scalar field, an array as its key repeated once per item
    /// (`MediaUrl=a&MediaUrl=b`), a nested object's fields as `key[field]=value`;
    /// `null` and absent fields are left out.
    Form,
    /// `multipart/form-data` (RFC 7578): a part per field, in order; a
    /// [`FilePart`](crate::FilePart) field is a part of its bytes, with its file name and
    /// media type; a string is a text part, a number or boolean its JSON text, an array
    /// a part per item, an object a part of `application/json`.
    Multipart,
}

impl MediaType {
    /// The `Content-Type` header value.
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Json => "application/json",
            MediaType::Form => "application/x-www-form-urlencoded",
            MediaType::Multipart => "multipart/form-data",
        }
    }
}

impl fmt::Display for MediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The JSON body `json` (as the generated types serialize it) in `media`, and its
/// `Content-Type`. `files` are the body's fields that hold a [`FilePart`](crate::FilePart).
pub(crate) fn encode(
    json: Vec<u8>,
    media: MediaType,
    files: &[&str],
) -> Result<(Vec<u8>, Cow<'static, str>), ValidationError> {
    match media {
        MediaType::Json => Ok((json, Cow::Borrowed(media.as_str()))),
        MediaType::Form => Ok((encode_form(&json)?, Cow::Borrowed(media.as_str()))),
        MediaType::Multipart => {
            let multipart = crate::client::multipart::encode(&json, files)?;
            Ok((multipart.body, Cow::Owned(multipart.content_type)))
        }
    }
}

/// The first of `files` that the JSON object `json` holds a value for: a file, which only
/// a multipart body can carry.
pub(crate) fn file_in(json: &[u8], files: &[&'static str]) -> Option<&'static str> {
    if files.is_empty() {
        return None;
    }
    let fields: serde_json::Map<String, Value> = serde_json::from_slice(json).ok()?;
    files
        .iter()
        .copied()
        .find(|file| fields.get(*file).is_some_and(|value| !value.is_null()))
}

/// A JSON object as form fields, in the order they were written (the request type's
/// field order, whatever serde_json's map type is); anything but an object has no form.
fn encode_form(json: &[u8]) -> Result<Vec<u8>, ValidationError> {
    struct Fields;
    impl<'de> serde::de::Visitor<'de> for Fields {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
            let mut form = form_urlencoded::Serializer::new(String::new());
            while let Some((key, value)) = map.next_entry::<String, Value>()? {
                append(&mut form, &key, &value);
            }
            Ok(form.finish())
        }
    }
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    serde::Deserializer::deserialize_map(&mut deserializer, Fields)
        .map(String::into_bytes)
        .map_err(|_| {
            ValidationError::new(
                "(request body)",
                Rule::Type("form"),
                "is not an object, so it has no form encoding (send it as JSON)",
            )
        })
}

fn append(form: &mut form_urlencoded::Serializer<'_, String>, key: &str, value: &Value) {
    match value {
        Value::Null => {}
        Value::Bool(flag) => {
            form.append_pair(key, if *flag { "true" } else { "false" });
        }
        Value::Number(number) => {
            form.append_pair(key, &number.to_string());
        }
        Value::String(text) => {
            form.append_pair(key, text);
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Array(_) | Value::Object(_) => {
                        append(form, &format!("{key}[]"), item);
                    }
                    _ => append(form, key, item),
                }
            }
        }
        Value::Object(fields) => {
            for (field, value) in fields {
                append(form, &format!("{key}[{field}]"), value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(json: &str) -> String {
        String::from_utf8(
            encode(json.as_bytes().to_vec(), MediaType::Form, &[])
                .unwrap()
                .0,
        )
        .unwrap()
    }

    #[test]
    fn fields_arrays_and_nested_objects_become_pairs_in_written_order() {
        assert_eq!(
            form(
                r#"{"To": "+15551234567", "Body": "Hi & bye = 100%",
                    "MediaUrl": ["https://a.example/1.png", "https://a.example/2.png"],
                    "Record": true, "Timeout": 30, "Price": 0.25, "StatusCallback": null,
                    "Meta": {"a": "b", "list": [1, 2]}}"#
            ),
            "To=%2B15551234567&Body=Hi+%26+bye+%3D+100%25\
             &MediaUrl=https%3A%2F%2Fa.example%2F1.png&MediaUrl=https%3A%2F%2Fa.example%2F2.png\
             &Record=true&Timeout=30&Price=0.25&Meta%5Ba%5D=b&Meta%5Blist%5D=1&Meta%5Blist%5D=2"
        );
        assert_eq!(form("{}"), "");
    }

    #[test]
    fn json_passes_through_and_a_non_object_has_no_form() {
        assert_eq!(
            encode(b"[1]".to_vec(), MediaType::Json, &[]).unwrap().0,
            b"[1]"
        );
        let error = encode(b"[1]".to_vec(), MediaType::Form, &[]).unwrap_err();
        assert!(error.to_string().contains("no form encoding"), "{error}");
    }
}
