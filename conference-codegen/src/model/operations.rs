//! Operations: which are selected, their parameters, request bodies and responses.

use super::{
    BodyMedia, Field, Lower, Operation, Options, ParamIn, Payload, QueryStyle, Side, Success, Ty,
    TypeBody, TypeDef,
};
use crate::error::Ctxt;
use crate::naming;
use crate::parse;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

const METHODS: &[(&str, &str)] = &[
    ("get", "Get"),
    ("put", "Put"),
    ("post", "Post"),
    ("delete", "Delete"),
    ("patch", "Patch"),
];

/// An operation the macro call asks for, still as JSON.
pub struct Selected<'a> {
    pub path: &'a str,
    pub method: &'static str,
    pub pointer: String,
    pub raw: &'a Value,
    pub item: &'a Map<String, Value>,
    /// The client method's name (snake_case), unique in the document.
    pub name: String,
    /// Why the name is not the operationId's, for the method's documentation.
    pub naming_note: Option<String>,
    /// The name of its stream method, should it page (see `pages::stream_names`).
    pub stream_name: String,
    /// The path of the document's first server URL (`/api/laml/2010-04-01`), which
    /// every request path starts with; empty when it has none.
    pub base_path: String,
}

/// One operation of the document, before selection.
struct Found<'a> {
    path: &'a str,
    method: &'static str,
    http_method: &'static str,
    pointer: String,
    raw: &'a Value,
    item: &'a Map<String, Value>,
    id: Option<&'a str>,
    tags: Vec<&'a str>,
}

/// The document's operations that `options` select, in document order, after checking
/// the document's top level. `None` when there is nothing to generate.
pub fn select<'a>(cx: &Ctxt, doc: &'a Value, options: &Options) -> Option<Vec<Selected<'a>>> {
    let Some(root) = doc.as_object() else {
        cx.error(
            "#",
            "the schema file must hold an OpenAPI document (a JSON object)",
        );
        return None;
    };
    parse::only_keys(
        cx,
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
            "webhooks",
        ],
    );
    match root.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.1.") => {}
        _ => cx.error(
            "#/openapi",
            "only OpenAPI 3.1 documents are supported (openapi: \"3.1.x\")",
        ),
    }
    if let Some(components) = root.get("components").and_then(Value::as_object) {
        parse::only_keys(
            cx,
            components,
            "#/components",
            &[
                "schemas",
                "parameters",
                "securitySchemes",
                "responses",
                "requestBodies",
                "headers",
                "examples",
                "links",
                "callbacks",
                "pathItems",
            ],
        );
    }
    let Some(paths) = root.get("paths").and_then(Value::as_object) else {
        cx.error("#/paths", "the document has no paths: nothing to generate");
        return None;
    };
    let mut found = Vec::new();
    for (path, item) in paths {
        let pointer = parse::join("#/paths", path);
        let Some(item) = item.as_object() else {
            cx.error(pointer, "a path item must be an object");
            continue;
        };
        let mut allowed: Vec<&str> = METHODS.iter().map(|(m, _)| *m).collect();
        allowed.extend(["summary", "description", "parameters", "servers"]);
        parse::only_keys(cx, item, &pointer, &allowed);
        for (http_method, method) in METHODS {
            let Some(raw) = item.get(*http_method) else {
                continue;
            };
            found.push(Found {
                path,
                method,
                http_method,
                pointer: parse::join(&pointer, http_method),
                raw,
                item,
                id: raw.get("operationId").and_then(Value::as_str),
                tags: raw
                    .get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect(),
            });
        }
    }
    let names = method_names(&found);
    let methods: Vec<&str> = names.iter().map(|(name, _)| name.as_str()).collect();
    let stream_names = super::pages::stream_names(&methods);
    let base_path = base_path(cx, root);
    let ids: Vec<&str> = found.iter().filter_map(|f| f.id).collect();
    let mut selected = Vec::new();
    for ((operation, (name, naming_note)), stream_name) in
        found.into_iter().zip(names).zip(stream_names)
    {
        let by_id = options.operations.is_empty()
            || operation
                .id
                .is_some_and(|id| options.operations.iter().any(|o| o == id));
        let by_tag = options.tags.is_empty()
            || operation
                .tags
                .iter()
                .any(|t| options.tags.iter().any(|o| o == t));
        if by_id && by_tag {
            selected.push(Selected {
                path: operation.path,
                method: operation.method,
                pointer: operation.pointer,
                raw: operation.raw,
                item: operation.item,
                name,
                naming_note,
                stream_name,
                base_path: base_path.clone(),
            });
        }
    }
    for wanted in &options.operations {
        if !ids.contains(&wanted.as_str()) {
            cx.error(
                "#/paths",
                format!(
                    "no operation has the operationId `{wanted}`; the document's are: {}",
                    ids.join(", ")
                ),
            );
        }
    }
    if selected.is_empty() && (!options.operations.is_empty() || !options.tags.is_empty()) {
        cx.error(
            "#/paths",
            "the operations and tags asked for select no operation",
        );
    }
    Some(selected)
}

/// The path part of the first `servers` URL, with server variables at their defaults
/// and no final `/`: SignalWire's Compatibility API serves its paths under
/// `https://{space_name}.signalwire.com/api/laml/2010-04-01`. The host is the client's
/// (its base URL); only the path comes from the document.
fn base_path(cx: &Ctxt, root: &Map<String, Value>) -> String {
    let Some(server) = root
        .get("servers")
        .and_then(Value::as_array)
        .and_then(|servers| servers.first())
    else {
        return String::new();
    };
    let Some(url) = server.get("url").and_then(Value::as_str) else {
        cx.error("#/servers/0", "a server needs a url");
        return String::new();
    };
    let mut url = url.to_owned();
    if let Some(variables) = server.get("variables").and_then(Value::as_object) {
        for (name, variable) in variables {
            if let Some(default) = variable.get("default").and_then(Value::as_str) {
                url = url.replace(&format!("{{{name}}}"), default);
            }
        }
    }
    let after_scheme = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
    // A relative URL (`/v1`) is a path; an absolute one has its path after the host.
    let path = if url.starts_with('/') {
        url.as_str()
    } else {
        after_scheme.find('/').map_or("", |at| &after_scheme[at..])
    };
    path.trim_end_matches('/').to_owned()
}

/// The client method name of every operation of the document, and a note where it is
/// not simply the operationId's. Computed over the whole document, so selecting
/// operations never changes a name. Operations whose ids give one name (a document
/// that repeats an operationId, or `getFoo` beside `get_foo`) are each suffixed with
/// the path segments the others do not have (`create_token_project`,
/// `create_token_pubsub`), or else their HTTP method; an operation without an id is
/// named after its method and path (`get_api_video_conferences_id`).
fn method_names(found: &[Found<'_>]) -> Vec<(String, Option<String>)> {
    let base: Vec<String> = found
        .iter()
        .map(|f| match f.id {
            Some(id) => naming::field_name(id),
            None => naming::field_name(&format!("{} {}", f.http_method, f.path)),
        })
        .collect();
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, name) in base.iter().enumerate() {
        groups.entry(name).or_default().push(i);
    }
    let mut names: Vec<(String, Option<String>)> = found
        .iter()
        .zip(&base)
        .map(|(f, name)| {
            let note = f.id.is_none().then(|| {
                format!(
                    "The document gives this operation no operationId: the method is named after `{} {}`.",
                    f.http_method.to_uppercase(),
                    f.path
                )
            });
            (name.clone(), note)
        })
        .collect();
    let mut taken: HashSet<String> = base.iter().cloned().collect();
    for members in groups.values().filter(|m| m.len() > 1) {
        let segments = |i: usize| -> Vec<&str> {
            found[i]
                .path
                .split('/')
                .filter(|s| !s.is_empty() && !s.starts_with('{'))
                .collect()
        };
        let everyone = |segment: &str| members.iter().all(|&j| segments(j).contains(&segment));
        let listing: Vec<String> = members
            .iter()
            .map(|&i| {
                format!(
                    "`{} {}`",
                    found[i].http_method.to_uppercase(),
                    found[i].path
                )
            })
            .collect();
        for &i in members {
            let distinct: Vec<&str> = segments(i).into_iter().filter(|s| !everyone(s)).collect();
            let suffix = if distinct.is_empty() {
                found[i].http_method.to_owned()
            } else {
                distinct.join("_")
            };
            let mut name = naming::field_name(&format!("{} {suffix}", base[i]));
            let mut n = 2;
            while taken.contains(&name) {
                name = naming::field_name(&format!("{} {suffix} {n}", base[i]));
                n += 1;
            }
            taken.insert(name.clone());
            let said = match found[i].id {
                Some(id) => format!("the operationId `{id}`"),
                None => "no operationId".to_owned(),
            };
            names[i] = (
                name,
                Some(format!(
                    "The document gives {said} to {} operations ({}): each method is named after what its path adds.",
                    members.len(),
                    listing.join(", ")
                )),
            );
        }
    }
    names
}

impl Lower<'_> {
    /// Lowers the selected operations: requests first, so that a constrained type shared
    /// with a response is named after its request fields.
    pub(super) fn operations(&mut self, selected: &[Selected<'_>]) {
        let mut operations = Vec::new();
        for operation in selected {
            if let Some(lowered) = self.operation_request(operation) {
                operations.push((lowered, operation));
            }
        }
        for (mut operation, selected) in operations {
            self.operation_responses(&mut operation, selected.raw, &selected.pointer);
            operation.pages = super::pages::detect(&self.api, &operation, &selected.stream_name);
            self.api.operations.push(operation);
        }
    }

    /// The request half of an operation: parameters and body.
    fn operation_request(&mut self, selected: &Selected<'_>) -> Option<Operation> {
        let pointer = selected.pointer.as_str();
        let Some(object) = selected.raw.as_object() else {
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
                "servers",
                "callbacks",
            ],
        );
        let id = object
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or(&selected.name);
        let mut doc = join_docs(
            object.get("summary").and_then(Value::as_str),
            object.get("description").and_then(Value::as_str),
        );
        if let Some(note) = &selected.naming_note {
            doc = Some(match doc {
                Some(text) => format!("{text}\n\n{note}"),
                None => note.clone(),
            });
        }
        let id_type = naming::type_name(&selected.name);
        let mut path_params = Vec::new();
        let mut query_params: Vec<Field> = Vec::new();
        let shared = selected
            .item
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
            if let Some((location, mut field)) = self.parameter(param, &at, &id_type) {
                let list = if location == "path" {
                    &mut path_params
                } else {
                    &mut query_params
                };
                // An operation's own parameter replaces a path item's of the same name
                // and location.
                list.retain(|p: &Field| p.wire != field.wire || p.sent_in != field.sent_in);
                field.name =
                    super::checks::unique_field_name(list, &field.name, field.nullable, &[]);
                list.push(field);
            }
        }
        for name in parse::template_names(selected.path) {
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
            let origin = format!("{pointer}/parameters");
            let name = self.names.claim(&format!("{id_type}Params"), &origin);
            self.define(TypeDef {
                name: name.clone(),
                origin,
                doc: Some(format!("The parameters of `{id}` but its path's.")),
                deprecated: false,
                body: TypeBody::Params(query_params),
            });
            Some(name)
        };
        let (body, body_media, body_required) = match object
            .get("requestBody")
            .and_then(|body| self.request_body(body, &format!("{pointer}/requestBody"), &id_type))
        {
            Some((name, media, required)) => (Some(name), media, required),
            None => (None, Vec::new(), false),
        };
        let body_files = self.body_files(body.as_ref(), &body_media, pointer);
        Some(Operation {
            id: id.to_owned(),
            name: selected.name.clone(),
            pointer: pointer.to_owned(),
            method: selected.method,
            path: format!("{}{}", selected.base_path, selected.path),
            doc,
            deprecated: object
                .get("deprecated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            path_params,
            query,
            body,
            body_media,
            body_required,
            body_files,
            successes: Vec::new(),
            response_enum: None,
            error_statuses: Vec::new(),
            error_bodies: Vec::new(),
            error_enum: None,
            pages: None,
        })
    }

    /// A path or query parameter, inline or `$ref` to `#/components/parameters/…`.
    fn parameter(
        &mut self,
        raw: &Value,
        pointer: &str,
        id_type: &str,
    ) -> Option<(&'static str, Field)> {
        let (raw, pointer) = resolve(self.cx, self.doc, raw, pointer, "parameters")?;
        let object = raw.as_object()?;
        parse::only_keys(
            self.cx,
            object,
            &pointer,
            &[
                "name",
                "in",
                "required",
                "schema",
                "explode",
                "style",
                "allowEmptyValue",
                "allowReserved",
            ],
        );
        let name = object
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let location = match object.get("in").and_then(Value::as_str) {
            Some("path") => "path",
            Some("query") => "query",
            // OpenAPI: these three are set from other parts of the description.
            Some("header")
                if ["accept", "content-type", "authorization"]
                    .contains(&name.to_ascii_lowercase().as_str()) =>
            {
                return None;
            }
            Some("header") => "header",
            Some("cookie") => "cookie",
            other => {
                self.cx.error(
                    format!("{pointer}/in"),
                    format!(
                        "a parameter must be in path, query, header or cookie (it is in {})",
                        other.unwrap_or("(missing)")
                    ),
                );
                return None;
            }
        };
        let explode = object.get("explode").and_then(Value::as_bool);
        let style = match (location, object.get("style").and_then(Value::as_str)) {
            ("path", None | Some("simple")) => None,
            ("query", None | Some("form")) if explode == Some(false) => {
                Some(QueryStyle::FormUnexploded)
            }
            ("query", None | Some("form")) => Some(QueryStyle::Form),
            ("query", Some("spaceDelimited")) => Some(QueryStyle::SpaceDelimited),
            ("query", Some("pipeDelimited")) => Some(QueryStyle::PipeDelimited),
            ("query", Some("deepObject")) => Some(QueryStyle::DeepObject),
            // Values joined by commas, as `form` without `explode` writes them.
            ("header", None | Some("simple")) | ("cookie", None | Some("form")) => {
                Some(QueryStyle::FormUnexploded)
            }
            (_, style) => {
                let style = style.unwrap_or("simple");
                self.cx.error(
                    format!("{pointer}/style"),
                    format!("parameter style {style} is not supported for {location} parameters"),
                );
                return None;
            }
        };
        let required = location == "path"
            || object
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        let schema_at = format!("{pointer}/schema");
        let schema = self
            .parser
            .schema(object.get("schema").unwrap_or(&Value::Null), &schema_at)?;
        let description = object
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let mut field = self.field(name, &schema, required, Side::Request, id_type)?;
        field.doc = description.or(field.doc);
        let scalar = match &field.ty {
            Ty::Named(name) => {
                self.placeholder_rules(name)
                    .is_some_and(|rules| !matches!(rules, super::Rules::Values(_)))
                    || self.is_enum(name)
            }
            ty => ty.is_scalar(),
        };
        if !scalar {
            if location == "path" {
                self.cx.error(
                    schema_at,
                    "a path parameter must be a scalar (string, number, boolean, enum)",
                );
                return None;
            }
            // Arrays, objects and unions are written as their JSON, by style.
            field.query_style = style;
        }
        field.sent_in = match location {
            "header" => ParamIn::Header,
            "cookie" => ParamIn::Cookie,
            _ => ParamIn::Query,
        };
        Some((location, field))
    }

    /// The body's type, the media types it can be sent in, and whether it is required.
    /// A `$ref` to `#/components/requestBodies/…` is followed.
    fn request_body(
        &mut self,
        raw: &Value,
        pointer: &str,
        id_type: &str,
    ) -> Option<(Ty, Vec<BodyMedia>, bool)> {
        let (raw, pointer) = resolve(self.cx, self.doc, raw, pointer, "requestBodies")?;
        let object = raw.as_object()?;
        parse::only_keys(
            self.cx,
            object,
            &pointer,
            &["content", "required", "description"],
        );
        let required = object
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let content_at = format!("{pointer}/content");
        let Some(content) = object.get("content").and_then(Value::as_object) else {
            self.cx.error(content_at, "a request body needs content");
            return None;
        };
        // Every media type the client can send, with the first one's schema; the others
        // must describe the same value, since one request type serves them all.
        let mut media = Vec::new();
        let mut chosen: Option<(String, &Value)> = None;
        let mut examples = Vec::new();
        for (key, entry) in content {
            let entry_at = parse::join(&content_at, key);
            let Some(kind) = BodyMedia::of(key) else {
                continue;
            };
            let Some(entry) = entry.as_object() else {
                self.cx.error(entry_at, "a media type must be an object");
                continue;
            };
            parse::only_keys(
                self.cx,
                entry,
                &entry_at,
                &["schema", "example", "examples", "encoding"],
            );
            let schema = entry.get("schema").unwrap_or(&Value::Bool(true));
            match &chosen {
                None => chosen = Some((format!("{entry_at}/schema"), schema)),
                Some((_, first)) if *first == schema => {}
                // Discord's: JSON and form bodies, and a multipart one that adds file
                // parts. One request type serves one schema: multipart is not offered.
                Some(_) if kind == BodyMedia::Multipart => continue,
                Some((first_at, _)) => {
                    self.cx.error(
                        format!("{entry_at}/schema"),
                        format!("each media type of a request body must have the same schema (the first is at {first_at})"),
                    );
                    continue;
                }
            }
            if !media.contains(&kind) {
                media.push(kind);
            }
            examples.extend(self.media_examples(entry, &entry_at));
        }
        let Some((schema_at, schema)) = chosen else {
            let offered: Vec<&str> = content.keys().map(String::as_str).collect();
            self.cx.error(
                content_at,
                format!(
                    "no media type of this request body can be sent ({}); supported: application/json, application/x-www-form-urlencoded, multipart/form-data",
                    offered.join(", ")
                ),
            );
            return None;
        };
        let schema = self.parser.schema(schema, &schema_at)?;
        let ty = self.ty(&schema, Side::Request, &format!("{id_type}Body"))?;
        let object_like =
            self.api.is_object(&ty) || matches!(ty, Ty::Map(_) | Ty::Entries(..) | Ty::JsonObject);
        let encoded = media
            .iter()
            .any(|m| matches!(m, BodyMedia::Form | BodyMedia::Multipart));
        if encoded && !object_like {
            self.cx.error(
                schema_at,
                "a form or multipart request body must be an object or a union of objects",
            );
            return None;
        }
        self.examples(&[&examples], &ty, Side::Request);
        Some((ty, media, required))
    }

    /// A media type's `example`, or each value of its `examples` map (Example Objects,
    /// or `$ref`s to `#/components/examples/…`), with its pointer. Empty unless the
    /// macro call checks examples. A `$ref`'d value keeps the pointer of its use: the
    /// same component example may be given to bodies of different types.
    fn media_examples(&self, entry: &Map<String, Value>, at: &str) -> Vec<(String, Value)> {
        let mut found = Vec::new();
        if !self.check_examples {
            return found;
        }
        if let Some(single) = entry.get("example") {
            found.push((parse::join(at, "example"), single.clone()));
        }
        let examples_at = parse::join(at, "examples");
        let named = entry.get("examples").and_then(Value::as_object);
        for (name, example) in named.into_iter().flatten() {
            let example_at = parse::join(&examples_at, name);
            let at = match example.get("$ref") {
                None => parse::join(&example_at, "value"),
                Some(_) => example_at.clone(),
            };
            let Some((example, _)) = resolve(self.cx, self.doc, example, &example_at, "examples")
            else {
                continue;
            };
            // An `externalValue` is a URL: not fetched at compile time, so not checked.
            if let Some(value) = example.get("value") {
                found.push((at, value.clone()));
            }
        }
        found
    }

    /// The body's top-level fields that are files: sent as parts of a multipart body,
    /// which the operation must offer.
    fn body_files(&self, body: Option<&Ty>, media: &[BodyMedia], pointer: &str) -> Vec<String> {
        let Some(Ty::Named(name)) = body else {
            return Vec::new();
        };
        let Some(TypeBody::Struct(body)) = self.api.types.get(name).map(|def| &def.body) else {
            return Vec::new();
        };
        let is_file = |ty: &Ty| match ty {
            Ty::File => true,
            Ty::Option(inner) => **inner == Ty::File,
            _ => false,
        };
        let files: Vec<String> = body
            .fields
            .iter()
            .filter(|field| is_file(&field.ty))
            .map(|field| field.wire.clone())
            .collect();
        if !files.is_empty() && !media.contains(&BodyMedia::Multipart) {
            self.cx.error(
                format!("{pointer}/requestBody"),
                format!(
                    "the body has files ({}) but no multipart/form-data media type to send them in",
                    files.join(", ")
                ),
            );
        }
        files
    }

    fn operation_responses(&mut self, operation: &mut Operation, raw: &Value, pointer: &str) {
        let at = format!("{pointer}/responses");
        let Some(responses) = raw.get("responses").and_then(Value::as_object) else {
            self.cx.error(pointer, "the operation has no responses");
            return;
        };
        let id_type = naming::type_name(&operation.name);
        let is_success =
            |key: &str| status_key(key).is_some_and(|c| c == 2 || (200..300).contains(&c));
        // Several success statuses: the call returns an enum named after the operation,
        // and inline bodies are named after their status.
        if responses.keys().filter(|key| is_success(key)).count() > 1 {
            operation.response_enum = Some(self.names.claim(&format!("{id_type}Response"), &at));
        }
        for (status, response) in responses {
            let response_at = parse::join(&at, status);
            let Some(code) = status_key(status) else {
                self.cx.error(
                    response_at,
                    format!(
                        "response `{status}` is not a status code, a range (`4XX`) or `default`"
                    ),
                );
                continue;
            };
            let Some((response, response_at)) =
                resolve(self.cx, self.doc, response, &response_at, "responses")
            else {
                continue;
            };
            let Some(object) = response.as_object() else {
                self.cx.error(response_at, "a response must be an object");
                continue;
            };
            parse::only_keys(
                self.cx,
                object,
                &response_at,
                &["content", "headers", "links"],
            );
            if (200..300).contains(&code) || code == 2 {
                let hint = match operation.response_enum {
                    Some(_) => format!("{id_type}Response{status}"),
                    None => format!("{id_type}Response"),
                };
                let body = self.success_body(object, &response_at, &hint);
                operation.successes.push(Success {
                    status: if code == 2 { 200 } else { code },
                    range: code == 2,
                    variant: success_variant(code),
                    media: body.1,
                    body: body.0,
                });
            } else {
                // A JSON error body gets a variant of the operation's error enum, decoded
                // from the body the runtime's `ApiError` keeps. Other media types are
                // kept as text in the error.
                let mut body = None;
                if let Some((schema_at, schema)) = json_schema(object, &response_at)
                    && let Some(schema) = self.parser.schema(schema, &schema_at)
                {
                    body = self.ty(&schema, Side::Response, &format!("{id_type}Error{code}"));
                }
                operation.error_statuses.push(code);
                operation.error_bodies.push((code, body));
            }
        }
        if operation.successes.is_empty() {
            self.cx.error(&at, "the operation has no 2xx response");
        }
        if operation
            .error_bodies
            .iter()
            .any(|(_, body)| body.is_some())
        {
            operation.error_enum = Some(self.names.claim(&format!("{id_type}Error"), &at));
        }
        // The range is matched after the statuses listed themselves.
        operation
            .successes
            .sort_by_key(|success| (success.range, success.status));
    }

    /// What a success response's body decodes to, and the media type to ask for: JSON
    /// when the response offers it, else text for `text/*`, else bytes.
    fn success_body(
        &mut self,
        object: &Map<String, Value>,
        pointer: &str,
        hint: &str,
    ) -> (Payload, String) {
        let json = || ("application/json".to_owned(), Payload::Empty);
        let Some(content) = object.get("content").and_then(Value::as_object) else {
            let (media, payload) = json();
            return (payload, media);
        };
        if let Some((schema_at, schema)) = json_schema(object, pointer) {
            let ty = self
                .parser
                .schema(schema, &schema_at)
                .and_then(|schema| self.ty(&schema, Side::Response, hint));
            return match ty {
                Some(ty) => (Payload::Json(ty), "application/json".to_owned()),
                None => (Payload::Empty, "application/json".to_owned()),
            };
        }
        match content.keys().next() {
            None => {
                let (media, payload) = json();
                (payload, media)
            }
            Some(media) if media.starts_with("text/") => (Payload::Text, media.clone()),
            Some(media) => (Payload::Bytes, media.clone()),
        }
    }
}

/// The schema of a response's JSON content (`application/json` or a `+json` type), with
/// its pointer. Other media types are not schemas the client decodes.
fn json_schema<'v>(object: &'v Map<String, Value>, pointer: &str) -> Option<(String, &'v Value)> {
    let content = object.get("content")?.as_object()?;
    let (key, media) = content
        .iter()
        .find(|(key, _)| BodyMedia::of(key) == Some(BodyMedia::Json))?;
    let at = parse::join(&format!("{pointer}/content"), key);
    Some((format!("{at}/schema"), media.get("schema")?))
}

/// The variant of a success status in an operation's response enum.
fn success_variant(code: u16) -> String {
    match code {
        2 => "Success".to_owned(),
        200 => "Ok".to_owned(),
        201 => "Created".to_owned(),
        202 => "Accepted".to_owned(),
        203 => "NonAuthoritative".to_owned(),
        204 => "NoContent".to_owned(),
        205 => "ResetContent".to_owned(),
        206 => "PartialContent".to_owned(),
        207 => "MultiStatus".to_owned(),
        code => format!("Status{code}"),
    }
}

/// A `responses` key as the runtime's `documented_errors` spell it: a status code
/// (`404`), a range's first digit (`4XX` is 4) or 0 (`default`: any other status).
fn status_key(key: &str) -> Option<u16> {
    if key == "default" {
        return Some(0);
    }
    if let [class @ b'1'..=b'5', x, y] = key.as_bytes()
        && x.eq_ignore_ascii_case(&b'x')
        && y.eq_ignore_ascii_case(&b'x')
    {
        return Some(u16::from(class - b'0'));
    }
    key.parse::<u16>().ok().filter(|c| (100..600).contains(c))
}

/// `raw`, or the component its `$ref` names under `#/components/<section>/`, with the
/// pointer of what was found.
fn resolve<'v>(
    cx: &Ctxt,
    doc: &'v Value,
    raw: &'v Value,
    pointer: &str,
    section: &str,
) -> Option<(&'v Value, String)> {
    let Some(reference) = raw.get("$ref").and_then(Value::as_str) else {
        return Some((raw, pointer.to_owned()));
    };
    let prefix = format!("#/components/{section}/");
    let Some(name) = reference.strip_prefix(&prefix) else {
        cx.error(
            format!("{pointer}/$ref"),
            format!("this $ref must point at {prefix}<name>"),
        );
        return None;
    };
    let target = format!("{prefix}{name}");
    match doc.pointer(&target[1..]) {
        Some(found) => Some((found, target)),
        None => {
            cx.error(
                format!("{pointer}/$ref"),
                format!("dangling $ref: {reference} does not exist"),
            );
            None
        }
    }
}

impl Ty {
    /// Whether a query or path parameter can hold it (it renders as one string).
    fn is_scalar(&self) -> bool {
        matches!(
            self,
            Ty::Bool
                | Ty::I32
                | Ty::I64
                | Ty::F32
                | Ty::F64
                | Ty::String
                | Ty::DateTime
                | Ty::LenientDateTime
                | Ty::Uuid
                | Ty::Uri
        )
    }
}

fn join_docs(summary: Option<&str>, description: Option<&str>) -> Option<String> {
    match (summary, description) {
        (Some(s), Some(d)) if d.starts_with(s) => Some(d.to_owned()),
        (Some(s), Some(d)) => Some(format!("{s}.\n\n{d}")),
        (Some(s), None) => Some(s.to_owned()),
        (None, d) => d.map(str::to_owned),
    }
}
