//! The generator's model: the types and operations to emit, resolved from the document.
//!
//! Built by `Api::from_document`, which follows `$ref`s, decides which side of the wire
//! each object is on, names every type, and groups identical constraints into one type.

use crate::error::Ctxt;
use crate::naming;
use crate::parse::{self, Kind, Schema, StringFormat, StringRules};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Everything to emit for one schema file.
#[derive(Debug, Default)]
pub struct Api {
    /// Types by Rust name, so output order is stable.
    pub types: BTreeMap<String, TypeDef>,
    /// Operations in document order.
    pub operations: Vec<Operation>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// JSON pointer of the schema the type comes from.
    pub origin: String,
    pub doc: Option<String>,
    pub body: TypeBody,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeBody {
    Struct(Struct),
    Enum(Enum),
    Constrained(Constrained),
    /// The query parameters of one operation.
    Params(Vec<Field>),
}

/// Which way an object travels, which decides how strict it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// Sent by us: valid by construction, every rule checked.
    Request,
    /// Sent by the server: decoded leniently (unknown fields ignored, unknown enum values kept).
    Response,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub side: Side,
    /// `unevaluatedProperties: {not: {}}`: a request deserialized from JSON rejects unknown keys.
    pub closed: bool,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The name on the wire (and the Rust field name, when it is a valid identifier).
    pub wire: String,
    pub name: String,
    pub doc: Option<String>,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub default: Option<Value>,
    pub pointer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<Variant>,
    /// `type: number` enums travel as JSON numbers.
    pub numeric: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub name: String,
    /// The value as written in the schema (`720p`, `20`).
    pub wire: String,
}

/// A scalar with rules: emitted as a checked newtype, shared by every request field that
/// has exactly the same rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Constrained {
    pub rules: Rules,
    /// Wire names of the fields that use it, for its documentation.
    pub used_by: Vec<String>,
}

/// The rules of a constrained scalar; equal rules share one type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rules {
    String {
        max_length: Option<u64>,
        min_length: Option<u64>,
        pattern: Option<String>,
    },
    Integer {
        int32: bool,
        minimum: Option<i64>,
        maximum: Option<i64>,
    },
}

/// A Rust type of a field or parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Bool,
    I32,
    I64,
    F64,
    String,
    DateTime,
    Uuid,
    /// A free-form JSON object.
    JsonObject,
    /// Any JSON value.
    Json,
    /// A generated type.
    Named(String),
    /// A generated enum, decoded leniently: `OrUnknown<Name>`.
    OrUnknown(String),
    Vec(Box<Ty>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub id: String,
    pub pointer: String,
    pub method: &'static str,
    pub path: String,
    pub doc: Option<String>,
    pub path_params: Vec<Field>,
    /// Name of the generated `…Params` struct, when the operation has query parameters.
    pub query: Option<String>,
    /// Name of the request body's type.
    pub body: Option<String>,
    pub success_status: u16,
    /// `None` for an answer without a body (204).
    pub response: Option<Ty>,
    pub error_statuses: Vec<u16>,
}

/// Options given in the macro call.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Names for shared constrained types whose fields have no common name:
    /// (type name, JSON pointer of one field that uses it).
    pub names: Vec<(String, String)>,
}

const METHODS: &[(&str, &str)] = &[
    ("get", "Get"),
    ("put", "Put"),
    ("post", "Post"),
    ("delete", "Delete"),
    ("patch", "Patch"),
];

struct Lower<'a> {
    cx: &'a Ctxt,
    doc: &'a Value,
    api: Api,
    /// Component name -> its lowered type (`None` while being lowered or if broken).
    components: HashMap<String, Option<Ty>>,
    /// Constrained rules -> the request fields that use them (pointer, wire name),
    /// and a component name when the rules are a component of their own.
    groups: BTreeMap<Rules, Group>,
}

#[derive(Default)]
struct Group {
    fields: Vec<(String, String)>,
    component: Option<String>,
    doc: Option<String>,
}

impl Api {
    /// Builds the model of a whole OpenAPI document. Problems are recorded in `cx`.
    pub(crate) fn from_document(cx: &Ctxt, doc: &Value, options: &Options) -> Api {
        let mut lower = Lower {
            cx,
            doc,
            api: Api::default(),
            components: HashMap::new(),
            groups: BTreeMap::new(),
        };
        lower.document();
        lower.name_groups(options);
        lower.api
    }
}

impl Lower<'_> {
    fn document(&mut self) {
        let Some(root) = self.doc.as_object() else {
            self.cx.error(
                "#",
                "the schema file must hold an OpenAPI document (a JSON object)",
            );
            return;
        };
        parse::only_keys(
            self.cx,
            root,
            "#",
            &[
                "openapi",
                "info",
                "servers",
                "security",
                "paths",
                "components",
                "tags",
                "externalDocs",
                "jsonSchemaDialect",
            ],
        );
        match root.get("openapi").and_then(Value::as_str) {
            Some(version) if version.starts_with("3.1.") => {}
            _ => self.cx.error(
                "#/openapi",
                "only OpenAPI 3.1 documents are supported (openapi: \"3.1.x\")",
            ),
        }
        if let Some(components) = root.get("components").and_then(Value::as_object) {
            parse::only_keys(
                self.cx,
                components,
                "#/components",
                &["schemas", "parameters", "securitySchemes"],
            );
        }
        let Some(paths) = root.get("paths").and_then(Value::as_object) else {
            self.cx
                .error("#/paths", "the document has no paths: nothing to generate");
            return;
        };
        // Requests first: an object reached from both sides is a request type (strict).
        let mut operations = Vec::new();
        for (path, item) in paths {
            let pointer = parse::join("#/paths", path);
            let Some(item) = item.as_object() else {
                self.cx.error(pointer, "a path item must be an object");
                continue;
            };
            let methods: Vec<&str> = METHODS.iter().map(|(m, _)| *m).collect();
            let mut allowed = methods.clone();
            allowed.extend(["summary", "description", "parameters"]);
            parse::only_keys(self.cx, item, &pointer, &allowed);
            for (method, rust_method) in METHODS {
                if let Some(operation) = item.get(*method) {
                    let at = parse::join(&pointer, method);
                    if let Some(lowered) =
                        self.operation_request(path, rust_method, operation, item, &at)
                    {
                        operations.push((lowered, operation, at));
                    }
                }
            }
        }
        for (mut operation, raw, at) in operations {
            self.operation_responses(&mut operation, raw, &at);
            self.api.operations.push(operation);
        }
        self.check_operation_ids();
    }

    /// The request half of an operation: parameters and body.
    fn operation_request(
        &mut self,
        path: &str,
        method: &'static str,
        raw: &Value,
        item: &serde_json::Map<String, Value>,
        pointer: &str,
    ) -> Option<Operation> {
        let Some(object) = raw.as_object() else {
            self.cx.error(pointer, "an operation must be an object");
            return None;
        };
        parse::only_keys(
            self.cx,
            object,
            pointer,
            &[
                "operationId",
                "summary",
                "description",
                "parameters",
                "requestBody",
                "responses",
                "tags",
                "security",
                "deprecated",
                "externalDocs",
            ],
        );
        let Some(id) = object.get("operationId").and_then(Value::as_str) else {
            self.cx.error(
                pointer,
                "the operation has no operationId: it names the client method",
            );
            return None;
        };
        let doc = join_docs(
            object.get("summary").and_then(Value::as_str),
            object.get("description").and_then(Value::as_str),
        );
        let id_type = naming::type_name(id);
        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        let shared = item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        let own = object
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        let shared_at = pointer.rsplit_once('/').map_or("#", |(p, _)| p).to_owned() + "/parameters";
        let params: Vec<(String, &Value)> = shared
            .enumerate()
            .map(|(i, p)| (format!("{shared_at}/{i}"), p))
            .chain(
                own.enumerate()
                    .map(|(i, p)| (format!("{pointer}/parameters/{i}"), p)),
            )
            .collect();
        for (at, param) in params {
            if let Some((location, field)) = self.parameter(param, &at, &id_type) {
                if location == "path" {
                    path_params.push(field);
                } else {
                    query_params.push(field);
                }
            }
        }
        for name in template_names(path) {
            if !path_params.iter().any(|p| p.wire == name) {
                self.cx.error(
                    pointer,
                    format!("the path has {{{name}}} but no path parameter `{name}`"),
                );
            }
        }
        let query = if query_params.is_empty() {
            None
        } else {
            let name = format!("{id_type}Params");
            self.define(TypeDef {
                name: name.clone(),
                origin: format!("{pointer}/parameters"),
                doc: Some(format!("Query parameters of `{id}`.")),
                body: TypeBody::Params(query_params),
            });
            Some(name)
        };
        let body = object
            .get("requestBody")
            .and_then(|body| self.request_body(body, &format!("{pointer}/requestBody"), &id_type));
        Some(Operation {
            id: id.to_owned(),
            pointer: pointer.to_owned(),
            method,
            path: path.to_owned(),
            doc,
            path_params,
            query,
            body,
            success_status: 0,
            response: None,
            error_statuses: Vec::new(),
        })
    }

    /// A path or query parameter, inline or `$ref` to `#/components/parameters/…`.
    fn parameter(
        &mut self,
        raw: &Value,
        pointer: &str,
        id_type: &str,
    ) -> Option<(&'static str, Field)> {
        let (raw, pointer) = match raw.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let Some(name) = reference.strip_prefix("#/components/parameters/") else {
                    self.cx.error(
                        format!("{pointer}/$ref"),
                        "a parameter $ref must point at #/components/parameters/<name>",
                    );
                    return None;
                };
                let target = format!("#/components/parameters/{}", parse::escape(name));
                match self.doc.pointer(&target[1..]) {
                    Some(found) => (found, target),
                    None => {
                        self.cx.error(
                            format!("{pointer}/$ref"),
                            format!("dangling $ref: {reference} does not exist"),
                        );
                        return None;
                    }
                }
            }
            None => (raw, pointer.to_owned()),
        };
        let object = raw.as_object()?;
        parse::only_keys(
            self.cx,
            object,
            &pointer,
            &["name", "in", "required", "schema", "explode", "style"],
        );
        let name = object
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let location = match object.get("in").and_then(Value::as_str) {
            Some("path") => "path",
            Some("query") => "query",
            other => {
                self.cx.error(
                    format!("{pointer}/in"),
                    format!(
                        "parameters in {} are not supported; only path and query",
                        other.unwrap_or("(missing)")
                    ),
                );
                return None;
            }
        };
        if let Some(style) = object.get("style").and_then(Value::as_str)
            && style != "form"
            && style != "simple"
        {
            self.cx.error(
                format!("{pointer}/style"),
                format!("parameter style {style} is not supported"),
            );
        }
        let required = location == "path"
            || object
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        let schema_at = format!("{pointer}/schema");
        let schema = parse::schema(
            self.cx,
            object.get("schema").unwrap_or(&Value::Null),
            &schema_at,
        )?;
        let description = object
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let field = self.field(name, &schema, required, Side::Request, id_type, description)?;
        if !matches!(
            field.ty,
            Ty::Bool
                | Ty::I32
                | Ty::I64
                | Ty::F64
                | Ty::String
                | Ty::DateTime
                | Ty::Uuid
                | Ty::Named(_)
        ) {
            self.cx.error(
                schema_at,
                "a parameter must be a scalar (string, number, boolean, enum)",
            );
            return None;
        }
        Some((location, field))
    }

    fn request_body(&mut self, raw: &Value, pointer: &str, id_type: &str) -> Option<String> {
        let object = raw.as_object()?;
        parse::only_keys(self.cx, object, pointer, &["content", "required"]);
        if object.get("required").and_then(Value::as_bool) == Some(false) {
            self.cx.error(
                format!("{pointer}/required"),
                "optional request bodies are not supported",
            );
        }
        let (schema_at, schema) = self.json_content(object, pointer)?;
        let schema = parse::schema(self.cx, schema, &schema_at)?;
        match self.ty(&schema, Side::Request, &format!("{id_type}Body"))? {
            Ty::Named(name)
                if matches!(
                    self.api.types.get(&name).map(|t| &t.body),
                    Some(TypeBody::Struct(_))
                ) =>
            {
                Some(name)
            }
            _ => {
                self.cx
                    .error(schema_at, "a request body must be an object schema");
                None
            }
        }
    }

    /// The schema of `content: {application/json: {schema}}`.
    fn json_content<'v>(
        &self,
        object: &'v serde_json::Map<String, Value>,
        pointer: &str,
    ) -> Option<(String, &'v Value)> {
        let content = object.get("content")?.as_object()?;
        let at = format!("{pointer}/content");
        for key in content.keys() {
            if key != "application/json" {
                self.cx.error(
                    parse::join(&at, key),
                    format!("media type {key} is not supported; only application/json"),
                );
            }
        }
        let media = content.get("application/json")?.as_object()?;
        let media_at = parse::join(&at, "application/json");
        parse::only_keys(self.cx, media, &media_at, &["schema"]);
        Some((format!("{media_at}/schema"), media.get("schema")?))
    }

    fn operation_responses(&mut self, operation: &mut Operation, raw: &Value, pointer: &str) {
        let at = format!("{pointer}/responses");
        let Some(responses) = raw.get("responses").and_then(Value::as_object) else {
            self.cx.error(pointer, "the operation has no responses");
            return;
        };
        let id_type = naming::type_name(&operation.id);
        for (status, response) in responses {
            let response_at = parse::join(&at, status);
            let Some(code) = status
                .parse::<u16>()
                .ok()
                .filter(|c| (100..600).contains(c))
            else {
                self.cx.error(
                    response_at,
                    format!("response `{status}` is not supported; list each status code"),
                );
                continue;
            };
            let Some(object) = response.as_object() else {
                self.cx.error(response_at, "a response must be an object");
                continue;
            };
            parse::only_keys(self.cx, object, &response_at, &["content"]);
            if (200..300).contains(&code) {
                if operation.success_status != 0 {
                    self.cx
                        .error(response_at, "more than one success status is not supported");
                    continue;
                }
                operation.success_status = code;
                operation.response = match self.json_content(object, &response_at) {
                    None => None,
                    Some((schema_at, schema)) => parse::schema(self.cx, schema, &schema_at)
                        .and_then(|schema| {
                            self.ty(&schema, Side::Response, &format!("{id_type}Response"))
                        }),
                };
            } else {
                // Error bodies are decoded by the runtime into SignalWire's error shape; the
                // schemas are still checked so that a broken one is reported.
                if let Some((schema_at, schema)) = self.json_content(object, &response_at)
                    && let Some(schema) = parse::schema(self.cx, schema, &schema_at)
                {
                    self.ty(&schema, Side::Response, &format!("{id_type}Error{code}"));
                }
                operation.error_statuses.push(code);
            }
        }
        if operation.success_status == 0 {
            self.cx.error(at, "the operation has no 2xx response");
        }
    }

    /// Rule: operation ids name the client methods, so they must be unique.
    fn check_operation_ids(&self) {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for operation in &self.api.operations {
            let method = naming::field_name(&operation.id);
            if let Some(first) = seen.insert(method.clone(), &operation.pointer) {
                self.cx.error(
                    &operation.pointer,
                    format!("operationId `{}` gives the method name `{method}` that {first} already uses", operation.id),
                );
            }
        }
    }

    /// Registers a generated type; two types may not share a Rust name.
    fn define(&mut self, def: TypeDef) {
        if let Some(existing) = self.api.types.get(&def.name) {
            if existing.origin != def.origin {
                self.cx.error(
                    &def.origin,
                    format!(
                        "type name clash: this schema and {} both become the Rust type `{}`; rename one of them",
                        existing.origin, def.name
                    ),
                );
            }
            return;
        }
        self.api.types.insert(def.name.clone(), def);
    }

    /// The Rust type of a schema. `name_hint` names a type that has to be made for an
    /// inline object or enum.
    fn ty(&mut self, schema: &Schema, side: Side, name_hint: &str) -> Option<Ty> {
        match &schema.kind {
            Kind::Ref(component) => self.component(component, side, &schema.pointer),
            Kind::Nullable(_) => {
                self.cx.error(
                    &schema.pointer,
                    "a nullable type is supported only as a property",
                );
                None
            }
            Kind::String(rules) => Some(self.string(rules, side, name_hint, schema, None)),
            Kind::Integer(rules) => Some(self.integer(rules, side, schema, None)),
            Kind::Number(None) => Some(Ty::F64),
            Kind::Number(Some(values)) => {
                let wires: Vec<String> = values.iter().map(ToString::to_string).collect();
                Some(self.enumeration(name_hint, &wires, true, side, schema))
            }
            Kind::Boolean => Some(Ty::Bool),
            Kind::Any => Some(Ty::Json),
            Kind::Array(items) => Some(Ty::Vec(Box::new(self.ty(
                items,
                side,
                &format!("{name_hint}Item"),
            )?))),
            Kind::Object(object) => {
                if object.properties.is_empty() && !object.closed {
                    return Some(Ty::JsonObject);
                }
                let mut fields: Vec<Field> = Vec::new();
                for (wire, property) in &object.properties {
                    let required = object.required.contains(wire);
                    if let Some(field) = self.field(wire, property, required, side, name_hint, None)
                    {
                        self.check_field_name(&fields, &field);
                        fields.push(field);
                    }
                }
                self.define(TypeDef {
                    name: name_hint.to_owned(),
                    origin: schema.pointer.clone(),
                    doc: schema.description.clone(),
                    body: TypeBody::Struct(Struct {
                        side,
                        closed: object.closed,
                        fields,
                    }),
                });
                Some(Ty::Named(name_hint.to_owned()))
            }
        }
    }

    /// A property (or parameter) named `wire` of the type `parent`.
    fn field(
        &mut self,
        wire: &str,
        schema: &Schema,
        required: bool,
        side: Side,
        parent: &str,
        description: Option<String>,
    ) -> Option<Field> {
        let (inner, nullable) = match &schema.kind {
            Kind::Nullable(inner) => (inner.as_ref(), true),
            _ => (schema, false),
        };
        if matches!(inner.kind, Kind::Nullable(_)) {
            self.cx
                .error(&inner.pointer, "a nullable of a nullable is not supported");
            return None;
        }
        let hint = format!("{parent}{}", naming::type_name(wire));
        let ty = match &inner.kind {
            Kind::String(rules) => self.string(rules, side, &hint, inner, Some(wire)),
            Kind::Integer(rules) => self.integer(rules, side, inner, Some(wire)),
            _ => self.ty(inner, side, &hint)?,
        };
        let doc = description
            .or_else(|| schema.description.clone())
            .or_else(|| inner.description.clone());
        let default = schema.default.clone().or_else(|| inner.default.clone());
        let field = Field {
            wire: wire.to_owned(),
            name: naming::field_name(wire),
            doc,
            ty,
            required,
            nullable,
            default,
            pointer: schema.pointer.clone(),
        };
        self.check_default(&field);
        Some(field)
    }

    fn string(
        &mut self,
        rules: &StringRules,
        side: Side,
        name_hint: &str,
        schema: &Schema,
        field: Option<&str>,
    ) -> Ty {
        if let Some(values) = &rules.values {
            return self.enumeration(name_hint, values, false, side, schema);
        }
        let base = match rules.format {
            Some(StringFormat::DateTime) => Ty::DateTime,
            Some(StringFormat::Uuid) => Ty::Uuid,
            None => Ty::String,
        };
        let constrained =
            rules.max_length.is_some() || rules.min_length.is_some() || rules.pattern.is_some();
        // Request-side rules never apply to responses: the server may already have relaxed them.
        if !constrained || side == Side::Response {
            return base;
        }
        if base != Ty::String {
            self.cx.error(
                &schema.pointer,
                "length or pattern rules on a date-time or uuid are not supported",
            );
            return base;
        }
        let key = Rules::String {
            max_length: rules.max_length,
            min_length: rules.min_length,
            pattern: rules.pattern.clone(),
        };
        self.group(key, schema, field)
    }

    fn integer(
        &mut self,
        rules: &parse::IntegerRules,
        side: Side,
        schema: &Schema,
        field: Option<&str>,
    ) -> Ty {
        let base = if rules.int32 { Ty::I32 } else { Ty::I64 };
        if (rules.minimum.is_none() && rules.maximum.is_none()) || side == Side::Response {
            return base;
        }
        let key = Rules::Integer {
            int32: rules.int32,
            minimum: rules.minimum,
            maximum: rules.maximum,
        };
        self.group(key, schema, field)
    }

    /// Records a use of constrained rules; the shared type is named once all uses are known.
    fn group(&mut self, rules: Rules, schema: &Schema, field: Option<&str>) -> Ty {
        let group = self.groups.entry(rules.clone()).or_default();
        match field {
            Some(wire) => group.fields.push((schema.pointer.clone(), wire.to_owned())),
            None => {
                let component = schema
                    .pointer
                    .strip_prefix("#/components/schemas/")
                    .map(str::to_owned);
                group.component = group.component.take().or(component);
            }
        }
        if group.doc.is_none() {
            group.doc = schema.description.clone();
        }
        Ty::Named(group_placeholder(&rules))
    }

    fn enumeration(
        &mut self,
        name: &str,
        wires: &[String],
        numeric: bool,
        side: Side,
        schema: &Schema,
    ) -> Ty {
        let mut variants: Vec<Variant> = Vec::new();
        for wire in wires {
            let variant = naming::variant_name(name, wire);
            if let Some(other) = variants.iter().find(|v| v.name == variant) {
                self.cx.error(
                    format!("{}/enum", schema.pointer),
                    format!(
                        "enum values {:?} and {wire:?} both become the variant `{variant}`",
                        other.wire
                    ),
                );
                continue;
            }
            variants.push(Variant {
                name: variant,
                wire: wire.clone(),
            });
        }
        self.define(TypeDef {
            name: name.to_owned(),
            origin: schema.pointer.clone(),
            doc: schema.description.clone(),
            body: TypeBody::Enum(Enum { variants, numeric }),
        });
        match side {
            Side::Request => Ty::Named(name.to_owned()),
            Side::Response => Ty::OrUnknown(name.to_owned()),
        }
    }

    /// The type of `#/components/schemas/<component>`, lowered once.
    fn component(&mut self, component: &str, side: Side, from: &str) -> Option<Ty> {
        if let Some(done) = self.components.get(component) {
            return match done {
                // A response reaching an enum first lowered for a request still decodes leniently.
                Some(Ty::Named(name)) if side == Side::Response && self.is_enum(name) => {
                    Some(Ty::OrUnknown(name.clone()))
                }
                Some(Ty::OrUnknown(name)) if side == Side::Request => Some(Ty::Named(name.clone())),
                Some(ty) => Some(ty.clone()),
                None => {
                    self.cx.error(
                        from,
                        format!("recursive reference to {component} is not supported"),
                    );
                    None
                }
            };
        }
        let pointer = format!("#/components/schemas/{}", parse::escape(component));
        let Some(raw) = self.doc.pointer(&pointer[1..]) else {
            self.cx
                .error(from, format!("dangling $ref: {pointer} does not exist"));
            return None;
        };
        self.components.insert(component.to_owned(), None);
        let name = naming::component_type_name(component);
        let lowered = parse::schema(self.cx, raw, &pointer).and_then(|schema| match &schema.kind {
            Kind::String(rules) if rules.values.is_none() => {
                Some(self.string(rules, side, &name, &schema, None))
            }
            Kind::Integer(rules) => Some(self.integer(rules, side, &schema, None)),
            _ => self.ty(&schema, side, &name),
        });
        self.components
            .insert(component.to_owned(), lowered.clone());
        lowered
    }

    fn is_enum(&self, name: &str) -> bool {
        matches!(
            self.api.types.get(name).map(|t| &t.body),
            Some(TypeBody::Enum(_))
        )
    }

    /// Rule: each property needs a Rust name of its own, and one that is not a method of
    /// the request builder (`build`, `validate`), whose setters are named after fields.
    fn check_field_name(&self, earlier: &[Field], field: &Field) {
        if let Some(other) = earlier.iter().find(|f| f.name == field.name) {
            self.cx.error(
                &field.pointer,
                format!(
                    "properties `{}` and `{}` both become the Rust field `{}`",
                    other.wire, field.wire, field.name
                ),
            );
        } else if matches!(field.name.as_str(), "build" | "validate") {
            self.cx.error(
                &field.pointer,
                format!(
                    "the property `{}` would clash with a method of the generated builder",
                    field.wire
                ),
            );
        }
    }

    /// Rule: a default must itself be a valid value of its field, or the documented
    /// default would be a value users cannot send.
    fn check_default(&self, field: &Field) {
        let Some(default) = &field.default else {
            return;
        };
        let at = format!("{}/default", field.pointer);
        let valid = match &field.ty {
            Ty::Bool => default.is_boolean(),
            Ty::String | Ty::DateTime | Ty::Uuid => default.is_string(),
            Ty::I32 | Ty::I64 => default.is_i64(),
            Ty::F64 => default.is_number(),
            Ty::Named(name) | Ty::OrUnknown(name) => {
                match self.api.types.get(name).map(|t| &t.body) {
                    Some(TypeBody::Enum(e)) => e
                        .variants
                        .iter()
                        .any(|v| enum_wire_matches(&v.wire, default, e.numeric)),
                    _ => match self
                        .groups
                        .keys()
                        .find(|rules| group_placeholder(rules) == *name)
                    {
                        Some(rules) => rules_accept(rules, default),
                        None => true,
                    },
                }
            }
            Ty::JsonObject | Ty::Json | Ty::Vec(_) => true,
        };
        if !valid {
            self.cx.error(
                at,
                format!(
                    "the default {default} is not a valid value of `{}`",
                    field.wire
                ),
            );
        }
    }

    /// Names every constrained type and replaces the placeholders in fields with it.
    fn name_groups(&mut self, options: &Options) {
        let groups = std::mem::take(&mut self.groups);
        let mut names: HashMap<String, String> = HashMap::new();
        for (rules, group) in &groups {
            let placeholder = group_placeholder(rules);
            let Some(name) = self.group_name(group, options) else {
                continue;
            };
            let origin = group.fields.first().map_or_else(
                || {
                    format!(
                        "#/components/schemas/{}",
                        group.component.as_deref().unwrap_or_default()
                    )
                },
                |(pointer, _)| pointer.clone(),
            );
            let mut used_by: Vec<String> =
                group.fields.iter().map(|(_, wire)| wire.clone()).collect();
            used_by.dedup();
            self.define(TypeDef {
                name: name.clone(),
                origin,
                doc: group.doc.clone(),
                body: TypeBody::Constrained(Constrained {
                    rules: rules.clone(),
                    used_by,
                }),
            });
            names.insert(placeholder, name);
        }
        let rename = |ty: &mut Ty| {
            rename_ty(ty, &names);
        };
        for def in self.api.types.values_mut() {
            match &mut def.body {
                TypeBody::Struct(s) => s.fields.iter_mut().for_each(|f| rename(&mut f.ty)),
                TypeBody::Params(fields) => fields.iter_mut().for_each(|f| rename(&mut f.ty)),
                _ => {}
            }
        }
        for operation in &mut self.api.operations {
            operation
                .path_params
                .iter_mut()
                .for_each(|f| rename(&mut f.ty));
            if let Some(ty) = &mut operation.response {
                rename(ty);
            }
        }
    }

    /// A constrained type is named after its component; else after its field when one
    /// name uses it; else after the words its fields' names share (`*_color` -> `Color`);
    /// else by the macro call's `names`; else it is an error that says how to name it.
    fn group_name(&self, group: &Group, options: &Options) -> Option<String> {
        if let Some(component) = &group.component {
            return Some(naming::component_type_name(component));
        }
        if let Some((name, _)) = options
            .names
            .iter()
            .find(|(_, pointer)| group.fields.iter().any(|(p, _)| p == pointer))
        {
            return Some(name.clone());
        }
        let mut wires: Vec<&str> = group.fields.iter().map(|(_, w)| w.as_str()).collect();
        wires.sort_unstable();
        wires.dedup();
        if let Some(words) = common_words(&wires) {
            return Some(naming::type_name(&words));
        }
        let (pointer, _) = group.fields.first()?;
        self.cx.error(
            pointer,
            format!(
                "the fields {} share the same rules, so they share one type, but their names have no word in common to name it; \
                 name it in the macro call, e.g. `generate!(\"<schema>\", names {{ Color = \"{pointer}\" }})`",
                wires.join(", ")
            ),
        );
        None
    }
}

/// The longest run of `_`-separated words that ends (or else starts) every name.
fn common_words(names: &[&str]) -> Option<String> {
    let split: Vec<Vec<&str>> = names.iter().map(|n| n.split('_').collect()).collect();
    let shortest = split.iter().map(Vec::len).min()?;
    let suffix = (1..=shortest)
        .take_while(|&n| {
            split
                .iter()
                .all(|w| w[w.len() - n] == split[0][split[0].len() - n])
        })
        .last();
    if let Some(n) = suffix {
        return Some(split[0][split[0].len() - n..].join("_"));
    }
    let prefix = (1..=shortest)
        .take_while(|&n| split.iter().all(|w| w[n - 1] == split[0][n - 1]))
        .last()?;
    Some(split[0][..prefix].join("_"))
}

/// A name no schema can produce, standing for a constrained type until it is named.
fn group_placeholder(rules: &Rules) -> String {
    format!("{rules:?}")
}

fn rename_ty(ty: &mut Ty, names: &HashMap<String, String>) {
    match ty {
        Ty::Named(name) => {
            if let Some(real) = names.get(name) {
                *name = real.clone();
            }
        }
        Ty::Vec(inner) => rename_ty(inner, names),
        _ => {}
    }
}

fn enum_wire_matches(wire: &str, value: &Value, numeric: bool) -> bool {
    if numeric {
        value.as_f64().is_some() && value.as_f64() == wire.parse::<f64>().ok()
    } else {
        value.as_str() == Some(wire)
    }
}

fn rules_accept(rules: &Rules, value: &Value) -> bool {
    match rules {
        Rules::String {
            max_length,
            min_length,
            pattern,
        } => {
            let Some(text) = value.as_str() else {
                return false;
            };
            let length = text.chars().count() as u64;
            max_length.is_none_or(|max| length <= max)
                && min_length.is_none_or(|min| length >= min)
                && pattern
                    .as_deref()
                    .is_none_or(|p| crate::pattern::compile(p).is_ok_and(|dfa| dfa.is_match(text)))
        }
        Rules::Integer {
            minimum, maximum, ..
        } => {
            let Some(number) = value.as_i64() else {
                return false;
            };
            minimum.is_none_or(|min| number >= min) && maximum.is_none_or(|max| number <= max)
        }
    }
}

/// `{id}` names in a path template.
pub fn template_names(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn join_docs(summary: Option<&str>, description: Option<&str>) -> Option<String> {
    match (summary, description) {
        (Some(s), Some(d)) if d.starts_with(s) => Some(d.to_owned()),
        (Some(s), Some(d)) => Some(format!("{s}.\n\n{d}")),
        (Some(s), None) => Some(s.to_owned()),
        (None, d) => d.map(str::to_owned),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A document with one POST operation whose body and answer are the given schemas.
    fn document(request: Value, response: Value, extra: Value) -> Value {
        let mut schemas = json!({"Api.Request": request, "Api.Response": response});
        if let (Some(schemas), Some(extra)) = (schemas.as_object_mut(), extra.as_object()) {
            schemas.extend(extra.clone());
        }
        json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/things": {"post": {
                "operationId": "create_thing",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Api.Request"}}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Api.Response"}}}},
                    "422": {"description": "bad"}
                }
            }}},
            "components": {"schemas": schemas}
        })
    }

    fn lower(doc: &Value, options: &Options) -> Result<Api, Vec<crate::Error>> {
        let cx = Ctxt::new();
        let api = Api::from_document(&cx, doc, options);
        cx.check().map(|()| api)
    }

    fn fields<'a>(api: &'a Api, name: &str) -> &'a [Field] {
        match &api.types[name].body {
            TypeBody::Struct(s) => &s.fields,
            other => panic!("{name} is not a struct: {other:?}"),
        }
    }

    #[test]
    fn request_rules_make_newtypes_and_response_rules_are_dropped() {
        let title = json!({"type": "string", "maxLength": 10, "pattern": "^[a-z]+$"});
        let doc = document(
            json!({"type": "object", "required": ["title"], "properties": {"title": title}}),
            json!({"type": "object", "properties": {"title": title}}),
            json!({}),
        );
        let api = lower(&doc, &Options::default()).unwrap();
        assert_eq!(fields(&api, "Request")[0].ty, Ty::Named("Title".into()));
        assert!(matches!(api.types["Title"].body, TypeBody::Constrained(_)));
        assert_eq!(fields(&api, "Response")[0].ty, Ty::String);
        let operation = &api.operations[0];
        assert_eq!(
            (
                operation.success_status,
                operation.error_statuses.as_slice()
            ),
            (200, &[422][..])
        );
        assert_eq!(operation.body.as_deref(), Some("Request"));
    }

    #[test]
    fn enums_are_closed_in_requests_and_lenient_in_responses() {
        let quality =
            json!({"allOf": [{"$ref": "#/components/schemas/Api.Quality"}], "default": "720p"});
        let doc = document(
            json!({"type": "object", "properties": {"quality": quality}}),
            json!({"type": "object", "required": ["quality"], "properties": {"quality": quality}}),
            json!({"Api.Quality": {"type": "string", "enum": ["720p", "1080p"]}}),
        );
        let api = lower(&doc, &Options::default()).unwrap();
        assert_eq!(fields(&api, "Request")[0].ty, Ty::Named("Quality".into()));
        assert_eq!(
            fields(&api, "Response")[0].ty,
            Ty::OrUnknown("Quality".into())
        );
        assert_eq!(fields(&api, "Request")[0].default, Some(json!("720p")));
        let TypeBody::Enum(e) = &api.types["Quality"].body else {
            panic!()
        };
        let names: Vec<&str> = e.variants.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["Quality720p", "Quality1080p"]);
    }

    #[test]
    fn nullable_and_optional_are_kept_apart() {
        let doc = document(
            json!({"type": "object", "required": ["a"], "properties": {
                "a": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "b": {"anyOf": [{"type": "null"}, {"type": "boolean"}]},
                "c": {"type": "integer", "format": "int32"}
            }}),
            json!({"type": "object", "properties": {"meta": {"anyOf": [{"type": "object", "unevaluatedProperties": {}}, {"type": "null"}]}}}),
            json!({}),
        );
        let api = lower(&doc, &Options::default()).unwrap();
        let shapes: Vec<(bool, bool, Ty)> = fields(&api, "Request")
            .iter()
            .map(|f| (f.required, f.nullable, f.ty.clone()))
            .collect();
        assert_eq!(
            shapes,
            [
                (true, true, Ty::String),
                (false, true, Ty::Bool),
                (false, false, Ty::I32)
            ]
        );
        assert_eq!(fields(&api, "Response")[0].ty, Ty::JsonObject);
    }

    #[test]
    fn fields_with_equal_rules_share_a_type_named_after_their_common_words() {
        let color = json!({"type": "string", "pattern": "^#[0-9a-f]{6}$"});
        let doc = document(
            json!({"type": "object", "properties": {"primary_color": color, "background_color": color}}),
            json!({"type": "object"}),
            json!({}),
        );
        let api = lower(&doc, &Options::default()).unwrap();
        let types: Vec<&Ty> = fields(&api, "Request").iter().map(|f| &f.ty).collect();
        assert_eq!(
            types,
            [&Ty::Named("Color".into()), &Ty::Named("Color".into())]
        );
        let TypeBody::Constrained(c) = &api.types["Color"].body else {
            panic!()
        };
        assert_eq!(c.used_by, ["primary_color", "background_color"]);
    }

    #[test]
    fn a_shared_type_without_common_words_takes_its_name_from_the_options() {
        let color = json!({"type": "string", "pattern": "^#[0-9a-f]{6}$"});
        let doc = document(
            json!({"type": "object", "properties": {"primary": color, "background": color}}),
            json!({"type": "object"}),
            json!({}),
        );
        let errors = lower(&doc, &Options::default()).unwrap_err();
        assert!(errors[0].message.contains("names { Color = "), "{errors:?}");
        let options = Options {
            names: vec![(
                "Shade".into(),
                "#/components/schemas/Api.Request/properties/background".into(),
            )],
        };
        let api = lower(&doc, &options).unwrap();
        assert!(api.types.contains_key("Shade"));
    }

    #[test]
    fn every_problem_is_reported_with_its_pointer() {
        let doc = document(
            json!({"type": "object", "properties": {
                "a": {"$ref": "#/components/schemas/Api.Missing"},
                "b": {"type": "string", "minItems": 1},
                "c": {"oneOf": [{"type": "string"}]},
                "d": {"type": "string", "enum": ["x"], "default": "y"},
                "e": {"type": "string", "format": "email"}
            }}),
            json!({"type": "object"}),
            json!({}),
        );
        let errors = lower(&doc, &Options::default()).unwrap_err();
        let at: Vec<&str> = errors.iter().map(|e| e.location.as_str()).collect();
        assert_eq!(
            at,
            [
                "#/components/schemas/Api.Request/properties/b/minItems",
                "#/components/schemas/Api.Request/properties/c/oneOf",
                "#/components/schemas/Api.Request/properties/e/format",
                "#/components/schemas/Api.Request/properties/a",
                "#/components/schemas/Api.Request/properties/d/default",
            ]
        );
        assert!(errors[3].message.contains("dangling $ref"));
    }

    #[test]
    fn operations_need_unique_ids_and_their_path_parameters() {
        let mut doc = document(
            json!({"type": "object"}),
            json!({"type": "object"}),
            json!({}),
        );
        let post = doc["paths"]["/things"]["post"].clone();
        doc["paths"]["/things/{id}"] = json!({"put": post});
        let errors = lower(&doc, &Options::default()).unwrap_err();
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("no path parameter `id`")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("already uses")),
            "{messages:?}"
        );
    }

    #[test]
    fn properties_that_share_a_rust_name_are_refused() {
        let doc = document(
            json!({"type": "object", "properties": {"foo-bar": {"type": "string"}, "foo_bar": {"type": "string"}, "build": {"type": "boolean"}}}),
            json!({"type": "object"}),
            json!({}),
        );
        let errors = lower(&doc, &Options::default()).unwrap_err();
        assert_eq!(
            errors[0].location,
            "#/components/schemas/Api.Request/properties/foo_bar"
        );
        assert!(
            errors[0]
                .message
                .contains("both become the Rust field `foo_bar`"),
            "{errors:?}"
        );
        assert!(
            errors[1]
                .message
                .contains("clash with a method of the generated builder"),
            "{errors:?}"
        );
    }

    #[test]
    fn only_openapi_3_1_is_read() {
        let mut doc = document(
            json!({"type": "object"}),
            json!({"type": "object"}),
            json!({}),
        );
        doc["openapi"] = json!("3.0.3");
        let errors = lower(&doc, &Options::default()).unwrap_err();
        assert_eq!(errors[0].location, "#/openapi");
    }

    #[test]
    fn common_words_prefer_a_suffix() {
        assert_eq!(
            common_words(&["dark_color", "light_color"]).as_deref(),
            Some("color")
        );
        assert_eq!(
            common_words(&["page_size", "page_number"]).as_deref(),
            Some("page")
        );
        assert_eq!(common_words(&["primary", "background"]), None);
    }
}
