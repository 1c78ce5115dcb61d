//! Reads the OpenAPI document and turns each schema object into a typed [`Schema`],
//! rejecting any keyword the generator does not understand. Every node keeps its JSON
//! pointer so later stages can say where a problem is.
//!
//! Keywords that only make sense together are normalised here, so the model sees one
//! shape per construct: `allOf` parts are merged into one schema ([`merge`]), keywords
//! beside `anyOf`/`oneOf` are pushed into the variants they apply to, and the three
//! spellings of "nullable" (`anyOf: [T, null]`, `type: [T, "null"]`, OpenAPI 3.0's
//! `nullable: true`) become [`Kind::Nullable`].

mod merge;

use crate::error::{Ctxt, Error};
use crate::pattern;
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::path::Path;

/// Reads and parses the schema file: YAML when its name ends in `.yaml` or `.yml`, JSON
/// when it ends in `.json`, and otherwise whichever its first character says (`{` is
/// JSON). A syntax error is located by line and column.
pub fn read_document(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(
            "#",
            format!(
                "cannot read the schema file: {e}; the path is relative to the crate's Cargo.toml"
            ),
        )
    })?;
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let is_yaml = match extension.to_ascii_lowercase().as_str() {
        "yaml" | "yml" => true,
        "json" => false,
        _ => !text.trim_start().starts_with('{'),
    };
    if is_yaml {
        return read_yaml(&text);
    }
    serde_json::from_str(&text).map_err(|e| {
        Error::new(
            format!("line {} column {}", e.line(), e.column()),
            format!("the schema file is not valid JSON: {}", strip_position(&e)),
        )
    })
}

/// A YAML document as the JSON value it stands for. Keys that YAML reads as numbers or
/// booleans (`200:` under `responses`) are kept as their text, as JSON would spell them.
fn read_yaml(text: &str) -> Result<Value, Error> {
    serde_yaml_ng::from_str(text).map_err(|e| {
        let location = e.location().map_or_else(
            || "#".to_owned(),
            |at| format!("line {} column {}", at.line(), at.column()),
        );
        Error::new(
            location,
            format!(
                "the schema file is not valid YAML: {}",
                without_position(&e.to_string())
            ),
        )
    })
}

/// serde_json appends " at line L column C", which the location already says.
fn strip_position(error: &serde_json::Error) -> String {
    without_position(&error.to_string())
}

/// `text` without its " at line L column C" (which the error's location says), wherever
/// the parser put it: serde_json at the end, libyaml before its context.
fn without_position(text: &str) -> String {
    let Some(at) = text.find(" at line ") else {
        return text.to_owned();
    };
    let rest = &text[at + " at line ".len()..];
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let line_len = digits(rest);
    let after_line = &rest[line_len..];
    let end = match after_line.strip_prefix(" column ") {
        Some(column) => line_len + " column ".len() + digits(column),
        None => line_len,
    };
    format!("{}{}", &text[..at], &rest[end..])
}

/// Escapes a key for use in a JSON pointer (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Appends a key to a pointer.
pub fn join(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", escape(key))
}

/// The component name of `#/components/schemas/<name>`, unescaped.
pub fn component_of(reference: &str) -> Option<String> {
    let name = reference.strip_prefix("#/components/schemas/")?;
    (!name.is_empty() && !name.contains('/')).then(|| name.replace("~1", "/").replace("~0", "~"))
}

/// `{id}` names in a path template.
pub fn template_names(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// A schema object, lowered from JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub pointer: String,
    pub description: Option<String>,
    pub title: Option<String>,
    pub default: Option<Value>,
    pub deprecated: bool,
    /// `readOnly`: sent by the server only, so left out of request types.
    pub read_only: bool,
    /// `writeOnly`: sent by clients only, so left out of response types.
    pub write_only: bool,
    /// A `format` the generator does not check (`jwt`, `email`): named in the docs.
    pub format_note: Option<String>,
    /// `not` and `if`/`then`/`else`: checked on requests against the raw JSON.
    pub conditions: Vec<Condition>,
    /// `examples` (or OpenAPI 3.0's `example`), with the pointer of each.
    pub examples: Vec<(String, Value)>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `$ref: "#/components/schemas/<name>"`, alone or as `allOf: [{$ref}]`.
    Ref(String),
    /// `anyOf: [T, {type: "null"}]`, `type: [T, "null"]` or `nullable: true`.
    Nullable(Box<Schema>),
    String(StringRules),
    Integer(NumberRules),
    Number(NumberRules),
    Boolean,
    /// `type: "null"` on its own.
    Null,
    /// An `enum` (or `const`) whose values are not all strings or all numbers.
    Values(Vec<Value>),
    Object(ObjectSchema),
    Array(ArraySchema),
    Union(Union),
    /// `{}`: any JSON value.
    Any,
    /// A schema without `type` whose keywords constrain some JSON types only
    /// (`{maxLength: 2}`): a value of those types must fit the inner schema, typed as
    /// the keywords imply; a value of any other type is valid as it is.
    Untyped(Box<Schema>, JsonTypes),
}

/// A set of JSON types, with the bits of `conference_api::json_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JsonTypes(pub u8);

impl JsonTypes {
    /// The types in words: `a string or a number`.
    pub fn names(self) -> String {
        let names = [
            "null",
            "a boolean",
            "a number",
            "a string",
            "an array",
            "an object",
        ];
        let named: Vec<&str> = (0..names.len())
            .filter(|bit| self.0 & (1 << bit) != 0)
            .map(|bit| names[bit])
            .collect();
        named.join(" or ")
    }

    /// Whether `value` is of one of the types.
    pub fn contains(self, value: &Value) -> bool {
        let name = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        self.0 & JsonTypes::of(name).0 != 0
    }

    /// The JSON type that `type: name` names (`integer` is a number).
    fn of(name: &str) -> JsonTypes {
        JsonTypes(match name {
            "null" => 1,
            "boolean" => 2,
            "integer" | "number" => 4,
            "string" => 8,
            "array" => 16,
            _ => 32,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct StringRules {
    pub format: Option<StringFormat>,
    pub max_length: Option<u64>,
    pub min_length: Option<u64>,
    pub pattern: Option<String>,
    pub values: Option<Vec<String>>,
}

/// The string formats that are checked (on requests) and typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StringFormat {
    DateTime,
    Uuid,
    Uri,
    /// `format: binary` or `contentEncoding: binary`: a file's bytes (a multipart part).
    Binary,
}

/// The Rust type a number travels in: `format` picks it (`int32`, `float`), else `i64`
/// for integers and `f64` for numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Width {
    I32,
    #[default]
    I64,
    F32,
    F64,
}

impl Width {
    pub fn is_integer(self) -> bool {
        matches!(self, Width::I32 | Width::I64)
    }
}

/// A number as written in the schema: kept as JSON so `1` and `1.5` keep their spelling.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberRules {
    pub width: Width,
    pub minimum: Option<Number>,
    pub maximum: Option<Number>,
    pub exclusive_minimum: Option<Number>,
    pub exclusive_maximum: Option<Number>,
    pub multiple_of: Option<Number>,
    pub values: Option<Vec<Number>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ObjectSchema {
    pub properties: Vec<(String, Schema)>,
    pub required: Vec<String>,
    /// `unevaluatedProperties`/`additionalProperties`: `{not: {}}` or `false` closes the
    /// object, a schema types the keys the properties do not list.
    pub extra: Extra,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Extra {
    Open,
    Closed,
    Typed(Box<Schema>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArraySchema {
    pub items: Box<Schema>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnionKind {
    /// Exactly one variant must match.
    OneOf,
    /// At least one variant must match.
    AnyOf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    pub kind: UnionKind,
    pub variants: Vec<Schema>,
    /// `discriminator.propertyName`, and the tag value of each variant (by index).
    pub discriminator: Option<Discriminator>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Discriminator {
    pub property: String,
    /// The tag value of each variant, in variant order.
    pub tags: Vec<String>,
}

/// A rule of a request value that its type cannot express, checked against its JSON.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// `not`: the value must not match this schema.
    Not(Box<Schema>),
    /// `if`/`then`/`else`: when the value matches `if`, it must match `then`, else `else`.
    IfThenElse {
        condition: Box<Schema>,
        then: Option<Box<Schema>>,
        otherwise: Option<Box<Schema>>,
    },
}

/// Keywords that describe a schema without constraining it.
const ANNOTATIONS: &[&str] = &[
    "description",
    "default",
    "examples",
    "example",
    "title",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
    "xml",
    // How a string's content is encoded (`base64`) or what it holds (`image/png`):
    // annotations in JSON Schema 2020-12, never checked.
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
];

/// Keywords that apply whatever the type: handled in [`Parser::schema`] itself.
const GENERAL: &[&str] = &["format", "not", "if", "then", "else", "nullable", "$schema"];

/// What each `type` accepts beside `type`.
const STRING_KEYWORDS: &[&str] = &["maxLength", "minLength", "pattern", "enum", "const"];
const NUMBER_KEYWORDS: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "enum",
    "const",
];
const OBJECT_KEYWORDS: &[&str] = &[
    "enum",
    "const",
    "properties",
    "required",
    "unevaluatedProperties",
    "additionalProperties",
    "minProperties",
    "maxProperties",
    "discriminator",
];
const ARRAY_KEYWORDS: &[&str] = &[
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "enum",
    "const",
];

/// Lowers schemas of one document; `doc` resolves the `$ref`s that `allOf` merges.
pub(crate) struct Parser<'a> {
    pub cx: &'a Ctxt,
    pub doc: &'a Value,
    /// The components whose parts an `allOf` being lowered merged in: merging one of them
    /// again inside itself would never end.
    inlining: RefCell<Vec<String>>,
}

impl<'a> Parser<'a> {
    pub fn new(cx: &'a Ctxt, doc: &'a Value) -> Self {
        Parser {
            cx,
            doc,
            inlining: RefCell::new(Vec::new()),
        }
    }
}

impl Parser<'_> {
    /// Lowers the schema at `pointer`. Problems are recorded; the result is `None` when
    /// the node cannot be understood at all.
    pub fn schema(&self, value: &Value, pointer: &str) -> Option<Schema> {
        let object = match value {
            Value::Object(object) => object,
            // `true` accepts anything; `false` nothing (only meaningful under `not`).
            Value::Bool(true) => return Some(Schema::any(pointer)),
            _ => {
                self.cx.error(pointer, "a schema must be a JSON object");
                return None;
            }
        };
        let text = |key: &str| -> Option<String> {
            match object.get(key) {
                None => None,
                Some(Value::String(text)) => Some(text.clone()),
                Some(_) => {
                    self.cx
                        .error(join(pointer, key), format!("{key} must be a string"));
                    None
                }
            }
        };
        let flag = |key: &str| object.get(key).and_then(Value::as_bool).unwrap_or(false);
        let mut schema = Schema {
            pointer: pointer.to_owned(),
            description: text("description"),
            title: text("title"),
            default: object.get("default").cloned(),
            deprecated: flag("deprecated"),
            read_only: flag("readOnly"),
            write_only: flag("writeOnly"),
            format_note: None,
            conditions: self.conditions(object, pointer),
            examples: examples(object, pointer),
            kind: Kind::Any,
        };
        schema.kind = self.kind(object, pointer, &mut schema.format_note)?;
        // The typed part of an untyped schema is documented as the schema is.
        if let Kind::Untyped(inner, _) = &mut schema.kind {
            inner.description = schema.description.clone();
            inner.title = schema.title.clone();
            inner.deprecated = schema.deprecated;
        }
        // An untyped schema accepts `null` already.
        if flag("nullable")
            && !matches!(
                schema.kind,
                Kind::Nullable(_) | Kind::Any | Kind::Untyped(..)
            )
        {
            let inner = Schema {
                description: None,
                title: None,
                default: None,
                conditions: Vec::new(),
                examples: Vec::new(),
                ..schema.clone()
            };
            schema.kind = Kind::Nullable(Box::new(inner));
        }
        Some(schema)
    }

    fn conditions(&self, object: &Map<String, Value>, pointer: &str) -> Vec<Condition> {
        let sub = |key: &str| -> Option<Box<Schema>> {
            object
                .get(key)
                .and_then(|value| self.schema(value, &join(pointer, key)))
                .map(Box::new)
        };
        let mut conditions = Vec::new();
        // `not: false` forbids nothing.
        if object.get("not") != Some(&Value::Bool(false))
            && let Some(not) = sub("not")
        {
            conditions.push(Condition::Not(not));
        }
        // Without `if`, `then` and `else` are ignored, as JSON Schema says.
        if let Some(condition) = sub("if") {
            conditions.push(Condition::IfThenElse {
                condition,
                then: sub("then"),
                otherwise: sub("else"),
            });
        }
        conditions
    }

    fn kind(
        &self,
        object: &Map<String, Value>,
        pointer: &str,
        format_note: &mut Option<String>,
    ) -> Option<Kind> {
        if let Some(reference) = object.get("$ref") {
            self.only_keys(object, pointer, &["$ref"]);
            return self
                .reference(reference, &join(pointer, "$ref"))
                .map(Kind::Ref);
        }
        if object.contains_key("allOf") {
            return self.all_of(object, pointer, format_note);
        }
        for (key, kind) in [("anyOf", UnionKind::AnyOf), ("oneOf", UnionKind::OneOf)] {
            if object.contains_key(key) {
                return self.union(object, pointer, key, kind);
            }
        }
        match object.get("type") {
            None => self.untyped(object, pointer, format_note),
            Some(Value::String(name)) => self.typed(name, object, pointer, format_note),
            Some(Value::Array(names)) => self.type_list(names, object, pointer),
            Some(_) => {
                self.cx.error(
                    join(pointer, "type"),
                    "type must be a string or a list of strings",
                );
                None
            }
        }
    }

    /// A schema without `type`: `{}`, an `enum`/`const` of any values, or keywords that
    /// constrain some JSON types only, which accepts values of every other type as they are.
    fn untyped(
        &self,
        object: &Map<String, Value>,
        pointer: &str,
        format_note: &mut Option<String>,
    ) -> Option<Kind> {
        if let Some(values) = enum_values(object) {
            self.only_keys(object, pointer, &["enum", "const"]);
            return self.values(values, pointer);
        }
        let mut implied: Vec<&str> = [
            ("object", OBJECT_KEYWORDS),
            ("array", ARRAY_KEYWORDS),
            ("string", STRING_KEYWORDS),
            ("number", NUMBER_KEYWORDS),
        ]
        .into_iter()
        .filter(|(_, keywords)| keywords.iter().any(|k| object.contains_key(*k)))
        .map(|(name, _)| name)
        .collect();
        // A format the generator checks is a rule on strings; any other is an annotation.
        let checked_format = matches!(
            object.get("format").and_then(Value::as_str),
            Some("date-time" | "uuid" | "uri")
        );
        if checked_format && !implied.contains(&"string") {
            implied.push("string");
        }
        let inner = match implied.as_slice() {
            [] => {
                self.only_keys(object, pointer, &[]);
                *format_note = object
                    .get("format")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                return Some(Kind::Any);
            }
            [name] => self.typed(name, object, pointer, format_note)?,
            names => {
                let names: Vec<Value> = names.iter().map(|name| Value::from(*name)).collect();
                self.type_list(&names, object, pointer)?
            }
        };
        let types = implied
            .iter()
            .fold(0, |bits, name| bits | JsonTypes::of(name).0);
        Some(Kind::Untyped(
            Box::new(Schema {
                kind: inner,
                ..Schema::any(pointer)
            }),
            JsonTypes(types),
        ))
    }

    /// `enum`/`const` values without a type: strings or numbers become those types,
    /// anything else is kept as JSON values.
    fn values(&self, values: Vec<Value>, pointer: &str) -> Option<Kind> {
        if values.is_empty() {
            self.cx.error(
                join(pointer, "enum"),
                "an enum must list at least one value",
            );
            return None;
        }
        let (nulls, rest): (Vec<Value>, Vec<Value>) = values.into_iter().partition(Value::is_null);
        let inner = if rest.iter().all(Value::is_string) && !rest.is_empty() {
            Kind::String(StringRules {
                values: Some(
                    rest.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect(),
                ),
                ..StringRules::default()
            })
        } else if rest.iter().all(Value::is_number) && !rest.is_empty() {
            let numbers: Vec<Number> = rest.iter().filter_map(|v| v.as_number().cloned()).collect();
            let integral = numbers.iter().all(|n| n.is_i64() || n.is_u64());
            let rules = NumberRules {
                values: Some(numbers),
                ..NumberRules::default()
            };
            if integral {
                Kind::Integer(rules)
            } else {
                Kind::Number(NumberRules {
                    width: Width::F64,
                    ..rules
                })
            }
        } else if rest.is_empty() {
            Kind::Null
        } else {
            Kind::Values(rest)
        };
        if nulls.is_empty() || matches!(inner, Kind::Null) {
            Some(inner)
        } else {
            Some(Kind::Nullable(Box::new(Schema {
                kind: inner,
                ..Schema::any(pointer)
            })))
        }
    }

    fn typed(
        &self,
        name: &str,
        object: &Map<String, Value>,
        pointer: &str,
        format_note: &mut Option<String>,
    ) -> Option<Kind> {
        let keywords: &[&str] = match name {
            "string" => STRING_KEYWORDS,
            "integer" | "number" => NUMBER_KEYWORDS,
            "object" => OBJECT_KEYWORDS,
            "array" => ARRAY_KEYWORDS,
            "boolean" | "null" => &["enum", "const"],
            _ => {
                self.cx.error(
                    join(pointer, "type"),
                    format!("unknown type {name:?}; JSON Schema's types are string, integer, number, boolean, object, array and null"),
                );
                return None;
            }
        };
        let mut allowed = vec!["type"];
        allowed.extend_from_slice(keywords);
        self.only_keys(object, pointer, &allowed);
        let format = object.get("format").and_then(Value::as_str);
        match name {
            "string" => self
                .string(object, pointer, format, format_note)
                .map(Kind::String),
            "integer" | "number" => self.number(name, object, pointer, format, format_note),
            "boolean" => match enum_values(object) {
                Some(values) => self.values(values, pointer),
                None => Some(Kind::Boolean),
            },
            "null" => Some(Kind::Null),
            // Listed values say everything the other keywords could.
            "object" | "array" if enum_values(object).is_some() => {
                self.values(enum_values(object).unwrap_or_default(), pointer)
            }
            "object" => self.object(object, pointer).map(Kind::Object),
            _ => self.array(object, pointer).map(Kind::Array),
        }
    }

    /// `type: [a, b]`: a union of one schema per type (each taking the keywords that
    /// apply to it), or a nullable when one of them is `null`.
    fn type_list(
        &self,
        names: &[Value],
        object: &Map<String, Value>,
        pointer: &str,
    ) -> Option<Kind> {
        let Some(names): Option<Vec<&str>> = names.iter().map(Value::as_str).collect() else {
            self.cx
                .error(join(pointer, "type"), "a type list must hold type names");
            return None;
        };
        let variants: Vec<Value> = names
            .iter()
            .filter(|name| **name != "null")
            .map(|name| {
                let mut single = object.clone();
                single.insert("type".to_owned(), Value::from(*name));
                merge::keep_applicable(&mut single, name);
                Value::Object(single)
            })
            .collect();
        let inner = match variants.as_slice() {
            [] => Kind::Null,
            [one] => self.schema(one, pointer)?.kind,
            _ => {
                let union = Value::Object(Map::from_iter([(
                    "anyOf".to_owned(),
                    Value::Array(variants),
                )]));
                self.schema(&union, pointer)?.kind
            }
        };
        if names.contains(&"null") && !matches!(inner, Kind::Null) {
            Some(Kind::Nullable(Box::new(Schema {
                kind: inner,
                ..Schema::any(pointer)
            })))
        } else {
            Some(inner)
        }
    }

    /// `allOf`: a wrapper of one `$ref` with annotations beside it stays a reference
    /// (SignalWire's way to document a use of a component); anything else is merged.
    fn all_of(
        &self,
        object: &Map<String, Value>,
        pointer: &str,
        format_note: &mut Option<String>,
    ) -> Option<Kind> {
        let at = join(pointer, "allOf");
        let Some(parts) = object
            .get("allOf")
            .and_then(Value::as_array)
            .filter(|p| !p.is_empty())
        else {
            self.cx
                .error(at, "allOf must be a non-empty array of schemas");
            return None;
        };
        let constraining: Vec<&String> = object
            .keys()
            .filter(|k| *k != "allOf" && !ANNOTATIONS.contains(&k.as_str()) && !k.starts_with("x-"))
            .collect();
        let lone_ref = match parts.as_slice() {
            [Value::Object(part)] if part.len() == 1 => part.get("$ref"),
            _ => None,
        };
        if let Some(reference) = lone_ref {
            // A `format` beside the reference only documents it (`jwt`).
            if constraining.iter().all(|k| *k == "format") {
                *format_note = object
                    .get("format")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                return self
                    .reference(reference, &format!("{at}/0/$ref"))
                    .map(Kind::Ref);
            }
        }
        // The components merged in: one already being merged in further out contains
        // itself (through an `allOf`, or a union whose `type` wraps its variants in one).
        let inlined: Vec<(usize, String)> = parts
            .iter()
            .enumerate()
            .filter_map(|(i, part)| Some((i, component_of(part.get("$ref")?.as_str()?)?)))
            .collect();
        if let Some((i, _)) = inlined
            .iter()
            .find(|(_, name)| self.inlining.borrow().contains(name))
        {
            self.cx.error(
                format!("{at}/{i}/$ref"),
                "allOf parts refer to each other in a cycle",
            );
            return None;
        }
        let merged = merge::all_of(self.doc, object, &at)
            .map_err(|(at, message)| self.cx.error(at, message))
            .ok()?;
        let depth = self.inlining.borrow().len();
        self.inlining
            .borrow_mut()
            .extend(inlined.into_iter().map(|(_, name)| name));
        let lowered = self.schema(&merged, pointer);
        self.inlining.borrow_mut().truncate(depth);
        Some(lowered?.kind)
    }

    fn union(
        &self,
        object: &Map<String, Value>,
        pointer: &str,
        key: &str,
        kind: UnionKind,
    ) -> Option<Kind> {
        let at = join(pointer, key);
        let Some(items) = object
            .get(key)
            .and_then(Value::as_array)
            .filter(|i| !i.is_empty())
        else {
            self.cx
                .error(at, format!("{key} must be a non-empty array of schemas"));
            return None;
        };
        if object.contains_key("anyOf") && object.contains_key("oneOf") {
            self.cx.error(
                pointer,
                "anyOf and oneOf together are not supported; nest one in an allOf",
            );
            return None;
        }
        let mut allowed: Vec<&str> = vec![key, "type", "discriminator"];
        for keywords in [
            STRING_KEYWORDS,
            NUMBER_KEYWORDS,
            OBJECT_KEYWORDS,
            ARRAY_KEYWORDS,
        ] {
            allowed.extend_from_slice(keywords);
        }
        self.only_keys(object, pointer, &allowed);
        // Keywords beside the union constrain each variant they apply to.
        let siblings: Map<String, Value> = object
            .iter()
            .filter(|(k, _)| {
                !matches!(k.as_str(), "anyOf" | "oneOf" | "discriminator" | "type")
                    && !ANNOTATIONS.contains(&k.as_str())
                    && !GENERAL.contains(&k.as_str())
                    && !k.starts_with("x-")
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let nullable = items.iter().any(is_null_schema);
        let mut lowered = Vec::new();
        let mut broken = false;
        for (i, item) in items.iter().enumerate() {
            if is_null_schema(item) {
                continue;
            }
            let item_at = format!("{at}/{i}");
            let item = merge::with_siblings(self.doc, item, &siblings, object.get("type"));
            match self.schema(&item, &item_at) {
                Some(schema) => lowered.push(schema),
                None => broken = true,
            }
        }
        if broken {
            return None;
        }
        // Only null: a null. A variant that accepts anything makes an `anyOf` accept
        // anything (a `oneOf` still refuses a value that fits another variant too).
        if lowered.is_empty() {
            return Some(Kind::Null);
        }
        if kind == UnionKind::AnyOf
            && lowered
                .iter()
                .any(|v| v.kind == Kind::Any && v.conditions.is_empty())
        {
            return Some(Kind::Any);
        }
        let discriminator = match object.get("discriminator") {
            Some(value) => {
                Some(self.discriminator(value, &join(pointer, "discriminator"), &lowered)?)
            }
            None => None,
        };
        let inner = if lowered.len() == 1 && discriminator.is_none() {
            lowered.pop()?.kind
        } else {
            Kind::Union(Union {
                kind,
                variants: lowered,
                discriminator,
            })
        };
        if nullable {
            Some(Kind::Nullable(Box::new(Schema {
                kind: inner,
                ..Schema::any(pointer)
            })))
        } else {
            Some(inner)
        }
    }

    /// `discriminator: {propertyName, mapping}`: each variant must be a `$ref`; its tag
    /// is its key in `mapping`, or else its component name (OpenAPI's implicit mapping).
    fn discriminator(
        &self,
        value: &Value,
        pointer: &str,
        variants: &[Schema],
    ) -> Option<Discriminator> {
        let object = value.as_object()?;
        self.only_keys(object, pointer, &["propertyName", "mapping"]);
        let Some(property) = object.get("propertyName").and_then(Value::as_str) else {
            self.cx.error(pointer, "a discriminator needs propertyName");
            return None;
        };
        let mapping = object.get("mapping").and_then(Value::as_object);
        let mut tags = Vec::new();
        for variant in variants {
            let Kind::Ref(component) = &variant.kind else {
                self.cx.error(
                    &variant.pointer,
                    "a variant of a union with a discriminator must be a $ref",
                );
                return None;
            };
            let mapped = mapping.and_then(|m| {
                m.iter().find(|(_, target)| {
                    target.as_str().and_then(component_of).as_deref() == Some(component.as_str())
                })
            });
            tags.push(mapped.map_or_else(|| component.clone(), |(tag, _)| tag.clone()));
        }
        if let Some(mapping) = mapping {
            for (tag, target) in mapping {
                let known = target
                    .as_str()
                    .and_then(component_of)
                    .is_some_and(|c| variants.iter().any(|v| v.kind == Kind::Ref(c.clone())));
                if !known {
                    self.cx.error(
                        join(&join(pointer, "mapping"), tag),
                        format!("the mapping of {tag:?} names no variant of the union"),
                    );
                }
            }
        }
        Some(Discriminator {
            property: property.to_owned(),
            tags,
        })
    }

    fn reference(&self, reference: &Value, pointer: &str) -> Option<String> {
        const PREFIX: &str = "#/components/schemas/";
        match reference.as_str().and_then(component_of) {
            Some(name) => Some(name),
            None => {
                self.cx.error(
                    pointer,
                    format!("$ref must point at {PREFIX}<name>; references to other places or files are not supported"),
                );
                None
            }
        }
    }

    /// Reports every key that is neither in `allowed`, an annotation, a keyword that
    /// applies to any type, nor an `x-` extension.
    pub fn only_keys(&self, object: &Map<String, Value>, pointer: &str, allowed: &[&str]) {
        only_keys(self.cx, object, pointer, allowed);
    }

    fn string(
        &self,
        object: &Map<String, Value>,
        pointer: &str,
        format: Option<&str>,
        format_note: &mut Option<String>,
    ) -> Option<StringRules> {
        let mut rules = StringRules {
            max_length: self.count(object, pointer, "maxLength"),
            min_length: self.count(object, pointer, "minLength"),
            ..StringRules::default()
        };
        // Formats other than these are annotations (JSON Schema 2020-12's default).
        rules.format = match format {
            Some("date-time") => Some(StringFormat::DateTime),
            Some("uuid") => Some(StringFormat::Uuid),
            Some("uri") => Some(StringFormat::Uri),
            Some("binary") => Some(StringFormat::Binary),
            Some(other) => {
                *format_note = Some(other.to_owned());
                None
            }
            None => None,
        };
        if object.get("contentEncoding").and_then(Value::as_str) == Some("binary") {
            rules.format = Some(StringFormat::Binary);
        }
        if let Some(pattern) = object.get("pattern") {
            let at = join(pointer, "pattern");
            match pattern.as_str() {
                Some(text) => match pattern::compile(text) {
                    Ok(_) => rules.pattern = Some(text.to_owned()),
                    Err(e) => self.cx.error(
                        at,
                        format!("cannot compile the pattern {text:?} exactly: {e}"),
                    ),
                },
                None => self.cx.error(at, "pattern must be a string"),
            }
        }
        if let Some(values) = enum_values(object) {
            match values
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect()
            {
                Some(list) => {
                    let list: Vec<String> = list;
                    if list.is_empty() {
                        self.cx.error(
                            join(pointer, "enum"),
                            "an enum must list at least one value",
                        );
                    }
                    rules.values = Some(list);
                }
                None => self.cx.error(
                    join(pointer, "enum"),
                    "the values of a string enum must be strings",
                ),
            }
        }
        if rules.values.is_some() {
            // Values already say everything the other rules could.
            rules.max_length = None;
            rules.min_length = None;
            rules.pattern = None;
            rules.format = None;
        }
        if let (Some(min), Some(max)) = (rules.min_length, rules.max_length)
            && min > max
        {
            self.cx.error(
                pointer,
                format!("minLength {min} is above maxLength {max}: no value is valid"),
            );
        }
        Some(rules)
    }

    fn number(
        &self,
        name: &str,
        object: &Map<String, Value>,
        pointer: &str,
        format: Option<&str>,
        format_note: &mut Option<String>,
    ) -> Option<Kind> {
        let integer = name == "integer";
        let width = match (integer, format) {
            (true, Some("int32")) => Width::I32,
            (true, _) => Width::I64,
            (false, Some("float")) => Width::F32,
            (false, Some("int32")) => Width::I32,
            (false, Some("int64")) => Width::I64,
            (false, _) => Width::F64,
        };
        if let Some(other) =
            format.filter(|f| !matches!(*f, "int32" | "int64" | "float" | "double"))
        {
            *format_note = Some(other.to_owned());
        }
        let bound = |key: &str| -> Option<Number> {
            let value = object.get(key)?;
            match value.as_number() {
                Some(n) => Some(n.clone()),
                None => {
                    self.cx
                        .error(join(pointer, key), format!("{key} must be a number"));
                    None
                }
            }
        };
        let mut rules = NumberRules {
            width,
            minimum: bound("minimum"),
            maximum: bound("maximum"),
            exclusive_minimum: bound("exclusiveMinimum"),
            exclusive_maximum: bound("exclusiveMaximum"),
            multiple_of: bound("multipleOf"),
            values: None,
        };
        if rules
            .multiple_of
            .as_ref()
            .and_then(Number::as_f64)
            .is_some_and(|m| m <= 0.0)
        {
            self.cx.error(
                join(pointer, "multipleOf"),
                "multipleOf must be greater than 0",
            );
            rules.multiple_of = None;
        }
        if width.is_integer() {
            for (key, value) in [
                ("minimum", &rules.minimum),
                ("maximum", &rules.maximum),
                ("exclusiveMinimum", &rules.exclusive_minimum),
                ("exclusiveMaximum", &rules.exclusive_maximum),
            ] {
                if value
                    .as_ref()
                    .is_some_and(|n| n.as_f64().is_none_or(|f| !f.is_finite()))
                {
                    self.cx
                        .error(join(pointer, key), format!("{key} must be a finite number"));
                }
            }
        }
        let low = rules.minimum.as_ref().and_then(Number::as_f64);
        let high = rules.maximum.as_ref().and_then(Number::as_f64);
        if let (Some(low), Some(high)) = (low, high)
            && low > high
        {
            self.cx.error(
                pointer,
                format!("minimum {low} is above maximum {high}: no value is valid"),
            );
        }
        if let Some(values) = enum_values(object) {
            let numbers: Option<Vec<Number>> =
                values.iter().map(|v| v.as_number().cloned()).collect();
            match numbers {
                Some(list) if !list.is_empty() => {
                    if integer && !list.iter().all(|n| n.is_i64() || n.is_u64()) {
                        self.cx.error(
                            join(pointer, "enum"),
                            "the values of an integer enum must be integers",
                        );
                    }
                    rules.values = Some(list);
                }
                _ => self.cx.error(
                    join(pointer, "enum"),
                    "a number enum must be a non-empty array of numbers",
                ),
            }
        }
        Some(if integer {
            Kind::Integer(rules)
        } else {
            Kind::Number(rules)
        })
    }

    fn object(&self, object: &Map<String, Value>, pointer: &str) -> Option<ObjectSchema> {
        // A `discriminator` on an object that is no union is OpenAPI's base-schema
        // polymorphism (variants `allOf` it, and the unions that hold them choose by the
        // variants' own `const`/`enum` tags): an annotation here, never an error.
        let mut properties = Vec::new();
        if let Some(value) = object.get("properties") {
            let at = join(pointer, "properties");
            match value.as_object() {
                Some(map) => {
                    for (name, property) in map {
                        if let Some(schema) = self.schema(property, &join(&at, name)) {
                            properties.push((name.clone(), schema));
                        }
                    }
                }
                None => self.cx.error(at, "properties must be an object"),
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
                                if !required.iter().any(|r| r == name) {
                                    required.push(name.to_owned());
                                }
                            }
                            // A required key the properties do not list: any value, but present.
                            Some(name) => {
                                properties
                                    .push((name.to_owned(), Schema::any(&format!("{at}/{i}"))));
                                required.push(name.to_owned());
                            }
                            None => self
                                .cx
                                .error(format!("{at}/{i}"), "required must list property names"),
                        }
                    }
                }
                None => self
                    .cx
                    .error(at, "required must be an array of property names"),
            }
        }
        // `unevaluatedProperties` wins over `additionalProperties` when both are given:
        // it sees every key the properties do not list.
        let extra_key = ["unevaluatedProperties", "additionalProperties"]
            .into_iter()
            .find(|k| object.contains_key(*k));
        let extra = match extra_key.map(|k| (k, &object[k])) {
            None | Some((_, Value::Bool(true))) => Extra::Open,
            Some((_, Value::Bool(false))) => Extra::Closed,
            Some((_, Value::Object(map))) if map.is_empty() => Extra::Open,
            Some((_, Value::Object(map)))
                if map.len() == 1
                    && map.get("not").is_some_and(|n| {
                        n.as_object().is_some_and(Map::is_empty) || n == &Value::Bool(true)
                    }) =>
            {
                Extra::Closed
            }
            Some((key, value)) => {
                let schema = self.schema(value, &join(pointer, key))?;
                if schema.kind == Kind::Any {
                    Extra::Open
                } else {
                    Extra::Typed(Box::new(schema))
                }
            }
        };
        let min_properties = self.count(object, pointer, "minProperties");
        let max_properties = self.count(object, pointer, "maxProperties");
        Some(ObjectSchema {
            properties,
            required,
            extra,
            min_properties,
            max_properties,
        })
    }

    fn array(&self, object: &Map<String, Value>, pointer: &str) -> Option<ArraySchema> {
        let items = match object.get("items") {
            Some(items) => self.schema(items, &join(pointer, "items"))?,
            None => Schema::any(&join(pointer, "items")),
        };
        let rules = ArraySchema {
            items: Box::new(items),
            min_items: self.count(object, pointer, "minItems"),
            max_items: self.count(object, pointer, "maxItems"),
            unique: object
                .get("uniqueItems")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        };
        if let (Some(min), Some(max)) = (rules.min_items, rules.max_items)
            && min > max
        {
            self.cx.error(
                pointer,
                format!("minItems {min} is above maxItems {max}: no array is valid"),
            );
        }
        Some(rules)
    }

    /// `maxLength`, `minItems`…: a non-negative integer (`2.0` counts as 2, as JSON
    /// Schema says).
    fn count(&self, object: &Map<String, Value>, pointer: &str, key: &str) -> Option<u64> {
        let value = object.get(key)?;
        let number = value.as_u64().or_else(|| {
            value
                .as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= u32::MAX as f64)
                .map(|f| f as u64)
        });
        if number.is_none() {
            self.cx.error(
                join(pointer, key),
                format!("{key} must be a non-negative integer"),
            );
        }
        number
    }
}

impl Schema {
    /// `{}` at `pointer`.
    pub fn any(pointer: &str) -> Schema {
        Schema {
            pointer: pointer.to_owned(),
            description: None,
            title: None,
            default: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            format_note: None,
            conditions: Vec::new(),
            examples: Vec::new(),
            kind: Kind::Any,
        }
    }
}

/// The examples of a schema object: `examples: [..]`, or a single `example`.
fn examples(object: &Map<String, Value>, pointer: &str) -> Vec<(String, Value)> {
    match (object.get("examples"), object.get("example")) {
        (Some(Value::Array(items)), _) => items
            .iter()
            .enumerate()
            .map(|(i, item)| (format!("{pointer}/examples/{i}"), item.clone()))
            .collect(),
        (None, Some(single)) => vec![(join(pointer, "example"), single.clone())],
        _ => Vec::new(),
    }
}

/// The values of `enum`, or of `const` as a one-value enum.
fn enum_values(object: &Map<String, Value>) -> Option<Vec<Value>> {
    if let Some(constant) = object.get("const") {
        return Some(vec![constant.clone()]);
    }
    object
        .get("enum")
        .map(|values| values.as_array().cloned().unwrap_or_default())
}

fn is_null_schema(value: &Value) -> bool {
    value.as_object().is_some_and(|object| {
        object.get("type").and_then(Value::as_str) == Some("null")
            && object
                .keys()
                .all(|key| key == "type" || ANNOTATIONS.contains(&key.as_str()))
    })
}

/// Reports every key that is neither in `allowed`, an annotation, a keyword that applies
/// to any type, nor an `x-` extension.
pub(crate) fn only_keys(cx: &Ctxt, object: &Map<String, Value>, pointer: &str, allowed: &[&str]) {
    for key in object.keys() {
        if !allowed.contains(&key.as_str())
            && !ANNOTATIONS.contains(&key.as_str())
            && !GENERAL.contains(&key.as_str())
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(name: &str, text: &str) -> Result<Value, Error> {
        let path =
            std::env::temp_dir().join(format!("conference-codegen-{}-{name}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        let result = read_document(&path);
        std::fs::remove_file(&path).unwrap();
        result
    }

    fn lower(value: Value) -> (Option<Schema>, Result<(), Vec<Error>>) {
        lower_in(&json!({}), value)
    }

    fn lower_in(doc: &Value, value: Value) -> (Option<Schema>, Result<(), Vec<Error>>) {
        let cx = Ctxt::new();
        let schema = Parser::new(&cx, doc).schema(&value, "#");
        (schema, cx.check())
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
    fn yaml_is_read_as_the_json_it_stands_for() {
        let yaml = "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n        '4XX': {description: no}\nflag: yes\nlist: &l [1, 2.5, null]\nagain: *l\n";
        let value = read("doc.yaml", yaml).unwrap();
        assert_eq!(
            value,
            json!({
                "openapi": "3.1.0",
                "paths": {"/a": {"get": {"responses": {
                    "200": {"description": "ok"},
                    "4XX": {"description": "no"}
                }}}},
                "flag": "yes",
                "list": [1, 2.5, null],
                "again": [1, 2.5, null]
            })
        );
        // Without an extension, the first character decides.
        assert_eq!(read("doc", "a: 1").unwrap(), json!({"a": 1}));
        assert_eq!(read("doc", " {\"a\": 1}").unwrap(), json!({"a": 1}));
    }

    #[test]
    fn invalid_yaml_is_located_by_line_and_column() {
        let error = read("bad.yml", "openapi: 3.1.0\npaths:\n  /a: [1, 2\ninfo: {}\n").unwrap_err();
        assert!(error.location.starts_with("line 4 column "), "{error}");
        assert!(
            error
                .message
                .starts_with("the schema file is not valid YAML: "),
            "{error}"
        );
        // The position the location gives is not repeated; libyaml's context keeps its own.
        assert!(
            error.message.ends_with(
                "did not find expected ',' or ']', while parsing a flow sequence at line 3 column 7"
            ),
            "{error}"
        );
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
        let (wrapped, ok) = lower(
            json!({"allOf": [{"$ref": "#/components/schemas/Video.VideoQuality"}], "default": "720p", "examples": ["720p"]}),
        );
        ok.unwrap();
        let wrapped = wrapped.unwrap();
        assert_eq!(wrapped.kind, Kind::Ref("Video.VideoQuality".into()));
        assert_eq!(wrapped.default, Some(Value::from("720p")));
        let (nullable, ok) = lower(
            json!({"anyOf": [{"$ref": "#/components/schemas/A~1B"}, {"type": "null"}], "x-vendor": 1}),
        );
        ok.unwrap();
        assert!(
            matches!(nullable.unwrap().kind, Kind::Nullable(inner) if inner.kind == Kind::Ref("A/B".into()))
        );
    }

    #[test]
    fn three_spellings_of_nullable_agree() {
        for spelling in [
            json!({"anyOf": [{"type": "integer"}, {"type": "null"}]}),
            json!({"type": ["integer", "null"]}),
            json!({"type": "integer", "nullable": true}),
        ] {
            let (schema, ok) = lower(spelling.clone());
            ok.unwrap();
            let Kind::Nullable(inner) = schema.unwrap().kind else {
                panic!("{spelling} is not nullable")
            };
            assert!(matches!(inner.kind, Kind::Integer(_)), "{spelling}");
        }
    }

    #[test]
    fn keywords_beside_a_union_go_to_the_variants_they_apply_to() {
        let (schema, ok) = lower(
            json!({"anyOf": [{"type": "integer"}, {"type": "string"}], "maximum": 5, "maxLength": 3}),
        );
        ok.unwrap();
        let Kind::Union(union) = schema.unwrap().kind else {
            panic!()
        };
        let Kind::Integer(number) = &union.variants[0].kind else {
            panic!()
        };
        assert_eq!(number.maximum, Some(5.into()));
        let Kind::String(text) = &union.variants[1].kind else {
            panic!()
        };
        assert_eq!(text.max_length, Some(3));
    }

    #[test]
    fn all_of_merges_objects_and_refuses_contradictions() {
        let doc = json!({"components": {"schemas": {
            "A": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        }}});
        let (schema, ok) = lower_in(
            &doc,
            json!({"allOf": [
            {"$ref": "#/components/schemas/A"},
            {"type": "object", "properties": {"b": {"type": "integer"}}}
        ], "minProperties": 1}),
        );
        ok.unwrap();
        let Kind::Object(object) = schema.unwrap().kind else {
            panic!()
        };
        let names: Vec<&str> = object.properties.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(object.required, ["a"]);
        assert_eq!(object.min_properties, Some(1));
        let (_, errors) = lower_in(
            &doc,
            json!({"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "string"}]}),
        );
        let errors = errors.unwrap_err();
        assert!(errors[0].message.contains("contradict"), "{errors:?}");
    }

    #[test]
    fn an_all_of_that_contains_itself_is_a_cycle() {
        // Found by `tests/fuzz_generator.rs`: each `allOf` inside a part started a fresh
        // depth count, so a component merging itself recursed until the stack overflowed.
        let doc = json!({"components": {"schemas": {
            "A": {"allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}]},
            "B": {"allOf": [{"$ref": "#/components/schemas/B"}, {"$ref": "#/components/schemas/B"}]},
            "C": {"allOf": [{"$ref": "#/components/schemas/D"}, {"type": "object"}]},
            "D": {"allOf": [{"$ref": "#/components/schemas/C"}, {"type": "object"}]},
        }}});
        for name in ["A", "B", "C"] {
            let (_, errors) = lower_in(&doc, doc["components"]["schemas"][name].clone());
            let errors = errors.unwrap_err();
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(
                errors[0].message,
                "allOf parts refer to each other in a cycle"
            );
            assert!(errors[0].location.starts_with("#/allOf/0/"), "{errors:?}");
        }
    }

    #[test]
    fn a_component_merged_into_itself_is_a_cycle() {
        // Found by `tests/fuzz_generator.rs`: a union with a `type` wraps each variant in an
        // `allOf`, which merged in `A`, whose union merged in `A` again, until the stack
        // overflowed. A property merging its own component did the same.
        let doc = json!({"components": {"schemas": {
            "U": {"type": "object", "oneOf": [{"$ref": "#/components/schemas/A"}]},
            "A": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
            "B": {"type": "object"},
            "P": {"type": "object", "properties": {
                "x": {"allOf": [{"$ref": "#/components/schemas/P"}, {"type": "object"}]}
            }},
        }}});
        for (name, location) in [
            ("U", "#/oneOf/0/oneOf/0/allOf/0/$ref"),
            ("P", "#/properties/x/properties/x/allOf/0/$ref"),
        ] {
            let (_, errors) = lower_in(&doc, doc["components"]["schemas"][name].clone());
            let errors = errors.unwrap_err();
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(
                errors[0].message,
                "allOf parts refer to each other in a cycle"
            );
            assert_eq!(errors[0].location, location);
        }
    }

    #[test]
    fn a_discriminator_on_a_base_object_is_an_annotation() {
        // SignalWire's `Calling.DetectConfig`: the variants `allOf` this base.
        let base = json!({
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string"}},
            "discriminator": {"propertyName": "type", "mapping": {"fax": "#/components/schemas/Fax"}}
        });
        let doc = json!({"components": {"schemas": {"Base": base.clone()}}});
        let (schema, ok) = lower_in(&doc, base);
        ok.unwrap();
        assert!(matches!(schema.unwrap().kind, Kind::Object(_)));
        let variant = json!({
            "type": "object",
            "properties": {"type": {"type": "string", "enum": ["fax"]}},
            "allOf": [{"$ref": "#/components/schemas/Base"}]
        });
        let (schema, ok) = lower_in(&doc, variant);
        ok.unwrap();
        assert!(matches!(schema.unwrap().kind, Kind::Object(_)));
    }

    #[test]
    fn unknown_formats_are_annotations() {
        let (schema, ok) = lower(json!({"type": "string", "format": "jwt"}));
        ok.unwrap();
        let schema = schema.unwrap();
        assert_eq!(schema.format_note.as_deref(), Some("jwt"));
        assert_eq!(schema.kind, Kind::String(StringRules::default()));
    }

    #[test]
    fn lengths_may_be_written_as_decimals() {
        let (schema, ok) = lower(json!({"type": "string", "maxLength": 2.0, "minLength": 1}));
        ok.unwrap();
        let Kind::String(rules) = schema.unwrap().kind else {
            panic!()
        };
        assert_eq!((rules.max_length, rules.min_length), (Some(2), Some(1)));
        let (_, errors) = lower(json!({"type": "string", "maxLength": -1}));
        assert_eq!(errors.unwrap_err()[0].location, "#/maxLength");
    }

    #[test]
    fn keywords_without_a_type_constrain_their_own_json_types_only() {
        let untyped = |value: Value| match lower(value.clone()) {
            (
                Some(Schema {
                    kind: Kind::Untyped(inner, types),
                    ..
                }),
                Ok(()),
            ) => (inner.kind, types),
            (schema, ok) => panic!("{value}: {schema:?} {ok:?}"),
        };
        let (inner, types) = untyped(json!({"maxLength": 2, "description": "short"}));
        assert_eq!(types, JsonTypes(8));
        assert!(matches!(
            inner,
            Kind::String(StringRules {
                max_length: Some(2),
                ..
            })
        ));
        assert!(matches!(
            untyped(json!({"minimum": 1})),
            (Kind::Number(_), JsonTypes(4))
        ));
        assert!(matches!(
            untyped(json!({"required": ["a"]})),
            (Kind::Object(_), JsonTypes(32))
        ));
        assert!(matches!(
            untyped(json!({"maxItems": 1})),
            (Kind::Array(_), JsonTypes(16))
        ));
        // A format that is checked is a rule on strings.
        assert!(matches!(
            untyped(json!({"format": "uuid"})),
            (
                Kind::String(StringRules {
                    format: Some(StringFormat::Uuid),
                    ..
                }),
                JsonTypes(8)
            )
        ));
        // Keywords of two types: one variant per type, other types as they are.
        let (inner, types) = untyped(json!({"maxLength": 2, "minimum": 1}));
        assert_eq!(types, JsonTypes(4 | 8));
        let Kind::Union(union) = inner else {
            panic!("{inner:?}")
        };
        assert!(matches!(union.variants[0].kind, Kind::String(_)));
        assert!(matches!(union.variants[1].kind, Kind::Number(_)));
        // `nullable` adds nothing: null is another type already.
        assert!(matches!(
            untyped(json!({"maxLength": 2, "nullable": true})).1,
            JsonTypes(8)
        ));
        // Nothing that constrains: any value; an unchecked format is documented.
        let (schema, ok) = lower(json!({"format": "email"}));
        ok.unwrap();
        let schema = schema.unwrap();
        assert_eq!(
            (schema.kind, schema.format_note.as_deref()),
            (Kind::Any, Some("email"))
        );
        // An unknown keyword beside them is still refused, at its pointer.
        let (_, errors) = lower(json!({"maxLength": 2, "patternProperties": {}}));
        assert_eq!(errors.unwrap_err()[0].location, "#/patternProperties");
    }

    #[test]
    fn enums_of_other_values_are_kept_as_json() {
        let (schema, ok) = lower(json!({"enum": [true, 1, "a"]}));
        ok.unwrap();
        assert_eq!(
            schema.unwrap().kind,
            Kind::Values(vec![json!(true), json!(1), json!("a")])
        );
        let (schema, ok) = lower(json!({"const": "x"}));
        ok.unwrap();
        assert!(
            matches!(schema.unwrap().kind, Kind::String(StringRules { values: Some(v), .. }) if v == ["x"])
        );
    }
}
