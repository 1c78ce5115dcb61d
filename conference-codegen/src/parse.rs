//! Reads the OpenAPI document and turns each schema object into a typed [`Schema`],
//! rejecting any keyword the generator does not understand. Every node keeps its JSON
//! pointer so later stages can say where a problem is.

use crate::error::{Ctxt, Error};
use crate::pattern;
use serde_json::{Map, Value};
use std::path::Path;

/// Reads and parses the schema file. Invalid JSON is reported with line and column.
pub fn read_document(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(
            "#",
            format!(
                "cannot read the schema file: {e}; the path is relative to the crate's Cargo.toml"
            ),
        )
    })?;
    serde_json::from_str(&text).map_err(|e| {
        Error::new(
            format!("line {} column {}", e.line(), e.column()),
            format!("the schema file is not valid JSON: {}", strip_position(&e)),
        )
    })
}

/// serde_json appends " at line L column C", which the location already says.
fn strip_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Appends a key to a pointer.
pub fn join(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", escape(key))
}

/// A schema object, lowered from JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub pointer: String,
    pub description: Option<String>,
    pub default: Option<Value>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `$ref: "#/components/schemas/<name>"`, alone or as `allOf: [{$ref}]`.
    Ref(String),
    /// `anyOf: [T, {type: "null"}]`.
    Nullable(Box<Schema>),
    String(StringRules),
    Integer(IntegerRules),
    /// `type: number`, with an optional `enum` of numbers.
    Number(Option<Vec<serde_json::Number>>),
    Boolean,
    Object(ObjectSchema),
    Array(Box<Schema>),
    /// `{}`: any JSON value.
    Any,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct StringRules {
    pub format: Option<StringFormat>,
    pub max_length: Option<u64>,
    pub min_length: Option<u64>,
    pub pattern: Option<String>,
    pub values: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StringFormat {
    DateTime,
    Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct IntegerRules {
    /// `int32` narrows the Rust type to `i32`; otherwise `i64`.
    pub int32: bool,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ObjectSchema {
    pub properties: Vec<(String, Schema)>,
    pub required: Vec<String>,
    /// `unevaluatedProperties: {not: {}}`: no other keys are allowed.
    pub closed: bool,
}

/// Keywords that describe a schema without constraining it.
const ANNOTATIONS: &[&str] = &["description", "default", "examples", "title", "deprecated"];

/// Lowers the schema at `pointer`. Problems are recorded in `cx`; the result is `None`
/// when the node cannot be understood at all.
pub(crate) fn schema(cx: &Ctxt, value: &Value, pointer: &str) -> Option<Schema> {
    let Some(object) = value.as_object() else {
        cx.error(pointer, "a schema must be a JSON object");
        return None;
    };
    let description = match object.get("description") {
        None => None,
        Some(Value::String(text)) => Some(text.clone()),
        Some(_) => {
            cx.error(join(pointer, "description"), "description must be a string");
            None
        }
    };
    let default = object.get("default").cloned();
    let kind = kind(cx, object, pointer)?;
    Some(Schema {
        pointer: pointer.to_owned(),
        description,
        default,
        kind,
    })
}

fn kind(cx: &Ctxt, object: &Map<String, Value>, pointer: &str) -> Option<Kind> {
    // `$ref`, with annotations beside it.
    if let Some(reference) = object.get("$ref") {
        only_keys(cx, object, pointer, &["$ref"]);
        return component_ref(cx, reference, &join(pointer, "$ref")).map(Kind::Ref);
    }
    // `allOf: [{$ref}]`: SignalWire's way to put a description or default beside a $ref.
    if let Some(all_of) = object.get("allOf") {
        only_keys(cx, object, pointer, &["allOf"]);
        let at = join(pointer, "allOf");
        let single = all_of.as_array().filter(|items| items.len() == 1);
        let reference = single
            .and_then(|items| items[0].as_object())
            .filter(|item| item.len() == 1)
            .and_then(|item| item.get("$ref"));
        let Some(reference) = reference else {
            cx.error(
                at,
                "allOf is supported only as a wrapper of a single {\"$ref\": ...}",
            );
            return None;
        };
        return component_ref(cx, reference, &format!("{at}/0/$ref")).map(Kind::Ref);
    }
    // `anyOf: [T, {type: "null"}]` (either order): a nullable T.
    if let Some(any_of) = object.get("anyOf") {
        only_keys(cx, object, pointer, &["anyOf"]);
        let at = join(pointer, "anyOf");
        let items = any_of.as_array().filter(|items| items.len() == 2);
        let null_at = items.and_then(|items| items.iter().position(is_null_schema));
        let (Some(items), Some(null_at)) = (items, null_at) else {
            cx.error(
                at,
                "anyOf is supported only as [T, {\"type\": \"null\"}] (a nullable T)",
            );
            return None;
        };
        let inner_at = 1 - null_at;
        let inner = schema(cx, &items[inner_at], &format!("{at}/{inner_at}"))?;
        return Some(Kind::Nullable(Box::new(inner)));
    }
    let Some(type_value) = object.get("type") else {
        only_keys(cx, object, pointer, &[]);
        return Some(Kind::Any);
    };
    let at = join(pointer, "type");
    match type_value.as_str() {
        Some("string") => string(cx, object, pointer).map(Kind::String),
        Some("integer") => integer(cx, object, pointer).map(Kind::Integer),
        Some("number") => number(cx, object, pointer).map(Kind::Number),
        Some("boolean") => {
            only_keys(cx, object, pointer, &["type"]);
            Some(Kind::Boolean)
        }
        Some("object") => object_schema(cx, object, pointer).map(Kind::Object),
        Some("array") => {
            only_keys(cx, object, pointer, &["type", "items"]);
            let items_at = join(pointer, "items");
            let Some(items) = object.get("items") else {
                cx.error(pointer, "an array schema needs `items`");
                return None;
            };
            schema(cx, items, &items_at).map(|items| Kind::Array(Box::new(items)))
        }
        Some("null") => {
            cx.error(
                at,
                "a lone null type is not supported; use anyOf: [T, {\"type\": \"null\"}]",
            );
            None
        }
        _ => {
            cx.error(
                at,
                "type must be one of string, integer, number, boolean, object, array (type lists are not supported)",
            );
            None
        }
    }
}

fn is_null_schema(value: &Value) -> bool {
    value.as_object().is_some_and(|object| {
        object.get("type").and_then(Value::as_str) == Some("null")
            && object
                .keys()
                .all(|key| key == "type" || ANNOTATIONS.contains(&key.as_str()))
    })
}

/// The component name of `#/components/schemas/<name>`.
fn component_ref(cx: &Ctxt, reference: &Value, pointer: &str) -> Option<String> {
    const PREFIX: &str = "#/components/schemas/";
    match reference.as_str().and_then(|r| r.strip_prefix(PREFIX)) {
        Some(name) if !name.is_empty() && !name.contains('/') => {
            Some(name.replace("~1", "/").replace("~0", "~"))
        }
        _ => {
            cx.error(
                pointer,
                format!("$ref must point at {PREFIX}<name>; references to other places or files are not supported"),
            );
            None
        }
    }
}

/// Reports every key that is neither in `allowed`, an annotation, nor an `x-` extension.
pub(crate) fn only_keys(cx: &Ctxt, object: &Map<String, Value>, pointer: &str, allowed: &[&str]) {
    for key in object.keys() {
        if !allowed.contains(&key.as_str())
            && !ANNOTATIONS.contains(&key.as_str())
            && !key.starts_with("x-")
        {
            cx.error(
                join(pointer, key),
                format!(
                    "unsupported keyword `{key}` here; the generator understands {}",
                    allowed_list(allowed)
                ),
            );
        }
    }
}

fn allowed_list(allowed: &[&str]) -> String {
    let mut all: Vec<&str> = allowed.to_vec();
    all.extend(ANNOTATIONS);
    all.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn string(cx: &Ctxt, object: &Map<String, Value>, pointer: &str) -> Option<StringRules> {
    only_keys(
        cx,
        object,
        pointer,
        &[
            "type",
            "format",
            "maxLength",
            "minLength",
            "pattern",
            "enum",
        ],
    );
    let mut rules = StringRules {
        max_length: length(cx, object, pointer, "maxLength"),
        min_length: length(cx, object, pointer, "minLength"),
        ..StringRules::default()
    };
    if let Some(format) = object.get("format") {
        rules.format = match format.as_str() {
            Some("date-time") => Some(StringFormat::DateTime),
            Some("uuid") => Some(StringFormat::Uuid),
            _ => {
                cx.error(
                    join(pointer, "format"),
                    format!("string format {format} is not supported; supported formats are date-time and uuid"),
                );
                None
            }
        };
    }
    if let Some(pattern) = object.get("pattern") {
        let at = join(pointer, "pattern");
        match pattern.as_str() {
            Some(text) => match pattern::compile(text) {
                Ok(_) => rules.pattern = Some(text.to_owned()),
                Err(e) => cx.error(
                    at,
                    format!("cannot compile the pattern {text:?} exactly: {e}"),
                ),
            },
            None => cx.error(at, "pattern must be a string"),
        }
    }
    if let Some(values) = object.get("enum") {
        let at = join(pointer, "enum");
        let strings: Option<Vec<String>> = values.as_array().and_then(|items| {
            items
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect()
        });
        match strings {
            Some(list) if !list.is_empty() => rules.values = Some(list),
            _ => cx.error(at, "a string enum must be a non-empty array of strings"),
        }
    }
    if rules.values.is_some()
        && (rules.max_length.is_some()
            || rules.min_length.is_some()
            || rules.pattern.is_some()
            || rules.format.is_some())
    {
        cx.error(
            pointer,
            "an enum cannot also carry maxLength, minLength, pattern or format",
        );
    }
    Some(rules)
}

/// `maxLength`/`minLength`: a non-negative integer (`2.0` counts as 2, as JSON Schema says).
fn length(cx: &Ctxt, object: &Map<String, Value>, pointer: &str, key: &str) -> Option<u64> {
    let value = object.get(key)?;
    let number = value.as_u64().or_else(|| {
        value
            .as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= u32::MAX as f64)
            .map(|f| f as u64)
    });
    if number.is_none() {
        cx.error(
            join(pointer, key),
            format!("{key} must be a non-negative integer"),
        );
    }
    number
}

fn integer(cx: &Ctxt, object: &Map<String, Value>, pointer: &str) -> Option<IntegerRules> {
    only_keys(
        cx,
        object,
        pointer,
        &["type", "format", "minimum", "maximum"],
    );
    let mut rules = IntegerRules::default();
    match object.get("format").map(|f| f.as_str()) {
        None | Some(Some("int64")) => {}
        Some(Some("int32")) => rules.int32 = true,
        Some(_) => cx.error(
            join(pointer, "format"),
            "integer format must be int32 or int64",
        ),
    }
    for (key, slot) in [
        ("minimum", &mut rules.minimum),
        ("maximum", &mut rules.maximum),
    ] {
        if let Some(value) = object.get(key) {
            *slot = value.as_i64();
            if slot.is_none() {
                cx.error(
                    join(pointer, key),
                    format!("{key} of an integer must be an integer"),
                );
            }
        }
    }
    if let (Some(min), Some(max)) = (rules.minimum, rules.maximum)
        && min > max
    {
        cx.error(
            pointer,
            format!("minimum {min} is above maximum {max}: no value is valid"),
        );
    }
    Some(rules)
}

fn number(
    cx: &Ctxt,
    object: &Map<String, Value>,
    pointer: &str,
) -> Option<Option<Vec<serde_json::Number>>> {
    only_keys(cx, object, pointer, &["type", "format", "enum"]);
    if let Some(format) = object.get("format")
        && !matches!(format.as_str(), Some("float" | "double"))
    {
        cx.error(
            join(pointer, "format"),
            "number format must be float or double",
        );
    }
    let Some(values) = object.get("enum") else {
        return Some(None);
    };
    let numbers: Option<Vec<serde_json::Number>> = values.as_array().and_then(|items| {
        items
            .iter()
            .map(|v| match v {
                Value::Number(n) => Some(n.clone()),
                _ => None,
            })
            .collect()
    });
    match numbers {
        Some(list) if !list.is_empty() => Some(Some(list)),
        _ => {
            cx.error(
                join(pointer, "enum"),
                "a number enum must be a non-empty array of numbers",
            );
            None
        }
    }
}

fn object_schema(cx: &Ctxt, object: &Map<String, Value>, pointer: &str) -> Option<ObjectSchema> {
    only_keys(
        cx,
        object,
        pointer,
        &["type", "properties", "required", "unevaluatedProperties"],
    );
    let mut properties = Vec::new();
    if let Some(value) = object.get("properties") {
        let at = join(pointer, "properties");
        match value.as_object() {
            Some(map) => {
                for (name, property) in map {
                    if let Some(schema) = schema(cx, property, &join(&at, name)) {
                        properties.push((name.clone(), schema));
                    }
                }
            }
            None => cx.error(at, "properties must be an object"),
        }
    }
    let mut required = Vec::new();
    if let Some(value) = object.get("required") {
        let at = join(pointer, "required");
        match value.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item.as_str() {
                        Some(name) if properties.iter().any(|(p, _)| p == name) => {
                            required.push(name.to_owned())
                        }
                        Some(name) => cx.error(
                            format!("{at}/{i}"),
                            format!("required property `{name}` is not listed in properties"),
                        ),
                        None => cx.error(format!("{at}/{i}"), "required must list property names"),
                    }
                }
            }
            None => cx.error(at, "required must be an array of property names"),
        }
    }
    // `{not: {}}` (or `false`) closes the object; `{}` (or `true`, or absent) leaves it open.
    let closed = match object.get("unevaluatedProperties") {
        None | Some(Value::Bool(true)) => false,
        Some(Value::Bool(false)) => true,
        Some(Value::Object(map)) if map.is_empty() => false,
        Some(Value::Object(map))
            if map.len() == 1
                && map
                    .get("not")
                    .is_some_and(|n| n.as_object().is_some_and(Map::is_empty)) =>
        {
            true
        }
        Some(_) => {
            cx.error(
                join(pointer, "unevaluatedProperties"),
                "unevaluatedProperties is supported only as {} (open) or {\"not\": {}} (closed)",
            );
            false
        }
    };
    Some(ObjectSchema {
        properties,
        required,
        closed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, text: &str) -> Result<Value, Error> {
        let path =
            std::env::temp_dir().join(format!("conference-codegen-{}-{name}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        let result = read_document(&path);
        std::fs::remove_file(&path).unwrap();
        result
    }

    #[test]
    fn invalid_json_is_located_by_line_and_column() {
        let error = read(
            "bad.json",
            "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {],\n}",
        )
        .unwrap_err();
        assert_eq!(error.location, "line 3 column 13");
        assert!(
            error
                .message
                .starts_with("the schema file is not valid JSON: "),
            "{error}"
        );
        assert!(!error.message.contains(" at line "), "{error}");
    }

    #[test]
    fn a_missing_file_says_where_paths_start() {
        let error = read_document(Path::new("/no/such/schema.json")).unwrap_err();
        assert!(
            error.message.contains("relative to the crate's Cargo.toml"),
            "{error}"
        );
    }

    #[test]
    fn wrappers_lower_to_refs_and_nullables() {
        let cx = Ctxt::new();
        let wrapped = serde_json::json!({"allOf": [{"$ref": "#/components/schemas/Video.VideoQuality"}], "default": "720p", "examples": ["720p"]});
        let lowered = schema(&cx, &wrapped, "#/x").unwrap();
        assert_eq!(lowered.kind, Kind::Ref("Video.VideoQuality".into()));
        assert_eq!(lowered.default, Some(Value::from("720p")));
        let nullable = serde_json::json!({"anyOf": [{"$ref": "#/components/schemas/A~1B"}, {"type": "null"}], "x-vendor": 1});
        let lowered = schema(&cx, &nullable, "#/y").unwrap();
        assert!(
            matches!(lowered.kind, Kind::Nullable(inner) if inner.kind == Kind::Ref("A/B".into()))
        );
        assert!(cx.check().is_ok());
    }

    #[test]
    fn lengths_may_be_written_as_decimals() {
        let cx = Ctxt::new();
        let text = serde_json::json!({"type": "string", "maxLength": 2.0, "minLength": 1});
        let Some(Schema {
            kind: Kind::String(rules),
            ..
        }) = schema(&cx, &text, "#")
        else {
            panic!()
        };
        assert_eq!((rules.max_length, rules.min_length), (Some(2), Some(1)));
        let negative = serde_json::json!({"type": "string", "maxLength": -1});
        schema(&cx, &negative, "#/n");
        assert_eq!(cx.check().unwrap_err()[0].location, "#/n/maxLength");
    }
}
